package export

import (
	"cmp"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
)

// coverHeight returns the height of the accent band on the first page of
// a paper document: lower on landscape pages.
func coverHeight(p layout.Page) float64 { return min(50, p.H*0.19) }

// newPaperDoc starts a document on paper pages with the running header
// and footer of Liftoff's paper documents.
func newPaperDoc(page layout.Page, m meta, opts Options) (*doc, error) {
	d, err := newDoc(page, paperScale(), m, opts)
	if err != nil {
		return nil, err
	}
	d.setChrome(paperChrome)
	return d, nil
}

// newPortraitDoc returns a document of portrait paper pages, A4 or
// Letter as opts says.
func newPortraitDoc(m meta, opts Options) (*doc, error) {
	page, err := layout.PortraitPage(opts.pageSize())
	if err != nil {
		return nil, err
	}
	return newPaperDoc(page, m, opts)
}

// paperChrome draws the running header (from page 2: document title and
// customer) and the footer (every page: generation date, page X of Y).
func paperChrome(d *doc, n, total int) {
	p := d.Page()
	label := d.Scale().Label
	if n > 1 {
		y := p.Top
		d.Rect(p.Left, y+0.6, 2.2, 2.2, accent)
		titleW := d.Text(p.Left+4, y, d.meta.title, label.WithColor(accentDark))
		if d.meta.customer != "" {
			customer := ellipsize(d, d.meta.customer, p.ContentWidth()-titleW-14, label)
			d.TextIn(p.Left, y, p.ContentWidth(), customer, label, layout.AlignRight)
		}
		d.Line(p.Left, y+label.LineHeight()+2.5, p.W-p.Right, y+label.LineHeight()+2.5, 0.2, rule)
	}
	fy := p.H - p.Bottom - p.FooterH + 4
	d.Line(p.Left, fy-1.5, p.W-p.Right, fy-1.5, 0.2, rule)
	d.footer(fy, n, total, d.Scale().Caption)
}

// footer draws the running footer at fy, alike on paper and slides: who
// made the document, its title and the day it was made on the left, the
// page number on the right, and the confidentiality line, when the
// settings give one, below them.
func (d *doc) footer(fy float64, n, total int, cap layout.TextStyle) {
	p := d.Page()
	pageNo := d.T("doc.page", n, total)
	pageW := d.Measure(pageNo, cap.WithBold())
	left := d.T("doc.footer", d.maker(), d.meta.title, d.date(catalog.DateOf(d.now)))
	d.Text(p.Left, fy, ellipsize(d, left, p.ContentWidth()-pageW-6, cap), cap)
	d.TextIn(p.Left, fy, p.ContentWidth(), pageNo, cap.WithBold(), layout.AlignRight)
	if line := d.confidentialityLine(d.meta.customer); line != "" {
		d.Text(p.Left, fy+cap.LineHeight(), ellipsize(d, line, p.ContentWidth(), cap.WithColor(faint)), cap.WithColor(faint))
	}
}

// maker names who made the document in its footer: the organisation, or
// Liftoff when the settings name none.
func (d *doc) maker() string {
	if org := d.organisation(); org != "" {
		return org
	}
	return "Liftoff"
}

// cover draws the accent band of the first page: the document kind, the
// customer's name and a subtitle, and places the cursor below it. The
// band grows when the text needs more room; the title is set smaller
// only when it would take more than two lines.
func (d *doc) cover(kicker, title, subtitle string) {
	p := d.Page()
	w := p.ContentWidth()
	kst := d.Scale().Label.WithColor(accent.Mix(white, 0.7))
	tst := d.Scale().Title
	titleLines := d.Wrap(title, w, tst)
	if len(titleLines) > 2 {
		tst = tst.WithSize(18)
		titleLines = d.Wrap(title, w, tst)
	}
	top := min(13, coverHeight(p)*0.24)
	// The logo stands on a white plate at the band's right, the text
	// beside it.
	const plateW, plateH, platePad = 44.0, 18.0, 3.0
	if d.hasLogo() {
		w -= plateW + 6
		titleLines = d.Wrap(title, w, tst)
	}
	sst := d.Scale().Subtitle.WithColor(accent.Mix(white, 0.85))
	subLines := d.Wrap(subtitle, w, sst)
	pst := d.Scale().Caption.WithColor(accent.Mix(white, 0.7))
	var byLines []string
	if by := d.preparedBy(); by != "" {
		byLines = d.Wrap(by, w, pst)
	}
	textH := kst.LineHeight() + 2 + float64(len(titleLines))*tst.LineHeight() + 1 + float64(len(subLines))*sst.LineHeight()
	if len(byLines) > 0 {
		textH += 1.5 + float64(len(byLines))*pst.LineHeight()
	}
	band := max(coverHeight(p), top+textH+5)
	d.Rect(0, 0, p.W, band, accent)
	d.Rect(0, band, p.W, 1.2, accentDark)
	if d.hasLogo() {
		px := p.W - p.Right - plateW
		d.RoundRect(px, top, plateW, plateH, 1.5, white)
		d.drawLogo(px+platePad, top+platePad, plateW-2*platePad, plateH-2*platePad, layout.AlignCenter)
	}
	y := top
	d.Text(p.Left, y, strings.ToUpper(kicker), kst)
	y += kst.LineHeight() + 2
	y += d.Lines(p.Left, y, w, titleLines, tst, layout.AlignLeft) + 1
	y += d.Lines(p.Left, y, w, subLines, sst, layout.AlignLeft)
	if len(byLines) > 0 {
		d.Lines(p.Left, y+1.5, w, byLines, pst, layout.AlignLeft)
	}
	d.Y = band + 8
}

// fact is a labelled value in a row of key facts.
type fact struct{ label, value string }

