package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func schedEMEACalendar(t *testing.T) planner.Calendar {
	t.Helper()
	cal, err := planner.RegionCalendar(schedCatalog(), planner.DefaultSettings(), catalog.EMEA, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

func TestSeriesDates(t *testing.T) {
	tests := []struct {
		name   string
		series planner.Series
		want   []string
	}{
		{
			name:   "weekly, a holiday moves one occurrence",
			series: planner.Series{Rule: planner.RecurWeekly, Start: catalog.MustDate("2026-12-21"), Count: 3},
			want:   []string{"2026-12-21", "2026-12-29", "2027-01-04"}, // 28 December is Boxing Day (observed)
		},
		{
			name:   "monthly on the 31st, across short months and weekends",
			series: planner.Series{Rule: planner.RecurMonthlyDay, Start: catalog.MustDate("2027-01-31"), Count: 4},
			// 31 January and 28 February 2027 are Sundays.
			want: []string{"2027-02-01", "2027-03-01", "2027-03-31", "2027-04-30"},
		},
		{
			name:   "monthly on the second Tuesday",
			series: planner.Series{Rule: planner.RecurMonthlyWeekday, Start: catalog.MustDate("2027-01-12"), Count: 3},
			want:   []string{"2027-01-12", "2027-02-09", "2027-03-09"},
		},
		{
			name:   "monthly on the last Friday, over Easter",
			series: planner.Series{Rule: planner.RecurMonthlyWeekday, Start: catalog.MustDate("2027-01-29"), Count: 4},
			// 26 March is Good Friday and 29 March Easter Monday.
			want: []string{"2027-01-29", "2027-02-26", "2027-03-30", "2027-04-30"},
		},
		{
			name:   "every other week until a day",
			series: planner.Series{Rule: planner.RecurBiweekly, Start: catalog.MustDate("2027-03-12"), Until: catalog.MustDate("2027-04-09")},
			want:   []string{"2027-03-12", "2027-03-30", "2027-04-09"},
		},
		{
			name:   "count and until: whichever ends first",
			series: planner.Series{Rule: planner.RecurWeekly, Start: catalog.MustDate("2027-01-04"), Until: catalog.MustDate("2027-01-31"), Count: 10},
			want:   []string{"2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"},
		},
	}
	cal := schedEMEACalendar(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dates, err := tt.series.Dates(cal)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range dates {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("dates = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSeriesValidate(t *testing.T) {
	start := catalog.MustDate("2027-01-04")
	tests := []struct {
		name   string
		series planner.Series
		field  string
		msg    string
	}{
		{"no end", planner.Series{Rule: planner.RecurWeekly, Start: start}, "until", "set an end day or a count of occurrences"},
		{"end before start", planner.Series{Rule: planner.RecurWeekly, Start: start, Until: start.AddDays(-1)}, "until", "must not be before the start 2027-01-04"},
		{"unknown rule", planner.Series{Rule: "daily", Start: start, Count: 2}, "rule", `unknown recurrence "daily" (want weekly, biweekly, monthly-day or monthly-weekday)`},
		{"no start", planner.Series{Rule: planner.RecurWeekly, Count: 2}, "start", "must be set"},
		{"too many", planner.Series{Rule: planner.RecurWeekly, Start: start, Count: 261}, "count", "must be from 1 to 260, not 261"},
		{"too long", planner.Series{Rule: planner.RecurWeekly, Start: start, Until: start.AddDays(7 * 300)}, "until", "gives more than 260 occurrences; end the series sooner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := planner.AsValidation(tt.series.Validate())
			if !ok {
				t.Fatalf("Validate did not fail")
			}
			if p, ok := v.Field(tt.field); !ok || p.Message != tt.msg {
				t.Errorf("%s: %q, want %q (all: %v)", tt.field, p.Message, tt.msg, v)
			}
		})
	}
	if _, err := planner.ParseRecurrence("monthly-weekday"); err != nil {
		t.Error(err)
	}
}

func schedRoadmapSeries(t *testing.T) (planner.Series, []planner.Activity) {
	t.Helper()
	s := planner.Series{ID: planner.NewID(), Rule: planner.RecurWeekly, Start: catalog.MustDate("2027-01-04"), Count: 5}
	tpl := planner.Activity{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 1, Owner: "TAM"}
	acts, err := planner.ExpandSeries(tpl, s, schedEMEACalendar(t))
	if err != nil {
		t.Fatal(err)
	}
	return s, acts
}

func TestExpandSeries(t *testing.T) {
	s, acts := schedRoadmapSeries(t)
	_, again := schedRoadmapSeries(t)
	if len(acts) != 5 {
		t.Fatalf("%d occurrences, want 5", len(acts))
	}
	ids := map[planner.ID]bool{}
	for i, a := range acts {
		if a.SeriesID != s.ID || a.Status != planner.ActivityProposed || a.Owner != "TAM" || a.Hours != 1 || a.ItemID != "pro-roadmap-review" {
			t.Errorf("occurrence %d = %+v", i, a)
		}
		if ids[a.ID] || a.ID.Version() != 7 {
			t.Errorf("occurrence %d: ID %s repeated or not version 7", i, a.ID)
		}
		ids[a.ID] = true
		if again[i].ID == a.ID {
			t.Errorf("a different series gave the same ID %s", a.ID)
		}
	}
	same, err := planner.ExpandSeries(planner.Activity{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 1, Owner: "TAM"}, s, schedEMEACalendar(t))
	if err != nil || !slices.Equal(same, acts) {
		t.Errorf("the same series expanded differently")
	}
	if _, err := planner.ExpandSeries(planner.Activity{}, planner.Series{Rule: planner.RecurWeekly}, schedEMEACalendar(t)); err == nil {
		t.Error("an invalid series expanded")
	}
}

func TestMoveOccurrence(t *testing.T) {
	_, acts := schedRoadmapSeries(t)
	cal := schedEMEACalendar(t)
	moved, err := planner.MoveOccurrence(acts, acts[2].ID, catalog.MustDate("2027-01-20"), cal)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range moved {
		got = append(got, a.Date.String())
	}
	want := []string{"2027-01-04", "2027-01-11", "2027-01-20", "2027-01-25", "2027-02-01"}
	if !slices.Equal(got, want) {
		t.Errorf("dates = %q, want %q", got, want)
	}
	if acts[2].Date.String() != "2027-01-18" {
		t.Error("MoveOccurrence changed its input")
	}

	delivered := slices.Clone(acts)
	delivered[1].Status = planner.ActivityDelivered
	errTests := []struct {
		name string
		acts []planner.Activity
		id   planner.ID
		to   string
		want string
	}{
		{"to a Saturday", acts, acts[2].ID, "2027-01-23", "move activity to 2027-01-23: not a business day in EMEA (Saturday)"},
		{"to a holiday", acts, acts[2].ID, "2027-03-26", "move activity to 2027-03-26: not a business day in EMEA (holiday: Good Friday)"},
		{"a delivered one", delivered, delivered[1].ID, "2027-01-13", "move activity: it was delivered on 2027-01-11 and keeps that day"},
		{"an unknown one", acts, planner.NewID(), "2027-01-13", "move activity: no activity with ID"},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := planner.MoveOccurrence(tt.acts, tt.id, catalog.MustDate(tt.to), cal)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) || out != nil {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestMoveSeries(t *testing.T) {
	s, acts := schedRoadmapSeries(t)
	cal := schedEMEACalendar(t)
	acts[3].Status = planner.ActivityDelivered // 25 January stays
	other := schedActivity(9, schedMuller, "pro-roadmap-review", "2027-01-19", 1)
	acts = append(acts, other)

	moved, err := planner.MoveSeries(acts, s, acts[2].ID, catalog.MustDate("2027-01-20"), cal)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range moved {
		got = append(got, a.Date.String())
	}
	// From the third on, every Wednesday: the third and the fifth move,
	// the delivered fourth and the activity outside the series stay.
	want := []string{"2027-01-04", "2027-01-11", "2027-01-20", "2027-01-25", "2027-01-27", "2027-01-19"}
	if !slices.Equal(got, want) {
		t.Errorf("dates = %q, want %q", got, want)
	}

	// Moving the whole series onto a Friday across Easter keeps business days.
	moved, err = planner.MoveSeries(acts[:5], s, acts[0].ID, catalog.MustDate("2027-03-05"), cal)
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, a := range moved {
		got = append(got, a.Date.String())
	}
	want = []string{"2027-03-05", "2027-03-12", "2027-03-19", "2027-01-25", "2027-03-30"}
	if !slices.Equal(got, want) {
		t.Errorf("dates = %q, want %q", got, want)
	}

	if _, err := planner.MoveSeries(acts, s, other.ID, catalog.MustDate("2027-01-20"), cal); err == nil || !strings.Contains(err.Error(), "no occurrence with ID") {
		t.Errorf("moving a series from an activity outside it: %v", err)
	}
	if _, err := planner.MoveSeries(acts, s, acts[0].ID, catalog.MustDate("2027-01-23"), cal); err == nil || !strings.Contains(err.Error(), "not a business day") {
		t.Errorf("moving a series to a Saturday: %v", err)
	}
}

func TestMovedDaysAndSeriesWindow(t *testing.T) {
	s, acts := schedRoadmapSeries(t) // Mondays 2027-01-04 to 2027-02-01
	other := planner.Activity{ID: planner.NewID(), CustomerID: schedMuller, ItemID: "pro-roadmap-review", Date: catalog.MustDate("2027-01-06")}
	before := append(slices.Clone(acts), other)
	// The third occurrence and the later ones move to the Friday before.
	after, err := planner.MoveSeries(before, s, acts[2].ID, catalog.MustDate("2027-01-15"), schedEMEACalendar(t))
	if err != nil {
		t.Fatal(err)
	}
	moved, was := planner.MovedDays(before, after)
	if len(moved) != 3 || len(was) != 3 || was[0].ID != acts[2].ID || moved[0].ID != acts[2].ID || moved[0].Date == was[0].Date {
		t.Fatalf("moved %v from %v, want the last three occurrences", moved, was)
	}
	from, occ, old := planner.SeriesWindow(before, after, s.ID, acts[2].Date)
	if want := catalog.MustDate("2027-01-15"); from != want {
		t.Errorf("window from %s, want the first new day %s", from, want)
	}
	if len(occ) != 3 || len(old) != 3 || old[0].Date != acts[2].Date || occ[0].Date != from {
		t.Errorf("window occurrences %v (were %v), want the three moved ones", occ, old)
	}
	for _, a := range occ {
		if a.ID == other.ID {
			t.Error("an activity outside the series is in its window")
		}
	}
}
