package layout

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

// testHeading draws a heading at the cursor as documents do, kept with
// at least keep millimetres of what follows.
func testHeading(d *Doc, title string, keep float64) {
	st := d.Scale().H1
	h := 3 + st.LineHeight() + 2
	if d.Y > d.Page().BodyTop()+0.1 {
		d.Y += 4
	}
	d.Need(h + keep)
	d.KeepHeading(d.Y, func() {
		d.Rect(d.Page().Left, d.Y, 10, 0.9, 0x1B5FC1)
		d.Y += 3
		d.Text(d.Page().Left, d.Y, title, st)
		d.Y += st.LineHeight() + 2
	}, func() { testHeading(d, title, 0) }, func() {
		d.Text(d.Page().Left, d.Y, title+" (continued)", st)
		d.Y += st.LineHeight() + 2
	})
}

// keepTable is how much of a table a heading keeps with it.
const keepTable = 26.0

// tableAt lays out a heading and a table of n rows on an A4 page whose
// cursor is room millimetres above the bottom of the body, and returns
// for every page the headings and the rows drawn on it. Tall rows are of
// four lines, else of one.
func tableAt(t *testing.T, room float64, n int, tall bool) (headings, rows []int) {
	t.Helper()
	d := newTestDoc(t)
	d.Text(d.Page().Left, d.Y, "Filler", d.Scale().Body)
	d.Y = d.Page().BodyBottom() - room
	testHeading(d, "Heading", keepTable)
	var cells [][]Cell
	for i := range n {
		c := Cell{Text: "a cell"}
		if tall {
			c.Sub = "second line\nthird line\nfourth line"
		}
		cells = append(cells, []Cell{{Text: fmt.Sprintf("row%02d", i)}, c})
	}
	d.DrawTable(Table{Columns: []Column{{Title: "Name", Weight: 1}, {Title: "Value", Weight: 1}}, Rows: cells})
	if _, err := d.Finish(io.Discard); err != nil {
		t.Fatal(err)
	}
	onPage := 0
	for _, k := range d.Calls() {
		switch k.Op {
		case "AddPage":
			headings, rows = append(headings, 0), append(rows, 0)
			onPage = len(rows)
		case "SetPage":
			onPage = int(k.Numbers[0])
		case "Text":
			switch s := k.Strings[0]; {
			case s == "Heading":
				headings[onPage-1]++
			case strings.HasPrefix(s, "row"):
				rows[onPage-1]++
			}
		}
	}
	return headings, rows
}

// tableRowH is the height of a one-line table row, in millimetres.
func tableRowH() float64 { return testScale().Body.LineHeight() + 2*CellPadY }

// headingAndHeaderH is the height of a section heading below other
// content and of a table's header row, in millimetres.
func headingAndHeaderH() float64 {
	sc := testScale()
	return 4 + 3 + sc.H1.LineHeight() + 2 + sc.Label.LineHeight() + 2*CellPadY
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

// tallTableRowH is the height of a table row of four lines as tableAt
// draws it, in millimetres.
func tallTableRowH() float64 {
	sc := testScale()
	return sc.Body.LineHeight() + 3*sc.Small.LineHeight() + 2*CellPadY
}

// TestTallShortTableBreaksRatherThanLeaveThePageEmpty checks that a
// table of four or five tall rows that does not fit the rest of a page
// more than a quarter empty breaks there, with at least two rows on each
// page and its heading on the first, rather than move whole.
func TestTallShortTableBreaksRatherThanLeaveThePageEmpty(t *testing.T) {
	for n := 4; n <= 5; n++ {
		// The heading and all rows but the last fit, and below them is
		// more than a quarter of the body: moving the table whole would
		// leave that empty.
		room := headingAndHeaderH() + (float64(n)-0.5)*tallTableRowH()
		headings, rows := tableAt(t, room, n, true)
		if len(rows) != 2 || headings[0] != 1 || rows[0] < 2 || rows[1] < 2 {
			t.Errorf("%d tall rows in %.0f mm: headings per page %v, rows per page %v; want the heading and at least 2 rows on each page", n, room, headings, rows)
		}
	}
}

// TestContinuedTableRepeatsItsHeading checks that a table broken across
// pages shows, at the top of every page it continues on, the heading
// right above it with "(continued)", above the repeated header row, and
// that a table with no heading right above it repeats none.
func TestContinuedTableRepeatsItsHeading(t *testing.T) {
	for _, withHeading := range []bool{true, false} {
		d := newTestDoc(t)
		testHeading(d, "Heading", keepTable)
		if !withHeading {
			d.Text(d.Page().Left, d.Y, "Filler", d.Scale().Body)
			d.Y += d.Scale().Body.LineHeight()
		}
		var cells [][]Cell
		for i := range 70 {
			cells = append(cells, []Cell{{Text: fmt.Sprintf("row%02d", i)}, {Text: "a cell"}})
		}
		d.DrawTable(Table{Columns: []Column{{Title: "Name", Weight: 1}, {Title: "Value", Weight: 1}}, Rows: cells})
		if _, err := d.Finish(io.Discard); err != nil {
			t.Fatal(err)
		}
		// texts holds, per page, the texts drawn on it in order.
		var texts [][]string
		onPage := 0
		for _, k := range d.Calls() {
			switch k.Op {
			case "AddPage":
				texts = append(texts, nil)
				onPage = len(texts)
			case "SetPage":
				onPage = int(k.Numbers[0])
			case "Text":
				texts[onPage-1] = append(texts[onPage-1], k.Strings[0])
			}
		}
		if len(texts) < 2 {
			t.Fatalf("heading %v: %d page(s), want the table to break", withHeading, len(texts))
		}
		for p, tx := range texts[1:] {
			first := -1
			for i, s := range tx {
				if strings.HasPrefix(s, "row") {
					first = i
					break
				}
			}
			var want []string
			if withHeading {
				want = []string{"Heading (continued)"}
			}
			want = append(want, "Name", "Value")
			if first < 0 || fmt.Sprint(tx[:first]) != fmt.Sprint(want) {
				t.Errorf("heading %v: page %d starts with %q, want %q above its rows", withHeading, p+2, tx, want)
			}
		}
	}
}

// TestTableHeightsAreTheDrawnHeights draws a table of rows of one line,
// of several lines and of a chip taller than a line, and checks that
// TableHeights gives the heights it is drawn with.
func TestTableHeightsAreTheDrawnHeights(t *testing.T) {
	d := newTestDoc(t)
	tbl := Table{Columns: []Column{{Title: "Name", Weight: 1}, {Title: "Rating", Weight: 1}}, Body: d.Scale().Small, Rows: [][]Cell{
		{{Text: "one line"}, {Text: "x"}},
		{{Text: "first", Sub: "second line\nthird line"}, {Text: "x"}},
		{{Text: "chip"}, {Chip: &ChipLook{Label: "Red", Fill: 0xFADBD8, Text: 0x8B1A10}}},
	}}
	header, rows := d.TableHeights(tbl)
	if len(rows) != 3 || !(rows[1] > rows[0]) || !(rows[2] > rows[0]) {
		t.Fatalf("heights %v: want three, the second and the third taller than the first", rows)
	}
	if want := ChipHeight(d.Scale().Caption) + 2*CellPadY; rows[2] != want {
		t.Errorf("a row of a chip is %.2f mm high, want the chip's %.2f", rows[2], want)
	}
	top := d.Y
	d.DrawTable(tbl)
	if got, want := d.Y-top, header+rows[0]+rows[1]+rows[2]+3; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("the table is drawn %.2f mm high; TableHeights gives %.2f", got, want)
	}
}
