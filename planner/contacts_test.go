package planner_test

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestContactNamedTwiceForOneProductIsRefused(t *testing.T) {
	cat := catalog.Default()
	c := membershipCustomer(catalog.Ultimate)
	c.Membership.Solutions = append(c.Membership.Solutions, "target")
	c.Contacts = []planner.Contact{
		{Name: "Lars Nielsen", Email: "lars.nielsen@acme.example", Product: "analytics"},
		{Name: "Lars Nielsen", Email: "lars.nielsen@acme.example", Product: "target"}, // one person, two products
	}
	if err := c.Validate(cat); err != nil {
		t.Fatalf("one person named for two products: %v", err)
	}
	// The same address again for Analytics, written in other letter case,
	// would take a second of the product's places for one person.
	c.Contacts = append(c.Contacts, planner.Contact{Name: "L. Nielsen", Email: "LARS.Nielsen@acme.example", Product: "analytics"})
	v, ok := planner.AsValidation(c.Validate(cat))
	if !ok || len(v.Problems) != 1 || v.Problems[0].Field != "contacts[2].email" ||
		!strings.Contains(v.Problems[0].Message, "lars.nielsen@acme.example is already a Named Support Contact for Analytics") {
		t.Fatalf("want contacts[2].email refused as a second place for the same contact, got %v", c.Validate(cat))
	}
}
