package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/atomicfile"
)

// Defaults of Options.
const (
	// DefaultLockTimeout is how long Open waits for another program to
	// close the file.
	DefaultLockTimeout = time.Second
	// DefaultKeepBackups is how many automatic backups are kept.
	DefaultKeepBackups = 10
	// BackupFolder is the name of the default backup folder, beside the
	// database file.
	BackupFolder = "backups"
)

// Options tune Open. The zero value is ready to use.
type Options struct {
	// LockTimeout is how long Open waits for another program to close
	// the file before it returns a *LockedError (default 1s).
	LockTimeout time.Duration
	// BackupDir is the folder of automatic backups (default: a "backups"
	// folder beside the database file).
	BackupDir string
	// KeepBackups is how many automatic backups of this database are
	// kept (default 10).
	KeepBackups int
	// ReadOnly opens the file without the right to change it. Other
	// readers may share it; a writer is refused.
	ReadOnly bool
	// Now returns the current time, for Updated stamps and backup names
	// (default time.Now).
	Now func() time.Time
	// CheckOnOpenLimit is the size in bytes up to which Open checks a
	// file fully (a walk of every page and bbolt's tx.Check) before it
	// returns, so that damage is reported by Open itself. A larger file is
	// checked in the background right after opening, and every write
	// waits for that check. The default is DefaultCheckOnOpenLimit; a
	// negative value checks every file in the background.
	CheckOnOpenLimit int64
}

// DefaultCheckOnOpenLimit is the default Options.CheckOnOpenLimit: the
// full check of a 16 MiB file (a large portfolio) takes about 15 ms.
const DefaultCheckOnOpenLimit = 16 << 20

func (o Options) withDefaults(path string) Options {
	if o.LockTimeout <= 0 {
		o.LockTimeout = DefaultLockTimeout
	}
	if o.BackupDir == "" {
		o.BackupDir = filepath.Join(filepath.Dir(path), BackupFolder)
	}
	if o.KeepBackups <= 0 {
		o.KeepBackups = DefaultKeepBackups
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.CheckOnOpenLimit == 0 {
		o.CheckOnOpenLimit = DefaultCheckOnOpenLimit
	}
	return o
}

// DB is an open Liftoff database. Its methods are safe for concurrent use.
type DB struct {
	path string
	cat  *catalog.Catalog
	opts Options
	bolt *bolt.DB
	// created reports that this session created the file.
	created bool

	// checked is closed when the full check of the file has finished;
	// checkErr is its result. checkOnce starts it (or, at Close, marks it
	// not needed); checkTimer starts it a little after Open.
	checked    chan struct{}
	checkErr   error
	checkOnce  sync.Once
	checkTimer *time.Timer

	// backupMu serialises the session backup; backedUp reports that this
	// session's starting state is backed up.
	backupMu sync.Mutex
	backedUp bool
	// changedSinceBackup reports a change after the newest backup this
	// session made (guarded by backupMu).
	changedSinceBackup bool

	mu sync.Mutex // guards the fields below
	// failure, once set, is returned by every later call: reading the
	// file failed in a way only damage explains.
	failure error
	closed  bool
	// rolledBack, when set, refuses every write: the file is older than
	// its commit record (commit.go).
	rolledBack *RolledBackError
	// leftovers are the temporary files of a killed program that Open
	// removed.
	leftovers []string
	// commitFile is the commit record, open for writing (nil when
	// read-only, or when it could not be opened).
	commitFile *os.File

	cache caches

	// beforeCommit, when set (by tests), runs in every write transaction
	// after its changes and before the commit; an error rolls it back.
	beforeCommit func() error
}

// Open opens the Liftoff database at path, creating it (and its folder)
// when it does not exist, unless opts.ReadOnly is set.
//
// Open checks the file cheaply before anything else touches it, and
// refuses it with a *CorruptError when it is empty, not a database, or
// shorter than its pages need; with a *SchemaError when a newer Liftoff
// wrote it; with a *LockedError (errors.Is ErrLocked) when another program
// has it open. A file up to Options.CheckOnOpenLimit is then checked fully
// (a *CorruptError names the newest good backup); a larger one is checked
// in the background: see Check. A file from an older Liftoff is checked
// fully, backed up and migrated in one transaction.
func Open(path string, cat *catalog.Catalog, opts Options) (*DB, error) {
	return open(path, cat, opts, currentSchema())
}

func open(path string, cat *catalog.Catalog, opts Options, schema schemaDef) (*DB, error) {
	db, err := openChecked(path, cat, opts, schema)
	if err != nil {
		return nil, err
	}
	rolledBack, err := db.compareCommit()
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db.rolledBack = rolledBack
	if !db.opts.ReadOnly {
		db.leftovers = removeLeftovers(path, db.opts.BackupDir)
		// Without its commit record the file is still safe to use; only
		// the next Open's comparison is lost.
		db.commitFile, _ = openCommitRecord(path)
		if rolledBack == nil {
			db.recordCommit()
		}
	}
	return db, nil
}

// openChecked opens, checks and (when older) migrates the file.
func openChecked(path string, cat *catalog.Catalog, opts Options, schema schemaDef) (*DB, error) {
	if cat == nil {
		return nil, fmt.Errorf("open database %s: no catalog", path)
	}
	opts = opts.withDefaults(path)
	db := &DB{path: path, cat: cat, opts: opts, checked: make(chan struct{})}

	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !opts.ReadOnly:
		if err := createDatabase(path, schema, opts.Now()); err != nil {
			if a := accessProblem(path, true, err); a != nil {
				return nil, a
			}
			return nil, fmt.Errorf("create database %s: %w", path, err)
		}
		db.created = true
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("open database %s read-only: there is no such file", path)
	case err != nil:
		return nil, fmt.Errorf("open database %s: %w", path, err)
	default:
		if kind, refused := atomicfile.KindOf(st.Mode()); refused {
			return nil, fmt.Errorf("open database %s: it is %s, not a file: choose the database file", path, kind)
		}
	}

	// A read-only handle first: it takes a shared lock (so a running
	// Liftoff is reported, not waited for) and writes nothing while the
	// file is checked.
	ro, err := db.openBolt(true)
	if err != nil {
		return nil, err
	}
	version, err := db.precheck(ro, schema)
	if err != nil {
		ro.Close()
		return nil, err
	}
	if opts.ReadOnly {
		if version < schema.version {
			ro.Close()
			return nil, fmt.Errorf("open database %s read-only: %w (schema version %d); it must be upgraded to %d by opening it once for writing",
				path, ErrOlderSchema, version, schema.version)
		}
		db.bolt = ro
		return db.checkAfterOpen(st)
	}
	if err := ro.Close(); err != nil {
		return nil, fmt.Errorf("open database %s: close the read-only handle: %w", path, err)
	}
	if db.bolt, err = db.openBolt(false); err != nil {
		return nil, err
	}
	if version == schema.version {
		return db.checkAfterOpen(st)
	}
	// An older file: check fully, back up, then migrate, before anything
	// else reads or writes it.
	db.checkOnce.Do(db.runCheck)
	if err := db.Check(); err != nil {
		db.bolt.Close()
		return nil, err
	}
	if err := db.ensureSessionBackup(); err != nil {
		db.bolt.Close()
		return nil, fmt.Errorf("open database %s: back up before migrating: %w", path, err)
	}
	if err := db.bolt.Update(func(tx *bolt.Tx) error { return migrate(tx, schema, version) }); err != nil {
		db.bolt.Close()
		return nil, fmt.Errorf("open database %s: %w (the file was left as it was)", path, err)
	}
	return db, nil
}

