package layout

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// buildFont returns a minimal TrueType font whose format 4 character map
// has the given segments. A segment with glyphs set maps its characters
// through the glyph ID array (idRangeOffset); otherwise through delta.
func buildFont(numGlyphs int, segs []testSegment) []byte {
	be := binary.BigEndian
	head := make([]byte, 54)
	be.PutUint16(head[18:], 1000)
	maxp := make([]byte, 6)
	be.PutUint16(maxp[4:], uint16(numGlyphs))
	hhea := make([]byte, 36)
	be.PutUint16(hhea[34:], uint16(numGlyphs))
	hmtx := make([]byte, 4*numGlyphs)
	for g := range numGlyphs {
		be.PutUint16(hmtx[g*4:], uint16(500+g))
	}
	segs = append(segs, testSegment{start: 0xFFFF, end: 0xFFFF, delta: 1})
	n := len(segs)
	var glyphArray []uint16
	sub := make([]byte, 16+8*n)
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[6:], uint16(2*n))
	offsets := 16 + 6*n
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], s.end)
		be.PutUint16(sub[16+2*n+2*i:], s.start)
		be.PutUint16(sub[16+4*n+2*i:], s.delta)
		if s.glyphs != nil {
			// Offset from this idRangeOffset entry to the segment's glyphs.
			be.PutUint16(sub[offsets+2*i:], uint16(2*(n-i)+2*len(glyphArray)))
			glyphArray = append(glyphArray, s.glyphs...)
		}
	}
	for _, g := range glyphArray {
		sub = be.AppendUint16(sub, g)
	}
	be.PutUint16(sub[2:], uint16(len(sub)))
	cmap := make([]byte, 12)
	be.PutUint16(cmap[2:], 1)
	be.PutUint16(cmap[4:], 3)
	be.PutUint16(cmap[6:], 1)
	be.PutUint32(cmap[8:], 12)
	cmap = append(cmap, sub...)
	tables := []struct {
		tag  string
		data []byte
	}{{"cmap", cmap}, {"glyf", []byte{0, 0}}, {"head", head}, {"hhea", hhea}, {"hmtx", hmtx}, {"loca", []byte{0, 0}}, {"maxp", maxp}}
	font := []byte{0, 1, 0, 0, 0, byte(len(tables)), 0, 0, 0, 0, 0, 0}
	off := 12 + 16*len(tables)
	var body []byte
	for _, t := range tables {
		rec := []byte(t.tag)
		rec = be.AppendUint32(rec, 0)
		rec = be.AppendUint32(rec, uint32(off+len(body)))
		rec = be.AppendUint32(rec, uint32(len(t.data)))
		font = append(font, rec...)
		body = append(body, t.data...)
	}
	return append(font, body...)
}

// deltaTo returns the idDelta that maps character start to glyph.
func deltaTo(start rune, glyph int) uint16 { return uint16(glyph - int(start)) }

type testSegment struct {
	start, end, delta uint16
	glyphs            []uint16
}

func TestSyntheticFontMapping(t *testing.T) {
	font := buildFont(10, []testSegment{
		{start: 'A', end: 'C', delta: deltaTo('A', 1)},            // A→1, B→2, C→3
		{start: 'x', end: 'z', glyphs: []uint16{7, 0, 9}},         // x→7, y→none, z→9
		{start: 0x3042, end: 0x3042, delta: deltaTo(0x3042, 100)}, // beyond numGlyphs: none
	})
	f, err := parseFont(font)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		r     rune
		glyph uint16
	}{{'A', 1}, {'B', 2}, {'C', 3}, {'D', 0}, {'x', 7}, {'y', 0}, {'z', 9}, {'@', 0}, {0x3042, 0}, {0x10000, 0}}
	for _, tt := range tests {
		if g := f.glyph(tt.r); g != tt.glyph {
			t.Errorf("glyph(%q) = %d, want %d", tt.r, g, tt.glyph)
		}
		if f.has(tt.r) != (tt.glyph != 0) {
			t.Errorf("has(%q) = %v", tt.r, f.has(tt.r))
		}
	}
	if w, ok := f.width('B'); !ok || w != 502 {
		t.Errorf("width(B) = %d, %v; want 502", w, ok)
	}
}

