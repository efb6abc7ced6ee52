package app

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// portfolioColumn is a column of the portfolio table.
type portfolioColumn int

// The columns of the portfolio table, left to right.
const (
	colName portfolioColumn = iota
	colHealth
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
	// health is the customer's health (planner.AccountHealth), hint its
	// reasons one a line, for the chip's tooltip.
	health planner.Health
	hint   string
	// haystack is the lower-case name, region and tier, for searching.
	haystack string
	nextDate planner.Date
	// fit are the cells cut to the column widths fitWidth.
	fit      [portfolioColumns]string
	fitWidth [portfolioColumns]float32
}

// portfolioWindow is what the portfolio screen uses of the window.
type portfolioWindow interface {
	editorWindow
	background
	// currentDataVersion counts the changes of the data, so that the
	// screen reads its rows again only after one.
	currentDataVersion() int
	// healthReasons returns the reasons of a customer's health, one a line.
	healthReasons(h planner.Health) []string
	// setFocus makes a customer the customer in focus.
	setFocus(id planner.ID)
	// showScreen opens another screen.
	showScreen(id screenID)
	// editCustomer opens the customer form, for a new customer when isNew.
	editCustomer(c planner.Customer, isNew bool)
	// deleteCustomer asks, then removes a customer with everything of it.
	deleteCustomer(c planner.Customer)
	// sampleWriter returns the work that loads the sample portfolio.
	sampleWriter() func(progress func(float64)) error
}

// portfolioStore is what the portfolio screen reads of the store: the
// rows, and every account for the customers' health.
type portfolioStore interface {
	portfolioReader
}

// portfolioScreen lists every customer with where it stands.
type portfolioScreen struct {
	w      portfolioWindow
	store  portfolioStore
	cat    *catalog.Catalog
	search *widget.Entry
	table  *enterTable
	count  *widget.Label
	// top holds the search, the count and New customer; it is laid out
	// again when the count's width changes.
	top     *fyne.Container
	add     *widget.Button
	empty   *fyne.Container
	content *fyne.Container
	root    fyne.CanvasObject

	rows []portfolioRowView
	// loaded is the data version of the rows (see UI.dataVersion).
	loaded int
	// health is every customer's health as last worked out, by ID.
	health map[planner.ID]planner.Health
	// shown are the indexes in rows that match the search, in sort order.
	shown   []int
	sortCol portfolioColumn
	sortAsc bool
	// widths are the column widths set last.
	widths [portfolioColumns]float32
	// need are the widths the columns take to show every row's text
	// uncut, as measured when the rows were read.
	need [portfolioColumns]float32
	// header and sortedHeader are the widths of each column's header
	// button, without and with the sort arrow.
	header, sortedHeader [portfolioColumns]float32
	// width is the table's width as last laid out.
	width float32
	// columns are the columns shown, left to right: all of them, less
	// those a narrow window has no room for (see fitColumns).
	columns []portfolioColumn
}

