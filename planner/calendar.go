package planner

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// Calendar is a region's working calendar as it applies to one customer:
// time zone, daily business hours and holidays. Business days are Monday
// to Friday, less the holidays.
type Calendar struct {
	Region catalog.RegionID
	// Name is the region's display name ("Europe, Middle East and
	// Africa"); empty when the calendar was built without a catalog.
	Name     string
	Location *time.Location
	// Open and Close are minutes after local midnight.
	Open, Close int
	holidays    map[Date]string
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
	cal := Calendar{Region: region, Location: loc, Open: o, Close: c, holidays: make(map[Date]string, len(holidays))}
	for _, h := range holidays {
		cal.holidays[h.Date] = h.Name
	}
	return cal, nil
}

// CustomerCalendar returns the calendar of customer c's region: the zone
// and holidays from settings where set, else the catalog's, and the
// customer's own holiday list where it has one.
func CustomerCalendar(cat *catalog.Catalog, s Settings, c Customer) (Calendar, error) {
	return RegionCalendar(CustomerCatalog(cat, c), s, c.Region, c.Holidays)
}

// RegionCalendar returns the calendar of a region, with the zone and
// holidays from settings where set, else the catalog's. A non-nil
// holidays list replaces both.
func RegionCalendar(cat *catalog.Catalog, s Settings, region catalog.RegionID, holidays []catalog.Holiday) (Calendar, error) {
	r, ok := cat.Region(region)
	if !ok {
		return Calendar{}, fmt.Errorf("unknown region %q", region)
	}
	zone, days := r.TimeZone, r.Holidays
	if o, ok := s.Regions[region]; ok {
		if o.TimeZone != "" {
			zone = o.TimeZone
		}
		if o.Holidays != nil {
			days = o.Holidays
		}
	}
	if holidays != nil {
		days = holidays
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return Calendar{}, fmt.Errorf("region %s: time zone %q: %w", region, zone, err)
	}
	cal, err := NewCalendar(region, loc, r.Open, r.Close, days)
	if err != nil {
		return Calendar{}, err
	}
	cal.Name = r.Name
	return cal, nil
}

// Holiday reports whether d is a holiday, and its name.
func (c Calendar) Holiday(d Date) (string, bool) {
	name, ok := c.holidays[d]
	return name, ok
}

// IsBusinessDay reports whether d is a Monday to Friday that is not a
// holiday.
func (c Calendar) IsBusinessDay(d Date) bool {
	if d.IsWeekend() {
		return false
	}
	_, holiday := c.holidays[d]
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
	if name, ok := c.holidays[d]; ok {
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
