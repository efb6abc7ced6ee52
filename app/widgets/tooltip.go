package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TooltipDelay is how long the pointer rests on a widget before its
// tooltip shows.
const TooltipDelay = 500 * time.Millisecond

// Sizes of a tooltip.
const (
	// tooltipMaxWidth is the widest a tooltip gets; a longer text wraps.
	tooltipMaxWidth float32 = 360
	// tooltipMaxLines bounds the lines of a wrapped tooltip.
	tooltipMaxLines = 8
	// tooltipOffset is how far below the pointer a tooltip shows, so that
	// it does not hide what the pointer rests on.
	tooltipOffset float32 = 18
)

// TooltipLayer holds a window's content and draws tooltips above it. A
// tooltip drawn here takes no clicks or pointer moves from the content
// under it, unlike a pop-up on the canvas overlay, which catches every
// event while it shows. Make it the window's content:
//
//	w.SetContent(widgets.NewTooltipLayer(content))
type TooltipLayer struct {
	widget.BaseWidget
	content fyne.CanvasObject
	text    string
	// at is where the tooltip shows, relative to the layer.
	at    fyne.Position
	shown bool
}

// NewTooltipLayer returns a layer showing content, with no tooltip.
func NewTooltipLayer(content fyne.CanvasObject) *TooltipLayer {
	return extended(&TooltipLayer{content: content})
}

// Content returns the content under the tooltips.
func (l *TooltipLayer) Content() fyne.CanvasObject { return l.content }

// ShowTooltip shows text in a tooltip under the absolute position at,
// kept inside the layer.
func (l *TooltipLayer) ShowTooltip(text string, at fyne.Position) {
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
	l.text, l.at, l.shown = text, at.Subtract(origin), true
	l.Refresh()
}

// HideTooltip hides the tooltip, if one shows.
func (l *TooltipLayer) HideTooltip() {
	if !l.shown {
		return
	}
	l.shown = false
	l.Refresh()
}

// Tooltip returns the text of the tooltip that shows, and whether one
// shows.
func (l *TooltipLayer) Tooltip() (string, bool) { return l.text, l.shown }

// CreateRenderer is part of fyne.Widget.
func (l *TooltipLayer) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &tooltipLayerRenderer{layer: l, bg: canvas.NewRectangle(nil)}
	return refreshed(r)
}

type tooltipLayerRenderer struct {
	objectsRenderer
	layer *TooltipLayer
	bg    *canvas.Rectangle
	lines []*canvas.Text
}

func (r *tooltipLayerRenderer) Layout(size fyne.Size) {
	l := r.layer
	l.content.Resize(size)
	l.content.Move(fyne.NewPos(0, 0))
	if !l.shown || len(r.lines) == 0 {
		return
	}
	pad := sizeOf(l, theme.SizeNameInnerPadding)
	var box fyne.Size
	for _, t := range r.lines {
		m := t.MinSize()
		box.Width = max(box.Width, m.Width)
		box.Height += m.Height
	}
	box = box.AddWidthHeight(2*pad, pad)
	pos := l.at.AddXY(0, tooltipOffset)
	if pos.X+box.Width > size.Width {
		pos.X = size.Width - box.Width
	}
	if pos.Y+box.Height > size.Height {
		// No room below the pointer: above it.
		pos.Y = l.at.Y - box.Height - 4
	}
	pos = fyne.NewPos(max(pos.X, 0), max(pos.Y, 0))
	r.bg.Move(pos)
	r.bg.Resize(box)
	y := pos.Y + pad/2
	for _, t := range r.lines {
		m := t.MinSize()
		t.Move(fyne.NewPos(pos.X+pad, y))
		t.Resize(m)
		y += m.Height
	}
}

func (r *tooltipLayerRenderer) MinSize() fyne.Size { return r.layer.content.MinSize() }

