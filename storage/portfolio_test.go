package storage

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// referenceRows computes the portfolio rows with planner.Summarize on
// every full account, in the order of db.Customers.
func referenceRows(t *testing.T, db *DB, today planner.Date) []planner.PortfolioRow {
	t.Helper()
	customers, err := db.Customers()
	if err != nil {
		t.Fatal(err)
	}
	var rows []planner.PortfolioRow
	for _, c := range customers {
		acc, err := db.Account(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, planner.Summarize(db.Catalog(), acc, today))
	}
	return rows
}

func comparePortfolio(t *testing.T, db *DB, today planner.Date) {
	t.Helper()
	got, err := db.Portfolio(today)
	if err != nil {
		t.Fatal(err)
	}
	want := referenceRows(t, db, today)
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", today, len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: row %d (%s)\n got %+v\nwant %+v", today, i, want[i].Customer.Name, got[i], want[i])
		}
	}
}

func TestPortfolioMatchesReferenceOnSample(t *testing.T) {
	db, _ := openSampleDB(t)
	for _, day := range []string{"2026-11-26", "2026-10-01", "2026-12-31", "2027-02-01", "2026-01-15"} {
		comparePortfolio(t, db, catalog.MustDate(day))
	}
}

func TestPortfolioMatchesReferenceOnLargePortfolio(t *testing.T) {
	db := openTestDB(t)
	accounts := genPortfolio(db.Catalog(), 60, 200, 42)
	if _, err := db.ImportAccounts(accounts); err != nil {
		t.Fatal(err)
	}
	for _, d := range []int{0, -400, 300, 700} {
		comparePortfolio(t, db, testToday.AddDays(d))
	}
	// After edits through every write path the indexes still agree.
	acc := accounts[5]
	acc.Engagements[0].Phases[0].Status = planner.PhaseInProgress
	if _, err := db.PutEngagement(acc.Engagements[0]); err != nil {
		t.Fatal(err)
	}
	acc.Plan.Actions[0].Status = planner.StatusDone
	if _, err := db.PutPlan(acc.Plan); err != nil {
		t.Fatal(err)
	}
	moved := acc.Activities[3]
	moved.Date = testToday.AddDays(2)
	moved.Status = planner.ActivityScheduled
	if _, err := db.PutActivity(moved); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeleteActivity(acc.Activities[4].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeleteCustomer(accounts[6].Customer.ID); err != nil {
		t.Fatal(err)
	}
	c := accounts[7].Customer
	c.Contract.Allowances.AcceleratorsPerYear = 1
	c.Contract.Start = testToday.AddDays(-30)
	if _, err := db.PutCustomer(c); err != nil {
		t.Fatal(err)
	}
	comparePortfolio(t, db, testToday)
}

func TestActivitiesByDay(t *testing.T) {
	db := openTestDB(t)
	accounts := genPortfolio(db.Catalog(), 20, 100, 11)
	if _, err := db.ImportAccounts(accounts); err != nil {
		t.Fatal(err)
	}
	q := planner.QuarterOf(testToday)
	got, err := db.Activities(q.First(), q.Last())
	if err != nil {
		t.Fatal(err)
	}
	var want []planner.Activity
	for _, acc := range accounts {
		for _, a := range acc.Activities {
			if q.Contains(a.Date) {
				want = append(want, a)
			}
		}
	}
	slices.SortFunc(want, func(a, b planner.Activity) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		if c := bytes.Compare(a.CustomerID[:], b.CustomerID[:]); c != 0 {
			return c
		}
		return bytes.Compare(a.ID[:], b.ID[:])
	})
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("%d activities in %s, want %d", len(got), q, len(want))
	}
	if none, _ := db.Activities(q.Last(), q.First()); len(none) != 0 {
		t.Errorf("an empty range gave %d activities", len(none))
	}
}

func TestAccountView(t *testing.T) {
	db, accounts := openSampleDB(t)
	for _, want := range accounts {
		got, err := db.Account(want.Customer.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.IsSortedFunc(got.Activities, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) }) {
			t.Errorf("%s: activities not in day order", got.Customer.Name)
		}
		if got.Customer.Name != want.Customer.Name || len(got.Activities) != len(want.Activities) ||
			len(got.Engagements) != len(want.Engagements) || got.Plan.ID != want.Plan.ID {
			t.Errorf("%s: the account view differs from what was saved", want.Customer.Name)
		}
	}
}
