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

// Summary writes the engagement summary of the Post-Launch phase:
// activities delivered against planned per phase, outcomes against the
// KPIs, open items, and the handoff to support and to field activities.
func Summary(w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	eng, err := pickEngagement(acct, opts)
	if err != nil {
		return Result{}, fmt.Errorf("engagement summary: %w", err)
	}
	d, err := newPortraitDoc(meta{
		kind:     KindSummary,
		language: opts.documentLanguage(&acct.Customer),
		subject:  "Engagement summary and handoff for " + acct.Customer.Name + ", " + eng.Name,
		customer: acct.Customer.Name,
		keywords: []string{"engagement summary", "handoff", "post-launch", acct.Customer.Name},
	}, opts)
	if err != nil {
		return Result{}, fmt.Errorf("engagement summary: %w", err)
	}
	today := opts.today()
	d.AddPage()
	d.cover(KindSummary.Title(), acct.Customer.Name, eng.Name+" · "+engagementPeriod(eng)+" · as of "+dateText(today))

	tally, total := eng.DeliveryByPhase(acct.Activities)
	progress := "–"
	if acct.HasPlan() {
		progress = fmt.Sprintf("%.0f%%", planner.PlanProgress(acct.Plan)*100)
	}
	current := "All phases closed"
	if ph, ok := eng.Current(); ok {
		current = phaseName(cat, ph.Phase) + " (" + strings.ToLower(d.lookOfPhase(ph.Status).label) + ")"
	}
	d.facts([]fact{
		{"Membership", tierName(cat, acct.Customer.Membership.Tier)},
		{"Current phase", current},
		{"Activities delivered", fmt.Sprintf("%d of %d planned", total.Delivered, total.Planned)},
		{"Mutual Action Plan progress", progress},
	})
	d.outsideMembership(acct.Customer)

	d.sectionHeading("Phases", keepTable)
	phaseRows := make([][]layout.Cell, 0, len(eng.Phases))
	for _, ph := range eng.Phases {
		t := tally[ph.Phase]
		note := ph.Notes
		if ph.Status == planner.PhaseSkipped && ph.SkipReason != "" {
			note = "Skipped: " + ph.SkipReason
		}
		deliverable := "–"
		for _, pd := range eng.Deliverables(cat) {
			if pd.Phase == ph.Phase {
				deliverable = pd.Name + " (" + strings.ReplaceAll(string(pd.State), "-", " ") + ")"
			}
		}
		phaseRows = append(phaseRows, []layout.Cell{
			{Text: phaseName(cat, ph.Phase), Bold: true, Sub: note},
			chipCell(d.lookOfPhase(ph.Status)),
			{Text: capitalize(rangeText(ph.PlannedStart, ph.PlannedEnd))},
			{Text: capitalize(rangeText(ph.ActualStart, ph.ActualEnd))},
			{Text: fmt.Sprintf("%d of %d", t.Delivered, t.Planned)},
			{Text: deliverable},
		})
	}
	if t, ok := tally[""]; ok {
		phaseRows = append(phaseRows, []layout.Cell{
			{Text: "No phase", Bold: true, Sub: "Whole engagement"},
			txt("–"), txt("–"), txt("–"),
			{Text: fmt.Sprintf("%d of %d", t.Delivered, t.Planned)},
			txt("–"),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Phase", Weight: 2.2},
		{Title: "Status", Weight: 1.8},
		{Title: "Planned", Weight: 2.2},
		{Title: "Actual", Weight: 2.2},
		{Title: "Delivered", Weight: 1.5, Align: layout.AlignRight},
		{Title: "Deliverable", Weight: 3},
	}, Rows: phaseRows})

	d.sectionHeading("Activities", keepTable)
	activityTable(d, cat, eng.Activities(acct.Activities))

	d.sectionHeading("Outcomes against the KPIs", keepTable)
	if acct.HasPlan() {
		outcomeTable(d, acct.Plan)
	} else {
		d.emptyNote(noPlan)
	}

	d.sectionHeading("Open items", keepTable)
	if acct.HasPlan() {
		openItems(d, acct, today)
	} else {
		d.emptyNote(noPlan)
	}

	d.sectionHeading("Handoff to support", keepTable)
	handoff(d, cat, acct, opts.settings())

	d.sectionHeading("Field activities to continue with", keepTable)
	fieldActivities(d, cat, acct, today)
	return d.finish(w)
}

// noPlan is what the sections about the Mutual Action Plan say when the
// customer has none.
const noPlan = "There is no Mutual Action Plan with this customer yet."

