package planner

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// CaseStatus is the status of a support case. CaseAwaitingResponse and
// CaseSolutionProposed start the follow-up clock: the case waits for the
// customer. CaseInProgress stops it: the support engineer works on the
// case.
type CaseStatus string

// Case statuses.
const (
	// CaseNew is a case opened and not yet worked on; every case starts
	// new.
	CaseNew CaseStatus = "new"
	// CaseInProgress is set when the support engineer works on the case,
	// such as after the customer answered a case that waited for them; it
	// does not wait, so it stops the follow-up clock. The vendor's portal
	// has a working status of its own; Liftoff calls it "In Progress".
	CaseInProgress CaseStatus = "in-progress"
	// CaseAwaitingResponse is set when the support engineer needs
	// information from the customer. The vendor's portal calls it
	// "Pending Response".
	CaseAwaitingResponse CaseStatus = "awaiting-response"
	// CaseSolutionProposed is set when the support engineer has proposed
	// a solution and waits for the customer to confirm it. The vendor's
	// portal calls it "Resolution Provided".
	CaseSolutionProposed CaseStatus = "solution-proposed"
	// CaseClosed is a case closed by the customer, the engineer or the
	// follow-up rules.
	CaseClosed CaseStatus = "closed"
	// CaseReopened is a closed case opened again within the reopen window.
	CaseReopened CaseStatus = "reopened"
)

// CaseStatuses returns every case status, in the order of a case's life.
func CaseStatuses() []CaseStatus {
	return []CaseStatus{CaseNew, CaseInProgress, CaseAwaitingResponse, CaseSolutionProposed, CaseClosed, CaseReopened}
}

// Waiting reports whether a case in status s waits for the customer, so
// that the follow-up clock runs.
func (s CaseStatus) Waiting() bool { return s == CaseAwaitingResponse || s == CaseSolutionProposed }

// Label is the status as the vendor's portal shows it in English: "New",
// "In Progress", "Pending Response", "Resolution Provided", "Closed" or
// "Reopened".
func (s CaseStatus) Label() Text {
	switch s {
	case CaseNew:
		return Textf("New")
	case CaseInProgress:
		return Textf("In Progress")
	case CaseAwaitingResponse:
		return Textf("Pending Response")
	case CaseSolutionProposed:
		return Textf("Resolution Provided")
	case CaseClosed:
		return Textf("Closed")
	case CaseReopened:
		return Textf("Reopened")
	}
	return Textf("%s", string(s))
}

// ParseCaseStatus parses a status that starts the follow-up clock, as
// written by a person or a file: "awaiting-response", "Awaiting response",
// "AWAITING_RESPONSE" and the vendor's label "Pending Response" are the
// same status; "solution-proposed" is also "Resolution Provided". Other
// statuses are refused; ParseSupportCaseStatus reads every status.
func ParseCaseStatus(s string) (CaseStatus, error) {
	if st, err := ParseSupportCaseStatus(s); err == nil && st.Waiting() {
		return st, nil
	}
	return "", fmt.Errorf("case status %q: want %s or %s", s, CaseAwaitingResponse, CaseSolutionProposed)
}

// ParseSupportCaseStatus parses any case status, in the spellings
// ParseCaseStatus accepts: "new", "In Progress", "in_progress",
// "Awaiting response", "Pending Response", "Resolution Provided",
// "solution_proposed", "Closed", "reopened".
func ParseSupportCaseStatus(s string) (CaseStatus, error) {
	switch key := followUpStatusKey(s); key {
	case "pending-response":
		return CaseAwaitingResponse, nil
	case "resolution-provided":
		return CaseSolutionProposed, nil
	default:
		if st := CaseStatus(key); slices.Contains(CaseStatuses(), st) {
			return st, nil
		}
	}
	return "", fmt.Errorf("case status %q: want new, in-progress, awaiting-response (Pending Response), solution-proposed (Resolution Provided), closed or reopened", s)
}

// followUpStatusKey folds case, spaces and underscores so that the
// spellings of one status compare equal.
func followUpStatusKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '-' || r == '\t' }), "-")
}

