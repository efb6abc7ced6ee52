package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// portfolioColumn is a column of the portfolio table.
type portfolioColumn int

// The columns of the portfolio table, left to right.
const (
	colName portfolioColumn = iota
	colTier
	colRegion
	colPhase
	colNext
	colOverdue
	colAccelerators
	colFieldHours
	colActions
	portfolioColumns
)

// portfolioRowView is a portfolio row with its texts worked out once.
type portfolioRowView struct {
	row planner.PortfolioRow
	// cells are the texts of the columns.
	cells [portfolioColumns]string
	// haystack is the lower-case name, region and tier, for searching.
	haystack string
	nextDate planner.Date
	// fit are the cells cut to the column widths fitWidth.
	fit      [portfolioColumns]string
	fitWidth [portfolioColumns]float32
}

// portfolioScreen lists every customer with where it stands.
type portfolioScreen struct {
	u       *UI
	search  *widget.Entry
	table   *widget.Table
	count   *widget.Label
	add     *widget.Button
	empty   *fyne.Container
	content *fyne.Container
	root    fyne.CanvasObject

	rows []portfolioRowView
	// loaded is the data version of the rows (see UI.dataVersion).
	loaded int
	// shown are the indexes in rows that match the search, in sort order.
	shown   []int
	sortCol portfolioColumn
	sortAsc bool
	// widths are the column widths set last.
	widths [portfolioColumns]float32
}

