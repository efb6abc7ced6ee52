package planner

import (
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestCaseTimeline(t *testing.T) {
	rules := slaTestCatalog().FollowUp
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		status CaseStatus
		since  time.Time
		// reminders, auto-close and reopen-until as RFC 3339 in since's zone.
		reminders   [3]string
		autoClose   string
		reopenUntil string
	}{
		{
			// +24 h, +72 h, +120 h, +144 h; reopen 14 days after closing.
			name: "plain week", status: CaseAwaitingResponse,
			since:       time.Date(2026, 11, 24, 10, 0, 0, 0, london),
			reminders:   [3]string{"2026-11-25T10:00:00Z", "2026-11-27T10:00:00Z", "2026-11-29T10:00:00Z"},
			autoClose:   "2026-11-30T10:00:00Z",
			reopenUntil: "2026-12-14T10:00:00Z",
		},
		{
			// Set Thursday 12:00 BST (11:00 UTC); the clocks go back on
			// Sunday 25 October, so from then on the hours are 11:00 GMT.
			name: "across fall-back", status: CaseSolutionProposed,
			since:       time.Date(2026, 10, 22, 12, 0, 0, 0, london),
			reminders:   [3]string{"2026-10-23T12:00:00+01:00", "2026-10-25T11:00:00Z", "2026-10-27T11:00:00Z"},
			autoClose:   "2026-10-28T11:00:00Z",
			reopenUntil: "2026-11-11T11:00:00Z",
		},
		{
			// Closes Thursday 26 March 12:00 GMT; 14 calendar days later
			// is 9 April 12:00 BST: 335 elapsed hours, not 336.
			name: "reopen window across spring-forward", status: CaseAwaitingResponse,
			since:       time.Date(2026, 3, 20, 12, 0, 0, 0, london),
			reminders:   [3]string{"2026-03-21T12:00:00Z", "2026-03-23T12:00:00Z", "2026-03-25T12:00:00Z"},
			autoClose:   "2026-03-26T12:00:00Z",
			reopenUntil: "2026-04-09T12:00:00+01:00",
		},
		{
			name: "in UTC", status: CaseSolutionProposed,
			since:       time.Date(2026, 2, 26, 23, 30, 0, 0, time.UTC),
			reminders:   [3]string{"2026-02-27T23:30:00Z", "2026-03-01T23:30:00Z", "2026-03-03T23:30:00Z"},
			autoClose:   "2026-03-04T23:30:00Z",
			reopenUntil: "2026-03-18T23:30:00Z",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, err := CaseTimeline(rules, tc.status, tc.since)
			if err != nil {
				t.Fatal(err)
			}
			if tl.Status != tc.status || !tl.Since.Equal(tc.since) {
				t.Errorf("status %q since %s, want %q %s", tl.Status, tl.Since, tc.status, tc.since)
			}
			if len(tl.Reminders) != 3 {
				t.Fatalf("%d reminders, want 3", len(tl.Reminders))
			}
			for i, r := range tl.Reminders {
				if r.N != i+1 {
					t.Errorf("reminder %d numbered %d", i+1, r.N)
				}
				if got := r.At.Format(time.RFC3339); got != tc.reminders[i] {
					t.Errorf("reminder %d at %s, want %s", i+1, got, tc.reminders[i])
				}
			}
			for i, want := range []int{5, 3, 1} {
				if tl.Reminders[i].DaysLeft != want {
					t.Errorf("reminder %d says %d days left, want %d", i+1, tl.Reminders[i].DaysLeft, want)
				}
			}
			if got := tl.AutoClose.Format(time.RFC3339); got != tc.autoClose {
				t.Errorf("auto-close %s, want %s", got, tc.autoClose)
			}
			if got := tl.ReopenUntil.Format(time.RFC3339); got != tc.reopenUntil {
				t.Errorf("reopen until %s, want %s", got, tc.reopenUntil)
			}
		})
	}
}

