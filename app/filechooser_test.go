package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fakeChooser answers file questions as a desktop dialog would.
type fakeChooser struct {
	path string
	err  error
	// asked records the questions: "save <title> <name> <patterns>" or
	// "open <title> <patterns>".
	asked []string
	// folders records the folder each save started in.
	folders []string
}

func (f *fakeChooser) save(title, folder, name string, ext []string) (string, error) {
	f.asked = append(f.asked, "save "+title+" "+name+" "+strings.Join(extensionPatterns(ext), ","))
	f.folders = append(f.folders, folder)
	return f.path, f.err
}

func (f *fakeChooser) open(title string, ext []string) (string, error) {
	f.asked = append(f.asked, "open "+title+" "+strings.Join(extensionPatterns(ext), ","))
	return f.path, f.err
}

func TestSaveFileUsesTheDesktopDialog(t *testing.T) {
	u, _ := newTestUI(t)
	path := filepath.Join(t.TempDir(), "plan.pdf")
	chooser := &fakeChooser{path: path}
	u.chooser = chooser
	u.saveFile("plan.pdf", "Exporting", func(_ context.Context, w io.Writer, _ func(float64)) error {
		_, err := io.WriteString(w, "%PDF-1.7 plan")
		return err
	}, nil)
	u.waitIdle()
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "%PDF-1.7 plan" {
		t.Fatalf("file holds %q (%v)", got, err)
	}
	if len(chooser.asked) != 1 || chooser.asked[0] != "save Exporting plan.pdf *.pdf" {
		t.Errorf("asked %q", chooser.asked)
	}
}

func TestSaveFileFailureLeavesThePreviousFile(t *testing.T) {
	u, _ := newTestUI(t)
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, []byte("previous"), 0o600); err != nil {
		t.Fatal(err)
	}
	u.chooser = &fakeChooser{path: path}
	u.saveFile("plan.pdf", "Exporting", func(_ context.Context, w io.Writer, _ func(float64)) error {
		io.WriteString(w, "half a docu")
		return errors.New("the disk is full")
	}, nil)
	u.waitIdle()
	if len(u.window.Canvas().Overlays().List()) == 0 {
		t.Error("no error dialog")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, []byte("previous")) {
		t.Errorf("a failed export changed the file to %q", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("a failed export left %d files behind", len(entries))
	}
}

func TestOpenFileUsesTheDesktopDialogAndCancelDoesNothing(t *testing.T) {
	u, _ := newTestUI(t)
	path := filepath.Join(t.TempDir(), "holidays.txt")
	if err := os.WriteFile(path, []byte("2027-01-01 New Year"), 0o600); err != nil {
		t.Fatal(err)
	}
	chooser := &fakeChooser{path: path}
	u.chooser = chooser
	read := make(chan string, 1)
	u.openFile("Importing", []string{".txt"}, func(ctx context.Context, r io.Reader, _ func(float64)) error {
		b, err := io.ReadAll(r)
		read <- string(b)
		return err
	}, nil)
	u.waitIdle()
	select {
	case got := <-read:
		if got != "2027-01-01 New Year" {
			t.Errorf("read %q", got)
		}
	default:
		t.Fatal("the chosen file was not read")
	}

	chooser.path = "" // the user cancels
	u.openFile("Importing", []string{".txt"}, func(context.Context, io.Reader, func(float64)) error {
		t.Error("a cancelled choice read a file")
		return nil
	}, nil)
	u.waitIdle()
	if len(chooser.asked) != 2 {
		t.Fatalf("asked %q", chooser.asked)
	}
	if n := len(u.window.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d dialogs open after a cancelled choice", n)
	}
}

func TestNoDesktopDialogFallsBackToFynes(t *testing.T) {
	u, _ := newTestUI(t)
	chooser := &fakeChooser{err: errNoNativeChooser}
	u.chooser = chooser
	u.saveFile("plan.pdf", "Exporting", func(context.Context, io.Writer, func(float64)) error { return nil }, nil)
	u.waitIdle()
	if len(u.window.Canvas().Overlays().List()) == 0 {
		t.Fatal("Fyne's file dialog did not open")
	}
	if !u.noChooser.Load() {
		t.Error("the missing desktop dialog is asked for again next time")
	}
	u.saveFile("again.pdf", "Exporting", func(context.Context, io.Writer, func(float64)) error { return nil }, nil)
	if len(chooser.asked) != 1 {
		t.Errorf("asked the desktop %d times, want once", len(chooser.asked))
	}
}

func TestPathOfURI(t *testing.T) {
	tests := []struct {
		uri, want string
		bad       bool
	}{
		{"file:///home/ana/plan Q1 100%.pdf", "/home/ana/plan Q1 100%.pdf", false},
		{"", "", false},
		{"https://example.com/plan.pdf", "", true},
	}
	for _, tt := range tests {
		got, err := pathOfURI(tt.uri)
		if (err != nil) != tt.bad || got != filepath.FromSlash(tt.want) {
			t.Errorf("pathOfURI(%q) = %q, %v", tt.uri, got, err)
		}
	}
}

// TestSaveFileOntoAFolderIsRefusedInDutch: choosing a folder as the file
// to save is refused with a message in the window's language, and the
// folder keeps what it held.
func TestSaveFileOntoAFolderIsRefusedInDutch(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	folder := filepath.Join(t.TempDir(), "rapporten")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	u.chooser = &fakeChooser{path: folder}
	u.saveFile("plan.pdf", "Exporteren", func(_ context.Context, w io.Writer, _ func(float64)) error {
		_, err := io.WriteString(w, "%PDF-1.7 plan")
		return err
	}, nil)
	u.waitIdle()
	top := u.window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no error dialog")
	}
	want := folder + " is een map, geen bestand: kies een bestandsnaam."
	if shown := visibleTexts(top); !slices.Contains(shown, want) {
		t.Errorf("the dialog shows %q, want %q", shown, want)
	}
	if entries, err := os.ReadDir(folder); err != nil || len(entries) != 0 {
		t.Errorf("the folder now holds %v (%v)", entries, err)
	}
}
