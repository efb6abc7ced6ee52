package planner

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// SupportCase is a support case of one customer as the TAM logs it: the
// portal's case, its status history, escalations and the follow-up
// reminders the TAM has dealt with. Case gives its response-clock view.
type SupportCase struct {
	ID         ID `json:"id"`
	CustomerID ID `json:"customerId"`
	// Number is the case number in the vendor's support portal, unique
	// per customer.
	Number string `json:"number"`
	Title  string `json:"title"`
	// Product is the catalog solution the case is about, or the product
	// of a product response table (ProductCommerceManaged), whose targets
	// then apply as ResponseTargetFor says; empty when not recorded.
	Product  catalog.SolutionID `json:"product,omitempty"`
	Priority catalog.Priority   `json:"priority"`
	// Opened is the instant the case was opened.
	Opened time.Time `json:"opened"`
	// FirstResponse is the instant of the vendor's first response; zero
	// while there is none.
	FirstResponse time.Time `json:"firstResponse,omitzero"`
	// Status is the current status: that of the last entry of History,
	// or CaseNew when History is empty.
	Status CaseStatus `json:"status"`
	// History lists the status changes after opening, oldest first.
	History     []CaseStatusChange `json:"history,omitempty"`
	Escalations []Escalation       `json:"escalations,omitempty"`
	// Reminders records the follow-up reminders the TAM marked sent or
	// dismissed (see CaseReminders).
	Reminders []ReminderMark `json:"reminders,omitempty"`
	Notes     string         `json:"notes,omitempty"`
}

// CaseStatusChange is one change of a case's status.
type CaseStatusChange struct {
	Status CaseStatus `json:"status"`
	At     time.Time  `json:"at"`
	// Automatic marks a case closed by the follow-up rules, without a
	// response from the customer.
	Automatic bool `json:"automatic,omitempty"`
}

// Escalation is one escalation of a case.
type Escalation struct {
	At time.Time `json:"at"`
	// By is the name of the person who escalated, on Side.
	By     string `json:"by"`
	Side   Side   `json:"side,omitempty"`
	Reason string `json:"reason"`
}

// NewSupportCase returns a new case of customer customerID with a new ID,
// in status new. It does not validate the case.
func NewSupportCase(customerID ID, number, title string, product catalog.SolutionID, priority catalog.Priority, opened time.Time) SupportCase {
	return SupportCase{ID: NewID(), CustomerID: customerID, Number: number, Title: title, Product: product,
		Priority: priority, Opened: opened, Status: CaseNew}
}

// Case returns the case as the response clock sees it: its priority, its
// opening and, when Product is the product of one of cat's response
// tables, that product; any other product counts as a standard case.
func (c SupportCase) Case(cat *catalog.Catalog) Case {
	out := Case{Priority: c.Priority, Opened: c.Opened}
	if cat != nil && c.Product != "" && slices.ContainsFunc(cat.ResponseTables, func(t catalog.ResponseTable) bool {
		return t.Product == string(c.Product)
	}) {
		out.Product = string(c.Product)
	}
	return out
}

// Changed returns the instant of the last status change, or Opened when
// there was none.
func (c SupportCase) Changed() time.Time {
	if n := len(c.History); n > 0 {
		return c.History[n-1].At
	}
	return c.Opened
}

// ReopenUntil returns the last instant a closed case can be reopened:
// rules.ReopenWithinDays calendar days after it closed, at the same wall
// clock time in the location of the closing instant, as CaseTimeline
// counts. It reports false when the case is not closed.
func (c SupportCase) ReopenUntil(rules catalog.FollowUpRules) (time.Time, bool) {
	if c.Status != CaseClosed || len(c.History) == 0 {
		return time.Time{}, false
	}
	return c.History[len(c.History)-1].At.AddDate(0, 0, rules.ReopenWithinDays), true
}

