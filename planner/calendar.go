package planner

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// Calendar is a region's working calendar as it applies to one customer:
// time zone, daily business hours and holidays. Business days are Monday
// to Friday, less the holidays.
//
// The holidays are a dated list, computed by the region's holiday rules
// for any year they know, or both, with the days settings add and remove.
// A calendar knows the years it covers (Covers): in a year it does not,
// it has no holidays but those added, and MissingHolidaysNote says so. A
// region or customer whose holiday list is set and empty observes no
// holidays: its calendar covers every year.
type Calendar struct {
	Region catalog.RegionID
	// Name is the region's display name ("Europe, Middle East and
	// Africa"); empty when the calendar was built without a catalog.
	Name     string
	Location *time.Location
	// Open and Close are minutes after local midnight.
	Open, Close int
	// holidays are the dated holidays; they win over computed ones.
	holidays map[Date]string
	// listYears are the years the dated list names a holiday in.
	listYears map[int]bool
	// noHolidays is set when an empty list replaces the region's
	// holidays: the region observes none, so every year is known.
	noHolidays bool
	// rules compute the holidays of any year they cover; nil when a
	// dated list replaces the region's holidays.
	rules *ruleHolidays
	// added are holidays added on top of the others, which they win
	// over; removed are days of the list or the rules that are not
	// holidays. Neither changes the years covered.
	added   map[Date]string
	removed map[Date]bool
}

// ruleHolidays computes a region's holidays by its rules, a year at a
// time, and keeps each year computed. Copies of a Calendar share it.
type ruleHolidays struct {
	rules []catalog.HolidayRule
	mu    sync.Mutex
	years map[int]map[Date]catalog.HolidayName
}

// holiday returns how the rules name the computed holiday on d.
func (r *ruleHolidays) holiday(d Date) (catalog.HolidayName, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	days, ok := r.years[d.Year]
	if !ok {
		// The rules were checked when the calendar was built, so
		// computing a year does not fail.
		days, _ = catalog.RuleHolidayNames(r.rules, d.Year)
		r.years[d.Year] = days
	}
	name, ok := days[d]
	return name, ok
}

// NewCalendar returns a calendar in loc with business hours from open to
// close (as "HH:MM") and the given holidays.
func NewCalendar(region catalog.RegionID, loc *time.Location, open, close string, holidays []catalog.Holiday) (Calendar, error) {
	if loc == nil {
		return Calendar{}, fmt.Errorf("region %s: no time zone", region)
	}
	o, err := parseClock(open)
	if err != nil {
		return Calendar{}, fmt.Errorf("region %s opening time: %w", region, err)
	}
	c, err := parseClock(close)
	if err != nil {
		return Calendar{}, fmt.Errorf("region %s closing time: %w", region, err)
	}
	if c <= o {
		return Calendar{}, fmt.Errorf("region %s: closing time %s is not after opening time %s", region, close, open)
	}
	cal := Calendar{Region: region, Location: loc, Open: o, Close: c, holidays: make(map[Date]string, len(holidays)), listYears: map[int]bool{}}
	for _, h := range holidays {
		cal.holidays[h.Date] = h.Name
		cal.listYears[h.Date.Year] = true
	}
	return cal, nil
}

// withHolidayRules returns cal with the holidays rules compute added to
// its dated ones (which win on their days).
func (c Calendar) withHolidayRules(rules []catalog.HolidayRule) (Calendar, error) {
	if len(rules) == 0 {
		c.rules = nil
		return c, nil
	}
	if _, err := catalog.RuleHolidays(rules, 0); err != nil {
		return Calendar{}, fmt.Errorf("region %s: %w", c.Region, err)
	}
	c.rules = &ruleHolidays{rules: rules, years: map[int]map[Date]catalog.HolidayName{}}
	return c, nil
}

// CustomerCalendar returns the calendar of customer c's region: the zone
// and holidays from settings where set, else the catalog's, and the
// customer's own holiday list where it has one.
func CustomerCalendar(cat *catalog.Catalog, s Settings, c Customer) (Calendar, error) {
	return RegionCalendar(CustomerCatalog(cat, c), s, c.Region, c.Holidays)
}

// RegionCalendar returns the calendar of a region, with the zone and
// holidays from settings where set, else the catalog's: the holidays its
// rules compute for any year they know, and its dated list, with the days
// settings add and remove (RegionSettings.Added and Removed). A list in
// settings (RegionSettings.Holidays) replaces the rules and the dated
// list, and a non-nil holidays list (a customer's own) replaces
// everything, the days added and removed included: the calendar then
// covers the years the list names, or every year when the list is empty
// (the region or customer observes no holidays).
func RegionCalendar(cat *catalog.Catalog, s Settings, region catalog.RegionID, holidays []catalog.Holiday) (Calendar, error) {
	r, ok := cat.Region(region)
	if !ok {
		return Calendar{}, fmt.Errorf("unknown region %q", region)
	}
	// The holidays are worked out as RegionSettings.ChangedHolidays
	// lists them: the settings' own list, else the catalog's, with the
	// days added and removed.
	o := s.Regions[region]
	base := o.baseRegion(r)
	zone, days, rules := s.RegionTimeZone(r), base.Holidays, base.HolidayRules
	// none: a list that replaces the region's holidays is set and
	// empty, so the region observes none (nil is no list).
	none := o.Holidays != nil && len(o.Holidays) == 0
	added, removed := o.Added, o.Removed
	if holidays != nil {
		days, rules, none = holidays, nil, len(holidays) == 0
		added, removed = nil, nil
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return Calendar{}, fmt.Errorf("region %s: time zone %q: %w", region, zone, err)
	}
	cal, err := NewCalendar(region, loc, r.Open, r.Close, days)
	if err != nil {
		return Calendar{}, err
	}
	if cal, err = cal.withHolidayRules(rules); err != nil {
		return Calendar{}, err
	}
	cal.Name = r.Name
	cal.noHolidays = none
	return cal.withChanges(added, removed), nil
}

