package export

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// TestDocumentsMarkOutsideTheMembership checks that every document made
// for a customer names the rules it goes beyond, and says nothing of it
// for a customer within its membership.
func TestDocumentsMarkOutsideTheMembership(t *testing.T) {
	accts := fixturePortfolio()
	within := accts[0]
	if !within.HasPlan() || len(within.Customer.OutsideMembership) != 0 {
		t.Fatalf("%s has no plan or already goes beyond its membership", within.Customer.Name)
	}
	beyond := within
	beyond.Customer.AllowOutsideMembership(planner.RuleMutualActionPlan, planner.RuleContactLicensedProduct)
	want := "Outside the membership: Mutual Action Plan, Named Support Contact for an unlicensed product"
	dir := t.TempDir()
	for _, kind := range Kinds() {
		for _, tc := range []struct {
			name string
			acct planner.Account
			want bool
		}{{"within", within, false}, {"beyond", beyond, true}} {
			t.Run(string(kind)+"/"+tc.name, func(t *testing.T) {
				accts := []planner.Account{tc.acct}
				path, _ := render(t, dir, kind, accts, &accts[0], testOptions())
				got := strings.Join(strings.Fields(pdfText(t, path)), " ")
				if has := strings.Contains(got, want); has != tc.want {
					t.Errorf("%s: shows %q: %v, want %v", filepath.Base(path), want, has, tc.want)
				}
				if !tc.want && strings.Contains(got, "Outside the membership") {
					t.Errorf("a customer within its membership is marked outside it")
				}
			})
		}
	}
}