// newPortfolioScreen returns the portfolio screen.
func newPortfolioScreen(u *UI) screen {
	s := &portfolioScreen{u: u, sortCol: colName, sortAsc: true}
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(u.tr("portfolio.search"))
	s.search.OnChanged = func(string) { s.apply() }
	s.count = widget.NewLabel("")
	s.add = widget.NewButtonWithIcon(u.tr("portfolio.new"), theme.ContentAddIcon(), func() { u.editCustomer(planner.Customer{}, true) })
	s.add.Importance = widget.HighImportance

	s.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(s.shown), int(portfolioColumns) },
		s.createCell,
		s.updateCell)
	s.table.ShowHeaderColumn = false
	s.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		return b
	}
	s.table.UpdateHeader = s.updateHeader
	s.table.OnSelected = func(id widget.TableCellID) {
		s.table.UnselectAll()
		if id.Row < 0 || id.Row >= len(s.shown) || portfolioColumn(id.Col) == colActions {
			return
		}
		u.setFocus(s.rows[s.shown[id.Row]].row.Customer.ID)
		u.showScreen(screenCustomer)
	}
	s.fitColumns(1180)

	addFirst := widget.NewButtonWithIcon(u.tr("portfolio.new"), theme.ContentAddIcon(), func() { u.editCustomer(planner.Customer{}, true) })
	addFirst.Importance = widget.HighImportance
	sample := widget.NewButtonWithIcon(u.tr("sample.load"), theme.DownloadIcon(), func() {
		u.run(u.tr("sample.loading"), u.sampleWriter(), u.changed)
	})
	emptyText := widget.NewLabelWithStyle(u.tr("portfolio.empty"), fyne.TextAlignCenter, fyne.TextStyle{})
	emptyText.Wrapping = fyne.TextWrapWord
	s.empty = container.NewCenter(container.NewVBox(
		widget.NewLabelWithStyle(u.tr("portfolio.empty.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		emptyText, container.NewCenter(container.NewHBox(addFirst, sample))))
	s.content = container.New(&sizeWatcher{onResize: func(size fyne.Size) { s.fitColumns(size.Width) }}, s.table, s.empty)

	top := container.NewBorder(nil, nil, nil, container.NewHBox(s.count, s.add), s.search)
	s.root = container.NewBorder(top, nil, nil, nil, s.content)
	return s
}

func (s *portfolioScreen) object() fyne.CanvasObject { return s.root }

// show reloads the rows from the store when the data changed since they
// were read; the portfolio does not depend on the customer in focus.
func (s *portfolioScreen) show(planner.ID) {
	if s.loaded == s.u.dataVersion && s.rows != nil {
		return
	}
	s.loaded = s.u.dataVersion
	rows, err := s.u.store.Portfolio(s.u.today())
	if err != nil {
		s.u.showError(fmt.Errorf("read the portfolio: %w", err))
		return
	}
	s.rows = make([]portfolioRowView, 0, len(rows))
	for _, r := range rows {
		s.rows = append(s.rows, s.view(r))
	}
	s.apply()
}

// shortcut handles Ctrl+F (search).
func (s *portfolioScreen) shortcut(a shortcutAction) bool {
	if a == actionFind {
		s.u.window.Canvas().Focus(s.search)
		return true
	}
	return false
}

// view works out the texts of one row.
func (s *portfolioScreen) view(r planner.PortfolioRow) portfolioRowView {
	u := s.u
	v := portfolioRowView{row: r}
	c := r.Customer
	v.cells[colName] = c.Name
	v.cells[colTier] = u.tierName(c)
	v.cells[colRegion] = u.regionName(c)
	v.cells[colPhase] = "—"
	if r.CurrentPhase != "" {
		v.cells[colPhase] = u.phaseName(r.CurrentPhase)
	}
	v.cells[colNext] = "—"
	if r.NextActivity != nil {
		v.nextDate = r.NextActivity.Date
		v.cells[colNext] = fmt.Sprintf("%s · %s", r.NextActivity.Date, u.itemName(r.NextActivity.ItemID))
	}
	v.cells[colOverdue] = fmt.Sprint(r.OverdueActions)
	v.cells[colAccelerators] = u.tr("portfolio.left", r.Usage.AcceleratorsLeft(), r.Usage.AcceleratorsAllowed)
	v.cells[colFieldHours] = u.tr("portfolio.hoursLeft", formatHours(r.Usage.FieldHoursLeft()), formatHours(r.Usage.FieldHoursAllowed))
	v.haystack = strings.ToLower(strings.Join([]string{c.Name, v.cells[colTier], v.cells[colRegion], string(c.Region), string(c.Membership.Tier)}, "\x00"))
	return v
}

// portfolioColumnShares are the parts of the width each column takes;
// the actions column keeps a fixed width.
func portfolioColumnShares() [portfolioColumns]float32 {
	return [portfolioColumns]float32{colName: 18, colTier: 11, colRegion: 16, colPhase: 8, colNext: 23,
		colOverdue: 6, colAccelerators: 8, colFieldHours: 10}
}

// actionsColumnWidth is the width of the edit and delete buttons.
const actionsColumnWidth = 92

// fitColumns shares the table's width between the columns, giving each
// at least the width of its header.
func (s *portfolioScreen) fitColumns(width float32) {
	shares := portfolioColumnShares()
	total := float32(0)
	for _, sh := range shares {
		total += sh
	}
	avail := max(width-actionsColumnWidth-theme.Padding()*4, 700)
	for c, sh := range shares {
		if portfolioColumn(c) == colActions {
			continue
		}
		s.widths[c] = max(avail*sh/total, s.headerWidth(portfolioColumn(c)))
		s.table.SetColumnWidth(c, s.widths[c])
	}
	s.widths[colActions] = actionsColumnWidth
	s.table.SetColumnWidth(int(colActions), actionsColumnWidth)
}

// headerWidth returns the width a column needs to show its header with
// the sort arrow.
func (s *portfolioScreen) headerWidth(c portfolioColumn) float32 {
	text := s.u.tr(fmt.Sprintf("portfolio.col.%d", c))
	w := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
	return w + theme.IconInlineSize() + 5*theme.Padding()
}

// apply filters the rows by the search text and sorts them.
func (s *portfolioScreen) apply() {
	q := strings.ToLower(strings.TrimSpace(s.search.Text))
	s.shown = s.shown[:0]
	for i := range s.rows {
		if q == "" || strings.Contains(s.rows[i].haystack, q) {
			s.shown = append(s.shown, i)
		}
	}
	slices.SortStableFunc(s.shown, func(a, b int) int {
		c := s.compare(&s.rows[a], &s.rows[b])
		if !s.sortAsc {
			c = -c
		}
		if c == 0 {
			c = strings.Compare(s.rows[a].haystack, s.rows[b].haystack)
		}
		return c
	})
	if len(s.rows) == 0 {
		s.table.Hide()
		s.empty.Show()
	} else {
		s.empty.Hide()
		s.table.Show()
	}
	s.count.SetText(s.u.tr("portfolio.count", len(s.shown), len(s.rows)))
	s.table.Refresh()
}

// compare orders two rows by the sort column.
func (s *portfolioScreen) compare(a, b *portfolioRowView) int {
	switch s.sortCol {
	case colPhase:
		return cmp.Compare(phaseRank(a.row.CurrentPhase), phaseRank(b.row.CurrentPhase))
	case colNext:
		// Customers with nothing planned go last.
		switch {
		case a.nextDate.IsZero() && b.nextDate.IsZero():
			return 0
		case a.nextDate.IsZero():
			return 1
		case b.nextDate.IsZero():
			return -1
		}
		return a.nextDate.Compare(b.nextDate)
	case colOverdue:
		return cmp.Compare(a.row.OverdueActions, b.row.OverdueActions)
	case colAccelerators:
		return cmp.Compare(a.row.Usage.AcceleratorsLeft(), b.row.Usage.AcceleratorsLeft())
	case colFieldHours:
		return cmp.Compare(a.row.Usage.FieldHoursLeft(), b.row.Usage.FieldHoursLeft())
	}
	return strings.Compare(strings.ToLower(a.cells[s.sortCol]), strings.ToLower(b.cells[s.sortCol]))
}

// sortBy sorts by column c, flipping the direction when it is sorted by c
// already.
func (s *portfolioScreen) sortBy(c portfolioColumn) {
	if c == colActions {
		return
	}
	if s.sortCol == c {
		s.sortAsc = !s.sortAsc
	} else {
		s.sortCol, s.sortAsc = c, true
	}
	s.apply()
}

func (s *portfolioScreen) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 {
		return
	}
	c := portfolioColumn(id.Col)
	b.SetText(s.u.tr(fmt.Sprintf("portfolio.col.%d", c)))
	b.OnTapped = func() { s.sortBy(c) }
	switch {
	case c != s.sortCol || c == colActions:
		b.SetIcon(nil)
	case s.sortAsc:
		b.SetIcon(theme.MenuDropUpIcon())
	default:
		b.SetIcon(theme.MenuDropDownIcon())
	}
}

// createCell returns a cell template: a text; the edit and delete
// buttons of the last column are added to a template when it is first
// used there, as most cells never need them. Plain canvas texts, cut to
// the column width once per row, keep scrolling and filtering 500 rows
// fast.
func (s *portfolioScreen) createCell() fyne.CanvasObject {
	return container.NewStack(container.New(&cellTextLayout{}, canvas.NewText("", theme.Color(theme.ColorNameForeground))))
}

// cellButtons returns the edit and delete buttons of a cell, adding them
// on first use.
func cellButtons(cell *fyne.Container) *fyne.Container {
	if len(cell.Objects) > 1 {
		return cell.Objects[1].(*fyne.Container)
	}
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), nil)
	edit.Importance = widget.LowImportance
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	del.Importance = widget.LowImportance
	buttons := container.NewHBox(edit, del)
	cell.Add(buttons)
	return buttons
}

