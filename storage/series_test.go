package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// testSeries returns a weekly status call of customer acc from
// 2027-01-04, n times, with its occurrences, and the customer's calendar
// (a touchpoint: every membership may have it).
func testSeries(t testing.TB, db *DB, acc planner.Account, n int) (planner.Series, []planner.Activity, planner.Calendar) {
	t.Helper()
	cal, err := planner.CustomerCalendar(db.Catalog(), planner.DefaultSettings(), acc.Customer)
	if err != nil {
		t.Fatal(err)
	}
	s := planner.Series{ID: planner.NewID(), CustomerID: acc.Customer.ID, Rule: planner.RecurWeekly, Start: catalog.MustDate("2027-01-04"), Count: n}
	occ, err := planner.ExpandSeries(planner.Activity{ItemID: "touchpoint-status-call", Hours: 1, Owner: "Alex Morgan", Status: planner.ActivityScheduled}, s, cal)
	if err != nil {
		t.Fatal(err)
	}
	return s, occ, cal
}

// storedOccurrences returns the stored occurrences of series id of
// customer, by day.
func storedOccurrences(t testing.TB, db *DB, customer, id planner.ID) []planner.Activity {
	t.Helper()
	acc, err := db.Account(customer)
	if err != nil {
		t.Fatal(err)
	}
	var out []planner.Activity
	for _, a := range acc.Activities {
		if a.SeriesID == id {
			out = append(out, a)
		}
	}
	return out
}

func activityDays(list []planner.Activity) []string {
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = a.Date.String()
	}
	return out
}

func TestPutSeriesStoresTheRuleWithItsOccurrences(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 6)
	saved, savedOcc, err := db.PutSeries(s, occ)
	if err != nil {
		t.Fatal(err)
	}
	if saved != s || !reflect.DeepEqual(savedOcc, occ) {
		t.Errorf("PutSeries returned %+v with %d occurrences, want the series and its %d occurrences as given", saved, len(savedOcc), len(occ))
	}
	acc, err := db.Account(s.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := acc.SeriesByID(s.ID); !ok || got != s || len(acc.Series) != len(accounts[0].Series)+1 {
		t.Fatalf("account series %+v, want %+v added to the %d of the sample", acc.Series, s, len(accounts[0].Series))
	}
	if got := storedOccurrences(t, db, s.CustomerID, s.ID); !reflect.DeepEqual(got, occ) {
		t.Errorf("stored occurrences on %q, want %q", activityDays(got), activityDays(occ))
	}
	if err := acc.Validate(db.Catalog()); err != nil {
		t.Errorf("the stored account is not valid: %v", err)
	}

	// The series travels with its account through export and import.
	other := openTestDB(t)
	var file bytes.Buffer
	if err := db.Export(&file, s.CustomerID); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(file.Bytes(), []byte(`"series": [`)) {
		t.Error("the exported account has no \"series\"")
	}
	if _, err := other.Import(context.Background(), &file); err != nil {
		t.Fatalf("import: %v", err)
	}
	imported, err := other.Account(s.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(imported.Series, acc.Series) || len(imported.Activities) != len(acc.Activities) {
		t.Errorf("imported %d series and %d activities, want %d and %d", len(imported.Series), len(imported.Activities), len(acc.Series), len(acc.Activities))
	}
}

func TestPutSeriesFillsInIDs(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 3)
	s.ID = planner.ID{}
	for i := range occ {
		occ[i].ID, occ[i].SeriesID = planner.ID{}, planner.ID{}
	}
	saved, savedOcc, err := db.PutSeries(s, occ)
	if err != nil {
		t.Fatal(err)
	}
	if saved.ID == (planner.ID{}) {
		t.Fatal("the series got no ID")
	}
	for _, a := range savedOcc {
		if a.ID == (planner.ID{}) || a.SeriesID != saved.ID {
			t.Errorf("occurrence saved with ID %s in series %s, want an ID in series %s", a.ID, a.SeriesID, saved.ID)
		}
	}
	if got := storedOccurrences(t, db, s.CustomerID, saved.ID); len(got) != 3 {
		t.Errorf("%d occurrences stored, want 3", len(got))
	}
}

