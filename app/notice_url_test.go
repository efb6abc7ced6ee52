package app

import (
	"errors"
	"net/url"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestLocalFileURL: the URL handed to the desktop's opener names the file
// the way each platform's opener reads it, drive letters and shares
// included.
func TestLocalFileURL(t *testing.T) {
	tests := []struct {
		path    string
		windows bool
		want    string
	}{
		{"/home/ann/Liftoff exports/a.pdf", false, "file:///home/ann/Liftoff%20exports/a.pdf"},
		{`C:\Users\Ann\Documents\Müller #1.pdf`, true, "file:///C:/Users/Ann/Documents/M%C3%BCller%20%231.pdf"},
		{`D:\`, true, "file:///D:/"},
		{`\\fileserver\tam\plans\q1.xlsx`, true, "file://fileserver/tam/plans/q1.xlsx"},
	}
	for _, tt := range tests {
		if got := localFileURL(tt.path, tt.windows).String(); got != tt.want {
			t.Errorf("localFileURL(%q, windows %v) = %s, want %s", tt.path, tt.windows, got, tt.want)
		}
	}
}

// desklessWindow is the test window on a desktop without programs to open
// files or folders: it records the links it is asked to open and refuses
// them, and counts the redos asked for.
type desklessWindow struct {
	*UI
	links []string
	redos int
}

// openLink records link and refuses it.
func (w *desklessWindow) openLink(link *url.URL) error {
	w.links = append(w.links, link.String())
	return errors.New(`exec: "xdg-open": executable file not found in $PATH`)
}

// redo counts a redo.
func (w *desklessWindow) redo() { w.redos++ }

// The notice made with only what it uses: it opens files and folders
// through its window and says quietly when the window cannot, and its
// Redo goes to the window.
func TestSavedNoticeWithAStandInWindow(t *testing.T) {
	u, _ := newTestUI(t)
	w := &desklessWindow{UI: u}
	n := newSavedNotice(w)
	path := filepath.Join(t.TempDir(), "plan.xlsx")
	n.showSaved(path)
	test.Tap(n.open)
	if want := "No program to open XLSX files was found."; !n.hint.Visible() || n.hint.Text != want {
		t.Errorf("after a refused open the hint is %q (shown: %v), want %q", n.hint.Text, n.hint.Visible(), want)
	}
	test.Tap(n.folder)
	if want := "No program to show folders was found."; n.hint.Text != want {
		t.Errorf("after a refused Show in folder the hint is %q, want %q", n.hint.Text, want)
	}
	wantLinks := []string{(&url.URL{Scheme: "file", Path: path}).String(), (&url.URL{Scheme: "file", Path: filepath.Dir(path)}).String()}
	if !slices.Equal(w.links, wantLinks) {
		t.Errorf("the window was asked to open %q, want %q", w.links, wantLinks)
	}
	n.showUndone("Edit Müller GmbH", true)
	test.Tap(n.redo)
	if w.redos != 1 {
		t.Errorf("Redo asked the window %d times for a redo, want once", w.redos)
	}
}
