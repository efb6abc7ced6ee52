package layout

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode"

	otfont "github.com/go-text/typesetting/font"
)

// Noto Sans (SIL Open Font License 1.1, see fonts/OFL.txt) is embedded in
// every document: it covers Latin, Greek and Cyrillic text.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	notoSansRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	notoSansBold []byte
)

// Fonts are the typefaces documents are set in: the embedded Noto Sans
// faces, and for each character Noto Sans lacks a TrueType font that has
// it, of those the caller configured or else of the system. Every font
// file is read once, when a document first needs it. One Fonts serves any
// number of documents, also at the same time; make one with LoadFonts or
// LoadFontsWith and pass it in Config.Fonts.
type Fonts struct {
	regular, bold *fontFace
	// files are the configured font files, tried first in their order.
	files  []string
	search FontSearch

	// mu guards what was read of the system's fonts.
	mu sync.Mutex
	// system lists the system's font files, once listed (systemListed).
	system       []fontFile
	systemListed bool
	// systemByFontconfig says fontconfig listed system.
	systemByFontconfig bool
	// ranked holds system orders by rankKey.
	ranked map[string][]fontFile
	probes map[string]*probedFile
	data   map[string][]byte
	loaded map[faceKey]loadedFace
	found  map[lookupKey]lookup
	// charset holds fontconfig's answer on which faces have a character.
	charset map[rune][]fontFile
	// known holds, per script and Han language, the well-known font files
	// found in the search folders without listing every font.
	known map[string][]fontFile
}

// FontOptions say where documents find fonts for the characters Noto
// Sans lacks.
type FontOptions struct {
	// Files are TrueType fonts (.ttf) and collections (.ttc) tried first,
	// in their order, for every character Noto Sans lacks; of a
	// collection, the first face that has the character, regular weight
	// first. A file that cannot be read is passed over with a note in the
	// document's log.
	Files []string
	// Search says where the system's fonts are, tried after Files; nil
	// searches the running system's (DefaultFontSearch). A FontSearch
	// with no folders and no fontconfig searches nothing.
	Search *FontSearch
}

// LoadFonts reads the fonts of documents. cjkPath is a TrueType font or
// collection tried first for the characters Noto Sans lacks; empty tries
// the system's fonts alone. It is LoadFontsWith with cjkPath as the only
// file of FontOptions.
func LoadFonts(cjkPath string) (*Fonts, error) {
	var files []string
	if cjkPath != "" {
		files = []string{cjkPath}
	}
	return LoadFontsWith(FontOptions{Files: files})
}

// LoadFontsWith reads the fonts of documents: the embedded Noto Sans now,
// the other fonts the first time a document needs one of their
// characters. A font that cannot be found or read is not an error here: a
// document that needs it fails with MissingGlyphsError, or draws boxes
// when Config.AllowMissingGlyphs is set.
func LoadFontsWith(opts FontOptions) (*Fonts, error) {
	regular, err := parseFont(notoSansRegular)
	if err != nil {
		return nil, fmt.Errorf("embedded Noto Sans Regular: %w", err)
	}
	bold, err := parseFont(notoSansBold)
	if err != nil {
		return nil, fmt.Errorf("embedded Noto Sans Bold: %w", err)
	}
	search := DefaultFontSearch()
	if opts.Search != nil {
		search = *opts.Search
		search.Dirs = slices.Clone(search.Dirs)
	}
	var files []string
	for _, f := range opts.Files {
		if strings.TrimSpace(f) != "" {
			files = append(files, f)
		}
	}
	return &Fonts{
		regular: regular, bold: bold, files: files, search: search,
		ranked: map[string][]fontFile{}, probes: map[string]*probedFile{}, data: map[string][]byte{},
		loaded: map[faceKey]loadedFace{}, found: map[lookupKey]lookup{}, charset: map[rune][]fontFile{},
		known: map[string][]fontFile{},
	}, nil
}

