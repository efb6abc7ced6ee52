package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// toolbarLayout lays out a row of controls that fits any width: the
// leading controls from the left, the trailing ones (from index lead on)
// at the right on the same line when all fit, else on lines of their own
// below, right-aligned; controls that do not fit on a line wrap onto the
// next. It is as narrow as its widest control, so that long labels in
// Dutch or Japanese never make the window wider: they take a second line.
type toolbarLayout struct {
	// lead is how many controls are leading; the rest trail.
	lead int
	// width is the width the controls were last laid out in, which decides
	// the lines MinSize counts (0 before the first layout: one line).
	width float32
	// owner is the container laid out, refreshed when its lines change so
	// that its parent makes room for them.
	owner fyne.CanvasObject
	lines int
	// grow, when set, is a leading control (a title that truncates) that
	// takes the width its line leaves.
	grow fyne.CanvasObject
}

// newToolbar returns a row of leading and trailing controls in a
// toolbarLayout.
func newToolbar(leading []fyne.CanvasObject, trailing ...fyne.CanvasObject) *fyne.Container {
	l := &toolbarLayout{lead: len(leading)}
	c := container.New(l, append(append([]fyne.CanvasObject{}, leading...), trailing...)...)
	l.owner = c
	return c
}

// newToolbarGrowing returns a toolbar as newToolbar does, in which grow,
// one of leading, takes the width its line leaves.
func newToolbarGrowing(grow fyne.CanvasObject, leading []fyne.CanvasObject, trailing ...fyne.CanvasObject) *fyne.Container {
	c := newToolbar(leading, trailing...)
	c.Layout.(*toolbarLayout).grow = grow
	return c
}

