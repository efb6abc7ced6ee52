package app

import (
	"os"
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
	// prefSaveFolder is the folder the last file was saved in; the next
	// save dialog starts there.
	prefSaveFolder = "export.folder"
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
	u.saveSplits()
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

// rememberSaveFolder keeps folder as the one the next save dialog starts in.
func (u *UI) rememberSaveFolder(folder string) {
	if folder != "" {
		u.app.Preferences().SetString(prefSaveFolder, folder)
	}
}

// saveFolder returns the folder the last file was saved in, when it still
// is a folder, else "".
func (u *UI) saveFolder() string {
	folder := u.app.Preferences().String(prefSaveFolder)
	if folder == "" {
		return ""
	}
	if st, err := os.Stat(folder); err != nil || !st.IsDir() {
		return ""
	}
	return folder
}
