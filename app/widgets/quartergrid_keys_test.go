package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// gridEvents records what a grid reports.
type gridEvents struct {
	chosen, activated, deleted string
	moved                      string
}

func watchGrid(g *QuarterGrid) *gridEvents {
	ev := &gridEvents{}
	g.OnTapped = func(id string) { ev.chosen = id }
	g.OnCellSelected = func(row string, week int) { ev.chosen = fmt.Sprintf("%s/%d", row, week) }
	g.OnActivated = func(id string) { ev.activated = id }
	g.OnCellActivated = func(row string, week int) { ev.activated = fmt.Sprintf("%s/%d", row, week) }
	g.OnDelete = func(id string) { ev.deleted = id }
	g.OnMove = func(id string, week int) { ev.moved = fmt.Sprintf("%s>%d", id, week) }
	return ev
}

// typeKeys types keys on g, one after the other.
func typeKeys(g *QuarterGrid, keys ...fyne.KeyName) {
	for _, k := range keys {
		g.TypedKey(&fyne.KeyEvent{Name: k})
	}
}

// typeOnTestGrid focuses a sample grid and types keys on it; it returns
// the grid and what it has reported.
func typeOnTestGrid(t *testing.T, keys ...fyne.KeyName) (*QuarterGrid, *gridEvents) {
	t.Helper()
	g, w := newTestGrid(t, fyne.NewSize(900, 300))
	ev := watchGrid(g)
	w.Canvas().Focus(g)
	typeKeys(g, keys...)
	return g, ev
}

func altKey(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: GridMoveModifier}
}

func TestQuarterGridKeyboardChoosesBlocksAndCells(t *testing.T) {
	// Row c1 has a1 and a2 stacked in week 0 and a3 in week 3; row c2
	// has b1 in week 2.
	tests := []struct {
		name string
		keys []fyne.KeyName
		want string
	}{
		{"focus chooses the first cell", nil, "a1"},
		{"down goes through the stack", []fyne.KeyName{fyne.KeyDown}, "a2"},
		{"down leaves the stack for the next row", []fyne.KeyName{fyne.KeyDown, fyne.KeyDown}, "c2/0"},
		{"up enters the stack from below at its last block", []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyUp}, "a2"},
		{"right to an empty week", []fyne.KeyName{fyne.KeyRight}, "c1/1"},
		{"right to a block", []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyRight}, "a3"},
		{"left in the first week stays", []fyne.KeyName{fyne.KeyLeft}, "a1"},
		{"up in the first row stays", []fyne.KeyName{fyne.KeyUp}, "a1"},
		{"down and right", []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyRight, fyne.KeyRight}, "b1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ev := typeOnTestGrid(t, tt.keys...)
			if ev.chosen != tt.want {
				t.Errorf("chosen %q, want %q", ev.chosen, tt.want)
			}
			if c, ok := g.Current(); !ok || (g.Selected() == "" && fmt.Sprintf("%s/%d", g.rows[c.Row].ID, c.Week) != tt.want) {
				t.Errorf("current %v %v, selected %q", c, ok, g.Selected())
			}
		})
	}
}