// visible returns the visible objects among objects.
func visible(objects []fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range objects {
		if o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// wrapLines breaks objects into lines no wider than width (each line has
// at least one object); width 0 puts all on one line.
func wrapLines(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	var lines [][]fyne.CanvasObject
	var line []fyne.CanvasObject
	used := float32(0)
	pad := theme.Padding()
	for _, o := range objects {
		w := o.MinSize().Width
		if len(line) > 0 && width > 0 && used+pad+w > width {
			lines = append(lines, line)
			line, used = nil, 0
		}
		if len(line) > 0 {
			used += pad
		}
		line = append(line, o)
		used += w
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// lineSize returns the width and height of a line of objects.
func lineSize(line []fyne.CanvasObject) (w, h float32) {
	for i, o := range line {
		m := o.MinSize()
		if i > 0 {
			w += theme.Padding()
		}
		w += m.Width
		h = max(h, m.Height)
	}
	return w, h
}

// arrange returns the lines of leading and trailing controls at width,
// and whether the trailing ones share the leading ones' only line.
func (l *toolbarLayout) arrange(objects []fyne.CanvasObject, width float32) (lead, trail [][]fyne.CanvasObject, shared bool) {
	n := min(l.lead, len(objects))
	leading, trailing := visible(objects[:n]), visible(objects[n:])
	all := append(append([]fyne.CanvasObject{}, leading...), trailing...)
	if len(wrapLines(all, width)) <= 1 {
		if len(leading) > 0 {
			lead = [][]fyne.CanvasObject{leading}
		}
		if len(trailing) > 0 {
			trail = [][]fyne.CanvasObject{trailing}
		}
		return lead, trail, true
	}
	return wrapLines(leading, width), wrapLines(trailing, width), false
}

// MinSize is the widest control wide and as tall as the lines of the last
// width.
func (l *toolbarLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	for _, o := range visible(objects) {
		size.Width = max(size.Width, o.MinSize().Width)
	}
	lead, trail, shared := l.arrange(objects, l.width)
	lines := append(lead, trail...)
	if shared {
		lines = [][]fyne.CanvasObject{append(append([]fyne.CanvasObject{}, flatten(lead)...), flatten(trail)...)}
	}
	for i, line := range lines {
		_, h := lineSize(line)
		if i > 0 {
			size.Height += theme.Padding()
		}
		size.Height += h
	}
	return size
}

// flatten returns the objects of lines in order.
func flatten(lines [][]fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, line := range lines {
		out = append(out, line...)
	}
	return out
}

// Layout places the lines, leading ones from the left, trailing ones at
// the right.
func (l *toolbarLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	lead, trail, shared := l.arrange(objects, size.Width)
	// place lays out a line from x 0, or ending at the right edge; the
	// grow control takes the line's spare width up to room.
	place := func(line []fyne.CanvasObject, y, height, room float32, right bool) {
		w, _ := lineSize(line)
		x := float32(0)
		if right {
			x = size.Width - w
		}
		for _, o := range line {
			width := o.MinSize().Width
			if o == l.grow && room > w {
				width += room - w
			}
			o.Resize(fyne.NewSize(width, height))
			o.Move(fyne.NewPos(x, y))
			x += width + theme.Padding()
		}
	}
	lines := 0
	if shared {
		_, h := lineSize(append(flatten(lead), flatten(trail)...))
		room := size.Width
		for _, line := range trail {
			w, _ := lineSize(line)
			room -= w + theme.Padding()
		}
		for _, line := range lead {
			place(line, 0, h, room, false)
		}
		for _, line := range trail {
			place(line, 0, h, size.Width, true)
		}
		lines = 1
	} else {
		y := float32(0)
		for i, line := range append(lead, trail...) {
			_, h := lineSize(line)
			place(line, y, h, size.Width, i >= len(lead))
			y += h + theme.Padding()
			lines++
		}
	}
	if lines != l.lines {
		l.lines = lines
		if l.owner != nil {
			canvas.Refresh(l.owner)
		}
	}
}

// prefSplit is the preference key of a split's offset.
func prefSplit(name string) string { return "split." + name }

// rememberSplit gives split the offset it had when the window last
// closed, and keeps its offset for the next start (see saveSplits); name
// tells the splits apart.
func (u *UI) rememberSplit(name string, split *container.Split) *container.Split {
	if u.splits == nil {
		u.splits = map[string]*container.Split{}
	}
	// A screen built anew replaces its splits.
	u.splits[name] = split
	if v := u.app.Preferences().FloatWithFallback(prefSplit(name), -1); v >= 0 && v <= 1 {
		split.Offset = v
	}
	return split
}

// saveSplits keeps the offset of every split for the next start.
func (u *UI) saveSplits() {
	p := u.app.Preferences()
	for name, split := range u.splits {
		p.SetFloat(prefSplit(name), split.Offset)
	}
	for name, pin := range u.pinned {
		p.SetFloat(prefPinned(name), float64(pin.Trailing()))
	}
}

// prefPinned is the preference key of the height of a pinned split's
// lower side.
func prefPinned(name string) string { return "split." + name + ".lower" }

// pinSplit returns split, a vertical one, in a container that keeps the
// height of its lower side when the window grows or shrinks: the upper
// side takes the height gained. Dragging the divider sets the height
// kept. The height is kept for the next start (see saveSplits); lower is
// the height before the first start.
func (u *UI) pinSplit(name string, split *container.Split, lower float32) fyne.CanvasObject {
	if u.pinned == nil {
		u.pinned = map[string]*pinnedSplitLayout{}
	}
	if v := u.app.Preferences().FloatWithFallback(prefPinned(name), -1); v > 0 {
		lower = float32(v)
	}
	l := &pinnedSplitLayout{split: split, trailing: lower, offset: -1}
	u.pinned[name] = l
	return container.New(l, split)
}

// pinnedSplitLayout lays a vertical split out so that its trailing side
// keeps its height (see pinSplit).
type pinnedSplitLayout struct {
	split *container.Split
	// trailing is the height the trailing side keeps.
	trailing float32
	// offset is the split's offset as last set here, and height the
	// height it was set for: an offset that differs was dragged.
	offset float64
	height float32
}

// Trailing returns the height the trailing side keeps, taking in a drag
// of the divider since the last layout.
func (l *pinnedSplitLayout) Trailing() float32 {
	if l.offset >= 0 && l.split.Offset != l.offset && l.height > 0 {
		l.trailing = float32(1-l.split.Offset) * max(l.height-splitDivider(), 0)
		l.offset = l.split.Offset
	}
	return l.trailing
}

// splitDivider is the height of a split's divider.
func splitDivider() float32 {
	if t := theme.Size(theme.SizeNameSplitThickness); t > 0 {
		return t
	}
	return 5 // Fyne's own when the theme has none
}

// MinSize is the split's.
func (l *pinnedSplitLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.split.MinSize() }

// Layout sets the split's offset so that its trailing side is as tall as
// kept, and lays it over the whole size.
func (l *pinnedSplitLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	trailing := l.Trailing()
	was, sized := l.split.Offset, l.split.Size() == size
	if room := size.Height - splitDivider(); room > 0 {
		l.split.Offset = min(max(float64(1-trailing/room), 0), 1)
		l.offset, l.height = l.split.Offset, size.Height
	}
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if sized && l.split.Offset != was {
		l.split.Refresh() // Resize to the same size lays nothing out
	}
}

// shareWidth shares width between columns by what they hold: each column
// gets what it wants (the width of its widest text) when all fit, and the
// width left over goes to the first column; else each gets its minimum
// and the rest of the width goes to the columns in proportion to how much
// more than their minimum they want. A column never gets less than its
// minimum, so the columns may be wider than width together.
func shareWidth(width float32, wants, mins []float32) []float32 {
	out := make([]float32, len(wants))
	total, least, extra := float32(0), float32(0), float32(0)
	for i := range wants {
		want := max(wants[i], mins[i])
		total += want
		least += mins[i]
		extra += want - mins[i]
	}
	if len(out) == 0 {
		return out
	}
	if total <= width {
		for i := range wants {
			out[i] = max(wants[i], mins[i])
		}
		out[0] += width - total
		return out
	}
	spare := max(width-least, 0)
	for i := range wants {
		out[i] = mins[i]
		if extra > 0 {
			out[i] += spare * (max(wants[i], mins[i]) - mins[i]) / extra
		}
	}
	return out
}

// textWidth returns the width a table cell needs for the widest of texts
// in a text style and size.
func textWidth(texts []string, size float32, style fyne.TextStyle) float32 {
	w := float32(0)
	for _, t := range texts {
		w = max(w, fyne.MeasureText(t, size, style).Width)
	}
	return w + 2*theme.InnerPadding()
}

// fitListItem makes item id of list, shown in o, as tall as o needs at
// the list's width (wrapped text takes more lines); heights keeps the
// heights set, so that an item's height is set again only when it
// changes.
func fitListItem(list *widget.List, heights map[widget.ListItemID]float32, id widget.ListItemID, o fyne.CanvasObject) {
	width := list.Size().Width
	if width <= 0 {
		return
	}
	o.Resize(fyne.NewSize(width, o.MinSize().Height))
	if h := o.MinSize().Height; heights[id] != h {
		heights[id] = h
		list.SetItemHeight(id, h)
	}
}
