package storage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestOpenCreatesPrivateFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix file modes")
	}
	path := filepath.Join(t.TempDir(), "new", "folder", "liftoff.db")
	db, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := st.Mode().Perm(); mode != 0o600 {
		t.Errorf("database mode %v, want 0600", mode)
	}
	dir, err := os.Stat(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if mode := dir.Mode().Perm(); mode != 0o700 {
		t.Errorf("folder mode %v, want 0700", mode)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".liftoff.db.new-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestResolvePath(t *testing.T) {
	dir := t.TempDir()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("AppData", filepath.Join(home, "AppData"))
	def, err := DefaultPath()
	if err != nil {
		t.Skipf("no configuration folder here: %v", err)
	}
	if filepath.Base(def) != "liftoff.db" || filepath.Base(filepath.Dir(def)) != "Liftoff" {
		t.Errorf("DefaultPath = %s, want .../Liftoff/liftoff.db", def)
	}
	tests := []struct {
		name, flag, env, want string
	}{
		{"flag wins", filepath.Join(dir, "flag.db"), filepath.Join(dir, "env.db"), filepath.Join(dir, "flag.db")},
		{"environment next", "", filepath.Join(dir, "env.db"), filepath.Join(dir, "env.db")},
		{"default last", "", "", def},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(EnvDB, tc.env)
			got, err := ResolvePath(tc.flag)
			if err != nil || got != tc.want {
				t.Errorf("ResolvePath(%q) = %q, %v; want %q", tc.flag, got, err, tc.want)
			}
		})
	}
	t.Run("relative becomes absolute", func(t *testing.T) {
		t.Setenv(EnvDB, "")
		got, err := ResolvePath("rel.db")
		if err != nil || !filepath.IsAbs(got) {
			t.Errorf("ResolvePath(rel.db) = %q, %v; want an absolute path", got, err)
		}
	})
	if _, err := os.Stat(filepath.Join(dir, "flag.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ResolvePath created a file: %v", err)
	}
}

func TestSecondInstanceIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "liftoff.db")
	first, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, readOnly := range []bool{false, true} {
		start := time.Now()
		second, err := Open(path, catalog.Default(), Options{ReadOnly: readOnly})
		took := time.Since(start)
		if err == nil {
			second.Close()
			t.Fatalf("read-only %v: a second instance opened the database", readOnly)
		}
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("read-only %v: got %v, want ErrLocked", readOnly, err)
		}
		if want := "Liftoff is already open on " + path; err.Error() != want {
			t.Errorf("message %q, want %q", err, want)
		}
		if took > 1500*time.Millisecond {
			t.Errorf("the refusal took %v, want about a second", took)
		}
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatalf("after the first closed: %v", err)
	}
	again.Close()
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	ro, err := Open(path, catalog.Default(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Customers(); err != nil {
		t.Fatalf("read: %v", err)
	}
	if err := ro.PutSettings(planner.DefaultSettings()); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write on a read-only database: %v, want ErrReadOnly", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing.db"), catalog.Default(), Options{ReadOnly: true}); err == nil {
		t.Error("read-only open of a missing file succeeded")
	}
}

// setSchemaVersion rewrites the schema version of a closed database as a
// Liftoff of that version writes it: unsealed and sealed.
func setSchemaVersion(t *testing.T, path string, version int) {
	t.Helper()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		tt := newTxn(tx)
		if err := writeSchemaVersion(tt, version); err != nil {
			return err
		}
		return tt.saveSum()
	})
}

// putOlderSchemaVersion makes the file of tx read as schema version as
// a Liftoff from before the sealed copy of the version wrote it: the
// version unsealed and no sealed copy, the content sum without it.
func putOlderSchemaVersion(tx *bolt.Tx, version string) error {
	meta := tx.Bucket(bucketMeta)
	if raw := meta.Get(metaSchemaSealedKey); raw != nil {
		if err := meta.Delete(metaSchemaSealedKey); err != nil {
			return err
		}
		sum, err := readContentSum(tx)
		if err != nil {
			return err
		}
		sum.Records--
		sum.Sum -= recordHash(raw)
		if err := writeContentSum(tx, sum); err != nil {
			return err
		}
	}
	return meta.Put(metaSchemaKey, []byte(version))
}

func TestNewerSchemaIsRefusedUntouched(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	newer := SchemaVersion + 1
	setSchemaVersion(t, path, newer)
	before := fileHash(t, path)
	for _, readOnly := range []bool{false, true} {
		_, err := Open(path, catalog.Default(), Options{ReadOnly: readOnly})
		var se *SchemaError
		if !errors.As(err, &se) {
			t.Fatalf("read-only %v: got %v, want a *SchemaError", readOnly, err)
		}
		if se.Found != newer || se.Supported != SchemaVersion || !strings.Contains(err.Error(), "left untouched") || !strings.Contains(err.Error(), path) {
			t.Errorf("read-only %v: %+v: %v", readOnly, se, err)
		}
	}
	if fileHash(t, path) != before {
		t.Error("the file of a newer schema changed")
	}
	if list, _ := Backups(filepath.Join(filepath.Dir(path), BackupFolder)); len(list) != 0 {
		t.Errorf("backups were made of a refused file: %v", list)
	}
}

