package export

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// pointsPerMM converts the layout's millimetres into the points of
// pdftotext's boxes.
const pointsPerMM = 72 / 25.4

// pageSpecOf returns the page grid documents of kind k are laid out on
// with the test options.
func pageSpecOf(t *testing.T, k Kind) layout.Page {
	t.Helper()
	var (
		p   layout.Page
		err error
	)
	switch k {
	case KindKickoff, KindQBR:
		return layout.SlidePage()
	case KindQuarter:
		p, err = layout.LandscapePage(testOptions().PageSize)
	default:
		p, err = layout.PortraitPage(testOptions().PageSize)
	}
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// wordsIntoFooter returns the words that reach from the body into the
// running footer: every word that starts above the body's bottom must end
// above it too. Words that start below it are the footer's own.
func wordsIntoFooter(pages []pdfPage, spec layout.Page, firstPageFree bool) []string {
	const tolerance = 1.0 // points
	bottom := spec.BodyBottom() * pointsPerMM
	var out []string
	for i, p := range pages {
		if i == 0 && firstPageFree {
			continue
		}
		for _, w := range p.Words {
			if w.YMin < bottom && w.YMax > bottom+tolerance {
				out = append(out, fmt.Sprintf("page %d: %q at y %.1f–%.1f crosses the footer's top at %.1f pt", w.Page, w.Text, w.YMin, w.YMax, bottom))
			}
		}
	}
	return out
}

// overlappingWords returns the pairs of words of a page whose boxes
// overlap by more than a quarter of the smaller box: text drawn over
// text.
func overlappingWords(pages []pdfPage) []string {
	var out []string
	for _, p := range pages {
		for i, a := range p.Words {
			for _, b := range p.Words[i+1:] {
				w := min(a.XMax, b.XMax) - max(a.XMin, b.XMin)
				h := min(a.YMax, b.YMax) - max(a.YMin, b.YMin)
				if w <= 0 || h <= 0 {
					continue
				}
				smaller := min((a.XMax-a.XMin)*(a.YMax-a.YMin), (b.XMax-b.XMin)*(b.YMax-b.YMin))
				if smaller > 0 && w*h > smaller/4 {
					out = append(out, fmt.Sprintf("page %d: %q and %q overlap", a.Page, a.Text, b.Text))
				}
			}
		}
	}
	return out
}

// reportAll fails the test with the first few problems of a document.
func reportAll(t *testing.T, path string, problems []string) {
	t.Helper()
	for i, p := range problems {
		if i == 5 {
			t.Errorf("%s: and %d more", filepath.Base(path), len(problems)-i)
			return
		}
		t.Errorf("%s: %s", filepath.Base(path), p)
	}
}

func TestWordsIntoFooterAndOverlaps(t *testing.T) {
	spec := layout.Page{H: 100, Bottom: 5, FooterH: 10} // body ends at 85 mm = 240.9 pt
	pages := []pdfPage{{Width: 300, Height: 283, Words: []pdfWord{
		{Page: 1, Text: "body", XMin: 10, XMax: 40, YMin: 200, YMax: 210},
		{Page: 1, Text: "crossing", XMin: 10, XMax: 60, YMin: 236, YMax: 246},
		{Page: 1, Text: "footer", XMin: 10, XMax: 40, YMin: 250, YMax: 258},
		{Page: 1, Text: "over", XMin: 12, XMax: 38, YMin: 201, YMax: 209},
		{Page: 1, Text: "beside", XMin: 40.5, XMax: 70, YMin: 200, YMax: 210},
	}}}
	if got := wordsIntoFooter(pages, spec, false); len(got) != 1 || !strings.Contains(got[0], "crossing") {
		t.Errorf("words into the footer: %q, want only \"crossing\"", got)
	}
	if got := overlappingWords(pages); len(got) != 1 || !strings.Contains(got[0], `"body" and "over"`) {
		t.Errorf("overlapping words: %q, want only body and over", got)
	}
}

// TestDocumentsKeepClearOfFooterAndEachOther reads every document kind of
// every sample customer back with pdftotext -bbox and fails when a word
// reaches into the running footer or is drawn over another word.
func TestDocumentsKeepClearOfFooterAndEachOther(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	dir := t.TempDir()
	path, _ := render(t, dir, KindQuarter, accts, nil, testOptions())
	pages := pdfWords(t, path)
	reportAll(t, path, append(wordsIntoFooter(pages, pageSpecOf(t, KindQuarter), false), overlappingWords(pages)...))
	renderEveryDocument(t, accts, func(t *testing.T, _ string, k Kind, _ *planner.Account, path string) {
		pages := pdfWords(t, path)
		slides := k == KindKickoff || k == KindQBR
		reportAll(t, path, append(wordsIntoFooter(pages, pageSpecOf(t, k), slides), overlappingWords(pages)...))
	})
}
