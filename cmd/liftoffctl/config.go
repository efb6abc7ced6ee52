package main

import (
	"fmt"
	"runtime"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/places"
)

// configDir returns Liftoff's config folder, where an installed catalog
// lives: $LIFTOFF_CONFIG, else the platform's (see package places).
func configDir(e *env) (string, error) {
	d, err := places.System{GOOS: runtime.GOOS, Getenv: e.getenv}.ConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the config folder: %w", err)
	}
	return d, nil
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
