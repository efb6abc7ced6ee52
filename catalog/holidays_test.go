package catalog_test

import (
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// holidaysOf returns a region's default holidays by date.
func holidaysOf(t *testing.T, c *catalog.Catalog, id catalog.RegionID) map[catalog.Date]string {
	t.Helper()
	r, ok := c.Region(id)
	if !ok {
		t.Fatalf("no region %s", id)
	}
	out := map[catalog.Date]string{}
	for _, h := range r.Holidays {
		out[h.Date] = h.Name
	}
	return out
}

func TestHolidaySpotChecks(t *testing.T) {
	c := catalog.Default()
	tests := []struct {
		region  catalog.RegionID
		date    string
		weekday time.Weekday
		name    string // a part of the holiday's name
	}{
		{catalog.Americas, "2026-01-19", time.Monday, "Martin Luther King"},
		{catalog.Americas, "2026-07-03", time.Friday, "Independence Day (observed)"},
		{catalog.Americas, "2026-11-26", time.Thursday, "Thanksgiving"},
		{catalog.Americas, "2027-06-18", time.Friday, "Juneteenth"},
		{catalog.Americas, "2027-07-05", time.Monday, "Independence Day (observed)"},
		{catalog.Americas, "2027-12-24", time.Friday, "Christmas Day (observed)"},
		{catalog.Americas, "2027-12-31", time.Friday, "New Year's Day 2028 (observed)"},
		{catalog.EMEA, "2026-04-03", time.Friday, "Good Friday"},
		{catalog.EMEA, "2026-08-31", time.Monday, "Summer bank holiday"},
		{catalog.EMEA, "2026-12-28", time.Monday, "Boxing Day (substitute day)"},
		{catalog.EMEA, "2027-03-29", time.Monday, "Easter Monday"},
		{catalog.EMEA, "2027-12-27", time.Monday, "Christmas Day (substitute day)"},
		{catalog.EMEA, "2027-12-28", time.Tuesday, "Boxing Day (substitute day)"},
		{catalog.APAC, "2026-01-26", time.Monday, "Australia Day"},
		{catalog.APAC, "2026-06-08", time.Monday, "King's Birthday"},
		{catalog.APAC, "2026-10-05", time.Monday, "Labour Day"},
		{catalog.APAC, "2026-12-28", time.Monday, "Boxing Day"},
		{catalog.APAC, "2027-03-26", time.Friday, "Good Friday"},
		{catalog.APAC, "2027-06-14", time.Monday, "King's Birthday"},
		{catalog.Japan, "2026-03-20", time.Friday, "Vernal Equinox"},
		{catalog.Japan, "2026-05-06", time.Wednesday, "Substitute holiday"},
		{catalog.Japan, "2026-09-22", time.Tuesday, "Citizens' holiday"},
		{catalog.Japan, "2026-09-23", time.Wednesday, "Autumnal Equinox"},
		{catalog.Japan, "2027-03-21", time.Sunday, "Vernal Equinox"},
		{catalog.Japan, "2027-03-22", time.Monday, "Substitute holiday"},
		{catalog.Japan, "2027-09-23", time.Thursday, "Autumnal Equinox"},
		{catalog.Americas, "2028-01-17", time.Monday, "Martin Luther King"},
		{catalog.Americas, "2028-11-10", time.Friday, "Veterans Day (observed)"},
		{catalog.Americas, "2028-11-23", time.Thursday, "Thanksgiving"},
		{catalog.EMEA, "2028-01-03", time.Monday, "New Year's Day (substitute day)"},
		{catalog.EMEA, "2028-04-14", time.Friday, "Good Friday"},
		{catalog.EMEA, "2028-08-28", time.Monday, "Summer bank holiday"},
		{catalog.APAC, "2028-01-03", time.Monday, "New Year's Day"},
		{catalog.APAC, "2028-04-17", time.Monday, "Easter Monday"},
		{catalog.APAC, "2028-06-12", time.Monday, "King's Birthday"},
		{catalog.Japan, "2028-01-10", time.Monday, "Coming of Age Day"},
		{catalog.Japan, "2028-03-20", time.Monday, "Vernal Equinox"},
		{catalog.Japan, "2028-09-22", time.Friday, "Autumnal Equinox"},
	}
	for _, tt := range tests {
		t.Run(string(tt.region)+" "+tt.date, func(t *testing.T) {
			d := catalog.MustDate(tt.date)
			if got := d.Weekday(); got != tt.weekday {
				t.Errorf("%s is a %s, the test expects a %s", tt.date, got, tt.weekday)
			}
			name, ok := holidaysOf(t, c, tt.region)[d]
			if !ok {
				t.Fatalf("%s is not a holiday in %s", tt.date, tt.region)
			}
			if !strings.Contains(name, tt.name) {
				t.Errorf("%s in %s is %q, want %q", tt.date, tt.region, name, tt.name)
			}
		})
	}
}

func TestHolidayListsAreSortedAndCoverEveryYear(t *testing.T) {
	c := catalog.Default()
	for _, r := range c.Regions {
		perYear := map[int]int{}
		for i, h := range r.Holidays {
			perYear[h.Date.Year]++
			if i > 0 && !r.Holidays[i-1].Date.Before(h.Date) {
				t.Errorf("%s: %s follows %s", r.ID, h.Date, r.Holidays[i-1].Date)
			}
		}
		for _, year := range []int{2026, 2027, 2028} {
			if perYear[year] < 8 {
				t.Errorf("%s: %d holidays in %d, want at least 8", r.ID, perYear[year], year)
			}
		}
	}
}

// TestObservedHolidaysFallOnWeekdays checks the United States and the
// United Kingdom lists, which move a weekend holiday to a weekday.
func TestObservedHolidaysFallOnWeekdays(t *testing.T) {
	c := catalog.Default()
	for _, id := range []catalog.RegionID{catalog.Americas, catalog.EMEA} {
		for d, name := range holidaysOf(t, c, id) {
			if d.IsWeekend() {
				t.Errorf("%s: %s (%s) falls on a %s; list the observed day", id, name, d, d.Weekday())
			}
		}
	}
}

// TestJapaneseSubstituteHolidays checks two rules of the Japanese list: a
// national holiday on a Sunday gives a substitute holiday on the next day
// that is not one, and a day between two national holidays is a holiday
// too.
func TestJapaneseSubstituteHolidays(t *testing.T) {
	const substitute = "Substitute holiday"
	days := holidaysOf(t, catalog.Default(), catalog.Japan)
	national := func(d catalog.Date) bool {
		name, ok := days[d]
		return ok && name != substitute
	}
	substitutes := 0
	for d, name := range days {
		if name == substitute {
			substitutes++
			continue
		}
		if d.Weekday() == time.Sunday {
			next := d.AddDays(1)
			for national(next) {
				next = next.AddDays(1)
			}
			if days[next] != substitute {
				t.Errorf("%s (%s) is a Sunday, but %s is not a substitute holiday", d, name, next)
			}
		}
		between := d.AddDays(1)
		if national(d.AddDays(2)) && !national(between) && between.Weekday() != time.Sunday {
			if _, ok := days[between]; !ok {
				t.Errorf("%s lies between the holidays %s and %s and is not listed", between, d, d.AddDays(2))
			}
		}
	}
	if substitutes != 2 {
		t.Errorf("%d substitute holidays in 2026-2028, want 2 (2026-05-06, 2027-03-22)", substitutes)
	}
}
