package export

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// ErrNoPlan is returned for a Mutual Action Plan document of an account
// that has no plan.
var ErrNoPlan = errors.New("no Mutual Action Plan")

// ActionPlanPDF writes the customer's Mutual Action Plan: objectives with
// their KPIs and progress, milestones, and actions by side and owner with
// their status.
func ActionPlanPDF(ctx context.Context, w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	opts, err := started(ctx, opts, "action plan")
	if err != nil {
		return Result{}, err
	}
	cat = customerCatalog(cat, acct.Customer, opts.documentLanguage(&acct.Customer)) // the edition of the customer's contract, in the document's language
	if !acct.HasPlan() {
		return Result{}, fmt.Errorf("customer %q: %w yet", acct.Customer.Name, ErrNoPlan)
	}
	plan := acct.Plan
	d, err := layOutPortrait(meta{
		kind:     KindActionPlan,
		language: opts.documentLanguage(&acct.Customer),
		subject:  "Mutual Action Plan \"" + plan.Title + "\" of " + acct.Customer.Name,
		customer: acct.Customer.Name,
		keywords: []string{"mutual action plan", "objectives", "milestones", "actions", acct.Customer.Name},
	}, opts, func(d *doc) error {
		today := opts.today()
		d.AddPage()
		d.cover(d.kindTitle(KindActionPlan), acct.Customer.Name, d.T("doc.map.subtitle", plan.Title, d.date(today)))

		overdue := planner.OverdueActions(plan, today)
		soon := 0
		for _, list := range planner.DueSoon(plan, today, planner.DueSoonDays) {
			soon += len(list)
		}
		open := 0
		for _, a := range plan.Actions {
			if !a.Status.Closed() {
				open++
			}
		}
		d.facts([]fact{
			{d.T("doc.map.fact.progress"), d.percent(planner.PlanProgress(plan))},
			{d.T("doc.map.fact.objectives"), d.integer(len(plan.Objectives))},
			{d.T("doc.map.fact.openActions"), d.integer(open)},
			{d.Count("doc.map.fact.overdueSoon", planner.DueSoonDays, planner.DueSoonDays), d.integer(len(overdue)) + " · " + d.integer(soon)},
		})
		d.outsideMembership(acct.Customer)

		if eng, err := pickEngagement(acct, opts); err == nil {
			d.phaseTracker(cat, eng)
		}
		d.sectionHeading(d.T("doc.map.objectives"), 30)
		if len(plan.Objectives) == 0 {
			d.emptyNote(d.T("doc.map.noObjectives"))
		}
		for _, o := range plan.Objectives {
			objectiveCard(d, cat, acct, o)
		}

		d.sectionHeading(d.T("doc.map.milestones"), keepTable)
		milestoneTable(d, plan)

		late := map[planner.ID]bool{}
		for _, a := range overdue {
			late[a.ID] = true
		}
		d.sectionHeading(d.T("doc.map.actions"), keepTable)
		if len(plan.Actions) == 0 {
			d.emptyNote(d.T("doc.map.noActions"))
		}
		for _, side := range []planner.Side{planner.SideCustomer, planner.SideVendor} {
			var list []planner.Action
			for _, a := range plan.Actions {
				if a.Side == side {
					list = append(list, a)
				}
			}
			if len(list) == 0 {
				continue
			}
			title := d.T("doc.map.side.customer", acct.Customer.Name)
			if side == planner.SideVendor {
				title = d.T("doc.map.side.vendor", d.sideLabel(planner.SideVendor))
			}
			d.subHeading(title, keepTable)
			actionTable(d, plan, list, late, today)
		}
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("mutual action plan: %w", err)
	}
	return d.finish(w)
}

// objectiveCard draws one objective as a panel: title and status, each
// KPI from baseline to target with the current value, progress, due day,
// solutions, use cases with their capabilities and the linked activities
// with their day and status.
func objectiveCard(d *doc, cat *catalog.Catalog, acct planner.Account, o planner.Objective) {
	const pad = 4.0
	x, w := d.Page().Left, d.Page().ContentWidth()
	inner := w - 2*pad - 1.5
	titleSt, body, small := d.Scale().H2, d.Scale().Body, d.Scale().Small
	look := d.lookOfStatus(o.Status)
	chipW := d.ChipWidth(look.label, d.Scale().Caption.WithBold())
	titleLines := d.Wrap(o.Title, inner-chipW-4, titleSt)
	descLines := d.Wrap(o.Description, inner, body.WithColor(muted))
	var details []string
	if len(o.Solutions) > 0 {
		details = append(details, d.T("doc.map.card.solutions", d.solutionList(cat, o.Solutions)))
	}
	if len(o.UseCases) > 0 {
		names := make([]string, len(o.UseCases))
		for i, u := range o.UseCases {
			names[i] = u.Name
			if len(u.Capabilities) > 0 {
				names[i] = d.T("doc.map.card.useCase", u.Name, strings.Join(u.Capabilities, d.T("list.comma")))
			}
		}
		details = append(details, d.T("doc.map.card.useCases", strings.Join(names, "; ")))
	}
	if linked := acct.ObjectiveActivities(o.ID); len(linked) > 0 {
		details = append(details, d.T("doc.map.card.activities"))
		for _, a := range linked {
			details = append(details, "• "+d.linkedActivityText(cat, a))
		}
	}
	detailLines := d.Wrap(strings.Join(details, "\n"), inner, small)
	rows := [][]string{{d.T("doc.map.card.noKPI"), "-", "-", "-", d.date(o.Due)}}
	if len(o.KPIs) > 0 {
		rows = rows[:0]
	}
	for i, k := range o.KPIs {
		due := ""
		if i == 0 {
			due = d.date(o.Due)
		}
		rows = append(rows, []string{orDash(k.Name), d.number(k.Baseline, k.Unit), d.number(k.Target, k.Unit), d.number(k.Current, k.Unit), due})
	}
	const currentColumn = 3
	labels := []string{d.T("doc.map.col.kpi"), d.T("doc.map.col.baseline"), d.T("doc.map.col.target"), d.T("doc.map.col.current"), d.T("doc.map.col.due")}
	kpiCols := colsOf([]float64{3, 1.3, 1.3, 1.3, 1.6})
	d.fitColumn(kpiCols, inner, 4, 0, d.date(o.Due))
	widths := layout.ColumnWidths(kpiCols, inner)
	cellStyles := make([]layout.TextStyle, len(labels))
	for i := range labels {
		cellStyles[i] = body
		if i == currentColumn {
			cellStyles[i] = d.Scale().BodyBold.WithColor(accentDark)
		}
	}
	d.keepKPINamesWhole(widths, labels, rows, cellStyles)
	rowLines := make([][][]string, len(rows))
	rowHeights := make([]float64, len(rows))
	kpiH := d.Scale().Caption.LineHeight()
	for r, row := range rows {
		rowLines[r] = make([][]string, len(row))
		n := 1
		for i, v := range row {
			rowLines[r][i] = d.Wrap(v, widths[i]-2, cellStyles[i])
			n = max(n, len(rowLines[r][i]))
		}
		rowHeights[r] = float64(n) * body.LineHeight()
		kpiH += rowHeights[r]
	}
	h := pad + float64(len(titleLines))*titleSt.LineHeight() + float64(len(descLines))*body.LineHeight() +
		2 + kpiH + 2 + 4 + float64(len(detailLines))*small.LineHeight() + pad
	d.Need(h + 3)
	top := d.Y
	d.Rect(x, top, w, h, tint)
	d.Rect(x, top, 1.5, h, look.color)
	cx := x + 1.5 + pad
	y := top + pad
	d.chip(x+w-pad-chipW, y+0.5, look, d.Scale().Caption)
	y += d.Lines(cx, y, inner, titleLines, titleSt, layout.AlignLeft)
	y += d.Lines(cx, y, inner, descLines, body.WithColor(muted), layout.AlignLeft)
	y += 2
	fx := cx
	for i, l := range labels {
		d.Text(fx, y, l, d.Scale().Caption)
		fx += widths[i]
	}
	ry := y + d.Scale().Caption.LineHeight()
	for r := range rows {
		fx = cx
		for i := range labels {
			d.Lines(fx, ry, widths[i]-2, rowLines[r][i], cellStyles[i], layout.AlignLeft)
			fx += widths[i]
		}
		ry += rowHeights[r]
	}
	y += kpiH + 2
	p := planner.ObjectiveProgress(o)
	pct := d.percent(p)
	pctW := d.Measure("100%", d.Scale().BodyBold)
	d.progressBar(cx, y+0.8, inner-pctW-3, 2.4, p, progressColor(o.Status))
	d.TextIn(cx+inner-pctW, y+1.8-d.Scale().BodyBold.LineHeight()/2, pctW, pct, d.Scale().BodyBold, layout.AlignRight)
	y += 4 + 1
	d.Lines(cx, y, inner, detailLines, small, layout.AlignLeft)
	d.Y = top + h + 3
}

// keepKPINamesWhole widens the KPI column (the first) of an objective
// card's KPI grid, whose columns have the given widths, so that no word
// of a KPI name breaks between characters, taking the room from the
// figure columns as far as they have it to spare: each keeps its label
// and its widest value on one line. Widths are the columns' shares of
// the grid; each cell's text wraps 2 millimetres narrower.
func (d *doc) keepKPINamesWhole(widths []float64, labels []string, rows [][]string, styles []layout.TextStyle) {
	const gap = 2.5
	want := 0.0
	for _, row := range rows {
		want = max(want, d.WidestWord(row[0], styles[0])+gap)
	}
	if want <= widths[0] {
		return
	}
	spare := make([]float64, len(widths))
	total := 0.0
	for i := 1; i < len(widths); i++ {
		need := d.Measure(labels[i], d.Scale().Caption)
		for _, row := range rows {
			need = max(need, d.Measure(row[i], styles[i]))
		}
		spare[i] = max(0, widths[i]-need-gap)
		total += spare[i]
	}
	take := min(want-widths[0], total)
	if take <= 0 {
		return
	}
	for i := 1; i < len(widths); i++ {
		widths[i] -= spare[i] * take / total
	}
	widths[0] += take
}

// colsOf makes columns of the given weights, to share a width.
func colsOf(weights []float64) []layout.Column {
	cols := make([]layout.Column, len(weights))
	for i, w := range weights {
		cols[i].Weight = w
	}
	return cols
}

// milestoneTable lists milestones by due day with their progress.
func milestoneTable(d *doc, plan planner.ActionPlan) {
	if len(plan.Milestones) == 0 {
		d.emptyNote(d.T("doc.map.noMilestones"))
		return
	}
	ms := slices.Clone(plan.Milestones)
	slices.SortStableFunc(ms, func(a, b planner.Milestone) int { return a.Due.Compare(b.Due) })
	rows := make([][]layout.Cell, 0, len(ms))
	var dates []string
	for _, m := range ms {
		dates = append(dates, d.date(m.Due))
		p, _ := planner.MilestoneProgress(plan, m.ID)
		rows = append(rows, []layout.Cell{
			{Text: d.date(m.Due)},
			{Text: m.Title, Bold: true, Sub: objectiveTitle(plan, m.ObjectiveID)},
			barCell(p, progressColor(m.Status)),
			chipCell(d.lookOfStatus(m.Status)),
		})
	}
	cols := []layout.Column{
		{Title: d.T("doc.map.col.due"), Weight: 1.8},
		{Title: d.T("doc.map.col.milestone"), Weight: 5.4},
		{Title: d.T("doc.map.col.actionsDone"), Weight: 2.6},
		{Title: d.T("doc.map.col.status"), Weight: 1.9},
	}
	d.fitColumn(cols, d.Page().ContentWidth(), 0, 1, dates...)
	d.fitChips(cols, d.Page().ContentWidth(), 3, 1, d.statusLabels()...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
}

// actionTable lists one side's actions by owner, then due day.
func actionTable(d *doc, plan planner.ActionPlan, list []planner.Action, late map[planner.ID]bool, today planner.Date) {
	list = slices.Clone(list)
	slices.SortStableFunc(list, func(a, b planner.Action) int {
		if c := cmp.Compare(strings.ToLower(a.Owner), strings.ToLower(b.Owner)); c != 0 {
			return c
		}
		return a.Due.Compare(b.Due)
	})
	rows := make([][]layout.Cell, 0, len(list))
	var dates []string
	for _, a := range list {
		dates = append(dates, d.date(a.Due))
		owner := layout.Cell{Text: orDash(a.Owner), Bold: true}
		status := chipCell(d.lookOfStatus(a.Status))
		due := d.dueCell(a, late[a.ID], today)
		rows = append(rows, []layout.Cell{owner, {Text: a.Title, Sub: milestoneTitle(plan, a.MilestoneID)}, due, status})
	}
	cols := []layout.Column{
		{Title: d.T("doc.map.col.owner"), Weight: 2.6},
		{Title: d.T("doc.map.col.action"), Weight: 5.6},
		{Title: d.T("doc.map.col.due"), Weight: 1.8},
		{Title: d.T("doc.map.col.status"), Weight: 1.9},
	}
	d.fitColumn(cols, d.Page().ContentWidth(), 2, 1, dates...)
	d.fitChips(cols, d.Page().ContentWidth(), 3, 1, d.statusLabels()...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
}

// dueCell shows an action's due day; an overdue one in the colour of
// danger, saying by how many days ("3 days overdue", "3日超過").
func (w words) dueCell(a planner.Action, overdue bool, today planner.Date) layout.Cell {
	due := layout.Cell{Text: w.date(a.Due)}
	if overdue {
		days := a.Due.DaysUntil(today)
		due.Tone, due.Bold, due.Sub = danger, true, w.Count("doc.map.daysOverdue", days, days)
	}
	return due
}

// linkedActivityText describes an activity linked to an objective: its
// item, its planned day and, once delivered, the day it was delivered,
// the hours it takes (those it took, once delivered) and its status.
func (w words) linkedActivityText(cat *catalog.Catalog, a planner.Activity) string {
	day := w.T("doc.map.linked.planned", w.shortDate(a.Date))
	if a.Status == planner.ActivityDelivered {
		day = w.T("doc.map.linked.delivered", w.shortDate(a.Date), w.shortDate(a.DeliveredDate()))
	}
	return w.T("doc.map.linked", itemName(cat, a.ItemID), day, w.lookOfActivity(a.Status).label, w.hours(a.ConsumedHours()))
}
