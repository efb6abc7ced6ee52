package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// maxBullets is the most bullets a slide holds; more continue on the next
// slide.
const maxBullets = 6

// maxRACIPeople is the most people a slide of the RACI chart shows as
// columns; more are shared out over several slides.
const maxRACIPeople = 7

// Kickoff writes the kickoff deck as 16:9 slides, drawn from the
// engagement's kickoff brief (planner.Account.KickoffBrief): the title
// with both teams, the agenda and the objectives of the meeting, who is
// who, the goals and their success criteria, scope and out of scope, the
// phases and key dates, the membership and the allowances of the contract
// year against the plan, the RACI chart, the ways of working (cadence,
// channels, escalation path), how to get support, the open risks and
// issues of the customer's risk log with the risks, assumptions and
// dependencies, and the asks of the sponsor with the next steps and the
// next meeting. Every text is in the document's language.
func Kickoff(ctx context.Context, w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	opts, err := started(ctx, opts, "kickoff deck")
	if err != nil {
		return Result{}, err
	}
	cat = customerCatalog(cat, acct.Customer, opts.documentLanguage(&acct.Customer)) // the edition of the customer's contract, in the document's language
	eng, err := pickEngagement(acct, opts)
	if err != nil {
		return Result{}, fmt.Errorf("kickoff deck: %w", err)
	}
	c := acct.Customer
	today, settings := opts.today(), opts.settings()
	brief, err := acct.KickoffBrief(cat, eng, settings, today)
	if err != nil {
		return Result{}, fmt.Errorf("kickoff deck: %w", err)
	}
	lang := opts.documentLanguage(&c)
	words, err := newWords(lang)
	if err != nil {
		return Result{}, fmt.Errorf("kickoff deck: %w", err)
	}
	d, err := newDoc(layout.SlidePage(), slideScale(), meta{
		kind:     KindKickoff,
		language: lang,
		subject:  words.T("doc.kickoff.subject", c.Name, eng.Name),
		customer: c.Name,
		keywords: []string{"kickoff", "collaboration plan", "mutual action plan", c.Name},
	}, opts)
	if err != nil {
		return Result{}, fmt.Errorf("kickoff deck: %w", err)
	}
	d.setChrome(func(d *doc, n, total int) { slideChrome(d, "doc.kickoff.header", eng.Name, n, total) })
	k := kickoff{deck: deck{d: d, keys: "doc.kickoff."}, cat: cat, acct: acct, eng: eng, brief: brief, today: today, settings: settings}
	k.titleSlide()
	k.agendaSlide()
	k.introductionsSlide()
	k.goalsSlide()
	k.scopeSlide()
	k.phasesSlide()
	k.allowancesSlide()
	k.raciSlides()
	k.waysOfWorkingSlides()
	k.supportSlide()
	k.raidSlide()
	k.closingSlide()
	return d.finish(w)
}

// kickoff holds what every slide of the deck draws on.
type kickoff struct {
	deck
	cat      *catalog.Catalog
	acct     planner.Account
	eng      planner.Engagement
	brief    planner.KickoffBrief
	today    planner.Date
	settings planner.Settings
}

// person is someone shown on a slide.
type person struct{ name, role, email string }

// teams returns the people on each side shown on the title and
// introductions slides: the engagement's stakeholders, and for the vendor
// side also the customer's success team.
func (k *kickoff) teams() (customer, vendor []person) {
	for _, p := range k.acct.Participants(k.eng) {
		if p.Kind == planner.ParticipantActionOwner {
			continue
		}
		if p.Side == planner.SideCustomer {
			customer = append(customer, person{p.Name, p.Role, p.Email})
		} else {
			vendor = append(vendor, person{p.Name, p.Role, p.Email})
		}
	}
	return customer, vendor
}

// titleSlide draws the customer, the engagement, the day of the kickoff
// and both teams.
func (k *kickoff) titleSlide() {
	d := k.d
	p := d.Page()
	bandTop := k.coverSlide(cover{kicker: k.tr("kicker", d.date(k.brief.Day)), name: k.acct.Customer.Name, subtitle: k.eng.Name, bandH: 64})
	customer, vendor := k.teams()
	heads := []string{k.acct.Customer.Name, d.T("doc.side.vendor")}
	for i, team := range [][]person{customer, vendor} {
		x, cw := p.ColumnSpan(i*6, 6)
		ty := k.bandHead(x, bandTop+9, cw, heads[i])
		name := d.Scale().Body.WithSize(12).WithBold().WithColor(white)
		role := d.Scale().Small.WithSize(10).WithColor(accent.Mix(white, 0.75))
		const perColumn = 4
		for j, m := range team {
			if j == perColumn*2 {
				break
			}
			colX := x + float64(j/perColumn)*cw/2
			rowY := ty + float64(j%perColumn)*(name.LineHeight()+role.LineHeight()+0.6)
			if j == perColumn*2-1 && len(team) > perColumn*2 {
				more := len(team) - perColumn*2 + 1
				d.Text(colX, rowY, d.Count("doc.kickoff.andMore", more, more), name)
				break
			}
			d.Text(colX, rowY, ellipsize(d, m.name, cw/2-4, name), name)
			d.Text(colX, rowY+name.LineHeight(), ellipsize(d, m.role, cw/2-4, role), role)
		}
		if len(team) == 0 {
			d.Text(x, ty, k.tr("toBeNamed"), name.WithColor(accent.Mix(white, 0.6)))
		}
	}
}

// agendaSlide lists the agenda of the meeting beside its objectives; when
// no goals are known yet it says when they are agreed.
func (k *kickoff) agendaSlide() {
	d := k.d
	k.slide(k.tr("agenda.title"))
	lx, lw := d.Page().ColumnSpan(0, 6)
	rx, rw := d.Page().ColumnSpan(7, 5)
	top := d.Y
	k.label(lx, lw, k.tr("agenda.agenda"))
	var items []string
	for _, a := range k.brief.Agenda {
		items = append(items, d.sentence(a.Title))
	}
	d.numbered(lx, lw, items, d.Scale().Body)
	left := d.Y
	d.Y = top
	k.label(rx, rw, k.tr("agenda.objectives"))
	d.bullets(rx, rw, k.sentences(k.brief.Objectives), d.Scale().Body)
	if len(k.brief.Goals.Goals) == 0 && !k.brief.Goals.Note.IsZero() {
		d.Y += 4
		k.callout(rx, rw, k.tr("goals.title"), d.sentence(k.brief.Goals.Note), caution)
	}
	d.Y = max(d.Y, left)
}

