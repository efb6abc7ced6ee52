package planner_test

import (
	"fmt"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// A case's status changes are kept with their instants; a closed case can
// only be reopened, and only within the reopen window.
func ExampleSupportCase_SetStatus() {
	rules := catalog.Default().FollowUp
	customer := planner.NewID()
	c := planner.NewSupportCase(customer, "E-1001", "Reports are empty", "analytics", catalog.P2,
		time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC))
	for _, step := range []struct {
		status planner.CaseStatus
		at     time.Time
	}{
		{planner.CaseSolutionProposed, time.Date(2026, 11, 24, 15, 0, 0, 0, time.UTC)},
		{planner.CaseClosed, time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)},
		{planner.CaseAwaitingResponse, time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)},
		{planner.CaseReopened, time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC)},
	} {
		if err := c.SetStatus(rules, step.status, step.at); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c.Status.Label())
	}
	// Output:
	// Resolution Provided
	// Closed
	// case E-1001: status: a case cannot go from Closed to Pending Response
	// case E-1001: at: the case could be reopened until 2026-12-09 09:00 UTC; open a new case that refers to this one
}

// The verdict on a case uses the same response clock as ResponseDeadline:
// an Expert P2 case opened on Friday at 16:30 in London is due on Monday
// at 10:30.
func ExampleCaseResponseVerdict() {
	cat := catalog.Default()
	cal, err := planner.RegionCalendar(cat, planner.DefaultSettings(), catalog.EMEA, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m := planner.Membership{Tier: catalog.Expert}
	c := planner.NewSupportCase(planner.NewID(), "E-1002", "Login fails", "analytics", catalog.P2,
		time.Date(2026, 11, 27, 16, 30, 0, 0, time.UTC))
	for _, now := range []time.Time{
		time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 30, 11, 0, 0, 0, time.UTC),
	} {
		v, err := planner.CaseResponseVerdict(cat, c, m, cal, now)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(v.Text())
	}
	c.FirstResponse = time.Date(2026, 11, 30, 10, 5, 0, 0, time.UTC)
	v, err := planner.CaseResponseVerdict(cat, c, m, cal, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.State, v.MarginMinutes)
	// Output:
	// open, due at 2026-11-30 10:30 GMT (1 hour 30 minutes left)
	// breached: no first response, due at 2026-11-30 10:30 GMT (30 minutes ago)
	// met 25
}

// The follow-up reminders of a portfolio's waiting cases, due by a day in
// the TAM's time zone; a reminder marked sent is not listed again.
func ExampleDueReminders() {
	rules := catalog.Default().FollowUp
	customer := planner.Customer{ID: planner.NewID(), Name: "Müller GmbH"}
	c := planner.NewSupportCase(customer.ID, "E-1001", "Reports are empty", "analytics", catalog.P3,
		time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC))
	if err := c.SetStatus(rules, planner.CaseAwaitingResponse, time.Date(2026, 11, 24, 11, 0, 0, 0, time.UTC)); err != nil {
		fmt.Println(err)
		return
	}
	accounts := []planner.Account{{Customer: customer, Cases: []planner.SupportCase{c}}}
	show := func() {
		list, err := planner.DueReminders(catalog.Default(), accounts, catalog.MustDate("2026-11-27"), time.UTC)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, r := range list {
			fmt.Printf("%s %s reminder %d at %s, %d days left, overdue: %v\n", r.CustomerName, r.CaseNumber, r.N, r.At.Format("Mon 15:04"), r.DaysLeft, r.Overdue)
		}
	}
	show()
	if err := accounts[0].Cases[0].MarkReminder(rules, 1, planner.ReminderSent, time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("after marking the first sent:")
	show()
	// Output:
	// Müller GmbH E-1001 reminder 1 at Wed 11:00, 5 days left, overdue: true
	// Müller GmbH E-1001 reminder 2 at Fri 11:00, 3 days left, overdue: false
	// after marking the first sent:
	// Müller GmbH E-1001 reminder 2 at Fri 11:00, 3 days left, overdue: false
}

// A customer's health is the worst colour of its reasons.
func ExampleAccountHealth() {
	cat := catalog.Default()
	customer := planner.Customer{ID: planner.NewID(), Name: "Müller GmbH", Region: catalog.EMEA,
		Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"analytics"}}}
	risk := planner.NewRisk(customer.ID, "Code freeze before the peak season", planner.LevelHigh, planner.LevelMedium, planner.RAGAmber)
	late := planner.NewSupportCase(customer.ID, "E-1003", "Checkout down", "analytics", catalog.P1,
		time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC))
	late.FirstResponse = time.Date(2026, 11, 20, 10, 40, 0, 0, time.UTC)
	a := planner.Account{Customer: customer, Risks: []planner.Risk{risk}, Cases: []planner.SupportCase{late}}
	h, err := planner.AccountHealth(cat, planner.DefaultSettings(), a, time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.Colour)
	for _, r := range h.Reasons {
		fmt.Printf("%s: %s\n", r.Colour, r.Text)
	}
	// Output:
	// red
	// amber: open risk "Code freeze before the peak season" with high impact: likelihood medium, rated Amber
	// red: P1 case E-1003 missed its response target by 25 minutes
}

// Risk levels and RAG ratings are read as people write them.
func ExampleParseLevel() {
	l, _ := planner.ParseLevel("High")
	r, _ := planner.ParseRAG("A")
	s, _ := planner.ParseSupportCaseStatus("Pending Response")
	fmt.Println(l, r, s)
	// Output: high amber awaiting-response
}
