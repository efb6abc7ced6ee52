package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// fuzzSeeds returns portfolio files to start fuzzing from: real exports
// of sample accounts (one with a recurring series) and small variations.
func fuzzSeeds(f *testing.F) [][]byte {
	db, accounts := openSampleDB(f)
	var one, recurring bytes.Buffer
	if err := db.Export(&one, accounts[1].Customer.ID); err != nil {
		f.Fatal(err)
	}
	s, occ, _ := testSeries(f, db, accounts[0], 3)
	if _, _, err := db.PutSeries(s, occ); err != nil {
		f.Fatal(err)
	}
	if err := db.Export(&recurring, accounts[0].Customer.ID); err != nil {
		f.Fatal(err)
	}
	valid, withSeries := one.Bytes(), recurring.Bytes()
	return [][]byte{
		valid,
		withSeries,
		bytes.Replace(withSeries, []byte(`"rule": "weekly"`), []byte(`"rule": "daily"`), 1),
		bytes.Replace(withSeries, []byte(`"series": [`), []byte(`"series": [], "x": [`), 1),
		bytes.Replace(valid, []byte(`"ultimate"`), []byte(`"expert"`), 1),
		bytes.Replace(valid, []byte(`"hours": `), []byte(`"hours": -`), 1),
		bytes.Replace(valid, []byte(`"version": 1`), []byte(`"version": 2`), 1),
		valid[:len(valid)/3],
		[]byte(`{"format":"liftoff-portfolio","version":1,"accounts":[]}`),
		[]byte(`{"format":"liftoff-portfolio","version":1,"accounts":[{"customer":{"name":7}}]}`),
		[]byte(`{"format":"liftoff-portfolio","version":1,"accounts":[null, {}, []]}`),
		[]byte(`{"format":"liftoff-portfolio","version":1.5}`),
		[]byte(`[]`),
		[]byte(`null`),
	}
}

func FuzzReadPortfolio(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	cat := catalog.Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		accounts, err := ReadPortfolio(bytes.NewReader(data), cat)
		if err != nil {
			if _, ok := planner.AsValidation(err); !ok {
				t.Fatalf("error %v (%T) is not a *planner.ValidationError", err, err)
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		// What was accepted is valid and survives writing it out.
		for i, a := range accounts {
			if err := a.Validate(cat); err != nil {
				t.Fatalf("accepted account %d is invalid: %v", i, err)
			}
		}
		out, err := json.Marshal(PortfolioFile{Format: PortfolioFormat, Version: PortfolioVersion, Accounts: accounts})
		if err != nil {
			t.Fatal(err)
		}
		again, err := ReadPortfolio(bytes.NewReader(out), cat)
		if err != nil {
			t.Fatalf("the accepted portfolio does not read back: %v", err)
		}
		if len(again) != len(accounts) {
			t.Fatalf("%d accounts read back, want %d", len(again), len(accounts))
		}
		for i := range accounts {
			a, _ := json.Marshal(accounts[i])
			b, _ := json.Marshal(again[i])
			if !bytes.Equal(a, b) {
				t.Fatalf("account %d changed in a round trip", i)
			}
		}
	})
}

func FuzzImport(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	db, _ := openSampleDB(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		before := exportAll(t, db)
		res, err := db.Import(context.Background(), bytes.NewReader(data))
		if err != nil {
			if got := exportAll(t, db); !bytes.Equal(got, before) {
				t.Fatalf("a refused import (%v) changed the database", err)
			}
			return
		}
		// A second import of the same file changes nothing.
		once := exportAll(t, db)
		again, err := db.Import(context.Background(), bytes.NewReader(data))
		if err != nil {
			t.Fatalf("the second import failed: %v", err)
		}
		total := res.Added + res.Updated + res.Unchanged
		if again.Unchanged != total || again.Added != 0 || again.Updated != 0 {
			t.Fatalf("second import %+v after %+v, want all unchanged", again, res)
		}
		if twice := exportAll(t, db); !bytes.Equal(once, twice) {
			t.Fatal("importing twice changed the database")
		}
		rows, err := db.Portfolio(testToday)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			acc, err := db.Account(r.Customer.ID)
			if err != nil {
				t.Fatal(err)
			}
			if want := planner.Summarize(db.Catalog(), acc, testToday); !reflect.DeepEqual(r, want) {
				t.Fatalf("portfolio row of %q differs from the reference", r.Customer.Name)
			}
		}
	})
}

