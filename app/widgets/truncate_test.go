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
