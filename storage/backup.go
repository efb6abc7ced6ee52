package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/liftoff-app/liftoff/internal/atomicfile"
)

// backupStamp is the UTC time in a backup's name; names sort by time.
const backupStamp = "20060102T150405.000Z"

// errLockTimeout is returned by lockFile when the lock stays taken.
var errLockTimeout = errors.New("lock timeout")

// backupBase returns the name a database's backups start with: the file
// name without its extension ("liftoff" for liftoff.db).
func backupBase(dbPath string) string {
	name := filepath.Base(dbPath)
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// backupName returns the file name of a backup of base made at t.
func backupName(base string, t time.Time) string {
	return base + "-" + t.UTC().Format(backupStamp) + ".db"
}

// parseBackupName splits a backup file name into its base and time.
func parseBackupName(name string) (base string, t time.Time, ok bool) {
	const suffix = ".db"
	n := len(name) - len(suffix) - len(backupStamp)
	if !strings.HasSuffix(name, suffix) || n < 2 || name[n-1] != '-' {
		return "", time.Time{}, false
	}
	t, err := time.Parse(backupStamp, name[n:len(name)-len(suffix)])
	if err != nil {
		return "", time.Time{}, false
	}
	return name[:n-1], t, true
}

// Backups returns the backup files in dir, newest first. A folder that
// does not exist holds no backups.
func Backups(dir string) ([]string, error) {
	return listBackups(dir, "")
}

// BackupsOf returns the backups of the database at dbPath in the backup
// folder beside it, newest first: not those of other databases that
// share the folder.
func BackupsOf(dbPath string) ([]string, error) {
	return listBackups(filepath.Join(filepath.Dir(dbPath), BackupFolder), backupBase(dbPath))
}

// listBackups lists the backups in dir of databases named base (of every
// database when base is empty), newest first.
func listBackups(dir, base string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups in %s: %w", dir, err)
	}
	type found struct {
		name string
		at   time.Time
	}
	var list []found
	for _, e := range entries {
		b, at, ok := parseBackupName(e.Name())
		if !ok || !e.Type().IsRegular() || (base != "" && b != base) {
			continue
		}
		list = append(list, found{e.Name(), at})
	}
	slices.SortFunc(list, func(a, b found) int {
		if c := b.at.Compare(a.at); c != 0 {
			return c
		}
		return strings.Compare(b.name, a.name)
	})
	out := make([]string, len(list))
	for i, f := range list {
		out[i] = filepath.Join(dir, f.name)
	}
	return out, nil
}

// Backup writes a consistent snapshot of the database into dir (created
// when missing) and returns the file's path. The snapshot is written to a
// temporary file, synced to disk and then given its name, so that a crash
// never leaves a half-written backup under a backup's name. A database
// that failed its check is not backed up: Backup returns the
// *CorruptError.
func (db *DB) Backup(dir string) (string, error) {
	if err := db.Check(); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("create backup folder %s: %w", dir, err)
	}
	base := backupBase(db.path)
	if !db.opts.ReadOnly {
		// Only the writer of this database makes backups of it while it
		// holds the lock: temporary files left by a crash are its own.
		atomicfile.RemoveStaleTemps(dir, backupTempPrefix(base), 0)
	}
	var final string
	err := db.view(func(tx *bolt.Tx) error {
		tmp, err := os.CreateTemp(dir, backupTempPrefix(base)+"*.tmp")
		if err != nil {
			return fmt.Errorf("create backup file in %s: %w", dir, err)
		}
		defer os.Remove(tmp.Name())
		if _, err := tx.WriteTo(tmp); err != nil {
			tmp.Close()
			return fmt.Errorf("write backup %s: %w", tmp.Name(), err)
		}
		if err := tmp.Sync(); err != nil {
			tmp.Close()
			return fmt.Errorf("sync backup %s: %w", tmp.Name(), err)
		}
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("close backup %s: %w", tmp.Name(), err)
		}
		// What was written is read back and checked before it gets a
		// backup's name: a backup is only kept when every record verifies.
		if err := verifyBackup(tmp.Name()); err != nil {
			return fmt.Errorf("the backup written to %s failed its check: %w", dir, err)
		}
		final, err = linkUnique(tmp.Name(), dir, base, db.opts.Now())
		return err
	})
	if err != nil {
		return "", err
	}
	if err := syncDir(dir); err != nil {
		return "", err
	}
	return final, nil
}

