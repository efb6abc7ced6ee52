package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// GridMoveModifier is the modifier that, with Left or Right, moves the
// block chosen in a focused QuarterGrid a week earlier or later.
const GridMoveModifier = fyne.KeyModifierAlt

// GridCell is one cell of a QuarterGrid: a row and a week, by index.
type GridCell struct {
	Row  int
	Week int
}

// The grid is focusable, takes Tab to leave past its own rows, and hears
// the Shift key and the move shortcuts.
var (
	_ fyne.Focusable    = (*QuarterGrid)(nil)
	_ fyne.Tabbable     = (*QuarterGrid)(nil)
	_ fyne.Shortcutable = (*QuarterGrid)(nil)
	_ desktop.Keyable   = (*QuarterGrid)(nil)
)

// Current returns the cell chosen: the cell of the block selected, or the
// empty cell chosen with the keyboard. It reports false when there is
// none.
func (g *QuarterGrid) Current() (GridCell, bool) {
	if row, i, ok := g.FindBlock(g.selected); ok {
		return GridCell{Row: row, Week: g.rows[row].Blocks[i].Week}, true
	}
	if g.validCell(g.cell) {
		return g.cell, true
	}
	return GridCell{}, false
}

// Focused reports whether the grid has the keyboard focus.
func (g *QuarterGrid) Focused() bool { return g.focused }

// FocusGained shows the focus on the cell chosen, the first cell when
// none is; it is part of fyne.Focusable.
func (g *QuarterGrid) FocusGained() {
	g.focused = true
	if _, ok := g.Current(); !ok && len(g.rows) > 0 && len(g.weeks) > 0 {
		g.choose(GridCell{Row: 0, Week: 0}, 0)
		return
	}
	g.list.Refresh()
}

// FocusLost is part of fyne.Focusable.
func (g *QuarterGrid) FocusLost() {
	g.focused, g.shift = false, false
	g.list.Refresh()
}

// TypedRune is part of fyne.Focusable.
func (g *QuarterGrid) TypedRune(rune) {}

// AcceptsTab is part of fyne.Tabbable: the grid moves the focus itself,
// past the rows it is made of.
func (g *QuarterGrid) AcceptsTab() bool { return true }

// KeyDown is part of desktop.Keyable.
func (g *QuarterGrid) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = true
	}
}

// KeyUp is part of desktop.Keyable.
func (g *QuarterGrid) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = false
	}
}

// TypedKey moves the choice with the arrow keys, opens it with Return or
// Space, asks to delete it with Delete and leaves the grid with Tab; it
// is part of fyne.Focusable.
func (g *QuarterGrid) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyTab:
		g.leave(!g.shift)
	case fyne.KeyLeft:
		g.step(0, -1)
	case fyne.KeyRight:
		g.step(0, 1)
	case fyne.KeyUp:
		g.step(-1, 0)
	case fyne.KeyDown:
		g.step(1, 0)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		g.activate()
	case fyne.KeyDelete:
		if _, _, ok := g.FindBlock(g.selected); ok && g.OnDelete != nil {
			g.OnDelete(g.selected)
		}
	}
}

// TypedShortcut moves the block chosen a week with GridMoveModifier and
// Left or Right; other shortcuts go to the window. It is part of
// fyne.Shortcutable.
func (g *QuarterGrid) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.Modifier == GridMoveModifier &&
		(cs.KeyName == fyne.KeyLeft || cs.KeyName == fyne.KeyRight) {
		row, i, ok := g.FindBlock(g.selected)
		if !ok {
			return
		}
		b := g.rows[row].Blocks[i]
		if cs.KeyName == fyne.KeyLeft {
			g.moveBlock(b, b.Week-1)
		} else {
			g.moveBlock(b, b.Week+1)
		}
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(g); c != nil {
		if sc, ok := c.(fyne.Shortcutable); ok {
			sc.TypedShortcut(s)
		}
	}
}

// validCell reports whether c is a cell of the grid.
func (g *QuarterGrid) validCell(c GridCell) bool {
	return c.Row >= 0 && c.Row < len(g.rows) && c.Week >= 0 && c.Week < len(g.weeks)
}

// cellBlocks returns the indexes in row's blocks of the blocks in week,
// top to bottom.
func (g *QuarterGrid) cellBlocks(row, week int) []int {
	var out []int
	for i, b := range g.rows[row].Blocks {
		if b.Week == week {
			out = append(out, i)
		}
	}
	return out
}

