package storage

import (
	"context"
	"errors"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// CheckReport says what a full check of the database verified.
type CheckReport struct {
	// Path is the database file and Size its length in bytes.
	Path string
	Size int64
	// Schema is the file's schema version.
	Schema int
	// Pages is the number of pages walked: every page below the
	// high-water mark, each found in use once or free.
	Pages uint64
	// Records is the number of records whose checksum was verified, and
	// whose count and sum match what the last change recorded.
	Records uint64
	// Commit is the number of the last change the file holds.
	Commit uint64
	// CommitRecorded reports that the commit record beside the file names
	// that same change (false: there is no record yet).
	CommitRecorded bool
	// RolledBack, when set, says that the file is older than the last
	// change Liftoff saved to it (see DB.RolledBack); the rest of the
	// report is still true of the file as it is.
	RolledBack *RolledBackError
	// NewestBackup is the newest backup that passes a full check, or "".
	NewestBackup string
}

// FullCheck checks the whole file now, whatever earlier checks found: a
// walk of every page, bbolt's consistency check, the checksum of every
// record with the count and sum of all of them, and the last change
// against the commit record. It returns what it verified, or the
// *CorruptError that stops it; a file older than the last saved change
// is reported in CheckReport.RolledBack. Once ctx is done it stops, at the
// next stage or batch of records, with an error wrapping ctx.Err(); the
// check only reads, so a stopped check changes nothing.
func (db *DB) FullCheck(ctx context.Context) (CheckReport, error) {
	r := CheckReport{Path: db.path}
	if err := ctx.Err(); err != nil {
		return r, fmt.Errorf("check %s: %w", db.path, err)
	}
	if err := db.usable(); err != nil {
		return r, err
	}
	if st, err := os.Stat(db.path); err == nil {
		r.Size = st.Size()
	}
	checked, err := checkOpenFile(ctx, db.path, db.bolt)
	if ctxErr := ctx.Err(); ctxErr != nil && errors.Is(err, ctxErr) {
		return r, fmt.Errorf("check %s: %w", db.path, err)
	}
	if err != nil {
		return r, db.corrupt(damageText(db.bolt, err), err)
	}
	r.Pages, r.Records = checked.pages, checked.records
	err = db.guardedView(db.bolt, func(tx *bolt.Tx) error {
		r.Schema, err = readSchemaVersion(tx)
		r.Commit = uint64(tx.ID())
		return err
	})
	if err != nil {
		return r, err
	}
	if r.RolledBack, err = db.compareCommit(); err != nil {
		return r, err
	}
	if saved, ok := readCommitRecord(db.path); ok && saved.TxID == r.Commit {
		r.CommitRecorded = true
	}
	if err := ctx.Err(); err != nil {
		return r, fmt.Errorf("check %s: %w", db.path, err)
	}
	r.NewestBackup, _ = newestGoodBackup(db.opts.BackupDir, db.path)
	return r, nil
}
