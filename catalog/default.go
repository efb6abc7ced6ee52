package catalog

import (
	"bytes"
	_ "embed" // the shipped catalog file
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// FileName is the name of an installed catalog file in its directory.
const FileName = "catalog.json"

//go:embed catalog.json
var embedded []byte

// Default returns the latest edition of the catalog built into Liftoff,
// freshly loaded with its other editions: callers may change the copy they
// get (a change to a section the editions share shows in each). Its Origin,
// and that of every edition, is OriginEmbedded. The shipped
// file is covered by a test; Default panics only if that file was broken
// at build time.
func Default() *Catalog {
	c, err := loadBytes(embedded)
	if err != nil {
		panic(fmt.Sprintf("catalog: the built-in %s is invalid:\n%v", FileName, err))
	}
	c.setOrigin(OriginEmbedded)
	return c
}

// DefaultJSON returns a copy of the built-in catalog file, e.g. as a
// starting point for an organisation's own catalog.
func DefaultJSON() []byte { return bytes.Clone(embedded) }

// Open loads and validates the catalog file at path and returns its latest
// edition (see Load). The Origin of every edition is path. A file with
// mistakes gives an error wrapping a *LoadError.
func Open(path string) (*Catalog, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open catalog: %w", err)
	}
	defer f.Close()
	c, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("catalog %s:\n%w", path, err)
	}
	c.setOrigin(path)
	return c, nil
}

// Install validates the catalog read from src and, only when it is valid,
// writes it to dir/catalog.json (creating dir), replacing any catalog
// installed there before. The file is written to a temporary file first and
// renamed into place, so a failure leaves the previous file as it was. It
// returns the path of the installed file.
func Install(src io.Reader, dir string) (path string, err error) {
	data, err := io.ReadAll(io.LimitReader(src, MaxFileSize+1))
	if err != nil {
		return "", fmt.Errorf("read catalog to install: %w", err)
	}
	if _, err := loadBytes(data); err != nil {
		return "", fmt.Errorf("catalog not installed, it has mistakes:\n%w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("install catalog: create directory %s: %w", dir, err)
	}
	path = filepath.Join(dir, FileName)
	if err := writeFileAtomic(path, data); err != nil {
		return "", fmt.Errorf("install catalog %s: %w", path, err)
	}
	return path, nil
}

// writeFileAtomic replaces the file at path with data: it writes a
// temporary file in the same directory, flushes it to disk and renames it
// over path.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+"-*.tmp")
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("set permissions of %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("flush %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("rename %s: %w", tmp.Name(), err)
	}
	syncDir(dir)
	return nil
}

// syncDir flushes a directory entry change to disk where the system allows
// it; the rename is already done, so a failure here loses nothing that a
// crash would not.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return // directories cannot be opened for syncing there
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// Resolve returns the latest edition of the catalog installed in dir, or of
// the built-in one when dir holds none (or dir is empty). An installed file that cannot be read
// or has mistakes gives an error naming the file; the caller decides
// whether to fall back to Default.
func Resolve(dir string) (*Catalog, error) {
	if dir == "" {
		return Default(), nil
	}
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	} else if err != nil {
		return nil, fmt.Errorf("look for an installed catalog: %w", err)
	}
	return Open(path)
}
