package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// quarterWindow is what the quarter screen uses of the window: its words,
// names, clock, dialogs, undo history, split panels, background work and
// settings, and the window's side of a few things of its own.
type quarterWindow interface {
	editorWindow
	panes
	background

	// activityStatusText returns the name of an activity's status.
	activityStatusText(s planner.ActivityStatus) string
	// storeFailureText says what a failure of the database means, and
	// whether err is one.
	storeFailureText(err error) (string, bool)
	// setFocus makes customer id the customer in focus.
	setFocus(id planner.ID)
	// showScreen opens screen id, asking first about unsaved changes.
	showScreen(id screenID)
	// shownScreen returns the screen the window shows.
	shownScreen() screenID
	// pickWeek makes the next schedule dialog for the customer of w
	// propose a day of w's week.
	pickWeek(w pickedWeek)
	// quarterIsStale reports whether the data changed since the quarter
	// screen last read it.
	quarterIsStale() bool
	// showCancelledNotice says, without interrupting, that work was
	// cancelled.
	showCancelledNotice()
	// checkActivities refuses a redo when the activities are no longer as
	// the undo left them.
	checkActivities(store portfolioReader, label string, want []planner.Activity, absent []planner.ID) error
	// checkSeriesFrom refuses a redo when a series' occurrences from a day
	// on are no longer as the undo left them.
	checkSeriesFrom(store accountReader, label string, series planner.Series, from planner.Date, occurrences []planner.Activity) error
	// openDeliverDialog opens the form that records the delivery of a.
	openDeliverDialog(a planner.Activity) *formDialog
	// exportDeliverable asks where to save deliverable d of s and writes
	// it.
	exportDeliverable(d deliverable, s deliverableSubject)
}

// quarterStore is what the quarter screen reads and writes: every
// account, one account, and activities and series moved, removed or
// accepted.
type quarterStore interface {
	accountReader
	portfolioReader
	activityWriter
	seriesWriter
}

// quarterData is one quarter of the whole portfolio as the quarter screen
// shows it: the accounts it was computed from, the weeks with their load,
// the conflicts and the activities by ID.
type quarterData struct {
	quarter   planner.Quarter
	settings  planner.Settings
	accounts  []planner.Account
	workload  planner.Workload
	conflicts []planner.Conflict
	// activities maps an activity ID, as the grid names blocks, to the
	// activity.
	activities map[string]planner.Activity
	// reasons maps an activity ID to the reasons of its conflicts.
	reasons map[planner.ID][]string
	// customers maps a customer ID to its name.
	customers map[planner.ID]string
	// weeks and rows are what the grid shows of the stored plan; index
	// maps a customer ID to its row.
	weeks []widgets.GridWeek
	rows  []widgets.GridRow
	index map[planner.ID]int
}

// quarterScreen plans a quarter over the whole portfolio: weeks across,
// customers down, activities as blocks that can be dragged to another
// week, the hours of each week against the capacity, the conflicts planner
// finds and the auto-schedule proposal as a preview to accept or discard.
type quarterScreen struct {
	w       quarterWindow
	store   quarterStore
	cat     *catalog.Catalog
	quarter planner.Quarter
	focus   planner.ID
	data    *quarterData
	// seq numbers the loads, so that only the latest one is shown.
	seq int
	// loading is the quarter being read, while a load runs.
	loading planner.Quarter
	// preview is the auto-schedule proposal shown, or nil.
	preview *planner.Proposal
	// selected is the activity whose detail is shown, or "".
	selected string

	title       *widget.Label
	prev, next  *widget.Button
	thisQuarter *widget.Button
	autoBtn     *widget.Button
	exportBtn   *widget.Button
	busy        *widget.ProgressBarInfinite
	// cancelLoad stops the quarter being read (beside busy, shown with
	// it); stopLoad is its context's cancel, nil when nothing is read.
	cancelLoad *widget.Button
	busyBox    *fyne.Container
	stopLoad   context.CancelFunc
	summary    *widget.Label
	grid       *widgets.QuarterGrid
	conflicts  *enterList
	detail     *widget.Label
	// detailTitle names the activity selected in full, which its block
	// may have had to cut; detailBox holds it over detail.
	detailTitle *widget.Label
	detailBox   *fyne.Container
	// detailScroll scrolls the details when they are longer than the
	// panel.
	detailScroll *container.Scroll
	moveBtn      *widget.Button
	deleteBtn    *widget.Button
	// deliverBtn records the delivery of the activity selected.
	deliverBtn  *widget.Button
	previewBar  *fyne.Container
	top         *fyne.Container
	previewText *widget.Label
	unplaced    *widget.Label
	root        fyne.CanvasObject

	// dialog is the Move form open, for tests.
	dialog *formDialog
	// ask is the question open (which occurrences to move), for tests.
	ask dialog.Dialog

	// split has the grid over the panels below; keys names the grid's
	// keys under the activity selected.
	split *container.Split
	keys  *widgets.FitLabel
	// weekShown is the quarter whose current week was last scrolled
	// into view, so that a reload keeps where the grid was scrolled.
	weekShown planner.Quarter

	// conflictHeights are the heights of the conflicts list's items, each
	// as tall as its reason's lines.
	conflictHeights map[widget.ListItemID]float32
}