// CJKFont returns the path of the font Japanese text is set in, reading
// the font if no document has needed it yet, or the reason there is none.
func (f *Fonts) CJKFont() (string, error) {
	res := f.lookup('日', "ja")
	if res.font == nil || !res.font.face.has('あ') {
		if len(res.notes) > 0 {
			return "", fmt.Errorf("%w (%s)", errNoCJKFont, strings.Join(res.notes, "; "))
		}
		return "", errNoCJKFont
	}
	return res.font.path, nil
}

// FontFor returns the font file, and the face of a collection, that draws
// r in a document of language (BCP 47, see Config.Language); ok is false
// when r is drawn with the embedded Noto Sans or no font has it.
func (f *Fonts) FontFor(r rune, language string) (path string, face int, ok bool) {
	if f.regular != nil && f.regular.has(r) {
		return "", 0, false
	}
	res := f.lookup(r, hanLang(language))
	if res.font == nil {
		return "", 0, false
	}
	return res.font.path, res.font.index, true
}

// CJKFontCandidates returns the files, in order of preference, where a
// Linux system keeps the Japanese TrueType fonts documents prefer for
// Japanese text. Fonts are found anywhere fontconfig knows (see
// FontSearch); these come first of them.
func CJKFontCandidates() []string {
	return []string{
		"/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
		"/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
		"/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
		"/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
		"/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
		"/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf",
		"/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf",
		"/Library/Fonts/Arial Unicode.ttf",
		"/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
	}
}

// errNoCJKFont reports that no usable Japanese font was found.
var errNoCJKFont = errors.New("no Japanese TrueType font found")

// fallbackFont is a TrueType face, of a font file or a collection, that
// draws characters Noto Sans lacks.
type fallbackFont struct {
	path string
	// index is the face in a collection; collection says the file is one.
	index      int
	collection bool
	data       []byte
	face       *fontFace
	program    *fontProgram
	// shaping is the face read for the shaper, once a document shapes
	// text with it (see shapingFont).
	shaping struct {
		once sync.Once
		font *otfont.Font
		err  error
	}
}

// name names the font in logs: its file, and the face of a collection.
func (f *fallbackFont) name() string {
	if f.collection {
		return fmt.Sprintf("%s (face %d)", f.path, f.index)
	}
	return f.path
}

// embedded returns the font data to hand the PDF writer for drawing
// runes: the face cut down to them, or the whole face when they are more
// than a cut font can map (the writer then keeps the glyphs drawn, only
// slower). A face of a collection becomes a font file of its own.
func (f *fallbackFont) embedded(runes []rune) []byte { return f.embeddedWith(runes, nil) }

// embeddedWith is embedded for runes some of which are private code
// points of shaped glyphs (see fontProgram.cutWith). Should the face not
// be cut, the whole face maps no private code and shaped glyphs without
// a character of their own show as the font's missing glyph; a cut fails
// only for more characters than one character map holds.
func (f *fallbackFont) embeddedWith(runes []rune, private map[rune]uint16) []byte {
	data, err := f.program.cutWith(runes, private)
	if err == nil {
		return data
	}
	if f.collection {
		return f.program.standalone()
	}
	// A copy: the file's bytes may be mapped read-only (readFontFile).
	return slices.Clone(f.data)
}

// lookupKey is a character to find a font for, and the language Han text
// is written in (see hanLang); "" for characters of other scripts.
type lookupKey struct {
	r       rune
	hanLang string
}

// lookup is what searching a font for a character found: the font (nil
// when none has it) and notes on the fonts passed over that had it.
type lookup struct {
	font  *fallbackFont
	notes []string
}

