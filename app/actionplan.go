package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

// actionFilter selects the actions the Mutual Action Plan screen lists.
type actionFilter int

// The filters of the actions table, in the order of their chips.
const (
	filterAll actionFilter = iota
	filterOverdue
	filterDueSoon
	filterCustomer
	filterVendor
	actionFilters
)

// actionColumns are the columns of the actions table: the action over its
// status, the owner over the side, the due day.
const (
	actionColTitle = iota
	actionColOwner
	actionColDue
	actionColumns
)

// Narrowest widths of the actions table's columns; they share the rest by
// what they hold (see fitActions).
const (
	actionOwnerColumnWidth = 90
	actionDueColumnWidth   = 100
	minActionColumnWidth   = 140
)

// actionPlanWindow is what the Mutual Action Plan screen uses of the
// window: its words and names, the day, its dialogs and forms, undo, the
// sizes of its panels, and the files it opens and saves.
type actionPlanWindow interface {
	changeWindow
	panes
	// noCustomerMessage returns what a screen shows while no customer is
	// in focus, with text and a way to choose one.
	noCustomerMessage(text string) fyne.CanvasObject
	// planStatusText returns the status of a plan item in the window's
	// language.
	planStatusText(st planner.Status) string
	// activityStatusText returns the status of an activity in the
	// window's language.
	activityStatusText(st planner.ActivityStatus) string
	// numberProblem says what is wrong with a number typed in a form.
	numberProblem(text string) error
	// saveAskingOutside runs save and then done, asking first to go
	// beyond the customer's membership when save breaks only its rules.
	saveAskingOutside(customer planner.ID, save func() error, done func()) error
	// exportDeliverable makes a deliverable and asks where to save it.
	exportDeliverable(d deliverable, subject deliverableSubject)
	// exportOptions returns how documents are written for the TAM.
	exportOptions() export.Options
	// openFile asks for a file with one of extensions and reads it off
	// the UI goroutine, then runs done.
	openFile(label string, extensions []string, read func(ctx context.Context, r io.Reader, progress func(float64)) error, done func())
	// saveFile asks where to save a file called name and writes it off
	// the UI goroutine, then runs saved with its path.
	saveFile(name, label string, write func(ctx context.Context, w io.Writer, progress func(float64)) error, saved func(path string))
	// showSavedNotice tells that a file was saved at path.
	showSavedNotice(path string)
}

// actionPlanStore is what the Mutual Action Plan screen reads and writes:
// the customer's account and its plan.
type actionPlanStore interface {
	accountReader
	planWriter
	// PutAccount replaces a customer's data as a whole: the undo of a
	// plan made from a template puts back the plan it replaced and the
	// activities' links to its objectives in one write.
	PutAccount(a planner.Account) error
}

// objectiveListsWindow is what the KPI and use case rows of the objective
// form use of the window: its words and what is wrong with a number.
type objectiveListsWindow interface {
	texts
	// numberProblem says what is wrong with a number typed in a form.
	numberProblem(text string) error
}

// actionPlanScreen shows the Mutual Action Plan of the customer in focus:
// its objectives with KPI progress, its milestones with their progress and
// its actions, which can be filtered to what is overdue, due soon or on
// one side.
type actionPlanScreen struct {
	// fitWidth is the width the actions table was last sized for.
	fitWidth float32
	w        actionPlanWindow
	store    actionPlanStore
	cat      *catalog.Catalog
	customer planner.ID
	account  planner.Account
	filter   actionFilter
	// shown are the actions the table lists, in order.
	shown []planner.Action
	// overdue holds the IDs of the plan's overdue actions.
	overdue map[planner.ID]bool

	title    *widgets.FitLabel
	progress *widget.ProgressBar
	// progressText says the plan's progress beside the bar.
	progressText *widget.Label
	note         *widget.Label
	objectives   *fyne.Container
	kpis         []*widgets.KPIBar
	threads      []*widget.Label
	milestones   *enterList
	chips        [actionFilters]*widget.Button
	actions      *enterTable
	count        *widget.Label
	template     *widget.Button
	emptyBtn     *widget.Button
	exportBtn    *widget.Button
	content      *fyne.Container
	none         fyne.CanvasObject
	noPlan       fyne.CanvasObject
	body         fyne.CanvasObject
	noPlanText   *widget.Label

	// dialog is the form open, for tests.
	dialog *formDialog
}

