package storage

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
)

// TestChangedBitOfSchemaVersionIsDamage flips each bit of the stored
// schema version in turn. A flip can give another valid version ("6"
// becomes "7", "4" or "2"): the file must then be reported damaged, not
// refused as a newer Liftoff's nor migrated as an older one, and be left
// untouched.
func TestChangedBitOfSchemaVersionIsDamage(t *testing.T) {
	db, _ := openSampleDB(t)
	good := db.Path()
	db.Close()
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	version := []byte(strconv.Itoa(SchemaVersion))
	for i := range version {
		for bit := range 8 {
			flipped := append([]byte(nil), version...)
			flipped[i] ^= 1 << bit
			t.Run(strconv.Quote(string(flipped)), func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "liftoff.db")
				if err := os.WriteFile(path, raw, 0o600); err != nil {
					t.Fatal(err)
				}
				rawUpdate(t, path, func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(metaSchemaKey, flipped) })
				before := fileHash(t, path)
				for _, readOnly := range []bool{false, true} {
					opts := testOptions()
					opts.ReadOnly = readOnly
					db, err := Open(path, catalog.Default(), opts)
					if err == nil {
						db.Close()
						t.Fatalf("read-only %v: opened a file whose schema version was changed", readOnly)
					}
					var ce *CorruptError
					if !errors.As(err, &ce) || !strings.Contains(err.Error(), "schema version") {
						t.Errorf("read-only %v: got %v, want a *CorruptError about the schema version", readOnly, err)
					}
				}
				if fileHash(t, path) != before {
					t.Error("the damaged file changed")
				}
				if list, _ := Backups(filepath.Join(filepath.Dir(path), BackupFolder)); len(list) != 0 {
					t.Errorf("a damaged file was backed up for a migration: %v", list)
				}
			})
		}
	}
}

// TestDamagedSealedSchemaVersionIsDamage changes the sealed copy of the
// schema version: the file is reported damaged.
func TestDamagedSealedSchemaVersionIsDamage(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		v := append([]byte(nil), meta.Get(metaSchemaSealedKey)...)
		v[0] ^= 1
		return meta.Put(metaSchemaSealedKey, v)
	})
	_, err := Open(path, catalog.Default(), testOptions())
	var ce *CorruptError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "schema version") {
		t.Errorf("got %v, want a *CorruptError about the schema version", err)
	}
}

// TestFileWithoutSealedSchemaVersionGetsIt opens a file of this schema
// version written before the sealed copy existed: it opens and passes
// the full check, gets the copy with its first change, and from then on
// a changed bit of its version is damage.
func TestFileWithoutSealedSchemaVersionGetsIt(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	rawUpdate(t, path, func(tx *bolt.Tx) error { return putOlderSchemaVersion(tx, strconv.Itoa(SchemaVersion)) })
	sealedCopy := func() (v []byte) {
		rawView(t, path, func(tx *bolt.Tx) {
			if raw := tx.Bucket(bucketMeta).Get(metaSchemaSealedKey); raw != nil {
				v, _ = unseal(bucketMeta, metaSchemaSealedKey, raw)
				v = append([]byte{}, v...)
			}
		})
		return v
	}
	if v := sealedCopy(); v != nil {
		t.Fatalf("the file made as before the sealed copy has one: %q", v)
	}

	db, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if _, err := db.FullCheck(context.Background()); err != nil {
		t.Fatalf("full check before the change: %v", err)
	}
	settings, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	settings.WeeklyCapacityHours++
	if err := db.PutSettings(settings); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FullCheck(context.Background()); err != nil {
		t.Fatalf("full check after the change: %v", err)
	}
	db.Close()
	if got, want := string(sealedCopy()), strconv.Itoa(SchemaVersion); got != want {
		t.Fatalf("sealed copy after the first change = %q, want %q", got, want)
	}

	rawUpdate(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(metaSchemaKey, []byte(strconv.Itoa(SchemaVersion+1)))
	})
	_, err = Open(path, catalog.Default(), testOptions())
	var ce *CorruptError
	if !errors.As(err, &ce) {
		t.Errorf("after the version changed: got %v, want a *CorruptError", err)
	}
}
