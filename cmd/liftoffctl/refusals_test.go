package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEmptyArgumentIsNamedAsTheHelpWritesIt(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	for _, args := range [][]string{
		{"customer", "show", ""},
		{"customer", "delete", "  "},
		{"case", "respond", "", "--at", "2026-11-26T10:00:00Z"},
	} {
		msg := c.fail(2, args...)
		// The command takes no --customer flag: the message names the
		// argument as the help shows it.
		if strings.Contains(msg, "--customer") || !strings.Contains(msg, "is empty") {
			t.Errorf("liftoffctl %q: want the empty argument named, got %q", args, msg)
		}
	}
	if msg := c.fail(2, "customer", "show", ""); !strings.Contains(msg, "CUSTOMER is empty") {
		t.Errorf("want CUSTOMER named, got %q", msg)
	}
}

func TestDeleteNamesTheCustomerWrittenAsTyped(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	// A customer is not added under the name of another, in any letter
	// case; a file made elsewhere brings one in.
	other := newCLI(t)
	other.ok("customer", "add", "--name", "contoso health", "--tier", "expert", "--region", "emea",
		"--contract-start", "2027-01-01", "--contract-end", "2027-12-31")
	file := filepath.Join(t.TempDir(), "other.json")
	other.ok("export", "json", "-o", file)
	c.ok("import", file)
	if out := c.ok("customer", "delete", "contoso health", "--yes"); !strings.Contains(out, "contoso health") {
		t.Fatalf("want the customer named in lower case deleted, got %q", out)
	}
	if out := c.ok("customer", "show", "Contoso Health"); !strings.Contains(out, "01941f29-8f88-72ef-b30f-3084caab467f") {
		t.Errorf("the sample's Contoso Health must stay, got:\n%s", out)
	}
}

func TestNSCRemoveOfAPersonNamedForTwoProducts(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	c.ok("nsc", "add", "--customer", "Øresund", "--name", "Lars Nielsen", "--email", "lars.nielsen@oresund-energi.example", "--product", "analytics")
	msg := c.fail(2, "nsc", "remove", "--customer", "Øresund", "lars.nielsen@oresund-energi.example")
	if !strings.Contains(msg, "--product") || !strings.Contains(msg, "campaign") || !strings.Contains(msg, "analytics") {
		t.Fatalf("want the products named and --product asked for, got %q", msg)
	}
	if out := c.ok("nsc", "remove", "--customer", "Øresund", "--product", "analytics", "LARS.nielsen@oresund-energi.example"); !strings.Contains(out, "removed Lars Nielsen <lars.nielsen@oresund-energi.example> from Øresund Energi A/S") {
		t.Fatalf("got %q", out)
	}
	list := c.ok("nsc", "list", "--customer", "Øresund")
	if !strings.Contains(list, "Campaign") || strings.Count(list, "Lars Nielsen") != 1 {
		t.Errorf("want Lars Nielsen left for Campaign only, got:\n%s", list)
	}
	if msg := c.fail(2, "nsc", "remove", "--customer", "Øresund", "--product", "target", "lars.nielsen@oresund-energi.example"); !strings.Contains(msg, "Target") {
		t.Errorf("want the product named, got %q", msg)
	}
}

func TestSuggestLimitZeroIsAllAndTheHelpSaysSo(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	all := strings.Count(c.ok("suggest", "--customer", "Kookaburra", "--limit", "0"), "\n")
	if few := strings.Count(c.ok("suggest", "--customer", "Kookaburra", "--limit", "1"), "\n"); few != 2 || all <= 16 {
		t.Fatalf("want a header and 1 row with --limit 1 and more than 15 rows with --limit 0, got %d and %d lines", few, all)
	}
	if help := c.ok("suggest", "--help"); !strings.Contains(help, "0 for all") {
		t.Errorf("the help must say what --limit 0 does:\n%s", help)
	}
}

func TestACustomerNamedTwiceIsWrittenOnce(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	for _, what := range [][]string{{"ics"}, {"csv"}, {"csv", "--what", "actions"}} {
		once := c.ok(append(append([]string{"export"}, what...), "--customer", "Kookaburra", "-o", "-")...)
		twice := c.ok(append(append([]string{"export"}, what...), "--customer", "Kookaburra", "--customer", "kookaburra bank", "-o", "-")...)
		if once != twice {
			t.Errorf("export %s of Kookaburra Bank named twice: %d lines, want the %d of naming it once", what, strings.Count(twice, "\n"), strings.Count(once, "\n"))
		}
	}
	once := c.ok("plan", "auto", "--quarter", "2027Q1", "--customer", "Kookaburra")
	if twice := c.ok("plan", "auto", "--quarter", "2027Q1", "--customer", "Kookaburra", "--customer", "kookaburra bank"); twice != once {
		t.Errorf("plan auto for Kookaburra Bank named twice:\n%s\nwant as named once:\n%s", twice, once)
	}
}

func TestBackupsListsOnlyThoseOfTheDatabase(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	c.ok("backup")
	other := filepath.Join(c.dir, "backups", "other-20261207T010000.000Z.db")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	list := c.ok("backups")
	if strings.Contains(list, "other-") || !strings.Contains(list, "liftoff-") {
		t.Errorf("want only the backups of liftoff.db, got:\n%s", list)
	}
}

func TestCatalogShowExampleNamesAnItem(t *testing.T) {
	c := newCLI(t)
	msg := c.fail(2, "catalog", "show")
	_, example, ok := strings.Cut(strings.TrimSpace(msg), "e.g. liftoffctl catalog show ")
	if !ok {
		t.Fatalf("want an example in %q", msg)
	}
	c.ok("catalog", "show", example)
}

func TestTitleUnderlineSpansAWideName(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	lines := strings.SplitN(c.ok("customer", "show", "株式会社"), "\n", 3)
	// Nine full-width characters take eighteen cells of a terminal.
	if lines[0] != "株式会社サクラ電機" || lines[1] != strings.Repeat("=", 18) {
		t.Errorf("want the name underlined across its 18 cells, got:\n%s\n%s", lines[0], lines[1])
	}
}

func TestCellsOfCombiningMarks(t *testing.T) {
	for s, want := range map[string]int{"Müller": 6, "Mu\u0308ller": 6, "株式会社": 8} {
		if got := cells(s); got != want {
			t.Errorf("cells(%q) = %d, want %d", s, got, want)
		}
	}
}
