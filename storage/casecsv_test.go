package storage

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// portalExport is a case export as a support portal writes it: the
// portal's own headers and column order, a byte order mark, a column
// Liftoff does not read, a quoted subject with a comma.
const portalExport = "\uFEFFCase Number,Subject,Account Name,Product,Priority,Created Date,First Response Time,Status,Last Modified\r\n" +
	"00412345,\"Checkout times out, EU only\",Contoso,Commerce,P2 - High,2026-11-20 09:00,2026-11-20 10:30,Pending Response,2026-11-23 10:00\r\n" +
	"00412346,Search index stale,Contoso,,3,11/21/2026 2:15 PM,,New,\r\n"

func readExport(t *testing.T, s string) ([]PortalCase, error) {
	t.Helper()
	return ReadCaseCSV(strings.NewReader(s), catalog.Default(), time.UTC)
}

func TestReadCaseCSVMapsThePortalsHeaders(t *testing.T) {
	rows, err := readExport(t, portalExport)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rows))
	}
	a, b := rows[0], rows[1]
	if a.Line != 2 || a.Number != "00412345" || a.Title != "Checkout times out, EU only" || a.Priority != catalog.P2 ||
		!a.Opened.Equal(time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)) || !a.FirstResponse.Equal(time.Date(2026, 11, 20, 10, 30, 0, 0, time.UTC)) ||
		a.Status != planner.CaseAwaitingResponse || !a.Changed.Equal(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("row 1: %+v", a)
	}
	if a.Product != "commerce" {
		t.Errorf("product %q, want the solution commerce named by its name", a.Product)
	}
	if b.Line != 3 || b.Priority != catalog.P3 || b.Product != "" || !b.FirstResponse.IsZero() || b.Status != planner.CaseNew ||
		!b.Opened.Equal(time.Date(2026, 11, 21, 14, 15, 0, 0, time.UTC)) {
		t.Errorf("row 2: %+v", b)
	}
}

func TestReadCaseCSVHeadersIgnoreCaseAndSpelling(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skip(err)
	}
	in := "case_no,TITLE,severity,opened,first response,case status\n7,Login fails,P1,2026-11-20T09:00:00,,closed\n"
	rows, err := ReadCaseCSV(strings.NewReader(in), catalog.Default(), loc)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].Number != "7" || rows[0].Priority != catalog.P1 || rows[0].Status != planner.CaseClosed {
		t.Errorf("row: %+v", rows[0])
	}
	if want := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC); !rows[0].Opened.Equal(want) {
		t.Errorf("opened %s, want %s: a time without offset is in the zone given", rows[0].Opened, want)
	}
	for _, c := range CaseCSVColumns() {
		if c.Headers[0] != c.Field {
			t.Errorf("column %s: first header %q, want its own name", c.Field, c.Headers[0])
		}
	}
}

func TestReadCaseCSVReportsEveryBadRowByLineAndHeader(t *testing.T) {
	in := "Case Number,Subject,Product,Priority,Created Date,First Response,Status\n" +
		"1,Fine,,P2,2026-11-20 09:00,,new\n" +
		"2,,,P9,yesterday,,\n" +
		"3,Early answer,photoshop,P3,2026-11-20 09:00,2026-11-19 09:00,on hold\n" +
		"1,Again,,P4,2026-11-20 09:00,,\n" +
		"4,Short row\n"
	_, err := readExport(t, in)
	v := mustValidation(t, err)
	want := map[string]string{
		"line 3, Subject":        "is empty",
		"line 3, Priority":       `"P9"`,
		"line 3, Created Date":   `"yesterday"`,
		"line 4, Product":        `"photoshop"`,
		"line 4, First Response": "before the case was opened",
		"line 4, Status":         `"on hold"`,
		"line 5, Case Number":    "also on line 2",
		"line 6":                 "has 2 values",
	}
	got := map[string]string{}
	for _, p := range v.Problems {
		got[p.Field] = p.Message
	}
	for f, w := range want {
		if !strings.Contains(got[f], w) {
			t.Errorf("%s: %q, want it to say %q", f, got[f], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("problems %v, want exactly those of %v", got, want)
	}
}

func TestReadCaseCSVRefusesFilesItCannotRead(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", "the file is empty"},
		{"no priority column", "Case Number,Subject,Created Date\n1,a,2026-11-20 09:00\n", "no Priority column"},
		{"two subjects", "Case Number,Subject,Title,Priority,Created\n", `"Subject" and "Title" both name`},
		{"bad quotes", "Case Number,Subject,Priority,Created\n1,\"open,P2,2026-11-20 09:00\n", "not valid CSV"},
		{"not UTF-8", "Case Number,Subject,Priority,Created\n1,caf\xe9,P2,2026-11-20 09:00\n", "not UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readExport(t, tc.in)
			if v := mustValidation(t, err); !strings.Contains(v.Error(), tc.want) {
				t.Errorf("%v, want %q", err, tc.want)
			}
		})
	}
}

// portalExportRows returns a sample database without cases, its first
// customer and the rows of portalExport, not yet imported.
func portalExportRows(t *testing.T) (*DB, planner.ID, []PortalCase) {
	t.Helper()
	db, accounts := openSampleDBWithoutCases(t)
	rows, err := readExport(t, portalExport)
	if err != nil {
		t.Fatal(err)
	}
	return db, accounts[0].Customer.ID, rows
}

