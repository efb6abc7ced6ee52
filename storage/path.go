package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/liftoff-app/liftoff/internal/places"
)

// EnvDB is the environment variable that names the database file when no
// --db flag is given.
const EnvDB = "LIFTOFF_DB"

// FileName is the name of the default database file in Liftoff's data
// folder.
const FileName = "liftoff.db"

// DefaultPath returns the database file used when neither --db nor
// LIFTOFF_DB names one: liftoff.db in Liftoff's data folder
// ($XDG_DATA_HOME/Liftoff or ~/.local/share/Liftoff on Linux,
// %AppData%\Liftoff on Windows, ~/Library/Application Support/Liftoff on
// macOS; see package places). It creates nothing.
func DefaultPath() (string, error) {
	dir, err := places.Current().DataDir()
	if err != nil {
		return "", fmt.Errorf("find the folder for the database: %w", err)
	}
	return filepath.Join(dir, FileName), nil
}

// ResolvePath returns the database file to use, as an absolute path: the
// --db flag value when set, else $LIFTOFF_DB when set, else DefaultPath,
// where a database an earlier Liftoff kept in the old default folder is
// moved first (see ResolvePathMoved). It creates no database; Open creates
// the parent folder of a new one.
func ResolvePath(flagValue string) (string, error) {
	p, _, err := ResolvePathMoved(flagValue)
	return p, err
}

// ResolvePathMoved is ResolvePath that also returns the path the default
// database was moved from, or "" when nothing was moved.
//
// Earlier versions kept the default database in the config folder
// (~/.config/Liftoff on Linux). When the data folder has no database and
// the old folder has one, the database, its commit record and its backups
// folder are moved to the data folder, with hard links first so that no
// file is ever lost or overwritten. When that cannot be done (the file is
// open in a running Liftoff, the folders are on different file systems,
// the data folder cannot be made), the database is used where it is, and
// moved on a later start.
func ResolvePathMoved(flagValue string) (path, movedFrom string, err error) {
	p := flagValue
	if p == "" {
		p = os.Getenv(EnvDB)
	}
	if p != "" {
		abs, err := filepath.Abs(p)
		if err != nil {
			return "", "", fmt.Errorf("database path %q: %w", p, err)
		}
		return abs, "", nil
	}
	def, err := DefaultPath()
	if err != nil {
		return "", "", err
	}
	return adoptLegacy(def, places.Current().LegacyDataDirs())
}

// adoptLegacy returns the database to use when the default is path: path
// itself when it exists or no legacy folder holds a database, else the
// legacy database, moved to path when it can be. A path that cannot be
// looked at (its folder is a file, say) counts as missing, so that an old
// database is still found.
func adoptLegacy(path string, legacyDirs []string) (string, string, error) {
	if _, err := os.Lstat(path); err == nil {
		return path, "", nil
	}
	for _, dir := range legacyDirs {
		old := filepath.Join(dir, FileName)
		if old == path {
			continue
		}
		if _, err := os.Stat(old); err != nil {
			continue
		}
		if err := moveDatabase(old, path); err != nil {
			// Used where it is: nothing is lost, and the next start tries
			// again.
			return old, "", nil
		}
		return path, old, nil
	}
	return path, "", nil
}

// moveDatabase moves the database at from, its commit record and its
// backups folder to the folder of to, holding the lock a running Liftoff
// holds on it. The commit record, then the database, are linked at their
// new names before the old names are removed, so that a stop at any point
// leaves the database reachable with its record beside it; a link never
// replaces a database.
func moveDatabase(from, to string) error {
	f, err := os.OpenFile(from, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("move database %s: %w", from, err)
	}
	defer f.Close()
	unlock, err := lockFile(f, 0)
	if err != nil {
		return fmt.Errorf("move database %s: it is in use: %w", from, err)
	}
	defer unlock()
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		return fmt.Errorf("move database %s: %w", from, err)
	}
	// The commit record goes first: once the database is at to, a start
	// uses it there, and it must find its record beside it. A record at
	// to without a database there is left from a move that stopped, and
	// may be older than the one at from.
	os.Remove(commitPath(to))
	recordLinked := os.Link(commitPath(from), commitPath(to)) == nil
	undo := func() {
		os.Remove(to)
		if recordLinked {
			os.Remove(commitPath(to))
		}
	}
	if err := os.Link(from, to); err != nil {
		undo()
		return fmt.Errorf("move database %s to %s: %w", from, to, err)
	}
	if err := syncDir(filepath.Dir(to)); err != nil {
		// Not sure to last: the database stays at from.
		undo()
		return fmt.Errorf("move database %s to %s: %w", from, to, err)
	}
	// From here on the database is at to; what follows only tidies up.
	if recordLinked {
		os.Remove(commitPath(from))
	}
	os.Remove(from)
	oldBackups := filepath.Join(filepath.Dir(from), BackupFolder)
	newBackups := filepath.Join(filepath.Dir(to), BackupFolder)
	if _, err := os.Lstat(newBackups); errors.Is(err, fs.ErrNotExist) {
		os.Rename(oldBackups, newBackups)
	}
	syncDir(filepath.Dir(from))
	syncDir(filepath.Dir(to))
	return nil
}