// linkUnique gives the finished file tmp a backup name in dir, one
// millisecond later than at when that name is taken.
func linkUnique(tmp, dir, base string, at time.Time) (string, error) {
	for range 1000 {
		final := filepath.Join(dir, backupName(base, at))
		err := os.Link(tmp, final)
		if err == nil {
			return final, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			// No hard links on this file system: rename, when the name
			// is free.
			if _, serr := os.Lstat(final); errors.Is(serr, fs.ErrNotExist) {
				if rerr := os.Rename(tmp, final); rerr != nil {
					return "", fmt.Errorf("name backup %s: %w", final, rerr)
				}
				return final, nil
			}
		}
		at = at.Add(time.Millisecond)
	}
	return "", fmt.Errorf("name backup in %s: every name near %s is taken", dir, at.UTC().Format(backupStamp))
}

// ensureSessionBackup backs up the database once per session, before its
// first change, and keeps the newest KeepBackups backups. A database this
// session created holds nothing to keep yet.
func (db *DB) ensureSessionBackup() error {
	db.backupMu.Lock()
	defer db.backupMu.Unlock()
	if db.backedUp {
		return nil
	}
	if !db.created {
		if _, err := db.Backup(db.opts.BackupDir); err != nil {
			return err
		}
		pruneBackups(db.opts.BackupDir, backupBase(db.path), db.opts.KeepBackups)
	}
	db.backedUp = true
	db.changedSinceBackup = false
	return nil
}

// backupBeforeBulkChange backs up the database before a change of many
// records (an import) when this session changed it since its last
// backup, so that the state just before the import can be restored.
func (db *DB) backupBeforeBulkChange() error {
	if err := db.ensureSessionBackup(); err != nil {
		return err
	}
	db.backupMu.Lock()
	defer db.backupMu.Unlock()
	if !db.changedSinceBackup {
		return nil
	}
	if _, err := db.Backup(db.opts.BackupDir); err != nil {
		return err
	}
	pruneBackups(db.opts.BackupDir, backupBase(db.path), db.opts.KeepBackups)
	db.changedSinceBackup = false
	return nil
}

// pruneBackups removes all but the newest keep backups of base in dir. A
// backup that cannot be removed stays: one backup too many does no harm.
func pruneBackups(dir, base string, keep int) {
	list, err := listBackups(dir, base)
	if err != nil || len(list) <= keep {
		return
	}
	for _, old := range list[keep:] {
		os.Remove(old)
	}
}

// newestGoodBackup returns the newest backup of the database at dbPath in
// dir that passes a full check, or "" when none does.
func newestGoodBackup(dir, dbPath string) (string, error) {
	list, err := listBackups(dir, backupBase(dbPath))
	if err != nil {
		return "", err
	}
	for i, candidate := range list {
		if i == 2*DefaultKeepBackups {
			break
		}
		if verifyBackup(candidate) == nil {
			return candidate, nil
		}
	}
	return "", nil
}

// verifyBackup checks a backup file fully: header, page walk, bbolt's
// check, the seal of every record and the content sum, and a schema this
// program reads. The error says what is wrong.
func verifyBackup(path string) error {
	h, err := walkFile(path)
	if err != nil {
		return err
	}
	if h.damagedMeta >= 0 {
		return fmt.Errorf("meta page %d is damaged", h.damagedMeta)
	}
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: DefaultLockTimeout})
	if errors.Is(err, berrors.ErrTimeout) {
		return errors.New("another program has it open")
	}
	if err != nil {
		return err
	}
	defer b.Close()
	if err := boltCheck(b); err != nil {
		return err
	}
	if _, err := checkRecords(context.Background(), b); err != nil {
		return err
	}
	return b.View(func(tx *bolt.Tx) error {
		v, err := readSchemaVersion(tx)
		if err != nil {
			return err
		}
		if v > SchemaVersion {
			return fmt.Errorf("a newer Liftoff wrote it (schema version %d; this one reads up to %d)", v, SchemaVersion)
		}
		return nil
	})
}

