package storage

import (
	"fmt"
	"os"
	"path/filepath"
)

// EnvDB is the environment variable that names the database file when no
// --db flag is given.
const EnvDB = "LIFTOFF_DB"

// DefaultPath returns the database file used when neither --db nor
// LIFTOFF_DB names one: liftoff.db in a Liftoff folder of the user's
// configuration folder. It creates nothing.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user configuration folder for the database: %w", err)
	}
	return filepath.Join(dir, "Liftoff", "liftoff.db"), nil
}

// ResolvePath returns the database file to use, as an absolute path: the
// --db flag value when set, else $LIFTOFF_DB when set, else DefaultPath.
// It creates nothing; Open creates the parent folder of a new database.
func ResolvePath(flagValue string) (string, error) {
	p := flagValue
	if p == "" {
		p = os.Getenv(EnvDB)
	}
	if p == "" {
		return DefaultPath()
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("database path %q: %w", p, err)
	}
	return abs, nil
}
