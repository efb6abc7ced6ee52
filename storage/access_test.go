//go:build unix

package storage

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestAccessProblemsAreNotDamage: what the system refuses (permission,
// a protected file, a read-only drive) is reported as such, with what to
// do, never as damage with advice to restore a backup over a good file.
func TestAccessProblemsAreNotDamage(t *testing.T) {
	for _, c := range []struct {
		err   error
		write bool
		want  string
	}{
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, true, "read-only or protected"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EPERM}, true, "read-only or protected"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, true, "read-only drive"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, false, "may not read it"},
	} {
		a := accessProblem("liftoff.db", c.write, c.err)
		if a == nil {
			t.Errorf("%v: not an access problem", c.err)
			continue
		}
		if !strings.Contains(a.Error(), c.want) || strings.Contains(a.Error(), "restore") || !errors.Is(a, ErrAccess) {
			t.Errorf("%v: %q", c.err, a)
		}
	}
	if accessProblem("liftoff.db", true, &fs.PathError{Op: "open", Path: "x", Err: syscall.EIO}) != nil {
		t.Error("an I/O error taken for an access problem")
	}
}

// TestReadOnlyFileIsReportedAsSuch opens a database the user may read but
// not write: Open for writing says so, the file is unchanged, and a
// read-only Open works.
func TestReadOnlyFileIsReportedAsSuch(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, 0o600) })
	assertAccessRefused(t, path)
}

// TestImmutableFileIsReportedAsSuch: a file the system protects even
// from root (chattr +i) is reported as protected, not damaged.
func TestImmutableFileIsReportedAsSuch(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	db.Close()
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
	assertAccessRefused(t, path)
}

func assertAccessRefused(t *testing.T, path string) {
	t.Helper()
	before := fileHash(t, path)
	_, err := Open(path, catalog.Default(), testOptions())
	var access *AccessError
	var corrupt *CorruptError
	if !errors.As(err, &access) || errors.As(err, &corrupt) {
		t.Fatalf("open: %v (%T), want an *AccessError", err, err)
	}
	if !access.Write || strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), "restore") {
		t.Errorf("open: %v", err)
	}
	if fileHash(t, path) != before {
		t.Error("the file changed")
	}
	if entries, _ := os.ReadDir(filepath.Join(filepath.Dir(path), BackupFolder)); len(entries) > 0 {
		t.Errorf("%d backups were made of it", len(entries))
	}
	ro := testOptions()
	ro.ReadOnly = true
	rdb, err := Open(path, catalog.Default(), ro)
	if err != nil {
		t.Fatalf("read-only open: %v", err)
	}
	rdb.Close()
}

// TestReadOnlyMountIsReportedAsSuch puts a database on a file system
// mounted read-only (where the system lets the test mount one).
func TestReadOnlyMountIsReportedAsSuch(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting needs root")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("mount: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	path := filepath.Join(dir, "liftoff.db")
	db, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := db.PutSettings(planner.DefaultSettings()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("remount read-only: %v %s", err, out)
	}
	_, err = Open(path, catalog.Default(), testOptions())
	if !errors.Is(err, ErrAccess) || !strings.Contains(err.Error(), "read-only drive") {
		t.Fatalf("open on a read-only mount: %v", err)
	}
}

// TestNotAFileIsReportedAsSuch: a database path that names a folder, a
// named pipe or a device is refused as what it is, not as damage, and
// left as it was.
func TestNotAFileIsReportedAsSuch(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for path, want := range map[string]string{
		dir:         "is a folder, not a file",
		fifo:        "is a named pipe, not a file",
		os.DevNull:  "is a device, not a file",
		"/dev/full": "is a device, not a file",
	} {
		st, err := os.Stat(path)
		if err != nil {
			continue
		}
		_, err = Open(path, catalog.Default(), testOptions())
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "damaged") {
			t.Errorf("open %s: %v, want %q", path, err, want)
		}
		if after, err := os.Stat(path); err != nil || after.Mode() != st.Mode() {
			t.Errorf("%s changed: %v", path, err)
		}
	}
	if err := Restore(filepath.Join(dir, "liftoff.db"), fifo, testOptions()); err == nil || !strings.Contains(err.Error(), "is a named pipe, not a backup file") {
		t.Errorf("restore from a pipe: %v", err)
	}
}