// newPortfolioScreen returns the portfolio screen.
func newPortfolioScreen(w portfolioWindow, store portfolioStore, cat *catalog.Catalog) screen {
	s := &portfolioScreen{w: w, store: store, cat: cat, sortCol: colName, sortAsc: true, columns: allPortfolioColumns()}
	s.search = newPlaceHolderEntry(w.tr("portfolio.search"))
	s.search.OnChanged = func(string) { s.apply() }
	s.count = widget.NewLabel("")
	s.add = widget.NewButtonWithIcon(w.tr("portfolio.new"), theme.ContentAddIcon(), func() { w.editCustomer(planner.Customer{}, true) })
	s.add.Importance = widget.HighImportance

	s.table = newEnterTableWithHeaders(
		func() (int, int) { return len(s.shown), len(s.columns) },
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
		if id.Row < 0 || id.Row >= len(s.shown) || s.column(id.Col) == colActions {
			return
		}
		w.setFocus(s.rows[s.shown[id.Row]].row.Customer.ID)
		w.showScreen(screenCustomer)
	}
	s.measureHeaders()
	s.measure()
	s.fitColumns(1180)

	addFirst := widget.NewButtonWithIcon(w.tr("portfolio.new"), theme.ContentAddIcon(), func() { w.editCustomer(planner.Customer{}, true) })
	addFirst.Importance = widget.HighImportance
	sample := widget.NewButtonWithIcon(w.tr("sample.load"), theme.DownloadIcon(), func() {
		w.run(w.tr("sample.loading"), w.sampleWriter(), w.changed)
	})
	emptyText := widget.NewLabelWithStyle(w.tr("portfolio.empty"), fyne.TextAlignCenter, fyne.TextStyle{})
	emptyText.Wrapping = fyne.TextWrapWord
	s.empty = container.NewCenter(container.NewVBox(
		widget.NewLabelWithStyle(w.tr("portfolio.empty.title"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		emptyText, container.NewCenter(container.NewHBox(addFirst, sample))))
	s.content = container.New(&sizeWatcher{onResize: func(size fyne.Size) { s.fitColumns(size.Width) }}, s.table, s.empty)

	s.top = container.NewBorder(nil, nil, nil, container.NewHBox(s.count, s.add), s.search)
	top := s.top
	s.root = newBorder(top, nil, nil, nil, s.content)
	return s
}

func (s *portfolioScreen) object() fyne.CanvasObject { return s.root }

// show reloads the rows from the store when the data changed since they
// were read; the portfolio does not depend on the customer in focus.
func (s *portfolioScreen) show(planner.ID) {
	if s.loaded == s.w.currentDataVersion() && s.rows != nil {
		return
	}
	s.loaded = s.w.currentDataVersion()
	rows, err := s.store.Portfolio(s.w.today())
	if err != nil {
		s.w.showError(fmt.Errorf("read the portfolio: %w", err))
		return
	}
	s.rows = make([]portfolioRowView, 0, len(rows))
	for _, r := range rows {
		s.rows = append(s.rows, s.view(r, s.health[r.Customer.ID]))
	}
	s.measure()
	s.fitColumns(s.width)
	s.apply()
	s.loadHealth(len(rows) > healthInBackgroundFrom)
}

// healthInBackgroundFrom is the number of customers from which their
// health is worked out off the UI goroutine: it reads every account, which
// for a few customers takes less time than a frame.
const healthInBackgroundFrom = 50

// loadHealth works out every customer's health and shows it in the rows;
// in the background (off the UI goroutine: it reads every account) the
// rows show the health read before until it is done.
func (s *portfolioScreen) loadHealth(background bool) {
	w, version := s.w, s.loaded
	store, cat, settings, now := s.store, s.cat, w.settings(), w.now().In(w.tamLocation())
	run := func(fn func()) { fn() }
	if background {
		run = w.inBackground
	}
	run(func() {
		health, err := portfolioHealth(store, cat, settings, now)
		show := func() {
			if version != s.loaded {
				return // a newer reload reads it again
			}
			if err != nil {
				w.showError(err)
			}
			s.health = health
			for i, v := range s.rows {
				s.rows[i] = s.view(v.row, health[v.row.Customer.ID])
			}
			s.measure()
			s.fitColumns(s.width)
			s.apply()
		}
		if background {
			w.do(show)
		} else {
			show()
		}
	})
}

// shortcut handles Ctrl+F (search).
func (s *portfolioScreen) shortcut(a shortcutAction) bool {
	if a == actionFind {
		s.w.Window().Canvas().Focus(s.search)
		return true
	}
	return false
}

// portfolioHealth returns the health of every customer of store, by ID,
// with the catalog, settings and instant given, so that it can run off
// the UI goroutine.
func portfolioHealth(store portfolioReader, cat *catalog.Catalog, settings planner.Settings, now time.Time) (map[planner.ID]planner.Health, error) {
	accounts, err := store.Accounts()
	if err != nil {
		return nil, fmt.Errorf("read the portfolio's health: %w", err)
	}
	out := make(map[planner.ID]planner.Health, len(accounts))
	for _, a := range accounts {
		h, err := planner.AccountHealth(cat, settings, a, now)
		if err != nil {
			return out, err
		}
		out[a.Customer.ID] = h
	}
	return out, nil
}

// portfolioHeaderKey returns the translation key of column c's header.
func portfolioHeaderKey(c portfolioColumn) string {
	switch {
	case c == colHealth:
		return "portfolio.col.health"
	case c > colHealth:
		c--
	}
	return fmt.Sprintf("portfolio.col.%d", c)
}

// healthRank orders health from green (0) to red (2); unknown first.
func healthRank(r planner.RAG) int {
	switch r {
	case planner.RAGGreen:
		return 1
	case planner.RAGAmber:
		return 2
	case planner.RAGRed:
		return 3
	}
	return 0
}

// view works out the texts of one row, with the customer's health h.
func (s *portfolioScreen) view(r planner.PortfolioRow, h planner.Health) portfolioRowView {
	w := s.w
	v := portfolioRowView{row: r, health: h}
	c := r.Customer
	v.cells[colName] = c.Name
	v.cells[colHealth] = "—"
	if h.Colour != "" {
		v.cells[colHealth] = w.sentence(h.Colour.Label())
		v.hint = strings.Join(w.healthReasons(h), "\n")
	}
	v.cells[colTier] = w.shortTierName(c)
	v.cells[colRegion] = w.shortRegionName(c)
	v.cells[colPhase] = "—"
	if r.CurrentPhase != "" {
		v.cells[colPhase] = w.phaseName(r.CurrentPhase)
	}
	v.cells[colNext] = "—"
	if r.NextActivity != nil {
		v.nextDate = r.NextActivity.Date
		v.cells[colNext] = fmt.Sprintf("%s · %s", r.NextActivity.Date, w.itemName(r.NextActivity.ItemID))
	}
	if days, soon := planner.RenewalIn(c.Contract, w.settings(), w.today()); soon {
		renewal := w.trCount("portfolio.renewal", days, days)
		if r.NextActivity == nil {
			v.cells[colNext] = renewal
		} else {
			v.cells[colNext] = renewal + " · " + v.cells[colNext]
		}
	}
	v.cells[colOverdue] = fmt.Sprint(r.OverdueActions)
	v.cells[colAccelerators] = w.tr("portfolio.left", r.Usage.Accelerators.Left(), r.Usage.Accelerators.Allowed)
	v.cells[colFieldHours] = w.tr("portfolio.hoursLeft", formatHours(r.Usage.FieldHours.Left()), formatHours(r.Usage.FieldHours.Allowed))
	v.haystack = strings.ToLower(strings.Join([]string{c.Name, v.cells[colTier], v.cells[colRegion],
		w.tierName(c), w.regionName(c), string(c.Region), string(c.Membership.Tier)}, "\x00"))
	return v
}

// actionsColumnWidth is the width of the edit and delete buttons.
const actionsColumnWidth = 92

// Narrowest widths of the two columns that give way when the table is
// too narrow for every text: the customer's name and the next activity.
const (
	minNameColumnWidth = 150
	minNextColumnWidth = 190
)

// cellStyle returns the text style of column c: names are bold, and so
// are the figures when they are over a limit.
func cellStyle(c portfolioColumn) fyne.TextStyle {
	switch c {
	case colName, colOverdue, colAccelerators, colFieldHours:
		return fyne.TextStyle{Bold: true}
	}
	return fyne.TextStyle{}
}

// measure works out, for every column, the width that shows its header
// and the text of every row uncut. Texts that repeat (tiers, regions,
// phases, figures) are measured once.
func (s *portfolioScreen) measure() {
	size, pad := theme.TextSize(), 2*theme.InnerPadding()
	type key struct {
		text string
		bold bool
	}
	measured := map[key]float32{}
	for c := range portfolioColumns {
		if c == colActions {
			continue
		}
		style := cellStyle(c)
		need := float32(0)
		if c == colHealth {
			for i := range s.rows {
				k := key{s.rows[i].cells[c], true}
				w, ok := measured[k]
				if !ok {
					w = widgets.NewChip(k.text, widgets.ToneNeutral).MinSize().Width + pad
					measured[k] = w
				}
				need = max(need, w)
			}
			s.need[c] = float32(math.Ceil(float64(need)))
			continue
		}
		for i := range s.rows {
			k := key{s.rows[i].cells[c], style.Bold}
			w, ok := measured[k]
			if !ok {
				w = fyne.MeasureText(k.text, size, style).Width + pad
				measured[k] = w
			}
			need = max(need, w)
		}
		s.need[c] = float32(math.Ceil(float64(need)))
	}
}

// allPortfolioColumns returns every column of the table, left to right.
func allPortfolioColumns() []portfolioColumn {
	out := make([]portfolioColumn, 0, portfolioColumns)
	for c := range portfolioColumns {
		out = append(out, c)
	}
	return out
}

// droppableColumns are the columns a narrow table leaves out, the first
// first: the row buttons (the customer screen edits and deletes too),
// then the region and the tier (the header shows both for the customer
// in focus, and the search still finds them), then the phase (the
// Engagement screen shows it; the health says more at a glance).
func droppableColumns() []portfolioColumn {
	return []portfolioColumn{colActions, colRegion, colTier, colPhase}
}

// column returns the column shown at index i of the table.
func (s *portfolioScreen) column(i int) portfolioColumn {
	if i < 0 || i >= len(s.columns) {
		return portfolioColumns
	}
	return s.columns[i]
}

// fitColumns sizes the columns for a table width wide: each column of
// short texts (tier, region, phase, figures) gets what its texts take, the
// customer's name what the longest name takes, and the next activity the
// rest. When that is too little, the name and then the next activity are
// cut, down to their narrowest widths; when even that does not fit, the
// droppableColumns are left out one by one, then the next activity and
// the name are cut down to their headers' widths, and only then does the
// table scroll sideways.
func (s *portfolioScreen) fitColumns(width float32) {
	if width <= 0 {
		width = 1180
	}
	s.width = width
	want := func(c portfolioColumn) float32 {
		if c == colActions {
			return actionsColumnWidth
		}
		return max(s.need[c], s.headerWidth(c))
	}
	minName := max(s.headerWidth(colName), minNameColumnWidth)
	minNext := max(s.headerWidth(colNext), minNextColumnWidth)
	// A table puts the padding between its columns.
	sep := theme.Padding()
	shown := map[portfolioColumn]bool{}
	for c := range portfolioColumns {
		shown[c] = true
	}
	// fixed is the width of the columns that are not cut, with every
	// column's separator. The scroll bar is drawn over the cells and
	// takes no room of its own.
	fixed := func() float32 {
		total := float32(0)
		for c := range portfolioColumns {
			if !shown[c] {
				continue
			}
			total += sep
			if c != colName && c != colNext {
				total += want(c)
			}
		}
		return total
	}
	for _, c := range droppableColumns() {
		if fixed()+minName+minNext <= width {
			break
		}
		shown[c] = false
	}
	flex := width - fixed()
	if minName+minNext > flex {
		// Even without the droppable columns the table is too narrow
		// (long headers, as in Japanese): the next activity and then the
		// name give way further, down to the width of their headers,
		// rather than the columns on the right being cut.
		minNext = max(s.headerWidth(colNext), flex-minName)
		minName = max(s.headerWidth(colName), flex-minNext)
	}
	name, next := max(s.need[colName], minName), max(s.need[colNext], minNext)
	if name+next <= flex {
		next = flex - name
	} else {
		name = max(min(name, flex-minNext), minName)
		next = max(flex-name, minNext)
	}
	// The columns are all in place before the table is told their
	// widths: each width set refreshes the table.
	columns := make([]portfolioColumn, 0, portfolioColumns)
	for c := range portfolioColumns {
		if !shown[c] {
			continue
		}
		switch c {
		case colName:
			s.widths[c] = name
		case colNext:
			s.widths[c] = next
		default:
			s.widths[c] = want(c)
		}
		columns = append(columns, c)
	}
	s.columns = columns
	for i, c := range s.columns {
		s.table.SetColumnWidth(i, s.widths[c])
	}
}

// measureHeaders works out the width of every column's header, with and
// without the sort arrow, from the header buttons themselves.
func (s *portfolioScreen) measureHeaders() {
	for c := range portfolioColumns {
		b := s.table.CreateHeader().(*widget.Button)
		b.SetText(s.w.tr(portfolioHeaderKey(c)))
		s.header[c] = float32(math.Ceil(float64(b.MinSize().Width)))
		b.SetIcon(theme.MenuDropUpIcon())
		s.sortedHeader[c] = float32(math.Ceil(float64(b.MinSize().Width)))
	}
}

// headerWidth returns the width column c needs to show its header: only
// the column the table is sorted by shows the sort arrow.
func (s *portfolioScreen) headerWidth(c portfolioColumn) float32 {
	if c == s.sortCol {
		return s.sortedHeader[c]
	}
	return s.header[c]
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
	s.count.SetText(s.w.trCount("portfolio.count", len(s.rows), len(s.shown), len(s.rows)))
	s.top.Refresh()
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
	case colHealth:
		return cmp.Or(cmp.Compare(healthRank(a.health.Colour), healthRank(b.health.Colour)),
			cmp.Compare(len(a.health.Reasons), len(b.health.Reasons)))
	case colOverdue:
		return cmp.Compare(a.row.OverdueActions, b.row.OverdueActions)
	case colAccelerators:
		return cmp.Compare(a.row.Usage.Accelerators.Left(), b.row.Usage.Accelerators.Left())
	case colFieldHours:
		return cmp.Compare(a.row.Usage.FieldHours.Left(), b.row.Usage.FieldHours.Left())
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
		// The sort arrow moves to another header.
		s.fitColumns(s.width)
	}
	s.apply()
}

func (s *portfolioScreen) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col >= len(s.columns) {
		return
	}
	c := s.columns[id.Col]
	b.SetText(s.w.tr(portfolioHeaderKey(c)))
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
	chip := widgets.NewChip("", widgets.ToneNeutral)
	chipBox := container.NewHBox(chip)
	chipBox.Hide()
	return container.NewStack(container.New(&cellTextLayout{}, canvas.NewText("", theme.Color(theme.ColorNameForeground))), chipBox)
}

