package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// TestNumberAndTextFlagsAreBounded checks that a number outside its
// bounds, not finite or too large, and a text planner refuses, are usage
// mistakes: exit status 2 and one line naming the flag and what it
// accepts, with nothing saved.
func TestNumberAndTextFlagsAreBounded(t *testing.T) {
	activity := []string{"activity", "add", "--customer", "Müller", "--item", "pro-roadmap-review", "--date", "2027-01-05"}
	customer := []string{"customer", "add", "--region", "emea", "--tier", "expert"}
	with := func(base []string, more ...string) []string { return append(append([]string{}, base...), more...) }
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"hours 1e308", with(activity, "--hours", "1e308"), "--hours: 1e308 is out of range: more than 0 and at most 1000"},
		{"hours NaN", with(activity, "--hours", "NaN"), "--hours: NaN is out of range: more than 0 and at most 1000"},
		{"hours +Inf", with(activity, "--hours", "+Inf"), "--hours: +Inf is out of range: more than 0 and at most 1000"},
		{"hours -Inf", with(activity, "--hours", "-Inf"), "--hours: -Inf is out of range"},
		{"hours too large for a float", with(activity, "--hours", "1e400"), "--hours: 1e400 is out of range"},
		{"hours 0", with(activity, "--hours", "0"), "--hours: 0 is out of range: more than 0 and at most 1000"},
		{"hours negative", with(activity, "--hours", "-2"), "--hours: -2 is out of range"},
		{"hours 1000.5", with(activity, "--hours", "1000.5"), "--hours: 1000.5 is out of range"},
		{"hours not a number", with(activity, "--hours", "many"), `--hours: "many" is not a number (want more than 0 and at most 1000)`},
		{"owner with a bidi override", with(activity, "--hours", "2", "--owner", "Ann\u202E"), "--owner: has a bidi control character (U+202E), which can disguise text"},
		{"accelerators max int", with(customer, "--name", "Acme", "--accelerators", "9223372036854775807"),
			"--accelerators: 9223372036854775807 is out of range: from 0 to 10000"},
		{"accelerators beyond int", with(customer, "--name", "Acme", "--accelerators", "99999999999999999999"), "--accelerators: 99999999999999999999 is out of range: from 0 to 10000"},
		{"accelerators 10001", with(customer, "--name", "Acme", "--accelerators", "10001"), "--accelerators: 10001 is out of range: from 0 to 10000"},
		{"field hours negative", with(customer, "--name", "Acme", "--field-hours", "-1"), "--field-hours: -1 is out of range: from 0 to 10000"},
		{"field hours a fraction", with(customer, "--name", "Acme", "--field-hours", "1.5"), `--field-hours: "1.5" is not a whole number (want from 0 to 10000)`},
		{"name with U+202E", with(customer, "--name", "Acme\u202Egpj.exe"), "--name: has a bidi control character (U+202E), which can disguise text"},
		{"name of 201 characters", with(customer, "--name", strings.Repeat("ä", 201)), "--name: longer than 200 characters (201)"},
		{"name with a NUL", with(customer, "--name", "Ac\x00me"), "--name: has a control character (U+0000)"},
		{"notes with an escape", with(customer, "--name", "Acme", "--notes", "a\x1bb"), "--notes: has a control character (U+001B); only line breaks and tabs are allowed"},
		{"capacity 81", []string{"plan", "check", "--capacity", "81"}, "--capacity: 81 is out of range: from 1 to 80"},
		{"capacity NaN", []string{"plan", "check", "--capacity", "nan"}, "--capacity: nan is out of range"},
		{"KPI baseline Inf", []string{"map", "add-objective", "--customer", "Müller", "--title", "T", "--kpi", "k", "--baseline", "Inf"},
			"--baseline: Inf is out of range: any finite number"},
		{"support allowance", []string{"entitlements", "--tier", "expert", "--accelerators", "1e3"}, `--accelerators: "1e3" is not a whole number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			c.ok("sample")
			before := c.ok("export", "json", "-o", "-")
			msg := c.fail(2, tt.args...)
			if !strings.Contains(msg, tt.want) {
				t.Errorf("stderr %q, want %q", msg, tt.want)
			}
			if n := strings.Count(strings.TrimSpace(msg), "\n"); n != 0 {
				t.Errorf("stderr has %d lines, want one:\n%s", n+1, msg)
			}
			if after := c.ok("export", "json", "-o", "-"); after != before {
				t.Error("a refused command changed the database")
			}
		})
	}
}

// TestTextFlagsAreTrimmed checks that white space around a text flag is
// dropped before the value is saved.
func TestTextFlagsAreTrimmed(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "  Acme Trading\t", "--region", "emea", "--tier", "expert", "--notes", "\nfirst line\nsecond line\n")
	acc := c.account("Acme")
	if acc.Customer.Name != "Acme Trading" || acc.Customer.Notes != "first line\nsecond line" {
		t.Errorf("stored name %q and notes %q, want them trimmed", acc.Customer.Name, acc.Customer.Notes)
	}
}

// TestCatalogCheckRefusesInvalidUTF8 checks that catalog check no longer
// calls a catalog valid whose bytes are not UTF-8, and names the value.
func TestCatalogCheckRefusesInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	data := bytes.Replace(catalog.DefaultJSON(), []byte(`"name": "Target"`), []byte("\"name\": \"Tar\xffget\""), 1)
	file := filepath.Join(dir, "catalog.json")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, dir, "catalog", "check", file)
	if code != 1 || !strings.Contains(errOut, "solutions[1].name: is not valid UTF-8 text (byte ") {
		t.Errorf("exit %d, stderr %q; want 1 and the path of the bad text", code, errOut)
	}
}