// testSchemaNext is the schema version after this program's, for the
// migration tests: it adds a bucket and records in it how many customers
// there were.
func testSchemaNext(fail bool) schemaDef {
	s := currentSchema()
	s.version = SchemaVersion + 1
	s.migrations = append(s.migrations, migration{to: SchemaVersion + 1, name: "count customers", run: func(t *txn) error {
		if _, err := t.tx.CreateBucket([]byte("next")); err != nil {
			return err
		}
		n := t.tx.Bucket(bucketCustomers).Stats().KeyN
		if err := t.bucket([]byte("next")).Put([]byte("customers"), []byte{byte(n)}); err != nil {
			return err
		}
		if fail {
			return errors.New("disk says no")
		}
		return nil
	}})
	return s
}

func TestOlderSchemaMigratesForward(t *testing.T) {
	db, accounts := openSampleDB(t)
	path := db.Path()
	want := exportAll(t, db)
	db.Close()

	t.Run("a failing migration leaves the file as it was", func(t *testing.T) {
		before := fileHash(t, path)
		_, err := open(path, catalog.Default(), testOptions(), testSchemaNext(true))
		if err == nil || !strings.Contains(err.Error(), "disk says no") || !strings.Contains(err.Error(), "left as it was") {
			t.Fatalf("got %v, want the migration's error", err)
		}
		if fileHash(t, path) != before {
			t.Error("a failed migration changed the file")
		}
	})

	t.Run("migrates in one step, after a backup", func(t *testing.T) {
		next, err := open(path, catalog.Default(), testOptions(), testSchemaNext(false))
		if err != nil {
			t.Fatal(err)
		}
		defer next.Close()
		var version int
		var counted byte
		next.view(func(tx *bolt.Tx) error {
			version, _ = readSchemaVersion(tx)
			counted = tx.Bucket([]byte("next")).Get([]byte("customers"))[0]
			return nil
		})
		if version != SchemaVersion+1 || int(counted) != len(accounts) {
			t.Errorf("schema %d with %d customers counted, want %d and %d", version, counted, SchemaVersion+1, len(accounts))
		}
		if got := exportAll(t, next); !bytes.Equal(got, want) {
			t.Error("the content changed in the migration")
		}
		backups, _ := Backups(filepath.Join(filepath.Dir(path), BackupFolder))
		if len(backups) == 0 {
			t.Fatal("no backup before the migration")
		}
		old, err := Open(backups[0], catalog.Default(), Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("the backup before the migration: %v", err)
		}
		defer old.Close()
		if got := exportAll(t, old); !bytes.Equal(got, want) {
			t.Error("the backup does not hold the state before the migration")
		}
	})

	t.Run("this program refuses it now", func(t *testing.T) {
		_, err := Open(path, catalog.Default(), testOptions())
		var se *SchemaError
		if !errors.As(err, &se) || se.Found != SchemaVersion+1 {
			t.Errorf("got %v, want a *SchemaError for version %d", err, SchemaVersion+1)
		}
	})
}

func TestNotADatabaseIsRefusedUntouched(t *testing.T) {
	valid := func(t *testing.T) []byte {
		db, _ := openSampleDB(t)
		path := db.Path()
		db.Close()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name    string
		content func(t *testing.T) []byte
		problem string
	}{
		{"empty", func(*testing.T) []byte { return nil }, "empty"},
		{"zero bytes", func(*testing.T) []byte { return make([]byte, 64<<10) }, "all zero bytes"},
		{"text", func(*testing.T) []byte { return []byte(strings.Repeat("customer,notes\nMüller GmbH,text\n", 200)) }, "not a Liftoff database"},
		{"truncated", func(t *testing.T) []byte { b := valid(t); return b[:len(b)/2] }, "truncated"},
		{"header wiped", func(t *testing.T) []byte {
			b := valid(t)
			clear(b[:8192])
			return b
		}, "all zero bytes"},
		{"another bbolt file", func(t *testing.T) []byte {
			path := filepath.Join(t.TempDir(), "other.db")
			b, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			b.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("things")); return err })
			b.Close()
			raw, _ := os.ReadFile(path)
			return raw
		}, "not a Liftoff database"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "liftoff.db")
			if err := os.WriteFile(path, tc.content(t), 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileHash(t, path)
			db, err := Open(path, catalog.Default(), testOptions())
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			var ce *CorruptError
			if !errors.As(err, &ce) {
				t.Fatalf("got %v (%T), want a *CorruptError", err, err)
			}
			if ce.Path != path || !strings.Contains(err.Error(), tc.problem) || !strings.Contains(err.Error(), path) {
				t.Errorf("message %q lacks the path or %q", err, tc.problem)
			}
			if fileHash(t, path) != before {
				t.Error("the refused file changed")
			}
		})
	}
}