// newActionPlanScreen returns the Mutual Action Plan screen of window w,
// which reads and saves the plans in store and names what cat defines.
func newActionPlanScreen(w actionPlanWindow, store actionPlanStore, cat *catalog.Catalog) screen {
	s := &actionPlanScreen{w: w, store: store, cat: cat, overdue: map[planner.ID]bool{}}
	s.title = newHeaderLabel()
	// Progress bars carry no text: white on the bar's pale track is
	// unreadable in the light theme. The figure stands beside the bar.
	s.progress = widget.NewProgressBar()
	s.progress.TextFormatter = func() string { return "" }
	s.progressText = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	s.note = newWrapLabel("")
	s.note.Importance = widget.WarningImportance
	s.note.Hide()

	s.template = widget.NewButtonWithIcon(w.tr("plan.map.fromTemplate"), theme.ContentCopyIcon(), s.fromTemplate)
	s.exportBtn = widget.NewButtonWithIcon(w.tr("plan.map.export"), theme.DocumentPrintIcon(), s.exportPlan)
	addObjective := widget.NewButtonWithIcon(w.tr("plan.objective.add"), theme.ContentAddIcon(), func() { s.editObjective(-1) })
	addMilestone := widget.NewButtonWithIcon(w.tr("plan.milestone.add"), theme.ContentAddIcon(), func() { s.editMilestone(-1) })
	addAction := widget.NewButtonWithIcon(w.tr("plan.actionItem.add"), theme.ContentAddIcon(), func() { s.editAction(-1) })
	addAction.Importance = widget.HighImportance

	s.objectives = container.NewVBox()
	// Every milestone's status takes the width of the widest, so that the
	// bars line up.
	var statusSize fyne.Size
	for _, st := range planStatuses() {
		statusSize = statusSize.Max(widgets.NewChip(w.planStatusText(st), widgets.ToneNeutral).MinSize())
	}
	s.milestones = newEnterList(
		func() int { return len(s.account.Plan.Milestones) },
		func() fyne.CanvasObject {
			// The name over its deadline, so that the name has the
			// row's width.
			title := newTwoLineCell()
			bar := widget.NewProgressBar()
			bar.TextFormatter = func() string { return "" }
			percent := widgets.NewFitLabel("")
			chip := widgets.NewChip("", widgets.ToneNeutral)
			return container.NewBorder(nil, nil, nil, container.NewHBox(
				container.NewGridWrap(fyne.NewSize(96, bar.MinSize().Height), bar),
				container.NewGridWrap(fyne.NewSize(milestonePercentWidth, bar.MinSize().Height), percent),
				container.NewGridWrap(statusSize, container.NewCenter(chip))), title)
		},
		s.updateMilestone)
	s.milestones.OnSelected = func(id widget.ListItemID) {
		s.milestones.UnselectAll()
		s.editMilestone(id)
	}

	labels := [actionFilters]string{w.tr("plan.filter.all"), w.tr("plan.filter.overdue"), w.trCount("plan.filter.dueSoon", planner.DueSoonDays, planner.DueSoonDays),
		w.tr("plan.filter.customer"), w.tr("plan.filter.vendor")}
	chipBox := container.NewHBox()
	for f := range actionFilters {
		s.chips[f] = widget.NewButton(labels[f], func() { s.setFilter(f) })
		chipBox.Add(s.chips[f])
	}
	s.count = widget.NewLabel("")
	s.actions = newEnterTableWithHeaders(
		func() (int, int) { return len(s.shown), actionColumns },
		newTwoLineCell,
		s.updateAction)
	s.actions.ShowHeaderColumn = false
	s.actions.CreateHeader = func() fyne.CanvasObject { return newHeaderLabel() }
	s.actions.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		keys := [actionColumns]string{"plan.actionItem.titleStatus", "plan.actionItem.ownerSide", "plan.actionItem.due"}
		if id.Row < 0 && id.Col >= 0 && id.Col < actionColumns {
			setCellText(o, w.tr(keys[id.Col]))
		}
	}
	s.fitActions(760)
	s.actions.OnSelected = func(id widget.TableCellID) {
		s.actions.UnselectAll()
		if id.Row >= 0 && id.Row < len(s.shown) {
			s.editActionID(s.shown[id.Row].ID)
		}
	}

	header := newToolbarGrowing(s.title, []fyne.CanvasObject{s.title}, s.template, s.workbookButton(), s.exportBtn)
	objectives := newBorder(
		container.NewBorder(nil, nil, widget.NewLabelWithStyle(w.tr("plan.map.objectives"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), addObjective),
		nil, nil, nil, container.NewVScroll(s.objectives))
	milestones := newBorder(
		container.NewBorder(nil, nil, widget.NewLabelWithStyle(w.tr("plan.map.milestones"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), addMilestone),
		nil, nil, nil, s.milestones)
	left := container.NewVSplit(objectives, milestones)
	left.Offset = 0.6
	w.rememberSplit("actionplan.left", left)
	actions := newBorder(
		container.NewVBox(
			container.NewBorder(nil, nil, widget.NewLabelWithStyle(w.tr("plan.map.actions"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), addAction),
			container.NewBorder(nil, nil, nil, s.count, container.NewHScroll(chipBox))),
		nil, nil, nil, container.New(&sizeWatcher{onResize: func(size fyne.Size) { s.fitActions(size.Width) }}, s.actions))
	split := container.NewHSplit(left, actions)
	split.Offset = 0.36
	w.rememberSplit("actionplan.columns", split)
	s.body = newBorder(container.NewVBox(header, container.NewBorder(nil, nil, nil, s.progressText, s.progress), s.note), nil, nil, nil, split)

	s.none = w.noCustomerMessage(w.tr("plan.map.noCustomer"))
	s.noPlanText = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	s.noPlanText.Wrapping = fyne.TextWrapWord
	create := widget.NewButtonWithIcon(w.tr("plan.map.fromTemplate"), theme.ContentCopyIcon(), s.fromTemplate)
	create.Importance = widget.HighImportance
	s.emptyBtn = widget.NewButtonWithIcon(w.tr("plan.map.newEmpty"), theme.DocumentCreateIcon(), s.newEmptyPlan)
	s.noPlan = container.NewCenter(container.NewVBox(s.noPlanText, container.NewCenter(container.NewHBox(s.emptyBtn, create))))
	s.content = container.NewStack(s.none)
	s.setFilter(filterAll)
	return s
}

func (s *actionPlanScreen) object() fyne.CanvasObject { return s.content }

// show reads the plan of customer and shows it.
func (s *actionPlanScreen) show(customer planner.ID) {
	s.customer = customer
	s.account = planner.Account{}
	if customer == (planner.ID{}) {
		s.setContent(s.none)
		return
	}
	acct, err := s.store.Account(customer)
	if err != nil {
		s.setContent(s.none)
		s.w.showError(fmt.Errorf("read the action plan: %w", err))
		// The screen shows no customer, and so does the header.
		s.w.focusStays(planner.ID{})
		return
	}
	s.account = acct
	s.note.Hide()
	if planner.CheckPlanAllowed(s.cat, acct.Customer) != nil {
		s.note.SetText(s.w.tr("plan.map.tierNote", s.w.tierName(acct.Customer)))
		s.note.Show()
	}
	if !acct.HasPlan() {
		s.noPlanText.SetText(s.w.tr("plan.map.empty", acct.Customer.Name))
		s.setContent(s.noPlan)
		return
	}
	plan := acct.Plan
	s.title.SetText(plan.Title)
	s.progress.SetValue(planner.PlanProgress(plan))
	s.progressText.SetText(s.w.tr("plan.map.progress", int(planner.PlanProgress(plan)*100+0.5)))
	s.overdue = map[planner.ID]bool{}
	for _, a := range planner.OverdueActions(plan, s.w.today()) {
		s.overdue[a.ID] = true
	}
	s.refreshObjectives()
	s.milestones.Refresh()
	s.applyFilter()
	s.setContent(s.body)
}

// setContent makes o what the screen shows.
func (s *actionPlanScreen) setContent(o fyne.CanvasObject) { showOnly(s.content, o) }

// refreshObjectives shows one KPI bar per objective, reusing the bars it
// has.
func (s *actionPlanScreen) refreshObjectives() {
	objs := s.account.Plan.Objectives
	for len(s.kpis) < len(objs) {
		i := len(s.kpis)
		bar := widgets.NewKPIBar(widgets.KPI{})
		bar.OnTapped = func() { s.editObjective(i) }
		s.kpis = append(s.kpis, bar)
	}
	for len(s.threads) < len(objs) {
		l := newWrapLabel("")
		l.SizeName = theme.SizeNameCaptionText
		s.threads = append(s.threads, l)
	}
	s.objectives.Objects = s.objectives.Objects[:0]
	for i, o := range objs {
		s.kpis[i].SetKPI(s.kpi(o))
		s.objectives.Objects = append(s.objectives.Objects, s.kpis[i])
		if text := s.thread(o); text != "" {
			s.threads[i].SetText(text)
			s.objectives.Objects = append(s.objectives.Objects, s.threads[i])
		}
	}
	s.objectives.Refresh()
}

// thread returns the lines under objective o's KPI bar: its further KPIs,
// its use cases and the activities linked to it with their day and
// status.
func (s *actionPlanScreen) thread(o planner.Objective) string {
	w := s.w
	var lines []string
	for _, k := range o.KPIs[min(1, len(o.KPIs)):] {
		lines = append(lines, w.tr("plan.objective.moreKPI", k.Name, kpiText(k.Baseline, k.Unit), kpiText(k.Current, k.Unit), kpiText(k.Target, k.Unit)))
	}
	for _, c := range o.UseCases {
		if len(c.Capabilities) > 0 {
			lines = append(lines, w.tr("plan.objective.useCaseUses", c.Name, strings.Join(c.Capabilities, w.tr("list.comma"))))
		} else {
			lines = append(lines, w.tr("plan.objective.useCase", c.Name))
		}
	}
	for _, a := range s.account.ObjectiveActivities(o.ID) {
		day := w.tr("plan.objective.planned", a.Date.String())
		if a.Status == planner.ActivityDelivered {
			day = w.tr("plan.objective.plannedDelivered", a.Date.String(), a.DeliveredDate().String())
		}
		lines = append(lines, w.tr("plan.objective.activity", itemName(s.cat, a.ItemID), day, w.activityStatusText(a.Status)))
	}
	return strings.Join(lines, "\n")
}

// kpiText writes KPI value v with its unit.
func kpiText(v float64, unit string) string {
	if unit == "" {
		return formatDecimal(v)
	}
	return formatDecimal(v) + " " + unit
}

// kpi returns what the KPI bar of objective o shows: its first KPI (the
// others are listed under the bar) and the progress of them all.
func (s *actionPlanScreen) kpi(o planner.Objective) widgets.KPI {
	k := widgets.KPI{
		Title:    o.Title,
		Measure:  s.w.tr("plan.objective.noKPI"),
		Progress: planner.ObjectiveProgress(o),
		Status:   s.w.planStatusText(o.Status),
		Tone:     planStatusTones.of(o.Status),
	}
	if len(o.KPIs) > 0 {
		first := o.KPIs[0]
		k.Measure = first.Name
		k.Baseline, k.Current, k.Target = kpiText(first.Baseline, first.Unit), kpiText(first.Current, first.Unit), kpiText(first.Target, first.Unit)
	}
	if !o.Due.IsZero() {
		k.Measure = s.w.tr("plan.objective.measureDue", k.Measure, o.Due.String())
	}
	return k
}

// milestonePercentWidth is the width of a milestone's percentage.
const milestonePercentWidth = 60

// percentText writes a fraction as a whole percentage: "40 %".
func percentText(f float64) string { return fmt.Sprintf("%d %%", int(f*100+0.5)) }

func (s *actionPlanScreen) updateMilestone(id widget.ListItemID, o fyne.CanvasObject) {
	ms := s.account.Plan.Milestones
	if id < 0 || id >= len(ms) {
		return
	}
	m := ms[id]
	row := o.(*fyne.Container)
	right := row.Objects[1].(*fyne.Container)
	bar := right.Objects[0].(*fyne.Container).Objects[0].(*widget.ProgressBar)
	percent := right.Objects[1].(*fyne.Container).Objects[0].(*widgets.FitLabel)
	chip := right.Objects[2].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*widgets.Chip)
	due := ""
	if !m.Due.IsZero() {
		due = s.w.tr("window.milestone.due", m.Due.String())
	}
	setTwoLines(row.Objects[0], m.Title, due)
	p, _ := planner.MilestoneProgress(s.account.Plan, m.ID)
	bar.SetValue(p)
	percent.SetText(percentText(p))
	chip.Set(s.w.planStatusText(m.Status), planStatusTones.of(m.Status))
	// The chip's width follows its text: center it again.
	right.Objects[2].Refresh()
}

// setFilter lists the actions that filter f selects.
func (s *actionPlanScreen) setFilter(f actionFilter) {
	s.filter = f
	for i, c := range s.chips {
		if actionFilter(i) == f {
			c.Importance = widget.HighImportance
		} else {
			c.Importance = widget.MediumImportance
		}
		c.Refresh()
	}
	s.applyFilter()
}

// applyFilter works out the actions the table lists: overdue and due soon
// as planner decides them, the sides by the action's side.
func (s *actionPlanScreen) applyFilter() {
	plan := s.account.Plan
	today := s.w.today()
	switch s.filter {
	case filterOverdue:
		s.shown = planner.OverdueActions(plan, today)
	case filterDueSoon:
		due := planner.DueSoon(plan, today, planner.DueSoonDays)
		s.shown = append(slices.Clone(due[planner.SideCustomer]), due[planner.SideVendor]...)
		slices.SortStableFunc(s.shown, func(a, b planner.Action) int { return a.Due.Compare(b.Due) })
	case filterCustomer, filterVendor:
		side := planner.SideCustomer
		if s.filter == filterVendor {
			side = planner.SideVendor
		}
		s.shown = s.shown[:0]
		for _, a := range plan.Actions {
			if a.Side == side {
				s.shown = append(s.shown, a)
			}
		}
	default:
		s.shown = slices.Clone(plan.Actions)
	}
	s.count.SetText(s.w.tr("plan.map.count", len(s.shown), len(plan.Actions)))
	s.fitActions(s.fitWidth)
	s.actions.Refresh()
}

// fitActions sizes the actions table's columns for a width, by what
// they hold: the titles take what the owners and days leave.
func (s *actionPlanScreen) fitActions(width float32) {
	s.fitWidth = width
	// The headings count, in bold.
	bold := fyne.TextStyle{Bold: true}
	size := theme.TextSize()
	headings := []float32{
		textWidth([]string{s.w.tr("plan.actionItem.titleStatus")}, size, bold),
		textWidth([]string{s.w.tr("plan.actionItem.ownerSide")}, size, bold),
		textWidth([]string{s.w.tr("plan.actionItem.due")}, size, bold)}
	var titles, owners, dues []string
	for _, a := range s.shown {
		titles = append(titles, a.Title, s.w.planStatusText(a.Status))
		owners = append(owners, a.Owner, s.w.sideText(a.Side))
		due := a.Due.String()
		if s.overdue[a.ID] {
			due = s.w.tr("plan.actionItem.overdue", due)
		}
		dues = append(dues, due)
	}
	wants := []float32{textWidth(titles, size, fyne.TextStyle{}), textWidth(owners, size, fyne.TextStyle{}), textWidth(dues, size, fyne.TextStyle{})}
	for i := range wants {
		wants[i] = max(wants[i], headings[i])
	}
	mins := []float32{minActionColumnWidth, actionOwnerColumnWidth, actionDueColumnWidth}
	for c, w := range shareWidth(width-actionColumns*theme.Padding(), wants, mins) {
		s.actions.SetColumnWidth(c, w)
	}
}

func (s *actionPlanScreen) updateAction(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row < 0 || id.Row >= len(s.shown) {
		setTwoLines(o, "", "")
		return
	}
	a := s.shown[id.Row]
	text, caption := "", ""
	switch id.Col {
	case actionColTitle:
		text, caption = a.Title, s.w.planStatusText(a.Status)
	case actionColOwner:
		text, caption = a.Owner, s.w.sideText(a.Side)
	case actionColDue:
		text = a.Due.String()
		if s.overdue[a.ID] {
			text = s.w.tr("plan.actionItem.overdue", text)
		}
	}
	line, _ := twoLineCellLines(o)
	line.SetColorName(theme.ColorNameForeground)
	if s.overdue[a.ID] {
		line.SetColorName(theme.ColorNameError)
	}
	setTwoLines(o, text, caption)
}

// shortcut handles Ctrl+N (new action).
func (s *actionPlanScreen) shortcut(a shortcutAction) bool {
	if !s.account.HasPlan() {
		return false
	}
	switch a {
	case actionNew:
		s.editAction(-1)
		return true
	}
	return false
}

// putPlan saves plan, offers to undo it by saving before again, and
// reloads the window (see saveUndoable).
func (s *actionPlanScreen) putPlan(plan, before planner.ActionPlan, undoLabel string) error {
	return saveUndoable(s.w, s.store.PutPlan, plan, before, undoLabel, "the action plan")
}

// changePlan saves a copy of before that change changed with one of
// planner's ActionPlan methods, offering the undo label change returns.
func (s *actionPlanScreen) changePlan(before planner.ActionPlan, change func(*planner.ActionPlan) (string, error)) error {
	plan := before.Clone()
	label, err := change(&plan)
	if err != nil {
		return err
	}
	return s.putPlan(plan, before, label)
}

// planItem is the dialog of one objective, milestone or action of the
// plan before: Save reads the item and saves the plan with the item put
// into it, Remove (for an item that is there) saves it without the item,
// each undoably. What was typed wrong and planner's problems show in the
// form, the latter named after the item's place (such as
// "objectives[2]."); the form checks the same without saving, so that a
// field's message goes once it is fixed.
type planItem[T any] struct {
	// before is the plan as the dialog opened.
	before planner.ActionPlan
	// list names the item's list as planner does ("milestones"), index is
	// the item's place in it (-1: a new one) and n the list's length.
	list     string
	index, n int
	// addTitle and editTitle title the dialog of a new item and of one
	// that is there.
	addTitle, editTitle string
	// read reads the item from the form, or says what was typed wrong.
	read func() (T, error)
	// put puts the item into a plan and returns the undo label.
	put func(*planner.ActionPlan, T) (string, error)
	// dirty tells whether the form holds a change.
	dirty func() bool
	// remove takes the item out of a plan and returns the undo label.
	remove func(*planner.ActionPlan) (string, error)
}

// show opens the item's dialog with form on screen s.
func (it planItem[T]) show(s *actionPlanScreen, form *fieldForm) {
	e := itemEdit[T]{addTitle: it.addTitle, editTitle: it.editTitle, place: itemPlace(it.list, it.index, it.n), dirty: it.dirty,
		build: func() (T, error) {
			item, err := it.read()
			if err != nil {
				return item, err
			}
			plan := it.before.Clone()
			if _, err := it.put(&plan, item); err != nil {
				return item, err
			}
			return item, plan.Validate()
		},
		save: func(item T) error {
			return s.changePlan(it.before, func(plan *planner.ActionPlan) (string, error) { return it.put(plan, item) })
		}}
	if it.index >= 0 {
		e.remove = func() error { return s.changePlan(it.before, it.remove) }
	}
	s.dialog = e.dialog(s.w, form)
	s.dialog.show()
}

// readChanged returns whether what read reads differs from was, or
// cannot be read.
func readChanged[T comparable](read func() (T, error), was T) func() bool {
	return func() bool {
		now, err := read()
		return err != nil || now != was
	}
}

// orNone returns the IDs and the names of the options of a drop-down of
// items, as option gives them, after a first option named none that
// picks none (the zero ID).
func orNone[T any](none string, items []T, option func(T) (planner.ID, string)) ([]planner.ID, []string) {
	ids, names := []planner.ID{{}}, []string{none}
	for _, it := range items {
		id, name := option(it)
		ids, names = append(ids, id), append(names, name)
	}
	return ids, names
}

// objectiveOption is an objective as an option of a drop-down.
func objectiveOption(o planner.Objective) (planner.ID, string) { return o.ID, o.Title }

// itemAt returns item i of list and i, or fresh and -1 when list has no
// item i (a new item is being made, starting as fresh).
func itemAt[T any](list []T, i int, fresh T) (T, int) {
	if i >= 0 && i < len(list) {
		return list[i], i
	}
	return fresh, -1
}

// planItemInputs are the inputs that an objective, a milestone and an
// action each have: the title, the due day and the status.
type planItemInputs struct {
	title, due *formEntry
	status     *formSelect
}

// newPlanItemInputs returns the inputs of an item, filled with its title,
// due day and status.
func newPlanItemInputs(w actionPlanWindow, title string, due planner.Date, status planner.Status) planItemInputs {
	in := planItemInputs{title: newFormEntry(), due: newFormEntry(),
		status: w.newFormSelect(optionTexts(planStatuses(), w.planStatusText), nil)}
	in.due.SetPlaceHolder("YYYY-MM-DD")
	in.title.SetText(title)
	in.due.SetText(dayText(due))
	selectValue(in.status, planStatuses(), status)
	return in
}

// read returns the title as typed without spaces around it, the status
// chosen and the due day; what is wrong with the day goes into bad.
func (in planItemInputs) read(w clock, bad *inputProblems) (title string, status planner.Status, due planner.Date) {
	status, _ = selectedValue(in.status, planStatuses())
	return strings.TrimSpace(in.title.Text), status, bad.day("due", in.due.Text, w.parseDay)
}

// editObjective opens the form of objective i (-1: a new one).
func (s *actionPlanScreen) editObjective(i int) {
	w := s.w
	before := s.account.Plan.Clone()
	o, i := itemAt(before.Objectives, i, planner.Objective{Status: planner.StatusOpen})
	in := newPlanItemInputs(w, o.Title, o.Due, o.Status)
	description := newFormMultiLineEntry()
	description.SetMinRowsVisible(2)
	description.SetText(o.Description)
	form := s.w.newFieldForm()
	form.add("title", w.tr("plan.objective.title"), in.title)
	lists := newObjectiveLists(w, form, o)
	form.add("due", w.tr("plan.objective.due"), in.due)
	form.add("status", w.tr("plan.objective.status"), in.status)
	form.add("description", w.tr("plan.objective.description"), description)

	read := func() (planner.Objective, error) {
		var bad inputProblems
		edited := o
		edited.Title, edited.Status, edited.Due = in.read(w, &bad)
		edited.Description = strings.TrimSpace(description.Text)
		edited.KPIs, edited.UseCases = lists.read(&bad)
		return edited, bad.err(fmt.Sprintf("objective %q", edited.Title))
	}
	dirty := func() bool {
		edited, err := read()
		return err != nil || edited.Title != o.Title || !slices.Equal(edited.KPIs, o.KPIs) ||
			!slices.EqualFunc(edited.UseCases, o.UseCases, sameUseCase) ||
			edited.Description != o.Description || edited.Status != o.Status || edited.Due != o.Due
	}
	if i < 0 {
		dirty = func() bool {
			return strings.TrimSpace(in.title.Text+in.due.Text+description.Text+lists.typed()) != ""
		}
	}
	planItem[planner.Objective]{before: before, list: "objectives", index: i, n: len(before.Objectives),
		addTitle: w.tr("plan.objective.add"), editTitle: w.tr("plan.objective.edit"), read: read,
		put: func(plan *planner.ActionPlan, edited planner.Objective) (string, error) {
			_, err := plan.PutObjective(edited)
			return w.tr("plan.objective.undo", edited.Title), err
		},
		dirty: dirty,
		remove: func(plan *planner.ActionPlan) (string, error) {
			return w.tr("plan.objective.undoRemove", o.Title), plan.RemoveObjective(o.ID)
		}}.show(s, form)
}

// kpiFields and useCaseFields name the inputs of a KPI row and a use case
// row as planner names the fields ("kpis[1].target").
var (
	kpiFields     = [...]string{"name", "baseline", "current", "target", "unit"}
	useCaseFields = [...]string{"name", "capabilities"}
	// kpiLabels and useCaseLabels are the translation keys of their
	// column names.
	kpiLabels     = [...]string{"plan.objective.kpi", "plan.objective.baseline", "plan.objective.current", "plan.objective.target", "plan.objective.unit"}
	useCaseLabels = [...]string{"plan.objective.useCaseTitle", "plan.objective.capabilities"}
)

// listFieldName names column j of a row of a list for the list of
// problems: the row ("KPI 2") for its first column, which names the
// row's item, else the row and the column's label ("KPI 2, Target").
func listFieldName(w texts, row string, j int, labels []string) string {
	if j == 0 {
		return row
	}
	return w.tr("form.fieldOf", row, w.tr(labels[j]))
}

// objectiveLists holds the rows of the objective form that edit the
// objective's KPIs and use cases. Each input of a row is a field of the
// form keyed as planner names it ("kpis[1].target",
// "useCases[0].capabilities"), so that planner's messages and what was
// typed wrong show beside the right row's input.
type objectiveLists struct {
	w          objectiveListsWindow
	form       *fieldForm
	kpis       []*kpiRow
	useCases   []*useCaseRow
	kpiBox     *fyne.Container
	useCaseBox *fyne.Container
	addKPI     *widget.Button
	addUseCase *widget.Button
}

// kpiRow is one KPI of the objective form.
type kpiRow struct {
	// isNew is set for a KPI added in the form: its current value, left
	// empty, is its baseline.
	isNew bool
	// entries are the inputs in the order of kpiFields.
	entries [len(kpiFields)]*formEntry
	fields  [len(kpiFields)]*formField
	remove  *widget.Button
	object  fyne.CanvasObject
}

// useCaseRow is one use case of the objective form.
type useCaseRow struct {
	// kept is the use case as stored: what the form does not edit
	// (success metric, audience, solutions...) stays as it is.
	kept planner.UseCase
	// entries are the title and the comma-separated capabilities.
	entries [len(useCaseFields)]*formEntry
	fields  [len(useCaseFields)]*formField
	remove  *widget.Button
	object  fyne.CanvasObject
}

// newObjectiveLists adds the KPI and use case lists of objective o to
// form and returns them.
func newObjectiveLists(w objectiveListsWindow, form *fieldForm, o planner.Objective) *objectiveLists {
	l := &objectiveLists{w: w, form: form, kpiBox: container.NewVBox(), useCaseBox: container.NewVBox()}
	l.addKPI = widget.NewButtonWithIcon(w.tr("plan.objective.addKPI"), theme.ContentAddIcon(), func() {
		l.appendKPI(planner.KPI{}, true)
		l.changed()
	})
	l.addUseCase = widget.NewButtonWithIcon(w.tr("plan.objective.addUseCase"), theme.ContentAddIcon(), func() {
		l.appendUseCase(planner.UseCase{})
		l.changed()
	})
	for _, k := range o.KPIs {
		l.appendKPI(k, false)
	}
	for _, c := range o.UseCases {
		l.appendUseCase(c)
	}
	form.grid.Add(formLabel(w.tr("plan.objective.kpis")))
	form.grid.Add(container.NewVBox(l.kpiBox, container.NewHBox(l.addKPI)))
	form.grid.Add(formLabel(w.tr("plan.objective.useCases")))
	form.grid.Add(container.NewVBox(l.useCaseBox, container.NewHBox(l.addUseCase)))
	l.layout()
	return l
}

// formLabel returns a label like those of the planning form's fields.
func formLabel(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
}

// listField returns a field of the form for input, placed in a row by
// the caller rather than in the form's grid; its key is set by layout.
func (l *objectiveLists) listField(input *formEntry) *formField {
	return l.form.newField("", "", input)
}

// dropFields takes the fields of a removed row out of the form.
func (l *objectiveLists) dropFields(fields []*formField) {
	l.form.dropFields(fields)
}

// appendKPI adds a row for k at the end of the KPI list.
func (l *objectiveLists) appendKPI(k planner.KPI, isNew bool) {
	r := &kpiRow{isNew: isNew}
	for j := range r.entries {
		r.entries[j] = newFormEntry()
		r.fields[j] = l.listField(r.entries[j])
	}
	r.entries[0].SetPlaceHolder(l.w.tr("plan.objective.kpi.hint"))
	r.entries[0].SetText(k.Name)
	r.entries[4].SetText(k.Unit)
	if !isNew {
		r.entries[1].SetText(formatDecimal(k.Baseline))
		r.entries[2].SetText(formatDecimal(k.Current))
		r.entries[3].SetText(formatDecimal(k.Target))
	}
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		l.kpis = slices.DeleteFunc(l.kpis, func(x *kpiRow) bool { return x == r })
		l.dropFields(r.fields[:])
		l.changed()
	})
	r.remove.Importance = widget.LowImportance
	// The name takes the first line, the values and the unit the second,
	// so that a row fits a dialog on a small screen.
	r.object = container.NewBorder(nil, nil, nil, r.remove, container.NewVBox(
		r.fields[0].row,
		container.NewGridWithColumns(4, r.fields[1].row, r.fields[2].row, r.fields[3].row, r.fields[4].row)))
	l.kpis = append(l.kpis, r)
}

