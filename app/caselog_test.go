package app

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
	"github.com/liftoff-app/liftoff/storage"
)

// formFieldOf returns the field of dialog fd with key.
func formFieldOf(t *testing.T, fd *formDialog, key string) *formField {
	t.Helper()
	for _, f := range fd.form.fields {
		if f.key == key {
			return f
		}
	}
	t.Fatalf("the dialog has no field %q", key)
	return nil
}

// setFieldText replaces the text of the i-th entry of field key of fd.
func setFieldText(t *testing.T, fd *formDialog, key string, i int, text string) {
	t.Helper()
	f := formFieldOf(t, fd, key)
	if i >= len(f.entries) {
		t.Fatalf("field %q has %d entries, not %d", key, len(f.entries), i+1)
	}
	f.entries[i].SetText(text)
}

// chooseIn selects option index i of the choice of field key of fd.
func chooseIn(t *testing.T, fd *formDialog, key string, i int) {
	t.Helper()
	sel, ok := formFieldOf(t, fd, key).input.(*widget.Select)
	if !ok {
		t.Fatalf("field %q is not a choice", key)
	}
	sel.SetSelectedIndex(i)
}

// caseLogWith stores case sc and shows the case log of its customer,
// with the index of sc in the log's account.
func caseLogWith(t *testing.T, u *UI, db *storage.DB, sc planner.SupportCase) (*caseLog, int) {
	t.Helper()
	if _, err := db.PutCase(sc); err != nil {
		t.Fatalf("store case %s: %v", sc.Number, err)
	}
	c, err := db.Customer(sc.CustomerID)
	if err != nil {
		t.Fatalf("read the customer of case %s: %v", sc.Number, err)
	}
	l := caseLogOf(t, u, c)
	return l, caseIndex(l, sc.Number)
}

// caseIndex returns the index of the case numbered number in the account
// case log l shows, or -1 for none.
func caseIndex(l *caseLog, number string) int {
	return slices.IndexFunc(l.account.Cases, func(x planner.SupportCase) bool { return x.Number == number })
}

// loggedCase is what addCase types into the case dialog.
type loggedCase struct {
	number, title string
	priority      int // index in the priority select
	// openedDate, openedTime, respondedDate and respondedTime are typed
	// into the opened and first response fields.
	openedDate, openedTime, respondedDate, respondedTime string
}

// addCase taps Add on case log l, types c into the dialog and saves it;
// the test stops when Save lists problems.
func addCase(t *testing.T, l *caseLog, c loggedCase) {
	t.Helper()
	test.Tap(l.addBtn)
	fd := l.dialog
	setFieldText(t, fd, "number", 0, c.number)
	setFieldText(t, fd, "title", 0, c.title)
	chooseIn(t, fd, "priority", c.priority)
	setFieldText(t, fd, "opened", 0, c.openedDate)
	setFieldText(t, fd, "opened", 1, c.openedTime)
	setFieldText(t, fd, "firstResponse", 0, c.respondedDate)
	setFieldText(t, fd, "firstResponse", 1, c.respondedTime)
	if problems := pressSave(fd); problems != "" {
		t.Fatalf("Save lists %q", problems)
	}
}

// caseLogOf shows the case log of customer c.
func caseLogOf(t *testing.T, u *UI, c planner.Customer) *caseLog {
	t.Helper()
	return supportOf(t, u, c).cases
}

// shownTexts returns the texts of the visible labels, fitted labels and
// chips under o, one a line.
func shownTexts(o fyne.CanvasObject) string { return strings.Join(textsShown(o), "\n") }

// textsShown returns the texts of the visible labels (those with a
// tooltip too), fitted labels and chips under o, the whole text of those
// that cut theirs, empty ones included.
func textsShown(o fyne.CanvasObject) []string {
	var out []string
	walkVisible(o, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *hintLabel:
			out = append(out, x.Text)
		case *widgets.Chip:
			out = append(out, x.Text())
		case *widgets.FitLabel:
			out = append(out, x.Text())
		}
		return true
	})
	return out
}

