package catalog_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    catalog.Date
		wantErr bool
	}{
		{"2026-11-02", catalog.Date{Year: 2026, Month: time.November, Day: 2}, false},
		{"2028-02-29", catalog.Date{Year: 2028, Month: time.February, Day: 29}, false},
		{"2027-02-29", catalog.Date{}, true},
		{"2026-4-1", catalog.Date{}, true},
		{"02/11/2026", catalog.Date{}, true},
		{"", catalog.Date{}, true},
	}
	for _, tt := range tests {
		got, err := catalog.ParseDate(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := catalog.MustDate("2026-12-31")
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"AddDays across a year", d.AddDays(1), catalog.MustDate("2027-01-01")},
		{"AddDays backwards", d.AddDays(-365), catalog.MustDate("2025-12-31")},
		{"Weekday", d.Weekday(), time.Thursday},
		{"IsWeekend on a Saturday", catalog.MustDate("2027-01-02").IsWeekend(), true},
		{"IsWeekend on a Monday", catalog.MustDate("2027-01-04").IsWeekend(), false},
		{"DaysUntil", d.DaysUntil(catalog.MustDate("2027-03-01")), 60},
		{"DaysUntil across a clock change", catalog.MustDate("2026-03-28").DaysUntil(catalog.MustDate("2026-03-30")), 2},
		{"DaysUntil backwards", d.DaysUntil(catalog.MustDate("2026-12-01")), -30},
		{"Before", d.Before(d.AddDays(1)), true},
		{"After", d.After(d.AddDays(1)), false},
		{"Compare equal", d.Compare(catalog.MustDate("2026-12-31")), 0},
		{"String", d.String(), "2026-12-31"},
		{"String of the zero Date", catalog.Date{}.String(), ""},
		{"IsZero", catalog.Date{}.IsZero(), true},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestDateInZones(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	d := catalog.MustDate("2026-07-20")
	if got := d.At(9, 30, tokyo); got.UTC() != time.Date(2026, 7, 20, 0, 30, 0, 0, time.UTC) {
		t.Errorf("At(9:30, Tokyo) = %v", got.UTC())
	}
	if got := d.In(tokyo); got.UTC() != time.Date(2026, 7, 19, 15, 0, 0, 0, time.UTC) {
		t.Errorf("In(Tokyo) = %v", got.UTC())
	}
	if got := catalog.DateOf(time.Date(2026, 7, 20, 23, 0, 0, 0, time.UTC).In(tokyo)); got != catalog.MustDate("2026-07-21") {
		t.Errorf("DateOf a Tokyo morning = %v", got)
	}
	if catalog.Today(tokyo).IsZero() {
		t.Error("Today is the zero Date")
	}
}

func TestDateJSON(t *testing.T) {
	type holder struct {
		Day catalog.Date `json:"day"`
	}
	tests := []struct {
		json string
		want catalog.Date
	}{
		{`{"day":"2026-09-23"}`, catalog.MustDate("2026-09-23")},
		{`{"day":""}`, catalog.Date{}},
	}
	for _, tt := range tests {
		var h holder
		if err := json.Unmarshal([]byte(tt.json), &h); err != nil || h.Day != tt.want {
			t.Errorf("decode %s = %v, %v", tt.json, h.Day, err)
			continue
		}
		out, err := json.Marshal(h)
		if err != nil || string(out) != tt.json {
			t.Errorf("encode %v = %s, %v; want %s", h.Day, out, err, tt.json)
		}
	}
	var h holder
	if err := json.Unmarshal([]byte(`{"day":"23-09-2026"}`), &h); err == nil {
		t.Error("decoded a day written DD-MM-YYYY")
	}
}

func TestMustDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustDate accepted a malformed day")
		}
	}()
	catalog.MustDate("2026-02-30")
}

// TestParseDateSaysWhatIsWrong checks the refusals: a day written as
// YYYY-MM-DD that the calendar lacks is named as such, anything else is
// told the form.
func TestParseDateSaysWhatIsWrong(t *testing.T) {
	for in, want := range map[string]string{
		"2026-02-30": "2026-02-30 is not a day of the calendar",
		"2027-02-29": "2027-02-29 is not a day of the calendar",
		"2026-13-01": "2026-13-01 is not a day of the calendar",
		"2026-04-00": "2026-04-00 is not a day of the calendar",
		"2026-4-1":   `date "2026-4-1": want YYYY-MM-DD`,
		"20a6-01-01": `date "20a6-01-01": want YYYY-MM-DD`,
		"30.02.2026": `date "30.02.2026": want YYYY-MM-DD`,
	} {
		if _, err := catalog.ParseDate(in); err == nil || err.Error() != want {
			t.Errorf("ParseDate(%q): %v, want %q", in, err, want)
		}
	}
}

func TestParseDateAgreesWithTimeParse(t *testing.T) {
	// Every day of four centuries, and strings that are almost days.
	for d := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2301; d = d.AddDate(0, 0, 1) {
		s := d.Format("2006-01-02")
		got, err := catalog.ParseDate(s)
		if err != nil || got != catalog.DateOf(d) {
			t.Fatalf("catalog.ParseDate(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "2026/01/01", "20a6-01-01", "+026-01-01", "2026-01-01 ", ""} {
		_, err := catalog.ParseDate(s)
		_, terr := time.Parse("2006-01-02", s)
		if (err == nil) != (terr == nil) {
			t.Errorf("catalog.ParseDate(%q) error %v, time.Parse error %v", s, err, terr)
		}
	}
}
