package planner

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// reminderPortfolio returns two accounts: Müller's case E-1001 waits for
// a response since Tuesday 24 November 2026 11:00 UTC (reminders on the
// 25th, 27th and 29th at 11:00, closing on Monday the 30th), Acme's case
// A-7 has had a solution proposed since Wednesday 25 November 20:00 UTC
// (reminders on the 26th, 28th and 30th at 20:00), and Acme's case A-8 is
// new.
func reminderPortfolio(t *testing.T) []Account {
	t.Helper()
	rules := catalog.Default().FollowUp
	muller := Account{Customer: caseCustomer(), Cases: []SupportCase{caseWaiting(t)}}
	acmeID := NewID()
	acme := Account{Customer: Customer{ID: acmeID, Name: "Acme Corp", Region: catalog.Americas}}
	proposed := NewSupportCase(acmeID, "A-7", "Import stalls", "campaign", catalog.P3, caseAt(t, "2026-11-25T16:00:00Z"))
	if err := proposed.SetStatus(rules, CaseSolutionProposed, caseAt(t, "2026-11-25T20:00:00Z")); err != nil {
		t.Fatal(err)
	}
	acme.Cases = []SupportCase{proposed, NewSupportCase(acmeID, "A-8", "Question", "", catalog.P4, caseAt(t, "2026-11-20T08:00:00Z"))}
	return []Account{muller, acme}
}