// rowTexts returns the texts of the case log's rows.
func rowTexts(l *caseLog) string { return shownTexts(l.rows) }

func TestCaseLogListsTheCustomersCasesNewestFirst(t *testing.T) {
	u, db, c := newTestUIFor(t, "Northwind Outfitters")
	acc := storedAccount(t, db, c.ID)
	l := caseLogOf(t, u, c)
	l.filter.SetSelected(u.tr("cases.filter.all"))
	if len(l.shown) != len(acc.Cases) || len(acc.Cases) < 2 {
		t.Fatalf("lists %d of the customer's %d cases", len(l.shown), len(acc.Cases))
	}
	for i := 1; i < len(l.shown); i++ {
		if l.shown[i].Opened.After(l.shown[i-1].Opened) {
			t.Errorf("case %s (opened %v) is listed after the older %s", l.shown[i].Number, l.shown[i].Opened, l.shown[i-1].Number)
		}
	}
	text := rowTexts(l)
	for _, sc := range acc.Cases {
		if !strings.Contains(text, sc.Number) {
			t.Errorf("the log does not show case %s", sc.Number)
		}
		if !strings.Contains(text, u.sentence(sc.Status.Label())) {
			t.Errorf("the log does not show the status %s of case %s", sc.Status.Label(), sc.Number)
		}
	}
	l.filter.SetSelected(u.tr("cases.filter.open"))
	for _, sc := range l.shown {
		if sc.Status == planner.CaseClosed {
			t.Errorf("the open filter lists closed case %s", sc.Number)
		}
	}
}

// addCaseForVerdict logs case lc in l and returns it as stored, the
// calendar of its customer and its response verdict at testNow; the test
// fails when the case is not stored or the verdict cannot be given.
func addCaseForVerdict(t *testing.T, u *UI, db *storage.DB, l *caseLog, lc loggedCase) (planner.SupportCase, planner.Calendar, planner.ResponseVerdict) {
	t.Helper()
	addCase(t, l, lc)
	acc := storedAccount(t, db, l.account.Customer.ID)
	saved, ok := acc.CaseByNumber(lc.number)
	if !ok {
		t.Fatalf("case %s is not stored", lc.number)
	}
	cal, err := planner.CustomerCalendar(u.cat, u.settings(), acc.Customer)
	if err != nil {
		t.Fatal(err)
	}
	v, err := planner.CaseResponseVerdict(u.cat, saved, acc.Customer.Membership, cal, testNow())
	if err != nil {
		t.Fatal(err)
	}
	return saved, cal, v
}

func TestCaseLogAddShowsTheVerdictAndUndoes(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	l := caseLogOf(t, u, c)
	saved, cal, v := addCaseForVerdict(t, u, db, l, loggedCase{"E-9001", "Checkout fails for every order", 1, // P2
		"2026-11-25", "10:00", "2026-11-25", "13:05"})
	if want := time.Date(2026, 11, 25, 10, 0, 0, 0, cal.Location); !saved.Opened.Equal(want) {
		t.Errorf("opened %v, want %v (typed in the customer's zone)", saved.Opened, want)
	}
	if v.State != planner.ResponseBreached {
		t.Fatalf("the fixture should breach: %s", v.Text())
	}
	want := "breached by " + u.text.Minutes(-v.MarginMinutes)
	if !strings.Contains(rowTexts(l), want) {
		t.Errorf("the log does not say %q:\n%s", want, rowTexts(l))
	}
	if l.shown[0].Number != "E-9001" {
		t.Errorf("the newest case listed first is %s", l.shown[0].Number)
	}

	u.window.Canvas().Unfocus()
	shortcut(u, &fyne.ShortcutUndo{})
	acc := storedAccount(t, db, c.ID)
	if _, ok := acc.CaseByNumber("E-9001"); ok {
		t.Error("Ctrl+Z left the case")
	}
	u.redo()
	acc, _ = db.Account(c.ID)
	if _, ok := acc.CaseByNumber("E-9001"); !ok {
		t.Error("redo did not log the case again")
	}
}

