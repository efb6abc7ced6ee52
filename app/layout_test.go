package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/liftoff-app/liftoff/planner"
)

// smallWindow is the smallest window Liftoff is laid out for: a small
// laptop screen.
func smallWindow() fyne.Size { return fyne.NewSize(1024, 700) }

// TestEveryScreenFitsASmallWindow checks, with Liftoff's own theme in
// English, that no screen needs a window wider or taller than a small
// laptop's: a window cannot be made smaller than its content.
func TestEveryScreenFitsASmallWindow(t *testing.T) {
	for _, name := range []string{themeLight, themeDark} {
		t.Run(name, func(t *testing.T) {
			cat := catalogForTest()
			a := test.NewTempApp(t)
			db := openTestStore(t, cat, true)
			u, err := Build(Options{App: a, Catalog: cat, Store: db, Now: testNow, Language: "en",
				ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), Theme: newTheme(name), queueCalls: true})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(u.Close)
			u.setFocus(customerNamed(t, db, "Müller GmbH").ID)
			for _, id := range screenOrder() {
				u.showScreen(id)
				u.waitIdle()
				u.window.Resize(smallWindow())
				if m := u.window.Content().MinSize(); m.Width > smallWindow().Width || m.Height > smallWindow().Height {
					t.Errorf("the %s screen needs a window of %.0fx%.0f, more than %vx%v", id, m.Width, m.Height, smallWindow().Width, smallWindow().Height)
				}
			}
		})
	}
}

func TestTwoColumnsLayoutStacksWhatDoesNotFitSideBySide(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	left, right := boxOfSize(300, 40), boxOfSize(250, 30)
	c := newTwoColumns(left, right)
	c.Resize(fyne.NewSize(400, 100))
	if left.Position() != fyne.NewPos(0, 0) || left.Size().Width != 400 || right.Position() != fyne.NewPos(0, 40+pad) || right.Size().Width != 400 {
		t.Errorf("stacked: left at %v %v, right at %v %v", left.Position(), left.Size(), right.Position(), right.Size())
	}
	if got, want := c.MinSize(), fyne.NewSize(300, 70+pad); got != want {
		t.Errorf("stacked MinSize %v, want %v", got, want)
	}
	c.Resize(fyne.NewSize(600, 100))
	if right.Position().Y != 0 || right.Position().X <= 300 {
		t.Errorf("side by side: right at %v", right.Position())
	}
	if got, want := c.MinSize(), fyne.NewSize(300, 40); got != want {
		t.Errorf("side by side MinSize %v, want %v", got, want)
	}
}

// boxOfWidth returns an empty box of minimum width w and height 10.
func boxOfWidth(w float32) fyne.CanvasObject { return boxOfSize(w, 10) }

// boxOfSize returns an empty box of minimum width w and height h.
func boxOfSize(w, h float32) *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}

func TestTwoColumnsLayout(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	tests := []struct {
		name              string
		leftMin, rightMin float32
		width             float32
		wantLeft          float32
	}{
		{"room for halves", 100, 100, 400 + pad, 200},
		{"the left needs more", 300, 100, 400 + pad, 300},
		{"the right needs more", 100, 300, 400 + pad, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			left, right := boxOfWidth(tt.leftMin), boxOfWidth(tt.rightMin)
			l := &twoColumnsLayout{}
			l.Layout([]fyne.CanvasObject{left, right}, fyne.NewSize(tt.width, 50))
			if left.Size().Width != tt.wantLeft {
				t.Errorf("left column %v wide, want %v", left.Size().Width, tt.wantLeft)
			}
			if right.Size().Width < tt.rightMin || left.Size().Width < tt.leftMin {
				t.Errorf("a column is below its minimum: left %v, right %v", left.Size().Width, right.Size().Width)
			}
			if right.Position().X != left.Size().Width+pad {
				t.Errorf("right column at %v, want %v", right.Position().X, left.Size().Width+pad)
			}
			if got, want := l.MinSize([]fyne.CanvasObject{left, right}).Width, max(tt.leftMin, tt.rightMin); got != want {
				t.Errorf("MinSize width %v, want the wider column's %v", got, want)
			}
		})
	}
}

