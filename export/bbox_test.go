package export

import (
	"encoding/xml"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// pdfWord is one word pdftotext found on a page, with its box in points
// from the top left corner of the page.
type pdfWord struct {
	Page                   int
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// pdfPage is one page pdftotext read: its size in points and its words.
type pdfPage struct {
	Width, Height float64
	Words         []pdfWord
}

// pdfWords reads every word of a PDF with its box, as pdftotext -bbox
// writes them.
func pdfWords(t *testing.T, path string) []pdfPage {
	t.Helper()
	out, err := exec.Command(needTool(t, "pdftotext"), "-bbox", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", path, err)
	}
	pages, err := parseBBox(out)
	if err != nil {
		t.Fatalf("read the word boxes of %s: %v", path, err)
	}
	return pages
}

// parseBBox parses the XHTML pdftotext -bbox writes.
func parseBBox(data []byte) ([]pdfPage, error) {
	var doc struct {
		Pages []struct {
			Width  float64 `xml:"width,attr"`
			Height float64 `xml:"height,attr"`
			Words  []struct {
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("parse pdftotext -bbox output: %w", err)
	}
	if len(doc.Pages) == 0 {
		return nil, errors.New("parse pdftotext -bbox output: no pages")
	}
	pages := make([]pdfPage, 0, len(doc.Pages))
	for i, p := range doc.Pages {
		page := pdfPage{Width: p.Width, Height: p.Height}
		for _, w := range p.Words {
			page.Words = append(page.Words, pdfWord{Page: i + 1, Text: w.Text, XMin: w.XMin, YMin: w.YMin, XMax: w.XMax, YMax: w.YMax})
		}
		pages = append(pages, page)
	}
	return pages, nil
}

// wordsOffPage returns the words whose box leaves their page, each
// described with its page and box.
func wordsOffPage(pages []pdfPage) []string {
	const tolerance = 0.5 // points
	var out []string
	for _, p := range pages {
		for _, w := range p.Words {
			if w.XMin < -tolerance || w.YMin < -tolerance || w.XMax > p.Width+tolerance || w.YMax > p.Height+tolerance {
				out = append(out, fmt.Sprintf("page %d: %q at x %.0f–%.0f, y %.0f–%.0f of %.0f×%.0f pt",
					w.Page, w.Text, w.XMin, w.XMax, w.YMin, w.YMax, p.Width, p.Height))
			}
		}
	}
	return out
}

// checkOnPage fails the test for every word of the PDF at path whose box
// leaves its page.
func checkOnPage(t *testing.T, path string) {
	t.Helper()
	off := wordsOffPage(pdfWords(t, path))
	for i, w := range off {
		if i == 5 {
			t.Errorf("%s: and %d more words off the page", filepath.Base(path), len(off)-i)
			break
		}
		t.Errorf("%s: word off the page: %s", filepath.Base(path), w)
	}
}

func TestParseBBox(t *testing.T) {
	const bboxOutput = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title></title>
<meta name="Producer" content="Liftoff"/>
</head>
<body>
<doc>
  <page width="595.276000" height="841.890000">
    <word xMin="51.0" yMin="60.1" xMax="90.2" yMax="70.3">M&#252;ller</word>
    <word xMin="590.0" yMin="60.1" xMax="640.2" yMax="70.3">A/S &amp; Co</word>
  </page>
</doc>
</body>
</html>`
	pages, err := parseBBox([]byte(bboxOutput))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || len(pages[0].Words) != 2 || pages[0].Words[0].Text != "Müller" || pages[0].Width != 595.276 {
		t.Fatalf("parsed %+v", pages)
	}
	off := wordsOffPage(pages)
	if len(off) != 1 || !strings.Contains(off[0], "A/S & Co") {
		t.Errorf("words off the page: %q, want the second word only", off)
	}
}

// TestEntitlementsStayOnPage reads the entitlement statement of every
// sample customer back and fails when a word leaves its page.
func TestEntitlementsStayOnPage(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	dir := t.TempDir()
	for i := range accts {
		path, _ := render(t, dir, KindEntitlements, accts, &accts[i], testOptions())
		checkOnPage(t, path)
	}
}

// TestDocumentsStayOnPage reads every document kind of every sample
// customer, and the quarterly plan of the portfolio, in every language
// back and fails when a word leaves its page.
func TestDocumentsStayOnPage(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	for _, lang := range l10n.Languages() {
		opts := testOptions()
		opts.Language = lang.Tag
		path, _ := render(t, t.TempDir(), KindQuarter, accts, nil, opts)
		checkOnPage(t, path)
	}
	renderEveryDocument(t, accts, func(t *testing.T, _ string, _ Kind, _ *planner.Account, path string) {
		checkOnPage(t, path)
	})
}
