package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FitLabel is one line of text cut with an ellipsis to the width it is
// given, padded like a widget.Label. It works the cut out again only when
// the text, its style or the width change, which keeps it cheap in the
// cells of tables and lists that are refilled for every row scrolled into
// view. When its text is cut, the whole text shows in a tooltip while the
// pointer rests on the label.
type FitLabel struct {
	widget.BaseWidget
	text string
	// shown is the text as drawn, cut or whole.
	shown     string
	tip       *Tooltip
	style     fyne.TextStyle
	colorName fyne.ThemeColorName
	sizeName  fyne.ThemeSizeName
}

// NewFitLabel returns a label showing text in the theme's foreground
// colour and text size.
func NewFitLabel(text string) *FitLabel {
	l := &FitLabel{text: text, colorName: theme.ColorNameForeground, sizeName: theme.SizeNameText}
	l.tip = NewTooltip(l, l.tooltip)
	return extended(l)
}

// Cut reports whether the label shows less than its whole text.
func (l *FitLabel) Cut() bool { return l.shown != l.text }

// Tooltip returns the label's tooltip, which shows the whole text when it
// is cut.
func (l *FitLabel) Tooltip() *Tooltip { return l.tip }

// MouseIn is part of desktop.Hoverable.
func (l *FitLabel) MouseIn(ev *desktop.MouseEvent) { l.tip.MouseIn(ev) }

// MouseMoved is part of desktop.Hoverable.
func (l *FitLabel) MouseMoved(ev *desktop.MouseEvent) { l.tip.MouseMoved(ev) }

// MouseOut is part of desktop.Hoverable.
func (l *FitLabel) MouseOut() { l.tip.MouseOut() }

func (l *FitLabel) tooltip() string {
	if l.Cut() {
		return l.text
	}
	return ""
}

// Text returns the whole text, as set (not as cut).
func (l *FitLabel) Text() string { return l.text }

// SetText changes the text.
func (l *FitLabel) SetText(text string) { update(l, &l.text, text) }

// SetStyle changes the text style, such as bold.
func (l *FitLabel) SetStyle(style fyne.TextStyle) { update(l, &l.style, style) }

// ColorName returns the theme colour of the text.
func (l *FitLabel) ColorName() fyne.ThemeColorName { return l.colorName }

// SetTone colours the text as tone colours text on the window's
// background, such as ToneDanger for something overdue.
func (l *FitLabel) SetTone(tone Tone) { l.SetColorName(tone.ForegroundColorName()) }

// SetColorName changes the theme colour of the text, such as
// theme.ColorNameError for something overdue.
func (l *FitLabel) SetColorName(name fyne.ThemeColorName) { update(l, &l.colorName, name) }

// SetSizeName changes the theme size of the text, such as
// theme.SizeNameCaptionText.
func (l *FitLabel) SetSizeName(name fyne.ThemeSizeName) { update(l, &l.sizeName, name) }

// CreateRenderer is part of fyne.Widget.
func (l *FitLabel) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &fitLabelRenderer{label: l, line: newFittedText(fyne.TextStyle{}, l.sizeName)}
	return refreshed(r)
}

type fitLabelRenderer struct {
	label *FitLabel
	line  *fittedText
}

func (r *fitLabelRenderer) Layout(size fyne.Size) {
	pad := sizeOf(r.label, theme.SizeNameInnerPadding)
	h := r.line.height()
	r.line.layout(fyne.NewPos(pad, (size.Height-h)/2), size.Width-2*pad)
	r.label.shown = r.line.text.Text
}

func (r *fitLabelRenderer) MinSize() fyne.Size {
	pad := sizeOf(r.label, theme.SizeNameInnerPadding)
	e := fyne.MeasureText(ellipsis, r.line.text.TextSize, r.line.text.TextStyle)
	return fyne.NewSize(e.Width+2*pad, r.line.height()+2*pad)
}

func (r *fitLabelRenderer) Refresh() {
	l := r.label
	r.line.sizeName = l.sizeName
	r.line.text.TextStyle = l.style
	r.line.set(l, l.text, colorOf(l, l.colorName))
	r.Layout(l.Size())
}

func (r *fitLabelRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.line.text} }

func (r *fitLabelRenderer) Destroy() {}
