package planner_test

import (
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestGoLiveWarnings(t *testing.T) {
	cat := catalog.Default()
	d := catalog.MustDate
	c := planner.Customer{ID: planner.NewID(), Name: "Müller GmbH"}
	withGoLive := func(day string) []planner.Engagement {
		e := planner.NewEngagement(cat, c.ID, "Storefront relaunch")
		if day != "" {
			_, i, ok := e.Phase(catalog.GoLive)
			if !ok {
				t.Fatal("a new engagement has no Go-Live phase")
			}
			e.Phases[i].PlannedStart = d(day)
		}
		return []planner.Engagement{e}
	}
	act := func(item, day string, status planner.ActivityStatus) planner.Activity {
		return planner.Activity{CustomerID: c.ID, ItemID: item, Solution: "analytics", Date: d(day), Status: status, Hours: 8}
	}
	const want = "Health Assessment on 2027-02-10 falls before the Go-Live of Storefront relaunch on 2027-03-01: field activities support the customer after the launch advisory work"
	tests := []struct {
		name        string
		engagements []planner.Engagement
		activity    planner.Activity
		want        string
	}{
		{"a field activity before the Go-Live", withGoLive("2027-03-01"), act("field-health-assessment", "2027-02-10", planner.ActivityScheduled), want},
		{"a proposed one too", withGoLive("2027-03-01"), act("field-health-assessment", "2027-02-10", planner.ActivityProposed), want},
		{"on the Go-Live day", withGoLive("2027-03-01"), act("field-health-assessment", "2027-03-01", planner.ActivityScheduled), ""},
		{"after the Go-Live", withGoLive("2027-02-01"), act("field-health-assessment", "2027-02-10", planner.ActivityScheduled), ""},
		{"a cancelled one does not count", withGoLive("2027-03-01"), act("field-health-assessment", "2027-02-10", planner.ActivityCancelled), ""},
		{"an accelerator before the Go-Live", withGoLive("2027-03-01"), act("acc-analytics-kpi-framework", "2027-02-10", planner.ActivityScheduled), ""},
		{"a Go-Live without a planned start", withGoLive(""), act("field-health-assessment", "2027-02-10", planner.ActivityScheduled), ""},
		{"no engagement", nil, act("field-health-assessment", "2027-02-10", planner.ActivityScheduled), ""},
		{"outside the quarter", withGoLive("2027-06-01"), act("field-health-assessment", "2027-04-10", planner.ActivityScheduled), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := planner.Account{Customer: c, Engagements: tc.engagements, Activities: []planner.Activity{tc.activity}}
			got := planner.GoLiveWarnings(cat, a, planner.Quarter{Year: 2027, Number: 1})
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("warnings %v, want none", got)
			case tc.want != "" && (len(got) != 1 || got[0].Reason.String() != tc.want || got[0].Kind != planner.WarningBeforeGoLive ||
				got[0].CustomerID != c.ID || got[0].Date != tc.activity.Date):
				t.Errorf("warnings %+v, want one %q", got, tc.want)
			}
		})
	}
}
