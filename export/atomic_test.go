package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.csv")
	if err := WriteFile(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "a,b\n1,2\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "a,b\n1,2\n" {
		t.Fatalf("read %q, %v", got, err)
	}
	assertOnly(t, dir, "plan.csv")
}

// TestWriteFileFailureLeavesNothing fails a write midway, after part of
// the file was written: the old file stays as it was and no temporary
// file is left.
func TestWriteFileFailureLeavesNothing(t *testing.T) {
	errDisk := errors.New("disk full")
	tests := []struct {
		name     string
		existing string
	}{
		{"new file", ""},
		{"over an old file", "old content\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "deck.pdf")
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := WriteFile(path, func(w io.Writer) error {
				if _, err := io.WriteString(w, strings.Repeat("%PDF-1.3 half a document ", 1000)); err != nil {
					return err
				}
				return errDisk
			})
			if !errors.Is(err, errDisk) {
				t.Fatalf("err = %v, want it to wrap %v", err, errDisk)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
			got, readErr := os.ReadFile(path)
			switch {
			case tt.existing == "" && !errors.Is(readErr, os.ErrNotExist):
				t.Errorf("a failed export left %d bytes at %s", len(got), path)
			case tt.existing != "" && string(got) != tt.existing:
				t.Errorf("the old file became %q", got)
			}
			if tt.existing == "" {
				assertOnly(t, dir)
			} else {
				assertOnly(t, dir, "deck.pdf")
			}
		})
	}
}

func TestWriteFileMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "x.ics")
	err := WriteFile(path, func(io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v, want an error naming %s", err, path)
	}
}

// writeText is a write function for WriteFile that writes text.
func writeText(text string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	}
}

// TestWriteFileRefusesAFolder asks for an export onto a folder: it is
// refused with a *TargetError naming the folder, before anything is
// written, and the folder keeps what it held.
func TestWriteFileRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "reports")
	if err := os.Mkdir(target, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "keep.txt"), []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	called := false
	err := WriteFile(target, func(w io.Writer) error { called = true; return nil })
	var te *TargetError
	if !errors.As(err, &te) || te.Kind != TargetFolder || te.Path != target {
		t.Fatalf("err = %#v, want a *TargetError for the folder %s", err, target)
	}
	if want := target + " is a folder, not a file: choose a file name"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	if called {
		t.Error("the export was made for a target that is refused")
	}
	if info, err := os.Lstat(target); err != nil || !info.IsDir() {
		t.Errorf("the folder is gone or changed: %v, %v", info, err)
	}
	assertOnly(t, target, "keep.txt")
	assertOnly(t, dir, "reports")
}

// symlinkOrSkip makes a symbolic link, or skips the test where the system
// does not let this user make one (Windows without developer mode).
func symlinkOrSkip(t *testing.T, oldname, newname string) {
	t.Helper()
	if err := os.Symlink(oldname, newname); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
}

// TestWriteFileFollowsASymlink writes through a link (a relative one, in
// another folder): the link stays a link, the file it leads to holds the
// export, and the temporary file was made beside that file.
func TestWriteFileFollowsASymlink(t *testing.T) {
	root := t.TempDir()
	realDir := filepath.Join(root, "real")
	links := filepath.Join(root, "links")
	for _, d := range []string{realDir, links} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(realDir, "plan.ics")
	if err := os.WriteFile(file, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(links, "plan.ics")
	symlinkOrSkip(t, filepath.Join("..", "real", "plan.ics"), link)

	if err := WriteFile(link, writeText("new")); err != nil {
		t.Fatal(err)
	}
	info, err := os.Lstat(link)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is no longer a link: %v, %v", info, err)
	}
	if dest, err := os.Readlink(link); err != nil || dest != filepath.Join("..", "real", "plan.ics") {
		t.Errorf("the link leads to %q (%v), want it unchanged", dest, err)
	}
	if got, err := os.ReadFile(file); err != nil || string(got) != "new" {
		t.Errorf("the file behind the link holds %q (%v), want %q", got, err, "new")
	}
	assertOnly(t, realDir, "plan.ics")
	assertOnly(t, links, "plan.ics")
}

// TestWriteFileDanglingSymlink writes through a link whose file does not
// exist yet: the file is created where the link leads.
func TestWriteFileDanglingSymlink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "latest.csv")
	symlinkOrSkip(t, "march.csv", link)
	if err := WriteFile(link, writeText("a,b\n")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is no longer a link: %v, %v", info, err)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "march.csv")); err != nil || string(got) != "a,b\n" {
		t.Errorf("march.csv holds %q (%v)", got, err)
	}
	assertOnly(t, dir, "latest.csv", "march.csv")
}

// TestWriteFileSymlinkLoop names the problem instead of going round.
func TestWriteFileSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.pdf")
	symlinkOrSkip(t, "b.pdf", a)
	symlinkOrSkip(t, "a.pdf", b)
	err := WriteFile(a, writeText("x"))
	if err == nil || !strings.Contains(err.Error(), a) || !strings.Contains(err.Error(), "symbolic links") {
		t.Fatalf("err = %v, want one naming %s and the links", err, a)
	}
	assertOnly(t, dir, "a.pdf", "b.pdf")
}

// TestWriteFileRemovesStaleTemps leaves temporary files as a killed
// export would: the next export to the same file removes the one older
// than an hour and keeps the fresh one, which may be another export's.
func TestWriteFileRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".kickoff.pdf.tmp-1111")
	fresh := filepath.Join(dir, ".kickoff.pdf.tmp-2222")
	other := filepath.Join(dir, ".deck.pdf.tmp-3333")
	old := time.Now().Add(-2 * time.Hour)
	for _, p := range []string{stale, fresh, other} {
		if err := os.WriteFile(p, []byte("half a PDF"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{stale, other} {
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteFile(filepath.Join(dir, "kickoff.pdf"), writeText("%PDF")); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, ".deck.pdf.tmp-3333", ".kickoff.pdf.tmp-2222", "kickoff.pdf")
}

// assertOnly checks that dir holds exactly the named files.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("directory holds %q, want %q", got, names)
	}
}
