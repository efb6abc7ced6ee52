//go:build unix

package app

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// TestFyneSaveDialogFileIsMadePrivate: the file Fyne's save dialog makes
// (with the umask's permissions) is closed and handed to the export's
// own private, atomic writing.
func TestFyneSaveDialogFileIsMadePrivate(t *testing.T) {
	test.NewTempApp(t)
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "kickoff.pdf")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	got, ok := localPath(w)
	if !ok || got != path {
		t.Fatalf("localPath: %q %v", got, ok)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
}
