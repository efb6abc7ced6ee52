package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// GridWeek is one column of a QuarterGrid.
type GridWeek struct {
	// Label is the ISO week, such as "W02".
	Label string
	// Monday is the Monday of the week, formatted, such as "11 Jan".
	Monday string
	// Load is the week's hours against the capacity.
	Load Load
}

// GridBlock is one activity in a QuarterGrid.
type GridBlock struct {
	// ID identifies the activity in callbacks.
	ID string
	// Week is the index of the column the block is in.
	Week int
	// Label is the text on the block; it wraps onto a second line and is
	// cut to fit.
	Label string
	// Detail is a longer description for screen readers and callers that
	// show the block's detail.
	Detail string
	// Tone colours the block by the activity's status or kind.
	Tone Tone
	// Conflict, when set, is the reason the activity is in conflict; the
	// block carries a warning marker.
	Conflict string
	// Proposed marks a block of an auto-schedule preview.
	Proposed bool
	// Locked blocks cannot be dragged or moved with the keyboard.
	Locked bool
}

// GridRow is one line of a QuarterGrid, usually a customer.
type GridRow struct {
	ID     string
	Name   string
	Blocks []GridBlock
	// Highlight marks the row, such as the customer in focus.
	Highlight bool
}

// GridHeadings are the texts of the grid's top-left cells.
type GridHeadings struct {
	// Rows heads the column of row names, such as "Customer".
	Rows string
	// Capacity heads the row of capacity bars, such as "Capacity".
	Capacity string
}

// Sizes of the quarter grid, in device-independent units.
const (
	// GridNameWidth is the width of the column of row names.
	GridNameWidth float32 = 180
	// GridMinWeekWidth is the narrowest a week column gets; below it the
	// grid scrolls sideways.
	GridMinWeekWidth float32 = 60
	// gridBlockHeight holds two lines of caption text, so that a block in
	// a narrow week still names its activity.
	gridBlockHeight float32 = 36
	gridBlockGap    float32 = 2
	gridRowPadding  float32 = 4
	// gridFocusStroke is the width of the outline of the block or cell
	// chosen while the grid has the keyboard focus.
	gridFocusStroke float32 = 3
)

// QuarterGrid shows a quarter as a grid: weeks across (ISO week and Monday),
// rows down (customers), activities as coloured blocks in the cells of their
// week, and a row of capacity bars on top. Only the rows in view are built,
// so the grid stays fast for a large portfolio.
//
// Blocks can be dragged to another week: the week under the block's centre
// where it is dropped is passed to OnMove. The grid takes the keyboard
// focus (see quartergrid_keys.go): the arrow keys choose a block or an
// empty cell, Alt with Left or Right moves the block chosen a week, Return
// or Space opens it and Delete asks to remove it.
type QuarterGrid struct {
	widget.BaseWidget
	// OnMove is called when a block is dropped on another week, or moved
	// with the keyboard, with the block's ID and the index of the week.
	OnMove func(blockID string, toWeek int)
	// OnTapped is called when a block is tapped or activated.
	OnTapped func(blockID string)
	// OnRowTapped is called when the name of a row is tapped.
	OnRowTapped func(rowID string)
	// OnCellSelected is called when the keyboard chooses a cell without
	// a block, with the row's ID and the index of the week.
	OnCellSelected func(rowID string, week int)
	// OnActivated is called when Return or Space opens the block chosen.
	OnActivated func(blockID string)
	// OnCellActivated is called when Return or Space opens the empty
	// cell chosen.
	OnCellActivated func(rowID string, week int)
	// OnDelete is called when Delete is pressed on the block chosen.
	OnDelete func(blockID string)

	headings GridHeadings
	weeks    []GridWeek
	rows     []GridRow
	selected string
	// cell is the cell chosen with the keyboard when no block is
	// selected; Row is -1 when there is none.
	cell GridCell
	// focused is set while the grid has the keyboard focus.
	focused bool
	// shift is set while a Shift key is down, so that Shift+Tab leaves
	// the grid backwards.
	shift bool
	// leaving is set while the grid moves the focus past its rows.
	leaving bool
	// heights holds the height of every row taller than one block.
	heights map[int]float32
	// bound maps a row index to the row widget that last drew it.
	bound map[int]*gridRowWidget

	list     *widget.List
	header   *gridHeader
	capacity *gridCapacityRow
	scroll   *container.Scroll
	// earlier and later are the arrows that show there are weeks out of
	// view to the left and to the right.
	earlier, later *gridMoreWeeks
	// week is the week ScrollToWeek keeps in view as the grid gets its
	// size, until the grid is scrolled otherwise; -1 for none.
	week int
}

