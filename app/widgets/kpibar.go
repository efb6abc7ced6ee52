package widgets

import (
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// KPI is what a KPIBar shows about one objective. Values are formatted by
// the caller, with their unit ("2.1 %", "850 ms").
type KPI struct {
	Title string
	// Measure names what is measured, such as "conversion rate".
	Measure  string
	Baseline string
	Current  string
	Target   string
	// Progress is how far the objective has come, from 0 to 1, as the
	// planner computes it (planner.ObjectiveProgress); values outside
	// that range are drawn at its ends.
	Progress float64
	// Status is the objective's status in words, shown as a chip.
	Status string
	Tone   Tone
}

// progress returns Progress clamped to [0, 1], with a value that is not a
// number drawn as 0.
func (k KPI) progress() float64 {
	if math.IsNaN(k.Progress) {
		return 0
	}
	return min(max(k.Progress, 0), 1)
}

// Percent returns the progress as "62 %".
func (k KPI) Percent() string {
	return strconv.Itoa(int(math.Round(k.progress()*100))) + " %"
}

// Path returns "baseline ⟶ current ⟶ target", leaving out values that
// are empty. The long arrow U+27F6 is used because the short one followed
// by a space is drawn with a missing glyph by the text shaper.
func (k KPI) Path() string {
	out := ""
	for _, v := range []string{k.Baseline, k.Current, k.Target} {
		if v == "" {
			continue
		}
		if out != "" {
			out += " ⟶ "
		}
		out += v
	}
	return out
}

// KPIBar shows an objective: its title and status, the way from the KPI's
// baseline through its current value to its target, and a progress bar
// coloured by the objective's tone. It is tappable.
type KPIBar struct {
	widget.BaseWidget
	// OnTapped is called when the bar is tapped or activated with the
	// keyboard.
	OnTapped func()
	kpi      KPI
	focused  bool
}

// NewKPIBar returns a bar showing kpi.
func NewKPIBar(kpi KPI) *KPIBar {
	return extended(&KPIBar{kpi: kpi})
}

// KPI returns what the bar shows.
func (b *KPIBar) KPI() KPI { return b.kpi }

// SetKPI changes what the bar shows.
func (b *KPIBar) SetKPI(kpi KPI) { update(b, &b.kpi, kpi) }

// Tapped is part of fyne.Tappable.
func (b *KPIBar) Tapped(*fyne.PointEvent) {
	if b.OnTapped != nil {
		b.OnTapped()
	}
}

// FocusGained is part of fyne.Focusable.
func (b *KPIBar) FocusGained() { b.focused = true; b.Refresh() }

// FocusLost is part of fyne.Focusable.
func (b *KPIBar) FocusLost() { b.focused = false; b.Refresh() }

// TypedRune is part of fyne.Focusable.
func (b *KPIBar) TypedRune(rune) {}

// TypedKey activates the bar on Space or Return; it is part of
// fyne.Focusable.
func (b *KPIBar) TypedKey(ev *fyne.KeyEvent) {
	if isActivateKey(ev.Name) {
		b.Tapped(nil)
	}
}

// isActivateKey reports whether key activates a focused widget.
func isActivateKey(key fyne.KeyName) bool {
	return key == fyne.KeySpace || key == fyne.KeyReturn || key == fyne.KeyEnter
}

// CreateRenderer is part of fyne.Widget.
func (b *KPIBar) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &kpiBarRenderer{
		bar:     b,
		frame:   canvas.NewRectangle(nil),
		title:   newFittedText(fyne.TextStyle{Bold: true}, theme.SizeNameText),
		percent: newBoldText(),
		path:    canvas.NewText("", nil),
		measure: canvas.NewText("", nil),
		chip:    NewChip("", ToneNeutral),
		track:   canvas.NewRectangle(nil),
		fill:    canvas.NewRectangle(nil),
	}
	return refreshed(r)
}

type kpiBarRenderer struct {
	bar                    *KPIBar
	frame                  *canvas.Rectangle
	title                  *fittedText
	percent, path, measure *canvas.Text
	chip                   *Chip
	track, fill            *canvas.Rectangle
}

