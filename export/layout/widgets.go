package layout

// ChipLook is how a chip looks: a label on a pill.
type ChipLook struct {
	// Label is the chip's text.
	Label string
	// Fill is the colour of the pill, Text that of the label.
	Fill, Text RGB
}

// ChipHeight returns the height of a chip whose label is set in style st.
func ChipHeight(st TextStyle) float64 { return st.Size*MMPerPoint + 2.4 }

// ChipWidth returns the width of a chip whose label is set in style st.
func (d *Doc) ChipWidth(label string, st TextStyle) float64 {
	return d.Measure(label, st) + 2*chipPad(st)
}

// chipPad is the space left and right of a chip label.
func chipPad(st TextStyle) float64 { return st.Size * MMPerPoint * 0.75 }

// Chip draws a label on a pill at (x, y), the label in bold of style st
// in the look's colours, and returns its width.
func (d *Doc) Chip(x, y float64, look ChipLook, st TextStyle) float64 {
	st = st.WithBold().WithColor(look.Text)
	w := d.ChipWidth(look.Label, st)
	h := ChipHeight(st)
	d.RoundRect(x, y, w, h, h/2, look.Fill)
	textTop := y + (h-st.LineHeight())/2
	d.Text(x+chipPad(st), textTop, look.Label, st)
	return w
}

// ProgressBar draws a bar of width w and height h on a track of colour
// track, filled to fraction (0 to 1) in colour c.
func (d *Doc) ProgressBar(x, y, w, h, fraction float64, track, c RGB) {
	fraction = min(max(fraction, 0), 1)
	d.RoundRect(x, y, w, h, h/2, track)
	if fraction > 0 {
		d.RoundRect(x, y, max(w*fraction, h), h, h/2, c)
	}
}

// Dot draws a filled circle of radius r centred on (cx, cy).
func (d *Doc) Dot(cx, cy, r float64, c RGB) {
	d.SetFillColor(c)
	d.canvas.circle(cx, cy, r, "F")
}

// Chevron draws an arrow-shaped band of height h from x to x+w pointing
// right; the first of a row has a flat back, the others a notch.
func (d *Doc) Chevron(x, y, w, h float64, first bool, c RGB) {
	d.SetFillColor(c)
	d.ChevronPath(x, y, w, h, first)
	d.canvas.drawPath("F")
}

// ChevronPath traces the outline of a chevron (see Chevron) without
// drawing it; DrawPath draws it.
func (d *Doc) ChevronPath(x, y, w, h float64, first bool) {
	tip := h * 0.32
	pts := []struct{ x, y float64 }{
		{x, y}, {x + w - tip, y}, {x + w, y + h/2}, {x + w - tip, y + h}, {x, y + h},
	}
	if !first {
		pts = append(pts, struct{ x, y float64 }{x + tip, y + h/2})
	}
	d.canvas.moveTo(pts[0].x, pts[0].y)
	for _, p := range pts[1:] {
		d.canvas.lineTo(p.x, p.y)
	}
	d.canvas.closePath()
}

// CheckMarkWidth returns the width of a check mark of the given height.
func CheckMarkWidth(h float64) float64 { return h * 1.15 }

// CheckMark strokes a check mark of height h whose box starts at (x, top).
func (d *Doc) CheckMark(x, top, h float64, c RGB) {
	d.SetDrawColor(c)
	d.SetLineWidth(max(h*0.16, 0.3))
	w := CheckMarkWidth(h)
	d.canvas.moveTo(x, top+h*0.55)
	d.canvas.lineTo(x+w*0.36, top+h)
	d.canvas.lineTo(x+w, top)
	d.canvas.drawPath("D")
}

// OutlinedRoundRect fills a rectangle with rounded corners and strokes its
// outline, a line of width lw in colour line drawn inside the rectangle.
func (d *Doc) OutlinedRoundRect(x, y, w, h, r float64, fill, line RGB, lw float64) {
	x, y, w, h = x+lw/2, y+lw/2, w-lw, h-lw
	if w <= 0 || h <= 0 {
		return
	}
	d.SetFillColor(fill)
	d.SetDrawColor(line)
	d.SetLineWidth(lw)
	d.canvas.roundedRect(x, y, w, h, min(r, w/2, h/2), "1234", "FD")
}

// SetDashPattern sets the dashes of the lines drawn next, lengths of dash
// and gap in millimetres; nil draws solid lines.
func (d *Doc) SetDashPattern(dashes []float64, phase float64) {
	d.canvas.setDashPattern(dashes, phase)
}

// MoveTo starts a new path at (x, y).
func (d *Doc) MoveTo(x, y float64) { d.canvas.moveTo(x, y) }

// LineTo extends the path with a straight line to (x, y).
func (d *Doc) LineTo(x, y float64) { d.canvas.lineTo(x, y) }

// ClosePath closes the path with a line to its start.
func (d *Doc) ClosePath() { d.canvas.closePath() }

// DrawPath paints the path: style "F" fills it in the fill colour, "D"
// strokes it in the line colour and width, "FD" does both.
func (d *Doc) DrawPath(style string) { d.canvas.drawPath(style) }
