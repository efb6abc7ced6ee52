package catalog

import (
	"fmt"
	"time"
)

// Date is a calendar day without a time of day or a time zone, such as a
// contract start, a holiday or a planned activity day. The zero Date means
// "not set".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate parses a day written as YYYY-MM-DD. A day written so that the
// calendar does not have (2026-02-30, 2026-13-01) is "not a day of the
// calendar"; anything else "want YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	d, shaped, ok := parseISODay(s)
	switch {
	case ok:
		return d, nil
	case shaped:
		return Date{}, fmt.Errorf("%s is not a day of the calendar", s)
	}
	return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
}

// parseISODay reads exactly YYYY-MM-DD naming a real calendar day, without
// the cost of time.Parse: dates are read by the thousand from storage.
// shaped reports whether s is written as YYYY-MM-DD, digits and dashes,
// and ok whether it also names a day of the calendar.
func parseISODay(s string) (d Date, shaped, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false, false
	}
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	day, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false, false
	}
	if m < 1 || m > 12 || day < 1 || day > daysIn(time.Month(m), y) {
		return Date{}, true, false
	}
	return Date{Year: y, Month: time.Month(m), Day: day}, true, true
}

// daysIn returns the number of days of month m in year y.
func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// MustDate is like ParseDate but panics on a malformed day. It is meant for
// constants in tests and examples.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// Today returns the current calendar day in loc.
func Today(loc *time.Location) Date { return DateOf(time.Now().In(loc)) }

// IsZero reports whether d is the zero Date (not set).
func (d Date) IsZero() bool { return d == Date{} }

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// In returns the instant d starts (midnight) in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// At returns the instant of the given wall-clock time on day d in loc.
func (d Date) At(hour, minute int, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, hour, minute, 0, 0, loc)
}

// utc is d at midnight UTC, the form used for arithmetic and comparison.
func (d Date) utc() time.Time { return d.In(time.UTC) }

// AddDays returns the day n days after d (before d when n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.utc().AddDate(0, 0, n)) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.utc().Weekday() }

// Compare returns -1 if d is before e, 0 if they are the same day, +1 if
// after. Both days must be valid calendar days (as ParseDate and DateOf
// return them).
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int {
	return int(e.utc().Sub(d.utc()).Hours() / 24)
}

// IsWeekend reports whether d is a Saturday or a Sunday.
func (d Date) IsWeekend() bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// MarshalText encodes d as YYYY-MM-DD (empty for the zero Date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes YYYY-MM-DD; an empty text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