func TestCaseLogMetVerdictSaysTheMargin(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	l := caseLogOf(t, u, c)
	_, _, v := addCaseForVerdict(t, u, db, l, loggedCase{"E-9002", "Slow search", 3, // P4
		"2026-11-26", "08:00", "2026-11-26", "09:00"})
	if v.State != planner.ResponseMet {
		t.Fatalf("the fixture should be met: %s", v.Text())
	}
	if want := "met with " + u.text.Minutes(v.MarginMinutes) + " to spare"; !strings.Contains(rowTexts(l), want) {
		t.Errorf("the log does not say %q:\n%s", want, rowTexts(l))
	}
}

func TestCaseDialogListsProblemsInTheWindowsWords(t *testing.T) {
	u, db := newTestUI(t)
	l := caseLogOf(t, u, customerNamed(t, db, "Müller GmbH"))
	test.Tap(l.addBtn)
	fd := l.dialog
	setFieldText(t, fd, "opened", 1, "25:99")
	problems := pressSave(fd)
	for _, want := range []string{"Case number", "Subject", "Priority", "HH:MM"} {
		if !strings.Contains(problems, want) {
			t.Errorf("the problems do not name %q:\n%s", want, problems)
		}
	}
	if !fd.open {
		t.Error("the dialog closed with problems")
	}
}

func TestCaseStatusChangeRefusedWithTheReason(t *testing.T) {
	u, db := newTestUI(t)
	sc := planner.NewSupportCase(customerNamed(t, db, "Müller GmbH").ID, "E-9100", "Login loop", "", catalog.P3, testNow().Add(-2*time.Hour))
	l, i := caseLogWith(t, u, db, sc)
	l.openStatusDialog(i)
	fd := l.dialog
	statuses := slices.DeleteFunc(planner.CaseStatuses(), func(s planner.CaseStatus) bool { return s == planner.CaseNew })
	chooseIn(t, fd, "status", slices.Index(statuses, planner.CaseReopened))
	problems := pressSave(fd)
	if !strings.Contains(problems, "a case cannot go from New to Reopened") {
		t.Errorf("the refusal does not say why:\n%s", problems)
	}
	if msg := formFieldOf(t, fd, "status").err.Text; msg == "" {
		t.Error("the status field is not marked")
	}
	got, _ := db.Case(sc.ID)
	if got.Status != planner.CaseNew || len(got.History) != 0 {
		t.Errorf("a refused change was stored: %+v", got.History)
	}

	chooseIn(t, fd, "status", slices.Index(statuses, planner.CaseAwaitingResponse))
	if problems := pressSave(fd); problems != "" {
		t.Fatalf("an allowed change lists %q", problems)
	}
	got, _ = db.Case(sc.ID)
	if got.Status != planner.CaseAwaitingResponse {
		t.Errorf("status %s after the change", got.Status)
	}
	u.undo()
	got, _ = db.Case(sc.ID)
	if got.Status != planner.CaseNew {
		t.Errorf("undo left status %s", got.Status)
	}
}