// NewQuarterGrid returns an empty grid with the given headings.
func NewQuarterGrid(headings GridHeadings) *QuarterGrid {
	g := &QuarterGrid{headings: headings, heights: map[int]float32{}, bound: map[int]*gridRowWidget{}, cell: GridCell{Row: -1}, week: -1}
	g.ExtendBaseWidget(g)
	g.header = newGridHeader(g)
	g.capacity = newGridCapacityRow(g)
	g.list = widget.NewList(
		func() int { return len(g.rows) },
		func() fyne.CanvasObject { return newGridRowWidget(g) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(g.rows) {
				w := o.(*gridRowWidget)
				w.set(id, g.rows[id])
				g.bound[id] = w
			}
		},
	)
	g.list.HideSeparators = false
	g.list.OnHighlighted = func(widget.ListItemID) { g.passListFocus() }
	content := container.New(&gridContentLayout{grid: g}, g.header, g.capacity, g.list)
	g.scroll = container.NewHScroll(content)
	g.scroll.OnScrolled = func(fyne.Position) {
		g.week = -1 // scrolled by hand: the grid stays where it is put
		g.showMore()
		g.keepNamesInView()
	}
	g.earlier, g.later = newGridMoreWeeks(g, -1), newGridMoreWeeks(g, 1)
	return g
}

// nameColumnX returns where the column of row names starts in the
// grid's content: at the left edge of what is in view, so that the names
// stay readable while the weeks scroll under them.
func (g *QuarterGrid) nameColumnX() float32 {
	if g.scroll == nil {
		return 0
	}
	return max(g.scroll.Offset.X, 0)
}

// keepNamesInView lays the header, the capacity row and the rows out again
// after a scroll, so that their names follow the view.
func (g *QuarterGrid) keepNamesInView() {
	g.header.Refresh()
	g.capacity.Refresh()
	for _, w := range g.bound {
		w.Refresh()
	}
}

// SetData replaces the weeks and rows the grid shows. Blocks whose week is
// outside the weeks are not shown. When the block selected is gone, its
// cell stays chosen.
func (g *QuarterGrid) SetData(weeks []GridWeek, rows []GridRow) {
	resized := len(weeks) != len(g.weeks)
	was, chosen := g.Current()
	g.weeks, g.rows = weeks, rows
	if _, _, ok := g.FindBlock(g.selected); !ok && g.selected != "" {
		g.selected = ""
		if chosen && g.validCell(was) {
			g.cell = was
		}
	}
	old := g.heights
	g.heights = make(map[int]float32, len(old))
	for i := range rows {
		if h := g.rowHeight(i); h > gridRowMinHeight() {
			g.heights[i] = h
		}
	}
	// Tell the list about rows whose height changed, then refresh it once.
	for i, h := range g.heights {
		if old[i] != h {
			g.list.SetItemHeight(i, h)
		}
	}
	for i := range old {
		if _, still := g.heights[i]; !still && i < len(rows) {
			g.list.SetItemHeight(i, gridRowMinHeight())
		}
	}
	g.header.Refresh()
	g.capacity.Refresh()
	g.list.Refresh()
	if resized {
		// The grid's narrowest width follows the weeks: lay the sideways
		// scroll out again.
		g.scroll.Refresh()
		g.showMore()
	}
}

// ScrollToWeek scrolls the grid sideways so that week (an index into the
// weeks) is in view, as little as it takes (the row names scroll too),
// when the grid is wider than the window. The week stays in view as the
// grid is laid out at another size, until the grid is scrolled
// otherwise.
func (g *QuarterGrid) ScrollToWeek(week int) {
	g.week = week
	g.scrollToWeek()
}

// scrollToWeek scrolls the week asked for by ScrollToWeek into view, from
// the start of the grid.
func (g *QuarterGrid) scrollToWeek() {
	view := g.scroll.Size().Width
	if g.week < 0 || g.week >= len(g.weeks) || view <= 0 {
		return
	}
	content := g.scroll.Content.Size().Width
	ww := gridWeekWidth(content, len(g.weeks))
	right := GridNameWidth + float32(g.week+1)*ww
	week := g.week
	g.setScrollX(max(right-view, 0))
	g.week = week
}

// scrollWeeks scrolls the grid sideways by weeks week columns, to the
// left when weeks is negative.
func (g *QuarterGrid) scrollWeeks(weeks int) {
	g.week = -1
	content := g.scroll.Content.Size().Width
	g.setScrollX(g.scroll.Offset.X + float32(weeks)*gridWeekWidth(content, len(g.weeks)))
}

// setScrollX scrolls the grid sideways to x, kept within the content.
func (g *QuarterGrid) setScrollX(x float32) {
	view, content := g.scroll.Size().Width, g.scroll.Content.Size().Width
	g.scroll.Offset.X = max(min(x, content-view), 0)
	g.scroll.Refresh()
	g.showMore()
	g.keepNamesInView()
}

// WeekInView reports whether the whole column of week (an index into the
// weeks) is in view.
func (g *QuarterGrid) WeekInView(week int) bool {
	view, content := g.scroll.Size().Width, g.scroll.Content.Size().Width
	if week < 0 || week >= len(g.weeks) || view <= 0 {
		return false
	}
	ww := gridWeekWidth(content, len(g.weeks))
	left, off := GridNameWidth+float32(week)*ww, g.scroll.Offset.X
	const slack = 0.5
	return left >= off-slack && left+ww <= off+view+slack
}

