package planner

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Quarter is a quarter of weeks, such as 2027Q1 (about January to March
// 2027). The zero Quarter means "not set".
//
// A quarter is made of whole weeks, Monday to Sunday, numbered as ISO 8601
// does: a week belongs to the year that holds its Thursday, and week 1 is
// the one holding 4 January. Weeks 1 to 13 form Q1, 14 to 26 Q2, 27 to 39
// Q3 and 40 to the last of the year (52 or 53) Q4. So every week, and
// every day, belongs to exactly one quarter; a quarter has 13 weeks, Q4 14
// in a year of 53 weeks, and begins up to three days before or four days
// after the first day of its first month (2026Q4 runs from Monday
// 2026-09-28 to Sunday 2027-01-03, so it holds 2026-12-29, and 2027Q1
// from 2027-01-04 to 2027-04-04).
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

// QuarterOf returns the quarter that day d belongs to: the one of its ISO
// 8601 week (see Quarter).
func QuarterOf(d Date) Quarter {
	year, week := d.In(time.UTC).ISOWeek()
	return Quarter{Year: year, Number: min((week-1)/13+1, 4)}
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

// First returns the first day of the quarter, a Monday: the Monday of ISO
// week 1, 14, 27 or 40 of its year (see Quarter).
func (q Quarter) First() Date {
	week1 := MondayOf(Date{Year: q.Year, Month: time.January, Day: 4})
	return week1.AddDays(7 * 13 * (q.Number - 1))
}

// Last returns the last day of the quarter, a Sunday: the day before the
// next quarter's first.
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

// Week is a week, Monday to Sunday, of a quarter.
type Week struct {
	// Monday is the first day of the week.
	Monday Date `json:"monday"`
	// First and Last are the first and last days of the week that lie
	// inside the quarter: since a quarter is made of whole weeks, its
	// Monday and Sunday.
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

// Weeks returns the weeks, Monday to Sunday, that belong to the quarter, in
// order: 13, or 14 for Q4 of a year of 53 weeks (see Quarter).
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
