// Package app is Liftoff's desktop window: a navigation on the left, the
// customer in focus and one of eight screens on the right. It shows and
// edits what the planner, catalog and storage packages provide and holds no
// business rules of its own.
package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// Options are what Build needs to make the main window.
type Options struct {
	// App is the Fyne app the window belongs to; its preferences keep the
	// window size, the last screen and the language.
	App fyne.App
	// Catalog is the offer in use.
	Catalog *catalog.Catalog
	// CatalogDir is the folder a newer catalog file is installed into.
	CatalogDir string
	// CatalogWarning, when set, is shown once the window opens, e.g. that
	// the installed catalog file is invalid and the built-in one is used.
	CatalogWarning string
	// Store is the open database.
	Store Store
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
	// LoadSample loads the sample portfolio into an empty database without
	// asking (for demonstrations and screenshots).
	LoadSample bool
	// Language overrides the language preference ("en", "nl", "ja").
	Language string
	// ReminderInterval is how often reminders are looked for while the
	// window is open, after once when it opens, when the follow-up
	// reminders of support cases due by today are listed; zero means
	// every hour, a negative value never (nor the list on opening).
	ReminderInterval time.Duration
	// Theme, when set, replaces the theme of the settings (tests use
	// Fyne's test theme).
	Theme fyne.Theme
	// UndoBarTimeout is how long the "Undo" bar stays after a change;
	// zero means ten seconds, a negative value until it is used or closed.
	UndoBarTimeout time.Duration
	// NativeFileDialogs asks for files with the desktop's own dialogs
	// where the desktop has them (the XDG file chooser portal on Linux),
	// else with Fyne's.
	NativeFileDialogs bool

	// queueCalls makes the results of work off the UI goroutine wait in a
	// queue that waitIdle runs, instead of going through fyne.Do. Fyne's
	// test driver runs fyne.Do at once on the calling goroutine, so that
	// work would race the test's own goroutine; the queue plays the part
	// of the window's event loop.
	queueCalls bool
}

// UI is Liftoff's main window and what its screens share: the catalog, the
// store, the customer in focus, the undo stack and the translations.
type UI struct {
	app            fyne.App
	window         fyne.Window
	cat            *catalog.Catalog
	catalogDir     string
	catalogWarning string
	store          Store
	clockNow       func() time.Time
	text           *translator
	// deliverables makes the documents of the Deliverables menu, of
	// File > Export… and of the screens' export buttons.
	deliverables *deliverables
	// fonts are the documents' fonts, read once for every export, with
	// fontFiles (Settings.Fonts) tried first; both change with the
	// settings (see loadFonts).
	fonts     *export.Fonts
	fontFiles []string
	// fontsByLanguage are the window's fonts of each language shown (see
	// windowFonts); fontFinder finds them, the system's when not set.
	fontsByLanguage map[string]windowFonts
	fontFinder      fontFinder
	// splits are the screens' resizable panels by name (see rememberSplit).
	splits map[string]*container.Split
	// pinned are the vertical splits whose lower side keeps its height
	// as the window grows (see pinSplit).
	pinned map[string]*pinnedSplitLayout
	// chooser is the desktop's file dialog, nil for Fyne's; noChooser
	// is set once the desktop turned out to have none.
	chooser        fileChooser
	noChooser      atomic.Bool
	undoBarTimeout time.Duration

	// makers build the screens on first use; screens holds the built ones.
	makers  map[screenID]func(*UI) screen
	screens map[screenID]screen
	// stale marks the built screens whose data changed (see changed)
	// since they last showed it; a screen may read its mark in show to
	// skip reloading what did not change. The mark is cleared after show.
	stale   map[screenID]bool
	current screenID
	focused planner.ID

	customers []planner.Customer
	// dataVersion counts the changes of the data (see changed), so that a
	// screen can tell whether what it shows is still current.
	dataVersion  int
	settingsData planner.Settings
	undos        []undoEntry
	// redos are the changes undone, the last on top, until a new change.
	redos     []undoEntry
	guards    map[int]dirtyGuard
	nextGuard int
	// unsaved is the question about unsaved changes while it is open.
	unsaved *unsavedPrompt
	// customerForm is the customer form while it is open.
	customerForm *customerForm
	// scheduleDialog is the last schedule dialog opened.
	scheduleDialog *scheduleDialog
	// pickedWeek is the empty week of the quarter grid the TAM chose to
	// schedule into, until the catalog screen is left.
	pickedWeek pickedWeek

	nav           *enterList
	navSelecting  bool
	content       *fyne.Container
	title         *widget.Label
	customerLabel *widget.Label
	tierChip      *widgets.Chip
	regionChip    *widgets.Chip
	picker        *customerPicker
	// header holds the screen's title, the customer in focus and its
	// tier and region.
	header        *fyne.Container
	undoBar       *fyne.Container
	undoLabel     *widget.Label
	undoBarTimer  *time.Timer
	undoBarSerial int
	// notice says where the last file was saved (see showSavedNotice).
	notice *savedNotice
	// openURL opens a file or web address with the desktop's program for
	// it; Build makes it the app's OpenURL, tests replace it.
	openURL func(*url.URL) error

	// caseTimers send the case reminders set while the window is open.
	caseTimers []*time.Timer
	// dueReminders are the follow-up reminders listed when the window
	// opened, remindersDialog the list; notifiedReminders are the steps
	// listed or notified since.
	dueReminders      []planner.DueReminder
	remindersDialog   dialog.Dialog
	notifiedReminders map[reminderKey]bool
	// work counts the long jobs running off the UI goroutine.
	work sync.WaitGroup
	// cancelWork is the Cancel button of the cancellable work running,
	// nil when none is.
	cancelWork *widget.Button
	// calls, when not nil, holds the calls waiting for the UI goroutine
	// (see Options.queueCalls).
	calls         *callQueue
	stopReminders func()
	closed        bool
}