// reminderList writes due reminders as "case#n day[ overdue]" for
// comparison.
func reminderList(list []DueReminder) string {
	var parts []string
	for _, r := range list {
		s := fmt.Sprintf("%s#%d", r.CaseNumber, r.N)
		if r.AutoClose {
			s = r.CaseNumber + "#close"
		}
		if r.Overdue {
			s += " overdue"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func TestDueReminders(t *testing.T) {
	rules := catalog.Default().FollowUp
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		mark func(t *testing.T, accounts []Account)
		day  string
		loc  *time.Location
		want string
	}{
		{"before any reminder", nil, "2026-11-24", time.UTC, ""},
		{"first reminder day", nil, "2026-11-25", time.UTC, "E-1001#1"},
		{"overdue and due", nil, "2026-11-27", time.UTC, "E-1001#1 overdue, A-7#1 overdue, E-1001#2"},
		// In Tokyo A-7's first reminder falls on the 27th at 05:00.
		{"in the TAM's zone", nil, "2026-11-27", tokyo, "E-1001#1 overdue, A-7#1, E-1001#2"},
		{"marked ones are left out", func(t *testing.T, a []Account) {
			if err := a[0].Cases[0].MarkReminder(rules, 1, ReminderSent, caseAt(t, "2026-11-25T12:00:00Z")); err != nil {
				t.Fatal(err)
			}
			if err := a[1].Cases[0].MarkReminder(rules, 1, ReminderDismissed, caseAt(t, "2026-11-27T08:00:00Z")); err != nil {
				t.Fatal(err)
			}
		}, "2026-11-27", time.UTC, "E-1001#2"},
		// E-1001 closes on the 30th: only its closing is listed.
		{"the closing replaces earlier reminders", nil, "2026-11-30", time.UTC, "A-7#1 overdue, A-7#2 overdue, E-1001#close, A-7#3"},
		{"a case that no longer waits has none", func(t *testing.T, a []Account) {
			if err := a[0].Cases[0].SetStatus(rules, CaseClosed, caseAt(t, "2026-11-26T09:00:00Z")); err != nil {
				t.Fatal(err)
			}
		}, "2026-11-27", time.UTC, "A-7#1 overdue"},
		// The customer answered on the 26th: the case is in progress and
		// its follow-up clock stopped, so none of its reminders is due,
		// not even after the day it would have closed.
		{"a case in progress has none", func(t *testing.T, a []Account) {
			if err := a[0].Cases[0].SetStatus(rules, CaseInProgress, caseAt(t, "2026-11-26T09:00:00Z")); err != nil {
				t.Fatal(err)
			}
		}, "2026-11-27", time.UTC, "A-7#1 overdue"},
		{"a case in progress does not close", func(t *testing.T, a []Account) {
			if err := a[0].Cases[0].SetStatus(rules, CaseInProgress, caseAt(t, "2026-11-26T09:00:00Z")); err != nil {
				t.Fatal(err)
			}
		}, "2026-12-02", time.UTC, "A-7#close overdue"},
		// Set to awaiting response again on the 26th: a new period, whose first reminder is on the 27th.
		{"a new status starts a new period", func(t *testing.T, a []Account) {
			c := &a[0].Cases[0]
			if err := c.MarkReminder(rules, 1, ReminderSent, caseAt(t, "2026-11-25T12:00:00Z")); err != nil {
				t.Fatal(err)
			}
			if err := c.SetStatus(rules, CaseAwaitingResponse, caseAt(t, "2026-11-26T15:00:00Z")); err != nil {
				t.Fatal(err)
			}
		}, "2026-11-27", time.UTC, "A-7#1 overdue, E-1001#1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			accounts := reminderPortfolio(t)
			if tt.mark != nil {
				tt.mark(t, accounts)
			}
			got, err := DueReminders(catalog.Default(), accounts, catalog.MustDate(tt.day), tt.loc)
			if err != nil {
				t.Fatal(err)
			}
			if s := reminderList(got); s != tt.want {
				t.Errorf("due by %s: %q, want %q", tt.day, s, tt.want)
			}
			for _, r := range got {
				if r.CustomerName == "" || r.CaseTitle == "" || r.CaseID == (ID{}) || r.State != ReminderPending {
					t.Errorf("reminder %+v lacks its case or customer, or is not pending", r)
				}
			}
			if err := accounts[0].Validate(catalog.Default()); err != nil {
				t.Errorf("Müller's account is invalid after the changes: %v", err)
			}
		})
	}
	if _, err := DueReminders(catalog.Default(), reminderPortfolio(t), catalog.MustDate("2026-11-27"), nil); err == nil {
		t.Error("no error without a time zone")
	}
}

func TestCaseRemindersAndMarks(t *testing.T) {
	rules := catalog.Default().FollowUp
	c := caseWaiting(t)
	steps, err := c.CaseReminders(rules)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range steps {
		got = append(got, fmt.Sprintf("%d %s %d %v %s", s.N, s.At.Format("01-02 15:04"), s.DaysLeft, s.AutoClose, s.State))
	}
	want := "1 11-25 11:00 5 false pending; 2 11-27 11:00 3 false pending; 3 11-29 11:00 1 false pending; 4 11-30 11:00 0 true pending"
	if s := strings.Join(got, "; "); s != want {
		t.Errorf("steps %q, want %q", s, want)
	}
	marked := caseAt(t, "2026-11-27T12:00:00Z")
	if err := c.MarkReminder(rules, 2, ReminderSent, marked); err != nil {
		t.Fatal(err)
	}
	if err := c.MarkReminder(rules, 2, ReminderDismissed, marked); err != nil {
		t.Fatal(err)
	}
	if len(c.Reminders) != 1 || c.Reminders[0].State != ReminderDismissed || !c.Reminders[0].Since.Equal(c.History[0].At) {
		t.Errorf("marks %+v, want reminder 2 dismissed once", c.Reminders)
	}
	if err := c.MarkReminder(rules, 2, ReminderPending, time.Time{}); err != nil || len(c.Reminders) != 0 {
		t.Errorf("marking pending: %v, marks %+v; want none", err, c.Reminders)
	}
	for _, bad := range []struct {
		n     int
		state ReminderState
		at    time.Time
		want  string
	}{
		{0, ReminderSent, marked, "reminders 1 to 4, not 0"},
		{5, ReminderSent, marked, "reminders 1 to 4, not 5"},
		{1, "done", marked, `unknown reminder state "done"`},
		{1, ReminderSent, time.Time{}, "must be set"},
	} {
		if err := c.MarkReminder(rules, bad.n, bad.state, bad.at); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("MarkReminder(%d, %s): %v, want %q", bad.n, bad.state, err, bad.want)
		}
	}
	fresh := NewSupportCase(caseCustomerID, "E-2", "New", "", catalog.P4, c.Opened)
	if err := fresh.MarkReminder(rules, 1, ReminderSent, marked); err == nil || !strings.Contains(err.Error(), "waits for no one") {
		t.Errorf("marking a reminder of a new case: %v", err)
	}
}

