package l10n

import (
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestCaseAndHealthSentences checks the sentences of support cases, risks
// and health in each language: nested labels are translated, lengths of
// time are in the language's words and Japanese reorders its arguments.
func TestCaseAndHealthSentences(t *testing.T) {
	breach := planner.Textf("%s case %s missed its response target by %s", catalog.P1, "E-1003", planner.Minutes(85))
	risk := planner.Textf("open risk %q with high impact: likelihood %s, rated %s", "Freeze", planner.LevelMedium.Label(), planner.RAGAmber.Label())
	behind := planner.Textf("objective %q is behind: %d%% of the way to its KPI targets after %d%% of its time", "Grow", 10, 42)
	change := planner.Textf("a case cannot go from %s to %s", planner.CaseClosed.Label(), planner.CaseAwaitingResponse.Label())
	tests := []struct {
		language string
		text     planner.Text
		want     string
	}{
		{"en", breach, "P1 case E-1003 missed its response target by 1 hour 25 minutes"},
		{"nl", breach, "P1-case E-1003 haalde de reactietermijn niet, 1 uur 25 minuten te laat"},
		{"ja", breach, "P1 のケース E-1003 は初回応答の目標を 1時間25分超過しました"},
		{"nl", risk, `open risico "Freeze" met hoge impact: waarschijnlijkheid gemiddeld, beoordeeld als Oranje`},
		{"ja", risk, `影響度の高い未解決のリスク "Freeze" があります（発生可能性：中、評価：黄）`},
		{"nl", behind, `doel "Grow" loopt achter: 10% van de weg naar de KPI-doelen na 42% van de tijd`},
		{"ja", behind, `目標 "Grow" は遅れています：期間の 42% が過ぎましたが、KPI 目標への進捗は 10% です`},
		{"nl", change, "een case kan niet van Gesloten naar Wacht op reactie gaan"},
		{"ja", change, "ケースのステータスをクローズから回答待ちに変更することはできません"},
	}
	for _, tt := range tests {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.Sentence(tt.text); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.language, got, tt.want)
		}
	}
}
