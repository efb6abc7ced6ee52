package planner_test

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func ExampleParseQuarter() {
	q, err := planner.ParseQuarter("2027-q1")
	if err != nil {
		fmt.Println(err)
		return
	}
	weeks := q.Weeks()
	fmt.Println(q, q.First(), q.Last(), len(weeks), "weeks from", weeks[0].Monday)
	_, err = planner.ParseQuarter("2027Q5")
	fmt.Println(err)
	// Output:
	// 2027Q1 2027-01-04 2027-04-04 13 weeks from 2027-01-04
	// quarter "2027Q5": quarter number must be 1 to 4, not 5
}

func ExampleCheckPlan() {
	saturday := schedActivity(1, schedMuller, "pro-roadmap-review", "2027-01-16", 2)
	heavy := schedActivity(2, schedMuller, "acc-analytics-implementation-review", "2027-01-12", 30)
	in := planner.PlanInput{
		Catalog:  schedCatalog(),
		Settings: planner.Settings{WeeklyCapacityHours: 30},
		Accounts: []planner.Account{{Customer: schedCustomerMuller(), Activities: []planner.Activity{saturday, heavy}}},
		Quarter:  planner.Quarter{Year: 2027, Number: 1},
	}
	conflicts, err := planner.CheckPlan(in)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range conflicts {
		fmt.Printf("%s: %s\n", c.Kind, c.Reason)
	}
	// Output:
	// capacity: Week of 2027-01-11: 32 h planned, capacity 30 h
	// non-business-day: Sat 2027-01-16 is not a business day in EMEA
}

func ExampleAutoSchedule() {
	in := planner.PlanInput{
		Catalog:  schedCatalog(),
		Settings: planner.Settings{WeeklyCapacityHours: 30},
		Accounts: []planner.Account{{Customer: schedCustomerMuller()}},
		Quarter:  planner.Quarter{Year: 2027, Number: 1},
	}
	prop, err := planner.AutoSchedule(in, []planner.Request{
		{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", PrepareFor: "Spring launch"},
		{CustomerID: schedMuller, ItemID: "acc-analytics-implementation-review"},
		{CustomerID: schedMuller, ItemID: "acc-commerce-peak-readiness"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range prop.Placed {
		fmt.Println(a.Date, a.ItemID, a.Hours, "h", a.Status)
	}
	for _, u := range prop.Unplaced {
		fmt.Println("not placed:", u.Reason)
	}
	// Output:
	// 2027-01-04 acc-analytics-implementation-review 8 h proposed
	// 2027-03-08 acc-aemcs-golive-readiness 8 h proposed
	// not placed: Commerce peak-season readiness review is for Commerce, which Müller GmbH does not license
}

func ExampleObjectiveProgress() {
	// Page response time should fall from 1200 ms to 400 ms; it is at 1000.
	o := planner.Objective{Title: "Faster product pages", KPIs: []planner.KPI{{Name: "p95 response time", Unit: "ms", Baseline: 1200, Target: 400, Current: 1000}}}
	fmt.Printf("%.0f%%\n", 100*planner.ObjectiveProgress(o))
	// Output: 25%
}

func ExamplePlanFromTemplate() {
	tpl, ok := catalog.DefaultTemplates().Template("aemcs-migration")
	if !ok {
		fmt.Println("no such template")
		return
	}
	plan := planner.PlanFromTemplate(tpl, planner.Account{Customer: schedCustomerMuller()}, catalog.MustDate("2027-01-04"))
	fmt.Println(plan.Title)
	fmt.Println(plan.Objectives[0].Title, "due", plan.Objectives[0].Due)
	soon := planner.DueSoon(plan, catalog.MustDate("2027-01-04"), 14)
	for _, a := range soon[planner.SideCustomer] {
		fmt.Println("customer:", a.Title, a.Due)
	}
	// Output:
	// Müller GmbH: AEM as a Cloud Service migration
	// Go live on AEM as a Cloud Service without business disruption due 2027-07-03
	// customer: Run the Best Practices Analyzer on production and share the report 2027-01-18
}

func ExampleSuggest() {
	acc := planner.Account{Customer: schedCustomerMuller(), Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "")}}
	for _, s := range planner.Suggest(schedCatalog(), acc, catalog.MustDate("2027-01-12"))[:2] {
		fmt.Printf("%d %s (%s): %s\n", s.Score, s.Item.Name, s.Solution, s.Reason())
	}
	// Output:
	// 4 Analytics implementation review (analytics): fits the current phase Design; for Analytics, which is licensed; none delivered, committed or proposed this contract year
	// 4 Experience Manager upgrade readiness (experience-manager-cloud): fits the current phase Design; for AEM as a Cloud Service, which is licensed; none delivered, committed or proposed this contract year
}

func ExampleExpandSeries() {
	cal, err := planner.RegionCalendar(schedCatalog(), planner.DefaultSettings(), catalog.EMEA, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	review := planner.Activity{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 1}
	// The monthly roadmap review, on the last Friday of the month.
	series := planner.Series{ID: planner.NewID(), Rule: planner.RecurMonthlyWeekday, Start: catalog.MustDate("2027-01-29"), Count: 3}
	acts, err := planner.ExpandSeries(review, series, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range acts {
		fmt.Println(a.Date, a.Date.Weekday())
	}
	// Output:
	// 2027-01-29 Friday
	// 2027-02-26 Friday
	// 2027-03-30 Tuesday
}

func ExampleActionPlan_PutObjective() {
	plan := planner.ActionPlan{Title: "Faster storefront"}
	id, _ := plan.AddObjective(planner.Objective{Title: "Faster product pages", KPIs: []planner.KPI{{Name: "p95 response time", Unit: "ms", Baseline: 1200, Target: 400}}})
	_, _ = plan.AddObjective(planner.Objective{Title: "Fewer incidents", KPIs: []planner.KPI{{Name: "P1 cases a month", Baseline: 6, Target: 1}}})

	// Edit the first objective: same ID, so it is replaced where it stands.
	edited := plan.Objectives[0]
	edited.KPIs[0].Current = 800
	if _, err := plan.PutObjective(edited); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plan.Objectives[0].ID == id, plan.Objectives[0].KPIs[0].Current, len(plan.Objectives))

	// A refused edit names the field by its place and leaves the plan as it was.
	edited.Title = ""
	_, err := plan.PutObjective(edited)
	fmt.Println(err)
	fmt.Println(plan.Objectives[0].Title)
	// Output:
	// true 800 2
	// objective "": objectives[0].title: must not be empty
	// Faster product pages
}
