package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// qbrRows is the most rows a list or table of the business review shows
// on its slide; the last row says how many more there are.
const qbrRows = 8

// qbrSectionGap is the space above a section that shares its slide with
// the one before.
const qbrSectionGap = 3.0

// qbrReasons is the most health reasons the executive summary lists.
const qbrReasons = 6

// BusinessReview writes the quarterly business review of a customer for
// quarter q as 16:9 slides, in the visual system of the kickoff deck,
// drawn from planner.Account.BusinessReview: the title, an executive
// summary with the customer's health and its reasons, then the value
// against each objective, what was delivered against what was planned,
// the consumption of the contract year, support, risks with their
// mitigations, the decisions asked of the sponsor and the next quarter's
// priorities, planned activities and the renewal. Sections short enough
// share a slide; each says plainly when it has nothing to show. Every
// text is in the document's language.
func BusinessReview(ctx context.Context, w io.Writer, cat *catalog.Catalog, acct planner.Account, settings planner.Settings, q planner.Quarter, opts Options) (Result, error) {
	opts, err := started(ctx, opts, "business review")
	if err != nil {
		return Result{}, err
	}
	cat = customerCatalog(cat, acct.Customer, opts.documentLanguage(&acct.Customer)) // the edition of the customer's contract, in the document's language
	switch {
	case q.IsZero():
		return Result{}, errors.New("business review: name the quarter, such as 2026Q1")
	case !q.Valid():
		return Result{}, fmt.Errorf("business review: %d Q%d is not a quarter (want a year from 1 to 9999 and a quarter from 1 to 4)", q.Year, q.Number)
	}
	review, err := acct.BusinessReview(cat, settings, q, opts.now())
	if err != nil {
		return Result{}, err
	}
	if opts.Fonts == nil {
		// The sections are measured on a scratch deck before they are
		// laid out: both read the fonts once.
		if opts.Fonts, err = LoadFonts(opts.CJKFontPath); err != nil {
			return Result{}, fmt.Errorf("business review: %w", err)
		}
	}
	c := acct.Customer
	lang := opts.documentLanguage(&c)
	start := func() (*doc, error) {
		wd, err := newWords(lang)
		if err != nil {
			return nil, err
		}
		d, err := newDoc(layout.SlidePage(), slideScale(), meta{
			kind:        KindQBR,
			titleSuffix: wd.quarterName(q),
			language:    lang,
			subject:     wd.T("doc.qbr.subject", c.Name, wd.quarterName(q)),
			customer:    c.Name,
			keywords:    []string{"quarterly business review", "QBR", q.String(), c.Name},
		}, opts)
		if err != nil {
			return nil, err
		}
		return d, nil
	}
	d, err := start()
	if err != nil {
		return Result{}, fmt.Errorf("business review: %w", err)
	}
	scratch, err := start()
	if err != nil {
		return Result{}, fmt.Errorf("business review: %w", err)
	}
	d.setChrome(func(d *doc, n, total int) { slideChrome(d, "doc.qbr.header", d.meta.title, n, total) })
	b := &qbr{deck: deck{d: d, keys: "doc.qbr."}, cat: cat, acct: acct, review: review, expiryWarningDays: settings.ExpiryWarningDays}
	b.titleSlide()
	b.summarySlide()
	b.sections(scratch, []qbrSection{
		{b.tr("value.title"), (*qbr).value},
		{b.tr("delivery.title"), (*qbr).delivery},
		{b.tr("use.title"), (*qbr).consumption},
		{b.tr("support.title"), (*qbr).support},
		{b.tr("risks.title"), (*qbr).risks},
		{b.tr("asks.title"), (*qbr).asks},
		{b.tr("next.title", d.quarterName(review.Next)), (*qbr).next},
	})
	return d.finish(w)
}

// qbr holds what every slide of the business review draws on.
type qbr struct {
	deck
	cat    *catalog.Catalog
	acct   planner.Account
	review planner.BusinessReview
	// expiryWarningDays is how far ahead the review looked for
	// allowance expiring unused (Settings.ExpiryWarningDays).
	expiryWarningDays int
}

// qbrSection is a section of the review: its title and what draws it at
// the cursor, across the content width.
type qbrSection struct {
	title string
	draw  func(b *qbr)
}

// note draws a muted sentence at (x, cursor), wrapped to w, where a
// section has nothing to show.
func (b *qbr) note(x, w float64, s string) {
	d := b.d
	st := d.Scale().Body.WithColor(faint)
	d.Y += d.Paragraph(x, d.Y, w, s, st) + 2
}