// undoEntry is one change that Ctrl+Z can take back.
type undoEntry struct {
	label string
	undo  func() error
	// redo makes the change again after undo; nil when it cannot.
	redo func() error
}

// maxUndo is how many changes the undo stack keeps.
const maxUndo = 50

// dirtyGuard is an open form outside the screens (a dialog) whose changes
// must not be lost when the window closes.
type dirtyGuard struct {
	dirty   func() bool
	save    func() error
	discard func()
}

// Build makes the main window on the store and returns it, not shown yet.
// On an empty database it offers the sample portfolio (or loads it at once
// when o.LoadSample is set).
func Build(o Options) (*UI, error) {
	switch {
	case o.App == nil:
		return nil, errors.New("build window: no Fyne app")
	case o.Catalog == nil:
		return nil, errors.New("build window: no catalog")
	case o.Store == nil:
		return nil, errors.New("build window: no store")
	}
	u := &UI{
		app:            o.App,
		cat:            o.Catalog,
		catalogDir:     o.CatalogDir,
		catalogWarning: o.CatalogWarning,
		store:          o.Store,
		clockNow:       o.Now,
		undoBarTimeout: o.UndoBarTimeout,
		screens:        map[screenID]screen{},
		stale:          map[screenID]bool{},
		guards:         map[int]dirtyGuard{},
	}
	u.openURL = u.app.OpenURL
	if o.NativeFileDialogs {
		u.chooser = nativeFileChooser()
	}
	if o.queueCalls {
		u.calls = &callQueue{}
	}
	if u.clockNow == nil {
		u.clockNow = time.Now
	}
	if u.undoBarTimeout == 0 {
		u.undoBarTimeout = 10 * time.Second
	}
	settings, err := u.store.Settings()
	if err != nil {
		return nil, fmt.Errorf("build window: read settings: %w", err)
	}
	u.settingsData = settings
	if err := u.loadFonts(settings.Fonts); err != nil {
		return nil, fmt.Errorf("build window: %w", err)
	}
	text, err := newTranslator(u.chooseLanguage(o.Language))
	if err != nil {
		return nil, fmt.Errorf("build window: %w", err)
	}
	u.text = text
	u.makers = u.screenMakers()
	u.deliverables = newDeliverables(u, u.store, u.cat, u.exportOptions)
	if o.Theme != nil {
		if u.app.Settings().Theme() != o.Theme {
			u.app.Settings().SetTheme(o.Theme)
		}
	} else {
		u.app.Settings().SetTheme(u.newTheme(settings.Theme))
	}

	u.window = u.app.NewWindow("Liftoff")
	u.window.SetMaster()
	if err := u.reloadCustomers(); err != nil {
		return nil, fmt.Errorf("build window: %w", err)
	}
	u.window.SetContent(widgets.NewTooltipLayer(u.layout()))
	u.restoreWindow()
	u.addShortcuts()
	u.window.SetCloseIntercept(u.requestClose)

	empty := len(u.customers) == 0
	if empty && o.LoadSample {
		if err := u.loadSample(); err != nil {
			return nil, fmt.Errorf("build window: %w", err)
		}
		empty = false
	}
	u.restoreFocus()
	u.switchTo(u.startScreen())
	if empty {
		u.offerSample()
	}
	if u.catalogWarning != "" {
		u.showMessage(u.tr("catalog.warning.title"), u.catalogWarning)
	}
	if o.ReminderInterval >= 0 {
		u.showDueReminders()
	}
	u.stopReminders = u.startReminders(o.ReminderInterval)
	return u, nil
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.window }

