package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// gridMoreStep is how many weeks a tap on a more-weeks arrow scrolls.
const gridMoreStep = 4

// gridMoreWeeks is an arrow over the left or right end of the grid's
// header that shows while more weeks lie that way, out of view; tapping
// it scrolls them in. It takes no keyboard focus: the arrow keys reach
// every week.
type gridMoreWeeks struct {
	widget.BaseWidget
	grid *QuarterGrid
	// step is -1 for the arrow to earlier weeks, 1 for later ones.
	step int
}

func newGridMoreWeeks(g *QuarterGrid, step int) *gridMoreWeeks {
	m := &gridMoreWeeks{grid: g, step: step}
	m.ExtendBaseWidget(m)
	m.Hide()
	return m
}

// Tapped scrolls the weeks the arrow points to into view.
func (m *gridMoreWeeks) Tapped(*fyne.PointEvent) { m.grid.scrollWeeks(m.step * gridMoreStep) }

// CreateRenderer is part of fyne.Widget.
func (m *gridMoreWeeks) CreateRenderer() fyne.WidgetRenderer {
	m.ExtendBaseWidget(m)
	r := &gridMoreRenderer{more: m, background: canvas.NewRectangle(nil)}
	icon := theme.NavigateNextIcon()
	if m.step < 0 {
		icon = theme.NavigateBackIcon()
	}
	r.icon = canvas.NewImageFromResource(theme.NewColoredResource(icon, theme.ColorNameForegroundOnPrimary))
	r.icon.FillMode = canvas.ImageFillContain
	return refreshed(r)
}

type gridMoreRenderer struct {
	more       *gridMoreWeeks
	background *canvas.Rectangle
	icon       *canvas.Image
}

func (r *gridMoreRenderer) Layout(size fyne.Size) {
	r.background.Resize(size)
	side := min(size.Width, size.Height) - 2*theme.Padding()
	r.icon.Resize(fyne.NewSquareSize(side))
	r.icon.Move(fyne.NewPos((size.Width-side)/2, (size.Height-side)/2))
}

func (r *gridMoreRenderer) MinSize() fyne.Size {
	return fyne.NewSquareSize(theme.IconInlineSize() + 2*theme.Padding())
}

func (r *gridMoreRenderer) Refresh() {
	th := theme.CurrentForWidget(r.more)
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.background.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.background.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.background.Refresh()
	r.icon.Refresh()
}

func (r *gridMoreRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.background, r.icon}
}

func (r *gridMoreRenderer) Destroy() {}
