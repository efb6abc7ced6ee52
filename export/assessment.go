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

// Assessment writes the assessment and recommendations document of the
// Define phase: business requirements, KPIs, use cases, findings, and
// recommendations with priority and effort. Pages are A4 or Letter
// portrait, as opts.PageSize says.
func Assessment(ctx context.Context, w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	opts, err := started(ctx, opts, "assessment")
	if err != nil {
		return Result{}, err
	}
	cat = customerCatalog(cat, acct.Customer, opts.documentLanguage(&acct.Customer)) // the edition of the customer's contract, in the document's language
	eng, err := pickEngagement(acct, opts)
	if err != nil {
		return Result{}, fmt.Errorf("assessment: %w", err)
	}
	d, err := layOutPortrait(meta{
		kind:     KindAssessment,
		language: opts.documentLanguage(&acct.Customer),
		subject:  "Define phase assessment and recommendations for " + acct.Customer.Name + ", " + eng.Name,
		customer: acct.Customer.Name,
		keywords: []string{"assessment", "recommendations", "define", acct.Customer.Name},
	}, opts, func(d *doc) error {
		a := eng.Assessment
		d.AddPage()
		d.cover(d.kindTitle(KindAssessment), acct.Customer.Name, d.T("doc.assessment.subtitle", eng.Name, d.date(opts.today())))

		define, _, _ := eng.Phase(catalog.Define)
		d.facts([]fact{
			{d.T("doc.assessment.fact.membership"), tierName(cat, acct.Customer.Membership.Tier)},
			{d.T("doc.assessment.fact.solutions"), orDash(d.solutionList(cat, acct.Customer.Membership.Solutions))},
			{d.T("doc.assessment.fact.tam"), orDash(acct.Customer.Team.TAM.Name)},
			{d.T("doc.assessment.fact.define"), d.phaseWindow(define)},
		})
		d.outsideMembership(acct.Customer)
		d.phaseTracker(cat, eng)
		high := 0
		for _, r := range a.Recommendations {
			if strings.EqualFold(r.Priority, "high") {
				high++
			}
		}
		counts := d.joinList([]string{
			d.count(len(a.Requirements), "requirement"), d.count(len(allUseCases(acct, eng)), "useCase"),
			d.count(len(a.Findings), "finding"), d.count(len(a.Recommendations), "recommendation"),
		})
		solutions := d.solutionsPhrase(cat, acct.Customer.Membership.Solutions)
		intro := d.T("doc.assessment.intro", acct.Customer.Name, solutions, counts)
		if high > 0 {
			intro = d.T("doc.assessment.introHigh", acct.Customer.Name, solutions, counts, high)
		}
		d.Flow(d.Page().Left, d.Page().ContentWidth(), intro, d.Scale().Body, 2)

		d.sectionHeading(d.T("doc.assessment.requirements"), 12)
		if len(a.Requirements) == 0 {
			d.emptyNote(d.T("doc.assessment.noRequirements"))
		}
		d.numbered(d.Page().Left, d.Page().ContentWidth(), a.Requirements, d.Scale().Body)

		d.sectionHeading(d.T("doc.assessment.kpis"), keepTable)
		if !acct.HasPlan() && planner.CheckPlanAllowed(cat, acct.Customer) != nil {
			d.emptyNote(noPlanText(d, cat, acct.Customer))
		} else {
			kpiTable(d, acct.Plan)
		}

		d.sectionHeading(d.T("doc.assessment.useCases"), keepTable)
		useCaseTable(d, cat, allUseCases(acct, eng))

		d.sectionHeading(d.T("doc.assessment.findings"), 12)
		if len(a.Findings) == 0 {
			d.emptyNote(d.T("doc.assessment.noFindings"))
		}
		d.numbered(d.Page().Left, d.Page().ContentWidth(), a.Findings, d.Scale().Body)

		d.sectionHeading(d.T("doc.assessment.recommendations"), keepTable)
		recommendationTable(d, a.Recommendations)
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("assessment: %w", err)
	}
	return d.finish(w)
}

// kpiTable lays out the KPIs of the plan's objectives.
func kpiTable(d *doc, plan planner.ActionPlan) {
	if len(plan.Objectives) == 0 {
		d.emptyNote(d.T("doc.assessment.noKPIs"))
		return
	}
	rows := make([][]layout.Cell, 0, len(plan.Objectives))
	var dates []string
	for _, o := range plan.Objectives {
		dates = append(dates, d.date(o.Due))
		kpis := o.KPIs
		if len(kpis) == 0 {
			kpis = []planner.KPI{{}}
		}
		for i, k := range kpis {
			first := layout.Cell{Text: o.Title, Bold: true, Sub: o.Description}
			due := txt(d.date(o.Due))
			if i > 0 { // the objective's further KPIs
				first, due = txt(""), txt("")
			}
			base, target := txt(d.number(k.Baseline, k.Unit)), txt(d.number(k.Target, k.Unit))
			if k.Name == "" {
				base, target = txt("-"), txt("-")
			}
			rows = append(rows, []layout.Cell{first, txt(orDash(k.Name)), base, target, due})
		}
	}
	cols := []layout.Column{
		{Title: d.T("doc.assessment.col.objective"), Weight: 4},
		{Title: d.T("doc.assessment.col.kpi"), Weight: 2.4},
		{Title: d.T("doc.assessment.col.baseline"), Weight: 1.3, Align: layout.AlignRight},
		{Title: d.T("doc.assessment.col.target"), Weight: 1.3, Align: layout.AlignRight},
		{Title: d.T("doc.assessment.col.due"), Weight: 1.5, Align: layout.AlignRight},
	}
	d.fitColumn(cols, d.Page().ContentWidth(), 4, 0, dates...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
}

// allUseCases returns the use cases of the plan's objectives, where they
// are kept, followed by those an older assessment held that no objective
// has taken yet (an account without a plan keeps them there).
func allUseCases(acct planner.Account, eng planner.Engagement) []planner.UseCase {
	var out []planner.UseCase
	for _, o := range acct.Plan.Objectives {
		out = append(out, o.UseCases...)
	}
	return append(out, eng.Assessment.UnplacedUseCases()...)
}

// useCaseTable lays out use cases as the value tracker lists them.
func useCaseTable(d *doc, cat *catalog.Catalog, cases []planner.UseCase) {
	if len(cases) == 0 {
		d.emptyNote(d.T("doc.assessment.noUseCases"))
		return
	}
	rows := make([][]layout.Cell, 0, len(cases))
	var dates []string
	for _, u := range cases {
		dates = append(dates, d.date(u.GoLive))
		var detail []string
		if u.CallToAction != "" {
			detail = append(detail, d.T("doc.assessment.useCase.callToAction", u.CallToAction))
		}
		if len(u.Channels) > 0 {
			detail = append(detail, d.T("doc.assessment.useCase.channels", strings.Join(u.Channels, d.T("list.comma"))))
		}
		if len(u.Capabilities) > 0 {
			detail = append(detail, d.T("doc.assessment.useCase.capabilities", strings.Join(u.Capabilities, d.T("list.comma"))))
		}
		rows = append(rows, []layout.Cell{
			{Text: u.Name, Bold: true, Sub: strings.Join(detail, " · ")},
			txt(orDash(u.SuccessMetric)),
			txt(orDash(u.Audience)),
			txt(orDash(d.solutionList(cat, u.Solutions))),
			txt(d.date(u.GoLive)),
		})
	}
	cols := []layout.Column{
		{Title: d.T("doc.assessment.col.useCase"), Weight: 3.4},
		{Title: d.T("doc.assessment.col.successMetric"), Weight: 2.4},
		{Title: d.T("doc.assessment.col.audience"), Weight: 2},
		{Title: d.T("doc.assessment.col.solutions"), Weight: 2},
		{Title: d.T("doc.assessment.col.goLive"), Weight: 1.9, Align: layout.AlignRight},
	}
	d.fitColumn(cols, d.Page().ContentWidth(), 4, 0, dates...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
}

// recommendationTable lays out recommendations, highest priority first.
func recommendationTable(d *doc, recs []planner.Recommendation) {
	if len(recs) == 0 {
		d.emptyNote(d.T("doc.assessment.noRecommendations"))
		return
	}
	sorted := slices.Clone(recs)
	rank := map[string]int{"high": 0, "medium": 1, "low": 2}
	slices.SortStableFunc(sorted, func(a, b planner.Recommendation) int {
		ra, ok := rank[strings.ToLower(a.Priority)]
		if !ok {
			ra = 3
		}
		rb, ok := rank[strings.ToLower(b.Priority)]
		if !ok {
			rb = 3
		}
		return ra - rb
	})
	rows := make([][]layout.Cell, 0, len(sorted))
	for i, r := range sorted {
		rows = append(rows, []layout.Cell{
			{Text: itoa(i + 1), Tone: accent, Bold: true},
			{Text: r.Title, Bold: true, Sub: r.Detail},
			chipCell(d.lookOfPriority(r.Priority)),
			{Text: d.effortText(r.Effort)},
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "#", Weight: 0.5},
		{Title: d.T("doc.assessment.col.recommendation"), Weight: 8},
		{Title: d.T("doc.assessment.col.priority"), Weight: 1.6},
		{Title: d.T("doc.assessment.col.effort"), Weight: 1.6},
	}, Rows: rows})
}

// effortText spells out an effort size ("Medium (M)", "中（M）").
func (w words) effortText(e string) string {
	switch strings.ToUpper(strings.TrimSpace(e)) {
	case "S":
		return w.T("doc.assessment.effort.small")
	case "M":
		return w.T("doc.assessment.effort.medium")
	case "L":
		return w.T("doc.assessment.effort.large")
	case "":
		return "–"
	}
	return e
}

// solutionNameList returns the catalog names of solutions.
func solutionNameList(cat *catalog.Catalog, ids []catalog.SolutionID) []string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = cat.SolutionName(id)
	}
	return names
}

// solutionList names solutions as a list in the document's language
// ("Analytics, Target", "Analytics、Target").
func (w words) solutionList(cat *catalog.Catalog, ids []catalog.SolutionID) string {
	return strings.Join(solutionNameList(cat, ids), w.T("list.comma"))
}

// solutionsPhrase names the solutions as a phrase in the document's
// language ("Analytics and Target"), or the customer's solutions in
// general when it has none.
func (w words) solutionsPhrase(cat *catalog.Catalog, ids []catalog.SolutionID) string {
	if len(ids) == 0 {
		return w.T("doc.assessment.theSolutions")
	}
	return w.joinList(solutionNameList(cat, ids))
}
