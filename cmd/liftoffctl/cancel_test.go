package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInterruptedCommandsExitNonZeroAndChangeNothing runs the long
// commands as if Ctrl+C had been pressed: each stops, says it was
// cancelled and that nothing was changed or written, exits with 130,
// leaves no file behind and the database as it was.
func TestInterruptedCommandsExitNonZeroAndChangeNothing(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "sample"); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errOut)
	}
	file := filepath.Join(dir, "portfolio.json")
	if code, _, errOut := runCLI(t, dir, "export", "json", "-o", file); code != 0 {
		t.Fatalf("export json: exit %d: %s", code, errOut)
	}
	_, before, _ := runCLI(t, dir, "export", "json", "-o", "-")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	pdf := filepath.Join(dir, "quarter.pdf")
	for _, args := range [][]string{
		{"export", "pdf", "--kind", "quarter", "-o", pdf},
		{"import", file},
		{"plan", "show"},
		{"plan", "check"},
		{"check"},
	} {
		name := strings.Join(args, " ")
		code, _, errOut := runCLIContext(t, ctx, dir, args...)
		if code != exitCancelled {
			t.Errorf("%s: exit %d, want %d; stderr: %s", name, code, exitCancelled, errOut)
		}
		cmd := strings.Join(args[:min(2, len(args))], " ")
		if args[0] == "import" || args[0] == "check" {
			cmd = args[0]
		}
		if want := "liftoffctl " + cmd + ": cancelled; nothing was changed or written\n"; errOut != want {
			t.Errorf("%s: stderr %q, want %q", name, errOut, want)
		}
	}
	if _, err := os.Stat(pdf); !os.IsNotExist(err) {
		t.Errorf("the cancelled export left %s (stat: %v)", pdf, err)
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, ".quarter.pdf.tmp-*")); len(matches) > 0 {
		t.Errorf("the cancelled export left %v", matches)
	}
	if _, after, _ := runCLI(t, dir, "export", "json", "-o", "-"); withoutExportedLine(after) != withoutExportedLine(before) {
		t.Error("the cancelled import changed the database")
	}
}

// withoutExportedLine drops the line of a portfolio file that says when
// it was exported.
func withoutExportedLine(s string) string {
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !strings.Contains(l, `"exported":`) {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}
