package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestWrapLines(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name  string
		text  string
		width float32
		lines int
		want  []string
	}{
		{"fits on one line", "Kickoff", textWidth("Kickoff"), 2, []string{"Kickoff"}},
		{"empty", "", 10, 2, nil},
		{"no room at all", "Kickoff", 0.5, 2, nil},
		{"breaks at a space", "Dispatcher and CDN caching review", textWidth("Dispatcher and CDN"), 2,
			[]string{"Dispatcher and CDN", "caching review"}},
		{"a space right after the first line", "Sites go-live", textWidth("go-live"), 2, []string{"Sites", "go-live"}},
		{"the last line is cut after a whole word", "Dispatcher and CDN caching review", textWidth("Dispatcher and"), 2,
			[]string{"Dispatcher and", "CDN caching…"}},
		{"a word too wide ends with an ellipsis", "Troubleshooting", textWidth("Troubles…"), 2, []string{"Troubles…"}},
		{"then the next word", "Technical best practice", textWidth("Technic…"), 2, []string{"Technic…", "best…"}},
		{"never inside a word", "Advocacy and community", textWidth("Advocacy"), 2, []string{"Advocacy", "and…"}},
		{"after a hyphen the text has", "Key-event readiness", textWidth("Key-eve"), 2, []string{"Key-", "event…"}},
		{"three lines", "Dispatcher and CDN caching review", textWidth("Dispatcher"), 3,
			[]string{"Dispatcher", "and CDN", "caching…"}},
		{"Dutch", "Beveiligingspatch en upgradeplanning", textWidth("Beveiligingspatch"), 2,
			[]string{"Beveiligingspatch", "en…"}},
		{"Dutch compound too wide", "Implementatiebegeleiding op locatie", textWidth("Implementati…"), 2,
			[]string{"Implementati…", "op locatie"}},
		{"Japanese breaks between characters", "健全性評価レビュー", textWidth("健全性評価"), 2, []string{"健全性評価", "レビュー"}},
		{"Japanese never before a closing mark", "分析、報告", textWidth("分析、") - 0.5, 3, []string{"分", "析、", "報告"}},
		{"Japanese never before a closing bracket", "技術（ベスト）実践", textWidth("技術（ベスト"), 2,
			[]string{"技術（ベス", "ト）実践"}},
		{"Japanese never after an opening bracket", "技術「ベスト」", textWidth("技術「ベ") - 0.5, 3, []string{"技術", "「ベス", "ト」"}},
		{"Japanese with a Latin name", "Adobe Analytics導入レビュー", textWidth("Adobe Analytics導"), 2,
			[]string{"Adobe Analytics導", "入レビュー"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WrapLines(tt.text, tt.width, textSize, fyne.TextStyle{}, tt.lines)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("WrapLines(%q, %v, %d) = %q, want %q", tt.text, tt.width, tt.lines, got, tt.want)
			}
			for _, line := range got {
				if textWidth(line) > tt.width {
					t.Errorf("line %q is %v wide, more than %v", line, textWidth(line), tt.width)
				}
			}
		})
	}
}

// TestWrapLinesNeverSplitsAWord wraps titles of the catalog in English,
// Dutch and Japanese at every width a quarter block can have: each line
// is made of whole words of the title, save a word cut with an ellipsis,
// and no Japanese line begins with closing punctuation.
func TestWrapLinesNeverSplitsAWord(t *testing.T) {
	test.NewTempApp(t)
	const size = 11
	style := fyne.TextStyle{}
	titles := []string{
		"Technical best practices review",
		"Advocacy and community programme",
		"Upgrade and migration planning",
		"Technische best practices en architectuurreview",
		"Advocacy- en communityprogramma",
		"技術ベストプラクティスレビュー（年次）",
		"アドボカシーとコミュニティ、年次計画。",
	}
	for _, title := range titles {
		words := map[string]bool{}
		for _, w := range strings.Fields(title) {
			words[w] = true
		}
		ideographic := strings.IndexFunc(title, isIdeographic) >= 0
		for w := float32(20); w < 200; w += 3 {
			for _, line := range WrapLines(title, w, size, style, 2) {
				if fyne.MeasureText(line, size, style).Width > w {
					t.Fatalf("%q at %v: line %q too wide", title, w, line)
				}
				if ideographic {
					if r := []rune(line)[0]; noBreakBefore(r) {
						t.Fatalf("%q at %v: line %q begins with %q", title, w, line, r)
					}
					continue
				}
				fields := strings.Fields(line)
				for i, f := range fields {
					cut := i == len(fields)-1 && strings.HasSuffix(f, ellipsis)
					f = strings.TrimSuffix(f, ellipsis)
					if f == "" || words[f] || (cut && i == 0) || (strings.HasSuffix(f, "-") && strings.Contains(title, f)) {
						continue
					}
					if !words[f] {
						t.Fatalf("%q at %v: line %q holds %q, not a word of the title", title, w, line, f)
					}
				}
			}
		}
	}
}

func TestWrapTwoLines(t *testing.T) {
	test.NewTempApp(t)
	width := fyne.MeasureText("Dispatcher and CDN", 11, fyne.TextStyle{}).Width
	first, second := WrapTwoLines("Dispatcher and CDN caching review", width, 11, fyne.TextStyle{})
	if first != "Dispatcher and CDN" || second != "caching review" {
		t.Errorf("WrapTwoLines = %q, %q", first, second)
	}
	if first, second := WrapTwoLines("Kickoff", width, 11, fyne.TextStyle{}); first != "Kickoff" || second != "" {
		t.Errorf("WrapTwoLines(Kickoff) = %q, %q", first, second)
	}
}

func TestFitWords(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		text  string
		width float32
		want  string
	}{
		{"Not available", textWidth("Not available"), "Not available"},
		{"Not available", textWidth("Not availa…"), "Not…"},
		{"Niet beschikbaar", textWidth("Niet beschik…"), "Niet…"},
		{"Onbeschikbaar", textWidth("Onbesch…"), "Onbesch…"},
		{"利用できません", textWidth("利用でき…"), "利用でき…"},
		{"Kickoff", 1, ""},
	}
	for _, tt := range tests {
		if got := FitWords(tt.text, tt.width, textSize, fyne.TextStyle{}); got != tt.want {
			t.Errorf("FitWords(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}