// introductionsSlide shows the people of both sides as cards, and the
// pooled resources of the tier.
func (k *kickoff) introductionsSlide() {
	d := k.d
	customer, vendor := k.teams()
	if len(customer)+len(vendor) == 0 {
		return
	}
	tier, _ := k.cat.Tier(k.acct.Customer.Membership.Tier)
	pooled := planner.PooledRoles(k.cat, tier)
	title := k.tr("intro.title")
	k.slide(title)
	heads := []string{k.acct.Customer.Name, d.T("doc.side.vendor")}
	name, role, mail := d.Scale().Body.WithSize(13).WithBold(), d.Scale().Small, d.Scale().Caption.WithColor(accentDark)
	type card struct{ name, role, mail []string }
	cardOf := func(m person, w float64) card {
		return card{d.Wrap(m.name, w, name), d.Wrap(orDash(m.role), w, role), d.Wrap(m.email, w, mail)}
	}
	cardHeight := func(c card) float64 {
		return float64(len(c.name))*name.LineHeight() + float64(len(c.role))*role.LineHeight() + float64(len(c.mail))*mail.LineHeight() + 3
	}
	top := d.Y
	bottom := top
	for i, team := range [][]person{customer, vendor} {
		x, w := d.Page().ColumnSpan(i*6, 6)
		colW := (w - 4) / 2
		d.Y = top
		k.label(x, w, heads[i])
		for j := 0; j < len(team); j += 2 {
			pair := []card{cardOf(team[j], colW-5)}
			if j+1 < len(team) {
				pair = append(pair, cardOf(team[j+1], colW-5))
			}
			h := 0.0
			for _, c := range pair {
				h = max(h, cardHeight(c))
			}
			if d.Y+h > d.Page().BodyBottom() {
				k.continuedSlide(title)
				top, bottom = d.Y, d.Y
				k.label(x, w, heads[i])
			}
			for n, c := range pair {
				cx := x + float64(n)*(colW+4)
				d.Rect(cx, d.Y, 1.2, cardHeight(c)-1, accent)
				y := d.Y + d.Lines(cx+4, d.Y, colW-5, c.name, name, layout.AlignLeft)
				y += d.Lines(cx+4, y, colW-5, c.role, role, layout.AlignLeft)
				d.Lines(cx+4, y, colW-5, c.mail, mail, layout.AlignLeft)
			}
			d.Y += h + 2
		}
		if len(team) == 0 {
			d.Text(x, d.Y, k.tr("toBeNamed"), d.Scale().Body.WithColor(faint))
			d.Y += d.Scale().Body.LineHeight()
		}
		bottom = max(bottom, d.Y)
	}
	d.Y = bottom + 2
	if len(pooled) > 0 {
		text := k.tr("intro.pooled", strings.Join(pooled, d.T("list.semicolon")))
		lines := d.Wrap(text, d.Page().ContentWidth(), d.Scale().Small)
		d.Need(float64(len(lines)) * d.Scale().Small.LineHeight())
		d.Y += d.Lines(d.Page().Left, d.Y, d.Page().ContentWidth(), lines, d.Scale().Small, layout.AlignLeft)
	}
}

// goalsSlide lists the goals, each with the success criteria that
// measure it, at most six to a slide and no more than fit its two
// columns, and the note on when goals or criteria are agreed. Without
// goals the agenda slide says when they are agreed and there is no goals
// slide.
func (k *kickoff) goalsSlide() {
	d := k.d
	g := k.brief.Goals
	if len(g.Goals) == 0 {
		return
	}
	title := k.tr("goals.title")
	body := d.Scale().Body.WithSize(13).WithBold()
	crit := d.Scale().Small.WithColor(muted)
	tag := d.Scale().Caption.WithColor(accentDark)
	_, w := d.Page().ColumnSpan(0, 6)
	type drawn struct {
		goal        planner.BriefGoal
		title, crit []string
		h           float64
	}
	pending := make([]drawn, len(g.Goals))
	for i, goal := range g.Goals {
		x := drawn{goal: goal, title: d.Wrap(goal.Title, w-8, body)}
		for _, c := range goal.Criteria {
			x.crit = append(x.crit, d.Wrap(d.sentence(c), w-8, crit)...)
		}
		x.h = float64(len(x.title))*body.LineHeight() + float64(len(x.crit))*crit.LineHeight() + 2
		if goal.Objective {
			x.h += tag.LineHeight()
		}
		pending[i] = x
	}
	// As many goals to a slide as bulletChunks gives the first, fewer
	// where they do not fit.
	per := len(bulletChunks(g.Goals)[0])
	for slide := 0; len(pending) > 0; slide++ {
		if slide == 0 {
			k.slide(title)
		} else {
			k.continuedSlide(title)
		}
		heights := make([]float64, min(per, len(pending)))
		for i := range heights {
			heights[i] = pending[i].h
		}
		n, half := goalColumns(heights, d.Bottom()-d.Y)
		// Goals stand in two columns, filled down the left first.
		top := d.Y
		bottom := top
		for j, x := range pending[:n] {
			col := 0
			if j >= half {
				col = 1
			}
			if j == half {
				d.Y = top
			}
			cx, _ := d.Page().ColumnSpan(col*6, 6)
			d.Rect(cx, d.Y, 1.4, x.h, accent)
			y := d.Y
			if x.goal.Objective {
				d.Text(cx+5, y, strings.ToUpper(k.tr("goals.objective")), tag.WithBold())
				y += tag.LineHeight()
			}
			y += d.Lines(cx+5, y, w-8, x.title, body, layout.AlignLeft)
			d.Lines(cx+5, y, w-8, x.crit, crit, layout.AlignLeft)
			d.Y += x.h + 5
			bottom = max(bottom, d.Y)
		}
		d.Y = bottom
		pending = pending[n:]
	}
	if !g.Note.IsZero() {
		k.callout(d.Page().Left, d.Page().ContentWidth(), k.tr("goals.criteria"), d.sentence(g.Note), caution)
	}
}

// goalColumns returns how many of goals of the given heights go on a
// slide whose two columns are room millimetres high, and how many of
// those stand in the left column: all of them, split evenly, when that
// fits, else as many as fit down the left and then the right, and at
// least one.
func goalColumns(heights []float64, room float64) (n, half int) {
	const gap = 5.0
	fits := func(hs []float64) bool {
		sum := 0.0
		for _, h := range hs {
			sum += h + gap
		}
		return sum <= room+gap+1e-6
	}
	n = len(heights)
	half = (n + 1) / 2
	if fits(heights[:half]) && fits(heights[half:n]) {
		return n, half
	}
	half = 1
	for half < n && fits(heights[:half+1]) {
		half++
	}
	n = half
	for n < len(heights) && fits(heights[half:n+1]) {
		n++
	}
	return n, half
}

