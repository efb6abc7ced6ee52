package app_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/app"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/storage"
)

// The window is built on a Fyne app, a catalog and an open database; here
// a test app stands in for the desktop, and a new database gets the
// sample portfolio without asking.
func ExampleBuild() {
	dir, err := os.MkdirTemp("", "liftoff-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	cat := catalog.Default()
	db, err := storage.Open(filepath.Join(dir, "liftoff.db"), cat, storage.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	ui, err := app.Build(app.Options{App: test.NewApp(), Catalog: cat, Store: db, LoadSample: true,
		Language: "en", ReminderInterval: -1})
	if err != nil {
		log.Fatal(err)
	}
	defer ui.Close()
	customers, err := db.Customers()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ui.Window().Title(), "with", len(customers), "sample customers")
	// Output: Liftoff with 6 sample customers
}

func ExampleLanguages() {
	for _, l := range app.Languages() {
		fmt.Println(l.Tag, l.Name)
	}
	// Output:
	// en English
	// nl Nederlands
	// ja 日本語
}
