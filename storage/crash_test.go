//go:build unix

package storage

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// crashChildEnv tells the test binary to act as the writer the crash
// tests kill: "<mode>:<database path>".
const crashChildEnv = "LIFTOFF_CRASH_CHILD"

// TestCrashChild is the child process of the crash tests. It opens the
// database and imports a large portfolio in one transaction; in mode
// "hold" it reports "IN-TX" from inside the transaction and waits there
// to be killed, in mode "race" it reports "START" and runs to the end. In
// mode "compact" it reports "START" and compacts the database.
func TestCrashChild(t *testing.T) {
	spec := os.Getenv(crashChildEnv)
	if spec == "" {
		t.Skip("runs only as the child of the crash tests")
	}
	mode, path, _ := strings.Cut(spec, ":")
	cat := catalog.Default()
	if mode == "compact" {
		fmt.Println("START")
		if _, err := Compact(path, cat, Options{}); err != nil {
			fmt.Println("COMPACT-FAILED", err)
			os.Exit(2)
		}
		fmt.Println("DONE")
		return
	}
	db, err := Open(path, cat, Options{})
	if err != nil {
		fmt.Println("OPEN-FAILED", err)
		os.Exit(2)
	}
	accounts := genPortfolio(cat, 40, 150, 2026)
	if mode == "hold" {
		db.beforeCommit = func() error {
			fmt.Println("IN-TX")
			time.Sleep(time.Minute)
			return nil
		}
	}
	fmt.Println("START")
	if _, err := db.ImportAccounts(accounts); err != nil {
		fmt.Println("IMPORT-FAILED", err)
		os.Exit(2)
	}
	db.Close()
	fmt.Println("DONE")
}

// startCrashChild starts the child and returns it with its output lines.
func startCrashChild(t *testing.T, mode, path string) (*exec.Cmd, <-chan string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+mode+":"+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 16)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		io.Copy(io.Discard, out)
	}()
	return cmd, lines
}

func waitFor(t *testing.T, lines <-chan string, want string) {
	t.Helper()
	timeout := time.After(2 * time.Minute)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("the child ended before %q", want)
			}
			if l == want {
				return
			}
			if strings.Contains(l, "FAILED") {
				t.Fatalf("child: %s", l)
			}
		case <-timeout:
			t.Fatalf("the child did not report %q", want)
		}
	}
}

// temporaryFiles lists the hidden files beside the database at path and
// in its backup folder: what a killed program left, when Open did not
// remove it.
func temporaryFiles(t *testing.T, path string) []string {
	t.Helper()
	var out []string
	for _, dir := range []string{filepath.Dir(path), filepath.Join(filepath.Dir(path), BackupFolder)} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				out = append(out, filepath.Join(dir, e.Name()))
			}
		}
	}
	return out
}

// contentAfterCrash opens the database the child was killed on, checks
// it fully and returns its content.
func contentAfterCrash(t *testing.T, path string) []byte {
	t.Helper()
	db, err := Open(path, catalog.Default(), Options{})
	if err != nil {
		t.Fatalf("open after the kill: %v", err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatalf("check after the kill: %v", err)
	}
	return exportAll(t, db)
}

func TestKillDuringImportKeepsPreviousContent(t *testing.T) {
	db, _ := openSampleDB(t)
	path := db.Path()
	before := exportAll(t, db)
	db.Close()

	cmd, lines := startCrashChild(t, "hold", path)
	waitFor(t, lines, "IN-TX")
	// The child has written 6,000 activities into its transaction.
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if got := contentAfterCrash(t, path); !bytes.Equal(got, before) {
		t.Error("after the kill the database does not hold the previous content")
	}
}

func TestKillAtRandomMomentsLeavesOldOrNewContent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts several processes")
	}
	db, _ := openSampleDB(t)
	path := db.Path()
	before := exportAll(t, db)
	db.Close()
	original, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	// The content a complete import gives, computed on a copy.
	scratch := filepath.Join(t.TempDir(), "liftoff.db")
	os.WriteFile(scratch, original, 0o600)
	full, err := Open(scratch, catalog.Default(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := full.ImportAccounts(genPortfolio(catalog.Default(), 40, 150, 2026)); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	after := exportAll(t, full)
	full.Close()

	rng := rand.New(rand.NewPCG(1, 2))
	outcomes := map[string]int{}
	for i := range 6 {
		if err := os.WriteFile(path, original, 0o600); err != nil {
			t.Fatal(err)
		}
		cmd, lines := startCrashChild(t, "race", path)
		waitFor(t, lines, "START")
		time.Sleep(time.Duration(rng.Int64N(int64(took + took/2))))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		switch got := contentAfterCrash(t, path); {
		case bytes.Equal(got, before):
			outcomes["previous"]++
		case bytes.Equal(got, after):
			outcomes["complete"]++
		default:
			t.Fatalf("kill %d: the database holds neither the previous content nor the complete import", i)
		}
		backups, _ := Backups(filepath.Join(filepath.Dir(path), BackupFolder))
		for _, b := range backups {
			if err := verifyBackup(b); err != nil {
				t.Errorf("kill %d: backup %s: %v", i, b, err)
			}
		}
	}
	t.Logf("import took %v in the test process; outcomes after the kills: %v", took, outcomes)
}

func TestKillDuringCompactKeepsTheContent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts several processes")
	}
	db, _ := openSampleDB(t)
	path := db.Path()
	churn := genPortfolio(db.Catalog(), 40, 150, 11)
	if _, err := db.ImportAccounts(churn); err != nil {
		t.Fatal(err)
	}
	for _, a := range churn[:30] {
		if _, err := db.DeleteCustomer(a.Customer.ID); err != nil {
			t.Fatal(err)
		}
	}
	want := exportAll(t, db)
	db.Close()
	original, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// How long a compaction takes, on a copy.
	scratch := filepath.Join(t.TempDir(), "liftoff.db")
	os.WriteFile(scratch, original, 0o600)
	start := time.Now()
	if _, err := Compact(scratch, catalog.Default(), Options{}); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)

	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 5 {
		if err := os.WriteFile(path, original, 0o600); err != nil {
			t.Fatal(err)
		}
		cmd, lines := startCrashChild(t, "compact", path)
		waitFor(t, lines, "START")
		time.Sleep(time.Duration(rng.Int64N(int64(took + took/2))))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if got := contentAfterCrash(t, path); !bytes.Equal(got, want) {
			t.Fatalf("kill %d: the content changed", i)
		}
		if left := temporaryFiles(t, path); len(left) > 0 {
			t.Errorf("kill %d: after the next Open, temporary files are left: %v", i, left)
		}
	}
	t.Logf("a compaction took %v in the test process", took)
}