// appendUseCase adds a row for c at the end of the use case list.
func (l *objectiveLists) appendUseCase(c planner.UseCase) {
	r := &useCaseRow{kept: c}
	for j := range r.entries {
		r.entries[j] = newFormEntry()
		r.fields[j] = l.listField(r.entries[j])
	}
	r.entries[0].SetText(c.Name)
	r.entries[1].SetText(strings.Join(c.Capabilities, ", "))
	r.entries[1].SetPlaceHolder(l.w.tr("plan.objective.capabilities.hint"))
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		l.useCases = slices.DeleteFunc(l.useCases, func(x *useCaseRow) bool { return x == r })
		l.dropFields(r.fields[:])
		l.changed()
	})
	r.remove.Importance = widget.LowImportance
	r.object = container.NewBorder(nil, nil, nil, r.remove, container.NewGridWithColumns(2, r.fields[0].row, r.fields[1].row))
	l.useCases = append(l.useCases, r)
}

// layout keys the rows' fields after their place in the lists and puts
// the rows, under a line of column names, into the form.
func (l *objectiveLists) layout() {
	w := l.w
	l.kpiBox.RemoveAll()
	if len(l.kpis) > 0 {
		l.kpiBox.Add(listHeader(l.kpis[0].remove, container.NewVBox(
			widget.NewLabel(w.tr("plan.objective.kpi")),
			container.NewGridWithColumns(4, widget.NewLabel(w.tr("plan.objective.baseline")), widget.NewLabel(w.tr("plan.objective.current")),
				widget.NewLabel(w.tr("plan.objective.target")), widget.NewLabel(w.tr("plan.objective.unit"))))))
	}
	for i, r := range l.kpis {
		for j, name := range kpiFields {
			r.fields[j].key = fmt.Sprintf("kpis[%d].%s", i, name)
			r.fields[j].name = listFieldName(w, w.tr("form.numbered", w.tr("plan.objective.kpi"), i+1), j, kpiLabels[:])
		}
		l.kpiBox.Add(r.object)
	}
	l.useCaseBox.RemoveAll()
	if len(l.useCases) > 0 {
		l.useCaseBox.Add(listHeader(l.useCases[0].remove, container.NewGridWithColumns(2,
			widget.NewLabel(w.tr("plan.objective.useCaseTitle")), widget.NewLabel(w.tr("plan.objective.capabilities")))))
	}
	for i, r := range l.useCases {
		for j, name := range useCaseFields {
			r.fields[j].key = fmt.Sprintf("useCases[%d].%s", i, name)
			r.fields[j].name = listFieldName(w, w.tr("form.numbered", w.tr("plan.objective.useCaseTitle"), i+1), j, useCaseLabels[:])
		}
		l.useCaseBox.Add(r.object)
	}
}

