package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestBuildShowsEveryScreen(t *testing.T) {
	u, _ := newTestUI(t)
	for _, id := range screenOrder() {
		u.showScreen(id)
		u.waitIdle()
		if u.current != id {
			t.Fatalf("showScreen(%s): current screen is %s", id, u.current)
		}
		if u.title.Text != u.screenTitle(id) {
			t.Errorf("screen %s has the title %q", id, u.title.Text)
		}
	}
}

func TestShortcutsOpenScreens(t *testing.T) {
	u, _ := newTestUI(t)
	for i, id := range screenOrder() {
		shortcut(u, ctrl(fyne.KeyName(fmt.Sprint(i+1))))
		u.waitIdle()
		if u.current != id {
			t.Errorf("Ctrl+%d shows %s, want %s", i+1, u.current, id)
		}
	}
}

func TestShortcutNewCustomerAndFind(t *testing.T) {
	u, _ := newTestUI(t)
	shortcut(u, ctrl(fyne.KeyN))
	if u.customerForm == nil {
		t.Fatal("Ctrl+N opened no customer form")
	}
	u.customerForm.close()
	s := portfolioOf(t, u)
	shortcut(u, ctrl(fyne.KeyF))
	if u.window.Canvas().Focused() != s.search {
		t.Error("Ctrl+F on the portfolio does not focus its search")
	}
	u.showScreen(screenSupport)
	shortcut(u, ctrl(fyne.KeyF))
	if u.window.Canvas().Focused() != u.picker.search {
		t.Error("Ctrl+F on a screen without a search does not open the customer picker")
	}
}

func TestCustomerPickerFocuses(t *testing.T) {
	u, db := newTestUI(t)
	u.picker.open()
	test.Type(u.picker.search, "sakura")
	if len(u.picker.shown) != 0 {
		t.Errorf("a romanised search matches %d customers", len(u.picker.shown))
	}
	retype(u.picker.search, "サクラ")
	if len(u.picker.shown) != 1 {
		t.Fatalf("searching サクラ shows %d customers", len(u.picker.shown))
	}
	u.picker.search.OnSubmitted(u.picker.search.Text)
	want := customerNamed(t, db, "株式会社サクラ電機")
	if u.focus() != want.ID {
		t.Fatalf("Enter in the picker put %v in focus, want %v", u.focus(), want.ID)
	}
	if u.customerLabel.Text != "— "+want.Name || u.tierChip.Text() != "Ultimate Success" || u.regionChip.Text() != "Japan" {
		t.Errorf("header %q %q %q", u.customerLabel.Text, u.tierChip.Text(), u.regionChip.Text())
	}
}

func TestUndoStackTakesBackInOrder(t *testing.T) {
	u, _ := newTestUI(t)
	var log []string
	for _, name := range []string{"first", "second"} {
		u.pushUndoRedo(name, func() error { log = append(log, name); return nil }, nil)
	}
	if !u.undoBar.Visible() || u.undoLabel.Text != "second" {
		t.Errorf("undo bar %v %q", u.undoBar.Visible(), u.undoLabel.Text)
	}
	shortcut(u, &fyne.ShortcutUndo{})
	shortcut(u, &fyne.ShortcutUndo{})
	shortcut(u, &fyne.ShortcutUndo{}) // nothing left: no effect
	if !slices.Equal(log, []string{"second", "first"}) {
		t.Errorf("undone %q", log)
	}
}

func TestUndoInATextFieldUndoesTheTyping(t *testing.T) {
	u, _ := newTestUI(t)
	undone := 0
	u.pushUndoRedo("a saved change", func() error { undone++; return nil }, nil)
	s := portfolioOf(t, u)
	u.window.Canvas().Focus(s.search)
	test.Type(s.search, "kookaburra")
	shortcut(u, &fyne.ShortcutUndo{})
	if s.search.Text != "" || undone != 0 {
		t.Fatalf("Ctrl+Z in the search field: text %q, saved changes undone %d; want the typing undone and the change kept", s.search.Text, undone)
	}
	u.window.Canvas().Unfocus()
	shortcut(u, &fyne.ShortcutUndo{})
	if undone != 1 {
		t.Errorf("Ctrl+Z outside a text field undid %d saved changes, want 1", undone)
	}
}