// scopeSlide shows what the engagement covers beside what it does not.
func (k *kickoff) scopeSlide() {
	d := k.d
	sc := k.brief.Scope
	if len(sc.InScope)+len(sc.OutOfScope) == 0 {
		return
	}
	title := k.tr("scope.title")
	k.slide(title)
	in := k.sentences(sc.InScope)
	if len(in) == 0 {
		in = []string{k.tr("scope.noneYet")}
	}
	out := k.sentences(sc.OutOfScope)
	if len(out) == 0 {
		out = []string{k.tr("scope.nothingOut")}
	}
	lx, lw := d.Page().ColumnSpan(0, 6)
	rx, rw := d.Page().ColumnSpan(6, 6)
	lw -= 4
	st := d.Scale().Body.WithSize(13)
	room := d.Page().BodyBottom() - d.Y - d.Scale().Label.LineHeight() - 2
	if max(k.bulletsHeight(lw, in, st), k.bulletsHeight(rw, out, st)) > room {
		st = d.Scale().Small.WithColor(ink)
	}
	if max(k.bulletsHeight(lw, in, st), k.bulletsHeight(rw, out, st)) > room {
		// Too long for two columns: one after the other, continuing on
		// the next slide.
		k.label(d.Page().Left, d.Page().ContentWidth(), k.tr("scope.in"))
		d.bullets(d.Page().Left, d.Page().ContentWidth(), in, st)
		d.Y += 3
		d.Need(d.Scale().Label.LineHeight() + 2 + 2*st.LineHeight())
		k.label(d.Page().Left, d.Page().ContentWidth(), k.tr("scope.out"))
		d.bullets(d.Page().Left, d.Page().ContentWidth(), out, st)
		return
	}
	top := d.Y
	k.label(lx, lw, k.tr("scope.in"))
	d.bullets(lx, lw, in, st)
	left := d.Y
	d.Y = top
	d.Rect(rx-4, top, 0.4, max(left, top+k.bulletsHeight(rw, out, st)+8)-top, rule)
	k.label(rx, rw, k.tr("scope.out"))
	d.bullets(rx, rw, out, st)
	d.Y = max(d.Y, left)
}

// phaseColumn is what the phases slide shows under one chevron.
type phaseColumn struct {
	state      planner.PhaseState
	name       string
	dates      []string
	deliverTo  []string
	activities [][]string
	height     float64
}

// keyDate is a customer's key event shown on the phases slide.
type keyDate struct {
	day  planner.Date
	name string
}

// phasesSlide draws the phases as chevrons with dates, status,
// deliverable and what happens in each, and below them the customer's
// key events.
func (k *kickoff) phasesSlide() {
	d := k.d
	title := k.tr("phases.title")
	k.slide(title)
	n := len(k.eng.Phases)
	if n == 0 {
		d.emptyNote(k.tr("phases.none"))
		return
	}
	const gap = 1.5
	x0, total := d.Page().Left, d.Page().ContentWidth()
	chevW := (total - float64(n-1)*gap) / float64(n)
	chevH := 15.0
	tip := chevH * 0.32
	colW := chevW - tip - 2
	dateSt, small, actSt := d.Scale().Small.WithBold().WithColor(ink), d.Scale().Small, d.Scale().Caption.WithColor(muted)
	cols := make([]phaseColumn, n)
	tallest := 0.0
	for i, ph := range k.eng.Phases {
		c := phaseColumn{state: ph, name: phaseName(k.cat, ph.Phase)}
		c.dates = d.Wrap(d.phaseWindow(ph), colW, dateSt)
		if cp, ok := k.cat.Phase(ph.Phase); ok {
			if cp.Deliverable != "" {
				c.deliverTo = d.Wrap(k.tr("phases.deliverable", cp.Deliverable), colW, small.WithColor(accentDark))
			}
			for _, a := range cp.Activities {
				c.activities = append(c.activities, d.Wrap(a, colW-3, actSt))
			}
		}
		c.height = float64(len(c.dates))*dateSt.LineHeight() + 2 + layout.ChipHeight(d.Scale().Caption) + 3 +
			float64(len(c.deliverTo))*small.LineHeight() + 2
		for _, a := range c.activities {
			c.height += float64(len(a))*actSt.LineHeight() + 1
		}
		tallest = max(tallest, c.height)
		cols[i] = c
	}
	var events []keyDate
	for _, e := range k.acct.Customer.KeyEvents {
		events = append(events, keyDate{e.Date, e.Name})
	}
	slices.SortStableFunc(events, func(a, b keyDate) int { return a.day.Compare(b.day) })
	const perRow = 4
	evName, evDay := d.Scale().Small.WithBold().WithColor(ink), d.Scale().Caption
	evW := (total - float64(perRow-1)*6) / perRow
	evRowH := 2*evName.LineHeight() + evDay.LineHeight() + 2
	eventsH := 0.0
	if len(events) > 0 {
		eventsH = 6 + d.Scale().Label.LineHeight() + 2 + float64((len(events)+perRow-1)/perRow)*evRowH
	}
	top := d.Y + 2
	showActivities := top+chevH+4+tallest+eventsH <= d.Page().BodyBottom()
	bottom := top + chevH + 4
	for i, c := range cols {
		x := x0 + float64(i)*(chevW+gap)
		look := d.lookOfPhase(c.state.Status)
		inset := tip + 1
		if i == 0 {
			inset = 4
		}
		d.phaseChevron(x, top, chevW, chevH, i == 0, c.state, c.name, d.Scale().H2, inset)
		cx := x + inset
		if i == 0 {
			cx = x + 4
		}
		y := top + chevH + 4
		y += d.Lines(cx, y, colW, c.dates, dateSt, layout.AlignLeft) + 1.5
		d.chip(cx, y, look, d.Scale().Caption)
		y += layout.ChipHeight(d.Scale().Caption) + 3
		y += d.Lines(cx, y, colW, c.deliverTo, small.WithColor(accentDark), layout.AlignLeft) + 2
		if showActivities {
			for _, a := range c.activities {
				d.Dot(cx+0.8, layout.Baseline(y, actSt)-1.1, 0.5, accent)
				y += d.Lines(cx+3, y, colW-3, a, actSt, layout.AlignLeft) + 1
			}
		}
		bottom = max(bottom, y)
	}
	d.Y = bottom
	if len(events) > 0 {
		d.Y += 4
		d.Need(d.Scale().Label.LineHeight() + 2 + evRowH)
		d.Line(x0, d.Y-2, x0+total, d.Y-2, 0.3, rule)
		k.label(x0, total, k.tr("phases.keyEvents"))
		for i := 0; i < len(events); i += perRow {
			d.Need(evRowH)
			for j, e := range events[i:min(i+perRow, len(events))] {
				x := x0 + float64(j)*(evW+6)
				d.Rect(x, d.Y+0.5, 1.2, evRowH-3, tinted(accent).Mix(accent, 0.4))
				lines := d.Wrap(e.name, evW-4, evName)
				if len(lines) > 2 {
					lines = []string{lines[0], ellipsize(d, strings.Join(lines[1:], " "), evW-4, evName)}
				}
				y := d.Y + d.Lines(x+4, d.Y, evW-4, lines, evName, layout.AlignLeft)
				d.Text(x+4, y, d.date(e.day), evDay)
			}
			d.Y += evRowH
		}
	}
	if !showActivities {
		k.slide(k.tr("phases.activities"))
		var rows [][]layout.Cell
		for _, c := range cols {
			var acts []string
			for _, a := range c.activities {
				acts = append(acts, strings.Join(a, " "))
			}
			rows = append(rows, []layout.Cell{{Text: c.name, Bold: true}, txt(strings.Join(acts, d.T("list.semicolon")))})
		}
		d.drawTable(layout.Table{Columns: []layout.Column{{Title: k.tr("phases.phase"), Weight: 2}, {Title: k.tr("phases.whatHappens"), Weight: 10}},
			Rows: rows, Body: d.Scale().Small.WithColor(ink)})
	}
}

