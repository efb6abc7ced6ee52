package layout

import (
	"fmt"
	"strings"
)

// Column is a column of a table.
type Column struct {
	// Title is the text of the column's header cell.
	Title string
	// Weight is the column's share of the table width.
	Weight float64
	// Align places the column's text in its cells.
	Align Align
}

// Cell is one table cell: text (with an optional muted second text), or a
// chip, or a progress bar with its percentage.
type Cell struct {
	// Text is the cell's text, wrapped to the column.
	Text string
	// Sub is a second text below Text, set in the scale's Small style.
	Sub string
	// Bold sets Text in bold.
	Bold bool
	// Tone colours Text; zero keeps the colour of the table's body
	// style.
	Tone RGB
	// Chip, when set, is drawn in the cell.
	Chip *ChipLook
	// Progress, when set, is drawn in the cell as a bar and percentage.
	Progress *Progress
}

// Progress is a fraction shown as a bar.
type Progress struct {
	// Fraction is how much of the bar is filled, 0 to 1.
	Fraction float64
	// Fill is the colour of the filled part, Track that of the rest.
	Fill, Track RGB
}

// Table is a table to draw at the cursor with DrawTable.
type Table struct {
	// Columns are the columns, left to right.
	Columns []Column
	// Rows are the rows of cells, one per column.
	Rows [][]Cell
	// X and W place the table; zero W spans the content width.
	X, W float64
	// Body is the style of cell text; zero means the scale's Body.
	Body TextStyle
	// HeaderFill is the background of the header row, HeaderRule the
	// line below it and RowRule the line below every row.
	HeaderFill, HeaderRule, RowRule RGB
	// KeepAfter is the height of what is drawn right below the table and
	// stays on the page of its last rows, such as a note about the
	// table: the last rows move to the next page with it when it does
	// not fit below them.
	KeepAfter float64
}

// The padding of table cells, in millimetres: CellPadX left and right of
// the text, CellPadY above and below it.
const (
	CellPadX = 2.0
	CellPadY = 1.7
)

// cellLayout is a cell broken into lines for a given column width.
type cellLayout struct {
	lines    []styledLine
	chip     *ChipLook
	progress *Progress
}

// styledLine is a line of text with its style.
type styledLine struct {
	text  string
	style TextStyle
}

// height returns the height the cell's content needs (without padding).
func (c cellLayout) height(d *Doc) float64 {
	h := 0.0
	for _, l := range c.lines {
		h += l.style.LineHeight()
	}
	if c.chip != nil {
		h = max(h, ChipHeight(d.scale.Caption))
	}
	if c.progress != nil {
		h = max(h, d.scale.Small.LineHeight())
	}
	return h
}

// Page breaking of tables: a table of at most maxRowsWhole rows is not
// split, unless it is taller than maxEmptyShare of the page's body and
// moving it whole to the next page would leave more than that share
// empty; a longer one keeps at least minRowsSplit rows on each side of a
// page break.
const (
	maxRowsWhole  = 5
	minRowsSplit  = 2
	maxEmptyShare = 0.25
)