// quarterPanelsHeight is how tall the panels under the grid are before
// the divider is first dragged: the selected activity's title, three
// lines of its details, the keys and its buttons.
const quarterPanelsHeight float32 = 220

// newQuarterScreen returns the quarter planner of window w, on store and
// catalog cat.
func newQuarterScreen(w quarterWindow, store quarterStore, cat *catalog.Catalog) screen {
	s := &quarterScreen{w: w, store: store, cat: cat, quarter: planner.QuarterOf(w.today())}
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { s.setQuarter(s.quarter.Prev()) })
	s.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { s.setQuarter(s.quarter.Next()) })
	s.thisQuarter = widget.NewButton(w.tr("plan.quarter.this"), func() { s.setQuarter(planner.QuarterOf(w.today())) })
	s.autoBtn = widget.NewButtonWithIcon(w.tr("plan.quarter.auto"), theme.MediaFastForwardIcon(), s.autoSchedule)
	s.autoBtn.Importance = widget.HighImportance
	s.exportBtn = widget.NewButtonWithIcon(w.tr("plan.quarter.export"), theme.DocumentPrintIcon(), s.exportPlan)
	s.busy = widget.NewProgressBarInfinite()
	s.cancelLoad = widget.NewButton(w.tr("action.cancel"), func() {
		if s.stopLoad != nil {
			s.stopLoad()
		}
		s.cancelLoad.Disable()
	})
	s.busyBox = container.NewHBox(s.busy, s.cancelLoad)
	s.busyBox.Hide()
	s.summary = newWrapLabel("")

	s.grid = widgets.NewQuarterGrid(widgets.GridHeadings{Rows: w.tr("plan.quarter.customer"), Capacity: w.tr("plan.quarter.capacity")})
	s.grid.OnMove = s.dropped
	s.grid.OnTapped = s.selectActivity
	s.grid.OnRowTapped = func(id string) {
		if cid, err := planner.ParseID(id); err == nil {
			w.setFocus(cid)
		}
	}
	s.grid.OnCellSelected = s.selectCell
	s.grid.OnActivated = s.openActivity
	s.grid.OnCellActivated = s.scheduleInto
	s.grid.OnDelete = s.deleteActivity

	s.conflicts = newEnterList(
		func() int { return s.conflictCount() },
		func() fyne.CanvasObject {
			head := newHeaderLabel()
			// The reason wraps: the item grows to its lines (see
			// updateConflict).
			reason := newWrapLabel("")
			reason.SizeName = theme.SizeNameCaptionText
			return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, container.NewVBox(head, reason))
		},
		s.updateConflict)
	s.conflicts.OnSelected = func(id widget.ListItemID) {
		s.conflicts.UnselectAll()
		s.focusConflict(id)
	}

	s.detail = newWrapLabel(w.tr("keys.quarter.pick"))
	s.detailTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.detailTitle.Wrapping = fyne.TextWrapWord
	s.detailTitle.Hide()
	s.detailBox = container.New(&tightVBoxLayout{}, s.detailTitle, s.detail)
	s.moveBtn = widget.NewButtonWithIcon(w.tr("plan.quarter.move"), theme.MailForwardIcon(), func() { s.openMove(s.selected) })
	s.deleteBtn = widget.NewButtonWithIcon(w.tr("plan.quarter.delete"), theme.DeleteIcon(), func() { s.deleteActivity(s.selected) })
	s.deleteBtn.Importance = widget.DangerImportance
	s.deliverBtn = widget.NewButtonWithIcon(w.tr("plan.quarter.deliver"), theme.ConfirmIcon(), func() { s.openDeliver(s.selected) })
	s.moveBtn.Disable()
	s.deliverBtn.Disable()
	s.deleteBtn.Disable()

	s.previewText = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.unplaced = newWrapLabel("")
	accept := widget.NewButtonWithIcon(w.tr("plan.quarter.accept"), theme.ConfirmIcon(), s.acceptPreview)
	accept.Importance = widget.HighImportance
	discard := widget.NewButtonWithIcon(w.tr("plan.quarter.discard"), theme.CancelIcon(), s.discardPreview)
	s.previewBar = container.NewBorder(nil, nil, nil, container.NewHBox(discard, accept),
		container.NewVBox(s.previewText, s.unplaced))
	s.previewBar.Hide()

	// The summary has a line of its own, so that a small window keeps
	// every button of the toolbar.
	toolbar := container.NewVBox(
		newToolbar([]fyne.CanvasObject{s.prev, s.title, s.next, s.thisQuarter}, s.autoBtn, s.exportBtn),
		container.NewBorder(nil, nil, nil, s.busyBox, s.summary))
	// The keys take one line, whole in a tooltip when cut, so that the
	// activity's details keep their lines in a small window.
	s.keys = widgets.NewFitLabel(w.tr("keys.quarter.keys", gridMoveModifierName()))
	s.keys.SetSizeName(theme.SizeNameCaptionText)
	keys := s.keys
	s.detailScroll = container.NewVScroll(s.detailBox)
	selected := container.NewBorder(
		widget.NewLabelWithStyle(w.tr("plan.quarter.selected"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewVBox(keys, newToolbar([]fyne.CanvasObject{s.deliverBtn, s.moveBtn, s.deleteBtn})), nil, nil, s.detailScroll)
	conflicts := container.NewBorder(
		widget.NewLabelWithStyle(w.tr("plan.quarter.conflicts"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		nil, nil, nil, s.conflicts)
	bottom := container.NewHSplit(selected, conflicts)
	// Two thirds of the width keep the activity's buttons on one line in a
	// small window.
	bottom.Offset = 0.65
	w.rememberSplit("quarter.bottom", bottom)
	// The grid takes the whole width, so that a quarter's weeks fit
	// without scrolling sideways in a usual window, and the height a
	// taller window gains: the panels below keep theirs.
	s.split = container.NewVSplit(s.grid, bottom)
	s.top = container.NewVBox(toolbar, s.previewBar)
	s.root = newBorder(s.top, nil, nil, nil, w.pinSplit("quarter.grid", s.split, quarterPanelsHeight))
	s.showTitle()
	return s
}

func (s *quarterScreen) object() fyne.CanvasObject { return s.root }

// show highlights the customer in focus; it reads the quarter again when
// nothing is loaded yet or the window marked the screen stale (the data
// changed since). Switching the customer in focus alone reads nothing.
func (s *quarterScreen) show(customer planner.ID) {
	s.focus = customer
	stale := s.w.quarterIsStale()
	if !stale && s.loading == s.quarter {
		return // the load running shows the customer in focus when done
	}
	if stale || s.data == nil || s.data.quarter != s.quarter {
		s.reload()
		return
	}
	s.render()
	if customer != (planner.ID{}) {
		s.grid.ScrollToRow(customer.String())
	}
}

// setQuarter shows quarter q.
func (s *quarterScreen) setQuarter(q planner.Quarter) {
	if q == s.quarter || !q.Valid() {
		return
	}
	s.quarter = q
	if s.preview != nil {
		s.closePreview() // a proposal belongs to its quarter
	}
	s.selected = ""
	s.showTitle()
	s.reload()
}

func (s *quarterScreen) showTitle() {
	s.title.SetText(s.w.tr("plan.quarter.title", s.quarter.String(), s.quarter.First().String(), s.quarter.Last().String()))
}

// reload reads the quarter off the UI goroutine and shows it when done; a
// newer reload supersedes it, and stops it. Cancel beside the activity
// indicator stops it too: the screen then keeps what it showed.
func (s *quarterScreen) reload() {
	s.seq++
	seq, q, settings := s.seq, s.quarter, s.w.settings()
	s.loading = q
	if s.stopLoad != nil {
		s.stopLoad() // superseded
	}
	ctx, stop := context.WithCancel(context.Background())
	s.stopLoad = stop
	s.cancelLoad.Enable()
	s.busyBox.Show()
	s.busy.Show()
	s.busy.Start()
	w, store, cat := s.w, s.store, s.cat
	w.inBackground(func() {
		data, err := loadQuarter(ctx, w, cat, store, q, settings)
		cancelled := err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled)
		stop()
		w.do(func() {
			if seq != s.seq {
				return
			}
			s.loading = planner.Quarter{}
			s.stopLoad = nil
			s.busy.Stop()
			s.busyBox.Hide()
			if cancelled {
				if s.data != nil && s.data.quarter != s.quarter {
					s.quarter = s.data.quarter // the quarter still shown
					s.showTitle()
				}
				w.showCancelledNotice()
				return
			}
			if err != nil {
				w.showError(err)
				return
			}
			s.data = data
			s.render()
			if s.focus != (planner.ID{}) {
				s.grid.ScrollToRow(s.focus.String())
			}
			if s.weekShown != data.quarter {
				// A quarter opened shows the current week, or its first.
				s.weekShown = data.quarter
				s.grid.ScrollToWeek(max(data.weekIndex(w.today()), 0))
			}
		})
	})
}

// loadQuarter reads every account (in one read of the store) and works
// out quarter q: the weekly load, the conflicts and the activities. It
// runs off the UI goroutine; win gives the words of the blocks and the
// conflicts.
func loadQuarter(ctx context.Context, win quarterWindow, cat *catalog.Catalog, store portfolioReader, q planner.Quarter, settings planner.Settings) (*quarterData, error) {
	accounts, err := store.Accounts()
	if err != nil {
		return nil, err
	}
	d := &quarterData{quarter: q, settings: settings, accounts: accounts, activities: map[string]planner.Activity{},
		reasons: map[planner.ID][]string{}, customers: make(map[planner.ID]string, len(accounts))}
	for _, acct := range accounts {
		d.customers[acct.Customer.ID] = acct.Customer.Name
	}
	sched, err := planner.NewScheduleContext(ctx, planner.PlanInput{Catalog: cat, Settings: settings, Accounts: d.accounts, Quarter: q})
	if err != nil {
		return nil, fmt.Errorf("plan %s: %w", q, err)
	}
	d.workload = sched.Workload()
	d.conflicts = sched.Check()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("plan %s: %w", q, err)
	}
	for _, c := range d.conflicts {
		if c.ActivityID != (planner.ID{}) {
			d.reasons[c.ActivityID] = append(d.reasons[c.ActivityID], win.sentence(c.Reason))
		}
	}
	d.weeks = make([]widgets.GridWeek, len(d.workload.Weeks))
	for i, w := range d.workload.Weeks {
		_, iso := w.Week.ISOWeek()
		d.weeks[i] = widgets.GridWeek{Label: fmt.Sprintf("W%02d", iso), Monday: w.Week.Monday.String(),
			Load: widgets.Load{Hours: w.Hours, Capacity: w.Capacity, Over: w.Over}}
	}
	d.rows = make([]widgets.GridRow, len(d.accounts))
	d.index = make(map[planner.ID]int, len(d.accounts))
	for i, acct := range d.accounts {
		c := acct.Customer
		d.rows[i] = widgets.GridRow{ID: c.ID.String(), Name: c.Name}
		d.index[c.ID] = i
		for _, a := range acct.Activities {
			if w := d.weekIndex(a.Date); w >= 0 {
				d.activities[a.ID.String()] = a
				d.rows[i].Blocks = append(d.rows[i].Blocks, d.block(win, a, w, false))
			}
		}
	}
	return d, nil
}

// weekIndex returns the index of the week of the quarter that holds day,
// or -1.
func (d *quarterData) weekIndex(day planner.Date) int {
	for i, w := range d.workload.Weeks {
		if !day.Before(w.Week.Monday) && !day.After(w.Week.Sunday()) {
			return i
		}
	}
	return -1
}

// account returns the account of customer id.
func (d *quarterData) account(id planner.ID) (planner.Account, bool) {
	for _, a := range d.accounts {
		if a.Customer.ID == id {
			return a, true
		}
	}
	return planner.Account{}, false
}

// render shows the data loaded, with the customer in focus highlighted
// and the preview when there is one.
func (s *quarterScreen) render() {
	d := s.data
	if d == nil {
		return
	}
	weeks, rows := d.weeks, d.rows
	for i := range rows {
		rows[i].Highlight = false
	}
	if i, ok := d.index[s.focus]; ok {
		rows[i].Highlight = true
	}
	if s.preview != nil {
		weeks, rows = s.previewData()
	}
	s.grid.SetData(weeks, rows)
	over := 0
	for _, w := range d.workload.Weeks {
		if w.Over {
			over++
		}
	}
	s.summary.SetText(s.w.tr("plan.quarter.summary",
		s.w.trCount("plan.quarter.summary.activities", len(d.activities), len(d.activities)),
		s.w.trCount("plan.quarter.summary.conflicts", len(d.conflicts), len(d.conflicts)),
		s.w.trCount("plan.quarter.summary.over", over, over)))
	s.conflicts.Refresh()
	s.showDetail()
}

// previewData returns the weeks and rows with the proposal added: its
// blocks highlighted and every block locked until the proposal is
// accepted or discarded. The proposal's hours are added to the weeks;
// whether a week is over stays planner's verdict on the stored plan (the
// proposal keeps within the capacity by construction).
func (s *quarterScreen) previewData() ([]widgets.GridWeek, []widgets.GridRow) {
	d := s.data
	weeks := slices.Clone(d.weeks)
	rows := slices.Clone(d.rows)
	for i := range rows {
		rows[i].Blocks = slices.Clone(rows[i].Blocks)
		for j := range rows[i].Blocks {
			rows[i].Blocks[j].Locked = true
		}
	}
	for _, a := range s.preview.Placed {
		w := d.weekIndex(a.Date)
		i, ok := d.index[a.CustomerID]
		if w < 0 || !ok {
			continue
		}
		weeks[w].Load.Hours += a.Hours
		rows[i].Blocks = append(rows[i].Blocks, d.block(s.w, a, w, true))
	}
	return weeks, rows
}

// block returns the grid block of activity a in week w, in the words of
// win.
func (d *quarterData) block(win quarterWindow, a planner.Activity, w int, proposed bool) widgets.GridBlock {
	name := win.itemName(a.ItemID)
	b := widgets.GridBlock{
		ID:       a.ID.String(),
		Week:     w,
		Label:    name,
		Detail:   win.tr("plan.quarter.blockDetail", name, d.customers[a.CustomerID], a.Date.String(), widgets.FormatHours(a.Hours), win.activityStatusText(a.Status)),
		Tone:     activityTones.of(a.Status),
		Proposed: proposed,
		Locked:   proposed,
	}
	if reasons := d.reasons[a.ID]; len(reasons) > 0 {
		b.Conflict = strings.Join(reasons, win.tr("list.semicolon"))
	}
	return b
}

// conflictCount returns how many conflicts the panel lists.
func (s *quarterScreen) conflictCount() int {
	if s.data == nil {
		return 0
	}
	return len(s.data.conflicts)
}

func (s *quarterScreen) updateConflict(id widget.ListItemID, o fyne.CanvasObject) {
	if s.data == nil || id < 0 || id >= len(s.data.conflicts) {
		return
	}
	c := s.data.conflicts[id]
	box := o.(*fyne.Container).Objects[0].(*fyne.Container)
	head, reason := box.Objects[0].(*widgets.FitLabel), box.Objects[1].(*widget.Label)
	if c.ActivityID == (planner.ID{}) {
		// Planner's reason names the week.
		head.SetText(s.w.tr("plan.quarter.conflict.capacity"))
	} else {
		head.SetText(s.w.tr("plan.quarter.conflict.activity", s.data.customers[c.CustomerID], c.Date.String()))
	}
	reason.SetText(s.w.sentence(c.Reason))
	// The item as tall as the reason's lines at the list's width.
	if s.conflictHeights == nil {
		s.conflictHeights = map[widget.ListItemID]float32{}
	}
	fitListItem(&s.conflicts.List, s.conflictHeights, id, o)
}

// focusConflict puts the customer of conflict i in focus and selects its
// activity.
func (s *quarterScreen) focusConflict(i int) {
	if s.data == nil || i < 0 || i >= len(s.data.conflicts) {
		return
	}
	c := s.data.conflicts[i]
	if c.ActivityID == (planner.ID{}) {
		s.selected = ""
		s.showDetailTitle("")
		s.detail.SetText(s.w.sentence(c.Reason))
		s.moveBtn.Disable()
		s.deleteBtn.Disable()
		s.deliverBtn.Disable()
		return
	}
	s.w.setFocus(c.CustomerID)
	s.selectActivity(c.ActivityID.String())
	s.grid.SelectBlock(c.ActivityID.String())
}

// selectActivity shows the detail of activity id (a grid block ID).
func (s *quarterScreen) selectActivity(id string) {
	s.selected = id
	s.showDetail()
}

// showDetailTitle names the activity selected above its detail, or hides
// the name when title is empty.
func (s *quarterScreen) showDetailTitle(title string) {
	s.detailTitle.SetText(title)
	s.detailTitle.Hidden = title == ""
	s.detailBox.Refresh()
}

// selectCell shows the empty cell of customer id (a grid row ID) in week
// chosen with the keyboard.
func (s *quarterScreen) selectCell(string, int) {
	s.selected = ""
	s.showDetail()
}

// emptyCellText describes the empty cell chosen in the grid, or returns
// "" when none is.
func (s *quarterScreen) emptyCellText() string {
	cell, ok := s.grid.Current()
	if !ok || s.grid.Selected() != "" || s.data == nil || cell.Row >= len(s.data.accounts) || cell.Week >= len(s.data.workload.Weeks) {
		return ""
	}
	return s.w.tr("keys.quarter.empty", s.data.accounts[cell.Row].Customer.Name, s.data.workload.Weeks[cell.Week].Week.Monday.String())
}

// scheduleInto schedules into the empty week of customer id (a grid row
// ID) chosen with the keyboard: it shows the catalog with the customer in
// focus, and the next schedule dialog for the customer proposes a day of
// that week.
func (s *quarterScreen) scheduleInto(id string, week int) {
	cid, err := planner.ParseID(id)
	if err != nil || s.data == nil || week < 0 || week >= len(s.data.workload.Weeks) {
		return
	}
	w := s.w
	w.setFocus(cid)
	w.showScreen(screenCatalog)
	if w.shownScreen() == screenCatalog {
		w.pickWeek(pickedWeek{customer: cid, monday: s.data.workload.Weeks[week].Week.Monday})
	}
}

// openActivity opens activity id (a grid block ID) from the keyboard:
// the delivery form when it can be delivered, else the Move form.
func (s *quarterScreen) openActivity(id string) {
	s.selectActivity(id)
	if a, ok := s.activity(id); ok && a.CanDeliver() {
		s.openDeliver(id)
		return
	}
	s.openMove(id)
}

// gridMoveModifierName names the key that, with Left or Right, moves the
// activity chosen in the grid a week.
func gridMoveModifierName() string {
	if fyne.KeyModifierShortcutDefault == fyne.KeyModifierSuper {
		return "⌥" // the Option key of a Mac
	}
	return "Alt"
}

// showDetail shows the activity selected, with its conflicts.
func (s *quarterScreen) showDetail() {
	a, ok := s.activity(s.selected)
	if !ok {
		s.selected = ""
		s.showDetailTitle("")
		text := s.emptyCellText()
		if text == "" {
			text = s.w.tr("keys.quarter.pick")
		}
		s.detail.SetText(text)
		s.moveBtn.Disable()
		s.deleteBtn.Disable()
		s.deliverBtn.Disable()
		return
	}
	s.showDetailTitle(s.w.itemName(a.ItemID))
	lines := []string{s.w.tr("plan.quarter.selectedFacts", s.data.customers[a.CustomerID], a.Date.String(),
		widgets.FormatHours(a.Hours), s.w.activityStatusText(a.Status))}
	if a.Status == planner.ActivityDelivered && !a.ActualDate.IsZero() {
		lines = append(lines, s.w.tr("plan.quarter.actual", a.ActualDate.String(), widgets.FormatHours(a.ConsumedHours())))
	}
	if a.SeriesID != (planner.ID{}) {
		lines = append(lines, s.w.tr("plan.quarter.inSeries"))
	}
	for _, r := range s.data.reasons[a.ID] {
		lines = append(lines, "⚠ "+r)
	}
	s.detail.SetText(strings.Join(lines, "\n"))
	if s.preview != nil {
		s.moveBtn.Disable()
		s.deleteBtn.Disable()
		s.deliverBtn.Disable()
		return
	}
	s.moveBtn.Enable()
	s.deleteBtn.Enable()
	if a.CanDeliver() {
		s.deliverBtn.Enable()
	} else {
		s.deliverBtn.Disable()
	}
}

// activity returns the stored activity with grid block ID id.
func (s *quarterScreen) activity(id string) (planner.Activity, bool) {
	if s.data == nil || id == "" {
		return planner.Activity{}, false
	}
	a, ok := s.data.activities[id]
	return a, ok
}

// dropped moves the activity of a block dragged to week: to the same day
// of the week there, or the first business day after it.
func (s *quarterScreen) dropped(id string, week int) {
	a, ok := s.activity(id)
	if !ok || s.preview != nil {
		return
	}
	from := s.data.weekIndex(a.Date)
	if from < 0 || week == from {
		return
	}
	acct, ok := s.data.account(a.CustomerID)
	if !ok {
		return
	}
	cal, err := planner.CustomerCalendar(s.cat, s.data.settings, acct.Customer)
	if err != nil {
		s.w.showError(err)
		return
	}
	to, err := planner.NextBusinessDay(cal, a.Date.AddDays(7*(week-from)))
	if err != nil {
		s.w.showError(err)
		return
	}
	s.moveAsking(a, to)
}

// moveAsking moves activity a to day to; for an occurrence of a series it
// asks first whether to move only it or it and the later ones.
func (s *quarterScreen) moveAsking(a planner.Activity, to planner.Date) {
	if a.SeriesID == (planner.ID{}) {
		if err := s.move(a, to, false); err != nil {
			s.w.showError(err)
		}
		return
	}
	w := s.w
	msg := newWrapLabel(w.tr("plan.quarter.series.message", w.itemName(a.ItemID), to.String()))
	d := dialog.NewCustomWithoutButtons(w.tr("plan.quarter.series.title"), msg, w.Window())
	run := func(all bool) {
		d.Hide()
		if err := s.move(a, to, all); err != nil {
			w.showError(err)
		}
	}
	one := widget.NewButton(w.tr("plan.quarter.series.one"), func() { run(false) })
	all := widget.NewButton(w.tr("plan.quarter.series.all"), func() { run(true) })
	all.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(w.tr("action.cancel"), d.Hide), one, all})
	d.Resize(fyne.NewSize(460, d.MinSize().Height))
	s.ask = d
	d.Show()
}

