package planner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// FuzzParseHolidays checks that any input either gives a list without a
// day listed twice that survives being written and read back, or an
// error that names a line.
func FuzzParseHolidays(f *testing.F) {
	for _, s := range []string{
		"2026-12-25 Christmas Day\n# comment\n2026-12-26\tBoxing Day\n",
		"2026-13-01 bad\n2026-12-25 x\n2026-12-25 y\n",
		`[{"date": "2026-12-25", "name": "Christmas Day"}]`,
		"[\n{\"date\": \"2026-12-32\"},\n{\"name\": 1}]",
		"[",
		"\ufeff2026-01-01 New Year\r\n",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		list, err := ParseHolidays(strings.NewReader(in))
		if err != nil {
			v, ok := AsValidation(err)
			if !ok || len(v.Problems) == 0 {
				t.Fatalf("error %q is not a list of problems", err)
			}
			for _, p := range v.Problems {
				if !strings.HasPrefix(p.Field, "line ") || p.Message == "" {
					t.Errorf("problem %q does not name its line", p.Error())
				}
			}
			return
		}
		seen := map[Date]bool{}
		for _, h := range list {
			if h.Date.IsZero() || seen[h.Date] {
				t.Fatalf("day %v missing or listed twice in %v", h.Date, list)
			}
			seen[h.Date] = true
		}
		var b bytes.Buffer
		if err := WriteHolidays(&b, list); err != nil {
			t.Fatalf("write %v: %v", list, err)
		}
		back, err := ParseHolidays(&b)
		if err != nil {
			t.Fatalf("read back %q: %v", b.String(), err)
		}
		if !slices.Equal(back, list) {
			t.Errorf("read back %v, want %v", back, list)
		}
	})
}