func TestBadSeriesChangesNothing(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(s *planner.Series, occ []planner.Activity, accounts []planner.Account)
		field string // "" for an error that is not a validation
		text  string
	}{
		{"no rule", func(s *planner.Series, _ []planner.Activity, _ []planner.Account) { s.Rule = "" },
			"series.rule", "unknown recurrence"},
		{"no customer", func(s *planner.Series, occ []planner.Activity, _ []planner.Account) {
			s.CustomerID = planner.ID{}
		}, "series.customerId", "must be set"},
		{"an unknown item", func(_ *planner.Series, occ []planner.Activity, _ []planner.Account) { occ[2].ItemID = "pro-nothing" },
			"occurrences[2].itemId", `the catalog has no item "pro-nothing"`},
		{"an occurrence of another series", func(_ *planner.Series, occ []planner.Activity, _ []planner.Account) {
			occ[1].SeriesID = planner.NewID()
		}, "occurrences[1].seriesId", "not"},
		{"an occurrence of another customer", func(_ *planner.Series, occ []planner.Activity, accounts []planner.Account) {
			occ[0].CustomerID = accounts[1].Customer.ID
		}, "occurrences[0].customerId", "belongs to another customer than the series"},
		{"an ID twice", func(_ *planner.Series, occ []planner.Activity, _ []planner.Account) { occ[3].ID = occ[0].ID },
			"occurrences[3].id", "occurrences[0] has the same ID"},
		{"an activity ID of another customer", func(_ *planner.Series, occ []planner.Activity, accounts []planner.Account) {
			occ[1].ID = accounts[1].Activities[0].ID
		}, "occurrences[1].id", "belongs to another customer"},
		{"a series ID used by an engagement", func(s *planner.Series, occ []planner.Activity, accounts []planner.Account) {
			s.ID = accounts[0].Engagements[0].ID
			for i := range occ {
				occ[i].SeriesID = s.ID
			}
		}, "series.id", "is already used by an engagement"},
		{"an unknown customer", func(s *planner.Series, occ []planner.Activity, _ []planner.Account) {
			s.CustomerID = planner.NewID()
			for i := range occ {
				occ[i].CustomerID = s.CustomerID
			}
		}, "", "not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, accounts := openSampleDB(t)
			before := exportAll(t, db)
			s, occ, _ := testSeries(t, db, accounts[0], 5)
			tt.edit(&s, occ, accounts)
			_, _, err := db.PutSeries(s, occ)
			if err == nil {
				t.Fatal("the bad series was saved")
			}
			if tt.field == "" {
				if !errors.Is(err, ErrNotFound) {
					t.Errorf("got %v, want ErrNotFound", err)
				}
			} else if p, ok := mustValidation(t, err).Field(tt.field); !ok || !strings.Contains(p.Message, tt.text) {
				t.Errorf("problems %v, want %s: …%s…", err, tt.field, tt.text)
			}
			if got := exportAll(t, db); !bytes.Equal(got, before) {
				t.Error("a refused series changed the database")
			}
		})
	}
}

func TestPutSeriesIsOneTransaction(t *testing.T) {
	db, accounts := openSampleDB(t)
	before := exportAll(t, db)
	s, occ, _ := testSeries(t, db, accounts[0], 12)
	commits := 0
	db.beforeCommit = func() error {
		commits++
		return errors.New("power cut")
	}
	if _, _, err := db.PutSeries(s, occ); err == nil || !strings.Contains(err.Error(), "power cut") {
		t.Fatalf("got %v, want the failed commit", err)
	}
	db.beforeCommit = nil
	if commits != 1 {
		t.Errorf("%d transactions, want the series and its 12 occurrences in one", commits)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("a failed PutSeries left part of the series behind")
	}
}

