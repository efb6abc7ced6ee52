package layout

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// fontProgram is what cutting a TrueType font down to some characters
// needs: the tables that are copied or rewritten, and where each glyph
// outline lies. It is read once and never changed, so any number of
// documents may cut it at the same time.
//
// A document embeds only the glyphs it draws. Handing the PDF writer a
// font already cut down to those spares it reading the whole font (several
// megabytes for a Japanese font) for every document.
type fontProgram struct {
	face   *fontFace
	tables map[string][]byte
	glyf   []byte
	// loca holds numGlyphs+1 offsets into glyf: glyph g lies in
	// glyf[loca[g]:loca[g+1]].
	loca        []uint32
	numHMetrics int
	hmtx        []byte
}

// Flags of a composite glyph component.
const (
	componentArgsAreWords = 0x0001
	componentHasScale     = 0x0008
	componentMore         = 0x0020
	componentHasXYScale   = 0x0040
	componentHasTwoByTwo  = 0x0080
)

// copiedTables are tables a cut font carries over unchanged when the font
// has them: metrics, names and hinting.
var copiedTables = []string{"OS/2", "name", "cvt ", "fpgm", "prep", "gasp"}

// parseProgram reads what cutting needs of a TrueType font whose
// character map and widths face holds. It checks that the tables the PDF
// writer reads are there, that every glyph lies inside the glyf table and
// that every composite glyph is built of glyphs that exist, so that
// cutting cannot fail on the font later.
func parseProgram(data []byte, face *fontFace) (*fontProgram, error) {
	tables, err := tableDirectoryAt(data, face.dirOffset)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"name", "post"} {
		if _, ok := tables[tag]; !ok {
			return nil, fmt.Errorf("font has no %s table", tag)
		}
	}
	if len(tables["post"]) < 32 {
		return nil, fmt.Errorf("font post table is %d bytes, want at least 32", len(tables["post"]))
	}
	head, err := fontTable(tables, "head", 54)
	if err != nil {
		return nil, err
	}
	if _, err := fontTable(tables, "maxp", 6); err != nil {
		return nil, err
	}
	hhea, err := fontTable(tables, "hhea", 36)
	if err != nil {
		return nil, err
	}
	if face.numGlyphs == 0 {
		return nil, errors.New("font has no glyphs")
	}
	p := &fontProgram{face: face, tables: tables, glyf: tables["glyf"], hmtx: tables["hmtx"]}
	p.numHMetrics = min(int(binary.BigEndian.Uint16(hhea[34:])), face.numGlyphs)
	if p.numHMetrics == 0 || len(p.hmtx) < p.numHMetrics*4 {
		return nil, fmt.Errorf("font hmtx table of %d bytes holds fewer than %d metrics", len(p.hmtx), p.numHMetrics)
	}
	if err := p.parseLoca(tables["loca"], binary.BigEndian.Uint16(head[50:])); err != nil {
		return nil, err
	}
	for g := range face.numGlyphs {
		if _, err := p.components(uint16(g)); err != nil {
			return nil, fmt.Errorf("font glyph %d: %w", g, err)
		}
	}
	return p, nil
}

// parseLoca reads the glyph offsets, short (format 0) or long (format 1).
func (p *fontProgram) parseLoca(loca []byte, format uint16) error {
	n := p.face.numGlyphs + 1
	p.loca = make([]uint32, n)
	switch format {
	case 0:
		if len(loca) < 2*n {
			return fmt.Errorf("font loca table is %d bytes, want %d for %d glyphs", len(loca), 2*n, n-1)
		}
		for i := range n {
			p.loca[i] = 2 * uint32(binary.BigEndian.Uint16(loca[2*i:]))
		}
	case 1:
		if len(loca) < 4*n {
			return fmt.Errorf("font loca table is %d bytes, want %d for %d glyphs", len(loca), 4*n, n-1)
		}
		for i := range n {
			p.loca[i] = binary.BigEndian.Uint32(loca[4*i:])
		}
	default:
		return fmt.Errorf("font head table: unknown glyph offset format %d", format)
	}
	for i := 1; i < n; i++ {
		if p.loca[i] < p.loca[i-1] || p.loca[i] > uint32(len(p.glyf)) {
			return fmt.Errorf("font loca table: glyph %d lies outside the glyf table", i-1)
		}
	}
	return nil
}

// outline returns the glyf data of glyph g.
func (p *fontProgram) outline(g uint16) []byte { return p.glyf[p.loca[g]:p.loca[g+1]] }