// damagePage overwrites one page of the tree (not a meta page, not the
// free-page list) in the middle of the file with garbage.
func damagePage(t *testing.T, path string) {
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
	for id := h.pages / 2; id < h.pages; id++ {
		p, err := readPage(f, h, id)
		if err != nil || pageFlags(p) != boltLeafPage || id == h.freelist {
			continue
		}
		garbage := bytes.Repeat([]byte("garbage!"), int(h.pageSize)/8)
		garbage[0] = byte(id) // keep nothing of the header
		if _, err := f.WriteAt(garbage, int64(id*h.pageSize)); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatal("no leaf page to damage")
}

func TestDamagedPageIsFoundAndNeverWritten(t *testing.T) {
	db, accounts := openSampleDB(t)
	path, backupDir := db.Path(), db.opts.BackupDir
	db.Close()
	// Two sessions that write: the first backs up the sample, the second
	// backs up the state after the first one's change.
	for i := range 2 {
		db, err := Open(path, catalog.Default(), Options{Now: testClock()})
		if err != nil {
			t.Fatal(err)
		}
		s := planner.DefaultSettings()
		s.WeeklyCapacityHours = float64(20 + i)
		if err := db.PutSettings(s); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	backups, _ := Backups(backupDir)
	if len(backups) != 2 {
		t.Fatalf("%d backups, want 2", len(backups))
	}
	// The newest backup is damaged too: the error must name the other.
	damagePage(t, backups[0])
	damagePage(t, path)
	before := fileHash(t, path)

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	h, err := readHeader(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, inMemory := range []int64{0, walkInMemoryUpTo} {
		if err := walkPagesUpTo(f, h, inMemory); err == nil {
			t.Errorf("the walk (in memory up to %d bytes) missed the damage", inMemory)
		}
	}
	f.Close()

	// A file of this size is checked fully before Open returns.
	_, err = Open(path, catalog.Default(), testOptions())
	assertCorrupt(t, err, path, backups[1])

	// Checked in the background, as a large file is: the cheap checks
	// pass, and the full check stops every read and write.
	background := testOptions()
	background.CheckOnOpenLimit = -1
	db, err = Open(path, catalog.Default(), background)
	if err != nil {
		t.Fatalf("the cheap checks on open found the damage (%v); the test needs damage only the full check finds", err)
	}
	defer db.Close()
	assertCorrupt(t, db.Check(), path, backups[1])
	_, err = db.PutCustomer(accounts[0].Customer)
	assertCorrupt(t, err, path, backups[1])
	_, err = db.Customers() // nothing more is read from a damaged file
	assertCorrupt(t, err, path, backups[1])
	if _, err := db.Backup(t.TempDir()); err == nil {
		t.Error("a damaged database was backed up")
	}
	db.Close()
	if fileHash(t, path) != before {
		t.Error("the damaged file was written to")
	}
}

func assertCorrupt(t *testing.T, err error, path, backup string) {
	t.Helper()
	var ce *CorruptError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *CorruptError", err)
	}
	if ce.Path != path || ce.NewestBackup != backup {
		t.Errorf("path %q and backup %q, want %q and %q", ce.Path, ce.NewestBackup, path, backup)
	}
	want := "restore it with `liftoffctl restore " + backup + "`"
	if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "database "+path+" is damaged") {
		t.Errorf("message %q lacks %q", err, want)
	}
}

func TestPageWalkAcceptsSoundFiles(t *testing.T) {
	db, _ := openSampleDB(t)
	if _, err := db.ImportAccounts(genPortfolio(db.Catalog(), 30, 100, 7)); err != nil {
		t.Fatal(err)
	}
	// Deletions leave free pages, which the walk must account for.
	rows, _ := db.Customers()
	for _, c := range rows[:10] {
		if _, err := db.DeleteCustomer(c.ID); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h, err := readHeader(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, inMemory := range []int64{0, walkInMemoryUpTo} {
		if err := walkPagesUpTo(f, h, inMemory); err != nil {
			t.Errorf("walk of a sound file (in memory up to %d bytes): %v", inMemory, err)
		}
	}
	if err := boltCheck(db.bolt); err != nil {
		t.Errorf("bbolt check of a sound file: %v", err)
	}
}
