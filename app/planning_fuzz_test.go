package app

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantErr string
	}{
		{"2.5", 2.5, ""},
		{" 2,5 ", 2.5, ""},
		{"-12", -12, ""},
		{"1e3", 1000, ""},
		{"0", 0, ""},
		{"", 0, "enter a number"},
		{"   ", 0, "enter a number"},
		{"1,234.5", 0, `"1,234.5" is not a number`},
		{"1,2,3", 0, `"1,2,3" is not a number`},
		{"NaN", 0, `"NaN" is not a number`},
		{"inf", 0, `"inf" is not a number`},
		{"1e999", 0, `"1e999" is not a number`},
		{"0x1p3", 0, `"0x1p3" is not a number`},
		{"1_000", 0, `"1_000" is not a number`},
		{"12 %", 0, `"12 %" is not a number`},
	}
	for _, tt := range tests {
		got, err := parseDecimal(tt.in)
		switch {
		case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
			t.Errorf("parseDecimal(%q) error %v, want %q", tt.in, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || got != tt.want):
			t.Errorf("parseDecimal(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"2027-01-04", "2027-01-04", false},
		{" 2027-01-04 ", "2027-01-04", false},
		{"", "", false},
		{"2027-02-30", "", true},
		{"04-01-2027", "", true},
	}
	for _, tt := range tests {
		got, problem := readDay(tt.in)
		if problem != dayOK {
			got = planner.Date{}
		}
		if (problem != dayOK) != tt.wantErr || got.String() != tt.want {
			t.Errorf("readDay(%q) = %q, %v; want %q (error %v)", tt.in, got, problem, tt.want, tt.wantErr)
		}
	}
}

// FuzzParseDecimal checks that what parseDecimal accepts is a finite
// number that formatDecimal writes back to the same value, and that what
// it refuses is named in its message.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"2.5", "2,5", "-0", "1e3", "", "NaN", "1,234.5", "٣", "0x10", "+.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseDecimal(s)
		if err != nil {
			if strings.TrimSpace(s) != "" && !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("parseDecimal(%q): message %q does not name the text", s, err)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("parseDecimal(%q) = %v, not finite", s, v)
		}
		back, err := parseDecimal(formatDecimal(v))
		if err != nil || back != v {
			t.Fatalf("%v written as %q reads back as %v, %v", v, formatDecimal(v), back, err)
		}
	})
}

// FuzzParseDay checks that readDay accepts only days it writes back the
// same way, and never fails on empty text.
func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"2027-01-04", "", " ", "2027-02-29", "2028-02-29", "9999-12-31", "0000-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, problem := readDay(s)
		if strings.TrimSpace(s) == "" {
			if problem != dayOK || !d.IsZero() {
				t.Fatalf("readDay(%q) = %v, %v; want not set", s, d, problem)
			}
			return
		}
		if problem != dayOK {
			return
		}
		if again, err := catalog.ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("readDay(%q) = %v, which reads back as %v, %v", s, d, again, err)
		}
	})
}
