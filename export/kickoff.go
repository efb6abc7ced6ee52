package export

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// maxBullets is the most bullets a slide holds; more continue on the next
// slide.
const maxBullets = 6

// Kickoff writes the kickoff deck as 16:9 slides: title with both teams,
// goals and timeline, the five phases, the project collaboration plan
// (roles and responsibilities, cadence, channels, escalation path),
// stakeholders and resources, the MAP objectives, what the membership
// includes, and next steps.
func Kickoff(w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	eng, err := pickEngagement(acct, opts)
	if err != nil {
		return Result{}, fmt.Errorf("kickoff deck: %w", err)
	}
	c := acct.Customer
	d, err := newDoc(slidePage(), slideScale(), meta{
		title:    "Kickoff",
		subject:  "Kickoff deck and project collaboration plan for " + c.Name + ", " + eng.Name,
		customer: c.Name,
		keywords: []string{"kickoff", "collaboration plan", "mutual action plan", c.Name},
	}, opts)
	if err != nil {
		return Result{}, fmt.Errorf("kickoff deck: %w", err)
	}
	d.chrome = func(d *doc, n, total int) { slideChrome(d, eng.Name, n, total) }
	k := kickoff{d: d, cat: cat, acct: acct, eng: eng, today: opts.today(), settings: opts.settings()}
	k.titleSlide()
	k.goalsSlide()
	k.phasesSlide()
	k.rolesSlide()
	k.cadenceSlide()
	k.channelsSlide()
	k.stakeholdersSlide()
	k.objectivesSlide()
	k.membershipSlide()
	k.nextStepsSlide()
	return d.finish(w)
}

// kickoff holds what every slide of the deck draws on.
type kickoff struct {
	d        *doc
	cat      *catalog.Catalog
	acct     planner.Account
	eng      planner.Engagement
	today    planner.Date
	settings planner.Settings
}

// slideChrome draws the running header and footer of slides after the
// title slide.
func slideChrome(d *doc, engagement string, n, total int) {
	if n == 1 {
		return
	}
	p := d.page
	label := d.scale.label
	d.rect(p.left, p.top+1.2, 2.4, 2.4, accent)
	half := p.contentWidth()/2 - 6
	d.text(p.left+4.5, p.top, ellipsize(d, strings.ToUpper("Kickoff · "+d.meta.customer), half, label), label.with(accentDark))
	d.textIn(p.left, p.top, p.contentWidth(), ellipsize(d, engagement, half, label.asBold()), label.asBold().with(faint), alignRight)
	fy := p.h - p.bottom - p.footerH + 3
	cap := d.scale.caption
	d.text(p.left, fy, "Liftoff · generated "+dateText(catalog.DateOf(d.now)), cap.with(faint))
	d.textIn(p.left, fy, p.contentWidth(), fmt.Sprintf("%d / %d", n, total), cap.asBold(), alignRight)
}

// slide starts a content slide with a title; content that runs over
// continues on slides titled "(continued)".
func (k *kickoff) slide(title string) {
	d := k.d
	d.onNewPage = nil
	d.addPage()
	k.slideTitle(title)
	d.pageTop = d.y
	d.onNewPage = func() { k.slideTitle(title + " (continued)") }
}

// slideTitle draws a slide title and puts the cursor below it.
func (k *kickoff) slideTitle(title string) {
	d := k.d
	y := d.page.bodyTop() + 4
	d.rect(d.page.left, y, 16, 1.4, accent)
	st := d.scale.h1
	d.text(d.page.left, y+3.5, title, st)
	d.y = y + 3.5 + st.lineHeight() + 7
}

// person is someone shown on a slide.
type person struct{ name, role, email string }

// teams returns the people on each side shown on the title and
// stakeholders slides: the engagement's stakeholders, and for the vendor
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

