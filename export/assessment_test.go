package export

import (
	"fmt"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// checkSpeaks makes a document of kind k about the Müller fixture in
// language lang, reads it back and fails for every text of want it does
// not say and every text of english it still says.
func checkSpeaks(t *testing.T, k Kind, lang string, want, english []string) {
	t.Helper()
	if lang == "ja" && !hasCJKFont() {
		t.Skip("no Japanese TrueType font on this machine")
	}
	accts := fixturePortfolio()
	opts := testOptions()
	opts.Language = lang
	text := renderText(t, t.TempDir(), k, accts, &accts[0], opts)
	checkText(t, fmt.Sprintf("%s in %s", k, lang), text, want, english)
}

// TestAssessmentSpeaksDutchAndJapanese reads the assessment back in Dutch
// and in Japanese: headings, table columns, counts and dates are the
// language's.
func TestAssessmentSpeaksDutchAndJapanese(t *testing.T) {
	english := []string{"Business requirements", "Key performance indicators", "Findings", "Baseline", "Define phase", "Mar 2026"}
	t.Run("nl", func(t *testing.T) {
		checkSpeaks(t, KindAssessment, "nl", []string{"Assessment en aanbevelingen", "Zakelijke eisen", "Bevindingen", "Aanbevelingen",
			"Nulmeting", "Define-fase", "4 eisen", "waarvan 2 met hoge prioriteit", "16 mrt 2026", "10 feb 2026", "Middel (M)", "4.100 ms"}, english)
	})
	t.Run("ja", func(t *testing.T) {
		checkSpeaks(t, KindAssessment, "ja", []string{"アセスメントと推奨事項", "ビジネス要件", "所見", "推奨事項", "ベースライン",
			"Defineフェーズ", "要件4件", "2026年3月16日", "2026年2月10日", "中（M）"}, english)
	})
}

// TestAssessmentWithoutRecommendationsOfHighPriority: the introduction
// counts the recommendations of high priority only when there are any.
func TestAssessmentWithoutRecommendationsOfHighPriority(t *testing.T) {
	acct := fixturePortfolio()[0]
	recs := acct.Engagements[0].Assessment.Recommendations
	for i := range recs {
		recs[i].Priority = "low"
	}
	path, _ := render(t, t.TempDir(), KindAssessment, []planner.Account{acct}, &acct, testOptions())
	text := pdfText(t, path)
	if strings.Contains(text, "high priority") {
		t.Errorf("the assessment counts recommendations of high priority where there are none:\n%s", text)
	}
	if !strings.Contains(text, "4 requirements, 2 use cases, 3 findings and 4 recommendations.") {
		t.Errorf("the assessment does not count what it holds:\n%s", text)
	}
}
