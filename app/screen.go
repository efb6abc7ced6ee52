package app

import (
	"fyne.io/fyne/v2"

	"github.com/liftoff-app/liftoff/planner"
)

// screen is one of the main screens of the window.
type screen interface {
	// object returns the screen's content; it is built once.
	object() fyne.CanvasObject
	// show is called when the screen becomes visible or the customer in focus changes
	// (a zero ID means no customer is in focus); it reloads what it shows from the store.
	show(customer planner.ID)
}

// screenID names a screen in preferences, shortcuts (Ctrl+1..8) and screenshots.
type screenID string

// The main screens, in the order of the navigation and of Ctrl+1..8.
const (
	screenPortfolio  screenID = "portfolio"
	screenCustomer   screenID = "customer"
	screenEngagement screenID = "engagement"
	screenActionPlan screenID = "map"
	screenQuarter    screenID = "quarter"
	screenCatalog    screenID = "catalog"
	screenSupport    screenID = "support"
	screenSettings   screenID = "settings"
)

// screenOrder lists the screens in navigation order; Ctrl+1 opens the first.
func screenOrder() []screenID {
	return []screenID{screenPortfolio, screenCustomer, screenEngagement, screenActionPlan,
		screenQuarter, screenCatalog, screenSupport, screenSettings}
}

// dirtyScreen is a screen with a form whose changes are not saved yet. The
// window asks Save / Discard / Cancel before it leaves such a screen or
// closes.
type dirtyScreen interface {
	screen
	// dirty reports whether the screen holds changes not saved yet.
	dirty() bool
	// save stores the changes; it returns an error (and keeps the changes)
	// when they are not valid.
	save() error
	// discard drops the changes and shows the stored state again.
	discard()
}

// shortcutScreen is a screen with actions for the window-wide shortcuts
// Ctrl+N (new) and Ctrl+F (find). A screen without the action returns
// false. Ctrl+E (export) is the window's: it offers every deliverable.
type shortcutScreen interface {
	screen
	// shortcut runs the screen's action for s and reports whether it had one.
	shortcut(s shortcutAction) bool
}

// shortcutAction is one of the window-wide actions a screen may implement.
type shortcutAction int

// Window-wide actions.
const (
	actionNew shortcutAction = iota
	actionFind
)