// CanChangeCaseStatus reports whether a case may go from status from to
// status to, leaving time aside: a new or reopened case, and one waiting
// for the customer, may be set to in progress, awaiting response,
// solution proposed or closed (setting a waiting status again restarts
// the follow-up clock); a case in progress may be set to awaiting
// response, solution proposed or closed; a closed case may only be
// reopened; no case becomes new again.
func CanChangeCaseStatus(from, to CaseStatus) bool {
	switch from {
	case CaseNew, CaseAwaitingResponse, CaseSolutionProposed, CaseReopened:
		return to == CaseInProgress || to == CaseAwaitingResponse || to == CaseSolutionProposed || to == CaseClosed
	case CaseInProgress:
		return to == CaseAwaitingResponse || to == CaseSolutionProposed || to == CaseClosed
	case CaseClosed:
		return to == CaseReopened
	}
	return false
}

// SetStatus records that the case changed to status to at instant at. The
// change must be allowed (CanChangeCaseStatus), not before the previous
// change or the opening, and a reopening must fall within the reopen
// window (ReopenUntil). It returns a *ValidationError and leaves the case
// unchanged otherwise.
func (c *SupportCase) SetStatus(rules catalog.FollowUpRules, to CaseStatus, at time.Time) error {
	var p problems
	checkCaseChange(&p, "", rules, *c, CaseStatusChange{Status: to, At: at})
	if err := p.err(Textf("case %s", c.Number)); err != nil {
		return err
	}
	// Clipped, the history grows into a new array: a copy of the case
	// made before the change keeps its own history.
	c.History = append(slices.Clip(c.History), CaseStatusChange{Status: to, At: at})
	c.Status = to
	return nil
}

// ApplyAutoClose closes the case as the follow-up rules do when it has
// waited for the customer until its auto-close instant (see CaseTimeline)
// and now is not before it: the change is recorded at the auto-close
// instant and marked Automatic. It reports whether it closed the case.
func (c *SupportCase) ApplyAutoClose(rules catalog.FollowUpRules, now time.Time) (bool, error) {
	tl, ok, err := c.FollowUp(rules)
	if err != nil || !ok || now.Before(tl.AutoClose) {
		return false, err
	}
	c.History = append(slices.Clip(c.History), CaseStatusChange{Status: CaseClosed, At: tl.AutoClose, Automatic: true})
	c.Status = CaseClosed
	return true, nil
}

// Escalate records an escalation at instant at by the person by on side,
// for reason. It must not be before the opening or an earlier
// escalation; it returns a *ValidationError and leaves the case unchanged
// otherwise.
func (c *SupportCase) Escalate(at time.Time, by string, side Side, reason string) error {
	e := Escalation{At: at, By: by, Side: side, Reason: reason}
	var p problems
	checkEscalation(&p, "escalation.", *c, e)
	if err := p.err(Textf("case %s", c.Number)); err != nil {
		return err
	}
	c.Escalations = append(c.Escalations, e)
	return nil
}

// Validate checks the case against the catalog and its follow-up rules
// and returns a *ValidationError naming every field in error: a number
// and a title (one line, at most MaxLineLength characters), a known
// product, priority and status, the opening instant, a first response
// not before it, a history of allowed changes in order that ends in
// Status, escalations in order, and reminder marks of the case's own
// follow-up periods.
func (c SupportCase) Validate(cat *catalog.Catalog) error {
	var p problems
	if c.ID == (ID{}) {
		p.add("id", "missing")
	}
	p.addRequiredText("number", c.Number, LineText)
	p.addRequiredText("title", c.Title, LineText)
	p.addText("notes", c.Notes, LongText)
	if c.Product != "" && !caseProductKnown(cat, c.Product) {
		p.add("product", "unknown product %q (want a solution of the catalog or %s)", c.Product, ProductCommerceManaged)
	}
	if !slices.Contains(catalog.Priorities(), c.Priority) {
		p.add("priority", "unknown priority %q (want P1, P2, P3 or P4)", c.Priority)
	}
	if c.Opened.IsZero() {
		p.add("opened", "must be set")
	}
	if !c.FirstResponse.IsZero() && !c.Opened.IsZero() && c.FirstResponse.Before(c.Opened) {
		p.add("firstResponse", "is before the case was opened")
	}
	if !slices.Contains(CaseStatuses(), c.Status) {
		p.add("status", "unknown status %q (want new, in-progress, awaiting-response, solution-proposed, closed or reopened)", c.Status)
	}
	var rules catalog.FollowUpRules
	if cat != nil {
		rules = cat.FollowUp
	}
	replay := SupportCase{Opened: c.Opened, Status: CaseNew}
	for i, ch := range c.History {
		f := fmt.Sprintf("history[%d].", i)
		if !slices.Contains(CaseStatuses(), ch.Status) {
			p.add(f+"status", "unknown status %q (want new, in-progress, awaiting-response, solution-proposed, closed or reopened)", ch.Status)
		} else if !c.Opened.IsZero() {
			checkCaseChange(&p, f, rules, replay, ch)
		}
		if ch.Automatic && ch.Status != CaseClosed {
			p.add(f+"automatic", "only a closing can be automatic")
		}
		replay.History = append(replay.History, ch)
		replay.Status = ch.Status
	}
	if slices.Contains(CaseStatuses(), c.Status) && c.Status != replay.Status {
		p.add("status", "is %s, but the history ends in %s", c.Status, replay.Status)
	}
	for i, e := range c.Escalations {
		prev := c
		prev.Escalations = c.Escalations[:i]
		checkEscalation(&p, fmt.Sprintf("escalations[%d].", i), prev, e)
	}
	checkReminderMarks(&p, rules, c)
	return p.err(Textf("case %s", c.Number))
}