// allowancesSlide compares the allowances of the contract year with what
// is planned, with the warnings, beside what the membership includes.
func (k *kickoff) allowancesSlide() {
	d := k.d
	c := k.acct.Customer
	u := k.brief.Allowances.Usage
	k.slide(k.tr("allow.title"))
	top := d.Y
	lx, lw := d.Page().ColumnSpan(0, 7)
	count := func(v float64) string { return k.tr("allow.count", d.Number(v, 2)) }
	list := allowancesOf(u, k.tr("allow.accelerators"), k.tr("allow.fieldHours"), count, d.hours)
	k.label(lx, lw, k.tr("allow.year", d.rangeText(u.YearStart, u.YearEnd)))
	if len(list) == 0 {
		d.Y += d.Paragraph(lx, d.Y, lw, k.tr("allow.none"), d.Scale().Body.WithColor(muted)) + 4
	}
	big, small := d.Scale().H2.WithSize(17).WithColor(accentDark), d.Scale().Small
	for _, a := range list {
		d.Text(lx, d.Y, a.name, d.Scale().Body.WithBold())
		d.Y += d.Scale().Body.LineHeight()
		over := a.planned > a.allowed
		color := accentDark
		if over {
			color = danger
		}
		d.Y += d.Paragraph(lx, d.Y, lw, k.tr("allow.plannedOf", a.amount(a.planned), a.amount(a.allowed)), big.WithColor(color)) + 1
		if scale := d.allowanceBar(lx, lw, a); scale > 0 {
			// A mark where the allowance ends when more is planned.
			if over {
				ax := lx + lw*a.allowed/scale
				d.Line(ax, d.Y-1.2, ax, d.Y+4.4, 0.6, ink)
			}
			d.Y += 5
		}
		legend := k.tr("allow.legend", a.amount(a.delivered), a.amount(a.scheduled), a.amount(a.planned-a.delivered-a.scheduled), a.amount(max(a.allowed-a.planned, 0)))
		d.Y += d.Paragraph(lx, d.Y, lw, legend, small) + 5
	}
	if w := k.brief.Allowances.Warnings; len(w) > 0 {
		d.bullets(lx, lw, k.sentences(w), d.Scale().Small.WithBold().WithColor(caution))
	} else if len(list) > 0 {
		d.Y += d.Paragraph(lx, d.Y, lw, k.tr("allow.fits"), d.Scale().Small.WithBold().WithColor(good)) + 2
	}
	left := d.Y
	// What the membership includes.
	d.Y = top
	tier, _ := k.cat.Tier(c.Membership.Tier)
	x, w := d.Page().ColumnSpan(8, 4)
	k.label(x, w, k.tr("allow.membership"))
	d.Y += d.Paragraph(x, d.Y, w, orDash(tier.Name), d.Scale().H2.WithSize(18).WithColor(accentDark)) + 1
	d.Y += d.Paragraph(x, d.Y, w, tier.Summary, d.Scale().Small) + 3
	chipSt := d.Scale().Caption
	nameSt := d.Scale().Small.WithBold().WithColor(ink)
	for _, e := range planner.Entitlements(k.cat, c.Membership, c.Contract.Allowances) {
		if e.Item.Kind != catalog.KindAddOn {
			continue
		}
		look := d.lookOfEntitlement(e.Status)
		cw := d.ChipWidth(look.label, chipSt.WithBold())
		lines := d.Wrap(e.Item.Name, w-cw-3, nameSt)
		h := max(float64(len(lines))*nameSt.LineHeight(), layout.ChipHeight(chipSt)) + 2.5
		if d.Y+h > d.Page().BodyBottom() {
			break
		}
		d.Lines(x, d.Y, w-cw-3, lines, nameSt, layout.AlignLeft)
		d.chip(x+w-cw, d.Y, look, chipSt)
		d.Y += h
		d.Line(x, d.Y-1.2, x+w, d.Y-1.2, 0.2, rule)
	}
	if line := d.outsideMembershipLine(c); line != "" {
		d.Y += 2
		lines := d.Wrap(line, w, d.Scale().Small.WithBold().WithColor(caution))
		if d.Y+float64(len(lines))*d.Scale().Small.LineHeight() <= d.Page().BodyBottom() {
			d.Y += d.Lines(x, d.Y, w, lines, d.Scale().Small.WithBold().WithColor(caution), layout.AlignLeft)
		}
	}
	d.Y = max(d.Y, left)
}

// raciSlides draws the RACI chart: workstreams as rows, people as
// columns, at most maxRACIPeople people to a slide.
func (k *kickoff) raciSlides() {
	r := k.brief.RACI
	if len(r.People) == 0 || len(r.Rows) == 0 {
		return
	}
	title := k.tr("raci.title")
	groups := (len(r.People) + maxRACIPeople - 1) / maxRACIPeople
	per := (len(r.People) + groups - 1) / groups
	for g := 0; g*per < len(r.People); g++ {
		from, to := g*per, min((g+1)*per, len(r.People))
		if g == 0 {
			k.slide(title)
		} else {
			k.continuedSlide(title)
		}
		k.raciGrid(r, from, to)
	}
}

