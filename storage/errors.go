package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// ErrNotFound is wrapped by errors about an ID that names nothing stored.
var ErrNotFound = errors.New("not found")

// ErrLocked matches (with errors.Is) the *LockedError returned when
// another program has the database open.
//
//lint:ignore ST1005 Liftoff is a name
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

// ErrAccess matches (with errors.Is) an *AccessError.
var ErrAccess = errors.New("no access to the database file")

// AccessError reports a database file that the system does not let
// Liftoff open as asked: no permission, a read-only or protected file, a
// read-only drive. The file is not damaged and was not touched; a
// *CorruptError is never given for these.
type AccessError struct {
	// Path is the database file.
	Path string
	// Write reports that the file was opened for writing.
	Write bool
	// Reason says what the system refused, in words.
	Reason string
	// Err is the system's error.
	Err error
}

// Error names the path, what was refused and what to do.
func (e *AccessError) Error() string {
	advice := "give your user account permission to read it"
	if e.Write {
		advice = "make it writable for your user account (or move it to a folder you can write), " +
			"or use the read-only commands of liftoffctl, which work on it as it is"
	}
	return fmt.Sprintf("database %s cannot be opened: %s; nothing is wrong with its content: %s", e.Path, e.Reason, advice)
}

// Unwrap returns the system's error.
func (e *AccessError) Unwrap() error { return e.Err }

// Is reports whether target is ErrAccess.
func (e *AccessError) Is(target error) bool { return target == ErrAccess }

// accessProblem returns the *AccessError for err when the system refused
// access to the file at path, else nil.
func accessProblem(path string, write bool, err error) *AccessError {
	var reason string
	switch {
	case isReadOnlyFileSystem(err):
		reason = "it is on a read-only drive or file system"
	case errors.Is(err, fs.ErrPermission) && write:
		reason = "permission denied: the file, or its folder, is read-only or protected for your user account"
	case errors.Is(err, fs.ErrPermission):
		reason = "permission denied: your user account may not read it"
	default:
		return nil
	}
	return &AccessError{Path: path, Write: write, Reason: reason, Err: err}
}
