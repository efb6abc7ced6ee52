package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
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

// japaneseGoldenFont names the file that holds the SHA-256 of the
// Japanese font the Japanese golden document was made with.
const japaneseGoldenFont = "map.ja.golden.font"

// TestGoldenJapaneseActionPlan compares the Mutual Action Plan of 株式会社サクラ電機,
// a sample customer who reads documents in Japanese, byte for byte with
// testdata/map.ja.golden.pdf. The bytes depend on the system's Japanese
// font, so the test runs only with the font the golden was made with.
// Run with -update to accept a change after looking at it.
func TestGoldenJapaneseActionPlan(t *testing.T) {
	fonts := testFonts(t)
	fontPath, err := fonts.CJKFont()
	if err != nil {
		t.Skipf("no Japanese TrueType font on this machine: %v", err)
	}
	font, err := os.ReadFile(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(font)
	fontSum := hex.EncodeToString(sum[:])
	cat := goldenCatalog(t)
	accts := planner.SamplePortfolio(cat, sampleToday)
	var sakura *planner.Account
	for i := range accts {
		if accts[i].Customer.Name == "株式会社サクラ電機" {
			sakura = &accts[i]
		}
	}
	if sakura == nil || sakura.Customer.Language != "ja" {
		t.Fatal("the sample portfolio has no 株式会社サクラ電機 reading Japanese")
	}
	opts := testOptions()
	opts.Fonts = fonts
	var buf bytes.Buffer
	if _, err := Document(&buf, cat, Request{Kind: KindActionPlan, Accounts: accts, Customer: sakura.Customer.ID}, opts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "map.ja.golden.pdf")
	sumPath := filepath.Join("testdata", japaneseGoldenFont)
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(sumPath, []byte(fontSum+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantSum, err := os.ReadFile(sumPath)
	if err != nil {
		t.Fatalf("%v (run go test ./export -run TestGoldenJapaneseActionPlan -update to create it)", err)
	}
	if strings.TrimSpace(string(wantSum)) != fontSum {
		t.Skipf("the Japanese golden was made with another Japanese font than %s", fontPath)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	failed := filepath.Join("testdata", "failed", "map.ja.pdf")
	if !bytes.Equal(buf.Bytes(), want) {
		if err := os.MkdirAll(filepath.Dir(failed), 0o755); err != nil {
			t.Fatal(err)
		}
		_ = os.WriteFile(failed, buf.Bytes(), 0o644)
		t.Errorf("the Japanese Mutual Action Plan differs from %s (%d bytes, want %d); look at %s and run with -update to accept it",
			path, buf.Len(), len(want), failed)
		return
	}
	_ = os.Remove(failed)
}
