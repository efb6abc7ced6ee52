package main

import (
	"bytes"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStartLogWritesTheFileAndStartsAfreshWhenLarge(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Liftoff")
	closeLog, err := startLog(dir)
	if err != nil {
		t.Fatal(err)
	}
	log.Print("first line")
	closeLog()
	path := filepath.Join(dir, logName)
	b, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(b), "first line") {
		t.Fatalf("log %q, %v; want the line written", b, err)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), maxLogSize+1), 0o600); err != nil {
		t.Fatal(err)
	}
	closeLog, err = startLog(dir)
	if err != nil {
		t.Fatal(err)
	}
	log.Print("second line")
	closeLog()
	if b, err := os.ReadFile(path); err != nil || !strings.Contains(string(b), "second line") || len(b) > 200 {
		t.Errorf("log after the start afresh: %d bytes, %v", len(b), err)
	}
	if st, err := os.Stat(path + ".old"); err != nil || st.Size() != maxLogSize+1 {
		t.Errorf("the older log was not kept: %v", err)
	}
}

func TestStartLogWithoutAFolderIsAnError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	closeLog, err := startLog(filepath.Join(file, "Liftoff"))
	closeLog()
	if err == nil {
		t.Error("startLog under a file: no error")
	}
}
