package storage

import (
	"path/filepath"
	"time"

	"github.com/liftoff-app/liftoff/internal/atomicfile"
)

// The temporary files the storage writes, each named by a prefix of its
// own beside its final place, so that what a killed program left can be
// told from everything else.

// createTempPrefix names the file a new database is built in.
func createTempPrefix(dbPath string) string { return "." + filepath.Base(dbPath) + ".new-" }

// compactTempPrefix names the compact copy of the database.
func compactTempPrefix(dbPath string) string { return "." + filepath.Base(dbPath) + ".compact-" }

// restoreTempPrefix names the copy of a backup on its way into place.
func restoreTempPrefix(dbPath string) string { return "." + filepath.Base(dbPath) + ".restore-" }

// backupTempPrefix names a backup being written, in the backup folder;
// base is backupBase of the database.
func backupTempPrefix(base string) string { return "." + base + "-" }

// removeLeftovers removes the temporary files that a killed compaction,
// backup, restore or creation of the database at dbPath
// left, and returns their paths. It runs when the database is opened for
// writing: the lock it holds means no other program writes any of them,
// except a restore or creation that does not hold the lock, whose files
// are left until they are a minute old.
func removeLeftovers(dbPath, backupDir string) []string {
	dir := filepath.Dir(dbPath)
	var removed []string
	for _, l := range []struct {
		dir, prefix string
		age         time.Duration
	}{
		{dir, compactTempPrefix(dbPath), 0},
		{dir, restoreTempPrefix(dbPath), time.Minute},
		{dir, createTempPrefix(dbPath), time.Minute},
		{backupDir, backupTempPrefix(backupBase(dbPath)), 0},
	} {
		removed = append(removed, atomicfile.RemoveStaleTemps(l.dir, l.prefix, l.age)...)
	}
	return removed
}

// Leftovers returns the temporary files of a killed program (a
// compaction, backup or restore that did not finish) that Open removed.
func (db *DB) Leftovers() []string { return db.leftovers }
