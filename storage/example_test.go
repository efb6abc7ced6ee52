package storage_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
	"github.com/liftoff-app/liftoff/storage"
)

func Example() {
	dir, _ := os.MkdirTemp("", "liftoff-example-")
	defer os.RemoveAll(dir)
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")

	db, err := storage.Open(filepath.Join(dir, "liftoff.db"), cat, storage.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()

	// First start: offer the sample portfolio.
	if list, _ := db.Customers(); len(list) == 0 {
		res, err := db.ImportAccounts(sample.Portfolio(cat, today))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("sample loaded: %d customers, %d activities\n", res.Added, res.Activities)
	}
	rows, _ := db.Portfolio(today)
	for _, r := range rows[:3] {
		fmt.Printf("%-20s %-11s %d overdue, accelerators left: %d\n", r.Customer.Name, r.CurrentPhase, r.OverdueActions, r.Usage.Accelerators.Left())
	}
	// Output:
	// sample loaded: 6 customers, 104 activities
	// Contoso Health       kickoff     0 overdue, accelerators left: 0
	// Kookaburra Bank      define      1 overdue, accelerators left: 2
	// Müller GmbH          design      2 overdue, accelerators left: 3
}

func ExampleOpen_secondInstance() {
	dir, _ := os.MkdirTemp("", "liftoff-example-")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "liftoff.db")
	first, _ := storage.Open(path, catalog.Default(), storage.Options{})
	defer first.Close()

	_, err := storage.Open(path, catalog.Default(), storage.Options{})
	fmt.Println(errors.Is(err, storage.ErrLocked), err.Error() == "Liftoff is already open on "+path)
	// Output: true true
}

func ExampleDB_Import() {
	dir, _ := os.MkdirTemp("", "liftoff-example-")
	defer os.RemoveAll(dir)
	cat := catalog.Default()
	from, _ := storage.Open(filepath.Join(dir, "a.db"), cat, storage.Options{})
	defer from.Close()
	from.ImportAccounts(sample.Portfolio(cat, catalog.MustDate("2026-11-26")))
	var file bytes.Buffer
	from.Export(&file)

	to, _ := storage.Open(filepath.Join(dir, "b.db"), cat, storage.Options{})
	defer to.Close()
	for range 2 {
		res, err := to.Import(context.Background(), bytes.NewReader(file.Bytes()))
		fmt.Printf("%+v %v\n", res, err)
	}

	// A file with a mistake changes nothing and says where the mistake is.
	bad := bytes.Replace(file.Bytes(), []byte(`"product": "campaign"`), []byte(`"product": "campain"`), 1)
	_, err := to.Import(context.Background(), bytes.NewReader(bad))
	fmt.Println(err)
	// Output:
	// {Added:6 Updated:0 Unchanged:0 Activities:104} <nil>
	// {Added:0 Updated:0 Unchanged:6 Activities:104} <nil>
	// portfolio file: accounts[4].customer.contacts[0].product: unknown product "campain"
}

func ExampleDB_PutSeries() {
	dir, _ := os.MkdirTemp("", "liftoff-example-")
	defer os.RemoveAll(dir)
	cat := catalog.Default()
	db, err := storage.Open(filepath.Join(dir, "liftoff.db"), cat, storage.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	db.ImportAccounts(sample.Portfolio(cat, catalog.MustDate("2026-11-26")))
	customers, _ := db.Customers()
	muller := customers[2] // Müller GmbH, in EMEA
	cal, _ := planner.CustomerCalendar(cat, planner.DefaultSettings(), muller)

	// The monthly roadmap review, on the first Monday, four times.
	review := planner.Series{ID: planner.NewID(), CustomerID: muller.ID, Rule: planner.RecurMonthlyWeekday,
		Start: catalog.MustDate("2027-01-04"), Count: 4}
	occ, _ := planner.ExpandSeries(planner.Activity{ItemID: "pro-roadmap-review", Hours: 2, Status: planner.ActivityScheduled}, review, cal)
	if _, _, err := db.PutSeries(review, occ); err != nil {
		fmt.Println(err)
		return
	}

	// From March on, the first Tuesday: the third and later occurrences
	// follow the rule again from the new day, in one transaction.
	acc, _ := db.Account(muller.ID)
	moved, err := planner.MoveSeries(acc.Activities, review, occ[2].ID, catalog.MustDate("2027-03-02"), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	var later []planner.Activity
	for _, a := range moved {
		if a.SeriesID == review.ID && !a.Date.Before(occ[2].Date) {
			later = append(later, a)
		}
	}
	if _, err := db.ReplaceSeriesFrom(review, occ[2].Date, later); err != nil {
		fmt.Println(err)
		return
	}
	acc, _ = db.Account(muller.ID)
	stored, _ := acc.SeriesByID(review.ID)
	fmt.Println("the review series:", stored.Rule)
	for _, a := range acc.Activities {
		if a.SeriesID == review.ID {
			fmt.Println(a.Date, a.Date.Weekday())
		}
	}
	// Output:
	// the review series: monthly-weekday
	// 2027-01-04 Monday
	// 2027-02-01 Monday
	// 2027-03-02 Tuesday
	// 2027-04-06 Tuesday
}
