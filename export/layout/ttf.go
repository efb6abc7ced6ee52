package layout

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// fontFace is what the layout needs of a TrueType font: which characters
// it can draw and how wide each one is. Widths are in thousandths of an
// em, rounded the way the PDF writer rounds them, so that measured text
// and drawn text agree.
type fontFace struct {
	unitsPerEm int
	// segments of the format 4 character map, sorted by end code.
	segments []cmapSegment
	// rangeData holds the subtable from its idRangeOffset array to its
	// end: range offsets count from their own entry into the glyph ID
	// array that follows.
	rangeData []byte
	advances  []uint16 // per glyph, from hmtx
	numGlyphs int
	ascii     [128]int16 // width cache; -1 means not drawable
	// dirOffset is where the face's table directory starts in its file:
	// 0 but for a face of a collection.
	dirOffset int64
}

// cmapSegment is one segment of a format 4 character map.
type cmapSegment struct {
	start, end    uint16
	delta         uint16
	rangeOffset   uint16
	rangeOffsetAt int // offset of the idRangeOffset entry from its array start
}

// errNotTrueType is wrapped when a font file has no TrueType outlines the
// PDF writer can embed.
var errNotTrueType = errors.New("not a TrueType-outline font")

// collectionTag starts a TrueType collection (.ttc), several faces in one
// file sharing tables.
const collectionTag = "ttcf"

// collectionFaces returns where the table directory of each face of a
// TrueType collection starts.
func collectionFaces(data []byte) ([]int64, error) {
	if len(data) < 12 || string(data[:4]) != collectionTag {
		return nil, errors.New("not a TrueType collection")
	}
	n := int64(binary.BigEndian.Uint32(data[8:]))
	if n == 0 || 12+4*n > int64(len(data)) {
		return nil, fmt.Errorf("font collection lists %d faces but the file has %d bytes", n, len(data))
	}
	offsets := make([]int64, n)
	for i := range offsets {
		offsets[i] = int64(binary.BigEndian.Uint32(data[12+4*i:]))
		if offsets[i]+12 > int64(len(data)) {
			return nil, fmt.Errorf("font collection face %d starts past the end of the file", i)
		}
	}
	return offsets, nil
}

// parseFont reads the tables of a TrueType font that the layout needs. It
// rejects collections (see parseFontFace) and CFF-flavoured OpenType
// fonts, which the PDF writer cannot embed.
func parseFont(data []byte) (*fontFace, error) {
	if len(data) >= 4 && string(data[:4]) == collectionTag {
		return nil, fmt.Errorf("font file is a collection (.ttc): %w", errNotTrueType)
	}
	return parseFontFace(data, 0)
}

// parseFontFace reads face index of a font file: of a TrueType
// collection, or the only face (0) of a TrueType font.
func parseFontFace(data []byte, index int) (*fontFace, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("font file of %d bytes is too short: %w", len(data), errNotTrueType)
	}
	dir := int64(0)
	if string(data[:4]) == collectionTag {
		faces, err := collectionFaces(data)
		if err != nil {
			return nil, err
		}
		if index < 0 || index >= len(faces) {
			return nil, fmt.Errorf("font collection has %d faces, not face %d", len(faces), index)
		}
		dir = faces[index]
	} else if index != 0 {
		return nil, fmt.Errorf("font file holds one face, not face %d", index)
	}
	switch tag := string(data[dir : dir+4]); tag {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return nil, fmt.Errorf("font has CFF (PostScript) outlines: %w", errNotTrueType)
	default:
		return nil, fmt.Errorf("font file starts with %q: %w", tag, errNotTrueType)
	}
	tables, err := tableDirectoryAt(data, dir)
	if err != nil {
		return nil, err
	}
	for _, required := range []string{"glyf", "loca"} {
		if _, ok := tables[required]; !ok {
			return nil, fmt.Errorf("font has no %s table: %w", required, errNotTrueType)
		}
	}
	f := &fontFace{dirOffset: dir}
	head, err := fontTable(tables, "head", 54)
	if err != nil {
		return nil, err
	}
	f.unitsPerEm = int(binary.BigEndian.Uint16(head[18:]))
	if f.unitsPerEm < 16 || f.unitsPerEm > 16384 {
		return nil, fmt.Errorf("font head table: units per em %d out of range", f.unitsPerEm)
	}
	maxp, err := fontTable(tables, "maxp", 6)
	if err != nil {
		return nil, err
	}
	f.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	hhea, err := fontTable(tables, "hhea", 36)
	if err != nil {
		return nil, err
	}
	metrics := int(binary.BigEndian.Uint16(hhea[34:]))
	if metrics == 0 {
		return nil, errors.New("font hhea table: no horizontal metrics")
	}
	hmtx, err := fontTable(tables, "hmtx", metrics*4)
	if err != nil {
		return nil, err
	}
	f.advances = make([]uint16, metrics)
	for i := range metrics {
		f.advances[i] = binary.BigEndian.Uint16(hmtx[i*4:])
	}
	cmap, err := fontTable(tables, "cmap", 4)
	if err != nil {
		return nil, err
	}
	if err := f.parseCmap(cmap); err != nil {
		return nil, err
	}
	for r := range f.ascii {
		f.ascii[r] = -1
		if g := f.glyph(rune(r)); g != 0 {
			f.ascii[r] = int16(f.glyphWidth(g))
		}
	}
	return f, nil
}

// tableDirectory maps the table tags of a TrueType font to their bytes.
func tableDirectory(data []byte) (map[string][]byte, error) { return tableDirectoryAt(data, 0) }