// TestCaseLogSetsInProgress checks that the TAM can pick In Progress in
// the case log for a waiting case the customer answered: it is stored,
// shown, its follow-up reminders are no longer due, and undo makes it
// wait again.
func TestCaseLogSetsInProgress(t *testing.T) {
	u, db := newTestUI(t)
	rules := catalog.Default().FollowUp
	sc := planner.NewSupportCase(customerNamed(t, db, "Müller GmbH").ID, "E-9300", "Images not rendered", "", catalog.P3, testNow().AddDate(0, 0, -10))
	if err := sc.SetStatus(rules, planner.CaseAwaitingResponse, testNow().AddDate(0, 0, -4)); err != nil {
		t.Fatal(err)
	}
	remindersOf := func() int {
		t.Helper()
		due, err := dueCaseReminders(u.store, u.cat, u.today(), u.tamLocation())
		if err != nil {
			t.Fatal(err)
		}
		return len(slices.DeleteFunc(due, func(r planner.DueReminder) bool { return r.CaseID != sc.ID }))
	}
	l, i := caseLogWith(t, u, db, sc)
	if remindersOf() == 0 {
		t.Fatal("the waiting case has no reminder due")
	}
	l.openStatusDialog(i)
	fd := l.dialog
	statuses := slices.DeleteFunc(planner.CaseStatuses(), func(s planner.CaseStatus) bool { return s == planner.CaseNew })
	sel := formFieldOf(t, fd, "status").input.(*widget.Select)
	if !slices.Contains(sel.Options, "In Progress") {
		t.Fatalf("the status choices %q lack In Progress", sel.Options)
	}
	chooseIn(t, fd, "status", slices.Index(statuses, planner.CaseInProgress))
	if sel.Selected != "In Progress" {
		t.Fatalf("picked %q, want In Progress", sel.Selected)
	}
	if problems := pressSave(fd); problems != "" {
		t.Fatalf("setting the case in progress lists %q", problems)
	}
	got, _ := db.Case(sc.ID)
	if got.Status != planner.CaseInProgress || len(got.History) != 2 {
		t.Errorf("status %s, history %+v; want in progress after waiting", got.Status, got.History)
	}
	if text := rowTexts(l); !strings.Contains(text, "In Progress") {
		t.Errorf("the log does not show the status:\n%s", text)
	}
	if n := remindersOf(); n != 0 {
		t.Errorf("%d reminders of the case in progress are due, want none", n)
	}
	u.undo()
	if got, _ := db.Case(sc.ID); got.Status != planner.CaseAwaitingResponse || remindersOf() == 0 {
		t.Errorf("after undo: status %s; want it waiting again, with its reminders due", got.Status)
	}
}

// TestCaseStatusInProgressInEveryLanguage checks the name the status
// choice gives In Progress in Dutch and Japanese.
func TestCaseStatusInProgressInEveryLanguage(t *testing.T) {
	for lang, want := range map[string]string{"nl": "In behandeling", "ja": "対応中"} {
		u, db := newTestUIInLanguage(t, lang)
		sc := planner.NewSupportCase(customerNamed(t, db, "Müller GmbH").ID, "E-9301", "Login loop", "", catalog.P3, testNow().Add(-2*time.Hour))
		l, i := caseLogWith(t, u, db, sc)
		l.openStatusDialog(i)
		sel := formFieldOf(t, l.dialog, "status").input.(*widget.Select)
		if !slices.Contains(sel.Options, want) {
			t.Errorf("%s: the status choices %q lack %q", lang, sel.Options, want)
		}
	}
}

func TestCaseEscalateAndRespond(t *testing.T) {
	u, db := newTestUI(t)
	sc := planner.NewSupportCase(customerNamed(t, db, "Müller GmbH").ID, "E-9200", "Publishing stuck", "", catalog.P2, testNow().Add(-3*time.Hour))
	l, i := caseLogWith(t, u, db, sc)
	l.openEscalateDialog(i)
	fd := l.dialog
	if problems := pressSave(fd); !strings.Contains(problems, "Escalated by") || !strings.Contains(problems, "Reason") {
		t.Errorf("an empty escalation lists %q", problems)
	}
	setFieldText(t, fd, "escalation.by", 0, "Anna Becker")
	setFieldText(t, fd, "escalation.reason", 0, "Go-live on Monday")
	if problems := pressSave(fd); problems != "" {
		t.Fatalf("Save lists %q", problems)
	}
	got, _ := db.Case(sc.ID)
	if len(got.Escalations) != 1 || got.Escalations[0].By != "Anna Becker" || got.Escalations[0].Side != planner.SideCustomer {
		t.Errorf("escalations %+v", got.Escalations)
	}
	if !strings.Contains(rowTexts(l), "1 escalation") {
		t.Errorf("the row has no escalation mark:\n%s", rowTexts(l))
	}

	l.openRespondDialog(caseIndex(l, "E-9200"))
	if problems := pressSave(l.dialog); problems != "" {
		t.Fatalf("Save lists %q", problems)
	}
	got, _ = db.Case(sc.ID)
	if !got.FirstResponse.Equal(testNow().Truncate(time.Minute)) {
		t.Errorf("first response %v, want now", got.FirstResponse)
	}
}