// FuzzParseFont feeds the font parser arbitrary bytes: it must return an
// error or a font whose every glyph lookup stays in range, never panic.
func FuzzParseFont(f *testing.F) {
	f.Add(buildFont(10, []testSegment{{start: 'A', end: 'C', delta: deltaTo('A', 1)}, {start: 'x', end: 'z', glyphs: []uint16{7, 0, 9}}}))
	f.Add(notoSansRegular[:1024])
	f.Add([]byte("OTTO\x00\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		font, err := parseFont(data)
		if err != nil {
			return
		}
		for _, r := range []rune{0, 'A', 'z', 0xE9, 0x3042, 0xFFFD, 0xFFFF, 0x1F600} {
			if g := font.glyph(r); int(g) >= font.numGlyphs && g != 0 {
				t.Fatalf("glyph(%q) = %d, beyond %d glyphs", r, g, font.numGlyphs)
			}
			font.width(r)
		}
	})
}

// FuzzCutFont reads arbitrary bytes as a font and cuts it down to
// arbitrary characters: a font that reads cuts without error (but for too
// many characters), and the cut font reads back with every asked-for
// character the font has, at the same width, and no other.
func FuzzCutFont(f *testing.F) {
	cut, err := programOf(f, notoSansRegular).cut([]rune("Aü"))
	if err != nil {
		f.Fatal(err)
	}
	// Small seeds keep minimizing fast: drop the hinting and most names.
	small := retable(f, cut, func(tb map[string][]byte) {
		for _, tag := range []string{"OS/2", "cvt ", "fpgm", "prep", "gasp"} {
			delete(tb, tag)
		}
		tb["name"] = []byte{0, 0, 0, 0, 0, 6}
	})
	f.Add(small, "aüx")
	many, _ := manyCharFont(f, 20)
	f.Add(many, "\u4e00\u4e02\u4e03 A")
	f.Fuzz(func(t *testing.T, data []byte, chars string) {
		face, err := parseFont(data)
		if err != nil {
			return
		}
		p, err := parseProgram(data, face)
		if err != nil {
			return
		}
		out, err := p.cut([]rune(chars))
		if errors.Is(err, errTooManyCharacters) {
			return
		}
		if err != nil {
			t.Fatalf("a font that reads does not cut: %v", err)
		}
		cutFace, err := parseFont(out)
		if err != nil {
			t.Fatalf("the cut font does not read back: %v", err)
		}
		if _, err := parseProgram(out, cutFace); err != nil {
			t.Fatalf("the cut font does not read back: %v", err)
		}
		for _, r := range chars {
			if r >= 0xFFFF {
				continue
			}
			want, wantOK := face.width(r)
			got, gotOK := cutFace.width(r)
			if got != want || gotOK != wantOK {
				t.Fatalf("%q: width %d, %v in the cut font, want %d, %v", r, got, gotOK, want, wantOK)
			}
		}
		for _, r := range []rune{'Z', 0x3042} {
			if !strings.ContainsRune(chars, r) && cutFace.has(r) {
				t.Fatalf("the cut font has %q, which was not asked for", r)
			}
		}
	})
}

// FuzzWrap breaks arbitrary text into lines: no line is wider than the
// width unless it is a single character, and no visible character is
// lost or added.
func FuzzWrap(f *testing.F) {
	// The system's fonts do not change what is tested here.
	var log []string
	ts := &typesetter{fonts: noSystemFonts(f), log: &log}
	body := testScale().Body
	for _, s := range []string{"Müller GmbH relaunch", "株式会社サクラ電機の「年末商戦」。", "a-b/c d\ne", "WWWWWWWWWWWWWWWWWWWWWWWW", " \t "} {
		f.Add(s, 30.0)
	}
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if width < 5 || width > 400 || width != width {
			return
		}
		lines := ts.wrap(s, width, body)
		for _, l := range lines {
			if utf8.RuneCountInString(l) > 1 && ts.measure(l, body) > width+1e-6 {
				t.Fatalf("line %q is wider than %g mm", l, width)
			}
		}
		visible := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}
		if got, want := visible(strings.Join(lines, "")), visible(cleanText(s)); got != want {
			t.Fatalf("wrapping changed the text: %q, want %q", got, want)
		}
	})
}
