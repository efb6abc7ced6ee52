package planner_test

import (
	"fmt"
	"testing"

	"github.com/google/uuid"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
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
	tests := []struct {
		name       string
		activities []planner.Activity
		wantAcc    int
		wantHours  float64
	}{
		{"nothing", nil, 0, 0},
		{"accelerators count one each, whatever the hours", []planner.Activity{
			act("acc-analytics-kpi-framework", "2026-03-01", planner.ActivityDelivered, 6),
			act("acc-target-program-maturity", "2026-05-01", planner.ActivityScheduled, 8),
			act("acc-target-results-interpretation", "2027-02-28", planner.ActivityProposed, 3),
		}, 3, 0},
		{"cancelled counts nothing", []planner.Activity{
			act("acc-analytics-kpi-framework", "2026-04-01", planner.ActivityCancelled, 6),
			act("field-health-assessment", "2026-04-02", planner.ActivityCancelled, 24),
		}, 0, 0},
		{"field activities count their hours", []planner.Activity{
			act("field-health-assessment", "2026-04-02", planner.ActivityDelivered, 24),
			act("field-deskside-coaching", "2026-06-02", planner.ActivityScheduled, 12.5),
		}, 0, 36.5},
		{"other contract years and proactive services count nothing", []planner.Activity{
			act("acc-analytics-kpi-framework", "2026-02-28", planner.ActivityDelivered, 6),
			act("field-health-assessment", "2027-03-01", planner.ActivityProposed, 24),
			act("pro-roadmap-review", "2026-04-01", planner.ActivityDelivered, 4),
			act("no-such-item", "2026-04-01", planner.ActivityDelivered, 4),
		}, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := planner.AllowanceUse(cat, c, tc.activities, catalog.MustDate("2026-11-26"))
			if u.YearStart != catalog.MustDate("2026-03-01") || u.YearEnd != catalog.MustDate("2027-02-28") {
				t.Errorf("year %s to %s, want 2026-03-01 to 2027-02-28", u.YearStart, u.YearEnd)
			}
			if u.AcceleratorsUsed != tc.wantAcc || u.AcceleratorsLeft() != 4-tc.wantAcc {
				t.Errorf("accelerators used %d, left %d; want %d, %d", u.AcceleratorsUsed, u.AcceleratorsLeft(), tc.wantAcc, 4-tc.wantAcc)
			}
			if u.FieldHoursUsed != tc.wantHours || u.FieldHoursLeft() != 40-tc.wantHours {
				t.Errorf("field hours used %g, left %g; want %g, %g", u.FieldHoursUsed, u.FieldHoursLeft(), tc.wantHours, 40-tc.wantHours)
			}
		})
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
	for _, a := range planner.SamplePortfolio(cat, today) {
		row := planner.Summarize(cat, a, today)
		if row.Customer.ID != a.Customer.ID || row.CurrentPhase == "" || row.Engagement == "" {
			t.Errorf("%s: row %+v lacks customer or phase", a.Customer.Name, row)
		}
		if row.NextActivity == nil || row.NextActivity.Date.Before(today) {
			t.Errorf("%s: next activity %v, want one from today on", a.Customer.Name, row.NextActivity)
		}
		if row.Usage.AcceleratorsAllowed != a.Customer.Contract.Allowances.AcceleratorsPerYear {
			t.Errorf("%s: %d accelerators allowed, contract says %d", a.Customer.Name, row.Usage.AcceleratorsAllowed, a.Customer.Contract.Allowances.AcceleratorsPerYear)
		}
	}
}

func ExampleSummarize() {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	for _, account := range planner.SamplePortfolio(cat, today)[:2] {
		row := planner.Summarize(cat, account, today)
		fmt.Printf("%s: %s phase, %d overdue actions, %d of %d accelerators and %g of %g field hours left\n",
			row.Customer.Name, row.CurrentPhase, row.OverdueActions,
			row.Usage.AcceleratorsLeft(), row.Usage.AcceleratorsAllowed,
			row.Usage.FieldHoursLeft(), row.Usage.FieldHoursAllowed)
	}
	// Output:
	// Müller GmbH: design phase, 2 overdue actions, 2 of 10 accelerators and 64 of 80 field hours left
	// Øresund Energi A/S: design phase, 0 overdue actions, 0 of 0 accelerators and 16 of 40 field hours left
}

func ExampleSamplePortfolio() {
	cat := catalog.Default()
	for _, account := range planner.SamplePortfolio(cat, catalog.MustDate("2026-11-26")) {
		c := account.Customer
		fmt.Printf("%s (%s, %s): %d activities\n", c.Name, c.Region, c.Membership.Tier, len(account.Activities))
	}
	// Output:
	// Müller GmbH (emea, ultimate): 15 activities
	// Øresund Energi A/S (emea, expert): 3 activities
	// 株式会社サクラ電機 (japan, ultimate): 20 activities
	// Northwind Outfitters (americas, ultimate): 20 activities
	// Kookaburra Bank (apac, ultimate): 11 activities
	// Contoso Health (americas, expert): 3 activities
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
