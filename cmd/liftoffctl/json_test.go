package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// jsonRuns are the arguments (after the command's name) that run each
// command with a --json flag on the sample portfolio.
var jsonRuns = map[string][]string{
	"catalog list":     {},
	"catalog show":     {"acc-analytics-kpi-framework"},
	"catalog editions": {},
	"catalog diff":     {"--from", "2025-01-01", "--to", "2026-09-01"},
	"entitlements":     {"--tier", "ultimate", "--solutions", "analytics", "--accelerators", "4"},
	"sla":              {"--tier", "ultimate", "--priority", "P2", "--region", "emea", "--opened", "2026-11-27T16:30:00Z"},
	"case-timeline":    {"--status", "awaiting-response", "--since", "2026-11-27T16:30:00Z"},
	"case add":         {"--customer", "Müller", "--number", "00412345", "--priority", "P2", "--opened", "2026-11-20T09:00:00Z"},
	"case list":        {"--customer", "Müller"},
	"case reminders":   {"--due-by", "2026-11-30", "--zone", "UTC"},
	"risk add":         {"--customer", "Müller", "--title", "Sponsor leaves", "--impact", "high", "--likelihood", "low"},
	"risk list":        {"--customer", "Müller"},
	"health":           {"--customer", "Müller"},
	"customer add":     {"--name", "Json Keys BV", "--region", "emea", "--tier", "expert"},
	"customer list":    {},
	"customer show":    {"Müller"},
	"nsc list":         {"--customer", "Müller"},
	"engagement show":  {"--customer", "Müller"},
	"activity list":    {"--customer", "Müller"},
	"plan check":       {"--quarter", "2027Q1"},
	"plan auto":        {"--quarter", "2027Q1"},
	"plan show":        {"--quarter", "2027Q1"},
	"suggest":          {"--customer", "Müller"},
	"map show":         {"--customer", "Müller"},
	"import map-xlsx":  {"{dir}/map.xlsx", "--customer", "Müller"},
	"settings show":    {},
}

// TestJSONKeysAreCamelCase runs every command that prints JSON and fails
// on an object key that starts with an upper-case letter.
func TestJSONKeysAreCamelCase(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	c.ok("export", "xlsx", "--customer", "Müller", "-o", c.dir+"/map.xlsx")
	for _, cmd := range commands() {
		fs := newFlagSet("liftoffctl "+cmd.name, &env{})
		cmd.setup(fs, &env{})
		if fs.fs.Lookup("json") == nil {
			continue
		}
		t.Run(cmd.name, func(t *testing.T) {
			args, ok := jsonRuns[cmd.name]
			if !ok {
				t.Fatalf("%q prints JSON: add how to run it to jsonRuns", cmd.name)
			}
			args = slices.Clone(args)
			for i := range args {
				args[i] = strings.ReplaceAll(args[i], "{dir}", c.dir)
			}
			out := c.ok(append(append(strings.Fields(cmd.name), args...), "--json")...)
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			keys := 0
			for _, bad := range badJSONKeys(v, "$", &keys) {
				t.Errorf("key %s does not start with a lower-case letter", bad)
			}
			if keys == 0 {
				t.Errorf("no object key in the output, nothing checked:\n%s", out)
			}
		})
	}
}

// badJSONKeys returns the paths of the object keys in v that start with an
// upper-case letter, and counts the keys it saw.
func badJSONKeys(v any, path string, keys *int) []string {
	var bad []string
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			*keys++
			if r := []rune(k); len(r) > 0 && unicode.IsUpper(r[0]) {
				bad = append(bad, path+"."+k)
			}
			bad = append(bad, badJSONKeys(e, path+"."+k, keys)...)
		}
	case []any:
		for i, e := range v {
			bad = append(bad, badJSONKeys(e, fmt.Sprintf("%s[%d]", path, i), keys)...)
		}
	}
	return bad
}

func TestBadJSONKeys(t *testing.T) {
	var v any
	if err := json.Unmarshal([]byte(`{"ok":[{"Bad":1,"fine":{"AlsoBad":{}}}],"é":2}`), &v); err != nil {
		t.Fatal(err)
	}
	keys := 0
	bad := badJSONKeys(v, "$", &keys)
	if len(bad) != 2 || keys != 5 {
		t.Errorf("found %v in %d keys, want $.ok[0].Bad and $.ok[0].fine.AlsoBad in 5", bad, keys)
	}
}
