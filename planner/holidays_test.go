package planner

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestParseHolidays(t *testing.T) {
	h := func(date, name string) catalog.Holiday {
		return catalog.Holiday{Date: catalog.MustDate(date), Name: name}
	}
	for _, tc := range []struct {
		name string
		in   string
		want []catalog.Holiday
	}{
		{"empty", "", []catalog.Holiday{}},
		{"only comments", "# UK bank holidays\n\n   \n# none yet\n", []catalog.Holiday{}},
		{"text", "# England and Wales\n2026-12-25 Christmas Day\n\n2026-12-28\tBoxing Day (substitute day)\n2027-01-01\n",
			[]catalog.Holiday{h("2026-12-25", "Christmas Day"), h("2026-12-28", "Boxing Day (substitute day)"), h("2027-01-01", "")}},
		{"text with CRLF, BOM and indentation", "\ufeff  2026-05-04   Early May bank holiday  \r\n\t2026-05-25 Spring bank holiday\r\n",
			[]catalog.Holiday{h("2026-05-04", "Early May bank holiday"), h("2026-05-25", "Spring bank holiday")}},
		{"text keeps file order and non-ASCII names", "2026-11-23 勤労感謝の日\n2026-11-03 文化の日\n",
			[]catalog.Holiday{h("2026-11-23", "勤労感謝の日"), h("2026-11-03", "文化の日")}},
		{"json", `[{"date": "2026-12-25", "name": "Christmas Day"}, {"date": "2026-12-26", "name": " Boxing Day "}]`,
			[]catalog.Holiday{h("2026-12-25", "Christmas Day"), h("2026-12-26", "Boxing Day")}},
		{"json without names", "\n  [\n {\"date\":\"2026-01-26\"}\n]\n", []catalog.Holiday{h("2026-01-26", "")}},
		{"empty json", "[]", []catalog.Holiday{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseHolidays(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got == nil || !slices.Equal(got, tc.want) {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

func TestParseHolidaysErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string // every problem, in order
	}{
		{"bad month", "2026-12-25 Christmas\n# comment\n\n2026-13-01 Nowhere\n",
			[]string{`line 4: 2026-13-01 is not a day of the calendar`}},
		{"every bad line", "2026-02-30 Leap\n26-01-01 Short year\n2026-01-01 New Year\nChristmas 2026-12-25\n",
			[]string{`line 1: 2026-02-30 is not a day of the calendar`, `line 2: date "26-01-01": want YYYY-MM-DD`, `line 4: date "Christmas": want YYYY-MM-DD`}},
		{"date with a time", "2026-12-25T00:00 Christmas\n", []string{`line 1: date "2026-12-25T00:00": want YYYY-MM-DD`}},
		{"duplicate", "2026-12-25 Christmas\n2026-12-26 Boxing Day\n2026-12-25 Christmas again\n",
			[]string{"line 3: 2026-12-25 is listed twice (first on line 1)"}},
		{"control character", "2026-12-25 Christ\x00mas\n", []string{`line 1: name "Christ\x00mas" holds a control character`}},
		{"invalid UTF-8", "2026-12-25 Christmas\n2026-12-26 Box\xffing\n", []string{"line 2: not valid UTF-8 text"}},
		{"json bad date and duplicate", "[\n {\"date\": \"2026-12-25\", \"name\": \"Christmas\"},\n {\"date\": \"2026-12-32\"},\n {\"date\": \"2026-12-25\", \"name\": \"again\"}\n]",
			[]string{`line 3: 2026-12-32 is not a day of the calendar`, "line 4: 2026-12-25 is listed twice (first on line 2)"}},
		{"json missing date", "[\n{\"name\": \"Someday\"}]", []string{`line 2: no date (want {"date": "YYYY-MM-DD", "name": "..."})`}},
		{"json unknown field", "[{\"day\": \"2026-12-25\"},\n{\"date\": \"2026-12-26\"}]", []string{`line 1: unknown field "day" (want date and name)`}},
		{"json wrong types", "[\"2026-12-25\",\n{\"date\": 20261226}]",
			[]string{`line 1: want {"date": "YYYY-MM-DD", "name": "..."}, not a JSON string`, "line 2: date: want a string, not a JSON number"}},
		{"json cut short", "[\n{\"date\": \"2026-12-25\"},\n", []string{"line 2: not a JSON list of holidays: the list ends too early"}},
		{"json syntax error", "[\n{\"date\": \"2026-12-25\"},\n{\"date\" \"2026-12-26\"}\n]", []string{"line 3: not a JSON list of holidays: invalid character"}},
		{"json trailing text", "[{\"date\": \"2026-12-25\"}]\n]", []string{"line 2: not a JSON list of holidays: text after the closing ]"}},
		{"json invalid UTF-8", "[\n{\"date\": \"2026-12-25\", \"name\": \"\xff\"}]", []string{"line 2: not valid UTF-8 text"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseHolidays(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("no error, got %v", got)
			}
			if got != nil {
				t.Errorf("got %v with the error, want nothing", got)
			}
			v, ok := AsValidation(err)
			if !ok {
				t.Fatalf("error %q is not a *ValidationError", err)
			}
			if len(v.Problems) != len(tc.want) {
				t.Fatalf("%d problems (%v), want %d", len(v.Problems), err, len(tc.want))
			}
			for i, p := range v.Problems {
				if !strings.HasPrefix(p.Error(), tc.want[i]) {
					t.Errorf("problem %d: %q, want %q", i, p.Error(), tc.want[i])
				}
			}
			if !strings.HasPrefix(err.Error(), "holiday list: ") {
				t.Errorf("error %q does not say it is about the holiday list", err)
			}
		})
	}
}

func TestParseHolidaysReadError(t *testing.T) {
	boom := errors.New("disk gone")
	_, err := ParseHolidays(iotest.ErrReader(boom))
	if !errors.Is(err, boom) {
		t.Errorf("error %v, want it to wrap %v", err, boom)
	}
}

func TestParseHolidaysTooLarge(t *testing.T) {
	huge := strings.Repeat("# padding\n", 200_000) // 2 MB
	_, err := ParseHolidays(strings.NewReader(huge))
	if err == nil || !strings.Contains(err.Error(), "larger than 1024 KiB") {
		t.Errorf("error %v, want it to say the list is too large", err)
	}
}

func TestWriteHolidays(t *testing.T) {
	list := []catalog.Holiday{
		{Date: catalog.MustDate("2026-12-25"), Name: "Christmas Day"},
		{Date: catalog.MustDate("2027-01-01")},
	}
	var b bytes.Buffer
	if err := WriteHolidays(&b, list); err != nil {
		t.Fatal(err)
	}
	want := "2026-12-25 Christmas Day\n2027-01-01\n"
	if b.String() != want {
		t.Errorf("wrote %q, want %q", b.String(), want)
	}
	back, err := ParseHolidays(&b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back, list) {
		t.Errorf("read back %v, want %v", back, list)
	}
	for _, bad := range [][]catalog.Holiday{
		{{Name: "no date"}},
		{{Date: catalog.MustDate("2026-12-25"), Name: "two\nlines"}},
	} {
		if err := WriteHolidays(&b, bad); err == nil {
			t.Errorf("WriteHolidays(%v): no error", bad)
		}
	}
}
