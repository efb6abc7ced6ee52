package storage

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestProactiveServiceNeedsTheMembership: storage refuses an Expert
// customer's proactive service, alone, in a series and in an import,
// naming the rule; with the customer going beyond the membership for it,
// the activity is saved.
func TestProactiveServiceNeedsTheMembership(t *testing.T) {
	db := openTestDB(t)
	c, err := db.PutCustomer(planner.Customer{Name: "Beta", Region: "emea",
		Membership: planner.Membership{Tier: "expert", Solutions: []catalog.SolutionID{"analytics"}}})
	if err != nil {
		t.Fatal(err)
	}
	a := planner.Activity{CustomerID: c.ID, ItemID: planner.MutualActionPlanItem, Date: catalog.MustDate("2027-01-12"),
		Hours: 4, Status: planner.ActivityScheduled}
	_, err = db.PutActivity(a)
	v, ok := planner.AsValidation(err)
	if !ok || !strings.Contains(v.Error(), "is a proactive service") {
		t.Fatalf("put: %v", err)
	}
	acc := planner.Account{Customer: c, Activities: []planner.Activity{a}}
	acc.Activities[0].ID = planner.NewID()
	if _, err := db.ImportAccounts([]planner.Account{acc}); err == nil || !strings.Contains(err.Error(), "is a proactive service") {
		t.Errorf("import: %v", err)
	}
	if acts, err := db.Activities(catalog.MustDate("2027-01-01"), catalog.MustDate("2027-12-31")); err != nil || len(acts) != 0 {
		t.Fatalf("stored %d activities (%v)", len(acts), err)
	}
	c.AllowOutsideMembership(planner.RuleProactiveServices)
	if c, err = db.PutCustomer(c); err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutActivity(a); err != nil {
		t.Errorf("put beyond the membership on purpose: %v", err)
	}
}
