package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Chip is a small rounded label with a coloured background that states a
// status, such as "In progress" or "Overdue".
type Chip struct {
	widget.BaseWidget
	text string
	tone Tone
}

// NewChip returns a chip showing text in the colour of tone.
func NewChip(text string, tone Tone) *Chip {
	c := &Chip{text: text, tone: tone}
	c.ExtendBaseWidget(c)
	return c
}

// Text returns the text of the chip.
func (c *Chip) Text() string { return c.text }

// Tone returns the colour meaning of the chip.
func (c *Chip) Tone() Tone { return c.tone }

// Set changes the text and tone of the chip.
func (c *Chip) Set(text string, tone Tone) {
	if c.text == text && c.tone == tone {
		return
	}
	c.text, c.tone = text, tone
	c.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (c *Chip) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &chipRenderer{chip: c, bg: canvas.NewRectangle(nil), label: canvas.NewText("", nil)}
	r.label.TextStyle = fyne.TextStyle{Bold: true}
	r.Refresh()
	return r
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

func (r *chipRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.bg.CornerRadius = size.Height / 2
	ts := r.label.MinSize()
	r.label.Move(fyne.NewPos((size.Width-ts.Width)/2, (size.Height-ts.Height)/2))
	r.label.Resize(ts)
}

func (r *chipRenderer) MinSize() fyne.Size {
	p := r.padding()
	return r.label.MinSize().Add(fyne.NewSize(2*p.Width, 2*p.Height))
}

func (r *chipRenderer) Refresh() {
	r.bg.FillColor = colorOf(r.chip, r.chip.tone.FillColorName())
	r.label.Text = r.chip.text
	r.label.Color = colorOf(r.chip, r.chip.tone.TextColorName())
	r.label.TextSize = sizeOf(r.chip, theme.SizeNameCaptionText)
	r.Layout(r.chip.Size())
	r.bg.Refresh()
	r.label.Refresh()
}

func (r *chipRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.label} }

func (r *chipRenderer) Destroy() {}