// activityTable lists activities with their status and outcome.
func activityTable(d *doc, cat *catalog.Catalog, acts []planner.Activity) {
	if len(acts) == 0 {
		d.emptyNote("No activities planned in this engagement yet.")
		return
	}
	rows := make([][]layout.Cell, 0, len(acts))
	for _, a := range acts {
		sub := a.Outcome
		if a.Solution != "" {
			sub = strings.TrimPrefix(cat.SolutionName(a.Solution)+" · "+sub, " · ")
			sub = strings.TrimSuffix(sub, " · ")
		}
		rows = append(rows, []layout.Cell{
			{Text: dateText(a.Date)},
			{Text: itemName(cat, a.ItemID), Bold: true, Sub: sub},
			{Text: orDash(phaseName(cat, a.Phase))},
			{Text: hours(a.Hours)},
			chipCell(d.lookOfActivity(a.Status)),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Date", Weight: 1.8},
		{Title: "Activity", Weight: 6},
		{Title: "Phase", Weight: 1.7},
		{Title: "Hours", Weight: 1, Align: layout.AlignRight},
		{Title: "Status", Weight: 1.9},
	}, Rows: rows})
}

// outcomeTable shows each objective's KPI from baseline to target, where
// it stands and how far that is.
func outcomeTable(d *doc, plan planner.ActionPlan) {
	if len(plan.Objectives) == 0 {
		d.emptyNote("No objectives in the Mutual Action Plan.")
		return
	}
	rows := make([][]layout.Cell, 0, len(plan.Objectives))
	for _, o := range plan.Objectives {
		p := planner.ObjectiveProgress(o)
		var names, spans, now []string
		for _, k := range o.KPIs {
			names = append(names, k.Name)
			spans = append(spans, number(k.Baseline, k.Unit)+" to "+number(k.Target, k.Unit))
			now = append(now, number(k.Current, k.Unit))
		}
		rows = append(rows, []layout.Cell{
			{Text: o.Title, Bold: true, Sub: strings.Join(names, "; ")},
			{Text: orDash(strings.Join(spans, "\n"))},
			{Text: orDash(strings.Join(now, "\n")), Bold: true},
			barCell(p, progressColor(o.Status)),
			chipCell(d.lookOfStatus(o.Status)),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Objective and KPI", Weight: 4.4},
		{Title: "Baseline to target", Weight: 2.6},
		{Title: "Current", Weight: 1.5, Align: layout.AlignRight},
		{Title: "Progress", Weight: 2.4},
		{Title: "Status", Weight: 1.9},
	}, Rows: rows})
}

// progressColor is the colour of a progress bar for an item in status s.
func progressColor(s planner.Status) layout.RGB {
	switch s {
	case planner.StatusDone:
		return good
	case planner.StatusBlocked:
		return danger
	case planner.StatusCancelled:
		return faint
	}
	return accent
}

// openItems lists the plan's open actions, overdue ones first.
func openItems(d *doc, acct planner.Account, today planner.Date) {
	overdue := planner.OverdueActions(acct.Plan, today)
	late := map[planner.ID]bool{}
	for _, a := range overdue {
		late[a.ID] = true
	}
	open := slices.Clone(overdue)
	for _, a := range acct.Plan.Actions {
		if !a.Status.Closed() && !late[a.ID] {
			open = append(open, a)
		}
	}
	if len(open) == 0 {
		d.emptyNote("No open actions: every action of the plan is done or cancelled.")
		return
	}
	rows := make([][]layout.Cell, 0, len(open))
	for _, a := range open {
		status := chipCell(d.lookOfStatus(a.Status))
		due := layout.Cell{Text: dateText(a.Due)}
		if late[a.ID] {
			due.Tone, due.Bold, due.Sub = danger, true, count(a.Due.DaysUntil(today), "day")+" overdue"
		}
		rows = append(rows, []layout.Cell{
			{Text: a.Title, Bold: true, Sub: milestoneTitle(acct.Plan, a.MilestoneID)},
			{Text: orDash(a.Owner), Sub: d.sideName(a.Side, acct.Customer.Name)},
			due,
			status,
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Action", Weight: 5.5},
		{Title: "Owner", Weight: 3},
		{Title: "Due", Weight: 1.8},
		{Title: "Status", Weight: 1.9},
	}, Rows: rows})
}

// handoff describes who supports the customer from now on and how.
func handoff(d *doc, cat *catalog.Catalog, acct planner.Account, settings planner.Settings) {
	c := acct.Customer
	tier, _ := cat.Tier(c.Membership.Tier)
	body := d.Scale().Body
	text := fmt.Sprintf("From here %s is supported through its %s membership", c.Name, orDash(tier.Name))
	if c.Team.SSM.Name != "" {
		text += fmt.Sprintf("; %s is the Support Services Manager", c.Team.SSM.Name)
	}
	if len(tier.Channels) > 0 {
		text += ". Cases are opened through: " + strings.Join(tier.Channels, ", ")
	}
	text += ". Only Named Support Contacts can open cases."
	d.Flow(d.Page().Left, d.Page().ContentWidth(), text, body, 2)

	d.subHeading("Targeted initial response times", keepTable)
	responseTable(d, cat, c, settings)

	d.subHeading(fmt.Sprintf("Named Support Contacts (at most %d per product)", tier.NSCLimit), keepTable)
	contactTable(d, cat, c)
}

