package layout

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// programOf parses a font and what cutting needs of it.
func programOf(t testing.TB, data []byte) *fontProgram {
	t.Helper()
	face, err := parseFont(data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := parseProgram(data, face)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// systemCJK returns the system's Japanese font, or skips the test.
func systemCJK(t testing.TB) *fallbackFont {
	t.Helper()
	res := testFonts(t).lookup('日', "ja")
	if res.font == nil || !res.font.face.has('あ') {
		t.Skipf("no Japanese TrueType font on this machine (make test installs fonts-ipafont-gothic): %q", res.notes)
	}
	return res.font
}

// sameGlyph reports how glyph cg of the cut font cut differs from glyph og
// of the font it was cut from: outlines must be equal but for the glyph
// indices of components, which must name equal glyphs; metrics equal.
func sameGlyph(orig *fontProgram, og uint16, cut *fontProgram, cg uint16) error {
	oa, oc := orig.metrics(og)
	ca, cc := cut.metrics(cg)
	if oa != ca || oc != cc {
		return fmt.Errorf("glyph %d→%d: metrics %d/%d, want %d/%d", og, cg, ca, cc, oa, oc)
	}
	oparts, err := orig.components(og)
	if err != nil {
		return err
	}
	cparts, err := cut.components(cg)
	if err != nil {
		return err
	}
	if len(oparts) != len(cparts) {
		return fmt.Errorf("glyph %d→%d: %d components, want %d", og, cg, len(cparts), len(oparts))
	}
	want := slices.Clone(orig.outline(og))
	got := slices.Clone(cut.outline(cg))
	for i := range oparts {
		if err := sameGlyph(orig, oparts[i].glyph, cut, cparts[i].glyph); err != nil {
			return fmt.Errorf("glyph %d→%d component %d: %w", og, cg, i, err)
		}
		binary.BigEndian.PutUint16(want[oparts[i].at:], 0)
		binary.BigEndian.PutUint16(got[cparts[i].at:], 0)
	}
	// The cut font pads outlines to four bytes.
	if len(got) < len(want) || !bytes.Equal(got[:len(want)], want) || len(got)-len(want) > 3 {
		return fmt.Errorf("glyph %d→%d: outline of %d bytes differs from the original of %d", og, cg, len(got), len(want))
	}
	return nil
}

// checkCut cuts p down to chars and checks the cut font: it reads back,
// draws every character p has with the same glyph and width, has no
// other character, and carries correct checksums.
func checkCut(t *testing.T, p *fontProgram, chars string) *fontProgram {
	t.Helper()
	data, err := p.cut([]rune(chars))
	if err != nil {
		t.Fatal(err)
	}
	cut := programOf(t, data)
	for _, r := range chars {
		if !p.face.has(r) {
			if cut.face.has(r) {
				t.Errorf("the cut font has %q, which the font lacks", r)
			}
			continue
		}
		ow, _ := p.face.width(r)
		cw, ok := cut.face.width(r)
		if !ok || cw != ow {
			t.Errorf("%q: width %d, %v in the cut font, want %d", r, cw, ok, ow)
		}
		if err := sameGlyph(p, p.face.glyph(r), cut, cut.face.glyph(r)); err != nil {
			t.Errorf("%q: %v", r, err)
		}
	}
	for _, r := range []rune{'Z', 'ẞ', '龍'} {
		if !bytes.ContainsRune([]byte(chars), r) && cut.face.has(r) {
			t.Errorf("the cut font has %q, which was not asked for", r)
		}
	}
	if sum := tableChecksum(data); sum != 0xB1B0AFBA {
		t.Errorf("whole-font checksum %#x, want 0xB1B0AFBA", sum)
	}
	tables, err := tableDirectory(data)
	if err != nil {
		t.Fatal(err)
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := range n {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		want := tableChecksum(tables[tag])
		if tag == "head" {
			head := slices.Clone(tables[tag])
			binary.BigEndian.PutUint32(head[8:], 0)
			want = tableChecksum(head)
		}
		if got := binary.BigEndian.Uint32(rec[4:]); got != want {
			t.Errorf("table %q: checksum %#x, want %#x", tag, got, want)
		}
	}
	return cut
}

func TestCutNotoSans(t *testing.T) {
	p := programOf(t, notoSansRegular)
	tests := []struct {
		name  string
		chars string
		// glyphs is the number of glyphs of the cut font.
		glyphs int
	}{
		{"nothing", "", 1},
		{"one letter", "A", 2},
		{"repeated letters", "aaab", 3},
		{"space and punctuation", "a, b.", 6},
		// ü is u and the diaeresis, Å is A and the ring.
		{"composite glyphs", "üÅ", 1 + 2 + 4},
		{"composite and its part", "uü", 1 + 3},
		{"characters the font lacks", "日本A", 2},
		{"beyond the basic plane", "A\U0001F680", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cut := checkCut(t, p, tt.chars)
			if cut.face.numGlyphs != tt.glyphs {
				t.Errorf("%d glyphs, want %d", cut.face.numGlyphs, tt.glyphs)
			}
			if err := sameGlyph(p, 0, cut, 0); err != nil {
				t.Errorf("glyph 0: %v", err)
			}
		})
	}
}

func TestCutSystemCJKFont(t *testing.T) {
	cjk := systemCJK(t)
	chars := "株式会社サクラ電機「年末商戦」。ー々"
	cut := checkCut(t, cjk.program, chars)
	if cut.face.numGlyphs > len([]rune(chars))+1 {
		t.Errorf("%d glyphs for %d characters", cut.face.numGlyphs, len([]rune(chars)))
	}
}

// TestCutSharedAdvances cuts a font whose last glyphs share the advance
// of the last full metric and keep only their left side bearings: the
// cut font gives each its own full metric, with the same values.
func TestCutSharedAdvances(t *testing.T) {
	base := buildFont(6, []testSegment{{start: 'A', end: 'E', delta: deltaTo('A', 1)}})
	font := retable(t, base, func(tb map[string][]byte) {
		binary.BigEndian.PutUint16(tb["hhea"][34:], 2)
		hmtx := slices.Clone(tb["hmtx"][:8])
		for g := 2; g < 6; g++ {
			hmtx = binary.BigEndian.AppendUint16(hmtx, uint16(10*g))
		}
		tb["hmtx"] = hmtx
		tb["loca"] = make([]byte, 2*7)
		tb["name"] = []byte{0, 0, 0, 0, 0, 6}
		tb["post"] = make([]byte, 32)
	})
	p := programOf(t, font)
	for g, want := range [][2]uint16{{500, 0}, {501, 0}, {501, 20}, {501, 30}, {501, 40}, {501, 50}} {
		if a, l := p.metrics(uint16(g)); a != want[0] || l != want[1] {
			t.Errorf("glyph %d: advance %d, bearing %d; want %d, %d", g, a, l, want[0], want[1])
		}
	}
	cut := checkCut(t, p, "ADE")
	if cut.numHMetrics != cut.face.numGlyphs {
		t.Errorf("the cut font has %d full metrics for %d glyphs", cut.numHMetrics, cut.face.numGlyphs)
	}
}

// writeWith returns a one-page PDF drawing lines in font data, made
// deterministic so that two fonts can be compared by rendering.
func writeWith(t *testing.T, data []byte, lines []string) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)) // else the clock, which may tick between two documents
	pdf.AddUTF8FontFromBytes("f", "", data)
	pdf.AddPage()
	pdf.SetFont("f", "", 18)
	for i, l := range lines {
		pdf.Text(15, 30+float64(i)*12, l)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rasterize renders the first page of a PDF as PNG bytes.
func rasterize(t *testing.T, pdf []byte) []byte {
	t.Helper()
	tool := needTool(t, "pdftoppm")
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "page")
	if msg, err := exec.Command(tool, "-png", "-r", "100", "-singlefile", in, out).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, msg)
	}
	png, err := os.ReadFile(out + ".png")
	if err != nil {
		t.Fatal(err)
	}
	return png
}

