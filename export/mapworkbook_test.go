package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/liftoff-app/liftoff/planner"
)

// exportWorkbook writes the plan's workbook of acct in language lang.
func exportWorkbook(t *testing.T, acct planner.Account, lang string) []byte {
	t.Helper()
	opts := testOptions()
	opts.Language = lang
	var buf bytes.Buffer
	if err := MapWorkbook(&buf, acct, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// editWorkbook opens the workbook data, lets edit change it as a
// customer would and returns the saved file.
func editWorkbook(t *testing.T, data []byte, edit func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// set sets cell of sheet to v, failing the test on an error.
func set(t *testing.T, f *excelize.File, sheet, cell string, v any) {
	t.Helper()
	if err := f.SetCellValue(sheet, cell, v); err != nil {
		t.Fatalf("set %s!%s: %v", sheet, cell, err)
	}
}

// customerEdits changes the Müller workbook in language lang the way a
// customer would: a status, an owner, a due day, a comment, a new action,
// plus a tampered ID and a changed locked cell.
func customerEdits(t *testing.T, lang string) func(f *excelize.File) {
	w, err := newWords(lang)
	if err != nil {
		t.Fatal(err)
	}
	label := func(s planner.Status) string { return w.lookOfStatus(s).label }
	objectives, milestones, actions := w.T("doc.mapxlsx.sheet.objectives"), w.T("doc.mapxlsx.sheet.milestones"), w.T("doc.mapxlsx.sheet.actions")
	return func(f *excelize.File) {
		// Objectives: A ID, B title, C KPIs, D start, E due, F status, G comment.
		set(t, f, objectives, "F3", label(planner.StatusDone))
		// Milestones: A ID, B title, C objective, D due, E status, F comment.
		set(t, f, milestones, "B2", "Storefront live")         // locked title changed
		set(t, f, milestones, "E2", label(planner.StatusDone)) // not taken: the row is refused
		// Actions: A ID, B title, C milestone, D side, E owner, F due, G status, H comment.
		set(t, f, actions, "G2", label(planner.StatusDone))
		set(t, f, actions, "H3", "Please move this to March")
		set(t, f, actions, "E4", "Piotr Zieliński")
		set(t, f, actions, "F6", excelSerial(day("2026-02-20")))
		set(t, f, actions, "A5", fid("nobody").String()) // tampered ID
		set(t, f, actions, "G5", label(planner.StatusOpen))
		set(t, f, actions, "B7", "Send the brand guidelines")
		set(t, f, actions, "E7", "Anja Schröder")
		set(t, f, actions, "F7", "2026-03-02") // typed as text
		set(t, f, actions, "H7", "Needed for the landing pages")
	}
}

// changeText writes a change as "key field before -> after".
func changeText(c planner.PlanChange) string {
	key := c.Key
	if c.ID != (planner.ID{}) {
		key = string(c.Part) + ":" + c.Title
	}
	return fmt.Sprintf("%s %s %q -> %q", key, c.Field, c.Before, c.After)
}

func TestMapWorkbookRoundTrip(t *testing.T) {
	for _, lang := range []string{"en", "nl", "ja"} {
		t.Run(lang, func(t *testing.T) {
			acct := muellerAccount()
			sent := editWorkbook(t, exportWorkbook(t, acct, lang), customerEdits(t, lang))
			changes, refused, err := MapWorkbookChanges(context.Background(), bytes.NewReader(sent), acct.Plan)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range changes {
				got = append(got, changeText(c))
			}
			want := []string{
				`objective:Fast product pages for every market status "in-progress" -> "done"`,
				`action:Configure CDN rule to strip tracking parameters status "in-progress" -> "done"`,
				`action:Run the go-live readiness review comment "" -> "Please move this to March"`,
				`action:Agree the test backlog for the product detail page owner "Zofia Łódzka" -> "Piotr Zieliński"`,
				`action:Book load test window with hosting partner due "2026-02-02" -> "2026-02-20"`,
				`new-7 new-action "" -> "Send the brand guidelines"`,
			}
			if !slices.Equal(got, want) {
				t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			w, _ := newWords(lang)
			var gotRefused []string
			for _, r := range refused {
				gotRefused = append(gotRefused, fmt.Sprintf("%s %d %s", r.Sheet, r.Row, r.Reason.Format))
			}
			wantRefused := []string{
				w.T("doc.mapxlsx.sheet.milestones") + " 2 a locked cell was changed (the ID, the title or another cell only Liftoff fills)",
				w.T("doc.mapxlsx.sheet.actions") + " 5 the plan has no item with ID %s here",
			}
			if !slices.Equal(gotRefused, wantRefused) {
				t.Errorf("refused:\n%s\nwant:\n%s", strings.Join(gotRefused, "\n"), strings.Join(wantRefused, "\n"))
			}

			applied, err := planner.ApplyPlanChanges(acct.Plan, changes)
			if err != nil {
				t.Fatal(err)
			}
			if s := applied.Objectives[1].Status; s != planner.StatusDone {
				t.Errorf("objective status %s, want done", s)
			}
			if s := applied.Milestones[0]; s.Status != planner.StatusInProgress || s.Title != "Storefront live on AEM Sites" {
				t.Errorf("the refused milestone changed: %+v", s)
			}
			a := applied.Actions
			if a[0].Status != planner.StatusDone || a[1].Comment != "Please move this to March" || a[2].Owner != "Piotr Zieliński" ||
				a[4].Due != day("2026-02-20") || a[3].Status != planner.StatusDone {
				t.Errorf("applied actions: %+v", a[:5])
			}
			if len(a) != 6 {
				t.Fatalf("%d actions, want 6", len(a))
			}
			added := a[5]
			if added.ID == (planner.ID{}) || added.Title != "Send the brand guidelines" || added.Side != planner.SideCustomer || added.Owner != "Anja Schröder" ||
				added.Due != day("2026-03-02") || added.Status != planner.StatusOpen || added.Comment != "Needed for the landing pages" {
				t.Errorf("added action: %+v", added)
			}

			again, refusedAgain, err := MapWorkbookChanges(context.Background(), bytes.NewReader(sent), applied)
			if err != nil {
				t.Fatal(err)
			}
			if len(again) != 0 {
				t.Errorf("a second import proposes %d changes: %v", len(again), again)
			}
			if len(refusedAgain) != len(refused) {
				t.Errorf("a second import refuses %d rows, want the same %d", len(refusedAgain), len(refused))
			}
		})
	}
}

// TestMapWorkbookKeepsChangesMadeSince: what the TAM changed in Liftoff
// after sending the workbook is not undone by the cells the customer
// left as they were.
func TestMapWorkbookKeepsChangesMadeSince(t *testing.T) {
	acct := muellerAccount()
	sent := editWorkbook(t, exportWorkbook(t, acct, "en"), func(f *excelize.File) {
		set(t, f, "Actions", "G2", "Blocked")
	})
	plan := acct.Plan
	plan.Actions = slices.Clone(plan.Actions)
	plan.Actions[0].Owner = "Björn Kraus"
	plan.Actions[1].Status = planner.StatusDone
	plan.Actions[2].Due = day("2026-03-31")
	changes, refused, err := MapWorkbookChanges(context.Background(), bytes.NewReader(sent), plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(refused) != 0 || len(changes) != 1 {
		t.Fatalf("changes %v, refused %v; want the one status", changes, refused)
	}
	if c := changes[0]; c.ID != plan.Actions[0].ID || c.Field != planner.FieldStatus || c.Before != "in-progress" || c.After != "blocked" {
		t.Errorf("change %+v", c)
	}
}

func TestMapWorkbookUnchangedProposesNothing(t *testing.T) {
	for _, acct := range fixturePortfolio() {
		data := exportWorkbook(t, acct, "")
		changes, refused, err := MapWorkbookChanges(context.Background(), bytes.NewReader(data), acct.Plan)
		if err != nil {
			t.Fatal(err)
		}
		if len(changes) != 0 || len(refused) != 0 {
			t.Errorf("%s: an untouched workbook proposes %v and refuses %v", acct.Customer.Name, changes, refused)
		}
	}
}

func TestMapWorkbookLayout(t *testing.T) {
	acct := sakuraAccount()
	acct.Customer.Language = "ja"
	acct.Plan.Actions = []planner.Action{{ID: fid("sakura-act"), Title: "テスト環境を用意する", Owner: "佐藤 花子", Side: planner.SideCustomer,
		Due: day("2026-04-10"), Status: planner.StatusInProgress}}
	f, err := excelize.OpenReader(bytes.NewReader(exportWorkbook(t, acct, "")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, _ := newWords("ja")
	wantSheets := []string{w.T("doc.mapxlsx.sheet.help"), w.T("doc.mapxlsx.sheet.objectives"), w.T("doc.mapxlsx.sheet.milestones"), w.T("doc.mapxlsx.sheet.actions"), mapMetaSheet}
	if got := f.GetSheetList(); !slices.Equal(got, wantSheets) {
		t.Errorf("sheets %q, want %q (the customer's language)", got, wantSheets)
	}
	if v, _ := f.GetSheetVisible(mapMetaSheet); v {
		t.Error("the sheet of what the workbook is of is visible")
	}
	actions := w.T("doc.mapxlsx.sheet.actions")
	for _, col := range []string{"A", "I", "J"} {
		if v, _ := f.GetColVisible(actions, col); v {
			t.Errorf("column %s (ID, cells as written or fingerprint) is visible", col)
		}
	}
	if h, _ := f.GetCellValue(actions, "G1"); h != "ステータス" {
		t.Errorf("status heading %q", h)
	}
	dvs, err := f.GetDataValidations(actions)
	if err != nil {
		t.Fatal(err)
	}
	var list, dates bool
	for _, dv := range dvs {
		if dv.Type == "list" && strings.Contains(dv.Formula1, "進行中") && strings.HasPrefix(dv.Sqref, "G2:") {
			list = true
		}
		if dv.Type == "date" && strings.HasPrefix(dv.Sqref, "F2:") {
			dates = true
		}
	}
	if !list || !dates {
		t.Errorf("validations %+v: want a Japanese status list on G and dates on F", dvs)
	}
	style := func(cell string) *excelize.Style {
		id, err := f.GetCellStyle(actions, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	n := len(acct.Plan.Actions)
	for cell, locked := range map[string]bool{"A2": true, "B2": true, "D2": true, "E2": false, "F2": false, "G2": false, "H2": false,
		fmt.Sprintf("B%d", n+2): false, fmt.Sprintf("D%d", n+2): true, fmt.Sprintf("B%d", n+2+newActionRows): true} {
		st := style(cell)
		if got := st.Protection == nil || st.Protection.Locked; got != locked {
			t.Errorf("cell %s locked %v, want %v", cell, got, locked)
		}
	}
	if fmtCode := style("F2").CustomNumFmt; fmtCode == nil || *fmtCode != "yyyy-mm-dd" {
		t.Errorf("due day format %v, want yyyy-mm-dd", fmtCode)
	}
}

func TestReadMapWorkbookRefusesOtherFiles(t *testing.T) {
	blank := excelize.NewFile()
	var other bytes.Buffer
	if _, err := blank.WriteTo(&other); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"text":           []byte("Objective;Status\nRaise conversion;Done\n"),
		"empty":          nil,
		"broken zip":     []byte("PK\x03\x04 not really a zip"),
		"other workbook": other.Bytes(),
	} {
		_, err := ReadMapWorkbook(bytes.NewReader(data))
		if !errors.Is(err, ErrNotMapWorkbook) {
			t.Errorf("%s: error %v, want ErrNotMapWorkbook", name, err)
		}
	}
	_, err := ReadMapWorkbook(strings.NewReader("hello"))
	if err == nil || !strings.Contains(err.Error(), "not an .xlsx workbook") {
		t.Errorf("error %v, want one saying the file is not an .xlsx workbook", err)
	}
}

func TestMapWorkbookOfAnotherPlan(t *testing.T) {
	data := exportWorkbook(t, muellerAccount(), "")
	_, _, err := MapWorkbookChanges(context.Background(), bytes.NewReader(data), sakuraAccount().Plan)
	if err == nil || !strings.Contains(err.Error(), "another Mutual Action Plan") {
		t.Errorf("error %v, want one naming another plan", err)
	}
}

func TestMapWorkbookWithoutPlan(t *testing.T) {
	acct := muellerAccount()
	acct.Plan = planner.ActionPlan{}
	err := MapWorkbook(&bytes.Buffer{}, acct, testOptions())
	if !errors.Is(err, ErrNoPlan) {
		t.Errorf("error %v, want ErrNoPlan", err)
	}
}

func FuzzReadMapWorkbook(f *testing.F) {
	f.Add([]byte("not a workbook"))
	var buf bytes.Buffer
	if err := MapWorkbook(&buf, muellerAccount(), testOptions()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	plan := muellerAccount().Plan
	f.Fuzz(func(t *testing.T, data []byte) {
		content, err := ReadMapWorkbook(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, r := range content.Rows {
			if r.Row < 2 || r.Sheet == "" {
				t.Errorf("row %+v has no place", r)
			}
		}
		changes, refused := planner.PlanChanges(plan, content.Rows)
		if len(changes)+len(refused) > 4*len(content.Rows)+1 {
			t.Errorf("%d changes and %d refusals from %d rows", len(changes), len(refused), len(content.Rows))
		}
	})
}