// checkAfterOpen runs the full check of a file no larger than
// Options.CheckOnOpenLimit at once, returning its error with the handle
// closed, and schedules it in the background for a larger one. st
// describes the file before Open, nil when Open created it.
func (db *DB) checkAfterOpen(st fs.FileInfo) (*DB, error) {
	if st != nil && (db.opts.CheckOnOpenLimit < 0 || st.Size() > db.opts.CheckOnOpenLimit) {
		db.checkTimer = time.AfterFunc(checkDelay, db.startCheck)
		return db, nil
	}
	db.checkOnce.Do(db.runCheck)
	if err := db.Check(); err != nil {
		db.bolt.Close()
		return nil, err
	}
	return db, nil
}

// openBolt opens the file with bbolt, mapping a lock timeout to a
// *LockedError and a refused file to a *CorruptError.
func (db *DB) openBolt(readOnly bool) (b *bolt.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, db.corrupt(fmt.Sprintf("opening it failed: %v", r), nil)
		}
	}()
	b, err = bolt.Open(db.path, 0o600, &bolt.Options{Timeout: db.opts.LockTimeout, ReadOnly: readOnly})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, &LockedError{Path: db.path}
	case accessProblem(db.path, !readOnly, err) != nil:
		return nil, accessProblem(db.path, !readOnly, err)
	case err != nil:
		problem := err.Error()
		if f, ferr := os.Open(db.path); ferr == nil {
			if _, herr := readHeader(f); herr != nil {
				problem = herr.Error()
			}
			f.Close()
		}
		return nil, db.corrupt(problem, err)
	}
	return b, nil
}

