package app

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// failingStore is a Store on a real test database whose chosen methods
// fail with chosen errors, and which counts the calls of every method it
// can fail.
type failingStore struct {
	Store
	mu       sync.Mutex
	failures map[string]error
	calls    map[string]int
}

// newFailingStore wraps db; no method fails until failWith says so.
func newFailingStore(db Store) *failingStore {
	return &failingStore{Store: db, failures: map[string]error{}, calls: map[string]int{}}
}

// failWith makes every later call of method fail with err; a nil err
// clears the fault.
func (f *failingStore) failWith(method string, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		delete(f.failures, method)
		return
	}
	f.failures[method] = err
}

// callsOf returns how often method was called.
func (f *failingStore) callsOf(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

// fault counts a call of method and returns the error it is to fail
// with, wrapped with the method's name as the database wraps its errors
// with what it was doing; nil when it is to work.
func (f *failingStore) fault(method string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls[method]++
	if err := f.failures[method]; err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	return nil
}

// faulty returns the error method is to fail with, else what call
// returns.
func faulty[T any](f *failingStore, method string, call func() (T, error)) (T, error) {
	if err := f.fault(method); err != nil {
		var zero T
		return zero, err
	}
	return call()
}

// Portfolio fails as failWith says, else calls the database's.
func (f *failingStore) Portfolio(today planner.Date) ([]planner.PortfolioRow, error) {
	return faulty(f, "Portfolio", func() ([]planner.PortfolioRow, error) { return f.Store.Portfolio(today) })
}

// Customers fails as failWith says, else calls the database's.
func (f *failingStore) Customers() ([]planner.Customer, error) {
	return faulty(f, "Customers", func() ([]planner.Customer, error) { return f.Store.Customers() })
}

// Account fails as failWith says, else calls the database's.
func (f *failingStore) Account(id planner.ID) (planner.Account, error) {
	return faulty(f, "Account", func() (planner.Account, error) { return f.Store.Account(id) })
}

// Accounts fails as failWith says, else calls the database's.
func (f *failingStore) Accounts() ([]planner.Account, error) {
	return faulty(f, "Accounts", func() ([]planner.Account, error) { return f.Store.Accounts() })
}

// Settings fails as failWith says, else calls the database's.
func (f *failingStore) Settings() (planner.Settings, error) {
	return faulty(f, "Settings", func() (planner.Settings, error) { return f.Store.Settings() })
}

// PutCustomer fails as failWith says, else calls the database's.
func (f *failingStore) PutCustomer(c planner.Customer) (planner.Customer, error) {
	return faulty(f, "PutCustomer", func() (planner.Customer, error) { return f.Store.PutCustomer(c) })
}

// PutEngagement fails as failWith says, else calls the database's.
func (f *failingStore) PutEngagement(e planner.Engagement) (planner.Engagement, error) {
	return faulty(f, "PutEngagement", func() (planner.Engagement, error) { return f.Store.PutEngagement(e) })
}

// PutPlan fails as failWith says, else calls the database's.
func (f *failingStore) PutPlan(p planner.ActionPlan) (planner.ActionPlan, error) {
	return faulty(f, "PutPlan", func() (planner.ActionPlan, error) { return f.Store.PutPlan(p) })
}

// PutActivity fails as failWith says, else calls the database's.
func (f *failingStore) PutActivity(a planner.Activity) (planner.Activity, error) {
	return faulty(f, "PutActivity", func() (planner.Activity, error) { return f.Store.PutActivity(a) })
}

// PutActivities fails as failWith says, else calls the database's.
func (f *failingStore) PutActivities(list []planner.Activity) ([]planner.Activity, error) {
	return faulty(f, "PutActivities", func() ([]planner.Activity, error) { return f.Store.PutActivities(list) })
}

// DeleteActivity fails as failWith says, else calls the database's.
func (f *failingStore) DeleteActivity(id planner.ID) (planner.Activity, error) {
	return faulty(f, "DeleteActivity", func() (planner.Activity, error) { return f.Store.DeleteActivity(id) })
}

// PutAccount fails as failWith says, else calls the database's.
func (f *failingStore) PutAccount(a planner.Account) error {
	if err := f.fault("PutAccount"); err != nil {
		return err
	}
	return f.Store.PutAccount(a)
}

// PutSettings fails as failWith says, else calls the database's.
func (f *failingStore) PutSettings(s planner.Settings) error {
	if err := f.fault("PutSettings"); err != nil {
		return err
	}
	return f.Store.PutSettings(s)
}

// The errors the database gives when a write cannot be made, as a test
// passes them to failWith.
var (
	// errDiskFull is a write the system refused for want of space.
	errDiskFull = &fs.PathError{Op: "write", Path: "liftoff.db", Err: syscall.ENOSPC}
	// errLockedDB is another program holding the database.
	errLockedDB = &storage.LockedError{Path: "liftoff.db"}
	// errReadOnlyDB is a write to a database open read-only.
	errReadOnlyDB = fmt.Errorf("database liftoff.db: %w", storage.ErrReadOnly)
)

// storeFault is a write failure a test goes through.
type storeFault struct {
	name string
	err  error
	// words must be in the message the window shows.
	words []string
}

// storeFaults are the write failures the tests go through.
var storeFaults = []storeFault{
	{"disk full", errDiskFull, []string{"not saved", "disk is full", "Free"}},
	{"locked", errLockedDB, []string{"cannot use its database", "another", "Close"}},
	{"refused", errReadOnlyDB, []string{"not saved", "read-only"}},
}

// newFailingUI builds the window as newTestUI does, on a failingStore
// around a database with the sample portfolio.
func newFailingUI(t testing.TB) (*UI, *failingStore, *storage.DB) {
	t.Helper()
	cat := catalog.Default()
	db := openTestStore(t, cat, true)
	fake := newFailingStore(db)
	u, err := Build(Options{App: test.NewTempApp(t), Catalog: cat, Store: fake, Now: testNow, Language: "en",
		ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), Theme: test.Theme(), queueCalls: true})
	if err != nil {
		t.Fatalf("build window: %v", err)
	}
	u.window.Resize(testWindowSize())
	t.Cleanup(u.Close)
	return u, fake, db
}

