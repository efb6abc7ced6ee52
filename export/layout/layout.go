package layout

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Meta is what a document's PDF metadata says about it.
type Meta struct {
	// Title is the document's title, e.g. "Mutual Action Plan"; the log
	// and errors name the document by it.
	Title string
	// About is whom or what the document is about, e.g. a customer's
	// name; the PDF title is Title – About. Empty leaves it out.
	About string
	// Subject and Keywords are the PDF subject and keywords.
	Subject string
	// Keywords are the PDF keywords.
	Keywords []string
}

// Config is how a document is made, apart from its pages and metadata.
type Config struct {
	// Fonts are the fonts the document is set in, read once by LoadFonts
	// or LoadFontsWith and shared by every document made with them. Nil
	// reads them anew for this document, from CJKFontPath, FontFiles and
	// the system's fonts.
	Fonts *Fonts
	// CJKFontPath is a TrueType font tried first for characters Noto
	// Sans lacks when Fonts is nil. Empty searches the system's fonts.
	CJKFontPath string
	// FontFiles are TrueType fonts and collections tried, after
	// CJKFontPath, for characters Noto Sans lacks when Fonts is nil (see
	// FontOptions.Files).
	FontFiles []string
	// Language is the language the document is written in, a BCP 47 tag
	// ("ja", "zh-Hans", "zh-TW", "ko"): Han text is set in a font made
	// for it (Japanese fonts for "ja"; for languages without Han text,
	// Japanese fonts too). Empty is English.
	Language string
	// AllowMissingGlyphs draws characters no font has as boxes, saying so
	// in Report.Log, where Finish would otherwise fail with
	// MissingGlyphsError.
	AllowMissingGlyphs bool
	// Author is the document's author in its metadata.
	Author string
	// Creator names the program in the PDF's creator and producer.
	Creator string
	// Now is the moment the document is dated in its metadata. With the
	// same Now, the same drawing gives the same bytes.
	Now time.Time
	// Context, when not nil, can stop the document: once it is done, Err
	// reports it and Finish writes nothing.
	Context context.Context
}

// Report describes a written document.
type Report struct {
	// Log lists what the reader should know: characters drawn as boxes,
	// the fonts used for what Noto Sans lacks and those passed over, rows
	// that had to be split, and what Logf added.
	Log []string
	// Pages is the number of pages.
	Pages int
	// MinFontSize is the smallest text size used, in points.
	MinFontSize float64
}

// Doc is a document being laid out: what is drawn so far, the page grid,
// the type scale, a vertical cursor and the log of what could not be
// drawn. Drawing is recorded and written to PDF by Finish. A Doc is used
// by one goroutine at a time.
type Doc struct {
	// Y is the cursor: where flowing content goes next, in millimetres
	// from the top of the page.
	Y float64

	canvas *canvas
	page   Page
	scale  TypeScale
	meta   Meta
	cfg    Config
	ts     *typesetter
	log    []string
	chrome func(n, total int)
	// font, colours and line width as last sent to the writer, to send
	// changes only; the known flags are false after a page change.
	curFamily, curStyle string
	curSize             float64
	curFill, curDraw    RGB
	curLineWidth        float64
	fillKnown           bool
	drawKnown           bool
	widthKnown          bool
	minSize             float64
	// onNewPage runs after a page break made by flow content, e.g. to
	// repeat a table header.
	onNewPage func()
	// pageTop is where flow content starts on the current page: below
	// the running header and what onNewPage drew.
	pageTop float64
	// heading is the heading just drawn, to move to the next page with
	// what follows it when that does not fit; nil when none.
	heading *keptHeading
	// shortened holds, by page number from 1, how far above the bottom
	// of the body flowing content ends on that page (see ShortenPage).
	shortened map[int]float64
}

// keptHeading is a heading drawn at the cursor that must not end a page:
// where its drawing starts and ends, and how to draw it again.
type keptHeading struct {
	start        canvasMark
	end          canvasMark
	startY, endY float64
	redraw       func()
	// continued draws the heading at the top of a page that a table
	// right below it continues on, saying so; nil draws nothing.
	continued func()
}

