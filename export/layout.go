package export

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// pageSpec is the geometry of a page: its size and the margins of the
// grid every element is placed on, in millimetres.
type pageSpec struct {
	name        string // as pdfinfo names it: "A4", "Letter", "16:9 slide"
	w, h        float64
	top, bottom float64 // margins, outside the running header and footer
	left, right float64
	// headerH and footerH are the bands of the running header and footer.
	headerH, footerH float64
	// columns and gutter define the grid.
	columns int
	gutter  float64
}

// Page sizes.
const (
	// SlideWidth and SlideHeight are the size of a 16:9 slide in
	// millimetres (13.333 x 7.5 inches, as presentation tools use).
	SlideWidth  = 338.7
	SlideHeight = 190.5
)

// paperSize returns the portrait width and height of a paper size.
func paperSize(name string) (string, float64, float64, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "a4":
		return "A4", 210, 297, nil
	case "letter":
		return "Letter", 215.9, 279.4, nil
	}
	return "", 0, 0, fmt.Errorf("page size %q: want A4 or Letter", name)
}

// portraitPage returns the grid of a portrait page of the given size.
func portraitPage(size string) (pageSpec, error) {
	name, w, h, err := paperSize(size)
	if err != nil {
		return pageSpec{}, err
	}
	return pageSpec{name: name, w: w, h: h, top: 12, bottom: 10, left: 18, right: 18,
		headerH: 12, footerH: 10, columns: 12, gutter: 5}, nil
}

// landscapePage returns the grid of a landscape page of the given size.
func landscapePage(size string) (pageSpec, error) {
	name, w, h, err := paperSize(size)
	if err != nil {
		return pageSpec{}, err
	}
	return pageSpec{name: name, w: h, h: w, top: 10, bottom: 8, left: 14, right: 14,
		headerH: 12, footerH: 10, columns: 12, gutter: 5}, nil
}

// slidePage returns the grid of a 16:9 slide.
func slidePage() pageSpec {
	return pageSpec{name: "16:9 slide", w: SlideWidth, h: SlideHeight, top: 10, bottom: 6, left: 22, right: 22,
		headerH: 8, footerH: 10, columns: 12, gutter: 8}
}

// bodyTop returns where content starts below the running header.
func (p pageSpec) bodyTop() float64 { return p.top + p.headerH }

// bodyBottom returns where content must end above the running footer.
func (p pageSpec) bodyBottom() float64 { return p.h - p.bottom - p.footerH }

// contentWidth returns the width between the side margins.
func (p pageSpec) contentWidth() float64 { return p.w - p.left - p.right }

// col returns the x position and width of span grid columns starting at
// column first (0-based).
func (p pageSpec) col(first, span int) (x, w float64) {
	colW := (p.contentWidth() - float64(p.columns-1)*p.gutter) / float64(p.columns)
	x = p.left + float64(first)*(colW+p.gutter)
	w = float64(span)*colW + float64(span-1)*p.gutter
	return x, w
}

// meta is the document's identity: what the running header and the PDF
// metadata say.
type meta struct {
	title    string // document title, e.g. "Mutual Action Plan"
	subject  string
	customer string
	keywords []string
}

// chromeFunc draws the running header and footer of page n of total.
type chromeFunc func(d *doc, n, total int)

// doc is a document being laid out: what is drawn so far, the page grid,
// the type scale, a vertical cursor and the log of what could not be
// drawn.
type doc struct {
	canvas *canvas
	page   pageSpec
	scale  typeScale
	meta   meta
	now    time.Time
	author string
	y      float64
	ts     *typesetter
	log    []string
	chrome chromeFunc
	// font, colours and line width as last sent to the writer, to send
	// changes only; the known flags are false after a page change.
	curFamily, curStyle string
	curSize             float64
	curFill, curDraw    rgb
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
}

// keptHeading is a heading drawn at the cursor that must not end a page:
// where its drawing starts and ends, and how to draw it again.
type keptHeading struct {
	start        canvasMark
	end          canvasMark
	startY, endY float64
	redraw       func()
}

// headingBefore reports whether the heading last drawn is right above
// the cursor, with nothing drawn since.
func (d *doc) headingBefore() bool {
	h := d.heading
	return h != nil && h.end == d.canvas.mark() && h.endY == d.y && h.startY > d.pageTop+0.1
}

// moveHeading moves the heading right above the cursor to a new page and
// puts the cursor below it there.
func (d *doc) moveHeading() {
	h := d.heading
	d.heading = nil
	d.canvas.rewind(h.start)
	d.forgetState()
	d.y = h.startY
	d.breakPage()
	h.redraw()
}

