package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// textSize is the size the tests of cutting and wrapping text measure in,
// in the plain style.
const textSize = 11

// textWidth returns the width of s in textSize, plain; it needs a test
// app.
func textWidth(s string) float32 { return fyne.MeasureText(s, textSize, fyne.TextStyle{}).Width }

func TestTruncateToWidth(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name  string
		text  string
		width float32
		want  string
	}{
		{"fits", "Kickoff", textWidth("Kickoff"), "Kickoff"},
		{"empty", "", 10, ""},
		{"no room for the ellipsis", "Kickoff", textWidth(ellipsis) - 1, ""},
		{"only the ellipsis", "Kickoff", textWidth(ellipsis), ellipsis},
		{"cut at a word keeps no trailing space", "Go live review", textWidth("Go live…"), "Go live…"},
		{"cut inside a word", "Assessment", textWidth("Asse…"), "Asse…"},
		{"multi-byte text is cut at characters", "健全性評価レビュー", textWidth("健全性…"), "健全性…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TruncateToWidth(tt.text, tt.width, textSize, fyne.TextStyle{})
			if got != tt.want {
				t.Fatalf("TruncateToWidth(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
			if got != "" && textWidth(got) > tt.width {
				t.Errorf("%q is %v wide, more than %v", got, textWidth(got), tt.width)
			}
		})
	}
}

func TestTruncateKeepsPrefix(t *testing.T) {
	test.NewTempApp(t)
	text := "Analytics implementation and data-quality review"
	for w := float32(0); w < 400; w += 7 {
		got := TruncateToWidth(text, w, textSize, fyne.TextStyle{})
		if got == "" || got == text {
			continue
		}
		if !strings.HasPrefix(text, strings.TrimSuffix(got, ellipsis)) {
			t.Fatalf("width %v: %q is not a prefix of the text", w, got)
		}
	}
}
