package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

func TestAccountsReadsEveryAccountInCustomersOrder(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 3)
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatal(err)
	}
	got, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	customers, err := db.Customers()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(customers) {
		t.Fatalf("%d accounts, want one per customer (%d)", len(got), len(customers))
	}
	for i, c := range customers {
		want, err := db.Account(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("accounts[%d] (%s) differs from Account(%s)", i, c.Name, c.ID)
		}
	}
	if empty, err := openTestDB(t).Accounts(); err != nil || len(empty) != 0 {
		t.Errorf("an empty database gave %d accounts, %v", len(empty), err)
	}
}

func TestAccountsSharesNothingBetweenCalls(t *testing.T) {
	db, _ := openSampleDB(t)
	first, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	// What the database holds, as text: a second result would share
	// whatever the first shares.
	want, err := json.Marshal(first)
	if err != nil {
		t.Fatal(err)
	}
	// Change every text of the first result, however deep: in the cached
	// engagements and plans as in the customers and activities.
	if n := changeEveryText(reflect.ValueOf(first)); n < 100 {
		t.Fatalf("only %d texts changed: the sample is too small to show sharing", n)
	}
	again, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := json.Marshal(again); err != nil || !bytes.Equal(got, want) {
		t.Errorf("a change to one result showed in the next (%v)", err)
	}
}

// changeEveryText appends to every settable exported string v holds,
// through slices, maps and pointers, and returns how many it changed.
func changeEveryText(v reflect.Value) int {
	n := 0
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + " changed by the caller")
			n++
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			n += changeEveryText(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			n += changeEveryText(v.Elem())
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(v.MapIndex(k))
			n += changeEveryText(val)
			v.SetMapIndex(k, val)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				n += changeEveryText(v.Field(i))
			}
		}
	}
	return n
}

func TestDeleteEngagementAndUndo(t *testing.T) {
	db, accounts := openSampleDB(t)
	acc := accounts[0]
	before := exportAll(t, db)
	rowsBefore, _ := db.Portfolio(testToday)
	e := acc.Engagements[0]

	removed, err := db.DeleteEngagement(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(removed, e) {
		t.Errorf("removed %q, want %q as saved", removed.Name, e.Name)
	}
	got, _ := db.Account(acc.Customer.ID)
	if len(got.Engagements) != len(acc.Engagements)-1 {
		t.Errorf("%d engagements after delete, want %d", len(got.Engagements), len(acc.Engagements)-1)
	}
	rows, _ := db.Portfolio(testToday)
	for _, r := range rows {
		if r.Customer.ID == acc.Customer.ID && r.Engagement == e.Name {
			t.Errorf("the portfolio still shows the deleted engagement %q", e.Name)
		}
	}
	if _, err := db.DeleteEngagement(e.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if _, err := db.DeleteEngagement(acc.Activities[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting an activity as an engagement: %v, want ErrNotFound", err)
	}

	if _, err := db.PutEngagement(removed); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("undo did not restore the engagement")
	}
	if rows, _ := db.Portfolio(testToday); !reflect.DeepEqual(rows, rowsBefore) {
		t.Error("undo did not restore the portfolio summary")
	}
}

func TestDeletePlanAndUndo(t *testing.T) {
	db, accounts := openSampleDB(t)
	var acc planner.Account
	for _, a := range accounts {
		if a.HasPlan() {
			acc = a
			break
		}
	}
	if !acc.HasPlan() {
		t.Fatal("no sample customer has a plan")
	}
	before := exportAll(t, db)
	rowsBefore, _ := db.Portfolio(testToday)

	removed, err := db.DeletePlan(acc.Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(removed, acc.Plan) {
		t.Errorf("removed %q, want %q as saved", removed.Title, acc.Plan.Title)
	}
	if got, _ := db.Account(acc.Customer.ID); got.HasPlan() {
		t.Error("the account still has a plan")
	}
	rows, _ := db.Portfolio(testToday)
	for _, r := range rows {
		if r.Customer.ID == acc.Customer.ID && (r.OverdueActions != 0 || r.DueSoonActions != 0) {
			t.Errorf("the portfolio still counts %d overdue actions of the deleted plan", r.OverdueActions)
		}
	}
	if _, err := db.DeletePlan(acc.Customer.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if _, err := db.DeletePlan(planner.NewID()); !errors.Is(err, ErrNotFound) {
		t.Errorf("plan of an unknown customer: %v, want ErrNotFound", err)
	}
	// The plan's ID is free again: it may be saved anew.
	if _, err := db.PutPlan(removed); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("undo did not restore the plan")
	}
	if rows, _ := db.Portfolio(testToday); !reflect.DeepEqual(rows, rowsBefore) {
		t.Error("undo did not restore the portfolio summary")
	}
}

func TestAccountsFollowsChanges(t *testing.T) {
	db, accounts := openSampleDB(t)
	if _, err := db.Accounts(); err != nil { // fills the cache
		t.Fatal(err)
	}
	moved := accounts[1].Activities[0]
	moved.Date = moved.Date.AddDays(1)
	moved.Outcome = "moved a day"
	if _, err := db.PutActivity(moved); err != nil {
		t.Fatal(err)
	}
	removed, err := db.DeleteActivity(accounts[2].Activities[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	added := accounts[3].Activities[0]
	added.ID = planner.NewID()
	if _, err := db.PutActivity(added); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeleteCustomer(accounts[4].Customer.ID); err != nil {
		t.Fatal(err)
	}
	got, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	customers, err := db.Customers()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(customers) {
		t.Fatalf("%d accounts, want %d", len(got), len(customers))
	}
	for i, c := range customers {
		want, err := db.Account(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("%s: Accounts differs from Account after changes", c.Name)
		}
		for _, a := range got[i].Activities {
			if a.ID == removed.ID {
				t.Error("Accounts still lists a deleted activity")
			}
		}
	}
}

func TestAccountsWhileWriting(t *testing.T) {
	db, accounts := openSampleDB(t)
	done := make(chan error)
	go func() {
		a := accounts[0].Activities[0]
		for i := range 20 {
			a.Hours = float64(i + 1)
			if _, err := db.PutActivity(a); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for range 20 {
		list, err := db.Accounts()
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != len(accounts) {
			t.Fatalf("%d accounts, want %d", len(list), len(accounts))
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