func TestPutActivityNeedsItsSeriesStored(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 2)
	if _, err := db.PutActivity(occ[0]); err == nil {
		t.Fatal("an occurrence of an unsaved series was saved")
	} else if p, ok := mustValidation(t, err).Field("seriesId"); !ok || !strings.Contains(p.Message, "which is not stored") {
		t.Errorf("problems %v, want seriesId: …which is not stored…", err)
	}
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatal(err)
	}
	other := accounts[0].Activities[0]
	other.ID, other.CustomerID, other.SeriesID = planner.NewID(), accounts[3].Customer.ID, s.ID
	other.Solution = ""
	if _, err := db.PutActivities([]planner.Activity{other}); err == nil {
		t.Fatal("another customer's activity joined the series")
	} else if p, ok := mustValidation(t, err).Field("activities[0].seriesId"); !ok || !strings.Contains(p.Message, "belongs to another customer") {
		t.Errorf("problems %v, want activities[0].seriesId: …belongs to another customer…", err)
	}
	// Deleting an occurrence keeps the series, so that undo can put it back.
	removed, err := db.DeleteActivity(occ[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutActivity(removed); err != nil {
		t.Errorf("undo of a deleted occurrence: %v", err)
	}
}

func TestReplaceSeriesFromMovesThisAndLater(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, cal := testSeries(t, db, accounts[0], 6)
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatal(err)
	}
	acc, err := db.Account(s.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	// From the third (18 January) on, Wednesdays.
	moved, err := planner.MoveSeries(acc.Activities, s, occ[2].ID, catalog.MustDate("2027-01-20"), cal)
	if err != nil {
		t.Fatal(err)
	}
	var later []planner.Activity
	for _, a := range moved {
		if a.SeriesID == s.ID && !a.Date.Before(occ[2].Date) {
			later = append(later, a)
		}
	}
	if _, err := db.ReplaceSeriesFrom(s, occ[2].Date, later); err != nil {
		t.Fatal(err)
	}
	want := []string{"2027-01-04", "2027-01-11", "2027-01-20", "2027-01-27", "2027-02-03", "2027-02-10"}
	if got := activityDays(storedOccurrences(t, db, s.CustomerID, s.ID)); !slices.Equal(got, want) {
		t.Errorf("stored on %q, want %q", got, want)
	}
	q := planner.QuarterOf(catalog.MustDate("2027-01-20"))
	inQuarter, err := db.Activities(q.First(), q.Last())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range inQuarter {
		if a.SeriesID == s.ID && a.Date.Weekday() == 1 && a.Date.After(catalog.MustDate("2027-01-11")) {
			t.Errorf("the day index still lists an occurrence on Monday %s", a.Date)
		}
	}

	// Ending the series sooner: from 3 February on, nothing.
	shorter := s
	shorter.Count = 4
	if _, err := db.ReplaceSeriesFrom(shorter, catalog.MustDate("2027-02-03"), nil); err != nil {
		t.Fatal(err)
	}
	if got := activityDays(storedOccurrences(t, db, s.CustomerID, s.ID)); !slices.Equal(got, want[:4]) {
		t.Errorf("after ending sooner, stored on %q, want %q", got, want[:4])
	}
	acc, _ = db.Account(s.CustomerID)
	if got, ok := acc.SeriesByID(s.ID); !ok || got.Count != 4 || len(acc.Series) != len(accounts[0].Series)+1 {
		t.Errorf("stored series %+v, want series %s with the count 4 beside the %d of the sample", acc.Series, s.ID, len(accounts[0].Series))
	}
}

func TestReplaceSeriesFromRefusesAndChangesNothing(t *testing.T) {
	tests := []struct {
		name    string
		replace func(db *DB, s planner.Series, occ []planner.Activity) error
		check   func(t *testing.T, err error)
	}{
		{"a delivered occurrence left out", func(db *DB, s planner.Series, occ []planner.Activity) error {
			delivered := occ[4]
			delivered.Status = planner.ActivityDelivered
			if _, err := db.PutActivity(delivered); err != nil {
				t.Fatal(err)
			}
			_, err := db.ReplaceSeriesFrom(s, occ[3].Date, occ[3:4])
			return err
		}, func(t *testing.T, err error) {
			if p, ok := mustValidation(t, err).Field("occurrences"); !ok || !strings.Contains(p.Message, "a delivered occurrence is never removed") {
				t.Errorf("problems %v", err)
			}
		}},
		{"a series not stored", func(db *DB, s planner.Series, occ []planner.Activity) error {
			s.ID = planner.NewID()
			_, err := db.ReplaceSeriesFrom(s, occ[0].Date, nil)
			return err
		}, func(t *testing.T, err error) {
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("got %v, want ErrNotFound", err)
			}
		}},
		{"no first day", func(db *DB, s planner.Series, occ []planner.Activity) error {
			_, err := db.ReplaceSeriesFrom(s, planner.Date{}, nil)
			return err
		}, func(t *testing.T, err error) {
			if p, ok := mustValidation(t, err).Field("from"); !ok || !strings.Contains(p.Message, "must be set") {
				t.Errorf("problems %v", err)
			}
		}},
		{"a failure inside the transaction", func(db *DB, s planner.Series, occ []planner.Activity) error {
			db.beforeCommit = func() error { return errors.New("power cut") }
			defer func() { db.beforeCommit = nil }()
			_, err := db.ReplaceSeriesFrom(s, occ[1].Date, nil)
			return err
		}, func(t *testing.T, err error) {
			if err == nil || !strings.Contains(err.Error(), "power cut") {
				t.Errorf("got %v, want the failed commit", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, accounts := openSampleDB(t)
			s, occ, _ := testSeries(t, db, accounts[0], 6)
			if _, _, err := db.PutSeries(s, occ); err != nil {
				t.Fatal(err)
			}
			before := exportAll(t, db)
			err := tt.replace(db, s, occ)
			if err == nil {
				t.Fatal("the replacement succeeded")
			}
			tt.check(t, err)
			if tt.name != "a delivered occurrence left out" {
				if got := exportAll(t, db); !bytes.Equal(got, before) {
					t.Error("a refused replacement changed the database")
				}
			} else if got := storedOccurrences(t, db, s.CustomerID, s.ID); len(got) != 6 {
				t.Errorf("%d occurrences left, want all 6", len(got))
			}
		})
	}
}

func TestDeleteSeriesAndUndo(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 4)
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatal(err)
	}
	before := exportAll(t, db)
	removed, removedOcc, err := db.DeleteSeries(s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if removed != s || !reflect.DeepEqual(removedOcc, occ) {
		t.Errorf("removed %+v with %d occurrences, want the series with its 4", removed, len(removedOcc))
	}
	acc, err := db.Account(s.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := acc.SeriesByID(s.ID); ok || len(acc.Series) != len(accounts[0].Series) || len(acc.Activities) != len(accounts[0].Activities) {
		t.Errorf("after delete: %d series (series %s there: %v), %d activities; want the sample's %d series and %d activities",
			len(acc.Series), s.ID, ok, len(acc.Activities), len(accounts[0].Series), len(accounts[0].Activities))
	}
	if _, _, err := db.DeleteSeries(s.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if _, _, err := db.PutSeries(removed, removedOcc); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("undo did not restore the series")
	}
}

func TestDeleteCustomerTakesItsSeries(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 3)
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatal(err)
	}
	before := exportAll(t, db)
	removed, err := db.DeleteCustomer(s.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := removed.SeriesByID(s.ID); !ok || got != s || len(removed.Series) != len(accounts[0].Series)+1 {
		t.Fatalf("removed series %+v, want %+v with the %d of the sample", removed.Series, s, len(accounts[0].Series))
	}
	if _, _, err := db.DeleteSeries(s.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the series of a deleted customer: %v, want ErrNotFound", err)
	}
	if err := db.PutAccount(removed); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("undo did not restore the customer with its series")
	}
}

func TestImportRefusesAnOccurrenceWithoutItsSeries(t *testing.T) {
	db, accounts := openSampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 2)
	acc := accounts[0]
	first := len(acc.Activities) // the first occurrence's index in the file
	acc.Activities = append(slices.Clone(acc.Activities), occ...)
	_, err := openTestDB(t).ImportAccounts([]planner.Account{acc})
	p, ok := mustValidation(t, err).Field(fmt.Sprintf("accounts[0].activities[%d].seriesId", first))
	if !ok || !strings.Contains(p.Message, "names series "+s.ID.String()+", which the account does not hold") {
		t.Errorf("problems %v", err)
	}
}
