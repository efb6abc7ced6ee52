package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/storage"
)

// cli is a liftoffctl with its own database and config folder.
type cli struct {
	t   *testing.T
	dir string
}

func newCLI(t *testing.T) *cli { return &cli{t: t, dir: t.TempDir()} }

// ok runs a command that must succeed and returns its standard output.
func (c *cli) ok(args ...string) string {
	c.t.Helper()
	code, out, errOut := runCLI(c.t, c.dir, args...)
	if code != 0 {
		c.t.Fatalf("liftoffctl %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// fail runs a command that must fail with the given status and returns
// its standard error.
func (c *cli) fail(code int, args ...string) string {
	c.t.Helper()
	got, out, errOut := runCLI(c.t, c.dir, args...)
	if got != code {
		c.t.Fatalf("liftoffctl %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), got, code, out, errOut)
	}
	return errOut
}

// wantListed runs customer list and fails the test, with the message
// what and the list, unless the list holds every one of wants.
func (c *cli) wantListed(what string, wants ...string) {
	c.t.Helper()
	list := c.ok("customer", "list")
	for _, w := range wants {
		if !strings.Contains(list, w) {
			c.t.Errorf("%s:\n%s", what, list)
			return
		}
	}
}

func TestCustomerLifecycle(t *testing.T) {
	c := newCLI(t)
	out := c.ok("customer", "add", "--name", "株式会社ソニー", "--region", "japan", "--tier", "expert", "--solutions", "analytics,commerce",
		"--contract-start", "2026-01-01", "--contract-end", "2026-12-31", "--field-hours", "40", "--tam", "Ana Silva <ana@example.com>")
	if !strings.Contains(out, "株式会社ソニー") {
		t.Fatalf("add did not echo the name: %s", out)
	}
	c.wantListed("list lacks the customer or its field hours", "株式会社ソニー", "40 of 40")
	// Expert allows four contacts per product: the fifth is refused.
	for i := 1; i <= 4; i++ {
		c.ok("nsc", "add", "--customer", "株式会社", "--name", "Contact", "--email", "c"+string(rune('0'+i))+"@example.jp", "--product", "analytics")
	}
	msg := c.fail(1, "nsc", "add", "--customer", "株式会社", "--name", "Fifth", "--email", "c5@example.jp", "--product", "analytics")
	if !strings.Contains(msg, "at most 4 Named Support Contacts per product") {
		t.Errorf("fifth contact: %s", msg)
	}
	if n := strings.Count(c.ok("nsc", "list", "--customer", "株式会社"), "@example.jp"); n != 4 {
		t.Errorf("%d contacts stored, want 4", n)
	}
	c.ok("customer", "edit", "株式会社ソニー", "--tier", "ultimate", "--accelerators", "6")
	show := c.ok("customer", "show", "株式会社ソニー")
	if !strings.Contains(show, "Ultimate") || !strings.Contains(show, "6 accelerators") {
		t.Errorf("edit not shown:\n%s", show)
	}
	if msg := c.fail(2, "customer", "delete", "株式会社ソニー"); !strings.Contains(msg, "--yes") {
		t.Errorf("delete without --yes: %s", msg)
	}
	c.ok("customer", "delete", "株式会社ソニー", "--yes")
	if list := c.ok("customer", "list"); strings.Contains(list, "株式会社ソニー") {
		t.Errorf("deleted customer still listed:\n%s", list)
	}
}

func TestBadCustomerNamesTheField(t *testing.T) {
	c := newCLI(t)
	msg := c.fail(1, "customer", "add", "--name", "Acme", "--region", "emea", "--tier", "expert", "--contract-start", "2027-01-01", "--contract-end", "2026-01-01")
	if !strings.Contains(msg, "contract.end: must be after the contract start 2027-01-01") {
		t.Errorf("message: %s", msg)
	}
	if msg := c.fail(2, "customer", "add", "--name", "Acme", "--region", "emea", "--tier", "expert", "--contract-end", "31/12/2026"); !strings.Contains(msg, `--contract-end "31/12/2026": want a day as YYYY-MM-DD`) {
		t.Errorf("message: %s", msg)
	}
}

func TestSampleImportExportRoundTrip(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	c.ok("sample") // loading twice updates, never duplicates
	list := c.ok("customer", "list", "--json")
	var rows []json.RawMessage
	if err := json.Unmarshal([]byte(list), &rows); err != nil || len(rows) != 6 {
		t.Fatalf("want 6 customers after loading the sample twice, got %d (%v)", len(rows), err)
	}
	file := filepath.Join(c.dir, "portfolio.json")
	c.ok("export", "json", "-o", file)
	// A second database imports the file twice and holds the same six.
	other := newCLI(t)
	other.ok("import", file)
	out := other.ok("import", file)
	if !strings.Contains(out, "0 customers added") || !strings.Contains(out, "6 unchanged") {
		t.Errorf("second import: %s", out)
	}
	other.wantListed("imported list", "Müller GmbH", "Øresund Energi A/S")
}

func TestBadImportChangesNothing(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	before := c.ok("export", "json", "-o", "-")
	bad := filepath.Join(c.dir, "bad.json")
	data := strings.Replace(before, `"region": "emea"`, `"region": "atlantis"`, 1)
	if err := os.WriteFile(bad, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	msg := c.fail(1, "import", bad)
	if !strings.Contains(msg, "nothing imported") || !strings.Contains(msg, `unknown region "atlantis"`) {
		t.Errorf("message: %s", msg)
	}
	if after := c.ok("export", "json", "-o", "-"); stripExported(after) != stripExported(before) {
		t.Error("a refused import changed the database")
	}
}

func TestImportRefusesAFileOverTheLimits(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	before := c.ok("export", "json", "-o", "-")
	big := filepath.Join(c.dir, "big.json")
	accounts := strings.Repeat("{}, ", storage.MaxPortfolioCustomers) + "{}"
	data := `{"format": "liftoff-portfolio", "version": 1, "accounts": [` + accounts + `]}`
	if err := os.WriteFile(big, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	msg := c.fail(1, "import", big)
	want := "accounts: more than 10,000 customers (the limit of one portfolio file)"
	if !strings.Contains(msg, "nothing imported") || !strings.Contains(msg, want) || strings.Count(strings.TrimSpace(msg), "\n") > 0 {
		t.Errorf("message: %s\nwant one line with %q", msg, want)
	}
	if after := c.ok("export", "json", "-o", "-"); stripExported(after) != stripExported(before) {
		t.Error("a refused import changed the database")
	}
}

// stripExported drops the export time, which differs between exports.
func stripExported(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, `"exported"`) {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func TestPlanAutoWritesOnlyWithApply(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	before := c.ok("activity", "list", "--quarter", "2027Q1", "--json")
	c.ok("plan", "auto", "--quarter", "2027Q1", "--capacity", "40")
	if after := c.ok("activity", "list", "--quarter", "2027Q1", "--json"); after != before {
		t.Fatal("plan auto without --apply changed the plan")
	}
	c.ok("plan", "auto", "--quarter", "2027Q1", "--capacity", "40", "--apply")
	var acts []json.RawMessage
	if err := json.Unmarshal([]byte(c.ok("activity", "list", "--quarter", "2027Q1", "--json")), &acts); err != nil {
		t.Fatal(err)
	}
	var was []json.RawMessage
	_ = json.Unmarshal([]byte(before), &was)
	if len(acts) <= len(was) {
		t.Errorf("--apply saved nothing: %d activities before, %d after", len(was), len(acts))
	}
	if show := c.ok("plan", "show", "--quarter", "2027Q1"); !strings.Contains(show, "Müller GmbH") {
		t.Errorf("plan show:\n%s", show)
	}
}

func TestMapCommands(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Łódź Logistics", "--region", "emea", "--tier", "ultimate", "--solutions", "commerce")
	c.ok("map", "from-template", "--customer", "Łódź", "--template", firstTemplate(t, c), "--start", "2027-01-04")
	out := c.ok("map", "add-action", "--customer", "Łódź", "--title", "Send the peak-season forecast", "--owner", "Ola", "--side", "customer", "--due", "2027-01-20")
	id := strings.Fields(out)[2]
	c.ok("map", "set-status", id, "done", "--customer", "Łódź")
	show := c.ok("map", "show", "--customer", "Łódź")
	if !strings.Contains(show, "Send the peak-season forecast") || !strings.Contains(show, "done") {
		t.Errorf("map show:\n%s", show)
	}
	if msg := c.fail(2, "map", "add-action", "--customer", "Łódź", "--title", "x", "--side", "partner"); !strings.Contains(msg, `unknown side "partner" (want customer, vendor)`) {
		t.Errorf("message: %s", msg)
	}
}

func firstTemplate(t *testing.T, c *cli) string {
	t.Helper()
	out := c.ok("map", "templates", "--solution", "commerce")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 {
		t.Fatalf("no template for Commerce:\n%s", out)
	}
	return strings.Fields(lines[1])[0]
}

func TestExportDocuments(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	for _, kind := range kindList() {
		file := filepath.Join(c.dir, kind+".pdf")
		args := []string{"export", "pdf", "--kind", kind, "-o", file}
		if kind != "quarter" {
			args = append(args, "--customer", "Müller")
		}
		c.ok(args...)
		if _, err := exec.LookPath("pdftotext"); err != nil {
			continue
		}
		text, err := exec.Command("pdftotext", file, "-").Output()
		if err != nil {
			t.Fatalf("%s: pdftotext: %v", kind, err)
		}
		if !strings.Contains(string(text), "Müller GmbH") {
			t.Errorf("%s: the PDF does not name Müller GmbH", kind)
		}
	}
	ics := c.ok("export", "ics", "-o", "-")
	if !strings.HasPrefix(ics, "BEGIN:VCALENDAR\r\n") {
		t.Errorf("not an iCalendar file: %.40q", ics)
	}
	csv := c.ok("export", "csv", "--what", "actions", "-o", "-")
	if !strings.Contains(csv, "Sign off the kickoff deck") {
		t.Errorf("actions CSV lacks a sample action:\n%.300s", csv)
	}
	if msg := c.fail(2, "export", "pdf", "--kind", "brochure", "-o", "x.pdf"); !strings.Contains(msg, "brochure") {
		t.Errorf("message: %s", msg)
	}
}

// dirWithDatabase returns a new folder whose liftoff.db is a copy of the
// database file name in testdata.
func dirWithDatabase(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	old, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "liftoff.db"), old, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// exportUpgraded copies testdata/NAME.db, the sample as an older release
// stored it, into a new folder and exports it as JSON, which upgrades it
// with a note on stderr. It returns the folder, that release's own export
// of the sample (testdata/NAME.json) and the export of the upgraded file.
func exportUpgraded(t *testing.T, name string) (dir string, released []byte, got string) {
	t.Helper()
	dir = dirWithDatabase(t, name+".db")
	released, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	code, got, errOut := runCLI(t, dir, "export", "json", "-o", "-")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, fmt.Sprintf("to schema version %d", storage.SchemaVersion)) {
		t.Errorf("stderr %q, want a note that the file was upgraded", errOut)
	}
	return dir, released, got
}

// testdata/schema2.db is the sample portfolio as Liftoff stored it in
// schema version 2: customers as JSON records.
func TestReadOnlyCommandUpgradesAnOlderFileOnce(t *testing.T) {
	dir := dirWithDatabase(t, "schema2.db")
	code, out, errOut := runCLI(t, dir, "customer", "list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, name := range []string{"Müller GmbH", "株式会社サクラ電機", "Øresund Energi A/S", "Contoso Health", "Kookaburra Bank", "Northwind Outfitters"} {
		if !strings.Contains(out, name) {
			t.Errorf("customer list of the upgraded file lacks %q:\n%s", name, out)
		}
	}
	if !strings.Contains(errOut, "upgraded ") || !strings.Contains(errOut, fmt.Sprintf("to schema version %d", storage.SchemaVersion)) {
		t.Errorf("stderr %q, want a note that the file was upgraded", errOut)
	}
	backups, _ := os.ReadDir(filepath.Join(dir, "backups"))
	if len(backups) != 1 {
		t.Errorf("%d backups, want the one kept before the upgrade", len(backups))
	}
	// The second time the file is current: nothing to say.
	code, again, errOut := runCLI(t, dir, "customer", "list")
	if code != 0 || again != out || errOut != "" {
		t.Errorf("second run: exit %d, stderr %q, same list %v", code, errOut, again == out)
	}
}

// testdata/schema3.db is the sample portfolio as the release before
// record checksums (schema version 3) stored it, and schema3.json that
// release's export of it. Upgraded to this release's schema, the file
// TestUpgradeFromTheReleaseBeforeKeepsEverything upgrades the sample as
// the releases before stored it (schema 3, before record checksums;
// schema 4, before the actual day and hours of an activity) and finds the
// portfolio they exported, as this release reads it (an objective's one
// KPI as a list, the assessment's use cases in the plan's objectives),
// every delivered activity with its day and hours as its actual day and
// hours and nothing else changed, written in this release's shape, and
// every record verified.
func TestUpgradeFromTheReleaseBeforeKeepsEverything(t *testing.T) {
	for _, schema := range []string{"schema3", "schema4"} {
		t.Run(schema, func(t *testing.T) {
			dir, raw, got := exportUpgraded(t, schema)
			want, delivered := withActuals(t, raw)
			if delivered == 0 {
				t.Fatal("the release's sample has no delivered activity")
			}
			wantFile, err := json.Marshal(want)
			if err != nil {
				t.Fatal(err)
			}
			gotAccounts, err := storage.ReadPortfolio(strings.NewReader(got), catalog.Default())
			if err != nil {
				t.Fatalf("read the export of the upgraded file: %v", err)
			}
			wantAccounts, err := storage.ReadPortfolio(bytes.NewReader(wantFile), catalog.Default())
			if err != nil {
				t.Fatalf("read the export of the release before: %v", err)
			}
			a, _ := json.MarshalIndent(gotAccounts, "", " ")
			b, _ := json.MarshalIndent(wantAccounts, "", " ")
			if !bytes.Equal(a, b) {
				t.Errorf("the upgraded file exports another portfolio:\n%s", firstDiff(string(a), string(b)))
			}
			if strings.Contains(got, `"kpi": `) || !strings.Contains(got, `"kpis": `) {
				t.Errorf("the upgraded file is not exported in this release's shape")
			}
			c := &cli{t: t, dir: dir}
			if out := c.ok("check"); !strings.Contains(out, "is sound") || !strings.Contains(out, "checksums verified") {
				t.Errorf("check of the upgraded file:\n%s", out)
			}
		})
	}
}

// withActuals returns the portfolio file raw without its export time,
// each delivered activity given its date and hours as actualDate and
// actualHours, and the number of delivered activities.
func withActuals(t *testing.T, raw []byte) (map[string]any, int) {
	t.Helper()
	var file map[string]any
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	delete(file, "exported")
	delivered := 0
	for _, acc := range file["accounts"].([]any) {
		acts, _ := acc.(map[string]any)["activities"].([]any)
		for _, a := range acts {
			act := a.(map[string]any)
			if act["status"] != "delivered" {
				continue
			}
			if _, has := act["actualDate"]; has {
				t.Fatalf("the release's activity %v already has an actual day", act["id"])
			}
			act["actualDate"], act["actualHours"] = act["date"], act["hours"]
			delivered++
		}
	}
	return file, delivered
}

// firstDiff shows where two texts first differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return fmt.Sprintf("got  ...%q\nwant ...%q", a[max(0, i-60):min(len(a), i+60)], b[max(0, i-60):min(len(b), i+60)])
}

func TestNSCRemove(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Acme", "--region", "emea", "--tier", "ultimate", "--solutions", "analytics",
		"--contract-start", "2026-01-01", "--contract-end", "2026-12-31")
	c.ok("nsc", "add", "--customer", "Acme", "--name", "Zoë Ørsted", "--email", "zoe@acme.example", "--product", "analytics", "--admin")
	c.ok("nsc", "add", "--customer", "Acme", "--name", "Jan Bakker", "--email", "jan@acme.example", "--product", "analytics")
	if out := c.ok("nsc", "remove", "--customer", "Acme", "JAN@acme.example"); !strings.Contains(out, "removed Jan Bakker <jan@acme.example> from Acme") {
		t.Errorf("remove said: %s", out)
	}
	list := c.ok("nsc", "list", "--customer", "Acme")
	if strings.Contains(list, "jan@acme.example") || !strings.Contains(list, "zoe@acme.example") {
		t.Errorf("after removing Jan:\n%s", list)
	}
	if msg := c.fail(2, "nsc", "remove", "--customer", "Acme", "nobody@acme.example"); !strings.Contains(msg, `Acme has no Named Support Contact with e-mail "nobody@acme.example"`) {
		t.Errorf("removing an unknown contact: %s", msg)
	}
}

func TestEngagementAddShowAndPhase(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Acme", "--region", "americas", "--tier", "ultimate", "--solutions", "analytics",
		"--contract-start", "2026-01-01", "--contract-end", "2027-12-31")
	out := c.ok("engagement", "add", "--customer", "Acme", "--name", "Analytics onboarding", "--goals", "One report suite; Weekly dashboards")
	if !strings.Contains(out, `"Analytics onboarding" for Acme`) {
		t.Fatalf("add said: %s", out)
	}
	c.ok("engagement", "phase", "--customer", "Acme", "--phase", "kickoff", "--status", "in-progress", "--on", "2026-11-23")
	show := c.ok("engagement", "show", "--customer", "Acme")
	for _, want := range []string{"Analytics onboarding", "Kickoff", "in-progress", "2026-11-23", "Define", "Post-Launch", "goal: One report suite", "goal: Weekly dashboards"} {
		if !strings.Contains(show, want) {
			t.Errorf("engagement show lacks %q:\n%s", want, show)
		}
	}
	// Phases go in order: Design cannot be done while Kickoff is open.
	if msg := c.fail(1, "engagement", "phase", "--customer", "Acme", "--phase", "design", "--status", "done"); !strings.Contains(msg, "Design cannot be done while Kickoff is in progress") {
		t.Errorf("a phase out of order: %s", msg)
	}
	var list []struct {
		ID     string `json:"id"`
		Phases []struct {
			Phase  string `json:"phase"`
			Status string `json:"status"`
		} `json:"phases"`
	}
	if err := json.Unmarshal([]byte(c.ok("engagement", "show", "--customer", "Acme", "--json")), &list); err != nil || len(list) != 1 {
		t.Fatalf("engagement show --json: %d engagements, %v", len(list), err)
	}
	if p := list[0].Phases; len(p) != 5 || p[0].Status != "in-progress" || p[2].Status != "not-started" {
		t.Errorf("phases %+v", p)
	}
	if one := c.ok("engagement", "show", "--customer", "Acme", list[0].ID); !strings.Contains(one, list[0].ID) {
		t.Errorf("show by ID:\n%s", one)
	}
}

func TestBackupAndRestore(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	backup := strings.TrimSpace(c.ok("backup"))
	if _, err := os.Stat(backup); err != nil {
		t.Fatalf("backup printed %q: %v", backup, err)
	}
	c.ok("customer", "delete", "Müller", "--yes")
	if list := c.ok("customer", "list"); strings.Contains(list, "Müller GmbH") {
		t.Fatalf("Müller GmbH still listed after delete:\n%s", list)
	}
	backups := strings.Fields(c.ok("backups"))
	if len(backups) < 2 || !slices.Contains(backups, backup) {
		t.Errorf("backups %q, want the manual one and the one kept before the delete", backups)
	}

	// A file that is not a database is refused, and nothing changes.
	junk := filepath.Join(c.dir, "notes.txt")
	if err := os.WriteFile(junk, []byte("not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	if msg := c.fail(1, "restore", junk); !strings.Contains(msg, junk) {
		t.Errorf("restore of a text file: %s", msg)
	}
	if list := c.ok("customer", "list"); strings.Contains(list, "Müller GmbH") {
		t.Error("a refused restore changed the database")
	}

	if out := c.ok("restore", backup); !strings.Contains(out, "restored") {
		t.Errorf("restore said: %s", out)
	}
	c.wantListed("Müller GmbH not back after restore", "Müller GmbH")
}

func TestCompact(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	for i := range 20 {
		name := "Churn " + string(rune('A'+i))
		c.ok("customer", "add", "--name", name, "--region", "emea", "--tier", "expert", "--notes", strings.Repeat("x", 4000))
		c.ok("customer", "delete", name, "--yes")
	}
	out := c.ok("compact")
	if !strings.Contains(out, "compacted ") || !strings.Contains(out, "the file before is kept as ") {
		t.Fatalf("compact said: %s", out)
	}
	c.wantListed("after compact", "Müller GmbH", "株式会社サクラ電機")
}

// TestExportMissingGlyphs exports a document naming a character no font
// can draw: liftoffctl fails with status 1, naming it and the flag, and
// writes nothing; with --allow-missing-glyphs it writes the document and
// notes the box.
func TestExportMissingGlyphs(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Rocket 🚀 Labs", "--region", "emea", "--tier", "expert")
	file := filepath.Join(c.dir, "entitlements.pdf")
	args := []string{"export", "pdf", "--kind", "entitlements", "--customer", "Rocket 🚀 Labs", "-o", file}
	msg := c.fail(1, args...)
	for _, want := range []string{"'🚀' (U+1F680)", "Common", "--allow-missing-glyphs"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message does not say %q: %s", want, msg)
		}
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a document that failed was written: %v", err)
	}
	c.ok(append(args, "--allow-missing-glyphs")...)
	if _, err := os.Stat(file); err != nil {
		t.Errorf("with --allow-missing-glyphs: %v", err)
	}
}
