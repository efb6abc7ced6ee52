package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// objectsRenderer is the part of a renderer whose objects change with
// what it draws, such as one label a week: Refresh puts them in objects,
// and fyne takes them from there. A renderer embeds it.
type objectsRenderer struct {
	objects []fyne.CanvasObject
}

// Objects is part of fyne.WidgetRenderer.
func (r *objectsRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy is part of fyne.WidgetRenderer; there is nothing to free.
func (r *objectsRenderer) Destroy() {}

// relayout lays out what r draws at the size of w and redraws w; a
// renderer's Refresh ends with it.
func relayout(r fyne.WidgetRenderer, w fyne.CanvasObject) {
	r.Layout(w.Size())
	canvas.Refresh(w)
}

// refreshed draws r for the first time and returns it; CreateRenderer
// ends with it.
func refreshed(r fyne.WidgetRenderer) fyne.WidgetRenderer {
	r.Refresh()
	return r
}

// extended makes w the widget its base widget stands for and returns it;
// a widget's constructor ends with it.
func extended[W interface {
	fyne.Widget
	ExtendBaseWidget(fyne.Widget)
}](w W) W {
	w.ExtendBaseWidget(w)
	return w
}

// newBoldText returns an empty text in bold, coloured when drawn.
func newBoldText() *canvas.Text {
	t := canvas.NewText("", nil)
	t.TextStyle = fyne.TextStyle{Bold: true}
	return t
}