// move moves activity a to day to through planner (which refuses a day
// off, and delivered or cancelled activities), saves what changed in one
// transaction and offers to undo it. With series set, a's occurrence and
// the later ones of its series follow the series' rule again from day to
// (planner.MoveSeries), and the store replaces them as a whole.
func (s *quarterScreen) move(a planner.Activity, to planner.Date, series bool) error {
	w := s.w
	acct, err := s.store.Account(a.CustomerID)
	if err != nil {
		return fmt.Errorf("read customer: %w", err)
	}
	cal, err := planner.CustomerCalendar(s.cat, w.settings(), acct.Customer)
	if err != nil {
		return err
	}
	if a.Status != planner.ActivityDelivered && a.Status != planner.ActivityCancelled {
		// A day off is refused as the quarter check says it, which the
		// window says in its language, holiday names included.
		if why := planner.NonBusinessDayText(cal, acct.Customer, to); !why.IsZero() {
			return &planner.TextError{Text: why}
		}
	}
	if series && a.SeriesID != (planner.ID{}) {
		return s.moveSeries(acct, a, to, cal)
	}
	moved, err := planner.MoveOccurrence(acct.Activities, a.ID, to, cal)
	if err != nil {
		return err
	}
	changed, before := planner.MovedDays(acct.Activities, moved)
	if len(changed) == 0 {
		return nil
	}
	if _, err := s.store.PutActivities(changed); err != nil {
		return err
	}
	store := s.store
	label := w.tr("plan.quarter.undo.move", w.itemName(a.ItemID), to.String())
	pushRewrite(w, label, func(acts []planner.Activity) error {
		_, err := store.PutActivities(acts)
		return err
	}, before, changed, func() error { return w.checkActivities(store, label, before, nil) }, "move back", "move again")
	return nil
}