// ShowAndRun shows the window and runs the app until the window closes.
func (u *UI) ShowAndRun() { u.window.ShowAndRun() }

// Close stops the reminders and closes the window without asking about
// unsaved changes; see the window's close button for the asking way.
func (u *UI) Close() {
	if u.closed {
		return
	}
	u.closed = true
	u.saveWindow()
	if u.stopReminders != nil {
		u.stopReminders()
	}
	u.stopCaseReminders()
	u.work.Wait()
	u.window.Close()
}

// chooseLanguage picks the language: the override, else the preference,
// else the settings, else the system's.
func (u *UI) chooseLanguage(override string) string {
	for _, l := range []string{override, u.app.Preferences().String(prefLanguage), u.settingsData.Language} {
		if l != "" {
			return l
		}
	}
	return lang.SystemLocale().LanguageString()
}

// shownCatalog returns the catalog as the window shows it: its texts in
// the window's language (catalog.Catalog.In), made once per language.
// Storage, the sample portfolio and documents (which translate into their
// own language) keep the English u.cat.
func (u *UI) shownCatalog() *catalog.Catalog { return u.cat.In(u.text.Language()) }

// tr returns the translation of key in the window's language, formatted
// with args as fmt.Sprintf does. Messages from planner stay English.
func (u *UI) tr(key string, args ...any) string { return u.text.tr(key, args...) }

// sentence returns a sentence of planner in the window's language (in
// English when it has no translation).
func (u *UI) sentence(t planner.Text) string { return u.text.sentence(t) }

// sentences returns planner sentences in the window's language, joined
// as the language separates items of a list that hold commas ("; ",
// "／").
func (u *UI) sentences(ts []planner.Text) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = u.sentence(t)
	}
	return strings.Join(parts, u.tr("list.semicolon"))
}

// errorText returns the message of err in the window's language: the
// sentence of a *planner.TextError, the refusal of an export target that
// is not a file, a failure of the database in the TAM's words (see
// storeFailureText), else err's own message.
func (u *UI) errorText(err error) string {
	var te *planner.TextError
	if errors.As(err, &te) {
		return u.sentence(te.Text)
	}
	var target *export.TargetError
	if errors.As(err, &target) {
		return u.targetErrorText(target)
	}
	if text, ok := u.storeFailureText(err); ok {
		return text
	}
	return err.Error()
}

