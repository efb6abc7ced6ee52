package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tableAt lays out a heading and a table of n rows on an A4 page whose
// cursor is room millimetres above the bottom of the body, and returns
// for every page the heading's words and the rows on it. Tall rows are
// of four lines, else of one.
func tableAt(t *testing.T, room float64, n int, tall bool) (headings, rows []int) {
	t.Helper()
	page, err := portraitPage("A4")
	if err != nil {
		t.Fatal(err)
	}
	d, err := newDoc(page, paperScale(), meta{title: "Test"}, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	d.AddPage()
	d.Text(d.page.Left, d.Y, "Filler", d.scale.Body)
	d.Y = d.page.BodyBottom() - room
	d.sectionHeading("Heading", keepTable)
	var cells [][]cell
	for i := range n {
		c := txt("a cell")
		if tall {
			c.sub = "second line\nthird line\nfourth line"
		}
		cells = append(cells, []cell{txt(fmt.Sprintf("row%02d", i)), c})
	}
	d.DrawTable(table{cols: []column{{title: "Name", weight: 1}, {title: "Value", weight: 1}}, rows: cells})
	path := filepath.Join(t.TempDir(), "table.pdf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Finish(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	pages := pdfWords(t, path)
	headings, rows = make([]int, len(pages)), make([]int, len(pages))
	for i, p := range pages {
		for _, w := range p.Words {
			switch {
			case w.Text == "Heading":
				headings[i]++
			case strings.HasPrefix(w.Text, "row"):
				rows[i]++
			}
		}
	}
	return headings, rows
}

// tableRowH is the height of a one-line table row, in millimetres.
func tableRowH() float64 { return paperScale().body.LineHeight() + 2*cellPadY }

// headingAndHeaderH is the height of a section heading below other
// content and of a table's header row, in millimetres.
func headingAndHeaderH() float64 {
	sc := paperScale()
	return 4 + 3 + sc.h1.LineHeight() + 2 + sc.label.LineHeight() + 2*cellPadY
}

func TestShortTableMovesWhole(t *testing.T) {
	for n := 3; n <= 5; n++ {
		// The heading and all rows but half the last fit on the first
		// page.
		room := headingAndHeaderH() + (float64(n)-0.5)*tableRowH()
		headings, rows := tableAt(t, room, n, false)
		if len(rows) != 2 || rows[0] != 0 || rows[1] != n || headings[0] != 0 || headings[1] != 1 {
			t.Errorf("%d rows: headings per page %v, rows per page %v; want the heading and all rows on page 2", n, headings, rows)
		}
	}
}

func TestHeadingKeepsTwoRows(t *testing.T) {
	// The heading, the header row and more than one row fit, not two.
	const n = 20
	for _, rows := range []float64{1.2, 1.5, 1.9} {
		room := headingAndHeaderH() + rows*tableRowH()
		headings, rows := tableAt(t, room, n, false)
		if rows[0] != 0 && rows[0] < 2 {
			t.Errorf("room %.0f mm: rows per page %v, want none or at least 2 on page 1", room, rows)
		}
		if rows[0] == 0 && headings[0] != 0 {
			t.Errorf("room %.0f mm: the heading ends page 1 (headings per page %v, rows per page %v)", room, headings, rows)
		}
	}
}

func TestLongTableKeepsTwoRowsEachSide(t *testing.T) {
	for n := 6; n <= 40; n++ {
		headings, rows := tableAt(t, 150, n, false)
		for _, r := range rows {
			if r > 0 && r < 2 {
				t.Errorf("%d rows: rows per page %v (headings %v), want at least 2 on every page with rows", n, rows, headings)
				break
			}
		}
	}
}