// assertUsersWords fails when msg lacks one of words or shows the Go
// error chain of err.
func assertUsersWords(t *testing.T, msg string, err error, words []string) {
	t.Helper()
	for _, w := range words {
		if !strings.Contains(msg, w) {
			t.Errorf("the message %q does not say %q", msg, w)
		}
	}
	if strings.Contains(msg, err.Error()) || strings.Contains(msg, "liftoff.db:") || strings.Contains(msg, "Put") {
		t.Errorf("the message %q shows the program's error %q", msg, err)
	}
}

func TestCustomerFormKeepsTheTypingWhenSavingFails(t *testing.T) {
	for _, fault := range storeFaults {
		t.Run(fault.name, func(t *testing.T) {
			u, fake, db := newFailingUI(t)
			c := customerNamed(t, db, "Müller GmbH")
			f := u.openCustomerForm(c, false)
			retype(f.name, "Müller Holding")
			retype(f.timeZone, "Europe/Berlin")
			undos := len(u.undos)
			fake.failWith("PutCustomer", fault.err)

			msg := pressSave(f.fd)
			if fake.callsOf("PutCustomer") == 0 {
				t.Fatal("Save did not try to write the customer")
			}
			if !f.fd.open || u.customerForm != f {
				t.Fatal("the form closed although the customer was not saved")
			}
			assertUsersWords(t, msg, fault.err, fault.words)
			if f.name.Text != "Müller Holding" || f.timeZone.Text != "Europe/Berlin" {
				t.Errorf("the form holds %q, %q after the failed save, want what was typed", f.name.Text, f.timeZone.Text)
			}
			if got := customerNamed(t, db, c.Name); got.TimeZone != c.TimeZone {
				t.Errorf("the stored customer changed to time zone %q", got.TimeZone)
			}
			if len(u.undos) != undos {
				t.Errorf("the failed save left %d undo entries, want %d", len(u.undos), undos)
			}

			fake.failWith("PutCustomer", nil)
			pressSave(f.fd)
			if f.fd.open {
				t.Fatalf("the form stays open after saving again with the fault cleared: %q", f.form.general.Text)
			}
			if got := customerNamed(t, db, "Müller Holding"); got.ID != c.ID || got.TimeZone != "Europe/Berlin" {
				t.Errorf("stored %+v after saving again", got)
			}
		})
	}
}