// caseProductKnown reports whether product is a solution of cat or the
// product of one of its response tables.
func caseProductKnown(cat *catalog.Catalog, product catalog.SolutionID) bool {
	if cat == nil {
		return false
	}
	if _, ok := cat.Solution(product); ok {
		return true
	}
	return slices.ContainsFunc(cat.ResponseTables, func(t catalog.ResponseTable) bool { return t.Product == string(product) })
}

// checkCaseChange adds to p what is wrong with change ch after the
// history of c, each field named after prefix (such as "history[2].").
func checkCaseChange(p *problems, prefix string, rules catalog.FollowUpRules, c SupportCase, ch CaseStatusChange) {
	switch {
	case ch.At.IsZero():
		p.add(prefix+"at", "must be set")
	case ch.At.Before(c.Changed()):
		if len(c.History) == 0 {
			p.add(prefix+"at", "is before the case was opened")
		} else {
			p.add(prefix+"at", "is before the previous change")
		}
	}
	if !CanChangeCaseStatus(c.Status, ch.Status) {
		p.add(prefix+"status", "a case cannot go from %s to %s", c.Status.Label(), ch.Status.Label())
		return
	}
	if ch.Status == CaseReopened && !ch.At.IsZero() {
		if until, ok := c.ReopenUntil(rules); ok && ch.At.After(until) {
			p.add(prefix+"at", "the case could be reopened until %s; open a new case that refers to this one", caseInstant(until))
		}
	}
}

// checkEscalation adds what is wrong with escalation e after those of c
// to p, each field named after prefix (such as "escalations[1].").
func checkEscalation(p *problems, prefix string, c SupportCase, e Escalation) {
	switch {
	case e.At.IsZero():
		p.add(prefix+"at", "must be set")
	case !c.Opened.IsZero() && e.At.Before(c.Opened):
		p.add(prefix+"at", "is before the case was opened")
	case len(c.Escalations) > 0 && e.At.Before(c.Escalations[len(c.Escalations)-1].At):
		p.add(prefix+"at", "is before the previous escalation")
	}
	p.addRequiredText(prefix+"by", e.By, LineText)
	if e.Side != "" && e.Side != SideCustomer && e.Side != SideVendor {
		p.add(prefix+"side", "unknown side %q (want customer or vendor)", e.Side)
	}
	p.addRequiredText(prefix+"reason", e.Reason, LongText)
}

// caseInstant writes an instant for a message, in its own location.
func caseInstant(t time.Time) string { return t.Format("2006-01-02 15:04 MST") }

// CaseByNumber returns the account's case with number n, compared without
// regard to case and surrounding space.
func (a Account) CaseByNumber(n string) (SupportCase, bool) {
	for _, c := range a.Cases {
		if strings.EqualFold(strings.TrimSpace(c.Number), strings.TrimSpace(n)) {
			return c, true
		}
	}
	return SupportCase{}, false
}