// responseTable lists the customer's targeted initial response times.
func responseTable(d *doc, cat *catalog.Catalog, c planner.Customer, settings planner.Settings) {
	cal, calErr := planner.CustomerCalendar(cat, settings, c)
	rows := [][]layout.Cell{}
	for _, p := range []catalog.Priority{catalog.P1, catalog.P2, catalog.P3, catalog.P4} {
		if calErr != nil {
			break
		}
		t, err := planner.ResponseTargetFor(cat, planner.Case{Priority: p}, c.Membership, cal)
		if err != nil {
			d.Logf("response target %s: %v", p, err)
			continue
		}
		rows = append(rows, []layout.Cell{{Text: string(p), Bold: true, Tone: accent}, {Text: explanationText(t.Explanation.String(), p), Sub: t.Note.String()}})
	}
	if calErr != nil {
		d.Logf("response targets: %v", calErr)
	}
	if len(rows) == 0 {
		d.emptyNote("No response targets: the customer's tier or region is not in the catalog.")
		return
	}
	d.drawTable(layout.Table{Columns: []layout.Column{{Title: "Priority", Weight: 1}, {Title: "Target", Weight: 9}}, Rows: rows})
}

// explanationText drops the "Tier P2: " label the planner's explanation
// starts with, as the table says the priority already.
func explanationText(expl string, p catalog.Priority) string {
	if _, rest, ok := strings.Cut(expl, " "+string(p)+": "); ok {
		return capitalize(rest)
	}
	return expl
}

// contactTable lists the Named Support Contacts.
func contactTable(d *doc, cat *catalog.Catalog, c planner.Customer) {
	if len(c.Contacts) == 0 {
		d.emptyNote("No Named Support Contacts recorded.")
		return
	}
	rows := make([][]layout.Cell, 0, len(c.Contacts))
	for _, n := range c.Contacts {
		role := ""
		if n.AccountAdmin {
			role = "Account administrator"
		}
		rows = append(rows, []layout.Cell{
			{Text: n.Name, Bold: true, Sub: role},
			txt(cat.SolutionName(n.Product)),
			txt(n.Email),
			txt(orDash(n.Phone)),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Name", Weight: 3}, {Title: "Product", Weight: 3}, {Title: "E-mail", Weight: 4}, {Title: "Phone", Weight: 2},
	}, Rows: rows})
}

// fieldActivities lists the field activities the customer is entitled to
// and what is already planned after today.
func fieldActivities(d *doc, cat *catalog.Catalog, acct planner.Account, today planner.Date) {
	c := acct.Customer
	var upcoming []planner.Activity
	for _, a := range acct.Activities {
		if planner.IsUpcoming(a, today) {
			upcoming = append(upcoming, a)
		}
	}
	if len(upcoming) > 0 {
		d.subHeading("Already planned", keepTable)
		slices.SortStableFunc(upcoming, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
		activityTable(d, cat, upcoming)
	}
	type entry struct {
		item      catalog.Item
		solutions []string
		reason    string
	}
	var entries []*entry
	byID := map[string]*entry{}
	for _, e := range planner.Entitlements(cat, c.Membership, c.Contract.Allowances) {
		if e.Item.Kind != catalog.KindField || !e.Status.Entitled() {
			continue
		}
		en, ok := byID[e.Item.ID]
		if !ok {
			en = &entry{item: e.Item, reason: e.Reason.String()}
			byID[e.Item.ID] = en
			entries = append(entries, en)
		}
		en.solutions = append(en.solutions, licensedUnder(cat, c.Membership, e.Solution)...)
	}
	d.subHeading("Available to this customer", keepTable)
	if len(entries) == 0 {
		d.emptyNote("No field activities are included in this customer's contract.")
		return
	}
	rows := make([][]layout.Cell, 0, len(entries))
	for _, en := range entries {
		rows = append(rows, []layout.Cell{
			{Text: en.item.Name, Bold: true, Sub: en.item.Description},
			txt(strings.Join(slices.Compact(en.solutions), ", ")),
			{Text: hours(float64(en.item.Hours))},
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Field activity", Weight: 6}, {Title: "For", Weight: 3.2}, {Title: "Typical effort", Weight: 1.8, Align: layout.AlignRight},
	}, Rows: rows})
}

// licensedUnder names the licensed solutions an offer for solution s
// covers (s itself, or members of the family s).
func licensedUnder(cat *catalog.Catalog, m planner.Membership, s catalog.SolutionID) []string {
	var out []string
	for _, l := range m.Solutions {
		if cat.Covers(s, l) {
			out = append(out, cat.SolutionName(l))
		}
	}
	return out
}

// engagementPeriod describes when the engagement ran, from its first to
// its last phase date.
func engagementPeriod(eng planner.Engagement) string {
	var first, last planner.Date
	for _, p := range eng.Phases {
		for _, d := range []planner.Date{p.ActualStart, p.PlannedStart, p.ActualEnd, p.PlannedEnd} {
			if d.IsZero() {
				continue
			}
			if first.IsZero() || d.Before(first) {
				first = d
			}
			if last.IsZero() || d.After(last) {
				last = d
			}
		}
	}
	if first.IsZero() {
		return "not scheduled"
	}
	return rangeText(first, last)
}
