package app

import (
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestCustomerFormKeepsAnAddOnTheOfferNoLongerSells opens an Expert
// customer whose contract from 2026-03-01 bought Mentor Sessions, entered
// when every contract was judged by the May 2024 offer: the October 2025
// offer of the contract no longer sells them to Expert. Save offers to
// keep the purchase outside the membership instead of refusing, and Yes
// saves it with the other edits.
func TestCustomerFormKeepsAnAddOnTheOfferNoLongerSells(t *testing.T) {
	u, db, c := newTestUIFor(t, "Øresund Energi A/S")
	if c.Membership.Tier != catalog.Expert || len(c.OutsideMembership) != 0 {
		t.Fatalf("%s is not an Expert customer within its membership", c.Name)
	}
	c.Contract.Start, c.Contract.End, c.Contract.Renewed = catalog.MustDate("2026-03-01"), catalog.MustDate("2028-02-29"), planner.Date{}
	c.Membership.AddOns = []string{"mentor-sessions"}
	c, err := db.PutCustomer(c)
	if err != nil {
		t.Fatalf("storing the customer as an older release entered it: %v", err)
	}

	f := u.openCustomerForm(c, false)
	f.notes.SetText("Renewal talks in May")
	err = f.check()
	v, ok := planner.AsValidation(err)
	if !ok {
		t.Fatalf("the form finds %v, want the break of the add-on", err)
	}
	if rules, onlyBreaks := planner.RulesOf(v); !onlyBreaks || !slices.Equal(rules, []planner.MembershipRule{planner.RuleAddOnOffered}) {
		t.Fatalf("the form finds %v, want only the break of %s", err, planner.RuleAddOnOffered)
	}
	tapButton(t, u, "Save")
	want := "This goes beyond the membership: add-on not offered. Save it outside the membership?"
	if got := overlayTexts(u); !slices.Contains(got, want) {
		t.Fatalf("Save shows %q, want the question %q", got, want)
	}
	tapButton(t, u, "Yes")
	stored := customerNamed(t, db, c.Name)
	if !slices.Equal(stored.Membership.AddOns, []string{"mentor-sessions"}) || stored.Notes != "Renewal talks in May" ||
		!slices.Equal(stored.OutsideMembership, []planner.MembershipRule{planner.RuleAddOnOffered}) {
		t.Errorf("stored add-ons %q, notes %q, overrides %v", stored.Membership.AddOns, stored.Notes, stored.OutsideMembership)
	}
	if u.customerForm != nil {
		t.Error("the form stays open after Yes")
	}
}
