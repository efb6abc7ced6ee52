package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff"
	"github.com/liftoff-app/liftoff/catalog"
)

// runCLI runs liftoffctl with args in a private config folder and database
// and returns the exit status, standard output and standard error.
func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	return runCLIContext(t, nil, dir, args...)
}

// runCLIContext is runCLI with ctx standing for Ctrl+C: cancelled, it is
// as if the user pressed it.
func runCLIContext(t *testing.T, ctx context.Context, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{
		ctx:    ctx,
		stdout: &out,
		stderr: &errOut,
		stdin:  strings.NewReader(""),
		getenv: func(k string) string {
			switch k {
			case "LIFTOFF_CONFIG":
				return filepath.Join(dir, "config")
			case "LIFTOFF_DB":
				return filepath.Join(dir, "liftoff.db")
			}
			return ""
		},
		now: func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) },
	}
	code := run(args, e)
	return code, out.String(), errOut.String()
}

func TestSLAFridayAfternoonRollsToMonday(t *testing.T) {
	out := mustRun(t, t.TempDir(), "sla", "--tier", "expert", "--priority", "P2", "--region", "emea", "--opened", "2026-11-27T16:30:00Z")
	// Friday 16:30 leaves 30 business minutes; 90 more on Monday from 09:00.
	if !strings.Contains(out, "Monday 2026-11-30 10:30 GMT (Europe/London)") {
		t.Errorf("want the due time Monday 2026-11-30 10:30 London time, got:\n%s", out)
	}
	if !strings.Contains(out, "2026-11-30 10:30 UTC") {
		t.Errorf("want the due time in UTC too, got:\n%s", out)
	}
}

