package storage_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
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
		res, err := db.ImportAccounts(planner.SamplePortfolio(cat, today))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("sample loaded: %d customers, %d activities\n", res.Added, res.Activities)
	}
	rows, _ := db.Portfolio(today)
	for _, r := range rows[:3] {
		fmt.Printf("%-20s %-11s %d overdue, %d accelerators left\n", r.Customer.Name, r.CurrentPhase, r.OverdueActions, r.Usage.AcceleratorsLeft())
	}
	// Output:
	// sample loaded: 6 customers, 42 activities
	// Contoso Health       kickoff     0 overdue, 0 accelerators left
	// Kookaburra Bank      define      1 overdue, 2 accelerators left
	// Müller GmbH          design      2 overdue, 4 accelerators left
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
	from.ImportAccounts(planner.SamplePortfolio(cat, catalog.MustDate("2026-11-26")))
	var file bytes.Buffer
	from.Export(&file)

	to, _ := storage.Open(filepath.Join(dir, "b.db"), cat, storage.Options{})
	defer to.Close()
	for range 2 {
		res, err := to.Import(bytes.NewReader(file.Bytes()))
		fmt.Printf("%+v %v\n", res, err)
	}

	// A file with a mistake changes nothing and says where the mistake is.
	bad := bytes.Replace(file.Bytes(), []byte(`"product": "campaign"`), []byte(`"product": "campain"`), 1)
	_, err := to.Import(bytes.NewReader(bad))
	fmt.Println(err)
	// Output:
	// {Added:6 Updated:0 Unchanged:0 Activities:42} <nil>
	// {Added:0 Updated:0 Unchanged:6 Activities:42} <nil>
	// portfolio file: accounts[4].customer.contacts[0].product: unknown product "campain"
}
