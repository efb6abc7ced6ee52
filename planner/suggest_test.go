package planner_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func schedSuggestAccount() planner.Account {
	used := schedActivity(1, schedMuller, "acc-analytics-implementation-review", "2026-09-01", 8)
	assessed := schedActivity(2, schedMuller, "field-health-assessment", "2026-10-06", 16)
	assessed.Solution = "analytics"
	assessed.Status = planner.ActivityDelivered
	lastYear := schedActivity(3, schedMuller, "acc-target-program-maturity", "2026-05-04", 6) // an earlier contract year
	cancelled := schedActivity(4, schedMuller, "acc-aemcs-golive-readiness", "2026-11-03", 8)
	cancelled.Status = planner.ActivityCancelled
	return planner.Account{
		Customer:    schedCustomerMuller(),
		Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "")},
		Plan: planner.ActionPlan{ID: planner.NewID(), CustomerID: schedMuller, Title: "MAP", Objectives: []planner.Objective{
			{Title: "Lift conversion", Status: planner.StatusOpen, Solutions: []catalog.SolutionID{"target"}},
			{Title: "Old goal", Status: planner.StatusDone, Solutions: []catalog.SolutionID{"analytics"}},
		}},
		Activities: []planner.Activity{used, assessed, lastYear, cancelled},
	}
}

func TestSuggestRanksByFit(t *testing.T) {
	got := planner.Suggest(schedCatalog(), schedSuggestAccount(), catalog.MustDate("2027-01-12"))
	var rows []string
	for _, s := range got {
		rows = append(rows, fmt.Sprintf("%d %s/%s", s.Score, s.Item.ID, s.Solution))
	}
	want := []string{
		"4 acc-aem-upgrade-readiness/experience-manager-cloud",
		"4 field-deskside-coaching/target",
		"3 acc-target-program-maturity/target",
		"3 field-health-assessment/target",
		"2 acc-aemcs-golive-readiness/experience-manager-cloud",
		"1 field-deskside-coaching/analytics",
		"1 field-deskside-coaching/experience-manager-cloud",
		"0 field-health-assessment/experience-manager-cloud",
	}
	if !slices.Equal(rows, want) {
		t.Fatalf("suggestions:\n got %q\nwant %q", rows, want)
	}
	reasons := map[string]string{
		"acc-aem-upgrade-readiness":  "fits the current phase Design; for AEM as a Cloud Service, which is licensed; none delivered, committed or proposed this contract year",
		"acc-aemcs-golive-readiness": "prepares the next phase Go-Live; for AEM as a Cloud Service, which is licensed; none delivered, committed or proposed this contract year",
		"field-deskside-coaching":    `fits any phase; serves the objective "Lift conversion"; for Target, which is licensed; none delivered, committed or proposed this contract year`,
	}
	for _, s := range got {
		if want, ok := reasons[s.Item.ID]; ok {
			if s.Reason() != want {
				t.Errorf("%s: reason %q, want %q", s.Item.ID, s.Reason(), want)
			}
			delete(reasons, s.Item.ID)
		}
	}
}

func TestSuggestRespectsAllowances(t *testing.T) {
	acc := schedSuggestAccount()
	acc.Customer.Contract.Allowances = planner.Allowances{AcceleratorsPerYear: 1, FieldHoursPerYear: 26}
	got := planner.Suggest(schedCatalog(), acc, catalog.MustDate("2027-01-12"))
	var rows []string
	for _, s := range got {
		rows = append(rows, fmt.Sprintf("%s/%s", s.Item.ID, s.Solution))
	}
	// One accelerator used of one; 16 of 26 field hours used leave room
	// for 4 h coaching, not for a 16 h assessment.
	want := []string{
		"field-deskside-coaching/target",
		"field-deskside-coaching/analytics",
		"field-deskside-coaching/experience-manager-cloud",
	}
	if !slices.Equal(rows, want) {
		t.Fatalf("suggestions:\n got %q\nwant %q", rows, want)
	}
}

func TestSuggestForExpertWithoutEngagement(t *testing.T) {
	c := schedCustomerMuller()
	c.Membership.Tier = catalog.Expert
	c.Contract.Allowances.FieldHoursPerYear = 0
	if got := planner.Suggest(schedCatalog(), planner.Account{Customer: c}, catalog.MustDate("2027-01-12")); len(got) != 0 {
		t.Errorf("an Expert customer without field hours got suggestions: %+v", got)
	}
	c.Contract.Allowances.FieldHoursPerYear = 8
	got := planner.Suggest(schedCatalog(), planner.Account{Customer: c}, catalog.MustDate("2027-01-12"))
	if len(got) != 3 || got[0].Item.ID != "field-deskside-coaching" || got[0].Reasons[0].String() != "fits any phase" {
		t.Errorf("suggestions = %+v; want the three coaching sessions", got)
	}
}
