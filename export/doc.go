package export

import (
	"errors"
	"io"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/export/layout"
)

// Fonts are the typefaces documents are set in: the embedded Noto Sans
// faces and a Japanese TrueType font of the system for the characters
// Noto Sans lacks, each read and measured once. One Fonts serves any
// number of documents, also at the same time; make one with LoadFonts and
// pass it in Options.Fonts.
type Fonts = layout.Fonts

// LoadFonts reads the fonts of documents. cjkPath is the TrueType font
// for characters Noto Sans lacks (Japanese); empty searches
// CJKFontCandidates and fontconfig. The Japanese font is read the first
// time a document needs it, or CJKFont is called. A Japanese font that
// cannot be found or read is not an error here: documents then draw those
// characters as boxes and say why in Result.Log.
func LoadFonts(cjkPath string) (*Fonts, error) { return layout.LoadFonts(cjkPath) }

// CJKFontCandidates returns the files, in order of preference, where
// Liftoff looks for a Japanese TrueType font when Options.CJKFontPath is
// empty. After these, it asks fontconfig (fc-match) when it is installed.
func CJKFontCandidates() []string { return layout.CJKFontCandidates() }

// Page sizes.
const (
	// SlideWidth and SlideHeight are the size of a 16:9 slide in
	// millimetres (13.333 x 7.5 inches, as presentation tools use).
	SlideWidth  = layout.SlideWidth
	SlideHeight = layout.SlideHeight
)

// meta is the document's identity: what the running header and the PDF
// metadata say.
type meta struct {
	// kind is the kind of document; its title in the document's language
	// becomes title, followed by titleSuffix ("Q1 2027") when set.
	kind        Kind
	titleSuffix string
	title       string // document title, e.g. "Mutual Action Plan"
	subject     string
	customer    string
	keywords    []string
	// language is the tag of the language the document is written in.
	language string
}

// doc is a document being laid out, with what its running header and
// footer say.
type doc struct {
	*layout.Doc
	words
	meta meta
	// now is the moment of generation, printed in the footer.
	now time.Time
	// brand is what the document shows of the TAM's organisation; see
	// branding.go.
	brand *branding
}

// errNoFonts is returned for Options.Fonts not made by LoadFonts.
var errNoFonts = errors.New("start document: Options.Fonts holds no fonts; make them with LoadFonts")

// newDoc starts a document on the given page grid and type scale, as opts
// say: fonts, author (documentAuthor: the TAM) and date, and the
// branding of Settings.
func newDoc(page layout.Page, scale layout.TypeScale, m meta, opts Options) (*doc, error) {
	author := documentAuthor(opts)
	w, err := newWords(m.language)
	if err != nil {
		return nil, err
	}
	if m.kind != "" {
		m.title = strings.TrimSpace(w.kindTitle(m.kind) + " " + m.titleSuffix)
	}
	now := opts.now()
	ld, err := layout.New(page, scale, layout.Meta{Title: m.title, About: m.customer, Subject: m.subject, Keywords: m.keywords},
		layout.Config{Fonts: opts.Fonts, CJKFontPath: opts.CJKFontPath, Author: author, Creator: "Liftoff", Now: now,
			Language: m.language, AllowMissingGlyphs: opts.AllowMissingGlyphs, Context: opts.ctx})
	if errors.Is(err, layout.ErrNoFonts) {
		return nil, errNoFonts
	}
	if err != nil {
		return nil, err
	}
	return &doc{Doc: ld, words: w, meta: m, now: now, brand: newBranding(opts)}, nil
}

// setChrome sets what draws the running header and footer of page n of
// total.
func (d *doc) setChrome(chrome func(d *doc, n, total int)) {
	d.SetChrome(func(n, total int) { chrome(d, n, total) })
}

// finish draws the running header and footer of every page and writes
// the document.
func (d *doc) finish(w io.Writer) (Result, error) {
	rep, err := d.Finish(w)
	return Result{Log: rep.Log, Pages: rep.Pages, MinFontSize: rep.MinFontSize}, err
}

// drawTable draws a table at the cursor in the documents' colours: a
// tinted header row over a muted line, hairlines between rows.
func (d *doc) drawTable(t layout.Table) {
	t.HeaderFill, t.HeaderRule, t.RowRule = tint, muted, rule
	d.DrawTable(t)
}

// chip draws a status chip at (x, y) and returns its width.
func (d *doc) chip(x, y float64, look statusLook, st layout.TextStyle) float64 {
	return d.Chip(x, y, look.chip(), st)
}

// progressBar draws a bar of width w filled to fraction (0 to 1) in
// colour c on a hairline-coloured track.
func (d *doc) progressBar(x, y, w, h, fraction float64, c layout.RGB) {
	d.ProgressBar(x, y, w, h, fraction, rule, c)
}

// txt returns a plain text cell.
func txt(s string) layout.Cell { return layout.Cell{Text: s} }

// chipCell returns a cell holding a status chip.
func chipCell(l statusLook) layout.Cell {
	look := l.chip()
	return layout.Cell{Chip: &look}
}

// barCell returns a cell holding a progress bar.
func barCell(fraction float64, c layout.RGB) layout.Cell {
	return layout.Cell{Progress: &layout.Progress{Fraction: fraction, Fill: c, Track: rule}}
}
