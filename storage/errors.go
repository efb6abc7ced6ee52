package storage

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNotFound is wrapped by errors about an ID that names nothing stored.
var ErrNotFound = errors.New("not found")

// ErrLocked matches (with errors.Is) the *LockedError returned when
// another program has the database open.
var ErrLocked = errors.New("Liftoff is already open")

// ErrReadOnly is wrapped by every write to a database opened read-only.
var ErrReadOnly = errors.New("the database is open read-only")

// ErrOlderSchema is wrapped by the error of a read-only Open of a file an
// older Liftoff wrote: it must be opened for writing once, which migrates
// it.
var ErrOlderSchema = errors.New("an older Liftoff wrote it")

// ErrClosed is wrapped by every call on a closed database.
var ErrClosed = errors.New("the database is closed")

// LockedError reports that another Liftoff (or liftoffctl) holds the
// database file.
type LockedError struct {
	// Path is the database file.
	Path string
}

// Error returns "Liftoff is already open on <path>".
func (e *LockedError) Error() string { return "Liftoff is already open on " + e.Path }

// Is reports whether target is ErrLocked.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// SchemaError reports a database written by a newer Liftoff. The file is
// not changed.
type SchemaError struct {
	// Path is the database file.
	Path string
	// Found is the schema version of the file.
	Found int
	// Supported is the newest schema version this program reads.
	Supported int
}

// Error says both versions and that the file was left untouched.
func (e *SchemaError) Error() string {
	return fmt.Sprintf("database %s has schema version %d, but this Liftoff reads up to version %d: "+
		"install a newer Liftoff to open it (the file was left untouched)", e.Path, e.Found, e.Supported)
}

// CorruptError reports a damaged or foreign file at the database path. A
// file that fails a check is never written to.
type CorruptError struct {
	// Path is the database file.
	Path string
	// Problem says what is wrong, e.g. "the file is 4096 bytes but its
	// header counts 9 pages of 4096 bytes: it was cut short (truncated)".
	Problem string
	// NewestBackup is the newest backup that passed a full check, or ""
	// when none was found.
	NewestBackup string
	// BackupDir is the folder that was searched for backups.
	BackupDir string
	// Err is the underlying error, if any.
	Err error
}

// Error names the path, the problem and the backup to restore.
func (e *CorruptError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "database %s is damaged: %s", e.Path, e.Problem)
	if e.NewestBackup != "" {
		fmt.Fprintf(&b, "; newest good backup: %s; restore it with `liftoffctl restore %s`", e.NewestBackup, e.NewestBackup)
	} else if e.BackupDir != "" {
		fmt.Fprintf(&b, "; no good backup was found in %s", e.BackupDir)
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *CorruptError) Unwrap() error { return e.Err }