// TestCutFontDrawsLikeWholeFont draws the same text with a font and with
// the font cut down to the text: the PDF writer measures it the same and
// the pages render to the same pixels.
func TestCutFontDrawsLikeWholeFont(t *testing.T) {
	tests := []struct {
		name  string
		data  func(t *testing.T) []byte
		lines []string
	}{
		{"Noto Sans", func(*testing.T) []byte { return notoSansRegular }, []string{"Müller GmbH – Øresund Łódź", "Ünïcödé ÅÉÎÕÜ ŻźŁ €12,50", "Жизнь Ωμέγα"}},
		{"system CJK font", func(t *testing.T) []byte { return systemCJK(t).data }, []string{"株式会社サクラ電機", "「年末商戦」の準備。ー々", "移行プロジェクト"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whole := tt.data(t)
			var chars []rune
			for _, l := range tt.lines {
				chars = append(chars, []rune(l)...)
			}
			cut, err := programOf(t, whole).cut(chars)
			if err != nil {
				t.Fatal(err)
			}
			if len(cut) >= len(whole)/4 {
				t.Errorf("cut font is %d bytes of the whole %d", len(cut), len(whole))
			}
			for _, data := range [][]byte{whole, cut} {
				pdf := fpdf.New("P", "mm", "A4", "")
				pdf.AddUTF8FontFromBytes("f", "", data)
				pdf.SetFont("f", "", 1000)
				for _, l := range tt.lines {
					wholeWidth := widthIn(t, whole, l)
					if got := pdf.GetStringWidth(l); got != wholeWidth {
						t.Errorf("writer width of %q: %g, want %g", l, got, wholeWidth)
					}
				}
			}
			if !bytes.Equal(rasterize(t, writeWith(t, whole, tt.lines)), rasterize(t, writeWith(t, cut, tt.lines))) {
				t.Error("the cut font renders differently from the whole font")
			}
		})
	}
}

