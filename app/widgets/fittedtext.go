package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// fittedText is a line of text cut with an ellipsis to the width it is
// laid out in; the cut is worked out again only when the text, its size
// or the width change.
type fittedText struct {
	text     *canvas.Text
	sizeName fyne.ThemeSizeName
	full     string
	// source, width, size and style are what the text shown was cut
	// from.
	source string
	width  float32
	size   float32
	style  fyne.TextStyle
}

func newFittedText(style fyne.TextStyle, size fyne.ThemeSizeName) *fittedText {
	t := canvas.NewText("", nil)
	t.TextStyle = style
	return &fittedText{text: t, sizeName: size, width: -1}
}

// set gives the line its text and colour in the theme of widget w.
func (f *fittedText) set(w fyne.Widget, text string, col color.Color) {
	f.full = text
	f.text.Color = col
	f.text.TextSize = sizeOf(w, f.sizeName)
}

// cut reports whether the line shows less than its whole text.
func (f *fittedText) cut() bool { return f.text.Text != f.full }

// height returns the height of one line.
func (f *fittedText) height() float32 {
	return fyne.MeasureText("Mg", f.text.TextSize, f.text.TextStyle).Height
}

// layout places the line at pos, cut to width.
func (f *fittedText) layout(pos fyne.Position, width float32) {
	if f.full != f.source || width != f.width || f.text.TextSize != f.size || f.text.TextStyle != f.style {
		f.text.Text = TruncateToWidth(f.full, max(width, 0), f.text.TextSize, f.text.TextStyle)
		f.source, f.width, f.size, f.style = f.full, width, f.text.TextSize, f.text.TextStyle
	}
	f.text.Move(pos)
	f.text.Resize(fyne.NewSize(width, f.height()))
	f.text.Refresh()
}
