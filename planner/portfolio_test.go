package planner_test

import (
	"fmt"
	"testing"

	"github.com/google/uuid"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// portfolioTestID returns a fixed ID whose bytes order like n.
func portfolioTestID(n byte) planner.ID {
	var id uuid.UUID
	id[0], id[6], id[8], id[15] = 0x01, 0x70, 0x80, n
	return id
}

func portfolioEngagement(n byte, statuses ...planner.PhaseStatus) planner.Engagement {
	e := planner.Engagement{ID: portfolioTestID(n), Name: fmt.Sprintf("engagement %d", n)}
	for i, st := range statuses {
		e.Phases = append(e.Phases, planner.PhaseState{Phase: catalog.PhaseOrder()[i], Status: st})
	}
	return e
}

func TestActiveEngagementAndCurrentPhase(t *testing.T) {
	done, run, todo, skip := planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted, planner.PhaseSkipped
	tests := []struct {
		name        string
		engagements []planner.Engagement
		wantName    string
		wantPhase   catalog.PhaseID
	}{
		{"none", nil, "", ""},
		{"all closed", []planner.Engagement{portfolioEngagement(1, done, done, skip, done, done)}, "", ""},
		{"first open phase", []planner.Engagement{portfolioEngagement(1, done, done, todo, todo, todo)}, "engagement 1", catalog.Design},
		{"skipped phases are closed", []planner.Engagement{portfolioEngagement(1, skip, run, todo)}, "engagement 1", catalog.Define},
		{"in progress wins over older not started",
			[]planner.Engagement{portfolioEngagement(1, todo, todo), portfolioEngagement(2, done, run)}, "engagement 2", catalog.Define},
		{"older wins a tie, whatever the order",
			[]planner.Engagement{portfolioEngagement(3, run), portfolioEngagement(2, done, run)}, "engagement 2", catalog.Define},
		{"closed engagements are passed over",
			[]planner.Engagement{portfolioEngagement(1, done, done), portfolioEngagement(2, todo)}, "engagement 2", catalog.Kickoff},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, _, ok := planner.ActiveEngagement(tc.engagements)
			if ok != (tc.wantName != "") || e.Name != tc.wantName {
				t.Errorf("ActiveEngagement = %q, %v; want %q", e.Name, ok, tc.wantName)
			}
			if got := planner.CurrentPhase(tc.engagements); got != tc.wantPhase {
				t.Errorf("CurrentPhase = %q, want %q", got, tc.wantPhase)
			}
		})
	}
}