func FuzzDecodeCustomer(f *testing.F) {
	for _, acc := range sample.Portfolio(catalog.Default(), testToday) {
		raw, err := encodeCustomer(acc.Customer)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	full, err := encodeCustomer(fullCustomer())
	if err != nil {
		f.Fatal(err)
	}
	empty, _ := encodeCustomer(planner.Customer{})
	f.Add(full)
	f.Add(empty)
	f.Add(full[:len(full)/2])
	f.Add([]byte(`{"id":"01941f29-7c00-7a77-a8e1-eb37a131e0ba"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := decodeCustomer(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		// What decodes is encoded again into a record that gives it back.
		raw, err := encodeCustomer(c)
		if err != nil {
			t.Fatalf("a decoded customer does not encode: %v", err)
		}
		again, err := decodeCustomer(raw)
		if err != nil {
			t.Fatalf("a re-encoded customer does not decode: %v", err)
		}
		if !reflect.DeepEqual(again, c) {
			t.Fatalf("customer changed in a round trip:\n%+v\n%+v", again, c)
		}
	})
}

func FuzzDecodeSummary(f *testing.F) {
	f.Add(encodeSummary(accountSummary{}))
	f.Add(encodeSummary(accountSummary{Engagement: "Onboarding", Phase: "kickoff", HasPlan: true, Actions: []summaryAction{
		{Due: catalog.MustDate("2026-12-01"), Side: planner.SideCustomer, Status: planner.StatusOpen},
	}}))
	f.Add([]byte(`{"engagement":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeSummary(data)
		if err != nil {
			return
		}
		again, err := decodeSummary(encodeSummary(s))
		if err != nil || !reflect.DeepEqual(again, s) {
			t.Fatalf("summary changed in a round trip (%v):\n%+v\n%+v", err, again, s)
		}
	})
}

// FuzzReadCaseCSV feeds ReadCaseCSV arbitrary files: it never panics,
// returns rows or a *planner.ValidationError and not both, and every row
// it returns has what a case needs.
func FuzzReadCaseCSV(f *testing.F) {
	f.Add([]byte(portalExport))
	f.Add([]byte("case_no,TITLE,severity,opened,first response,case status\n7,Login fails,P1,2026-11-20T09:00:00,,closed\n"))
	f.Add([]byte("Case Number,Subject,Priority,Created\n1,\"open,P2,2026-11-20 09:00\n"))
	f.Add([]byte("Case Number,Subject,Title,Priority,Created\n"))
	f.Add([]byte(""))
	cat := catalog.Default()
	f.Fuzz(func(t *testing.T, in []byte) {
		rows, err := ReadCaseCSV(bytes.NewReader(in), cat, time.UTC)
		if err != nil {
			if rows != nil {
				t.Fatal("rows and an error")
			}
			if _, ok := planner.AsValidation(err); !ok {
				t.Fatalf("not a validation error: %v", err)
			}
			return
		}
		for _, r := range rows {
			if r.Number == "" || r.Title == "" || r.Opened.IsZero() || r.Line < 2 {
				t.Fatalf("row %+v lacks what a case needs", r)
			}
			if _, err := planner.ParsePriority(string(r.Priority)); err != nil {
				t.Fatalf("row %+v: %v", r, err)
			}
			if !r.FirstResponse.IsZero() && r.FirstResponse.Before(r.Opened) {
				t.Fatalf("row %+v: first response before the opening", r)
			}
		}
	})
}
