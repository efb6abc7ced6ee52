package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// account reads the stored account of the customer named name (a unique
// start of it) from c's database.
func (c *cli) account(name string) planner.Account {
	c.t.Helper()
	db, err := storage.Open(filepath.Join(c.dir, "liftoff.db"), catalog.Default(), storage.Options{ReadOnly: true})
	if err != nil {
		c.t.Fatal(err)
	}
	defer db.Close()
	accounts, err := db.Accounts()
	if err != nil {
		c.t.Fatal(err)
	}
	for _, a := range accounts {
		if strings.HasPrefix(a.Customer.Name, name) {
			return a
		}
	}
	c.t.Fatalf("no customer %q", name)
	return planner.Account{}
}

// occurrences returns the activities of series id in acc, by day.
func occurrences(acc planner.Account, id planner.ID) []planner.Activity {
	var out []planner.Activity
	for _, a := range acc.Activities {
		if a.SeriesID == id {
			out = append(out, a)
		}
	}
	return out
}

func days(acts []planner.Activity) []string {
	out := make([]string, len(acts))
	for i, a := range acts {
		out[i] = a.Date.String()
	}
	return out
}

// addSeries adds a series for Müller GmbH with the extra flags and
// returns it as stored.
func (c *cli) addSeries(flags ...string) (planner.Series, string) {
	c.t.Helper()
	before := c.account("Müller")
	out := c.ok(append([]string{"activity", "add", "--customer", "Müller", "--item", "pro-roadmap-review", "--hours", "1"}, flags...)...)
	after := c.account("Müller")
	for _, s := range after.Series {
		if _, old := before.SeriesByID(s.ID); !old {
			return s, out
		}
	}
	c.t.Fatalf("no series was stored; output:\n%s", out)
	return planner.Series{}, ""
}

func TestActivityAddRepeats(t *testing.T) {
	tests := []struct {
		name  string
		flags []string
		rule  planner.Recurrence
		days  []string
	}{
		{"weekly, three times", []string{"--date", "2027-01-05", "--repeat", "weekly", "--count", "3"},
			planner.RecurWeekly, []string{"2027-01-05", "2027-01-12", "2027-01-19"}},
		{"biweekly until a day", []string{"--date", "2027-02-02", "--repeat", "biweekly", "--until", "2027-03-02"},
			planner.RecurBiweekly, []string{"2027-02-02", "2027-02-16", "2027-03-02"}},
		// 28 February is a Sunday and 29 March Easter Monday: each moves
		// to the next business day.
		{"monthly on the 29th, days off moved on", []string{"--date", "2027-01-29", "--repeat", "monthly", "--count", "3"},
			planner.RecurMonthlyDay, []string{"2027-01-29", "2027-03-01", "2027-03-30"}},
		{"the second Tuesday", []string{"--date", "2027-01-12", "--repeat", "monthly-nth", "--count", "3"},
			planner.RecurMonthlyWeekday, []string{"2027-01-12", "2027-02-09", "2027-03-09"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			c.ok("sample")
			s, out := c.addSeries(tt.flags...)
			if s.Rule != tt.rule {
				t.Errorf("stored rule %s, want %s", s.Rule, tt.rule)
			}
			acc := c.account("Müller")
			if err := acc.Validate(catalog.Default()); err != nil {
				t.Errorf("the account is not valid after adding the series: %v", err)
			}
			occ := occurrences(acc, s.ID)
			if got := days(occ); !slices.Equal(got, tt.days) {
				t.Errorf("occurrences on %q, want %q", got, tt.days)
			}
			for _, o := range occ {
				if !strings.Contains(out, o.ID.String()+" "+o.Date.String()) {
					t.Errorf("the output does not list occurrence %s on %s:\n%s", o.ID, o.Date, out)
				}
				if o.Hours != 1 || o.Status != planner.ActivityScheduled || o.ItemID != "pro-roadmap-review" {
					t.Errorf("occurrence stored as %+v", o)
				}
			}
			if !strings.HasPrefix(out, "added series "+s.ID.String()) {
				t.Errorf("output does not start with the series ID:\n%s", out)
			}
		})
	}
}