func TestAllowanceUse(t *testing.T) {
	cat := catalog.Default()
	c := planner.Customer{Contract: planner.Contract{
		Start:      catalog.MustDate("2025-03-01"),
		End:        catalog.MustDate("2028-02-29"),
		Allowances: planner.Allowances{AcceleratorsPerYear: 4, FieldHoursPerYear: 40},
	}}
	act := func(item, day string, status planner.ActivityStatus, hours float64) planner.Activity {
		return planner.Activity{ItemID: item, Date: catalog.MustDate(day), Status: status, Hours: hours}
	}
	type acc = planner.Consumption[int]
	type hrs = planner.Consumption[float64]
	tests := []struct {
		name       string
		activities []planner.Activity
		wantAcc    acc
		wantHours  hrs
		wantLeft   [2]float64
	}{
		{"nothing", nil, acc{Allowed: 4}, hrs{Allowed: 40}, [2]float64{4, 40}},
		{"accelerators count one each, whatever the hours, in the column of their status", []planner.Activity{
			act("acc-analytics-kpi-framework", "2026-03-01", planner.ActivityDelivered, 6),
			act("acc-target-program-maturity", "2026-05-01", planner.ActivityScheduled, 8),
			act("acc-target-results-interpretation", "2027-02-28", planner.ActivityProposed, 3),
		}, acc{Allowed: 4, Delivered: 1, Committed: 1, Proposed: 1}, hrs{Allowed: 40}, [2]float64{2, 40}},
		{"cancelled counts nothing", []planner.Activity{
			act("acc-analytics-kpi-framework", "2026-04-01", planner.ActivityCancelled, 6),
			act("field-health-assessment", "2026-04-02", planner.ActivityCancelled, 24),
		}, acc{Allowed: 4}, hrs{Allowed: 40}, [2]float64{4, 40}},
		{"field activities count their hours", []planner.Activity{
			act("field-health-assessment", "2026-04-02", planner.ActivityDelivered, 24),
			act("field-deskside-coaching", "2026-06-02", planner.ActivityScheduled, 12.5),
			act("field-deskside-coaching", "2026-07-02", planner.ActivityProposed, 8),
		}, acc{Allowed: 4}, hrs{Allowed: 40, Delivered: 24, Committed: 12.5, Proposed: 8}, [2]float64{4, 3.5}},
		{"proposed is not taken from what is left, delivered and committed may overdraw", []planner.Activity{
			act("acc-analytics-kpi-framework", "2026-03-02", planner.ActivityDelivered, 6),
			act("acc-analytics-kpi-framework", "2026-03-03", planner.ActivityDelivered, 6),
			act("acc-analytics-kpi-framework", "2026-03-04", planner.ActivityScheduled, 6),
			act("acc-analytics-kpi-framework", "2026-03-05", planner.ActivityScheduled, 6),
			act("acc-analytics-kpi-framework", "2026-03-06", planner.ActivityScheduled, 6),
			act("acc-analytics-kpi-framework", "2026-03-07", planner.ActivityProposed, 6),
		}, acc{Allowed: 4, Delivered: 2, Committed: 3, Proposed: 1}, hrs{Allowed: 40}, [2]float64{-1, 40}},
		{"other contract years and proactive services count nothing", []planner.Activity{
			act("acc-analytics-kpi-framework", "2026-02-28", planner.ActivityDelivered, 6),
			act("field-health-assessment", "2027-03-01", planner.ActivityProposed, 24),
			act("pro-roadmap-review", "2026-04-01", planner.ActivityDelivered, 4),
			act("no-such-item", "2026-04-01", planner.ActivityDelivered, 4),
		}, acc{Allowed: 4}, hrs{Allowed: 40}, [2]float64{4, 40}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := planner.AllowanceUse(cat, c, tc.activities, catalog.MustDate("2026-11-26"))
			if u.YearStart != catalog.MustDate("2026-03-01") || u.YearEnd != catalog.MustDate("2027-02-28") {
				t.Errorf("year %s to %s, want 2026-03-01 to 2027-02-28", u.YearStart, u.YearEnd)
			}
			if u.Accelerators != tc.wantAcc || float64(u.Accelerators.Left()) != tc.wantLeft[0] {
				t.Errorf("accelerators %+v, left %d; want %+v, %g", u.Accelerators, u.Accelerators.Left(), tc.wantAcc, tc.wantLeft[0])
			}
			if u.FieldHours != tc.wantHours || u.FieldHours.Left() != tc.wantLeft[1] {
				t.Errorf("field hours %+v, left %g; want %+v, %g", u.FieldHours, u.FieldHours.Left(), tc.wantHours, tc.wantLeft[1])
			}
		})
	}
}

