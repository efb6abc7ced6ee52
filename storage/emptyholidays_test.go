package storage

import (
	"bytes"
	"context"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestEmptyHolidayListIsKept saves a customer and a region whose holiday
// list is empty, which means "observes no holidays", and requires that
// reading, reopening, exporting and importing give an empty list back
// rather than no list, which would mean the region's holidays.
func TestEmptyHolidayListIsKept(t *testing.T) {
	db, accounts := openSampleDB(t)
	path := db.Path()
	c := accounts[0].Customer
	c.Holidays = []catalog.Holiday{}
	if _, err := db.PutCustomer(c); err != nil {
		t.Fatalf("put customer: %v", err)
	}
	settings, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	settings.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.EMEA: {Holidays: []catalog.Holiday{}}}
	if err := db.PutSettings(settings); err != nil {
		t.Fatalf("put settings: %v", err)
	}
	requireEmpty := func(t *testing.T, db *DB, checkSettings bool) {
		t.Helper()
		got, err := db.Customer(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Holidays == nil || len(got.Holidays) != 0 {
			t.Errorf("customer holidays = %#v, want an empty list (no holidays observed)", got.Holidays)
		}
		if !checkSettings {
			return
		}
		s, err := db.Settings()
		if err != nil {
			t.Fatal(err)
		}
		if h := s.Regions[catalog.EMEA].Holidays; h == nil || len(h) != 0 {
			t.Errorf("EMEA holidays in the settings = %#v, want an empty list (no holidays observed)", h)
		}
	}
	t.Run("read", func(t *testing.T) { requireEmpty(t, db, true) })

	var file bytes.Buffer
	if err := db.Export(&file); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	t.Run("reopened", func(t *testing.T) {
		db, err := Open(path, catalog.Default(), testOptions())
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		requireEmpty(t, db, true)
	})
	t.Run("exported and imported", func(t *testing.T) {
		if !bytes.Contains(file.Bytes(), []byte(`"holidays": []`)) {
			t.Errorf("the portfolio file has no empty holiday list:\n%.2000s", file.String())
		}
		fresh := openTestDB(t)
		if _, err := fresh.Import(context.Background(), &file); err != nil {
			t.Fatalf("import: %v", err)
		}
		requireEmpty(t, fresh, false)
	})
}