// step moves the choice by rows down and weeks across. Up and Down go
// through the blocks stacked in a cell before they leave it.
func (g *QuarterGrid) step(rows, weeks int) {
	cur, ok := g.Current()
	if !ok {
		if len(g.rows) > 0 && len(g.weeks) > 0 {
			g.choose(GridCell{Row: 0, Week: 0}, 0)
		}
		return
	}
	stack := g.cellBlocks(cur.Row, cur.Week)
	pos := -1
	if row, i, ok := g.FindBlock(g.selected); ok && row == cur.Row {
		for p, j := range stack {
			if j == i {
				pos = p
			}
		}
	}
	switch {
	case rows > 0 && pos >= 0 && pos+1 < len(stack):
		g.choose(cur, pos+1)
		return
	case rows < 0 && pos > 0:
		g.choose(cur, pos-1)
		return
	}
	next := GridCell{Row: cur.Row + rows, Week: cur.Week + weeks}
	if !g.validCell(next) {
		return
	}
	at := 0
	if rows < 0 {
		at = len(g.cellBlocks(next.Row, next.Week)) - 1
	}
	g.choose(next, at)
}

// choose makes block at (top to bottom) of cell c the choice, or the
// cell itself when it holds no block, scrolls it into view and reports
// it.
func (g *QuarterGrid) choose(c GridCell, at int) {
	stack := g.cellBlocks(c.Row, c.Week)
	if len(stack) > 0 {
		at = min(max(at, 0), len(stack)-1)
		g.selected = g.rows[c.Row].Blocks[stack[at]].ID
		g.cell.Row = -1
	} else {
		g.selected = ""
		g.cell = c
	}
	g.scrollToCell(c)
	g.list.Refresh()
	switch {
	case g.selected != "" && g.OnTapped != nil:
		g.OnTapped(g.selected)
	case g.selected == "" && g.OnCellSelected != nil:
		g.OnCellSelected(g.rows[c.Row].ID, c.Week)
	}
}

// activate opens the choice.
func (g *QuarterGrid) activate() {
	if _, _, ok := g.FindBlock(g.selected); ok {
		if g.OnActivated != nil {
			g.OnActivated(g.selected)
		}
		return
	}
	if g.validCell(g.cell) && g.OnCellActivated != nil {
		g.OnCellActivated(g.rows[g.cell.Row].ID, g.cell.Week)
	}
}

// scrollToCell scrolls cell c into view: its row, and its week when the
// grid is wider than the window.
func (g *QuarterGrid) scrollToCell(c GridCell) {
	g.list.ScrollTo(c.Row)
	view := g.scroll.Size().Width
	content := g.scroll.Content.Size().Width
	if content <= view {
		return
	}
	ww := gridWeekWidth(content, len(g.weeks))
	left := GridNameWidth + float32(c.Week)*ww
	offset := g.scroll.Offset.X
	switch {
	case left+ww > offset+view:
		offset = left + ww - view
	case left < offset+GridNameWidth:
		offset = left - GridNameWidth
	}
	g.week = -1
	g.setScrollX(offset)
}

// focusGrid gives the grid the keyboard focus, as a tap on a block does.
func (g *QuarterGrid) focusGrid() {
	if g.focused {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(g); c != nil {
		c.Focus(g)
	}
}

// leave moves the focus to what follows the grid (forward) or precedes
// it, past the list of rows the grid is built on: the list takes the
// focus of its own, which the grid does not want.
func (g *QuarterGrid) leave(forward bool) {
	c := fyne.CurrentApp().Driver().CanvasForObject(g)
	if c == nil {
		return
	}
	g.leaving = true
	defer func() { g.leaving = false }()
	for range 3 {
		if forward {
			c.FocusNext()
		} else {
			c.FocusPrevious()
		}
		if f := c.Focused(); f != fyne.Focusable(g.list) && f != fyne.Focusable(g) {
			return
		}
	}
}

// passListFocus sends the focus on when the list of rows gets it (the
// list is reached only from the grid, which comes before it): the grid
// itself is where the keyboard works.
func (g *QuarterGrid) passListFocus() {
	if g.leaving {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(g)
	if c == nil || c.Focused() != fyne.Focusable(g.list) {
		return
	}
	g.leaving = true
	defer func() { g.leaving = false }()
	c.FocusNext()
}
