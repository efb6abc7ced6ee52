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

// FuzzWrapTwoLines checks that both lines always fit, that the first is
// where the text begins, and that nothing is lost when the text fits on
// two lines.
func FuzzWrapTwoLines(f *testing.F) {
	test.NewTempApp(f)
	for _, s := range []string{"Dispatcher and CDN caching review", "健全性評価レビュー", "", "  ", "a b", "Troubleshooting"} {
		f.Add(s, float32(60))
	}
	f.Fuzz(func(t *testing.T, text string, width float32) {
		if !utf8.ValidString(text) || width != width || width > 1e4 || width < 0 || len(text) > 300 {
			t.Skip()
		}
		style := fyne.TextStyle{}
		first, second := WrapTwoLines(text, width, 11, style)
		for _, line := range []string{first, second} {
			if w := fyne.MeasureText(line, 11, style).Width; w > width {
				t.Fatalf("WrapTwoLines(%q, %v): line %q is %v wide", text, width, line, w)
			}
			if !utf8.ValidString(line) {
				t.Fatalf("WrapTwoLines(%q, %v): invalid UTF-8 %q", text, width, line)
			}
		}
		// A word broken with a hyphen: the hyphen is not in the text.
		hyphenated := strings.HasSuffix(first, "-") && !strings.HasPrefix(text, first)
		if hyphenated {
			first = strings.TrimSuffix(first, "-")
		}
		if first != "" && !strings.HasPrefix(text, strings.TrimSuffix(first, ellipsis)) {
			t.Fatalf("WrapTwoLines(%q, %v): first line %q does not begin the text", text, width, first)
		}
		if second != "" && !strings.HasSuffix(second, ellipsis) {
			joined := strings.Join(strings.Fields(first+" "+second), " ")
			if want := strings.Join(strings.Fields(text), " "); joined != want && first+second != text {
				t.Fatalf("WrapTwoLines(%q, %v) = %q, %q: lost text", text, width, first, second)
			}
		}
	})
}
