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