// moveSeries moves occurrence a of its series and the later ones to
// follow the series' rule from day to, saves them in one transaction and
// offers to undo it.
func (s *quarterScreen) moveSeries(acct planner.Account, a planner.Activity, to planner.Date, cal planner.Calendar) error {
	w := s.w
	series, ok := acct.SeriesByID(a.SeriesID)
	if !ok {
		return fmt.Errorf("move series: the rule of series %s is not stored with %s", a.SeriesID, acct.Customer.Name)
	}
	moved, err := planner.MoveSeries(acct.Activities, series, a.ID, to, cal)
	if err != nil {
		return err
	}
	// The store replaces the series' occurrences from the first day
	// either the old or the new days touch; undo puts back what was
	// there.
	moves, _ := planner.MovedDays(acct.Activities, moved)
	changed := len(moves)
	if changed == 0 {
		return nil
	}
	from, after, before := planner.SeriesWindow(acct.Activities, moved, series.ID, a.Date)
	if _, err := s.store.ReplaceSeriesFrom(series, from, after); err != nil {
		return err
	}
	store := s.store
	label := w.trCount("plan.quarter.undo.moveSeries", changed, w.itemName(a.ItemID), changed)
	if changed == 1 {
		label = w.tr("plan.quarter.undo.move", w.itemName(a.ItemID), to.String())
	}
	pushRewrite(w, label, func(acts []planner.Activity) error {
		_, err := store.ReplaceSeriesFrom(series, from, acts)
		return err
	}, before, after, func() error { return w.checkSeriesFrom(store, label, series, from, before) }, "move back", "move again")
	return nil
}

