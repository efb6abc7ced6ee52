package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// newBorder is container.NewBorder with the children in reading order:
// top, left, the middle, right, bottom. Tab moves the focus in the order
// of a container's children, and container.NewBorder puts the middle
// first, so that Tab would reach a screen's list before the toolbar
// above it.
func newBorder(top, bottom, left, right fyne.CanvasObject, middle ...fyne.CanvasObject) *fyne.Container {
	objects := make([]fyne.CanvasObject, 0, len(middle)+4)
	for _, o := range []fyne.CanvasObject{top, left} {
		if o != nil {
			objects = append(objects, o)
		}
	}
	objects = append(objects, middle...)
	for _, o := range []fyne.CanvasObject{right, bottom} {
		if o != nil {
			objects = append(objects, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), objects...)
}
