package planner_test

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// A kickoff brief gives the deck every sentence it shows; a customer in
// Berlin served from EMEA sees the support hours in both zones.
func ExampleAccount_KickoffBrief() {
	cat := catalog.Default()
	today := catalog.MustDate("2026-02-10")
	a := sample.Portfolio(cat, today)[0] // Müller GmbH
	a.Customer.TimeZone = "Europe/Berlin"
	b, err := a.KickoffBrief(cat, a.Engagements[0], planner.DefaultSettings(), today)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Objectives[0])
	fmt.Println(b.Support.Hours)
	fmt.Println(b.Support.Priorities[0].Target.Explanation)
	fmt.Println(b.Asks[0])
	fmt.Println(b.Next.Text)
	// Output:
	// Confirm the goals and how success is measured
	// 09:00-17:00 Europe/London (10:00-18:00 Europe/Berlin)
	// Ultimate Success P1: 15 minutes around the clock (24x7)
	// Help close “Nominate an owner for Target tests” (owned by Thomas Richter, overdue since Thu 2026-01-29)
	// Status call on Wed 2026-02-18
}