// openMove opens the Move form of activity id: the keyboard's way to
// drag a block.
func (s *quarterScreen) openMove(id string) {
	a, ok := s.activity(id)
	if !ok || s.preview != nil {
		return
	}
	w := s.w
	day := newFormEntry()
	day.SetText(a.Date.String())
	form := w.newFieldForm()
	form.add("date", w.tr("plan.quarter.move.day"), day)
	scope := widget.NewRadioGroup([]string{w.tr("plan.quarter.series.one"), w.tr("plan.quarter.series.all")}, nil)
	scope.SetSelected(w.tr("plan.quarter.series.one"))
	if a.SeriesID != (planner.ID{}) {
		form.add("series", w.tr("plan.quarter.series.title"), scope)
	}
	// read returns the day typed, or what is wrong with it.
	read := func() (planner.Date, error) {
		to, err := w.parseDay(day.Text)
		if err == nil && to.IsZero() {
			err = fmt.Errorf("%s", w.tr("plan.quarter.move.required"))
		}
		if err != nil {
			var p inputProblems
			p.add("date", err)
			return planner.Date{}, p.err("move")
		}
		return to, nil
	}
	form.check = readErr(read)
	apply := func() error {
		to, err := read()
		if err != nil {
			form.showError(err, "")
			return err
		}
		if err := s.move(a, to, scope.Selected == w.tr("plan.quarter.series.all")); err != nil {
			if _, ok := w.storeFailureText(err); ok {
				// The day is not the problem: the database is.
				form.showError(err, "")
				return err
			}
			form.setFieldError("date", w.errorText(err))
			return err
		}
		return nil
	}
	fd := w.newFormDialog(w.tr("plan.quarter.move.title", w.itemName(a.ItemID)), form, apply,
		func() bool { return strings.TrimSpace(day.Text) != a.Date.String() })
	s.dialog = fd
	fd.show()
	w.Window().Canvas().Focus(day)
}

