package export

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// TestSummaryCountsActivitiesWithoutPhase: an activity in no phase is an
// activity of the engagement; the summary lists it, counts it in the
// totals and in a row of its own below the phases.
func TestSummaryCountsActivitiesWithoutPhase(t *testing.T) {
	acct := oresundAccount()
	acct.Activities = append(acct.Activities, planner.Activity{
		ID: fid("oresund-unphased"), CustomerID: acct.Customer.ID, ItemID: "acc-aep-schema-identity-review",
		Solution: "experience-platform", Date: day("2026-01-20"), Hours: 4, Status: planner.ActivityDelivered,
	})
	accts := []planner.Account{acct}
	path, _ := render(t, t.TempDir(), KindSummary, accts, &acct, testOptions())
	text := pdfText(t, path)
	for _, want := range []string{"1 of 3 planned", "No phase", "20 Jan 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary does not say %q:\n%s", want, text)
		}
	}
}

// TestSummaryWithoutPlan: a customer without a Mutual Action Plan has no
// open actions because it has no plan, and the summary says so.
func TestSummaryWithoutPlan(t *testing.T) {
	acct := oresundAccount()
	acct.Plan = planner.ActionPlan{}
	if acct.HasPlan() {
		t.Fatal("fixture still has a plan")
	}
	accts := []planner.Account{acct}
	path, _ := render(t, t.TempDir(), KindSummary, accts, &acct, testOptions())
	text := pdfText(t, path)
	if strings.Contains(text, "No open actions") {
		t.Errorf("summary of a customer without a plan says there are no open actions:\n%s", text)
	}
	if !strings.Contains(text, "no Mutual Action Plan") {
		t.Errorf("summary does not say the customer has no Mutual Action Plan:\n%s", text)
	}
}
