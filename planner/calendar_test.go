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

func TestCalendarCoversTheYearsItKnows(t *testing.T) {
	cat := catalog.Default()
	rules, err := RegionCalendar(cat, DefaultSettings(), catalog.Japan, nil)
	if err != nil {
		t.Fatal(err)
	}
	for year, want := range map[int]bool{2019: false, 2026: true, 2040: true, 2099: true, 2100: false} {
		if got := rules.Covers(year); got != want {
			t.Errorf("rules: Covers(%d) = %v, want %v", year, got, want)
		}
	}
	// Golden Week 2040, computed: Sunday 29 April gives Monday 30.
	for day, want := range map[string]string{"2040-04-30": "holiday: Substitute holiday", "2040-05-01": "", "2040-05-04": "holiday: Greenery Day"} {
		if got := rules.NonBusinessReason(catalog.MustDate(day)); got != want {
			t.Errorf("NonBusinessReason(%s) = %q, want %q", day, got, want)
		}
	}

	s := DefaultSettings()
	s.Regions = map[catalog.RegionID]RegionSettings{catalog.Japan: {Holidays: []catalog.Holiday{
		{Date: catalog.MustDate("2026-01-01"), Name: "New Year's Day"},
		{Date: catalog.MustDate("2028-01-01"), Name: "New Year's Day"},
	}}}
	own, err := RegionCalendar(cat, s, catalog.Japan, nil)
	if err != nil {
		t.Fatal(err)
	}
	for year, want := range map[int]bool{2025: false, 2026: true, 2027: false, 2028: true, 2040: false} {
		if got := own.Covers(year); got != want {
			t.Errorf("settings' list: Covers(%d) = %v, want %v", year, got, want)
		}
	}
	if _, holiday := own.Holiday(catalog.MustDate("2028-05-03")); holiday {
		t.Error("a list in settings replaces the rules, yet 2028-05-03 is a holiday")
	}
	for _, tc := range []struct{ from, to, want string }{
		{"2026-03-01", "2026-03-31", ""},
		{"2026-12-30", "2027-01-04", "No holidays known for Japan in 2027: business days are counted as Monday to Friday"},
		{"2028-12-01", "2031-01-10", "No holidays known for Japan from 2029 to 2031: business days are counted as Monday to Friday"},
		{"2027-12-01", "2029-01-10", "No holidays known for Japan in 2027: business days are counted as Monday to Friday; " +
			"No holidays known for Japan in 2029: business days are counted as Monday to Friday"},
	} {
		if got := own.MissingHolidaysNote(catalog.MustDate(tc.from), catalog.MustDate(tc.to)).String(); got != tc.want {
			t.Errorf("MissingHolidaysNote(%s, %s) = %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestRegionCalendarRefusesUnknownRules(t *testing.T) {
	cat := catalog.Default()
	for i := range cat.Regions {
		if cat.Regions[i].ID == catalog.Japan {
			cat.Regions[i].HolidayRules = []catalog.HolidayRule{{Calendar: "jp", Except: []string{"golden-week"}}}
		}
	}
	_, err := RegionCalendar(cat, DefaultSettings(), catalog.Japan, nil)
	if err == nil || !strings.Contains(err.Error(), `region japan: holiday rule 1: calendar jp has no holiday "golden-week"`) {
		t.Errorf("error %v, want one naming the unknown holiday", err)
	}
	if _, err := RegionCalendar(cat, DefaultSettings(), catalog.Japan, []catalog.Holiday{}); err != nil {
		t.Errorf("a customer's own list replaces the rules, yet: %v", err)
	}
}

// TestCalendarRulesAreSafeToShare checks that copies of a calendar used
// at the same time compute the same holidays (run with -race).
func TestCalendarRulesAreSafeToShare(t *testing.T) {
	cal, err := RegionCalendar(catalog.Default(), DefaultSettings(), catalog.Japan, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(c Calendar) {
			n := 0
			for y := 2030; y < 2040; y++ {
				if !c.IsBusinessDay(catalog.Date{Year: y, Month: time.March, Day: 20}) {
					n++
				}
			}
			done <- n
		}(cal)
	}
	first := <-done
	for g := 1; g < 4; g++ {
		if n := <-done; n != first {
			t.Errorf("copies disagree: %d and %d non-business days", first, n)
		}
	}
}

// TestRegionCalendarAddedAndRemovedDays checks that the days settings add
// and remove change those days alone: the rules still give every other
// year's holidays.
func TestRegionCalendarAddedAndRemovedDays(t *testing.T) {
	cat := catalog.Default()
	s := DefaultSettings()
	s.Regions = map[catalog.RegionID]RegionSettings{catalog.EMEA: {
		Added: []catalog.Holiday{
			{Date: catalog.MustDate("2030-12-27"), Name: "Company closure"},
			{Date: catalog.MustDate("2040-08-06"), Name: "Offsite"},
			{Date: catalog.MustDate("2040-04-02"), Name: "Easter Monday (office closed)"},
			{Date: catalog.MustDate("2100-06-01"), Name: "Far away"},
		},
		Removed: []Date{catalog.MustDate("2030-04-22"), catalog.MustDate("2040-05-07")},
	}}
	cal, err := RegionCalendar(cat, s, catalog.EMEA, nil)
	if err != nil {
		t.Fatal(err)
	}
	for day, want := range map[string]string{
		"2030-12-27": "holiday: Company closure",
		"2040-08-06": "holiday: Offsite",
		"2040-04-02": "holiday: Easter Monday (office closed)", // an added day wins over the computed one
		"2100-06-01": "holiday: Far away",
		"2030-04-22": "", // Easter Monday 2030, removed
		"2040-05-07": "", // Early May bank holiday 2040, removed
		"2030-12-25": "holiday: Christmas Day",
		"2030-12-26": "holiday: Boxing Day",
		"2040-12-25": "holiday: Christmas Day",
		"2035-03-26": "holiday: Easter Monday",
		"2030-12-30": "",
	} {
		if got := cal.NonBusinessReason(catalog.MustDate(day)); got != want {
			t.Errorf("NonBusinessReason(%s) = %q, want %q", day, got, want)
		}
	}
	for year, want := range map[int]bool{2030: true, 2040: true, 2099: true, 2100: false} {
		if got := cal.Covers(year); got != want {
			t.Errorf("Covers(%d) = %v, want %v: days added or removed do not change the years known", year, got, want)
		}
	}
	if note := cal.MissingHolidaysNote(catalog.MustDate("2030-01-01"), catalog.MustDate("2040-12-31")); !note.IsZero() {
		t.Errorf("a day added leaves years unknown: %s", note)
	}

	// A list in settings still replaces the rules; the days added and
	// removed apply on top of it.
	s.Regions[catalog.EMEA] = RegionSettings{
		Holidays: []catalog.Holiday{{Date: catalog.MustDate("2030-01-01"), Name: "New Year's Day"}, {Date: catalog.MustDate("2030-12-25"), Name: "Christmas Day"}},
		Added:    []catalog.Holiday{{Date: catalog.MustDate("2030-12-27"), Name: "Company closure"}},
		Removed:  []Date{catalog.MustDate("2030-01-01")},
	}
	own, err := RegionCalendar(cat, s, catalog.EMEA, nil)
	if err != nil {
		t.Fatal(err)
	}
	for day, want := range map[string]string{
		"2030-12-25": "holiday: Christmas Day",
		"2030-12-27": "holiday: Company closure",
		"2030-01-01": "",
		"2030-04-22": "", // Easter Monday: the list replaces the rules
		"2040-12-25": "",
	} {
		if got := own.NonBusinessReason(catalog.MustDate(day)); got != want {
			t.Errorf("with a list: NonBusinessReason(%s) = %q, want %q", day, got, want)
		}
	}
	if own.Covers(2040) || !own.Covers(2030) {
		t.Errorf("with a list: Covers(2030) = %v, Covers(2040) = %v, want the list's year alone", own.Covers(2030), own.Covers(2040))
	}

	// A customer's own list replaces everything, the days added included.
	cust, err := RegionCalendar(cat, s, catalog.EMEA, []catalog.Holiday{{Date: catalog.MustDate("2030-07-01"), Name: "Customer day"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := cust.Holiday(catalog.MustDate("2030-12-27")); ok {
		t.Error("a customer's own list keeps the days settings add")
	}
	if _, ok := cust.Holiday(catalog.MustDate("2030-07-01")); !ok {
		t.Error("the customer's own day is no holiday")
	}
}

// TestCalendarObservingNoHolidaysCoversEveryYear checks that an empty
// holiday list, in settings or a customer's own, means the region or
// customer observes no holidays: the calendar covers every year and no
// note says holidays are unknown, while a nil list keeps the region's.
func TestCalendarObservingNoHolidaysCoversEveryYear(t *testing.T) {
	cat := catalog.Default()
	from, to := catalog.MustDate("2026-12-01"), catalog.MustDate("2140-01-10")
	s := DefaultSettings()
	s.Regions = map[catalog.RegionID]RegionSettings{catalog.Japan: {Holidays: []catalog.Holiday{}}}
	region, err := RegionCalendar(cat, s, catalog.Japan, nil)
	if err != nil {
		t.Fatal(err)
	}
	customer, err := RegionCalendar(cat, DefaultSettings(), catalog.Japan, []catalog.Holiday{})
	if err != nil {
		t.Fatal(err)
	}
	for name, cal := range map[string]Calendar{"settings' empty list": region, "customer's empty list": customer} {
		for _, year := range []int{1990, 2027, 2100, 2140} {
			if !cal.Covers(year) {
				t.Errorf("%s: Covers(%d) = false, want every year covered", name, year)
			}
		}
		if note := cal.MissingHolidaysNote(from, to); !note.IsZero() {
			t.Errorf("%s: note %q, want none", name, note)
		}
		if _, ok := cal.Holiday(catalog.MustDate("2027-01-01")); ok {
			t.Errorf("%s: 1 January 2027 is a holiday", name)
		}
	}
	// No list at all is not an empty one: the rules know 2026 to 2099.
	rules, err := RegionCalendar(cat, DefaultSettings(), catalog.Japan, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rules.Covers(2100) || rules.MissingHolidaysNote(from, to).IsZero() {
		t.Errorf("the rules' calendar: Covers(2100) = %v and no note; want 2100 unknown", rules.Covers(2100))
	}
}

// TestRegionTimeZone checks that a region's zone is the one settings
// give it, else the catalog's, and is the zone of its calendar.
func TestRegionTimeZone(t *testing.T) {
	cat := catalog.Default()
	s := DefaultSettings()
	s.Regions = map[catalog.RegionID]RegionSettings{
		catalog.EMEA:  {TimeZone: "Europe/Amsterdam"},
		catalog.Japan: {Added: []catalog.Holiday{{Date: catalog.MustDate("2030-12-27"), Name: "Closure"}}},
	}
	for id, want := range map[catalog.RegionID]string{catalog.EMEA: "Europe/Amsterdam", catalog.Japan: "Asia/Tokyo", catalog.Americas: "America/Los_Angeles"} {
		r, _ := cat.Region(id)
		if got := s.RegionTimeZone(r); got != want {
			t.Errorf("%s: RegionTimeZone = %q, want %q", id, got, want)
		}
		cal, err := RegionCalendar(cat, s, id, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := cal.Location.String(); got != want {
			t.Errorf("%s: the calendar's zone is %q, want %q", id, got, want)
		}
	}
}