// MoreWeeks reports whether weeks lie out of view to the left (earlier)
// and to the right (later), which arrows over the header show.
func (g *QuarterGrid) MoreWeeks() (earlier, later bool) {
	return g.earlier.Visible(), g.later.Visible()
}

// showMore shows the arrows over the header that point to weeks out of
// view.
func (g *QuarterGrid) showMore() {
	view, content := g.scroll.Size().Width, g.scroll.Content.Size().Width
	const slack = 0.5
	setVisible(g.earlier, view > 0 && g.scroll.Offset.X > slack)
	setVisible(g.later, view > 0 && g.scroll.Offset.X+view < content-slack)
}

// setVisible shows or hides o.
func setVisible(o fyne.CanvasObject, visible bool) {
	if visible && !o.Visible() {
		o.Show()
	} else if !visible && o.Visible() {
		o.Hide()
	}
}

// Weeks returns the weeks the grid shows.
func (g *QuarterGrid) Weeks() []GridWeek { return g.weeks }

// Rows returns the rows the grid shows.
func (g *QuarterGrid) Rows() []GridRow { return g.rows }

// Selected returns the ID of the selected block, or "".
func (g *QuarterGrid) Selected() string { return g.selected }

// SelectBlock marks the block with the given ID as selected ("" clears the
// selection) and scrolls it into view.
func (g *QuarterGrid) SelectBlock(id string) {
	g.selected = id
	g.cell.Row = -1
	g.ScrollToBlock(id)
	g.list.Refresh()
}

// ScrollToBlock scrolls the grid so that the block with the given ID is in
// view: its row, and its week when the grid is wider than the window.
func (g *QuarterGrid) ScrollToBlock(id string) {
	row, i, ok := g.FindBlock(id)
	if !ok {
		return
	}
	g.scrollToCell(GridCell{Row: row, Week: g.rows[row].Blocks[i].Week})
}

// ScrollToRow scrolls the row with the given ID into view.
func (g *QuarterGrid) ScrollToRow(id string) {
	for i, r := range g.rows {
		if r.ID == id {
			g.list.ScrollTo(i)
			return
		}
	}
}

// BlockBounds returns where the block with the given ID is drawn: its
// position on the canvas and its size. It reports false when the block is
// not in view.
func (g *QuarterGrid) BlockBounds(id string) (fyne.Position, fyne.Size, bool) {
	row, i, ok := g.FindBlock(id)
	if !ok {
		return fyne.Position{}, fyne.Size{}, false
	}
	w := g.bound[row]
	if w == nil || w.index != row || i >= len(w.blocks) || !w.blocks[i].Visible() {
		return fyne.Position{}, fyne.Size{}, false
	}
	b := w.blocks[i]
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	if pos.IsZero() {
		// A row the list keeps for reuse is not on the canvas.
		return fyne.Position{}, fyne.Size{}, false
	}
	return pos, b.Size(), true
}

// WeekWidth returns the width of one week column as last laid out.
func (g *QuarterGrid) WeekWidth() float32 {
	return gridWeekWidth(g.list.Size().Width, len(g.weeks))
}

// FindBlock returns the row and the index in the row's blocks of the block
// with the given ID.
func (g *QuarterGrid) FindBlock(id string) (row, index int, ok bool) {
	if id == "" {
		return 0, 0, false
	}
	for r := range g.rows {
		for i := range g.rows[r].Blocks {
			if g.rows[r].Blocks[i].ID == id {
				return r, i, true
			}
		}
	}
	return 0, 0, false
}

// rowHeight returns the height of row i: one block per week stacked.
func (g *QuarterGrid) rowHeight(i int) float32 {
	stack := make(map[int]int, len(g.rows[i].Blocks))
	most := 1
	for _, b := range g.rows[i].Blocks {
		stack[b.Week]++
		most = max(most, stack[b.Week])
	}
	return gridStackHeight(most)
}

func gridStackHeight(blocks int) float32 {
	return 2*gridRowPadding + float32(blocks)*gridBlockHeight + float32(blocks-1)*gridBlockGap
}

func gridRowMinHeight() float32 { return gridStackHeight(1) }

// gridWeekWidth returns the width of a week column in a grid width wide.
func gridWeekWidth(width float32, weeks int) float32 {
	if weeks <= 0 {
		return GridMinWeekWidth
	}
	return max((width-GridNameWidth)/float32(weeks), GridMinWeekWidth)
}

// gridMinWidth returns the narrowest width that shows every week.
func gridMinWidth(weeks int) float32 {
	return GridNameWidth + float32(weeks)*GridMinWeekWidth
}

func (g *QuarterGrid) tapBlock(id string) {
	g.selected = id
	g.cell.Row = -1
	g.focusGrid()
	g.list.Refresh()
	if g.OnTapped != nil {
		g.OnTapped(id)
	}
}