// newFailingPlanningUI builds the window on a failingStore as
// newPlanningUI does.
func newFailingPlanningUI(t *testing.T) (*planningUI, *failingStore) {
	t.Helper()
	u, fake, db := newFailingUI(t)
	return planningUIOn(t, u, db), fake
}

// openFailingQuarter shows the quarter on a failingStore and returns it
// as a planningUI on the database beneath.
func openFailingQuarter(t *testing.T) (*planningUI, *quarterScreen, *failingStore) {
	t.Helper()
	p, fake := newFailingPlanningUI(t)
	s := p.open(screenQuarter, p.newQuarter, planner.ID{}).(*quarterScreen)
	p.settle()
	if s.data == nil {
		t.Fatal("the quarter did not load")
	}
	return p, s, fake
}

// saveFormFailingOnce taps Save on form dialog fd while the store's method
// fails with fault, and checks that Save tried to write, that the form
// stays open saying fault's words and that no undo step is left; kept then
// checks what the form and the store hold. It clears the fault, saves
// again and checks that the form closes.
func saveFormFailingOnce(t *testing.T, p *planningUI, fake *failingStore, fd *formDialog, method string, fault storeFault, kept func()) {
	t.Helper()
	undos := len(p.undos)
	fake.failWith(method, fault.err)
	test.Tap(fd.save)
	p.settle()
	if fake.callsOf(method) == 0 {
		t.Fatalf("Save did not try to write (%s)", method)
	}
	if !fd.open {
		t.Fatalf("the form closed although %s failed", method)
	}
	assertUsersWords(t, strings.Join(fd.form.messages(), "\n")+errorShown(p.UI), fault.err, fault.words)
	kept()
	if len(p.undos) != undos {
		t.Errorf("the failed save left %d undo entries, want %d", len(p.undos), undos)
	}
	fake.failWith(method, nil)
	test.Tap(fd.save)
	p.settle()
	if fd.open {
		t.Fatalf("the form stays open after saving again: %q", fd.form.messages())
	}
}

// errorShown returns the texts of the dialog on top, or "" for none.
func errorShown(u *UI) string {
	return strings.Join(overlayTexts(u), "\n")
}

func TestQuarterFailedMoveChangesNothingAndUndoSkipsIt(t *testing.T) {
	p, s, fake := openFailingQuarter(t)
	// A change before the failed move, which Undo must take back.
	a, _ := moveMovableAWeekOn(t, p, s)
	b, _ := movableOtherThan(t, p, s, a.ID)
	undos := len(p.undos)
	fake.failWith("PutActivities", errDiskFull)
	pos := dragBlockAWeekOn(t, p, s, b)
	p.settle()
	if after, _, ok := s.grid.BlockBounds(b.ID.String()); !ok || after != pos {
		t.Errorf("after the failed move the block of %s is at %v (shown %v), want back at %v", b.ID, after, ok, pos)
	}
	if fake.callsOf("PutActivities") < 2 {
		t.Fatal("the move did not try to write")
	}
	assertUsersWords(t, errorShown(p.UI), errDiskFull, []string{"not saved", "disk is full"})
	if got := planStoredActivity(t, p, b).Date; got != b.Date {
		t.Errorf("the failed move stored %s on %s, want %s", b.ID, got, b.Date)
	}
	if got := s.data.activities[b.ID.String()].Date; got != b.Date {
		t.Errorf("the grid shows %s on %s after the failed move, want %s", b.ID, got, b.Date)
	}
	if len(p.undos) != undos {
		t.Fatalf("the failed move left %d undo entries, want %d", len(p.undos), undos)
	}
	fake.failWith("PutActivities", nil)
	p.window.Canvas().Overlays().Top().Hide()
	p.undoKey()
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != a.Date {
		t.Errorf("Ctrl+Z left %s on %s, want the first move undone (%s)", a.ID, got, a.Date)
	}
	if got := planStoredActivity(t, p, b).Date; got != b.Date {
		t.Errorf("Ctrl+Z moved %s to %s", b.ID, got)
	}
}

