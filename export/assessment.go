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

// Assessment writes the assessment and recommendations document of the
// Define phase: business requirements, KPIs, use cases, findings, and
// recommendations with priority and effort. Pages are A4 or Letter
// portrait, as opts.PageSize says.
func Assessment(w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	eng, err := pickEngagement(acct, opts)
	if err != nil {
		return Result{}, fmt.Errorf("assessment: %w", err)
	}
	d, err := newPortraitDoc(meta{
		kind:     KindAssessment,
		language: opts.documentLanguage(&acct.Customer),
		subject:  "Define phase assessment and recommendations for " + acct.Customer.Name + ", " + eng.Name,
		customer: acct.Customer.Name,
		keywords: []string{"assessment", "recommendations", "define", acct.Customer.Name},
	}, opts)
	if err != nil {
		return Result{}, fmt.Errorf("assessment: %w", err)
	}
	a := eng.Assessment
	d.AddPage()
	d.cover(KindAssessment.Title(), acct.Customer.Name, eng.Name+" · Define phase · "+dateText(opts.today()))

	define, _, _ := eng.Phase(catalog.Define)
	d.facts([]fact{
		{"Membership", tierName(cat, acct.Customer.Membership.Tier)},
		{"Solutions", orDash(solutionNames(cat, acct.Customer.Membership.Solutions))},
		{"Technical Account Manager", orDash(acct.Customer.Team.TAM.Name)},
		{"Define phase", phaseWindow(define)},
	})
	d.outsideMembership(acct.Customer)
	d.phaseTracker(cat, eng)
	high := 0
	for _, r := range a.Recommendations {
		if strings.EqualFold(r.Priority, "high") {
			high++
		}
	}
	intro := fmt.Sprintf(
		"This document records what %s needs from %s, how success will be measured, what the review found and what we recommend: "+
			"%s, %s, %s and %s",
		acct.Customer.Name, solutionsPhrase(cat, acct.Customer.Membership.Solutions),
		count(len(a.Requirements), "requirement"), count(len(allUseCases(acct, eng)), "use case"),
		count(len(a.Findings), "finding"), count(len(a.Recommendations), "recommendation"))
	if high > 0 {
		intro += fmt.Sprintf(", %d of high priority", high)
	}
	d.Flow(d.Page().Left, d.Page().ContentWidth(), intro+".", d.Scale().Body, 2)

	d.sectionHeading("Business requirements", 12)
	if len(a.Requirements) == 0 {
		d.emptyNote("No requirements recorded yet.")
	}
	d.numbered(d.Page().Left, d.Page().ContentWidth(), a.Requirements, d.Scale().Body)

	d.sectionHeading("Key performance indicators", keepTable)
	kpiTable(d, acct.Plan)

	d.sectionHeading("Use cases", keepTable)
	useCaseTable(d, cat, allUseCases(acct, eng))

	d.sectionHeading("Findings", 12)
	if len(a.Findings) == 0 {
		d.emptyNote("No findings recorded yet.")
	}
	d.numbered(d.Page().Left, d.Page().ContentWidth(), a.Findings, d.Scale().Body)

	d.sectionHeading("Recommendations", keepTable)
	recommendationTable(d, a.Recommendations)
	return d.finish(w)
}

// kpiTable lays out the KPIs of the plan's objectives.
func kpiTable(d *doc, plan planner.ActionPlan) {
	if len(plan.Objectives) == 0 {
		d.emptyNote("No objectives with KPIs in the Mutual Action Plan yet.")
		return
	}
	rows := make([][]layout.Cell, 0, len(plan.Objectives))
	for _, o := range plan.Objectives {
		kpis := o.KPIs
		if len(kpis) == 0 {
			kpis = []planner.KPI{{}}
		}
		for i, k := range kpis {
			first := layout.Cell{Text: o.Title, Bold: true, Sub: o.Description}
			due := txt(dateText(o.Due))
			if i > 0 { // the objective's further KPIs
				first, due = txt(""), txt("")
			}
			base, target := txt(number(k.Baseline, k.Unit)), txt(number(k.Target, k.Unit))
			if k.Name == "" {
				base, target = txt("-"), txt("-")
			}
			rows = append(rows, []layout.Cell{first, txt(orDash(k.Name)), base, target, due})
		}
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Objective", Weight: 4},
		{Title: "KPI", Weight: 2.4},
		{Title: "Baseline", Weight: 1.3, Align: layout.AlignRight},
		{Title: "Target", Weight: 1.3, Align: layout.AlignRight},
		{Title: "Due", Weight: 1.5, Align: layout.AlignRight},
	}, Rows: rows})
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
		d.emptyNote("No use cases recorded yet.")
		return
	}
	rows := make([][]layout.Cell, 0, len(cases))
	for _, u := range cases {
		var detail []string
		if u.CallToAction != "" {
			detail = append(detail, "Call to action: "+u.CallToAction)
		}
		if len(u.Channels) > 0 {
			detail = append(detail, "Channels: "+strings.Join(u.Channels, ", "))
		}
		if len(u.Capabilities) > 0 {
			detail = append(detail, "Capabilities: "+strings.Join(u.Capabilities, ", "))
		}
		rows = append(rows, []layout.Cell{
			{Text: u.Name, Bold: true, Sub: strings.Join(detail, " · ")},
			txt(orDash(u.SuccessMetric)),
			txt(orDash(u.Audience)),
			txt(orDash(solutionNames(cat, u.Solutions))),
			txt(dateText(u.GoLive)),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Use case", Weight: 3.4},
		{Title: "Success metric", Weight: 2.4},
		{Title: "Audience", Weight: 2},
		{Title: "Solutions", Weight: 2},
		{Title: "Go-live", Weight: 1.9, Align: layout.AlignRight},
	}, Rows: rows})
}

// recommendationTable lays out recommendations, highest priority first.
func recommendationTable(d *doc, recs []planner.Recommendation) {
	if len(recs) == 0 {
		d.emptyNote("No recommendations recorded yet.")
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
			{Text: effortText(r.Effort)},
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "#", Weight: 0.5},
		{Title: "Recommendation", Weight: 8},
		{Title: "Priority", Weight: 1.6},
		{Title: "Effort", Weight: 1.6},
	}, Rows: rows})
}

// effortText spells out an effort size.
func effortText(e string) string {
	switch strings.ToUpper(strings.TrimSpace(e)) {
	case "S":
		return "Small (S)"
	case "M":
		return "Medium (M)"
	case "L":
		return "Large (L)"
	case "":
		return "–"
	}
	return e
}

// solutionsPhrase names the solutions as a phrase ("Analytics and Target").
func solutionsPhrase(cat *catalog.Catalog, ids []catalog.SolutionID) string {
	if len(ids) == 0 {
		return "its solutions"
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = cat.SolutionName(id)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
