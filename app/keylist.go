package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// isEnterKey reports whether key is Return or the keypad's Enter.
func isEnterKey(key fyne.KeyName) bool { return key == fyne.KeyReturn || key == fyne.KeyEnter }

// enterList is a widget.List on which Return or Enter chooses the row
// highlighted with the arrow keys, as Space does.
type enterList struct {
	widget.List
}

// newEnterList returns a list as widget.NewList does, that also takes
// Return and Enter.
func newEnterList(length func() int, createItem func() fyne.CanvasObject, updateItem func(widget.ListItemID, fyne.CanvasObject)) *enterList {
	l := &enterList{List: widget.List{Length: length, CreateItem: createItem, UpdateItem: updateItem}}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey chooses the row highlighted on Return or Enter; other keys
// work as on a widget.List. It is part of fyne.Focusable.
func (l *enterList) TypedKey(ev *fyne.KeyEvent) { l.List.TypedKey(enterAsSpace(ev)) }

// enterAsSpace returns ev, with Return and Enter turned into Space, which
// chooses what is highlighted in a list or a table.
func enterAsSpace(ev *fyne.KeyEvent) *fyne.KeyEvent {
	if isEnterKey(ev.Name) {
		return &fyne.KeyEvent{Name: fyne.KeySpace, Physical: ev.Physical}
	}
	return ev
}

// enterTable is a widget.Table with sticky headers on which Return or
// Enter chooses the cell highlighted with the arrow keys, as Space does.
type enterTable struct {
	widget.Table
}

// newEnterTableWithHeaders returns a table as widget.NewTableWithHeaders
// does, that also takes Return and Enter.
func newEnterTableWithHeaders(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *enterTable {
	t := &enterTable{Table: widget.Table{Length: length, CreateCell: create, UpdateCell: update, ShowHeaderRow: true, ShowHeaderColumn: true}}
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey chooses the cell highlighted on Return or Enter; other keys
// work as on a widget.Table. It is part of fyne.Focusable.
func (t *enterTable) TypedKey(ev *fyne.KeyEvent) { t.Table.TypedKey(enterAsSpace(ev)) }