func (s *portfolioScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*fyne.Container)
	box := cell.Objects[0].(*fyne.Container)
	text := box.Objects[0].(*canvas.Text)
	if id.Row < 0 || id.Row >= len(s.shown) {
		return
	}
	v := &s.rows[s.shown[id.Row]]
	c := portfolioColumn(id.Col)
	if c == colActions {
		buttons := cellButtons(cell)
		box.Hide()
		buttons.Show()
		customer := v.row.Customer
		buttons.Objects[0].(*widget.Button).OnTapped = func() { s.u.editCustomer(customer, false) }
		buttons.Objects[1].(*widget.Button).OnTapped = func() { s.u.deleteCustomer(customer) }
		return
	}
	if len(cell.Objects) > 1 {
		cell.Objects[1].Hide()
	}
	box.Show()
	style := fyne.TextStyle{Bold: c == colName}
	col := theme.Color(theme.ColorNameForeground)
	if (c == colOverdue && v.row.OverdueActions > 0) ||
		(c == colAccelerators && v.row.Usage.AcceleratorsLeft() < 0) || (c == colFieldHours && v.row.Usage.FieldHoursLeft() < 0) {
		col = statusColor(statusOverdue)
		style.Bold = true
	}
	text.TextStyle = style
	text.Color = col
	text.Text = s.fitted(v, c, style)
	text.Refresh()
}

