//go:build unix

package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestExportJSONIsPrivate: the portfolio file holds every contact's
// name, e-mail address and phone number, so only its owner may read it,
// though the umask would let everyone.
func TestExportJSONIsPrivate(t *testing.T) {
	old := syscall.Umask(0o022)
	t.Cleanup(func() { syscall.Umask(old) })
	c := newCLI(t)
	c.ok("sample")
	file := filepath.Join(c.dir, "portfolio.json")
	c.ok("export", "json", "-o", file)
	info, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("the portfolio file has mode %04o, want 0600", info.Mode().Perm())
	}
}

// TestExportOntoAPipeIsRefused: -o naming a named pipe, directly or
// through a link, is a usage mistake (exit status 2) told in one line
// naming the flag and the path; the pipe stays a pipe.
func TestExportOntoAPipeIsRefused(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	fifo := filepath.Join(c.dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(c.dir, "out.json")
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"export", "json", "-o", fifo}, "liftoffctl export json: -o " + fifo + " is a named pipe, not a file: choose a file name\n"},
		{[]string{"export", "csv", "-o", fifo}, "liftoffctl export csv: -o " + fifo + " is a named pipe, not a file: choose a file name\n"},
		{[]string{"export", "ics", "-o", link}, "liftoffctl export ics: -o " + link + ": " + fifo + " is a named pipe, not a file: choose a file name\n"},
		{[]string{"export", "pdf", "--kind", "kickoff", "--customer", "Müller", "-o", fifo}, "liftoffctl export pdf: -o " + fifo + " is a named pipe, not a file: choose a file name\n"},
	}
	for _, tt := range tests {
		if msg := c.fail(2, tt.args...); msg != tt.want {
			t.Errorf("liftoffctl %s:\n got %q\nwant %q", strings.Join(tt.args, " "), msg, tt.want)
		}
		if info, err := os.Lstat(fifo); err != nil || info.Mode()&fs.ModeNamedPipe == 0 {
			t.Fatalf("after liftoffctl %s the pipe is %v (%v)", strings.Join(tt.args, " "), info, err)
		}
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link to the pipe is now %v (%v)", info, err)
	}
}
