package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/places"
	"github.com/liftoff-app/liftoff/sample"
)

// xdgHome points the XDG folders at a fresh home and returns the default
// database's path and the old one (in the config folder). It skips where
// the database has not moved (Windows, macOS).
func xdgHome(t *testing.T) (newPath, oldPath string) {
	t.Helper()
	if len(places.Current().LegacyDataDirs()) == 0 {
		t.Skipf("the default database has not moved on %s", runtime.GOOS)
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "config"))
	t.Setenv(EnvDB, "")
	return filepath.Join(home, ".local", "share", "Liftoff", FileName), filepath.Join(home, "config", "Liftoff", FileName)
}

// oldDatabase makes a database with the sample portfolio and a backup at
// path and returns its bytes.
func oldDatabase(t *testing.T, path string) []byte {
	t.Helper()
	db, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportAccounts(sample.Portfolio(catalog.Default(), catalog.DateOf(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)))); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Backup(filepath.Join(filepath.Dir(path), BackupFolder)); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPathDefaultIsInTheDataFolder(t *testing.T) {
	newPath, _ := xdgHome(t)
	got, err := ResolvePath("")
	if err != nil || got != newPath {
		t.Errorf("ResolvePath() = %q, %v; want %q", got, err, newPath)
	}
	if _, err := os.Stat(filepath.Dir(newPath)); err == nil {
		t.Error("ResolvePath made the data folder with no database to move")
	}
}