// listHeader returns the column names of a list whose rows end in a
// button like remove, indented so that the names stand over the inputs.
func listHeader(remove *widget.Button, names fyne.CanvasObject) fyne.CanvasObject {
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(remove.MinSize())
	return container.NewBorder(nil, nil, nil, gap, names)
}

// changed lays the lists out again after a row came or went, and the
// dialog with them.
func (l *objectiveLists) changed() {
	l.layout()
	l.form.relayout()
}

// read returns the KPIs and use cases the rows hold, adding what was
// typed wrong to bad.
func (l *objectiveLists) read(bad *inputProblems) ([]planner.KPI, []planner.UseCase) {
	var kpis []planner.KPI
	for i, r := range l.kpis {
		k := planner.KPI{Name: strings.TrimSpace(r.entries[0].Text), Unit: strings.TrimSpace(r.entries[4].Text)}
		for _, v := range []struct {
			j  int
			to *float64
		}{{1, &k.Baseline}, {2, &k.Current}, {3, &k.Target}} {
			j, to := v.j, v.to
			text := r.entries[j].Text
			if j == 2 && r.isNew && strings.TrimSpace(text) == "" {
				continue // a new KPI starts at its baseline
			}
			v, err := parseDecimal(text)
			if err != nil {
				bad.add(fmt.Sprintf("kpis[%d].%s", i, kpiFields[j]), l.w.numberProblem(text))
				continue
			}
			*to = v
		}
		if r.isNew && strings.TrimSpace(r.entries[2].Text) == "" {
			k.Current = k.Baseline
		}
		kpis = append(kpis, k)
	}
	var useCases []planner.UseCase
	for _, r := range l.useCases {
		c := r.kept
		c.Name = strings.TrimSpace(r.entries[0].Text)
		c.Capabilities = splitCapabilities(r.entries[1].Text)
		useCases = append(useCases, c)
	}
	return kpis, useCases
}

