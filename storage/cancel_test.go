package storage

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/liftoff-app/liftoff/internal/cancelafter"
)

// cancelledContext returns a context that is already cancelled.
func cancelledContext() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

// TestImportCancelledMidwayChangesNothing imports a portfolio file of new
// and changed customers, cancelling it at every point where the import
// looks at its context: until it has gone far enough to be written whole,
// every cancelled import fails with context.Canceled and leaves the
// database exactly as it was.
func TestImportCancelledMidwayChangesNothing(t *testing.T) {
	src := openTestDB(t)
	if _, err := src.ImportAccounts(genPortfolio(src.Catalog(), 12, 6, 7)); err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := src.Export(&file); err != nil {
		t.Fatal(err)
	}

	db, _ := openSampleDB(t)
	before := exportAll(t, db)
	cancelled := 0
	for after := 0; ; after++ {
		res, err := db.Import(cancelafter.New(context.Background(), after), bytes.NewReader(file.Bytes()))
		if err == nil {
			if res.Added != 12 {
				t.Fatalf("the import that ran through added %d customers, want 12", res.Added)
			}
			break
		}
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled after %d looks: %v, want an error wrapping context.Canceled", after, err)
		}
		cancelled++
		if got := exportAll(t, db); !bytes.Equal(got, before) {
			t.Fatalf("cancelled after %d looks: the database changed", after)
		}
		if after > 1000 {
			t.Fatal("the import never got through")
		}
	}
	// One look before the backup and the transaction, one per account in
	// each of its two passes, and one before the commit.
	if cancelled < 2*12+2 {
		t.Errorf("the import stopped at %d points, want one before it starts, two per account and one before the commit", cancelled)
	}
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

// TestImportCancelledBeforeStartChangesNothing checks the imports and the
// full check with a context cancelled before they start: each returns an
// error wrapping context.Canceled and the database file stays the same,
// byte for byte.
func TestImportCancelledBeforeStartChangesNothing(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	file := exportAll(t, db)
	rows, err := readExport(t, portalExport)
	if err != nil {
		t.Fatal(err)
	}
	hash := fileHash(t, db.Path())
	ctx := cancelledContext()

	if _, err := db.Import(ctx, bytes.NewReader(file)); !errors.Is(err, context.Canceled) {
		t.Errorf("Import: %v, want an error wrapping context.Canceled", err)
	}
	if _, err := db.ImportCases(ctx, accounts[0].Customer.ID, rows); !errors.Is(err, context.Canceled) {
		t.Errorf("ImportCases: %v, want an error wrapping context.Canceled", err)
	}
	if _, err := db.FullCheck(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("FullCheck: %v, want an error wrapping context.Canceled", err)
	}
	if fileHash(t, db.Path()) != hash {
		t.Error("the database file changed")
	}
	if !bytes.Equal(exportAll(t, db), file) {
		t.Error("the database content changed")
	}
}

// TestImportCasesCancelledMidwayChangesNothing cancels a case import at
// every point where it looks at its context: a cancelled import adds no
// case, and the one that gets through adds them all.
func TestImportCasesCancelledMidwayChangesNothing(t *testing.T) {
	db, accounts := openSampleDBWithoutCases(t)
	rows, err := readExport(t, portalExport)
	if err != nil {
		t.Fatal(err)
	}
	before := exportAll(t, db)
	cancelled := 0
	for after := 0; after < 100; after++ {
		res, err := db.ImportCases(cancelafter.New(context.Background(), after), accounts[0].Customer.ID, rows)
		if err == nil {
			if res.Added != len(rows) {
				t.Fatalf("the import that ran through added %d cases, want %d", res.Added, len(rows))
			}
			break
		}
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled after %d looks: %v, want an error wrapping context.Canceled", after, err)
		}
		cancelled++
		if !bytes.Equal(exportAll(t, db), before) {
			t.Fatalf("cancelled after %d looks: the database changed", after)
		}
	}
	if cancelled < 3 {
		t.Errorf("the case import stopped at %d points, want at least 3", cancelled)
	}
}

// TestFullCheckCancelledMidway stops the full check at each of its looks
// at the context: it reports the cancel, never damage, until it runs
// through and verifies every record.
func TestFullCheckCancelledMidway(t *testing.T) {
	db, _ := openSampleDB(t)
	for after := 0; after < 100; after++ {
		r, err := db.FullCheck(cancelafter.New(context.Background(), after))
		if err == nil {
			if r.Records == 0 {
				t.Fatal("the check that ran through verified no record")
			}
			if after < 3 {
				t.Errorf("the check got through after %d looks, want at least 3", after)
			}
			return
		}
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled after %d looks: %v, want an error wrapping context.Canceled", after, err)
		}
		var c *CorruptError
		if errors.As(err, &c) {
			t.Fatalf("cancelled after %d looks: reported as damage: %v", after, err)
		}
	}
	t.Fatal("the check never got through")
}
