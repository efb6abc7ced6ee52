package layout

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
)

// canvas is the display list of a document: every drawing call, page by
// page, in the order the layout made it. Laying out into a canvas rather
// than straight into the PDF writer lets the writer be set up once the
// layout is done, when it is known which characters a font must carry,
// so that a large font is handed to the writer cut down to those.
//
// Drawing the list with drawOn makes exactly the calls the layout made,
// so the PDF is the same as if they had been made directly.
type canvas struct {
	// The calls are kept as streams read back in step: the kind of each
	// call, then its numbers (colours and counts too) and its strings in
	// the order the method takes them. Strings are kept end to end in
	// chars, each ending where stringEnds says. Kinds, numbers and
	// strings hold no pointers, which keeps a long list cheap for the
	// garbage collector.
	kinds      []opKind
	numbers    []float64
	chars      []byte
	stringEnds []int
	dashes     [][]float64
	pages      int
	family     string // the font family last selected
	// cutFamily is the font family whose characters are collected in
	// drawn, to cut the font down to them.
	cutFamily string
	drawn     map[rune]struct{}
	// images are the PNG images drawn, by name (see image.go).
	images map[string]canvasImage
}

// opKind names a drawing call of the PDF writer.
type opKind uint8

// The drawing calls a canvas records; each names the fpdf.Fpdf method it
// makes.
const (
	opAddPage opKind = iota
	opSetPage
	opSetFont
	opText
	opSetTextRenderingMode
	opSetTextColor
	opSetFillColor
	opSetDrawColor
	opSetLineWidth
	opSetDashPattern
	opRect
	opRoundedRect
	opLine
	opCircle
	opMoveTo
	opLineTo
	opClosePath
	opDrawPath
	opImage
	opBeginActualText
	opEndActualText
)

// newCanvas returns an empty canvas that collects the characters drawn in
// font family cutFamily.
func newCanvas(cutFamily string) *canvas {
	return &canvas{cutFamily: cutFamily, drawn: map[rune]struct{}{}}
}

// replay reads the arguments of recorded calls back in order.
type replay struct {
	c                 *canvas
	number, str, dash int
}

// num returns the next number.
func (r *replay) num() float64 { r.number++; return r.c.numbers[r.number-1] }

// int returns the next number as an integer.
func (r *replay) int() int { return int(r.num()) }

// text returns the next string.
func (r *replay) text() string {
	start := 0
	if r.str > 0 {
		start = r.c.stringEnds[r.str-1]
	}
	r.str++
	return string(r.c.chars[start:r.c.stringEnds[r.str-1]])
}

// dashes returns the next dash pattern.
func (r *replay) dashes() []float64 { r.dash++; return r.c.dashes[r.dash-1] }

// drawOn makes the recorded calls on a PDF writer. Arguments are read in
// the order they are written, left to right.
func (c *canvas) drawOn(pdf *fpdf.Fpdf) {
	r := &replay{c: c}
	for _, kind := range c.kinds {
		switch kind {
		case opAddPage:
			pdf.AddPage()
		case opSetPage:
			pdf.SetPage(r.int())
		case opSetFont:
			pdf.SetFont(r.text(), r.text(), r.num())
		case opText:
			pdf.Text(r.num(), r.num(), r.text())
		case opSetTextRenderingMode:
			pdf.SetTextRenderingMode(r.int())
		case opSetTextColor:
			pdf.SetTextColor(r.int(), r.int(), r.int())
		case opSetFillColor:
			pdf.SetFillColor(r.int(), r.int(), r.int())
		case opSetDrawColor:
			pdf.SetDrawColor(r.int(), r.int(), r.int())
		case opSetLineWidth:
			pdf.SetLineWidth(r.num())
		case opSetDashPattern:
			pdf.SetDashPattern(r.dashes(), r.num())
		case opRect:
			pdf.Rect(r.num(), r.num(), r.num(), r.num(), r.text())
		case opRoundedRect:
			pdf.RoundedRect(r.num(), r.num(), r.num(), r.num(), r.num(), r.text(), r.text())
		case opLine:
			pdf.Line(r.num(), r.num(), r.num(), r.num())
		case opCircle:
			pdf.Circle(r.num(), r.num(), r.num(), r.text())
		case opMoveTo:
			pdf.MoveTo(r.num(), r.num())
		case opLineTo:
			pdf.LineTo(r.num(), r.num())
		case opClosePath:
			pdf.ClosePath()
		case opDrawPath:
			pdf.DrawPath(r.text())
		case opImage:
			c.drawImage(pdf, r.text(), r.num(), r.num(), r.num(), r.num())
		case opBeginActualText:
			pdf.RawWriteStr("/Span <</ActualText " + pdfTextString(r.text()) + ">> BDC")
		case opEndActualText:
			pdf.RawWriteStr("EMC")
		}
	}
}