func (g *QuarterGrid) moveBlock(b GridBlock, week int) {
	if b.Locked || week < 0 || week >= len(g.weeks) || week == b.Week {
		return
	}
	if g.OnMove != nil {
		g.OnMove(b.ID, week)
	}
}

// CreateRenderer is part of fyne.Widget.
func (g *QuarterGrid) CreateRenderer() fyne.WidgetRenderer {
	g.ExtendBaseWidget(g)
	return &gridRenderer{grid: g}
}

// gridRenderer lays the grid's sideways scroll over its whole size and
// the arrows to weeks out of view over the ends of its header.
type gridRenderer struct {
	grid *QuarterGrid
}

func (r *gridRenderer) Layout(size fyne.Size) {
	g := r.grid
	// A new size may move the scroll within its content, which is not
	// scrolling by hand.
	week := g.week
	g.scroll.Resize(size)
	g.week = week
	g.scrollToWeek()
	g.showMore()
	h := g.header.MinSize().Height
	w := g.later.MinSize().Width
	g.earlier.Resize(fyne.NewSize(w, h))
	g.earlier.Move(fyne.NewPos(GridNameWidth, 0)) // right of the names, which stay in view
	g.later.Resize(fyne.NewSize(w, h))
	g.later.Move(fyne.NewPos(size.Width-w, 0))
}

func (r *gridRenderer) MinSize() fyne.Size { return r.grid.scroll.MinSize() }

func (r *gridRenderer) Refresh() {
	r.grid.scroll.Refresh()
	r.grid.showMore()
	r.grid.earlier.Refresh()
	r.grid.later.Refresh()
}

func (r *gridRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.grid.scroll, r.grid.earlier, r.grid.later}
}

func (r *gridRenderer) Destroy() {}

// gridContentLayout stacks the header, the capacity row and the rows.
type gridContentLayout struct {
	grid *QuarterGrid
}

func (l *gridContentLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	header, capacity, list := objects[0], objects[1], objects[2]
	hh := header.MinSize().Height
	ch := capacity.MinSize().Height
	header.Move(fyne.NewPos(0, 0))
	header.Resize(fyne.NewSize(size.Width, hh))
	capacity.Move(fyne.NewPos(0, hh))
	capacity.Resize(fyne.NewSize(size.Width, ch))
	list.Move(fyne.NewPos(0, hh+ch))
	list.Resize(fyne.NewSize(size.Width, max(size.Height-hh-ch, 0)))
}

func (l *gridContentLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := gridMinWidth(len(l.grid.weeks))
	h := float32(0)
	for _, o := range objects {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
	}
	return fyne.NewSize(w, h)
}

// gridHeader is the row of week labels.
type gridHeader struct {
	widget.BaseWidget
	grid *QuarterGrid
}

func newGridHeader(g *QuarterGrid) *gridHeader {
	return extended(&gridHeader{grid: g})
}

func (h *gridHeader) CreateRenderer() fyne.WidgetRenderer {
	h.ExtendBaseWidget(h)
	r := &gridHeaderRenderer{header: h, bg: canvas.NewRectangle(nil), corner: newBoldText(), cover: canvas.NewRectangle(nil)}
	return refreshed(r)
}

type gridHeaderRenderer struct {
	objectsRenderer
	header *gridHeader
	bg     *canvas.Rectangle
	corner *canvas.Text
	// cover hides the weeks that scroll under the corner.
	cover   *canvas.Rectangle
	labels  []*canvas.Text
	mondays []*canvas.Text
}

func (r *gridHeaderRenderer) Layout(size fyne.Size) {
	pad := sizeOf(r.header, theme.SizeNamePadding)
	r.bg.Resize(size)
	x0 := r.header.grid.nameColumnX()
	r.cover.Move(fyne.NewPos(x0, 0))
	r.cover.Resize(fyne.NewSize(GridNameWidth, size.Height))
	r.cover.Hidden = x0 <= 0
	r.corner.Move(fyne.NewPos(x0+2*pad, (size.Height-r.corner.MinSize().Height)/2))
	r.corner.Resize(r.corner.MinSize())
	ww := gridWeekWidth(size.Width, len(r.labels))
	for i, l := range r.labels {
		x := GridNameWidth + float32(i)*ww
		lm, mm := l.MinSize(), r.mondays[i].MinSize()
		l.Move(fyne.NewPos(x+(ww-lm.Width)/2, pad))
		l.Resize(lm)
		r.mondays[i].Move(fyne.NewPos(x+(ww-mm.Width)/2, pad+lm.Height))
		r.mondays[i].Resize(mm)
	}
}

func (r *gridHeaderRenderer) MinSize() fyne.Size {
	pad := sizeOf(r.header, theme.SizeNamePadding)
	h := r.corner.MinSize().Height
	if len(r.labels) > 0 {
		h = r.labels[0].MinSize().Height + r.mondays[0].MinSize().Height
	}
	return fyne.NewSize(gridMinWidth(len(r.labels)), h+2*pad)
}