// Restore replaces the database at dbPath with backupFile. It checks the
// backup fully first, refuses while another program has the database
// open (*LockedError), keeps the current file (as a backup when it is a
// sound database, else under a ".damaged" name beside the backups) and
// then swaps the files atomically. opts supplies the lock timeout, the
// backup folder and the clock.
func Restore(dbPath, backupFile string, opts Options) error {
	opts = opts.withDefaults(dbPath)
	st, err := os.Stat(backupFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("restore %s: the backup cannot be used: there is no such file", backupFile)
	case err == nil:
		if kind, refused := atomicfile.KindOf(st.Mode()); refused {
			return fmt.Errorf("restore %s: %s is %s, not a backup file", dbPath, backupFile, kind)
		}
	}
	if err := verifyBackup(backupFile); err != nil {
		return fmt.Errorf("restore %s: the backup cannot be used: %w", backupFile, err)
	}
	dir := filepath.Dir(dbPath)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("restore %s: create folder: %w", dbPath, err)
	}
	current, err := os.Open(dbPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		current = nil
	case err != nil:
		return fmt.Errorf("restore %s: %w", dbPath, err)
	}
	unlock := func() error { return nil }
	if current != nil {
		defer current.Close()
		u, err := lockFile(current, opts.LockTimeout)
		if errors.Is(err, errLockTimeout) {
			return &LockedError{Path: dbPath}
		}
		if err != nil {
			return fmt.Errorf("restore %s: lock the database: %w", dbPath, err)
		}
		unlock = u
		defer func() { unlock() }()
		if err := keepReplaced(current, dbPath, opts); err != nil {
			return fmt.Errorf("restore %s: keep the current file first: %w", dbPath, err)
		}
	}
	atomicfile.RemoveStaleTemps(dir, restoreTempPrefix(dbPath), time.Hour)
	tmp, err := os.CreateTemp(dir, restoreTempPrefix(dbPath)+"*")
	if err != nil {
		return fmt.Errorf("restore %s: %w", dbPath, err)
	}
	defer os.Remove(tmp.Name())
	if err := copyFileTo(tmp, backupFile); err != nil {
		tmp.Close()
		return fmt.Errorf("restore %s: copy %s: %w", dbPath, backupFile, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("restore %s: %w", dbPath, err)
	}
	if isWindows() && current != nil {
		// Windows cannot replace a file that is open.
		unlock()
		unlock = func() error { return nil }
		current.Close()
	}
	if err := forgetCommitRecord(dbPath); err != nil {
		return fmt.Errorf("restore %s: %w", dbPath, err)
	}
	if err := os.Rename(tmp.Name(), dbPath); err != nil {
		return fmt.Errorf("restore %s: put the backup in place: %w", dbPath, err)
	}
	return syncDir(dir)
}

// keepReplaced copies the database file about to be replaced into the
// backup folder: as a regular backup when it passes the full check, else
// as <name>-<time>.damaged, which no listing offers for restoring.
func keepReplaced(current *os.File, dbPath string, opts Options) error {
	if err := os.MkdirAll(opts.BackupDir, 0o700); err != nil {
		return fmt.Errorf("create backup folder %s: %w", opts.BackupDir, err)
	}
	base := backupBase(dbPath)
	tmp, err := os.CreateTemp(opts.BackupDir, "."+base+"-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := current.Seek(0, io.SeekStart); err != nil {
		tmp.Close()
		return err
	}
	if _, err := io.Copy(tmp, current); err != nil {
		tmp.Close()
		return fmt.Errorf("copy %s: %w", dbPath, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if verifyBackup(tmp.Name()) == nil {
		if _, err := linkUnique(tmp.Name(), opts.BackupDir, base, opts.Now()); err != nil {
			return err
		}
	} else {
		damaged := filepath.Join(opts.BackupDir, base+"-"+opts.Now().UTC().Format(backupStamp)+".damaged")
		if err := os.Rename(tmp.Name(), damaged); err != nil {
			return err
		}
	}
	return syncDir(opts.BackupDir)
}

// copyFileTo copies the file at src into dst and syncs dst.
func copyFileTo(dst *os.File, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if _, err := io.Copy(dst, in); err != nil {
		return err
	}
	if err := dst.Chmod(0o600); err != nil && !isWindows() {
		return err
	}
	return dst.Sync()
}