func TestPathOldDatabaseIsMovedWithItsBackups(t *testing.T) {
	newPath, oldPath := xdgHome(t)
	want := oldDatabase(t, oldPath)
	got, from, err := ResolvePathMoved("")
	if err != nil || got != newPath || from != oldPath {
		t.Fatalf("ResolvePathMoved() = %q, %q, %v; want %q moved from %q", got, from, err, newPath, oldPath)
	}
	b, err := os.ReadFile(newPath)
	if err != nil || !bytes.Equal(b, want) {
		t.Fatalf("the moved database differs from the old one (%v)", err)
	}
	for _, gone := range []string{oldPath, commitPath(oldPath), filepath.Join(filepath.Dir(oldPath), BackupFolder)} {
		if _, err := os.Lstat(gone); !os.IsNotExist(err) {
			t.Errorf("%s is still there after the move (%v)", gone, err)
		}
	}
	if _, err := os.Stat(commitPath(newPath)); err != nil {
		t.Errorf("the commit record did not move: %v", err)
	}
	backups, err := Backups(filepath.Join(filepath.Dir(newPath), BackupFolder))
	if err != nil || len(backups) != 1 {
		t.Errorf("backups in the data folder: %v, %v; want the one made", backups, err)
	}
	// It opens as it was, with nothing rolled back.
	db, err := Open(got, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if rb := db.RolledBack(); rb != nil {
		t.Errorf("the moved database reports a roll-back: %v", rb)
	}
	if cs, err := db.Customers(); err != nil || len(cs) == 0 {
		t.Errorf("customers of the moved database: %d, %v", len(cs), err)
	}
	// A second start finds it at once and moves nothing.
	again, from, err := ResolvePathMoved("")
	if err != nil || again != newPath || from != "" {
		t.Errorf("second ResolvePathMoved() = %q, %q, %v; want %q, nothing moved", again, from, err, newPath)
	}
}

func TestPathNewDatabaseWinsAndTheOldIsLeftAlone(t *testing.T) {
	newPath, oldPath := xdgHome(t)
	old := oldDatabase(t, oldPath)
	oldDatabase(t, newPath)
	got, from, err := ResolvePathMoved("")
	if err != nil || got != newPath || from != "" {
		t.Errorf("ResolvePathMoved() = %q, %q, %v; want %q, nothing moved", got, from, err, newPath)
	}
	if b, err := os.ReadFile(oldPath); err != nil || !bytes.Equal(b, old) {
		t.Errorf("the old database was touched (%v)", err)
	}
}

func TestPathOldDatabaseInUseIsUsedWhereItIs(t *testing.T) {
	newPath, oldPath := xdgHome(t)
	want := oldDatabase(t, oldPath)
	running, err := Open(oldPath, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	got, from, err := ResolvePathMoved("")
	running.Close()
	if err != nil || got != oldPath || from != "" {
		t.Errorf("ResolvePathMoved() with the old database open = %q, %q, %v; want %q, nothing moved", got, from, err, oldPath)
	}
	if _, err := os.Lstat(newPath); !os.IsNotExist(err) {
		t.Errorf("%s exists while the old database was in use (%v)", newPath, err)
	}
	if b, err := os.ReadFile(oldPath); err != nil || len(b) < len(want)/2 {
		t.Errorf("the old database is damaged (%v)", err)
	}
	// Once it is closed, the next start moves it.
	if got, from, err := ResolvePathMoved(""); err != nil || got != newPath || from != oldPath {
		t.Errorf("ResolvePathMoved() after closing = %q, %q, %v; want it moved to %q", got, from, err, newPath)
	}
}

func TestPathOldDatabaseStaysWhenTheDataFolderCannotBeMade(t *testing.T) {
	newPath, oldPath := xdgHome(t)
	want := oldDatabase(t, oldPath)
	// A file where the data folder's parent should be.
	share := filepath.Dir(filepath.Dir(newPath))
	if err := os.MkdirAll(filepath.Dir(share), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(share, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	got, from, err := ResolvePathMoved("")
	if err != nil || got != oldPath || from != "" {
		t.Errorf("ResolvePathMoved() = %q, %q, %v; want the old %q", got, from, err, oldPath)
	}
	if b, err := os.ReadFile(oldPath); err != nil || !bytes.Equal(b, want) {
		t.Errorf("the old database changed (%v)", err)
	}
}

func TestPathFlagAndEnvironmentMoveNothing(t *testing.T) {
	newPath, oldPath := xdgHome(t)
	oldDatabase(t, oldPath)
	other := filepath.Join(t.TempDir(), "other.db")
	t.Setenv(EnvDB, other)
	if got, from, err := ResolvePathMoved(""); err != nil || got != other || from != "" {
		t.Errorf("ResolvePathMoved() with $%s = %q, %q, %v", EnvDB, got, from, err)
	}
	if _, err := os.Lstat(newPath); !os.IsNotExist(err) {
		t.Errorf("the old database moved though $%s named another (%v)", EnvDB, err)
	}
}

// TestPathMoveAfterAStoppedMoveTakesTheCurrentRecord: a move that stopped
// after linking the commit record left a record in the data folder and no
// database; meanwhile the old database was written again. The next move
// must carry the current record, not keep the stale one, so that the moved
// database does not read as rolled back.
func TestPathMoveAfterAStoppedMoveTakesTheCurrentRecord(t *testing.T) {
	newPath, oldPath := xdgHome(t)
	oldDatabase(t, oldPath)
	if err := os.MkdirAll(filepath.Dir(newPath), 0o700); err != nil {
		t.Fatal(err)
	}
	stale, err := os.ReadFile(commitPath(oldPath))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(commitPath(newPath), stale, 0o600); err != nil {
		t.Fatal(err)
	}
	// The old database is used once more where it is, writing a newer
	// commit record.
	db, err := Open(oldPath, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportAccounts(sample.Portfolio(catalog.Default(), catalog.DateOf(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)))); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	current, err := os.ReadFile(commitPath(oldPath))
	if err != nil || bytes.Equal(current, stale) {
		t.Fatalf("the old database's commit record did not change (%v)", err)
	}
	got, _, err := ResolvePathMoved("")
	if err != nil || got != newPath {
		t.Fatalf("ResolvePathMoved() = %q, %v; want %q", got, err, newPath)
	}
	if moved, err := os.ReadFile(commitPath(newPath)); err != nil || !bytes.Equal(moved, current) {
		t.Fatalf("the commit record in the data folder is not the current one (%v)", err)
	}
	db, err = Open(got, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if rb := db.RolledBack(); rb != nil {
		t.Errorf("the moved database reports a roll-back: %v", rb)
	}
}