// RegionTimeZone returns the IANA time zone of region r as its calendar
// uses it: the zone settings give the region, else the catalog's.
func (s Settings) RegionTimeZone(r catalog.Region) string {
	if o := s.Regions[r.ID]; o.TimeZone != "" {
		return o.TimeZone
	}
	return r.TimeZone
}

// withChanges returns cal with holidays added on top of its others and
// days that are no holidays removed from them.
func (c Calendar) withChanges(added []catalog.Holiday, removed []Date) Calendar {
	c.added, c.removed = nil, nil
	if len(added) > 0 {
		c.added = make(map[Date]string, len(added))
		for _, h := range added {
			c.added[h.Date] = h.Name
		}
	}
	if len(removed) > 0 {
		c.removed = make(map[Date]bool, len(removed))
		for _, d := range removed {
			c.removed[d] = true
		}
	}
	return c
}

// Holiday reports whether d is a holiday, and its name: the English name
// of a day the rules compute.
func (c Calendar) Holiday(d Date) (string, bool) {
	h, ok := c.HolidayName(d)
	return h.Name, ok
}

// HolidayName reports whether d is a holiday, and its name for a
// sentence: with how a built-in calendar names it when the rules compute
// the day, which a reader's language can name in turn. A day a list
// gives or the settings add keeps the name it has there.
func (c Calendar) HolidayName(d Date) (HolidayName, bool) {
	if name, ok := c.added[d]; ok {
		return HolidayName{Name: name}, true
	}
	if c.removed[d] {
		return HolidayName{}, false
	}
	if name, ok := c.holidays[d]; ok {
		return HolidayName{Name: name}, true
	}
	if c.rules != nil {
		if n, ok := c.rules.holiday(d); ok {
			return HolidayName{Name: n.English(), Rule: n}, true
		}
	}
	return HolidayName{}, false
}

// Covers reports whether the calendar knows the holidays of year: its
// rules compute that year, its dated list names a holiday in it, or an
// empty list says the region observes no holidays at all. In a year it
// does not cover, every Monday to Friday is a business day.
func (c Calendar) Covers(year int) bool {
	if c.noHolidays || c.listYears[year] {
		return true
	}
	return c.rules != nil && catalog.HolidayRulesCover(c.rules.rules, year)
}

// MissingHolidaysNote says which years from from to to (both included)
// the calendar knows no holidays in, such as "No holidays known for Japan
// in 2029: business days are counted as Monday to Friday"; it is zero
// when the calendar covers them all, as one of a region or customer that
// observes no holidays does.
func (c Calendar) MissingHolidaysNote(from, to Date) Text {
	if to.Before(from) {
		from, to = to, from
	}
	region := RegionName{ID: c.Region, Name: c.Name}
	var note Text
	for y := from.Year; y <= to.Year; y++ {
		if c.Covers(y) {
			continue
		}
		last := y
		for last < to.Year && !c.Covers(last+1) {
			last++
		}
		var t Text
		if last == y {
			t = Textf("No holidays known for %s in %d: business days are counted as Monday to Friday", region, y)
		} else {
			t = Textf("No holidays known for %s from %d to %d: business days are counted as Monday to Friday", region, y, last)
		}
		note = slaJoinNotes(note, t)
		y = last
	}
	return note
}

// IsBusinessDay reports whether d is a Monday to Friday that is not a
// holiday.
func (c Calendar) IsBusinessDay(d Date) bool {
	if d.IsWeekend() {
		return false
	}
	_, holiday := c.Holiday(d)
	return !holiday
}

// businessDaySearchDays bounds NextBusinessDay: a calendar without a
// business day in a whole year has a holiday list that is wrong.
const businessDaySearchDays = 366

// NextBusinessDay returns the first business day of cal on or after d. It
// returns an error wrapping ErrNoBusinessDay when the year from d holds
// none, which only a mistaken holiday list explains.
func NextBusinessDay(cal Calendar, d Date) (Date, error) {
	for day, i := d, 0; i < businessDaySearchDays; day, i = day.AddDays(1), i+1 {
		if cal.IsBusinessDay(day) {
			return day, nil
		}
	}
	return Date{}, fmt.Errorf("%w in the %d days from %s in %s: check the holiday list", ErrNoBusinessDay, businessDaySearchDays, d, cal.displayName())
}

// displayName names the calendar's region in messages: its display name,
// else its ID.
func (c Calendar) displayName() string {
	if c.Name != "" {
		return c.Name
	}
	return string(c.Region)
}

// NonBusinessReason says why d is not a business day ("Saturday",
// "holiday: Christmas Day"), or "" when it is one.
func (c Calendar) NonBusinessReason(d Date) string {
	if d.IsWeekend() {
		return d.Weekday().String()
	}
	if name, ok := c.Holiday(d); ok {
		if name == "" {
			return "holiday"
		}
		return "holiday: " + name
	}
	return ""
}

// parseClock parses "HH:MM" as minutes after midnight.
func parseClock(s string) (int, error) {
	h, m, ok := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 24 || mm < 0 || mm > 59 || hh*60+mm > 24*60 || len(m) != 2 {
		return 0, fmt.Errorf("%q is not a time of day (want HH:MM)", s)
	}
	return hh*60 + mm, nil
}