// openDeliver opens the form that records the delivery of activity id.
func (s *quarterScreen) openDeliver(id string) {
	a, ok := s.activity(id)
	if !ok || s.preview != nil || !a.CanDeliver() {
		return
	}
	s.dialog = s.w.openDeliverDialog(a)
}

// deleteActivity removes activity id; Ctrl+Z puts it back.
func (s *quarterScreen) deleteActivity(id string) {
	a, ok := s.activity(id)
	if !ok || s.preview != nil {
		return
	}
	w := s.w
	removed, err := s.store.DeleteActivity(a.ID)
	if err != nil {
		w.showError(err)
		return
	}
	store := s.store
	label := w.tr("plan.quarter.undo.delete", w.itemName(a.ItemID))
	w.pushUndoRedo(label, func() error {
		_, err := store.PutActivity(removed)
		return err
	}, func() error {
		if err := w.checkActivities(store, label, []planner.Activity{removed}, nil); err != nil {
			return err
		}
		_, err := store.DeleteActivity(removed.ID)
		return err
	})
	s.selected = ""
	w.changed()
}

// suggestionRequests returns what the auto-schedule dialog offers: for
// each customer in scope, planner's suggestions, best first, at most per
// customer; and the label of each.
func (s *quarterScreen) suggestionRequests(scope []planner.Account, per int) ([]planner.Request, []string) {
	// Nothing is proposed before today; a future quarter is open from
	// its first day.
	var earliest planner.Date
	if today := s.w.today(); today.After(s.quarter.First()) {
		earliest = today
	}
	var reqs []planner.Request
	var labels []string
	for _, acct := range scope {
		for i, sg := range planner.Suggest(s.cat, acct, s.w.today()) {
			if i >= per {
				break
			}
			reqs = append(reqs, planner.Request{CustomerID: acct.Customer.ID, ItemID: sg.Item.ID, Solution: sg.Solution, Earliest: earliest})
			labels = append(labels, s.w.tr("plan.quarter.auto.option", acct.Customer.Name, sg.Item.Name, s.w.sentences(sg.Reasons)))
		}
	}
	return reqs, labels
}