// localize returns err with the problems of a *planner.ValidationError in
// the window's language, and any other error as it is.
func (u *UI) localize(err error) error {
	v, ok := planner.AsValidation(err)
	if !ok {
		return err
	}
	out := &planner.ValidationError{What: v.What, Subject: v.Subject, Problems: make([]planner.FieldError, len(v.Problems))}
	for i, p := range v.Problems {
		if !p.Text.IsZero() {
			p.Message = u.sentence(p.Text)
		}
		out.Problems[i] = p
	}
	return out
}

// trCount returns the translation of key in the plural form of the
// window's language for a count of n ("1 day left", "3 days left"),
// formatted with args as fmt.Sprintf does; pass n among args where the
// text shows it.
func (u *UI) trCount(key string, n int, args ...any) string { return u.text.trCount(key, n, args...) }

// settings returns the TAM's settings as last read from the store.
func (u *UI) settings() planner.Settings { return u.settingsData }

// today returns the current day in the TAM's zone (settings), else in the
// local zone.
// now returns the current time (Options.Now).
func (u *UI) now() time.Time { return u.clockNow() }

// today returns the day it is in the TAM's zone.
func (u *UI) today() planner.Date {
	return catalog.DateOf(u.now().In(u.tamLocation()))
}

// tamLocation returns the TAM's own zone from the settings, else the local
// zone.
func (u *UI) tamLocation() *time.Location {
	if z := u.settingsData.Profile.TimeZone; z != "" {
		if loc, err := time.LoadLocation(z); err == nil {
			return loc
		}
	}
	return time.Local
}

// focus returns the customer in focus; a zero ID means none.
func (u *UI) focus() planner.ID { return u.focused }

// focusedCustomer returns the customer in focus as last read.
func (u *UI) focusedCustomer() (planner.Customer, bool) {
	if u.focused == (planner.ID{}) {
		return planner.Customer{}, false
	}
	for _, c := range u.customers {
		if c.ID == u.focused {
			return c, true
		}
	}
	return planner.Customer{}, false
}

// setFocus makes customer id the customer in focus (a zero ID: none) and
// reloads the screen shown.
func (u *UI) setFocus(id planner.ID) {
	if id == u.focused {
		return
	}
	u.noteFocus(id)
	if s, ok := u.screens[u.current]; ok {
		s.show(id)
		delete(u.stale, u.current)
	}
}

// noteFocus makes id the customer in focus for the header and the
// preferences, without reloading the screen shown.
func (u *UI) noteFocus(id planner.ID) {
	u.focused = id
	u.app.Preferences().SetString(prefCustomer, idString(id))
	u.updateHeader()
}

// showScreen opens screen id, asking first when the screen shown holds
// unsaved changes.
func (u *UI) showScreen(id screenID) {
	if id == u.current {
		return
	}
	if _, ok := u.makers[id]; !ok {
		return
	}
	u.confirmLeave(func() { u.switchTo(id) }, func() { u.selectNav(u.current) })
}

// switchTo shows screen id without asking.
func (u *UI) switchTo(id screenID) {
	if id != screenCatalog {
		u.pickedWeek = pickedWeek{}
	}
	s := u.screen(id)
	u.current = id
	u.content.Objects = []fyne.CanvasObject{s.object()}
	u.content.Refresh()
	s.show(u.focused)
	delete(u.stale, id)
	u.selectNav(id)
	u.updateHeader()
	u.app.Preferences().SetString(prefScreen, string(id))
}

// screen returns screen id, building it on first use.
func (u *UI) screen(id screenID) screen {
	if s, ok := u.screens[id]; ok {
		return s
	}
	s := u.makers[id](u)
	u.screens[id] = s
	return s
}

// changed tells every screen that the data changed: the screen shown
// reloads now, the others when they are shown next.
func (u *UI) changed() {
	u.dataVersion++
	if settings, err := u.store.Settings(); err == nil {
		u.settingsData = settings
		if !slices.Equal(settings.Fonts, u.fontFiles) {
			if err := u.loadFonts(settings.Fonts); err != nil {
				u.showError(err)
			}
		}
	} else {
		u.showError(fmt.Errorf("read settings: %w", err))
	}
	if err := u.reloadCustomers(); err != nil {
		u.showError(err)
	}
	if _, ok := u.focusedCustomer(); !ok && u.focused != (planner.ID{}) {
		u.focused = planner.ID{}
	}
	u.updateHeader()
	for sid := range u.screens {
		u.stale[sid] = true
	}
	if s, ok := u.screens[u.current]; ok {
		s.show(u.focused)
		delete(u.stale, u.current)
	}
}