// lookup finds the font that draws r, searching once per character and
// language of Han text.
func (f *Fonts) lookup(r rune, hanLang string) lookup {
	key := lookupKey{r: r}
	if fontScript(r) == "Han" {
		key.hanLang = hanLang
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if res, ok := f.found[key]; ok {
		return res
	}
	res := f.search1(r, key.hanLang)
	f.found[key] = res
	return res
}

// search1 tries for r the configured files, then the system's fonts in
// the order of rankFonts: with fontconfig, those known to draw r's script
// or listed under its language and then those fontconfig says have r;
// without, every font file of the folders.
func (f *Fonts) search1(r rune, hanLang string) lookup {
	var res lookup
	try := func(file fontFile) bool {
		font, err := f.faceWith(file, r)
		if err != nil {
			res.notes = append(res.notes, fmt.Sprintf("font %s skipped: %v", file.path, err))
		}
		res.font = font
		return font != nil
	}
	for _, path := range f.files {
		if try(fontFile{path: path, index: -1, weight: -1}) {
			return res
		}
	}
	script := fontScript(r)
	needs := needsOf(script, hanLang)
	tried := map[faceKey]bool{}
	// The well-known fonts of the script, found by name in the search
	// folders, spare listing every font of the system (fc-list takes tens
	// of milliseconds where many fonts are installed).
	key := script + "/" + hanLang
	known, ok := f.known[key]
	if !ok {
		known = f.search.knownFiles(needs.names)
		f.known[key] = known
	}
	for _, file := range known {
		tried[faceKey{file.path, file.index}] = true
		if try(file) {
			return res
		}
	}
	preferred, rest := f.rankedFor(key, needs)
	for _, file := range preferred {
		if tried[faceKey{file.path, file.index}] {
			continue
		}
		tried[faceKey{file.path, file.index}] = true
		if try(file) {
			return res
		}
	}
	if f.systemByFontconfig {
		cs, ok := f.charset[r]
		if !ok {
			cs = rankFonts(fontconfigCharset(r), needs)
			f.charset[r] = cs
		}
		rest = cs
	}
	for _, file := range rest {
		if !tried[faceKey{file.path, file.index}] && try(file) {
			return res
		}
	}
	return res
}

// rankedFor returns the system's font files for text needing needs, in
// order: those known to draw it or listed under its language, then the
// others.
func (f *Fonts) rankedFor(key string, needs scriptNeeds) (preferred, rest []fontFile) {
	if !f.systemListed {
		f.system, f.systemByFontconfig = f.search.list()
		f.systemListed = true
	}
	ranked, ok := f.ranked[key]
	if !ok {
		ranked = rankFonts(f.system, needs)
		f.ranked[key] = ranked
	}
	split := 0
	for split < len(ranked) && isPreferred(ranked[split], needs) {
		split++
	}
	return ranked[:split], ranked[split:]
}

// isPreferred reports whether a font file is known to draw text needing
// needs, or listed by fontconfig under its language.
func isPreferred(file fontFile, needs scriptNeeds) bool {
	return slices.Contains(needs.names, strings.ToLower(baseName(file.path))) || (needs.lang != "" && file.covers(needs.lang))
}

// baseName returns the last element of a path, with either separator.
func baseName(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[i+1:]
	}
	return path
}

// faceKey names a face of a font file.
type faceKey struct {
	path  string
	index int
}

// loadedFace is a face read whole, or why it could not be.
type loadedFace struct {
	font *fallbackFont
	err  error
}

// faceWith returns the face of a font file that draws r: of the faces
// that have r (only file.index when it is set), the one closest to
// regular weight and upright, then the first. It returns nil and no error
// when no face has r, and an error when the faces that have r cannot be
// embedded.
func (f *Fonts) faceWith(file fontFile, r rune) (*fallbackFont, error) {
	probe := f.probe(file.path)
	if probe.err != nil {
		return nil, probe.err
	}
	var faces []probedFace
	for _, pf := range probe.faces {
		if (file.index < 0 || pf.index == file.index) && pf.face != nil && pf.face.glyph(r) != 0 {
			faces = append(faces, pf)
		}
	}
	slices.SortStableFunc(faces, func(a, b probedFace) int {
		if da, db := a.distance(), b.distance(); da != db {
			return da - db
		}
		return a.index - b.index
	})
	var firstErr error
	for _, pf := range faces {
		if pf.err == nil {
			loaded := f.load(file.path, pf.index, probe.collection)
			if loaded.err == nil {
				return loaded.font, nil
			}
			pf.err = loaded.err
		}
		if firstErr == nil {
			firstErr = pf.err
			if probe.collection {
				firstErr = fmt.Errorf("face %d: %w", pf.index, pf.err)
			}
		}
	}
	return nil, firstErr
}