// headingAbove returns the heading last drawn when nothing was drawn
// since, wherever it is on the page (at its top too, as after
// moveHeading); else nil.
func (d *Doc) headingAbove() *keptHeading {
	h := d.heading
	if h == nil || h.end != d.canvas.mark() || d.Y < h.endY-1e-9 {
		return nil
	}
	return h
}

// headingBefore reports whether the heading last drawn is right above
// the cursor, with nothing drawn since: the cursor may have moved down
// to leave space below it.
func (d *Doc) headingBefore() bool {
	h := d.heading
	return h != nil && h.end == d.canvas.mark() && d.Y >= h.endY-1e-9 && h.startY > d.pageTop+0.1
}

// moveHeading moves the heading right above the cursor to a new page and
// puts the cursor below it there.
func (d *Doc) moveHeading() {
	h := d.heading
	d.heading = nil
	d.canvas.rewind(h.start)
	d.forgetState()
	d.Y = h.startY
	d.BreakPage()
	h.redraw()
}

// KeepHeading draws a heading at the cursor with draw, which moves the
// cursor below it, and keeps it with what follows: when the table drawn
// next does not start on this page, the heading moves to the next page
// with it, drawn there by redraw. startY is where the heading's space
// starts, at or above the cursor. When that table breaks across pages,
// continued draws the heading again at the top of every page the table
// continues on, above its repeated header row, saying it continues (as
// "Title (continued)"); nil repeats no heading.
//
// A heading drawn right below another kept heading (a section's title
// and the title of its first subsection) is kept with it: both move, and
// a table continues below the subsection's title alone (the section's
// when the subsection's continued is nil).
func (d *Doc) KeepHeading(startY float64, draw, redraw, continued func()) {
	kept := &keptHeading{start: d.canvas.mark(), startY: startY, redraw: redraw, continued: continued}
	if d.headingBefore() {
		above := d.heading
		kept.start, kept.startY = above.start, above.startY
		kept.redraw = func() {
			above.redraw()
			redraw()
		}
		if continued == nil {
			kept.continued = above.continued
		}
	}
	draw()
	kept.end, kept.endY = d.canvas.mark(), d.Y
	d.heading = kept
}

// ErrNoFonts is returned by New for a Config whose Fonts were not made by
// LoadFonts.
var ErrNoFonts = errors.New("start document: Config.Fonts holds no fonts; make them with LoadFonts")

// New starts a document on the given page grid and type scale, with no
// page yet.
func New(page Page, scale TypeScale, meta Meta, cfg Config) (*Doc, error) {
	fonts := cfg.Fonts
	if fonts == nil {
		var err error
		var files []string
		if cfg.CJKFontPath != "" {
			files = append(files, cfg.CJKFontPath)
		}
		if fonts, err = LoadFontsWith(FontOptions{Files: append(files, cfg.FontFiles...)}); err != nil {
			return nil, fmt.Errorf("start document: %w", err)
		}
	}
	if fonts.regular == nil || fonts.bold == nil {
		return nil, ErrNoFonts
	}
	// The canvas cuts no font: the typesetter collects the characters
	// drawn in each fallback font.
	d := &Doc{canvas: newCanvas(""), page: page, scale: scale, meta: meta, cfg: cfg, minSize: 1000}
	d.ts = &typesetter{fonts: fonts, hanLang: hanLang(cfg.Language), log: &d.log}
	return d, nil
}

// Page returns the page grid of the document.
func (d *Doc) Page() Page { return d.page }

// Scale returns the type scale of the document.
func (d *Doc) Scale() TypeScale { return d.scale }

// Logf adds a line to the document's log, Report.Log.
func (d *Doc) Logf(format string, args ...any) {
	d.log = append(d.log, fmt.Sprintf(format, args...))
}

// SetChrome sets what draws the running header and footer: Finish calls
// chrome for every page n of total, on that page, once the page count is
// known.
func (d *Doc) SetChrome(chrome func(n, total int)) { d.chrome = chrome }