func TestQuarterFailedDeleteKeepsTheActivity(t *testing.T) {
	for _, fault := range storeFaults {
		t.Run(fault.name, func(t *testing.T) {
			p, s, fake := openFailingQuarter(t)
			a, _ := planMovableActivity(t, p, s)
			undos := len(p.undos)
			fake.failWith("DeleteActivity", fault.err)
			s.selectActivity(a.ID.String())
			test.Tap(s.deleteBtn)
			p.settle()
			if fake.callsOf("DeleteActivity") == 0 {
				t.Fatal("Delete did not try to write")
			}
			assertUsersWords(t, errorShown(p.UI), fault.err, fault.words)
			if got := planStoredActivity(t, p, a); got != a {
				t.Errorf("the stored activity is %+v after the failed delete, want %+v", got, a)
			}
			if _, _, ok := s.grid.FindBlock(a.ID.String()); !ok {
				t.Error("the grid no longer shows the activity the failed delete kept")
			}
			if len(p.undos) != undos {
				t.Errorf("the failed delete left %d undo entries, want %d", len(p.undos), undos)
			}
			fake.failWith("DeleteActivity", nil)
			p.window.Canvas().Overlays().Top().Hide()
			s.selectActivity(a.ID.String())
			test.Tap(s.deleteBtn)
			p.settle()
			if slices.ContainsFunc(p.account(t, a.CustomerID).Activities, func(x planner.Activity) bool { return x.ID == a.ID }) {
				t.Error("Delete after the fault cleared did not remove the activity")
			}
		})
	}
}

// movableOtherThan returns an activity other than skip that can move a
// week later, as planMovableActivity does.
func movableOtherThan(t *testing.T, p *planningUI, s *quarterScreen, skip planner.ID) (planner.Activity, planner.Date) {
	t.Helper()
	if a, to, ok := findMovable(t, p, s, skip); ok {
		return a, to
	}
	t.Fatal("the sample has no second activity that can move a week later")
	return planner.Activity{}, planner.Date{}
}

func TestSettingsFailedSaveKeepsTheValues(t *testing.T) {
	for _, fault := range storeFaults {
		t.Run(fault.name, func(t *testing.T) {
			u, fake, db := newFailingUI(t)
			s := settingsOf(t, u)
			retype(s.capacity, "24.5")
			retype(s.renewal, "120")
			undos := len(u.undos)
			fake.failWith("PutSettings", fault.err)
			test.Tap(s.saveBtn)
			u.waitIdle()
			if fake.callsOf("PutSettings") == 0 {
				t.Fatal("Save did not try to write the settings")
			}
			assertUsersWords(t, errorShown(u), fault.err, fault.words)
			if s.capacity.Text != "24.5" || s.renewal.Text != "120" {
				t.Errorf("the settings show %q and %q after the failed save, want what was typed", s.capacity.Text, s.renewal.Text)
			}
			if !s.dirty() || s.revertBtn.Disabled() || !s.saveBtn.Visible() {
				t.Error("the settings no longer count as changed after the failed save")
			}
			if len(u.undos) != undos {
				t.Errorf("the failed save left %d undo entries, want %d", len(u.undos), undos)
			}
			if got, _ := db.Settings(); got.WeeklyCapacityHours == 24.5 {
				t.Error("the failed save stored the capacity")
			}
			u.window.Canvas().Overlays().Top().Hide()

			fake.failWith("PutSettings", nil)
			test.Tap(s.saveBtn)
			u.waitIdle()
			got, _ := db.Settings()
			if got.WeeklyCapacityHours != 24.5 || got.RenewalNoticeDays != 120 {
				t.Errorf("saving again stored capacity %g and renewal notice %d, want 24.5 and 120", got.WeeklyCapacityHours, got.RenewalNoticeDays)
			}
			if s.dirty() {
				t.Error("the settings count as changed after saving again")
			}
		})
	}
}