// widthIn returns how wide the PDF writer measures s in font data at
// 1000 units.
func widthIn(t *testing.T, data []byte, s string) float64 {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("f", "", data)
	pdf.SetFont("f", "", 1000)
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	return pdf.GetStringWidth(s)
}

// retable returns font data with its tables changed by edit.
func retable(t testing.TB, data []byte, edit func(tables map[string][]byte)) []byte {
	t.Helper()
	dir, err := tableDirectory(data)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string][]byte{}
	for tag, b := range dir {
		tables[tag] = slices.Clone(b)
	}
	edit(tables)
	return assembleFont(tables)
}

func TestParseProgramRejects(t *testing.T) {
	small, err := programOf(t, notoSansRegular).cut([]rune("Aü"))
	if err != nil {
		t.Fatal(err)
	}
	cut := programOf(t, small)
	composite := cut.face.glyph('ü')
	compAt := int(cut.loca[composite])
	tests := []struct {
		name string
		edit func(tables map[string][]byte)
		want string
	}{
		{"no post table", func(tb map[string][]byte) { delete(tb, "post") }, "no post table"},
		{"no name table", func(tb map[string][]byte) { delete(tb, "name") }, "no name table"},
		{"short post table", func(tb map[string][]byte) { tb["post"] = tb["post"][:16] }, "post table is 16 bytes"},
		{"glyph past the glyf table", func(tb map[string][]byte) {
			binary.BigEndian.PutUint32(tb["loca"][len(tb["loca"])-4:], 1<<20)
		}, "outside the glyf table"},
		{"unknown offset format", func(tb map[string][]byte) { binary.BigEndian.PutUint16(tb["head"][50:], 7) }, "unknown glyph offset format 7"},
		{"short loca table", func(tb map[string][]byte) { tb["loca"] = tb["loca"][:4] }, "loca table is 4 bytes"},
		{"component of a glyph that does not exist", func(tb map[string][]byte) {
			binary.BigEndian.PutUint16(tb["glyf"][compAt+12:], 999)
		}, "names glyph 999"},
		{"truncated composite", func(tb map[string][]byte) {
			tb["glyf"] = tb["glyf"][:compAt+14]
			binary.BigEndian.PutUint32(tb["loca"][4*(int(composite)+1):], uint32(compAt+14))
			for g := int(composite) + 2; g <= cut.face.numGlyphs; g++ {
				binary.BigEndian.PutUint32(tb["loca"][4*g:], uint32(compAt+14))
			}
		}, "truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := retable(t, small, tt.edit)
			face, err := parseFont(data)
			if err != nil {
				t.Fatalf("parseFont: %v", err)
			}
			_, err = parseProgram(data, face)
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.want)) {
				t.Errorf("err = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

// manyCharFont returns a font mapping n characters, no two of them
// adjacent, to glyphs with empty outlines, and those characters.
func manyCharFont(t testing.TB, n int) ([]byte, []rune) {
	t.Helper()
	glyphs := make([]uint16, 2*n)
	var chars []rune
	for i := range n {
		glyphs[2*i] = uint16(i + 1)
		chars = append(chars, rune(0x4E00+2*i))
	}
	base := buildFont(n+1, []testSegment{{start: 0x4E00, end: uint16(0x4E00 + 2*n - 1), glyphs: glyphs}})
	font := retable(t, base, func(tb map[string][]byte) {
		tb["loca"] = make([]byte, 2*(n+2))
		tb["name"] = []byte{0, 0, 0, 0, 0, 6}
		tb["post"] = make([]byte, 32)
	})
	return font, chars
}

func TestCutTooManyCharacters(t *testing.T) {
	font, chars := manyCharFont(t, 9000)
	p := programOf(t, font)
	if _, err := p.cut(chars); !errors.Is(err, errTooManyCharacters) {
		t.Fatalf("cut of %d scattered characters: err = %v, want errTooManyCharacters", len(chars), err)
	}
	cjk := &fallbackFont{path: "many.ttf", data: font, face: p.face, program: p}
	if got := cjk.embedded(chars); !bytes.Equal(got, font) {
		t.Error("too many characters for a cut font: the whole font is not embedded")
	}
	few := cjk.embedded(chars[:10])
	if bytes.Equal(few, font) {
		t.Fatal("ten characters: the whole font is embedded")
	}
	if f := programOf(t, few); f.face.numGlyphs != 11 {
		t.Errorf("ten characters: %d glyphs, want 11", f.face.numGlyphs)
	}
}

func TestCmapFormat4(t *testing.T) {
	segs := []cmapSegment{{start: 'A', end: 'C', delta: deltaTo('A', 1)}, {start: 'x', end: 'x', delta: deltaTo('x', 4)}, {start: 0xFFFF, end: 0xFFFF, delta: 1}}
	cmap, err := cmapFormat4(segs)
	if err != nil {
		t.Fatal(err)
	}
	f := &fontFace{numGlyphs: 5}
	if err := f.parseCmap(cmap); err != nil {
		t.Fatal(err)
	}
	for r, want := range map[rune]uint16{'A': 1, 'B': 2, 'C': 3, 'D': 0, 'x': 4, 'y': 0, 0xFFFF: 0} {
		if g := f.glyph(r); g != want {
			t.Errorf("glyph(%q) = %d, want %d", r, g, want)
		}
	}
	if _, err := cmapFormat4(make([]cmapSegment, 8200)); !errors.Is(err, errTooManyCharacters) {
		t.Errorf("8200 segments: err = %v, want errTooManyCharacters", err)
	}
}
