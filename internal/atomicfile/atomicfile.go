// Package atomicfile holds what the programs that write a file beside its
// target and rename it into place share: the clean-up of the temporary
// files that a killed program left behind.
package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// RemoveStaleTemps removes the regular files in dir whose names begin with
// prefix and that were last modified at least age ago: temporary files
// left by a write that was killed before it could rename or remove them.
// Younger files are kept, as they may belong to a write still going on.
// It is best effort: what cannot be read or removed is left alone. It
// returns the paths it removed.
//
// prefix is matched as it is, so names holding pattern characters such
// as "[" or "*" are safe.
func RemoveStaleTemps(dir, prefix string, age time.Duration) (removed []string) {
	if prefix == "" {
		return nil // never everything in the folder
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil || time.Since(info.ModTime()) < age {
			continue
		}
		if path := filepath.Join(dir, e.Name()); os.Remove(path) == nil {
			removed = append(removed, path)
		}
	}
	return removed
}
