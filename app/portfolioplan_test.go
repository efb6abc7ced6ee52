package app

import (
	"errors"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// activitiesRefused is a store whose activities cannot be read.
type activitiesRefused struct{}

// Activities fails as a locked database would.
func (activitiesRefused) Activities(planner.Date, planner.Date) ([]planner.Activity, error) {
	return nil, errLockedDB
}

// The portfolio a schedule is checked against holds the caller's account
// as given (with what it has not saved) and every other customer with
// only its activities of the quarter; a store that cannot be read says
// so instead of giving an empty portfolio.
func TestPortfolioPlanInput(t *testing.T) {
	cat := catalog.Default()
	db := openTestStore(t, cat, true)
	accounts, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	customers, err := db.Customers()
	if err != nil {
		t.Fatal(err)
	}
	p := portfolioPlan{store: db, customers: customers, cat: cat, settings: planner.DefaultSettings()}
	mine := accounts[0]
	mine.Activities = nil // the caller's unsaved state
	q := planner.QuarterOf(catalog.DateOf(testNow()))
	in, err := p.input(mine, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Accounts) != len(customers) || in.Accounts[0].Customer.ID != mine.Customer.ID || len(in.Accounts[0].Activities) != 0 {
		t.Fatalf("the input holds %d accounts, the first %s with %d activities; want %d, %s first as given",
			len(in.Accounts), in.Accounts[0].Customer.Name, len(in.Accounts[0].Activities), len(customers), mine.Customer.Name)
	}
	weeks := q.Weeks()
	others := 0
	for _, a := range in.Accounts[1:] {
		for _, act := range a.Activities {
			if act.Date.Before(weeks[0].Monday) || act.Date.After(weeks[len(weeks)-1].Sunday()) {
				t.Errorf("%s's activity of %s is outside %s", a.Customer.Name, act.Date, q)
			}
			others++
		}
	}
	if others == 0 {
		t.Error("the other customers bring no activities of the quarter")
	}

	p.store = activitiesRefused{}
	if _, err := p.input(mine, q); !errors.Is(err, errLockedDB) {
		t.Errorf("a store that cannot be read gives %v, want the locked database's error", err)
	}
	if _, err := p.conflictsOf(mine, []planner.Activity{{Date: weeks[1].Monday}}); !errors.Is(err, errLockedDB) {
		t.Errorf("conflicts on a store that cannot be read give %v, want the locked database's error", err)
	}
}
