package storage

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestBackupsOfListsOnlyThatDatabase(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, BackupFolder)
	if err := os.MkdirAll(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 7, 1, 0, 0, 0, time.UTC)
	for i, base := range []string{"plan", "plan-old", "other", "plan"} {
		name := backupName(base, at.Add(time.Duration(i)*time.Minute))
		if err := os.WriteFile(filepath.Join(folder, name), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got, err := BackupsOf(filepath.Join(dir, "plan.db"))
	want := []string{filepath.Join(folder, backupName("plan", at.Add(3*time.Minute))), filepath.Join(folder, backupName("plan", at))}
	if err != nil || len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("BackupsOf(plan.db) = %q, %v; want %q", got, err, want)
	}
}

func TestRestoreOfAMissingFileSaysSo(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "liftoff-20261207T010000.000Z.db")
	err := Restore(filepath.Join(dir, "liftoff.db"), missing, Options{})
	if err == nil || err.Error() != "restore "+missing+": the backup cannot be used: there is no such file" {
		t.Errorf("Restore of a missing file: %v", err)
	}
}