func (r *gridHeaderRenderer) Refresh() {
	g := r.header.grid
	fg := colorOf(r.header, theme.ColorNameForeground)
	muted := colorOf(r.header, theme.ColorNamePlaceHolder)
	caption := sizeOf(r.header, theme.SizeNameCaptionText)
	for len(r.labels) < len(g.weeks) {
		l := newBoldText()
		r.labels = append(r.labels, l)
		r.mondays = append(r.mondays, canvas.NewText("", nil))
	}
	r.labels, r.mondays = r.labels[:len(g.weeks)], r.mondays[:len(g.weeks)]
	r.bg.FillColor = colorOf(r.header, theme.ColorNameHeaderBackground)
	r.corner.Text, r.corner.Color = g.headings.Rows, fg
	r.cover.FillColor = r.bg.FillColor
	r.objects = append(r.objects[:0], r.bg)
	for i, w := range g.weeks {
		r.labels[i].Text, r.labels[i].Color = w.Label, fg
		r.mondays[i].Text, r.mondays[i].Color, r.mondays[i].TextSize = w.Monday, muted, caption
		r.objects = append(r.objects, r.labels[i], r.mondays[i])
	}
	r.objects = append(r.objects, r.cover, r.corner)
	relayout(r, r.header)
}

// gridCapacityRow is the row of capacity bars, one per week.
type gridCapacityRow struct {
	widget.BaseWidget
	grid *QuarterGrid
	bars []*CapacityBar
}

func newGridCapacityRow(g *QuarterGrid) *gridCapacityRow {
	return extended(&gridCapacityRow{grid: g})
}

func (c *gridCapacityRow) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &gridCapacityRenderer{row: c, corner: canvas.NewText("", nil), line: canvas.NewRectangle(nil), cover: canvas.NewRectangle(nil)}
	return refreshed(r)
}

type gridCapacityRenderer struct {
	objectsRenderer
	row    *gridCapacityRow
	corner *canvas.Text
	// cover hides the bars that scroll under the corner.
	cover *canvas.Rectangle
	line  *canvas.Rectangle
}

func (r *gridCapacityRenderer) Layout(size fyne.Size) {
	pad := sizeOf(r.row, theme.SizeNamePadding)
	cm := r.corner.MinSize()
	x0 := r.row.grid.nameColumnX()
	r.cover.Move(fyne.NewPos(x0, 0))
	r.cover.Resize(fyne.NewSize(GridNameWidth, size.Height-1))
	r.cover.Hidden = x0 <= 0
	r.corner.Move(fyne.NewPos(x0+2*pad, (size.Height-cm.Height)/2))
	r.corner.Resize(cm)
	r.line.Move(fyne.NewPos(0, size.Height-1))
	r.line.Resize(fyne.NewSize(size.Width, 1))
	ww := gridWeekWidth(size.Width, len(r.row.bars))
	for i, b := range r.row.bars {
		b.Move(fyne.NewPos(GridNameWidth+float32(i)*ww+pad, pad))
		b.Resize(fyne.NewSize(ww-2*pad, size.Height-2*pad-1))
	}
}

func (r *gridCapacityRenderer) MinSize() fyne.Size {
	pad := sizeOf(r.row, theme.SizeNamePadding)
	h := r.corner.MinSize().Height
	for _, b := range r.row.bars {
		h = max(h, b.MinSize().Height)
	}
	return fyne.NewSize(gridMinWidth(len(r.row.bars)), h+2*pad+1)
}

func (r *gridCapacityRenderer) Refresh() {
	c := r.row
	g := c.grid
	for len(c.bars) < len(g.weeks) {
		c.bars = append(c.bars, NewCapacityBar(Load{}))
	}
	c.bars = c.bars[:len(g.weeks)]
	r.corner.Text = g.headings.Capacity
	r.corner.Color = colorOf(c, theme.ColorNameForeground)
	r.corner.TextSize = sizeOf(c, theme.SizeNameCaptionText)
	r.line.FillColor = colorOf(c, theme.ColorNameSeparator)
	r.cover.FillColor = colorOf(c, theme.ColorNameBackground)
	r.objects = append(r.objects[:0], r.line)
	for i, w := range g.weeks {
		c.bars[i].SetLoad(w.Load)
		r.objects = append(r.objects, c.bars[i])
	}
	r.objects = append(r.objects, r.cover, r.corner)
	relayout(r, c)
}

// gridRowWidget draws one row of the grid; the list reuses it for the
// rows that scroll into view.
type gridRowWidget struct {
	widget.BaseWidget
	grid   *QuarterGrid
	index  int
	row    GridRow
	blocks []*gridBlockWidget
	// dropWeek is the week a dragged block is over, or -1.
	dropWeek int
}

func newGridRowWidget(g *QuarterGrid) *gridRowWidget {
	return extended(&gridRowWidget{grid: g, dropWeek: -1})
}

