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

func TestBackupNames(t *testing.T) {
	at := time.Date(2026, 11, 26, 10, 15, 0, 123e6, time.UTC)
	name := backupName("liftoff", at)
	if name != "liftoff-20261126T101500.123Z.db" {
		t.Errorf("name %q", name)
	}
	tests := []struct {
		name string
		base string
		ok   bool
	}{
		{name, "liftoff", true},
		{"my-work-20261126T101500.123Z.db", "my-work", true},
		{"liftoff-20261126T101500.123Z.damaged", "", false},
		{".liftoff-123.tmp", "", false},
		{"liftoff-2026.db", "", false},
		{"-20261126T101500.123Z.db", "", false},
	}
	for _, tc := range tests {
		base, _, ok := parseBackupName(tc.name)
		if ok != tc.ok || base != tc.base {
			t.Errorf("parseBackupName(%q) = %q, %v; want %q, %v", tc.name, base, ok, tc.base, tc.ok)
		}
	}
}

// session opens the database at path, saves settings with the given
// capacity (a change) and closes it.
func session(t *testing.T, path string, opts Options, capacity float64) {
	t.Helper()
	db, err := Open(path, catalog.Default(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := planner.DefaultSettings()
	s.WeeklyCapacityHours = capacity
	if err := db.PutSettings(s); err != nil {
		t.Fatal(err)
	}
	if err := db.PutSettings(s); err != nil { // a second change: no second backup
		t.Fatal(err)
	}
}

func TestStartupBackupBeforeFirstWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "liftoff.db")
	clock := testClock()
	opts := Options{Now: clock, KeepBackups: 3}
	session(t, path, opts, 10) // creates the file: nothing to back up yet
	dir := filepath.Join(filepath.Dir(path), BackupFolder)
	if list, _ := Backups(dir); len(list) != 0 {
		t.Fatalf("backups after the first session: %v", list)
	}

	// A session that only reads makes no backup.
	db, err := Open(path, catalog.Default(), opts)
	if err != nil {
		t.Fatal(err)
	}
	db.Settings()
	db.Close()
	if list, _ := Backups(dir); len(list) != 0 {
		t.Fatalf("a reading session made backups: %v", list)
	}

	for i := range 5 {
		session(t, path, opts, float64(11+i))
		list, _ := Backups(dir)
		if want := min(i+1, 3); len(list) != want {
			t.Fatalf("session %d: %d backups, want %d", i, len(list), want)
		}
		// The newest backup holds the state before this session's change.
		old, err := Open(list[0], catalog.Default(), Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		s, _ := old.Settings()
		old.Close()
		if s.WeeklyCapacityHours != float64(10+i) {
			t.Errorf("session %d: backup holds capacity %g, want %d", i, s.WeeklyCapacityHours, 10+i)
		}
	}
}

func TestBackupAndRestore(t *testing.T) {
	db, accounts := openSampleDB(t)
	path := db.Path()
	want := exportAll(t, db)
	dir := t.TempDir()
	backup, err := db.Backup(dir)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(backup) != dir || !strings.HasPrefix(filepath.Base(backup), "liftoff-") {
		t.Errorf("backup at %s", backup)
	}
	if _, err := db.DeleteCustomer(accounts[0].Customer.ID); err != nil {
		t.Fatal(err)
	}
	changed := exportAll(t, db)

	if err := Restore(path, backup, Options{LockTimeout: 100 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Fatalf("restore while open: %v, want ErrLocked", err)
	}
	db.Close()

	opts := Options{Now: testClock()}
	if err := Restore(path, backup, opts); err != nil {
		t.Fatal(err)
	}
	restored, err := Open(path, catalog.Default(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	if got := exportAll(t, restored); !bytes.Equal(got, want) {
		t.Error("the restored database differs from the backup")
	}
	// The replaced file was kept as a backup.
	kept, _ := Backups(filepath.Join(filepath.Dir(path), BackupFolder))
	if len(kept) == 0 {
		t.Fatal("the replaced database was not kept")
	}
	old, err := Open(kept[0], catalog.Default(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if got := exportAll(t, old); !bytes.Equal(got, changed) {
		t.Error("the kept file is not the database as it was before the restore")
	}
}

func TestRestoreRefusesBadBackups(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	good, err := db.Backup(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := fileHash(t, path)

	damaged := filepath.Join(t.TempDir(), "liftoff-20261126T101500.000Z.db")
	raw, _ := os.ReadFile(good)
	os.WriteFile(damaged, raw, 0o600)
	damagePage(t, damaged)

	newer := filepath.Join(t.TempDir(), "newer.db")
	os.WriteFile(newer, raw, 0o600)
	setSchemaVersion(t, newer, 9)

	zeros := filepath.Join(t.TempDir(), "zeros.db")
	os.WriteFile(zeros, make([]byte, 32<<10), 0o600)

	tests := []struct {
		name, file, want string
	}{
		{"damaged", damaged, "cannot be used"},
		{"newer", newer, "newer Liftoff"},
		{"zeros", zeros, "all zero bytes"},
		{"missing", filepath.Join(t.TempDir(), "nothing.db"), "cannot be used"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Restore(path, tc.file, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want …%s…", err, tc.want)
			}
			if fileHash(t, path) != before {
				t.Error("a refused restore changed the database")
			}
		})
	}
}

func TestRestoreOverDamagedFileKeepsIt(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	good, err := db.Backup(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.WriteFile(path, make([]byte, 64<<10), 0o600) // a crash left zeros
	if err := Restore(path, good, Options{}); err != nil {
		t.Fatal(err)
	}
	restored, err := Open(path, catalog.Default(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	restored.Close()
	damaged, _ := filepath.Glob(filepath.Join(filepath.Dir(path), BackupFolder, "liftoff-*.damaged"))
	if len(damaged) != 1 {
		t.Errorf("the damaged file was not kept aside: %v", damaged)
	}
	if list, _ := Backups(filepath.Join(filepath.Dir(path), BackupFolder)); len(list) != 0 {
		t.Errorf("the damaged file is offered as a backup: %v", list)
	}
}

func TestBackupsNewestFirst(t *testing.T) {
	dir := t.TempDir()
	names := []string{"liftoff-20261126T101500.000Z.db", "liftoff-20261127T090000.000Z.db", "other-20261125T000000.000Z.db", "notes.txt", "liftoff-20261126T101500.001Z.db"}
	for _, n := range names {
		os.WriteFile(filepath.Join(dir, n), nil, 0o600)
	}
	got, err := Backups(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"liftoff-20261127T090000.000Z.db", "liftoff-20261126T101500.001Z.db", "liftoff-20261126T101500.000Z.db", "other-20261125T000000.000Z.db"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if filepath.Base(got[i]) != want[i] {
			t.Errorf("[%d] = %s, want %s", i, filepath.Base(got[i]), want[i])
		}
	}
	if list, err := Backups(filepath.Join(dir, "missing")); err != nil || len(list) != 0 {
		t.Errorf("a missing folder: %v, %v", list, err)
	}
}

// TestWipedOlderMetaPageIsSurvived: bbolt keeps two meta pages; losing
// the older one loses nothing, and the next commit rewrites it.
func TestWipedOlderMetaPageIsSurvived(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	want := exportAll(t, db)
	db.Close()
	h := wipeMetaPage(t, path, false)

	again, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if rb := again.RolledBack(); rb != nil {
		t.Fatalf("the older meta page lost, reported as a roll-back: %v", rb)
	}
	if !bytes.Equal(exportAll(t, again), want) {
		t.Error("content lost with the older meta page")
	}
	if err := again.PutSettings(planner.DefaultSettings()); err != nil {
		t.Fatal(err)
	}
	again.Close()
	f, _ := os.Open(path)
	h, err = readHeader(f)
	f.Close()
	if err != nil || h.damagedMeta != -1 {
		t.Errorf("after a commit: damaged meta %d, %v", h.damagedMeta, err)
	}
}

// TestWipedNewestMetaPageIsARollBack: losing the newest meta page takes
// the file back to the commit before (bbolt falls back to the other
// page). Open notices it against the commit record, reads go on, every
// write is refused and leaves the file untouched, no backup of the older
// state is made, until the older state is accepted.
func TestWipedNewestMetaPageIsARollBack(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	if err := db.PutSettings(planner.DefaultSettings()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	wipeMetaPage(t, path, true)
	before := fileHash(t, path)
	backupsBefore, _ := os.ReadDir(testOptions().withDefaults(path).BackupDir)

	again, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	rb := again.RolledBack()
	if rb == nil {
		t.Fatal("a file that lost its last commit opened as if nothing happened")
	}
	if rb.SavedCommit != rb.FileCommit+1 || !strings.Contains(rb.Error(), "was saved after it and is missing") {
		t.Errorf("roll-back %+v: %v", rb, rb)
	}
	if _, err := again.Customers(); err != nil {
		t.Errorf("reading the older state: %v", err)
	}
	err = again.PutSettings(planner.DefaultSettings())
	if !errors.Is(err, ErrRolledBack) {
		t.Fatalf("write to a rolled-back file: %v, want ErrRolledBack", err)
	}
	if _, err := Compact(path, catalog.Default(), testOptions()); err == nil {
		t.Error("a rolled-back file was compacted")
	}
	if fileHash(t, path) != before {
		t.Error("the rolled-back file was written to")
	}
	if after, _ := os.ReadDir(testOptions().withDefaults(path).BackupDir); len(after) != len(backupsBefore) {
		t.Errorf("%d backups, was %d: the older state was backed up", len(after), len(backupsBefore))
	}

	// Closed and opened again, it is still refused: the commit record
	// was not overwritten.
	again.Close()
	third, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	if third.RolledBack() == nil {
		t.Fatal("the second Open forgot the roll-back")
	}
	if err := third.AcceptOlderState(); err != nil {
		t.Fatal(err)
	}
	if err := third.PutSettings(planner.DefaultSettings()); err != nil {
		t.Fatalf("write after accepting the older state: %v", err)
	}
}

// wipeMetaPage zeroes the newest or the older meta page of the closed
// database at path and returns its header from before.
func wipeMetaPage(t *testing.T, path string, newest bool) fileHeader {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h, err := readHeader(f)
	if err != nil {
		t.Fatal(err)
	}
	page := int64(1 - h.txid%2)
	if newest {
		page = int64(h.txid % 2)
	}
	if _, err := f.WriteAt(make([]byte, h.pageSize), page*int64(h.pageSize)); err != nil {
		t.Fatal(err)
	}
	return h
}
