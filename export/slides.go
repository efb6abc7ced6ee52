package export

import (
	"strings"

	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// deck is a deck of 16:9 slides: the kickoff deck and the quarterly
// business review draw their title slide, slide titles, labels,
// callouts, section headings and tiles with it.
type deck struct {
	d *doc
	// keys is the prefix of the deck's own texts, such as
	// "doc.kickoff.".
	keys string
}

// tr returns the deck's text of key (keys+key) formatted with args.
func (s *deck) tr(key string, args ...any) string { return s.d.T(s.keys+key, args...) }

// slideChrome draws the running header and footer of the slides after
// the title slide: at the left the text of headerKey for the customer,
// at the right right.
func slideChrome(d *doc, headerKey, right string, n, total int) {
	if n == 1 {
		return
	}
	p := d.Page()
	label := d.Scale().Label
	d.Rect(p.Left, p.Top+1.2, 2.4, 2.4, accent)
	half := p.ContentWidth()/2 - 6
	d.Text(p.Left+4.5, p.Top, ellipsize(d, strings.ToUpper(d.T(headerKey, d.meta.customer)), half, label), label.WithColor(accentDark))
	d.TextIn(p.Left, p.Top, p.ContentWidth(), ellipsize(d, right, half, label.WithBold()), label.WithBold().WithColor(faint), layout.AlignRight)
	d.footer(p.H-p.Bottom-p.FooterH+3, n, total, d.Scale().Caption.WithColor(faint))
}

// cover is what the title slide of a deck shows above its band.
type cover struct {
	// kicker is the line above the name, drawn in capitals.
	kicker string
	// name is the customer's name, large, on up to two lines before it
	// shrinks.
	name string
	// subtitle stands under the name.
	subtitle string
	// wideSubtitle lets the subtitle run the full content width when
	// no logo stands at the right; else it wraps as the name does.
	wideSubtitle bool
	// bandH is the height of the dark band at the foot of the slide.
	bandH float64
}

// coverSlide starts the title slide: the accent background, the dark
// band at its foot, the kicker, the customer's name and the subtitle
// standing on the band, the organisation that prepared the deck and the
// logo. It returns the top of the band, which the caller fills.
func (s *deck) coverSlide(c cover) (bandTop float64) {
	d := s.d
	p := d.Page()
	d.AddPage()
	d.Rect(0, 0, p.W, p.H, accent)
	bandTop = p.H - c.bandH
	d.Rect(0, bandTop, p.W, c.bandH, accentDark)
	w := p.ContentWidth() * 0.75
	label := bandLabel(d)
	title := d.Scale().Title.WithColor(white)
	lines := d.Wrap(c.name, w, title)
	if len(lines) > 2 {
		title = title.WithSize(28)
		lines = d.Wrap(c.name, w, title)
	}
	sub := d.Scale().Subtitle.WithColor(accent.Mix(white, 0.85))
	subW := w
	if c.wideSubtitle && !d.hasLogo() {
		subW = p.ContentWidth()
	}
	subLines := d.Wrap(c.subtitle, subW, sub)
	blockH := label.LineHeight() + 3 + float64(len(lines))*title.LineHeight() + 1 + float64(len(subLines))*sub.LineHeight()
	// The block stands on the band, rising as the name grows, up to the
	// top margin.
	y := max(bandTop-16-blockH, 12)
	d.Text(p.Left, y, strings.ToUpper(c.kicker), label)
	y += label.LineHeight() + 3
	y += d.Lines(p.Left, y, w, lines, title, layout.AlignLeft) + 1
	y += d.Lines(p.Left, y, subW, subLines, sub, layout.AlignLeft)
	if by := d.preparedBy(); by != "" {
		d.Text(p.Left, y+2, ellipsize(d, by, w, label.WithBold()), label.WithBold())
	}
	if d.hasLogo() {
		// The logo on a white plate in the top right corner.
		const plateW, plateH, platePad = 60.0, 24.0, 4.0
		px := p.W - p.Right - plateW
		d.RoundRect(px, 12, plateW, plateH, 2, white)
		d.drawLogo(px+platePad, 12+platePad, plateW-2*platePad, plateH-2*platePad, layout.AlignCenter)
	}
	return bandTop
}

// bandLabel is the style of the kicker and of the headings on the title
// slide's band.
func bandLabel(d *doc) layout.TextStyle {
	return d.Scale().Label.WithSize(11).WithColor(accent.Mix(white, 0.7))
}

// bandHead draws a heading in capitals at (x, y) on the title slide's
// band, cut to width w, and returns where what it heads starts.
func (s *deck) bandHead(x, y, w float64, text string) float64 {
	d := s.d
	head := bandLabel(d)
	d.Text(x, y, ellipsize(d, strings.ToUpper(text), w, head), head)
	return y + head.LineHeight() + 2
}

// sentences translates planner sentences.
func (s *deck) sentences(ts []planner.Text) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = s.d.sentence(t)
	}
	return out
}

