package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDBBeforeTheCommandIsTheDatabaseUsed(t *testing.T) {
	c := newCLI(t)
	other := filepath.Join(c.dir, "other.db")
	c.ok("--db", other, "sample")
	if _, err := os.Stat(other); err != nil {
		t.Fatalf("--db before the command did not create the database it names: %v", err)
	}
	fromFlag := c.ok("--db", other, "customer", "list")
	if !strings.Contains(fromFlag, "Müller") {
		t.Errorf("--db FILE customer list does not list the sample customers:\n%s", fromFlag)
	}
	// The default database (LIFTOFF_DB of the test) was left alone.
	if _, err := os.Stat(filepath.Join(c.dir, "liftoff.db")); !os.IsNotExist(err) {
		t.Errorf("the sample went to the default database instead of --db (%v)", err)
	}
	// = form, and after the command as before.
	if after := c.ok("customer", "list", "--db="+other); after != fromFlag {
		t.Errorf("--db after the command lists\n%s\nbut before it\n%s", after, fromFlag)
	}
	if eq := c.ok("--db="+other, "customer", "list"); eq != fromFlag {
		t.Errorf("--db=FILE before the command lists\n%s\nwant\n%s", eq, fromFlag)
	}
}

func TestJSONBeforeTheCommand(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	before := c.ok("--json", "customer", "list")
	var rows []portfolioRowJSON
	if err := json.Unmarshal([]byte(before), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("--json customer list did not print the customers as JSON (%v):\n%s", err, before)
	}
	if after := c.ok("customer", "list", "--json"); after != before {
		t.Errorf("--json before and after the command print different output:\n%s\n%s", before, after)
	}
	both := c.ok("--json", "--db", filepath.Join(c.dir, "liftoff.db"), "customer", "list")
	if both != before {
		t.Errorf("--json --db FILE customer list differs from --json customer list:\n%s", both)
	}
}

func TestGlobalFlagsOnCommandsThatDoNotUseThem(t *testing.T) {
	c := newCLI(t)
	// A command without a database accepts --db, so that one alias with
	// --db serves every command.
	plain := c.ok("catalog", "list", "--kind", "addon")
	if got := c.ok("--db", filepath.Join(c.dir, "x.db"), "catalog", "list", "--kind", "addon"); got != plain {
		t.Errorf("--db changed the output of catalog list:\n%s", got)
	}
	if _, err := os.Stat(filepath.Join(c.dir, "x.db")); !os.IsNotExist(err) {
		t.Errorf("catalog list created the database --db names (%v)", err)
	}
	// --db is not shown in the help of a command that has no use for it.
	if help := c.ok("catalog", "list", "--help"); strings.Contains(help, "--db") {
		t.Errorf("catalog list --help shows --db:\n%s", help)
	}
	// A command without JSON output refuses --json rather than print a
	// table to a script that waits for JSON.
	errOut := c.fail(2, "--json", "backup")
	if !strings.Contains(errOut, "--json: this command prints no JSON") {
		t.Errorf("want --json refused by name, got %q", errOut)
	}
}

func TestMistakesBeforeTheCommand(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--foo", "customer", "list"}, "liftoffctl: unknown flag --foo before the command (the flags accepted there are --db, --json)"},
		{[]string{"-foo=1", "sample"}, "unknown flag --foo before the command"},
		{[]string{"--kind", "addon", "catalog", "list"}, "unknown flag --kind before the command"},
		{[]string{"--db"}, "--db needs a database file"},
		{[]string{"--db", "x.db"}, "no command after the flags"},
		{[]string{"--db", "x.db", "frobnicate"}, `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runCLI(t, t.TempDir(), tt.args...)
			if code != 2 || out != "" {
				t.Errorf("exit %d, want 2 (stdout %q)", code, out)
			}
			if strings.Count(strings.TrimRight(errOut, "\n"), "\n") != 0 || !strings.Contains(errOut, tt.want) {
				t.Errorf("want one line with %q, got:\n%s", tt.want, errOut)
			}
		})
	}
}

func TestHelpAfterGlobalFlags(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"--db", "x.db", "--help"}, {"--db", "x.db", "help"}} {
		if out := c.ok(args...); !strings.Contains(out, "Usage: liftoffctl [--db FILE] [--json] <command>") {
			t.Errorf("%v: want the general help, got:\n%s", args, out)
		}
	}
	if out := c.ok("--json", "help", "customer", "list"); !strings.Contains(out, "Usage: liftoffctl customer list") {
		t.Errorf("want the help of customer list, got:\n%s", out)
	}
}