func (w *gridRowWidget) set(index int, row GridRow) {
	w.index, w.row = index, row
	for len(w.blocks) < len(row.Blocks) {
		w.blocks = append(w.blocks, newGridBlockWidget(w))
	}
	for i, b := range w.blocks {
		if i < len(row.Blocks) {
			b.set(row.Blocks[i], row.Blocks[i].ID == w.grid.selected)
		} else {
			b.Hide()
		}
	}
	w.Refresh()
}

// Tapped reports a tap on the row's name; it is part of fyne.Tappable.
func (w *gridRowWidget) Tapped(ev *fyne.PointEvent) {
	if ev != nil && ev.Position.X < GridNameWidth && w.grid.OnRowTapped != nil {
		w.grid.OnRowTapped(w.row.ID)
	}
}

// weekAt returns the index of the week column at x in the row, or -1.
func (w *gridRowWidget) weekAt(x float32) int {
	n := len(w.grid.weeks)
	if x < GridNameWidth || n == 0 {
		return -1
	}
	i := int(math.Floor(float64((x - GridNameWidth) / gridWeekWidth(w.Size().Width, n))))
	if i >= n {
		return -1
	}
	return i
}

func (w *gridRowWidget) setDropWeek(week int) { update(w, &w.dropWeek, week) }

func (w *gridRowWidget) CreateRenderer() fyne.WidgetRenderer {
	w.ExtendBaseWidget(w)
	r := &gridRowRenderer{row: w, name: canvas.NewText("", nil), drop: canvas.NewRectangle(nil), bg: canvas.NewRectangle(nil), cursor: canvas.NewRectangle(nil),
		nameCover: canvas.NewRectangle(nil), nameHighlight: canvas.NewRectangle(nil)}
	return refreshed(r)
}

type gridRowRenderer struct {
	objectsRenderer
	row  *gridRowWidget
	bg   *canvas.Rectangle
	name *canvas.Text
	// nameCover and nameHighlight hide the weeks that scroll under the
	// name, in the row's own colours.
	nameCover, nameHighlight *canvas.Rectangle
	// fitted is the name as truncated for fittedWidth.
	fitted      string
	fittedFor   string
	fittedWidth float32
	fittedStyle fyne.TextStyle
	lines       []*canvas.Rectangle
	drop        *canvas.Rectangle
	// cursor outlines the empty cell chosen with the keyboard.
	cursor *canvas.Rectangle
}

func (r *gridRowRenderer) Layout(size fyne.Size) {
	w := r.row
	r.bg.Resize(size)
	pad := sizeOf(w, theme.SizeNameInnerPadding)
	if avail := GridNameWidth - 2*pad; r.fittedFor != w.row.Name || r.fittedWidth != avail || r.fittedStyle != r.name.TextStyle {
		r.fitted = TruncateToWidth(w.row.Name, avail, r.name.TextSize, r.name.TextStyle)
		r.fittedFor, r.fittedWidth, r.fittedStyle = w.row.Name, avail, r.name.TextStyle
	}
	r.name.Text = r.fitted
	nm := r.name.MinSize()
	x0 := w.grid.nameColumnX()
	for _, c := range []*canvas.Rectangle{r.nameCover, r.nameHighlight} {
		c.Move(fyne.NewPos(x0, 0))
		c.Resize(fyne.NewSize(GridNameWidth, size.Height))
	}
	r.nameCover.Hidden = x0 <= 0
	r.nameHighlight.Hidden = x0 <= 0 || !w.row.Highlight
	r.name.Move(fyne.NewPos(x0+pad, gridRowPadding+(gridBlockHeight-nm.Height)/2))
	r.name.Resize(nm)
	n := len(w.grid.weeks)
	ww := gridWeekWidth(size.Width, n)
	for i, l := range r.lines {
		l.Move(fyne.NewPos(GridNameWidth+float32(i)*ww, 0))
		l.Resize(fyne.NewSize(1, size.Height))
	}
	if w.dropWeek >= 0 {
		r.drop.Move(fyne.NewPos(GridNameWidth+float32(w.dropWeek)*ww, 0))
		r.drop.Resize(fyne.NewSize(ww, size.Height))
	}
	if c := w.grid.cell; c.Row == w.index && c.Week >= 0 && c.Week < n {
		r.cursor.Move(fyne.NewPos(GridNameWidth+float32(c.Week)*ww+gridBlockGap+1, gridRowPadding))
		r.cursor.Resize(fyne.NewSize(ww-2*gridBlockGap-1, gridBlockHeight))
	}
	stack := make([]int, n)
	for i, b := range w.blocks {
		if i >= len(w.row.Blocks) {
			break
		}
		week := w.row.Blocks[i].Week
		if week < 0 || week >= n {
			b.Hide()
			continue
		}
		y := gridRowPadding + float32(stack[week])*(gridBlockHeight+gridBlockGap)
		stack[week]++
		b.home = fyne.NewPos(GridNameWidth+float32(week)*ww+gridBlockGap+1, y)
		b.Resize(fyne.NewSize(ww-2*gridBlockGap-1, gridBlockHeight))
		if !b.dragging {
			b.Move(b.home)
		}
		b.Show()
	}
}