func (r *tooltipLayerRenderer) Refresh() {
	l := r.layer
	r.objects = append(r.objects[:0], l.content)
	r.lines = r.lines[:0]
	if l.shown {
		pad := sizeOf(l, theme.SizeNameInnerPadding)
		size := sizeOf(l, theme.SizeNameText)
		fg := colorOf(l, theme.ColorNameForeground)
		r.bg.FillColor = colorOf(l, theme.ColorNameOverlayBackground)
		r.bg.StrokeColor = colorOf(l, theme.ColorNameInputBorder)
		r.bg.StrokeWidth = 1
		r.bg.CornerRadius = sizeOf(l, theme.SizeNameInputRadius)
		width := min(tooltipMaxWidth, l.Size().Width-2*pad)
		r.objects = append(r.objects, r.bg)
		for _, line := range WrapLines(l.text, width, size, fyne.TextStyle{}, tooltipMaxLines) {
			t := canvas.NewText(line, fg)
			t.TextSize = size
			r.lines = append(r.lines, t)
			r.objects = append(r.objects, t)
		}
	}
	relayout(r, l)
}

// Tooltip shows a text in the TooltipLayer of its owner's window once
// the pointer has rested on the owner for TooltipDelay, and hides it when
// the pointer leaves or moves on. A widget that may cut its text keeps
// one and passes its desktop.Hoverable events on to it; text returns what
// to show, or "" for no tooltip (such as when the text is not cut).
type Tooltip struct {
	owner fyne.CanvasObject
	text  func() string
	// Delay is how long the pointer rests before the tooltip shows;
	// NewTooltip sets it to TooltipDelay.
	Delay time.Duration
	// wait counts the rests of the pointer, so that a timer of an
	// earlier rest does nothing.
	wait  int
	at    fyne.Position
	layer *TooltipLayer
	// after runs f on the main thread once d has passed.
	after func(d time.Duration, f func())
}

// NewTooltip returns a tooltip for owner showing what text returns.
func NewTooltip(owner fyne.CanvasObject, text func() string) *Tooltip {
	return &Tooltip{owner: owner, text: text, Delay: TooltipDelay, after: afterOnMain}
}

// afterOnMain runs f on the main thread once d has passed.
func afterOnMain(d time.Duration, f func()) {
	time.AfterFunc(d, func() { fyne.Do(f) })
}

// MouseIn starts waiting for the pointer to rest; it is part of
// desktop.Hoverable.
func (t *Tooltip) MouseIn(ev *desktop.MouseEvent) { t.rest(ev.AbsolutePosition) }

// MouseMoved waits again for the pointer to rest where it is now; a
// tooltip that shows stays until the pointer leaves. It is part of
// desktop.Hoverable.
func (t *Tooltip) MouseMoved(ev *desktop.MouseEvent) {
	if t.layer == nil {
		t.rest(ev.AbsolutePosition)
	}
}

// MouseOut hides the tooltip and stops waiting; it is part of
// desktop.Hoverable.
func (t *Tooltip) MouseOut() {
	t.wait++
	t.hide()
}

// Hide hides the tooltip, such as when its owner is tapped.
func (t *Tooltip) Hide() { t.MouseOut() }

func (t *Tooltip) rest(at fyne.Position) {
	t.wait++
	t.at = at
	wait := t.wait
	t.after(t.Delay, func() {
		if t.wait == wait {
			t.show()
		}
	})
}

func (t *Tooltip) show() {
	text := t.text()
	if text == "" || !t.owner.Visible() {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(t.owner)
	if c == nil {
		return
	}
	layer, ok := c.Content().(*TooltipLayer)
	if !ok || c.Overlays().Top() != nil {
		// No layer, or a pop-up or dialog covers the content the layer
		// draws over.
		return
	}
	t.layer = layer
	layer.ShowTooltip(text, t.at)
}

func (t *Tooltip) hide() {
	if t.layer != nil {
		t.layer.HideTooltip()
		t.layer = nil
	}
}