func TestImportCasesAddsThenUpdatesByNumber(t *testing.T) {
	db, cust, rows := portalExportRows(t)
	res, err := db.ImportCases(context.Background(), cust, rows)
	if err != nil {
		t.Fatal(err)
	}
	if res != (CaseImportResult{Added: 2}) {
		t.Errorf("first import: %+v, want 2 added", res)
	}
	again, err := db.ImportCases(context.Background(), cust, rows)
	if err != nil {
		t.Fatal(err)
	}
	if again != (CaseImportResult{Unchanged: 2}) {
		t.Errorf("the same file again: %+v, want 2 unchanged", again)
	}
	acc, _ := db.Account(cust)
	if len(acc.Cases) != 2 {
		t.Fatalf("%d cases, want 2", len(acc.Cases))
	}
	first := acc.Cases[0]
	if first.Status != planner.CaseAwaitingResponse || len(first.History) != 1 || !first.History[0].At.Equal(rows[0].Changed) {
		t.Errorf("case %s: status %s, history %+v; want awaiting response since its Last Modified", first.Number, first.Status, first.History)
	}
	// The portal closed the case and raised its priority: the same case
	// is updated and its history gains the change.
	later := strings.Replace(portalExport, "P2 - High,2026-11-20 09:00,2026-11-20 10:30,Pending Response,2026-11-23 10:00",
		"P1,2026-11-20 09:00,2026-11-20 10:30,Closed,2026-11-24 08:00", 1)
	rows, err = readExport(t, later)
	if err != nil {
		t.Fatal(err)
	}
	res, err = db.ImportCases(context.Background(), cust, rows)
	if err != nil {
		t.Fatal(err)
	}
	if res != (CaseImportResult{Updated: 1, Unchanged: 1}) {
		t.Errorf("the later export: %+v, want 1 updated and 1 unchanged", res)
	}
	acc, _ = db.Account(cust)
	c, _ := acc.CaseByNumber("00412345")
	if len(acc.Cases) != 2 || c.ID != first.ID || c.Priority != catalog.P1 || c.Status != planner.CaseClosed || len(c.History) != 2 {
		t.Errorf("after the later export: %d cases, case %+v", len(acc.Cases), c)
	}
}

// TestImportCasesReadsInProgress checks that a portal export with cases
// in the portal's working status imports: the customer answered case
// 00412345, which waited for them, and 00412347 is new and worked on.
// The answered case's follow-up clock stops, and the cases go through a
// portfolio file and back unchanged.
func TestImportCasesReadsInProgress(t *testing.T) {
	db, cust, rows := portalExportRows(t)
	if _, err := db.ImportCases(context.Background(), cust, rows); err != nil {
		t.Fatal(err)
	}
	answered := strings.Replace(portalExport, "Pending Response,2026-11-23 10:00", "In Progress,2026-11-24 08:00", 1) +
		"00412347,Images missing,Contoso,,P3,2026-11-24 09:00,2026-11-24 09:30,in_progress,2026-11-24 11:00\r\n"
	rows, err := readExport(t, answered)
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.ImportCases(context.Background(), cust, rows)
	if err != nil {
		t.Fatalf("import of cases in progress: %v", err)
	}
	if res != (CaseImportResult{Added: 1, Updated: 1, Unchanged: 1}) {
		t.Errorf("import: %+v, want 1 added, 1 updated and 1 unchanged", res)
	}
	acc, _ := db.Account(cust)
	rules := planner.CustomerCatalog(db.Catalog(), acc.Customer).FollowUp
	for n, want := range map[string][]planner.CaseStatus{
		"00412345": {planner.CaseAwaitingResponse, planner.CaseInProgress},
		"00412347": {planner.CaseInProgress},
	} {
		c, ok := acc.CaseByNumber(n)
		var got []planner.CaseStatus
		for _, ch := range c.History {
			got = append(got, ch.Status)
		}
		if !ok || c.Status != planner.CaseInProgress || !slices.Equal(got, want) {
			t.Errorf("case %s: status %s, history %v; want in progress after %v", n, c.Status, got, want)
		}
		if steps, err := c.CaseReminders(rules); len(steps) != 0 || err != nil {
			t.Errorf("case %s in progress has reminders %+v (%v)", n, steps, err)
		}
	}
	var file bytes.Buffer
	if err := db.Export(&file); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(file.Bytes(), []byte(`"status": "in-progress"`)) {
		t.Error("the portfolio file does not write the status in-progress")
	}
	other := openTestDB(t)
	if _, err := other.Import(context.Background(), &file); err != nil {
		t.Fatalf("import of the portfolio file with cases in progress: %v", err)
	}
	if got := exportAll(t, other); !bytes.Equal(got, exportAll(t, db)) {
		t.Error("the cases in progress changed through a portfolio file")
	}
}

func TestImportCasesIsAllOrNothing(t *testing.T) {
	db, cust, rows := portalExportRows(t)
	if _, err := db.ImportCases(context.Background(), cust, rows); err != nil {
		t.Fatal(err)
	}
	before := exportAll(t, db)
	// Case 00412346 is new in the portal and cannot become reopened;
	// the good row with it must not be saved either.
	bad := portalExport + "00412347,Good row,Contoso,,P4,2026-11-22 09:00,,,\r\n"
	bad = strings.Replace(bad, "11/21/2026 2:15 PM,,New,", "11/21/2026 2:15 PM,,Reopened,", 1)
	rows, err := readExport(t, bad)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.ImportCases(context.Background(), cust, rows)
	v := mustValidation(t, err)
	if len(v.Problems) != 1 || v.Problems[0].Field != "line 3, Status" {
		t.Errorf("import that reopens a new case: %v, want one problem of line 3, Status", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("the refused import changed the database")
	}
	if _, err := db.ImportCases(context.Background(), planner.NewID(), rows[:1]); !errors.Is(err, ErrNotFound) {
		t.Errorf("cases of an unknown customer: %v, want ErrNotFound", err)
	}
}
