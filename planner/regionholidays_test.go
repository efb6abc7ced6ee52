package planner_test

import (
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// A day added and removed a day at a time: adding a company day adds it,
// removing a computed day removes it, adding that day again restores the
// catalog's holiday, and removing an added day takes it out; the other
// years keep the catalog's holidays.
func TestRegionSettingsAddAndRemoveHolidays(t *testing.T) {
	cat := catalog.Default()
	emea, ok := cat.Region("emea")
	if !ok {
		t.Fatal("no emea region")
	}
	closure := catalog.Holiday{Date: catalog.MustDate("2031-12-29"), Name: "Company closure"}
	easterMonday := catalog.MustDate("2031-04-14")
	var rs planner.RegionSettings
	rs.AddHoliday(emea, closure)
	rs.RemoveHoliday(emea, easterMonday)
	if len(rs.Added) != 1 || rs.Added[0] != closure || len(rs.Removed) != 1 || rs.Removed[0] != easterMonday {
		t.Fatalf("after adding %v and removing %s: added %v, removed %v", closure, easterMonday, rs.Added, rs.Removed)
	}
	list := rs.ChangedHolidays(emea, 2031, 2031)
	has := func(d catalog.Date) bool {
		for _, h := range list {
			if h.Date == d {
				return true
			}
		}
		return false
	}
	if !has(closure.Date) || has(easterMonday) || !has(catalog.MustDate("2031-12-25")) {
		t.Errorf("2031's holidays %v: want the closure and Christmas, not Easter Monday", list)
	}
	rs.AddHoliday(emea, catalog.Holiday{Date: easterMonday})
	rs.RemoveHoliday(emea, closure.Date)
	if rs.Added != nil || rs.Removed != nil {
		t.Errorf("adding the removed day and removing the added one leave added %v, removed %v; want none", rs.Added, rs.Removed)
	}
	s := planner.DefaultSettings()
	rs.AddHoliday(emea, closure)
	s.Regions = map[catalog.RegionID]planner.RegionSettings{"emea": rs}
	cal, err := planner.RegionCalendar(cat, s, "emea", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"2031-12-29", "2040-04-02"} { // the closure; Easter Monday 2040
		if _, ok := cal.Holiday(catalog.MustDate(d)); !ok {
			t.Errorf("%s is no holiday of the calendar", d)
		}
	}
}

// TestChangedHolidaysAreTheCalendars checks that the holidays the settings
// list for a region are the calendar's, day by day: the catalog's with
// the days added and removed, or the settings' own list (empty: none).
func TestChangedHolidaysAreTheCalendars(t *testing.T) {
	cat := catalog.Default()
	emea, ok := cat.Region(catalog.EMEA)
	if !ok {
		t.Fatal("no emea region")
	}
	closure := catalog.Holiday{Date: catalog.MustDate("2031-12-29"), Name: "Company closure"}
	own := []catalog.Holiday{{Date: catalog.MustDate("2031-01-01"), Name: "New Year's Day"}, {Date: catalog.MustDate("2031-06-02"), Name: "Own day"}}
	for name, rs := range map[string]planner.RegionSettings{
		"the catalog's":            {},
		"days added, removed":      {Added: []catalog.Holiday{closure}, Removed: []catalog.Date{catalog.MustDate("2031-04-14")}},
		"a list of its own":        {Holidays: own},
		"an empty list of its own": {Holidays: []catalog.Holiday{}},
	} {
		s := planner.DefaultSettings()
		s.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.EMEA: rs}
		cal, err := planner.RegionCalendar(cat, s, catalog.EMEA, nil)
		if err != nil {
			t.Fatal(err)
		}
		listed := map[catalog.Date]string{}
		for _, h := range rs.ChangedHolidays(emea, 2031, 2031) {
			listed[h.Date] = h.Name
		}
		for d := catalog.MustDate("2031-01-01"); d.Year == 2031; d = d.AddDays(1) {
			got, holiday := cal.Holiday(d)
			if want, ok := listed[d]; holiday != ok || got != want {
				t.Errorf("%s: %s is %q (holiday %v) in the calendar, %q (listed %v) in the settings", name, d, got, holiday, want, ok)
			}
		}
	}
}