// load reads a face of a font file whole, once.
func (f *Fonts) load(path string, index int, collection bool) loadedFace {
	key := faceKey{path, index}
	if l, ok := f.loaded[key]; ok {
		return l
	}
	l := loadedFace{}
	data, ok := f.data[path]
	if !ok {
		var err error
		if data, err = readFontFile(path); err != nil {
			l.err = fmt.Errorf("read font: %w", err)
		}
		f.data[path] = data
	}
	if l.err == nil && data == nil {
		l.err = errors.New("font file could not be read")
	}
	if l.err == nil {
		face, err := parseFontFace(data, index)
		var program *fontProgram
		if err == nil {
			program, err = parseProgram(data, face)
		}
		if err != nil {
			l.err = err
		} else {
			l.font = &fallbackFont{path: path, index: index, collection: collection, data: data, face: face, program: program}
		}
	}
	f.loaded[key] = l
	return l
}

// probedFile is what a first look at a font file found: its faces, with
// their character maps, or why it is no font.
type probedFile struct {
	faces      []probedFace
	collection bool
	err        error
}

// probedFace is a face of a font file as a first look found it.
type probedFace struct {
	index int
	// face holds the face's character map only: use glyph, not has or
	// width. Nil when it could not be read.
	face *fontFace
	// weight is the OS/2 weight class (400 regular, 700 bold).
	weight int
	italic bool
	// err says why the face cannot be embedded, e.g. CFF outlines.
	err error
}

// distance returns how far a face is from upright regular weight.
func (p probedFace) distance() int {
	d := max(p.weight-400, 400-p.weight)
	if p.italic {
		d += 1000
	}
	return d
}

// probe takes a first look at a font file, once: which faces it holds and
// what characters each has, reading only the tables that say so.
func (f *Fonts) probe(path string) *probedFile {
	if p, ok := f.probes[path]; ok {
		return p
	}
	p := probeFontFile(path)
	f.probes[path] = p
	return p
}

// maxProbedTable is the largest character map a first look reads.
const maxProbedTable = 16 << 20

// probeFontFile reads the table directories and character maps of the
// faces of a font file.
func probeFontFile(path string) *probedFile {
	file, err := os.Open(path)
	if err != nil {
		return &probedFile{err: err}
	}
	defer file.Close()
	read := func(off int64, n int) ([]byte, error) {
		if n < 0 || n > maxProbedTable {
			return nil, fmt.Errorf("font table of %d bytes", n)
		}
		buf := make([]byte, n)
		if _, err := file.ReadAt(buf, off); err != nil {
			if errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("font file is truncated: %w", errNotTrueType)
			}
			return nil, err
		}
		return buf, nil
	}
	header, err := read(0, 12)
	if err != nil {
		return &probedFile{err: err}
	}
	p := &probedFile{}
	offsets := []int64{0}
	if string(header[:4]) == collectionTag {
		p.collection = true
		n := int(binary.BigEndian.Uint32(header[8:]))
		if n == 0 || n > 1024 {
			return &probedFile{err: fmt.Errorf("font collection lists %d faces", n)}
		}
		dirs, err := read(12, 4*n)
		if err != nil {
			return &probedFile{err: err}
		}
		offsets = make([]int64, n)
		for i := range offsets {
			offsets[i] = int64(binary.BigEndian.Uint32(dirs[4*i:]))
		}
	}
	for i, off := range offsets {
		pf := probedFace{index: i, weight: 400}
		pf.face, pf.weight, pf.italic, pf.err = probeFace(read, off)
		p.faces = append(p.faces, pf)
	}
	return p
}