// nothingToShow draws the review's text of key with args across the
// content width, as note does, when n, the count of what a section
// shows, is 0, and reports whether it did.
func (b *qbr) nothingToShow(n int, key string, args ...any) bool {
	if n > 0 {
		return false
	}
	b.note(b.d.Page().Left, b.d.Page().ContentWidth(), b.tr(key, args...))
	return true
}

// titleSlide draws the customer, the quarter and its days, and a band
// with the health, the membership, the contract year and the renewal.
func (b *qbr) titleSlide() {
	d := b.d
	r := b.review
	p := d.Page()
	// The subtitle may run wider than the name: it is one line of
	// facts, which reads badly broken.
	bandTop := b.coverSlide(cover{kicker: b.tr("kicker", d.quarterName(r.Quarter)), name: b.acct.Customer.Name,
		subtitle:     b.tr("subtitle", d.quarterName(r.Quarter), d.rangeText(r.Quarter.First(), r.Quarter.Last()), d.date(r.Today)),
		wideSubtitle: true, bandH: 46})
	tier := tierName(b.cat, b.acct.Customer.Membership.Tier)
	renewal := b.tr("title.noRenewal")
	if r.Renewal.Found {
		renewal = d.date(r.Renewal.Day)
	}
	facts := []struct{ head, value string }{
		{b.tr("title.health"), ""},
		{b.tr("title.membership"), tier},
		{b.tr("title.contractYear"), d.rangeText(r.Usage.YearStart, r.Usage.YearEnd)},
		{b.tr("title.renewal"), renewal},
	}
	value := d.Scale().Body.WithSize(15).WithBold().WithColor(white)
	for i, f := range facts {
		x, cw := p.ColumnSpan(i*3, 3)
		ty := b.bandHead(x, bandTop+12, cw, f.head)
		if i == 0 {
			look := b.d.lookOfRAG(r.Health.Colour)
			st := d.Scale().Body.WithSize(14)
			cw := d.ChipWidth(look.label, st.WithBold())
			d.RoundRect(x, ty, cw, layout.ChipHeight(st), layout.ChipHeight(st)/2, look.color)
			d.TextIn(x, ty+1.2, cw, look.label, st.WithBold().WithColor(white), layout.AlignCenter)
			continue
		}
		lines := d.Wrap(f.value, cw, value)
		if len(lines) > 2 {
			lines = []string{lines[0], ellipsize(d, strings.Join(lines[1:], " "), cw, value)}
		}
		d.Lines(x, ty, cw, lines, value, layout.AlignLeft)
	}
}

