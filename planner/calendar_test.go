package planner

import (
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestNewCalendarErrors(t *testing.T) {
	for _, tc := range []struct {
		name        string
		loc         *time.Location
		open, close string
		want        string
	}{
		{"no zone", nil, "09:00", "17:00", "region emea: no time zone"},
		{"bad opening", time.UTC, "9am", "17:00", `region emea opening time: "9am" is not a time of day (want HH:MM)`},
		{"bad closing", time.UTC, "09:00", "17:60", `region emea closing time: "17:60" is not a time of day (want HH:MM)`},
		{"closing before opening", time.UTC, "17:00", "09:00", "region emea: closing time 09:00 is not after opening time 17:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewCalendar(catalog.EMEA, tc.loc, tc.open, tc.close, nil)
			if err == nil || err.Error() != tc.want {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

func TestCalendarBusinessDays(t *testing.T) {
	cal := slaCalendar(t, catalog.EMEA, "2026-12-25")
	if cal.Open != 9*60 || cal.Close != 17*60 || cal.Location.String() != "Europe/London" {
		t.Errorf("calendar %d-%d %v, want 540-1020 Europe/London", cal.Open, cal.Close, cal.Location)
	}
	if cal.Name != "Europe, Middle East and Africa" {
		t.Errorf("name %q, want the catalog's region name", cal.Name)
	}
	for _, tc := range []struct {
		day    string
		reason string
	}{
		{"2026-12-24", ""},
		{"2026-12-25", "holiday: holiday 2026-12-25"},
		{"2026-12-26", "Saturday"},
		{"2026-12-27", "Sunday"},
		{"2026-12-28", ""},
	} {
		d := catalog.MustDate(tc.day)
		if got := cal.NonBusinessReason(d); got != tc.reason {
			t.Errorf("NonBusinessReason(%s) = %q, want %q", tc.day, got, tc.reason)
		}
		if got := cal.IsBusinessDay(d); got != (tc.reason == "") {
			t.Errorf("IsBusinessDay(%s) = %v", tc.day, got)
		}
	}
	unnamed, err := NewCalendar(catalog.EMEA, time.UTC, "09:00", "17:00", []catalog.Holiday{{Date: catalog.MustDate("2026-12-25")}})
	if err != nil {
		t.Fatal(err)
	}
	if got := unnamed.NonBusinessReason(catalog.MustDate("2026-12-25")); got != "holiday" {
		t.Errorf("reason for an unnamed holiday %q, want %q", got, "holiday")
	}
}

func TestRegionCalendarSettings(t *testing.T) {
	cat := slaTestCatalog()
	cat.Regions[1].Holidays = slaHolidays(t, "2026-12-25")
	s := DefaultSettings()

	cal, err := RegionCalendar(cat, s, catalog.EMEA, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cal.IsBusinessDay(catalog.MustDate("2026-12-25")) {
		t.Error("the catalog's holiday is a business day")
	}

	s.Regions = map[catalog.RegionID]RegionSettings{catalog.EMEA: {TimeZone: "Europe/Dublin", Holidays: slaHolidays(t, "2026-03-17")}}
	cal, err = RegionCalendar(cat, s, catalog.EMEA, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cal.Location.String() != "Europe/Dublin" || cal.IsBusinessDay(catalog.MustDate("2026-03-17")) || !cal.IsBusinessDay(catalog.MustDate("2026-12-25")) {
		t.Errorf("settings not applied: zone %v, 17 March business %v, 25 December business %v", cal.Location,
			cal.IsBusinessDay(catalog.MustDate("2026-03-17")), cal.IsBusinessDay(catalog.MustDate("2026-12-25")))
	}

	customer := Customer{Region: catalog.EMEA, Holidays: slaHolidays(t, "2026-07-13")}
	cal, err = CustomerCalendar(cat, s, customer)
	if err != nil {
		t.Fatal(err)
	}
	if cal.IsBusinessDay(catalog.MustDate("2026-07-13")) || !cal.IsBusinessDay(catalog.MustDate("2026-03-17")) {
		t.Error("the customer's own holiday list does not replace the others")
	}

	for _, tc := range []struct {
		name   string
		region catalog.RegionID
		zone   string
		want   string
	}{
		{"unknown region", "antarctica", "", `unknown region "antarctica"`},
		{"unknown zone", catalog.EMEA, "Europe/Atlantis", `region emea: time zone "Europe/Atlantis"`},
	} {
		s := DefaultSettings()
		if tc.zone != "" {
			s.Regions = map[catalog.RegionID]RegionSettings{tc.region: {TimeZone: tc.zone}}
		}
		if _, err := RegionCalendar(cat, s, tc.region, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to say %q", tc.name, err, tc.want)
		}
	}
}
