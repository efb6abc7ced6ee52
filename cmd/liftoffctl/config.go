package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/liftoff-app/liftoff/catalog"
)

// configDir returns Liftoff's folder in the user's config folder, where an
// installed catalog lives.
func configDir(e *env) (string, error) {
	if d := e.getenv("LIFTOFF_CONFIG"); d != "" {
		return d, nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the config folder: %w", err)
	}
	return filepath.Join(base, "Liftoff"), nil
}

// loadCatalog returns the installed catalog, or the built-in one when none
// is installed. An installed file with mistakes is an error: a script
// should not silently run on another catalog than the user installed.
func loadCatalog(e *env) (*catalog.Catalog, error) {
	dir, err := configDir(e)
	if err != nil {
		return nil, err
	}
	cat, err := catalog.Resolve(dir)
	if err != nil {
		return nil, fmt.Errorf("%w (fix the file or remove it to use the built-in catalog)", err)
	}
	return cat, nil
}
