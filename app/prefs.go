package app

import (
	"slices"

	"fyne.io/fyne/v2"

	"github.com/liftoff-app/liftoff/planner"
)

// Preference keys.
const (
	prefWidth    = "window.width"
	prefHeight   = "window.height"
	prefScreen   = "window.screen"
	prefCustomer = "window.customer"
	prefLanguage = "language"
)

// defaultWindowSize returns the window's size on first start.
func defaultWindowSize() fyne.Size { return fyne.NewSize(1280, 800) }

// minWindowSize returns the smallest size restored from the preferences.
func minWindowSize() fyne.Size { return fyne.NewSize(800, 560) }

// restoreWindow gives the window its remembered size.
func (u *UI) restoreWindow() {
	p := u.app.Preferences()
	size := fyne.NewSize(
		float32(p.FloatWithFallback(prefWidth, float64(defaultWindowSize().Width))),
		float32(p.FloatWithFallback(prefHeight, float64(defaultWindowSize().Height))))
	size = fyne.NewSize(max(size.Width, minWindowSize().Width), max(size.Height, minWindowSize().Height))
	u.window.Resize(size)
}

// rememberSize keeps the window's size for the next start.
func (u *UI) rememberSize(size fyne.Size) {
	if size.Width < minWindowSize().Width || size.Height < minWindowSize().Height {
		return
	}
	p := u.app.Preferences()
	p.SetFloat(prefWidth, float64(size.Width))
	p.SetFloat(prefHeight, float64(size.Height))
}

// saveWindow keeps the window's size and screen for the next start.
func (u *UI) saveWindow() {
	u.rememberSize(u.window.Canvas().Size())
	if u.current != "" {
		u.app.Preferences().SetString(prefScreen, string(u.current))
	}
}

// startScreen returns the screen shown last, else the portfolio.
func (u *UI) startScreen() screenID {
	id := screenID(u.app.Preferences().String(prefScreen))
	if slices.Contains(screenOrder(), id) {
		return id
	}
	return screenPortfolio
}

// restoreFocus puts the customer in focus last time back in focus, when it
// still exists.
func (u *UI) restoreFocus() {
	s := u.app.Preferences().String(prefCustomer)
	if s == "" {
		return
	}
	id, err := planner.ParseID(s)
	if err != nil {
		return
	}
	for _, c := range u.customers {
		if c.ID == id {
			u.focused = id
			return
		}
	}
}