// tableDirectoryAt maps table tags to their bytes, reading the table
// directory at offset dir: 0 for a font, the face's offset in a
// collection. Table offsets count from the start of the file.
func tableDirectoryAt(data []byte, dir int64) (map[string][]byte, error) {
	if dir < 0 || dir+12 > int64(len(data)) {
		return nil, fmt.Errorf("font table directory at %d lies outside the file of %d bytes", dir, len(data))
	}
	n := int64(binary.BigEndian.Uint16(data[dir+4:]))
	if dir+12+n*16 > int64(len(data)) {
		return nil, fmt.Errorf("font table directory lists %d tables but the file has %d bytes", n, len(data))
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := data[dir+12+i*16:]
		tag := string(rec[:4])
		off := int64(binary.BigEndian.Uint32(rec[8:]))
		length := int64(binary.BigEndian.Uint32(rec[12:]))
		if off+length > int64(len(data)) {
			return nil, fmt.Errorf("font table %q runs past the end of the file", tag)
		}
		tables[tag] = data[off : off+length]
	}
	return tables, nil
}

// fontTable returns a table of at least minLen bytes.
func fontTable(tables map[string][]byte, tag string, minLen int) ([]byte, error) {
	t, ok := tables[tag]
	if !ok {
		return nil, fmt.Errorf("font has no %s table", tag)
	}
	if len(t) < minLen {
		return nil, fmt.Errorf("font %s table is %d bytes, want at least %d", tag, len(t), minLen)
	}
	return t, nil
}

// parseCmap finds the format 4 Unicode subtable, the one the PDF writer
// uses to map characters to glyphs, and keeps its segments.
func (f *fontFace) parseCmap(cmap []byte) error {
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	if 4+n*8 > len(cmap) {
		return fmt.Errorf("font cmap lists %d subtables but has %d bytes", n, len(cmap))
	}
	sub := -1
	for i := range n {
		rec := cmap[4+i*8:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if (platform == 3 && encoding == 1) || platform == 0 {
			if off >= 0 && off+2 <= len(cmap) && binary.BigEndian.Uint16(cmap[off:]) == 4 {
				sub = off
				break
			}
		}
	}
	if sub < 0 {
		return errors.New("font has no Unicode character map of format 4")
	}
	t := cmap[sub:]
	if len(t) < 14 {
		return errors.New("font cmap format 4 subtable is truncated")
	}
	length := int(binary.BigEndian.Uint16(t[2:]))
	segCount := int(binary.BigEndian.Uint16(t[6:])) / 2
	ends := 14
	starts := ends + segCount*2 + 2
	deltas := starts + segCount*2
	offsets := deltas + segCount*2
	glyphs := offsets + segCount*2
	if glyphs > len(t) {
		return fmt.Errorf("font cmap format 4 subtable: %d segments do not fit in %d bytes", segCount, len(t))
	}
	f.segments = make([]cmapSegment, segCount)
	for i := range segCount {
		f.segments[i] = cmapSegment{
			end:           binary.BigEndian.Uint16(t[ends+i*2:]),
			start:         binary.BigEndian.Uint16(t[starts+i*2:]),
			delta:         binary.BigEndian.Uint16(t[deltas+i*2:]),
			rangeOffset:   binary.BigEndian.Uint16(t[offsets+i*2:]),
			rangeOffsetAt: i * 2,
		}
	}
	if !sort.SliceIsSorted(f.segments, func(i, j int) bool { return f.segments[i].end < f.segments[j].end }) {
		return errors.New("font cmap format 4 subtable: segments are not sorted")
	}
	f.rangeData = t[offsets:max(offsets, min(length, len(t)))]
	return nil
}

// glyph returns the glyph of r, or 0 when the font cannot draw r.
func (f *fontFace) glyph(r rune) uint16 {
	if r < 0 || r > 0xFFFF {
		return 0
	}
	c := uint16(r)
	i := sort.Search(len(f.segments), func(i int) bool { return f.segments[i].end >= c })
	if i == len(f.segments) {
		return 0
	}
	s := f.segments[i]
	if c < s.start {
		return 0
	}
	var g uint16
	if s.rangeOffset == 0 {
		g = c + s.delta
	} else {
		// idRangeOffset counts from its own entry into the glyph array.
		at := s.rangeOffsetAt + int(s.rangeOffset) + int(c-s.start)*2
		if at+2 > len(f.rangeData) {
			return 0
		}
		g = binary.BigEndian.Uint16(f.rangeData[at:])
		if g != 0 {
			g += s.delta
		}
	}
	if int(g) >= f.numGlyphs {
		return 0
	}
	return g
}

// has reports whether the font can draw r.
func (f *fontFace) has(r rune) bool {
	if r >= 0 && r < 128 {
		return f.ascii[r] >= 0
	}
	return f.glyph(r) != 0
}

// glyphWidth returns the advance of glyph g in thousandths of an em.
func (f *fontFace) glyphWidth(g uint16) int {
	adv := f.advances[len(f.advances)-1]
	if int(g) < len(f.advances) {
		adv = f.advances[g]
	}
	if adv >= 1<<15 {
		return 0
	}
	return int(math.Round(1000 * float64(adv) / float64(f.unitsPerEm)))
}

// width returns the advance of r in thousandths of an em, and whether the
// font can draw r.
func (f *fontFace) width(r rune) (int, bool) {
	if r >= 0 && r < 128 {
		w := f.ascii[r]
		return int(w), w >= 0
	}
	g := f.glyph(r)
	if g == 0 {
		return 0, false
	}
	return f.glyphWidth(g), true
}
