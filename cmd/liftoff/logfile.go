package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/liftoff-app/liftoff/internal/places"
)

// logName is the name of the app's log file in Liftoff's log folder.
const logName = "liftoff.log"

// maxLogSize is the size past which the log is started afresh; the one
// before is kept as liftoff.log.old.
const maxLogSize = 1 << 20

// startLog sends the log (Fyne's messages among them) to liftoff.log in
// dir as well as to standard error, so that a window started from a menu,
// with no terminal to write to (always so on Windows), keeps what went
// wrong. It returns the function that closes the file. When the file
// cannot be made, the log stays on standard error alone and the error
// says why.
func startLog(dir string) (closeLog func(), err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return func() {}, fmt.Errorf("make the log folder: %w", err)
	}
	path := filepath.Join(dir, logName)
	if st, err := os.Stat(path); err == nil && st.Size() > maxLogSize {
		// The older log goes; on failure the log only grows on.
		_ = os.Rename(path, path+".old")
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return func() {}, fmt.Errorf("open the log: %w", err)
	}
	// The file first: a Windows program without a console has no
	// standard error, and MultiWriter stops at the first writer that
	// fails.
	log.SetOutput(io.MultiWriter(f, os.Stderr))
	return func() {
		log.SetOutput(os.Stderr)
		f.Close()
	}, nil
}

// logDir returns Liftoff's log folder.
func logDir() (string, error) {
	d, err := places.Current().LogDir()
	if err != nil {
		return "", fmt.Errorf("find the log folder: %w", err)
	}
	return d, nil
}