func TestSettingsFailedThemeChangeShowsTheStoredTheme(t *testing.T) {
	u, fake, db := newFailingUI(t)
	s := settingsOf(t, u)
	shown := s.themes.Selected
	var other string
	for _, o := range s.themes.Options {
		if o != shown {
			other = o
			break
		}
	}
	fake.failWith("PutSettings", errDiskFull)
	s.themes.SetSelected(other)
	u.waitIdle()
	assertUsersWords(t, errorShown(u), errDiskFull, []string{"not saved", "disk is full"})
	stored, _ := db.Settings()
	if want := s.themes.Options[slices.Index(themeChoices(), stored.Theme)]; s.themes.Selected != want {
		t.Errorf("after the failed change the theme shows %q, but %q is stored", s.themes.Selected, want)
	}
}

func TestSettingsFailedLanguageChangeShowsTheStoredLanguage(t *testing.T) {
	u, fake, _ := newFailingUI(t)
	s := settingsOf(t, u)
	fake.failWith("PutSettings", errLockedDB)
	s.languages.SetSelected("Nederlands")
	u.waitIdle()
	assertUsersWords(t, errorShown(u), errLockedDB, []string{"another", "Close"})
	if s.languages.SelectedIndex() != 0 {
		t.Errorf("after the failed change the language shows %q, want the window's language still", s.languages.Selected)
	}
	if u.tr("action.save") != "Save" {
		t.Error("the window changed its language although the choice was not stored")
	}
}

func TestActionPlanFailedSaveKeepsTheForm(t *testing.T) {
	for _, fault := range storeFaults {
		t.Run(fault.name, func(t *testing.T) {
			p, fake := newFailingPlanningUI(t)
			acct := planSampleAccount(t, p)
			s := p.open(screenActionPlan, actionPlanScreenOf, acct.Customer.ID).(*actionPlanScreen)
			tapButton(t, p.UI, p.tr("plan.actionItem.add"))
			fd := s.dialog
			if fd == nil || !fd.open {
				t.Fatal("Add action opened no form")
			}
			entries, selects := planFormEntries(fd.form), planFormSelects(fd.form)
			planType(p.window, entries["title"], "Share the analytics tracking plan")
			planType(p.window, entries["owner"], "Priya Raman")
			planChoose(t, p.window, selects["side"], p.sideText(planner.SideVendor))
			planType(p.window, entries["due"], "2026-12-04")
			saveFormFailingOnce(t, p, fake, fd, "PutPlan", fault, func() {
				if entries["title"].Text != "Share the analytics tracking plan" || entries["owner"].Text != "Priya Raman" || entries["due"].Text != "2026-12-04" {
					t.Errorf("the form holds %q, %q, %q after the failed save", entries["title"].Text, entries["owner"].Text, entries["due"].Text)
				}
				if n := len(p.account(t, acct.Customer.ID).Plan.Actions); n != len(acct.Plan.Actions) {
					t.Errorf("%d actions stored after the failed save, want %d", n, len(acct.Plan.Actions))
				}
			})
			stored := p.account(t, acct.Customer.ID).Plan.Actions
			if len(stored) != len(acct.Plan.Actions)+1 || stored[len(stored)-1].Title != "Share the analytics tracking plan" {
				t.Errorf("saving again stored %d actions, want the new one added", len(stored))
			}
		})
	}
}

