package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// overlayTexts returns the visible labels of the top dialog.
func overlayTexts(u *UI) []string {
	top := u.window.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	return visibleTexts(top)
}

func TestCustomerFormSavesOutsideTheMembershipOnYes(t *testing.T) {
	u, db, c := newTestUIFor(t, "Øresund Energi A/S")
	if c.Membership.Tier != catalog.Expert || len(c.OutsideMembership) != 0 {
		t.Fatalf("%s is not an Expert customer within its membership", c.Name)
	}
	s := customerOf(t, u, c)
	if s.outside.Visible() {
		t.Errorf("a customer within its membership shows %q", s.outside.Text)
	}

	f := u.openCustomerForm(c, false)
	test.Type(f.team[3].name, "Dana Director")
	f.accelerators.SetText("2")
	if err := f.check(); err == nil || !strings.Contains(err.Error(), "(rule technical-account-director)") || !strings.Contains(err.Error(), "(rule accelerator-allowance)") {
		t.Errorf("the form does not name the rules: %v", err)
	}

	// No keeps the form open and saves nothing.
	tapButton(t, u, "Save")
	want := "This goes beyond the membership: Technical Account Director, accelerator allowance. Save it outside the membership?"
	if got := overlayTexts(u); !slices.Contains(got, want) {
		t.Fatalf("the question reads %q, want %q", got, want)
	}
	tapButton(t, u, "No")
	if stored := customerNamed(t, db, c.Name); stored.Team.TAD.Name != "" || u.customerForm == nil {
		t.Fatal("No saved the customer or closed the form")
	}

	tapButton(t, u, "Save")
	tapButton(t, u, "Yes")
	stored := customerNamed(t, db, c.Name)
	wantRules := []planner.MembershipRule{planner.RuleTechnicalAccountDirector, planner.RuleAcceleratorAllowance}
	if !slices.Equal(stored.OutsideMembership, wantRules) || stored.Team.TAD.Name != "Dana Director" || stored.Contract.Allowances.AcceleratorsPerYear != 2 {
		t.Fatalf("stored overrides %v, TAD %q, accelerators %d", stored.OutsideMembership, stored.Team.TAD.Name, stored.Contract.Allowances.AcceleratorsPerYear)
	}
	if u.customerForm != nil {
		t.Error("the form stays open after Yes")
	}
	s = customerOf(t, u, stored)
	if want := "Outside the membership: Technical Account Director, accelerator allowance"; !s.outside.Visible() || s.outside.Text != want {
		t.Errorf("the customer screen shows %q (visible %v), want %q", s.outside.Text, s.outside.Visible(), want)
	}
}

func TestCustomerFormRefusesOtherProblemsBesideABreak(t *testing.T) {
	u, _, c := newTestUIFor(t, "Øresund Energi A/S")
	f := u.openCustomerForm(c, false)
	test.Type(f.team[3].name, "Dana Director")
	f.name.SetText("")
	list := pressSave(f.fd)
	if u.customerForm != f || !strings.Contains(list, "Name: ") {
		t.Errorf("Save with an empty name beside a membership break: open %v, problems %q", u.customerForm == f, list)
	}
	if top := overlayTexts(u); slices.ContainsFunc(top, func(s string) bool { return strings.Contains(s, "This goes beyond the membership") }) {
		t.Errorf("Save asks to go beyond the membership although the name is empty: %q", top)
	}
}

func TestCustomerFormAsksWhenTheTierDropsThePlan(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	if a, err := db.Account(c.ID); err != nil || !a.HasPlan() {
		t.Fatalf("%s has no plan (%v)", c.Name, err)
	}
	f := u.openCustomerForm(c, false)
	f.tier.SetSelected("Expert Success")
	f.accelerators.SetText("0")
	for i := range f.addOns {
		f.addOns[i].SetChecked(false)
	}
	f.team[3].name.SetText("")
	f.team[3].email.SetText("")
	tapButton(t, u, "Save")
	if got := overlayTexts(u); !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "Mutual Action Plan") }) {
		t.Fatalf("the question reads %q, want one about the Mutual Action Plan", got)
	}
	tapButton(t, u, "Yes")
	stored := customerNamed(t, db, c.Name)
	if stored.Membership.Tier != catalog.Expert || !stored.IsOutsideMembership(planner.RuleMutualActionPlan) {
		t.Errorf("stored tier %s, overrides %v", stored.Membership.Tier, stored.OutsideMembership)
	}
}
