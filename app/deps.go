package app

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// The screens' dependencies.
//
// A screen is made with just what it uses, in the manner of
// newSupportScreen(window, store, catalog): the window's services it
// calls (an interface declared beside the screen and made of the groups
// below plus anything of its own), the parts of the Store it reads and
// writes, and the catalog. The one place that gives every screen its
// dependencies is screenMakers; a screen never sees the whole window, so
// what it can reach is in its constructor's signature and a test can pass
// stand-ins.

// texts are the window's words in the TAM's language.
type texts interface {
	// tr returns the text of key, formatted with args.
	tr(key string, args ...any) string
	// trCount returns the text of key for the count n.
	trCount(key string, n int, args ...any) string
	// sentence returns a planner text in the window's language.
	sentence(t planner.Text) string
	// sentences returns planner texts as one paragraph.
	sentences(ts []planner.Text) string
	// errorText returns an error as the TAM should read it.
	errorText(err error) string
	// localize returns a validation error with its problems translated.
	localize(err error) error
	// wrapped returns text with break opportunities for labels that wrap.
	wrapped(text string) string
	// words returns the translator itself, for dates and names.
	words() *translator
}

// names are the catalog's names as the window shows them.
type names interface {
	phaseName(p catalog.PhaseID) string
	tierName(c planner.Customer) string
	shortTierName(c planner.Customer) string
	regionName(c planner.Customer) string
	regionNameByID(id catalog.RegionID) string
	shortRegionName(c planner.Customer) string
	itemName(id string) string
	statusName(s planner.EntitlementStatus) string
	kindName(k catalog.Kind) string
	categoryName(id string) string
	holidayName(h planner.HolidayName) string
	sideText(s planner.Side) string
	// languageName names a language the catalog names in English.
	languageName(english string) string
}

// clock tells the time and the day in the TAM's zone, and reads the days
// the TAM types.
type clock interface {
	now() time.Time
	today() planner.Date
	tamLocation() *time.Location
	// parseDay reads a day typed in a form, with a message naming what is
	// wrong with it.
	parseDay(text string) (planner.Date, error)
	// dateTime returns a moment as the window writes it.
	dateTime(t time.Time) string
}

// dialogs are the window's messages, questions and forms.
type dialogs interface {
	// Window returns the window the dialogs open over.
	Window() fyne.Window
	showError(err error)
	showMessage(title, message string)
	confirmDialog(title, message string, answer func(bool)) *dialog.ConfirmDialog
	newFormDialog(title string, form *fieldForm, apply func() error, dirty func() bool, extra ...*widget.Button) *formDialog
	newItemDialog(addTitle, editTitle string, form *fieldForm, apply func() error, dirty func() bool, remove func() error) *formDialog
	newFormSelect(options []string, changed func(string)) *formSelect
	// newFieldForm returns an empty form that checks its fields as the
	// window's forms do.
	newFieldForm() *fieldForm
	// focusStays keeps the customer id in focus after a dialog closes.
	focusStays(id planner.ID)
}

// history records the changes for undo and redo and tells the window that
// the data changed.
type history interface {
	// changed reads the data again after a change and marks the screens
	// that show it.
	changed()
	pushUndoRedo(label string, undo, redo func() error)
	// redoBlocked and undoBlocked return the error that stops a redo or
	// an undo that would overwrite what changed since.
	redoBlocked(label string) error
	undoBlocked(label string) error
}

// panes remember how the TAM sized a screen's split panels.
type panes interface {
	rememberSplit(name string, split *container.Split) *container.Split
	pinSplit(name string, split *container.Split, lower float32) fyne.CanvasObject
}

// background runs long work off the UI goroutine with progress shown.
type background interface {
	run(label string, work func(progress func(float64)) error, done func())
	runCancellable(label string, work func(ctx context.Context, progress func(float64)) error, done func())
	// do runs fn on the UI goroutine.
	do(fn func())
	// inBackground runs fn off the UI goroutine, as work the window waits
	// for when it closes.
	inBackground(fn func())
}

// settingsReader gives the TAM's settings as last read.
type settingsReader interface {
	settings() planner.Settings
}

// itemDialogWindow is what the dialog of a record or of a list's item
// uses of the window: its words and its dialogs.
type itemDialogWindow interface {
	texts
	dialogs
}

// changeWindow is what a part of the window that changes data with undo
// uses: its words and names, the clock, the dialogs and the history.
type changeWindow interface {
	texts
	names
	clock
	dialogs
	history
}

// editorWindow is what a part of the window that edits records with
// undo uses: a changeWindow with the settings.
type editorWindow interface {
	changeWindow
	settingsReader
}

// The window gives every group.
var (
	_ texts          = (*UI)(nil)
	_ names          = (*UI)(nil)
	_ clock          = (*UI)(nil)
	_ dialogs        = (*UI)(nil)
	_ history        = (*UI)(nil)
	_ panes          = (*UI)(nil)
	_ background     = (*UI)(nil)
	_ settingsReader = (*UI)(nil)
	_ changeWindow   = (*UI)(nil)
	_ editorWindow   = (*UI)(nil)
)

// newFieldForm returns an empty form of the window.
func (u *UI) newFieldForm() *fieldForm { return newFieldForm(u) }

// words returns the window's translator.
func (u *UI) words() *translator { return u.text }