// autoSchedule asks which suggestions to place, places them off the UI
// goroutine and shows the proposal as a preview.
func (s *quarterScreen) autoSchedule() {
	if s.data == nil || s.preview != nil {
		return
	}
	w := s.w
	focusName, hasFocus := s.data.customers[s.focus]
	scopes := []string{w.tr("plan.quarter.auto.all")}
	if hasFocus {
		scopes = append([]string{w.tr("plan.quarter.auto.focus", focusName)}, scopes...)
	}
	scope := widget.NewRadioGroup(scopes, nil)
	scope.Horizontal = true
	picks := widget.NewCheckGroup(nil, nil)
	none := newWrapLabel("")
	var reqs []planner.Request
	fill := func(selected string) {
		var accts []planner.Account
		per := 3
		if hasFocus && selected == scopes[0] {
			if a, ok := s.data.account(s.focus); ok {
				accts = []planner.Account{a}
			}
		} else {
			accts, per = s.data.accounts, 1
		}
		var labels []string
		reqs, labels = s.suggestionRequests(accts, per)
		picks.Options = labels
		picks.Selected = slices.Clone(labels)
		picks.Refresh()
		none.SetText(w.tr("plan.quarter.auto.empty", selected))
		none.Hidden = len(labels) > 0
		none.Refresh()
	}
	scope.OnChanged = fill
	scope.SetSelected(scopes[0])
	list := container.NewVScroll(container.NewVBox(none, picks))
	list.SetMinSize(fyne.NewSize(560, 280))
	form := w.newFieldForm()
	form.add("scope", w.tr("plan.quarter.auto.scope"), scope)
	form.add("requests", w.tr("plan.quarter.auto.requests"), list)
	var fd *formDialog
	fd = w.newFormDialog(w.tr("plan.quarter.auto.title", s.quarter.String()), form, func() error {
		var chosen []planner.Request
		for i, label := range picks.Options {
			if slices.Contains(picks.Selected, label) {
				chosen = append(chosen, reqs[i])
			}
		}
		if len(chosen) == 0 {
			err := fmt.Errorf("%s", w.tr("plan.quarter.auto.none"))
			form.setFieldError("requests", err.Error())
			return err
		}
		fd.close()
		s.propose(chosen)
		return nil
	}, func() bool { return false })
	fd.save.SetText(w.tr("plan.quarter.auto.run"))
	fd.save.SetIcon(theme.MediaPlayIcon())
	s.dialog = fd
	fd.show()
}

