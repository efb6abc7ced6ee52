package widgets

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// FuzzTruncateToWidth checks that a truncated label always fits, is a
// prefix of the text at a character boundary, and is the text itself
// when it fits.
func FuzzTruncateToWidth(f *testing.F) {
	test.NewTempApp(f)
	for _, s := range []string{"Kickoff", "Go-live readiness review", "健全性評価", "", " a ", "\u00e9\u0301"} {
		f.Add(s, float32(40))
	}
	f.Fuzz(func(t *testing.T, text string, width float32) {
		if !utf8.ValidString(text) || width != width || width > 1e6 || width < -1e6 {
			t.Skip()
		}
		style := fyne.TextStyle{}
		got := TruncateToWidth(text, width, 11, style)
		if fyne.MeasureText(text, 11, style).Width <= width {
			if got != text {
				t.Fatalf("%q fits %v but was cut to %q", text, width, got)
			}
			return
		}
		if got == "" {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("cut %q to invalid UTF-8 %q", text, got)
		}
		if !strings.HasSuffix(got, ellipsis) || !strings.HasPrefix(text, strings.TrimSuffix(got, ellipsis)) {
			t.Fatalf("cut %q to %q: not a prefix with an ellipsis", text, got)
		}
		if w := fyne.MeasureText(got, 11, style).Width; w > width {
			t.Fatalf("cut %q to %q of width %v, more than %v", text, got, w, width)
		}
	})
}

// FuzzWrapLines checks that every line fits, that the lines are pieces
// of the text in order (an ellipsis aside), and that nothing is lost when
// no line is cut.
func FuzzWrapLines(f *testing.F) {
	test.NewTempApp(f)
	for _, s := range []string{"Dispatcher and CDN caching review", "健全性評価レビュー", "分析、報告。", "", "  ", "a b", "Troubleshooting", "Beveiligingspatch en upgradeplanning"} {
		f.Add(s, float32(60), uint8(2))
	}
	f.Fuzz(func(t *testing.T, text string, width float32, maxLines uint8) {
		if !utf8.ValidString(text) || width != width || width > 1e4 || width < 0 || len(text) > 300 || maxLines > 8 {
			t.Skip()
		}
		style := fyne.TextStyle{}
		lines := WrapLines(text, width, 11, style, int(maxLines))
		if len(lines) > int(maxLines) {
			t.Fatalf("WrapLines(%q, %v, %d): %d lines", text, width, maxLines, len(lines))
		}
		rest, cut := text, false
		for _, line := range lines {
			if w := fyne.MeasureText(line, 11, style).Width; w > width && line != text {
				t.Fatalf("WrapLines(%q, %v): line %q is %v wide", text, width, line, w)
			}
			if !utf8.ValidString(line) {
				t.Fatalf("WrapLines(%q, %v): invalid UTF-8 %q", text, width, line)
			}
			piece := line
			if strings.HasSuffix(line, ellipsis) {
				piece, cut = strings.TrimSuffix(line, ellipsis), true
			}
			i := strings.Index(rest, piece)
			if i < 0 {
				t.Fatalf("WrapLines(%q, %v) = %q: %q is not the text that follows", text, width, lines, piece)
			}
			rest = rest[i+len(piece):]
		}
		// Narrower than an ellipsis, a cut cannot be shown.
		narrow := fyne.MeasureText(ellipsis, 11, style).Width > width
		if !cut && !narrow && len(lines) > 0 {
			if got, want := stripSpace(strings.Join(lines, "")), stripSpace(text); got != want {
				t.Fatalf("WrapLines(%q, %v, %d) = %q: lost text", text, width, maxLines, lines)
			}
		}
	})
}