// components returns the glyphs a composite glyph is built of, and for
// each the offset of its glyph index in the outline; nothing for a simple
// or empty glyph.
func (p *fontProgram) components(g uint16) ([]component, error) {
	data := p.outline(g)
	if len(data) == 0 {
		return nil, nil
	}
	if len(data) < 10 {
		return nil, fmt.Errorf("outline of %d bytes is too short", len(data))
	}
	if int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil, nil
	}
	var out []component
	at := 10
	for {
		if at+4 > len(data) {
			return nil, errors.New("composite glyph is truncated")
		}
		flags := binary.BigEndian.Uint16(data[at:])
		glyph := binary.BigEndian.Uint16(data[at+2:])
		if int(glyph) >= p.face.numGlyphs {
			return nil, fmt.Errorf("composite glyph names glyph %d of %d", glyph, p.face.numGlyphs)
		}
		out = append(out, component{glyph: glyph, at: at + 2})
		at += 4
		if flags&componentArgsAreWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&componentHasScale != 0:
			at += 2
		case flags&componentHasXYScale != 0:
			at += 4
		case flags&componentHasTwoByTwo != 0:
			at += 8
		}
		if at > len(data) {
			return nil, errors.New("composite glyph is truncated")
		}
		if flags&componentMore == 0 {
			return out, nil
		}
	}
}

// component is one glyph of a composite glyph.
type component struct {
	glyph uint16
	at    int // offset of the glyph index in the composite's outline
}

// errTooManyCharacters is returned when a cut font's character map
// would not fit its format.
var errTooManyCharacters = errors.New("too many characters for one character map")

// cut returns a TrueType font holding only what drawing runes needs: the
// glyph of each (characters the font lacks are left out), the glyphs
// composite ones are built of, and glyph 0. Glyphs keep their outlines,
// widths and order; the font keeps its names, metrics and hinting.
func (p *fontProgram) cut(runes []rune) ([]byte, error) { return p.cutWith(runes, nil) }

// cutWith is cut for runes some of which are private code points the
// shaper gave glyphs that have no character of their own (see
// shapedGlyphCodes): the cut font's character map maps each code of
// private to its glyph, the other runes to the font's glyph of them.
func (p *fontProgram) cutWith(runes []rune, private map[rune]uint16) ([]byte, error) {
	type mapping struct{ char, glyph uint16 }
	var chars []mapping
	keep := map[uint16]bool{0: true}
	for _, r := range runes {
		if r >= 0xFFFF {
			continue
		}
		g, ok := private[r]
		if !ok {
			g = p.face.glyph(r)
		}
		if g != 0 && int(g) < p.face.numGlyphs {
			chars = append(chars, mapping{uint16(r), g})
			keep[g] = true
		}
	}
	work := make([]uint16, 0, len(keep))
	for g := range keep {
		work = append(work, g)
	}
	for len(work) > 0 {
		g := work[len(work)-1]
		work = work[:len(work)-1]
		parts, err := p.components(g)
		if err != nil {
			return nil, fmt.Errorf("glyph %d: %w", g, err)
		}
		for _, c := range parts {
			if !keep[c.glyph] {
				keep[c.glyph] = true
				work = append(work, c.glyph)
			}
		}
	}
	old := make([]uint16, 0, len(keep))
	for g := range keep {
		old = append(old, g)
	}
	slices.Sort(old)
	renumber := make(map[uint16]uint16, len(old))
	for i, g := range old {
		renumber[g] = uint16(i)
	}

	be := binary.BigEndian
	var glyf, loca, hmtx []byte
	for _, g := range old {
		loca = be.AppendUint32(loca, uint32(len(glyf)))
		start := len(glyf)
		glyf = append(glyf, p.outline(g)...)
		parts, _ := p.components(g) // checked above
		for _, c := range parts {
			be.PutUint16(glyf[start+c.at:], renumber[c.glyph])
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		advance, lsb := p.metrics(g)
		hmtx = be.AppendUint16(hmtx, advance)
		hmtx = be.AppendUint16(hmtx, lsb)
	}
	loca = be.AppendUint32(loca, uint32(len(glyf)))

	for i := range chars {
		chars[i].glyph = renumber[chars[i].glyph]
	}
	sort.Slice(chars, func(i, j int) bool { return chars[i].char < chars[j].char })
	var segments []cmapSegment
	for _, m := range chars {
		delta := m.glyph - m.char // modulo 65536, as the format wants
		if n := len(segments); n > 0 && segments[n-1].end+1 == m.char && segments[n-1].delta == delta {
			segments[n-1].end = m.char
			continue
		}
		segments = append(segments, cmapSegment{start: m.char, end: m.char, delta: delta})
	}
	segments = append(segments, cmapSegment{start: 0xFFFF, end: 0xFFFF, delta: 1})
	cmap, err := cmapFormat4(segments)
	if err != nil {
		return nil, err
	}

	out := map[string][]byte{"glyf": glyf, "loca": loca, "hmtx": hmtx, "cmap": cmap}
	for _, tag := range copiedTables {
		if t, ok := p.tables[tag]; ok {
			out[tag] = t
		}
	}
	head := slices.Clone(p.tables["head"])
	be.PutUint32(head[8:], 0) // checkSumAdjustment, set once the font is whole
	be.PutUint16(head[50:], 1)
	out["head"] = head
	hhea := slices.Clone(p.tables["hhea"])
	be.PutUint16(hhea[34:], uint16(len(old)))
	out["hhea"] = hhea
	maxp := slices.Clone(p.tables["maxp"])
	be.PutUint16(maxp[4:], uint16(len(old)))
	out["maxp"] = maxp
	// Version 3 of post names no glyphs, which the old glyph names
	// would no longer fit.
	post := slices.Clone(p.tables["post"][:32])
	be.PutUint32(post, 0x00030000)
	out["post"] = post
	return assembleFont(out), nil
}

// standalone returns the whole face as a TrueType font of its own: for a
// face of a collection, its tables out of the shared file.
func (p *fontProgram) standalone() []byte {
	tables := make(map[string][]byte, len(p.tables))
	for tag, t := range p.tables {
		tables[tag] = t
	}
	head := slices.Clone(p.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0) // set once the font is whole
	tables["head"] = head
	return assembleFont(tables)
}

// metrics returns the advance width and left side bearing of glyph g.
func (p *fontProgram) metrics(g uint16) (advance, lsb uint16) {
	be := binary.BigEndian
	if int(g) < p.numHMetrics {
		return be.Uint16(p.hmtx[4*int(g):]), be.Uint16(p.hmtx[4*int(g)+2:])
	}
	advance = be.Uint16(p.hmtx[4*(p.numHMetrics-1):])
	if at := 4*p.numHMetrics + 2*(int(g)-p.numHMetrics); at+2 <= len(p.hmtx) {
		lsb = be.Uint16(p.hmtx[at:])
	}
	return advance, lsb
}

// cmapFormat4 returns a cmap table with one Windows Unicode subtable of
// format 4 holding segments, which map by delta alone and end with the
// 0xFFFF segment the format requires.
func cmapFormat4(segments []cmapSegment) ([]byte, error) {
	n := len(segments)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, fmt.Errorf("%d character ranges: %w", n, errTooManyCharacters)
	}
	be := binary.BigEndian
	searchRange, entrySelector := 2, 0
	for searchRange*2 <= 2*n {
		searchRange *= 2
		entrySelector++
	}
	t := make([]byte, 0, 12+length)
	t = be.AppendUint16(t, 0) // version
	t = be.AppendUint16(t, 1) // one subtable
	t = be.AppendUint16(t, 3) // Windows
	t = be.AppendUint16(t, 1) // Unicode BMP
	t = be.AppendUint32(t, 12)
	for _, v := range []int{4, length, 0, 2 * n, searchRange, entrySelector, 2*n - searchRange} {
		t = be.AppendUint16(t, uint16(v))
	}
	for _, s := range segments {
		t = be.AppendUint16(t, s.end)
	}
	t = be.AppendUint16(t, 0) // reserved
	for _, s := range segments {
		t = be.AppendUint16(t, s.start)
	}
	for _, s := range segments {
		t = be.AppendUint16(t, s.delta)
	}
	for range segments {
		t = be.AppendUint16(t, 0) // no glyph ID array
	}
	return t, nil
}

