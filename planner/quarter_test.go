package planner

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestParseQuarter(t *testing.T) {
	tests := []struct {
		in      string
		want    Quarter
		wantErr string
	}{
		{in: "2027Q1", want: Quarter{Year: 2027, Number: 1}},
		{in: "2027-Q4", want: Quarter{Year: 2027, Number: 4}},
		{in: "2026q3", want: Quarter{Year: 2026, Number: 3}},
		{in: " 2026-q2 ", want: Quarter{Year: 2026, Number: 2}},
		{in: "", wantErr: `quarter "": want YYYYQn, such as 2027Q1`},
		{in: "2027", wantErr: `quarter "2027": want YYYYQn, such as 2027Q1`},
		{in: "Q1 2027", wantErr: `quarter "Q1 2027": want YYYYQn`},
		{in: "27Q1", wantErr: `quarter "27Q1": want YYYYQn`},
		{in: "2027Q12", wantErr: `quarter "2027Q12": want YYYYQn`},
		{in: "2027--Q1", wantErr: `quarter "2027--Q1": want YYYYQn`},
		{in: "2027Q5", wantErr: `quarter "2027Q5": quarter number must be 1 to 4, not 5`},
		{in: "2027Q0", wantErr: `quarter "2027Q0": quarter number must be 1 to 4, not 0`},
		{in: "0000Q1", wantErr: `quarter "0000Q1": year must be 0001 or later`},
		{in: "+027Q1", wantErr: `quarter "+027Q1": want YYYYQn`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseQuarter(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("ParseQuarter(%q) = %v, %v; want error %q", tt.in, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseQuarter(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestQuarterDays(t *testing.T) {
	tests := []struct {
		q                 Quarter
		first, last, name string
		weeks             int
		firstMonday       string
		lastMonday        string
	}{
		// The year end 2026/2027: 2026 has 53 ISO weeks, so its Q4 has 14;
		// the week of Monday 2026-12-28 is 2026-W53, in 2026Q4 only.
		{Quarter{Year: 2026, Number: 3}, "2026-06-29", "2026-09-27", "2026Q3", 13, "2026-06-29", "2026-09-21"},
		{Quarter{Year: 2026, Number: 4}, "2026-09-28", "2027-01-03", "2026Q4", 14, "2026-09-28", "2026-12-28"},
		{Quarter{Year: 2027, Number: 1}, "2027-01-04", "2027-04-04", "2027Q1", 13, "2027-01-04", "2027-03-29"},
		{Quarter{Year: 2027, Number: 2}, "2027-04-05", "2027-07-04", "2027Q2", 13, "2027-04-05", "2027-06-28"},
		// The year end 2027/2028: 2027 has 52 ISO weeks; 2028-W01 begins
		// Monday 2028-01-03, so 2028-01-01 and -02 are in 2027Q4.
		{Quarter{Year: 2027, Number: 4}, "2027-10-04", "2028-01-02", "2027Q4", 13, "2027-10-04", "2027-12-27"},
		{Quarter{Year: 2028, Number: 1}, "2028-01-03", "2028-04-02", "2028Q1", 13, "2028-01-03", "2028-03-27"},
		// 2026-01-01 is a Thursday: 2026Q1 begins in December 2025.
		{Quarter{Year: 2026, Number: 1}, "2025-12-29", "2026-03-29", "2026Q1", 13, "2025-12-29", "2026-03-23"},
		// 2024-07-01 is a Monday.
		{Quarter{Year: 2024, Number: 3}, "2024-07-01", "2024-09-29", "2024Q3", 13, "2024-07-01", "2024-09-23"},
		// 2020 has 53 ISO weeks.
		{Quarter{Year: 2020, Number: 4}, "2020-09-28", "2021-01-03", "2020Q4", 14, "2020-09-28", "2020-12-28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.q.First().String(); got != tt.first {
				t.Errorf("First = %s, want %s", got, tt.first)
			}
			if got := tt.q.Last().String(); got != tt.last {
				t.Errorf("Last = %s, want %s", got, tt.last)
			}
			if got := tt.q.String(); got != tt.name {
				t.Errorf("String = %s, want %s", got, tt.name)
			}
			weeks := tt.q.Weeks()
			if len(weeks) != tt.weeks || weeks[0].Monday.String() != tt.firstMonday || weeks[len(weeks)-1].Monday.String() != tt.lastMonday {
				t.Fatalf("Weeks: %d from %s to %s, want %d from %s to %s", len(weeks), weeks[0].Monday, weeks[len(weeks)-1].Monday,
					tt.weeks, tt.firstMonday, tt.lastMonday)
			}
			days := 0
			for i, w := range weeks {
				if w.Monday.Weekday().String() != "Monday" || w.Sunday() != w.Monday.AddDays(6) {
					t.Errorf("week %d starts %s (%s)", i, w.Monday, w.Monday.Weekday())
				}
				if i > 0 && w.Monday != weeks[i-1].Monday.AddDays(7) {
					t.Errorf("week %d does not follow week %d", i, i-1)
				}
				for _, d := range w.Days() {
					if !tt.q.Contains(d) || QuarterOf(d) != tt.q {
						t.Errorf("%s: day %s is outside the quarter", w, d)
					}
				}
				days += len(w.Days())
			}
			if want := tt.q.First().DaysUntil(tt.q.Last()) + 1; days != want || days != 7*len(weeks) {
				t.Errorf("the weeks hold %d days of the quarter, want %d (%d whole weeks)", days, want, len(weeks))
			}
			for _, d := range []Date{tt.q.First().AddDays(-1), tt.q.Last().AddDays(1)} {
				if tt.q.Contains(d) || QuarterOf(d) == tt.q {
					t.Errorf("day %s next to the quarter is inside it", d)
				}
			}
			if tt.q.Prev().Last().AddDays(1) != tt.q.First() || tt.q.Next().First().AddDays(-1) != tt.q.Last() {
				t.Errorf("the quarter does not adjoin its neighbours: %s..%s", tt.q.First(), tt.q.Last())
			}
		})
	}
}

func TestQuarterNavigationAndText(t *testing.T) {
	q := Quarter{Year: 2026, Number: 4}
	if got := q.Next(); got != (Quarter{Year: 2027, Number: 1}) {
		t.Errorf("Next = %v", got)
	}
	if got := q.Next().Prev(); got != q {
		t.Errorf("Next().Prev() = %v", got)
	}
	if got := (Quarter{Year: 2027, Number: 1}).Prev(); got != (Quarter{Year: 2026, Number: 4}) {
		t.Errorf("Prev = %v", got)
	}
	for day, want := range map[string]Quarter{
		"2026-09-27": {Year: 2026, Number: 3}, // Sunday of 2026-W39
		"2026-09-30": {Year: 2026, Number: 4}, // Wednesday of 2026-W40
		"2026-12-29": {Year: 2026, Number: 4}, // 2026-W53
		"2027-01-03": {Year: 2026, Number: 4},
		"2027-01-04": {Year: 2027, Number: 1},
		"2028-01-01": {Year: 2027, Number: 4}, // 2027-W52
		"2028-01-03": {Year: 2028, Number: 1},
	} {
		if got := QuarterOf(catalog.MustDate(day)); got != want {
			t.Errorf("QuarterOf(%s) = %v, want %v", day, got, want)
		}
	}
	if (Quarter{}).String() != "" || !(Quarter{}).IsZero() || (Quarter{}).Valid() {
		t.Error("the zero Quarter should be empty, zero and not valid")
	}
	type doc struct {
		Quarter Quarter `json:"quarter"`
	}
	b, err := json.Marshal(doc{q})
	if err != nil || string(b) != `{"quarter":"2026Q4"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var back doc
	if err := json.Unmarshal([]byte(`{"quarter":"2026-q4"}`), &back); err != nil || back.Quarter != q {
		t.Fatalf("Unmarshal = %v, %v", back.Quarter, err)
	}
	if err := json.Unmarshal([]byte(`{"quarter":"2026Q7"}`), &back); err == nil || !strings.Contains(err.Error(), "must be 1 to 4") {
		t.Fatalf("Unmarshal of 2026Q7: %v", err)
	}
}

func TestWeekISO(t *testing.T) {
	weeks := Quarter{Year: 2027, Number: 1}.Weeks()
	tests := []struct {
		week       Week
		year, iso  int
		first, end string
	}{
		{weeks[0], 2027, 1, "2027-01-04", "2027-01-10"},
		{weeks[1], 2027, 2, "2027-01-11", "2027-01-17"},
		{weeks[12], 2027, 13, "2027-03-29", "2027-04-04"},
	}
	for _, tt := range tests {
		y, n := tt.week.ISOWeek()
		if y != tt.year || n != tt.iso || tt.week.First.String() != tt.first || tt.week.Last.String() != tt.end {
			t.Errorf("%s: ISO %d-W%d, days %s..%s; want %d-W%d, %s..%s", tt.week, y, n, tt.week.First, tt.week.Last,
				tt.year, tt.iso, tt.first, tt.end)
		}
	}
}

// TestCivilDayNumber checks the scheduler's integer days against the time
// package over four centuries around today, leap years included.
func TestCivilDayNumber(t *testing.T) {
	start := time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := 0; n < 400*366; n += 1 + n%3 {
		tm := start.AddDate(0, 0, n)
		d := catalog.DateOf(tm)
		want := int(tm.Unix() / 86400)
		if got := civilDayNumber(d); got != want {
			t.Fatalf("civilDayNumber(%s) = %d, want %d", d, got, want)
		}
		if got := civilDate(want); got != d {
			t.Fatalf("civilDate(%d) = %s, want %s", want, got, d)
		}
	}
	// A day past the end of its month counts on, as time.Date does.
	if got, want := civilDayNumber(Date{Year: 2027, Month: 2, Day: 30}), civilDayNumber(catalog.MustDate("2027-03-02")); got != want {
		t.Errorf("civilDayNumber(2027-02-30) = %d, want %d (2027-03-02)", got, want)
	}
}

func FuzzParseQuarter(f *testing.F) {
	for _, s := range []string{"2027Q1", "2027-Q4", "2026q3", "", "Q1", "2027Q5", "9999-q4", "0001Q1", "20271Q", "ＱＱ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuarter(s)
		if err != nil {
			if q != (Quarter{}) {
				t.Fatalf("ParseQuarter(%q) failed but returned %v", s, q)
			}
			if !strings.Contains(err.Error(), "quarter ") {
				t.Fatalf("error %q does not say what was wrong", err)
			}
			return
		}
		if !q.Valid() {
			t.Fatalf("ParseQuarter(%q) = %v, not a valid quarter", s, q)
		}
		back, err := ParseQuarter(q.String())
		if err != nil || back != q {
			t.Fatalf("round trip of %q: %v -> %q -> %v, %v", s, q, q.String(), back, err)
		}
		if QuarterOf(q.First()) != q || QuarterOf(q.Last()) != q || q.Last().AddDays(1) != q.Next().First() {
			t.Fatalf("%v: First %s and Last %s do not bound it", q, q.First(), q.Last())
		}
	})
}