// newDoc starts a document on the given page grid.
func newDoc(page pageSpec, scale typeScale, m meta, opts Options) (*doc, error) {
	fonts := opts.Fonts
	if fonts == nil {
		var err error
		if fonts, err = LoadFonts(opts.CJKFontPath); err != nil {
			return nil, fmt.Errorf("start document: %w", err)
		}
	}
	if fonts.regular == nil || fonts.bold == nil {
		return nil, errors.New("start document: Options.Fonts holds no fonts; make them with LoadFonts")
	}
	author := opts.Author
	if author == "" {
		author = "Liftoff"
	}
	d := &doc{canvas: newCanvas(familyCJK), page: page, scale: scale, meta: m, now: opts.now(), author: author, minSize: 1000}
	d.ts = &typesetter{fonts: fonts, log: &d.log}
	return d, nil
}

// writer returns a PDF writer set up for the document: page size,
// metadata and the fonts it draws with, the CJK font cut down to the
// characters drawn in it.
func (d *doc) writer() (*fpdf.Fpdf, error) {
	page := d.page
	orientation := "P"
	if page.w > page.h {
		orientation = "L"
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: orientation,
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: min(page.w, page.h), Ht: max(page.w, page.h)},
	})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(page.left, page.top, page.right)
	pdf.SetCellMargin(0)
	pdf.AddUTF8FontFromBytes(familySans, "", notoSansRegular)
	pdf.AddUTF8FontFromBytes(familySans, "B", notoSansBold)
	if runes := d.canvas.cutRunes(); len(runes) > 0 && d.ts.cjk != nil {
		pdf.AddUTF8FontFromBytes(familyCJK, "", d.ts.cjk.embedded(runes))
	}
	title := d.meta.title
	if d.meta.customer != "" {
		title += " – " + d.meta.customer
	}
	pdf.SetTitle(title, true)
	pdf.SetAuthor(d.author, true)
	pdf.SetSubject(d.meta.subject, true)
	pdf.SetCreator("Liftoff", true)
	pdf.SetProducer("Liftoff", true)
	pdf.SetKeywords(strings.Join(d.meta.keywords, ", "), true)
	pdf.SetCreationDate(d.now)
	pdf.SetModificationDate(d.now)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetDisplayMode("fullpage", "single")
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("start %s: %w", strings.ToLower(d.meta.title), err)
	}
	return pdf, nil
}

// addPage starts a new page and puts the cursor at the top of its body.
func (d *doc) addPage() {
	d.canvas.addPage()
	d.forgetState()
	d.y = d.page.bodyTop()
	d.pageTop = d.y
}

// forgetState makes the next font, colour and line width be sent to the
// writer, as after a change of page.
func (d *doc) forgetState() {
	d.curFamily, d.curStyle, d.curSize = "", "", 0
	d.fillKnown, d.drawKnown, d.widthKnown = false, false, false
}

// breakPage starts a new page for flowing content, running onNewPage.
func (d *doc) breakPage() {
	d.addPage()
	if d.onNewPage != nil {
		d.onNewPage()
	}
	d.pageTop = d.y
}

// room returns the height left on the page below the cursor.
func (d *doc) room() float64 { return d.page.bodyBottom() - d.y }

// need breaks the page unless h millimetres fit below the cursor. It
// reports whether it broke the page.
func (d *doc) need(h float64) bool {
	if d.y+h <= d.page.bodyBottom()+1e-6 {
		return false
	}
	d.breakPage()
	return true
}

// finish draws the running header and footer of every page, now that the
// page count is known, and writes the document.
func (d *doc) finish(w io.Writer) (Result, error) {
	total := d.canvas.pageCount()
	if total == 0 {
		d.addPage()
		total = 1
	}
	if d.chrome != nil {
		for n := 1; n <= total; n++ {
			d.canvas.setPage(n)
			d.forgetState()
			d.chrome(d, n, total)
		}
	}
	d.canvas.setPage(total)
	if msg := d.ts.missingReport(); msg != "" {
		d.log = append(d.log, msg)
	}
	res := Result{Log: d.log, Pages: total, MinFontSize: d.minSize}
	pdf, err := d.writer()
	if err != nil {
		return res, err
	}
	d.canvas.drawOn(pdf)
	if err := pdf.Output(w); err != nil {
		return res, fmt.Errorf("write %s: %w", strings.ToLower(d.meta.title), err)
	}
	return res, nil
}

// setFont selects a font for the writer when it differs from the current.
func (d *doc) setFont(family, style string, size float64) {
	if family == d.curFamily && style == d.curStyle && size == d.curSize {
		return
	}
	d.canvas.setFont(family, style, size)
	d.curFamily, d.curStyle, d.curSize = family, style, size
}

// setFill sets the fill colour.
func (d *doc) setFill(c rgb) {
	if d.fillKnown && c == d.curFill {
		return
	}
	d.canvas.setFillColor(c.split())
	d.curFill, d.fillKnown = c, true
}

// setDraw sets the line colour.
func (d *doc) setDraw(c rgb) {
	if d.drawKnown && c == d.curDraw {
		return
	}
	d.canvas.setDrawColor(c.split())
	d.curDraw, d.drawKnown = c, true
}