// slide starts a content slide with a title; content that runs over
// continues on slides titled "(continued)".
func (s *deck) slide(title string) {
	d := s.d
	d.SetOnNewPage(nil)
	d.AddPage()
	s.slideTitle(title)
	d.SetPageTop(d.Y)
	d.SetOnNewPage(func() { s.slideTitle(s.continued(title)) })
}

// continuedSlide starts a slide that continues the slide titled title:
// it, and every slide its content runs over to, is titled "title
// (continued)", never "(continued)" twice.
func (s *deck) continuedSlide(title string) {
	s.slide(s.continued(title))
	s.d.SetOnNewPage(func() { s.slideTitle(s.continued(title)) })
}

// continued returns the title of a slide that continues title.
func (s *deck) continued(title string) string { return s.tr("continued", title) }

// slideTitle draws a slide title and puts the cursor below it. A title
// wider than the slide (the names of the sections a slide gathers) is set
// smaller, on the same baseline, down to the size of a sub-heading,
// before it is cut.
func (s *deck) slideTitle(title string) {
	d := s.d
	y := d.Page().BodyTop() + 4
	d.Rect(d.Page().Left, y, 16, 1.4, accent)
	st, w := d.Scale().H1, d.Page().ContentWidth()
	fit := st
	if wide := d.Measure(title, st); wide > w {
		fit = st.WithSize(max(st.Size*w/wide*0.99, d.Scale().H2.Size))
	}
	d.Text(d.Page().Left, layout.Baseline(y+3.5, st)-layout.Baseline(0, fit), ellipsize(d, title, w, fit), fit)
	d.Y = y + 3.5 + st.LineHeight() + 7
}

// contentTop is where the content of a slide starts, below its title.
func (s *deck) contentTop() float64 {
	return s.d.Page().BodyTop() + 4 + 3.5 + s.d.Scale().H1.LineHeight() + 7
}

// label draws a small heading at (x, cursor) and moves the cursor below
// it.
func (s *deck) label(x, w float64, text string) {
	d := s.d
	st := d.Scale().Label
	d.Text(x, d.Y, ellipsize(d, strings.ToUpper(text), w, st), st)
	d.Y += st.LineHeight() + 2
}

// bulletsHeight returns the height bullets of items take at width w.
func (s *deck) bulletsHeight(w float64, items []string, st layout.TextStyle) float64 {
	indent := st.Size * layout.MMPerPoint * 1.3
	h := 0.0
	for _, it := range items {
		h += float64(len(s.d.Wrap(it, w-indent, st)))*st.LineHeight() + st.LineHeight()*0.25
	}
	return h
}

// fitBullets draws at the cursor the bullets of items that fit above
// bottom and returns those that do not.
func (s *deck) fitBullets(x, w float64, items []string, st layout.TextStyle, bottom float64) []string {
	d := s.d
	for i, it := range items {
		if d.Y+s.bulletsHeight(w, []string{it}, st) > bottom+1e-6 {
			return items[i:]
		}
		d.bullets(x, w, []string{it}, st)
	}
	return nil
}

// callout draws a tinted box with a heading and a sentence at (x,
// cursor) and moves the cursor below it.
func (s *deck) callout(x, w float64, head, text string, c layout.RGB) {
	d := s.d
	hs, ts := d.Scale().Label.WithColor(c), d.Scale().Body.WithSize(13).WithBold()
	headLines := d.Wrap(strings.ToUpper(head), w-10, hs)
	lines := d.Wrap(text, w-10, ts)
	h := float64(len(headLines))*hs.LineHeight() + 1 + float64(len(lines))*ts.LineHeight() + 8
	d.Need(h)
	d.Rect(x, d.Y, w, h, tinted(c))
	d.Rect(x, d.Y, 1.5, h, c)
	y := d.Y + 4
	y += d.Lines(x+6, y, w-10, headLines, hs, layout.AlignLeft) + 1
	d.Lines(x+6, y, w-10, lines, ts, layout.AlignLeft)
	d.Y += h + 3
}

// tableHeight returns about how high table t is drawn: its header and
// rows wrapped to their columns.
func (s *deck) tableHeight(t layout.Table) float64 {
	d := s.d
	if t.W == 0 {
		t.W = d.Page().ContentWidth()
	}
	widths := d.TableWidths(t)
	h := 0.0
	for i, c := range t.Columns {
		h = max(h, float64(len(d.Wrap(c.Title, widths[i]-2*layout.CellPadX, d.Scale().Label)))*d.Scale().Label.LineHeight())
	}
	h += 2*layout.CellPadY + 3
	for _, row := range t.Rows {
		rh := 0.0
		for i, c := range row {
			st := t.Body
			if c.Bold {
				st = st.WithBold()
			}
			ch := float64(len(d.Wrap(c.Text, widths[i]-2*layout.CellPadX, st))) * st.LineHeight()
			if c.Sub != "" {
				ch += float64(len(d.Wrap(c.Sub, widths[i]-2*layout.CellPadX, d.Scale().Small))) * d.Scale().Small.LineHeight()
			}
			rh = max(rh, ch)
		}
		h += rh + 2*layout.CellPadY
	}
	return h
}