func (r *gridRowRenderer) MinSize() fyne.Size {
	return fyne.NewSize(gridMinWidth(len(r.row.grid.weeks)), gridRowMinHeight())
}

func (r *gridRowRenderer) Refresh() {
	w := r.row
	n := len(w.grid.weeks)
	sep := colorOf(w, theme.ColorNameSeparator)
	for len(r.lines) < n {
		r.lines = append(r.lines, canvas.NewRectangle(sep))
	}
	r.lines = r.lines[:n]
	r.name.Color = colorOf(w, theme.ColorNameForeground)
	r.name.TextSize = sizeOf(w, theme.SizeNameText)
	r.name.TextStyle = fyne.TextStyle{Bold: w.row.Highlight}
	r.bg.FillColor = colorOf(w, theme.ColorNameSelection)
	r.bg.Hidden = !w.row.Highlight
	r.drop.FillColor = colorOf(w, theme.ColorNameHover)
	r.drop.StrokeColor = colorOf(w, theme.ColorNamePrimary)
	r.drop.StrokeWidth = 1
	r.drop.Hidden = w.dropWeek < 0
	r.cursor.FillColor = color.Transparent
	r.cursor.CornerRadius = sizeOf(w, theme.SizeNameInputRadius)
	r.cursor.StrokeWidth, r.cursor.StrokeColor = 2, colorOf(w, theme.ColorNamePlaceHolder)
	if w.grid.focused {
		r.cursor.StrokeWidth, r.cursor.StrokeColor = gridFocusStroke, colorOf(w, theme.ColorNameForeground)
	}
	r.cursor.Hidden = w.grid.cell.Row != w.index
	r.nameCover.FillColor = colorOf(w, theme.ColorNameBackground)
	r.nameHighlight.FillColor = r.bg.FillColor
	r.objects = append(r.objects[:0], r.bg, r.drop, r.cursor)
	for _, l := range r.lines {
		l.FillColor = sep
		r.objects = append(r.objects, l)
	}
	for _, b := range w.blocks {
		r.objects = append(r.objects, b)
	}
	r.objects = append(r.objects, r.nameCover, r.nameHighlight, r.name)
	relayout(r, w)
}

// gridBlockWidget draws one activity block.
type gridBlockWidget struct {
	widget.BaseWidget
	row      *gridRowWidget
	data     GridBlock
	selected bool
	// home is where the row lays the block out; dragging moves it away
	// by dragX.
	home     fyne.Position
	dragging bool
	dragX    float32
	dragY    float32
	// cut is set while the block shows less than its whole label, which
	// its tooltip then shows.
	cut bool
	tip *Tooltip
}

func newGridBlockWidget(row *gridRowWidget) *gridBlockWidget {
	b := &gridBlockWidget{row: row}
	b.tip = NewTooltip(b, func() string {
		if b.cut && !b.dragging {
			return b.data.Label
		}
		return ""
	})
	return extended(b)
}

// MouseIn is part of desktop.Hoverable.
func (b *gridBlockWidget) MouseIn(ev *desktop.MouseEvent) { b.tip.MouseIn(ev) }

// MouseMoved is part of desktop.Hoverable.
func (b *gridBlockWidget) MouseMoved(ev *desktop.MouseEvent) { b.tip.MouseMoved(ev) }

// MouseOut is part of desktop.Hoverable.
func (b *gridBlockWidget) MouseOut() { b.tip.MouseOut() }

func (b *gridBlockWidget) set(data GridBlock, selected bool) {
	b.data, b.selected = data, selected
	b.dragging, b.dragX, b.dragY = false, 0, 0
	b.Refresh()
}

// Tapped is part of fyne.Tappable.
func (b *gridBlockWidget) Tapped(*fyne.PointEvent) { b.row.grid.tapBlock(b.data.ID) }

// Dragged moves the block with the pointer and marks the week under its
// centre; it is part of fyne.Draggable.
func (b *gridBlockWidget) Dragged(ev *fyne.DragEvent) {
	if b.data.Locked {
		return
	}
	b.tip.Hide()
	b.dragging = true
	b.dragX += ev.Dragged.DX
	b.dragY += ev.Dragged.DY
	b.Move(b.home.AddXY(b.dragX, b.dragY))
	b.row.setDropWeek(b.row.weekAt(b.dropX()))
}

// DragEnd drops the block on the week under its centre; it is part of
// fyne.Draggable.
func (b *gridBlockWidget) DragEnd() {
	if !b.dragging {
		return
	}
	week := b.row.weekAt(b.dropX())
	b.dragging, b.dragX, b.dragY = false, 0, 0
	b.Move(b.home)
	b.row.setDropWeek(-1)
	b.row.grid.moveBlock(b.data, week)
}

