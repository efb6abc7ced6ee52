package export

import (
	"bytes"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

func TestMapWorkbookOfAVeryTallRow(t *testing.T) {
	acct := muellerAccount()
	// A KPI of the largest numbers a plan holds wraps over more lines
	// than a spreadsheet row may be tall (409 points): the row stops there.
	acct.Plan.Objectives[0].KPIs = append(acct.Plan.Objectives[0].KPIs,
		planner.KPI{Name: "Reach", Baseline: 1e308, Target: -1e308, Current: 1e308})
	if err := MapWorkbook(&bytes.Buffer{}, acct, testOptions()); err != nil {
		t.Fatalf("the workbook of a plan with a very tall row: %v", err)
	}
}
