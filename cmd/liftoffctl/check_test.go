package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newestMetaPage returns the offset of the meta page of the last commit
// of the bbolt file b (page size 4096 on the machines the tests run on).
func newestMetaPage(b []byte) int {
	const pageSize, txidAt = 4096, 16 + 48
	if binary.LittleEndian.Uint64(b[txidAt:]) > binary.LittleEndian.Uint64(b[pageSize+txidAt:]) {
		return 0
	}
	return pageSize
}

func TestCheckReportsWhatItVerified(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	out := c.ok("check")
	for _, want := range []string{"is sound", "pages:", "checksums verified", "the one Liftoff last saved"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}

// TestCheckFindsAChangedRecord: one changed byte inside a customer's
// record is found by check and by every other command, which exit 1
// naming the damage; nothing is written.
func TestCheckFindsAChangedRecord(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	path := filepath.Join(c.dir, "liftoff.db")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b[8192:], []byte("Northwind Outfitters"))
	if i < 0 {
		t.Fatal("the sample has no Northwind Outfitters")
	}
	b[8192+i+4] ^= 0x20
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"check"}, {"customer", "list"}, {"customer", "add", "--name", "New", "--tier", "expert", "--region", "emea"}} {
		msg := c.fail(1, cmd...)
		if !strings.Contains(msg, "is damaged") || !strings.Contains(msg, "does not match its checksum") {
			t.Errorf("%v: %s", cmd, msg)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, b) {
		t.Error("the damaged file was written to")
	}
}

// lostLastCommit returns a CLI whose database holds the sample and a last
// change, customer "Last Added BV", whose meta page was then wiped, with
// the database's path and bytes.
func lostLastCommit(t *testing.T) (*cli, string, []byte) {
	t.Helper()
	c := newCLI(t)
	c.ok("sample")
	c.ok("customer", "add", "--name", "Last Added BV", "--tier", "expert", "--region", "emea")
	path := filepath.Join(c.dir, "liftoff.db")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	at := newestMetaPage(b)
	copy(b[at:at+4096], make([]byte, 4096))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return c, path, b
}

// TestALostLastCommitIsRefusedUntilAccepted wipes the newest meta page
// (bbolt falls back to the commit before): reads warn, writes and check
// exit 1, check --accept-older keeps the older state and writes work
// again.
func TestALostLastCommitIsRefusedUntilAccepted(t *testing.T) {
	c, path, b := lostLastCommit(t)

	code, out, errOut := runCLI(t, c.dir, "customer", "list")
	if code != 0 || strings.Contains(out, "Last Added BV") || !strings.Contains(errOut, "older than the last change Liftoff saved") {
		t.Errorf("customer list: exit %d\n%s\n%s", code, out, errOut)
	}
	msg := c.fail(1, "customer", "add", "--name", "Another BV", "--tier", "expert", "--region", "emea")
	if !strings.Contains(msg, "nothing is written to it") || !strings.Contains(msg, "--accept-older") {
		t.Errorf("write to a rolled-back file: %s", msg)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, b) {
		t.Error("the rolled-back file was written to")
	}
	c.fail(1, "check")
	c.fail(2, "check", "--accept-older", "--repair")
	if out := c.ok("check", "--accept-older"); !strings.Contains(out, "kept the older state") || !strings.Contains(out, "is sound") {
		t.Errorf("check --accept-older:\n%s", out)
	}
	c.ok("customer", "add", "--name", "Another BV", "--tier", "expert", "--region", "emea")
}

// TestLeftoversAreRemovedAndSaid: a command that opens the database for
// writing removes what a killed compaction left, and says so.
func TestLeftoversAreRemovedAndSaid(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	left := filepath.Join(c.dir, ".liftoff.db.compact-1234")
	if err := os.WriteFile(left, make([]byte, 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, c.dir, "customer", "add", "--name", "New BV", "--tier", "expert", "--region", "emea")
	if code != 0 || !strings.Contains(errOut, "removed the temporary files a stopped program left") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(left); err == nil {
		t.Error("the leftover is still there")
	}
}

// TestRepairBringsBackALostLastCommit: check --repair puts the lost meta
// page back from the commit record, and the last change is there again.
func TestRepairBringsBackALostLastCommit(t *testing.T) {
	c, _, _ := lostLastCommit(t)
	if msg := c.fail(1, "customer", "add", "--name", "Another BV", "--tier", "expert", "--region", "emea"); !strings.Contains(msg, "check --repair") {
		t.Errorf("the refusal does not offer the repair: %s", msg)
	}
	out := c.ok("check", "--repair")
	if !strings.Contains(out, "brought back the last saved change") || !strings.Contains(out, "is sound") {
		t.Errorf("check --repair:\n%s", out)
	}
	c.wantListed("the repaired file lacks the last change", "Last Added BV")
}