// kpiBarThickness is the height of the progress bar.
const kpiBarThickness = 10

func (r *kpiBarRenderer) Layout(size fyne.Size) {
	pad := sizeOf(r.bar, theme.SizeNamePadding)
	r.frame.Resize(size)
	chip := r.chip.MinSize()
	pct := r.percent.MinSize()
	inner := sizeOf(r.bar, theme.SizeNameInnerPadding)
	titleH := r.title.height() + 2*inner
	r.percent.Move(fyne.NewPos(size.Width-pad-pct.Width, (titleH-pct.Height)/2))
	r.percent.Resize(pct)
	chipX := size.Width - 2*pad - pct.Width - chip.Width
	if r.chip.Text() == "" {
		chipX = size.Width - pad - pct.Width
	}
	r.chip.Move(fyne.NewPos(chipX, (titleH-chip.Height)/2))
	r.chip.Resize(chip)
	r.title.layout(fyne.NewPos(inner, inner), chipX-pad-inner)

	y := titleH
	ph := r.path.MinSize()
	r.path.Move(fyne.NewPos(2*pad, y))
	r.path.Resize(ph)
	mh := r.measure.MinSize()
	r.measure.Move(fyne.NewPos(size.Width-pad-mh.Width, y))
	r.measure.Resize(mh)
	y += max(ph.Height, mh.Height) + pad

	layoutBar(r.track, r.fill, fyne.NewPos(2*pad, y), size.Width-4*pad, kpiBarThickness, r.bar.kpi.progress())
}

func (r *kpiBarRenderer) MinSize() fyne.Size {
	pad := sizeOf(r.bar, theme.SizeNamePadding)
	inner := sizeOf(r.bar, theme.SizeNameInnerPadding)
	titleH := r.title.height() + 2*inner
	ph, mh := r.path.MinSize(), r.measure.MinSize()
	w := max(96+r.chip.MinSize().Width+r.percent.MinSize().Width+3*pad, ph.Width+mh.Width+5*pad)
	h := titleH + max(ph.Height, mh.Height) + pad + kpiBarThickness + 2*pad
	return fyne.NewSize(w, h)
}

func (r *kpiBarRenderer) Refresh() {
	k := r.bar.kpi
	r.frame.FillColor = colorOf(r.bar, theme.ColorNameInputBackground)
	r.frame.CornerRadius = sizeOf(r.bar, theme.SizeNameInputRadius)
	r.frame.StrokeWidth, r.frame.StrokeColor = 0, nil
	if r.bar.focused {
		r.frame.StrokeColor = colorOf(r.bar, theme.ColorNameFocus)
		r.frame.StrokeWidth = 2
	}
	r.title.set(r.bar, k.Title, colorOf(r.bar, theme.ColorNameForeground))
	r.chip.Set(k.Status, k.Tone)
	setVisible(r.chip, k.Status != "")
	caption := sizeOf(r.bar, theme.SizeNameCaptionText)
	fg := colorOf(r.bar, theme.ColorNameForeground)
	r.percent.Text, r.percent.Color = k.Percent(), fg
	r.path.Text, r.path.Color, r.path.TextSize = k.Path(), fg, caption
	r.measure.Text, r.measure.Color, r.measure.TextSize = k.Measure, colorOf(r.bar, theme.ColorNamePlaceHolder), caption
	r.track.FillColor = colorOf(r.bar, theme.ColorNameDisabledButton)
	r.fill.FillColor = colorOf(r.bar, k.Tone.FillColorName())
	if k.Tone == ToneNeutral || k.Tone == ToneMuted {
		r.fill.FillColor = colorOf(r.bar, theme.ColorNamePrimary)
	}
	r.Layout(r.bar.Size())
	for _, o := range []fyne.CanvasObject{r.frame, r.percent, r.path, r.measure, r.track, r.fill} {
		o.Refresh()
	}
}

func (r *kpiBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.frame, r.title.text, r.chip, r.percent, r.path, r.measure, r.track, r.fill}
}

func (r *kpiBarRenderer) Destroy() {}
