package export

import (
	"fmt"
	"github.com/liftoff-app/liftoff/export/layout"
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
	d, err := newDoc(layout.SlidePage(), slideScale(), meta{
		kind:     KindKickoff,
		language: opts.documentLanguage(&c),
		subject:  "Kickoff deck and project collaboration plan for " + c.Name + ", " + eng.Name,
		customer: c.Name,
		keywords: []string{"kickoff", "collaboration plan", "mutual action plan", c.Name},
	}, opts)
	if err != nil {
		return Result{}, fmt.Errorf("kickoff deck: %w", err)
	}
	d.setChrome(func(d *doc, n, total int) { slideChrome(d, eng.Name, n, total) })
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
	p := d.Page()
	label := d.Scale().Label
	d.Rect(p.Left, p.Top+1.2, 2.4, 2.4, accent)
	half := p.ContentWidth()/2 - 6
	d.Text(p.Left+4.5, p.Top, ellipsize(d, strings.ToUpper("Kickoff · "+d.meta.customer), half, label), label.WithColor(accentDark))
	d.TextIn(p.Left, p.Top, p.ContentWidth(), ellipsize(d, engagement, half, label.WithBold()), label.WithBold().WithColor(faint), layout.AlignRight)
	fy := p.H - p.Bottom - p.FooterH + 3
	cap := d.Scale().Caption
	d.Text(p.Left, fy, "Liftoff · generated "+dateText(catalog.DateOf(d.now)), cap.WithColor(faint))
	d.TextIn(p.Left, fy, p.ContentWidth(), fmt.Sprintf("%d / %d", n, total), cap.WithBold(), layout.AlignRight)
}

// slide starts a content slide with a title; content that runs over
// continues on slides titled "(continued)".
func (k *kickoff) slide(title string) {
	d := k.d
	d.SetOnNewPage(nil)
	d.AddPage()
	k.slideTitle(title)
	d.SetPageTop(d.Y)
	d.SetOnNewPage(func() { k.slideTitle(title + " (continued)") })
}

