package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestActivityRecordAndTouchpoints(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Acme", "--region", "emea", "--tier", "expert", "--solutions", "analytics",
		"--contract-start", "2026-01-01", "--contract-end", "2027-12-31")

	// A touchpoint on the Expert tier: not an entitlement, no allowance.
	qbr := addedID(t, c.ok("activity", "add", "--customer", "Acme", "--item", "touchpoint-qbr", "--date", "2026-11-10",
		"--priority", "high", "--customer-owner", "Jan Bakker", "--vendor-owner", "Alex Morgan",
		"--next-steps", "Send the summary.\nBook the next review.", "--end", "2026-11-11")).String()
	if msg := c.fail(1, "activity", "add", "--customer", "Acme", "--item", "touchpoint-custom", "--date", "2026-11-12"); !strings.Contains(msg, "title") {
		t.Errorf("a custom touchpoint without a title: %s", msg)
	}
	custom := c.ok("activity", "add", "--customer", "Acme", "--item", "touchpoint-custom", "--date", "2026-11-12", "--title", "Budget talk")
	if !strings.Contains(custom, "Budget talk") {
		t.Errorf("add of a custom touchpoint said %q, want its title", custom)
	}
	c.fail(2, "activity", "add", "--customer", "Acme", "--item", "touchpoint-qbr", "--date", "2026-11-10", "--priority", "asap")
	if msg := c.fail(1, "activity", "add", "--customer", "Acme", "--item", "touchpoint-qbr", "--date", "2026-11-10", "--end", "2026-11-09"); !strings.Contains(msg, "before the planned day") {
		t.Errorf("an end before the day: %s", msg)
	}
	c.ok("activity", "add", "--customer", "Acme", "--item", "touchpoint-steering", "--date", "2026-11-13", "--status", "requested")

	// Delivering records the actuals and keeps the planned day.
	out := c.ok("activity", "deliver", qbr, "--actual-date", "2026-11-11", "--actual-hours", "6.5", "--outcome", "Plan agreed")
	if !strings.Contains(out, "delivered on 2026-11-11 in 6.5 h (planned 2026-11-10, 8 h)") {
		t.Errorf("deliver said %q", out)
	}
	c.fail(2, "activity", "deliver", qbr, "--actual-date", "11.11.2026")
	// A delivery is recorded once it took place: a day after today is
	// refused, and the recorded one stays.
	if msg := c.fail(1, "activity", "deliver", qbr, "--actual-date", "2040-01-02"); !strings.Contains(msg, "the actual day 2040-01-02 is after today (2026-11-26)") {
		t.Errorf("a delivery in 2040: %s", msg)
	}
	c.fail(2, "activity", "deliver", qbr, "--actual-hours", "1001")

	var list []map[string]any
	if err := json.Unmarshal([]byte(c.ok("activity", "list", "--customer", "Acme", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Fatalf("%d activities listed, want 3", len(list))
	}
	got := list[0]
	want := map[string]any{"id": qbr, "plannedDate": "2026-11-10", "date": "2026-11-10", "endDate": "2026-11-11", "actualDate": "2026-11-11",
		"actualHours": 6.5, "hours": 8.0, "priority": "high", "customerOwner": "Jan Bakker", "vendorOwner": "Alex Morgan",
		"status": "delivered", "outcome": "Plan agreed", "nextSteps": "Send the summary.\nBook the next review."}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("list --json %s = %#v, want %#v", k, got[k], v)
		}
	}
	for _, k := range []string{"plannedDate", "actualDate", "actualHours", "objectiveId", "priority", "customerOwner", "vendorOwner"} {
		if _, ok := list[1][k]; !ok {
			t.Errorf("list --json of an activity not delivered lacks %s: %v", k, list[1])
		}
	}
	if list[1]["priority"] != "normal" || list[1]["actualDate"] != nil || list[2]["status"] != "requested" {
		t.Errorf("second and third listed: %v, %v", list[1], list[2])
	}

	// Set back to scheduled, the activity loses its actuals.
	c.ok("activity", "set-status", qbr, "scheduled")
	for _, a := range c.account("Acme").Activities {
		if a.ID.String() == qbr && (!a.ActualDate.IsZero() || a.ActualHours != 0 || a.Status != planner.ActivityScheduled) {
			t.Errorf("after set-status scheduled: %+v", a)
		}
	}

	// Set to delivered, an activity planned after today is refused.
	future := addedID(t, c.ok("activity", "add", "--customer", "Acme", "--item", "touchpoint-steering", "--date", "2027-01-15")).String()
	if msg := c.fail(1, "activity", "set-status", future, "delivered"); !strings.Contains(msg, "the actual day 2027-01-15 is after today") {
		t.Errorf("set-status delivered of an activity planned after today: %s", msg)
	}
	for _, a := range c.account("Acme").Activities {
		if a.ID.String() == future && a.Status != planner.ActivityScheduled {
			t.Errorf("a refused delivery changed %+v", a)
		}
	}
}

func TestEngagementCadenceSeries(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	old := c.account("Müller")
	before := len(old.Activities)
	known := map[planner.ID]bool{}
	for _, a := range old.Activities {
		known[a.SeriesID] = true
	}
	out := c.ok("engagement", "cadence-series", "--customer", "Müller", "--meeting", "Status call",
		"--from", "2027-01-04", "--to", "2027-01-29", "--force")
	if !strings.Contains(out, "Status call (Status call), weekly, 4 times, for Müller GmbH") {
		t.Errorf("cadence-series said:\n%s", out)
	}
	acc := c.account("Müller")
	var added []planner.Activity
	for _, a := range acc.Activities {
		if !known[a.SeriesID] && a.ItemID == planner.TouchpointStatusCall && a.Title == "Status call" && !a.Date.Before(catalog.MustDate("2027-01-04")) && !a.Date.After(catalog.MustDate("2027-01-29")) {
			added = append(added, a)
		}
	}
	if len(acc.Activities) != before+4 || len(added) != 4 || added[0].SeriesID == (planner.ID{}) {
		t.Errorf("%d activities after (%d before), %d status calls in January: %+v", len(acc.Activities), before, len(added), added)
	}
	if _, ok := acc.SeriesByID(added[0].SeriesID); !ok {
		t.Error("the series' rule is not stored")
	}
	if msg := c.fail(2, "engagement", "cadence-series", "--customer", "Müller", "--meeting", "Quarterly business review",
		"--from", "2027-01-04", "--to", "2027-03-31"); !strings.Contains(msg, "quarterly") {
		t.Errorf("a quarterly meeting: %s", msg)
	}
	if msg := c.fail(2, "engagement", "cadence-series", "--customer", "Müller", "--meeting", "Lunch",
		"--from", "2027-01-04", "--to", "2027-03-31"); !strings.Contains(msg, "Status call") {
		t.Errorf("an unknown meeting: %s", msg)
	}
}
