package app

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// slowWork stands for long work: it says it has started and then waits
// until its context is cancelled.
type slowWork struct{ started chan struct{} }

func newSlowWork() *slowWork { return &slowWork{started: make(chan struct{}, 1)} }

// wait is the work: it returns the error of its cancelled context.
func (s *slowWork) wait(ctx context.Context) error {
	s.started <- struct{}{}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Minute):
		return nil // never cancelled: the test fails on what was written
	}
}

// pressCancelOnceStarted runs what the window's goroutines hand back
// until the slow work has started, presses the progress dialog's Cancel
// and waits until everything is done.
func pressCancelOnceStarted(t *testing.T, u *UI, s *slowWork) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for started := false; !started; {
		for _, fn := range u.calls.take() {
			fn()
		}
		select {
		case <-s.started:
			started = true
		case <-time.After(time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatal("the work never started")
			}
		}
	}
	// The work runs behind the progress dialog and waits for Cancel.
	if u.cancelWork == nil || !u.cancelWork.Visible() || u.cancelWork.Text != "Cancel" {
		t.Fatal("the progress dialog offers no Cancel")
	}
	test.Tap(u.cancelWork)
	u.waitIdle()
}

// assertCancelledQuietly checks that the window says, in its notice bar
// and not in a dialog, that the work was cancelled.
func assertCancelledQuietly(t *testing.T, u *UI) {
	t.Helper()
	if n := len(u.window.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d dialogs open after Cancel, want none (no error, no progress)", n)
	}
	if !u.notice.bar.Visible() || u.notice.label.Text != "Cancelled. Nothing was changed or saved." {
		t.Errorf("notice %q (shown: %v), want the cancelled notice", u.notice.label.Text, u.notice.bar.Visible())
	}
	if u.cancelWork != nil {
		t.Error("the Cancel button of finished work is still kept")
	}
}

func TestCancelDocumentExportWritesNothing(t *testing.T) {
	u, _ := newTestUI(t)
	dir := t.TempDir()
	chooser := &fakeChooser{path: filepath.Join(dir, "plan.pdf")}
	u.chooser = chooser
	slow := newSlowWork()
	u.deliverables.exportPDF("plan.pdf", func(ctx context.Context, w io.Writer, _ export.Options) error {
		io.WriteString(w, "%PDF-1.7 half a plan")
		return slow.wait(ctx)
	})
	pressCancelOnceStarted(t, u, slow)
	assertCancelledQuietly(t, u)
	if len(chooser.asked) != 0 {
		t.Errorf("asked %q where to save a cancelled document", chooser.asked)
	}
	assertNothingIn(t, dir)
}

func TestCancelSaveRemovesTheHalfWrittenFile(t *testing.T) {
	u, _ := newTestUI(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	u.chooser = &fakeChooser{path: path}
	slow := newSlowWork()
	u.saveFile("plan.pdf", "Exporting", func(ctx context.Context, w io.Writer, _ func(float64)) error {
		io.WriteString(w, "%PDF-1.7 half a plan")
		return slow.wait(ctx)
	}, u.showSavedNotice)
	pressCancelOnceStarted(t, u, slow)
	assertCancelledQuietly(t, u)
	assertNothingIn(t, dir)

	// Fyne's own save dialog makes the file, empty, before the export
	// starts: a cancelled export takes it away again.
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	u.hideNotice()
	slow = newSlowWork()
	u.saveToPath(path, "Exporting", func(ctx context.Context, w io.Writer, _ func(float64)) error {
		io.WriteString(w, "%PDF-1.7 half a plan")
		return slow.wait(ctx)
	}, u.showSavedNotice, true)
	pressCancelOnceStarted(t, u, slow)
	assertCancelledQuietly(t, u)
	assertNothingIn(t, dir)
}

// slowImportStore is a store whose portfolio import waits until it is
// cancelled and then runs, with its cancelled context, on the real store.
type slowImportStore struct {
	Store
	slow *slowWork
}

func (s slowImportStore) Import(ctx context.Context, r io.Reader) (storage.ImportResult, error) {
	if err := s.slow.wait(ctx); err != nil {
		return s.Store.Import(ctx, r)
	}
	return storage.ImportResult{}, nil
}

func TestCancelImportLeavesTheDatabaseUnchanged(t *testing.T) {
	cat := catalog.Default()
	u, db := newTestUIWith(t, cat, openTestStore(t, cat, true))
	// The file to import renames a customer.
	other := openTestStore(t, cat, true)
	c := customerNamed(t, other, u.customers[0].Name)
	c.Name += " Renamed"
	if _, err := other.PutCustomer(c); err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := other.Export(&file); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "portfolio.json")
	if err := os.WriteFile(path, file.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	before := exportedPortfolio(t, db)
	hash := fileSum(t, db.Path())

	u.chooser = &fakeChooser{path: path}
	slow := newSlowWork()
	u.store = slowImportStore{Store: u.store, slow: slow}
	u.importPortfolio()
	pressCancelOnceStarted(t, u, slow)
	assertCancelledQuietly(t, u)
	if !bytes.Equal(exportedPortfolio(t, db), before) {
		t.Error("the cancelled import changed the portfolio")
	}
	if fileSum(t, db.Path()) != hash {
		t.Error("the cancelled import changed the database file")
	}
}

// exportedPortfolio returns the store's portfolio file without the line
// saying when it was exported.
func exportedPortfolio(t *testing.T, db *storage.DB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	var kept [][]byte
	for _, l := range bytes.Split(buf.Bytes(), []byte("\n")) {
		if !bytes.Contains(l, []byte(`"exported":`)) {
			kept = append(kept, l)
		}
	}
	return bytes.Join(kept, []byte("\n"))
}

// fileSum returns the content of the file at path, to compare.
func fileSum(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// assertNothingIn fails when dir holds anything.
func assertNothingIn(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("%s left behind", e.Name())
	}
}

// slowAccountsStore is a store whose reading of every account waits
// until the test releases it.
type slowAccountsStore struct {
	Store
	started chan struct{}
	release chan struct{}
}

func (s slowAccountsStore) Accounts() ([]planner.Account, error) {
	s.started <- struct{}{}
	<-s.release
	return s.Store.Accounts()
}

func TestCancelQuarterLoadKeepsTheQuarterShown(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	shown := s.data
	slow := slowAccountsStore{Store: p.store, started: make(chan struct{}, 1), release: make(chan struct{})}
	s.store = slow // the screen's own store: it holds what it was made with
	s.setQuarter(shown.quarter.Next())
	<-slow.started
	if !s.busyBox.Visible() || !s.cancelLoad.Visible() || s.cancelLoad.Disabled() {
		t.Fatal("the quarter being read offers no Cancel")
	}
	test.Tap(s.cancelLoad)
	close(slow.release)
	p.waitIdle()
	assertCancelledQuietly(t, p.UI)
	if s.data != shown || s.quarter != shown.quarter {
		t.Errorf("after Cancel the screen shows %s with the data of %s, want %s as before", s.quarter, s.data.quarter, shown.quarter)
	}
	if s.busyBox.Visible() {
		t.Error("the activity indicator is still shown")
	}
	if !strings.Contains(s.title.Text, shown.quarter.String()) {
		t.Errorf("title %q, want the quarter still shown, %s", s.title.Text, shown.quarter)
	}
}
