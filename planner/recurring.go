package planner

import (
	"bytes"
	"fmt"
	"slices"
	"time"
)

// Recurrence is the rule of a recurring activity.
type Recurrence string

// Recurrence rules. The series' start day sets the weekday, the day of
// the month or the Nth weekday.
const (
	// RecurWeekly repeats every week on the start's weekday.
	RecurWeekly Recurrence = "weekly"
	// RecurBiweekly repeats every other week on the start's weekday.
	RecurBiweekly Recurrence = "biweekly"
	// RecurMonthlyDay repeats every month on the start's day of the month,
	// or on the month's last day when it is shorter.
	RecurMonthlyDay Recurrence = "monthly-day"
	// RecurMonthlyWeekday repeats every month on the start's Nth weekday
	// ("second Tuesday"); a start on the fifth weekday of its month means
	// the last one.
	RecurMonthlyWeekday Recurrence = "monthly-weekday"
)

// ParseRecurrence parses a recurrence rule name.
func ParseRecurrence(s string) (Recurrence, error) {
	switch r := Recurrence(s); r {
	case RecurWeekly, RecurBiweekly, RecurMonthlyDay, RecurMonthlyWeekday:
		return r, nil
	}
	return "", fmt.Errorf("unknown recurrence %q (want weekly, biweekly, monthly-day or monthly-weekday)", s)
}

// MaxOccurrences is the most occurrences a series may have: five years
// of weekly meetings.
const MaxOccurrences = 260

// Series is a recurring activity, such as a monthly roadmap review. Its
// occurrences are activities that carry its ID as their SeriesID; the
// series keeps the rule that gave their days, so that "this and later
// occurrences" can follow it again (MoveSeries). It is stored with its
// customer's account.
type Series struct {
	ID ID `json:"id"`
	// CustomerID is the customer whose activities the occurrences are.
	CustomerID ID         `json:"customerId"`
	Rule       Recurrence `json:"rule"`
	Start      Date       `json:"start"`
	// Until is the last day an occurrence may be due on; Count is the
	// number of occurrences. At least one must be set; with both, the
	// series ends at whichever comes first.
	Until Date `json:"until,omitzero"`
	Count int  `json:"count,omitempty"`
}

// Validate checks s and returns a *ValidationError naming every field in
// error.
func (s Series) Validate() error {
	var p problems
	if _, err := ParseRecurrence(string(s.Rule)); err != nil {
		p.add("rule", "%s", err.Error())
	}
	if s.Start.IsZero() {
		p.add("start", "must be set")
	}
	switch {
	case s.Count < 0 || s.Count > MaxOccurrences:
		p.add("count", "must be from 1 to %d, not %d", MaxOccurrences, s.Count)
	case s.Count == 0 && s.Until.IsZero():
		p.add("until", "set an end day or a count of occurrences")
	}
	if !s.Until.IsZero() && !s.Start.IsZero() && s.Until.Before(s.Start) {
		p.add("until", "must not be before the start %s", s.Start)
	}
	if len(p.list) == 0 && s.Count == 0 && len(s.nominalDates()) > MaxOccurrences {
		p.add("until", "gives more than %d occurrences; end the series sooner", MaxOccurrences)
	}
	return p.err(Textf("series"))
}

// nominalDates returns the days the rule gives, before any shift to a
// business day (at most MaxOccurrences+1, so that too long a series shows).
func (s Series) nominalDates() []Date {
	limit := MaxOccurrences + 1
	if s.Count > 0 {
		limit = min(s.Count, limit)
	}
	var out []Date
	for k := 0; k < limit; k++ {
		d := s.nominal(k)
		if !s.Until.IsZero() && d.After(s.Until) {
			break
		}
		out = append(out, d)
	}
	return out
}

// nominal returns the k-th day of the rule (k from 0).
func (s Series) nominal(k int) Date {
	switch s.Rule {
	case RecurWeekly:
		return s.Start.AddDays(7 * k)
	case RecurBiweekly:
		return s.Start.AddDays(14 * k)
	case RecurMonthlyDay:
		y, m := recurMonthAdd(s.Start.Year, s.Start.Month, k)
		return Date{Year: y, Month: m, Day: min(s.Start.Day, recurDaysIn(y, m))}
	case RecurMonthlyWeekday:
		y, m := recurMonthAdd(s.Start.Year, s.Start.Month, k)
		nth := (s.Start.Day-1)/7 + 1
		wd := s.Start.Weekday()
		first := Date{Year: y, Month: m, Day: 1}
		day := 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(nth-1)
		if nth == 5 { // the last such weekday of the month
			day = 1 + (int(wd)-int(first.Weekday())+7)%7
			for day+7 <= recurDaysIn(y, m) {
				day += 7
			}
		}
		return Date{Year: y, Month: m, Day: day}
	}
	return s.Start
}

func recurMonthAdd(y int, m time.Month, k int) (int, time.Month) {
	n := y*12 + int(m) - 1 + k
	return n / 12, time.Month(n%12 + 1)
}

func recurDaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Dates returns the days of the series' occurrences in cal: each day the
// rule gives, moved to the next business day when it is not one.
func (s Series) Dates(cal Calendar) ([]Date, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	nominal := s.nominalDates()
	out := make([]Date, len(nominal))
	for i, d := range nominal {
		b, err := NextBusinessDay(cal, d)
		if err != nil {
			return nil, fmt.Errorf("series occurrence %d: %w", i+1, err)
		}
		out[i] = b
	}
	return out, nil
}

