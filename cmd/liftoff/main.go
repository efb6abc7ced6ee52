// Command liftoff is the Liftoff desktop app.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("app.liftoff.planner")
	w := a.NewWindow("Liftoff")
	w.SetContent(widget.NewLabel("Liftoff"))
	w.ShowAndRun()
}