// summarySlide shows the health with its reasons beside the quarter at a
// glance.
func (b *qbr) summarySlide() {
	d := b.d
	r := b.review
	b.slide(b.tr("summary.title"))
	top := d.Y
	lx, lw := d.Page().ColumnSpan(0, 5)
	look := b.d.lookOfRAG(r.Health.Colour)
	head := d.Scale().Label.WithColor(white.Mix(look.color, 0.2))
	big := d.Scale().H1.WithSize(30).WithColor(white)
	boxH := head.LineHeight() + 2 + big.LineHeight() + 8
	d.RoundRect(lx, d.Y, lw, boxH, 2, look.color)
	d.Text(lx+6, d.Y+4, strings.ToUpper(b.tr("summary.health")), head)
	d.Text(lx+6, d.Y+4+head.LineHeight()+2, look.label, big)
	d.Y += boxH + 4
	st := d.Scale().Small.WithColor(ink)
	reasons := r.Health.Reasons
	if len(reasons) == 0 {
		d.Y += d.Paragraph(lx, d.Y, lw, b.tr("summary.noReasons"), d.Scale().Body.WithColor(good).WithBold()) + 2
	}
	for i, reason := range reasons {
		if i == qbrReasons-1 && len(reasons) > qbrReasons {
			more := len(reasons) - i
			d.Y += d.Paragraph(lx+5, d.Y, lw-5, d.Count("doc.qbr.summary.moreReasons", more, more), st.WithColor(muted))
			break
		}
		lines := d.Wrap(d.sentence(reason.Text), lw-5, st)
		d.Dot(lx+1.5, layout.Baseline(d.Y, st)-1.2, 1.1, b.d.lookOfRAG(reason.Colour).color)
		d.Y += d.Lines(lx+5, d.Y, lw-5, lines, st, layout.AlignLeft) + 1.5
	}
	if line := d.outsideMembershipLine(b.acct.Customer); line != "" {
		d.Y += 2
		d.Y += d.Paragraph(lx, d.Y, lw, line, d.Scale().Small.WithBold().WithColor(caution))
	}
	left := d.Y
	d.Y = top
	rx, rw := d.Page().ColumnSpan(6, 6)
	b.label(rx, rw, b.tr("summary.glance"))
	var tiles []tile
	onTrack := 0
	for _, o := range r.Objectives {
		if o.OffTrack == "" {
			onTrack++
		}
	}
	if len(r.Objectives) > 0 {
		tiles = append(tiles, tile{b.tr("summary.ofN", d.integer(onTrack), d.integer(len(r.Objectives))), b.tr("summary.onTrack"), ""})
	} else {
		tiles = append(tiles, tile{"–", b.tr("summary.onTrack"), b.tr("summary.noObjectives")})
	}
	planned, delivered := 0, 0
	for _, dl := range r.Delivery {
		planned += dl.Planned
		delivered += dl.Delivered
	}
	tiles = append(tiles, tile{b.tr("summary.ofN", d.integer(delivered), d.integer(planned)), b.tr("summary.delivered"), ""})
	s := r.Support
	tiles = append(tiles, tile{d.integer(len(s.Cases)), b.tr("summary.cases"), d.count(len(s.Escalations), "qbr.escalation")})
	if pct, ok := s.MetPercent(); ok {
		tiles = append(tiles, tile{b.tr("summary.percent", pct), b.tr("summary.met"), d.Count("doc.qbr.summary.measured", s.Measured, d.integer(s.Met), d.integer(s.Measured))})
	} else {
		tiles = append(tiles, tile{"–", b.tr("summary.met"), b.tr("summary.noneMeasured")})
	}
	open, high := 0, 0
	for _, rr := range r.Risks {
		if rr.Risk.IsOpen() {
			open++
			if rr.Risk.Impact == planner.LevelHigh {
				high++
			}
		}
	}
	tiles = append(tiles, tile{d.integer(open), b.tr("summary.openRisks"), d.count(high, "qbr.highImpact")})
	if r.Renewal.Found {
		tiles = append(tiles, tile{d.date(r.Renewal.Day), b.tr("summary.renewal"), b.renewalIn()})
	} else {
		tiles = append(tiles, tile{d.integer(len(r.Planned)), b.tr("summary.plannedNext", d.quarterName(r.Next)), ""})
	}
	b.tiles(rx, rw, 3, tiles)
	if r.Renewal.Found {
		b.renewalCallout(rx, rw)
	}
	d.Y = max(d.Y, left)
}

// renewalIn says in how many days the renewal falls, or that it passed.
func (b *qbr) renewalIn() string {
	n := b.review.Renewal.InDays
	if n < 0 {
		return b.d.Count("doc.qbr.renewal.ago", -n, -n)
	}
	return b.d.Count("doc.qbr.renewal.in", n, n)
}

// renewalCallout draws the renewal, and whether a review prepares it, as
// a callout at (x, cursor).
func (b *qbr) renewalCallout(x, w float64) {
	rn := b.review.Renewal
	text := b.tr("renewal.text", b.d.date(rn.Day), b.d.date(rn.ContractEnd), b.renewalIn())
	colour := accent
	if !rn.Reviewed && rn.InDays >= 0 {
		text += " " + b.tr("renewal.noReview", planner.RenewalReviewDays)
		colour = caution
	}
	b.callout(x, w, b.tr("renewal.title"), text, colour)
}

// sections draws the sections, measured first on the scratch deck, each
// slide holding a run of them: as few slides as hold them, and of those
// ways the one whose emptiest slide is fullest. A section that shares
// its slide gets a heading; one alone is named by the slide's title.
func (b *qbr) sections(scratch *doc, list []qbrSection) {
	heights := make([]float64, len(list))
	for i, s := range list {
		heights[i] = b.measure(scratch, s)
	}
	for _, group := range packSections(heights, b.d.Page().BodyBottom()-b.contentTop(), b.headingHeight()) {
		var titles []string
		for _, i := range group {
			titles = append(titles, list[i].title)
		}
		b.slide(strings.Join(titles, " · "))
		for n, i := range group {
			if len(group) > 1 {
				if n > 0 {
					b.d.Y += qbrSectionGap
				}
				b.heading(list[i].title)
			}
			list[i].draw(b)
		}
	}
}

