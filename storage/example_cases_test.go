package storage_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

func ExampleDB_MarkReminder() {
	dir, _ := os.MkdirTemp("", "liftoff-example-")
	defer os.RemoveAll(dir)
	cat := catalog.Default()
	path := filepath.Join(dir, "liftoff.db")
	db, _ := storage.Open(path, cat, storage.Options{})
	customer, _ := db.PutCustomer(planner.Customer{Name: "Contoso", Region: "emea",
		Membership: planner.Membership{Tier: "expert"}})

	opened := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	c := planner.NewSupportCase(customer.ID, "00412345", "Checkout times out", "", catalog.P2, opened)
	c.SetStatus(cat.FollowUp, planner.CaseAwaitingResponse, opened.Add(72*time.Hour))
	c, _ = db.PutCase(c)
	db.MarkReminder(c.ID, 1, planner.ReminderSent, opened.Add(97*time.Hour))
	db.Close()

	// The mark is kept with the case: it survives a restart.
	db, _ = storage.Open(path, cat, storage.Options{})
	defer db.Close()
	stored, _ := db.Case(c.ID)
	steps, _ := stored.CaseReminders(cat.FollowUp)
	for _, s := range steps {
		fmt.Println(s.N, s.At.Format(time.RFC3339), s.State)
	}
	// Output:
	// 1 2026-11-24T09:00:00Z sent
	// 2 2026-11-26T09:00:00Z pending
	// 3 2026-11-28T09:00:00Z pending
	// 4 2026-11-29T09:00:00Z pending
}

func ExampleReadCaseCSV() {
	export := "Case Number,Subject,Priority,Created Date,First Response Time,Status\n" +
		"00412345,Checkout times out,P2 - High,2026-11-20 09:00,2026-11-20 10:30,Pending Response\n" +
		"00412346,,P9,2026-11-21 14:15,,New\n"
	_, err := storage.ReadCaseCSV(strings.NewReader(export), catalog.Default(), time.UTC)
	fmt.Println(err)

	// Without the bad row the file is read.
	good := strings.Join(strings.Split(export, "\n")[:2], "\n")
	rows, _ := storage.ReadCaseCSV(strings.NewReader(good), catalog.Default(), time.UTC)
	fmt.Println(rows[0].Number, rows[0].Priority, rows[0].Opened.Format(time.RFC3339), rows[0].Status)
	// Output:
	// case file: line 3, Subject: is empty (want the case's subject); line 3, Priority: "P9" is not a priority (want P1, P2, P3 or P4)
	// 00412345 P2 2026-11-20T09:00:00Z awaiting-response
}

func ExampleDB_ImportCases() {
	dir, _ := os.MkdirTemp("", "liftoff-example-")
	defer os.RemoveAll(dir)
	cat := catalog.Default()
	db, _ := storage.Open(filepath.Join(dir, "liftoff.db"), cat, storage.Options{})
	defer db.Close()
	customer, _ := db.PutCustomer(planner.Customer{Name: "Contoso", Region: "emea",
		Membership: planner.Membership{Tier: "expert"}})

	export := "Case Number,Subject,Priority,Created Date,Status,Last Modified\n" +
		"00412345,Checkout times out,P2,2026-11-20 09:00,Pending Response,2026-11-23 10:00\n"
	rows, _ := storage.ReadCaseCSV(strings.NewReader(export), cat, time.UTC)
	res, _ := db.ImportCases(context.Background(), customer.ID, rows)
	fmt.Printf("%+v\n", res)

	// A later export of the same case updates it: its history gains the
	// change.
	later := strings.Replace(export, "Pending Response,2026-11-23 10:00", "Closed,2026-11-24 08:00", 1)
	rows, _ = storage.ReadCaseCSV(strings.NewReader(later), cat, time.UTC)
	res, _ = db.ImportCases(context.Background(), customer.ID, rows)
	fmt.Printf("%+v\n", res)
	acc, _ := db.Account(customer.ID)
	for _, ch := range acc.Cases[0].History {
		fmt.Println(ch.At.Format(time.RFC3339), ch.Status)
	}
	// Output:
	// {Added:1 Updated:0 Unchanged:0}
	// {Added:0 Updated:1 Unchanged:0}
	// 2026-11-23T10:00:00Z awaiting-response
	// 2026-11-24T08:00:00Z closed
}

func ExampleDB_PutRisk() {
	dir, _ := os.MkdirTemp("", "liftoff-example-")
	defer os.RemoveAll(dir)
	db, _ := storage.Open(filepath.Join(dir, "liftoff.db"), catalog.Default(), storage.Options{})
	defer db.Close()
	customer, _ := db.PutCustomer(planner.Customer{Name: "Contoso", Region: "emea",
		Membership: planner.Membership{Tier: "expert"}})

	_, err := db.PutRisk(planner.NewRisk(customer.ID, "Go-live slips", planner.LevelHigh, "", planner.RAGAmber))
	fmt.Println(err)
	r, _ := db.PutRisk(planner.NewRisk(customer.ID, "Go-live slips", planner.LevelHigh, planner.LevelMedium, planner.RAGAmber))
	removed, _ := db.DeleteRisk(r.ID)
	fmt.Println(removed.Title == r.Title)
	// Output:
	// risk "Go-live slips": likelihood: unknown likelihood "" (want high, medium or low)
	// true
}
