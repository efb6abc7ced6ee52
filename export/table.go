package export

import (
	"fmt"
	"strings"
)

// column is a table column.
type column struct {
	title string
	// weight is the column's share of the table width.
	weight float64
	align  align
}

// cell is one table cell: text (with an optional muted second text), or a
// status chip, or a progress bar with its percentage.
type cell struct {
	text string
	sub  string
	bold bool
	// tone colours the text; zero keeps the body colour.
	tone     rgb
	chip     *statusLook
	progress *progressValue
}

// progressValue is a fraction shown as a bar.
type progressValue struct {
	fraction float64
	color    rgb
}

// txt returns a plain text cell.
func txt(s string) cell { return cell{text: s} }

// chipCell returns a cell holding a status chip.
func chipCell(l statusLook) cell { return cell{chip: &l} }

// barCell returns a cell holding a progress bar.
func barCell(fraction float64, c rgb) cell {
	return cell{progress: &progressValue{fraction: fraction, color: c}}
}

// table is a table to draw at the cursor.
type table struct {
	cols []column
	rows [][]cell
	// x and w place the table; zero w spans the content width.
	x, w float64
	// body is the style of cell text; zero means the page's body style.
	body textStyle
}

// Table spacing, in millimetres.
const (
	cellPadX = 2.0
	cellPadY = 1.7
)

// cellLayout is a cell broken into lines for a given column width.
type cellLayout struct {
	lines    []styledLine
	chip     *statusLook
	progress *progressValue
}

// styledLine is a line of text with its style.
type styledLine struct {
	text  string
	style textStyle
}

// height returns the height the cell's content needs (without padding).
func (c cellLayout) height(d *doc) float64 {
	h := 0.0
	for _, l := range c.lines {
		h += l.style.lineHeight()
	}
	if c.chip != nil {
		h = max(h, chipHeight(d.scale.caption))
	}
	if c.progress != nil {
		h = max(h, d.scale.small.lineHeight())
	}
	return h
}

// Page breaking of tables: a table of at most maxRowsWhole rows is not
// split; a longer one keeps at least minRowsSplit rows on each side of a
// page break.
const (
	maxRowsWhole = 5
	minRowsSplit = 2
)

// drawTable draws t at the cursor. A row that does not fit on the page
// moves whole to the next page, below a repeated header row; only a row
// taller than a whole page is split, between lines. A short table moves
// whole to the next page when it does not fit, a long one when its first
// two rows do not, and a heading right above moves with it.
func (d *doc) drawTable(t table) {
	if t.w == 0 {
		t.x, t.w = d.page.left, d.page.contentWidth()
	}
	if t.body.size == 0 {
		t.body = d.scale.body
	}
	widths := columnWidths(t.cols, t.w)
	headerStyle := d.scale.label
	headerLines := make([][]string, len(t.cols))
	headerH := 0.0
	for i, c := range t.cols {
		headerLines[i] = d.wrap(c.title, widths[i]-2*cellPadX, headerStyle)
		headerH = max(headerH, float64(len(headerLines[i]))*headerStyle.lineHeight())
	}
	headerH += 2 * cellPadY
	drawHeader := func() {
		d.rect(t.x, d.y, t.w, headerH, tint)
		x := t.x
		for i, c := range t.cols {
			d.lines(x+cellPadX, d.y+cellPadY, widths[i]-2*cellPadX, headerLines[i], headerStyle, c.align)
			x += widths[i]
		}
		d.line(t.x, d.y+headerH, t.x+t.w, d.y+headerH, 0.35, muted)
		d.y += headerH
	}

	layouts := make([][]cellLayout, len(t.rows))
	for r, row := range t.rows {
		layouts[r] = make([]cellLayout, len(t.cols))
		for i := range t.cols {
			if i < len(row) {
				layouts[r][i] = d.layoutCell(row[i], widths[i]-2*cellPadX, t.body)
			}
		}
	}
	heights := make([]float64, len(layouts))
	for r, row := range layouts {
		heights[r] = rowHeight(d, t, row)
	}
	d.keepTableStart(headerH, heights)
	drawHeader()
	prev := d.onNewPage
	d.onNewPage = func() {
		if prev != nil {
			prev()
		}
		drawHeader()
	}
	defer func() { d.onNewPage = prev }()

	full := d.page.bodyBottom() - d.pageTop - headerH
	for r := range layouts {
		row := layouts[r]
		h := heights[r]
		// The last two rows go to the next page together, so that
		// a table continued there shows at least two rows.
		if r >= minRowsSplit && r == len(layouts)-minRowsSplit && d.y+h+heights[r+1] > d.page.bodyBottom() && h+heights[r+1] <= full {
			d.breakPage()
		}
		if d.y+h > d.page.bodyBottom() {
			if h <= full {
				d.breakPage()
			} else {
				row = d.splitRow(t, widths, row)
				h = rowHeight(d, t, row)
			}
		}
		d.drawRow(t, widths, row)
		d.y += h
		d.line(t.x, d.y, t.x+t.w, d.y, 0.2, rule)
	}
	d.y += 3
}