// packSections shares out sections of the given heights over slides
// with room millimetres below their titles, in order: a run of sections
// shares a slide when all of them fit with a heading of height headH
// each and qbrSectionGap between them. Of the ways with the fewest
// slides it returns the one whose emptiest slide is fullest, as the
// indexes of the sections of each slide.
func packSections(heights []float64, room, headH float64) [][]int {
	const slack = 1.0 // keeps what was measured off the footer
	n := len(heights)
	if n == 0 {
		return nil
	}
	height := func(from, to int) float64 {
		if to-from == 1 {
			return heights[from]
		}
		h := float64(to-from-1) * qbrSectionGap
		for _, v := range heights[from:to] {
			h += headH + v
		}
		return h
	}
	var best [][]int
	bestFill := -1.0
	// Each bit of cuts ends a slide after the section of its index.
	for cuts := 0; cuts < 1<<(n-1); cuts++ {
		var groups [][]int
		fill, from, ok := 1.0, 0, true
		for i := range n {
			if i < n-1 && cuts&(1<<i) == 0 {
				continue
			}
			h := height(from, i+1)
			if i+1-from > 1 && h+slack > room {
				ok = false
				break
			}
			fill = min(fill, h/room)
			group := make([]int, 0, i+1-from)
			for j := from; j <= i; j++ {
				group = append(group, j)
			}
			groups = append(groups, group)
			from = i + 1
		}
		if !ok {
			continue
		}
		if best == nil || len(groups) < len(best) || (len(groups) == len(best) && fill > bestFill) {
			best, bestFill = groups, fill
		}
	}
	return best
}

// measure returns the height section s takes drawn alone on a slide of
// the scratch deck, or more than a slide holds when it runs over.
func (b *qbr) measure(scratch *doc, s qbrSection) float64 {
	m := *b
	m.d = scratch
	scratch.SetOnNewPage(nil)
	scratch.AddPage()
	scratch.Y = m.contentTop()
	top, pages := scratch.Y, scratch.PageCount()
	s.draw(&m)
	if scratch.PageCount() > pages {
		return 2 * (scratch.Page().BodyBottom() - top)
	}
	return scratch.Y - top
}

// fitTable draws t with the rows rows gives for the first n of total
// items, n as large as fits the slide below the cursor, up to qbrRows;
// rows adds a last row saying how many more there are when n < total.
// At least one item is shown.
func (b *qbr) fitTable(t layout.Table, total int, rows func(n int) [][]layout.Cell) {
	n := min(total, qbrRows)
	if n < total {
		n--
	}
	for {
		t.Rows = rows(n)
		if n <= 1 || b.d.Y+b.tableHeight(t) <= b.d.Page().BodyBottom() {
			break
		}
		n--
	}
	b.d.drawTable(t)
}

// value draws each objective's KPIs from baseline to current against
// target, with the activities of the quarter that served it.
func (b *qbr) value() {
	d := b.d
	r := b.review
	if b.nothingToShow(len(r.Objectives), "value.none") {
		return
	}
	objectiveRows := func(o planner.ReviewObjective) [][]layout.Cell {
		var rows [][]layout.Cell
		obj := o.Objective
		sub := b.tr("value.due", d.date(obj.Due))
		if obj.Due.IsZero() {
			sub = b.tr("value.noDue")
		}
		if o.OffTrack != "" {
			sub += " · " + b.tr("value.behind")
		}
		served := []string{}
		for _, a := range o.Served {
			served = append(served, a.Name)
		}
		servedText := strings.Join(served, "; ")
		servedSub := ""
		if o.ServedMore > 0 {
			servedSub = b.tr("value.moreServed", o.ServedMore)
		}
		if len(served) == 0 {
			servedText = b.tr("value.noneServed")
		}
		kpis := obj.KPIs
		if len(kpis) == 0 {
			kpis = []planner.KPI{{}}
		}
		for i, k := range kpis {
			row := make([]layout.Cell, 7)
			if i == 0 {
				tone := layout.RGB(0)
				if o.OffTrack != "" {
					tone = b.d.lookOfRAG(o.OffTrack).color
				}
				row[0] = layout.Cell{Text: obj.Title, Bold: true, Sub: sub, Tone: tone}
				row[6] = layout.Cell{Text: servedText, Sub: servedSub}
			}
			if k.Name == "" {
				row[1] = txt(b.tr("value.noKPI"))
			} else {
				row[1] = txt(k.Name)
				row[2] = txt(d.number(k.Baseline, k.Unit))
				row[3] = layout.Cell{Text: d.number(k.Current, k.Unit), Bold: true}
				row[4] = txt(d.number(k.Target, k.Unit))
				colour := good
				if o.OffTrack != "" {
					colour = b.d.lookOfRAG(o.OffTrack).color
				}
				row[5] = barCell(planner.KPIProgress(k), colour)
			}
			rows = append(rows, row)
		}
		return rows
	}
	cols := []layout.Column{{Title: b.tr("value.objective"), Weight: 3.4}, {Title: b.tr("value.kpi"), Weight: 3},
		{Title: b.tr("value.baseline"), Weight: 1.3, Align: layout.AlignRight}, {Title: b.tr("value.current"), Weight: 1.3, Align: layout.AlignRight},
		{Title: b.tr("value.target"), Weight: 1.3, Align: layout.AlignRight}, {Title: b.tr("value.progress"), Weight: 1.6},
		{Title: b.tr("value.served"), Weight: 4}}
	b.fitTable(layout.Table{Columns: cols, Body: d.Scale().Small.WithColor(ink)}, len(r.Objectives), func(n int) [][]layout.Cell {
		var rows [][]layout.Cell
		for _, o := range r.Objectives[:n] {
			rows = append(rows, objectiveRows(o)...)
		}
		if more := len(r.Objectives) - n; more > 0 {
			rows = append(rows, []layout.Cell{txt(b.tr("moreRows", more)), {}, {}, {}, {}, {}, {}})
		}
		return rows
	})
}