// loadFonts makes the documents' fonts those of files, tried before the
// system's (Settings.Fonts); the font files are read when a document
// first needs them.
func (u *UI) loadFonts(files []string) error {
	fonts, err := export.LoadFontsWith(export.FontOptions{Files: slices.Clone(files)})
	if err != nil {
		return fmt.Errorf("load the documents' fonts: %w", err)
	}
	u.fonts, u.fontFiles = fonts, slices.Clone(files)
	return nil
}

// reloadCustomers reads the customer list for the picker and the header.
func (u *UI) reloadCustomers() error {
	list, err := u.store.Customers()
	if err != nil {
		return fmt.Errorf("read customers: %w", err)
	}
	u.customers = list
	if u.picker != nil {
		u.picker.setCustomers(list)
	}
	return nil
}

// run does long work off the UI goroutine behind a progress dialog. work
// reports its progress from 0 to 1; when it returns, done runs on the UI
// goroutine (or the error is shown). The work cannot be cancelled; see
// runCancellable.
func (u *UI) run(label string, work func(progress func(float64)) error, done func()) {
	u.runWork(label, false, func(_ context.Context, progress func(float64)) error { return work(progress) }, done)
}

// runCancellable is run with a Cancel button under the progress: it
// cancels ctx, which work is to heed by stopping without changing or
// writing anything and returning an error wrapping ctx.Err(). The window
// then says quietly that the work was cancelled instead of showing an
// error.
func (u *UI) runCancellable(label string, work func(ctx context.Context, progress func(float64)) error, done func()) {
	u.runWork(label, true, work, done)
}

// runWork is run and runCancellable.
func (u *UI) runWork(label string, cancellable bool, work func(ctx context.Context, progress func(float64)) error, done func()) {
	bar := widget.NewProgressBar()
	// No text on the bar: white on its pale track does not read in the
	// light theme; the dialog's title says what is going on.
	bar.TextFormatter = func() string { return "" }
	ctx, cancel := context.WithCancel(context.Background())
	d := dialog.NewCustomWithoutButtons(label, container.NewPadded(bar), u.window)
	if cancellable {
		var cancelBtn *widget.Button
		cancelBtn = widget.NewButton(u.tr("action.cancel"), func() {
			cancel()
			cancelBtn.SetText(u.tr("cancel.stopping"))
			cancelBtn.Disable()
		})
		d.SetButtons([]fyne.CanvasObject{cancelBtn})
		u.cancelWork = cancelBtn
	}
	d.Resize(fyne.NewSize(360, d.MinSize().Height))
	d.Show()
	u.inBackground(func() {
		defer cancel()
		err := work(ctx, func(v float64) {
			u.do(func() { bar.SetValue(v) })
		})
		cancelled := err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled)
		u.do(func() {
			d.Hide()
			if cancellable {
				u.cancelWork = nil
			}
			if cancelled {
				u.showCancelledNotice()
				return
			}
			if err != nil {
				u.showError(err)
				return
			}
			if done != nil {
				done()
			}
		})
	})
}

// currentDataVersion returns the count of the data's changes.
func (u *UI) currentDataVersion() int { return u.dataVersion }

// inBackground runs fn on a goroutine of its own, counted among the work
// the window waits for when it closes (and tests in waitIdle).
func (u *UI) inBackground(fn func()) {
	u.work.Add(1)
	go func() {
		defer u.work.Done()
		fn()
	}()
}

// do runs fn on the UI goroutine; work off it hands its results back
// through do.
func (u *UI) do(fn func()) {
	if u.calls != nil {
		u.calls.add(fn)
		return
	}
	fyne.Do(fn)
}

