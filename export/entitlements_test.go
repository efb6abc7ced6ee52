package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// longNote is a note of about 1,000 characters, as the entitlement
// statement of a customer that licenses few of the catalog's solutions
// writes below a kind of item it is entitled to none of.
func longNote() string {
	var names []string
	for i := range 28 {
		names = append(names, fmt.Sprintf("Experience Platform Module %02d", i+1))
	}
	return "None. Success Accelerators are not included in Expert Success. They are for solutions Øresund Energi A/S does not license: " +
		strings.Join(names, ", ") + "."
}

// TestParagraphKeepsLinesTogether draws a note of about 1,000 characters
// starting at every height near the bottom of a page and reads it back:
// it wraps inside the page, and no page holds a lone line of it.
func TestParagraphKeepsLinesTogether(t *testing.T) {
	needTool(t, "pdftotext")
	note := longNote()
	if n := len([]rune(note)); n < 900 {
		t.Fatalf("the note has %d characters; the test needs about 1,000", n)
	}
	dir := t.TempDir()
	for room := 0; room <= 6; room++ {
		d, err := newPortraitDoc(meta{kind: KindEntitlements, language: "en", customer: "Øresund Energi A/S"}, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		st := d.Scale().Body.WithColor(faint)
		d.AddPage()
		d.Y = d.Page().BodyBottom() - float64(room)*st.LineHeight() - 0.1
		d.paragraph(note, st)
		var buf bytes.Buffer
		if _, err := d.finish(&buf); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("note-%d.pdf", room))
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		checkOnPage(t, path)
		pages := pdfWords(t, path)
		total := 0
		for i, p := range pages {
			n := bodyLineCount(t, p)
			total += n
			if n == 1 {
				t.Errorf("room for %d lines: page %d of %d holds a lone line of the note", room, i+1, len(pages))
			}
		}
		if lines := len(d.Wrap(note, d.Page().ContentWidth(), st)); total != lines {
			t.Errorf("room for %d lines: read back %d lines of the note, want %d", room, total, lines)
		}
	}
}

// bodyLineCount returns how many lines of text the body of page p holds,
// the running header and footer left out.
func bodyLineCount(t *testing.T, p pdfPage) int {
	t.Helper()
	const ptPerMM = 72 / 25.4
	g := pageGrid(t, p.Width, p.Height)
	top, bottom := g.BodyTop()*ptPerMM, g.BodyBottom()*ptPerMM
	lines := map[int]bool{}
	for _, w := range p.Words {
		if w.YMin >= top-1 && w.YMax <= bottom+1 {
			lines[int(w.YMin+0.5)] = true
		}
	}
	return len(lines)
}

// TestEntitlementsInDutchAndJapanese reads the entitlement statement of
// Øresund Energi A/S back in Dutch and Japanese: headings, meters and
// tables in the language, dates and hours in its forms, response times
// with lengths of time in its words.
func TestEntitlementsInDutchAndJapanese(t *testing.T) {
	needTool(t, "pdftotext")
	if !hasCJKFont() {
		t.Skip("no Japanese font on this machine")
	}
	accts := fixturePortfolio()
	tests := []struct {
		lang      string
		want, not []string
	}{
		{"nl", []string{"Overzicht van rechten", "Contractjaar 1 jul 2025 – 30 jun 2026 · stand 10 feb 2026", "Lidmaatschap", "Dit contractjaar",
			"Wat de tegoeden verbruikt", "Beoogde eerste reactietijden", "Named Support Contacts per product", "Veldactiviteiten", "Proactieve diensten",
			"Uren veldactiviteiten", "van 40 u over", "11 feb 2026", "15 minuten, de klok rond (24x7)", "1 uur binnen de kantooruren", "Inbegrepen", "Inzet"},
			[]string{"This contract year", "Typical effort", "around the clock", "Field activities"}},
		{"ja", []string{"利用権明細書", "契約年度 2025年7月1日～2026年6月30日 · 2026年2月10日時点", "メンバーシップ", "今契約年度",
			"利用枠を消費するアクティビティ", "初回応答の目標時間", "製品ごとの指定サポート窓口", "フィールド活動", "プロアクティブサービス",
			"/ 40時間 残り", "2026年2月11日", "15分、24時間体制（24x7）", "営業時間内で1時間", "含まれる", "標準工数", "アクセラレーター1件"},
			[]string{"This contract year", "Typical effort", "around the clock", "Field activities"}},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			opts := testOptions()
			opts.Language = tt.lang
			path, _ := render(t, dir, KindEntitlements, accts, &accts[1], opts)
			text := pdfText(t, path)
			for _, want := range tt.want {
				if !strings.Contains(text, want) {
					t.Errorf("the %s statement lacks %q", tt.lang, want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(text, not) {
					t.Errorf("the %s statement says %q in English", tt.lang, not)
				}
			}
		})
	}
}

// TestEntitlementsNameTheRegionInTheLanguage reads back the support
// region of the statement of a customer in Europe, the Middle East and
// Africa: the Dutch and Japanese statements name it in their language,
// as their sentences about business hours do, not in English.
func TestEntitlementsNameTheRegionInTheLanguage(t *testing.T) {
	accts := fixturePortfolio()
	a := &accts[0]
	a.Customer.Region = "emea"
	for lang, want := range map[string]string{"en": "Europe, Middle East and Africa", "nl": "Europa, Midden-Oosten en Afrika", "ja": "欧州・中東・アフリカ"} {
		if lang == "ja" && !hasCJKFont() {
			continue
		}
		opts := testOptions()
		opts.Language = lang
		text := renderText(t, t.TempDir(), KindEntitlements, accts, a, opts)
		if !strings.Contains(text, want) {
			t.Errorf("the %s statement does not name the region %q", lang, want)
		}
		if lang != "en" && strings.Contains(text, "Middle East") {
			t.Errorf("the %s statement names the region in English", lang)
		}
	}
}