// DrawTable draws t at the cursor. A row that does not fit on the page
// moves whole to the next page, below a repeated header row (and the
// heading right above the table, drawn by the continued function given
// to KeepHeading, when there is one); only a row
// taller than a whole page is split, between lines. A short table moves
// whole to the next page when it does not fit, a long one when its first
// two rows do not, and a heading drawn with KeepHeading right above
// moves with it. A short table taller than a quarter of the page's body
// that does not fit breaks as a long one does when moving it whole would
// leave more than a quarter of the page empty.
func (d *Doc) DrawTable(t Table) {
	if t.W == 0 {
		t.X, t.W = d.page.Left, d.page.ContentWidth()
	}
	if t.Body.Size == 0 {
		t.Body = d.scale.Body
	}
	widths, headerLines, headerH, layouts, heights := d.tableLayout(t)
	headerStyle := d.scale.Label
	drawHeader := func() {
		d.Rect(t.X, d.Y, t.W, headerH, t.HeaderFill)
		x := t.X
		for i, c := range t.Columns {
			d.Lines(x+CellPadX, d.Y+CellPadY, widths[i]-2*CellPadX, headerLines[i], headerStyle, c.Align)
			x += widths[i]
		}
		d.Line(t.X, d.Y+headerH, t.X+t.W, d.Y+headerH, 0.35, t.HeaderRule)
		d.Y += headerH
	}

	d.keepTableStart(headerH, heights, t.KeepAfter)
	var continued func()
	if h := d.headingAbove(); h != nil {
		continued = h.continued
	}
	drawHeader()
	prev := d.onNewPage
	d.onNewPage = func() {
		if prev != nil {
			prev()
		}
		if continued != nil {
			continued()
		}
		drawHeader()
	}
	defer func() { d.onNewPage = prev }()

	full := d.Bottom() - d.pageTop - headerH
	for r := range layouts {
		row := layouts[r]
		h := heights[r]
		// The last two rows go to the next page together, so that
		// a table continued there shows at least two rows.
		if r >= minRowsSplit && r == len(layouts)-minRowsSplit && d.Y+h+heights[r+1]+t.KeepAfter > d.Bottom() && h+heights[r+1]+t.KeepAfter <= full {
			d.BreakPage()
			full = d.Bottom() - d.pageTop
		}
		if d.Y+h > d.Bottom() && h <= full {
			d.BreakPage()
			// The room of a page the table continues on, below
			// the heading and header row repeated there.
			full = d.Bottom() - d.pageTop
		}
		if d.Y+h > d.Bottom() {
			row = d.splitRow(t, widths, row)
			h = rowHeight(d, t, row)
		}
		d.drawRow(t, widths, row)
		d.Y += h
		d.Line(t.X, d.Y, t.X+t.W, d.Y, 0.2, t.RowRule)
	}
	d.Y += 3
}

// TableHeights returns the heights DrawTable gives t's header row and
// each of its rows, none split between pages; a table drawn whole
// moves the cursor down by their sum and a gap of 3 millimetres. A
// zero W spans the content width and a zero Body is the scale's Body,
// as in DrawTable.
func (d *Doc) TableHeights(t Table) (header float64, rows []float64) {
	if t.W == 0 {
		t.X, t.W = d.page.Left, d.page.ContentWidth()
	}
	if t.Body.Size == 0 {
		t.Body = d.scale.Body
	}
	_, _, header, _, rows = d.tableLayout(t)
	return header, rows
}

// tableLayout lays out t, whose W and Body are set, for drawing: the
// widths of its columns, the lines of its header cells and the header
// row's height, and every row's cells broken into lines with the row's
// height.
func (d *Doc) tableLayout(t Table) (widths []float64, headerLines [][]string, headerH float64, layouts [][]cellLayout, heights []float64) {
	widths = d.TableWidths(t)
	headerStyle := d.scale.Label
	headerLines = make([][]string, len(t.Columns))
	for i, c := range t.Columns {
		headerLines[i] = d.Wrap(c.Title, widths[i]-2*CellPadX, headerStyle)
		headerH = max(headerH, float64(len(headerLines[i]))*headerStyle.LineHeight())
	}
	headerH += 2 * CellPadY
	layouts = make([][]cellLayout, len(t.Rows))
	for r, row := range t.Rows {
		layouts[r] = make([]cellLayout, len(t.Columns))
		for i := range t.Columns {
			if i < len(row) {
				layouts[r][i] = d.layoutCell(row[i], widths[i]-2*CellPadX, t.Body)
			}
		}
	}
	heights = make([]float64, len(layouts))
	for r, row := range layouts {
		heights[r] = rowHeight(d, t, row)
	}
	return widths, headerLines, headerH, layouts, heights
}

