package catalog_test

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// holidaysOf returns a region's default holidays of 2026 to 2028 by date.
func holidaysOf(t *testing.T, c *catalog.Catalog, id catalog.RegionID) map[catalog.Date]string {
	t.Helper()
	out := map[catalog.Date]string{}
	for _, h := range holidayList(t, c, id, 2026, 2028) {
		out[h.Date] = h.Name
	}
	return out
}

// holidayList returns a region's default holidays of the years from
// first to last, in date order.
func holidayList(t *testing.T, c *catalog.Catalog, id catalog.RegionID, first, last int) []catalog.Holiday {
	t.Helper()
	r, ok := c.Region(id)
	if !ok {
		t.Fatalf("no region %s", id)
	}
	var out []catalog.Holiday
	for y := first; y <= last; y++ {
		days, covered, err := r.HolidaysIn(y)
		if err != nil {
			t.Fatal(err)
		}
		if !covered {
			t.Fatalf("%s: no holidays known in %d", id, y)
		}
		out = append(out, days...)
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
		days := holidayList(t, c, r.ID, 2026, 2050)
		for i, h := range days {
			perYear[h.Date.Year]++
			if i > 0 && !days[i-1].Date.Before(h.Date) {
				t.Errorf("%s: %s follows %s", r.ID, h.Date, days[i-1].Date)
			}
		}
		for year := 2026; year <= 2050; year++ {
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

// TestComputedHolidaysMatchTheFormerLists checks that the holiday rules
// give, for 2026 to 2028, exactly the dated lists the catalog held before
// it computed them: every day with the same name.
func TestComputedHolidaysMatchTheFormerLists(t *testing.T) {
	data, err := os.ReadFile("testdata/holidays-2026-2028.json")
	if err != nil {
		t.Fatal(err)
	}
	var former map[catalog.RegionID][]catalog.Holiday
	if err := json.Unmarshal(data, &former); err != nil {
		t.Fatalf("testdata/holidays-2026-2028.json: %v", err)
	}
	c := catalog.Default()
	if len(former) != len(c.Regions) {
		t.Fatalf("the former lists have %d regions, the catalog %d", len(former), len(c.Regions))
	}
	for id, want := range former {
		got := holidayList(t, c, id, 2026, 2028)
		if !slices.Equal(got, want) {
			for _, h := range want {
				if !slices.Contains(got, h) {
					t.Errorf("%s: %s %q is no longer computed", id, h.Date, h.Name)
				}
			}
			for _, h := range got {
				if !slices.Contains(want, h) {
					t.Errorf("%s: %s %q is computed but was not listed", id, h.Date, h.Name)
				}
			}
		}
	}
}

// TestHolidaysOfLaterYears checks holidays of 2030 and 2040 in every
// region against the governments' rules, worked out by hand.
func TestHolidaysOfLaterYears(t *testing.T) {
	c := catalog.Default()
	tests := []struct {
		region catalog.RegionID
		date   string
		name   string // "" when the day is not a holiday
	}{
		// Japan: Golden Week and its substitute holidays.
		{catalog.Japan, "2030-04-29", "Showa Day"},
		{catalog.Japan, "2030-05-03", "Constitution Memorial Day"},
		{catalog.Japan, "2030-05-04", "Greenery Day"},
		{catalog.Japan, "2030-05-05", "Children's Day"}, // a Sunday
		{catalog.Japan, "2030-05-06", "Substitute holiday"},
		{catalog.Japan, "2030-03-20", "Vernal Equinox Day"},
		{catalog.Japan, "2030-09-23", "Autumnal Equinox Day"},
		{catalog.Japan, "2040-04-29", "Showa Day"}, // a Sunday
		{catalog.Japan, "2040-04-30", "Substitute holiday"},
		{catalog.Japan, "2040-05-03", "Constitution Memorial Day"},
		{catalog.Japan, "2040-05-04", "Greenery Day"},
		{catalog.Japan, "2040-05-05", "Children's Day"},
		{catalog.Japan, "2040-05-07", ""},
		{catalog.Japan, "2040-03-20", "Vernal Equinox Day"},
		{catalog.Japan, "2040-09-22", "Autumnal Equinox Day"},
		// 2037: Respect for the Aged Day on the 21st, the equinox on the
		// 23rd, so the 22nd is a citizens' holiday.
		{catalog.Japan, "2037-09-21", "Respect for the Aged Day"},
		{catalog.Japan, "2037-09-22", "Citizens' holiday"},
		{catalog.Japan, "2037-09-23", "Autumnal Equinox Day"},
		// EMEA: Easter Monday and Christmas.
		{catalog.EMEA, "2030-04-19", "Good Friday"},
		{catalog.EMEA, "2030-04-22", "Easter Monday"},
		{catalog.EMEA, "2040-03-30", "Good Friday"},
		{catalog.EMEA, "2040-04-02", "Easter Monday"},
		{catalog.EMEA, "2040-05-07", "Early May bank holiday"},
		{catalog.EMEA, "2040-12-25", "Christmas Day"},
		{catalog.EMEA, "2039-01-03", "New Year's Day (substitute day)"},
		// Americas: Thanksgiving and observed days.
		{catalog.Americas, "2030-11-28", "Thanksgiving Day"},
		{catalog.Americas, "2030-11-11", "Veterans Day"},
		{catalog.Americas, "2040-11-22", "Thanksgiving Day"},
		{catalog.Americas, "2040-01-02", "New Year's Day (observed)"},
		{catalog.Americas, "2040-07-04", "Independence Day"},
		{catalog.Americas, "2032-12-31", "New Year's Day 2033 (observed)"},
		// APAC: Australia Day on a Saturday moves to the Monday.
		{catalog.APAC, "2030-01-26", ""},
		{catalog.APAC, "2030-01-28", "Australia Day (observed)"},
		{catalog.APAC, "2030-04-22", "Easter Monday"},
		{catalog.APAC, "2040-01-26", "Australia Day"},
		{catalog.APAC, "2040-04-02", "Easter Monday"},
		{catalog.APAC, "2040-06-11", "King's Birthday"},
		{catalog.APAC, "2040-10-01", "Labour Day"},
	}
	for _, tt := range tests {
		t.Run(string(tt.region)+" "+tt.date, func(t *testing.T) {
			d := catalog.MustDate(tt.date)
			days := map[catalog.Date]string{}
			for _, h := range holidayList(t, c, tt.region, d.Year, d.Year) {
				days[h.Date] = h.Name
			}
			name, ok := days[d]
			switch {
			case tt.name == "" && ok:
				t.Errorf("%s is %q, want no holiday", tt.date, name)
			case tt.name != "" && name != tt.name:
				t.Errorf("%s is %q, want %q", tt.date, name, tt.name)
			}
		})
	}
}

func TestHolidayRulesCoverTheirYears(t *testing.T) {
	rules := []catalog.HolidayRule{{Calendar: "jp"}}
	for year, want := range map[int]bool{2019: false, 2020: true, 2040: true, 2099: true, 2100: false} {
		if got := catalog.HolidayRulesCover(rules, year); got != want {
			t.Errorf("HolidayRulesCover(jp, %d) = %v, want %v", year, got, want)
		}
		days, err := catalog.RuleHolidays(rules, year)
		if err != nil {
			t.Fatal(err)
		}
		if (len(days) > 0) != want {
			t.Errorf("RuleHolidays(jp, %d) gives %d holidays", year, len(days))
		}
	}
	if catalog.HolidayRulesCover(nil, 2030) {
		t.Error("no rules cover 2030")
	}
}

func TestHolidayRuleExceptions(t *testing.T) {
	days, err := catalog.RuleHolidays([]catalog.HolidayRule{{Calendar: "gb-eaw", Except: []string{"boxing-day"}}}, 2027)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range days {
		if h.Date.Month == time.December {
			got = append(got, h.Date.String()+" "+h.Name)
		}
	}
	want := []string{"2027-12-27 Christmas Day (substitute day)"}
	if !slices.Equal(got, want) {
		t.Errorf("December 2027 without Boxing Day: %q, want %q", got, want)
	}
	for _, rules := range [][]catalog.HolidayRule{{{Calendar: "uk"}}, {{Calendar: "jp", Except: []string{"golden-week"}}}} {
		if _, err := catalog.RuleHolidays(rules, 2027); err == nil {
			t.Errorf("RuleHolidays(%v) gives no error", rules)
		}
	}
}

func TestDatedHolidaysAddToRules(t *testing.T) {
	r, _ := catalog.Default().Region(catalog.Japan)
	r.Holidays = []catalog.Holiday{
		{Date: catalog.MustDate("2031-12-29"), Name: "Year-end closing"},
		{Date: catalog.MustDate("2031-01-01"), Name: "Ganjitsu"},
	}
	days, covered, err := r.HolidaysIn(2031)
	if err != nil || !covered {
		t.Fatalf("HolidaysIn(2031) = covered %v, %v", covered, err)
	}
	if days[0] != r.Holidays[1] {
		t.Errorf("first holiday of 2031 is %v, want the dated %v", days[0], r.Holidays[1])
	}
	if last := days[len(days)-1]; last != r.Holidays[0] {
		t.Errorf("last holiday of 2031 is %v, want the dated %v", last, r.Holidays[0])
	}
	r.HolidayRules = nil
	if days, covered, _ := r.HolidaysIn(2032); covered || len(days) != 0 {
		t.Errorf("a dated list of 2031 covers 2032: %v %v", covered, days)
	}
}

func TestHolidayCalendarsNameTheirHolidays(t *testing.T) {
	for _, c := range catalog.HolidayCalendars() {
		if c.ID == "" || c.Name == "" || len(c.Holidays) < 8 || c.FirstYear > c.LastYear {
			t.Errorf("calendar %+v", c)
		}
		seen := map[string]bool{}
		for _, h := range c.Holidays {
			if seen[h.ID] || h.Name == "" {
				t.Errorf("%s: holiday %q repeated or unnamed", c.ID, h.ID)
			}
			seen[h.ID] = true
		}
	}
}

// TestEditionChangesHolidayRules checks that an edition addresses a
// region's holiday rule by its calendar, and that a rule it breaks is
// reported at the edition's change.
func TestEditionChangesHolidayRules(t *testing.T) {
	d := shipped(t)
	edition := func(except string) map[string]any {
		return map[string]any{
			"name": "December 2030 offer", "effective": "2030-12-01", "source": "liftoff",
			"changes": []any{map[string]any{"fact": "regions[americas].holidayRules[us-federal].except", "value": []any{except}}},
		}
	}
	d["editions"] = append(d["editions"].([]any), edition("columbus-day"))
	c, err := catalog.Load(bytes.NewReader(encode(t, d)))
	if err != nil {
		t.Fatal(err)
	}
	columbus2031 := catalog.MustDate("2031-10-13")
	for _, tt := range []struct {
		day  string
		want bool
	}{{"2030-11-30", true}, {"2030-12-01", false}} {
		r, _ := c.InForce(catalog.MustDate(tt.day)).Region(catalog.Americas)
		days, _, err := r.HolidaysIn(2031)
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(days, func(h catalog.Holiday) bool { return h.Date == columbus2031 })
		if got != tt.want {
			t.Errorf("offer in force on %s: Columbus Day 2031 a holiday: %v, want %v", tt.day, got, tt.want)
		}
	}

	d = shipped(t)
	d["editions"] = append(d["editions"].([]any), edition("columbus"))
	_, err = catalog.Load(bytes.NewReader(encode(t, d)))
	if err == nil || !strings.Contains(err.Error(), `calendar us-federal has no holiday "columbus"`) {
		t.Errorf("error %v, want the unknown holiday named", err)
	}
}

// TestRuleHolidayNames checks that every day the built-in calendars give
// in every year they know is named, and that the English of its name is
// the name RuleHolidays gives it; and spot-checks the kinds of day.
func TestRuleHolidayNames(t *testing.T) {
	for _, c := range catalog.HolidayCalendars() {
		rules := []catalog.HolidayRule{{Calendar: c.ID}}
		for y := c.FirstYear; y <= c.LastYear; y++ {
			days, err := catalog.RuleHolidays(rules, y)
			if err != nil {
				t.Fatal(err)
			}
			names, err := catalog.RuleHolidayNames(rules, y)
			if err != nil {
				t.Fatal(err)
			}
			if len(names) != len(days) {
				t.Errorf("%s %d: %d days, %d names", c.ID, y, len(days), len(names))
			}
			for _, h := range days {
				n, ok := names[h.Date]
				if !ok || n.Calendar != c.ID || n.English() != h.Name {
					t.Errorf("%s %s: %q is named %+v (%q)", c.ID, h.Date, h.Name, n, n.English())
				}
			}
		}
	}
	day := func(s string) catalog.Date {
		d, err := catalog.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tt := range []struct {
		calendar string
		day      catalog.Date
		want     catalog.HolidayName
	}{
		{"jp", day("2026-03-20"), catalog.HolidayName{Calendar: "jp", Holiday: "vernal-equinox-day"}},
		{"jp", day("2026-05-06"), catalog.HolidayName{Calendar: "jp", Kind: catalog.HolidaySubstitute}},
		{"jp", day("2026-09-22"), catalog.HolidayName{Calendar: "jp", Kind: catalog.HolidayCitizens}},
		{"us-federal", day("2027-12-31"), catalog.HolidayName{Calendar: "us-federal", Holiday: "new-years-day", Kind: catalog.HolidayObservedOfYear, Year: 2028}},
		{"us-federal", day("2026-07-03"), catalog.HolidayName{Calendar: "us-federal", Holiday: "independence-day", Kind: catalog.HolidayObserved}},
		{"gb-eaw", day("2026-12-28"), catalog.HolidayName{Calendar: "gb-eaw", Holiday: "boxing-day", Kind: catalog.HolidaySubstituteDay}},
		{"au-nsw", day("2027-12-27"), catalog.HolidayName{Calendar: "au-nsw", Holiday: "christmas-day", Kind: catalog.HolidayAdditionalDay}},
	} {
		names, err := catalog.RuleHolidayNames([]catalog.HolidayRule{{Calendar: tt.calendar}}, tt.day.Year)
		if err != nil {
			t.Fatal(err)
		}
		if got := names[tt.day]; got != tt.want {
			t.Errorf("%s %s is named %+v (%q), want %+v", tt.calendar, tt.day, got, got.English(), tt.want)
		}
	}
	if n := (catalog.HolidayName{}); !n.IsZero() || n.English() != "" {
		t.Errorf("the zero name reads %q", n.English())
	}
	if _, err := catalog.RuleHolidayNames([]catalog.HolidayRule{{Calendar: "xx"}}, 2026); err == nil {
		t.Error("an unknown calendar gives names")
	}
}
