package storage

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/atomicfile"
)

// compactTxSize is how many bytes Compact copies per transaction.
const compactTxSize = 64 << 20

// CompactResult says what Compact did.
type CompactResult struct {
	// Before and After are the file's sizes in bytes.
	Before, After int64
	// Backup is the snapshot of the database taken before it was
	// rewritten.
	Backup string
}

// Compact rewrites the database at path without the free pages that
// deleted and changed records leave behind, so that the file shrinks to
// what it holds. It opens the file for writing (a *LockedError while
// another program has it open), checks it fully, keeps a backup, writes
// the compact copy beside it, checks the copy and compares it with the
// original record by record, and only then puts it in place. Any failure
// leaves the original file as it was.
func Compact(path string, cat *catalog.Catalog, opts Options) (CompactResult, error) {
	var res CompactResult
	db, err := Open(path, cat, opts)
	if err != nil {
		return res, err
	}
	closed := false
	defer func() {
		if !closed {
			db.Close()
		}
	}()
	fail := func(err error) (CompactResult, error) {
		return CompactResult{}, fmt.Errorf("compact %s: %w (the file was left as it was)", path, err)
	}
	if rb := db.RolledBack(); rb != nil {
		return fail(rb)
	}
	if res.Backup, err = db.Backup(db.opts.BackupDir); err != nil {
		return fail(fmt.Errorf("back up first: %w", err))
	}
	st, err := os.Stat(path)
	if err != nil {
		return fail(err)
	}
	res.Before = st.Size()

	dir := filepath.Dir(path)
	atomicfile.RemoveStaleTemps(dir, compactTempPrefix(path), 0)
	tmp, err := os.CreateTemp(dir, compactTempPrefix(path)+"*")
	if err != nil {
		return fail(err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpPath)
	if err := writeCompactCopy(db.bolt, tmpPath); err != nil {
		return fail(err)
	}
	if err := verifyBackup(tmpPath); err != nil {
		return fail(fmt.Errorf("the compact copy failed its check: %w", err))
	}
	if err := sameContent(db.bolt, tmpPath); err != nil {
		return fail(fmt.Errorf("the compact copy differs from the database: %w", err))
	}
	if st, err := os.Stat(tmpPath); err == nil {
		res.After = st.Size()
	}
	if isWindows() {
		// Windows cannot replace a file that is open.
		db.Close()
		closed = true
	}
	// The commit record names a change of the file being replaced.
	if db.commitFile != nil {
		db.commitFile.Close()
		db.commitFile = nil
	}
	if err := forgetCommitRecord(path); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmpPath, path); err != nil {
		return fail(fmt.Errorf("put the compact copy in place: %w", err))
	}
	if err := syncDir(dir); err != nil {
		return res, fmt.Errorf("compact %s: %w", path, err)
	}
	return res, nil
}

// writeCompactCopy copies every bucket of src into a new database at
// path, pages filled, and syncs it.
func writeCompactCopy(src *bolt.DB, path string) error {
	dst, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: DefaultLockTimeout})
	if err != nil {
		return fmt.Errorf("create the compact copy: %w", err)
	}
	if err := bolt.Compact(dst, src, compactTxSize); err != nil {
		dst.Close()
		return fmt.Errorf("write the compact copy: %w", err)
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return fmt.Errorf("sync the compact copy: %w", err)
	}
	return dst.Close()
}

// sameContent reports an error unless the database file at path holds
// exactly the buckets, keys and values of a.
func sameContent(a *bolt.DB, path string) error {
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: DefaultLockTimeout})
	if err != nil {
		return err
	}
	defer b.Close()
	return a.View(func(ta *bolt.Tx) error {
		return b.View(func(tb *bolt.Tx) error {
			return sameBuckets(ta.Cursor(), tb.Cursor(), func(name []byte) (*bolt.Bucket, *bolt.Bucket) {
				return ta.Bucket(name), tb.Bucket(name)
			}, "")
		})
	})
}

// sameBuckets compares two levels of buckets, walking both cursors in key
// order; child opens a nested bucket of each side by name.
func sameBuckets(ca, cb *bolt.Cursor, child func(name []byte) (*bolt.Bucket, *bolt.Bucket), where string) error {
	ka, va := ca.First()
	kb, vb := cb.First()
	for ka != nil || kb != nil {
		if !bytes.Equal(ka, kb) {
			return fmt.Errorf("%skey %q against %q", where, ka, kb)
		}
		if !bytes.Equal(va, vb) {
			return fmt.Errorf("%skey %q has other contents", where, ka)
		}
		if va == nil || vb == nil { // a nested bucket, or an empty value
			ba, bb := child(ka)
			if (ba == nil) != (bb == nil) {
				return fmt.Errorf("%skey %q is a bucket on one side only", where, ka)
			}
			if ba != nil {
				inner := func(name []byte) (*bolt.Bucket, *bolt.Bucket) { return ba.Bucket(name), bb.Bucket(name) }
				if err := sameBuckets(ba.Cursor(), bb.Cursor(), inner, where+string(ka)+": "); err != nil {
					return err
				}
			}
		}
		ka, va = ca.Next()
		kb, vb = cb.Next()
	}
	return nil
}
