package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

// TestWorkbookImportAppliesTheTickedChanges: the customer changed the
// status of two actions in their workbook; the dialog lists both with a
// tick, and only the ticked one is saved, which Ctrl+Z takes back.
func TestWorkbookImportAppliesTheTickedChanges(t *testing.T) {
	p, s, acct := openActionPlan(t)
	var buf bytes.Buffer
	if err := export.MapWorkbook(&buf, acct, export.Options{Language: "en", Now: testNow()}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// Actions: G is the status of rows 2 and 3, the first two actions.
	for _, cell := range []string{"G2", "G3"} {
		if err := f.SetCellValue("Actions", cell, "Blocked"); err != nil {
			t.Fatal(err)
		}
	}
	var sent bytes.Buffer
	if _, err := f.WriteTo(&sent); err != nil {
		t.Fatal(err)
	}
	changes, refused, err := export.MapWorkbookChanges(context.Background(), &sent, acct.Plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 2 || len(refused) != 0 {
		t.Fatalf("changes %v, refused %v", changes, refused)
	}
	s.showWorkbookChanges(acct.Customer.ID, changes, refused)
	var ticks []*widget.Check
	walkVisible(p.window.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if c, ok := o.(*widget.Check); ok {
			ticks = append(ticks, c)
		}
		return true
	})
	if len(ticks) != 2 || !ticks[0].Checked || !ticks[1].Checked {
		t.Fatalf("%d ticks, want 2 ticked", len(ticks))
	}
	test.TapAt(ticks[1], fyne.NewPos(8, ticks[1].Size().Height/2))
	if ticks[1].Checked {
		t.Fatal("tapping the second tick does not untick it")
	}
	tapButton(t, p.UI, p.tr("plan.workbook.apply"))
	p.settle()
	stored := p.account(t, acct.Customer.ID).Plan
	if stored.Actions[0].Status != planner.StatusBlocked || stored.Actions[1].Status != acct.Plan.Actions[1].Status {
		t.Errorf("stored statuses %s and %s, want blocked and %s as before", stored.Actions[0].Status, stored.Actions[1].Status, acct.Plan.Actions[1].Status)
	}
	if top := p.window.Canvas().Overlays().Top(); top != nil {
		t.Error("the dialog stays open after applying")
	}
	p.undo()
	p.settle()
	if got := p.account(t, acct.Customer.ID).Plan.Actions[0].Status; got != acct.Plan.Actions[0].Status {
		t.Errorf("after undo the status is %s, want %s", got, acct.Plan.Actions[0].Status)
	}
}

// TestWorkbookExportWritesTheCustomersWorkbook: the Action plan screen
// saves the plan as the customer's workbook, named like the documents,
// and the workbook read back proposes no change.
func TestWorkbookExportWritesTheCustomersWorkbook(t *testing.T) {
	p, s, acct := openActionPlan(t)
	path := filepath.Join(t.TempDir(), "plan.xlsx")
	chooser := &fakeChooser{path: path}
	p.chooser = chooser
	s.exportWorkbook()
	p.waitIdle()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the workbook was not written: %v", err)
	}
	want := acct.Customer.Name + " - Mutual Action Plan workbook - " + p.today().String() + ".xlsx"
	if len(chooser.asked) != 1 || !strings.Contains(chooser.asked[0], want) {
		t.Errorf("asked %q, want %q", chooser.asked, want)
	}
	changes, refused, err := export.MapWorkbookChanges(context.Background(), bytes.NewReader(data), acct.Plan)
	if err != nil || len(changes) != 0 || len(refused) != 0 {
		t.Errorf("the workbook read back proposes %d changes and refuses %d rows (%v)", len(changes), len(refused), err)
	}
}