// keepTableStart breaks the page before a table, whose header row and
// rows are of the given heights, unless what must stay together fits
// below the cursor: the whole of a table of at most maxRowsWhole rows,
// else the header and the first minRowsSplit rows. A heading right
// above the table moves to the next page with it. What would not fit on
// an empty page either is kept to the header and the first row.
func (d *doc) keepTableStart(headerH float64, heights []float64) {
	keep := func(rows int) float64 {
		h := headerH
		for _, rh := range heights[:min(rows, len(heights))] {
			h += rh
		}
		return h
	}
	full := d.page.bodyBottom() - d.pageTop
	if d.headingBefore() {
		full -= d.y - d.heading.startY
	}
	need := keep(len(heights))
	if len(heights) > maxRowsWhole || need > full {
		need = keep(minRowsSplit)
	}
	if need > full {
		need = min(keep(1), full)
	}
	if d.y+need <= d.page.bodyBottom()+1e-6 || d.y <= d.pageTop+0.1 {
		return
	}
	if d.headingBefore() {
		d.moveHeading()
		return
	}
	d.breakPage()
}

// splitRow draws as much of a row taller than a page as fits, page after
// page, and returns what is left for the last page.
func (d *doc) splitRow(t table, widths []float64, row []cellLayout) []cellLayout {
	for rowHeight(d, t, row) > d.room() {
		avail := d.room() - 2*cellPadY
		if avail < t.body.lineHeight() {
			d.breakPage()
			continue
		}
		head := make([]cellLayout, len(row))
		rest := make([]cellLayout, len(row))
		for i, c := range row {
			used := 0.0
			n := 0
			for n < len(c.lines) && used+c.lines[n].style.lineHeight() <= avail {
				used += c.lines[n].style.lineHeight()
				n++
			}
			head[i] = cellLayout{lines: c.lines[:n], chip: c.chip, progress: c.progress}
			rest[i] = cellLayout{lines: c.lines[n:]}
		}
		d.drawRow(t, widths, head)
		d.log = append(d.log, fmt.Sprintf("%s: a table row taller than a page continues on the next page", d.meta.title))
		d.breakPage()
		row = rest
	}
	return row
}

// drawRow draws one row at the cursor.
func (d *doc) drawRow(t table, widths []float64, row []cellLayout) {
	x := t.x
	for i, c := range row {
		cw := widths[i] - 2*cellPadX
		top := d.y + cellPadY
		a := t.cols[i].align
		switch {
		case c.chip != nil:
			st := d.scale.caption
			cx := x + cellPadX
			if a == alignRight {
				cx = x + widths[i] - cellPadX - d.chipWidth(c.chip.label, st.asBold())
			}
			d.chip(cx, top, *c.chip, st)
		case c.progress != nil:
			st := d.scale.small
			label := fmt.Sprintf("%.0f%%", c.progress.fraction*100)
			lw := d.measure("100%", st)
			barW := max(cw-lw-2, 4)
			d.progressBar(x+cellPadX, baseline(top, st)-st.size*ptToMM*0.55, barW, 1.8, c.progress.fraction, c.progress.color)
			d.textIn(x+cellPadX+barW+2, top, lw, label, st, alignRight)
		}
		y := top
		for _, l := range c.lines {
			d.textIn(x+cellPadX, y, cw, l.text, l.style, a)
			y += l.style.lineHeight()
		}
		x += widths[i]
	}
}

// layoutCell breaks a cell's text into lines for a column width.
func (d *doc) layoutCell(c cell, width float64, body textStyle) cellLayout {
	st := body
	if c.bold {
		st = st.asBold()
	}
	if c.tone != 0 {
		st = st.with(c.tone)
	}
	out := cellLayout{chip: c.chip, progress: c.progress}
	for _, l := range d.wrap(c.text, width, st) {
		out.lines = append(out.lines, styledLine{l, st})
	}
	if strings.TrimSpace(c.sub) != "" {
		sub := d.scale.small
		for _, l := range d.wrap(c.sub, width, sub) {
			out.lines = append(out.lines, styledLine{l, sub})
		}
	}
	return out
}

// rowHeight returns the height of a row: its tallest cell plus padding,
// and at least one line.
func rowHeight(d *doc, t table, row []cellLayout) float64 {
	h := t.body.lineHeight()
	for _, c := range row {
		h = max(h, c.height(d))
	}
	return h + 2*cellPadY
}

// columnWidths shares a table width among columns by weight.
func columnWidths(cols []column, total float64) []float64 {
	sum := 0.0
	for _, c := range cols {
		sum += c.weight
	}
	out := make([]float64, len(cols))
	for i, c := range cols {
		out[i] = total * c.weight / sum
	}
	return out
}
