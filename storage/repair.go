package storage

import (
	"errors"
	"fmt"
	"os"

	"github.com/liftoff-app/liftoff/catalog"
)

// repairableSlot returns the meta page (0 or 1) that RepairLastChange can
// put back for the database at path, whose file holds the commit held and
// whose commit record is saved: the lost page must be the one the last
// saved commit wrote, and the record must keep a copy of it.
func repairableSlot(f *os.File, saved commitRecord) (int, fileHeader, error) {
	h, err := readHeader(f)
	if err != nil {
		return 0, h, err
	}
	m, ok := saved.metaOfCommit()
	slot := int(saved.TxID % 2)
	switch {
	case !ok:
		return 0, h, errors.New("the commit record keeps no copy of the lost meta page")
	case h.txid+1 != saved.TxID:
		return 0, h, fmt.Errorf("the file holds change %d, more than one change before the last saved one (%d)", h.txid, saved.TxID)
	case h.damagedMeta != slot:
		return 0, h, errors.New("the meta page of the last saved change is not the one that is damaged")
	case uint64(m.pageSize) != h.pageSize:
		return 0, h, errors.New("the copy of the meta page is of another page size")
	}
	return slot, h, nil
}

// canRepair reports whether RepairLastChange can bring back what the
// database at path lost.
func canRepair(path string, saved commitRecord) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	_, _, err = repairableSlot(f, saved)
	return err == nil
}

// RepairLastChange brings back the last saved change of a database whose
// newest meta page was lost (see RolledBackError.Repairable): it puts the
// copy of that page the commit record keeps back in place, as bbolt never
// reuses the pages of the newest commit. The file as it was is kept in
// the backup folder first, and the repaired file must then pass the full
// check and hold exactly the content the commit record names; otherwise
// the page is put back as it was and an error says why. The database must
// not be open (a *LockedError otherwise).
func RepairLastChange(path string, cat *catalog.Catalog, opts Options) error {
	opts = opts.withDefaults(path)
	fail := func(err error) error { return fmt.Errorf("bring back the last change of %s: %w", path, err) }
	saved, ok := readCommitRecord(path)
	if !ok {
		return fail(errors.New("there is no commit record to bring it back from"))
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if a := accessProblem(path, true, err); a != nil {
			return a
		}
		return fail(err)
	}
	defer f.Close()
	unlock, err := lockFile(f, opts.LockTimeout)
	if errors.Is(err, errLockTimeout) {
		return &LockedError{Path: path}
	}
	if err != nil {
		return fail(fmt.Errorf("lock the database: %w", err))
	}
	slot, h, err := repairableSlot(f, saved)
	if err != nil {
		unlock()
		return fail(err)
	}
	if err := keepReplaced(f, path, opts); err != nil {
		unlock()
		return fail(fmt.Errorf("keep the file as it is first: %w", err))
	}
	at := int64(slot) * int64(h.pageSize)
	before := make([]byte, h.pageSize)
	if _, err := f.ReadAt(before, at); err != nil {
		unlock()
		return fail(err)
	}
	page := make([]byte, h.pageSize)
	copy(page, saved.Meta[:])
	putPage := func(b []byte) error {
		if _, err := f.WriteAt(b, at); err != nil {
			return err
		}
		return f.Sync()
	}
	if err := putPage(page); err != nil {
		putPage(before)
		unlock()
		return fail(err)
	}
	unlock()

	// The repaired file must open, pass the full check and hold the
	// last saved change.
	db, err := Open(path, cat, opts)
	if err == nil {
		rb := db.RolledBack()
		db.Close()
		if rb != nil {
			err = rb
		}
	}
	if err != nil {
		if lerr := func() error {
			u, err := lockFile(f, opts.LockTimeout)
			if err != nil {
				return err
			}
			defer u()
			return putPage(before)
		}(); lerr != nil {
			return fail(fmt.Errorf("the repaired file failed its check (%w), and putting the page back failed too: %v; a copy of the file as it was is in %s", err, lerr, opts.BackupDir))
		}
		return fail(fmt.Errorf("the repaired file failed its check, so it was left as it was: %w", err))
	}
	return nil
}
