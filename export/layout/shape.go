package layout

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/go-text/typesetting/di"
	otfont "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Complex scripts. Text in Arabic, Hebrew, Thai, Devanagari and the other
// scripts whose letters change shape, join, reorder or stack is shaped
// with the HarfBuzz port of github.com/go-text/typesetting: a run of one
// font and one direction becomes glyphs with their advances and offsets.
// A line that holds right-to-left text is put in visual order first (see
// bidiLevels). Latin, Greek, Cyrillic and Chinese, Japanese and Korean
// text is measured and drawn character by character, by the widths of
// the font's character map, as before: lines of those scripts alone take
// the fast path and come out as they always did.
//
// Drawing shaped glyphs. The PDF writer draws a UTF-8 font by character:
// the code of each glyph in the PDF is its character, and the font's
// character map picks the glyph. Many shaped glyphs have no character of
// their own: the joined forms of Arabic letters, ligatures, Devanagari
// conjuncts and half forms. Each such glyph a document draws gets a code
// point of the Private Use Area (U+E000–U+F8FF) that the font does not
// use, and the font is cut (fontProgram.cutWith) with a character map
// that maps that code to the glyph; glyphs that are the plain glyph of
// their character are drawn by it. Glyphs are positioned where the shaper
// put them: glyphs that follow each other at the font's own advances are
// drawn as one string, the others (marks, kerned pairs) each at their
// place.
//
// Text extraction. The writer's ToUnicode map gives back the code of
// each glyph, which for the private codes is no text. So every shaped run
// is drawn inside a marked-content sequence whose /ActualText is the text
// it stands for (/Span <</ActualText <FEFF…>>> BDC … EMC). Readers of
// PDF (Poppler's pdftotext, PDF viewers) take right-to-left text as drawn,
// left to right, and turn it into logical order themselves; the text of
// a right-to-left run is therefore given in the order its glyphs are
// drawn, so that what the reader turns around comes out in logical order.
// Left-to-right runs (Thai, Devanagari) give their text in logical order.

// isComplexRune reports characters of scripts that are shaped or written
// right to left, which take a line off the fast path.
func isComplexRune(r rune) bool {
	switch {
	case r < 0x0590:
		return false
	case r <= 0x08FF: // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
		return true
	case r >= 0x0900 && r <= 0x0DFF: // the scripts of India and Sri Lanka
		return true
	case r >= 0x0E00 && r <= 0x0FFF: // Thai, Lao, Tibetan
		return true
	case r >= 0x1000 && r <= 0x109F: // Myanmar
		return true
	case r >= 0x1780 && r <= 0x18AF: // Khmer, Mongolian
		return true
	case r >= 0x1900 && r <= 0x1CFF: // Limbu, Tai Le, Balinese, Sundanese...
		return true
	case r >= 0xA800 && r <= 0xA95F, r >= 0xA980 && r <= 0xAAFF: // more Brahmic scripts
		return true
	case r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE: // Hebrew and Arabic presentation forms
		return true
	case r >= 0x10800 && r <= 0x11FFF, r >= 0x1E800 && r <= 0x1EFFF: // historic right-to-left and Brahmic scripts
		return true
	}
	return false
}

// isComplexText reports whether a line needs the bidirectional algorithm
// or shaping.
func isComplexText(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isComplexRune(r) {
			return true
		}
		i += size
	}
	return false
}

// simpleScripts are the scripts drawn character by character also in a
// line that is shaped.
var simpleScripts = []language.Script{
	language.Latin, language.Greek, language.Cyrillic, language.Han, language.Hiragana,
	language.Katakana, language.Hangul, language.Bopomofo, language.Common, language.Inherited, language.Unknown,
}

// runScript returns the script of the first character of text that is of
// one script, Common when none is.
func runScript(text []rune) language.Script {
	for _, r := range text {
		if s := language.LookupScript(r); s.Strong() {
			return s
		}
	}
	return language.Common
}

