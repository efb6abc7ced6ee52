package app

import (
	"strings"
	"testing"
	"time"
)

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