// assembleFont writes a TrueType font file of tables: the directory, the
// tables in tag order each padded to four bytes, and the whole-font
// checksum in head.
func assembleFont(tables map[string][]byte) []byte { return assembleFontVersion(0x00010000, tables) }

// assembleFontVersion writes a font file of tables as assembleFont does,
// starting with version: 0x00010000 for TrueType outlines, "OTTO" for CFF.
func assembleFontVersion(version uint32, tables map[string][]byte) []byte {
	be := binary.BigEndian
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	slices.Sort(tags)
	n := len(tags)
	searchRange, entrySelector := 1, 0
	for searchRange*2 <= n {
		searchRange *= 2
		entrySelector++
	}
	size := 12 + 16*n
	for _, tag := range tags {
		size += (len(tables[tag]) + 3) &^ 3
	}
	font := make([]byte, 0, size)
	font = be.AppendUint32(font, version)
	font = be.AppendUint16(font, uint16(n))
	font = be.AppendUint16(font, uint16(16*searchRange))
	font = be.AppendUint16(font, uint16(entrySelector))
	font = be.AppendUint16(font, uint16(16*(n-searchRange)))
	offset := 12 + 16*n
	headAt := -1
	for _, tag := range tags {
		t := tables[tag]
		if tag == "head" {
			headAt = offset
		}
		font = append(font, tag...)
		font = be.AppendUint32(font, tableChecksum(t))
		font = be.AppendUint32(font, uint32(offset))
		font = be.AppendUint32(font, uint32(len(t)))
		offset += (len(t) + 3) &^ 3
	}
	for _, tag := range tags {
		font = append(font, tables[tag]...)
		for len(font)%4 != 0 {
			font = append(font, 0)
		}
	}
	if headAt >= 0 {
		be.PutUint32(font[headAt+8:], 0xB1B0AFBA-tableChecksum(font))
	}
	return font
}

// tableChecksum returns the sum of data as big-endian 32-bit words, the
// last one padded with zeros.
func tableChecksum(data []byte) uint32 {
	var sum uint32
	for len(data) >= 4 {
		sum += binary.BigEndian.Uint32(data)
		data = data[4:]
	}
	var last [4]byte
	copy(last[:], data)
	return sum + binary.BigEndian.Uint32(last[:])
}