func TestCaseImportWithABadRowImportsNothing(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	before, _ := db.Account(c.ID)
	l := caseLogOf(t, u, c)
	file := "Case Number,Subject,Priority,Created Date\n" +
		"E-7001,Cache not purged,P3,2026-11-25 10:00\n" +
		"E-7002,Search down,P9,2026-11-25 11:00\n" +
		"E-7003,,P2,yesterday\n"
	err := l.newCaseImport().run(context.Background(), strings.NewReader(file))
	if err == nil {
		t.Fatal("a file with bad rows was imported")
	}
	after, _ := db.Account(c.ID)
	if len(after.Cases) != len(before.Cases) {
		t.Errorf("the customer has %d cases after a refused import, %d before", len(after.Cases), len(before.Cases))
	}
	u.showError(err)
	shown := strings.Join(visibleTexts(u.window.Canvas().Overlays().Top()), "\n")
	for _, want := range []string{"Nothing was imported", "line 3, Priority", "line 4, Subject", "line 4, Created Date"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the error does not say %q:\n%s", want, shown)
		}
	}
}

func TestCaseImportAddsAndUndoes(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	before, _ := db.Account(c.ID)
	l := caseLogOf(t, u, c)
	imp := importCaseFile(t, l, twoCasesFile)
	if imp.result.Added != 2 {
		t.Errorf("added %d cases, want 2", imp.result.Added)
	}
	if text := rowTexts(l); !strings.Contains(text, "E-7001") || !strings.Contains(text, "E-7002") {
		t.Errorf("the log does not list the imported cases:\n%s", text)
	}
	u.undo()
	after, _ := db.Account(c.ID)
	if len(after.Cases) != len(before.Cases) {
		t.Errorf("undo left %d cases, want %d", len(after.Cases), len(before.Cases))
	}
	u.redo()
	after, _ = db.Account(c.ID)
	if _, ok := after.CaseByNumber("E-7002"); !ok {
		t.Error("redo did not import the cases again")
	}
}

// buildWithReminders builds the window on db with the reminder check on,
// as the application runs it.
func buildWithReminders(t *testing.T, db *storage.DB) *UI {
	t.Helper()
	u, err := Build(Options{App: test.NewTempApp(t), Catalog: catalog.Default(), Store: db, Now: testNow, Language: "en",
		ReminderInterval: time.Hour, UndoBarTimeout: -1, CatalogDir: t.TempDir(), Theme: test.Theme(), queueCalls: true})
	if err != nil {
		t.Fatalf("build window: %v", err)
	}
	u.window.Resize(testWindowSize())
	t.Cleanup(u.Close)
	u.waitIdle()
	return u
}

// storeWithWaitingCase returns a store holding only the first customer
// of the sample, with one case, number, opened ten days ago and waiting
// for the customer's answer since three days ago; and that customer's
// account and the case.
func storeWithWaitingCase(t *testing.T, cat *catalog.Catalog, number string) (*storage.DB, planner.Account, planner.SupportCase) {
	t.Helper()
	db := openTestStore(t, cat, false)
	acc := sample.Portfolio(cat, catalog.DateOf(testNow()))[0]
	acc.Risks = nil
	sc := planner.NewSupportCase(acc.Customer.ID, number, "Asset upload fails", "", catalog.P3, testNow().AddDate(0, 0, -10))
	if err := sc.SetStatus(cat.FollowUp, planner.CaseAwaitingResponse, testNow().AddDate(0, 0, -3)); err != nil {
		t.Fatal(err)
	}
	acc.Cases = []planner.SupportCase{sc}
	if _, err := db.ImportAccounts([]planner.Account{acc}); err != nil {
		t.Fatal(err)
	}
	return db, acc, sc
}