// dropX is the x of the block's centre in its row, where it would drop.
func (b *gridBlockWidget) dropX() float32 {
	return b.home.X + b.dragX + b.Size().Width/2
}

func (b *gridBlockWidget) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &gridBlockRenderer{
		block:  b,
		bg:     canvas.NewRectangle(nil),
		label:  canvas.NewText("", nil),
		label2: canvas.NewText("", nil),
		marker: canvas.NewCircle(nil),
		mark:   canvas.NewText("!", nil),
	}
	r.mark.TextStyle = fyne.TextStyle{Bold: true}
	return refreshed(r)
}

type gridBlockRenderer struct {
	block *gridBlockWidget
	bg    *canvas.Rectangle
	// label and label2 are the first and the second line of the label.
	label  *canvas.Text
	label2 *canvas.Text
	marker *canvas.Circle
	mark   *canvas.Text
}

// gridMarkerSize is the diameter of the conflict marker.
const gridMarkerSize float32 = 14

func (r *gridBlockRenderer) Layout(size fyne.Size) {
	pad := sizeOf(r.block, theme.SizeNamePadding)
	r.bg.Resize(size)
	avail := size.Width - 2*pad
	if r.block.data.Conflict != "" {
		avail -= gridMarkerSize + pad
		mx := size.Width - pad - gridMarkerSize
		my := (size.Height - gridMarkerSize) / 2
		r.marker.Position1 = fyne.NewPos(mx, my)
		r.marker.Position2 = fyne.NewPos(mx+gridMarkerSize, my+gridMarkerSize)
		mm := r.mark.MinSize()
		r.mark.Move(fyne.NewPos(mx+(gridMarkerSize-mm.Width)/2, my+(gridMarkerSize-mm.Height)/2))
		r.mark.Resize(mm)
	}
	r.label.Text, r.label2.Text = WrapTwoLines(r.block.data.Label, max(avail, 0), r.label.TextSize, r.label.TextStyle)
	r.block.cut = stripSpace(r.label.Text+r.label2.Text) != stripSpace(r.block.data.Label)
	lm := r.label.MinSize()
	if r.label2.Text == "" {
		r.label2.Hide()
		r.label.Move(fyne.NewPos(pad, (size.Height-lm.Height)/2))
		r.label.Resize(lm)
		return
	}
	r.label2.Show()
	top := (size.Height - 2*lm.Height) / 2
	r.label.Move(fyne.NewPos(pad, top))
	r.label.Resize(lm)
	r.label2.Move(fyne.NewPos(pad, top+lm.Height))
	r.label2.Resize(r.label2.MinSize())
}

func (r *gridBlockRenderer) MinSize() fyne.Size {
	return fyne.NewSize(gridMarkerSize, gridBlockHeight)
}

func (r *gridBlockRenderer) Refresh() {
	b := r.block
	d := b.data
	r.bg.FillColor = colorOf(b, d.Tone.FillColorName())
	r.bg.CornerRadius = sizeOf(b, theme.SizeNameInputRadius)
	r.bg.StrokeWidth, r.bg.StrokeColor = 0, nil
	switch {
	case b.selected && b.row.grid.focused:
		// The keyboard's place: a heavier outline in the text colour,
		// which stands out on every tone.
		r.bg.StrokeWidth, r.bg.StrokeColor = gridFocusStroke, colorOf(b, theme.ColorNameForeground)
	case b.selected:
		r.bg.StrokeWidth, r.bg.StrokeColor = 2, colorOf(b, theme.ColorNameForeground)
	case d.Conflict != "":
		r.bg.StrokeWidth, r.bg.StrokeColor = 2, colorOf(b, theme.ColorNameError)
	case d.Proposed:
		r.bg.StrokeWidth, r.bg.StrokeColor = 2, colorOf(b, theme.ColorNamePrimary)
	}
	if d.Proposed {
		r.bg.FillColor = colorOf(b, theme.ColorNameSelection)
	}
	r.label.Color = colorOf(b, d.Tone.TextColorName())
	if d.Proposed {
		r.label.Color = colorOf(b, theme.ColorNameForeground)
	}
	r.label.TextSize = sizeOf(b, theme.SizeNameCaptionText)
	r.label.TextStyle = fyne.TextStyle{Italic: d.Proposed}
	r.label2.Color, r.label2.TextSize, r.label2.TextStyle = r.label.Color, r.label.TextSize, r.label.TextStyle
	conflict := d.Conflict != ""
	r.marker.Hidden, r.mark.Hidden = !conflict, !conflict
	r.marker.FillColor = colorOf(b, theme.ColorNameError)
	r.mark.Color = colorOf(b, theme.ColorNameForegroundOnError)
	r.mark.TextSize = sizeOf(b, theme.SizeNameCaptionText)
	relayout(r, b)
}

func (r *gridBlockRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.label, r.label2, r.marker, r.mark}
}

func (r *gridBlockRenderer) Destroy() {}