// waitIdle waits until the work off the UI goroutine has finished and,
// when calls are queued (tests), runs what it handed back, until nothing
// is left to do.
func (u *UI) waitIdle() {
	for {
		u.work.Wait()
		if u.calls == nil {
			return
		}
		pending := u.calls.take()
		if len(pending) == 0 {
			return
		}
		for _, fn := range pending {
			fn()
		}
	}
}

// callQueue holds calls for the UI goroutine until waitIdle runs them.
type callQueue struct {
	mu    sync.Mutex
	calls []func()
}

func (q *callQueue) add(fn func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.calls = append(q.calls, fn)
}

func (q *callQueue) take() []func() {
	q.mu.Lock()
	defer q.mu.Unlock()
	taken := q.calls
	q.calls = nil
	return taken
}

// showError shows err in a dialog. A *planner.ValidationError lists every
// field problem on a line of its own.
func (u *UI) showError(err error) {
	if err == nil {
		return
	}
	var lines []string
	if v, ok := planner.AsValidation(u.localize(err)); ok {
		if !v.Subject.IsZero() {
			lines = append(lines, u.tr("error.validation.intro", u.sentence(v.Subject)))
		} else if v.What != "" {
			lines = append(lines, u.tr("error.validation.intro", v.What))
		}
		for _, p := range v.Problems {
			lines = append(lines, "• "+p.Error())
		}
	} else {
		lines = strings.Split(u.errorText(err), "\n")
	}
	msg := newWrapLabel(strings.Join(lines, "\n"))
	scroll := container.NewVScroll(msg)
	// As high as the message is once wrapped, up to 320.
	msg.Resize(fyne.NewSize(460-theme.Padding()*2, 0))
	scroll.SetMinSize(fyne.NewSize(460, min(max(float32(len(lines))*28, msg.MinSize().Height)+16, 320)))
	d := dialog.NewCustom(u.tr("error.title"), u.tr("action.ok"), scroll, u.window)
	d.Show()
}

// showMessage shows an information dialog.
func (u *UI) showMessage(title, message string) {
	msg := newWrapLabel(message)
	box := container.NewVScroll(msg)
	box.SetMinSize(fyne.NewSize(460, 120))
	dialog.NewCustom(title, u.tr("action.ok"), box, u.window).Show()
}

// pushUndoRedo records a change that Ctrl+Z (or the Undo bar) can take
// back and redo can make again. A new change forgets what was undone.
func (u *UI) pushUndoRedo(label string, undo, redo func() error) {
	u.redos = nil
	u.recordUndo(undoEntry{label: label, undo: undo, redo: redo})
}

// recordUndo puts e on the undo stack and offers to undo it.
func (u *UI) recordUndo(e undoEntry) {
	u.undos = append(u.undos, e)
	if len(u.undos) > maxUndo {
		u.undos = slices.Delete(u.undos, 0, len(u.undos)-maxUndo)
	}
	u.showUndoBar(e.label)
}

// undo takes back the last change on the undo stack and says so in the
// notice at the bottom, with Redo when the change can be made again.
func (u *UI) undo() {
	u.hideUndoBar()
	last, ok := pop(&u.undos)
	if !ok {
		return
	}
	if err := last.undo(); err != nil {
		u.undoFailed("undo", last, err, &u.undos)
		return
	}
	if last.redo != nil {
		u.redos = append(u.redos, last)
	}
	u.showUndoneNotice(last.label, last.redo != nil)
	u.changed()
}

// redo makes the change undone last again and offers to undo it again.
func (u *UI) redo() {
	u.hideNotice()
	last, ok := pop(&u.redos)
	if !ok {
		return
	}
	if err := last.redo(); err != nil {
		// Nothing was written: a redo checks the data before it
		// changes it, and the store writes all or nothing.
		var blocked *redoBlockedError
		if !errors.As(err, &blocked) && errors.Is(err, storage.ErrNotFound) {
			// What the change was made to is gone.
			err = u.redoBlocked(last.label)
		}
		u.undoFailed("redo", last, err, &u.redos)
		return
	}
	u.recordUndo(last)
	u.changed()
}

