package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// caseOpened is when the test cases were opened; the customer answered
// the question of awaitingSince nothing.
var (
	caseOpened    = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	awaitingSince = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
)

// waitingCase returns a P2 case of customer that waits for the customer
// since awaitingSince.
func waitingCase(t testing.TB, customer planner.ID, number string) planner.SupportCase {
	t.Helper()
	c := planner.NewSupportCase(customer, number, "Checkout times out "+number, "", catalog.Priority("P2"), caseOpened)
	c.FirstResponse = caseOpened.Add(90 * time.Minute)
	if err := c.SetStatus(catalog.Default().FollowUp, planner.CaseAwaitingResponse, awaitingSince); err != nil {
		t.Fatal(err)
	}
	return c
}

// addCasesAndRisks gives the first two accounts two cases each (one with
// a reminder marked sent) and a risk, through the store's own methods,
// and returns those two accounts as stored.
func addCasesAndRisks(t testing.TB, db *DB, accounts []planner.Account) []planner.Account {
	t.Helper()
	for i, a := range accounts[:2] {
		for _, n := range []string{"0101", "0102"} {
			c, err := db.PutCase(waitingCase(t, a.Customer.ID, n+string(rune('0'+i))))
			if err != nil {
				t.Fatalf("put case: %v", err)
			}
			if n == "0101" {
				if _, err := db.MarkReminder(c.ID, 1, planner.ReminderSent, awaitingSince.Add(25*time.Hour)); err != nil {
					t.Fatalf("mark reminder: %v", err)
				}
			}
		}
		r := planner.NewRisk(a.Customer.ID, "Go-live slips past the peak season", planner.LevelHigh, planner.LevelMedium, planner.RAGAmber)
		r.Mitigation = "Freeze the scope by the end of the month"
		if _, err := db.PutRisk(r); err != nil {
			t.Fatalf("put risk: %v", err)
		}
	}
	out := make([]planner.Account, 2)
	for i, a := range accounts[:2] {
		var err error
		if out[i], err = db.Account(a.Customer.ID); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestRemindersSurviveARestart(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	path := db.Path()
	cust := accounts[0].Customer.ID
	c, err := db.PutCase(waitingCase(t, cust, "00412345"))
	if err != nil {
		t.Fatal(err)
	}
	marked, err := db.MarkReminder(c.ID, 1, planner.ReminderSent, awaitingSince.Add(25*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MarkReminder(c.ID, 2, planner.ReminderDismissed, awaitingSince.Add(73*time.Hour)); err != nil {
		t.Fatal(err)
	}
	before, err := db.FullCheck(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	again, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	acc, err := again.Account(cust)
	if err != nil {
		t.Fatal(err)
	}
	if len(acc.Cases) != 1 || acc.Cases[0].ID != c.ID {
		t.Fatalf("after a restart the customer has cases %+v, want case %s", acc.Cases, c.ID)
	}
	steps, err := acc.Cases[0].CaseReminders(catalog.Default().FollowUp)
	if err != nil {
		t.Fatal(err)
	}
	want := []planner.ReminderState{planner.ReminderSent, planner.ReminderDismissed, planner.ReminderPending, planner.ReminderPending}
	if len(steps) != len(want) {
		t.Fatalf("%d follow-up steps, want %d", len(steps), len(want))
	}
	for i, s := range steps {
		if s.State != want[i] {
			t.Errorf("step %d is %s after a restart, want %s", s.N, s.State, want[i])
		}
	}
	if !acc.Cases[0].Reminders[0].At.Equal(marked.Reminders[0].At) {
		t.Errorf("reminder 1 marked at %s after a restart, want %s", acc.Cases[0].Reminders[0].At, marked.Reminders[0].At)
	}
	after, err := again.FullCheck(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after.Records != before.Records {
		t.Errorf("the full check verified %d records after a restart, %d before", after.Records, before.Records)
	}
	// A step of a period the case does not have is refused by field.
	_, err = again.MarkReminder(c.ID, 9, planner.ReminderSent, awaitingSince)
	if v := mustValidation(t, err); v.Problems[0].Field != "n" {
		t.Errorf("marking reminder 9: %v, want a problem of field n", err)
	}
}

func TestCasesAndRisksAreCountedAndSealed(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	before, err := db.FullCheck(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	addCasesAndRisks(t, db, accounts)
	after, err := db.FullCheck(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Each case and risk is one record and one owner entry.
	if got, want := after.Records-before.Records, uint64(2*(2*2+2)); got != want {
		t.Errorf("the cases and risks added %d records to the verified count, want %d", got, want)
	}
}

func TestDeleteCustomerTakesItsCasesAndRisksAndPutAccountBringsThemBack(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	stored := addCasesAndRisks(t, db, accounts)
	want := exportAll(t, db)
	target := stored[0]
	removed, err := db.DeleteCustomer(target.Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed.Cases) != 2 || len(removed.Risks) != 1 {
		t.Fatalf("DeleteCustomer returned %d cases and %d risks, want 2 and 1", len(removed.Cases), len(removed.Risks))
	}
	for _, c := range removed.Cases {
		if _, err := db.Case(c.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("case %s of the deleted customer: %v, want ErrNotFound", c.Number, err)
		}
	}
	if _, err := db.DeleteRisk(removed.Risks[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("risk of the deleted customer: %v, want ErrNotFound", err)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
	if err := db.PutAccount(removed); err != nil {
		t.Fatalf("undo the delete: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(withoutExported(got), withoutExported(want)) {
		t.Error("after undoing the delete the portfolio differs from before")
	}
	if _, err := db.FullCheck(context.Background()); err != nil {
		t.Error(err)
	}
}

func TestPutAccountRemovesCasesItDoesNotHold(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	stored := addCasesAndRisks(t, db, accounts)
	acc := stored[1]
	gone := acc.Cases[0]
	acc.Cases = acc.Cases[1:]
	acc.Risks = nil
	if err := db.PutAccount(acc); err != nil {
		t.Fatal(err)
	}
	got, err := db.Account(acc.Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Cases) != 1 || got.Cases[0].ID != acc.Cases[0].ID || len(got.Risks) != 0 {
		t.Errorf("after PutAccount: cases %v, %d risks; want only case %s and no risk", got.Cases, len(got.Risks), acc.Cases[0].Number)
	}
	if _, err := db.Case(gone.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the case left out: %v, want ErrNotFound", err)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
}

func TestPutCaseRefusesANumberUsedTwiceAndChangesNothing(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	cust := accounts[0].Customer.ID
	if _, err := db.PutCase(waitingCase(t, cust, "CS-412345")); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, db.Path())
	_, err := db.PutCase(waitingCase(t, cust, "cs-412345"))
	v := mustValidation(t, err)
	if len(v.Problems) != 1 || v.Problems[0].Field != "number" || !strings.Contains(v.Problems[0].Message, `case number cs-412345 is already used by another case of customer "Müller GmbH"`) {
		t.Errorf("a second case cs-412345: %v, want one problem of field number", err)
	}
	bad := waitingCase(t, cust, "00499999")
	bad.Priority = "P9"
	bad.Title = ""
	err = mustValidation(t, func() error { _, err := db.PutCase(bad); return err }())
	fields := map[string]bool{}
	for _, p := range err.(*planner.ValidationError).Problems {
		fields[p.Field] = true
	}
	if !fields["priority"] || !fields["title"] || len(fields) != 2 {
		t.Errorf("a case without title and of priority P9: %v, want problems of title and priority", err)
	}
	if fileHash(t, db.Path()) != before {
		t.Error("a refused case changed the file")
	}
	other := waitingCase(t, planner.NewID(), "1")
	if _, err := db.PutCase(other); !errors.Is(err, ErrNotFound) {
		t.Errorf("a case of an unknown customer: %v, want ErrNotFound", err)
	}
}

func TestCaseIDOfAnotherCustomerIsRefused(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	c, err := db.PutCase(waitingCase(t, accounts[0].Customer.ID, "7"))
	if err != nil {
		t.Fatal(err)
	}
	moved := c
	moved.CustomerID = accounts[1].Customer.ID
	_, err = db.PutCase(moved)
	if v := mustValidation(t, err); v.Problems[0].Field != "id" || !strings.Contains(v.Problems[0].Message, "another customer") {
		t.Errorf("the case under another customer: %v", err)
	}
	r := planner.NewRisk(accounts[0].Customer.ID, "Budget cut", planner.LevelHigh, planner.LevelLow, planner.RAGRed)
	r.ID = c.ID
	_, err = db.PutRisk(r)
	if v := mustValidation(t, err); v.Problems[0].Field != "id" || !strings.Contains(v.Problems[0].Message, "support case") {
		t.Errorf("a risk with the ID of a case: %v", err)
	}
}

func TestPutRiskChecksTheObjectiveOfThePlan(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	var acc planner.Account
	for _, a := range accounts {
		if a.HasPlan() && len(a.Plan.Objectives) > 0 {
			acc = a
			break
		}
	}
	if !acc.HasPlan() {
		t.Fatal("the sample has no plan with objectives")
	}
	r := planner.NewRisk(acc.Customer.ID, "Key sponsor leaves", planner.LevelHigh, planner.LevelMedium, planner.RAGAmber)
	r.ObjectiveID = planner.NewID()
	_, err := db.PutRisk(r)
	if v := mustValidation(t, err); len(v.Problems) != 1 || v.Problems[0].Field != "objectiveId" {
		t.Errorf("a risk linked to an objective the plan lacks: %v", err)
	}
	r.ObjectiveID = acc.Plan.Objectives[0].ID
	saved, err := db.PutRisk(r)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := db.Risk(saved.ID); err != nil || got.ObjectiveID != r.ObjectiveID {
		t.Errorf("read the risk back: %+v, %v", got, err)
	}
	saved.Status, saved.Closed = planner.RiskClosed, testToday
	if _, err := db.PutRisk(saved); err != nil {
		t.Fatal(err)
	}
	got, err := db.Account(acc.Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Risks) != 1 || got.Risks[0].Status != planner.RiskClosed || got.Risks[0].Closed != testToday {
		t.Errorf("risks after closing it: %+v", got.Risks)
	}
	removed, err := db.DeleteRisk(saved.ID)
	if err != nil || removed.ID != saved.ID {
		t.Fatalf("delete risk: %v", err)
	}
	if got, _ := db.Account(acc.Customer.ID); len(got.Risks) != 0 {
		t.Errorf("the deleted risk is still there: %+v", got.Risks)
	}
	if _, err := db.Risk(saved.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("read the deleted risk: %v, want ErrNotFound", err)
	}
}

func TestDeleteCaseAndPutItBack(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	c, err := db.PutCase(waitingCase(t, accounts[0].Customer.ID, "5"))
	if err != nil {
		t.Fatal(err)
	}
	want := exportAll(t, db)
	removed, err := db.DeleteCase(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeleteCase(c.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete it again: %v, want ErrNotFound", err)
	}
	if _, err := db.PutCase(removed); err != nil {
		t.Fatal(err)
	}
	if got := exportAll(t, db); !bytes.Equal(withoutExported(got), withoutExported(want)) {
		t.Error("the case put back differs from the one deleted")
	}
}

func TestPortfolioWithCasesAndRisksRoundTrips(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	addCasesAndRisks(t, db, accounts)
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	file := buf.Bytes()
	if !bytes.Contains(file, []byte(`"cases"`)) || !bytes.Contains(file, []byte(`"risks"`)) || !bytes.Contains(file, []byte(`"reminders"`)) {
		t.Fatal("the export holds no cases, risks or reminder marks")
	}
	other := openTestDB(t)
	if _, err := other.Import(context.Background(), bytes.NewReader(file)); err != nil {
		t.Fatal(err)
	}
	if got := exportAll(t, other); !bytes.Equal(withoutExported(got), withoutExported(file)) {
		t.Error("the imported portfolio exports otherwise")
	}
	// Importing it again changes nothing.
	res, err := other.Import(context.Background(), bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 0 || res.Updated != 0 {
		t.Errorf("the second import: %+v, want everything unchanged", res)
	}
}

func TestImportWithABadCaseIsRefusedWhole(t *testing.T) {
	src, accounts := openSampleDBWithoutCases(t)
	addCasesAndRisks(t, src, accounts)
	var buf bytes.Buffer
	if err := src.Export(&buf); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var idx int
	for i, a := range doc["accounts"].([]any) {
		if _, ok := a.(map[string]any)["cases"]; ok {
			idx = i
			break
		}
	}
	acc := doc["accounts"].([]any)[idx].(map[string]any)
	acc["cases"].([]any)[1].(map[string]any)["priority"] = "P7"
	file, _ := json.Marshal(doc)

	db := openTestDB(t)
	before := exportAll(t, db)
	_, err := db.Import(context.Background(), bytes.NewReader(file))
	v := mustValidation(t, err)
	want := "accounts[" + string(rune('0'+idx)) + "].cases[1].priority"
	if len(v.Problems) != 1 || v.Problems[0].Field != want || !strings.Contains(v.Problems[0].Message, `"P7"`) {
		t.Errorf("import with a case of priority P7: %v, want one problem of %s", err, want)
	}
	if got := exportAll(t, db); !bytes.Equal(withoutExported(got), withoutExported(before)) {
		t.Error("the refused import changed the database")
	}
}

func TestImportRefusesACaseNumberAStoredCaseHas(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	stored := addCasesAndRisks(t, db, accounts)
	acc := stored[0]
	acc.Cases = []planner.SupportCase{waitingCase(t, acc.Customer.ID, acc.Cases[0].Number)}
	acc.Risks = nil
	before := exportAll(t, db)
	_, err := db.ImportAccounts([]planner.Account{acc})
	v := mustValidation(t, err)
	want := fmt.Sprintf("case number %s is already used by a stored case of customer %q (%q)", acc.Cases[0].Number, acc.Customer.Name, stored[0].Cases[0].Title)
	if len(v.Problems) != 1 || v.Problems[0].Field != "accounts[0].cases[0].number" || v.Problems[0].Message != want {
		t.Errorf("import of a new case with a stored number: %v, want %q", err, want)
	}
	if got := exportAll(t, db); !bytes.Equal(withoutExported(got), withoutExported(before)) {
		t.Error("the refused import changed the database")
	}
}

func TestVersion5FileGetsTheBucketsOfCasesAndRisks(t *testing.T) {
	db, _ := openSampleDBWithoutCases(t)
	path := db.Path()
	want := exportAll(t, db)
	db.Close()
	makeVersion5(t, path)
	rawView(t, path, func(tx *bolt.Tx) {
		if tx.Bucket(bucketCases) != nil || tx.Bucket(bucketRisks) != nil {
			t.Error("the version 5 fixture has the buckets of version 6")
		}
	})
	migrated, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatalf("open a version 5 file: %v", err)
	}
	defer migrated.Close()
	if got := exportAll(t, migrated); !bytes.Equal(withoutExported(got), withoutExported(want)) {
		t.Error("the migrated file exports another portfolio")
	}
	r, err := migrated.FullCheck(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Schema != SchemaVersion {
		t.Errorf("schema %d after the migration, want %d", r.Schema, SchemaVersion)
	}
	customers, _ := migrated.Customers()
	if _, err := migrated.PutCase(waitingCase(t, customers[0].ID, "1")); err != nil {
		t.Errorf("a case in the migrated file: %v", err)
	}
}

func TestCompactAndBackupKeepCasesAndRisks(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	addCasesAndRisks(t, db, accounts)
	path := db.Path()
	want := exportAll(t, db)
	backup, err := db.Backup(filepath.Join(t.TempDir(), "backups"))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Compact(path, catalog.Default(), testOptions()); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, backup} {
		again, err := Open(p, catalog.Default(), testOptions())
		if err != nil {
			t.Fatal(err)
		}
		if got := exportAll(t, again); !bytes.Equal(withoutExported(got), withoutExported(want)) {
			t.Errorf("%s exports another portfolio than the database had", filepath.Base(p))
		}
		again.Close()
	}
}

func TestDamagedCaseNamesTheCustomer(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	stored := addCasesAndRisks(t, db, accounts)
	path := db.Path()
	db.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte(`"title":"Checkout times out 01020"`))
	if i < 0 {
		t.Fatal("no case 01020 in the file")
	}
	b[i+12] ^= 0x01
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Open(path, catalog.Default(), testOptions())
	var corrupt *CorruptError
	want := `a support case of customer "` + stored[0].Customer.Name + `" does not match its checksum`
	if !errors.As(err, &corrupt) || !strings.Contains(err.Error(), want) {
		t.Fatalf("open with a damaged case: %v, want %q", err, want)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, b) {
		t.Error("the damaged file was written to")
	}
}

func TestACustomerKeepsAtMostMaxAccountListLengthCases(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	acc, err := db.Account(accounts[0].Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range MaxAccountListLength {
		acc.Cases = append(acc.Cases, waitingCase(t, acc.Customer.ID, fmt.Sprintf("C%04d", i)))
	}
	if err := db.PutAccount(acc); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, db.Path())
	_, err = db.PutCase(waitingCase(t, acc.Customer.ID, "one-more"))
	if v := mustValidation(t, err); !strings.Contains(v.Error(), "the most one customer keeps") {
		t.Errorf("case %d: %v", MaxAccountListLength+1, err)
	}
	rows := []PortalCase{{Line: 2, Number: "one-more", Title: "One more", Priority: catalog.P3, Opened: caseOpened}}
	_, err = db.ImportCases(context.Background(), acc.Customer.ID, rows)
	if v := mustValidation(t, err); !strings.Contains(v.Error(), "more than the 1000 one customer keeps") {
		t.Errorf("import of case %d: %v", MaxAccountListLength+1, err)
	}
	if fileHash(t, db.Path()) != before {
		t.Error("a refused case changed the file")
	}
}

// openSampleDBWithoutCases opens a new database holding the sample
// portfolio without its support cases and risks, so that a test sees
// exactly the cases and risks it stores.
func openSampleDBWithoutCases(t testing.TB) (*DB, []planner.Account) {
	t.Helper()
	db := openTestDB(t)
	accounts := sample.Portfolio(db.Catalog(), testToday)
	for i := range accounts {
		accounts[i].Cases, accounts[i].Risks = nil, nil
	}
	if _, err := db.ImportAccounts(accounts); err != nil {
		t.Fatalf("load sample: %v", err)
	}
	return db, accounts
}