// propose runs planner's auto-scheduler on reqs off the UI goroutine, with
// progress, and shows its proposal as a preview.
func (s *quarterScreen) propose(reqs []planner.Request) {
	w := s.w
	in := planner.PlanInput{Catalog: s.cat, Settings: s.data.settings, Accounts: s.data.accounts, Quarter: s.data.quarter}
	var prop planner.Proposal
	w.runCancellable(w.tr("plan.quarter.auto.progress"), func(ctx context.Context, progress func(float64)) error {
		progress(0.2)
		p, err := planner.AutoScheduleContext(ctx, in, reqs)
		if err != nil {
			return fmt.Errorf("auto-schedule %s: %w", in.Quarter, err)
		}
		prop = p
		progress(1)
		return nil
	}, func() { s.showPreview(prop) })
}

// showPreview shows proposal p over the grid, to accept or discard.
func (s *quarterScreen) showPreview(p planner.Proposal) {
	s.preview = &p
	s.selected = ""
	s.previewText.SetText(s.w.tr("plan.quarter.preview", len(p.Placed), len(p.Unplaced)))
	var lines []string
	for _, un := range p.Unplaced {
		lines = append(lines, "• "+s.w.tr("plan.quarter.unplaced", s.data.customers[un.Request.CustomerID], s.w.itemName(un.Request.ItemID), s.w.sentence(un.Reason)))
	}
	s.unplaced.SetText(strings.Join(lines, "\n"))
	if len(lines) == 0 {
		s.unplaced.Hide()
	} else {
		s.unplaced.Show()
	}
	s.previewBar.Show()
	s.top.Refresh()
	s.root.Refresh()
	s.autoBtn.Disable()
	s.render()
}

// acceptPreview saves the proposal's activities in one transaction; Ctrl+Z
// removes them again.
func (s *quarterScreen) acceptPreview() {
	if s.preview == nil {
		return
	}
	w := s.w
	placed := s.preview.Placed
	s.closePreview()
	if len(placed) == 0 {
		s.render()
		return
	}
	saved, err := s.store.PutActivities(placed)
	if err != nil {
		w.showError(err)
		s.render()
		return
	}
	store := s.store
	label := w.trCount("plan.quarter.undo.accept", len(saved), len(saved))
	w.pushUndoRedo(label, func() error {
		for _, a := range saved {
			if _, err := store.DeleteActivity(a.ID); err != nil {
				return fmt.Errorf("remove proposed activity: %w", err)
			}
		}
		return nil
	}, func() error {
		if err := w.checkActivities(store, label, nil, activityIDs(saved)); err != nil {
			return err
		}
		if _, err := store.PutActivities(saved); err != nil {
			return fmt.Errorf("save the proposed activities again: %w", err)
		}
		return nil
	})
	w.changed()
}

// discardPreview drops the proposal; nothing was saved.
func (s *quarterScreen) discardPreview() {
	s.closePreview()
	s.render()
}

func (s *quarterScreen) closePreview() {
	s.preview = nil
	s.previewBar.Hide()
	s.top.Refresh()
	s.root.Refresh()
	s.autoBtn.Enable()
}

// exportPlan asks where to save the quarterly plan's PDF and opens it
// when done.
func (s *quarterScreen) exportPlan() {
	if s.data == nil {
		return
	}
	s.w.exportDeliverable(portfolioQuarterPlan(),
		deliverableSubject{accounts: s.data.accounts, quarter: s.data.quarter})
}

// The window's side of the quarter screen.

var _ quarterWindow = (*UI)(nil)

// shownScreen returns the screen the window shows.
func (u *UI) shownScreen() screenID { return u.current }

// pickWeek makes the next schedule dialog for the customer of w propose a
// day of w's week.
func (u *UI) pickWeek(w pickedWeek) { u.pickedWeek = w }

// quarterIsStale reports whether the window marked the quarter screen
// stale: the data changed since it last read it.
func (u *UI) quarterIsStale() bool { return u.stale[screenQuarter] }