// precheck does the cheap checks of an open file: header pages, size
// against the high-water mark, free-page list, schema version.
func (db *DB) precheck(b *bolt.DB, schema schemaDef) (version int, err error) {
	f, err := os.Open(db.path)
	if err != nil {
		if a := accessProblem(db.path, false, err); a != nil {
			return 0, a
		}
		return 0, fmt.Errorf("open database %s: %w", db.path, err)
	}
	defer f.Close()
	if _, err := readHeader(f); err != nil {
		return 0, db.corrupt(err.Error(), nil)
	}
	err = db.guardedView(b, func(tx *bolt.Tx) error {
		v, err := readSchemaVersion(tx)
		if err != nil {
			return db.corrupt(err.Error(), nil)
		}
		version = v
		return nil
	})
	if err != nil {
		return 0, err
	}
	if version > schema.version {
		return 0, &SchemaError{Path: db.path, Found: version, Supported: schema.version}
	}
	return version, nil
}

// createDatabase creates a new database file atomically: it is built
// beside path and linked into place only when complete, so that a crash
// leaves either no file or a whole one, and an existing file is never
// replaced.
func createDatabase(path string, schema schemaDef, now time.Time) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create folder: %w", err)
	}
	atomicfile.RemoveStaleTemps(dir, createTempPrefix(path), time.Hour)
	tmp, err := os.CreateTemp(dir, createTempPrefix(path)+"*")
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpPath)
	b, err := bolt.Open(tmpPath, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("initialise %s: %w", tmpPath, err)
	}
	if err := b.Update(func(tx *bolt.Tx) error { return initSchema(tx, schema, now) }); err != nil {
		b.Close()
		return fmt.Errorf("write schema: %w", err)
	}
	if err := b.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmpPath, err)
	}
	if err := os.Chmod(tmpPath, 0o600); err != nil {
		return fmt.Errorf("restrict %s to its owner: %w", tmpPath, err)
	}
	// The commit record of a file that was at path before belongs to it.
	if err := forgetCommitRecord(path); err != nil {
		return err
	}
	if err := os.Link(tmpPath, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil // another program created it meanwhile: use that one
		}
		// Some file systems have no hard links: rename, after checking
		// once more that nothing is there.
		if _, serr := os.Lstat(path); serr == nil {
			return nil
		}
		if err := os.Rename(tmpPath, path); err != nil {
			return fmt.Errorf("move the new database into place: %w", err)
		}
	}
	return syncDir(dir)
}

// syncDir makes a rename or link in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open folder %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) && !errors.Is(err, errors.ErrUnsupported) {
		// Windows cannot sync a folder; elsewhere it must work.
		if !isWindows() {
			return fmt.Errorf("sync folder %s: %w", dir, err)
		}
	}
	return nil
}

// Path returns the file of the database.
func (db *DB) Path() string { return db.path }

// Catalog returns the catalog the database validates against.
func (db *DB) Catalog() *catalog.Catalog { return db.cat }

// checkDelay is how long after Open the full check starts in the
// background, so that it does not compete with the first screens for the
// processor; Check (and so the first write, and Backup) starts it at once.
const checkDelay = 250 * time.Millisecond

// startCheck starts the full check in the background, once.
func (db *DB) startCheck() { db.checkOnce.Do(func() { go db.runCheck() }) }

// runCheck runs the full check of the file and records its result.
func (db *DB) runCheck() {
	defer close(db.checked)
	if _, problem := checkOpenFile(context.Background(), db.path, db.bolt); problem != nil {
		db.checkErr = db.corrupt(damageText(db.bolt, problem), problem)
	}
}

// Check waits for the full check of the file (a walk of every page and
// bbolt's tx.Check), which starts in the background shortly after Open,
// and returns its result: nil, or a *CorruptError. The first write of a
// session waits for it too, and no write happens when it fails.
func (db *DB) Check() error {
	db.mu.Lock()
	closed := db.closed
	db.mu.Unlock()
	if closed {
		return fmt.Errorf("database %s: %w", db.path, ErrClosed)
	}
	db.startCheck()
	<-db.checked
	return db.checkErr
}

// fileCheck is what the full check of a file verified.
type fileCheck struct {
	pages   uint64 // walked
	records uint64 // whose seal was verified
}

// checkOpenFile runs the full check on a file bbolt has open: a walk of
// every page, bbolt's consistency check, the seal of every record and
// the content sum.
func checkOpenFile(ctx context.Context, path string, b *bolt.DB) (fileCheck, error) {
	h, err := walkFile(path)
	if err != nil {
		return fileCheck{}, err
	}
	if err := ctx.Err(); err != nil {
		return fileCheck{}, err
	}
	if h.damagedMeta < 0 {
		// bbolt's check asserts that both meta pages look like meta
		// pages; with one of them lost, the walk above is the check, and
		// the next commit rewrites the lost page.
		if err := boltCheck(b); err != nil {
			return fileCheck{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return fileCheck{}, err
	}
	records, err := checkRecords(ctx, b)
	return fileCheck{pages: h.pages, records: records}, err
}

// damageText says what problem, found by a check of b, is: for a record
// whose seal failed, which record of which customer.
func damageText(b *bolt.DB, problem error) string {
	if d, ok := errors.AsType[*damagedRecord](problem); ok {
		return describeDamage(b, d)
	}
	return problem.Error()
}

// checkRecords verifies the seal of every record and the content sum
// (verifyRecords), returning how many records it verified. Damage that
// makes bbolt itself fail is returned as an error.
func checkRecords(ctx context.Context, b *bolt.DB) (verified uint64, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reading its records failed: %v", r)
		}
	}()
	err = b.View(func(tx *bolt.Tx) error {
		verified, err = verifyRecords(ctx, tx)
		return err
	})
	return verified, err
}