// TestRegionSettingsChangeTheirOwnList checks that a day added to or
// removed from settings holding a list of their own changes that list,
// not the days added and removed, which Validate refuses beside it.
func TestRegionSettingsChangeTheirOwnList(t *testing.T) {
	emea, _ := catalog.Default().Region(catalog.EMEA)
	rs := planner.RegionSettings{Holidays: []catalog.Holiday{{Date: catalog.MustDate("2031-06-02"), Name: "Own day"}}}
	rs.AddHoliday(emea, catalog.Holiday{Date: catalog.MustDate("2031-12-25"), Name: "Christmas Day"})
	rs.RemoveHoliday(emea, catalog.MustDate("2031-06-02"))
	want := []catalog.Holiday{{Date: catalog.MustDate("2031-12-25"), Name: "Christmas Day"}}
	if !slices.Equal(rs.Holidays, want) || rs.Added != nil || rs.Removed != nil {
		t.Errorf("own list %v, added %v, removed %v; want the list %v alone", rs.Holidays, rs.Added, rs.Removed, want)
	}
	rs.RemoveHoliday(emea, catalog.MustDate("2031-12-25"))
	if rs.Holidays == nil || len(rs.Holidays) != 0 {
		t.Errorf("removing the last day of the own list leaves %#v, want an empty list (no holidays), not nil", rs.Holidays)
	}
}

// TestHolidayNamesOfBuiltInCalendars checks that a day the region's rules
// compute is named with how its built-in calendar names it, in the
// settings' list and in the calendar, and that a day the TAM adds or
// renames, or a customer's own list names, keeps its name alone.
func TestHolidayNamesOfBuiltInCalendars(t *testing.T) {
	cat := catalog.Default()
	emea, _ := cat.Region("emea")
	christmas := catalog.HolidayName{Calendar: "gb-eaw", Holiday: "christmas-day"}
	closure := catalog.Holiday{Date: catalog.MustDate("2031-12-29"), Name: "Company closure"}
	renamed := catalog.Holiday{Date: catalog.MustDate("2031-04-14"), Name: "Paasmaandag"}
	var rs planner.RegionSettings
	rs.AddHoliday(emea, closure)
	rs.AddHoliday(emea, renamed)
	list := rs.ChangedHolidays(emea, 2031, 2031)
	names := planner.RegionHolidayNames(emea, list)
	if len(names) != len(list) {
		t.Fatalf("%d names for %d holidays", len(names), len(list))
	}
	for i, h := range list {
		n := names[i]
		if n.Name != h.Name {
			t.Errorf("%s: named %q, not %q", h.Date, n.Name, h.Name)
		}
		switch h.Date {
		case catalog.MustDate("2031-12-25"):
			if n.Rule != christmas {
				t.Errorf("Christmas Day is named %+v", n.Rule)
			}
		case closure.Date, renamed.Date:
			if !n.Rule.IsZero() {
				t.Errorf("%q, typed, is named %+v", h.Name, n.Rule)
			}
		default:
			if n.Rule.IsZero() {
				t.Errorf("%s %q is named as typed", h.Date, h.Name)
			}
		}
	}

	s := planner.Settings{Regions: map[catalog.RegionID]planner.RegionSettings{"emea": rs}}
	cal, err := planner.RegionCalendar(cat, s, "emea", nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := cal.HolidayName(catalog.MustDate("2031-12-25")); !ok || n.Name != "Christmas Day" || n.Rule != christmas {
		t.Errorf("the calendar names Christmas Day %+v", n)
	}
	for _, h := range []catalog.Holiday{closure, renamed} {
		if n, ok := cal.HolidayName(h.Date); !ok || n.Name != h.Name || !n.Rule.IsZero() {
			t.Errorf("the calendar names %q %+v", h.Name, n)
		}
	}
	own, err := planner.RegionCalendar(cat, s, "emea", []catalog.Holiday{{Date: catalog.MustDate("2031-12-25"), Name: "Christmas Day"}})
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := own.HolidayName(catalog.MustDate("2031-12-25")); !ok || !n.Rule.IsZero() {
		t.Errorf("a customer's own list names Christmas Day %+v", n)
	}
}