func TestActivityAddRepeatUsageErrors(t *testing.T) {
	tests := []struct {
		name  string
		flags []string
		want  string
	}{
		{"count without repeat", []string{"--count", "3"}, "--count and --until need --repeat"},
		{"until without repeat", []string{"--until", "2027-03-01"}, "--count and --until need --repeat"},
		{"unknown rule", []string{"--repeat", "daily", "--count", "3"}, `unknown --repeat rule "daily" (want weekly, biweekly, monthly, monthly-nth)`},
		{"no end", []string{"--repeat", "weekly"}, "--repeat needs --count N or --until DAY"},
		{"too many", []string{"--repeat", "weekly", "--count", "300"}, "--count: must be from 1 to 260, not 300"},
		{"until before the start", []string{"--repeat", "weekly", "--until", "2027-01-01"}, "--until: must not be before the start 2027-01-05"},
		{"until not a day", []string{"--repeat", "weekly", "--until", "soon"}, `--until "soon": want a day as YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			args := append([]string{"activity", "add", "--customer", "Müller", "--item", "pro-roadmap-review", "--date", "2027-01-05"}, tt.flags...)
			if msg := c.fail(2, args...); !strings.Contains(msg, tt.want) {
				t.Errorf("stderr %q, want %q", msg, tt.want)
			}
		})
	}
}

func TestActivityAddSeriesReportsConflicts(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	before := c.account("Müller")
	// The sample's current week (the tests' today is 2026-11-26) is full
	// already.
	args := []string{"activity", "add", "--customer", "Müller", "--item", "pro-roadmap-review", "--hours", "1",
		"--date", "2026-11-27", "--repeat", "weekly", "--until", "2026-12-18"}
	msg := c.fail(1, args...)
	if !strings.Contains(msg, "conflict: Week of 2026-11-23") || !strings.Contains(msg, "not saved: 1 conflict (add --force to save anyway)") {
		t.Errorf("stderr:\n%s", msg)
	}
	if after := c.account("Müller"); len(after.Series) != len(before.Series) || len(after.Activities) != len(before.Activities) {
		t.Fatalf("a refused series was saved: %d series, %d activities", len(after.Series), len(after.Activities))
	}
	s, _ := c.addSeries(append(args[8:], "--force")...)
	if got := len(occurrences(c.account("Müller"), s.ID)); got != 4 {
		t.Errorf("%d occurrences saved with --force, want 4", got)
	}
}

func TestActivityMove(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	s, _ := c.addSeries("--date", "2027-01-05", "--repeat", "monthly-nth", "--count", "4")
	occ := occurrences(c.account("Müller"), s.ID)
	if got := days(occ); !slices.Equal(got, []string{"2027-01-05", "2027-02-02", "2027-03-02", "2027-04-06"}) {
		t.Fatalf("series on %q", got)
	}

	// One occurrence, alone.
	out := c.ok("activity", "move", occ[1].ID.String(), "--date", "2027-02-03")
	if !strings.Contains(out, "moved 1 occurrence of Product roadmap reviews for Müller GmbH") || !strings.Contains(out, "2027-02-02 -> 2027-02-03 Wed") {
		t.Errorf("output:\n%s", out)
	}
	want := []string{"2027-01-05", "2027-02-03", "2027-03-02", "2027-04-06"}
	if got := days(occurrences(c.account("Müller"), s.ID)); !slices.Equal(got, want) {
		t.Fatalf("after moving one: %q, want %q", got, want)
	}

	// This and the later ones: the first Thursday from March on.
	out = c.ok("activity", "move", occ[2].ID.String(), "--date", "2027-03-04", "--series")
	if !strings.Contains(out, "moved 2 occurrences") || !strings.Contains(out, "2027-04-06 -> 2027-04-01 Thu") {
		t.Errorf("output:\n%s", out)
	}
	want = []string{"2027-01-05", "2027-02-03", "2027-03-04", "2027-04-01"}
	acc := c.account("Müller")
	if got := days(occurrences(acc, s.ID)); !slices.Equal(got, want) {
		t.Fatalf("after moving the series: %q, want %q", got, want)
	}
	if stored, _ := acc.SeriesByID(s.ID); stored != s {
		t.Errorf("the series changed to %+v", stored)
	}
	if out := c.ok("activity", "move", occ[2].ID.String(), "--date", "2027-03-04"); !strings.Contains(out, "is already on 2027-03-04") {
		t.Errorf("moving to the same day: %s", out)
	}

	errTests := []struct {
		name string
		code int
		args []string
		want string
	}{
		{"to a Saturday", 1, []string{occ[2].ID.String(), "--date", "2027-03-06", "--series"}, "not a business day in Europe, Middle East and Africa (Saturday)"},
		{"to Good Friday", 1, []string{occ[3].ID.String(), "--date", "2027-03-26"}, "(holiday: Good Friday)"},
		{"a one-off activity as a series", 2, []string{acc.Activities[0].ID.String(), "--date", "2027-03-03", "--series"}, "is not an occurrence of a series: leave out --series"},
		{"an unknown activity", 2, []string{planner.NewID().String(), "--date", "2027-03-03"}, "no activity with ID"},
		{"no day", 2, []string{occ[0].ID.String()}, "--date is required"},
		{"no ID", 2, []string{"--date", "2027-03-03"}, "want ACTIVITY-ID"},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			before := days(occurrences(c.account("Müller"), s.ID))
			if msg := c.fail(tt.code, append([]string{"activity", "move"}, tt.args...)...); !strings.Contains(msg, tt.want) {
				t.Errorf("stderr %q, want %q", msg, tt.want)
			}
			if got := days(occurrences(c.account("Müller"), s.ID)); !slices.Equal(got, before) {
				t.Errorf("a refused move changed the series: %q, was %q", got, before)
			}
		})
	}
}

func TestActivityMoveKeepsDeliveredOccurrences(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	s, _ := c.addSeries("--date", "2026-10-26", "--repeat", "weekly", "--count", "4")
	occ := occurrences(c.account("Müller"), s.ID)
	c.ok("activity", "set-status", occ[2].ID.String(), "delivered")
	if msg := c.fail(1, "activity", "move", occ[2].ID.String(), "--date", "2026-11-11"); !strings.Contains(msg, "delivered on 2026-11-09 and keeps that day") {
		t.Errorf("moving a delivered occurrence: %s", msg)
	}
	// Moving the series from the second on passes over the delivered
	// third: it keeps its day.
	c.ok("activity", "move", occ[1].ID.String(), "--date", "2026-11-04", "--series")
	want := []string{"2026-10-26", "2026-11-04", "2026-11-09", "2026-11-11"}
	if got := days(occurrences(c.account("Müller"), s.ID)); !slices.Equal(got, want) {
		t.Errorf("occurrences on %q, want %q", got, want)
	}
}
