package layout

import (
	"bytes"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// fallbackFor returns the fallback font of r, skipping the test when the
// system has none (make test installs fonts-noto-core).
func fallbackFor(t *testing.T, ts *typesetter, r rune) *fallbackFont {
	t.Helper()
	f := ts.fallbackFor(r)
	if f == nil {
		t.Skipf("no font of the system draws %q (make test installs fonts-noto-core)", r)
	}
	return f
}

func TestBidiLevels(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []uint8
	}{
		{"Acme", []uint8{0, 0, 0, 0}},
		// The number after Hebrew belongs with it (level 2); the space
		// between Hebrew and the number is Hebrew.
		{"Acme שלום 2026", []uint8{0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2}},
		// Entirely right to left: the line runs right to left.
		{"שלום 12", []uint8{1, 1, 1, 1, 1, 2, 2}},
		// Digits after Arabic letters are Arabic numbers.
		{"Acme مصرف 12", []uint8{0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2}},
		// Trailing spaces take the line's level.
		{"Acme שלום ", []uint8{0, 0, 0, 0, 0, 1, 1, 1, 1, 0}},
	} {
		if got := bidiLevels([]rune(tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("bidiLevels(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestVisualOrder(t *testing.T) {
	for _, tt := range []struct {
		levels []uint8
		want   []int
	}{
		{[]uint8{0, 0}, []int{0, 1}},
		{[]uint8{0, 1, 2}, []int{0, 2, 1}},
		{[]uint8{1, 2, 1}, []int{2, 1, 0}},
		{[]uint8{0, 1, 1, 0}, []int{0, 2, 1, 3}},
	} {
		if got := visualOrder(tt.levels); !slices.Equal(got, tt.want) {
			t.Errorf("visualOrder(%v) = %v, want %v", tt.levels, got, tt.want)
		}
	}
}

// runText returns the text of runs in the order drawn, each as drawn:
// unshaped right-to-left runs turned around.
func runTexts(runs []lineRun) []string {
	var out []string
	for _, r := range runs {
		if r.shaped != nil {
			out = append(out, r.extractText())
		} else {
			out = append(out, r.visual())
		}
	}
	return out
}

func TestLineRunsMixedDirections(t *testing.T) {
	ts := testTypesetter(t)
	fallbackFor(t, ts, 'ש')
	runs := ts.lineRuns("Acme שלום 2026", false)
	// Drawn left to right: the Latin, the number, then the Hebrew
	// (space included) turned around.
	want := []string{"Acme ", "2026", " םולש"}
	if got := runTexts(runs); !slices.Equal(got, want) {
		t.Fatalf("runs drawn %q, want %q", got, want)
	}
	heb := runs[2]
	if heb.shaped == nil || !heb.rtl() {
		t.Fatalf("the Hebrew run is not shaped right to left: %+v", heb)
	}
	// Hebrew letters are their plain glyphs, drawn in reverse.
	var drawn []rune
	for _, g := range heb.shaped.glyphs {
		drawn = append(drawn, g.char)
	}
	if got := string(drawn); got != " םולש" {
		t.Errorf("Hebrew glyphs drawn as %q, want %q", got, " םולש")
	}
}

func TestArabicTakesJoinedForms(t *testing.T) {
	ts := testTypesetter(t)
	font := fallbackFor(t, ts, 'م')
	word := []rune("مصرف")
	joined := ts.shape(font, word, true)
	if joined == nil || len(joined.glyphs) != len(word) {
		t.Fatalf("shaped %q into %+v, want %d glyphs", string(word), joined, len(word))
	}
	var isolated []uint16
	for _, r := range word {
		isolated = append(isolated, font.face.glyph(r))
	}
	// Drawn right to left: the first letter is the last glyph.
	slices.Reverse(isolated)
	changed := 0
	for i, g := range joined.glyphs {
		if g.id != isolated[i] {
			changed++
			if g.char != 0 {
				t.Errorf("glyph %d is a joined form %d but is drawn by %q", i, g.id, g.char)
			}
		}
	}
	// م ص ر join: the first three take initial, medial and final forms;
	// ف stands alone after ر, which does not join to the left.
	if changed < 3 {
		t.Errorf("%d of %d glyphs of %q take a joined form, want at least 3: %+v", changed, len(word), string(word), joined.glyphs)
	}
	if w := ts.measureComplex("مصرف", false); w != joined.width || w <= 0 {
		t.Errorf("measured %d, shaped width %d", w, joined.width)
	}
}

func TestHebrewAdvancesAreTheFontWidths(t *testing.T) {
	ts := testTypesetter(t)
	font := fallbackFor(t, ts, 'ש')
	// One letter at a time, with nothing to kern against.
	for _, r := range "שלוםבנק" {
		sh := ts.shape(font, []rune{r}, true)
		if len(sh.glyphs) != 1 {
			t.Fatalf("%q shaped into %d glyphs", r, len(sh.glyphs))
		}
		g := sh.glyphs[0]
		if want := font.face.glyphWidth(g.id); g.advance != want || g.char != r {
			t.Errorf("%q: glyph %d drawn by %q advances %d, the font says %d", r, g.id, g.char, g.advance, want)
		}
	}
}

func TestWordsBreakBetweenClustersOnly(t *testing.T) {
	ts := testTypesetter(t)
	fallbackFor(t, ts, 'ธ')
	fallbackFor(t, ts, 'क')
	st := TextStyle{Size: 10}
	// Thai has no spaces; ำ and the Devanagari vowel signs take room of
	// their own but belong to the letter before them.
	for _, word := range []string{"ธนาคารกรุงเทพ", "กำแพงเพชร", "कंसल्टेंसी"} {
		full := ts.measure(word, st)
		for width := full / 12; width < full; width += full / 40 {
			lines := ts.wrap(word, width, st)
			if strings.Join(lines, "") != word {
				t.Fatalf("wrapped %q at %.1f mm into %q", word, width, lines)
			}
			for _, l := range lines[1:] {
				if r := []rune(l)[0]; unicode.In(r, unicode.Mn, unicode.Mc) || r == 'ำ' {
					t.Errorf("at %.1f mm, line %q starts inside a cluster (%q)", width, l, lines)
				}
			}
		}
	}
}

// TestComplexScriptsReadBack draws names in Arabic, Hebrew, Thai and
// Hindi next to Latin text and reads the PDF back with pdftotext: each
// name comes back exactly, in logical order.
func TestComplexScriptsReadBack(t *testing.T) {
	pdftotext := needTool(t, "pdftotext")
	fonts := testFonts(t)
	names := []string{"شركة الخليج للطيران", "בנק הפועלים", "ธนาคารกรุงเทพ", "टाटा कंसल्टेंसी सर्विसेज"}
	for _, r := range []rune{'ش', 'ב', 'ธ', 'ट'} {
		if path, _, ok := fonts.FontFor(r, ""); !ok || path == "" {
			t.Skipf("no font of the system draws %q (make test installs fonts-noto-core)", r)
		}
	}
	doc, err := New(Page{W: 210, H: 297, Left: 20, Right: 20, Top: 20, Bottom: 20}, testScale(), Meta{Title: "Scripts"}, Config{Fonts: fonts, Now: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	doc.AddPage()
	y := 30.0
	for _, name := range names {
		doc.Text(20, y, name, TextStyle{Size: 14})
		doc.Text(20, y+10, "Kickoff – "+name, TextStyle{Size: 12, Bold: true})
		y += 25
	}
	var buf bytes.Buffer
	if _, err := doc.Finish(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "scripts.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := stripBidiControls(string(out))
	for _, name := range names {
		if strings.Count(text, name) != 2 {
			t.Errorf("pdftotext does not read %q twice:\n%s", name, text)
		}
	}
}

// stripBidiControls drops the embedding controls pdftotext puts around
// right-to-left text.
func stripBidiControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E {
			return -1
		}
		return r
	}, s)
}

// TestComplexOddities measures and draws lines that start with a mark,
// hold lone brackets or mix three scripts, and checks that what Text
// draws is as wide as Measure says.
func TestComplexOddities(t *testing.T) {
	fonts := testFonts(t)
	if _, _, ok := fonts.FontFor('ש', ""); !ok {
		t.Skip("no Hebrew font (make test installs fonts-noto-core)")
	}
	doc, err := New(Page{W: 210, H: 297}, testScale(), Meta{Title: "Oddities"}, Config{Fonts: fonts, AllowMissingGlyphs: true})
	if err != nil {
		t.Fatal(err)
	}
	doc.AddPage()
	for _, s := range []string{"\u064Eمصرف", "(שלום", "שלום) [x]", "Acme مصرف שלום ธนาคาร 12%", "ि", "\u202Bשלום\u202C"} {
		st := TextStyle{Size: 10, Bold: true}
		want := doc.Measure(s, st)
		if got := doc.Text(10, 10, s, st); math.Abs(got-want) > 1e-9 || got <= 0 {
			t.Errorf("%q: drawn %.3f mm wide, measured %.3f mm", s, got, want)
		}
	}
	if _, err := doc.Finish(io.Discard); err != nil {
		t.Fatal(err)
	}
}
