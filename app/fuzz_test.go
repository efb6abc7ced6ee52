package app

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"
	"time"
)

// FuzzDecodeBundle checks that any bytes give a bundle or an error, never
// a panic, and that a bundle written back reads the same.
func FuzzDecodeBundle(f *testing.F) {
	for _, seed := range []string{`{"a": "A"}`, `{"a": {"other": "A"}}`, `{"a": {"one": "%d day", "other": "%d days"}}`,
		`{"a": {"few": "x"}}`, `{"a": 1}`, `[]`, `{"nav.x": "%d of %s"}`, ``} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decodeBundle(data)
		if err != nil {
			return
		}
		for k, m := range got {
			if _, ok := m[pluralOther]; !ok {
				t.Fatalf("key %q decoded without an %q text: %v", k, pluralOther, m)
			}
		}
		again, err := json.Marshal(got)
		if err != nil {
			t.Fatalf("encode %v: %v", got, err)
		}
		back, err := decodeBundle(again)
		if err != nil {
			t.Fatalf("a bundle written back does not read: %v", err)
		}
		if !maps.EqualFunc(got, back, maps.Equal) {
			t.Fatalf("round trip changed %v into %v", got, back)
		}
	})
}

// FuzzReadTime checks that a day and time of day either read, and then
// write back as read, or give an error that names what is wrong.
func FuzzReadTime(f *testing.F) {
	for _, seed := range [][2]string{{"2026-11-26", "09:30"}, {"2026-02-30", "10:00"}, {"x", "y"}, {" 2026-01-01 ", "23:59"}, {"2026-03-29", "01:30"}} {
		f.Add(seed[0], seed[1])
	}
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, day, clock string) {
		got, err := readTime(day, clock, loc)
		if err != nil {
			if !strings.Contains(err.Error(), "want") {
				t.Fatalf("error %q does not say what is wanted", err)
			}
			return
		}
		if got.Location() != loc {
			t.Fatalf("read %v in %v, want %v", got, got.Location(), loc)
		}
		if d := got.Format(time.DateOnly); d != strings.TrimSpace(day) {
			t.Fatalf("day %q read as %s", day, d)
		}
	})
}