func TestUndoFailureIsShown(t *testing.T) {
	u, _ := newTestUI(t)
	u.pushUndoRedo("broken", func() error { return fmt.Errorf("disk full") }, nil)
	u.undo()
	top := u.window.Canvas().Overlays().Top()
	if top == nil || !slices.ContainsFunc(visibleTexts(top), func(s string) bool { return strings.Contains(s, "disk full") }) {
		t.Error("a failed undo shows no error")
	}
}

func TestShowErrorListsEveryField(t *testing.T) {
	u, _ := newTestUI(t)
	err := planner.Customer{Name: "", Region: "mars"}.Validate(u.cat)
	u.showError(err)
	texts := strings.Join(visibleTexts(u.window.Canvas().Overlays().Top()), "\n")
	for _, field := range []string{"name: must not be empty", "region: unknown region", "membership.tier"} {
		if !strings.Contains(texts, field) {
			t.Errorf("the error dialog does not list %q:\n%s", field, texts)
		}
	}
}

func TestPreferencesRestoreScreenSizeAndFocus(t *testing.T) {
	cat := catalogForTest()
	db := openTestStore(t, cat, true)
	a := test.NewTempApp(t)
	opts := Options{App: a, Catalog: cat, Store: db, Now: testNow, Language: "en", ReminderInterval: -1, UndoBarTimeout: -1, Theme: test.Theme()}
	u, err := Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	c := customerNamed(t, db, "Kookaburra Bank")
	u.setFocus(c.ID)
	u.showScreen(screenSupport)
	u.window.Resize(fyne.NewSize(1100, 700))
	u.Close()

	again, err := Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if again.current != screenSupport {
		t.Errorf("restarted on %s, want the support screen", again.current)
	}
	if again.focus() != c.ID {
		t.Errorf("restarted with %v in focus, want %v", again.focus(), c.ID)
	}
	if got := again.window.Canvas().Size(); got.Width != 1100 || got.Height != 700 {
		t.Errorf("restarted at %v, want 1100x700", got)
	}
}

func TestCloseAsksAboutUnsavedForm(t *testing.T) {
	u, db := newTestUI(t)
	f := u.openCustomerForm(planner.Customer{}, true)
	test.Type(f.name, "Half Typed Ltd")
	u.requestClose()
	if u.closed {
		t.Fatal("the window closed with an unsaved customer form")
	}
	tapButton(t, u, "Cancel")
	if u.closed || u.customerForm == nil {
		t.Fatal("Cancel closed the window or the form")
	}
	u.requestClose()
	tapButton(t, u, "Save")
	if !u.closed {
		t.Error("the window stays open after Save")
	}
	customerNamed(t, db, "Half Typed Ltd")
}

// notifyApp is a Fyne app that records the notifications it is sent.
type notifyApp struct {
	fyne.App
	sent []*fyne.Notification
}

func (a *notifyApp) SendNotification(n *fyne.Notification) { a.sent = append(a.sent, n) }

func TestRemindersSummariseWhatIsDueToday(t *testing.T) {
	cat := catalogForTest()
	db := openTestStore(t, cat, true)
	today := catalog.DateOf(testNow())
	c := customerNamed(t, db, "Müller GmbH")
	acc := storedAccount(t, db, c.ID)
	acc.Plan.Actions = append(acc.Plan.Actions, planner.Action{ID: planner.NewID(), Title: "Send the launch checklist",
		Owner: "TAM", Side: planner.SideVendor, Due: today, Status: planner.StatusOpen})
	if _, err := db.PutPlan(acc.Plan); err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutActivity(planner.Activity{ID: planner.NewID(), CustomerID: c.ID, ItemID: "acc-analytics-workspace-enablement",
		Solution: "analytics", Date: today, Hours: 3, Status: planner.ActivityScheduled}); err != nil {
		t.Fatal(err)
	}
	a := &notifyApp{App: test.NewTempApp(t)}
	u, err := Build(Options{App: a, Catalog: cat, Store: db, Now: testNow, Language: "en", ReminderInterval: time.Hour, Theme: test.Theme(), queueCalls: true})
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	u.waitIdle()
	if len(a.sent) != 2 {
		t.Fatalf("sent %d notifications on start, want one for actions and one for activities", len(a.sent))
	}
	if !strings.Contains(a.sent[0].Content, "Müller GmbH: Send the launch checklist") {
		t.Errorf("actions notification %q", a.sent[0].Content)
	}
	if !strings.Contains(a.sent[1].Content, "Analysis Workspace enablement") {
		t.Errorf("activities notification %q", a.sent[1].Content)
	}
}