// slideTitle draws a slide title and puts the cursor below it.
func (k *kickoff) slideTitle(title string) {
	d := k.d
	y := d.Page().BodyTop() + 4
	d.Rect(d.Page().Left, y, 16, 1.4, accent)
	st := d.Scale().H1
	d.Text(d.Page().Left, y+3.5, title, st)
	d.Y = y + 3.5 + st.LineHeight() + 7
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
	p := d.Page()
	d.AddPage()
	d.Rect(0, 0, p.W, p.H, accent)
	bandH := 64.0
	d.Rect(0, p.H-bandH, p.W, bandH, accentDark)
	w := p.ContentWidth() * 0.75
	label := d.Scale().Label.WithSize(11).WithColor(accent.Mix(white, 0.7))
	title := d.Scale().Title.WithColor(white)
	lines := d.Wrap(k.acct.Customer.Name, w, title)
	if len(lines) > 2 {
		title = title.WithSize(28)
		lines = d.Wrap(k.acct.Customer.Name, w, title)
	}
	sub := d.Scale().Subtitle.WithColor(accent.Mix(white, 0.85))
	subLines := d.Wrap(k.eng.Name, w, sub)
	blockH := label.LineHeight() + 3 + float64(len(lines))*title.LineHeight() + 1 + float64(len(subLines))*sub.LineHeight()
	// The block stands on the team band, rising as the names grow, up to
	// the top margin.
	y := max(p.H-bandH-16-blockH, 12)
	d.Text(p.Left, y, "KICKOFF · "+strings.ToUpper(dateText(k.kickoffDate())), label)
	y += label.LineHeight() + 3
	y += d.Lines(p.Left, y, w, lines, title, layout.AlignLeft) + 1
	d.Lines(p.Left, y, w, subLines, sub, layout.AlignLeft)
	customer, vendor := k.teams()
	heads := []string{k.acct.Customer.Name, "Success team"}
	for i, team := range [][]person{customer, vendor} {
		x, cw := p.ColumnSpan(i*6, 6)
		ty := p.H - bandH + 9
		head := d.Scale().Label.WithSize(11).WithColor(accent.Mix(white, 0.7))
		d.Text(x, ty, ellipsize(d, strings.ToUpper(heads[i]), cw, head), head)
		ty += head.LineHeight() + 2
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
				d.Text(colX, rowY, fmt.Sprintf("and %d more", len(team)-perColumn*2+1), name)
				break
			}
			d.Text(colX, rowY, ellipsize(d, m.name, cw/2-4, name), name)
			d.Text(colX, rowY+name.LineHeight(), ellipsize(d, m.role, cw/2-4, role), role)
		}
		if len(team) == 0 {
			d.Text(x, ty, "To be named", name.WithColor(accent.Mix(white, 0.6)))
		}
	}
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
	lx, lw := d.Page().ColumnSpan(0, 7)
	rx, rw := d.Page().ColumnSpan(8, 4)
	var overflow [][]layout.Cell
	for i, chunk := range bulletChunks(goals) {
		if i == 0 {
			k.slide("Goals and timeline")
		} else {
			k.slide("Goals and timeline (continued)")
		}
		top := d.Y
		d.Text(lx, d.Y, "GOALS", d.Scale().Label)
		d.Y += d.Scale().Label.LineHeight() + 2
		k.goalBullets(lx, lw, chunk)
		if i > 0 {
			continue
		}
		bottom := d.Y
		d.Y = top
		d.Text(rx, d.Y, "KEY DATES", d.Scale().Label)
		d.Y += d.Scale().Label.LineHeight() + 2
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
			d.Text(rx, d.Y, "Dates to be agreed", d.Scale().Small)
		}
		what, span := d.Scale().Small.WithBold().WithColor(ink), d.Scale().Small
		for j, e := range dates {
			h := float64(len(d.Wrap(e.what, rw, what)))*what.LineHeight() + span.LineHeight() + 2
			if d.Y+h+span.LineHeight() > d.Page().BodyBottom() && j < len(dates)-1 {
				d.Text(rx, d.Y, "More key dates on the next slide", span.WithColor(faint))
				for _, e := range dates[j:] {
					overflow = append(overflow, []layout.Cell{{Text: e.what, Bold: true}, txt(e.span)})
				}
				break
			}
			d.Rect(rx-4, d.Y+1.2, 1.2, h-3, tinted(accent))
			d.Y += d.Paragraph(rx, d.Y, rw, e.what, what)
			d.Text(rx, d.Y, e.span, span)
			d.Y += span.LineHeight() + 2
		}
		d.Y = max(d.Y, bottom)
	}
	if len(overflow) > 0 {
		k.slide("Key dates (continued)")
		d.drawTable(layout.Table{Columns: []layout.Column{{Title: "What", Weight: 3}, {Title: "When", Weight: 2}}, Rows: overflow,
			W: d.Page().ContentWidth() * 0.6, X: d.Page().Left, Body: d.Scale().Body.WithSize(12)})
	}
}

