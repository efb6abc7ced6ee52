package export

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/export/layout"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// minPageFill is the least share of its body a page other than the cover
// must fill, the last page too.
const minPageFill = 0.25

// pageGrid returns the grid a page of the given size in points was laid
// out on: a slide, or a portrait or landscape paper page.
func pageGrid(t *testing.T, wPt, hPt float64) layout.Page {
	t.Helper()
	const mmPerPt = 25.4 / 72
	w, h := wPt*mmPerPt, hPt*mmPerPt
	if math.Abs(w-SlideWidth) < 1 && math.Abs(h-SlideHeight) < 1 {
		return layout.SlidePage()
	}
	size := "A4"
	if math.Abs(min(w, h)-215.9) < 1 {
		size = "Letter"
	}
	mk := layout.PortraitPage
	if w > h {
		mk = layout.LandscapePage
	}
	p, err := mk(size)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// pageFill returns how much of each page's body its words fill: the
// lowest word of the body (running header and footer left out) from the
// top of the body, relative to the body's height.
func pageFill(t *testing.T, pages []pdfPage) []float64 {
	t.Helper()
	const ptPerMM = 72 / 25.4
	out := make([]float64, len(pages))
	for i, p := range pages {
		g := pageGrid(t, p.Width, p.Height)
		top, bottom := g.BodyTop()*ptPerMM, g.BodyBottom()*ptPerMM
		lowest := top
		for _, w := range p.Words {
			if w.YMin >= top-1 && w.YMax <= bottom+1 {
				lowest = max(lowest, w.YMax)
			}
		}
		out[i] = (lowest - top) / (bottom - top)
	}
	return out
}

// checkPageFill fails the test for every page of the PDF at path, other
// than the first (the cover), whose body is filled less than
// minPageFill: the last page too.
func checkPageFill(t *testing.T, path, name string) {
	t.Helper()
	fill := pageFill(t, pdfWords(t, path))
	for i := 1; i < len(fill); i++ {
		if fill[i] < minPageFill {
			t.Errorf("%s: page %d of %d is %.0f%% filled, want at least %.0f%%", name, i+1, len(fill), fill[i]*100, minPageFill*100)
		}
	}
}

// TestPagesFilled makes every document kind for every sample customer in
// every language,
// and the quarterly plan of the portfolio, and fails when a page other
// than the cover is filled less than a quarter: the last page too, which
// takes more from the page before rather than hold a few lines.
func TestPagesFilled(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	for _, lang := range l10n.Languages() {
		opts := testOptions()
		opts.Language = lang.Tag
		path, _ := render(t, t.TempDir(), KindQuarter, accts, nil, opts)
		checkPageFill(t, path, lang.Tag+" quarterly plan")
	}
	renderEveryDocument(t, accts, func(t *testing.T, lang string, k Kind, a *planner.Account, path string) {
		checkPageFill(t, path, fmt.Sprintf("%s %s of %s", lang, k, a.Customer.Name))
	})
}

// minFirstPageFill is the least share of its body the first page of an
// entitlement statement that goes on to a second page must fill.
const minFirstPageFill = 0.7

// TestEntitlementsFirstPageFilled makes the entitlement statement of
// every sample customer, in every language, on A4 and Letter, and fails
// when its first page leaves much of its body empty while the statement
// goes on: with the sample of 6 December 2026, Contoso Health's add-ons,
// a table of four tall rows, moved whole to page 2 on Letter and left
// the lower third of page 1 empty.
func TestEntitlementsFirstPageFilled(t *testing.T) {
	cat := testCatalog(t)
	now := time.Date(2026, time.December, 6, 9, 0, 0, 0, time.UTC)
	accts := sample.Portfolio(cat, catalog.DateOf(now))
	dir := t.TempDir()
	for _, size := range []string{"A4", "Letter"} {
		for _, lang := range l10n.Languages() {
			opts := testOptions()
			opts.Now, opts.Language, opts.PageSize = now, lang.Tag, size
			for i := range accts {
				path, _ := render(t, dir, KindEntitlements, accts, &accts[i], opts)
				fill := pageFill(t, pdfWords(t, path))
				if len(fill) > 1 && fill[0] < minFirstPageFill {
					t.Errorf("%s %s entitlement statement of %s: page 1 of %d is %.0f%% filled, want at least %.0f%%",
						size, lang.Tag, accts[i].Customer.Name, len(fill), fill[0]*100, minFirstPageFill*100)
				}
			}
		}
	}
}