// kindName names a kind of catalog item in the plural.
func (b *qbr) kindName(k catalog.Kind) string { return b.tr("kind." + string(k)) }

// delivery shows per kind what was delivered against what was planned,
// and the activities of the quarter.
func (b *qbr) delivery() {
	d := b.d
	r := b.review
	if b.nothingToShow(len(r.Activities), "delivery.none", d.quarterName(r.Quarter)) {
		return
	}
	x, w := d.Page().Left, d.Page().ContentWidth()
	const gap = 8.0
	bw := (w - gap*float64(len(r.Delivery)-1)) / float64(len(r.Delivery))
	big, small := d.Scale().H2.WithSize(17).WithColor(accentDark), d.Scale().Small
	top := d.Y
	bottom := top
	for i, dl := range r.Delivery {
		bx := x + float64(i)*(bw+gap)
		d.Y = top
		d.Text(bx, d.Y, ellipsize(d, b.kindName(dl.Kind), bw, d.Scale().Body.WithBold()), d.Scale().Body.WithBold())
		d.Y += d.Scale().Body.LineHeight()
		if dl.Planned+dl.Cancelled == 0 {
			d.Y += d.Paragraph(bx, d.Y, bw, b.tr("delivery.nonePlanned"), small.WithColor(faint)) + 2
			bottom = max(bottom, d.Y)
			continue
		}
		d.Y += d.Paragraph(bx, d.Y, bw, b.tr("delivery.ofPlanned", d.integer(dl.Delivered), d.integer(dl.Planned)), big) + 1
		xx := bx
		for _, part := range []struct {
			n int
			c layout.RGB
		}{{dl.Delivered, good}, {dl.Upcoming, accent}, {dl.Cancelled, rule}} {
			pw := bw * float64(part.n) / float64(dl.Planned+dl.Cancelled)
			d.Rect(xx, d.Y, pw, 3.2, part.c)
			xx += pw
		}
		d.Y += 5
		legend := b.tr("delivery.legend", d.integer(dl.Delivered), d.integer(dl.Upcoming), d.integer(dl.Cancelled))
		if dl.Hours > 0 {
			legend += " · " + b.tr("delivery.hours", d.hours(dl.Hours))
		}
		d.Y += d.Paragraph(bx, d.Y, bw, legend, small) + 2
		bottom = max(bottom, d.Y)
	}
	d.Y = bottom + 2
	cols := []layout.Column{{Title: b.tr("delivery.day"), Weight: 2}, {Title: b.tr("delivery.activity"), Weight: 8},
		{Title: b.tr("delivery.kind"), Weight: 2.6}, {Title: b.tr("delivery.status"), Weight: 2}}
	d.fitColumn(cols, w, 0, 1, d.date(planner.Date{Year: 2026, Month: 12, Day: 30}))
	d.fitChips(cols, w, 3, 1, d.activityLabels()...)
	b.fitTable(layout.Table{Columns: cols, Body: d.Scale().Small.WithColor(ink)}, len(r.Activities), func(n int) [][]layout.Cell {
		var rows [][]layout.Cell
		for _, a := range r.Activities[:n] {
			rows = append(rows, []layout.Cell{txt(d.date(a.Activity.Date)), {Text: a.Name, Bold: true, Sub: a.Activity.Outcome},
				txt(b.kindName(a.Kind)), chipCell(d.lookOfActivity(a.Activity.Status))})
		}
		if more := len(r.Activities) - n; more > 0 {
			rows = append(rows, []layout.Cell{{}, txt(b.tr("moreRows", more)), {}, {}})
		}
		return rows
	})
}