// goalBullets draws goals as bullets at the cursor, each objective's
// KPIs below its title.
func (k *kickoff) goalBullets(x, w float64, goals []planner.Goal) {
	d := k.d
	body := d.Scale().Body
	kpi := d.Scale().Small.WithColor(muted)
	indent := body.Size * layout.MMPerPoint * 1.3
	for _, g := range goals {
		d.bullets(x, w, []string{g.Title}, body)
		if len(g.KPIs) == 0 {
			continue
		}
		d.Y -= body.LineHeight() * 0.25
		for _, l := range d.Wrap(kpiSentences(g.KPIs), w-indent, kpi) {
			d.Need(kpi.LineHeight())
			d.Text(x+indent, d.Y, l, kpi)
			d.Y += kpi.LineHeight()
		}
		d.Y += body.LineHeight() * 0.4
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
		c.dates = d.Wrap(phaseWindow(ph), colW, dateSt)
		if cp, ok := k.cat.Phase(ph.Phase); ok {
			if cp.Deliverable != "" {
				c.deliverTo = d.Wrap("Deliverable: "+cp.Deliverable, colW, small.WithColor(accentDark))
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
	top := d.Y + 2
	showActivities := top+chevH+4+tallest <= d.Page().BodyBottom()
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
		if !showActivities {
			continue
		}
		for _, a := range c.activities {
			d.Dot(cx+0.8, layout.Baseline(y, actSt)-1.1, 0.5, accent)
			y += d.Lines(cx+3, y, colW-3, a, actSt, layout.AlignLeft) + 1
		}
	}
	d.Y = top + chevH + 4 + tallest
	if !showActivities {
		k.slide("What happens in each phase")
		var rows [][]layout.Cell
		for _, c := range cols {
			var acts []string
			for _, a := range c.activities {
				acts = append(acts, strings.Join(a, " "))
			}
			rows = append(rows, []layout.Cell{{Text: c.name, Bold: true}, txt(strings.Join(acts, "; "))})
		}
		d.drawTable(layout.Table{Columns: []layout.Column{{Title: "Phase", Weight: 2}, {Title: "What happens", Weight: 10}}, Rows: rows, Body: d.Scale().Small.WithColor(ink)})
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
	var rows [][]layout.Cell
	for _, side := range []planner.Side{planner.SideCustomer, planner.SideVendor} {
		for _, p := range people {
			if p.Side != side {
				continue
			}
			resp := p.Responsibilities
			if resp == "" && len(p.Actions) > 0 {
				resp = "Owns the plan's actions: " + strings.Join(p.Actions, "; ")
			}
			rows = append(rows, []layout.Cell{
				{Text: p.Name, Bold: true, Sub: p.Role},
				txt(d.sideLabel(p.Side)),
				txt(orDash(resp)),
			})
		}
	}
	d.drawTable(layout.Table{Columns: []layout.Column{{Title: "Who", Weight: 3.4}, {Title: "Side", Weight: 2.2}, {Title: "Responsibilities", Weight: 7}},
		Rows: rows, Body: d.Scale().Body.WithSize(12)})
}

// cadenceSlide lists the recurring meetings.
func (k *kickoff) cadenceSlide() {
	d := k.d
	k.slide("Project collaboration plan: meeting cadence")
	if len(k.eng.Cadence) == 0 {
		d.emptyNote("The meeting cadence is set in the kickoff meeting.")
		return
	}
	var rows [][]layout.Cell
	for _, m := range k.eng.Cadence {
		rows = append(rows, []layout.Cell{{Text: m.Name, Bold: true}, txt(capitalize(m.Frequency)), txt(orDash(m.Attendees)), txt(orDash(m.Purpose))})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{{Title: "Meeting", Weight: 3}, {Title: "How often", Weight: 1.8}, {Title: "Who attends", Weight: 3.6}, {Title: "Purpose", Weight: 4}},
		Rows: rows, Body: d.Scale().Body.WithSize(12)})
}

// channelsSlide lists the channels and draws the escalation path.
func (k *kickoff) channelsSlide() {
	d := k.d
	k.slide("Project collaboration plan: channels and escalation path")
	lx, lw := d.Page().ColumnSpan(0, 5)
	rx, rw := d.Page().ColumnSpan(6, 6)
	top := d.Y
	d.Text(lx, d.Y, "CHANNELS", d.Scale().Label)
	d.Y += d.Scale().Label.LineHeight() + 2
	channels := k.eng.Channels
	if len(channels) == 0 {
		channels = []string{"To be agreed in the kickoff meeting"}
	}
	d.bullets(lx, lw, channels, d.Scale().Body.WithSize(13))
	left := d.Y
	d.Y = top
	d.Text(rx, d.Y, "ESCALATION PATH", d.Scale().Label)
	d.Y += d.Scale().Label.LineHeight() + 2
	steps := slices.Clone(k.eng.Escalation)
	slices.SortStableFunc(steps, func(a, b planner.EscalationStep) int { return a.Level - b.Level })
	if len(steps) == 0 {
		d.Text(rx, d.Y, "To be agreed in the kickoff meeting", d.Scale().Body.WithColor(faint))
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
		d.Text(x, d.Y, ellipsize(d, strings.ToUpper(heads[i]), w, d.Scale().Label), d.Scale().Label)
		d.Y += d.Scale().Label.LineHeight() + 2
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
				k.slide("Stakeholders and resources (continued)")
				top, bottom = d.Y, d.Y
				d.Text(x, d.Y, ellipsize(d, strings.ToUpper(heads[i]), w, d.Scale().Label), d.Scale().Label)
				d.Y += d.Scale().Label.LineHeight() + 2
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
			d.Text(x, d.Y, "To be named", d.Scale().Body.WithColor(faint))
			d.Y += d.Scale().Body.LineHeight()
		}
		bottom = max(bottom, d.Y)
	}
	d.Y = bottom + 2
	if len(pooled) > 0 {
		text := "Also available: " + strings.Join(pooled, "; ") + "."
		lines := d.Wrap(text, d.Page().ContentWidth(), d.Scale().Small)
		d.Need(float64(len(lines)) * d.Scale().Small.LineHeight())
		d.Y += d.Lines(d.Page().Left, d.Y, d.Page().ContentWidth(), lines, d.Scale().Small, layout.AlignLeft)
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
	title, kpi, small := d.Scale().Body.WithSize(15).WithBold(), d.Scale().Small.WithColor(ink), d.Scale().Caption
	for i := 0; i < len(plan.Objectives); i += 2 {
		pair := plan.Objectives[i:min(i+2, len(plan.Objectives))]
		type laid struct{ title, kpi []string }
		cards := make([]laid, len(pair))
		h := 0.0
		for j, o := range pair {
			_, w := d.Page().ColumnSpan(j*6, 6)
			cards[j].title = d.Wrap(o.Title, w-10, title)
			cards[j].kpi = d.Wrap(kpiSentences(o.KPIs), w-10, kpi)
			h = max(h, float64(len(cards[j].title))*title.LineHeight()+float64(len(cards[j].kpi))*kpi.LineHeight()+layout.ChipHeight(small)+18)
		}
		d.Need(h + 4)
		for j, o := range pair {
			x, w := d.Page().ColumnSpan(j*6, 6)
			y := d.Y
			look := d.lookOfStatus(o.Status)
			d.Rect(x, y, w, h, tint)
			d.Rect(x, y, 1.5, h, look.color)
			cy := y + 4
			cy += d.Lines(x+6, cy, w-10, cards[j].title, title, layout.AlignLeft) + 0.5
			cy += d.Lines(x+6, cy, w-10, cards[j].kpi, kpi, layout.AlignLeft) + 2
			p := planner.ObjectiveProgress(o)
			pctSt := d.Scale().Small.WithBold()
			pw := d.Measure("100%", pctSt)
			d.progressBar(x+6, cy+1.2, w-16-pw, 2.6, p, progressColor(o.Status))
			d.TextIn(x+w-4-pw, cy, pw, fmt.Sprintf("%.0f%%", p*100), pctSt, layout.AlignRight)
			cy += pctSt.LineHeight() + 2
			cw := d.chip(x+6, cy, look, small)
			d.Text(x+6+cw+3, cy+(layout.ChipHeight(small)-small.LineHeight())/2, "Due "+dateText(o.Due), small)
		}
		d.Y += h + 5
	}
}

// membershipSlide shows the tier, its add-ons and response targets and
// the Named Support Contact limit.
func (k *kickoff) membershipSlide() {
	d := k.d
	c := k.acct.Customer
	tier, _ := k.cat.Tier(c.Membership.Tier)
	k.slide("What the membership includes")
	top := d.Y
	// Tier and success team.
	x, w := d.Page().ColumnSpan(0, 4)
	d.Text(x, d.Y, "MEMBERSHIP", d.Scale().Label)
	d.Y += d.Scale().Label.LineHeight() + 1
	d.Y += d.Paragraph(x, d.Y, w, orDash(tier.Name), d.Scale().H2.WithSize(18).WithColor(accentDark)) + 1
	d.Y += d.Paragraph(x, d.Y, w, tier.Summary, d.Scale().Small) + 3
	nsc := d.Scale().H2.WithSize(18).WithColor(accentDark)
	d.Text(x, d.Y, itoa(tier.NSCLimit), nsc)
	d.Y += nsc.LineHeight()
	d.Y += d.Paragraph(x, d.Y, w, "Named Support Contacts per product, who open cases and speak for "+c.Name, d.Scale().Small)
	if line := d.outsideMembershipLine(c); line != "" {
		d.Y += 3
		d.Y += d.Paragraph(x, d.Y, w, line, d.Scale().Small.WithBold().WithColor(caution))
	}
	d.Y = top
	// Add-ons.
	x, w = d.Page().ColumnSpan(4, 4)
	d.Text(x, d.Y, "ADD-ONS", d.Scale().Label)
	d.Y += d.Scale().Label.LineHeight() + 2
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
		d.Lines(x, d.Y, w-cw-3, lines, nameSt, layout.AlignLeft)
		d.chip(x+w-cw, d.Y, look, chipSt)
		d.Y += h
		d.Line(x, d.Y-1.2, x+w, d.Y-1.2, 0.2, rule)
	}
	// Response targets.
	d.Y = top
	x, w = d.Page().ColumnSpan(8, 4)
	d.Text(x, d.Y, "TARGETED INITIAL RESPONSE", d.Scale().Label)
	d.Y += d.Scale().Label.LineHeight() + 2
	cal, err := planner.CustomerCalendar(k.cat, k.settings, c)
	if err != nil {
		d.Logf("response targets: %v", err)
	}
	big := d.Scale().H2.WithColor(accentDark)
	for _, p := range []catalog.Priority{catalog.P1, catalog.P2, catalog.P3, catalog.P4} {
		if err != nil {
			break
		}
		t, terr := planner.ResponseTargetFor(k.cat, planner.Case{Priority: p}, c.Membership, cal)
		if terr != nil {
			d.Logf("response target %s: %v", p, terr)
			continue
		}
		d.RoundRect(x, d.Y+0.5, 11, 7, 1.5, accent)
		d.TextIn(x, d.Y+0.5+(7-d.Scale().Label.LineHeight())/2, 11, string(p), d.Scale().Label.WithColor(white), layout.AlignCenter)
		// Amount and clock wrap within the column, beside the badge.
		h := d.Lines(x+14, d.Y, w-14, d.Wrap(targetAmount(t.Entry), w-14, big), big, layout.AlignLeft)
		h += d.Lines(x+14, d.Y+h, w-14, d.Wrap(clockText(t.Clock), w-14, d.Scale().Caption), d.Scale().Caption, layout.AlignLeft)
		d.Y += h + 3
	}
	d.Y = max(d.Y, top)
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
			steps = append(steps, fmt.Sprintf("%s on %s (%s)", itemName(k.cat, a.ItemID), dateText(a.Date), strings.ToLower(d.lookOfActivity(a.Status).label)))
		}
	}
	if len(steps) == 0 {
		steps = []string{"Agree the next steps in the kickoff meeting"}
	}
	// The steps fill the slide; only what does not fit continues.
	k.slide("Next steps")
	d.bullets(d.Page().Left, d.Page().ContentWidth()*0.8, steps, d.Scale().Body)
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
