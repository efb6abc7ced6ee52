package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"+49 30 1234", "'+49 30 1234"},
		{"-2+3", "'-2+3"},
		{"@cmd", "'@cmd"},
		{"\tindent", "'\tindent"},
		{"\rreturn", "'\rreturn"},
		{"a=b", "a=b"},
		{"2026-02-10", "2026-02-10"},
		{"Müller", "Müller"},
	}
	for _, tt := range tests {
		if got := SafeCell(tt.in); got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileAccounts returns the fixture with text that would run as a
// formula or break naive quoting.
func hostileAccounts() []planner.Account {
	accts := fixturePortfolio()
	m := &accts[0]
	m.Activities[0].Owner = `=HYPERLINK("http://evil.example","click")`
	m.Activities[1].Outcome = "Quote \"this\", then, a comma\nand a new line"
	m.Activities[2].Owner = "@SUM(1+1)"
	m.Plan.Actions[0].Title = "+cmd|' /C calc'!A0"
	m.Plan.Actions[1].Owner = "-1+1"
	return accts
}

func TestActivitiesCSVRoundTrip(t *testing.T) {
	cat := testCatalog(t)
	accts := hostileAccounts()
	var buf bytes.Buffer
	if err := ActivitiesCSV(&buf, cat, accts); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if !slices.Equal(records[0], ActivitiesHeader()) {
		t.Errorf("header = %q", records[0])
	}
	// The first activity of Müller GmbH, written out by hand.
	first := []string{fid("mueller").String(), "Müller GmbH", fid("mueller-a1").String(), "2025-11-26", "acc-analytics-kpi-framework",
		"KPI framework and measurement plan workshop", "accelerator", "Analytics", "Define", "6",
		`'=HYPERLINK("http://evil.example","click")`, "delivered", "KPI framework agreed with the digital team",
		"One KPI framework for the digital team", ""}
	if !slices.Equal(records[1], first) {
		t.Errorf("first row:\n got %q\nwant %q", records[1], first)
	}
	n := 0
	for _, a := range accts {
		for _, act := range a.Activities {
			n++
			row := records[n]
			if len(row) != len(ActivitiesHeader()) {
				t.Fatalf("row %d has %d cells", n, len(row))
			}
			if row[1] != a.Customer.Name || row[2] != act.ID.String() || row[3] != act.Date.String() || row[11] != string(act.Status) {
				t.Errorf("row %d = %q, want customer %q, activity %s on %s", n, row, a.Customer.Name, act.ID, act.Date)
			}
			if h, err := strconv.ParseFloat(row[9], 64); err != nil || h != act.Hours {
				t.Errorf("row %d: hours %q, want %g", n, row[9], act.Hours)
			}
		}
	}
	if len(records)-1 != n {
		t.Errorf("%d rows, want %d", len(records)-1, n)
	}
	if got := records[3][10]; got != "'@SUM(1+1)" {
		t.Errorf("formula owner written as %q", got)
	}
	if got := records[2][12]; got != "Quote \"this\", then, a comma\nand a new line" {
		t.Errorf("outcome with quotes and a line break read back as %q", got)
	}
}

func TestActionsCSVRoundTrip(t *testing.T) {
	accts := hostileAccounts()
	var buf bytes.Buffer
	if err := ActionsCSV(&buf, accts); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if !slices.Equal(records[0], ActionsHeader()) {
		t.Errorf("header = %q", records[0])
	}
	n := 0
	for _, a := range accts {
		for _, act := range a.Plan.Actions {
			n++
			row := records[n]
			want := []string{a.Customer.ID.String(), a.Customer.Name, a.Plan.Title, act.ID.String(), SafeCell(act.Title),
				SafeCell(act.Owner), string(act.Side), act.Due.String(), string(act.Status), milestoneTitle(a.Plan, act.MilestoneID)}
			if !slices.Equal(row, want) {
				t.Errorf("row %d:\n got %q\nwant %q", n, row, want)
			}
		}
	}
	if len(records)-1 != n {
		t.Errorf("%d rows, want %d", len(records)-1, n)
	}
	if records[1][4] != "'+cmd|' /C calc'!A0" || records[2][5] != "'-1+1" {
		t.Errorf("formulas not neutralised: %q, %q", records[1][4], records[2][5])
	}
}