// FollowUpReminder is one reminder sent to the customer while a case waits.
type FollowUpReminder struct {
	// N counts the reminders from 1.
	N  int       `json:"n"`
	At time.Time `json:"at"`
	// DaysLeft is how many days the reminder says remain before the case
	// closes.
	DaysLeft int `json:"daysLeft"`
}

// Timeline is what happens to a case left waiting for the customer: its
// reminders, when it closes by itself and until when it can be reopened.
type Timeline struct {
	Status CaseStatus `json:"status"`
	// Since is when the case was set to Status.
	Since     time.Time          `json:"since"`
	Reminders []FollowUpReminder `json:"reminders"`
	// AutoClose is when the case closes with a notice.
	AutoClose time.Time `json:"autoClose"`
	// ReopenUntil is the last moment the closed case can be reopened;
	// after it a new case must be opened that refers to this one.
	ReopenUntil time.Time `json:"reopenUntil"`
}

// CaseTimeline returns the follow-up timeline of a case set to status at
// instant since, by the catalog's follow-up rules. Reminder and auto-close
// hours are elapsed hours; ReopenUntil is rules.ReopenWithinDays calendar
// days after AutoClose, at the same wall-clock time in since's location.
// Every time is in since's location.
func CaseTimeline(rules catalog.FollowUpRules, status CaseStatus, since time.Time) (Timeline, error) {
	if since.IsZero() {
		return Timeline{}, errors.New("case follow-up: no time the status was set")
	}
	if err := followUpCheckRules(rules); err != nil {
		return Timeline{}, fmt.Errorf("case follow-up: %w", err)
	}
	accepted := false
	for _, s := range rules.Statuses {
		if followUpStatusKey(s) == followUpStatusKey(string(status)) {
			accepted = true
			break
		}
	}
	if !accepted {
		return Timeline{}, fmt.Errorf("case follow-up: status %q does not start the follow-up clock (want %s)", status, strings.Join(rules.Statuses, " or "))
	}
	tl := Timeline{
		Status:    CaseStatus(followUpStatusKey(string(status))),
		Since:     since,
		Reminders: make([]FollowUpReminder, len(rules.Reminders)),
		AutoClose: since.Add(time.Duration(rules.AutoCloseAfterHours) * time.Hour),
	}
	for i, r := range rules.Reminders {
		tl.Reminders[i] = FollowUpReminder{N: i + 1, At: since.Add(time.Duration(r.AfterHours) * time.Hour), DaysLeft: r.DaysLeft}
	}
	tl.ReopenUntil = tl.AutoClose.AddDate(0, 0, rules.ReopenWithinDays)
	return tl, nil
}

// followUpCheckRules reports rules that cannot make a timeline.
func followUpCheckRules(rules catalog.FollowUpRules) error {
	var p problems
	if len(rules.Statuses) == 0 {
		p.add("statuses", "no status starts the follow-up clock")
	}
	prev := 0
	for i, r := range rules.Reminders {
		f := fmt.Sprintf("reminders[%d]", i)
		switch {
		case r.AfterHours <= 0:
			p.add(f+".afterHours", "must be more than 0, not %d", r.AfterHours)
		case r.AfterHours <= prev:
			p.add(f+".afterHours", "%d is not after the previous reminder (%d)", r.AfterHours, prev)
		case r.AfterHours >= rules.AutoCloseAfterHours:
			p.add(f+".afterHours", "%d is not before the auto-close (%d)", r.AfterHours, rules.AutoCloseAfterHours)
		}
		if r.DaysLeft < 0 {
			p.add(f+".daysLeft", "must not be negative, not %d", r.DaysLeft)
		}
		prev = max(prev, r.AfterHours)
	}
	if rules.AutoCloseAfterHours <= 0 {
		p.add("autoCloseAfterHours", "must be more than 0, not %d", rules.AutoCloseAfterHours)
	}
	if rules.ReopenWithinDays < 0 {
		p.add("reopenWithinDays", "must not be negative, not %d", rules.ReopenWithinDays)
	}
	return p.err(Textf("follow-up rules"))
}
