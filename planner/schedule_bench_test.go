package planner_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// schedBenchPortfolio builds a portfolio of customers, each with
// activitiesPer activities spread over 2026Q4 to 2027Q2 (most in 2027Q1,
// on business days), a weekly status call (a series of touchpoints over
// 2027Q1) and requestsPer requests for 2027Q1, from a fixed seed.
// Activities and requests are for items the customer licenses, as a TAM
// would plan them; about one in twenty breaks a rule.
func schedBenchPortfolio(customers, activitiesPer, requestsPer int) (planner.PlanInput, []planner.Request) {
	r := rand.New(rand.NewPCG(2027, 1))
	cat := schedCatalog()
	cat.Touchpoints = []catalog.Touchpoint{{ID: planner.TouchpointStatusCall, Name: "Status call", Hours: 1}}
	in := schedInput()
	in.Catalog = cat
	// 40 hours a week beside the status calls, an hour each per customer.
	in.Settings.WeeklyCapacityHours = 40 + float64(customers)
	q := in.Quarter
	bundles := [][]catalog.SolutionID{
		{"analytics", "target"},
		{"experience-manager-cloud"},
		{"analytics", "experience-manager-cloud", "commerce"},
		{"commerce"},
		{"analytics", "target", "experience-manager-cloud", "commerce"},
	}
	var all []catalog.Item // what activities and requests are of: no add-on, no touchpoint
	for _, it := range cat.Items() {
		if it.Kind != catalog.KindAddOn && it.Kind != catalog.KindTouchpoint {
			all = append(all, it)
		}
	}
	// offers lists, per bundle, the items and solutions it licenses.
	type offer struct {
		item     catalog.Item
		solution catalog.SolutionID
	}
	offers := make([][]offer, len(bundles))
	for bi, bundle := range bundles {
		for _, it := range all {
			if len(it.Solutions) == 0 {
				offers[bi] = append(offers[bi], offer{item: it})
				continue
			}
			for _, sol := range bundle {
				if cat.ItemCovers(it, sol) {
					offers[bi] = append(offers[bi], offer{item: it, solution: sol})
					break
				}
			}
		}
	}
	cal := func(region catalog.RegionID) planner.Calendar {
		c, err := planner.RegionCalendar(cat, in.Settings, region, nil)
		if err != nil {
			panic(err)
		}
		return c
	}
	calendars := map[catalog.RegionID]planner.Calendar{catalog.EMEA: cal(catalog.EMEA), catalog.Americas: cal(catalog.Americas)}
	var reqs []planner.Request
	for c := range customers {
		id := planner.ID{0x01, 0x94, byte(c >> 8), byte(c), 0, 0, 0x70, 0, 0x80}
		cust := planner.Customer{ID: id, Name: fmt.Sprintf("Customer %d", c), Region: catalog.EMEA,
			Membership: planner.Membership{Tier: catalog.Ultimate},
			Contract: planner.Contract{Start: catalog.MustDate("2026-07-01").AddDays(r.IntN(180)),
				Allowances: planner.Allowances{AcceleratorsPerYear: 150 + r.IntN(50), FieldHoursPerYear: 400 + 8*r.IntN(40)}},
			KeyEvents: []planner.KeyEvent{{Name: "Launch", Date: q.First().AddDays(20 + r.IntN(60))}},
		}
		bundle := r.IntN(len(bundles))
		cust.Membership.Solutions = bundles[bundle]
		if c%2 == 1 {
			cust.Region = catalog.Americas
		}
		pick := func() offer {
			if r.IntN(20) == 0 { // a mistake: any item, any solution
				it := all[r.IntN(len(all))]
				o := offer{item: it}
				if len(it.Solutions) > 0 {
					o.solution = it.Solutions[r.IntN(len(it.Solutions))]
				}
				return o
			}
			return offers[bundle][r.IntN(len(offers[bundle]))]
		}
		acc := planner.Account{Customer: cust}
		if c%3 == 0 {
			eng := planner.NewEngagement(cat, id, "Programme")
			eng.Phases[0].Status, eng.Phases[1].Status = planner.PhaseDone, planner.PhaseInProgress
			eng.Phases[1].PlannedEnd = q.First().AddDays(30)
			acc.Engagements = []planner.Engagement{eng}
		}
		acc.Activities = make([]planner.Activity, 0, activitiesPer)
		for a := range activitiesPer {
			o := pick()
			act := planner.Activity{
				ID:         planner.ID{0x01, 0x95, byte(c >> 8), byte(c), byte(a >> 8), byte(a), 0x70, 0, 0x80},
				CustomerID: id, ItemID: o.item.ID, Solution: o.solution, Hours: float64(1 + r.IntN(4)), Status: planner.ActivityScheduled,
				Date: q.First().AddDays(r.IntN(91)),
			}
			if r.IntN(10) == 0 {
				act.Date = q.First().AddDays(-92 + r.IntN(273))
			}
			for r.IntN(20) != 0 && !calendars[cust.Region].IsBusinessDay(act.Date) {
				act.Date = act.Date.AddDays(1)
			}
			if len(o.item.Phases) > 0 && r.IntN(4) == 0 {
				act.Phase = o.item.Phases[r.IntN(len(o.item.Phases))]
			}
			if r.IntN(50) == 0 {
				act.PrepareFor = "Launch"
			}
			switch r.IntN(10) {
			case 0:
				act.Status = planner.ActivityDelivered
			case 1:
				act.Status = planner.ActivityCancelled
			}
			acc.Activities = append(acc.Activities, act)
		}
		calls := planner.Series{ID: planner.ID{0x01, 0x96, byte(c >> 8), byte(c), 0, 0, 0x70, 0, 0x80}, CustomerID: id,
			Rule: planner.RecurWeekly, Start: q.First().AddDays(r.IntN(5)), Until: q.Last()}
		occ, err := planner.ExpandSeries(planner.Activity{ItemID: planner.TouchpointStatusCall, Title: "Status call", Hours: 1,
			Status: planner.ActivityScheduled}, calls, calendars[cust.Region])
		if err != nil {
			panic(err)
		}
		acc.Series = []planner.Series{calls}
		acc.Activities = append(acc.Activities, occ...)
		in.Accounts = append(in.Accounts, acc)
		for range requestsPer {
			o := pick()
			req := planner.Request{CustomerID: id, ItemID: o.item.ID, Solution: o.solution}
			if len(o.item.Phases) > 0 && r.IntN(4) == 0 {
				req.Phase = o.item.Phases[r.IntN(len(o.item.Phases))]
			}
			if r.IntN(5) == 0 {
				req.PrepareFor = "Launch"
			}
			reqs = append(reqs, req)
		}
	}
	return in, reqs
}