// fitted returns the text of column c of row v, cut with an ellipsis to
// the column's width; the result is kept until the width changes.
func (s *portfolioScreen) fitted(v *portfolioRowView, c portfolioColumn, style fyne.TextStyle) string {
	w := s.widths[c] - 2*theme.InnerPadding()
	if v.fitWidth[c] == w {
		return v.fit[c]
	}
	v.fitWidth[c] = w
	v.fit[c] = truncateText(v.cells[c], w, theme.TextSize(), style)
	return v.fit[c]
}

// truncateText cuts text at a character so that, with an ellipsis, it fits
// width; text that fits is returned as it is.
func truncateText(text string, width, size float32, style fyne.TextStyle) string {
	if text == "" || fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	const ellipsis = "…"
	runes := []rune(text)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+ellipsis, size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(runes[:lo]), " ") + ellipsis
}

// cellTextLayout places a text at the padding of a table cell, centred
// vertically.
type cellTextLayout struct{}

// MinSize returns the text's height with padding; the width comes from
// the column.
func (cellTextLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(0, h+2*theme.InnerPadding())
}

// Layout puts each object at the inner padding, centred vertically.
func (cellTextLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(theme.InnerPadding(), (size.Height-h)/2))
		o.Resize(fyne.NewSize(size.Width-2*theme.InnerPadding(), h))
	}
}

// deleteCustomer asks, then removes a customer with everything of it; the
// removal can be undone.
func (u *UI) deleteCustomer(c planner.Customer) {
	msg := widget.NewLabel(u.tr("customer.delete.confirm", c.Name))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(u.tr("customer.delete.title"), u.tr("action.delete"), u.tr("action.cancel"), msg, func(ok bool) {
		if !ok {
			return
		}
		removed, err := u.store.DeleteCustomer(c.ID)
		if err != nil {
			u.showError(err)
			return
		}
		u.pushUndo(u.tr("customer.deleted", c.Name), func() error { return u.store.PutAccount(removed) })
		u.changed()
	}, u.window)
	d.Resize(fyne.NewSize(420, 180))
	d.Show()
}

// phaseName returns the display name of a phase.
func (u *UI) phaseName(p catalog.PhaseID) string {
	if ph, ok := u.cat.Phase(p); ok {
		return ph.Name
	}
	return string(p)
}

// phaseRank returns the position of a phase in the engagement order; no
// phase sorts last.
func phaseRank(p catalog.PhaseID) int {
	order := catalog.PhaseOrder()
	if i := slices.Index(order, p); i >= 0 {
		return i
	}
	return len(order)
}

// formatHours writes hours without a needless fraction: "36", "7.5".
func formatHours(h float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", h), "0"), ".")
}