func TestDueRemindersListedOnStartAndMarkedSent(t *testing.T) {
	cat := catalog.Default()
	db, acc, sc := storeWithWaitingCase(t, cat, "E-5001")
	due, err := planner.DueReminders(cat, []planner.Account{acc}, catalog.DateOf(testNow()), time.Local)
	if err != nil || len(due) == 0 {
		t.Fatalf("the fixture has no due reminder: %v", err)
	}

	u := buildWithReminders(t, db)
	if len(u.dueReminders) == 0 || u.remindersDialog == nil {
		t.Fatal("no reminders listed on start")
	}
	shown := strings.Join(visibleTexts(u.window.Canvas().Overlays().Top()), "\n")
	if !strings.Contains(shown, "E-5001") || !strings.Contains(shown, acc.Customer.Name) {
		t.Errorf("the list does not name the case and customer:\n%s", shown)
	}
	first := u.dueReminders[0]
	tapButton(t, u, "Mark sent")
	got, _ := db.Case(sc.ID)
	if len(got.Reminders) != 1 || got.Reminders[0].State != planner.ReminderSent || got.Reminders[0].N != first.N {
		t.Fatalf("marks %+v after Mark sent", got.Reminders)
	}
	u.Close()

	again := buildWithReminders(t, db)
	for _, r := range again.dueReminders {
		if r.CaseID == first.CaseID && r.N == first.N {
			t.Errorf("the reminder marked sent is listed again at the next start")
		}
	}
}

// TestDueReminderSetsTheCaseInProgress checks that the TAM, told by the
// list of due reminders that a case waits, can record that the customer
// answered: the case goes in progress, every row of it loses its
// buttons, none of its reminders is due any more, and undo makes it wait
// again.
func TestDueReminderSetsTheCaseInProgress(t *testing.T) {
	db, _, sc := storeWithWaitingCase(t, catalog.Default(), "E-5002")
	u := buildWithReminders(t, db)
	if len(u.dueReminders) < 2 || u.remindersDialog == nil {
		t.Fatalf("%d reminders listed on start, want the case's two", len(u.dueReminders))
	}
	tapButton(t, u, "Set in progress")
	got, _ := db.Case(sc.ID)
	if got.Status != planner.CaseInProgress || len(got.History) != 2 {
		t.Fatalf("status %s, history %+v; want in progress after waiting", got.Status, got.History)
	}
	top := u.window.Canvas().Overlays().Top()
	if findButton(top, "Mark sent") != nil || findButton(top, "Set in progress") != nil {
		t.Error("a row of the case in progress still offers its buttons")
	}
	if shown := strings.Join(visibleTexts(top), "\n"); strings.Count(shown, u.tr("reminders.nowInProgress")) != len(u.dueReminders) {
		t.Errorf("the rows do not all say the case is in progress:\n%s", shown)
	}
	if due, err := dueCaseReminders(u.store, u.cat, u.today(), u.tamLocation()); err != nil || len(due) != 0 {
		t.Errorf("reminders due after the case went in progress: %+v (%v)", due, err)
	}
	u.undo()
	if got, _ := db.Case(sc.ID); got.Status != planner.CaseAwaitingResponse {
		t.Errorf("after undo: status %s, want awaiting response", got.Status)
	}
}

func TestNoReminderListWhenRemindersAreOff(t *testing.T) {
	u, _ := newTestUI(t)
	if u.remindersDialog != nil {
		t.Error("the window lists reminders though the reminder check is off")
	}
}

func TestRemindersFallingDueNotifyOnce(t *testing.T) {
	u, db := newTestUI(t)
	accounts, _ := db.Accounts()
	due, err := planner.DueReminders(u.cat, accounts, u.today(), u.tamLocation())
	if err != nil || len(due) == 0 {
		t.Fatalf("the sample has no due reminders: %v", err)
	}
	var lines []string
	for _, r := range due {
		lines = append(lines, r.CaseNumber+" "+r.CaseTitle+" ("+r.CustomerName+"): "+u.reminderText(r))
	}
	want := fyne.NewNotification(u.trCount("reminders.title", len(due), len(due)), summarize(lines))
	if !strings.HasPrefix(want.Content, due[0].CaseNumber) {
		t.Fatalf("the expected notification does not start with case %s: %q", due[0].CaseNumber, want.Content)
	}
	test.AssertNotificationSent(t, want, func() {
		u.notifyDue()
		u.waitIdle()
	})
	test.AssertNotificationSent(t, nil, func() { u.notifyNewReminders(due) })
}

