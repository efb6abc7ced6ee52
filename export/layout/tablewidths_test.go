package layout

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// TestTableWidthsKeepLongWordsWhole checks that a column whose word would
// be broken between characters takes room from columns that have room to
// spare, first from the room their cells leave unused, and that no
// column gives up room below its own widest word.
func TestTableWidthsKeepLongWordsWhole(t *testing.T) {
	d := newTestDoc(t)
	const long = "projectsamenwerkingsplan"
	table := Table{
		W: 120,
		Columns: []Column{
			{Title: "Phase", Weight: 2}, {Title: "Planned", Weight: 2},
			{Title: "Delivered", Weight: 1.5}, {Title: "Deliverable", Weight: 1.5},
		},
		Rows: [][]Cell{
			{{Text: "Kick-off", Bold: true}, {Text: "10–24 Jul 2026"}, {Text: "1 of 1"}, {Text: "Kick-off deck including " + long}},
			{{Text: "Define", Bold: true}, {Text: "25 Jul – 18 Sep"}, {Text: "4 of 4"}, {Text: "Assessment"}},
		},
	}
	before := ColumnWidths(table.Columns, table.W)
	body := d.Scale().Body
	if d.Measure(long, body)+2*CellPadX <= before[3] {
		t.Fatalf("the test's word fits its column already (%.1f mm of %.1f)", d.Measure(long, body), before[3])
	}
	widths := d.TableWidths(table)
	if sum := sumOf(widths); math.Abs(sum-table.W) > 1e-6 {
		t.Errorf("widths %v add up to %.2f, want %.2f", widths, sum, table.W)
	}
	for _, line := range d.Wrap(table.Rows[0][3].Text, widths[3]-2*CellPadX, body) {
		if strings.Contains(long, line) && line != long {
			t.Errorf("the long word is broken: %q in %v (widths %v)", line, d.Wrap(table.Rows[0][3].Text, widths[3]-2*CellPadX, body), widths)
		}
	}
	for i, c := range table.Columns {
		if got := d.Wrap(c.Title, widths[i]-2*CellPadX, d.Scale().Label); len(got) != 1 {
			t.Errorf("heading %q wraps to %q in %.1f mm", c.Title, got, widths[i])
		}
	}
	// The planned days fit one line before and leave room; they must
	// still fit one line: the phase and delivered columns had room
	// unused on every line.
	for _, row := range table.Rows {
		if got := d.Wrap(row[1].Text, widths[1]-2*CellPadX, body); len(got) != 1 {
			t.Errorf("planned %q wraps to %q in %.1f mm (before %.1f mm)", row[1].Text, got, widths[1], before[1])
		}
	}
}

// TestTableWidthsLeaveFittingTablesAlone checks that a table whose words
// all fit keeps the widths of its weights, and that a column of chips
// neither gives nor takes room.
func TestTableWidthsLeaveFittingTablesAlone(t *testing.T) {
	d := newTestDoc(t)
	fitting := Table{
		W:       160,
		Columns: []Column{{Title: "Name", Weight: 1}, {Title: "Value", Weight: 3}},
		Rows:    [][]Cell{{{Text: "a"}, {Text: "a longer text that wraps over more than one line of the column, as notes do"}}},
	}
	if got, want := d.TableWidths(fitting), ColumnWidths(fitting.Columns, fitting.W); !slices.Equal(got, want) {
		t.Errorf("widths %v, want the weights' %v", got, want)
	}
	chips := Table{
		W:       60,
		Columns: []Column{{Title: "Status", Weight: 1}, {Title: "Deliverable", Weight: 1}},
		Rows:    [][]Cell{{{Chip: &ChipLook{Label: "Done"}}, {Text: "projectsamenwerkingsplan"}}},
	}
	if got, want := d.TableWidths(chips), ColumnWidths(chips.Columns, chips.W); !slices.Equal(got, want) {
		t.Errorf("a chip column gave room: widths %v, want %v", got, want)
	}
}

// sumOf adds up xs.
func sumOf(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