// typed returns all the text of the rows, to tell whether a new
// objective holds anything.
func (l *objectiveLists) typed() string {
	var b strings.Builder
	for _, r := range l.kpis {
		for _, e := range r.entries {
			b.WriteString(e.Text)
		}
	}
	for _, r := range l.useCases {
		for _, e := range r.entries {
			b.WriteString(e.Text)
		}
	}
	return b.String()
}

// splitCapabilities reads comma-separated capabilities, leaving out
// empty ones; nil when there are none.
func splitCapabilities(text string) []string {
	var out []string
	for _, c := range strings.Split(text, ",") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// sameUseCase reports whether a and b are the same use case, field by
// field.
func sameUseCase(a, b planner.UseCase) bool {
	return a.Name == b.Name && a.SuccessMetric == b.SuccessMetric && a.Audience == b.Audience &&
		a.CallToAction == b.CallToAction && a.GoLive == b.GoLive && slices.Equal(a.Channels, b.Channels) &&
		slices.Equal(a.Capabilities, b.Capabilities) && slices.Equal(a.Solutions, b.Solutions)
}

// editMilestone opens the form of milestone i (-1: a new one).
func (s *actionPlanScreen) editMilestone(i int) {
	w := s.w
	before := s.account.Plan.Clone()
	m, i := itemAt(before.Milestones, i, planner.Milestone{Status: planner.StatusOpen})
	in := newPlanItemInputs(w, m.Title, m.Due, m.Status)
	objectiveIDs, objectiveNames := orNone(w.tr("plan.milestone.noObjective"), before.Objectives, objectiveOption)
	objective := w.newFormSelect(objectiveNames, nil)
	selectValue(objective, objectiveIDs, m.ObjectiveID)
	form := s.w.newFieldForm()
	form.add("title", w.tr("plan.milestone.title"), in.title)
	form.add("due", w.tr("plan.milestone.due"), in.due)
	form.add("objectiveId", w.tr("plan.milestone.objective"), objective)
	form.add("status", w.tr("plan.milestone.status"), in.status)
	read := func() (planner.Milestone, error) {
		var bad inputProblems
		edited := m
		edited.Title, edited.Status, edited.Due = in.read(w, &bad)
		edited.ObjectiveID, _ = selectedValue(objective, objectiveIDs)
		return edited, bad.err(fmt.Sprintf("milestone %q", edited.Title))
	}
	planItem[planner.Milestone]{before: before, list: "milestones", index: i, n: len(before.Milestones),
		addTitle: w.tr("plan.milestone.add"), editTitle: w.tr("plan.milestone.edit"), read: read,
		put: func(plan *planner.ActionPlan, edited planner.Milestone) (string, error) {
			_, err := plan.PutMilestone(edited)
			return w.tr("plan.milestone.undo", edited.Title), err
		},
		dirty: readChanged(read, m),
		remove: func(plan *planner.ActionPlan) (string, error) {
			return w.tr("plan.milestone.undoRemove", m.Title), plan.RemoveMilestone(m.ID)
		}}.show(s, form)
}

// editActionID opens the form of the action with ID id.
func (s *actionPlanScreen) editActionID(id planner.ID) {
	s.editAction(slices.IndexFunc(s.account.Plan.Actions, func(a planner.Action) bool { return a.ID == id }))
}

// editAction opens the form of action i (-1: a new one). Its status can be
// changed there and undone with Ctrl+Z.
func (s *actionPlanScreen) editAction(i int) {
	w := s.w
	if !s.account.HasPlan() {
		return
	}
	before := s.account.Plan.Clone()
	a, i := itemAt(before.Actions, i, planner.Action{Status: planner.StatusOpen, Side: planner.SideCustomer})
	in := newPlanItemInputs(w, a.Title, a.Due, a.Status)
	owner := newFormEntry()
	side := w.newFormSelect(optionTexts(sides(), w.sideText), nil)
	milestoneIDs, milestoneNames := orNone(w.tr("plan.actionItem.noMilestone"), before.Milestones,
		func(m planner.Milestone) (planner.ID, string) { return m.ID, m.Title })
	milestone := w.newFormSelect(milestoneNames, nil)
	owner.SetText(a.Owner)
	selectValue(side, sides(), a.Side)
	selectValue(milestone, milestoneIDs, a.MilestoneID)
	form := s.w.newFieldForm()
	form.add("title", w.tr("plan.actionItem.title"), in.title)
	form.add("owner", w.tr("plan.actionItem.owner"), owner)
	form.add("side", w.tr("plan.actionItem.side"), side)
	form.add("due", w.tr("plan.actionItem.due"), in.due)
	form.add("milestoneId", w.tr("plan.actionItem.milestone"), milestone)
	form.add("status", w.tr("plan.actionItem.status"), in.status)
	read := func() (planner.Action, error) {
		var bad inputProblems
		edited := a
		edited.Title, edited.Status, edited.Due = in.read(w, &bad)
		edited.Owner = strings.TrimSpace(owner.Text)
		edited.Side, _ = selectedValue(side, sides())
		edited.MilestoneID, _ = selectedValue(milestone, milestoneIDs)
		return edited, bad.err(fmt.Sprintf("action %q", edited.Title))
	}
	planItem[planner.Action]{before: before, list: "actions", index: i, n: len(before.Actions),
		addTitle: w.tr("plan.actionItem.add"), editTitle: w.tr("plan.actionItem.edit"), read: read,
		put: func(plan *planner.ActionPlan, edited planner.Action) (string, error) {
			_, err := plan.PutAction(edited)
			if i >= 0 && edited == withStatus(a, edited.Status) && edited.Status != a.Status {
				// Only the status changed: the undo says so.
				return w.tr("plan.actionItem.undoStatus", a.Title, w.planStatusText(edited.Status)), err
			}
			return w.tr("plan.actionItem.undo", edited.Title), err
		},
		dirty: readChanged(read, a),
		remove: func(plan *planner.ActionPlan) (string, error) {
			return w.tr("plan.actionItem.undoRemove", a.Title), plan.RemoveAction(a.ID)
		}}.show(s, form)
}

// withStatus returns a with status st.
func withStatus(a planner.Action, st planner.Status) planner.Action {
	a.Status = st
	return a
}

// templates returns the plan templates for the solutions the customer
// licenses, each once, in file order.
func (s *actionPlanScreen) templates() []catalog.PlanTemplate {
	set := catalog.DefaultTemplates()
	var out []catalog.PlanTemplate
	for _, sol := range s.account.Customer.Membership.Solutions {
		for _, t := range set.ForSolution(s.cat, sol) {
			if !slices.ContainsFunc(out, func(x catalog.PlanTemplate) bool { return x.ID == t.ID }) {
				out = append(out, t)
			}
		}
	}
	return out
}

// fromTemplate creates the plan from a template for the customer's
// solutions, after confirmation when it replaces a plan; Ctrl+Z brings the
// previous state back.
func (s *actionPlanScreen) fromTemplate() {
	w := s.w
	if s.customer == (planner.ID{}) {
		return
	}
	tpls := s.templates()
	if len(tpls) == 0 {
		w.showMessage(w.tr("plan.template.title"), w.tr("plan.template.none", s.account.Customer.Name))
		return
	}
	names := make([]string, len(tpls))
	for i, t := range tpls {
		names[i] = fmt.Sprintf("%s (%s)", t.Name, s.cat.SolutionName(t.Solution))
	}
	about := newWrapLabel("")
	tpl := w.newFormSelect(names, func(string) {})
	tpl.OnChanged = func(string) {
		if i := tpl.SelectedIndex(); i >= 0 {
			about.SetText(tpls[i].Description)
		}
	}
	start := newFormEntry()
	start.SetText(w.today().String())
	form := s.w.newFieldForm()
	form.add("template", w.tr("plan.template.pick"), tpl)
	form.add("start", w.tr("plan.template.start"), start)
	form.add("about", "", about)
	tpl.SetSelectedIndex(0)
	snapshot := s.account
	replacing := s.account.HasPlan()
	// read returns the template chosen and the first day typed, or what
	// is wrong with them.
	read := func() (int, planner.Date, error) {
		var p inputProblems
		i := tpl.SelectedIndex()
		if i < 0 {
			p.add("template", fmt.Errorf("%s", w.tr("plan.template.required")))
		}
		day, err := w.parseDay(start.Text)
		if err == nil && day.IsZero() {
			err = fmt.Errorf("%s", w.tr("plan.template.startRequired"))
		}
		if err != nil {
			p.add("start", err)
		}
		return i, day, p.err("template")
	}
	form.check = func() error {
		_, _, err := read()
		return err
	}
	apply := func() error {
		i, day, err := read()
		if err != nil {
			form.showError(err, "")
			return err
		}
		plan := planner.PlanFromTemplate(tpls[i], snapshot, day)
		store := s.store
		before, customer := snapshot.Plan, snapshot.Customer.ID
		err = w.saveAskingOutside(customer, func() error {
			_, err := store.PutPlan(plan)
			return err
		}, func() {
			s.templateApplied(tpls[i].Name, replacing, before, snapshot.Activities, customer)
			if s.dialog != nil {
				s.dialog.close()
			}
		})
		if err != nil && err != errAwaitingConfirmation {
			form.showError(err, "")
		}
		return err
	}
	fd := w.newFormDialog(w.tr("plan.template.title"), form, func() error {
		if !replacing {
			return apply()
		}
		// What is wrong shows before the question about replacing.
		if err := form.checkAll(); err != nil {
			return err
		}
		var answerErr error
		w.confirmDialog(w.tr("plan.template.replace.title"), w.tr("plan.template.replace.message", s.account.Plan.Title), func(ok bool) {
			if ok {
				answerErr = apply()
				if answerErr == nil && s.dialog != nil {
					s.dialog.close()
				}
			}
		})
		// Closed by the confirmation, not by Save.
		return errAwaitingConfirmation
	}, func() bool { return false })
	s.dialog = fd
	fd.show()
}

// templateApplied offers to undo the plan made from template name, and
// to redo it once undone, and shows it. before is the plan it replaced
// and activities the customer's activities before the change, whose
// links to before's objectives undo gives back.
func (s *actionPlanScreen) templateApplied(name string, replacing bool, before planner.ActionPlan, activities []planner.Activity, customer planner.ID) {
	w, store := s.w, s.store
	label := w.tr("plan.template.undo", name)
	// made is the plan from the template as undo found it, for redo.
	var made planner.ActionPlan
	w.pushUndoRedo(label, func() error {
		acct, err := store.Account(customer)
		if err != nil {
			return fmt.Errorf("read the plan made from the template: %w", err)
		}
		made = acct.Plan
		if replacing {
			// The new plan took the links of activities to the old
			// plan's objectives: they come back with it, in one write.
			acct.Plan = before
			relinkActivities(acct.Activities, activities)
			if err := store.PutAccount(acct); err != nil {
				return fmt.Errorf("restore the plan %q: %w", before.Title, err)
			}
			return nil
		}
		// The customer had no plan: remove the new one. Activities
		// linked to its objectives since keep their links, as they
		// would with any removed plan.
		if _, err := store.DeletePlan(customer); err != nil {
			return fmt.Errorf("remove the plan made from the template: %w", err)
		}
		return nil
	}, s.redoPlan(customer, label, &made, "the plan made from the template", func(acct planner.Account) bool {
		return replacing && !sameStored(acct.Plan, before) || !replacing && acct.HasPlan()
	}))
	s.setFilter(filterAll)
	w.changed()
}

// redoPlan returns the redo of the change labelled label that saves
// *plan (as undo left it) again as customer's plan, unless blocked finds
// in the account that the data changed since (see redoBlocked); what
// names the plan in the error of a save that fails.
func (s *actionPlanScreen) redoPlan(customer planner.ID, label string, plan *planner.ActionPlan, what string, blocked func(planner.Account) bool) func() error {
	w, store := s.w, s.store
	return func() error {
		if err := checkRedo(w, store, customer, label, blocked); err != nil {
			return err
		}
		if _, err := store.PutPlan(*plan); err != nil {
			return fmt.Errorf("save %s again: %w", what, err)
		}
		return nil
	}
}

// errAwaitingConfirmation keeps a form open while a confirmation is asked.
var errAwaitingConfirmation = errors.New("awaiting confirmation")

// exportPlan asks where to save the plan's PDF, as Deliverables > Mutual
// Action Plan does.
func (s *actionPlanScreen) exportPlan() {
	if !s.account.HasPlan() {
		return
	}
	s.w.exportDeliverable(actionPlanDocument(), deliverableSubject{account: s.account})
}

// newEmptyPlan asks for a title and creates an empty plan for a customer
// that has none, to be filled objective by objective; Ctrl+Z removes it.
func (s *actionPlanScreen) newEmptyPlan() {
	w := s.w
	if s.customer == (planner.ID{}) || s.account.HasPlan() {
		return
	}
	title := newFormEntry()
	title.SetText(w.tr("plan.empty.defaultTitle", s.account.Customer.Name))
	form := s.w.newFieldForm()
	form.add("title", w.tr("plan.empty.planTitle"), title)
	customer := s.customer
	form.check = func() error {
		return planner.ActionPlan{ID: planner.NewID(), CustomerID: customer, Title: strings.TrimSpace(title.Text)}.Validate()
	}
	fd := w.newFormDialog(w.tr("plan.empty.title"), form, func() error {
		plan := planner.ActionPlan{ID: planner.NewID(), CustomerID: customer, Title: strings.TrimSpace(title.Text)}
		store := s.store
		err := w.saveAskingOutside(customer, func() error {
			_, err := store.PutPlan(plan)
			return err
		}, func() {
			label := w.tr("plan.empty.undo", plan.Title)
			var removed planner.ActionPlan
			w.pushUndoRedo(label, func() error {
				var err error
				if removed, err = store.DeletePlan(customer); err != nil {
					return fmt.Errorf("remove the empty plan: %w", err)
				}
				return nil
			}, s.redoPlan(customer, label, &removed, "the empty plan", planner.Account.HasPlan))
			s.setFilter(filterAll)
			w.changed()
			if s.dialog != nil {
				s.dialog.close()
			}
		})
		if err != nil && err != errAwaitingConfirmation {
			form.showError(err, "")
		}
		return err
	}, func() bool { return false })
	s.dialog = fd
	fd.show()
}

// mainList returns the table of actions.
func (s *actionPlanScreen) mainList() fyne.Focusable { return s.actions }

// The window's side of the Mutual Action Plan screen.

var _ actionPlanWindow = (*UI)(nil)