// raciGrid draws the columns from to to of RACI chart r at the cursor,
// and the key of its letters below.
func (k *kickoff) raciGrid(r planner.RACI, from, to int) {
	d := k.d
	x0, total := d.Page().Left, d.Page().ContentWidth()
	firstW := total * 0.3
	colW := (total - firstW) / float64(maxRACIPeople)
	if n := to - from; n < maxRACIPeople {
		colW = min((total-firstW)/float64(n), colW*1.4)
	}
	nameSt, roleSt := d.Scale().Small.WithBold().WithColor(ink), d.Scale().Caption
	sideSt := d.Scale().Caption.WithBold()
	headH := 0.0
	type head struct{ name, role []string }
	heads := make([]head, to-from)
	for i, p := range r.People[from:to] {
		role := p.Role
		if role == "" && p.NamedContact {
			role = k.tr("raci.namedContact")
		}
		heads[i] = head{d.Wrap(p.Name, colW-4, nameSt), d.Wrap(role, colW-4, roleSt)}
		if len(heads[i].role) > 3 {
			// Three lines hold the longest usual titles ("Director of
			// member marketing"); a longer one ends with "…".
			heads[i].role = []string{heads[i].role[0], heads[i].role[1], ellipsize(d, strings.Join(heads[i].role[2:], " "), colW-4, roleSt)}
		}
		headH = max(headH, float64(len(heads[i].name))*nameSt.LineHeight()+float64(len(heads[i].role))*roleSt.LineHeight())
	}
	headH += sideSt.LineHeight() + 4
	top := d.Y
	d.Rect(x0, top, firstW+colW*float64(to-from), headH, tint)
	d.Text(x0+2, top+headH-d.Scale().Label.LineHeight()-2, strings.ToUpper(k.tr("raci.workstream")), d.Scale().Label)
	for i, p := range r.People[from:to] {
		x := x0 + firstW + float64(i)*colW
		sideColor := accent
		if p.Side == planner.SideCustomer {
			sideColor = good
		}
		d.Rect(x+1, top, colW-2, 1.2, sideColor)
		y := top + 2.5
		d.Text(x+2, y, ellipsize(d, strings.ToUpper(d.sideLabel(p.Side)), colW-4, sideSt), sideSt.WithColor(sideColor))
		y += sideSt.LineHeight()
		y += d.Lines(x+2, y, colW-4, heads[i].name, nameSt, layout.AlignLeft)
		d.Lines(x+2, y, colW-4, heads[i].role, roleSt, layout.AlignLeft)
	}
	d.Y = top + headH
	d.Line(x0, d.Y, x0+firstW+colW*float64(to-from), d.Y, 0.35, muted)
	rowSt := d.Scale().Small.WithColor(ink)
	letterSt := d.Scale().Small.WithBold()
	for _, row := range r.Rows {
		lines := d.Wrap(d.sentence(row.Workstream), firstW-4, rowSt)
		h := max(float64(len(lines))*rowSt.LineHeight(), 6) + 3
		d.Lines(x0+2, d.Y+(h-float64(len(lines))*rowSt.LineHeight())/2, firstW-4, lines, rowSt, layout.AlignLeft)
		for i, l := range row.Cells[from:to] {
			if l == planner.RACINone {
				continue
			}
			cx := x0 + firstW + float64(i)*colW + colW/2
			fill, text := raciLook(l)
			d.RoundRect(cx-4, d.Y+h/2-3, 8, 6, 1.5, fill)
			d.TextIn(cx-4, d.Y+h/2-letterSt.LineHeight()/2, 8, string(l), letterSt.WithColor(text), layout.AlignCenter)
		}
		d.Y += h
		d.Line(x0, d.Y, x0+firstW+colW*float64(to-from), d.Y, 0.2, rule)
	}
	d.Y += 5
	var key []string
	for _, l := range []planner.RACILetter{planner.RACIResponsible, planner.RACIAccountable, planner.RACIConsulted, planner.RACIInformed} {
		key = append(key, string(l)+" "+k.tr("raci."+string(l)))
	}
	d.Y += d.Paragraph(x0, d.Y, total, strings.Join(key, " · "), d.Scale().Caption)
}

// raciLook returns the fill and text colour of a RACI letter.
func raciLook(l planner.RACILetter) (fill, text layout.RGB) {
	switch l {
	case planner.RACIAccountable:
		return accentDark, white
	case planner.RACIResponsible:
		return accent, white
	case planner.RACIConsulted:
		return tinted(accent), accentDark
	}
	return tint, muted
}

// waysOfWorkingSlides show the meeting cadence, the channels and the
// escalation path: on one slide when they fit, else the cadence on its
// own slides.
func (k *kickoff) waysOfWorkingSlides() {
	d := k.d
	var cadence *layout.Table
	if len(k.eng.Cadence) > 0 {
		var rows [][]layout.Cell
		for _, m := range k.eng.Cadence {
			rows = append(rows, []layout.Cell{{Text: m.Name, Bold: true}, txt(k.frequency(m.Frequency)), txt(orDash(m.Attendees)), txt(orDash(m.Purpose))})
		}
		cadence = &layout.Table{Columns: []layout.Column{{Title: k.tr("ways.meeting"), Weight: 3}, {Title: k.tr("ways.howOften"), Weight: 1.8},
			{Title: k.tr("ways.attendees"), Weight: 3.6}, {Title: k.tr("ways.purpose"), Weight: 4}},
			Rows: rows, Body: d.Scale().Small.WithColor(ink)}
	}
	_, lw := d.Page().ColumnSpan(0, 5)
	_, rw := d.Page().ColumnSpan(6, 6)
	paths := d.Scale().Label.LineHeight() + 2 + max(k.bulletsHeight(lw, k.channels(), d.Scale().Body.WithSize(13)), k.escalationHeight(rw))
	room := d.Page().BodyBottom() - k.contentTop()
	switch {
	case cadence == nil:
		k.slide(k.tr("ways.title"))
		k.label(d.Page().Left, d.Page().ContentWidth(), k.tr("ways.cadence"))
		d.Y += d.Paragraph(d.Page().Left, d.Y, d.Page().ContentWidth(), k.tr("ways.noCadence"), d.Scale().Body.WithColor(faint)) + 6
	case d.Scale().Label.LineHeight()+2+k.tableHeight(*cadence)+6+paths <= room:
		k.slide(k.tr("ways.title"))
		k.label(d.Page().Left, d.Page().ContentWidth(), k.tr("ways.cadence"))
		d.drawTable(*cadence)
		d.Y += 4
	default:
		// The cadence fills slides of its own.
		k.slide(k.tr("ways.cadenceTitle"))
		d.drawTable(*cadence)
		k.slide(k.tr("ways.pathsTitle"))
	}
	k.channelsAndEscalation()
}

// frequency writes how often a meeting is held in the document's
// language when the bundles know the word, else as the engagement says
// it.
func (k *kickoff) frequency(f string) string {
	if t, ok := k.d.Lookup("doc.kickoff.frequency." + strings.ToLower(strings.TrimSpace(f))); ok {
		return t
	}
	return capitalize(f)
}

