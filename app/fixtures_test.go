package app

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
	"github.com/liftoff-app/liftoff/storage"
)

// testNow is the fixed moment the tests run at: a Thursday morning.
func testNow() time.Time { return time.Date(2026, time.November, 26, 9, 30, 0, 0, time.UTC) }

// testWindowSize is the fixed window size of the tests.
func testWindowSize() fyne.Size { return fyne.NewSize(1280, 800) }

// openTestStore opens a new database in a temporary folder, with the
// sample portfolio loaded when withSample is set.
func openTestStore(t testing.TB, cat *catalog.Catalog, withSample bool) *storage.DB {
	t.Helper()
	db, err := storage.Open(filepath.Join(t.TempDir(), "liftoff.db"), cat, storage.Options{Now: testNow})
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if withSample {
		if _, err := db.ImportAccounts(sample.Portfolio(cat, catalog.DateOf(testNow()))); err != nil {
			t.Fatalf("load the sample portfolio: %v", err)
		}
	}
	return db
}

// newTestUI builds the window on a test app and a database with the
// sample portfolio, in English, at testNow, with the test theme.
func newTestUI(t testing.TB) (*UI, *storage.DB) {
	t.Helper()
	cat := catalog.Default()
	return newTestUIWith(t, cat, openTestStore(t, cat, true))
}

// newTestUIFor builds the window as newTestUI does and returns the
// sample customer named name with it.
func newTestUIFor(t testing.TB, name string) (*UI, *storage.DB, planner.Customer) {
	t.Helper()
	return newTestUIForIn(t, "en", name)
}

// newTestUIForIn builds the window as newTestUIFor does, in language.
func newTestUIForIn(t testing.TB, language, name string) (*UI, *storage.DB, planner.Customer) {
	t.Helper()
	u, db := newTestUIInLanguage(t, language)
	return u, db, customerNamed(t, db, name)
}

// newTestUIWith builds the window on a test app and the given store.
func newTestUIWith(t testing.TB, cat *catalog.Catalog, db *storage.DB) (*UI, *storage.DB) {
	t.Helper()
	return newTestUIIn(t, cat, db, "en")
}

// newTestUIInLanguage builds the window as newTestUI does, in language.
func newTestUIInLanguage(t testing.TB, language string) (*UI, *storage.DB) {
	t.Helper()
	cat := catalog.Default()
	return newTestUIIn(t, cat, openTestStore(t, cat, true), language)
}

// newTestUIIn builds the window on a test app and the given store, in
// language.
func newTestUIIn(t testing.TB, cat *catalog.Catalog, db *storage.DB, language string) (*UI, *storage.DB) {
	t.Helper()
	a := test.NewTempApp(t)
	u, err := Build(Options{App: a, Catalog: cat, Store: db, Now: testNow, Language: language,
		ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), Theme: test.Theme(), queueCalls: true})
	if err != nil {
		t.Fatalf("build window: %v", err)
	}
	u.window.Resize(testWindowSize())
	t.Cleanup(u.Close)
	return u, db
}

// customerNamed returns the stored customer with the given name.
func customerNamed(t testing.TB, db *storage.DB, name string) planner.Customer {
	t.Helper()
	list, err := db.Customers()
	if err != nil {
		t.Fatalf("read customers: %v", err)
	}
	for _, c := range list {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("no customer named %q", name)
	return planner.Customer{}
}

// findButton returns the first visible button showing text in the tree
// under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	walkVisible(o, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
			return false
		}
		return true
	})
	return found
}

// tapButton taps the visible button showing text: in the top overlay
// (a dialog) when there is one, else in the window's content.
func tapButton(t testing.TB, u *UI, text string) {
	t.Helper()
	c := u.window.Canvas()
	var b *widget.Button
	if top := c.Overlays().Top(); top != nil {
		b = findButton(top, text)
	}
	if b == nil {
		b = findButton(c.Content(), text)
	}
	if b == nil {
		t.Fatalf("no button %q on screen", text)
	}
	if b.Disabled() {
		t.Fatalf("button %q is disabled", text)
	}
	test.Tap(b)
}

// walkVisible calls f on o and every visible object under it, until f
// returns false.
func walkVisible(o fyne.CanvasObject, f func(fyne.CanvasObject) bool) bool {
	if o == nil || !o.Visible() {
		return true
	}
	if !f(o) {
		return false
	}
	var children []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		children = x.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(x).Objects()
	}
	for _, c := range children {
		if !walkVisible(c, f) {
			return false
		}
	}
	return true
}

// visibleTexts returns the texts of the visible labels under o.
func visibleTexts(o fyne.CanvasObject) []string {
	var out []string
	walkVisible(o, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Text != "" {
			out = append(out, l.Text)
		}
		return true
	})
	return out
}

// shortcut types a window shortcut, as the keyboard would.
func shortcut(u *UI, s fyne.Shortcut) {
	// The desktop window tries the main menu's shortcuts first, then the
	// focused widget's, then the canvas's.
	if m := u.window.MainMenu(); m != nil {
		for _, menu := range m.Items {
			for _, it := range menu.Items {
				if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() && it.Action != nil {
					it.Action()
					return
				}
			}
		}
	}
	if f, ok := u.window.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	typeShortcut(u.window.Canvas(), s)
}

// typeShortcut delivers shortcut s to canvas c as the window does when
// the keys are pressed: to the handlers registered with AddShortcut. The
// test driver's canvas wraps a software canvas that handles shortcuts
// but does not expose TypedShortcut itself, so the wrapped canvas is
// reached through its embedded field.
func typeShortcut(c fyne.Canvas, s fyne.Shortcut) {
	if sc, ok := c.(fyne.Shortcutable); ok {
		sc.TypedShortcut(s)
		return
	}
	v := reflect.ValueOf(c)
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	inner := v.FieldByName("WindowlessCanvas")
	if !inner.IsValid() {
		panic(fmt.Sprintf("canvas %T handles no shortcuts", c))
	}
	inner.Interface().(fyne.Shortcutable).TypedShortcut(s)
}

// ctrl returns the shortcut Ctrl (⌘ on macOS) + key.
func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// catalogForTest returns the built-in catalog.
func catalogForTest() *catalog.Catalog { return catalog.Default() }

// widgetCell returns the table cell at row and column.
func widgetCell(row, col int) widget.TableCellID { return widget.TableCellID{Row: row, Col: col} }