// titleSlide draws the customer, the engagement, the date and both teams.
func (k *kickoff) titleSlide() {
	d := k.d
	p := d.page
	d.addPage()
	d.rect(0, 0, p.w, p.h, accent)
	bandH := 64.0
	d.rect(0, p.h-bandH, p.w, bandH, accentDark)
	w := p.contentWidth() * 0.75
	label := d.scale.label.sized(11).with(accent.mix(white, 0.7))
	title := d.scale.title.with(white)
	lines := d.wrap(k.acct.Customer.Name, w, title)
	if len(lines) > 2 {
		title = title.sized(28)
		lines = d.wrap(k.acct.Customer.Name, w, title)
	}
	sub := d.scale.subtitle.with(accent.mix(white, 0.85))
	subLines := d.wrap(k.eng.Name, w, sub)
	blockH := label.lineHeight() + 3 + float64(len(lines))*title.lineHeight() + 1 + float64(len(subLines))*sub.lineHeight()
	// The block stands on the team band, rising as the names grow, up to
	// the top margin.
	y := max(p.h-bandH-16-blockH, 12)
	d.text(p.left, y, "KICKOFF · "+strings.ToUpper(dateText(k.kickoffDate())), label)
	y += label.lineHeight() + 3
	y += d.lines(p.left, y, w, lines, title, alignLeft) + 1
	d.lines(p.left, y, w, subLines, sub, alignLeft)
	customer, vendor := k.teams()
	heads := []string{k.acct.Customer.Name, "Success team"}
	for i, team := range [][]person{customer, vendor} {
		x, cw := p.col(i*6, 6)
		ty := p.h - bandH + 9
		head := d.scale.label.sized(11).with(accent.mix(white, 0.7))
		d.text(x, ty, ellipsize(d, strings.ToUpper(heads[i]), cw, head), head)
		ty += head.lineHeight() + 2
		name := d.scale.body.sized(12).asBold().with(white)
		role := d.scale.small.sized(10).with(accent.mix(white, 0.75))
		const perColumn = 4
		for j, m := range team {
			if j == perColumn*2 {
				break
			}
			colX := x + float64(j/perColumn)*cw/2
			rowY := ty + float64(j%perColumn)*(name.lineHeight()+role.lineHeight()+0.6)
			if j == perColumn*2-1 && len(team) > perColumn*2 {
				d.text(colX, rowY, fmt.Sprintf("and %d more", len(team)-perColumn*2+1), name)
				break
			}
			d.text(colX, rowY, ellipsize(d, m.name, cw/2-4, name), name)
			d.text(colX, rowY+name.lineHeight(), ellipsize(d, m.role, cw/2-4, role), role)
		}
		if len(team) == 0 {
			d.text(x, ty, "To be named", name.with(accent.mix(white, 0.6)))
		}
	}
}