// ExpandSeries returns the occurrences of series s as activities: copies
// of template on the days of s.Dates(cal), each with SeriesID set and an
// ID derived from the series ID and the occurrence's number, so that the
// same series always gives the same IDs. An empty template status becomes
// proposed; when the series names its customer, the occurrences are that
// customer's.
func ExpandSeries(template Activity, s Series, cal Calendar) ([]Activity, error) {
	dates, err := s.Dates(cal)
	if err != nil {
		return nil, err
	}
	out := make([]Activity, len(dates))
	for k, d := range dates {
		a := template
		a.SeriesID = s.ID
		if s.CustomerID != (ID{}) {
			a.CustomerID = s.CustomerID
		}
		a.Date = d
		a.ID = recurOccurrenceID(s.ID, k, s.nominal(k))
		if a.Status == "" {
			a.Status = ActivityProposed
		}
		out[k] = a
	}
	return out, nil
}

func recurOccurrenceID(series ID, k int, nominal Date) ID {
	h := schedHash{}.init().text("series").bytes(series[:]).number(uint64(k))
	return schedDerivedID(h.sum(), nominal)
}

// MoveOccurrence returns a copy of acts in which the activity with ID id
// (one occurrence of a series, or any activity) is on day to; the others
// keep their days. The new day must be a business day of cal, and a
// delivered or cancelled activity keeps its day.
func MoveOccurrence(acts []Activity, id ID, to Date, cal Calendar) ([]Activity, error) {
	i := slices.IndexFunc(acts, func(a Activity) bool { return a.ID == id })
	if i < 0 {
		return nil, fmt.Errorf("move activity: no activity with ID %s", id)
	}
	if err := recurCanMove(acts[i]); err != nil {
		return nil, err
	}
	if why := cal.NonBusinessReason(to); why != "" {
		return nil, fmt.Errorf("move activity to %s: not a business day in %s (%s)", to, cal.displayName(), why)
	}
	out := slices.Clone(acts)
	out[i].Date = to
	return out, nil
}

func recurCanMove(a Activity) error {
	switch a.Status {
	case ActivityDelivered:
		return fmt.Errorf("move activity: it was delivered on %s and keeps that day", a.Date)
	case ActivityCancelled:
		return fmt.Errorf("move activity: it is cancelled")
	}
	return nil
}

// MovedDays returns the activities of after whose day differs from the
// same place in before (as MoveOccurrence and MoveSeries return them),
// each with the activity as it was.
func MovedDays(before, after []Activity) (moved, was []Activity) {
	for i, m := range after {
		if m.Date != before[i].Date {
			moved = append(moved, m)
			was = append(was, before[i])
		}
	}
	return moved, was
}

// SeriesWindow returns what a move of series id from its occurrence on
// day start changes, in the terms a store replaces a series from a day:
// the first day the old or the new days touch, and every occurrence whose
// old or new day is on or after it, as moved and as it was. before and
// after are the activities before and after MoveSeries, in the same order.
func SeriesWindow(before, after []Activity, id ID, start Date) (from Date, moved, was []Activity) {
	from = start
	for i, m := range after {
		if m.Date != before[i].Date && m.Date.Before(from) {
			from = m.Date
		}
	}
	for i, m := range after {
		if m.SeriesID == id && (!before[i].Date.Before(from) || !m.Date.Before(from)) {
			moved = append(moved, m)
			was = append(was, before[i])
		}
	}
	return from, moved, was
}

// MoveSeries returns a copy of acts in which the occurrence from of series
// s and every later occurrence follow the series' rule again from day to:
// a weekly series moves to to's weekday, a monthly one to to's day of the
// month or Nth weekday, and each occurrence lands on a business day of
// cal. Earlier occurrences, and delivered or cancelled ones, keep their
// days; the number of moved occurrences stays the same. The day to must
// be a business day.
func MoveSeries(acts []Activity, s Series, from ID, to Date, cal Calendar) ([]Activity, error) {
	i := slices.IndexFunc(acts, func(a Activity) bool { return a.ID == from })
	if i < 0 || acts[i].SeriesID != s.ID {
		return nil, fmt.Errorf("move series: no occurrence with ID %s in series %s", from, s.ID)
	}
	if err := recurCanMove(acts[i]); err != nil {
		return nil, err
	}
	if why := cal.NonBusinessReason(to); why != "" {
		return nil, fmt.Errorf("move series to %s: not a business day in %s (%s)", to, cal.displayName(), why)
	}
	start := acts[i]
	var following []int
	for j, a := range acts {
		if a.SeriesID != s.ID || !a.Status.Counts() || a.Status == ActivityDelivered {
			continue
		}
		if a.Date.After(start.Date) || a.Date == start.Date && bytes.Compare(a.ID[:], start.ID[:]) >= 0 {
			following = append(following, j)
		}
	}
	slices.SortFunc(following, func(x, y int) int {
		if c := acts[x].Date.Compare(acts[y].Date); c != 0 {
			return c
		}
		return bytes.Compare(acts[x].ID[:], acts[y].ID[:])
	})
	moved := Series{ID: s.ID, Rule: s.Rule, Start: to, Count: len(following)}
	dates, err := moved.Dates(cal)
	if err != nil {
		return nil, fmt.Errorf("move series: %w", err)
	}
	out := slices.Clone(acts)
	for k, j := range following {
		out[j].Date = dates[k]
	}
	return out, nil
}
