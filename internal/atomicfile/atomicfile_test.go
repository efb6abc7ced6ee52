package atomicfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestRemoveStaleTemps(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * time.Hour)
	files := map[string]time.Time{
		".plan[1].csv.tmp-111": old,        // stale: removed, pattern characters and all
		".plan[1].csv.tmp-222": time.Now(), // fresh: another write may hold it
		".plan[1].csv":         old,        // not a temporary file of plan[1].csv
		"plan[1].csv":          old,        // the target itself
		".other.csv.tmp-333":   old,        // another target's temporary file
	}
	for name, mtime := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	// A folder with a matching name is not a temporary file.
	sub := filepath.Join(dir, ".plan[1].csv.tmp-dir")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(sub, old, old); err != nil {
		t.Fatal(err)
	}

	RemoveStaleTemps(dir, ".plan[1].csv.tmp-", time.Hour)

	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	want := []string{".other.csv.tmp-333", ".plan[1].csv", ".plan[1].csv.tmp-222", ".plan[1].csv.tmp-dir", "plan[1].csv"}
	if !slices.Equal(got, want) {
		t.Errorf("folder holds %q, want %q", got, want)
	}
}

func TestRemoveStaleTempsEmptyPrefixRemovesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.pdf")
	old := time.Now().Add(-48 * time.Hour)
	if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	RemoveStaleTemps(dir, "", time.Hour)
	if _, err := os.Stat(p); err != nil {
		t.Errorf("an empty prefix removed %s: %v", p, err)
	}
}

func TestRemoveStaleTempsMissingFolder(t *testing.T) {
	RemoveStaleTemps(filepath.Join(t.TempDir(), "gone"), ".x.tmp-", time.Hour) // must not panic
}