// setLineWidth sets the line width in millimetres.
func (d *doc) setLineWidth(w float64) {
	if d.widthKnown && w == d.curLineWidth {
		return
	}
	d.canvas.setLineWidth(w)
	d.curLineWidth, d.widthKnown = w, true
}

// rect fills a rectangle.
func (d *doc) rect(x, y, w, h float64, c rgb) {
	if w <= 0 || h <= 0 {
		return
	}
	d.setFill(c)
	d.canvas.rect(x, y, w, h, "F")
}

// roundRect fills a rectangle with rounded corners.
func (d *doc) roundRect(x, y, w, h, r float64, c rgb) {
	if w <= 0 || h <= 0 {
		return
	}
	r = min(r, w/2, h/2)
	d.setFill(c)
	d.canvas.roundedRect(x, y, w, h, r, "1234", "F")
}

// line draws a straight line of the given width in millimetres.
func (d *doc) line(x1, y1, x2, y2, width float64, c rgb) {
	d.setDraw(c)
	d.setLineWidth(width)
	d.canvas.line(x1, y1, x2, y2)
}

// measure returns the width of one line of text in millimetres.
func (d *doc) measure(s string, st textStyle) float64 { return d.ts.measure(cleanText(s), st) }

// wrap breaks text into lines that fit width millimetres.
func (d *doc) wrap(s string, width float64, st textStyle) []string { return d.ts.wrap(s, width, st) }

// baseline returns the baseline of a line of style st whose box starts at
// top.
func baseline(top float64, st textStyle) float64 {
	em := st.size * ptToMM
	return top + (st.lineHeight()-em)/2 + 0.86*em
}

// text draws one line of text with its line box starting at (x, top),
// choosing for every character a font that has it. It returns the width
// drawn.
func (d *doc) text(x, top float64, s string, st textStyle) float64 {
	s = cleanText(s)
	if s == "" {
		return 0
	}
	size := st.size
	d.minSize = min(d.minSize, size)
	base := baseline(top, st)
	style := ""
	if st.bold {
		style = "B"
	}
	d.canvas.setTextColor(st.color.split())
	start := x
	var run strings.Builder
	runRole := roleSans
	runW := 0
	flush := func() {
		if run.Len() == 0 {
			return
		}
		switch runRole {
		case roleSans:
			d.setFont(familySans, style, size)
			d.canvas.text(x, base, run.String())
		case roleCJK:
			d.setFont(familyCJK, "", size)
			if st.bold {
				// The CJK font has no bold face: stroke the outline too.
				d.setDraw(st.color)
				d.setLineWidth(size * ptToMM * 0.035)
				d.canvas.setTextRenderingMode(2)
				d.canvas.text(x, base, run.String())
				d.canvas.setTextRenderingMode(0)
			} else {
				d.canvas.text(x, base, run.String())
			}
		}
		x += float64(runW) * size / 1000 * ptToMM
		run.Reset()
		runW = 0
	}
	for _, r := range s {
		w, role := d.ts.runeWidth(r, st.bold)
		if role == roleMissing {
			flush()
			em := size * ptToMM
			d.setDraw(st.color)
			d.setLineWidth(0.2)
			d.canvas.rect(x+0.08*em, base-0.72*em, (placeholderEm-0.16)*em, 0.72*em, "D")
			d.ts.noteMissing(r)
			x += placeholderEm * em
			continue
		}
		if role != runRole {
			flush()
			runRole = role
		}
		run.WriteRune(r)
		runW += w
	}
	flush()
	return x - start
}

// align says where text sits in its box.
type align uint8

const (
	alignLeft align = iota
	alignRight
	alignCenter
)

// textIn draws one line of text aligned in a box of width w.
func (d *doc) textIn(x, top, w float64, s string, st textStyle, a align) {
	switch a {
	case alignRight:
		x += w - d.measure(s, st)
	case alignCenter:
		x += (w - d.measure(s, st)) / 2
	}
	d.text(x, top, s, st)
}

// lines draws lines of text one under another and returns their height.
func (d *doc) lines(x, top, w float64, lines []string, st textStyle, a align) float64 {
	lh := st.lineHeight()
	for i, l := range lines {
		d.textIn(x, top+float64(i)*lh, w, l, st, a)
	}
	return float64(len(lines)) * lh
}

// paragraph wraps text to width w, draws it at (x, top) and returns its
// height. It does not break pages; see flow for that.
func (d *doc) paragraph(x, top, w float64, s string, st textStyle) float64 {
	return d.lines(x, top, w, d.wrap(s, w, st), st, alignLeft)
}

// flow draws wrapped text at the cursor, continuing on the next page line
// by line when the page is full, and moves the cursor below it.
func (d *doc) flow(x, w float64, s string, st textStyle, after float64) {
	lh := st.lineHeight()
	for _, l := range d.wrap(s, w, st) {
		d.need(lh)
		d.text(x, d.y, l, st)
		d.y += lh
	}
	d.y += after
}