func TestLinesLayoutCentresVisibleLines(t *testing.T) {
	test.NewTempApp(t)
	first, second := boxOfSize(10, 30), boxOfSize(10, 20)
	objects := []fyne.CanvasObject{first, second}
	l := linesLayout{}
	inner := theme.InnerPadding()
	if got, want := l.MinSize(objects).Height, 50-inner; got != want {
		t.Errorf("MinSize height %v, want %v", got, want)
	}
	l.Layout(objects, fyne.NewSize(100, 60))
	top := (60 - (50 - inner)) / 2
	if first.Position().Y != top || second.Position().Y != top+30-inner {
		t.Errorf("lines at %v and %v, want %v and %v", first.Position().Y, second.Position().Y, top, top+30-inner)
	}
	second.Hide()
	l.Layout(objects, fyne.NewSize(100, 60))
	if first.Position().Y != 15 {
		t.Errorf("a line alone is at %v, want it centred at 15", first.Position().Y)
	}
	if got := l.MinSize(objects).Height; got != 50-inner {
		t.Errorf("hiding a line changed the minimum height to %v", got)
	}
}

// laptopWindow is the smallest window Liftoff is laid out for in every
// language: a 1024x768 screen.
func laptopWindow() fyne.Size { return fyne.NewSize(1024, 768) }

// laptopTestUI is the test window (newTestUIInLanguage) in language, in a
// laptop window, with Müller GmbH in focus.
func laptopTestUI(t *testing.T, language string) *UI {
	t.Helper()
	u, db := newTestUIInLanguage(t, language)
	u.window.Resize(laptopWindow())
	u.setFocus(customerNamed(t, db, "Müller GmbH").ID)
	return u
}

// focusedScreen puts customer in focus, shows screen id, waits for what
// it loads off the UI goroutine and returns the screen.
func focusedScreen[S screen](u *UI, id screenID, customer planner.ID) S {
	s := shownOn[S](u, id, customer)
	u.waitIdle()
	return s
}

// shownOn puts customer in focus, shows screen id and returns it, while
// what it loads off the UI goroutine may still be coming.
func shownOn[S screen](u *UI, id screenID, customer planner.ID) S {
	u.setFocus(customer)
	return shownScreen[S](u, id)
}

// shownScreen shows screen id and returns it.
func shownScreen[S screen](u *UI, id screenID) S {
	u.showScreen(id)
	return u.screens[id].(S)
}

// screenInEachLanguage runs check, in English, Dutch and Japanese, on
// screen id of the window build makes for the language, shown and with
// what it loads off the UI goroutine loaded.
func screenInEachLanguage[S screen](t *testing.T, build func(t *testing.T, language string) *UI, id screenID, check func(t *testing.T, u *UI, s S)) {
	t.Helper()
	for _, language := range []string{"en", "nl", "ja"} {
		t.Run(language, func(t *testing.T) {
			u := build(t, language)
			u.showScreen(id)
			u.waitIdle()
			check(t, u, u.screens[id].(S))
		})
	}
}

// TestEveryScreenFitsALaptopInEveryLanguage checks, with Liftoff's own
// theme and the window fonts of each language (Japanese in the system's
// Japanese font where there is one), that no screen needs a window wider
// or taller than 1024x768.
func TestEveryScreenFitsALaptopInEveryLanguage(t *testing.T) {
	for _, language := range []string{"en", "nl", "ja"} {
		t.Run(language, func(t *testing.T) {
			u := newLaptopUI(t, language)
			for _, id := range screenOrder() {
				u.showScreen(id)
				u.waitIdle()
				u.window.Resize(laptopWindow())
				m := u.window.Canvas().Content().MinSize()
				if m.Width > laptopWindow().Width || m.Height > laptopWindow().Height {
					t.Errorf("the %s screen needs a window of %.0fx%.0f, more than %.0fx%.0f", id, m.Width, m.Height, laptopWindow().Width, laptopWindow().Height)
				}
			}
		})
	}
}