// SetOnNewPage sets what runs after every page break made by flowing
// content (Need, Flow, tables), e.g. to draw a title that continues
// from the page before; nil runs nothing. Tables add to it while drawn.
func (d *Doc) SetOnNewPage(f func()) { d.onNewPage = f }

// PageTop returns where flowing content starts on the current page: below
// the running header and what runs on a new page drew.
func (d *Doc) PageTop() float64 { return d.pageTop }

// SetPageTop sets where flowing content starts on the current page, e.g.
// below a title drawn after AddPage: a heading there is not moved to the
// next page, and content taller than the space from it to the bottom is
// split.
func (d *Doc) SetPageTop(y float64) { d.pageTop = y }

// writer returns a PDF writer set up for the document: page size,
// metadata and the fonts it draws with, each fallback font cut down to
// the characters drawn in it.
func (d *Doc) writer() (*fpdf.Fpdf, error) {
	page := d.page
	orientation := "P"
	if page.W > page.H {
		orientation = "L"
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: orientation,
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: min(page.W, page.H), Ht: max(page.W, page.H)},
	})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(page.Left, page.Top, page.Right)
	pdf.SetCellMargin(0)
	pdf.AddUTF8FontFromBytes(familySans, "", notoSansRegular)
	pdf.AddUTF8FontFromBytes(familySans, "B", notoSansBold)
	for i, u := range d.ts.used {
		runes := make([]rune, 0, len(u.runes))
		for r := range u.runes {
			runes = append(runes, r)
		}
		slices.Sort(runes)
		pdf.AddUTF8FontFromBytes(fallbackFamily(i), "", u.font.embeddedWith(runes, u.private))
	}
	title := d.meta.Title
	if d.meta.About != "" {
		title += " – " + d.meta.About
	}
	pdf.SetTitle(title, true)
	pdf.SetAuthor(d.cfg.Author, true)
	pdf.SetSubject(d.meta.Subject, true)
	pdf.SetCreator(d.cfg.Creator, true)
	pdf.SetProducer(d.cfg.Creator, true)
	pdf.SetKeywords(strings.Join(d.meta.Keywords, ", "), true)
	pdf.SetCreationDate(d.cfg.Now)
	pdf.SetModificationDate(d.cfg.Now)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetDisplayMode("fullpage", "single")
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("start %s: %w", strings.ToLower(d.meta.Title), err)
	}
	return pdf, nil
}

// AddPage starts a new page and puts the cursor at the top of its body.
// It runs nothing set by SetOnNewPage; see BreakPage.
func (d *Doc) AddPage() {
	d.canvas.addPage()
	d.forgetState()
	d.Y = d.page.BodyTop()
	d.pageTop = d.Y
}

// forgetState makes the next font, colour and line width be sent to the
// writer, as after a change of page.
func (d *Doc) forgetState() {
	d.curFamily, d.curStyle, d.curSize = "", "", 0
	d.fillKnown, d.drawKnown, d.widthKnown = false, false, false
}

// BreakPage starts a new page for flowing content, running what
// SetOnNewPage set.
func (d *Doc) BreakPage() {
	d.AddPage()
	if d.onNewPage != nil {
		d.onNewPage()
	}
	d.pageTop = d.Y
}

// Room returns the height left on the page below the cursor.
func (d *Doc) Room() float64 { return d.Bottom() - d.Y }

// Bottom returns where flowing content ends on the current page: the
// bottom of the body, or above it on a page shortened by ShortenPage.
func (d *Doc) Bottom() float64 {
	return d.page.BodyBottom() - d.shortened[d.canvas.pageCount()]
}

// ShortenPage makes flowing content end by millimetres above the bottom
// of the body on page n (from 1), e.g. to leave more to a last page that
// would hold only a few lines. Call it before that page is drawn.
func (d *Doc) ShortenPage(n int, by float64) {
	if d.shortened == nil {
		d.shortened = map[int]float64{}
	}
	d.shortened[n] = max(by, 0)
}

// PageCount returns the number of pages started so far.
func (d *Doc) PageCount() int { return d.canvas.pageCount() }

