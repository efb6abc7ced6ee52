// Command liftoff is the Liftoff desktop app: the portfolio, customers,
// engagements, Mutual Action Plans, quarter planning, the catalog, support
// and settings of a Technical Account Manager in one window.
//
// Usage:
//
//	liftoff [--db FILE] [--sample]
//	liftoff --version
//
// The database is --db, else $LIFTOFF_DB, else liftoff.db in Liftoff's
// data folder (~/.local/share/Liftoff on Linux, %AppData%\Liftoff on
// Windows, ~/Library/Application Support/Liftoff on macOS). A catalog
// installed in Liftoff's config folder (or in $LIFTOFF_CONFIG) replaces the
// built-in one. See package places for every folder.
package main

import (
	_ "embed" // the app icon
	"errors"
	"flag"
	"fmt"
	"log"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff"
	"github.com/liftoff-app/liftoff/app"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/places"
	"github.com/liftoff-app/liftoff/storage"
)

//go:generate cp ../../Icon.png icon.png

// iconPNG is the app icon, a copy of the repository's Icon.png.
//
//go:embed icon.png
var iconPNG []byte

// appID is the app's identifier, as in FyneApp.toml.
const appID = "app.liftoff.planner"

// metadata is what FyneApp.toml says of the app. A binary made with
// "go build" does not read FyneApp.toml, so the app sets it itself; in
// particular the fyneDo migration, which runs callbacks from other
// goroutines only through fyne.Do.
func metadata() fyne.AppMetadata {
	return fyne.AppMetadata{
		ID:         appID,
		Name:       "Liftoff",
		Version:    liftoff.Version,
		Build:      liftoff.Build,
		Icon:       fyne.NewStaticResource("icon.png", iconPNG),
		Migrations: map[string]bool{"fyneDo": true},
	}
}

// versionLine is what --version prints: the name and the version.
func versionLine() string { return "Liftoff " + liftoff.Version }

func main() {
	fs := flag.NewFlagSet("liftoff", flag.ExitOnError)
	dbFlag := fs.String("db", "", "database `file` (default $"+storage.EnvDB+", else liftoff.db in Liftoff's data folder)")
	sample := fs.Bool("sample", false, "load the sample portfolio into an empty database without asking")
	showVersion := fs.Bool("version", false, "print the version and exit")
	fs.Parse(os.Args[1:])
	if *showVersion {
		fmt.Println(versionLine())
		return
	}

	if dir, err := logDir(); err == nil {
		closeLog, err := startLog(dir)
		if err != nil {
			log.Print(err)
		}
		defer closeLog()
	}
	fyneapp.SetMetadata(metadata())
	a := fyneapp.NewWithID(appID)
	a.SetIcon(metadata().Icon)
	app.ApplyLanguagePreference(a)
	if err := app.RegisterTranslations(); err != nil {
		fyne.LogError("translations", err)
	}
	if err := run(a, *dbFlag, *sample); err != nil {
		showFatal(a, err)
	}
}

