package planner

import (
	"maps"
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
)

// The days settings add to and remove from a region's holidays (Added and
// Removed): the rules by which the TAM changes them a day at a time, and
// the list that results. There is one rule, RegionCalendar's: the
// region's holidays are its settings' own list (Holidays) when set, else
// the catalog's; the days removed are taken out of them and the days
// added put on top.

// baseRegion returns region r with the holidays rs changes: with rs's own
// list in place of the catalog's list and rules when rs holds one.
func (rs RegionSettings) baseRegion(r catalog.Region) catalog.Region {
	if rs.Holidays != nil {
		r.Holidays, r.HolidayRules = rs.Holidays, nil
	}
	return r
}

// AddHoliday makes h a holiday of region r on top of the catalog's: a day
// removed before is the catalog's holiday again, and a day the catalog
// does not give (or gives under another name) is added. Added and Removed
// stay sorted by day, and nil when empty; the lists rs held are not
// changed in place. Settings with a list of their own (Holidays), which
// Validate refuses beside days added or removed, get h in that list
// instead, in place of a day there on the same day.
func (rs *RegionSettings) AddHoliday(r catalog.Region, h catalog.Holiday) {
	if rs.Holidays != nil {
		rs.Holidays = append(slices.DeleteFunc(slices.Clone(rs.Holidays), func(o catalog.Holiday) bool { return o.Date == h.Date }), h)
		slices.SortStableFunc(rs.Holidays, func(a, b catalog.Holiday) int { return a.Date.Compare(b.Date) })
		return
	}
	rs.Removed = slices.DeleteFunc(slices.Clone(rs.Removed), func(d Date) bool { return d == h.Date })
	rs.Added = slices.DeleteFunc(slices.Clone(rs.Added), func(a catalog.Holiday) bool { return a.Date == h.Date })
	if c, ok := catalogHoliday(r, h.Date); !ok || h.Name != "" && h.Name != c.Name {
		rs.Added = append(rs.Added, h)
	}
	rs.tidyChanges()
}

// RemoveHoliday makes d no holiday of region r: a day added is taken out
// of the days added, and a day the catalog gives is removed. The lists
// are kept as AddHoliday keeps them; settings with a list of their own
// have d taken out of that list (an empty list stays empty, not nil).
func (rs *RegionSettings) RemoveHoliday(r catalog.Region, d Date) {
	if rs.Holidays != nil {
		rs.Holidays = slices.DeleteFunc(slices.Clone(rs.Holidays), func(o catalog.Holiday) bool { return o.Date == d })
		return
	}
	rs.Added = slices.DeleteFunc(slices.Clone(rs.Added), func(a catalog.Holiday) bool { return a.Date == d })
	rs.Removed = slices.Clone(rs.Removed)
	if _, ok := catalogHoliday(r, d); ok && !slices.Contains(rs.Removed, d) {
		rs.Removed = append(rs.Removed, d)
	}
	rs.tidyChanges()
}

// tidyChanges sorts Added and Removed by day and makes an empty one nil.
func (rs *RegionSettings) tidyChanges() {
	slices.SortStableFunc(rs.Added, func(a, b catalog.Holiday) int { return a.Date.Compare(b.Date) })
	slices.SortFunc(rs.Removed, Date.Compare)
	if len(rs.Added) == 0 {
		rs.Added = nil
	}
	if len(rs.Removed) == 0 {
		rs.Removed = nil
	}
}

// ChangedHolidays returns the holidays of region r with the days rs adds
// and removes, sorted by day, as RegionCalendar works them out: rs's own
// list (Holidays) when set, else the catalog's holidays, for a region
// with holiday rules those of the years from first to last, else its
// dated list; less the days removed, with every day added (of any year,
// so that each can be taken out again).
func (rs RegionSettings) ChangedHolidays(r catalog.Region, first, last int) []catalog.Holiday {
	r = rs.baseRegion(r)
	days := map[Date]catalog.Holiday{}
	if len(r.HolidayRules) > 0 {
		for y := first; y <= last; y++ {
			list, _, err := r.HolidaysIn(y)
			if err != nil { // the catalog was checked when loaded
				break
			}
			for _, h := range list {
				days[h.Date] = h
			}
		}
	} else {
		for _, h := range r.Holidays {
			days[h.Date] = h
		}
	}
	for _, d := range rs.Removed {
		delete(days, d)
	}
	for _, h := range rs.Added {
		days[h.Date] = h
	}
	return slices.SortedFunc(maps.Values(days), func(a, b catalog.Holiday) int { return a.Date.Compare(b.Date) })
}

// catalogHoliday returns the holiday the catalog gives region r on d, by
// its rules or its dated list.
func catalogHoliday(r catalog.Region, d Date) (catalog.Holiday, bool) {
	list, _, err := r.HolidaysIn(d.Year)
	if err != nil {
		return catalog.Holiday{}, false
	}
	i := slices.IndexFunc(list, func(h catalog.Holiday) bool { return h.Date == d })
	if i < 0 {
		return catalog.Holiday{}, false
	}
	return list[i], true
}

// RegionHolidayNames returns the names of holidays of region r (as
// ChangedHolidays lists them) for a reader: each day the region's holiday
// rules compute, under the name they give it, with how its built-in
// calendar names it (see HolidayName); any other day, or one named
// otherwise, as it is named.
func RegionHolidayNames(r catalog.Region, list []catalog.Holiday) []HolidayName {
	years := map[int]map[Date]catalog.HolidayName{}
	out := make([]HolidayName, len(list))
	for i, h := range list {
		out[i] = HolidayName{Name: h.Name}
		if len(r.HolidayRules) == 0 {
			continue
		}
		names, ok := years[h.Date.Year]
		if !ok {
			names, _ = catalog.RuleHolidayNames(r.HolidayRules, h.Date.Year) // the catalog was checked when loaded
			years[h.Date.Year] = names
		}
		if n, ok := names[h.Date]; ok && n.English() == h.Name {
			out[i].Rule = n
		}
	}
	return out
}
