package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/liftoff-app/liftoff/planner"
)

// editSheet changes the workbook file the way a customer would: edit
// gets the open workbook and the row of each title of sheet.
func editSheet(t *testing.T, file, sheet string, edit func(f *excelize.File, rowOf map[string]int)) {
	t.Helper()
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	rowOf := map[string]int{}
	for i, r := range rows {
		if len(r) > 1 && r[1] != "" {
			rowOf[r[1]] = i + 1
		}
	}
	edit(f, rowOf)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// cellOf names column col of row r.
func cellOf(col string, r int) string {
	name, _ := excelize.JoinCellName(col, r)
	return name
}

func TestMapWorkbookCommands(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	file := filepath.Join(c.dir, "plan.xlsx")
	c.ok("export", "xlsx", "--what", "map", "--customer", "Müller", "-o", file)
	if runtime.GOOS != "windows" {
		if info, err := os.Stat(file); err != nil || info.Mode().Perm()&0o077 != 0 {
			t.Errorf("the workbook is %v (%v), want a private file", info.Mode(), err)
		}
	}
	if out := c.ok("import", "map-xlsx", file, "--customer", "Müller"); !strings.Contains(out, "no changes proposed") {
		t.Errorf("an untouched workbook:\n%s", out)
	}

	var firstEmpty int
	editSheet(t, file, "Actions", func(f *excelize.File, rowOf map[string]int) {
		// A ID, B action, C milestone, D side, E owner, F due, G status, H comment.
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(f.SetCellValue("Actions", cellOf("G", rowOf["Share CDN and dispatcher logs for the caching review"]), "Done"))
		must(f.SetCellValue("Actions", cellOf("E", rowOf["Nominate an owner for Target tests"]), "Lena Hoffmann"))
		must(f.SetCellValue("Actions", cellOf("B", rowOf["Approve the metadata schema"]), "Approve the schema")) // locked
		// The empty rows are written too: the first is the one after the sample's actions.
		firstEmpty = rowOf["Book the go-live readiness review"] + 1
		must(f.SetCellValue("Actions", cellOf("B", firstEmpty), "Invite the DAM librarians"))
		must(f.SetCellValue("Actions", cellOf("F", firstEmpty), "2026-12-15"))
	})
	out := c.ok("import", "map-xlsx", file, "--customer", "Müller")
	for _, want := range []string{"status", "open", "done", "owner", "Lena Hoffmann", "new action", "Invite the DAM librarians (due 2026-12-15, open)",
		"Refused rows", "Actions row", "a locked cell was changed"} {
		if !strings.Contains(out, want) {
			t.Errorf("import lacks %q:\n%s", want, out)
		}
	}
	var res struct {
		Changes []planner.PlanChange `json:"changes"`
		Refused []struct {
			Sheet  string `json:"sheet"`
			Row    int    `json:"row"`
			Reason string `json:"reason"`
		} `json:"refused"`
		Applied []string `json:"applied"`
	}
	if err := json.Unmarshal([]byte(c.ok("import", "map-xlsx", file, "--customer", "Müller", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 3 || len(res.Refused) != 1 || len(res.Applied) != 0 {
		t.Fatalf("--json: %d changes, %d refused, %d applied; want 3, 1, 0: %+v", len(res.Changes), len(res.Refused), len(res.Applied), res)
	}
	if before := c.ok("map", "show", "--customer", "Müller", "--json"); strings.Contains(before, "Lena Hoffmann") {
		t.Fatal("import without --apply saved")
	}

	// --only saves the chosen change: the owner, named by its key; the
	// start of IDs made at the same time names several.
	var owner planner.PlanChange
	for _, ch := range res.Changes {
		if ch.Field == planner.FieldOwner {
			owner = ch
		}
	}
	if msg := c.fail(2, "import", "map-xlsx", file, "--customer", "Müller", "--apply", "--only", owner.Key[:8]); !strings.Contains(msg, "starts the keys of 2 items") {
		t.Errorf("--only of an ambiguous start: %s", msg)
	}
	c.ok("import", "map-xlsx", file, "--customer", "Müller", "--apply", "--only", owner.Key)
	plan := mapOf(t, c)
	if a := actionTitled(t, plan, "Nominate an owner for Target tests"); a.Owner != "Lena Hoffmann" {
		t.Errorf("--only did not save the owner: %+v", a)
	}
	if a := actionTitled(t, plan, "Share CDN and dispatcher logs for the caching review"); a.Status != planner.StatusOpen {
		t.Errorf("--only saved a change it was not given: %+v", a)
	}

	c.ok("import", "map-xlsx", file, "--customer", "Müller", "--apply")
	plan = mapOf(t, c)
	if a := actionTitled(t, plan, "Share CDN and dispatcher logs for the caching review"); a.Status != planner.StatusDone {
		t.Errorf("--apply did not save the status: %+v", a)
	}
	if a := actionTitled(t, plan, "Invite the DAM librarians"); a.Side != planner.SideCustomer || a.Due.String() != "2026-12-15" {
		t.Errorf("--apply did not add the new action: %+v", a)
	}
	if a := actionTitled(t, plan, "Approve the metadata schema"); a.Title != "Approve the metadata schema" {
		t.Errorf("the locked title changed: %+v", a)
	}
	out = c.ok("import", "map-xlsx", file, "--customer", "Müller")
	if !strings.Contains(out, "no changes proposed") || !strings.Contains(out, "a locked cell was changed") {
		t.Errorf("a second import:\n%s", out)
	}
}

func TestMapWorkbookCommandMistakes(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	text := filepath.Join(c.dir, "plan.csv")
	if err := os.WriteFile(text, []byte("Action;Status\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if msg := c.fail(1, "import", "map-xlsx", text, "--customer", "Müller"); !strings.Contains(msg, "nothing imported") || !strings.Contains(msg, "not an .xlsx workbook") {
		t.Errorf("a text file: %s", msg)
	}
	file := filepath.Join(c.dir, "sakura.xlsx")
	c.ok("export", "xlsx", "--customer", "株式会社サクラ", "-o", file)
	if msg := c.fail(1, "import", "map-xlsx", file, "--customer", "Müller"); !strings.Contains(msg, "another Mutual Action Plan") {
		t.Errorf("the workbook of another plan: %s", msg)
	}
	if msg := c.fail(2, "import", "map-xlsx", file, "--customer", "株式会社サクラ", "--only", "new-9"); !strings.Contains(msg, "add --apply") {
		t.Errorf("--only without --apply: %s", msg)
	}
	if msg := c.fail(2, "import", "map-xlsx", file, "--customer", "株式会社サクラ", "--apply", "--only", "new-9"); !strings.Contains(msg, "no proposed change") {
		t.Errorf("--only of nothing: %s", msg)
	}
	if msg := c.fail(2, "export", "xlsx", "--what", "activities", "--customer", "Müller", "-o", file); !strings.Contains(msg, "--what") {
		t.Errorf("--what activities: %s", msg)
	}
	// The Japanese customer's workbook speaks Japanese.
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := strings.Join(f.GetSheetList(), ","); !strings.Contains(sheets, "アクション") {
		t.Errorf("sheets of the Japanese customer's workbook: %s", sheets)
	}
}

// mapOf returns Müller's plan as map show --json prints it.
func mapOf(t *testing.T, c *cli) planner.ActionPlan {
	t.Helper()
	var p planner.ActionPlan
	if err := json.NewDecoder(bytes.NewReader([]byte(c.ok("map", "show", "--customer", "Müller", "--json")))).Decode(&p); err != nil {
		t.Fatal(err)
	}
	return p
}

// actionTitled returns the action of p with title.
func actionTitled(t *testing.T, p planner.ActionPlan, title string) planner.Action {
	t.Helper()
	for _, a := range p.Actions {
		if a.Title == title {
			return a
		}
	}
	t.Fatalf("no action %q in %+v", title, p.Actions)
	return planner.Action{}
}