// Filled returns how much of the current page's body lies above the
// cursor, from 0 to 1.
func (d *Doc) Filled() float64 {
	top, bottom := d.page.BodyTop(), d.page.BodyBottom()
	return min(max((d.Y-top)/(bottom-top), 0), 1)
}

// Need breaks the page unless h millimetres fit below the cursor. It
// reports whether it broke the page. A heading drawn with KeepHeading
// right above the cursor moves to the next page with what follows it.
func (d *Doc) Need(h float64) bool {
	if d.Y+h <= d.Bottom()+1e-6 {
		return false
	}
	if d.headingBefore() {
		d.moveHeading()
		return true
	}
	d.BreakPage()
	return true
}

// Err returns, once Config.Context is done, an error wrapping the
// context's error; otherwise nil. Long drawing loops check it to stop
// early: Finish then writes nothing.
func (d *Doc) Err() error {
	if d.cfg.Context == nil {
		return nil
	}
	if err := d.cfg.Context.Err(); err != nil {
		return fmt.Errorf("%s: %w", strings.ToLower(d.meta.Title), err)
	}
	return nil
}

// Finish draws the running header and footer of every page, now that the
// page count is known, and writes the document as PDF to w. A document
// with no page gets an empty one. When characters were drawn that no
// font has, it writes nothing and fails with MissingGlyphsError, unless
// Config.AllowMissingGlyphs is set.
func (d *Doc) Finish(w io.Writer) (Report, error) {
	if err := d.Err(); err != nil {
		return Report{}, err
	}
	total := d.canvas.pageCount()
	if total == 0 {
		d.AddPage()
		total = 1
	}
	if d.chrome != nil {
		for n := 1; n <= total; n++ {
			d.canvas.setPage(n)
			d.forgetState()
			d.chrome(n, total)
		}
	}
	d.canvas.setPage(total)
	d.log = append(d.log, d.ts.usedReport()...)
	if !d.cfg.AllowMissingGlyphs {
		if err := d.ts.missingError(); err != nil {
			return Report{Log: d.log, Pages: total, MinFontSize: d.minSize}, fmt.Errorf("%s: %w", strings.ToLower(d.meta.Title), err)
		}
	}
	if msg := d.ts.missingReport(); msg != "" {
		d.log = append(d.log, msg)
	}
	rep := Report{Log: d.log, Pages: total, MinFontSize: d.minSize}
	if err := d.Err(); err != nil {
		return rep, err
	}
	pdf, err := d.writer()
	if err != nil {
		return rep, err
	}
	d.canvas.drawOn(pdf)
	if err := pdf.Output(w); err != nil {
		return rep, fmt.Errorf("write %s: %w", strings.ToLower(d.meta.Title), err)
	}
	return rep, nil
}

// setFont selects a font for the writer when it differs from the current.
func (d *Doc) setFont(family, style string, size float64) {
	if family == d.curFamily && style == d.curStyle && size == d.curSize {
		return
	}
	d.canvas.setFont(family, style, size)
	d.curFamily, d.curStyle, d.curSize = family, style, size
}

// SetFillColor sets the colour shapes are filled with.
func (d *Doc) SetFillColor(c RGB) {
	if d.fillKnown && c == d.curFill {
		return
	}
	d.canvas.setFillColor(c.Components())
	d.curFill, d.fillKnown = c, true
}

// SetDrawColor sets the colour of lines and outlines.
func (d *Doc) SetDrawColor(c RGB) {
	if d.drawKnown && c == d.curDraw {
		return
	}
	d.canvas.setDrawColor(c.Components())
	d.curDraw, d.drawKnown = c, true
}

// SetLineWidth sets the width of lines in millimetres.
func (d *Doc) SetLineWidth(w float64) {
	if d.widthKnown && w == d.curLineWidth {
		return
	}
	d.canvas.setLineWidth(w)
	d.curLineWidth, d.widthKnown = w, true
}

