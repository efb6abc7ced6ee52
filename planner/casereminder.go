package planner

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// ReminderState says what the TAM did about a follow-up reminder.
type ReminderState string

// Reminder states. A reminder nobody marked is pending; only the marks
// sent and dismissed are kept with the case.
const (
	ReminderPending   ReminderState = "pending"
	ReminderSent      ReminderState = "sent"
	ReminderDismissed ReminderState = "dismissed"
)

// ReminderMark records that the TAM sent or dismissed one follow-up
// reminder of a case.
type ReminderMark struct {
	// Since is the instant of the status change whose follow-up period
	// the reminder belongs to: the At of an entry of the case's History.
	Since time.Time `json:"since"`
	// N is the reminder's number from 1 (FollowUpReminder.N); the number
	// after the last reminder stands for the auto-close.
	N     int           `json:"n"`
	State ReminderState `json:"state"`
	// At is when the TAM marked it.
	At time.Time `json:"at"`
}

// CaseReminder is one step of a waiting case's follow-up: a reminder, or
// the auto-close that follows the last one.
type CaseReminder struct {
	CaseID ID `json:"caseId"`
	// Since is when the case was set to Status, which started the
	// follow-up clock.
	Since  time.Time  `json:"since"`
	Status CaseStatus `json:"status"`
	// N counts the steps from 1; the auto-close is the last.
	N  int       `json:"n"`
	At time.Time `json:"at"`
	// DaysLeft is how many days the reminder says remain before the case
	// closes; 0 for the auto-close.
	DaysLeft int `json:"daysLeft"`
	// AutoClose marks the step at which the case closes by itself.
	AutoClose bool          `json:"autoClose,omitempty"`
	State     ReminderState `json:"state"`
}

// FollowUp returns the follow-up timeline of the case's current status
// when the case waits for the customer (CaseStatus.Waiting), counted from
// its last status change by CaseTimeline. It reports false for a case
// that does not wait.
func (c SupportCase) FollowUp(rules catalog.FollowUpRules) (Timeline, bool, error) {
	if !c.Status.Waiting() || len(c.History) == 0 {
		return Timeline{}, false, nil
	}
	tl, err := CaseTimeline(rules, c.Status, c.History[len(c.History)-1].At)
	if err != nil {
		return Timeline{}, false, fmt.Errorf("case %s: %w", c.Number, err)
	}
	return tl, true, nil
}

// CaseReminders returns the reminders and the auto-close of the case's
// current follow-up period, in order, each with the state the TAM gave
// it (pending when none). A case that does not wait has none.
func (c SupportCase) CaseReminders(rules catalog.FollowUpRules) ([]CaseReminder, error) {
	tl, ok, err := c.FollowUp(rules)
	if err != nil || !ok {
		return nil, err
	}
	out := make([]CaseReminder, 0, len(tl.Reminders)+1)
	for _, r := range tl.Reminders {
		out = append(out, CaseReminder{CaseID: c.ID, Since: tl.Since, Status: tl.Status, N: r.N, At: r.At, DaysLeft: r.DaysLeft})
	}
	out = append(out, CaseReminder{CaseID: c.ID, Since: tl.Since, Status: tl.Status, N: len(tl.Reminders) + 1, At: tl.AutoClose, AutoClose: true})
	for i := range out {
		out[i].State = c.reminderState(out[i].Since, out[i].N)
	}
	return out, nil
}

// reminderState returns the mark of reminder n of the period since, or
// pending.
func (c SupportCase) reminderState(since time.Time, n int) ReminderState {
	for _, m := range c.Reminders {
		if m.N == n && m.Since.Equal(since) {
			return m.State
		}
	}
	return ReminderPending
}

// MarkReminder marks reminder n of the case's current follow-up period
// (see CaseReminders) as sent or dismissed at instant at, replacing an
// earlier mark; marking it pending removes the mark. It returns an error
// and leaves the case unchanged when the case does not wait or has no
// such reminder.
func (c *SupportCase) MarkReminder(rules catalog.FollowUpRules, n int, state ReminderState, at time.Time) error {
	list, err := c.CaseReminders(rules)
	if err != nil {
		return err
	}
	var p problems
	switch {
	case len(list) == 0:
		p.add("n", "the case is %s and waits for no one, so it has no reminders", c.Status.Label())
	case n < 1 || n > len(list):
		p.add("n", "the case has reminders 1 to %d, not %d", len(list), n)
	}
	switch state {
	case ReminderPending, ReminderSent, ReminderDismissed:
	default:
		p.add("state", "unknown reminder state %q (want pending, sent or dismissed)", state)
	}
	if at.IsZero() && state != ReminderPending {
		p.add("at", "must be set")
	}
	if err := p.err(Textf("case %s", c.Number)); err != nil {
		return err
	}
	since := list[0].Since
	c.Reminders = slices.DeleteFunc(c.Reminders, func(m ReminderMark) bool { return m.N == n && m.Since.Equal(since) })
	if state != ReminderPending {
		c.Reminders = append(c.Reminders, ReminderMark{Since: since, N: n, State: state, At: at})
	}
	return nil
}

