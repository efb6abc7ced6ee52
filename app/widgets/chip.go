package widgets

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Chip is a small rounded label with a coloured background that states a
// status, such as "In progress" or "Overdue", a tier or a region.
//
// The chip is drawn at the size of its text, centred in the space it is
// laid out in, so that a column of chips of different texts stays tidy.
// Given less room than its text needs, it cuts the text after the last
// whole word that fits, with an ellipsis (see FitWords), and shows the
// whole text in a tooltip when the pointer rests on it.
type Chip struct {
	widget.BaseWidget
	text string
	tone Tone
	// cut is set while the chip shows less than its whole text.
	cut bool
	tip *Tooltip
	// hint is more text the tooltip shows, such as why the chip says
	// what it says; "" for none.
	hint string
}

// NewChip returns a chip showing text in the colour of tone.
func NewChip(text string, tone Tone) *Chip {
	c := &Chip{text: text, tone: tone}
	c.tip = NewTooltip(c, c.tooltip)
	return extended(c)
}

// Text returns the whole text of the chip, as set (not as cut).
func (c *Chip) Text() string { return c.text }

// Tone returns the colour meaning of the chip.
func (c *Chip) Tone() Tone { return c.tone }

// Cut reports whether the chip shows less than its whole text.
func (c *Chip) Cut() bool { return c.cut }

// Set changes the text and tone of the chip.
func (c *Chip) Set(text string, tone Tone) {
	if c.text == text && c.tone == tone {
		return
	}
	c.text, c.tone = text, tone
	c.Refresh()
}

// Tooltip returns the chip's tooltip, which shows the whole text when it
// is cut.
func (c *Chip) Tooltip() *Tooltip { return c.tip }

// MouseIn is part of desktop.Hoverable.
func (c *Chip) MouseIn(ev *desktop.MouseEvent) { c.tip.MouseIn(ev) }

// MouseMoved is part of desktop.Hoverable.
func (c *Chip) MouseMoved(ev *desktop.MouseEvent) { c.tip.MouseMoved(ev) }

// MouseOut is part of desktop.Hoverable.
func (c *Chip) MouseOut() { c.tip.MouseOut() }

// SetHint sets more text the tooltip shows when the pointer rests on the
// chip, under the whole text when that is cut; "" shows none.
func (c *Chip) SetHint(hint string) { c.hint = hint }

// Hint returns the chip's hint (see SetHint).
func (c *Chip) Hint() string { return c.hint }

func (c *Chip) tooltip() string {
	switch {
	case c.cut && c.hint != "":
		return c.text + "\n" + c.hint
	case c.cut:
		return c.text
	}
	return c.hint
}

// CreateRenderer is part of fyne.Widget.
func (c *Chip) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &chipRenderer{chip: c, bg: canvas.NewRectangle(nil), label: newBoldText()}
	return refreshed(r)
}

type chipRenderer struct {
	chip  *Chip
	bg    *canvas.Rectangle
	label *canvas.Text
}

func (r *chipRenderer) padding() fyne.Size {
	p := sizeOf(r.chip, theme.SizeNameInnerPadding)
	return fyne.NewSize(p, p/3)
}

// Layout draws the chip at the size of its text, cut to fit, centred in
// size.
func (r *chipRenderer) Layout(size fyne.Size) {
	c, p := r.chip, r.padding()
	full := fyne.MeasureText(c.text, r.label.TextSize, r.label.TextStyle)
	r.label.Text = c.text
	if full.Width+2*p.Width > size.Width {
		r.label.Text = FitWords(c.text, size.Width-2*p.Width, r.label.TextSize, r.label.TextStyle)
	}
	c.cut = r.label.Text != c.text
	ts := r.label.MinSize()
	// Whole units keep the rounded ends crisp.
	w := min(float32(math.Ceil(float64(ts.Width+2*p.Width))), size.Width)
	h := min(float32(math.Ceil(float64(ts.Height+2*p.Height))), size.Height)
	pos := fyne.NewPos((size.Width-w)/2, (size.Height-h)/2)
	r.bg.Move(pos)
	r.bg.Resize(fyne.NewSize(w, h))
	r.bg.CornerRadius = h / 2
	r.label.Move(pos.AddXY((w-ts.Width)/2, (h-ts.Height)/2))
	r.label.Resize(ts)
}

// MinSize is the whole text with the padding around it.
func (r *chipRenderer) MinSize() fyne.Size {
	p := r.padding()
	ts := fyne.MeasureText(r.chip.text, r.label.TextSize, r.label.TextStyle)
	return ts.Add(fyne.NewSize(2*p.Width, 2*p.Height))
}

func (r *chipRenderer) Refresh() {
	r.bg.FillColor = colorOf(r.chip, r.chip.tone.FillColorName())
	// The quiet fills are close to the panels chips sit on: an outline
	// keeps the chip's shape.
	r.bg.StrokeWidth, r.bg.StrokeColor = 0, nil
	if r.chip.tone == ToneNeutral || r.chip.tone == ToneMuted {
		r.bg.StrokeWidth, r.bg.StrokeColor = 1, colorOf(r.chip, theme.ColorNameInputBorder)
	}
	r.label.Color = colorOf(r.chip, r.chip.tone.TextColorName())
	r.label.TextSize = sizeOf(r.chip, theme.SizeNameCaptionText)
	r.Layout(r.chip.Size())
	r.bg.Refresh()
	r.label.Refresh()
}

func (r *chipRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.label} }

func (r *chipRenderer) Destroy() {}