func TestEngagementFailedSaveKeepsTheForm(t *testing.T) {
	for _, fault := range storeFaults {
		t.Run(fault.name, func(t *testing.T) {
			p, fake := newFailingPlanningUI(t)
			acct, e, _ := planSampleEngagement(t, p)
			s := p.open(screenEngagement, engagementScreenOf, acct.Customer.ID).(*engagementScreen)
			before := len(e.Stakeholders)
			fd, entries := typeMaraJensen(p, s, "mara.jensen@example.com")
			saveFormFailingOnce(t, p, fake, fd, "PutEngagement", fault, func() {
				if entries["name"].Text != "Mara Jensen" || entries["email"].Text != "mara.jensen@example.com" {
					t.Errorf("the form holds %q, %q after the failed save", entries["name"].Text, entries["email"].Text)
				}
				if n := len(planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Stakeholders); n != before {
					t.Errorf("%d stakeholders stored after the failed save, want %d", n, before)
				}
			})
			if people := planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Stakeholders; len(people) != before+1 || people[before].Name != "Mara Jensen" {
				t.Errorf("saving again stored %+v, want Mara Jensen added", people)
			}
		})
	}
}

func TestSwitchingCustomerWhenReadingFailsKeepsTheScreenUsable(t *testing.T) {
	u, fake, db := newFailingUI(t)
	first := customerNamed(t, db, "Müller GmbH")
	second := customerNamed(t, db, "Contoso Health")
	s := focusedScreen[*customerScreen](u, screenCustomer, first.ID)
	if s.account.Customer.ID != first.ID {
		t.Fatalf("the customer screen shows %q, want %q", s.account.Customer.Name, first.Name)
	}

	fake.failWith("Account", errLockedDB)
	u.setFocus(second.ID)
	u.waitIdle()
	if fake.callsOf("Account") == 0 {
		t.Fatal("switching the customer did not read it")
	}
	assertUsersWords(t, errorShown(u), errLockedDB, []string{"another", "Close"})
	shown := s.account.Customer
	if label := u.customerLabel.Text; !strings.Contains(label, shown.Name) {
		t.Errorf("the header names %q while the screen shows %q", label, shown.Name)
	}
	if u.focus() != shown.ID {
		t.Errorf("the customer in focus is %s while the screen shows %q", u.focus(), shown.Name)
	}
	u.window.Canvas().Overlays().Top().Hide()

	fake.failWith("Account", nil)
	u.setFocus(second.ID)
	u.waitIdle()
	if s.account.Customer.ID != second.ID {
		t.Errorf("after the fault cleared the screen shows %q, want %q", s.account.Customer.Name, second.Name)
	}
}

func TestOpeningTheCustomerScreenWhenReadingFailsNamesNoCustomer(t *testing.T) {
	u, fake, db := newFailingUI(t)
	c := customerNamed(t, db, "Contoso Health")
	u.setFocus(c.ID)
	fake.failWith("Account", errDiskFull)
	u.showScreen(screenCustomer)
	u.waitIdle()
	if top := u.window.Canvas().Overlays().Top(); top == nil {
		t.Fatal("no message after reading the customer failed")
	}
	s := u.screens[screenCustomer].(*customerScreen)
	if s.body.Visible() || u.focus() != (planner.ID{}) {
		t.Errorf("the screen shows a customer (%v) or the focus is on %s although none could be read", s.body.Visible(), u.focus())
	}
	u.window.Canvas().Overlays().Top().Hide()
	fake.failWith("Account", nil)
	u.setFocus(c.ID)
	u.waitIdle()
	if !s.body.Visible() || s.account.Customer.ID != c.ID {
		t.Errorf("choosing %q again shows %q", c.Name, s.account.Customer.Name)
	}
}