// consumption shows what the contract year's allowances used and what is
// left, and what will expire unused.
func (b *qbr) consumption() {
	d := b.d
	r := b.review
	u := r.Usage
	x, w := d.Page().Left, d.Page().ContentWidth()
	b.label(x, w, b.tr("use.year", d.rangeText(u.YearStart, u.YearEnd)))
	count := func(v float64) string { return b.tr("use.count", d.Number(v, 2)) }
	list := allowancesOf(u, b.tr("kind.accelerator"), b.tr("use.fieldHours"), count, d.hours)
	if len(list) == 0 {
		b.note(x, w, b.tr("use.none"))
		return
	}
	const gap = 10.0
	bw := (w - gap*float64(len(list)-1)) / float64(len(list))
	if len(list) == 1 {
		bw = w * 0.6
	}
	big, small := d.Scale().H2.WithSize(17).WithColor(accentDark), d.Scale().Small
	top := d.Y
	bottom := top
	for i, a := range list {
		bx := x + float64(i)*(bw+gap)
		d.Y = top
		d.Text(bx, d.Y, ellipsize(d, a.name, bw, d.Scale().Body.WithBold()), d.Scale().Body.WithBold())
		d.Y += d.Scale().Body.LineHeight()
		d.Y += d.Paragraph(bx, d.Y, bw, b.tr("use.usedOf", a.amount(a.delivered), a.amount(a.allowed)), big) + 1
		if d.allowanceBar(bx, bw, a) > 0 {
			d.Y += 5
		}
		left := max(a.allowed-a.delivered-a.scheduled, 0)
		legend := b.tr("use.legend", a.amount(a.delivered), a.amount(a.scheduled), a.amount(a.planned-a.delivered-a.scheduled), a.amount(left))
		d.Y += d.Paragraph(bx, d.Y, bw, legend, small) + 2
		bottom = max(bottom, d.Y)
	}
	d.Y = bottom + 1
	if len(r.Expiring) > 0 {
		b.label(x, w, b.tr("use.expiring"))
		d.bullets(x, w, b.sentences(r.Expiring), d.Scale().Small.WithBold().WithColor(caution))
		return
	}
	d.Y += d.Paragraph(x, d.Y, w, b.tr("use.nothingExpires", b.expiryWarningDays), d.Scale().Small.WithBold().WithColor(good)) + 2
}