// keepTableStart breaks the page before a table, whose header row and
// rows are of the given heights, unless what must stay together fits
// below the cursor: the whole of a table of at most maxRowsWhole rows,
// else the header and the first minRowsSplit rows; with the whole table
// goes after, the height of what stays with its last rows. A short table
// too tall to move whole (see tooTallToMove) is kept to its header and
// first minRowsSplit rows too. A heading right above the table moves to
// the next page with it. What would not fit on an empty page either is
// kept to the header and the first row.
func (d *Doc) keepTableStart(headerH float64, heights []float64, after float64) {
	keep := func(rows int) float64 {
		h := headerH
		for _, rh := range heights[:min(rows, len(heights))] {
			h += rh
		}
		return h
	}
	full := d.Bottom() - d.pageTop
	if d.headingBefore() {
		full -= d.Y - d.heading.startY
	}
	need := keep(len(heights)) + after
	if len(heights) > maxRowsWhole || need > full || d.Y+need > d.Bottom()+1e-6 && d.tooTallToMove(len(heights), need) {
		need = keep(minRowsSplit)
	}
	if need > full {
		need = min(keep(1), full)
	}
	if d.Y+need <= d.Bottom()+1e-6 || d.Y <= d.pageTop+0.1 {
		return
	}
	if d.headingBefore() {
		d.moveHeading()
		return
	}
	d.BreakPage()
}

// tooTallToMove reports whether a short table of the given number of
// rows and height h, with what stays with it, is no small block to move
// whole to the next page: it can keep minRowsSplit rows on each side of
// a break, it is taller than maxEmptyShare of the page's body, and
// breaking the page at the cursor, with a heading right above moving
// along, would leave more than that share of the body empty.
func (d *Doc) tooTallToMove(rows int, h float64) bool {
	limit := maxEmptyShare * (d.page.BodyBottom() - d.page.BodyTop())
	from := d.Y
	if d.headingBefore() {
		from = d.heading.startY
	}
	return rows >= 2*minRowsSplit && h > limit && d.Bottom()-from > limit
}

// splitRow draws as much of a row taller than a page as fits, page after
// page, and returns what is left for the last page.
func (d *Doc) splitRow(t Table, widths []float64, row []cellLayout) []cellLayout {
	for rowHeight(d, t, row) > d.Room() {
		avail := d.Room() - 2*CellPadY
		if avail < t.Body.LineHeight() {
			d.BreakPage()
			continue
		}
		head := make([]cellLayout, len(row))
		rest := make([]cellLayout, len(row))
		for i, c := range row {
			used := 0.0
			n := 0
			for n < len(c.lines) && used+c.lines[n].style.LineHeight() <= avail {
				used += c.lines[n].style.LineHeight()
				n++
			}
			head[i] = cellLayout{lines: c.lines[:n], chip: c.chip, progress: c.progress}
			rest[i] = cellLayout{lines: c.lines[n:]}
		}
		d.drawRow(t, widths, head)
		d.log = append(d.log, fmt.Sprintf("%s: a table row taller than a page continues on the next page", d.meta.Title))
		d.BreakPage()
		row = rest
	}
	return row
}

// drawRow draws one row at the cursor.
func (d *Doc) drawRow(t Table, widths []float64, row []cellLayout) {
	x := t.X
	for i, c := range row {
		cw := widths[i] - 2*CellPadX
		top := d.Y + CellPadY
		a := t.Columns[i].Align
		switch {
		case c.chip != nil:
			st := d.scale.Caption
			cx := x + CellPadX
			if a == AlignRight {
				cx = x + widths[i] - CellPadX - d.ChipWidth(c.chip.Label, st.WithBold())
			}
			d.Chip(cx, top, *c.chip, st)
		case c.progress != nil:
			st := d.scale.Small
			label := fmt.Sprintf("%.0f%%", c.progress.Fraction*100)
			lw := d.Measure("100%", st)
			barW := max(cw-lw-2, 4)
			d.ProgressBar(x+CellPadX, Baseline(top, st)-st.Size*MMPerPoint*0.55, barW, 1.8, c.progress.Fraction, c.progress.Track, c.progress.Fill)
			d.TextIn(x+CellPadX+barW+2, top, lw, label, st, AlignRight)
		}
		y := top
		for _, l := range c.lines {
			d.TextIn(x+CellPadX, y, cw, l.text, l.style, a)
			y += l.style.LineHeight()
		}
		x += widths[i]
	}
}

