package app

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"syscall"
	"testing"

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

func (f *failingStore) Portfolio(today planner.Date) ([]planner.PortfolioRow, error) {
	if err := f.fault("Portfolio"); err != nil {
		return nil, err
	}
	return f.Store.Portfolio(today)
}

func (f *failingStore) Customers() ([]planner.Customer, error) {
	if err := f.fault("Customers"); err != nil {
		return nil, err
	}
	return f.Store.Customers()
}

func (f *failingStore) Account(id planner.ID) (planner.Account, error) {
	if err := f.fault("Account"); err != nil {
		return planner.Account{}, err
	}
	return f.Store.Account(id)
}

func (f *failingStore) Accounts() ([]planner.Account, error) {
	if err := f.fault("Accounts"); err != nil {
		return nil, err
	}
	return f.Store.Accounts()
}

func (f *failingStore) Settings() (planner.Settings, error) {
	if err := f.fault("Settings"); err != nil {
		return planner.Settings{}, err
	}
	return f.Store.Settings()
}

func (f *failingStore) PutCustomer(c planner.Customer) (planner.Customer, error) {
	if err := f.fault("PutCustomer"); err != nil {
		return planner.Customer{}, err
	}
	return f.Store.PutCustomer(c)
}

func (f *failingStore) PutEngagement(e planner.Engagement) (planner.Engagement, error) {
	if err := f.fault("PutEngagement"); err != nil {
		return planner.Engagement{}, err
	}
	return f.Store.PutEngagement(e)
}

func (f *failingStore) PutPlan(p planner.ActionPlan) (planner.ActionPlan, error) {
	if err := f.fault("PutPlan"); err != nil {
		return planner.ActionPlan{}, err
	}
	return f.Store.PutPlan(p)
}

func (f *failingStore) PutActivity(a planner.Activity) (planner.Activity, error) {
	if err := f.fault("PutActivity"); err != nil {
		return planner.Activity{}, err
	}
	return f.Store.PutActivity(a)
}

func (f *failingStore) PutActivities(list []planner.Activity) ([]planner.Activity, error) {
	if err := f.fault("PutActivities"); err != nil {
		return nil, err
	}
	return f.Store.PutActivities(list)
}

func (f *failingStore) DeleteActivity(id planner.ID) (planner.Activity, error) {
	if err := f.fault("DeleteActivity"); err != nil {
		return planner.Activity{}, err
	}
	return f.Store.DeleteActivity(id)
}

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

// storeFaults are the write failures the tests go through.
var storeFaults = []struct {
	name string
	err  error
	// words must be in the message the window shows.
	words []string
}{
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
			f.name.SetText("")
			test.Type(f.name, "Müller Holding")
			f.timeZone.SetText("")
			test.Type(f.timeZone, "Europe/Berlin")
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
