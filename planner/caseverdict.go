package planner

import (
	"fmt"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// ResponseState says whether a case's targeted initial response was met.
type ResponseState string

// Response states.
const (
	// ResponseMet: the first response came at or before the deadline.
	ResponseMet ResponseState = "met"
	// ResponseBreached: the first response came after the deadline, or
	// there is none and the deadline has passed.
	ResponseBreached ResponseState = "breached"
	// ResponseOpen: there is no first response yet and the deadline has
	// not passed.
	ResponseOpen ResponseState = "open"
)

// ResponseVerdict is how a case fared against its targeted initial
// response.
type ResponseVerdict struct {
	CaseID ID `json:"caseId"`
	// Target is the response target that applies (see ResponseTargetFor).
	Target ResponseTarget `json:"target"`
	// Due is the response deadline, in the calendar's location, as
	// ResponseDeadline gives it.
	Due time.Time `json:"due"`
	// FirstResponse is the case's first response; zero when none.
	FirstResponse time.Time     `json:"firstResponse,omitzero"`
	State         ResponseState `json:"state"`
	// MarginMinutes is how many whole minutes the response came before
	// the deadline, or for an open case how many remain; negative when
	// breached, by how many minutes, a part of a minute counting as a
	// whole one.
	MarginMinutes int `json:"marginMinutes"`
}

// Breached reports whether the response target was missed.
func (v ResponseVerdict) Breached() bool { return v.State == ResponseBreached }

// Responded reports whether the case had a first response.
func (v ResponseVerdict) Responded() bool { return !v.FirstResponse.IsZero() }

// Text says the verdict in a sentence, such as "met, 12 minutes before
// the deadline", "breached by 1 hour 5 minutes" or "open, due at
// 2026-11-30 10:30 GMT (45 minutes left)".
func (v ResponseVerdict) Text() Text {
	switch {
	case v.State == ResponseMet:
		return Textf("met, %s before the deadline", Minutes(v.MarginMinutes))
	case v.State == ResponseOpen:
		return Textf("open, due at %s (%s left)", caseInstant(v.Due), Minutes(v.MarginMinutes))
	case v.Responded():
		return Textf("breached by %s", Minutes(-v.MarginMinutes))
	}
	return Textf("breached: no first response, due at %s (%s ago)", caseInstant(v.Due), Minutes(-v.MarginMinutes))
}

// CaseResponseVerdict returns the verdict on case c of a customer with
// membership m in calendar cal at instant now: the deadline is
// ResponseDeadline's for c.Case(cat) (tier, 24x5 setting and Commerce
// Managed Services licence from m; region, hours and holidays from cal).
// A case with a first response is met or breached by it; one without is
// open until now passes the deadline, breached after.
func CaseResponseVerdict(cat *catalog.Catalog, c SupportCase, m Membership, cal Calendar, now time.Time) (ResponseVerdict, error) {
	target, due, err := ResponseDeadline(cat, c.Case(cat), m, cal)
	if err != nil {
		return ResponseVerdict{}, fmt.Errorf("case %s: %w", c.Number, err)
	}
	v := ResponseVerdict{CaseID: c.ID, Target: target, Due: due, FirstResponse: c.FirstResponse}
	at := now
	if v.Responded() {
		at = c.FirstResponse
	}
	switch {
	case at.After(due):
		v.State = ResponseBreached
		v.MarginMinutes = -verdictCeilMinutes(at.Sub(due))
	case v.Responded():
		v.State = ResponseMet
		v.MarginMinutes = int(due.Sub(at) / time.Minute)
	default:
		v.State = ResponseOpen
		v.MarginMinutes = int(due.Sub(at) / time.Minute)
	}
	return v, nil
}

// verdictCeilMinutes returns d in minutes, a part of a minute counting as
// a whole one.
func verdictCeilMinutes(d time.Duration) int {
	return int((d + time.Minute - 1) / time.Minute)
}

// AccountResponseVerdicts returns the verdict on each case of account a at
// instant now, in the order of a.Cases, counted in the customer's
// calendar (CustomerCalendar with settings s).
func AccountResponseVerdicts(cat *catalog.Catalog, s Settings, a Account, now time.Time) ([]ResponseVerdict, error) {
	cat = CustomerCatalog(cat, a.Customer)
	if len(a.Cases) == 0 {
		return nil, nil
	}
	cal, err := CustomerCalendar(cat, s, a.Customer)
	if err != nil {
		return nil, fmt.Errorf("response verdicts of %s: %w", a.Customer.Name, err)
	}
	out := make([]ResponseVerdict, 0, len(a.Cases))
	for _, c := range a.Cases {
		v, err := CaseResponseVerdict(cat, c, a.Customer.Membership, cal, now)
		if err != nil {
			return nil, fmt.Errorf("response verdicts of %s: %w", a.Customer.Name, err)
		}
		out = append(out, v)
	}
	return out, nil
}
