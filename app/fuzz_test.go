package app

import (
	"strings"
	"testing"
	"time"
)

// FuzzReadTime checks that a day and time of day either read, and then
// write back as read, or give a problem in the window's words, never Go's
// own parse error.
func FuzzReadTime(f *testing.F) {
	for _, seed := range [][2]string{{"2026-11-26", "09:30"}, {"2026-02-30", "10:00"}, {"x", "y"}, {" 2026-01-01 ", "23:59"}, {"2026-03-29", "01:30"}} {
		f.Add(seed[0], seed[1])
	}
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		f.Fatal(err)
	}
	u, _ := newTestUI(f)
	f.Fuzz(func(t *testing.T, day, clock string) {
		got, err := readTime(u, day, clock, loc)
		if err != nil {
			if msg := err.Error(); msg == "" || strings.Contains(msg, "parsing time") ||
				strings.Contains(msg, "%!") && !strings.Contains(day+clock, "%!") {
				t.Fatalf("the problem %q is not in the window's words", msg)
			}
			return
		}
		if got.Location() != loc {
			t.Fatalf("read %v in %v, want %v", got, got.Location(), loc)
		}
		// Written back as the window writes it, it reads the same.
		again, err := readTime(u, got.Format(time.DateOnly), got.Format(timeLayout), loc)
		if err != nil || !again.Equal(got) {
			t.Fatalf("%q %q read as %v, which reads back as %v (%v)", day, clock, got, again, err)
		}
	})
}
