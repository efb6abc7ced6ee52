package sample_test

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

func ExamplePortfolio() {
	cat := catalog.Default()
	for _, account := range sample.Portfolio(cat, catalog.MustDate("2026-11-26")) {
		c := account.Customer
		fmt.Printf("%s (%s, %s): %d activities\n", c.Name, c.Region, c.Membership.Tier, len(account.Activities))
	}
	// Output:
	// Müller GmbH (emea, ultimate): 23 activities
	// Øresund Energi A/S (emea, expert): 3 activities
	// 株式会社サクラ電機 (japan, ultimate): 28 activities
	// Northwind Outfitters (americas, ultimate): 28 activities
	// Kookaburra Bank (apac, ultimate): 19 activities
	// Contoso Health (americas, expert): 3 activities
}

// The sample's current quarter leaves the TAM three conflicts to resolve:
// the current week is a little over capacity, a readiness review is still
// planned after the key event the customer brought forward, and an
// activity falls on a regional holiday.
func ExamplePortfolio_conflicts() {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	conflicts, err := planner.CheckPlan(planner.PlanInput{
		Catalog:  cat,
		Settings: planner.DefaultSettings(),
		Accounts: sample.Portfolio(cat, today),
		Quarter:  planner.QuarterOf(today),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range conflicts {
		fmt.Printf("%s: %s\n", c.Kind, c.Reason)
	}
	// Output:
	// capacity: Week of 2026-11-23: 32 h planned, capacity 30 h
	// key-event: Key-event readiness and planning falls after 販売店向け内覧会 (dealer preview) (2026-11-24), the key event it prepares
	// non-business-day: Boxing Day (substitute day) (Mon 2026-12-28) is a holiday in Europe, Middle East and Africa
}