// lineRun is a piece of a line drawn in one font in one direction.
type lineRun struct {
	role fontRole
	font *fallbackFont // of roleFallback
	// text is the run's characters in logical order.
	text  []rune
	level uint8 // bidirectional level: odd runs right to left
	// width is the advance of the run in thousandths of an em.
	width int
	// shaped holds the glyphs of a shaped run; nil for a run drawn
	// character by character.
	shaped *shapedText
}

// rtl reports whether the run is written right to left.
func (r lineRun) rtl() bool { return r.level%2 == 1 }

// visual returns the characters of an unshaped run in the order they are
// drawn, left to right: a right-to-left run turned around, its brackets
// mirrored.
func (r lineRun) visual() string {
	if !r.rtl() {
		return string(r.text)
	}
	out := make([]rune, len(r.text))
	for i, c := range r.text {
		out[len(out)-1-i] = mirrored(c)
	}
	return string(out)
}

// extractText returns the text a shaped run stands for, in the order a
// reader of the PDF expects it (see above): logical order for a
// left-to-right run, the order of the drawn glyphs for a right-to-left
// one.
func (r lineRun) extractText() string {
	if !r.rtl() {
		return string(r.text)
	}
	out := slices.Clone(r.text)
	slices.Reverse(out)
	return string(out)
}

// shapedText is a run of text as the shaper set it.
type shapedText struct {
	// glyphs are in the order drawn, left to right.
	glyphs []shapedGlyph
	width  int // thousandths of an em
}

// shapedGlyph is a glyph the shaper placed.
type shapedGlyph struct {
	id uint16
	// char is the character whose plain glyph id is, drawn by it; 0 for
	// a glyph with no character of its own, drawn by a private code.
	char rune
	// advance moves the pen; dx and dy move the glyph from the pen, up
	// for dy; all in thousandths of an em.
	advance, dx, dy int
}

// shapeKey names a shaped run: the font, the text and its direction.
type shapeKey struct {
	font *fallbackFont
	text string
	rtl  bool
}

// lineRuns splits a line into runs of one font, direction and level, and
// returns them in the order they are drawn, left to right, each measured
// and, in a script that needs it, shaped.
func (t *typesetter) lineRuns(s string, bold bool) []lineRun {
	runes := []rune(s)
	levels := bidiLevels(runes)
	var runs []lineRun
	for i, r := range runes {
		w, role, font := t.runeWidth(r, bold)
		if n := len(runs); n > 0 && runs[n-1].level == levels[i] {
			last := &runs[n-1]
			if last.role == role && last.font == font {
				last.text = append(last.text, r)
				last.width += w
				continue
			}
			// A space, punctuation or mark amid text of a fallback font
			// stays with it when the font has it.
			if last.role == roleFallback && !language.LookupScript(r).Strong() && last.font.face.has(r) {
				fw, _ := last.font.face.width(r)
				last.text = append(last.text, r)
				last.width += fw
				continue
			}
		}
		runs = append(runs, lineRun{role: role, font: font, text: []rune{r}, level: levels[i], width: w})
	}
	for i := range runs {
		run := &runs[i]
		if run.role != roleFallback || slices.Contains(simpleScripts, runScript(run.text)) {
			continue
		}
		if sh := t.shape(run.font, run.text, run.rtl()); sh != nil {
			run.shaped = sh
			run.width = sh.width
		}
	}
	levelsOf := make([]uint8, len(runs))
	for i, run := range runs {
		levelsOf[i] = run.level
	}
	order := visualOrder(levelsOf)
	out := make([]lineRun, len(runs))
	for i, at := range order {
		out[i] = runs[at]
	}
	return out
}

// measureComplex returns the width of a line that needs shaping or
// reordering, in thousandths of an em.
func (t *typesetter) measureComplex(s string, bold bool) int {
	total := 0
	for _, run := range t.lineRuns(s, bold) {
		total += run.width
	}
	return total
}