// BenchmarkAutoSchedule500x40 places 500 customers x 40 requests into one
// quarter, from building the schedule to the proposal. Target: under 100
// ms per operation.
func BenchmarkAutoSchedule500x40(b *testing.B) {
	in, reqs := schedBenchPortfolio(500, 0, 40)
	var prop planner.Proposal
	for b.Loop() {
		var err error
		prop, err = planner.AutoSchedule(in, reqs)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(prop.Placed)), "placed")
	b.ReportMetric(float64(len(prop.Unplaced)), "unplaced")
}

// BenchmarkAutoSchedule500x40Roomy is BenchmarkAutoSchedule500x40 on a
// portfolio that already holds 20 activities per customer, with capacity
// for nearly everything: the case where every request scans the quarter
// and is placed.
func BenchmarkAutoSchedule500x40Roomy(b *testing.B) {
	in, reqs := schedBenchPortfolio(500, 20, 40)
	in.Settings.WeeklyCapacityHours = 20000
	var prop planner.Proposal
	for b.Loop() {
		var err error
		prop, err = planner.AutoSchedule(in, reqs)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(prop.Placed)), "placed")
	b.ReportMetric(float64(len(prop.Unplaced)), "unplaced")
}

// BenchmarkCheckPlan100k checks 100,000 activities (500 customers x 200),
// from building the schedule to the sorted conflicts. Target: under 50 ms
// per operation.
func BenchmarkCheckPlan100k(b *testing.B) {
	in, _ := schedBenchPortfolio(500, 200, 0)
	var conflicts []planner.Conflict
	for b.Loop() {
		var err error
		conflicts, err = planner.CheckPlan(in)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(conflicts)), "conflicts")
}