// TestInProgressStopsTheClock checks that a waiting case set in progress
// after the customer answered has no reminders, cannot be marked, does
// not close by itself, keeps the marks of the period it waited in, and
// that waiting again starts a new period.
func TestInProgressStopsTheClock(t *testing.T) {
	rules := catalog.Default().FollowUp
	c := caseWaiting(t) // awaiting response since Tuesday 24 November 11:00 UTC
	if err := c.MarkReminder(rules, 1, ReminderSent, caseAt(t, "2026-11-25T12:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if err := c.SetStatus(rules, CaseInProgress, caseAt(t, "2026-11-26T09:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := c.FollowUp(rules); ok || err != nil {
		t.Errorf("a case in progress has a follow-up timeline (%v)", err)
	}
	if steps, err := c.CaseReminders(rules); len(steps) != 0 || err != nil {
		t.Errorf("a case in progress has reminders %+v (%v)", steps, err)
	}
	if err := c.MarkReminder(rules, 2, ReminderDismissed, caseAt(t, "2026-11-27T12:00:00Z")); err == nil || !strings.Contains(err.Error(), "is In Progress and waits for no one") {
		t.Errorf("marking a reminder of a case in progress: %v", err)
	}
	if done, err := c.ApplyAutoClose(rules, caseAt(t, "2026-12-02T08:00:00Z")); done || err != nil {
		t.Errorf("a case in progress closed by itself: %v, %v", done, err)
	}
	if err := c.Validate(catalog.Default()); err != nil {
		t.Errorf("the case in progress, with a mark of the period it waited in, is invalid: %v", err)
	}
	if err := c.SetStatus(rules, CaseAwaitingResponse, caseAt(t, "2026-11-27T10:00:00Z")); err != nil {
		t.Fatal(err)
	}
	steps, err := c.CaseReminders(rules)
	if err != nil || len(steps) == 0 || !steps[0].At.Equal(caseAt(t, "2026-11-28T10:00:00Z")) || steps[0].State != ReminderPending {
		t.Errorf("waiting again: steps %+v (%v), want a new period whose first reminder is on the 28th at 10:00, pending", steps, err)
	}
}

// TestReminderMarksSurviveJSON checks that what the TAM marked is kept
// with the case: written and read back, the reminder is still sent.
func TestReminderMarksSurviveJSON(t *testing.T) {
	rules := catalog.Default().FollowUp
	accounts := reminderPortfolio(t)
	if err := accounts[0].Cases[0].MarkReminder(rules, 1, ReminderSent, caseAt(t, "2026-11-25T12:00:00Z")); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(accounts)
	if err != nil {
		t.Fatal(err)
	}
	var back []Account
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	got, err := DueReminders(catalog.Default(), back, catalog.MustDate("2026-11-25"), time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("due after reading back: %s; want none", reminderList(got))
	}
}

func TestReminderMarksValidate(t *testing.T) {
	cat := catalog.Default()
	tests := []struct {
		name  string
		edit  func(c *SupportCase)
		field string
		want  string
	}{
		{"mark of another period", func(c *SupportCase) { c.Reminders[0].Since = c.Opened }, "reminders[0].since", "names no change of the case to Pending Response or Resolution Provided"},
		{"mark of a step that does not exist", func(c *SupportCase) { c.Reminders[0].N = 5 }, "reminders[0].n", "must be from 1 to 4, not 5"},
		{"pending kept as a mark", func(c *SupportCase) { c.Reminders[0].State = ReminderPending }, "reminders[0].state", `unknown reminder state "pending"`},
		{"mark without its instant", func(c *SupportCase) { c.Reminders[0].At = time.Time{} }, "reminders[0].at", "must be set"},
		{"marked twice", func(c *SupportCase) { c.Reminders = append(c.Reminders, c.Reminders[0]) }, "reminders[1].n", "marked twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := caseWaiting(t)
			if err := c.MarkReminder(cat.FollowUp, 1, ReminderSent, caseAt(t, "2026-11-25T12:00:00Z")); err != nil {
				t.Fatal(err)
			}
			if err := c.Validate(cat); err != nil {
				t.Fatalf("the marked case is invalid: %v", err)
			}
			tt.edit(&c)
			v, ok := AsValidation(c.Validate(cat))
			if !ok {
				t.Fatal("an invalid mark was accepted")
			}
			p, ok := v.Field(tt.field)
			if !ok || p.Field != tt.field || !strings.Contains(p.Message, tt.want) {
				t.Errorf("problems %v, want %s: %q", v, tt.field, tt.want)
			}
		})
	}
}