// shapingFont returns the face of f read for the shaper, reading it on
// first use.
func (f *fallbackFont) shapingFont() (*otfont.Font, error) {
	f.shaping.once.Do(func() {
		faces, err := otfont.ParseTTC(bytes.NewReader(f.data))
		switch {
		case err != nil:
			f.shaping.err = err
		case f.index < 0 || f.index >= len(faces):
			f.shaping.err = fmt.Errorf("font file has %d faces, not face %d", len(faces), f.index)
		default:
			f.shaping.font = faces[f.index].Font
		}
	})
	return f.shaping.font, f.shaping.err
}

// shapingFace returns the face the shaper sets text of f with in this
// document, or nil when f cannot be read for shaping (which the log then
// says once).
func (t *typesetter) shapingFace(f *fallbackFont) *otfont.Face {
	if face, ok := t.shapingFaces[f]; ok {
		return face
	}
	if t.shapingFaces == nil {
		t.shapingFaces = map[*fallbackFont]*otfont.Face{}
	}
	fnt, err := f.shapingFont()
	var face *otfont.Face
	if err != nil {
		*t.log = append(*t.log, fmt.Sprintf("font %s cannot be read for shaping, its text is drawn unshaped: %v", f.name(), err))
	} else {
		face = otfont.NewFace(fnt)
	}
	t.shapingFaces[f] = face
	return face
}

// shape sets text in font f with the shaper, right to left when rtl; nil
// when f cannot be read for shaping. Results are kept for the document.
func (t *typesetter) shape(f *fallbackFont, text []rune, rtl bool) *shapedText {
	key := shapeKey{font: f, text: string(text), rtl: rtl}
	if sh, ok := t.shapes[key]; ok {
		return sh
	}
	if t.shapes == nil {
		t.shapes = map[shapeKey]*shapedText{}
	}
	face := t.shapingFace(f)
	if face == nil {
		t.shapes[key] = nil
		return nil
	}
	upem := float64(face.Upem())
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	// At a size of one em in font units, positions come back in font
	// units of 26.6 fixed point.
	out := t.shaper.Shape(shaping.Input{
		Text: text, RunStart: 0, RunEnd: len(text), Direction: dir, Face: face,
		Size: fixed.I(int(face.Upem())), Script: runScript(text),
	})
	thousandths := func(v fixed.Int26_6) int { return int(math.Round(float64(v) / 64 * 1000 / upem)) }
	sh := &shapedText{glyphs: make([]shapedGlyph, 0, len(out.Glyphs))}
	for _, g := range out.Glyphs {
		sg := shapedGlyph{id: uint16(g.GlyphID), advance: thousandths(g.Advance), dx: thousandths(g.XOffset), dy: thousandths(g.YOffset)}
		for _, r := range text[g.TextIndex():min(len(text), g.TextIndex()+max(1, g.RunesCount()))] {
			if f.face.glyph(r) == sg.id {
				sg.char = r
				break
			}
		}
		sh.glyphs = append(sh.glyphs, sg)
		sh.width += sg.advance
	}
	t.shapes[key] = sh
	return sh
}

// privateCode returns the code point glyph id of font u is drawn by: the
// same for every use in a document, a code of the Private Use Area the
// font's character map does not use. When the area is used up, the glyph
// is drawn as the font's missing glyph.
func (u *usedFont) privateCode(id uint16) rune {
	if c, ok := u.privateOf[id]; ok {
		return c
	}
	if u.privateOf == nil {
		u.privateOf = map[uint16]rune{}
		u.private = map[rune]uint16{}
		u.nextPrivate = 0xE000
	}
	for u.nextPrivate <= 0xF8FF && u.font.face.glyph(u.nextPrivate) != 0 {
		u.nextPrivate++
	}
	if u.nextPrivate > 0xF8FF {
		return 0xF8FF
	}
	c := u.nextPrivate
	u.nextPrivate++
	u.privateOf[id] = c
	u.private[c] = id
	return c
}
