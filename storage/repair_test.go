package storage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestRepairBringsBackTheLostLastChange wipes the newest meta page: the
// file opens rolled back, repairable, and RepairLastChange brings the last
// change back whole, keeping the file as it was in the backup folder.
func TestRepairBringsBackTheLostLastChange(t *testing.T) {
	db, accounts := openSampleDB(t)
	path := db.Path()
	acc := accounts[0]
	acc.Customer.Notes = "the last change, which must come back"
	if _, err := db.PutCustomer(acc.Customer); err != nil {
		t.Fatal(err)
	}
	want := exportAll(t, db)
	db.Close()
	wipeMetaPage(t, path, true)

	rolled, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	rb := rolled.RolledBack()
	if rb == nil || !rb.Repairable || !strings.Contains(rb.Error(), "liftoffctl check --repair") {
		t.Fatalf("rolled back: %+v", rb)
	}
	if bytes.Equal(exportAll(t, rolled), want) {
		t.Fatal("the wipe lost nothing: the test proves nothing")
	}
	quick := testOptions()
	quick.LockTimeout = 50 * time.Millisecond
	if err := RepairLastChange(path, catalog.Default(), quick); !errors.Is(err, ErrLocked) {
		t.Errorf("a repair while the database is open: %v", err)
	}
	rolled.Close()

	if err := RepairLastChange(path, catalog.Default(), testOptions()); err != nil {
		t.Fatal(err)
	}
	again, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if rb := again.RolledBack(); rb != nil {
		t.Fatalf("after the repair: %v", rb)
	}
	if got := exportAll(t, again); !bytes.Equal(got, want) {
		t.Error("the repaired file does not hold the last change")
	}
	if err := again.PutSettings(planner.DefaultSettings()); err != nil {
		t.Errorf("write after the repair: %v", err)
	}
	kept, _ := filepath.Glob(filepath.Join(filepath.Dir(path), BackupFolder, "*.damaged"))
	if len(kept) != 1 {
		t.Errorf("the file as it was is not kept: %v", kept)
	}
}

// TestRepairRefusesAnOlderCopy: an older copy of the file put in place is
// no lost meta page; the repair is refused and changes nothing.
func TestRepairRefusesAnOlderCopy(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	older, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := db.PutSettings(planner.DefaultSettings()); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if err := os.WriteFile(path, older, 0o600); err != nil {
		t.Fatal(err)
	}
	rolled, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	rb := rolled.RolledBack()
	rolled.Close()
	if rb == nil || rb.Repairable {
		t.Fatalf("an older copy: %+v", rb)
	}
	before := fileHash(t, path)
	if err := RepairLastChange(path, catalog.Default(), testOptions()); err == nil {
		t.Fatal("an older copy was repaired")
	}
	if fileHash(t, path) != before {
		t.Error("the refused repair changed the file")
	}
}