func TestBuildReportsADatabaseItCannotRead(t *testing.T) {
	for _, method := range []string{"Settings", "Customers"} {
		t.Run(method, func(t *testing.T) {
			cat := catalog.Default()
			fake := newFailingStore(openTestStore(t, cat, true))
			fake.failWith(method, errLockedDB)
			u, err := Build(Options{App: test.NewTempApp(t), Catalog: cat, Store: fake, Now: testNow, Language: "en",
				ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), Theme: test.Theme(), queueCalls: true})
			if err == nil {
				u.Close()
				t.Fatal("Build made a window on a database it could not read")
			}
			if fake.callsOf(method) == 0 {
				t.Fatalf("Build did not read the %s", method)
			}
			if !errors.Is(err, storage.ErrLocked) {
				t.Errorf("Build's error %v does not say the database is locked", err)
			}
		})
	}
}

func TestQuarterMoveDialogKeepsTheDayWhenSavingFails(t *testing.T) {
	p, s, fake := openFailingQuarter(t)
	a, to := selectMovableActivity(t, p, s)
	test.Tap(s.moveBtn)
	fd := s.dialog
	date := planFormEntries(fd.form)["date"]
	planType(p.window, date, to.String())
	undos := len(p.undos)
	fake.failWith("PutActivities", errDiskFull)
	test.Tap(fd.save)
	p.settle()
	if fake.callsOf("PutActivities") == 0 {
		t.Fatal("Save did not try to write the move")
	}
	if !fd.open || date.Text != to.String() {
		t.Fatalf("after the failed move the dialog is open %v with %q, want open with %s", fd.open, date.Text, to)
	}
	assertUsersWords(t, strings.Join(fd.form.messages(), "\n"), errDiskFull, []string{"not saved", "disk is full"})
	if len(p.undos) != undos || planStoredActivity(t, p, a).Date != a.Date || s.data.activities[a.ID.String()].Date != a.Date {
		t.Error("the failed move changed the activity or the undo history")
	}
	fake.failWith("PutActivities", nil)
	test.Tap(fd.save)
	p.settle()
	if fd.open || planStoredActivity(t, p, a).Date != to {
		t.Errorf("saving again left the dialog open %v and %s on %s, want %s", fd.open, a.ID, planStoredActivity(t, p, a).Date, to)
	}
}

func TestAddingAContactWhenSavingFailsKeepsIt(t *testing.T) {
	for _, fault := range storeFaults {
		t.Run(fault.name, func(t *testing.T) {
			u, fake, db := newFailingUI(t)
			c := customerNamed(t, db, "Kookaburra Bank")
			s := customerOf(t, u, c)
			f := typeMiaNguyen(s)
			fake.failWith("PutCustomer", fault.err)
			test.Tap(f.add)
			u.waitIdle()
			if fake.callsOf("PutCustomer") == 0 {
				t.Fatal("Add did not try to save the customer")
			}
			if !f.problem.Visible() {
				t.Fatal("the failed save shows no problem at the form")
			}
			assertUsersWords(t, f.problem.Text, fault.err, fault.words)
			if f.name.Text != "Mia Nguyen" || f.email.Text != "mia.nguyen@kookaburra.example" {
				t.Errorf("the form holds %q, %q after the failed save", f.name.Text, f.email.Text)
			}
			fake.failWith("PutCustomer", nil)
			test.Tap(f.add)
			u.waitIdle()
			if got := customerNamed(t, db, c.Name); len(got.Contacts) != len(c.Contacts)+1 {
				t.Errorf("adding again stored %d contacts, want %d", len(got.Contacts), len(c.Contacts)+1)
			}
		})
	}
}