// cellButtons returns the edit and delete buttons of a cell, adding them
// on first use.
func cellButtons(cell *fyne.Container) *fyne.Container {
	if len(cell.Objects) > 2 {
		return cell.Objects[2].(*fyne.Container)
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
	if id.Col >= len(s.columns) {
		return
	}
	c := s.columns[id.Col]
	chipBox := cell.Objects[1].(*fyne.Container)
	if c == colHealth {
		box.Hide()
		if len(cell.Objects) > 2 {
			cell.Objects[2].Hide()
		}
		chip := chipBox.Objects[0].(*widgets.Chip)
		chip.Set(v.cells[colHealth], healthTones.of(v.health.Colour))
		chip.SetHint(v.hint)
		chipBox.Show()
		chipBox.Refresh()
		return
	}
	chipBox.Hide()
	if c == colActions {
		buttons := cellButtons(cell)
		box.Hide()
		buttons.Show()
		customer := v.row.Customer
		buttons.Objects[0].(*widget.Button).OnTapped = func() { s.w.editCustomer(customer, false) }
		buttons.Objects[1].(*widget.Button).OnTapped = func() { s.w.deleteCustomer(customer) }
		return
	}
	if len(cell.Objects) > 2 {
		cell.Objects[2].Hide()
	}
	box.Show()
	style := fyne.TextStyle{Bold: c == colName}
	col := theme.Color(theme.ColorNameForeground)
	if (c == colOverdue && v.row.OverdueActions > 0) ||
		(c == colAccelerators && v.row.Usage.Accelerators.Left() < 0) || (c == colFieldHours && v.row.Usage.FieldHours.Left() < 0) {
		col = theme.Color(theme.ColorNameError)
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
	v.fit[c] = widgets.TruncateToWidth(v.cells[c], w, theme.TextSize(), style)
	return v.fit[c]
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
	msg := newWrapLabel(u.tr("customer.delete.confirm", c.Name))
	d := dialog.NewCustomConfirm(u.tr("customer.delete.title"), u.tr("action.delete"), u.tr("action.cancel"), msg, func(ok bool) {
		if !ok {
			return
		}
		removed, err := u.store.DeleteCustomer(c.ID)
		if err != nil {
			u.showError(err)
			return
		}
		u.pushUndoRedo(u.tr("customer.deleted", c.Name), func() error { return u.store.PutAccount(removed) }, func() error {
			_, err := u.store.DeleteCustomer(removed.Customer.ID)
			return err
		})
		u.changed()
	}, u.window)
	d.Resize(fyne.NewSize(420, 180))
	d.Show()
}

// phaseName returns the display name of a phase.
func (u *UI) phaseName(p catalog.PhaseID) string {
	if ph, ok := u.shownCatalog().Phase(p); ok {
		return ph.Name
	}
	return string(p)
}

// categoryName names a category of Success Accelerators ("adoption") in
// the window's language ("Adoptie"); an organisation's own category that
// no bundle names is shown as its catalog writes it.
func (u *UI) categoryName(id string) string {
	if name, ok := u.words().lookup("category." + id); ok {
		return name
	}
	return id
}

// holidayName names a holiday in the window's language: a day of a
// built-in holiday calendar as the calendar names it, any other as it is
// named.
func (u *UI) holidayName(h planner.HolidayName) string { return u.text.HolidayName(h) }

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

// mainList returns the table of customers.
func (s *portfolioScreen) mainList() fyne.Focusable { return s.table }

// The window's side of the portfolio screen.

var _ portfolioWindow = (*UI)(nil)