func TestQuarterGridKeyboardOpensMovesAndDeletes(t *testing.T) {
	tests := []struct {
		name                         string
		keys                         []fyne.KeyName
		shortcut                     fyne.Shortcut
		activated, deleted, wantMove string
	}{
		{"return opens a block", nil, nil, "a1", "", ""},
		{"space opens an empty cell", []fyne.KeyName{fyne.KeyRight}, nil, "c1/1", "", ""},
		{"alt+right moves a week later", nil, altKey(fyne.KeyRight), "", "", "a1>1"},
		{"alt+left moves a week earlier", []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyRight, fyne.KeyRight}, altKey(fyne.KeyLeft), "", "", "b1>1"},
		{"alt+left in the first week does nothing", nil, altKey(fyne.KeyLeft), "", "", ""},
		{"a locked block does not move", []fyne.KeyName{fyne.KeyDown}, altKey(fyne.KeyRight), "", "", ""},
		{"an empty cell does not move", []fyne.KeyName{fyne.KeyRight}, altKey(fyne.KeyRight), "", "", ""},
		{"delete asks for the block", []fyne.KeyName{fyne.KeyDelete}, nil, "", "a1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ev := typeOnTestGrid(t, tt.keys...)
			switch {
			case tt.shortcut != nil:
				g.TypedShortcut(tt.shortcut)
			case tt.activated != "":
				key := fyne.KeyReturn
				if len(tt.keys) > 0 {
					key = fyne.KeySpace
				}
				g.TypedKey(&fyne.KeyEvent{Name: key})
			}
			if ev.activated != tt.activated || ev.deleted != tt.deleted || ev.moved != tt.wantMove {
				t.Errorf("opened %q, deleted %q, moved %q; want %q, %q, %q", ev.activated, ev.deleted, ev.moved, tt.activated, tt.deleted, tt.wantMove)
			}
		})
	}
}

func TestQuarterGridTabLeavesPastItsRows(t *testing.T) {
	test.NewTempApp(t)
	g := NewQuarterGrid(sampleHeadings)
	g.SetData(sampleWeeks(8), sampleRows())
	before, after := widget.NewButton("before", nil), widget.NewButton("after", nil)
	w := showWindow(t, container.NewVBox(before, g, after), fyne.NewSize(900, 400))
	c := w.Canvas()

	c.Focus(before)
	c.FocusNext()
	if c.Focused() != fyne.Focusable(g) || !g.Focused() {
		t.Fatalf("Tab from the button before focuses %T, want the grid", c.Focused())
	}
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if c.Focused() != fyne.Focusable(after) {
		t.Fatalf("Tab in the grid focuses %T, want the button after it", c.Focused())
	}
	c.Focus(g)
	g.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if c.Focused() != fyne.Focusable(before) {
		t.Fatalf("Shift+Tab in the grid focuses %T, want the button before it", c.Focused())
	}
	c.Focus(g)
	c.FocusNext()
	if c.Focused() != fyne.Focusable(after) {
		t.Fatalf("the next focus after the grid is %T, want the button after it", c.Focused())
	}
	c.FocusPrevious()
	if c.Focused() != fyne.Focusable(g) {
		t.Fatalf("the focus before the button after is %T, want the grid", c.Focused())
	}
}

func TestQuarterGridFocusRing(t *testing.T) {
	g, w := newTestGrid(t, fyne.NewSize(900, 300))
	w.Canvas().Focus(g)
	test.AssertImageMatches(t, "quartergrid/focus_block.png", w.Canvas().Capture())
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	test.AssertImageMatches(t, "quartergrid/focus_cell.png", w.Canvas().Capture())
}

func TestQuarterGridKeepsTheCellOfABlockGone(t *testing.T) {
	g, w := newTestGrid(t, fyne.NewSize(900, 300))
	w.Canvas().Focus(g)
	typeKeys(g, fyne.KeyDown, fyne.KeyDown, fyne.KeyRight, fyne.KeyRight)
	if g.Selected() != "b1" {
		t.Fatalf("chosen %q, want b1", g.Selected())
	}
	rows := sampleRows()
	rows[1].Blocks = rows[1].Blocks[1:] // b1 deleted
	g.SetData(sampleWeeks(8), rows)
	if c, ok := g.Current(); !ok || g.Selected() != "" || c != (GridCell{Row: 1, Week: 2}) {
		t.Fatalf("after b1 is gone the grid chooses %v %v (block %q), want its empty cell", c, ok, g.Selected())
	}
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if c, _ := g.Current(); c != (GridCell{Row: 1, Week: 3}) {
		t.Errorf("Right from the cell of b1 chooses %v, want row 1 week 3", c)
	}
}
