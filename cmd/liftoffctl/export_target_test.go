package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExportOntoAFolderIsRefused: -o naming a folder is a usage mistake
// (exit status 2) told in one line; the folder keeps what it held.
func TestExportOntoAFolderIsRefused(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	folder := filepath.Join(c.dir, "reports")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	want := "liftoffctl export csv: -o " + folder + " is a folder, not a file: choose a file name\n"
	if msg := c.fail(2, "export", "csv", "-o", folder); msg != want {
		t.Errorf("got %q\nwant %q", msg, want)
	}
	entries, err := os.ReadDir(folder)
	if info, serr := os.Lstat(folder); serr != nil || !info.IsDir() || err != nil || len(entries) != 0 {
		t.Errorf("the folder is now %v (%v), holding %v (%v)", info, serr, entries, err)
	}
}
