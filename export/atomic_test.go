package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
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