// layoutCell breaks a cell's text into lines for a column width.
func (d *Doc) layoutCell(c Cell, width float64, body TextStyle) cellLayout {
	st := body
	if c.Bold {
		st = st.WithBold()
	}
	if c.Tone != 0 {
		st = st.WithColor(c.Tone)
	}
	out := cellLayout{chip: c.Chip, progress: c.Progress}
	for _, l := range d.Wrap(c.Text, width, st) {
		out.lines = append(out.lines, styledLine{l, st})
	}
	if strings.TrimSpace(c.Sub) != "" {
		sub := d.scale.Small
		for _, l := range d.Wrap(c.Sub, width, sub) {
			out.lines = append(out.lines, styledLine{l, sub})
		}
	}
	return out
}

// rowHeight returns the height of a row: its tallest cell plus padding,
// and at least one line.
func rowHeight(d *Doc, t Table, row []cellLayout) float64 {
	h := t.Body.LineHeight()
	for _, c := range row {
		h = max(h, c.height(d))
	}
	return h + 2*CellPadY
}

// maxWordShare is the largest share of a table's width that TableWidths
// gives a column for its widest word: a longer word is broken.
const maxWordShare = 0.45

// TableWidths returns the widths DrawTable gives t's columns: shared by
// weight (see ColumnWidths), then, where a column's widest word or
// heading word would be broken between characters ("projectsamenwerki" /
// "ngsplan"), widened with room taken from the other columns: first the
// room their cells leave unused on every line, then, when that is not
// enough, the room their longer texts would fill (they wrap to more
// lines), never below their own widest word. Columns of chips or
// progress bars keep their width. A zero W spans the content width and a
// zero Body is the scale's Body, as in DrawTable.
func (d *Doc) TableWidths(t Table) []float64 {
	total, body := t.W, t.Body
	if total == 0 {
		total = d.page.ContentWidth()
	}
	if body.Size == 0 {
		body = d.scale.Body
	}
	widths := ColumnWidths(t.Columns, total)
	word := make([]float64, len(widths)) // the widest word, padded
	line := make([]float64, len(widths)) // the widest text unwrapped, padded
	fixed := make([]bool, len(widths))
	for i, c := range t.Columns {
		word[i] = d.ts.widestPiece(c.Title, d.scale.Label)
	}
	for _, row := range t.Rows {
		for i, c := range row[:min(len(row), len(widths))] {
			if c.Chip != nil || c.Progress != nil {
				fixed[i] = true
				continue
			}
			st := body
			if c.Bold {
				st = st.WithBold()
			}
			word[i] = max(word[i], d.ts.widestPiece(c.Text, st), d.ts.widestPiece(c.Sub, d.scale.Small))
			line[i] = max(line[i], d.ts.widestLine(c.Text, st), d.ts.widestLine(c.Sub, d.scale.Small))
		}
	}
	short := 0.0
	for i := range widths {
		word[i] = min(word[i]+2*CellPadX+0.1, total*maxWordShare)
		line[i] = max(line[i]+2*CellPadX+0.1, word[i])
		if !fixed[i] && word[i] > widths[i] {
			short += word[i] - widths[i]
		}
	}
	if short == 0 {
		return widths
	}
	// The room each column can give: unused, then what its lines fill.
	give := func(floor []float64) []float64 {
		out := make([]float64, len(widths))
		for i := range widths {
			if !fixed[i] && word[i] <= widths[i] {
				out[i] = max(0, widths[i]-floor[i])
			}
		}
		return out
	}
	grow := make([]float64, len(widths))
	for i := range widths {
		if !fixed[i] && word[i] > widths[i] {
			grow[i] = word[i] - widths[i]
		}
	}
	moved := 0.0
	for _, floor := range [][]float64{line, word} {
		room := give(floor)
		spare := 0.0
		for i := range room {
			spare += room[i]
		}
		take := min(short-moved, spare)
		if take <= 0 {
			continue
		}
		for i := range widths {
			widths[i] -= room[i] * take / spare
		}
		moved += take
	}
	for i := range widths {
		widths[i] += grow[i] * moved / short
	}
	return widths
}

// ColumnWidths shares a table width among columns by weight.
func ColumnWidths(cols []Column, total float64) []float64 {
	sum := 0.0
	for _, c := range cols {
		sum += c.Weight
	}
	out := make([]float64, len(cols))
	for i, c := range cols {
		out[i] = total * c.Weight / sum
	}
	return out
}