// ellipsize shortens text to fit a width, for the title slide's team
// columns; the full names are on the stakeholders slide.
func ellipsize(d *doc, s string, w float64, st textStyle) string {
	if d.measure(s, st) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && d.measure(string(r)+"…", st) > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// kickoffDate is the day of the kickoff: the phase's actual or planned
// start, else the day the deck is made.
func (k *kickoff) kickoffDate() planner.Date {
	if ph, _, ok := k.eng.Phase(catalog.Kickoff); ok {
		if !ph.ActualStart.IsZero() {
			return ph.ActualStart
		}
		if !ph.PlannedStart.IsZero() {
			return ph.PlannedStart
		}
	}
	return k.today
}

// goalsSlide lists the goals (the plan's objectives with their KPIs when
// the engagement names none) beside the key dates.
func (k *kickoff) goalsSlide() {
	d := k.d
	goals := k.acct.Goals(k.eng)
	if len(goals) == 0 {
		goals = []planner.Goal{{Title: "Goals to be agreed in the kickoff meeting"}}
	}
	lx, lw := d.page.col(0, 7)
	rx, rw := d.page.col(8, 4)
	var overflow [][]cell
	for i, chunk := range bulletChunks(goals) {
		if i == 0 {
			k.slide("Goals and timeline")
		} else {
			k.slide("Goals and timeline (continued)")
		}
		top := d.y
		d.text(lx, d.y, "GOALS", d.scale.label)
		d.y += d.scale.label.lineHeight() + 2
		k.goalBullets(lx, lw, chunk)
		if i > 0 {
			continue
		}
		bottom := d.y
		d.y = top
		d.text(rx, d.y, "KEY DATES", d.scale.label)
		d.y += d.scale.label.lineHeight() + 2
		type when struct {
			day        planner.Date
			what, span string
		}
		var dates []when
		for _, ph := range k.eng.Phases {
			from, to := ph.PlannedStart, ph.PlannedEnd
			if !ph.ActualStart.IsZero() {
				from = ph.ActualStart
			}
			if !ph.ActualEnd.IsZero() {
				to = ph.ActualEnd
			}
			if from.IsZero() && to.IsZero() {
				continue
			}
			dates = append(dates, when{from, phaseName(k.cat, ph.Phase), rangeText(from, to)})
		}
		for _, e := range k.acct.Customer.KeyEvents {
			dates = append(dates, when{e.Date, e.Name, dateText(e.Date)})
		}
		slices.SortStableFunc(dates, func(a, b when) int { return a.day.Compare(b.day) })
		if len(dates) == 0 {
			d.text(rx, d.y, "Dates to be agreed", d.scale.small)
		}
		what, span := d.scale.small.asBold().with(ink), d.scale.small
		for j, e := range dates {
			h := float64(len(d.wrap(e.what, rw, what)))*what.lineHeight() + span.lineHeight() + 2
			if d.y+h+span.lineHeight() > d.page.bodyBottom() && j < len(dates)-1 {
				d.text(rx, d.y, "More key dates on the next slide", span.with(faint))
				for _, e := range dates[j:] {
					overflow = append(overflow, []cell{{text: e.what, bold: true}, txt(e.span)})
				}
				break
			}
			d.rect(rx-4, d.y+1.2, 1.2, h-3, accent.tinted())
			d.y += d.paragraph(rx, d.y, rw, e.what, what)
			d.text(rx, d.y, e.span, span)
			d.y += span.lineHeight() + 2
		}
		d.y = max(d.y, bottom)
	}
	if len(overflow) > 0 {
		k.slide("Key dates (continued)")
		d.drawTable(table{cols: []column{{title: "What", weight: 3}, {title: "When", weight: 2}}, rows: overflow,
			w: d.page.contentWidth() * 0.6, x: d.page.left, body: d.scale.body.sized(12)})
	}
}

// goalBullets draws goals as bullets at the cursor, each objective's
// KPIs below its title.
func (k *kickoff) goalBullets(x, w float64, goals []planner.Goal) {
	d := k.d
	body := d.scale.body
	kpi := d.scale.small.with(muted)
	indent := body.size * ptToMM * 1.3
	for _, g := range goals {
		d.bullets(x, w, []string{g.Title}, body)
		if len(g.KPIs) == 0 {
			continue
		}
		d.y -= body.lineHeight() * 0.25
		for _, l := range d.wrap(kpiSentences(g.KPIs), w-indent, kpi) {
			d.need(kpi.lineHeight())
			d.text(x+indent, d.y, l, kpi)
			d.y += kpi.lineHeight()
		}
		d.y += body.lineHeight() * 0.4
	}
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

// phasesSlide draws the five phases as chevrons with dates, status,
// deliverable and what happens in each.
func (k *kickoff) phasesSlide() {
	d := k.d
	k.slide("Five phases, one timeline")
	n := len(k.eng.Phases)
	if n == 0 {
		d.emptyNote("The engagement lists no phases.")
		return
	}
	const gap = 1.5
	x0, total := d.page.left, d.page.contentWidth()
	chevW := (total - float64(n-1)*gap) / float64(n)
	chevH := 15.0
	tip := chevH * 0.32
	colW := chevW - tip - 2
	dateSt, small, actSt := d.scale.small.asBold().with(ink), d.scale.small, d.scale.caption.with(muted)
	cols := make([]phaseColumn, n)
	tallest := 0.0
	for i, ph := range k.eng.Phases {
		c := phaseColumn{state: ph, name: phaseName(k.cat, ph.Phase)}
		c.dates = d.wrap(phaseWindow(ph), colW, dateSt)
		if cp, ok := k.cat.Phase(ph.Phase); ok {
			if cp.Deliverable != "" {
				c.deliverTo = d.wrap("Deliverable: "+cp.Deliverable, colW, small.with(accentDark))
			}
			for _, a := range cp.Activities {
				c.activities = append(c.activities, d.wrap(a, colW-3, actSt))
			}
		}
		c.height = float64(len(c.dates))*dateSt.lineHeight() + 2 + chipHeight(d.scale.caption) + 3 +
			float64(len(c.deliverTo))*small.lineHeight() + 2
		for _, a := range c.activities {
			c.height += float64(len(a))*actSt.lineHeight() + 1
		}
		tallest = max(tallest, c.height)
		cols[i] = c
	}
	top := d.y + 2
	showActivities := top+chevH+4+tallest <= d.page.bodyBottom()
	for i, c := range cols {
		x := x0 + float64(i)*(chevW+gap)
		look := lookOfPhase(c.state.Status)
		inset := tip + 1
		if i == 0 {
			inset = 4
		}
		d.phaseChevron(x, top, chevW, chevH, i == 0, c.state, c.name, d.scale.h2, inset)
		cx := x + inset
		if i == 0 {
			cx = x + 4
		}
		y := top + chevH + 4
		y += d.lines(cx, y, colW, c.dates, dateSt, alignLeft) + 1.5
		d.chip(cx, y, look, d.scale.caption)
		y += chipHeight(d.scale.caption) + 3
		y += d.lines(cx, y, colW, c.deliverTo, small.with(accentDark), alignLeft) + 2
		if !showActivities {
			continue
		}
		for _, a := range c.activities {
			d.dot(cx+0.8, baseline(y, actSt)-1.1, 0.5, accent)
			y += d.lines(cx+3, y, colW-3, a, actSt, alignLeft) + 1
		}
	}
	d.y = top + chevH + 4 + tallest
	if !showActivities {
		k.slide("What happens in each phase")
		var rows [][]cell
		for _, c := range cols {
			var acts []string
			for _, a := range c.activities {
				acts = append(acts, strings.Join(a, " "))
			}
			rows = append(rows, []cell{{text: c.name, bold: true}, txt(strings.Join(acts, "; "))})
		}
		d.drawTable(table{cols: []column{{title: "Phase", weight: 2}, {title: "What happens", weight: 10}}, rows: rows, body: d.scale.small.with(ink)})
	}
}

// rolesSlide lists who does what on both sides.
func (k *kickoff) rolesSlide() {
	d := k.d
	k.slide("Project collaboration plan: roles and responsibilities")
	people := k.acct.Participants(k.eng)
	if len(people) == 0 {
		d.emptyNote("Roles and responsibilities to be agreed in the kickoff meeting.")
		return
	}
	var rows [][]cell
	for _, side := range []planner.Side{planner.SideCustomer, planner.SideVendor} {
		for _, p := range people {
			if p.Side != side {
				continue
			}
			resp := p.Responsibilities
			if resp == "" && len(p.Actions) > 0 {
				resp = "Owns the plan's actions: " + strings.Join(p.Actions, "; ")
			}
			rows = append(rows, []cell{
				{text: p.Name, bold: true, sub: p.Role},
				txt(sideLabel(p.Side)),
				txt(orDash(resp)),
			})
		}
	}
	d.drawTable(table{cols: []column{{title: "Who", weight: 3.4}, {title: "Side", weight: 2.2}, {title: "Responsibilities", weight: 7}},
		rows: rows, body: d.scale.body.sized(12)})
}

// cadenceSlide lists the recurring meetings.
func (k *kickoff) cadenceSlide() {
	d := k.d
	k.slide("Project collaboration plan: meeting cadence")
	if len(k.eng.Cadence) == 0 {
		d.emptyNote("The meeting cadence is set in the kickoff meeting.")
		return
	}
	var rows [][]cell
	for _, m := range k.eng.Cadence {
		rows = append(rows, []cell{{text: m.Name, bold: true}, txt(capitalize(m.Frequency)), txt(orDash(m.Attendees)), txt(orDash(m.Purpose))})
	}
	d.drawTable(table{cols: []column{{title: "Meeting", weight: 3}, {title: "How often", weight: 1.8}, {title: "Who attends", weight: 3.6}, {title: "Purpose", weight: 4}},
		rows: rows, body: d.scale.body.sized(12)})
}

// channelsSlide lists the channels and draws the escalation path.
func (k *kickoff) channelsSlide() {
	d := k.d
	k.slide("Project collaboration plan: channels and escalation path")
	lx, lw := d.page.col(0, 5)
	rx, rw := d.page.col(6, 6)
	top := d.y
	d.text(lx, d.y, "CHANNELS", d.scale.label)
	d.y += d.scale.label.lineHeight() + 2
	channels := k.eng.Channels
	if len(channels) == 0 {
		channels = []string{"To be agreed in the kickoff meeting"}
	}
	d.bullets(lx, lw, channels, d.scale.body.sized(13))
	left := d.y
	d.y = top
	d.text(rx, d.y, "ESCALATION PATH", d.scale.label)
	d.y += d.scale.label.lineHeight() + 2
	steps := slices.Clone(k.eng.Escalation)
	slices.SortStableFunc(steps, func(a, b planner.EscalationStep) int { return a.Level - b.Level })
	if len(steps) == 0 {
		d.text(rx, d.y, "To be agreed in the kickoff meeting", d.scale.body.with(faint))
		d.y += d.scale.body.lineHeight()
	}
	who, when := d.scale.body.sized(13).asBold(), d.scale.small
	for i, s := range steps {
		whoLines := d.wrap(s.Who, rw-14, who)
		whenLines := d.wrap(s.When, rw-14, when)
		h := float64(len(whoLines))*who.lineHeight() + float64(len(whenLines))*when.lineHeight() + 4
		if d.need(h) {
			d.y += 2
		}
		d.dot(rx+4, d.y+4, 4, accent.mix(white, float64(i)*0.25))
		d.textIn(rx, d.y+4-d.scale.label.lineHeight()/2, 8, itoa(max(s.Level, i+1)), d.scale.label.with(white), alignCenter)
		if i < len(steps)-1 {
			d.line(rx+4, d.y+8.5, rx+4, d.y+h-0.5, 0.4, rule)
		}
		y := d.y + d.lines(rx+12, d.y, rw-14, whoLines, who, alignLeft)
		d.lines(rx+12, y, rw-14, whenLines, when, alignLeft)
		d.y += h
	}
	d.y = max(d.y, left)
}

// stakeholdersSlide shows the people of both sides as cards, and the
// pooled resources of the tier.
func (k *kickoff) stakeholdersSlide() {
	d := k.d
	customer, vendor := k.teams()
	tier, _ := k.cat.Tier(k.acct.Customer.Membership.Tier)
	var pooled []string
	for _, role := range tier.SuccessTeam {
		if strings.HasPrefix(strings.ToLower(role), "pooled") {
			pooled = append(pooled, role)
		}
	}
	k.slide("Stakeholders and resources")
	heads := []string{k.acct.Customer.Name, "Success team"}
	name, role, mail := d.scale.body.sized(13).asBold(), d.scale.small, d.scale.caption.with(accentDark)
	type card struct{ name, role, mail []string }
	layout := func(m person, w float64) card {
		return card{d.wrap(m.name, w, name), d.wrap(orDash(m.role), w, role), d.wrap(m.email, w, mail)}
	}
	cardHeight := func(c card) float64 {
		return float64(len(c.name))*name.lineHeight() + float64(len(c.role))*role.lineHeight() + float64(len(c.mail))*mail.lineHeight() + 3
	}
	top := d.y
	bottom := top
	for i, team := range [][]person{customer, vendor} {
		x, w := d.page.col(i*6, 6)
		colW := (w - 4) / 2
		d.y = top
		d.text(x, d.y, ellipsize(d, strings.ToUpper(heads[i]), w, d.scale.label), d.scale.label)
		d.y += d.scale.label.lineHeight() + 2
		for j := 0; j < len(team); j += 2 {
			pair := []card{layout(team[j], colW-5)}
			if j+1 < len(team) {
				pair = append(pair, layout(team[j+1], colW-5))
			}
			h := 0.0
			for _, c := range pair {
				h = max(h, cardHeight(c))
			}
			if d.y+h > d.page.bodyBottom() {
				k.slide("Stakeholders and resources (continued)")
				top, bottom = d.y, d.y
				d.text(x, d.y, ellipsize(d, strings.ToUpper(heads[i]), w, d.scale.label), d.scale.label)
				d.y += d.scale.label.lineHeight() + 2
			}
			for n, c := range pair {
				cx := x + float64(n)*(colW+4)
				d.rect(cx, d.y, 1.2, cardHeight(c)-1, accent)
				y := d.y + d.lines(cx+4, d.y, colW-5, c.name, name, alignLeft)
				y += d.lines(cx+4, y, colW-5, c.role, role, alignLeft)
				d.lines(cx+4, y, colW-5, c.mail, mail, alignLeft)
			}
			d.y += h + 2
		}
		if len(team) == 0 {
			d.text(x, d.y, "To be named", d.scale.body.with(faint))
			d.y += d.scale.body.lineHeight()
		}
		bottom = max(bottom, d.y)
	}
	d.y = bottom + 2
	if len(pooled) > 0 {
		text := "Also available: " + strings.Join(pooled, "; ") + "."
		lines := d.wrap(text, d.page.contentWidth(), d.scale.small)
		d.need(float64(len(lines)) * d.scale.small.lineHeight())
		d.y += d.lines(d.page.left, d.y, d.page.contentWidth(), lines, d.scale.small, alignLeft)
	}
}

// objectivesSlide shows the MAP objectives with their KPI and progress.
// Without objectives there is no slide: a slide holding one sentence
// would be almost empty, so the next steps say what is to be done.
func (k *kickoff) objectivesSlide() {
	d := k.d
	if k.acct.ObjectivesState(k.eng) != planner.ObjectivesListed {
		return
	}
	k.slide("Mutual Action Plan: objectives")
	plan := k.acct.Plan
	title, kpi, small := d.scale.body.sized(15).asBold(), d.scale.small.with(ink), d.scale.caption
	for i := 0; i < len(plan.Objectives); i += 2 {
		pair := plan.Objectives[i:min(i+2, len(plan.Objectives))]
		type laid struct{ title, kpi []string }
		cards := make([]laid, len(pair))
		h := 0.0
		for j, o := range pair {
			_, w := d.page.col(j*6, 6)
			cards[j].title = d.wrap(o.Title, w-10, title)
			cards[j].kpi = d.wrap(kpiSentences(o.KPIs), w-10, kpi)
			h = max(h, float64(len(cards[j].title))*title.lineHeight()+float64(len(cards[j].kpi))*kpi.lineHeight()+chipHeight(small)+18)
		}
		d.need(h + 4)
		for j, o := range pair {
			x, w := d.page.col(j*6, 6)
			y := d.y
			look := lookOfStatus(o.Status)
			d.rect(x, y, w, h, tint)
			d.rect(x, y, 1.5, h, look.color)
			cy := y + 4
			cy += d.lines(x+6, cy, w-10, cards[j].title, title, alignLeft) + 0.5
			cy += d.lines(x+6, cy, w-10, cards[j].kpi, kpi, alignLeft) + 2
			p := planner.ObjectiveProgress(o)
			pctSt := d.scale.small.asBold()
			pw := d.measure("100%", pctSt)
			d.progressBar(x+6, cy+1.2, w-16-pw, 2.6, p, progressColor(o.Status))
			d.textIn(x+w-4-pw, cy, pw, fmt.Sprintf("%.0f%%", p*100), pctSt, alignRight)
			cy += pctSt.lineHeight() + 2
			cw := d.chip(x+6, cy, look, small)
			d.text(x+6+cw+3, cy+(chipHeight(small)-small.lineHeight())/2, "Due "+dateText(o.Due), small)
		}
		d.y += h + 5
	}
}

// membershipSlide shows the tier, its add-ons and response targets and
// the Named Support Contact limit.
func (k *kickoff) membershipSlide() {
	d := k.d
	c := k.acct.Customer
	tier, _ := k.cat.Tier(c.Membership.Tier)
	k.slide("What the membership includes")
	top := d.y
	// Tier and success team.
	x, w := d.page.col(0, 4)
	d.text(x, d.y, "MEMBERSHIP", d.scale.label)
	d.y += d.scale.label.lineHeight() + 1
	d.y += d.paragraph(x, d.y, w, orDash(tier.Name), d.scale.h2.sized(18).with(accentDark)) + 1
	d.y += d.paragraph(x, d.y, w, tier.Summary, d.scale.small) + 3
	nsc := d.scale.h2.sized(18).with(accentDark)
	d.text(x, d.y, itoa(tier.NSCLimit), nsc)
	d.y += nsc.lineHeight()
	d.y += d.paragraph(x, d.y, w, "Named Support Contacts per product, who open cases and speak for "+c.Name, d.scale.small)
	if line := outsideMembershipLine(c); line != "" {
		d.y += 3
		d.y += d.paragraph(x, d.y, w, line, d.scale.small.asBold().with(caution))
	}
	d.y = top
	// Add-ons.
	x, w = d.page.col(4, 4)
	d.text(x, d.y, "ADD-ONS", d.scale.label)
	d.y += d.scale.label.lineHeight() + 2
	chipSt := d.scale.caption
	nameSt := d.scale.small.asBold().with(ink)
	for _, e := range planner.Entitlements(k.cat, c.Membership, c.Contract.Allowances) {
		if e.Item.Kind != catalog.KindAddOn {
			continue
		}
		look := lookOfEntitlement(e.Status)
		cw := d.chipWidth(look.label, chipSt.asBold())
		lines := d.wrap(e.Item.Name, w-cw-3, nameSt)
		h := max(float64(len(lines))*nameSt.lineHeight(), chipHeight(chipSt)) + 2.5
		d.lines(x, d.y, w-cw-3, lines, nameSt, alignLeft)
		d.chip(x+w-cw, d.y, look, chipSt)
		d.y += h
		d.line(x, d.y-1.2, x+w, d.y-1.2, 0.2, rule)
	}
	// Response targets.
	d.y = top
	x, w = d.page.col(8, 4)
	d.text(x, d.y, "TARGETED INITIAL RESPONSE", d.scale.label)
	d.y += d.scale.label.lineHeight() + 2
	cal, err := planner.CustomerCalendar(k.cat, k.settings, c)
	if err != nil {
		d.log = append(d.log, fmt.Sprintf("response targets: %v", err))
	}
	big := d.scale.h2.with(accentDark)
	for _, p := range []catalog.Priority{catalog.P1, catalog.P2, catalog.P3, catalog.P4} {
		if err != nil {
			break
		}
		t, terr := planner.ResponseTargetFor(k.cat, planner.Case{Priority: p}, c.Membership, cal)
		if terr != nil {
			d.log = append(d.log, fmt.Sprintf("response target %s: %v", p, terr))
			continue
		}
		d.roundRect(x, d.y+0.5, 11, 7, 1.5, accent)
		d.textIn(x, d.y+0.5+(7-d.scale.label.lineHeight())/2, 11, string(p), d.scale.label.with(white), alignCenter)
		// Amount and clock wrap within the column, beside the badge.
		h := d.lines(x+14, d.y, w-14, d.wrap(targetAmount(t.Entry), w-14, big), big, alignLeft)
		h += d.lines(x+14, d.y+h, w-14, d.wrap(clockText(t.Clock), w-14, d.scale.caption), d.scale.caption, alignLeft)
		d.y += h + 3
	}
	d.y = max(d.y, top)
}

// targetAmount writes a response target's amount ("15 minutes").
func targetAmount(t catalog.ResponseTarget) string {
	if t.Minutes == 0 {
		return count(t.BusinessDays, "business day")
	}
	h, m := t.Minutes/60, t.Minutes%60
	switch {
	case h == 0:
		return count(m, "minute")
	case m == 0:
		return count(h, "hour")
	}
	return count(h, "hour") + " " + count(m, "minute")
}

// clockText says how a response clock counts.
func clockText(c catalog.Clock) string {
	switch c {
	case catalog.Clock24x7:
		return "around the clock, 24x7"
	case catalog.Clock24x5:
		return "counted 24x5"
	case catalog.ClockBusinessHours:
		return "within regional business hours"
	case catalog.ClockBusinessDays:
		return "regional business days"
	}
	return string(c)
}

// nextStepsSlide lists the current phase, the objectives when they are
// not in the plan yet, overdue and due actions and the activities of the
// next 30 days.
func (k *kickoff) nextStepsSlide() {
	d := k.d
	var steps []string
	if ph, ok := k.eng.Current(); ok {
		s := "Complete the " + phaseName(k.cat, ph.Phase) + " phase"
		if !ph.PlannedEnd.IsZero() {
			s += " by " + dateText(ph.PlannedEnd)
		}
		steps = append(steps, s)
	}
	switch k.acct.ObjectivesState(k.eng) {
	case planner.ObjectivesToAgree:
		steps = append(steps, "Objectives to be agreed in the Define phase")
	case planner.ObjectivesMissing:
		steps = append(steps, "Add the objectives agreed in the Define phase, missing from the Mutual Action Plan")
	}
	if k.acct.HasPlan() {
		for _, a := range planner.OverdueActions(k.acct.Plan, k.today) {
			steps = append(steps, fmt.Sprintf("%s (%s, was due %s)", a.Title, orDash(a.Owner), dateText(a.Due)))
		}
		soon := planner.DueSoon(k.acct.Plan, k.today, planner.DueSoonDays)
		var due []planner.Action
		for _, side := range []planner.Side{planner.SideCustomer, planner.SideVendor} {
			due = append(due, soon[side]...)
		}
		slices.SortStableFunc(due, func(a, b planner.Action) int { return a.Due.Compare(b.Due) })
		for _, a := range due {
			steps = append(steps, fmt.Sprintf("%s (%s, by %s)", a.Title, orDash(a.Owner), dateText(a.Due)))
		}
	}
	acts := slices.Clone(k.acct.Activities)
	slices.SortStableFunc(acts, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
	horizon := k.today.AddDays(30)
	for _, a := range acts {
		if planner.IsUpcoming(a, k.today) && !a.Date.After(horizon) {
			steps = append(steps, fmt.Sprintf("%s on %s (%s)", itemName(k.cat, a.ItemID), dateText(a.Date), strings.ToLower(lookOfActivity(a.Status).label)))
		}
	}
	if len(steps) == 0 {
		steps = []string{"Agree the next steps in the kickoff meeting"}
	}
	// The steps fill the slide; only what does not fit continues.
	k.slide("Next steps")
	d.bullets(d.page.left, d.page.contentWidth()*0.8, steps, d.scale.body)
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

// kpiSentences describes each KPI of an objective on a line of its own:
// what is measured, from the baseline to the target, and its value now.
func kpiSentences(kpis []planner.KPI) string {
	if len(kpis) == 0 {
		return "No KPI yet"
	}
	lines := make([]string, len(kpis))
	for i, k := range kpis {
		lines[i] = fmt.Sprintf("%s: from %s to %s, now %s", orDash(k.Name), number(k.Baseline, k.Unit), number(k.Target, k.Unit), number(k.Current, k.Unit))
	}
	return strings.Join(lines, "\n")
}
