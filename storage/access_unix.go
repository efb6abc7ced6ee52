//go:build unix

package storage

import (
	"errors"
	"syscall"
)

// isReadOnlyFileSystem reports whether err says the file system is
// mounted read-only.
func isReadOnlyFileSystem(err error) bool { return errors.Is(err, syscall.EROFS) }
