package planner_test

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestCadenceSeries(t *testing.T) {
	cat := catalog.Default()
	cal, err := planner.RegionCalendar(cat, planner.DefaultSettings(), catalog.EMEA, nil)
	if err != nil {
		t.Fatal(err)
	}
	from, to := catalog.MustDate("2027-01-05"), catalog.MustDate("2027-03-31") // a Tuesday to the end of the quarter
	tests := []struct {
		meeting  planner.Meeting
		item     string
		count    int
		weekdays bool // every occurrence on from's weekday
	}{
		{planner.Meeting{Name: "Weekly status", Frequency: planner.FrequencyWeekly}, planner.TouchpointStatusCall, 13, true},
		{planner.Meeting{Name: "Steering committee", Frequency: planner.FrequencyMonthly}, planner.TouchpointSteering, 3, true},
		{planner.Meeting{Name: "Service review", Frequency: planner.FrequencyBiweekly}, planner.TouchpointServiceReview, 7, true},
	}
	for _, tt := range tests {
		s, occ, err := planner.CadenceSeries(cat, schedMuller, tt.meeting, from, to, cal)
		if err != nil {
			t.Errorf("%s: %v", tt.meeting.Name, err)
			continue
		}
		if s.CustomerID != schedMuller || s.Start != from || s.Until != to {
			t.Errorf("%s: series %+v", tt.meeting.Name, s)
		}
		if len(occ) != tt.count {
			t.Errorf("%s: %d occurrences, want %d", tt.meeting.Name, len(occ), tt.count)
		}
		it, _ := cat.Item(tt.item)
		for _, a := range occ {
			if a.ItemID != tt.item || a.SeriesID != s.ID || a.CustomerID != schedMuller || a.Title != tt.meeting.Name ||
				a.Hours != float64(it.Hours) || a.Status != planner.ActivityScheduled || a.Date.Before(from) || a.Date.After(to) ||
				(tt.weekdays && a.Date.Weekday() != from.Weekday()) {
				t.Errorf("%s: occurrence %+v", tt.meeting.Name, a)
			}
		}
	}
	for _, bad := range []planner.Meeting{
		{Name: "QBR", Frequency: planner.FrequencyQuarterly},
		{Name: "Retro", Frequency: "after each sprint"},
	} {
		if _, _, err := planner.CadenceSeries(cat, schedMuller, bad, from, to, cal); err == nil || !strings.Contains(err.Error(), bad.Name) {
			t.Errorf("%s held %s: err %v, want a refusal naming the meeting", bad.Name, bad.Frequency, err)
		}
	}
	if _, _, err := planner.CadenceSeries(cat, schedMuller, tests[0].meeting, to, from, cal); err == nil {
		t.Error("a last day before the first was accepted")
	}
}