func TestSummarizeKeepsThreeLines(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"a"}, "a"},
		{[]string{"a", "b", "c"}, "a\nb\nc"},
		{[]string{"a", "b", "c", "d", "e"}, "a\nb\nc\n+2"},
	}
	for _, tt := range tests {
		if got := summarize(tt.lines); got != tt.want {
			t.Errorf("summarize(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestUndoSaysWhatWasUndoneAndRedoes(t *testing.T) {
	u, db, c := newTestUIFor(t, "Contoso Health")
	f := u.openCustomerForm(c, false)
	f.notes.SetText("Renewal talks in March")
	tapButton(t, u, "Save")
	shortcut(u, &fyne.ShortcutUndo{})
	if got := customerNamed(t, db, c.Name).Notes; got != c.Notes {
		t.Fatalf("after Ctrl+Z the notes are %q, want %q", got, c.Notes)
	}
	if u.undoBar.Visible() || !u.notice.bar.Visible() || !u.notice.redo.Visible() || u.notice.open.Visible() {
		t.Fatalf("after Ctrl+Z: undo bar %v, notice %v, Redo %v, Open %v; want the notice with Redo only",
			u.undoBar.Visible(), u.notice.bar.Visible(), u.notice.redo.Visible(), u.notice.open.Visible())
	}
	if want := "Undone: " + u.tr("customer.edited", c.Name); u.notice.label.Text != want {
		t.Errorf("the notice says %q, want %q", u.notice.label.Text, want)
	}
	test.Tap(u.notice.redo)
	if got := customerNamed(t, db, c.Name).Notes; got != "Renewal talks in March" {
		t.Fatalf("after Redo the notes are %q, want the edit again", got)
	}
	if u.notice.bar.Visible() || !u.undoBar.Visible() {
		t.Errorf("after Redo: notice %v, undo bar %v; want the undo bar offered again", u.notice.bar.Visible(), u.undoBar.Visible())
	}
	shortcut(u, &fyne.ShortcutUndo{}) // the redone change can be undone again
	if got := customerNamed(t, db, c.Name).Notes; got != c.Notes {
		t.Errorf("undoing the redo leaves the notes %q, want %q", got, c.Notes)
	}
	shortcut(u, &fyne.ShortcutRedo{}) // Ctrl+Y (Ctrl+Shift+Z) redoes it too
	if got := customerNamed(t, db, c.Name).Notes; got != "Renewal talks in March" {
		t.Errorf("after the Redo shortcut the notes are %q, want the edit again", got)
	}
}

func TestUndoneNoticeIsTranslatedAndOffersNoRedoWithout(t *testing.T) {
	for lang, want := range map[string]string{"nl": "Ongedaan gemaakt: x", "ja": "元に戻しました：x"} {
		u, _ := newTestUIInLanguage(t, lang)
		u.pushUndoRedo("x", func() error { return nil }, nil)
		u.undo()
		if u.notice.label.Text != want || u.notice.redo.Visible() {
			t.Errorf("%s: the notice says %q with Redo %v; want %q without Redo", lang, u.notice.label.Text, u.notice.redo.Visible(), want)
		}
	}
}

func TestANewChangeForgetsWhatWasUndone(t *testing.T) {
	u, _ := newTestUI(t)
	redone := 0
	u.pushUndoRedo("first", func() error { return nil }, func() error { redone++; return nil })
	u.undo()
	u.pushUndoRedo("second", func() error { return nil }, nil)
	u.redo()
	if redone != 0 {
		t.Errorf("redo after a new change redid the old one %d times", redone)
	}
}
