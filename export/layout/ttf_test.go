package layout

import (
	"errors"
	"os"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

func TestParseFontCoverage(t *testing.T) {
	fonts := testFonts(t)
	regular, bold := fonts.regular, fonts.bold
	tests := []struct {
		r    rune
		want bool
	}{
		{'A', true}, {'ü', true}, {'Ø', true}, {'Ł', true}, {'ź', true}, {'ß', true},
		{'Ж', true}, {'Ω', true}, {'–', true}, {'€', true}, {'•', true},
		{'…', true}, {'·', true}, {'\uFFFD', true}, {'日', false}, {'あ', false}, {'株', false}, {0x1F600, false}, {-1, false},
	}
	for _, tt := range tests {
		for name, face := range map[string]*fontFace{"regular": regular, "bold": bold} {
			if got := face.has(tt.r); got != tt.want {
				t.Errorf("%s has(%q) = %v, want %v", name, tt.r, got, tt.want)
			}
		}
	}
}

// TestFontWidthsMatchWriter checks that text measured by the layout is as
// wide as the PDF writer will draw it.
func TestFontWidthsMatchWriter(t *testing.T) {
	regular := testFonts(t).regular
	pdf := fpdf.New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes("noto", "", notoSansRegular)
	pdf.SetFont("noto", "", 1000)
	for _, s := range []string{"Müller GmbH", "Øresund Energi A/S", "Łódź", "Quarterly plan – Q3 2025", "WWW iii 0123456789"} {
		want := pdf.GetStringWidth(s)
		got := 0
		for _, r := range s {
			w, ok := regular.width(r)
			if !ok {
				t.Fatalf("%q: no glyph for %q", s, r)
			}
			got += w
		}
		if float64(got) != want {
			t.Errorf("width(%q) = %d, writer says %g", s, got, want)
		}
	}
}

func TestParseFontRejects(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"CFF", append([]byte("OTTO"), make([]byte, 20)...)},
		{"collection", append([]byte("ttcf"), make([]byte, 20)...)},
		{"text", []byte("this is not a font at all")},
		{"truncated", notoSansRegular[:400]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseFont(tt.data); err == nil {
				t.Fatal("parseFont accepted it")
			}
		})
	}
	if _, err := parseFont([]byte("OTTO\x00\x00\x00\x00\x00\x00\x00\x00")); !errors.Is(err, errNotTrueType) {
		t.Errorf("CFF font: err = %v, want errNotTrueType", err)
	}
}

func TestCJKFontFromSystem(t *testing.T) {
	f := systemCJK(t)
	for _, r := range "株式会社サクラ電機" {
		if !f.face.has(r) {
			t.Errorf("%s has no glyph for %q", f.path, r)
		}
	}
	empty, err := LoadFontsWith(FontOptions{Files: []string{os.DevNull}, Search: &FontSearch{}})
	if err != nil {
		t.Fatal(err)
	}
	if path, err := empty.CJKFont(); err == nil || !strings.Contains(err.Error(), os.DevNull) {
		t.Errorf("an empty file as the only font: CJKFont() = %q, %v; want an error naming it", path, err)
	}
}
