//go:build unix

package storage

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// lockFile takes the exclusive lock bbolt takes on a database file, so
// that no Liftoff opens it while it is replaced. It waits up to timeout.
func lockFile(f *os.File, timeout time.Duration) (unlock func() error, err error) {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, err
		}
		if time.Now().After(deadline) {
			return nil, errLockTimeout
		}
		time.Sleep(50 * time.Millisecond)
	}
}