// Rect fills a rectangle in colour c; an empty one draws nothing.
func (d *Doc) Rect(x, y, w, h float64, c RGB) {
	if w <= 0 || h <= 0 {
		return
	}
	d.SetFillColor(c)
	d.canvas.rect(x, y, w, h, "F")
}

// RoundRect fills a rectangle with corners rounded to radius r (at most
// half its width or height) in colour c.
func (d *Doc) RoundRect(x, y, w, h, r float64, c RGB) {
	if w <= 0 || h <= 0 {
		return
	}
	r = min(r, w/2, h/2)
	d.SetFillColor(c)
	d.canvas.roundedRect(x, y, w, h, r, "1234", "F")
}

// Line draws a straight line of the given width in millimetres.
func (d *Doc) Line(x1, y1, x2, y2, width float64, c RGB) {
	d.SetDrawColor(c)
	d.SetLineWidth(width)
	d.canvas.line(x1, y1, x2, y2)
}

// Measure returns the width of one line of text in millimetres.
func (d *Doc) Measure(s string, st TextStyle) float64 { return d.ts.measure(cleanText(s), st) }

// Wrap breaks text into lines that fit width millimetres. Line ends in
// the text are kept; lines break at spaces, after hyphens and slashes and
// between Chinese, Japanese and Korean characters, an e-mail address or
// URL after '@', '.' or '/', and a word wider than the line between
// characters. Empty text gives no lines.
func (d *Doc) Wrap(s string, width float64, st TextStyle) []string { return d.ts.wrap(s, width, st) }

// Baseline returns the baseline of a line of style st whose box starts at
// top.
func Baseline(top float64, st TextStyle) float64 {
	em := st.Size * MMPerPoint
	return top + (st.LineHeight()-em)/2 + 0.86*em
}

// Text draws one line of text with its line box starting at (x, top),
// choosing for every character a font that has it. A line holding
// right-to-left text is drawn in the order of the bidirectional
// algorithm, and text of complex scripts shaped (see shape.go). It
// returns the width drawn.
func (d *Doc) Text(x, top float64, s string, st TextStyle) float64 {
	s = cleanText(s)
	if s == "" {
		return 0
	}
	size := st.Size
	d.minSize = min(d.minSize, size)
	base := Baseline(top, st)
	d.canvas.setTextColor(st.Color.Components())
	if isComplexText(s) {
		return d.textComplex(x, base, s, st)
	}
	start := x
	var run strings.Builder
	runRole := roleSans
	var runFont *fallbackFont
	runW := 0
	flush := func() {
		if run.Len() == 0 {
			return
		}
		d.drawString(x, base, run.String(), runRole, runFont, st)
		x += float64(runW) * size / 1000 * MMPerPoint
		run.Reset()
		runW = 0
	}
	for _, r := range s {
		w, role, font := d.ts.runeWidth(r, st.Bold)
		if role == roleMissing {
			flush()
			x += d.missingBox(x, base, r, st)
			continue
		}
		if role != runRole || font != runFont {
			flush()
			runRole, runFont = role, font
		}
		run.WriteRune(r)
		runW += w
	}
	flush()
	return x - start
}

// drawString draws s, left to right, with its baseline starting at
// (x, base) in Noto Sans or a fallback font.
func (d *Doc) drawString(x, base float64, s string, role fontRole, font *fallbackFont, st TextStyle) {
	switch role {
	case roleSans:
		style := ""
		if st.Bold {
			style = "B"
		}
		d.setFont(familySans, style, st.Size)
		d.canvas.text(x, base, s)
	case roleFallback:
		d.setFont(d.ts.family(font, s), "", st.Size)
		if st.Bold {
			// A fallback font has no bold face: stroke the outline too.
			d.SetDrawColor(st.Color)
			d.SetLineWidth(st.Size * MMPerPoint * 0.035)
			d.canvas.setTextRenderingMode(2)
			d.canvas.text(x, base, s)
			d.canvas.setTextRenderingMode(0)
		} else {
			d.canvas.text(x, base, s)
		}
	}
}