func TestCaseLogRenders(t *testing.T) {
	u, db := newTestUI(t)
	l := caseLogOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
	l.filter.SetSelected(u.tr("cases.filter.all"))
	test.AssertObjectRendersToMarkup(t, "caselog.xml", l.root)
}

// twoCasesFile is a case file of two good rows, E-7001 and E-7002.
const twoCasesFile = "Case Number,Subject,Priority,Created Date\n" +
	"E-7001,Cache not purged,P3,2026-11-25 10:00\n" +
	"E-7002,Search down,P1,2026-11-25 11:00\n"

// importCaseFile reads file as a case import into case log l and applies
// it as the window does once the file is read; it returns the import.
func importCaseFile(t *testing.T, l *caseLog, file string) *caseImport {
	t.Helper()
	imp := l.newCaseImport()
	if err := imp.run(context.Background(), strings.NewReader(file)); err != nil {
		t.Fatalf("import the case file: %v", err)
	}
	l.imported(imp)
	return imp
}

// importTwoCases imports two cases into the case log of c and returns
// the undo label of the import.
func importTwoCases(t *testing.T, u *UI, c planner.Customer) string {
	t.Helper()
	importCaseFile(t, caseLogOf(t, u, c), twoCasesFile)
	return u.tr("cases.undo.import", c.Name)
}

// An undo of an import must not take back a case the TAM changed since:
// it is refused, says why, and the change stays.
func TestCaseImportUndoKeepsACaseChangedSince(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	label := importTwoCases(t, u, c)
	acct := storedAccount(t, db, c.ID)
	edited, _ := acct.CaseByNumber("E-7001")
	edited.Title = "Cache not purged after deploy"
	if _, err := db.PutCase(edited); err != nil {
		t.Fatal(err)
	}
	u.undo()
	after, _ := db.Account(c.ID)
	if got, ok := after.CaseByNumber("E-7001"); !ok || got.Title != edited.Title {
		t.Errorf("the undo took back the case changed since: %+v (found %v)", got, ok)
	}
	if _, ok := after.CaseByNumber("E-7002"); !ok {
		t.Error("a refused undo removed an imported case")
	}
	want := u.tr("keys.undo.changed", label)
	if texts := overlayTexts(u); !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, want) }) {
		t.Errorf("the refused undo says %q, want %q", texts, want)
	}
}

// An undo of an import the database cannot write changes nothing, not
// half of the cases, and can be tried again once the database takes it.
func TestCaseImportUndoOnAFullDiskChangesNothing(t *testing.T) {
	u, fake, db := newFailingUI(t)
	c := customerNamed(t, db, "Müller GmbH")
	before, _ := db.Account(c.ID)
	importTwoCases(t, u, c)
	imported, _ := db.Account(c.ID)
	fake.failWith("PutAccount", errDiskFull)
	u.undo()
	got, _ := db.Account(c.ID)
	if !sameStored(got.Cases, imported.Cases) {
		t.Fatalf("a failed undo changed the cases: %d before it, %d after", len(imported.Cases), len(got.Cases))
	}
	fake.failWith("PutAccount", nil)
	u.undo()
	got, _ = db.Account(c.ID)
	if len(got.Cases) != len(before.Cases) {
		t.Errorf("the undo tried again left %d cases, want %d", len(got.Cases), len(before.Cases))
	}
}

// TestCaseProductsNameEachProductOnce checks that the products a case
// may be about list each once, and that Commerce Managed Services is the
// product of its own response table, not standard support.
func TestCaseProductsNameEachProductOnce(t *testing.T) {
	u, _, c := newTestUIFor(t, "Northwind Outfitters")
	l := caseLogOf(t, u, c)
	ids, names := l.caseProducts()
	seen := map[string]bool{}
	for i, name := range names {
		if seen[name] {
			t.Errorf("the products list %q twice: %q", name, names)
		}
		seen[name] = true
		if name == u.tr("support.product.commerceManaged") && ids[i] != "commerce-managed" {
			t.Errorf("%q stands for product %q", name, ids[i])
		}
	}
}
