package planner_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// seriesAccount returns Müller's account holding the weekly roadmap
// review series and its five occurrences.
func seriesAccount(t *testing.T) planner.Account {
	t.Helper()
	s, acts := schedRoadmapSeries(t)
	s.CustomerID = schedMuller
	return planner.Account{Customer: schedCustomerMuller(), Activities: acts, Series: []planner.Series{s}}
}

func TestAccountValidateSeries(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(a *planner.Account)
		field string // "" when the account is valid
		want  string
	}{
		{"series with its occurrences", func(*planner.Account) {}, "", ""},
		{"series without occurrences", func(a *planner.Account) { a.Activities = nil }, "", ""},
		{"no series, no occurrences", func(a *planner.Account) { a.Activities, a.Series = nil, nil }, "", ""},
		{"occurrence of a series the account lacks", func(a *planner.Account) { a.Series = nil },
			"activities[0].seriesId", "which the account does not hold"},
		{"occurrence of another series", func(a *planner.Account) { a.Activities[3].SeriesID = planner.NewID() },
			"activities[3].seriesId", "which the account does not hold"},
		{"series of another customer", func(a *planner.Account) { a.Series[0].CustomerID = schedAcme },
			"series[0].customerId", "belongs to another customer"},
		{"series without a rule", func(a *planner.Account) { a.Series[0].Rule = "" },
			"series[0].rule", `unknown recurrence ""`},
		{"series without an end", func(a *planner.Account) { a.Series[0].Count = 0 },
			"series[0].until", "set an end day or a count of occurrences"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := seriesAccount(t)
			tt.edit(&a)
			err := a.Validate(schedCatalog())
			if tt.field == "" {
				if err != nil {
					t.Fatalf("valid account refused: %v", err)
				}
				return
			}
			v, ok := planner.AsValidation(err)
			if !ok {
				t.Fatalf("error %v, want a *ValidationError", err)
			}
			p, ok := v.Field(tt.field)
			if !ok || p.Field != tt.field || !strings.Contains(p.Message, tt.want) {
				t.Errorf("problem %+v, want %s: %q (all: %v)", p, tt.field, tt.want, v)
			}
		})
	}
}

func TestAccountSeriesByID(t *testing.T) {
	a := seriesAccount(t)
	s, ok := a.SeriesByID(a.Series[0].ID)
	if !ok || s != a.Series[0] {
		t.Errorf("SeriesByID(%s) = %+v, %v", a.Series[0].ID, s, ok)
	}
	if _, ok := a.SeriesByID(planner.NewID()); ok {
		t.Error("SeriesByID found a series the account lacks")
	}
}

func TestExpandSeriesTakesTheSeriesCustomer(t *testing.T) {
	s := planner.Series{ID: planner.NewID(), CustomerID: schedMuller, Rule: planner.RecurBiweekly, Start: catalog.MustDate("2027-01-05"), Count: 2}
	acts, err := planner.ExpandSeries(planner.Activity{CustomerID: schedAcme, ItemID: "pro-roadmap-review", Hours: 1}, s, schedEMEACalendar(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range acts {
		if a.CustomerID != schedMuller {
			t.Errorf("occurrence on %s is customer %s's, want the series' customer", a.Date, a.CustomerID)
		}
	}
}

func TestNextBusinessDay(t *testing.T) {
	cal := schedEMEACalendar(t)
	tests := []struct {
		name, day, want string
	}{
		{"a business day is itself", "2027-01-05", "2027-01-05"},
		{"Saturday gives Monday", "2027-01-09", "2027-01-11"},
		{"Sunday gives Monday", "2027-01-10", "2027-01-11"},
		{"Christmas gives the day after Boxing Day observed", "2026-12-25", "2026-12-29"},
		{"Good Friday gives the Tuesday after Easter Monday", "2027-03-26", "2027-03-30"},
		{"across the year end", "2027-01-01", "2027-01-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := planner.NextBusinessDay(cal, catalog.MustDate(tt.day))
			if err != nil || got.String() != tt.want {
				t.Errorf("NextBusinessDay(%s) = %s, %v; want %s", tt.day, got, err, tt.want)
			}
		})
	}
}

func TestNextBusinessDayGivesUpOnAWrongHolidayList(t *testing.T) {
	start := catalog.MustDate("2027-01-04")
	var every []catalog.Holiday
	for d := start; d.Before(start.AddDays(400)); d = d.AddDays(1) {
		every = append(every, catalog.Holiday{Date: d, Name: "closed"})
	}
	cal, err := planner.RegionCalendar(schedCatalog(), planner.DefaultSettings(), catalog.EMEA, every)
	if err != nil {
		t.Fatal(err)
	}
	_, err = planner.NextBusinessDay(cal, start)
	if !errors.Is(err, planner.ErrNoBusinessDay) || !strings.Contains(err.Error(), "from 2027-01-04 in EMEA: check the holiday list") {
		t.Errorf("error %v, want ErrNoBusinessDay naming the day, the region and the holiday list", err)
	}
	s := planner.Series{ID: planner.NewID(), Rule: planner.RecurWeekly, Start: start, Count: 2}
	if _, err := s.Dates(cal); !errors.Is(err, planner.ErrNoBusinessDay) || !strings.HasPrefix(err.Error(), "series occurrence 1: ") {
		t.Errorf("series dates: %v, want the first occurrence's ErrNoBusinessDay", err)
	}
}

func TestMeetingValidate(t *testing.T) {
	tests := []struct {
		name    string
		meeting planner.Meeting
		field   string // "" when valid
		want    string
	}{
		{"known frequency", planner.Meeting{Name: "Steering meeting", Frequency: planner.FrequencyMonthly}, "", ""},
		{"own words", planner.Meeting{Name: "Sprint review", Frequency: "after each sprint"}, "", ""},
		{"no name", planner.Meeting{Name: "  ", Frequency: planner.FrequencyWeekly}, "name", "must not be empty"},
		{"no frequency", planner.Meeting{Name: "Status call"}, "frequency", "must not be empty (weekly, biweekly, monthly, quarterly, or your own words"},
		{"two-line frequency", planner.Meeting{Name: "Status call", Frequency: "weekly\nmonthly"}, "frequency", "must be one line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.meeting.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("valid meeting refused: %v", err)
				}
				return
			}
			v, ok := planner.AsValidation(err)
			if !ok {
				t.Fatalf("error %v, want a *ValidationError", err)
			}
			if p, ok := v.Field(tt.field); !ok || !strings.Contains(p.Message, tt.want) {
				t.Errorf("problem %+v, want %s: %q", p, tt.field, tt.want)
			}
		})
	}
}

func TestEngagementValidateNamesTheMeeting(t *testing.T) {
	e := planner.NewEngagement(schedCatalog(), schedMuller, "Relaunch")
	e.Cadence = []planner.Meeting{
		{Name: "Status call", Frequency: planner.FrequencyWeekly},
		{Name: "Steering meeting"},
	}
	v, ok := planner.AsValidation(e.Validate(schedCatalog()))
	if !ok || len(v.Problems) != 1 {
		t.Fatalf("got %v, want one problem", e.Validate(schedCatalog()))
	}
	if p := v.Problems[0]; p.Field != "cadence[1].frequency" {
		t.Errorf("problem %+v, want it on cadence[1].frequency", p)
	}
}