func TestSLASaysWhenAYearHasNoHolidays(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "holidays.txt")
	if err := os.WriteFile(list, []byte("2027-12-31 Year-end closing\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, dir, "sla", "--tier", "expert", "--priority", "P2", "--region", "japan", "--opened", "2027-12-30T07:30:00Z", "--holidays", list)
	// Thursday 16:30 in Tokyo leaves 30 minutes; Friday is the list's
	// holiday; 90 more on Monday 3 January 2028, a year the list does not
	// cover.
	if !strings.Contains(out, "Monday 2028-01-03 10:30 JST (Asia/Tokyo)") {
		t.Errorf("want the due time Monday 2028-01-03 10:30 Tokyo time, got:\n%s", out)
	}
	if !strings.Contains(out, "Holidays: No holidays known for Japan in 2028: business days are counted as Monday to Friday") {
		t.Errorf("want the missing holidays named, got:\n%s", out)
	}
	out = mustRun(t, dir, "sla", "--tier", "expert", "--priority", "P2", "--region", "japan", "--opened", "2030-05-02T07:30:00Z")
	// The region's rules know Golden Week 2030: Friday 3 May to Monday 6.
	if !strings.Contains(out, "Tuesday 2030-05-07 10:30 JST") || strings.Contains(out, "Holidays:") {
		t.Errorf("want the due time Tuesday 2030-05-07 10:30 and no note, got:\n%s", out)
	}
}

func TestSLAJSON(t *testing.T) {
	out := mustRun(t, t.TempDir(), "sla", "--json", "--tier", "ultimate", "--priority", "P1", "--region", "americas", "--opened", "2026-03-08T09:50:00Z")
	var got struct {
		Due   time.Time `json:"due"`
		Clock string    `json:"clock"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	// P1 counts 15 elapsed minutes around the clock, across the US
	// daylight-saving change (2026-03-08 10:00 UTC).
	if want := time.Date(2026, 3, 8, 10, 5, 0, 0, time.UTC); !got.Due.Equal(want) || got.Clock != "24x7" {
		t.Errorf("due %v clock %q, want %v 24x7", got.Due, got.Clock, want)
	}
}

func TestCatalogListHasFortyAccelerators(t *testing.T) {
	code, out, errOut := runCLI(t, t.TempDir(), "catalog", "list", "--kind", "accelerator")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := strings.Count(out, "\n") - 1 // less the header
	if rows < 40 {
		t.Errorf("%d accelerators listed, want at least 40", rows)
	}
	if !strings.Contains(errOut, "Liftoff's own examples") {
		t.Errorf("the listing must say the accelerators are Liftoff's own examples; stderr:\n%s", errOut)
	}
}

func TestUsageMistakesExitTwoWithOneLine(t *testing.T) {
	tests := []struct {
		args []string
		want string // in the message
	}{
		{[]string{"sla", "--tier", "gold", "--priority", "P2", "--region", "emea", "--opened", "2026-11-27T16:30:00Z"}, `unknown tier "gold" (want expert, ultimate)`},
		{[]string{"sla", "--tier", "expert", "--priority", "P5", "--region", "emea", "--opened", "2026-11-27T16:30:00Z"}, `priority "P5": want P1, P2, P3 or P4`},
		{[]string{"sla", "--tier", "expert", "--priority", "P2", "--region", "mars", "--opened", "2026-11-27T16:30:00Z"}, `unknown region "mars" (want americas, emea, apac, japan)`},
		{[]string{"sla", "--tier", "expert", "--priority", "P2", "--region", "emea", "--opened", "friday"}, `--opened "friday": want an RFC 3339 time`},
		{[]string{"sla", "--tier", "expert", "--colour", "red"}, "unknown flag --colour"},
		{[]string{"catalog", "list", "--kind", "workshop"}, `unknown kind "workshop" (want accelerator, field, proactive, touchpoint, addon)`},
		{[]string{"catalog", "list", "--solution", "Analitics"}, `unknown solution "Analitics"`},
		{[]string{"entitlements", "--tier", "expert", "--addons", "technical-account-director"}, "Technical Account Director is not available on Expert"},
		{[]string{"entitlements", "--tier", "ultimate", "--addons", "priority-queue-bundle"}, "already included in Ultimate"},
		{[]string{"case-timeline", "--status", "closed", "--since", "2026-11-27T16:30:00Z"}, `case status "closed": want awaiting-response or solution-proposed`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runCLI(t, t.TempDir(), tt.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stdout %q)", code, out)
			}
			if strings.Count(strings.TrimRight(errOut, "\n"), "\n") != 0 {
				t.Errorf("want one line, got:\n%s", errOut)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("message %q does not say %q", errOut, tt.want)
			}
		})
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			args := append(strings.Fields(c.name), "--help")
			out := mustRun(t, t.TempDir(), args...)
			if strings.Count(out, "Usage: liftoffctl "+c.name) != 1 || !strings.Contains(out, c.summary) {
				t.Errorf("help of %q should show its usage once and its summary:\n%s", c.name, out)
			}
		})
	}
}

func TestCatalogCheckReportsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "catalog.json")
	if err := os.WriteFile(bad, []byte(`{"version": "2", "accelerators": [{"id": "x", "solution": "Analitics"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, dir, "catalog", "check", bad)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{`accelerators[0].solution: unknown solution "Analitics"`, "published: required field is missing", "accelerators[0].hours: required field is missing"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("missing %q in:\n%s", want, errOut)
		}
	}
}

func TestCatalogCheckAndInstallRefuseAFileTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, bytes.Repeat([]byte(" "), catalog.MaxFileSize+1), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"check", "install"} {
		code, _, errOut := runCLI(t, dir, "catalog", cmd, big)
		if code != 1 || !strings.Contains(errOut, "the file is larger than 16 MiB") {
			t.Errorf("catalog %s: exit %d, want 1 and the size limit named:\n%s", cmd, code, errOut)
		}
	}
}

func TestCatalogInstallThenList(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "newer.json")
	data := strings.Replace(string(catalog.DefaultJSON()), `"version": "`+catalog.Default().Version+`"`, `"version": "1.3.0"`, 1)
	if err := os.WriteFile(src, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, dir, "catalog", "install", src); code != 0 {
		t.Fatalf("install: exit %d: %s", code, errOut)
	}
	_, _, errOut := runCLI(t, dir, "catalog", "list", "--kind", "addon")
	if !strings.Contains(errOut, "catalog 1.3.0") {
		t.Errorf("after install the listing should use catalog 1.3.0:\n%s", errOut)
	}
}

func TestCaseTimeline(t *testing.T) {
	out := mustRun(t, t.TempDir(), "case-timeline", "--status", "solution-proposed", "--since", "2026-11-27T16:30:00Z")
	for _, want := range []string{
		"2026-11-28T16:30:00Z  reminder 1: 5 days left",
		"2026-11-30T16:30:00Z  reminder 2: 3 days left",
		"2026-12-02T16:30:00Z  reminder 3: 1 day left",
		"2026-12-03T16:30:00Z  case closes automatically",
		"2026-12-17T16:30:00Z  last moment to reopen",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}

func TestVersionPrintsFyneAppTOMLsVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out := mustRun(t, t.TempDir(), args...)
		if want := "liftoffctl " + liftoff.Version + "\n"; out != want {
			t.Errorf("%v: %q, want %q", args, out, want)
		}
	}
}

