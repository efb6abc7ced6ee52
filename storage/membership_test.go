package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestPlanNeedsTheMembership checks the Mutual Action Plan rule wherever
// a plan is written: PutPlan, PutCustomer of a customer with a plan,
// PutAccount and import; and that the override lets each through.
func TestPlanNeedsTheMembership(t *testing.T) {
	db := openTestDB(t)
	c, err := db.PutCustomer(testCustomer("Expert AG", catalog.Expert, 2))
	if err != nil {
		t.Fatal(err)
	}
	plan := planner.ActionPlan{CustomerID: c.ID, Title: "Plan"}
	_, err = db.PutPlan(plan)
	if p, ok := mustValidation(t, err).Field("plan"); !ok || p.Rule != planner.RuleMutualActionPlan || !strings.Contains(p.Message, "(rule mutual-action-plan)") {
		t.Fatalf("PutPlan on Expert: %v, want the plan rule", err)
	}
	acc, err := db.Account(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if acc.HasPlan() {
		t.Fatal("a refused plan was saved")
	}
	acc.Plan = planner.ActionPlan{ID: planner.NewID(), CustomerID: c.ID, Title: "Plan"}
	if _, ok := mustValidation(t, db.PutAccount(acc)).Field("plan"); !ok {
		t.Error("PutAccount saved an Expert customer's plan")
	}
	file := portfolioOf(t, acc)
	if _, err := db.Import(context.Background(), bytes.NewReader(file)); err == nil || !strings.Contains(err.Error(), "(rule mutual-action-plan)") {
		t.Errorf("import: %v, want the plan rule", err)
	}

	// Beyond the membership on purpose: every way saves it.
	c.AllowOutsideMembership(planner.RuleMutualActionPlan)
	if c, err = db.PutCustomer(c); err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutPlan(plan); err != nil {
		t.Fatalf("PutPlan outside the membership: %v", err)
	}
	acc.Customer = c
	if err := db.PutAccount(acc); err != nil {
		t.Errorf("PutAccount outside the membership: %v", err)
	}
	if _, err := db.Import(context.Background(), bytes.NewReader(portfolioOf(t, acc))); err != nil {
		t.Errorf("import outside the membership: %v", err)
	}
	got, err := db.Customer(c.ID)
	if err != nil || !slices.Equal(got.OutsideMembership, []planner.MembershipRule{planner.RuleMutualActionPlan}) {
		t.Errorf("stored overrides %v (%v)", got.OutsideMembership, err)
	}

	// Taking the override away again while the plan exists is refused.
	c.OutsideMembership = nil
	if _, ok := mustValidation(t, func() error { _, err := db.PutCustomer(c); return err }()).Field("plan"); !ok {
		t.Error("the override of a customer with a plan was dropped")
	}
}

// portfolioOf returns a portfolio file holding acc.
func portfolioOf(t *testing.T, acc planner.Account) []byte {
	t.Helper()
	raw, err := json.Marshal(PortfolioFile{Format: PortfolioFormat, Version: PortfolioVersion,
		CatalogVersion: catalog.Default().Version, Accounts: []planner.Account{acc}})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
