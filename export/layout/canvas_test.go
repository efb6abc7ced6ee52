package layout

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// newTestWriter returns a deterministic PDF writer with Noto Sans in two
// families.
func newTestWriter() *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)) // else the clock, which may tick between two documents
	pdf.AddUTF8FontFromBytes(familySans, "", notoSansRegular)
	pdf.AddUTF8FontFromBytes(familySans, "B", notoSansBold)
	pdf.AddUTF8FontFromBytes(familyCJK, "", notoSansRegular)
	return pdf
}

// surface is what the drawing calls of a test need: a canvas, or an
// adapter straight onto the PDF writer.
type surface interface {
	addPage()
	setPage(n int)
	setFont(family, style string, size float64)
	text(x, y float64, s string)
	setTextRenderingMode(mode int)
	setTextColor(r, g, b int)
	setFillColor(r, g, b int)
	setDrawColor(r, g, b int)
	setLineWidth(w float64)
	setDashPattern(dashes []float64, phase float64)
	rect(x, y, w, h float64, style string)
	roundedRect(x, y, w, h, r float64, corners, style string)
	line(x1, y1, x2, y2 float64)
	circle(x, y, r float64, style string)
	moveTo(x, y float64)
	lineTo(x, y float64)
	closePath()
	drawPath(style string)
}

// direct makes the calls of a surface straight on a PDF writer.
type direct struct{ p *fpdf.Fpdf }

func (d direct) addPage()                                   { d.p.AddPage() }
func (d direct) setPage(n int)                              { d.p.SetPage(n) }
func (d direct) setFont(family, style string, size float64) { d.p.SetFont(family, style, size) }
func (d direct) text(x, y float64, s string)                { d.p.Text(x, y, s) }
func (d direct) setTextRenderingMode(mode int)              { d.p.SetTextRenderingMode(mode) }
func (d direct) setTextColor(r, g, b int)                   { d.p.SetTextColor(r, g, b) }
func (d direct) setFillColor(r, g, b int)                   { d.p.SetFillColor(r, g, b) }
func (d direct) setDrawColor(r, g, b int)                   { d.p.SetDrawColor(r, g, b) }
func (d direct) setLineWidth(w float64)                     { d.p.SetLineWidth(w) }
func (d direct) setDashPattern(dashes []float64, phase float64) {
	d.p.SetDashPattern(dashes, phase)
}
func (d direct) rect(x, y, w, h float64, style string) { d.p.Rect(x, y, w, h, style) }
func (d direct) roundedRect(x, y, w, h, r float64, corners, style string) {
	d.p.RoundedRect(x, y, w, h, r, corners, style)
}
func (d direct) line(x1, y1, x2, y2 float64)          { d.p.Line(x1, y1, x2, y2) }
func (d direct) circle(x, y, r float64, style string) { d.p.Circle(x, y, r, style) }
func (d direct) moveTo(x, y float64)                  { d.p.MoveTo(x, y) }
func (d direct) lineTo(x, y float64)                  { d.p.LineTo(x, y) }
func (d direct) closePath()                           { d.p.ClosePath() }
func (d direct) drawPath(style string)                { d.p.DrawPath(style) }

// drawSample makes every kind of drawing call on s, over two pages.
func drawSample(s surface) {
	dashes := []float64{1.6, 1.2}
	s.addPage()
	s.setFont(familySans, "", 12)
	s.setTextColor(20, 30, 40)
	s.text(20, 30, "Müller GmbH")
	s.setFont(familySans, "B", 14)
	s.text(20, 40, "Øresund")
	s.setFont(familyCJK, "", 10)
	s.setTextRenderingMode(2)
	s.text(20, 50, "Łódź")
	s.setTextRenderingMode(0)
	s.setFillColor(200, 10, 10)
	s.setDrawColor(0, 0, 200)
	s.setLineWidth(0.4)
	s.rect(10, 60, 30, 10, "F")
	s.rect(50, 60, 30, 10, "D")
	s.roundedRect(10, 80, 40, 8, 4, "1234", "F")
	s.setDashPattern(dashes, 0)
	dashes[0] = 9 // the pattern was taken when set
	s.line(10, 100, 100, 100)
	s.setDashPattern(nil, 0)
	s.circle(60, 120, 5, "F")
	s.moveTo(10, 140)
	s.lineTo(20, 150)
	s.lineTo(10, 160)
	s.closePath()
	s.drawPath("F")
	s.addPage()
	s.setFont(familySans, "", 9)
	s.text(20, 20, "page two")
	s.setPage(1)
	s.text(20, 280, "footer of page one")
}

// TestCanvasDrawsLikeWriter makes the same calls on a canvas and straight
// on a PDF writer: drawing the canvas gives the same PDF, byte for byte.
func TestCanvasDrawsLikeWriter(t *testing.T) {
	want := newTestWriter()
	drawSample(direct{want})
	var wantBuf bytes.Buffer
	if err := want.Output(&wantBuf); err != nil {
		t.Fatal(err)
	}

	c := newCanvas(familyCJK)
	drawSample(c)
	if c.pageCount() != 2 {
		t.Errorf("%d pages, want 2", c.pageCount())
	}
	got := newTestWriter()
	c.drawOn(got)
	var gotBuf bytes.Buffer
	if err := got.Output(&gotBuf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gotBuf.Bytes(), wantBuf.Bytes()) {
		t.Errorf("drawing the canvas gives %d bytes unlike the %d of drawing directly", gotBuf.Len(), wantBuf.Len())
	}
}

func TestCanvasCutRunes(t *testing.T) {
	tests := []struct {
		family string
		want   string
	}{
		{familySans, "Müller GmbH" + "Øresund" + "page two" + "footer of page one"},
		{familyCJK, "Łódź"},
		{"none", ""},
	}
	for _, tt := range tests {
		c := newCanvas(tt.family)
		drawSample(c)
		want := []rune(tt.want)
		slices.Sort(want)
		want = slices.Compact(want)
		if got := c.cutRunes(); !slices.Equal(got, want) {
			t.Errorf("cutRunes of %q = %q, want %q", tt.family, string(got), string(want))
		}
	}
}

// TestCallsReadEveryArgument: Calls knows every kind of call the canvas
// records and reads exactly the arguments recorded, so tests built on it
// read the drawing as drawOn draws it.
func TestCallsReadEveryArgument(t *testing.T) {
	for kind := opAddPage; kind <= opDrawPath; kind++ {
		if callArgs[kind].name == "" {
			t.Errorf("no name known for kind %d", kind)
		}
	}
	c := newCanvas(familyCJK)
	drawSample(c)
	nums, strs, dashes := 0, 0, 0
	ops := map[string]bool{}
	for _, k := range c.calls() {
		nums += len(k.Numbers)
		strs += len(k.Strings)
		if k.Op == "SetDashPattern" {
			dashes++
		}
		ops[k.Op] = true
	}
	if nums != len(c.numbers) || strs != len(c.stringEnds) || dashes != len(c.dashes) {
		t.Errorf("read %d numbers, %d strings, %d dash patterns; recorded %d, %d, %d",
			nums, strs, dashes, len(c.numbers), len(c.stringEnds), len(c.dashes))
	}
	if want := int(opDrawPath) + 1; len(ops) != want {
		t.Errorf("the sample makes %d kinds of call, want all %d", len(ops), want)
	}
}
