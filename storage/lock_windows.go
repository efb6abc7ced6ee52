//go:build windows

package storage

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// lockFile takes the exclusive lock bbolt takes on a database file (the
// byte at offset 2^64-1), so that no Liftoff opens it while it is
// replaced. It waits up to timeout.
func lockFile(f *os.File, timeout time.Duration) (unlock func() error, err error) {
	const m1 = ^uint32(0)
	h := windows.Handle(f.Fd())
	deadline := time.Now().Add(timeout)
	for {
		err := windows.LockFileEx(h, windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
			&windows.Overlapped{Offset: m1, OffsetHigh: m1})
		if err == nil {
			return func() error {
				return windows.UnlockFileEx(h, 0, 1, 0, &windows.Overlapped{Offset: m1, OffsetHigh: m1})
			}, nil
		}
		if !errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
			return nil, err
		}
		if time.Now().After(deadline) {
			return nil, errLockTimeout
		}
		time.Sleep(50 * time.Millisecond)
	}
}
