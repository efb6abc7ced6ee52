package export

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// sampleToday is the day the benchmarks and samples build the sample
// portfolio for.
var sampleToday = catalog.DateOf(fixtureNow)

// largestAccount returns the account with the most to lay out: activities,
// plan items and stakeholders.
func largestAccount(accts []planner.Account) planner.Account {
	size := func(a planner.Account) int {
		n := len(a.Activities) + len(a.Plan.Objectives) + len(a.Plan.Milestones) + len(a.Plan.Actions)
		for _, e := range a.Engagements {
			n += len(e.Stakeholders) + len(e.Assessment.Requirements) + len(e.Assessment.Recommendations)
		}
		return n
	}
	best := accts[0]
	for _, a := range accts[1:] {
		if size(a) > size(best) {
			best = a
		}
	}
	return best
}

// BenchmarkDocuments makes each kind of document for the largest customer
// of the sample portfolio, reading the fonts for each document (Options
// without Fonts), as a one-off document does. Target: under 50 ms each.
func BenchmarkDocuments(b *testing.B) {
	benchmarkDocuments(b, nil)
}

// BenchmarkDocumentsSharedFonts is BenchmarkDocuments with the fonts
// loaded once, as the app and the command line load them: what each
// document costs after the first.
func BenchmarkDocumentsSharedFonts(b *testing.B) {
	fonts, err := LoadFonts("")
	if err != nil {
		b.Fatal(err)
	}
	benchmarkDocuments(b, fonts)
}

// benchmarkDocuments makes each kind of document for the largest customer
// of the sample portfolio with fonts (nil: read for each document).
func benchmarkDocuments(b *testing.B, fonts *Fonts) {
	cat := catalog.Default()
	accts := sample.Portfolio(cat, sampleToday)
	acct := largestAccount(accts)
	q := planner.QuarterOf(sampleToday)
	opts := testOptions()
	opts.Fonts = fonts
	for _, k := range Kinds() {
		b.Run(string(k), func(b *testing.B) {
			req := Request{Kind: k, Accounts: accts, Customer: acct.Customer.ID, Quarter: q}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Document(context.Background(), io.Discard, cat, req, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoadFonts reads the embedded fonts and the system's Japanese
// font: what loading fonts once costs.
func BenchmarkLoadFonts(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		fonts, err := LoadFonts("")
		if err != nil {
			b.Fatal(err)
		}
		_, _ = fonts.CJKFont() // no Japanese font is no failure here
	}
}

// portfolioOf returns n accounts made from copies of the sample
// portfolio, each copy with its own IDs and names.
func portfolioOf(cat *catalog.Catalog, n int) []planner.Account {
	accounts := sample.Portfolio(cat, sampleToday)
	out := make([]planner.Account, 0, n)
	for i := range n {
		a := accounts[i%len(accounts)]
		key := fmt.Sprintf("copy-%d", i)
		id := fid(key)
		a.Customer.ID = id
		a.Customer.Name = fmt.Sprintf("%s %d", a.Customer.Name, i/len(accounts)+1)
		a.Engagements = append([]planner.Engagement(nil), a.Engagements...)
		for j := range a.Engagements {
			a.Engagements[j].ID = fid(fmt.Sprintf("%s-e%d", key, j))
			a.Engagements[j].CustomerID = id
		}
		if a.HasPlan() {
			a.Plan.ID = fid(key + "-plan")
			a.Plan.CustomerID = id
		}
		a.Activities = append([]planner.Activity(nil), a.Activities...)
		for j := range a.Activities {
			a.Activities[j].ID = fid(fmt.Sprintf("%s-a%d", key, j))
			a.Activities[j].CustomerID = id
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkQuarterPlan500 makes the quarterly plan of a 500-customer
// portfolio. Target: under 1 s.
func BenchmarkQuarterPlan500(b *testing.B) {
	cat := catalog.Default()
	accts := portfolioOf(cat, 500)
	q := planner.QuarterOf(sampleToday)
	settings := planner.DefaultSettings()
	b.ReportAllocs()
	for b.Loop() {
		res, err := QuarterPlan(context.Background(), io.Discard, cat, accts, settings, q, testOptions())
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Pages), "pages")
	}
}

// BenchmarkICS writes the calendar of a 500-customer portfolio.
func BenchmarkICS(b *testing.B) {
	cat := catalog.Default()
	accts := portfolioOf(cat, 500)
	for b.Loop() {
		if err := ICS(io.Discard, cat, accts, testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQuarterPlanLanguages makes the quarterly plan of the sample
// portfolio and the plan of its largest customer in every language, with
// the fonts loaded once. Target: under 50 ms each.
func BenchmarkQuarterPlanLanguages(b *testing.B) {
	benchmarkLanguages(b, KindQuarter)
}

// BenchmarkEntitlementsLanguages makes the entitlement statement of the
// largest customer of the sample portfolio in every language, with the
// fonts loaded once. Target: under 50 ms each.
func BenchmarkEntitlementsLanguages(b *testing.B) {
	benchmarkLanguages(b, KindEntitlements)
}

// benchmarkLanguages makes documents of kind k in English, Dutch and
// Japanese: about the largest sample customer, and for the quarterly
// plan about the whole portfolio too.
func benchmarkLanguages(b *testing.B, k Kind) {
	fonts, err := LoadFonts("")
	if err != nil {
		b.Fatal(err)
	}
	cat := catalog.Default()
	accts := sample.Portfolio(cat, sampleToday)
	acct := largestAccount(accts)
	customers := []planner.ID{acct.Customer.ID}
	if k == KindQuarter {
		customers = append(customers, planner.ID{})
	}
	for _, lang := range []string{"en", "nl", "ja"} {
		for _, id := range customers {
			name := lang + "/customer"
			if id == (planner.ID{}) {
				name = lang + "/portfolio"
			}
			b.Run(name, func(b *testing.B) {
				opts := testOptions()
				opts.Fonts, opts.Language = fonts, lang
				req := Request{Kind: k, Accounts: accts, Customer: id, Quarter: planner.QuarterOf(sampleToday)}
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Document(context.Background(), io.Discard, cat, req, opts); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
