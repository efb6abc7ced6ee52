package widgets

import (
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Load is the hours planned in one week against the weekly capacity.
type Load struct {
	Hours    float64
	Capacity float64
	// Over reports that more is planned than the capacity allows; the
	// caller takes it from the planner (planner.WeekLoad.Over).
	Over bool
}

// Label returns the load as "34 / 30 h", hours rounded to one decimal.
func (l Load) Label() string {
	return FormatHours(l.Hours) + " / " + FormatHours(l.Capacity) + " h"
}

// Fraction returns how much of the bar is filled, from 0 to 1: the hours
// as a share of the capacity, full when over.
func (l Load) Fraction() float64 {
	if l.Over {
		return 1
	}
	if !(l.Capacity > 0) || !(l.Hours > 0) {
		return 0
	}
	return min(l.Hours/l.Capacity, 1)
}

// FormatHours writes hours without needless decimals, rounded to one
// decimal: "34", "7.5". A value that is not a number is written as "?".
func FormatHours(h float64) string {
	if math.IsNaN(h) || math.IsInf(h, 0) {
		return "?"
	}
	r := math.Round(h*10) / 10
	if r == 0 {
		r = 0 // no "-0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// CapacityBar shows the hours planned in a week against the capacity as a
// bar with the label "34 / 30 h". The bar turns red when the week is over
// capacity.
type CapacityBar struct {
	widget.BaseWidget
	load Load
}

// NewCapacityBar returns a bar showing load.
func NewCapacityBar(load Load) *CapacityBar {
	return extended(&CapacityBar{load: load})
}

// Load returns what the bar shows.
func (b *CapacityBar) Load() Load { return b.load }

// SetLoad changes what the bar shows.
func (b *CapacityBar) SetLoad(load Load) { update(b, &b.load, load) }

// CreateRenderer is part of fyne.Widget.
func (b *CapacityBar) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &capacityBarRenderer{bar: b, track: canvas.NewRectangle(nil), fill: canvas.NewRectangle(nil), label: canvas.NewText("", nil)}
	return refreshed(r)
}

type capacityBarRenderer struct {
	bar         *CapacityBar
	track, fill *canvas.Rectangle
	label       *canvas.Text
}

// barThickness is the height of the bar below the label.
const barThickness = 6

func (r *capacityBarRenderer) Layout(size fyne.Size) {
	ts := r.label.MinSize()
	r.label.Move(fyne.NewPos((size.Width-ts.Width)/2, 0))
	r.label.Resize(ts)
	layoutBar(r.track, r.fill, fyne.NewPos(0, size.Height-barThickness), size.Width, barThickness, r.bar.load.Fraction())
}

// layoutBar lays out a bar with round ends, thickness high and width wide,
// at pos: track is the whole bar, fill the share fraction of it from the
// left.
func layoutBar(track, fill *canvas.Rectangle, pos fyne.Position, width, thickness float32, fraction float64) {
	track.CornerRadius, fill.CornerRadius = thickness/2, thickness/2
	track.Move(pos)
	track.Resize(fyne.NewSize(width, thickness))
	fill.Move(pos)
	fill.Resize(fyne.NewSize(width*float32(fraction), thickness))
}

func (r *capacityBarRenderer) MinSize() fyne.Size {
	ts := r.label.MinSize()
	return fyne.NewSize(ts.Width, ts.Height+2+barThickness)
}

func (r *capacityBarRenderer) Refresh() {
	l := r.bar.load
	r.track.FillColor = colorOf(r.bar, theme.ColorNameInputBackground)
	// The load's text is in the tone of the bar when over, else plain.
	fillTone, textTone := ToneActive, ToneNeutral
	if l.Over {
		fillTone, textTone = ToneDanger, ToneDanger
	}
	r.fill.FillColor = colorOf(r.bar, fillTone.FillColorName())
	r.label.Text = l.Label()
	r.label.Color = colorOf(r.bar, textTone.ForegroundColorName())
	r.label.TextStyle = fyne.TextStyle{Bold: l.Over}
	r.label.TextSize = sizeOf(r.bar, theme.SizeNameCaptionText)
	relayout(r, r.bar)
}

func (r *capacityBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.fill, r.label}
}

func (r *capacityBarRenderer) Destroy() {}