// boltCheck runs bbolt's consistency check and returns the first problems
// it finds. It reads every error, as tx.Check's goroutine needs.
func boltCheck(b *bolt.DB) error {
	var problems []error
	err := b.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			if len(problems) < 3 {
				problems = append(problems, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("consistency check: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("consistency check: %w", errors.Join(problems...))
	}
	return nil
}

// corrupt builds the *CorruptError for this database, naming its newest
// good backup.
func (db *DB) corrupt(problem string, err error) *CorruptError {
	e := &CorruptError{Path: db.path, Problem: problem, BackupDir: db.opts.BackupDir, Err: err}
	e.NewestBackup, _ = newestGoodBackup(db.opts.BackupDir, db.path)
	return e
}

// guardedView runs fn in a read transaction of b; a fault or panic while
// reading the file (which only damage explains once the code is right) is
// returned as an error instead of ending the program.
func (db *DB) guardedView(b *bolt.DB, fn func(tx *bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = db.failed(b, r)
		}
	}()
	return b.View(fn)
}

// failed turns a panic while using the file into the error every later
// call returns: a *CorruptError when the full check finds damage, else an
// internal error.
func (db *DB) failed(b *bolt.DB, r any) error {
	var err error
	if d, ok := r.(*damagedRecord); ok {
		err = db.corrupt(describeDamage(b, d), d)
	} else if _, problem := checkOpenFile(context.Background(), db.path, b); problem != nil {
		err = db.corrupt(fmt.Sprintf("reading it failed (%v)", r), problem)
	} else {
		err = fmt.Errorf("database %s: internal error: %v", db.path, r)
	}
	db.mu.Lock()
	if db.failure == nil {
		db.failure = err
	}
	db.mu.Unlock()
	return err
}

// usable returns the error that stops every call, if any: the handle is
// closed, reading the file failed, or the full check found damage (from
// then on nothing is read from the file either).
func (db *DB) usable() error {
	db.mu.Lock()
	closed, failure := db.closed, db.failure
	db.mu.Unlock()
	switch {
	case closed:
		return fmt.Errorf("database %s: %w", db.path, ErrClosed)
	case failure != nil:
		return failure
	}
	select {
	case <-db.checked:
		return db.checkErr
	default:
		return nil
	}
}

// view runs fn in a read transaction.
func (db *DB) view(fn func(tx *bolt.Tx) error) error {
	if err := db.usable(); err != nil {
		return err
	}
	return db.guardedView(db.bolt, fn)
}

// update runs fn in a write transaction, after the full check has passed
// and this session's starting state is backed up. An error from fn (or a
// failed commit) leaves the file as it was; fn's error is returned
// unchanged.
func (db *DB) update(fn func(t *txn) error) (err error) {
	if err := db.usable(); err != nil {
		return err
	}
	if db.opts.ReadOnly {
		return fmt.Errorf("database %s: %w", db.path, ErrReadOnly)
	}
	if rb := db.RolledBack(); rb != nil {
		return rb
	}
	if err := db.Check(); err != nil {
		return err
	}
	if err := db.ensureSessionBackup(); err != nil {
		return fmt.Errorf("database %s: back up before the first change: %w", db.path, err)
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = db.failed(db.bolt, r)
		}
	}()
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		t := newTxn(tx)
		if err := fn(t); err != nil {
			return err
		}
		if err := t.saveSum(); err != nil {
			return err
		}
		if db.beforeCommit != nil {
			return db.beforeCommit()
		}
		return nil
	})
	if err == nil {
		db.recordCommit()
		db.backupMu.Lock()
		db.changedSinceBackup = true
		db.backupMu.Unlock()
	}
	return err
}

// Close closes the database, after the full check has finished if it
// had started.
func (db *DB) Close() error {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return nil
	}
	db.closed = true
	db.mu.Unlock()
	if db.checkTimer != nil {
		db.checkTimer.Stop()
	}
	db.checkOnce.Do(func() { close(db.checked) }) // not started: not needed
	<-db.checked
	if db.commitFile != nil {
		db.commitFile.Close()
	}
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("close database %s: %w", db.path, err)
	}
	return nil
}