// A command without positional arguments refuses one instead of passing
// over it: "map add-action --customer X Call them" must not save an
// action without its text.
func TestCommandsWithoutArgumentsRefuseOne(t *testing.T) {
	dir := t.TempDir()
	for _, c := range commands() {
		if c.args != "" || c.name == "help" {
			continue
		}
		args := append(strings.Fields(c.name), "stray")
		code, out, errOut := runCLI(t, dir, args...)
		if code != 2 || !strings.Contains(errOut, `unexpected argument "stray"`) {
			t.Errorf("liftoffctl %s stray: exit %d, stdout %q, stderr %q; want exit 2 naming the argument", c.name, code, out, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "liftoff.db")); err == nil {
		t.Error("a refused command created the database")
	}
}

// TestRefusedValueNamesItsFlag gives each flag or argument that is parsed
// into a kind of value (a status, a priority, a quarter, an ID, a document
// kind) one it refuses: the message names the flag or argument as the
// command's usage does, and the exit status is 2.
func TestRefusedValueNamesItsFlag(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "sample"); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errOut)
	}
	const id = "01941f29-7c00-7a77-a8e1-eb37a131e0ba"
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"activity", "add", "--customer", "X", "--item", "x", "--date", "2026-12-20", "--status", "bogus"}, "--status: "},
		{[]string{"activity", "add", "--customer", "X", "--item", "x", "--date", "2026-12-20", "--priority", "bogus"}, "--priority: "},
		{[]string{"activity", "list", "--quarter", "2026Q9"}, "--quarter: "},
		{[]string{"activity", "set-status", "not-an-id", "done"}, "ACTIVITY-ID: "},
		{[]string{"activity", "set-status", id, "bogus"}, "STATUS: "},
		{[]string{"activity", "deliver", "not-an-id"}, "ACTIVITY-ID: "},
		{[]string{"case", "add", "--customer", "X", "--number", "1", "--priority", "P9", "--opened", "2026-12-01T10:00:00Z"}, "--priority: "},
		{[]string{"case", "status", "1", "--set", "bogus", "--at", "2026-12-01T10:00:00Z"}, "--set: "},
		{[]string{"risk", "set-status", "not-an-id", "open"}, "ID: "},
		{[]string{"map", "set-status", "--customer", "X", "not-an-id", "done"}, "ID: "},
		{[]string{"map", "add-milestone", "--customer", "X", "--title", "T", "--due", "2026-12-20", "--objective", "bogus"}, "--objective: "},
		{[]string{"map", "add-action", "--customer", "X", "--title", "T", "--side", "vendor", "--milestone", "bogus"}, "--milestone: "},
		{[]string{"sla", "--tier", "ultimate", "--region", "emea", "--priority", "P9", "--opened", "2026-12-01T10:00:00Z"}, "--priority: "},
		{[]string{"case-timeline", "--status", "bogus", "--since", "2026-12-01T10:00:00Z"}, "--status: "},
		{[]string{"export", "pdf", "--kind", "bogus", "--customer", "X", "-o", filepath.Join(dir, "x.pdf")}, "--kind: "},
		{[]string{"plan", "show", "--quarter", "2026Q9"}, "--quarter: "},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, dir, tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("liftoffctl %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(tt.args, " "), code, errOut, tt.want)
		}
	}
}

// TestCommandsRefuseTheWrongNumberOfArguments calls every command that
// takes arguments with one too few and one too many: each is refused
// with exit status 2 and a message saying what it wants, before it reads
// a database.
func TestCommandsRefuseTheWrongNumberOfArguments(t *testing.T) {
	dir := t.TempDir()
	for _, c := range commands() {
		words := strings.Fields(c.args)
		if len(words) == 0 {
			continue
		}
		required := 0
		for _, w := range words {
			if !strings.HasPrefix(w, "[") {
				required++
			}
		}
		counts := []int{len(words) + 1}
		if required > 0 {
			counts = append(counts, required-1)
		}
		for _, n := range counts {
			args := strings.Fields(c.name)
			for i := range n {
				args = append(args, fmt.Sprintf("arg%d", i))
			}
			code, out, errOut := runCLI(t, dir, args...)
			if code != 2 || !strings.Contains(errOut, "want ") {
				t.Errorf("liftoffctl %s with %d arguments: exit %d, stdout %q, stderr %q; want exit 2 saying what it wants", c.name, n, code, out, errOut)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "liftoff.db")); err == nil {
		t.Error("a refused command created the database")
	}
}
