package storage

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// TestOpenRemovesWhatAKilledProgramLeft: the temporary files of a killed
// compaction, backup or restore are removed by the next
// Open for writing, which reports them; a read-only Open and a fresh file
// of another program are left alone.
func TestOpenRemovesWhatAKilledProgramLeft(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	dir, backups := filepath.Dir(path), filepath.Join(filepath.Dir(path), BackupFolder)
	old := time.Now().Add(-2 * time.Minute)
	leave := func(dir, name string, mtime time.Time) string {
		t.Helper()
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, make([]byte, 64<<10), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return p
	}
	stale := []string{
		leave(dir, ".liftoff.db.compact-123", time.Now()),
		leave(dir, ".liftoff.db.restore-77", old),
		leave(backups, ".liftoff-4242.tmp", time.Now()),
	}
	fresh := leave(dir, ".liftoff.db.restore-78", time.Now()) // a restore may be under way
	other := leave(dir, ".other.db.compact-1", old)           // another database's

	ro := testOptions()
	ro.ReadOnly = true
	rdb, err := Open(path, catalog.Default(), ro)
	if err != nil {
		t.Fatal(err)
	}
	rdb.Close()
	for _, p := range stale {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("a read-only Open removed %s", p)
		}
	}

	again, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	for _, p := range stale {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is still there", p)
		}
		if !slices.Contains(again.Leftovers(), p) {
			t.Errorf("Leftovers() %v lacks %s", again.Leftovers(), p)
		}
	}
	for _, p := range []string{fresh, other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", p)
		}
	}
}
