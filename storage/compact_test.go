package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestCompactShrinksAndKeepsContent(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	// Customers that come and go leave free pages behind.
	extra := genPortfolio(db.Catalog(), 40, 100, 7)
	if _, err := db.ImportAccounts(extra); err != nil {
		t.Fatal(err)
	}
	for _, a := range extra {
		if _, err := db.DeleteCustomer(a.Customer.ID); err != nil {
			t.Fatal(err)
		}
	}
	want := exportAll(t, db)
	db.Close()

	res, err := Compact(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if res.After != st.Size() || res.After >= res.Before || res.After > res.Before/2 {
		t.Errorf("compacted from %d to %d bytes (file %d), want less than half", res.Before, res.After, st.Size())
	}
	if err := verifyBackup(res.Backup); err != nil {
		t.Errorf("the backup kept first (%s) is not sound: %v", res.Backup, err)
	}
	again, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if got := exportAll(t, again); string(got) != string(want) {
		t.Error("the content changed in the compaction")
	}
	if err := again.Check(); err != nil {
		t.Errorf("the compacted file fails its check: %v", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*compact-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %q", leftovers)
	}
}

func TestCompactRefusesAnOpenDatabase(t *testing.T) {
	db, _ := openSampleDB(t)
	before := fileHash(t, db.Path())
	opts := testOptions()
	opts.LockTimeout = 50 * time.Millisecond
	_, err := Compact(db.Path(), catalog.Default(), opts)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("got %v, want ErrLocked", err)
	}
	if fileHash(t, db.Path()) != before {
		t.Error("a refused compaction changed the file")
	}
}

func TestCompactRefusesADamagedDatabase(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	damagePage(t, path)
	before := fileHash(t, path)
	_, err := Compact(path, catalog.Default(), testOptions())
	var ce *CorruptError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *CorruptError", err)
	}
	if fileHash(t, path) != before {
		t.Error("the damaged file was written to")
	}
}

func TestSameContent(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, fill func(tx *bolt.Tx) error) (*bolt.DB, string) {
		path := filepath.Join(dir, name)
		b, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Update(fill); err != nil {
			t.Fatal(err)
		}
		return b, path
	}
	fill := func(value string) func(tx *bolt.Tx) error {
		return func(tx *bolt.Tx) error {
			top, err := tx.CreateBucket([]byte("top"))
			if err != nil {
				return err
			}
			if err := top.Put([]byte("empty"), nil); err != nil {
				return err
			}
			inner, err := top.CreateBucket([]byte("inner"))
			if err != nil {
				return err
			}
			return inner.Put([]byte("k"), []byte(value))
		}
	}
	a, _ := write("a.db", fill("v"))
	defer a.Close()
	same, samePath := write("same.db", fill("v"))
	same.Close()
	other, otherPath := write("other.db", fill("w"))
	other.Close()
	if err := sameContent(a, samePath); err != nil {
		t.Errorf("equal databases: %v", err)
	}
	if err := sameContent(a, otherPath); err == nil || !strings.Contains(err.Error(), `top: inner: key "k"`) {
		t.Errorf("a changed value nested two buckets deep: %v", err)
	}
}