// channels returns the engagement's channels, or a line saying they are
// agreed in the meeting.
func (k *kickoff) channels() []string {
	if len(k.eng.Channels) == 0 {
		return []string{k.tr("toAgree")}
	}
	return k.eng.Channels
}

// escalationHeight returns the height of the escalation path at width w.
func (k *kickoff) escalationHeight(w float64) float64 {
	d := k.d
	who, when := d.Scale().Body.WithSize(13).WithBold(), d.Scale().Small
	h := 0.0
	for _, s := range k.eng.Escalation {
		h += float64(len(d.Wrap(s.Who, w-14, who)))*who.LineHeight() + float64(len(d.Wrap(s.When, w-14, when)))*when.LineHeight() + 4
	}
	return max(h, d.Scale().Body.LineHeight())
}

// channelsAndEscalation lists the channels and draws the escalation path
// at the cursor.
func (k *kickoff) channelsAndEscalation() {
	d := k.d
	lx, lw := d.Page().ColumnSpan(0, 5)
	rx, rw := d.Page().ColumnSpan(6, 6)
	d.Need(d.Scale().Label.LineHeight() + 2 + 16)
	top := d.Y
	k.label(lx, lw, k.tr("ways.channels"))
	d.bullets(lx, lw, k.channels(), d.Scale().Body.WithSize(13))
	left := d.Y
	d.Y = top
	k.label(rx, rw, k.tr("ways.escalation"))
	steps := slices.Clone(k.eng.Escalation)
	slices.SortStableFunc(steps, func(a, b planner.EscalationStep) int { return a.Level - b.Level })
	if len(steps) == 0 {
		d.Text(rx, d.Y, k.tr("toAgree"), d.Scale().Body.WithColor(faint))
		d.Y += d.Scale().Body.LineHeight()
	}
	who, when := d.Scale().Body.WithSize(13).WithBold(), d.Scale().Small
	for i, s := range steps {
		whoLines := d.Wrap(s.Who, rw-14, who)
		whenLines := d.Wrap(s.When, rw-14, when)
		h := float64(len(whoLines))*who.LineHeight() + float64(len(whenLines))*when.LineHeight() + 4
		if d.Need(h) {
			d.Y += 2
		}
		d.Dot(rx+4, d.Y+4, 4, accent.Mix(white, float64(i)*0.25))
		d.TextIn(rx, d.Y+4-d.Scale().Label.LineHeight()/2, 8, itoa(max(s.Level, i+1)), d.Scale().Label.WithColor(white), layout.AlignCenter)
		if i < len(steps)-1 {
			d.Line(rx+4, d.Y+8.5, rx+4, d.Y+h-0.5, 0.4, rule)
		}
		y := d.Y + d.Lines(rx+12, d.Y, rw-14, whoLines, who, layout.AlignLeft)
		d.Lines(rx+12, y, rw-14, whenLines, when, layout.AlignLeft)
		d.Y += h
	}
	d.Y = max(d.Y, left)
}