// support shows the cases of the quarter by priority, the share of
// response targets met and the escalations.
func (b *qbr) support() {
	d := b.d
	s := b.review.Support
	if b.nothingToShow(len(s.Cases)+len(s.Escalations), "support.none", d.quarterName(b.review.Quarter)) {
		return
	}
	lx, lw := d.Page().ColumnSpan(0, 7)
	rx, rw := d.Page().ColumnSpan(7, 5)
	top := d.Y
	var rows [][]layout.Cell
	for _, p := range s.ByPriority {
		cell := func(n int, tone layout.RGB) layout.Cell {
			if n == 0 {
				return layout.Cell{Text: "0", Tone: faint}
			}
			return layout.Cell{Text: d.integer(n), Bold: tone != 0, Tone: tone}
		}
		rows = append(rows, []layout.Cell{{Text: string(p.Priority), Bold: true, Tone: accentDark}, cell(p.Opened, 0), cell(p.Met, good),
			cell(p.Breached, danger), cell(p.Pending, 0), cell(p.Open, 0), cell(p.Reopened, caution)})
	}
	right := layout.AlignRight
	d.drawTable(layout.Table{X: lx, W: lw, Columns: []layout.Column{{Title: b.tr("support.priority"), Weight: 1.6},
		{Title: b.tr("support.opened"), Weight: 1.3, Align: right}, {Title: b.tr("support.met"), Weight: 1.3, Align: right},
		{Title: b.tr("support.breached"), Weight: 1.3, Align: right}, {Title: b.tr("support.pending"), Weight: 1.3, Align: right},
		{Title: b.tr("support.open"), Weight: 1.3, Align: right}, {Title: b.tr("support.reopened"), Weight: 1.4, Align: right}},
		Rows: rows, Body: d.Scale().Small.WithColor(ink)})
	d.Y += 2
	var cases []string
	for i, c := range s.Cases {
		if i == 4 && len(s.Cases) > 5 {
			cases = append(cases, b.tr("moreRows", len(s.Cases)-i))
			break
		}
		cases = append(cases, b.tr("support.case", string(c.Case.Priority), c.Case.Number, c.Case.Title, b.verdict(c.Verdict)))
	}
	if len(cases) == 0 {
		b.note(lx, lw, b.tr("support.noCases", d.quarterName(b.review.Quarter)))
	}
	d.bullets(lx, lw, cases, d.Scale().Small.WithColor(ink))
	left := d.Y
	d.Y = top
	big := d.Scale().Title.WithColor(accentDark)
	if pct, ok := s.MetPercent(); ok {
		colour := good
		if pct < 100 {
			colour = caution
		}
		if pct < 50 {
			colour = danger
		}
		d.Text(rx, d.Y, b.tr("summary.percent", pct), big.WithColor(colour))
		d.Y += big.LineHeight()
		d.Y += d.Paragraph(rx, d.Y, rw, d.Count("doc.qbr.support.metOf", s.Measured, d.integer(s.Met), d.integer(s.Measured)), d.Scale().Body.WithBold()) + 4
	} else {
		d.Y += d.Paragraph(rx, d.Y, rw, b.tr("summary.noneMeasured"), d.Scale().Body.WithColor(faint)) + 4
	}
	b.label(rx, rw, b.tr("support.escalations"))
	if len(s.Escalations) == 0 {
		d.Y += d.Paragraph(rx, d.Y, rw, b.tr("support.noEscalations"), d.Scale().Small.WithColor(faint)) + 2
	}
	name, st := d.Scale().Small.WithBold().WithColor(ink), d.Scale().Small
	for i, e := range s.Escalations {
		if i == 3 && len(s.Escalations) > 4 {
			d.Y += d.Paragraph(rx, d.Y, rw, b.tr("moreRows", len(s.Escalations)-i), st)
			break
		}
		d.Rect(rx, d.Y+0.5, 1.2, 8, danger)
		d.Y += d.Paragraph(rx+4, d.Y, rw-4, b.tr("support.escalation", string(e.Priority), e.CaseNumber, d.date(catalog.DateOf(e.Escalation.At))), name)
		by := e.Escalation.By
		if e.Escalation.Side != "" {
			by = b.tr("support.bySide", by, d.sideLabel(e.Escalation.Side))
		}
		d.Y += d.Paragraph(rx+4, d.Y, rw-4, b.tr("support.reason", e.Escalation.Reason, by), st) + 2
	}
	d.Y = max(d.Y, left)
}

// verdict says how a case fared against its response target.
func (b *qbr) verdict(v planner.ResponseVerdict) string {
	switch v.State {
	case planner.ResponseMet:
		return b.tr("verdict.met")
	case planner.ResponseBreached:
		if v.Responded() {
			return b.tr("verdict.late", b.d.Minutes(-v.MarginMinutes))
		}
		return b.tr("verdict.noResponse")
	}
	return b.tr("verdict.open")
}

// risks shows the risk log: open risks first, by impact.
func (b *qbr) risks() {
	d := b.d
	r := b.review
	if b.nothingToShow(len(r.Risks), "risks.none") {
		return
	}
	w := d.Page().ContentWidth()
	riskRow := func(rr planner.ReviewRisk) []layout.Cell {
		risk := rr.Risk
		title := risk.Title
		if risk.Kind == planner.KindIssue {
			title = b.tr("risks.issue", title)
		}
		var sub []string
		if rr.Objective != "" {
			sub = append(sub, b.tr("risks.threatens", rr.Objective))
		}
		owner := layout.Cell{Text: orDash(risk.Owner)}
		if risk.OwnerSide != "" {
			owner.Sub = d.sideLabel(risk.OwnerSide)
		}
		mit := layout.Cell{Text: orDash(risk.Mitigation)}
		if !risk.Due.IsZero() {
			mit.Sub = b.tr("risks.due", d.date(risk.Due))
		}
		status := statusLook{b.tr("risks.open"), accent}
		if !risk.IsOpen() {
			status = statusLook{b.tr("risks.closed"), faint}
			if !risk.Closed.IsZero() {
				mit.Sub = b.tr("risks.closedOn", d.date(risk.Closed))
			}
		}
		tone := layout.RGB(0)
		if !risk.IsOpen() {
			tone = muted
		}
		return []layout.Cell{{Text: title, Bold: true, Tone: tone, Sub: strings.Join(sub, " · ")},
			chipCell(b.d.lookOfLevel(risk.Impact)), chipCell(b.d.lookOfLevel(risk.Likelihood)), chipCell(b.d.lookOfRAG(risk.RAG)),
			owner, mit, chipCell(status)}
	}
	cols := []layout.Column{{Title: b.tr("risks.risk"), Weight: 4.4}, {Title: b.tr("risks.impact"), Weight: 1.5},
		{Title: b.tr("risks.likelihood"), Weight: 1.5}, {Title: b.tr("risks.rating"), Weight: 1.5}, {Title: b.tr("risks.owner"), Weight: 2.2},
		{Title: b.tr("risks.mitigation"), Weight: 5}, {Title: b.tr("risks.status"), Weight: 1.5}}
	d.fitChips(cols, w, 1, 5, d.levelLabels()...)
	d.fitChips(cols, w, 2, 5, d.levelLabels()...)
	d.fitChips(cols, w, 3, 5, d.ragLabels()...)
	d.fitChips(cols, w, 6, 5, b.tr("risks.open"), b.tr("risks.closed"))
	b.fitTable(layout.Table{Columns: cols, Body: d.Scale().Small.WithColor(ink)}, len(r.Risks), func(n int) [][]layout.Cell {
		var rows [][]layout.Cell
		for _, rr := range r.Risks[:n] {
			rows = append(rows, riskRow(rr))
		}
		if more := len(r.Risks) - n; more > 0 {
			rows = append(rows, []layout.Cell{txt(b.tr("moreRows", more)), {}, {}, {}, {}, {}, {}})
		}
		return rows
	})
}