func TestUndoThatCannotBeSavedCanBeTriedAgain(t *testing.T) {
	p, s, fake := openFailingQuarter(t)
	a, to := moveMovableAWeekOn(t, p, s)
	fake.failWith("PutActivities", errDiskFull)
	p.undoKey()
	p.settle()
	assertUsersWords(t, errorShown(p.UI), errDiskFull, []string{"not saved", "disk is full"})
	if got := planStoredActivity(t, p, a).Date; got != to {
		t.Fatalf("the failed undo stored %s on %s, want %s", a.ID, got, to)
	}
	p.window.Canvas().Overlays().Top().Hide()
	fake.failWith("PutActivities", nil)
	p.undoKey()
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != a.Date {
		t.Errorf("Ctrl+Z after the fault cleared left %s on %s, want %s", a.ID, got, a.Date)
	}
}

func TestStoreFailureDialogShowsTheWholeMessage(t *testing.T) {
	for _, language := range []string{"en", "nl", "ja"} {
		t.Run(language, func(t *testing.T) {
			u, _ := newTestUIInLanguage(t, language)
			u.showError(errLockedDB)
			top := u.window.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog")
			}
			var scroll *container.Scroll
			walkVisible(top, func(o fyne.CanvasObject) bool {
				if s, ok := o.(*container.Scroll); ok {
					scroll = s
					return false
				}
				return true
			})
			if scroll == nil {
				t.Fatal("the dialog has no message")
			}
			if need, have := scroll.Content.MinSize().Height, scroll.Size().Height; have < need {
				t.Errorf("the message needs %g high but the dialog shows %g of it", need, have)
			}
		})
	}
}

func TestPlanningScreensWhenReadingTheCustomerFails(t *testing.T) {
	screens := []struct {
		id   screenID
		make func(*UI) screen
	}{
		{screenEngagement, engagementScreenOf},
		{screenActionPlan, actionPlanScreenOf},
	}
	for _, sc := range screens {
		t.Run(string(sc.id), func(t *testing.T) {
			p, fake := newFailingPlanningUI(t)
			first, second := p.accounts[0].Customer, p.accounts[1].Customer
			p.open(sc.id, sc.make, first.ID)
			fake.failWith("Account", errDiskFull)
			p.setFocus(second.ID)
			p.settle()
			if fake.callsOf("Account") == 0 {
				t.Fatal("switching the customer did not read it")
			}
			if errorShown(p.UI) == "" {
				t.Fatal("no message after reading the customer failed")
			}
			if strings.Contains(p.customerLabel.Text, second.Name) {
				t.Errorf("the header names %q, whose data could not be read", second.Name)
			}
			p.window.Canvas().Overlays().Top().Hide()
			fake.failWith("Account", nil)
			p.setFocus(second.ID)
			p.settle()
			if p.focus() != second.ID || !strings.Contains(p.customerLabel.Text, second.Name) {
				t.Errorf("choosing %q again after the fault cleared shows %q", second.Name, p.customerLabel.Text)
			}
			if n := fake.callsOf("Account"); n < 2 {
				t.Errorf("choosing %q again did not read it again (%d reads)", second.Name, n)
			}
		})
	}
}

func TestRedoThatCannotBeSavedCanBeTriedAgain(t *testing.T) {
	p, s, fake := openFailingQuarter(t)
	a, to := moveMovableAWeekOn(t, p, s)
	p.undoKey()
	p.settle()
	fake.failWith("PutActivities", errLockedDB)
	p.redo()
	p.settle()
	assertUsersWords(t, errorShown(p.UI), errLockedDB, []string{"another", "Close"})
	if got := planStoredActivity(t, p, a).Date; got != a.Date {
		t.Fatalf("the failed redo stored %s on %s, want %s", a.ID, got, a.Date)
	}
	p.window.Canvas().Overlays().Top().Hide()
	fake.failWith("PutActivities", nil)
	p.redo()
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != to {
		t.Errorf("redo after the fault cleared left %s on %s, want %s", a.ID, got, to)
	}
}