// missingBox draws the box of a character no font has and returns its
// width.
func (d *Doc) missingBox(x, base float64, r rune, st TextStyle) float64 {
	em := st.Size * MMPerPoint
	d.SetDrawColor(st.Color)
	d.SetLineWidth(0.2)
	d.canvas.rect(x+0.08*em, base-0.72*em, (placeholderEm-0.16)*em, 0.72*em, "D")
	d.ts.noteMissing(r)
	return placeholderEm * em
}

// textComplex draws a line that holds right-to-left text or text to
// shape: its runs in visual order, each shaped run as its glyphs.
func (d *Doc) textComplex(x, base float64, s string, st TextStyle) float64 {
	unit := st.Size * MMPerPoint / 1000
	start := x
	for _, run := range d.ts.lineRuns(s, st.Bold) {
		switch {
		case run.role == roleMissing:
			for _, r := range run.text {
				x += d.missingBox(x, base, r, st)
			}
			continue
		case run.shaped != nil:
			d.drawShaped(x, base, run, st)
		default:
			d.drawString(x, base, run.visual(), run.role, run.font, st)
		}
		x += float64(run.width) * unit
	}
	return x - start
}

// drawShaped draws the glyphs of a shaped run starting at (x, base),
// inside a marked-content sequence giving the text they stand for. Glyphs
// that follow each other at the font's own advances are drawn as one
// string, each other glyph where the shaper put it.
func (d *Doc) drawShaped(x, base float64, run lineRun, st TextStyle) {
	unit := st.Size * MMPerPoint / 1000
	_, used := d.ts.usedFont(run.font)
	d.canvas.beginActualText(run.extractText())
	var codes []rune
	groupX, groupY, natural := 0, 0, 0 // where the string starts and its pen, in thousandths
	flush := func() {
		if len(codes) > 0 {
			d.drawString(x+float64(groupX)*unit, base-float64(groupY)*unit, string(codes), roleFallback, run.font, st)
			codes = codes[:0]
		}
	}
	pen := 0
	for _, g := range run.shaped.glyphs {
		gx, gy := pen+g.dx, g.dy
		if len(codes) == 0 || gy != groupY || abs(gx-natural) > 0 {
			flush()
			groupX, groupY, natural = gx, gy, gx
		}
		code := g.char
		if code == 0 {
			code = used.privateCode(g.id)
		}
		codes = append(codes, code)
		natural += run.font.face.glyphWidth(g.id)
		pen += g.advance
	}
	flush()
	d.canvas.endActualText()
}

// abs returns the absolute value of v.
func abs(v int) int { return max(v, -v) }

// Align says where text sits in its box.
type Align uint8

// The alignments of text in its box.
const (
	AlignLeft Align = iota
	AlignRight
	AlignCenter
)

// TextIn draws one line of text aligned in a box of width w.
func (d *Doc) TextIn(x, top, w float64, s string, st TextStyle, a Align) {
	switch a {
	case AlignRight:
		x += w - d.Measure(s, st)
	case AlignCenter:
		x += (w - d.Measure(s, st)) / 2
	}
	d.Text(x, top, s, st)
}

// Lines draws lines of text one under another and returns their height.
func (d *Doc) Lines(x, top, w float64, lines []string, st TextStyle, a Align) float64 {
	lh := st.LineHeight()
	for i, l := range lines {
		d.TextIn(x, top+float64(i)*lh, w, l, st, a)
	}
	return float64(len(lines)) * lh
}

// Paragraph wraps text to width w, draws it at (x, top) and returns its
// height. It does not break pages; see Flow for that.
func (d *Doc) Paragraph(x, top, w float64, s string, st TextStyle) float64 {
	return d.Lines(x, top, w, d.Wrap(s, w, st), st, AlignLeft)
}

// Flow draws wrapped text at the cursor, continuing on the next page line
// by line when the page is full, and moves the cursor below it.
func (d *Doc) Flow(x, w float64, s string, st TextStyle, after float64) {
	lh := st.LineHeight()
	for _, l := range d.Wrap(s, w, st) {
		d.Need(lh)
		d.Text(x, d.Y, l, st)
		d.Y += lh
	}
	d.Y += after
}
