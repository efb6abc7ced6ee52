package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func sampleFile(t *testing.T) []byte {
	t.Helper()
	db, _ := openSampleDB(t)
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestExportFormat(t *testing.T) {
	file := sampleFile(t)
	var f PortfolioFile
	if err := json.Unmarshal(file, &f); err != nil {
		t.Fatal(err)
	}
	if f.Format != PortfolioFormat || f.Version != PortfolioVersion || f.CatalogVersion != catalog.Default().Version || f.Exported.IsZero() {
		t.Errorf("header %q %d %q %v", f.Format, f.Version, f.CatalogVersion, f.Exported)
	}
	if len(f.Accounts) != 6 || f.Accounts[0].Customer.Name != "Contoso Health" {
		t.Errorf("%d accounts, first %q; want 6 in name order", len(f.Accounts), f.Accounts[0].Customer.Name)
	}
	if !bytes.Contains(file, []byte("\n  \"accounts\": [\n")) || !bytes.Contains(file, []byte("株式会社サクラ電機")) {
		t.Error("the export is not indented JSON with the names as written")
	}
}

func TestExportSomeCustomers(t *testing.T) {
	db, accounts := openSampleDB(t)
	var buf bytes.Buffer
	if err := db.Export(&buf, accounts[2].Customer.ID, accounts[0].Customer.ID, accounts[2].Customer.ID); err != nil {
		t.Fatal(err)
	}
	got, err := ReadPortfolio(&buf, db.Catalog())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Customer.ID != accounts[2].Customer.ID || got[1].Customer.ID != accounts[0].Customer.ID {
		t.Errorf("exported %d accounts", len(got))
	}
	if err := db.Export(&buf, planner.NewID()); !errors.Is(err, ErrNotFound) {
		t.Errorf("export of an unknown customer: %v, want ErrNotFound", err)
	}
}

func TestImportRoundTripAndTwice(t *testing.T) {
	file := sampleFile(t)
	db := openTestDB(t)
	first, err := db.Import(context.Background(), bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if first.Added != 6 || first.Updated != 0 || first.Unchanged != 0 || first.Activities == 0 {
		t.Errorf("first import %+v, want 6 added", first)
	}
	once := exportAll(t, db)
	if !bytes.Equal(once, withoutExported(file)) {
		t.Error("export after import differs from the imported file")
	}
	second, err := db.Import(context.Background(), bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if second.Added != 0 || second.Updated != 0 || second.Unchanged != 6 {
		t.Errorf("second import %+v, want 6 unchanged", second)
	}
	if twice := exportAll(t, db); !bytes.Equal(once, twice) {
		t.Error("importing twice changed the database")
	}
	if list, _ := db.Customers(); len(list) != 6 {
		t.Errorf("%d customers after two imports, want 6", len(list))
	}
}

func TestImportMergesByID(t *testing.T) {
	db, accounts := openSampleDB(t)
	edited := accounts[3]
	edited.Customer.Notes = "Edited elsewhere"
	edited.Activities = edited.Activities[:2] // the file lacks some activities
	res, err := db.ImportAccounts([]planner.Account{edited})
	if err != nil {
		t.Fatal(err)
	}
	if res.Updated != 1 {
		t.Errorf("result %+v, want 1 updated", res)
	}
	got, _ := db.Account(edited.Customer.ID)
	if got.Customer.Notes != "Edited elsewhere" || len(got.Activities) != len(accounts[3].Activities) {
		t.Errorf("notes %q and %d activities; want the edit and all %d activities kept",
			got.Customer.Notes, len(got.Activities), len(accounts[3].Activities))
	}
}

func TestBadImportChangesNothing(t *testing.T) {
	file := sampleFile(t)
	var doc map[string]any
	if err := json.Unmarshal(file, &doc); err != nil {
		t.Fatal(err)
	}
	edit := func(change func(doc map[string]any)) []byte {
		var d map[string]any
		json.Unmarshal(file, &d)
		change(d)
		b, _ := json.Marshal(d)
		return b
	}
	account := func(d map[string]any, i int) map[string]any {
		return d["accounts"].([]any)[i].(map[string]any)
	}
	customer := func(d map[string]any, i int) map[string]any { return account(d, i)["customer"].(map[string]any) }
	list := func(m map[string]any, key string) []any { return m[key].([]any) }

	// Account 2 of the export is Müller GmbH (Ultimate, 15 contacts per
	// product); account 4 is Øresund Energi A/S (Expert, 4).
	tests := []struct {
		name  string
		input []byte
		want  []string // every problem that must be reported
	}{
		{"not JSON", []byte("{\"format\": \"liftoff-portfolio\",\n \"version\": 1,\n \"accounts\": [}"), []string{"line 3, column"}},
		{"cut short", file[:len(file)/2], []string{"not valid JSON"}},
		{"empty", nil, []string{"not valid JSON"}},
		{"not a portfolio", []byte(`{"format": "liftoff-catalog", "version": 1}`), []string{"not a Liftoff portfolio"}},
		{"a list", []byte(`[1, 2]`), []string{"not a Liftoff portfolio"}},
		{"newer format", edit(func(d map[string]any) { d["version"] = 2 }), []string{"version: the file was written by a newer Liftoff"}},
		{"unknown and misspelt fields", edit(func(d map[string]any) {
			customer(d, 2)["colour"] = "blue"
			list(customer(d, 2), "contacts")[1].(map[string]any)["Email"] = "x@example.com"
			d["comment"] = "hi"
		}), []string{`accounts[2].customer.colour: unknown field`, `accounts[2].customer.contacts[1].Email: unknown field (did you mean "email"?)`, "comment: unknown field"}},
		{"wrong types", edit(func(d map[string]any) {
			customer(d, 1)["name"] = 42
			account(d, 3)["activities"].([]any)[1].(map[string]any)["hours"] = "eight"
			customer(d, 0)["contract"].(map[string]any)["allowances"].(map[string]any)["fieldHoursPerYear"] = 1.5
		}), []string{"accounts[1].customer.name: want a string, got the number 42", `accounts[3].activities[1].hours: want a number, got the string "eight"`,
			"accounts[0].customer.contract.allowances.fieldHoursPerYear: want a whole number, got 1.5"}},
		{"bad date and ID", edit(func(d map[string]any) {
			customer(d, 2)["keyEvents"].([]any)[0].(map[string]any)["date"] = "2026-13-01"
			account(d, 2)["activities"].([]any)[0].(map[string]any)["id"] = "not-a-uuid"
		}), []string{"accounts[2].customer.keyEvents[0].date: 2026-13-01 is not a day of the calendar", "accounts[2].activities[0].id:"}},
		{"impossible day", edit(func(d map[string]any) {
			customer(d, 1)["contract"].(map[string]any)["end"] = "2026-02-30"
		}), []string{"accounts[1].customer.contract.end: 2026-02-30 is not a day of the calendar"}},
		{"NSC limit of Expert", edit(func(d map[string]any) {
			c := customer(d, 4)
			contacts := list(c, "contacts")
			extra := map[string]any{"name": "Fifth", "email": "fifth@oresund-energi.example", "product": "campaign"}
			// Two campaign contacts are there; the fifth is contacts[6].
			c["contacts"] = append(contacts, extra, extra, extra)
		}), []string{"accounts[4].customer.contacts[6].product: Expert Success allows at most 4"}},
		{"rules of many accounts at once", edit(func(d map[string]any) {
			list(customer(d, 2), "contacts")[1].(map[string]any)["accountAdmin"] = true
			list(customer(d, 5), "contacts")[0].(map[string]any)["email"] = "ken.sato(at)sakura"
			account(d, 1)["activities"].([]any)[0].(map[string]any)["itemId"] = "acc-unknown"
		}), []string{"accounts[2].customer.contacts[1].accountAdmin: only one", "accounts[5].customer.contacts[0].email:", "accounts[1].activities[0].itemId: the catalog has no item \"acc-unknown\""}},
		{"a renewal outside the contract", edit(func(d map[string]any) {
			customer(d, 2)["contract"].(map[string]any)["renewed"] = "2020-01-01"
		}), []string{"accounts[2].customer.contract.renewed: must be within the contract: 2020-01-01 is before its start"}},
		{"an add-on no edition of the offer knows", edit(func(d map[string]any) {
			customer(d, 2)["membership"].(map[string]any)["addons"] = []any{"mentor-sesions"}
		}), []string{`accounts[2].customer.membership.addons[0]: unknown add-on "mentor-sesions"`}},
		{"an ID used twice in the file", edit(func(d map[string]any) {
			id := account(d, 0)["activities"].([]any)[0].(map[string]any)["id"]
			account(d, 3)["activities"].([]any)[0].(map[string]any)["id"] = id
		}), []string{"accounts[3].activities[0].id: ID", "is also used by accounts[0].activities[0].id"}},
		{"a missing ID", edit(func(d map[string]any) {
			delete(account(d, 1)["engagements"].([]any)[0].(map[string]any), "id")
		}), []string{"accounts[1].engagements[0].id: must be set"}},
		{"plan items without IDs or with one ID twice", edit(func(d map[string]any) {
			plan := account(d, 2)["plan"].(map[string]any)
			delete(list(plan, "actions")[0].(map[string]any), "id")
			list(plan, "objectives")[1].(map[string]any)["id"] = list(plan, "objectives")[0].(map[string]any)["id"]
		}), []string{"accounts[2].plan.actions[0].id: missing", "accounts[2].plan.objectives[1].id:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db, _ := openSampleDB(t)
			before := exportAll(t, db)
			_, err := db.Import(context.Background(), bytes.NewReader(tc.input))
			if err == nil {
				t.Fatal("the import succeeded")
			}
			v := mustValidation(t, err)
			for _, w := range tc.want {
				if !strings.Contains(v.Error(), w) {
					t.Errorf("problems lack %q:\n%v", w, strings.ReplaceAll(v.Error(), "; ", "\n"))
				}
			}
			if got := exportAll(t, db); !bytes.Equal(got, before) {
				t.Error("the refused import changed the database")
			}
		})
	}
}

func TestImportRefusesIDsOfOtherCustomers(t *testing.T) {
	db, accounts := openSampleDB(t)
	before := exportAll(t, db)
	intruder := planner.Account{Customer: testCustomer("Intruder Inc", catalog.Ultimate, 1)}
	a := accounts[1].Activities[0]
	a.CustomerID = intruder.Customer.ID
	e := accounts[0].Engagements[0]
	e.CustomerID = intruder.Customer.ID
	intruder.Activities = []planner.Activity{a}
	intruder.Engagements = []planner.Engagement{e}
	_, err := db.ImportAccounts([]planner.Account{genPortfolio(db.Catalog(), 1, 10, 9)[0], intruder})
	v := mustValidation(t, err)
	for _, w := range []string{"accounts[1].activities[0].id: activity", "accounts[1].engagements[0].id: engagement"} {
		if !strings.Contains(v.Error(), w) || !strings.Contains(v.Error(), "belongs to another customer") {
			t.Errorf("problems lack %q: %v", w, v)
		}
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("the refused import changed the database (all or nothing)")
	}
}

func TestImportBacksUpChangesFirst(t *testing.T) {
	db, _ := openSampleDB(t) // a new file: its first session keeps no backup
	if list, _ := Backups(db.opts.BackupDir); len(list) != 0 {
		t.Fatalf("backups of a new file: %v", list)
	}
	if _, err := db.Import(context.Background(), bytes.NewReader(sampleFile(t))); err != nil {
		t.Fatal(err)
	}
	list, _ := Backups(db.opts.BackupDir)
	if len(list) != 1 {
		t.Fatalf("%d backups, want one before the import", len(list))
	}
	old, err := Open(list[0], catalog.Default(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if c, _ := old.Customers(); len(c) != 6 {
		t.Errorf("the backup holds %d customers, want the 6 before the import", len(c))
	}
}

// BenchmarkReadPortfolio measures reading and checking a portfolio file of
// 50 customers with 200 activities each, as Import does before it writes.
func BenchmarkReadPortfolio(b *testing.B) {
	cat := catalog.Default()
	file := PortfolioFile{Format: PortfolioFormat, Version: PortfolioVersion, Accounts: genPortfolio(cat, 50, 200, 7)}
	data, err := json.Marshal(file)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		accounts, err := ReadPortfolio(bytes.NewReader(data), cat)
		if err != nil {
			b.Fatal(err)
		}
		if len(accounts) != 50 {
			b.Fatalf("%d accounts read, want 50", len(accounts))
		}
	}
}

// TestImportCarriesRenewed exports a customer renewed under a later
// edition of the offer and imports the file again: the day comes back.
func TestImportCarriesRenewed(t *testing.T) {
	db, accounts := openSampleDB(t)
	var northwind planner.Customer
	for _, a := range accounts {
		if a.Customer.Name == "Northwind Outfitters" {
			northwind = a.Customer
		}
	}
	northwind.Contract.Renewed = catalog.MustDate("2025-06-01") // the February 2025 offer still sells Event Management
	if _, err := db.PutCustomer(northwind); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"renewed": "2025-06-01"`) {
		t.Fatal("the export lacks the renewal day")
	}
	other := openTestDB(t)
	if _, err := other.Import(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	got, err := other.Customer(northwind.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Contract.Renewed != northwind.Contract.Renewed {
		t.Errorf("renewed %s after the import, want %s", got.Contract.Renewed, northwind.Contract.Renewed)
	}
}

// TestImportKeepsAnAddOnTheOfferNoLongerSells imports a file of the
// releases before editions, where an Expert customer whose contract
// started on 2026-03-01 bought Mentor Sessions: the October 2025 offer
// its contract is under no longer sells them to Expert. The file imports
// whole, the purchase is kept as a break of the membership, and deleting
// and restoring the account keeps it too.
func TestImportKeepsAnAddOnTheOfferNoLongerSells(t *testing.T) {
	c := testCustomer("Mentor Sessions BV", catalog.Expert, 2)
	c.Contract.Start = catalog.MustDate("2026-03-01")
	c.Membership.AddOns = []string{"mentor-sessions", "event-management"}
	file, err := json.Marshal(PortfolioFile{Format: PortfolioFormat, Version: PortfolioVersion, Accounts: []planner.Account{{Customer: c}}})
	if err != nil {
		t.Fatal(err)
	}
	db := openTestDB(t)
	res, err := db.Import(context.Background(), bytes.NewReader(file))
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if res.Added != 1 {
		t.Errorf("result %+v, want 1 added", res)
	}
	acc, err := db.Account(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := acc.Customer.Membership.AddOns; !slices.Equal(got, c.Membership.AddOns) || len(acc.Customer.OutsideMembership) != 0 {
		t.Errorf("add-ons %q, outside the membership %q; want %q as imported", got, acc.Customer.OutsideMembership, c.Membership.AddOns)
	}
	breaks := acc.MembershipBreaks(db.Catalog())
	if len(breaks) != 1 || breaks[0].Rule != planner.RuleAddOnOffered || breaks[0].Field != "membership.addons[0]" ||
		breaks[0].Text.String() != "Mentor Sessions cannot be bought on Expert Success under the offer of 2025-10-29" {
		t.Errorf("breaks %+v, want Mentor Sessions under the October 2025 offer", breaks)
	}
	// Saved again as it is, deleted and restored: nothing is lost.
	acc.Customer.Notes = "Renewal talks in May"
	if _, err := db.PutCustomer(acc.Customer); err != nil {
		t.Fatalf("save the customer again: %v", err)
	}
	removed, err := db.DeleteCustomer(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.PutAccount(removed); err != nil {
		t.Fatalf("restore the account: %v", err)
	}
	if got, err := db.Customer(c.ID); err != nil || !slices.Equal(got.Membership.AddOns, c.Membership.AddOns) {
		t.Errorf("after the restore: %v, add-ons %q", err, got.Membership.AddOns)
	}
	// A purchase no edition knows is still refused.
	c.Membership.AddOns = []string{"mentor-sesions"}
	if _, err := db.PutCustomer(c); err == nil || !strings.Contains(err.Error(), `unknown add-on "mentor-sesions"`) {
		t.Errorf("an unknown add-on: %v", err)
	}
}