// asks lists the decisions and help asked of the sponsor.
func (b *qbr) asks() {
	d := b.d
	if b.nothingToShow(len(b.review.Asks), "asks.none") {
		return
	}
	x, w := d.Page().Left, d.Page().ContentWidth()
	st := d.Scale().Body.WithSize(13)
	asks := b.review.Asks
	more := asks[len(asks)-1]
	if more.Format != cappedListMore {
		d.numbered(x, w*0.85, b.sentences(asks), st)
		return
	}
	// The line saying how many more asks there are is no ask: it goes
	// below the numbered ones without a number.
	d.numbered(x, w*0.85, b.sentences(asks[:len(asks)-1]), st)
	indent := st.Size * layout.MMPerPoint * 2
	d.Y += d.Paragraph(x+indent, d.Y, w*0.85-indent, d.sentence(more), st.WithColor(muted))
}

// cappedListMore is the format of the last line of a list the planner
// cut short, which says how many more entries there are.
const cappedListMore = "and %d more"

// next shows the priorities of the next quarter beside its planned
// activities, and the renewal when it is near.
func (b *qbr) next() {
	d := b.d
	r := b.review
	lx, lw := d.Page().ColumnSpan(0, 6)
	rx, rw := d.Page().ColumnSpan(6, 6)
	top := d.Y
	b.label(lx, lw, b.tr("next.priorities"))
	if len(r.Priorities) == 0 {
		b.note(lx, lw, b.tr("next.noPriorities"))
	}
	d.bullets(lx, lw, b.sentences(r.Priorities), d.Scale().Small.WithColor(ink))
	left := d.Y
	d.Y = top
	if r.Renewal.Found {
		b.renewalCallout(rx, rw)
	}
	b.label(rx, rw, b.tr("next.planned"))
	if len(r.Planned) == 0 {
		b.note(rx, rw, b.tr("next.noPlanned"))
	}
	dateSt, nameSt := d.Scale().Small.WithBold().WithColor(accentDark), d.Scale().Small.WithColor(ink)
	dateW := d.Measure(d.date(planner.Date{Year: 2026, Month: 12, Day: 30}), dateSt) + 3
	chipW := 0.0
	for _, l := range d.activityLabels() {
		chipW = max(chipW, d.ChipWidth(l, d.Scale().Caption.WithBold()))
	}
	for i, p := range r.Planned {
		if i == qbrRows-1 && len(r.Planned) > qbrRows {
			more := len(r.Planned) - i
			d.Y += d.Paragraph(rx, d.Y, rw, b.tr("moreRows", more), nameSt)
			break
		}
		lines := d.Wrap(p.Name, rw-dateW-chipW-3, nameSt)
		h := max(float64(len(lines))*nameSt.LineHeight(), layout.ChipHeight(d.Scale().Caption)) + 1.5
		d.Text(rx, d.Y, d.date(p.Activity.Date), dateSt)
		d.Lines(rx+dateW, d.Y, rw-dateW-chipW-3, lines, nameSt, layout.AlignLeft)
		d.chip(rx+rw-chipW, d.Y, d.lookOfActivity(p.Activity.Status), d.Scale().Caption)
		d.Y += h
		d.Line(rx, d.Y-0.8, rx+rw, d.Y-0.8, 0.2, rule)
	}
	d.Y = max(d.Y, left)
}
