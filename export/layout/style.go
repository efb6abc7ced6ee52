package layout

// RGB is a colour as 0xRRGGBB.
type RGB uint32

// Components returns the red, green and blue components, each 0 to 255.
func (c RGB) Components() (r, g, b int) {
	return int(c >> 16 & 0xFF), int(c >> 8 & 0xFF), int(c & 0xFF)
}

// Mix returns c blended towards o by the fraction t (0 keeps c, 1 gives
// o).
func (c RGB) Mix(o RGB, t float64) RGB {
	r1, g1, b1 := c.Components()
	r2, g2, b2 := o.Components()
	blend := func(a, b int) RGB { return RGB(float64(a) + (float64(b)-float64(a))*t + 0.5) }
	return blend(r1, r2)<<16 | blend(g1, g2)<<8 | blend(b1, b2)
}

// TextStyle is how a run of text looks.
type TextStyle struct {
	// Size is the font size in points.
	Size float64
	// Bold sets the text in the bold face.
	Bold bool
	// Color is the colour of the text.
	Color RGB
	// Lead is the line height as a multiple of the size.
	Lead float64
}

// LineHeight returns the height of one line in millimetres.
func (s TextStyle) LineHeight() float64 { return s.Size * s.Lead * MMPerPoint }

// WithColor returns a copy of s in colour c.
func (s TextStyle) WithColor(c RGB) TextStyle { s.Color = c; return s }

// WithBold returns a bold copy of s.
func (s TextStyle) WithBold() TextStyle { s.Bold = true; return s }

// WithSize returns a copy of s at size pt points.
func (s TextStyle) WithSize(pt float64) TextStyle { s.Size = pt; return s }

// TypeScale is the set of text styles of one kind of page. Tables set
// their header row in Label, their cells in Body with second lines in
// Small, and chips and progress labels in Caption and Small.
type TypeScale struct {
	// Title and Subtitle are for the cover of a document.
	Title, Subtitle TextStyle
	// H1 and H2 are for section headings and the headings below them.
	H1, H2 TextStyle
	// Body and BodyBold are for running text.
	Body, BodyBold TextStyle
	// Small is for secondary text, Caption for captions and Label for
	// labels above values and table headers.
	Small, Caption, Label TextStyle
}