func TestCaseTimelineErrors(t *testing.T) {
	since := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	good := slaTestCatalog().FollowUp
	withRules := func(change func(*catalog.FollowUpRules)) catalog.FollowUpRules {
		r := slaTestCatalog().FollowUp
		change(&r)
		return r
	}
	for _, tc := range []struct {
		name   string
		rules  catalog.FollowUpRules
		status CaseStatus
		since  time.Time
		want   string
	}{
		{"status that starts no clock", good, "closed", since, `status "closed" does not start the follow-up clock (want awaiting-response or solution-proposed)`},
		{"empty status", good, "", since, `status "" does not start the follow-up clock`},
		{"no time", good, CaseAwaitingResponse, time.Time{}, "no time the status was set"},
		{"no statuses", withRules(func(r *catalog.FollowUpRules) { r.Statuses = nil }), CaseAwaitingResponse, since, "statuses: no status starts the follow-up clock"},
		{"reminders out of order", withRules(func(r *catalog.FollowUpRules) { r.Reminders[1].AfterHours = 12 }), CaseAwaitingResponse, since,
			"reminders[1].afterHours: 12 is not after the previous reminder (24)"},
		{"reminder after closing", withRules(func(r *catalog.FollowUpRules) { r.Reminders[2].AfterHours = 150 }), CaseAwaitingResponse, since,
			"reminders[2].afterHours: 150 is not before the auto-close (144)"},
		{"no auto-close", withRules(func(r *catalog.FollowUpRules) { r.AutoCloseAfterHours = 0; r.Reminders = nil }), CaseAwaitingResponse, since,
			"autoCloseAfterHours: must be more than 0, not 0"},
		{"negative reopen days", withRules(func(r *catalog.FollowUpRules) { r.ReopenWithinDays = -1 }), CaseAwaitingResponse, since,
			"reopenWithinDays: must not be negative, not -1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := CaseTimeline(tc.rules, tc.status, tc.since)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to say %q", err, tc.want)
			}
		})
	}
}

// TestCaseTimelineStatusSpelling checks that a catalog may spell its
// statuses as people do.
func TestCaseTimelineStatusSpelling(t *testing.T) {
	rules := slaTestCatalog().FollowUp
	rules.Statuses = []string{"Awaiting response", "Solution proposed"}
	tl, err := CaseTimeline(rules, CaseSolutionProposed, time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if tl.Status != CaseSolutionProposed {
		t.Errorf("status %q, want %q", tl.Status, CaseSolutionProposed)
	}
}

func TestParseCaseStatus(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want CaseStatus
		err  bool
	}{
		{"awaiting-response", CaseAwaitingResponse, false},
		{"Awaiting response", CaseAwaitingResponse, false},
		{"AWAITING_RESPONSE", CaseAwaitingResponse, false},
		{"  solution-proposed\t", CaseSolutionProposed, false},
		{"Solution  Proposed", CaseSolutionProposed, false},
		{"closed", "", true},
		{"", "", true},
		{"awaiting", "", true},
	} {
		got, err := ParseCaseStatus(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseCaseStatus(%q) = %q, %v; want %q, error %v", tc.in, got, err, tc.want, tc.err)
		}
		if err != nil && !strings.Contains(err.Error(), "want awaiting-response or solution-proposed") {
			t.Errorf("ParseCaseStatus(%q) error %q does not name the accepted statuses", tc.in, err)
		}
	}
}

func FuzzParseCaseStatus(f *testing.F) {
	for _, s := range []string{"awaiting-response", "Solution proposed", "closed", "", "\xff-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := ParseCaseStatus(s)
		if err != nil {
			return
		}
		again, err := ParseCaseStatus(string(st))
		if err != nil || again != st {
			t.Errorf("ParseCaseStatus(%q) = %q, which parses as %q, %v", s, st, again, err)
		}
	})
}
