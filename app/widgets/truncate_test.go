package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestTruncateToWidth(t *testing.T) {
	test.NewTempApp(t)
	const size = 11
	style := fyne.TextStyle{}
	width := func(s string) float32 { return fyne.MeasureText(s, size, style).Width }
	tests := []struct {
		name  string
		text  string
		width float32
		want  string
	}{
		{"fits", "Kickoff", width("Kickoff"), "Kickoff"},
		{"empty", "", 10, ""},
		{"no room for the ellipsis", "Kickoff", width(ellipsis) - 1, ""},
		{"only the ellipsis", "Kickoff", width(ellipsis), ellipsis},
		{"cut at a word keeps no trailing space", "Go live review", width("Go live…"), "Go live…"},
		{"cut inside a word", "Assessment", width("Asse…"), "Asse…"},
		{"multi-byte text is cut at characters", "健全性評価レビュー", width("健全性…"), "健全性…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TruncateToWidth(tt.text, tt.width, size, style)
			if got != tt.want {
				t.Fatalf("TruncateToWidth(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
			if got != "" && width(got) > tt.width {
				t.Errorf("%q is %v wide, more than %v", got, width(got), tt.width)
			}
		})
	}
}

func TestTruncateKeepsPrefix(t *testing.T) {
	test.NewTempApp(t)
	text := "Analytics implementation and data-quality review"
	for w := float32(0); w < 400; w += 7 {
		got := TruncateToWidth(text, w, 11, fyne.TextStyle{})
		if got == "" || got == text {
			continue
		}
		if !strings.HasPrefix(text, strings.TrimSuffix(got, ellipsis)) {
			t.Fatalf("width %v: %q is not a prefix of the text", w, got)
		}
	}
}

func TestWrapTwoLines(t *testing.T) {
	test.NewTempApp(t)
	const size = 11
	style := fyne.TextStyle{}
	width := func(s string) float32 { return fyne.MeasureText(s, size, style).Width }
	tests := []struct {
		name          string
		text          string
		width         float32
		first, second string
	}{
		{"fits on one line", "Kickoff", width("Kickoff"), "Kickoff", ""},
		{"empty", "", 10, "", ""},
		{"breaks at a space", "Dispatcher and CDN caching review", width("Dispatcher and CDN"), "Dispatcher and CDN", "caching review"},
		{"a space right after the first line", "Sites go-live", width("go-live"), "Sites", "go-live"},
		{"a word too long breaks with a hyphen", "Troubleshooting", width("Troublesh"), "Troubles-", "hooting"},
		{"then the rest of the text", "Technical best practice", width("Technica"), "Technic-", "al best…"},
		{"after a hyphen the text has", "Key-event readiness", width("Key-eve"), "Key-", "event…"},
		{"no spaces: breaks at characters", "健全性評価レビュー", width("健全性評価"), "健全性評価", "レビュー"},
		{"no room at all", "Kickoff", 0.5, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, second := WrapTwoLines(tt.text, tt.width, size, style)
			if first != tt.first || second != tt.second {
				t.Errorf("WrapTwoLines(%q, %v) = %q, %q; want %q, %q", tt.text, tt.width, first, second, tt.first, tt.second)
			}
			for _, line := range []string{first, second} {
				if width(line) > tt.width {
					t.Errorf("line %q is %v wide, more than %v", line, width(line), tt.width)
				}
			}
		})
	}
	// What does not fit on two lines is cut at the end of the second.
	text := "Dispatcher and CDN caching review"
	first, second := WrapTwoLines(text, width("Dispatcher and"), size, style)
	if first != "Dispatcher and" || !strings.HasPrefix(second, "CDN") || !strings.HasSuffix(second, ellipsis) {
		t.Errorf("WrapTwoLines(%q) = %q, %q; want the first two words, then the rest cut", text, first, second)
	}
}
