package export

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
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

// TestSummarySpeaksDutchAndJapanese reads the engagement summary back in
// Dutch and in Japanese: headings, facts, counts of activities, planner
// sentences and dates are the language's.
func TestSummarySpeaksDutchAndJapanese(t *testing.T) {
	english := []string{"Phases", "Open items", "Handoff to support", "planned", "days overdue", "business hours", "Feb 2026"}
	t.Run("nl", func(t *testing.T) {
		checkSpeaks(t, KindSummary, "nl", []string{"Samenvatting van het traject", "Fasen", "Openstaande punten", "Overdracht aan support",
			"3 van 7 gepland", "dagen te laat", "kantooruren", "stand van 10 feb 2026", "12 feb 2026", "Ontwerp (bezig)"}, english)
	})
	t.Run("ja", func(t *testing.T) {
		checkSpeaks(t, KindSummary, "ja", []string{"エンゲージメントサマリー", "フェーズ", "未完了の項目", "サポートへの引き継ぎ",
			"計画7件中3件", "日超過", "営業時間内", "2026年2月10日時点", "2026年2月12日", "設計（進行中）"}, english)
	})
}

// TestSummaryWithoutPlanInEveryLanguage: the summary of a customer without
// a Mutual Action Plan says so in its language, and never that nothing is
// open.
func TestSummaryWithoutPlanInEveryLanguage(t *testing.T) {
	acct := oresundAccount()
	acct.Plan = planner.ActionPlan{}
	for lang, want := range map[string][2]string{
		"nl": {"Er is nog geen Mutual Action Plan met deze klant.", "Geen openstaande acties"},
		"ja": {"相互アクションプランはまだ作成されていません。", "未完了のアクションはありません"},
	} {
		if lang == "ja" && !hasCJKFont() {
			continue
		}
		opts := testOptions()
		opts.Language = lang
		path, _ := render(t, t.TempDir(), KindSummary, []planner.Account{acct}, &acct, opts)
		text := pdfText(t, path)
		if !strings.Contains(text, want[0]) {
			t.Errorf("%s: the summary does not say %q:\n%s", lang, want[0], text)
		}
		if strings.Contains(text, want[1]) {
			t.Errorf("%s: the summary of a customer without a plan says %q", lang, want[1])
		}
	}
}

// TestExpertDocumentsSayTheirMembershipHasNoPlan checks that the summary
// and the assessment of an Expert Success customer, whose membership
// includes no Mutual Action Plan, say so instead of "not yet".
func TestExpertDocumentsSayTheirMembershipHasNoPlan(t *testing.T) {
	cat := testCatalog(t)
	accts, oresund := sampleExpertWithoutPlan(t, cat)
	for _, k := range []Kind{KindSummary, KindAssessment} {
		path, _ := render(t, t.TempDir(), k, accts, oresund, testOptions())
		text := pdfText(t, path)
		if !strings.Contains(text, "Expert Success includes no Mutual Action Plan") {
			t.Errorf("the %s of an Expert customer does not say its membership includes no plan:\n%s", k, text)
		}
		for _, yet := range []string{"no Mutual Action Plan with this customer yet", "in the Mutual Action Plan yet"} {
			if strings.Contains(text, yet) {
				t.Errorf("the %s of an Expert customer says %q", k, yet)
			}
		}
	}
}

// TestPlanOutsideTheMembershipIsNotTheTierNote checks the documents of an
// Expert Success customer whose TAM keeps a Mutual Action Plan outside
// the membership: the summary and the assessment say there is no plan
// yet, not that the membership includes none, and mark the customer as
// outside the membership for the plan.
func TestPlanOutsideTheMembershipIsNotTheTierNote(t *testing.T) {
	cat := testCatalog(t)
	accts, oresund := sampleExpertWithoutPlan(t, cat)
	oresund.Customer.AllowOutsideMembership(planner.RuleMutualActionPlan)
	if err := planner.CheckPlanAllowed(cat, oresund.Customer); err != nil {
		t.Fatalf("the plan kept outside the membership is refused: %v", err)
	}
	for _, k := range []Kind{KindSummary, KindAssessment} {
		path, _ := render(t, t.TempDir(), k, accts, oresund, testOptions())
		text := strings.Join(strings.Fields(pdfText(t, path)), " ")
		if strings.Contains(text, "includes no Mutual Action Plan") {
			t.Errorf("the %s says the membership includes no plan, though the TAM keeps one outside it:\n%s", k, text)
		}
		if !strings.Contains(text, "Outside the membership: Mutual Action Plan") {
			t.Errorf("the %s does not mark the plan as outside the membership:\n%s", k, text)
		}
		yet := map[Kind]string{KindSummary: "There is no Mutual Action Plan with this customer yet.",
			KindAssessment: "No objectives with KPIs in the Mutual Action Plan yet."}[k]
		if !strings.Contains(text, yet) {
			t.Errorf("the %s does not say %q:\n%s", k, yet, text)
		}
	}
}

// sampleExpertWithoutPlan returns the sample portfolio and its Expert
// Success customer without a Mutual Action Plan, Øresund Energi A/S.
func sampleExpertWithoutPlan(t *testing.T, cat *catalog.Catalog) ([]planner.Account, *planner.Account) {
	t.Helper()
	accts := sample.Portfolio(cat, sampleToday)
	for i := range accts {
		a := &accts[i]
		if a.Customer.Name == "Øresund Energi A/S" && !a.HasPlan() && a.Customer.Membership.Tier == "expert" {
			return accts, a
		}
	}
	t.Fatal("the sample portfolio has no Øresund Energi A/S on Expert Success without a plan")
	return nil, nil
}

// TestSummaryNamesWhatComesNextForWhatItLists checks that the section of
// the summary that lists the activities already planned, touchpoints and
// accelerators among them, is not headed as field activities alone, and
// that its list of what the customer may still ask for says it lists
// field activities.
func TestSummaryNamesWhatComesNextForWhatItLists(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	muller := sampleAccount(t, accts, "Müller GmbH")
	text := strings.Join(strings.Fields(renderText(t, t.TempDir(), KindSummary, accts, &muller, testOptions())), " ")
	heading, rest, ok := strings.Cut(text, "Already planned")
	if !ok {
		t.Fatalf("the summary lists nothing already planned:\n%s", text)
	}
	planned, _, _ := strings.Cut(rest, "Field activities available to this customer")
	if !strings.Contains(planned, "Status call") {
		t.Fatalf("the activities already planned hold no touchpoint:\n%s", planned)
	}
	if strings.HasSuffix(strings.TrimSpace(heading), "Field activities to continue with") ||
		!strings.HasSuffix(strings.TrimSpace(heading), "Activities to continue with") {
		t.Errorf("the section of the activities already planned is headed\n…%s", heading[max(0, len(heading)-80):])
	}
}
