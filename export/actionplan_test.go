package export

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// TestActionPlanSpeaksDutchAndJapanese reads the Mutual Action Plan back
// in Dutch and in Japanese: headings, facts, the sides, overdue actions
// and dates are the language's.
func TestActionPlanSpeaksDutchAndJapanese(t *testing.T) {
	english := []string{"Objectives", "Milestones", "Customer side", "days overdue", "as of", "Jan 2026"}
	t.Run("nl", func(t *testing.T) {
		checkSpeaks(t, KindActionPlan, "nl", []string{"Doelstellingen", "Mijlpalen", "Acties", "Klantzijde · Müller GmbH",
			"Leverancierszijde · Successteam", "Te laat · binnen 14 dagen", "dagen te laat", "stand van 10 feb 2026", "31 jan 2026",
			"gepland op 21 jan, geleverd op 21 jan · 8 u · Geleverd"}, english)
	})
	t.Run("ja", func(t *testing.T) {
		checkSpeaks(t, KindActionPlan, "ja", []string{"相互アクションプラン", "目標", "マイルストーン", "顧客側 · Müller GmbH",
			"ベンダー側 · サクセスチーム", "期限超過 · 14日以内に期限", "日超過", "2026年2月10日時点", "2026年1月31日",
			"1月21日予定、1月21日提供 · 8時間 · 提供済み"}, english)
	})
}

// TestGoldenJapaneseActionPlan compares the Mutual Action Plan of 株式会社サクラ電機,
// a sample customer who reads documents in Japanese, byte for byte with
// testdata/map.ja.golden.pdf. The bytes depend on the system's Japanese
// font, so the test runs only with the font the golden was made with.
// Run with -update to accept a change after looking at it.
func TestGoldenJapaneseActionPlan(t *testing.T) {
	fonts, fontSum := japaneseFonts(t)
	cat := goldenCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	sakura := sampleByName(t, accts, "株式会社サクラ電機")
	if sakura.Customer.Language != "ja" {
		t.Fatal("the sample's 株式会社サクラ電機 does not read Japanese")
	}
	opts := testOptions()
	opts.Fonts = fonts
	var buf bytes.Buffer
	if _, err := Document(context.Background(), &buf, cat, Request{Kind: KindActionPlan, Accounts: accts, Customer: sakura.Customer.ID}, opts); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "map.ja", buf.Bytes(), fontSum)
}

// TestObjectiveCardKeepsLongKPINamesWhole renders the Mutual Action Plan
// of a customer whose KPI is named by one long German word: the card's
// KPI column takes room from the baseline, target, current and due
// columns, which have it to spare, rather than break the word between
// characters ("Kundenzufriedenheitsindexberech" / "nungsverfahren").
func TestObjectiveCardKeepsLongKPINamesWhole(t *testing.T) {
	const long = "Kundenzufriedenheitsindexberechnungsverfahren"
	a := muellerAccount()
	a.Plan.Objectives[0].KPIs = append(a.Plan.Objectives[0].KPIs, planner.KPI{Name: "KPI 2 " + long, Unit: "%", Baseline: 11, Target: 90, Current: 51})
	for _, lang := range []string{"en", "nl", "ja"} {
		if lang == "ja" && !hasCJKFont() {
			continue
		}
		opts := testOptions()
		opts.Language = lang
		path, _ := render(t, t.TempDir(), KindActionPlan, []planner.Account{a}, &a, opts)
		if text := pdfText(t, path); !strings.Contains(text, long) {
			t.Errorf("%s: the KPI name %q is broken between characters", lang, long)
		}
	}
}

// TestLongCustomerNameStaysOnThePage renders the Mutual Action Plan of a
// customer with a name of some ninety characters: the heading of the
// customer's actions ("Customer side · …") wraps within the page, where
// it ran off its right edge.
func TestLongCustomerNameStaysOnThePage(t *testing.T) {
	a := stressAccount()
	for _, lang := range []string{"en", "nl", "ja"} {
		if lang == "ja" && !hasCJKFont() {
			continue
		}
		opts := testOptions()
		opts.Language = lang
		path, _ := render(t, t.TempDir(), KindActionPlan, []planner.Account{a}, &a, opts)
		checkOnPage(t, path)
		if text := pdfText(t, path); !strings.Contains(text, a.Customer.Name) {
			t.Errorf("%s: the customer's name is not in the text", lang)
		}
	}
}
