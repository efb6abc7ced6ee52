package export

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// Summary writes the engagement summary of the Post-Launch phase:
// activities delivered against planned per phase, outcomes against the
// KPIs, open items, and the handoff to support and to field activities.
func Summary(ctx context.Context, w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	opts, err := started(ctx, opts, "summary")
	if err != nil {
		return Result{}, err
	}
	cat = customerCatalog(cat, acct.Customer, opts.documentLanguage(&acct.Customer)) // the edition of the customer's contract, in the document's language
	eng, err := pickEngagement(acct, opts)
	if err != nil {
		return Result{}, fmt.Errorf("engagement summary: %w", err)
	}
	d, err := layOutPortrait(meta{
		kind:     KindSummary,
		language: opts.documentLanguage(&acct.Customer),
		subject:  "Engagement summary and handoff for " + acct.Customer.Name + ", " + eng.Name,
		customer: acct.Customer.Name,
		keywords: []string{"engagement summary", "handoff", "post-launch", acct.Customer.Name},
	}, opts, func(d *doc) error {
		today := opts.today()
		d.AddPage()
		d.cover(d.kindTitle(KindSummary), acct.Customer.Name, d.T("doc.summary.subtitle", eng.Name, d.engagementPeriod(eng), d.date(today)))

		tally, total := eng.DeliveryByPhase(acct.Activities)
		progress := "–"
		if acct.HasPlan() {
			progress = d.percent(planner.PlanProgress(acct.Plan))
		}
		current := d.T("doc.summary.allPhasesClosed")
		if ph, ok := eng.Current(); ok {
			current = d.T("doc.summary.currentPhase", phaseName(cat, ph.Phase), strings.ToLower(d.lookOfPhase(ph.Status).label))
		}
		d.facts([]fact{
			{d.T("doc.summary.fact.membership"), tierName(cat, acct.Customer.Membership.Tier)},
			{d.T("doc.summary.fact.currentPhase"), current},
			{d.T("doc.summary.fact.delivered"), d.T("doc.summary.deliveredOfPlanned", total.Delivered, total.Planned)},
			{d.T("doc.summary.fact.progress"), progress},
		})
		d.outsideMembership(acct.Customer)

		d.sectionHeading(d.T("doc.summary.phases"), keepTable)
		phaseRows := make([][]layout.Cell, 0, len(eng.Phases))
		var starts []string // the start of each range, which must fit a line
		for _, ph := range eng.Phases {
			for _, day := range []planner.Date{ph.PlannedStart, ph.ActualStart} {
				starts = append(starts, strings.TrimSpace(d.T("doc.range.between", d.date(day), "")))
			}
			t := tally[ph.Phase]
			note := ph.Notes
			if ph.Status == planner.PhaseSkipped && ph.SkipReason != "" {
				note = d.T("doc.summary.skipped", ph.SkipReason)
			}
			deliverable := "–"
			for _, pd := range eng.Deliverables(cat) {
				if pd.Phase == ph.Phase {
					deliverable = d.T("doc.summary.deliverable", pd.Name, d.deliverableState(pd.State))
				}
			}
			phaseRows = append(phaseRows, []layout.Cell{
				{Text: phaseName(cat, ph.Phase), Bold: true, Sub: note},
				chipCell(d.lookOfPhase(ph.Status)),
				{Text: capitalize(d.rangeText(ph.PlannedStart, ph.PlannedEnd))},
				{Text: capitalize(d.rangeText(ph.ActualStart, ph.ActualEnd))},
				{Text: d.T("doc.summary.deliveredOf", t.Delivered, t.Planned)},
				{Text: deliverable},
			})
		}
		if t, ok := tally[""]; ok {
			phaseRows = append(phaseRows, []layout.Cell{
				{Text: d.T("doc.summary.noPhase"), Bold: true, Sub: d.T("doc.summary.wholeEngagement")},
				txt("–"), txt("–"), txt("–"),
				{Text: d.T("doc.summary.deliveredOf", t.Delivered, t.Planned)},
				txt("–"),
			})
		}
		phaseCols := []layout.Column{
			{Title: d.T("doc.summary.col.phase"), Weight: 2.2},
			{Title: d.T("doc.summary.col.status"), Weight: 1.8},
			{Title: d.T("doc.summary.col.planned"), Weight: 2.2},
			{Title: d.T("doc.summary.col.actual"), Weight: 2.2},
			{Title: d.T("doc.summary.col.delivered"), Weight: 1.5, Align: layout.AlignRight},
			{Title: d.T("doc.summary.col.deliverable"), Weight: 3},
		}
		d.fitChips(phaseCols, d.Page().ContentWidth(), 1, 5, d.phaseLabels()...)
		d.fitColumn(phaseCols, d.Page().ContentWidth(), 2, 5, starts...)
		d.fitColumn(phaseCols, d.Page().ContentWidth(), 3, 5, starts...)
		d.drawTable(layout.Table{Columns: phaseCols, Rows: phaseRows})

		d.sectionHeading(d.T("doc.summary.activities"), keepTable)
		activityTable(d, cat, eng.Activities(acct.Activities))

		// The sections about the Mutual Action Plan say so when the customer
		// has none, rather than that nothing is open.
		d.sectionHeading(d.T("doc.summary.outcomes"), keepTable)
		if acct.HasPlan() {
			outcomeTable(d, acct.Plan)
		} else {
			d.emptyNote(noPlanText(d, cat, acct.Customer))
		}

		d.sectionHeading(d.T("doc.summary.openItems"), keepTable)
		if acct.HasPlan() {
			openItems(d, acct, today)
		} else {
			d.emptyNote(noPlanText(d, cat, acct.Customer))
		}

		d.sectionHeading(d.T("doc.summary.handoff"), keepTable)
		handoff(d, cat, acct, opts.settings())

		d.sectionHeading(d.T("doc.summary.fieldActivities"), keepTable)
		fieldActivities(d, cat, acct, today)
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("engagement summary: %w", err)
	}
	return d.finish(w)
}

// percent writes a share from 0 to 1 as a whole percentage ("74%"),
// rounded half to even as the other documents round it.
func (w words) percent(share float64) string { return w.number(math.RoundToEven(share*100), "%") }

// deliverableState names how far a phase's deliverable has come, in lower
// case as it follows the deliverable's name ("draft", "concept").
func (w words) deliverableState(s planner.DeliverableState) string {
	switch s {
	case planner.DeliverableNotStarted:
		return w.T("doc.summary.deliverable.notStarted")
	case planner.DeliverableDraft:
		return w.T("doc.summary.deliverable.draft")
	case planner.DeliverableDelivered:
		return w.T("doc.summary.deliverable.delivered")
	}
	return strings.ReplaceAll(string(s), "-", " ")
}

// activityTable lists activities with their status and outcome.
func activityTable(d *doc, cat *catalog.Catalog, acts []planner.Activity) {
	if len(acts) == 0 {
		d.emptyNote(d.T("doc.summary.noActivities"))
		return
	}
	rows := make([][]layout.Cell, 0, len(acts))
	var dates, spent []string
	for _, a := range acts {
		dates = append(dates, d.date(a.Date))
		hours := layout.Cell{Text: d.hours(a.ConsumedHours())}
		if a.ConsumedHours() != a.Hours {
			hours.Sub = d.T("doc.summary.plannedHours", d.hours(a.Hours))
			spent = append(spent, hours.Sub)
		}
		spent = append(spent, hours.Text)
		phase := orDash(phaseName(cat, a.Phase))
		sub := a.Outcome
		if a.Solution != "" {
			sub = strings.TrimPrefix(cat.SolutionName(a.Solution)+" · "+sub, " · ")
			sub = strings.TrimSuffix(sub, " · ")
		}
		rows = append(rows, []layout.Cell{
			{Text: d.date(a.Date)},
			{Text: itemName(cat, a.ItemID), Bold: true, Sub: sub},
			{Text: phase},
			hours,
			chipCell(d.lookOfActivity(a.Status)),
		})
	}
	cols := []layout.Column{
		{Title: d.T("doc.summary.col.date"), Weight: 1.8},
		{Title: d.T("doc.summary.col.activity"), Weight: 6},
		{Title: d.T("doc.summary.col.phase"), Weight: 1.7},
		{Title: d.T("doc.summary.col.hours"), Weight: 1, Align: layout.AlignRight},
		{Title: d.T("doc.summary.col.status"), Weight: 1.9},
	}
	d.fitColumn(cols, d.Page().ContentWidth(), 0, 1, dates...)
	d.fitColumn(cols, d.Page().ContentWidth(), 3, 1, spent...)
	d.fitChips(cols, d.Page().ContentWidth(), 4, 1, d.activityLabels()...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
}

// outcomeTable shows each objective's KPI from baseline to target, where
// it stands and how far that is.
func outcomeTable(d *doc, plan planner.ActionPlan) {
	if len(plan.Objectives) == 0 {
		d.emptyNote(d.T("doc.summary.noObjectives"))
		return
	}
	rows := make([][]layout.Cell, 0, len(plan.Objectives))
	for _, o := range plan.Objectives {
		status := chipCell(d.lookOfStatus(o.Status))
		if len(o.KPIs) == 0 {
			rows = append(rows, []layout.Cell{
				{Text: o.Title, Bold: true}, txt("–"), {Text: "–", Bold: true},
				barCell(planner.ObjectiveProgress(o), progressColor(o.Status)), status,
			})
			continue
		}
		// Each KPI has its row and its bar, so that its span, value and
		// progress stand on one line; the objective heads its first KPI.
		for i, k := range o.KPIs {
			name := layout.Cell{Text: o.Title, Bold: true, Sub: k.Name}
			if i > 0 {
				name, status = layout.Cell{Sub: k.Name}, layout.Cell{}
			}
			rows = append(rows, []layout.Cell{
				name,
				txt(d.T("doc.summary.span", d.number(k.Baseline, k.Unit), d.number(k.Target, k.Unit))),
				{Text: d.number(k.Current, k.Unit), Bold: true},
				barCell(planner.KPIProgress(k), progressColor(o.Status)),
				status,
			})
		}
	}
	cols := []layout.Column{
		{Title: d.T("doc.summary.col.objectiveKPI"), Weight: 4.4},
		{Title: d.T("doc.summary.col.baselineTarget"), Weight: 2.6},
		{Title: d.T("doc.summary.col.current"), Weight: 1.5, Align: layout.AlignRight},
		{Title: d.T("doc.summary.col.progress"), Weight: 2.4},
		{Title: d.T("doc.summary.col.status"), Weight: 1.9},
	}
	d.fitChips(cols, d.Page().ContentWidth(), 4, 0, d.statusLabels()...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
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
		d.emptyNote(d.T("doc.summary.noOpenActions"))
		return
	}
	rows := make([][]layout.Cell, 0, len(open))
	var dates []string
	for _, a := range open {
		dates = append(dates, d.date(a.Due))
		status := chipCell(d.lookOfStatus(a.Status))
		due := d.dueCell(a, late[a.ID], today)
		rows = append(rows, []layout.Cell{
			{Text: a.Title, Bold: true, Sub: milestoneTitle(acct.Plan, a.MilestoneID)},
			{Text: orDash(a.Owner), Sub: d.sideName(a.Side, acct.Customer.Name)},
			due,
			status,
		})
	}
	cols := []layout.Column{
		{Title: d.T("doc.summary.col.action"), Weight: 5.5},
		{Title: d.T("doc.summary.col.owner"), Weight: 3},
		{Title: d.T("doc.summary.col.due"), Weight: 1.8},
		{Title: d.T("doc.summary.col.status"), Weight: 1.9},
	}
	d.fitColumn(cols, d.Page().ContentWidth(), 2, 0, dates...)
	d.fitChips(cols, d.Page().ContentWidth(), 3, 0, d.statusLabels()...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
}

// handoff describes who supports the customer from now on and how.
func handoff(d *doc, cat *catalog.Catalog, acct planner.Account, settings planner.Settings) {
	c := acct.Customer
	tier, _ := cat.Tier(c.Membership.Tier)
	body := d.Scale().Body
	text := d.T("doc.summary.handoff.supported", c.Name, orDash(tier.Name))
	if c.Team.SSM.Name != "" {
		text = d.T("doc.summary.handoff.supportedSSM", c.Name, orDash(tier.Name), c.Team.SSM.Name)
	}
	if len(tier.Channels) > 0 {
		text += d.T("doc.summary.handoff.channels", strings.Join(tier.Channels, d.T("list.comma")))
	}
	text += d.T("doc.summary.handoff.nscOnly")
	d.Flow(d.Page().Left, d.Page().ContentWidth(), text, body, 2)

	d.subHeading(d.T("doc.summary.responseTimes"), keepTable)
	responseTable(d, cat, c, settings)

	d.subHeading(d.T("doc.summary.nscLimit", tier.NSCLimit), keepTable)
	contactTable(d, cat, c)
}

// responseTable lists the first-response target of every priority for
// customer c.
func responseTable(d *doc, cat *catalog.Catalog, c planner.Customer, settings planner.Settings) {
	responseTargetTable(d, cat, c, settings, d.T("doc.summary.col.priority"), d.T("doc.summary.col.target"), d.T("doc.summary.noResponseTargets"))
}

// contactTable lists the Named Support Contacts.
func contactTable(d *doc, cat *catalog.Catalog, c planner.Customer) {
	if len(c.Contacts) == 0 {
		d.emptyNote(d.T("doc.summary.noContacts"))
		return
	}
	rows := make([][]layout.Cell, 0, len(c.Contacts))
	for _, n := range c.Contacts {
		role := ""
		if n.AccountAdmin {
			role = d.T("doc.summary.accountAdmin")
		}
		rows = append(rows, []layout.Cell{
			{Text: n.Name, Bold: true, Sub: role},
			txt(cat.SolutionName(n.Product)),
			txt(n.Email),
			txt(orDash(n.Phone)),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: d.T("doc.summary.col.name"), Weight: 3}, {Title: d.T("doc.summary.col.product"), Weight: 3},
		{Title: d.T("doc.summary.col.email"), Weight: 4}, {Title: d.T("doc.summary.col.phone"), Weight: 2},
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
		d.subHeading(d.T("doc.summary.alreadyPlanned"), keepTable)
		slices.SortStableFunc(upcoming, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
		activityTable(d, cat, upcoming)
	}
	type entry struct {
		item      catalog.Item
		solutions []string
	}
	var entries []*entry
	byID := map[string]*entry{}
	for _, e := range planner.Entitlements(cat, c.Membership, c.Contract.Allowances) {
		if e.Item.Kind != catalog.KindField || !e.Status.Entitled() {
			continue
		}
		en, ok := byID[e.Item.ID]
		if !ok {
			en = &entry{item: e.Item}
			byID[e.Item.ID] = en
			entries = append(entries, en)
		}
		en.solutions = append(en.solutions, licensedUnder(cat, c.Membership, e.Solution)...)
	}
	d.subHeading(d.T("doc.summary.available"), keepTable)
	if len(entries) == 0 {
		d.emptyNote(d.T("doc.summary.noFieldActivities"))
		return
	}
	rows := make([][]layout.Cell, 0, len(entries))
	for _, en := range entries {
		rows = append(rows, []layout.Cell{
			{Text: en.item.Name, Bold: true, Sub: en.item.Description},
			txt(strings.Join(slices.Compact(en.solutions), d.T("list.comma"))),
			{Text: d.hours(float64(en.item.Hours))},
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: d.T("doc.summary.col.fieldActivity"), Weight: 6}, {Title: d.T("doc.summary.col.for"), Weight: 3.2},
		{Title: d.T("doc.summary.col.effort"), Weight: 1.8, Align: layout.AlignRight},
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
func (w words) engagementPeriod(eng planner.Engagement) string {
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
		return w.T("doc.summary.notScheduled")
	}
	return w.rangeText(first, last)
}

// noPlanText says why a customer's documents show no Mutual Action Plan:
// its membership includes none, or none is made yet.
func noPlanText(d *doc, cat *catalog.Catalog, c planner.Customer) string {
	if planner.CheckPlanAllowed(cat, c) != nil {
		return d.T("doc.summary.planNotIncluded", tierName(cat, c.Membership.Tier))
	}
	return d.T("doc.summary.noPlan")
}