// supportSlide says how to open a support case: per priority the
// channels, when the case is worked on and the targeted initial response;
// the Named Support Contacts; and the rules about contacts and languages.
func (k *kickoff) supportSlide() {
	d := k.d
	s := k.brief.Support
	if len(s.Priorities) == 0 {
		return
	}
	title := k.tr("support.title")
	k.slide(title)
	var rows [][]layout.Cell
	for _, p := range s.Priorities {
		rows = append(rows, []layout.Cell{
			{Text: string(p.Priority), Bold: true, Tone: accentDark},
			txt(k.channelLines(p.Channels)),
			txt(d.sentence(p.When)),
			{Text: k.targetAmount(p.Target.Entry), Bold: true, Sub: k.clockText(p.Target.Clock)},
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{{Title: k.tr("support.priority"), Weight: 1.2}, {Title: k.tr("support.channels"), Weight: 3.2},
		{Title: k.tr("support.when"), Weight: 6}, {Title: k.tr("support.target"), Weight: 3}},
		Rows: rows, Body: d.Scale().Small.WithColor(ink)})
	d.Y += 2
	lx, lw := d.Page().ColumnSpan(0, 7)
	rx, rw := d.Page().ColumnSpan(7, 5)
	name, prod := d.Scale().Small.WithBold().WithColor(ink), d.Scale().Caption
	const perColumn = 3
	cw := (lw - 6) / 2
	contactsH := d.Scale().Label.LineHeight() + 2 + float64(min(max(len(s.Contacts), 1), perColumn))*(name.LineHeight()+prod.LineHeight()+1)
	notes := k.sentences(s.Notes)
	notesH := d.Scale().Label.LineHeight() + 2 + k.bulletsHeight(rw, notes, d.Scale().Small.WithColor(ink))
	d.Need(max(contactsH, min(notesH, 40)))
	top := d.Y
	k.label(lx, lw, k.tr("support.contacts", s.ContactLimit))
	if len(s.Contacts) == 0 {
		d.Text(lx, d.Y, k.tr("toBeNamed"), d.Scale().Body.WithColor(faint))
		d.Y += d.Scale().Body.LineHeight()
	}
	shown := min(len(s.Contacts), 2*perColumn)
	if len(s.Contacts) > 2*perColumn {
		shown = 2*perColumn - 1
	}
	rowY := d.Y
	for i, c := range s.Contacts[:shown] {
		x := lx + float64(i/perColumn)*(cw+6)
		y := rowY + float64(i%perColumn)*(name.LineHeight()+prod.LineHeight()+1)
		d.Text(x, y, ellipsize(d, c.Name, cw, name), name)
		d.Text(x, y+name.LineHeight(), ellipsize(d, k.cat.SolutionName(c.Product), cw, prod), prod)
		d.Y = max(d.Y, y+name.LineHeight()+prod.LineHeight()+1)
	}
	if more := len(s.Contacts) - shown; more > 0 {
		x := lx + (cw + 6)
		y := rowY + float64(perColumn-1)*(name.LineHeight()+prod.LineHeight()+1)
		d.Text(x, y, d.Count("doc.kickoff.andMore", more, more), name)
	}
	left := d.Y
	d.Y = top
	k.label(rx, rw, k.tr("support.rules"))
	d.Y += d.Paragraph(rx, d.Y, rw, k.tr("support.hours", d.sentence(s.Hours)), d.Scale().Small.WithBold().WithColor(ink)) + 1
	d.bullets(rx, rw, notes, d.Scale().Small.WithColor(ink))
	d.Y = max(d.Y, left)
}

// targetAmount writes a response target's amount ("15 minutes").
func (k *kickoff) targetAmount(t catalog.ResponseTarget) string {
	if t.Minutes == 0 {
		return k.d.Count("unit.businessDays", t.BusinessDays, t.BusinessDays)
	}
	return k.d.Minutes(t.Minutes)
}

// clockText says how a response clock counts.
func (k *kickoff) clockText(c catalog.Clock) string {
	switch c {
	case catalog.Clock24x7:
		return k.tr("clock.24x7")
	case catalog.Clock24x5:
		return k.tr("clock.24x5")
	case catalog.ClockBusinessHours:
		return k.tr("clock.businessHours")
	case catalog.ClockBusinessDays:
		return k.tr("clock.businessDays")
	}
	return string(c)
}

// raidSlide shows the open risks and issues of the customer's risk log
// (see riskLog), then the risks the account shows, the assumptions and
// the dependencies side by side, or one after the other when they are
// too long for that. A log that leaves no room for the lists below it
// comes on a slide of its own, "Open risks and issues", before theirs.
// Without open risks in the log the slide shows the three lists alone.
func (k *kickoff) raidSlide() {
	d := k.d
	b := k.brief
	title := k.tr("raid.title")
	lists := []struct {
		head  string
		items []string
	}{
		{k.tr("raid.risks"), k.sentences(b.Risks)},
		{k.tr("raid.assumptions"), k.sentences(b.Assumptions)},
		{k.tr("raid.dependencies"), k.sentences(b.Dependencies)},
	}
	for i := range lists {
		if len(lists[i].items) == 0 {
			lists[i].items = []string{k.tr("raid.none")}
		}
	}
	st := d.Scale().Small.WithColor(ink)
	_, w := d.Page().ColumnSpan(0, 4)
	tallest := 0.0
	for _, l := range lists {
		tallest = max(tallest, k.bulletsHeight(w, l.items, st))
	}
	logged := len(b.RiskLog) > 0
	if logged {
		// A log that leaves no room for the three lists below it gets a
		// slide of its own, titled as what it is, rather than a slide it
		// leaves mostly empty followed by the lists "(continued)".
		label := d.Scale().Label.LineHeight() + 2
		header, heights := d.TableHeights(k.riskLogTable())
		logH := label + header + 3
		for _, h := range heights {
			logH += h
		}
		if logH+3+label+tallest > d.Page().BodyBottom()-k.contentTop() {
			own := k.tr("raid.log")
			k.slide(own)
			k.riskLog(own, false)
			logged = false
		}
	}
	k.slide(title)
	if logged {
		k.riskLog(title, true)
		d.Y += 3
	}
	room := d.Page().BodyBottom() - d.Y - d.Scale().Label.LineHeight() - 2
	fits := tallest <= room
	if !fits && logged && tallest <= d.Page().BodyBottom()-k.contentTop()-d.Scale().Label.LineHeight()-2 {
		// Side by side on a slide of their own below the risk log's.
		k.continuedSlide(title)
		fits = true
	}
	if !fits {
		for _, l := range lists {
			d.Need(d.Scale().Label.LineHeight() + 2 + 2*st.LineHeight())
			k.label(d.Page().Left, d.Page().ContentWidth(), l.head)
			d.bullets(d.Page().Left, d.Page().ContentWidth(), l.items, st)
			d.Y += 3
		}
		return
	}
	top, bottom := d.Y, d.Y
	for i, l := range lists {
		x, w := d.Page().ColumnSpan(i*4, 4)
		d.Y = top
		color := accent
		if i == 0 && len(b.Risks) > 0 {
			color = caution
		}
		d.Rect(x, top, w, 1.2, color)
		d.Y += 3
		k.label(x, w, l.head)
		d.bullets(x, w, l.items, st)
		bottom = max(bottom, d.Y)
	}
	d.Y = bottom
}

// riskLog draws at the cursor, under a label when labelled (a slide of
// its own is titled as what it shows), the open risks and issues of the
// customer's risk log, highest rated first, as a table: what each
// is, its impact, likelihood and rating, its owner, the day its
// mitigation is due and the mitigation. Rows that do not fit continue on
// slides titled title (continued), shared out evenly over the slides
// they need, so that the last does not hold a row or two alone.
func (k *kickoff) riskLog(title string, labelled bool) {
	d := k.d
	w := d.Page().ContentWidth()
	t := k.riskLogTable()
	rows := t.Rows
	header, heights := d.TableHeights(t)
	// fit counts the rows from from on that fit room below a header
	// row, at least one.
	fit := func(from int, room float64) int {
		h, n := header, 0
		for from+n < len(heights) && h+heights[from+n] <= room+1e-6 {
			h += heights[from+n]
			n++
		}
		return max(n, 1)
	}
	full := d.Page().BodyBottom() - k.contentTop()
	if labelled {
		k.label(d.Page().Left, w, k.tr("raid.log"))
	}
	for from := 0; from < len(rows); {
		if from > 0 {
			k.continuedSlide(title)
		}
		n := fit(from, d.Bottom()-d.Y)
		if from+n < len(rows) {
			slides := 1
			for i := from + n; i < len(rows); i += fit(i, full) {
				slides++
			}
			n = min(n, (len(rows)-from+slides-1)/slides)
		}
		t.Rows = rows[from : from+n]
		d.drawTable(t)
		from += n
	}
}

// riskLogTable returns the table of the open risks and issues of the
// customer's risk log, highest rated first, that riskLog draws.
func (k *kickoff) riskLogTable() layout.Table {
	d := k.d
	w := d.Page().ContentWidth()
	cols := []layout.Column{{Title: k.tr("raid.risk"), Weight: 4.2}, {Title: k.tr("raid.impact"), Weight: 1.5},
		{Title: k.tr("raid.likelihood"), Weight: 1.5}, {Title: k.tr("raid.rating"), Weight: 1.5}, {Title: k.tr("raid.owner"), Weight: 2.4},
		{Title: k.tr("raid.due"), Weight: 1.8}, {Title: k.tr("raid.mitigation"), Weight: 5}}
	d.fitChips(cols, w, 1, 6, d.levelLabels()...)
	d.fitChips(cols, w, 2, 6, d.levelLabels()...)
	d.fitChips(cols, w, 3, 6, d.ragLabels()...)
	var rows [][]layout.Cell
	var dues []string
	for _, r := range k.brief.RiskLog {
		name := r.Title
		if r.Kind == planner.KindIssue {
			name = k.tr("raid.issue", name)
		}
		owner := txt(orDash(r.Owner))
		if r.OwnerSide != "" {
			owner.Sub = d.sideLabel(r.OwnerSide)
		}
		due := "–"
		if !r.Due.IsZero() {
			due = d.date(r.Due)
			dues = append(dues, due)
		}
		rows = append(rows, []layout.Cell{{Text: name, Bold: true}, chipCell(d.lookOfLevel(r.Impact)), chipCell(d.lookOfLevel(r.Likelihood)),
			chipCell(d.lookOfRAG(r.RAG)), owner, txt(due), txt(orDash(r.Mitigation))})
	}
	d.fitColumn(cols, w, 5, 6, dues...)
	return layout.Table{Columns: cols, Rows: rows, Body: d.Scale().Small.WithColor(ink)}
}

// closingSlide shows the asks of the sponsor beside the next meeting and
// the next steps; next steps that do not fit continue on a slide of
// their own, and those that do not fit that either on one more when they
// fill a quarter of it, else they are counted.
func (k *kickoff) closingSlide() {
	d := k.d
	asks := k.sentences(k.brief.Asks)
	steps := k.nextSteps()
	k.slide(k.tr("closing.title"))
	x, w := d.Page().Left, d.Page().ContentWidth()
	top := d.Y
	if len(asks) > 0 {
		lx, lw := d.Page().ColumnSpan(0, 5)
		k.label(lx, lw, k.tr("closing.asks"))
		d.numbered(lx, lw, asks, d.Scale().Body.WithSize(13))
		x, w = d.Page().ColumnSpan(6, 6)
	}
	left := d.Y
	d.Y = top
	if n := k.brief.Next; n.Found {
		k.callout(x, w, k.tr("closing.nextMeeting"), d.sentence(n.Text), accent)
		d.Y += 2
	}
	k.label(x, w, k.tr("closing.nextSteps"))
	st := d.Scale().Body.WithSize(13)
	steps = k.shortenOverflow(x, w, steps, st)
	rest := k.fitBullets(x, w, steps, st, d.Page().BodyBottom())
	d.Y = max(d.Y, left)
	// As on the first slide, a few steps left over from a slide are
	// counted, not put alone on a slide of their own.
	for len(rest) > 0 {
		k.continuedSlide(k.tr("closing.nextStepsTitle"))
		x, w := d.Page().Left, d.Page().ContentWidth()*0.8
		steps := k.shortenOverflow(x, w, rest, st)
		rest = k.fitBullets(x, w, steps, st, d.Page().BodyBottom())
		if len(rest) == len(steps) {
			// A step taller than a slide breaks between its lines.
			d.bullets(x, w, rest, st)
			break
		}
	}
}

// shortenOverflow returns the steps to draw at the cursor in column x, w:
// all of them when they fit, or when those that do not fit would fill a
// quarter of a slide of their own or more; else as many as fit with one
// line saying how many more there are, so that no slide holds only a
// few steps.
func (k *kickoff) shortenOverflow(x, w float64, steps []string, st layout.TextStyle) []string {
	d := k.d
	room := d.Page().BodyBottom() - d.Y
	used, fit := 0.0, 0
	for _, s := range steps {
		h := k.bulletsHeight(w, []string{s}, st)
		if used+h > room+1e-6 {
			break
		}
		used += h
		fit++
	}
	if fit == len(steps) {
		return steps
	}
	restH := k.bulletsHeight(d.Page().ContentWidth()*0.8, steps[fit:], st)
	body := d.Page().BodyBottom() - d.Page().BodyTop()
	if restH >= body/4 {
		return steps
	}
	// Room for the line that counts the rest: drop steps until it fits.
	for fit > 0 {
		n := len(steps) - fit + 1
		more := k.d.Count("doc.kickoff.closing.more", n, n)
		if k.bulletsHeight(w, append(slices.Clone(steps[:fit-1]), more), st) <= room+1e-6 {
			return append(slices.Clone(steps[:fit-1]), more)
		}
		fit--
	}
	return steps
}

// nextSteps lists the current phase, the objectives when they are not in
// the plan yet, overdue and due actions and the activities of the next 30
// days.
func (k *kickoff) nextSteps() []string {
	d := k.d
	var steps []string
	if ph, ok := k.eng.Current(); ok {
		if ph.PlannedEnd.IsZero() {
			steps = append(steps, k.tr("next.completePhase", phaseName(k.cat, ph.Phase)))
		} else {
			steps = append(steps, k.tr("next.completePhaseBy", phaseName(k.cat, ph.Phase), d.date(ph.PlannedEnd)))
		}
	}
	switch k.acct.ObjectivesState(k.eng) {
	case planner.ObjectivesToAgree:
		if len(k.brief.Goals.Goals) > 0 {
			// The goals are known; what Define agrees is how to measure them.
			steps = append(steps, k.tr("next.kpisToAgree"))
		} else {
			steps = append(steps, k.tr("next.objectivesToAgree"))
		}
	case planner.ObjectivesMissing:
		// Only where the membership includes a Mutual Action Plan to
		// hold them.
		if planner.CheckPlanAllowed(k.cat, k.acct.Customer) == nil {
			steps = append(steps, k.tr("next.objectivesMissing"))
		}
	}
	if k.acct.HasPlan() {
		for _, a := range planner.OverdueActions(k.acct.Plan, k.today) {
			steps = append(steps, k.tr("next.overdue", a.Title, orDash(a.Owner), d.date(a.Due)))
		}
		soon := planner.DueSoon(k.acct.Plan, k.today, planner.DueSoonDays)
		var due []planner.Action
		for _, side := range []planner.Side{planner.SideCustomer, planner.SideVendor} {
			due = append(due, soon[side]...)
		}
		slices.SortStableFunc(due, func(a, b planner.Action) int { return a.Due.Compare(b.Due) })
		for _, a := range due {
			steps = append(steps, k.tr("next.due", a.Title, orDash(a.Owner), d.date(a.Due)))
		}
	}
	acts := slices.Clone(k.acct.Activities)
	slices.SortStableFunc(acts, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
	horizon := k.today.AddDays(30)
	for _, a := range acts {
		if planner.IsUpcoming(a, k.today) && !a.Date.After(horizon) {
			steps = append(steps, k.tr("next.activity", itemName(k.cat, a.ItemID), d.date(a.Date), strings.ToLower(d.lookOfActivity(a.Status).label)))
		}
	}
	if len(steps) == 0 {
		steps = []string{k.tr("next.agree")}
	}
	return steps
}

// bulletChunks splits bullets into slides of at most maxBullets, as even
// as possible (seven bullets make slides of four and three, not six and
// one).
func bulletChunks[T any](items []T) [][]T {
	slides := (len(items) + maxBullets - 1) / maxBullets
	if slides == 0 {
		return nil
	}
	per := (len(items) + slides - 1) / slides
	var out [][]T
	for start := 0; start < len(items); start += per {
		out = append(out, items[start:min(start+per, len(items))])
	}
	return out
}

// channelLines writes the channels of a priority one a line, in the
// document's language.
func (k *kickoff) channelLines(channels []planner.Text) string {
	lines := make([]string, len(channels))
	for i, c := range channels {
		lines[i] = k.d.sentence(c)
	}
	return strings.Join(lines, "\n")
}
