package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// testTypesetter returns a typesetter with the embedded fonts and the
// system CJK font, if any.
func testTypesetter(t testing.TB) *typesetter {
	t.Helper()
	var log []string
	return &typesetter{fonts: testFonts(t), log: &log}
}

// testFonts returns the fonts of documents, the CJK font searched for.
func testFonts(t testing.TB) *Fonts {
	t.Helper()
	fonts, err := LoadFonts("")
	if err != nil {
		t.Fatal(err)
	}
	return fonts
}

// noSystemFonts returns the fonts of documents with no font but the
// embedded ones: characters Noto Sans lacks are missing.
func noSystemFonts(t testing.TB) *Fonts {
	t.Helper()
	fonts, err := LoadFontsWith(FontOptions{Search: &FontSearch{}})
	if err != nil {
		t.Fatal(err)
	}
	return fonts
}

func TestWrap(t *testing.T) {
	ts := testTypesetter(t)
	body := testScale().Body
	tests := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"empty", "", 50, nil},
		{"blank", "  \n ", 50, nil},
		{"fits", "Müller GmbH", 50, []string{"Müller GmbH"}},
		{"two lines", "Raise online conversion in every market", 40, []string{"Raise online conversion", "in every market"}},
		{"line ends kept", "first\nsecond", 50, []string{"first", "second"}},
		{"tabs and controls", "a\tb\x00c", 50, []string{"a bc"}},
		{"breaks after a hyphen", "Post-Launch-Phase-Review", 22, []string{"Post-Launch-", "Phase-Review"}},
		{"long word broken", "Donaudampfschifffahrtsgesellschaft", 30, []string{"Donaudampfschiff", "fahrtsgesellschaft"}},
		{"e-mail breaks after a dot", "maria.gonzalez@northwind.example", 45, []string{"maria.gonzalez@northwind.", "example"}},
		{"e-mail breaks after @", "maria.gonzalez@northwind.example", 30, []string{"maria.gonzalez@", "northwind.", "example"}},
		{"e-mail keeps its hyphen", "Mail thomas.richter@mueller-gmbh.example today", 45,
			[]string{"Mail", "thomas.richter@", "mueller-gmbh.example", "today"}},
		{"URL breaks after a slash", "https://support.example.com/cases/new-case", 30,
			[]string{"https://support.", "example.com/", "cases/new-case"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ts.wrap(tt.text, tt.width, body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap(%q, %g) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
			for _, l := range got {
				if w := ts.measure(l, body); w > tt.width+1e-6 && len([]rune(l)) > 1 {
					t.Errorf("line %q is %.1f mm wide, more than %g", l, w, tt.width)
				}
			}
		})
	}
}

func TestTokensJapanese(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"株式会社サクラ電機", []string{"株", "式", "会", "社", "サクラ", "電", "機"}},
		{"（ドラフト）を提出", []string{"（ドラフト）", "を", "提", "出"}},
		{"チャネル：電話", []string{"チャネル：", "電", "話"}},
		{"計56.5時間です", []string{"計", "56.5時間", "で", "す"}},
		{"19件中10件", []string{"19件", "中", "10件"}},
		{"（これはとても長い括弧の中の文です）", []string{"（こ", "れ", "は", "と", "て", "も", "長", "い", "括", "弧", "の", "中", "の", "文", "で", "す）"}},
		{"移行する。次へ", []string{"移", "行", "す", "る。", "次", "へ"}},
		{"「年末」商戦", []string{"「年末」", "商", "戦"}},
		{"AEM 移行 (migration)", []string{"AEM", "移", "行", "(migration)"}},
		{"Sites、Analytics、Target", []string{"Sites、", "Analytics、", "Target"}},
		{"2025年9月28日～11月22日", []string{"2025年9月28日～", "11月22日"}},
		{"月日", []string{"月", "日"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokens(tt.in) {
			got = append(got, tok.text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\r\nb", "a\nb"},
		{"soft\u00adhyphen", "softhyphen"},
		{"zero\u200bwidth", "zerowidth"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNoWidowInJapanese checks that a paragraph of Japanese never ends
// with one or two characters on a line of their own: the line above gives
// its last piece.
func TestNoWidowInJapanese(t *testing.T) {
	ts := testTypesetter(t)
	st := TextStyle{Size: 10, Lead: 1.3}
	text := "ケースを起票できるのは指定サポート窓口のみです。"
	// The width at which the plain break leaves "す。" alone.
	full := ts.measure(text, st)
	tail := ts.measure("す。", st)
	width := full - tail + 0.01
	lines := ts.wrap(text, width, st)
	if len(lines) != 2 {
		t.Fatalf("lines %q, want two", lines)
	}
	if n := utf8.RuneCountInString(lines[1]); n <= maxWidowRunes {
		t.Errorf("the last line %q holds %d characters alone", lines[1], n)
	}
	if strings.Join(lines, "") != text {
		t.Errorf("lines %q lose or change text", lines)
	}
	for _, l := range lines {
		if w := ts.measure(l, st); w > width+1e-6 {
			t.Errorf("line %q is %.2f mm wide, more than %.2f", l, w, width)
		}
	}
}
