package export_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// A Mutual Action Plan of the sample portfolio's first customer, written
// atomically to a file.
func ExampleDocument() {
	cat := catalog.Default()
	now := time.Date(2026, time.February, 10, 9, 0, 0, 0, time.UTC)
	accts := sample.Portfolio(cat, catalog.DateOf(now))
	path := filepath.Join(os.TempDir(), "liftoff-example-map.pdf")
	defer os.Remove(path)

	var res export.Result
	err := export.WriteFile(path, func(w io.Writer) error {
		var err error
		res, err = export.Document(context.Background(), w, cat, export.Request{
			Kind:     export.KindActionPlan,
			Accounts: accts,
			Customer: accts[0].Customer.ID,
		}, export.Options{PageSize: "A4", Author: "Alex Morgan", Now: now, Deterministic: true})
		return err
	})
	data, _ := os.ReadFile(path)
	fmt.Println("error:", err)
	fmt.Println("PDF:", bytes.HasPrefix(data, []byte("%PDF-")))
	fmt.Println("has pages:", res.Pages > 0)
	fmt.Println("text at least 8 pt:", res.MinFontSize >= 8)
	// Output:
	// error: <nil>
	// PDF: true
	// has pages: true
	// text at least 8 pt: true
}

// Fonts are read once and shared by every document made after, as the
// app and the command line do.
func ExampleLoadFonts() {
	fonts, err := export.LoadFonts("") // search the system for a Japanese font
	if err != nil {
		fmt.Println(err)
		return
	}
	cat := catalog.Default()
	now := time.Date(2026, time.February, 10, 9, 0, 0, 0, time.UTC)
	accts := sample.Portfolio(cat, catalog.DateOf(now))
	opts := export.Options{Fonts: fonts, Now: now, Deterministic: true}
	for _, kind := range []export.Kind{export.KindSummary, export.KindEntitlements} {
		var buf bytes.Buffer
		res, err := export.Document(context.Background(), &buf, cat, export.Request{Kind: kind, Accounts: accts, Customer: accts[0].Customer.ID}, opts)
		fmt.Println(kind, err, bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")), res.Pages > 0)
	}
	// Output:
	// summary <nil> true true
	// entitlements <nil> true true
}

func ExampleParseKind() {
	k, err := export.ParseKind("map")
	fmt.Println(k.Title(), err)
	_, err = export.ParseKind("poster")
	fmt.Println(err)
	// Output:
	// Mutual Action Plan <nil>
	// unknown document kind "poster" (want kickoff, assessment, summary, map, quarter, entitlements, qbr)
}

func ExampleSafeCell() {
	for _, cell := range []string{"=1+1", "@SUM(A1)", "-5", "Müller GmbH"} {
		fmt.Println(export.SafeCell(cell))
	}
	// Output:
	// '=1+1
	// '@SUM(A1)
	// '-5
	// Müller GmbH
}

func ExampleICS() {
	cat := catalog.Default()
	customer := planner.ID{1}
	acct := planner.Account{
		Customer: planner.Customer{ID: customer, Name: "Müller GmbH"},
		Activities: []planner.Activity{{
			ID: planner.ID{2}, CustomerID: customer, ItemID: "acc-aemsites-golive-readiness",
			Date: catalog.MustDate("2026-02-26"), Hours: 8, Status: planner.ActivityScheduled,
		}},
	}
	var buf bytes.Buffer
	opts := export.Options{Now: time.Date(2026, time.February, 10, 9, 0, 0, 0, time.UTC), Deterministic: true}
	if err := export.ICS(&buf, cat, []planner.Account{acct}, opts); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(buf.String(), "\r\n") {
		if strings.HasPrefix(line, "UID") || strings.HasPrefix(line, "DTSTART") || strings.HasPrefix(line, "SUMMARY") || strings.HasPrefix(line, "STATUS") {
			fmt.Println(line)
		}
	}
	// Output:
	// UID:02000000-0000-0000-0000-000000000000@liftoff
	// DTSTART;VALUE=DATE:20260226
	// SUMMARY:Sites go-live readiness review · Müller GmbH
	// STATUS:CONFIRMED
}
