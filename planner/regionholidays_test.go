package planner_test

import (
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