// checkReminderMarks adds what is wrong with the reminder marks of c to
// p: each belongs to a status change of c to a waiting status, names a
// step of its follow-up (rules.Reminders and the auto-close), is sent or
// dismissed, says when, and is the only mark of its step.
func checkReminderMarks(p *problems, rules catalog.FollowUpRules, c SupportCase) {
	type step struct {
		since int64
		n     int
	}
	seen := map[step]bool{}
	for i, m := range c.Reminders {
		f := fmt.Sprintf("reminders[%d].", i)
		if !slices.ContainsFunc(c.History, func(ch CaseStatusChange) bool { return ch.Status.Waiting() && ch.At.Equal(m.Since) }) {
			p.add(f+"since", "names no change of the case to %s or %s", CaseAwaitingResponse.Label(), CaseSolutionProposed.Label())
		}
		if m.N < 1 || m.N > len(rules.Reminders)+1 {
			p.add(f+"n", "must be from 1 to %d, not %d", len(rules.Reminders)+1, m.N)
		}
		if m.State != ReminderSent && m.State != ReminderDismissed {
			p.add(f+"state", "unknown reminder state %q (want sent or dismissed)", m.State)
		}
		if m.At.IsZero() {
			p.add(f+"at", "must be set")
		}
		k := step{m.Since.UnixNano(), m.N}
		if seen[k] {
			p.add(f+"n", "reminder %d of this period is marked twice", m.N)
		}
		seen[k] = true
	}
}

// DueReminder is a follow-up step of a portfolio's case that is due: a
// reminder to chase the customer, or the auto-close.
type DueReminder struct {
	CaseReminder
	CustomerID   ID     `json:"customerId"`
	CustomerName string `json:"customerName"`
	CaseNumber   string `json:"caseNumber"`
	CaseTitle    string `json:"caseTitle"`
	// Overdue marks a step whose day (in the location DueReminders was
	// given) is before the day asked for.
	Overdue bool `json:"overdue,omitempty"`
}

// DueReminders returns the pending follow-up steps of the cases of
// accounts that fall on or before day in loc (the TAM's time zone): those
// of that day and, marked Overdue, those of earlier days. Steps the TAM
// marked sent or dismissed are left out. Once a case's auto-close falls
// on or before day, only the auto-close is listed for it: the case closes
// (see SupportCase.ApplyAutoClose) and earlier reminders no longer
// matter. Each customer's cases follow the case rules of the edition its
// contract is under (CustomerCatalog). The list is ordered by instant,
// then customer and case number.
func DueReminders(cat *catalog.Catalog, accounts []Account, day Date, loc *time.Location) ([]DueReminder, error) {
	if loc == nil {
		return nil, errors.New("due reminders: no time zone")
	}
	var out []DueReminder
	for _, a := range accounts {
		rules := CustomerCatalog(cat, a.Customer).FollowUp
		for _, c := range a.Cases {
			steps, err := c.CaseReminders(rules)
			if err != nil {
				return nil, fmt.Errorf("due reminders of %s: %w", a.Customer.Name, err)
			}
			if n := len(steps); n > 0 && !catalog.DateOf(steps[n-1].At.In(loc)).After(day) {
				steps = steps[n-1:]
			}
			for _, s := range steps {
				on := catalog.DateOf(s.At.In(loc))
				if s.State != ReminderPending || on.After(day) {
					continue
				}
				out = append(out, DueReminder{CaseReminder: s, CustomerID: a.Customer.ID, CustomerName: a.Customer.Name,
					CaseNumber: c.Number, CaseTitle: c.Title, Overdue: on.Before(day)})
			}
		}
	}
	slices.SortStableFunc(out, func(x, y DueReminder) int {
		return cmp.Or(x.At.Compare(y.At), cmp.Compare(x.CustomerName, y.CustomerName), cmp.Compare(x.CaseNumber, y.CaseNumber))
	})
	return out, nil
}
