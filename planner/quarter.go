package planner

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Quarter is a calendar quarter, such as 2027Q1 (January to March 2027).
// The zero Quarter means "not set".
type Quarter struct {
	Year int
	// Number is 1 to 4.
	Number int
}

// ParseQuarter parses a quarter written as "2027Q1" or "2027-Q1", in upper
// or lower case.
func ParseQuarter(s string) (Quarter, error) {
	text := strings.ToUpper(strings.TrimSpace(s))
	year, num, ok := strings.Cut(text, "Q")
	year = strings.TrimSuffix(year, "-")
	if !ok || len(year) != 4 || len(num) != 1 || !quarterYearDigits(year) {
		return Quarter{}, fmt.Errorf("quarter %q: want YYYYQn, such as 2027Q1", s)
	}
	y, _ := strconv.Atoi(year) // four digits: cannot fail
	if y < 1 {
		return Quarter{}, fmt.Errorf("quarter %q: year must be 0001 or later", s)
	}
	if num[0] < '1' || num[0] > '4' {
		return Quarter{}, fmt.Errorf("quarter %q: quarter number must be 1 to 4, not %s", s, num)
	}
	return Quarter{Year: y, Number: int(num[0] - '0')}, nil
}

func quarterYearDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// QuarterOf returns the quarter that contains day d.
func QuarterOf(d Date) Quarter {
	return Quarter{Year: d.Year, Number: (int(d.Month)-1)/3 + 1}
}

// IsZero reports whether q is the zero Quarter (not set).
func (q Quarter) IsZero() bool { return q == Quarter{} }

// Valid reports whether q names a real quarter (Number 1 to 4, a year
// from 1 to 9999).
func (q Quarter) Valid() bool {
	return q.Number >= 1 && q.Number <= 4 && q.Year >= 1 && q.Year <= 9999
}

// String returns q as "2027Q1", or "" for the zero Quarter.
func (q Quarter) String() string {
	if q.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04dQ%d", q.Year, q.Number)
}

// MarshalText encodes q as "2027Q1".
func (q Quarter) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText decodes a quarter as ParseQuarter reads it; an empty text
// gives the zero Quarter.
func (q *Quarter) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*q = Quarter{}
		return nil
	}
	v, err := ParseQuarter(string(b))
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// First returns the first day of the quarter.
func (q Quarter) First() Date {
	return Date{Year: q.Year, Month: time.Month(3*(q.Number-1) + 1), Day: 1}
}

// Last returns the last day of the quarter.
func (q Quarter) Last() Date { return q.Next().First().AddDays(-1) }

// Next returns the quarter after q.
func (q Quarter) Next() Quarter {
	if q.Number >= 4 {
		return Quarter{Year: q.Year + 1, Number: 1}
	}
	return Quarter{Year: q.Year, Number: q.Number + 1}
}

// Prev returns the quarter before q.
func (q Quarter) Prev() Quarter {
	if q.Number <= 1 {
		return Quarter{Year: q.Year - 1, Number: 4}
	}
	return Quarter{Year: q.Year, Number: q.Number - 1}
}

// Contains reports whether day d falls within the quarter.
func (q Quarter) Contains(d Date) bool { return QuarterOf(d) == q }

// Week is a week, Monday to Sunday, as it overlaps a quarter.
type Week struct {
	// Monday is the first day of the week; it may lie in the quarter
	// before.
	Monday Date `json:"monday"`
	// First and Last are the first and last days of the week that lie
	// inside the quarter.
	First Date `json:"first"`
	Last  Date `json:"last"`
}

// Sunday returns the last day of the week.
func (w Week) Sunday() Date { return w.Monday.AddDays(6) }

// Days returns the days of the week that lie inside the quarter.
func (w Week) Days() []Date {
	n := w.First.DaysUntil(w.Last) + 1
	days := make([]Date, 0, n)
	for d := range n {
		days = append(days, w.First.AddDays(d))
	}
	return days
}

// ISOWeek returns the ISO 8601 year and week number of the week.
func (w Week) ISOWeek() (year, week int) { return w.Monday.In(time.UTC).ISOWeek() }

// String returns "Week of 2027-01-11".
func (w Week) String() string { return "Week of " + w.Monday.String() }

// Weeks returns the weeks, Monday to Sunday, that overlap the quarter, in
// order. The first and last may begin or end outside it.
func (q Quarter) Weeks() []Week {
	first, last := q.First(), q.Last()
	monday := MondayOf(first)
	var weeks []Week
	for ; !monday.After(last); monday = monday.AddDays(7) {
		w := Week{Monday: monday, First: monday, Last: monday.AddDays(6)}
		if w.First.Before(first) {
			w.First = first
		}
		if w.Last.After(last) {
			w.Last = last
		}
		weeks = append(weeks, w)
	}
	return weeks
}

// MondayOf returns the Monday of the week (Monday to Sunday) holding d.
func MondayOf(d Date) Date {
	return d.AddDays(-((int(d.Weekday()) + 6) % 7))
}

// civilDayNumber returns the number of days from 1970-01-01 to d, the fast
// integer form of a Date used by the scheduler. A month or day beyond its
// range counts on, as time.Date normalises it.
func civilDayNumber(d Date) int {
	y, m := d.Year, int(d.Month)
	if m < 1 || m > 12 { // normalise an out-of-range month into the year
		y += (m - 1) / 12
		m = (m-1)%12 + 1
		if m < 1 {
			m += 12
			y--
		}
	}
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilDate is the inverse of civilDayNumber.
func civilDate(n int) Date {
	z := n + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{Year: y, Month: time.Month(m), Day: d}
}