// undoFailed shows why the undo or redo (verb) of last failed with err:
// a change the data no longer allows says so, and one the database could
// not take (a full disk, say) goes back on stack, to be tried again once
// it can.
func (u *UI) undoFailed(verb string, last undoEntry, err error, stack *[]undoEntry) {
	var blocked *redoBlockedError
	if errors.As(err, &blocked) {
		u.showError(blocked)
		return
	}
	if _, ok := u.storeFailureText(err); ok {
		*stack = append(*stack, last)
	}
	u.showError(fmt.Errorf("%s %s: %w", verb, last.label, err))
}

// pop takes the last element off stack and returns it; false when stack
// is empty.
func pop[T any](stack *[]T) (T, bool) {
	var last T
	if len(*stack) == 0 {
		return last, false
	}
	last = (*stack)[len(*stack)-1]
	*stack = (*stack)[:len(*stack)-1]
	return last, true
}

// addGuard registers an open form whose changes must not be lost when the
// window closes; the returned function removes it.
func (u *UI) addGuard(g dirtyGuard) (remove func()) {
	id := u.nextGuard
	u.nextGuard++
	u.guards[id] = g
	return func() { delete(u.guards, id) }
}

// confirmLeave runs leave when the screen shown has no unsaved changes, or
// once the user saved or discarded them; stay runs when the user cancels.
func (u *UI) confirmLeave(leave, stay func()) {
	d, ok := u.screens[u.current].(dirtyScreen)
	if !ok || !d.dirty() {
		leave()
		return
	}
	u.askUnsaved(d.save, d.discard, leave, stay)
}

// askUnsaved asks Save / Discard / Cancel about unsaved changes.
func (u *UI) askUnsaved(save func() error, discard func(), leave, stay func()) {
	msg := newWrapLabel(u.tr("unsaved.message"))
	d := dialog.NewCustomWithoutButtons(u.tr("unsaved.title"), msg, u.window)
	u.unsaved = &unsavedPrompt{dialog: d, message: msg}
	d.SetOnClosed(func() { u.unsaved = nil })
	saveBtn := widget.NewButtonWithIcon(u.tr("action.save"), theme.DocumentSaveIcon(), func() {
		d.Hide()
		if err := save(); err != nil {
			u.showError(err)
			if stay != nil {
				stay()
			}
			return
		}
		leave()
	})
	saveBtn.Importance = widget.HighImportance
	discardBtn := widget.NewButton(u.tr("action.discard"), func() {
		d.Hide()
		discard()
		leave()
	})
	cancelBtn := widget.NewButton(u.tr("action.cancel"), func() {
		d.Hide()
		if stay != nil {
			stay()
		}
	})
	d.SetButtons([]fyne.CanvasObject{cancelBtn, discardBtn, saveBtn})
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
}

// quitMenuItem is File > Quit (Ctrl+Q): it closes the window as its close
// button does, asking about unsaved changes; while that question is open
// it brings the question forward.
func (u *UI) quitMenuItem() *fyne.MenuItem {
	quit := fyne.NewMenuItem(u.tr("menu.quit"), u.requestClose)
	quit.IsQuit = true
	quit.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	return quit
}

// requestClose closes the window once every unsaved change was saved or
// discarded.
func (u *UI) requestClose() {
	if u.unsaved != nil {
		u.unsaved.bringForward(u.tr("unsaved.quitFirst"))
		return
	}
	for id, g := range u.guards {
		if g.dirty() {
			u.askUnsaved(g.save, g.discard, func() {
				delete(u.guards, id)
				u.requestClose()
			}, nil)
			return
		}
	}
	u.confirmLeave(u.Close, nil)
}

// idString returns the text form of an ID, "" for the zero ID.
func idString(id planner.ID) string {
	if id == (planner.ID{}) {
		return ""
	}
	return id.String()
}