// headingHeight is the height of a section heading on a shared slide.
func (s *deck) headingHeight() float64 { return 3 + s.d.Scale().H2.LineHeight() + 2 }

// heading draws the heading of a section that shares its slide.
func (s *deck) heading(title string) {
	d := s.d
	st := d.Scale().H2.WithColor(accentDark)
	d.Rect(d.Page().Left, d.Y, 10, 0.9, accent)
	d.Y += 3
	d.Text(d.Page().Left, d.Y, ellipsize(d, title, d.Page().ContentWidth(), st), st)
	d.Y += st.LineHeight() + 2
}

// tile is a figure with its label, and below it an optional line that
// qualifies it.
type tile struct{ value, label, sub string }

// tiles draws tiles at (x, cursor) across width w, perRow to a row,
// every tile as high as the highest, and moves the cursor below them. A
// figure too wide for its tile ("38 van 113") is set smaller, on the
// same baseline, down to the size of the label below it, before it is
// cut.
func (s *deck) tiles(x, w float64, perRow int, tiles []tile) {
	d := s.d
	const gap = 4.0
	tw := (w - gap*float64(perRow-1)) / float64(perRow)
	valSt := d.Scale().H1.WithColor(accentDark)
	labSt := d.Scale().Small.WithBold().WithColor(ink)
	subSt := d.Scale().Caption
	th := 0.0
	for _, t := range tiles {
		h := valSt.LineHeight() + float64(len(d.Wrap(t.label, tw-8, labSt)))*labSt.LineHeight() + 8
		if t.sub != "" {
			h += float64(len(d.Wrap(t.sub, tw-8, subSt))) * subSt.LineHeight()
		}
		th = max(th, h)
	}
	for i, t := range tiles {
		tx := x + float64(i%perRow)*(tw+gap)
		y := d.Y + float64(i/perRow)*(th+gap)
		d.RoundRect(tx, y, tw, th, 2, tint)
		d.Rect(tx, y, 1.4, th, accent)
		ty := y + 3
		st := valSt
		if wide := d.Measure(t.value, st); wide > tw-8 {
			st = st.WithSize(max(st.Size*(tw-8)/wide*0.99, labSt.Size))
		}
		d.Text(tx+5, layout.Baseline(ty, valSt)-layout.Baseline(0, st), ellipsize(d, t.value, tw-8, st), st)
		ty += valSt.LineHeight()
		ty += d.Lines(tx+5, ty, tw-8, d.Wrap(t.label, tw-8, labSt), labSt, layout.AlignLeft)
		if t.sub != "" {
			d.Lines(tx+5, ty, tw-8, d.Wrap(t.sub, tw-8, subSt), subSt, layout.AlignLeft)
		}
	}
	d.Y += float64((len(tiles)+perRow-1)/perRow)*(th+gap) + 2
}

// allowance is one allowance of the contract year as a slide shows it.
type allowance struct {
	name                                   string
	allowed, delivered, scheduled, planned float64
	amount                                 func(float64) string
}

// allowancesOf returns the allowances of usage u that hold anything: the
// accelerators, named accelerators and counted with count, and the field
// hours, named fieldHours and counted with hours.
func allowancesOf(u planner.Usage, accelerators, fieldHours string, count, hours func(float64) string) []allowance {
	var list []allowance
	if a := u.Accelerators; a.Allowed+a.Delivered+a.Committed+a.Proposed > 0 {
		list = append(list, allowance{accelerators, float64(a.Allowed), float64(a.Delivered), float64(a.Committed),
			float64(a.Delivered + a.Committed + a.Proposed), count})
	}
	if h := u.FieldHours; h.Allowed+h.Delivered+h.Committed+h.Proposed > 0 {
		list = append(list, allowance{fieldHours, h.Allowed, h.Delivered, h.Committed, h.Delivered + h.Committed + h.Proposed, hours})
	}
	return list
}

// allowanceBar draws at (x, cursor) one bar w wide of what allowance a
// delivered, scheduled and proposes against what it allows, the scale
// stretched when more is planned, and returns the scale: 0 when there is
// nothing to draw. The cursor stays.
func (d *doc) allowanceBar(x, w float64, a allowance) (scale float64) {
	scale = max(a.allowed, a.planned)
	if scale <= 0 {
		return 0
	}
	xx := x
	for _, part := range []struct {
		v float64
		c layout.RGB
	}{{a.delivered, good}, {a.scheduled, accent}, {a.planned - a.delivered - a.scheduled, caution}} {
		pw := w * part.v / scale
		d.Rect(xx, d.Y, pw, 3.2, part.c)
		xx += pw
	}
	if xx < x+w {
		d.Rect(xx, d.Y, x+w-xx, 3.2, rule)
	}
	return scale
}