// run opens the catalog and the database and shows the main window until
// it closes.
func run(a fyne.App, dbFlag string, sample bool) error {
	dir, err := configDir()
	if err != nil {
		return err
	}
	cat, warning := resolveCatalog(dir)
	path, from, err := storage.ResolvePathMoved(dbFlag)
	if err != nil {
		return fmt.Errorf("find the database: %w", err)
	}
	if from != "" {
		log.Printf("moved the database from %s to %s, Liftoff's data folder", from, path)
	}
	db, err := storage.Open(path, cat, storage.Options{})
	if err != nil {
		return openError(err)
	}
	defer func() { db.Close() }()
	start := func() error {
		ui, err := app.Build(app.Options{App: a, Catalog: cat, CatalogDir: dir, CatalogWarning: warning, Store: db, LoadSample: sample, NativeFileDialogs: true})
		if err != nil {
			return err
		}
		ui.Window().Show()
		return nil
	}
	rb := db.RolledBack()
	if rb == nil {
		if err := start(); err != nil {
			return err
		}
		a.Run()
		return nil
	}
	// The file lost its last saved changes: nothing is written until the
	// user chooses how to go on.
	reopen := func(replace func() error) error {
		if err := db.Close(); err != nil {
			return err
		}
		replaceErr := replace()
		reopened, err := storage.Open(path, cat, storage.Options{})
		if err != nil {
			return errors.Join(replaceErr, openError(err))
		}
		db = reopened
		if replaceErr != nil {
			return replaceErr
		}
		return start()
	}
	w := app.ShowRollBack(a, app.RollBack{Path: rb.Path, FileChange: rb.FileCommit, SavedChange: rb.SavedCommit, NewestBackup: rb.NewestBackup, Repairable: rb.Repairable},
		app.RollBackActions{
			Repair: func() error {
				return reopen(func() error { return storage.RepairLastChange(path, cat, storage.Options{}) })
			},
			Restore: func() error {
				return reopen(func() error { return storage.Restore(path, rb.NewestBackup, storage.Options{}) })
			},
			Keep: func() error {
				if err := db.AcceptOlderState(); err != nil {
					return err
				}
				return start()
			},
			Quit: a.Quit,
		})
	w.ShowAndRun()
	return nil
}

// configDir returns Liftoff's config folder, where an installed catalog
// lives ($LIFTOFF_CONFIG when set).
func configDir() (string, error) {
	d, err := places.Current().ConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the config folder: %w", err)
	}
	return d, nil
}

// resolveCatalog returns the installed catalog, else the built-in one. An
// installed file that cannot be used gives the built-in catalog and a
// warning that says why.
func resolveCatalog(dir string) (*catalog.Catalog, string) {
	cat, err := catalog.Resolve(dir)
	if err != nil {
		return catalog.Default(), lang.X("start.catalogFallback",
			"The installed catalog cannot be used, so Liftoff shows its built-in catalog. Fix the file or install a valid one in Settings.") +
			"\n\n" + err.Error()
	}
	return cat, ""
}

// openError explains why the database could not be opened; the file was
// not touched.
func openError(err error) error {
	var schema *storage.SchemaError
	var corrupt *storage.CorruptError
	switch {
	case errors.Is(err, storage.ErrLocked):
		// The message in the window's language, the error still ErrLocked.
		where := ""
		var locked *storage.LockedError
		if errors.As(err, &locked) {
			where = locked.Path
		}
		open := fmt.Sprintf(lang.X("window.start.alreadyOpen", "Liftoff is already open on %s."), where)
		return fmt.Errorf("%s\n\n%s%w", open, lang.X("start.locked", "Close the other Liftoff window (or liftoffctl) and start Liftoff again."), quiet{err})
	case errors.As(err, &schema):
		return fmt.Errorf("%w\n\n%s", err, lang.X("start.newer", "Update Liftoff to open this database."))
	case errors.As(err, &corrupt):
		return err
	}
	return fmt.Errorf("open the database: %w", err)
}

// quiet wraps an error for errors.Is and errors.As without adding to the
// message: the message already says it in the user's language.
type quiet struct{ err error }

// Error returns nothing: see quiet.
func (quiet) Error() string { return "" }

// Unwrap returns the wrapped error.
func (q quiet) Unwrap() error { return q.err }

// showFatal shows err in a window of its own and quits when it closes.
func showFatal(a fyne.App, err error) {
	w := a.NewWindow("Liftoff")
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	msg.Selectable = true
	quit := widget.NewButtonWithIcon(lang.X("start.quit", "Quit"), theme.CancelIcon(), a.Quit)
	quit.Importance = widget.HighImportance
	title := widget.NewLabelWithStyle(lang.X("start.failed", "Liftoff cannot start"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.SetContent(container.NewBorder(container.NewHBox(widget.NewIcon(theme.ErrorIcon()), title), container.NewHBox(quit), nil, nil,
		container.NewVScroll(msg)))
	w.Resize(fyne.NewSize(620, 320))
	w.SetMaster()
	w.ShowAndRun()
	os.Exit(1)
}
