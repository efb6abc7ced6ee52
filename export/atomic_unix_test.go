//go:build unix

package export

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// withUmask runs the rest of the test under the given umask and restores
// the previous one at its end. The umask belongs to the whole process:
// tests that use it must not run in parallel.
func withUmask(t *testing.T, mask int) {
	t.Helper()
	old := syscall.Umask(mask)
	t.Cleanup(func() { syscall.Umask(old) })
}

// modeOf returns the permission bits of path.
func modeOf(t *testing.T, path string) fs.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

// TestWriteFileNewFileIsPrivate: a new export is readable by its owner
// only, whatever the usual umask allows; a stricter umask is obeyed.
func TestWriteFileNewFileIsPrivate(t *testing.T) {
	tests := []struct {
		umask int
		want  fs.FileMode
	}{
		{0o022, 0o600},
		{0o002, 0o600},
		{0o077, 0o600},
		{0o277, 0o400},
	}
	for _, tt := range tests {
		withUmask(t, tt.umask)
		path := filepath.Join(t.TempDir(), "portfolio.json")
		if err := WriteFile(path, writeText(`{"contacts":[]}`)); err != nil {
			t.Fatal(err)
		}
		if got := modeOf(t, path); got != tt.want {
			t.Errorf("umask %04o: new export has mode %04o, want %04o", tt.umask, got, tt.want)
		}
	}
}

// TestWriteFileKeepsTheModeOfTheFileItReplaces: a file the user shared
// with the group stays shared, a private file stays private, even when
// the umask would give something else.
func TestWriteFileKeepsTheModeOfTheFileItReplaces(t *testing.T) {
	withUmask(t, 0o022)
	for _, mode := range []fs.FileMode{0o640, 0o600, 0o644, 0o400} {
		path := filepath.Join(t.TempDir(), "plan.csv")
		if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(path, writeText("new")); err != nil {
			t.Fatal(err)
		}
		if got := modeOf(t, path); got != mode {
			t.Errorf("a %04o file became %04o", mode, got)
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != "new" {
			t.Errorf("%04o file holds %q (%v), want the new export", mode, got, err)
		}
	}
}

// TestWriteFileThroughALinkKeepsTheFilesMode: the mode kept is the one of
// the file the link leads to, not the link's own (0777).
func TestWriteFileThroughALinkKeepsTheFilesMode(t *testing.T) {
	withUmask(t, 0o022)
	dir := t.TempDir()
	file := filepath.Join(dir, "team.ics")
	if err := os.WriteFile(file, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(file, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "calendar.ics")
	if err := os.Symlink(file, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, writeText("new")); err != nil {
		t.Fatal(err)
	}
	if got := modeOf(t, file); got != 0o640 {
		t.Errorf("the file behind the link became %04o, want 0640", got)
	}
}

// deviceTarget returns a character device to export onto. A user who may
// make device files (root) gets one of its own in dir, so that a
// WriteFile that stopped refusing devices would replace that one and not
// the machine's /dev/null; everyone else gets /dev/null, which they
// cannot replace.
func deviceTarget(t *testing.T, dir string) string {
	t.Helper()
	own := filepath.Join(dir, "null")
	if err := syscall.Mknod(own, syscall.S_IFCHR|0o600, 0); err == nil {
		return own
	}
	const device = "/dev/null"
	if info, err := os.Lstat(device); err != nil || info.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("%s is not a character device here: %v, %v", device, info, err)
	}
	return device
}

// TestWriteFileRefusesWhatIsNotAFile asks for exports onto a named pipe,
// a socket, a device, and links to them: each is refused with a
// *TargetError naming it, the export is never made, and the target is
// left exactly as it was.
func TestWriteFileRefusesWhatIsNotAFile(t *testing.T) {
	// A short folder: socket paths are limited to about 100 bytes.
	dir, err := os.MkdirTemp("", "lx")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })

	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	device := deviceTarget(t, dir)
	linkToFIFO := filepath.Join(dir, "to-pipe.json")
	if err := os.Symlink(fifo, linkToFIFO); err != nil {
		t.Fatal(err)
	}
	linkToDevice := filepath.Join(dir, "to-null.json")
	if err := os.Symlink(device, linkToDevice); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		path, found string
		kind        TargetKind
		msg         string
	}{
		{fifo, fifo, TargetNamedPipe, fifo + " is a named pipe, not a file: choose a file name"},
		{sock, sock, TargetSocket, sock + " is a socket, not a file: choose a file name"},
		{device, device, TargetDevice, device + " is a device, not a file: choose a file name"},
		{linkToFIFO, fifo, TargetNamedPipe, fifo + " is a named pipe, not a file: choose a file name"},
		{linkToDevice, device, TargetDevice, device + " is a device, not a file: choose a file name"},
	}
	for _, tt := range tests {
		before, err := os.Lstat(tt.found)
		if err != nil {
			t.Fatal(err)
		}
		called := false
		err = WriteFile(tt.path, func(w io.Writer) error {
			called = true
			_, err := io.WriteString(w, "secret contacts")
			return err
		})
		var te *TargetError
		if !errors.As(err, &te) || te.Path != tt.found || te.Kind != tt.kind {
			t.Errorf("%s: err = %#v, want a *TargetError{%s, %s}", tt.path, err, tt.found, tt.kind)
			continue
		}
		if err.Error() != tt.msg {
			t.Errorf("%s: message %q, want %q", tt.path, err, tt.msg)
		}
		if called {
			t.Errorf("%s: the export was made for a refused target", tt.path)
		}
		after, err := os.Lstat(tt.found)
		if err != nil {
			t.Fatalf("%s: gone after the refused export: %v", tt.found, err)
		}
		if after.Mode() != before.Mode() || !os.SameFile(before, after) {
			t.Errorf("%s: was %v, is now %v", tt.found, before.Mode(), after.Mode())
		}
		if tt.path != tt.found {
			if info, err := os.Lstat(tt.path); err != nil || info.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("%s is no longer a link: %v, %v", tt.path, info, err)
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := 4 // the pipe, the socket and the two links
	if filepath.Dir(device) == dir {
		want++
	}
	if len(entries) != want {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the folder holds %q, want only the pipe, the socket, the two links (and the device made there)", names)
	}
}
