package catalog_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// BenchmarkLoadDefault measures decoding and validating the built-in
// catalog file, as Default and Open do at start-up.
func BenchmarkLoadDefault(b *testing.B) {
	data := catalog.DefaultJSON()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := catalog.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadEditionless measures a catalog file without editions (one
// written before them): one offer to decode and validate instead of four.
func BenchmarkLoadEditionless(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "catalog-1.2.0.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := catalog.Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadWithProblems measures a file whose every accelerator names
// an unknown solution: the cost of reporting many problems.
func BenchmarkLoadWithProblems(b *testing.B) {
	data := bytes.ReplaceAll(catalog.DefaultJSON(), []byte(`"solution": "`), []byte(`"solution": "x`))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := catalog.Load(bytes.NewReader(data)); err == nil {
			b.Fatal("the broken file loaded")
		}
	}
}

// BenchmarkFind measures a typical catalog search: accelerators for a
// family member in one phase, with a text filter.
func BenchmarkFind(b *testing.B) {
	c := catalog.Default()
	f := catalog.Filter{Kind: catalog.KindAccelerator, Solution: "experience-manager-sites", Phase: catalog.GoLive, Text: "review"}
	b.ReportAllocs()
	for b.Loop() {
		if len(c.Find(f)) == 0 {
			b.Fatal("nothing found")
		}
	}
}

// BenchmarkInForce measures finding the edition in force on a day, as the
// planner does for each contract: a search over the editions, no copying.
func BenchmarkInForce(b *testing.B) {
	c := catalog.Default()
	days := []catalog.Date{catalog.MustDate("2023-06-01"), catalog.MustDate("2025-03-01"), catalog.MustDate("2025-12-01"), catalog.MustDate("2026-08-01")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if c.InForce(days[i%len(days)]) == nil {
			b.Fatal("no edition")
		}
		i++
	}
}

// BenchmarkDiff measures the differences between the first and the latest
// edition, with the source of each.
func BenchmarkDiff(b *testing.B) {
	c := catalog.Default()
	first := c.InForce(catalog.MustDate("2024-05-17"))
	b.ReportAllocs()
	for b.Loop() {
		if len(catalog.Diff(first, c)) == 0 {
			b.Fatal("no differences")
		}
	}
}