// facts draws key facts side by side across the page, wrapping to more
// rows when there are many. A value too wide for its quarter of the row
// (a contract term, "1 Oct 2026 – 30 Sep 2027") takes room from the
// facts beside it when they can spare it, so that it stays on one line.
func (d *doc) facts(items []fact) {
	const perRow = 4
	lst, vst := d.Scale().Caption, d.Scale().BodyBold
	for start := 0; start < len(items); start += perRow {
		row := items[start:min(start+perRow, len(items))]
		xs, ws := d.factColumns(row, perRow)
		h := 0.0
		values := make([][]string, len(row))
		for i, f := range row {
			values[i] = d.Wrap(f.value, ws[i], vst)
			h = max(h, lst.LineHeight()+float64(max(len(values[i]), 1))*vst.LineHeight())
		}
		d.Need(h + 2)
		for i, f := range row {
			d.Text(xs[i], d.Y, ellipsize(d, f.label, ws[i], lst), lst)
			d.Lines(xs[i], d.Y+lst.LineHeight(), ws[i], values[i], vst, layout.AlignLeft)
		}
		d.Y += h + 3
	}
	d.Line(d.Page().Left, d.Y, d.Page().W-d.Page().Right, d.Y, 0.2, rule)
	d.Y += 2
}

// minLastPageFill is the least share of its body the last page of a
// paper document of several pages should fill; layOutPortrait moves the
// break before it earlier when it would fill less. It is a little over
// the quarter the page-fill tests ask for, as the cursor ends some way
// below the last line drawn.
const minLastPageFill = 0.3

// layOutPortrait lays a document out on portrait paper pages with draw,
// which starts its pages. When the last of several pages would hold only
// a few lines, it lays the document out again with the page before the
// last ending earlier, so that the last page carries enough; it keeps
// the first layout when that does not help.
func layOutPortrait(m meta, opts Options, draw func(d *doc) error) (*doc, error) {
	d, err := newPortraitDoc(m, opts)
	if err != nil {
		return nil, err
	}
	if err := draw(d); err != nil {
		return nil, err
	}
	pages := d.PageCount()
	if pages < 2 || d.Filled() >= minLastPageFill {
		return d, nil
	}
	body := d.Page().BodyBottom() - d.Page().BodyTop()
	by := (minLastPageFill - d.Filled()) * body
	best := d
	for range 3 {
		again, err := newPortraitDoc(m, opts)
		if err != nil {
			return nil, err
		}
		again.ShortenPage(pages-1, by)
		if err := draw(again); err != nil {
			return nil, err
		}
		if again.PageCount() != pages {
			break
		}
		best = again
		if again.Filled() >= minLastPageFill {
			break
		}
		by += (minLastPageFill - again.Filled()) * body
	}
	return best, nil
}

// factColumns returns where the facts of a row start and how wide they
// are: a quarter of the grid each (perRow to a row), unless a value does
// not fit its quarter on one line while all of them fit side by side; the
// room is then shared by what each needs.
func (d *doc) factColumns(row []fact, perRow int) (xs, ws []float64) {
	p := d.Page()
	span := 12 / perRow
	xs, ws = make([]float64, len(row)), make([]float64, len(row))
	for i := range row {
		xs[i], ws[i] = p.ColumnSpan(i*span, span)
	}
	if len(row) < 2 {
		return xs, ws
	}
	gutter := xs[1] - xs[0] - ws[0]
	needs := make([]float64, len(row))
	sum, tooWide := 0.0, false
	for i, f := range row {
		needs[i] = max(d.Measure(f.value, d.Scale().BodyBold), d.Measure(f.label, d.Scale().Caption)) + 0.5
		sum += needs[i]
		tooWide = tooWide || needs[i] > ws[i]
	}
	room := xs[len(row)-1] + ws[len(row)-1] - xs[0] - gutter*float64(len(row)-1)
	if !tooWide {
		return xs, ws
	}
	if sum > room {
		return d.factColumnsWrapping(xs, ws, needs, gutter)
	}
	// Every fact keeps its quarter when it can; those that need less
	// give their spare room to those that need more.
	spare, want := 0.0, 0.0
	for i := range row {
		if needs[i] < ws[i] {
			spare += ws[i] - needs[i]
		} else {
			want += needs[i] - ws[i]
		}
	}
	x := xs[0]
	for i := range row {
		if needs[i] < ws[i] {
			ws[i] -= (ws[i] - needs[i]) * want / spare
		} else {
			ws[i] = needs[i]
		}
		xs[i] = x
		x += ws[i] + gutter
	}
	return xs, ws
}

// factColumnsWrapping shares a row of facts that do not all fit side by
// side on one line, at xs with widths ws (a quarter each), needs the
// width each takes on one line: those that need less than their quarter
// take what they need, and their spare room goes to the others, the one
// that needs least more first, so that as many facts as can stay on one
// line ("1 mei 2025 – 30 apr 2028") and the rest wrap.
func (d *doc) factColumnsWrapping(xs, ws, needs []float64, gutter float64) ([]float64, []float64) {
	spare := 0.0
	var short []int
	for i := range ws {
		if needs[i] < ws[i] {
			spare += ws[i] - needs[i]
			ws[i] = needs[i]
		} else {
			short = append(short, i)
		}
	}
	slices.SortStableFunc(short, func(a, b int) int { return cmp.Compare(needs[a]-ws[a], needs[b]-ws[b]) })
	for _, i := range short {
		give := min(spare, needs[i]-ws[i])
		ws[i] += give
		spare -= give
	}
	// Room left over, if any, goes to the one that needs most.
	if len(short) > 0 {
		ws[short[len(short)-1]] += spare
	}
	x := xs[0]
	for i := range ws {
		xs[i] = x
		x += ws[i] + gutter
	}
	return xs, ws
}