func TestContractYearOf(t *testing.T) {
	d := catalog.MustDate
	tests := []struct {
		name        string
		contract    planner.Contract
		day         string
		first, last string
	}{
		{"a full year", planner.Contract{Start: d("2025-12-06"), End: d("2028-12-05")}, "2027-01-10", "2026-12-06", "2027-12-05"},
		{"the last year ends on the contract end", planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30")}, "2027-01-10", "2026-12-06", "2027-11-30"},
		{"the contract end day is in the last year", planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30")}, "2027-11-30", "2026-12-06", "2027-11-30"},
		{"after the end is a period of its own", planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30")}, "2027-12-01", "2027-12-01", "2027-12-05"},
		{"a year after the end is not cut", planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30")}, "2028-01-10", "2027-12-06", "2028-12-05"},
		{"an end on the year's last day changes nothing", planner.Contract{Start: d("2025-12-06"), End: d("2027-12-05")}, "2027-12-05", "2026-12-06", "2027-12-05"},
		{"without a start, calendar years, cut at the end", planner.Contract{End: d("2027-06-30")}, "2027-03-01", "2027-01-01", "2027-06-30"},
		{"without an end, whole years", planner.Contract{Start: d("2025-03-01")}, "2030-03-01", "2030-03-01", "2031-02-28"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first, last := tc.contract.YearOf(d(tc.day))
			if first != d(tc.first) || last != d(tc.last) {
				t.Errorf("YearOf(%s) = %s..%s, want %s..%s", tc.day, first, last, tc.first, tc.last)
			}
		})
	}
}

func TestContractYearUse(t *testing.T) {
	cat := catalog.Default()
	d := catalog.MustDate
	act := func(item, day string, status planner.ActivityStatus, hours float64) planner.Activity {
		return planner.Activity{ItemID: item, Date: d(day), Status: status, Hours: hours}
	}
	activities := []planner.Activity{
		act("acc-analytics-kpi-framework", "2026-01-10", planner.ActivityDelivered, 6),
		act("field-health-assessment", "2026-12-06", planner.ActivityScheduled, 24),
		act("acc-analytics-kpi-framework", "2027-11-30", planner.ActivityProposed, 6),
		act("acc-analytics-kpi-framework", "2027-12-01", planner.ActivityScheduled, 6), // after the contract
	}
	allow := planner.Allowances{AcceleratorsPerYear: 10, FieldHoursPerYear: 40}
	type year struct {
		first, last string
		acc         planner.Consumption[int]
		hours       planner.Consumption[float64]
	}
	tests := []struct {
		name     string
		contract planner.Contract
		want     []year
	}{
		{"every year of the term, the last cut at the end", planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30"), Allowances: allow}, []year{
			{"2025-12-06", "2026-12-05", planner.Consumption[int]{Allowed: 10, Delivered: 1}, planner.Consumption[float64]{Allowed: 40}},
			{"2026-12-06", "2027-11-30", planner.Consumption[int]{Allowed: 10, Proposed: 1}, planner.Consumption[float64]{Allowed: 40, Committed: 24}},
		}},
		{"an open term gives the year of today", planner.Contract{Start: d("2025-12-06"), Allowances: allow}, []year{
			{"2026-12-06", "2027-12-05", planner.Consumption[int]{Allowed: 10, Committed: 1, Proposed: 1}, planner.Consumption[float64]{Allowed: 40, Committed: 24}},
		}},
		{"a period past the end allows nothing", planner.Contract{Start: d("2024-12-06"), End: d("2025-11-30"), Allowances: allow}, []year{
			{"2024-12-06", "2025-11-30", planner.Consumption[int]{Allowed: 10}, planner.Consumption[float64]{Allowed: 40}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := planner.ContractYearUse(cat, planner.Customer{Contract: tc.contract}, activities, d("2027-01-10"))
			if len(got) != len(tc.want) {
				t.Fatalf("%d years, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				g := got[i]
				if g.YearStart != d(w.first) || g.YearEnd != d(w.last) || g.Accelerators != w.acc || g.FieldHours != w.hours {
					t.Errorf("year %d: %s..%s %+v %+v, want %s..%s %+v %+v", i, g.YearStart, g.YearEnd, g.Accelerators, g.FieldHours, w.first, w.last, w.acc, w.hours)
				}
			}
		})
	}
	after := planner.AllowanceUse(cat, planner.Customer{Contract: planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30"), Allowances: allow}}, activities, d("2027-12-03"))
	if after.Accelerators.Allowed != 0 || after.Accelerators.Committed != 1 || after.Accelerators.Left() != -1 {
		t.Errorf("after the contract end: %+v, want nothing allowed and one committed", after.Accelerators)
	}
}

func TestNextActivity(t *testing.T) {
	today := catalog.MustDate("2026-11-26")
	act := func(n byte, day string, status planner.ActivityStatus) planner.Activity {
		return planner.Activity{ID: portfolioTestID(n), Date: catalog.MustDate(day), Status: status}
	}
	tests := []struct {
		name       string
		activities []planner.Activity
		want       planner.ID // zero for none
	}{
		{"none", nil, planner.ID{}},
		{"past only", []planner.Activity{act(1, "2026-11-25", planner.ActivityScheduled)}, planner.ID{}},
		{"today counts", []planner.Activity{act(2, "2026-12-01", planner.ActivityScheduled), act(1, "2026-11-26", planner.ActivityProposed)}, portfolioTestID(1)},
		{"delivered and cancelled are not upcoming", []planner.Activity{
			act(1, "2026-11-27", planner.ActivityCancelled), act(2, "2026-11-28", planner.ActivityDelivered), act(3, "2026-12-01", planner.ActivityScheduled),
		}, portfolioTestID(3)},
		{"same day goes to the lower ID", []planner.Activity{act(5, "2026-12-01", planner.ActivityScheduled), act(4, "2026-12-01", planner.ActivityScheduled)}, portfolioTestID(4)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := planner.NextActivity(tc.activities, today)
			if ok != (tc.want != planner.ID{}) || got.ID != tc.want {
				t.Errorf("NextActivity = %s, %v; want %s", got.ID, ok, tc.want)
			}
		})
	}
}

func TestCountActions(t *testing.T) {
	today := catalog.MustDate("2026-11-26")
	action := func(dueIn int, status planner.Status) planner.Action {
		return planner.Action{Title: "x", Side: planner.SideVendor, Due: today.AddDays(dueIn), Status: status}
	}
	plan := planner.ActionPlan{Actions: []planner.Action{
		action(-3, planner.StatusOpen),      // overdue
		action(-1, planner.StatusBlocked),   // overdue: blocked is still open
		action(-5, planner.StatusDone),      // closed
		action(0, planner.StatusInProgress), // due soon (today)
		action(14, planner.StatusOpen),      // due soon (last day)
		action(15, planner.StatusOpen),      // later
		action(2, planner.StatusCancelled),  // closed
		{Title: "no due", Status: planner.StatusOpen, Side: planner.SideCustomer},
	}}
	overdue, soon := planner.CountActions(plan, today)
	if overdue != 2 || soon != 2 {
		t.Errorf("CountActions = %d overdue, %d due soon; want 2, 2", overdue, soon)
	}
}

func TestSummarizeSample(t *testing.T) {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	for _, a := range sample.Portfolio(cat, today) {
		row := planner.Summarize(cat, a, today)
		if row.Customer.ID != a.Customer.ID || row.CurrentPhase == "" || row.Engagement == "" {
			t.Errorf("%s: row %+v lacks customer or phase", a.Customer.Name, row)
		}
		if row.NextActivity == nil || row.NextActivity.Date.Before(today) {
			t.Errorf("%s: next activity %v, want one from today on", a.Customer.Name, row.NextActivity)
		}
		if row.Usage.Accelerators.Allowed != a.Customer.Contract.Allowances.AcceleratorsPerYear {
			t.Errorf("%s: %d accelerators allowed, contract says %d", a.Customer.Name, row.Usage.Accelerators.Allowed, a.Customer.Contract.Allowances.AcceleratorsPerYear)
		}
	}
}

func ExampleSummarize() {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	for _, account := range sample.Portfolio(cat, today)[:2] {
		row := planner.Summarize(cat, account, today)
		fmt.Printf("%s: %s phase, %d overdue actions, %d of %d accelerators and %g of %g field hours left\n",
			row.Customer.Name, row.CurrentPhase, row.OverdueActions,
			row.Usage.Accelerators.Left(), row.Usage.Accelerators.Allowed,
			row.Usage.FieldHours.Left(), row.Usage.FieldHours.Allowed)
	}
	// Output:
	// Müller GmbH: design phase, 2 overdue actions, 3 of 10 accelerators and 80 of 80 field hours left
	// Øresund Energi A/S: design phase, 0 overdue actions, 0 of 0 accelerators and 16 of 40 field hours left
}

func TestFocusEngagement(t *testing.T) {
	cat := catalog.Default()
	customer := planner.NewID()
	done := func(name string) planner.Engagement {
		e := planner.NewEngagement(cat, customer, name)
		for i := range e.Phases {
			e.Phases[i].Status = planner.PhaseDone
		}
		return e
	}
	older, newer := done("2025 relaunch"), done("2026 migration")
	running := planner.NewEngagement(cat, customer, "Analytics rollout")
	running.Phases[0].Status = planner.PhaseInProgress

	tests := []struct {
		name string
		list []planner.Engagement
		want string
		ok   bool
	}{
		{"none", nil, "", false},
		{"the active one wins over finished ones", []planner.Engagement{newer, running, older}, "Analytics rollout", true},
		{"all finished: the one created last", []planner.Engagement{newer, older}, "2026 migration", true},
		{"all finished, listed the other way", []planner.Engagement{older, newer}, "2026 migration", true},
	}
	for _, tt := range tests {
		got, ok := planner.FocusEngagement(tt.list)
		if ok != tt.ok || got.Name != tt.want {
			t.Errorf("%s: got %q, %v; want %q, %v", tt.name, got.Name, ok, tt.want, tt.ok)
		}
	}
}
