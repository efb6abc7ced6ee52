//go:build !unix

package storage

// isReadOnlyFileSystem reports whether err says the file system is
// mounted read-only; elsewhere than on Unix that shows as a permission
// error.
func isReadOnlyFileSystem(error) bool { return false }