// probeFace reads the character map, glyph count and weight of the face
// whose table directory starts at off. A face with CFF outlines has its
// character map read and an error saying it cannot be embedded.
func probeFace(read func(off int64, n int) ([]byte, error), off int64) (*fontFace, int, bool, error) {
	header, err := read(off, 12)
	if err != nil {
		return nil, 400, false, err
	}
	var outlines error
	switch tag := string(header[:4]); tag {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		outlines = fmt.Errorf("font has CFF (PostScript) outlines, which cannot be embedded: %w", errNotTrueType)
	default:
		return nil, 400, false, fmt.Errorf("font file starts with %q: %w", tag, errNotTrueType)
	}
	n := int(binary.BigEndian.Uint16(header[4:]))
	dir, err := read(off+12, 16*n)
	if err != nil {
		return nil, 400, false, err
	}
	type place struct{ off, length int64 }
	tables := map[string]place{}
	for i := range n {
		rec := dir[16*i:]
		tables[string(rec[:4])] = place{int64(binary.BigEndian.Uint32(rec[8:])), int64(binary.BigEndian.Uint32(rec[12:]))}
	}
	if outlines == nil {
		for _, tag := range []string{"glyf", "loca"} {
			if _, ok := tables[tag]; !ok {
				outlines = fmt.Errorf("font has no %s table: %w", tag, errNotTrueType)
			}
		}
	}
	table := func(tag string, minLen int) ([]byte, error) {
		t, ok := tables[tag]
		if !ok {
			return nil, fmt.Errorf("font has no %s table", tag)
		}
		if t.length < int64(minLen) {
			return nil, fmt.Errorf("font %s table is %d bytes, want at least %d", tag, t.length, minLen)
		}
		return read(t.off, int(t.length))
	}
	maxp, err := table("maxp", 6)
	if err != nil {
		return nil, 400, false, err
	}
	cmap, err := table("cmap", 4)
	if err != nil {
		return nil, 400, false, err
	}
	face := &fontFace{numGlyphs: int(binary.BigEndian.Uint16(maxp[4:]))}
	if err := face.parseCmap(cmap); err != nil {
		return nil, 400, false, err
	}
	weight, italic := 400, false
	if os2, err := table("OS/2", 64); err == nil {
		weight = int(binary.BigEndian.Uint16(os2[4:]))
		italic = binary.BigEndian.Uint16(os2[62:])&1 != 0
	}
	return face, weight, italic, outlines
}

// fontScript returns the script whose fonts draw r: the Unicode script of
// r, but "Han" for the kana, punctuation and full-width forms of Chinese,
// Japanese and Korean text, which are best drawn in the font of the Han
// text around them.
func fontScript(r rune) string {
	switch {
	case r >= 0x3000 && r <= 0x30FF, r >= 0x3200 && r <= 0x33FF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFFEF:
		return "Han"
	}
	return scriptOf(r)
}

// commonScripts returns the scripts looked up first for a character, in
// this order; the others follow in the order of their names.
func commonScripts() []string {
	return []string{"Latin", "Greek", "Cyrillic", "Han", "Hiragana", "Katakana", "Hangul", "Arabic", "Hebrew", "Thai", "Devanagari", "Common", "Inherited"}
}

// scriptOf returns the name of the Unicode script of r ("Hangul",
// "Arabic"), "Common" for characters of no one script, "Unknown" for
// characters of none.
func scriptOf(r rune) string {
	for _, name := range commonScripts() {
		if unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	names := make([]string, 0, len(unicode.Scripts))
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	return "Unknown"
}