// pageCount returns the number of pages added.
func (c *canvas) pageCount() int { return c.pages }

// cutRunes returns the characters drawn in the cut family, in ascending
// order.
func (c *canvas) cutRunes() []rune {
	out := make([]rune, 0, len(c.drawn))
	for r := range c.drawn {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// record appends a drawing call with its numbers; its strings are
// appended with addString by the caller, in the order drawOn reads them.
func (c *canvas) record(kind opKind, numbers ...float64) {
	c.kinds = append(c.kinds, kind)
	c.numbers = append(c.numbers, numbers...)
}

// addString appends a string argument.
func (c *canvas) addString(s string) {
	c.chars = append(c.chars, s...)
	c.stringEnds = append(c.stringEnds, len(c.chars))
}

// addPage starts a new page, which becomes the current one.
func (c *canvas) addPage() {
	c.pages++
	c.record(opAddPage)
}

// setPage makes page n (1-based) the current one, to draw more on it.
func (c *canvas) setPage(n int) { c.record(opSetPage, float64(n)) }

// setFont selects the font of the text that follows.
func (c *canvas) setFont(family, style string, size float64) {
	c.family = family
	c.addString(family)
	c.addString(style)
	c.record(opSetFont, size)
}

// text draws s with its baseline starting at (x, y) in the current font.
func (c *canvas) text(x, y float64, s string) {
	if c.family == c.cutFamily {
		for _, r := range s {
			c.drawn[r] = struct{}{}
		}
	}
	c.addString(s)
	c.record(opText, x, y)
}

// beginActualText starts a marked-content sequence of text that stands
// for s when the PDF's text is read, ended by endActualText (see
// shape.go). The sequences do not nest.
func (c *canvas) beginActualText(s string) {
	c.addString(s)
	c.record(opBeginActualText)
}

// endActualText ends the sequence beginActualText started.
func (c *canvas) endActualText() { c.record(opEndActualText) }

// pdfTextString returns s as a PDF text string: UTF-16BE with its byte
// order mark, in hexadecimal.
func pdfTextString(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteByte('>')
	return b.String()
}

// setTextRenderingMode sets how glyphs are painted: 0 fill, 2 fill and
// stroke.
func (c *canvas) setTextRenderingMode(mode int) {
	c.record(opSetTextRenderingMode, float64(mode))
}

// setTextColor sets the colour of text.
func (c *canvas) setTextColor(r, g, b int) {
	c.record(opSetTextColor, float64(r), float64(g), float64(b))
}

// setFillColor sets the colour shapes are filled with.
func (c *canvas) setFillColor(r, g, b int) {
	c.record(opSetFillColor, float64(r), float64(g), float64(b))
}

// setDrawColor sets the colour of lines and outlines.
func (c *canvas) setDrawColor(r, g, b int) {
	c.record(opSetDrawColor, float64(r), float64(g), float64(b))
}

// setLineWidth sets the width of lines in millimetres.
func (c *canvas) setLineWidth(w float64) { c.record(opSetLineWidth, w) }

// setDashPattern sets the dashes of lines; nil draws solid lines.
func (c *canvas) setDashPattern(dashes []float64, phase float64) {
	c.dashes = append(c.dashes, slices.Clone(dashes))
	c.record(opSetDashPattern, phase)
}

// rect draws a rectangle; style "F" fills it, "D" outlines it.
func (c *canvas) rect(x, y, w, h float64, style string) {
	c.addString(style)
	c.record(opRect, x, y, w, h)
}

// roundedRect draws a rectangle with the given corners rounded.
func (c *canvas) roundedRect(x, y, w, h, r float64, corners, style string) {
	c.addString(corners)
	c.addString(style)
	c.record(opRoundedRect, x, y, w, h, r)
}

// line draws a straight line.
func (c *canvas) line(x1, y1, x2, y2 float64) { c.record(opLine, x1, y1, x2, y2) }

// circle draws a circle.
func (c *canvas) circle(x, y, r float64, style string) {
	c.addString(style)
	c.record(opCircle, x, y, r)
}

// moveTo starts a new path at (x, y).
func (c *canvas) moveTo(x, y float64) { c.record(opMoveTo, x, y) }

// lineTo extends the path with a straight line to (x, y).
func (c *canvas) lineTo(x, y float64) { c.record(opLineTo, x, y) }

// closePath closes the path.
func (c *canvas) closePath() { c.record(opClosePath) }

// drawPath paints the path; style "F" fills it.
func (c *canvas) drawPath(style string) {
	c.addString(style)
	c.record(opDrawPath)
}

// canvasMark is a point in a canvas's display list to go back to.
type canvasMark struct {
	kinds, numbers, chars, stringEnds, dashes, pages int
}

// mark returns the current end of the display list.
func (c *canvas) mark() canvasMark {
	return canvasMark{len(c.kinds), len(c.numbers), len(c.chars), len(c.stringEnds), len(c.dashes), c.pages}
}

// rewind drops every call recorded after m, which must be a mark of the
// same page. The characters of the dropped text stay collected for the
// cut font.
func (c *canvas) rewind(m canvasMark) {
	c.kinds = c.kinds[:m.kinds]
	c.numbers = c.numbers[:m.numbers]
	c.chars = c.chars[:m.chars]
	c.stringEnds = c.stringEnds[:m.stringEnds]
	c.dashes = c.dashes[:m.dashes]
	c.pages = m.pages
	c.family = ""
}

// Call is one drawing call a document recorded, for tests and tools that
// inspect a layout: the name of the PDF writer's method it makes, and its
// arguments in the order the method takes them, numbers (colours too),
// strings and the dash pattern apart.
type Call struct {
	// Op is the name of the method of the PDF writer, e.g. "Rect" or
	// "SetFillColor"; "BeginActualText" and "EndActualText" start and end
	// the marked-content sequence of a shaped run (see shape.go), written
	// with RawWriteStr.
	Op string
	// Numbers are the numeric arguments, colour components included.
	Numbers []float64
	// Strings are the string arguments.
	Strings []string
	// Dashes is the dash pattern of a SetDashPattern call.
	Dashes []float64
}

// callArgs is how many numbers and strings each kind of call records, and
// whether it records a dash pattern: what drawOn reads for it.
var callArgs = [...]struct {
	name       string
	nums, strs int
	dash       bool
}{
	opAddPage: {name: "AddPage"}, opSetPage: {name: "SetPage", nums: 1}, opSetFont: {name: "SetFont", nums: 1, strs: 2},
	opText: {name: "Text", nums: 2, strs: 1}, opSetTextRenderingMode: {name: "SetTextRenderingMode", nums: 1},
	opSetTextColor: {name: "SetTextColor", nums: 3}, opSetFillColor: {name: "SetFillColor", nums: 3},
	opSetDrawColor: {name: "SetDrawColor", nums: 3}, opSetLineWidth: {name: "SetLineWidth", nums: 1},
	opSetDashPattern: {name: "SetDashPattern", nums: 1, dash: true}, opRect: {name: "Rect", nums: 4, strs: 1},
	opRoundedRect: {name: "RoundedRect", nums: 5, strs: 2}, opLine: {name: "Line", nums: 4},
	opCircle: {name: "Circle", nums: 3, strs: 1}, opMoveTo: {name: "MoveTo", nums: 2}, opLineTo: {name: "LineTo", nums: 2},
	opClosePath: {name: "ClosePath"}, opDrawPath: {name: "DrawPath", strs: 1},
	opImage:           {name: "Image", nums: 4, strs: 1},
	opBeginActualText: {name: "BeginActualText", strs: 1}, opEndActualText: {name: "EndActualText"},
}

// calls returns the drawing calls c recorded, each with its arguments.
func (c *canvas) calls() []Call {
	r := &replay{c: c}
	out := make([]Call, 0, len(c.kinds))
	for _, kind := range c.kinds {
		a := callArgs[kind]
		k := Call{Op: a.name}
		for range a.nums {
			k.Numbers = append(k.Numbers, r.num())
		}
		for range a.strs {
			k.Strings = append(k.Strings, r.text())
		}
		if a.dash {
			k.Dashes = r.dashes()
		}
		out = append(out, k)
	}
	return out
}

// Calls returns the drawing calls recorded so far, in the order they are
// made on the PDF writer.
func (d *Doc) Calls() []Call { return d.canvas.calls() }
