package app

import (
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

// engagementScreen shows one engagement of the customer in focus: its five
// phases as a board, a form for the phase chosen (status, dates, notes,
// deliverable and its export), and the stakeholders of both sides and the
// meeting cadence.
type engagementScreen struct {
	w        engagementWindow
	store    engagementStore
	cat      *catalog.Catalog
	customer planner.ID
	account  planner.Account
	// current is the index in account.Engagements of the engagement shown.
	current int
	// phase is the index of the phase in the form, or -1.
	phase int

	picker    *widget.Select
	newBtn    *widget.Button
	deleteBtn *widget.Button
	board     *widgets.PhaseBoard
	editor    *phaseEditor
	people    *enterTable
	meets     *enterTable
	// tabs holds the stakeholders and the cadence.
	tabs *container.AppTabs
	// planBtn plans a meeting of the cadence as touchpoints; it is
	// enabled while a meeting is weekly, every two weeks or monthly.
	planBtn *widget.Button
	content *fyne.Container
	none    fyne.CanvasObject
	empty   fyne.CanvasObject
	body    fyne.CanvasObject
	root    fyne.CanvasObject

	// dialog is the stakeholder or meeting form open, for tests.
	dialog *formDialog
	// dialogConfirm is the question open (delete the engagement), for
	// tests.
	dialogConfirm *dialog.ConfirmDialog
	// responsibilitiesWidth is the width of the stakeholders'
	// responsibilities column, which wraps its text onto two lines.
	responsibilitiesWidth float32
	// peopleWidth is the width the stakeholder table was last sized for,
	// peopleColumns the widths its columns got.
	peopleWidth   float32
	peopleColumns []float32
	// saving is set while the phase form is being saved, when the reload
	// that follows must not ask about the changes being saved.
	saving bool
}

// engagementWindow is what the engagement screen uses of the window: what
// its phase form uses, and more.
type engagementWindow interface {
	phaseWindow
	dialogs
	history
	panes
	settingsReader
	// noCustomerMessage returns the message shown while no customer is in focus.
	noCustomerMessage(text string) fyne.CanvasObject
	// askUnsaved asks whether to save, discard or keep a form's changes.
	askUnsaved(save func() error, discard func(), leave, stay func())
	// setFocus puts a customer in focus.
	setFocus(id planner.ID)
	// exportDeliverable asks where to save a deliverable and writes it.
	exportDeliverable(d deliverable, s deliverableSubject)
	// conflictsOf returns planner's conflicts of activities to schedule for an account.
	conflictsOf(acc planner.Account, acts []planner.Activity) ([]planner.Conflict, error)
	// seriesUndoRedo returns the undo and redo of a new series.
	seriesUndoRedo(store seriesStore, label string, customer, id planner.ID) (undo, redo func() error)
}

// engagementStore is what the engagement screen reads and writes: the
// customer's account, its engagements, and the series of touchpoints a
// meeting of the cadence is planned as.
type engagementStore interface {
	accountReader
	engagementWriter
	seriesWriter
}

// newEngagementScreen returns the engagement screen of window w on store,
// with the phases and deliverables of cat.
func newEngagementScreen(w engagementWindow, store engagementStore, cat *catalog.Catalog) *engagementScreen {
	s := &engagementScreen{w: w, store: store, cat: cat, phase: -1}
	s.picker = widget.NewSelect(nil, func(string) { s.pickEngagement(s.picker.SelectedIndex()) })
	s.picker.PlaceHolder = w.tr("plan.engagement.pick")
	s.newBtn = widget.NewButtonWithIcon(w.tr("plan.engagement.new"), theme.ContentAddIcon(), s.newEngagement)
	s.deleteBtn = widget.NewButtonWithIcon(w.tr("plan.engagement.delete"), theme.DeleteIcon(), s.deleteEngagement)
	s.board = widgets.NewPhaseBoard(nil, s.choosePhase)
	s.editor = newPhaseEditor(s, w, cat)

	// A stakeholder takes two lines: the name over the role, the e-mail
	// address over the side, the responsibilities over two lines, so that
	// three columns say it all in the narrow pane.
	s.people = newEnterTableWithHeaders(
		func() (int, int) { return len(s.engagement().Stakeholders), len(personColumns()) },
		func() fyne.CanvasObject {
			// Tall enough for two lines of text in the last column.
			cell := newTwoLineCell()
			_, second := twoLineCellLines(cell)
			second.SetSizeName(theme.SizeNameText)
			return cell
		},
		s.updatePerson)
	s.people.ShowHeaderColumn = false
	s.people.CreateHeader = func() fyne.CanvasObject { return newHeaderLabel() }
	s.people.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Row < 0 && id.Col >= 0 && id.Col < len(personColumns()) {
			setCellText(o, w.tr(personColumns()[id.Col]))
		}
	}
	s.people.OnSelected = func(id widget.TableCellID) {
		s.people.UnselectAll()
		if id.Row >= 0 && id.Row < len(s.engagement().Stakeholders) {
			s.editStakeholder(id.Row)
		}
	}

	s.meets = newEnterTableWithHeaders(
		func() (int, int) { return len(s.engagement().Cadence), 4 },
		func() fyne.CanvasObject { return newCellLabel() },
		s.updateMeeting)
	s.meets.ShowHeaderColumn = false
	s.meets.CreateHeader = func() fyne.CanvasObject { return newHeaderLabel() }
	s.meets.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		keys := []string{"plan.meeting.name", "plan.meeting.frequency", "plan.meeting.attendees", "plan.meeting.purpose"}
		if id.Row < 0 && id.Col >= 0 && id.Col < len(keys) {
			setCellText(o, w.tr(keys[id.Col]))
		}
	}
	for c, width := range []float32{180, 110, 220, 300} {
		s.meets.SetColumnWidth(c, width)
	}
	s.meets.OnSelected = func(id widget.TableCellID) {
		s.meets.UnselectAll()
		if id.Row >= 0 && id.Row < len(s.engagement().Cadence) {
			s.editMeeting(id.Row)
		}
	}

	addPerson := widget.NewButtonWithIcon(w.tr("plan.person.add"), theme.ContentAddIcon(), func() { s.editStakeholder(-1) })
	addMeeting := widget.NewButtonWithIcon(w.tr("plan.meeting.add"), theme.ContentAddIcon(), func() { s.editMeeting(-1) })
	s.planBtn = widget.NewButtonWithIcon(w.tr("plan.meeting.plan"), theme.CalendarIcon(), s.planMeeting)
	people := container.New(&sizeWatcher{onResize: func(size fyne.Size) { s.fitPeople(size.Width) }}, s.people)
	s.fitPeople(640)
	s.tabs = container.NewAppTabs(
		container.NewTabItem(w.tr("plan.engagement.stakeholders"), container.NewBorder(nil, container.NewHBox(addPerson), nil, nil, people)),
		container.NewTabItem(w.tr("plan.engagement.cadence"), container.NewBorder(nil, newToolbar([]fyne.CanvasObject{addMeeting, s.planBtn}), nil, nil, s.meets)),
	)
	tabs := s.tabs
	split := container.NewHSplit(s.editor.object(), tabs)
	split.Offset = 0.42
	w.rememberSplit("engagement.columns", split)
	top := container.NewVBox(
		newToolbar([]fyne.CanvasObject{widget.NewLabelWithStyle(w.tr("plan.engagement.label"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.picker},
			s.newBtn, s.deleteBtn),
		s.board,
	)
	s.body = newBorder(top, nil, nil, nil, split)
	s.none = w.noCustomerMessage(w.tr("plan.engagement.noCustomer"))
	start := widget.NewButtonWithIcon(w.tr("plan.engagement.start"), theme.ContentAddIcon(), s.newEngagement)
	start.Importance = widget.HighImportance
	emptyText := widget.NewLabelWithStyle(w.tr("plan.engagement.empty"), fyne.TextAlignCenter, fyne.TextStyle{})
	emptyText.Wrapping = fyne.TextWrapWord
	s.empty = container.NewCenter(container.NewVBox(emptyText, container.NewCenter(start)))
	s.content = container.NewStack(s.none)
	s.root = s.content
	return s
}

// newCellLabel returns a table cell: one line cut to the cell's width.
func newCellLabel() *widgets.FitLabel { return widgets.NewFitLabel("") }

// setCellText shows text in a table cell or header.
func setCellText(o fyne.CanvasObject, text string) {
	switch l := o.(type) {
	case *widgets.FitLabel:
		l.SetText(text)
	case *widget.Label:
		l.SetText(text)
	}
}

// newHeaderLabel returns a table header cell.
func newHeaderLabel() *widgets.FitLabel {
	l := widgets.NewFitLabel("")
	l.SetStyle(fyne.TextStyle{Bold: true})
	return l
}

func (s *engagementScreen) object() fyne.CanvasObject { return s.root }

// show reads the customer's engagements and shows the one picked before,
// else the one the portfolio follows. A phase form with changes is kept
// for the same customer; for another customer the user is asked first.
func (s *engagementScreen) show(customer planner.ID) {
	if customer != s.customer && s.editor.dirty() && !s.saving {
		previous := s.customer
		s.w.askUnsaved(s.save, s.discard, func() { s.show(customer) }, func() { s.w.setFocus(previous) })
		return
	}
	keep := planner.ID{}
	if customer == s.customer {
		keep = s.engagement().ID
	} else {
		s.phase = -1
	}
	s.customer = customer
	s.account = planner.Account{}
	s.current = -1
	if customer == (planner.ID{}) {
		s.editor.load(-1)
		s.setContent(s.none)
		return
	}
	acct, err := s.store.Account(customer)
	if err != nil {
		s.editor.load(-1)
		s.setContent(s.none)
		s.w.showError(fmt.Errorf("read the engagements: %w", err))
		// The screen shows no customer, and so does the header.
		s.w.focusStays(planner.ID{})
		return
	}
	s.account = acct
	if len(acct.Engagements) == 0 {
		s.editor.load(-1)
		s.setContent(s.empty)
		return
	}
	current := slices.IndexFunc(acct.Engagements, func(e planner.Engagement) bool { return e.ID == keep })
	if current < 0 {
		s.phase = -1
		e, _ := planner.FocusEngagement(acct.Engagements)
		current = slices.IndexFunc(acct.Engagements, func(x planner.Engagement) bool { return x.ID == e.ID })
	}
	names := make([]string, len(acct.Engagements))
	for i, e := range acct.Engagements {
		names[i] = e.Name
	}
	s.picker.Options = names
	s.picker.Selected = names[current]
	s.picker.Refresh()
	s.showEngagement(current)
	s.setContent(s.body)
}

// setContent makes o what the screen shows.
func (s *engagementScreen) setContent(o fyne.CanvasObject) { showOnly(s.content, o) }

// engagement returns the engagement shown, or an empty one.
func (s *engagementScreen) engagement() planner.Engagement {
	if s.current < 0 || s.current >= len(s.account.Engagements) {
		return planner.Engagement{}
	}
	return s.account.Engagements[s.current]
}

// pickEngagement shows engagement i, chosen in the picker, asking first
// when the phase form holds changes.
func (s *engagementScreen) pickEngagement(i int) {
	if i < 0 || i >= len(s.account.Engagements) || i == s.current {
		return
	}
	previous := s.current
	open := func() {
		s.phase = -1
		s.showEngagement(i)
	}
	if !s.editor.dirty() {
		open()
		return
	}
	s.w.askUnsaved(s.save, s.discard, open, func() {
		s.picker.Selected = s.picker.Options[previous]
		s.picker.Refresh()
	})
}

// showEngagement shows engagement i: its board, the phase form (the
// current phase when none is chosen) and the tables.
func (s *engagementScreen) showEngagement(i int) {
	s.current = i
	if s.picker.SelectedIndex() != i && i < len(s.picker.Options) {
		s.picker.Selected = s.picker.Options[i]
		s.picker.Refresh()
	}
	s.refreshBoard()
	e := s.engagement()
	if s.phase < 0 || s.phase >= len(e.Phases) {
		s.phase = -1
		if cur, ok := e.Current(); ok {
			_, s.phase, _ = e.Phase(cur.Phase)
		}
	}
	s.board.Select(s.phase)
	if !s.editor.dirty() || s.editor.index != s.phase {
		s.editor.load(s.phase)
	}
	s.fitPeople(s.peopleWidth)
	s.meets.Refresh()
	if len(plannableMeetings(e)) > 0 {
		s.planBtn.Enable()
	} else {
		s.planBtn.Disable()
	}
}

// refreshBoard shows the phases of the engagement on the board.
func (s *engagementScreen) refreshBoard() {
	e := s.engagement()
	cur, hasCurrent := e.Current()
	cards := make([]widgets.PhaseCard, len(e.Phases))
	for i, ph := range e.Phases {
		card := widgets.PhaseCard{
			Name:    s.w.phaseName(ph.Phase),
			Status:  s.w.phaseStatusText(ph.Status),
			Tone:    phaseTones.of(ph.Status),
			Current: hasCurrent && cur.Phase == ph.Phase,
		}
		if r := dayRange(ph.PlannedStart, ph.PlannedEnd); r != "" {
			card.Planned = s.w.tr("plan.phase.planned", r)
		}
		if r := dayRange(ph.ActualStart, ph.ActualEnd); r != "" {
			card.Actual = s.w.tr("plan.phase.actual", r)
		}
		if ph.Status == planner.PhaseSkipped && ph.SkipReason != "" {
			card.Actual = s.w.tr("plan.phase.skippedBecause", ph.SkipReason)
		}
		if c, ok := s.cat.Phase(ph.Phase); ok && c.Deliverable != "" {
			card.Deliverable = s.w.tr("plan.phase.deliverable", s.deliverableTitle(c), s.w.deliverableText(ph.Deliverable))
		}
		cards[i] = card
	}
	s.board.SetPhases(cards)
}

// deliverableTitle names a phase's deliverable shortly: the name of the
// document Liftoff makes for it, in the window's language, else the
// catalog's words.
func (s *engagementScreen) deliverableTitle(ph catalog.Phase) string {
	if d, ok := phaseDeliverable(ph); ok {
		return s.w.tr("deliverables." + d.id)
	}
	return ph.Deliverable
}

// choosePhase opens phase i in the form, asking first when the form holds
// changes of another phase.
func (s *engagementScreen) choosePhase(i int) {
	if i == s.phase {
		return
	}
	previous := s.phase
	open := func() {
		s.phase = i
		s.board.Select(i)
		s.editor.load(i)
	}
	if !s.editor.dirty() {
		open()
		return
	}
	s.w.askUnsaved(s.editor.save, func() { s.editor.load(s.phase) }, open, func() { s.board.Select(previous) })
}

// dirty reports whether the phase form holds changes not saved yet.
func (s *engagementScreen) dirty() bool { return s.editor.dirty() }

// chosenPhase returns the index of the phase chosen on the board, or -1.
func (s *engagementScreen) chosenPhase() int { return s.phase }

// savePhase saves e, the engagement as the phase form makes it, with undo;
// the reload that follows does not ask about the changes being saved.
func (s *engagementScreen) savePhase(e, before planner.Engagement, undoLabel string) error {
	s.saving = true
	defer func() { s.saving = false }()
	return s.putEngagement(e, before, undoLabel)
}

// save stores the phase form.
func (s *engagementScreen) save() error {
	s.saving = true
	defer func() { s.saving = false }()
	return s.editor.save()
}

// discard shows the stored phase again.
func (s *engagementScreen) discard() { s.editor.load(s.phase) }

// shortcut handles Ctrl+N (new engagement).
func (s *engagementScreen) shortcut(a shortcutAction) bool {
	if s.customer == (planner.ID{}) {
		return false
	}
	switch a {
	case actionNew:
		s.newEngagement()
		return true
	}
	return false
}

// putEngagement saves e, offers to undo it by saving before again, and
// reloads the window (see saveUndoable).
func (s *engagementScreen) putEngagement(e, before planner.Engagement, undoLabel string) error {
	return saveUndoable(s.w, s.store.PutEngagement, e, before, undoLabel, fmt.Sprintf("engagement %q", before.Name))
}

// newEngagement asks for a name and starts an engagement with every phase
// not started.
func (s *engagementScreen) newEngagement() {
	if s.customer == (planner.ID{}) {
		return
	}
	name := newFormEntry()
	name.SetPlaceHolder(s.w.tr("plan.engagement.name.hint"))
	form := s.w.newFieldForm()
	form.add("name", s.w.tr("plan.engagement.name"), name)
	form.check = func() error {
		return planner.NewEngagement(s.cat, s.customer, strings.TrimSpace(name.Text)).Validate(s.cat)
	}
	fd := s.w.newFormDialog(s.w.tr("plan.engagement.new.title"), form, func() error {
		e := planner.NewEngagement(s.cat, s.customer, strings.TrimSpace(name.Text))
		if err := e.Validate(s.cat); err != nil {
			form.showError(err, "")
			return err
		}
		if _, err := s.store.PutEngagement(e); err != nil {
			form.showError(err, "")
			return err
		}
		w, store := s.w, s.store
		label := w.tr("plan.engagement.undo.new", e.Name)
		var removed planner.Engagement
		w.pushUndoRedo(label, func() error {
			var err error
			if removed, err = store.DeleteEngagement(e.ID); err != nil {
				return fmt.Errorf("remove engagement %q: %w", e.Name, err)
			}
			return nil
		}, func() error {
			if err := checkRedo(w, store, removed.CustomerID, label, func(acct planner.Account) bool {
				return slices.ContainsFunc(acct.Engagements, func(x planner.Engagement) bool { return x.ID == removed.ID })
			}); err != nil {
				return err
			}
			if _, err := store.PutEngagement(removed); err != nil {
				return fmt.Errorf("save engagement %q again: %w", removed.Name, err)
			}
			return nil
		})
		s.w.changed()
		s.pickNewest(e.ID)
		return nil
	}, func() bool { return strings.TrimSpace(name.Text) != "" })
	s.dialog = fd
	fd.show()
	s.w.Window().Canvas().Focus(name)
}

// deleteEngagement asks, then removes the engagement shown with its
// phases, stakeholders and cadence; Ctrl+Z puts it back. Unsaved changes
// of its phase form go with it.
func (s *engagementScreen) deleteEngagement() {
	e := s.engagement()
	if s.customer == (planner.ID{}) || e.ID == (planner.ID{}) {
		return
	}
	w := s.w
	s.dialogConfirm = w.confirmDialog(w.tr("plan.engagement.delete.title"), w.tr("plan.engagement.delete.confirm", e.Name, s.account.Customer.Name), func(ok bool) {
		if !ok {
			return
		}
		removed, err := s.store.DeleteEngagement(e.ID)
		if err != nil {
			w.showError(fmt.Errorf("delete engagement %q: %w", e.Name, err))
			return
		}
		s.editor.load(-1)
		s.phase = -1
		store := s.store
		label := w.tr("plan.engagement.undo.delete", removed.Name)
		w.pushUndoRedo(label, func() error {
			if _, err := store.PutEngagement(removed); err != nil {
				return fmt.Errorf("restore engagement %q: %w", removed.Name, err)
			}
			return nil
		}, func() error {
			if err := checkRedo(w, store, removed.CustomerID, label, func(acct planner.Account) bool {
				i := slices.IndexFunc(acct.Engagements, func(x planner.Engagement) bool { return x.ID == removed.ID })
				return i < 0 || !sameStored(acct.Engagements[i], removed)
			}); err != nil {
				return err
			}
			if _, err := store.DeleteEngagement(removed.ID); err != nil {
				return fmt.Errorf("delete engagement %q again: %w", removed.Name, err)
			}
			return nil
		})
		w.changed()
	})
}

// pickNewest shows engagement id once it is loaded.
func (s *engagementScreen) pickNewest(id planner.ID) {
	if i := slices.IndexFunc(s.account.Engagements, func(e planner.Engagement) bool { return e.ID == id }); i >= 0 {
		s.phase = -1
		s.showEngagement(i)
	}
}

// exportDeliverable asks where to save the PDF of the engagement shown's
// deliverable d, as the Deliverables menu does.
func (s *engagementScreen) exportDeliverable(d deliverable) {
	s.w.exportDeliverable(d, deliverableSubject{account: s.account, engagement: s.engagement().ID})
}

// personColumns returns the header keys of the stakeholder table.
func personColumns() []string {
	return []string{"plan.person.nameRole", "plan.person.emailSide", "plan.person.responsibilities"}
}

// Narrowest widths of the stakeholder table's columns; the e-mail
// addresses and the responsibilities share the rest by what they hold
// (see fitPeople).
const (
	personColumnWidth          = 120
	personEmailColumnWidth     = 100
	minResponsibilitiesColumns = 90
	// minPersonColumnsScale is the least share of their minimums the
	// columns narrow to in a narrow pane.
	minPersonColumnsScale = 0.6
)

// fitPeople sizes the stakeholder table's columns for a width, by what
// they hold. The names and roles come first: their column gets what the
// longest takes, so that they read without hovering. The e-mail
// addresses and the responsibilities (over two lines) share the rest by
// what they hold; an address cut shows whole on hover.
func (s *engagementScreen) fitPeople(width float32) {
	s.peopleWidth = width
	var names, roles, emails, duties []string
	for _, p := range s.engagement().Stakeholders {
		names = append(names, p.Name)
		roles = append(roles, p.Role)
		emails = append(emails, p.Email)
		duties = append(duties, strings.Join(strings.Fields(p.Responsibilities), " "))
	}
	size := theme.TextSize()
	// The headings count, in bold.
	bold := fyne.TextStyle{Bold: true}
	heading := func(c int) float32 { return textWidth([]string{s.w.tr(personColumns()[c])}, size, bold) }
	who := max(textWidth(names, size, fyne.TextStyle{}), textWidth(roles, theme.CaptionTextSize(), fyne.TextStyle{}), heading(0), personColumnWidth)
	// The responsibilities come first of the two others: they take what
	// is left.
	wants := []float32{
		max(textWidth(duties, size, fyne.TextStyle{})/2, heading(2)),
		max(textWidth(emails, size, fyne.TextStyle{}), heading(1))}
	mins := []float32{minResponsibilitiesColumns, personEmailColumnWidth}
	room := width - float32(len(personColumns()))*theme.Padding()
	// A pane too narrow for the names and the others' minimums narrows
	// the others first, down to a floor, then the names, rather than
	// hide a column to the right.
	if rest := room - who; rest < mins[0]+mins[1] {
		scale := max(rest/(mins[0]+mins[1]), minPersonColumnsScale)
		for i := range mins {
			mins[i] *= scale
		}
		who = max(min(who, room-mins[0]-mins[1]), personColumnWidth*minPersonColumnsScale)
	}
	shared := shareWidth(room-who, wants, mins)
	s.responsibilitiesWidth = shared[0]
	s.peopleColumns = []float32{who, shared[1], shared[0]}
	for c, w := range s.peopleColumns {
		s.people.SetColumnWidth(c, w)
	}
	s.people.Refresh()
}

// newTwoLineCell returns a table cell of two lines: a text over a caption.
func newTwoLineCell() fyne.CanvasObject {
	caption := widgets.NewFitLabel("")
	caption.SetSizeName(theme.SizeNameCaptionText)
	caption.SetColorName(theme.ColorNamePlaceHolder)
	return container.New(linesLayout{}, newCellLabel(), caption)
}

// setTwoLines shows a text and a caption in a cell of newTwoLineCell; an
// empty caption leaves the text alone in the middle of the cell.
func setTwoLines(o fyne.CanvasObject, text, caption string) {
	cell := o.(*fyne.Container)
	cell.Objects[0].(*widgets.FitLabel).SetText(text)
	second := cell.Objects[1].(*widgets.FitLabel)
	second.SetText(caption)
	if (caption == "") == second.Hidden {
		return
	}
	second.Hidden = caption == ""
	cell.Refresh()
}

// twoLineCellLines returns the text and the caption labels of a cell of
// newTwoLineCell.
func twoLineCellLines(o fyne.CanvasObject) (text, caption *widgets.FitLabel) {
	cell := o.(*fyne.Container)
	return cell.Objects[0].(*widgets.FitLabel), cell.Objects[1].(*widgets.FitLabel)
}

func (s *engagementScreen) updatePerson(id widget.TableCellID, o fyne.CanvasObject) {
	people := s.engagement().Stakeholders
	if id.Row < 0 || id.Row >= len(people) {
		return
	}
	p := people[id.Row]
	_, second := twoLineCellLines(o)
	// Cells move between columns as the table scrolls: each sets the
	// look of its second line.
	second.SetSizeName(theme.SizeNameCaptionText)
	second.SetColorName(theme.ColorNamePlaceHolder)
	switch id.Col {
	case 0:
		setTwoLines(o, p.Name, p.Role)
	case 1:
		setTwoLines(o, p.Email, s.w.sideText(p.Side))
	case 2:
		// The responsibilities read on, over two lines of the same text.
		second.SetSizeName(theme.SizeNameText)
		second.SetColorName(theme.ColorNameForeground)
		text := strings.Join(strings.Fields(p.Responsibilities), " ")
		first, _ := widgets.WrapTwoLines(text, s.responsibilitiesWidth-2*theme.InnerPadding(), theme.TextSize(), fyne.TextStyle{})
		// The second line holds the rest, cut to the width: hovering
		// it shows the rest whole. A first word too wide for the column
		// is cut on the first line; the rest goes on after it.
		rest, ok := strings.CutPrefix(text, first)
		if !ok {
			_, rest, _ = strings.Cut(text, " ")
		}
		setTwoLines(o, first, strings.TrimSpace(rest))
	}
}

func (s *engagementScreen) updateMeeting(id widget.TableCellID, o fyne.CanvasObject) {
	meets := s.engagement().Cadence
	if id.Row < 0 || id.Row >= len(meets) {
		return
	}
	m := meets[id.Row]
	text := ""
	switch id.Col {
	case 0:
		text = m.Name
	case 1:
		text = frequencyText(s.w, m.Frequency)
	case 2:
		text = m.Attendees
	case 3:
		text = m.Purpose
	}
	setCellText(o, text)
}

// frequencies are the meeting rhythms a form offers, as planner knows
// them by name; a TAM may type another.
func frequencies() []string { return planner.MeetingFrequencies() }

// frequencyText returns the translated words of a meeting frequency, or
// the frequency as typed.
func frequencyText(t texts, f string) string {
	if slices.Contains(frequencies(), f) {
		return t.tr("plan.frequency." + f)
	}
	return f
}

// frequencyValue returns the stored value of a frequency chosen or typed.
func frequencyValue(t texts, text string) string {
	text = strings.TrimSpace(text)
	for _, f := range frequencies() {
		if text == t.tr("plan.frequency."+f) {
			return f
		}
	}
	return text
}

// editStakeholder opens the form of stakeholder i (-1: a new one).
func (s *engagementScreen) editStakeholder(i int) {
	editEngagementItem(s, stakeholderItems, i, planner.Stakeholder{Side: planner.SideCustomer}, func(p planner.Stakeholder, form *fieldForm) func() planner.Stakeholder {
		name, role, email, resp := newFormEntry(), newFormEntry(), newFormEntry(), newFormMultiLineEntry()
		side := s.w.newFormSelect(optionTexts(sides(), s.w.sideText), nil)
		name.SetText(p.Name)
		role.SetText(p.Role)
		email.SetText(p.Email)
		resp.SetText(p.Responsibilities)
		resp.SetMinRowsVisible(3)
		selectValue(side, sides(), p.Side)
		form.add("name", s.w.tr("plan.person.name"), name)
		form.add("role", s.w.tr("plan.person.role"), role)
		form.add("side", s.w.tr("plan.person.side"), side)
		form.add("email", s.w.tr("plan.person.email"), email)
		form.add("responsibilities", s.w.tr("plan.person.responsibilities"), resp)
		return func() planner.Stakeholder {
			sd, _ := selectedValue(side, sides())
			return planner.Stakeholder{Name: strings.TrimSpace(name.Text), Role: strings.TrimSpace(role.Text), Side: sd,
				Email: strings.TrimSpace(email.Text), Responsibilities: strings.TrimSpace(resp.Text)}
		}
	})
}

// editMeeting opens the form of meeting i of the cadence (-1: a new one).
func (s *engagementScreen) editMeeting(i int) {
	editEngagementItem(s, meetingItems, i, planner.Meeting{}, func(m planner.Meeting, form *fieldForm) func() planner.Meeting {
		name, attendees, purpose := newFormEntry(), newFormEntry(), newFormMultiLineEntry()
		freq := newFormSelectEntry(optionTexts(frequencies(), func(f string) string { return s.w.tr("plan.frequency." + f) }))
		name.SetText(m.Name)
		freq.SetText(frequencyText(s.w, m.Frequency))
		attendees.SetText(m.Attendees)
		purpose.SetText(m.Purpose)
		purpose.SetMinRowsVisible(3)
		form.add("name", s.w.tr("plan.meeting.name"), name)
		form.add("frequency", s.w.tr("plan.meeting.frequency"), freq)
		form.add("attendees", s.w.tr("plan.meeting.attendees"), attendees)
		form.add("purpose", s.w.tr("plan.meeting.purpose"), purpose)
		return func() planner.Meeting {
			return planner.Meeting{Name: strings.TrimSpace(name.Text), Frequency: frequencyValue(s.w, freq.Text),
				Attendees: strings.TrimSpace(attendees.Text), Purpose: strings.TrimSpace(purpose.Text)}
		}
	})
}

// stakeholderItems are the engagement's stakeholders as their dialog
// edits them.
var stakeholderItems = engagementItem[planner.Stakeholder]{list: "stakeholders", keys: "plan.person",
	of:   func(e *planner.Engagement) *[]planner.Stakeholder { return &e.Stakeholders },
	name: func(p planner.Stakeholder) string { return p.Name }}

// meetingItems are the meetings of the engagement's cadence as their
// dialog edits them.
var meetingItems = engagementItem[planner.Meeting]{list: "cadence", keys: "plan.meeting",
	of:   func(e *planner.Engagement) *[]planner.Meeting { return &e.Cadence },
	name: func(m planner.Meeting) string { return m.Name }}

// editEngagementItem opens on s the dialog of item i (-1: a new one,
// starting as fresh) of the engagement's list that it names, checked by
// s's catalog and saved with s's undo; fill adds the item's fields to
// form and returns what reads them.
func editEngagementItem[T comparable](s *engagementScreen, it engagementItem[T], i int, fresh T, fill func(item T, form *fieldForm) (read func() T)) {
	it.cat, it.put, it.before = s.cat, s.putEngagement, s.engagement().Clone()
	item, i := itemAt(*it.of(&it.before), i, fresh)
	it.index = i
	form := s.w.newFieldForm()
	s.dialog = it.dialog(s.w, form, fill(item, form), item)
	s.dialog.show()
}

// engagementItem edits item index (-1: a new one) of one list of the
// engagement, such as its stakeholders or its cadence: the form checks the
// engagement with the item in it through planner's rules, Save stores it,
// Remove stores it without the item, each undoable.
type engagementItem[T comparable] struct {
	// cat holds the rules the engagement is checked by.
	cat *catalog.Catalog
	// put saves an engagement, undoably, over the one before.
	put func(e, before planner.Engagement, undoLabel string) error
	// before is the engagement as the dialog opened on it.
	before planner.Engagement
	index  int
	// list is the list's field name, as planner's messages name it.
	list string
	// of returns the list in an engagement.
	of func(*planner.Engagement) *[]T
	// keys is the start of the keys of the dialog's texts, such as
	// "plan.person": keys+".add" and keys+".edit" title it, and
	// keys+".undo.save" and keys+".undo.remove" label its undo with the
	// item's name.
	keys string
	// name returns an item's name.
	name func(T) string
}

// dialog returns the dialog of the item was on form, which read reads:
// the form checks the engagement with the item in it, Save stores it
// (the undo labelled with the item's name as saved), Remove stores the
// engagement without the item (labelled with was's name); the form holds
// a change when what read returns is not was.
func (it engagementItem[T]) dialog(w itemDialogWindow, form *fieldForm, read func() T, was T) *formDialog {
	e := itemEdit[T]{addTitle: w.tr(it.keys + ".add"), editTitle: w.tr(it.keys + ".edit"),
		place: itemPlace(it.list, it.index, len(*it.of(&it.before))),
		build: func() (T, error) {
			item := read()
			return item, it.with(item).Validate(it.cat)
		},
		save: func(item T) error {
			return it.put(it.with(item), it.before, w.tr(it.keys+".undo.save", it.name(item)))
		},
		dirty: func() bool { return read() != was }}
	if it.index >= 0 {
		e.remove = func() error {
			after := it.before.Clone()
			l := it.of(&after)
			*l = slices.Delete(*l, it.index, it.index+1)
			return it.put(after, it.before, w.tr(it.keys+".undo.remove", it.name(was)))
		}
	}
	return e.dialog(w, form)
}

// with returns a copy of the engagement with item in the list.
func (it engagementItem[T]) with(item T) planner.Engagement {
	e := it.before.Clone()
	l := it.of(&e)
	*l = withItem(*l, it.index, item)
	return e
}

// phaseEditor is the form of one phase: status (with the reason of a
// skip), planned and actual dates, notes and the deliverable's state, with
// the export of the deliverable.
type phaseEditor struct {
	s     phaseScreen
	w     phaseWindow
	cat   *catalog.Catalog
	index int
	// loaded is the phase as stored when the form was filled.
	loaded planner.PhaseState
	form   *fieldForm

	title        *widget.Label
	about        *widget.Label
	status       *widget.Select
	reason       *formEntry
	plannedStart *formEntry
	plannedEnd   *formEntry
	actualStart  *formEntry
	actualEnd    *formEntry
	notes        *formEntry
	deliverable  *widget.Select
	saveBtn      *widget.Button
	revertBtn    *widget.Button
	exportBtn    *widget.Button
	hint         *widget.Label
	box          fyne.CanvasObject
	filling      bool
	// hasDeliverable reports that the phase names a deliverable.
	hasDeliverable bool
}

// phaseWindow is what the phase editor uses of the window.
type phaseWindow interface {
	texts
	names
	clock
	// phaseStatusText returns the words of a phase's status.
	phaseStatusText(s planner.PhaseStatus) string
	// deliverableText returns the words of a deliverable's state.
	deliverableText(s planner.DeliverableState) string
	// newFieldForm returns an empty form of the window.
	newFieldForm() *fieldForm
}

// phaseScreen is what the phase editor uses of its screen.
type phaseScreen interface {
	// engagement returns the engagement shown.
	engagement() planner.Engagement
	// chosenPhase returns the index of the phase chosen on the board, or -1.
	chosenPhase() int
	// savePhase saves the engagement as the phase form makes it, undoably.
	savePhase(e, before planner.Engagement, undoLabel string) error
	// exportDeliverable asks where to save the PDF of a deliverable.
	exportDeliverable(d deliverable)
}

// newPhaseEditor returns the phase form of screen s, in window w, by the
// phases of cat.
func newPhaseEditor(s phaseScreen, w phaseWindow, cat *catalog.Catalog) *phaseEditor {
	p := &phaseEditor{s: s, w: w, cat: cat, index: -1, form: w.newFieldForm()}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.about = newWrapLabel("")
	p.status = widget.NewSelect(optionTexts(phaseStatuses(), w.phaseStatusText), func(string) { p.changed() })
	p.reason = newFormEntry()
	p.reason.SetPlaceHolder(w.tr("plan.phase.reason.hint"))
	dayEntry := func() *formEntry {
		e := newFormEntry()
		e.SetPlaceHolder("YYYY-MM-DD")
		e.OnChanged = func(string) { p.changed() }
		return e
	}
	p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd = dayEntry(), dayEntry(), dayEntry(), dayEntry()
	p.reason.OnChanged = func(string) { p.changed() }
	p.notes = newFormMultiLineEntry()
	p.notes.SetMinRowsVisible(3)
	p.notes.OnChanged = func(string) { p.changed() }
	p.deliverable = widget.NewSelect(optionTexts(deliverableStates(), w.deliverableText), func(string) { p.changed() })
	p.deliverable.PlaceHolder = w.tr("plan.phase.noDeliverable")

	p.form.add("status", w.tr("plan.phase.status"), p.status)
	p.form.add("skipReason", w.tr("plan.phase.reason"), p.reason)
	p.form.add("plannedStart", w.tr("plan.phase.plannedStart"), p.plannedStart)
	p.form.add("plannedEnd", w.tr("plan.phase.plannedEnd"), p.plannedEnd)
	p.form.add("actualStart", w.tr("plan.phase.actualStart"), p.actualStart)
	p.form.add("actualEnd", w.tr("plan.phase.actualEnd"), p.actualEnd)
	p.form.add("notes", w.tr("plan.phase.notes"), p.notes)
	p.form.add("deliverable", w.tr("plan.phase.deliverableState"), p.deliverable)

	p.saveBtn = widget.NewButtonWithIcon(w.tr("action.save"), theme.DocumentSaveIcon(), func() { _ = p.save() })
	p.saveBtn.Importance = widget.HighImportance
	p.revertBtn = widget.NewButtonWithIcon(w.tr("plan.action.revert"), theme.ContentUndoIcon(), func() { p.load(p.index) })
	p.exportBtn = widget.NewButtonWithIcon("", theme.DocumentPrintIcon(), func() {
		if d, ok := p.phaseDeliverable(); ok {
			s.exportDeliverable(d)
		}
	})
	p.hint = widget.NewLabel(w.tr("plan.phase.choose"))
	buttons := container.NewHBox(p.saveBtn, p.revertBtn, p.exportBtn)
	p.box = container.NewVScroll(container.NewVBox(p.title, p.about, p.form.object(), buttons, p.hint))
	p.form.outer = p.box
	p.form.submit = func() { _ = p.save() }
	p.form.check = func() error {
		if p.index < 0 {
			return nil
		}
		_, _, err := p.build()
		return err
	}
	return p
}

func (p *phaseEditor) object() fyne.CanvasObject { return p.box }

// load fills the form with phase i of the engagement shown (-1: none).
func (p *phaseEditor) load(i int) {
	p.filling = true
	defer func() {
		p.filling = false
		// What the form was filled with is its starting point.
		p.form.settle()
		p.changed()
	}()
	e := p.s.engagement()
	p.index = i
	if i < 0 || i >= len(e.Phases) {
		p.index = -1
		p.loaded = planner.PhaseState{}
		p.hasDeliverable = false
		p.title.SetText("")
		p.about.SetText("")
		p.form.object().Hide()
		p.saveBtn.Hide()
		p.revertBtn.Hide()
		p.exportBtn.Hide()
		p.hint.Show()
		return
	}
	p.form.prefix = fmt.Sprintf("phases[%d].", i)
	p.hint.Hide()
	p.form.object().Show()
	p.saveBtn.Show()
	p.revertBtn.Show()
	ph := e.Phases[i]
	p.loaded = ph
	cat, known := p.cat.Phase(ph.Phase)
	p.title.SetText(fmt.Sprintf("%d · %s", i+1, p.w.phaseName(ph.Phase)))
	p.about.SetText(strings.Join(cat.Activities, p.w.tr("list.semicolon")))
	selectValue(p.status, phaseStatuses(), ph.Status)
	p.reason.SetText(ph.SkipReason)
	p.plannedStart.SetText(dayText(ph.PlannedStart))
	p.plannedEnd.SetText(dayText(ph.PlannedEnd))
	p.actualStart.SetText(dayText(ph.ActualStart))
	p.actualEnd.SetText(dayText(ph.ActualEnd))
	p.notes.SetText(ph.Notes)
	// Fields stay in place (enabled or not) so that switching phases
	// does not lay the form out again.
	p.hasDeliverable = known && cat.Deliverable != ""
	if p.hasDeliverable {
		state := ph.Deliverable
		if state == planner.DeliverableNone {
			state = planner.DeliverableNotStarted
		}
		selectValue(p.deliverable, deliverableStates(), state)
		p.deliverable.Enable()
	} else {
		p.deliverable.ClearSelected()
		p.deliverable.Disable()
	}
	if d, ok := p.phaseDeliverable(); ok {
		p.exportBtn.SetText(p.w.tr("plan.phase.export", p.w.tr("deliverables."+d.id)))
		p.exportBtn.Show()
	} else {
		p.exportBtn.Hide()
	}
}

// phaseDeliverable returns the deliverable of the phase in the form, and
// false when no phase is loaded or its phase has none Liftoff makes.
func (p *phaseEditor) phaseDeliverable() (deliverable, bool) {
	if p.index < 0 {
		return deliverable{}, false
	}
	ph, ok := p.cat.Phase(p.loaded.Phase)
	if !ok {
		return deliverable{}, false
	}
	return phaseDeliverable(ph)
}

// changed enables the reason field only for a skip, and Revert while the
// form holds changes.
func (p *phaseEditor) changed() {
	if p.filling || p.index < 0 {
		return
	}
	if st, _ := selectedValue(p.status, phaseStatuses()); st == planner.PhaseSkipped {
		p.reason.Enable()
	} else {
		p.reason.Disable()
	}
	// Save stays enabled, as in every form: with nothing changed it
	// saves nothing; with problems it lists them.
	if p.dirty() {
		p.revertBtn.Enable()
	} else {
		p.revertBtn.Disable()
	}
}

// dirty reports whether the form differs from the stored phase.
func (p *phaseEditor) dirty() bool {
	if p.index < 0 {
		return false
	}
	l := p.loaded
	st, _ := selectedValue(p.status, phaseStatuses())
	if st != l.Status || p.notes.Text != l.Notes {
		return true
	}
	if st == planner.PhaseSkipped && strings.TrimSpace(p.reason.Text) != l.SkipReason {
		return true
	}
	for _, f := range []struct {
		entry *formEntry
		day   planner.Date
	}{{p.plannedStart, l.PlannedStart}, {p.plannedEnd, l.PlannedEnd}, {p.actualStart, l.ActualStart}, {p.actualEnd, l.ActualEnd}} {
		if strings.TrimSpace(f.entry.Text) != dayText(f.day) {
			return true
		}
	}
	if p.hasDeliverable {
		state := l.Deliverable
		if state == planner.DeliverableNone {
			state = planner.DeliverableNotStarted
		}
		if d, _ := selectedValue(p.deliverable, deliverableStates()); d != state {
			return true
		}
	}
	return false
}

// build applies the form to a copy of the engagement through planner's
// rules, without saving: it returns the engagement as it was and as the
// form makes it, or every problem found, at the fields of the form.
func (p *phaseEditor) build() (before, after planner.Engagement, err error) {
	before = p.s.engagement().Clone()
	e := before.Clone()
	i := p.index
	l := p.loaded
	var bad inputProblems
	status, _ := selectedValue(p.status, phaseStatuses())
	reason := strings.TrimSpace(p.reason.Text)
	if status != l.Status || (status == planner.PhaseSkipped && reason != l.SkipReason) {
		if err := e.SetPhaseStatus(p.cat, l.Phase, status, reason, p.w.today()); err != nil {
			field := "status"
			if status == planner.PhaseSkipped && !errors.Is(err, planner.ErrPhaseOrder) {
				field = "skipReason"
			}
			bad = append(bad, planner.FieldError{Field: field, Message: p.w.errorText(err)})
		}
	}
	st := &e.Phases[i]
	for _, f := range []struct {
		key   string
		entry *formEntry
		was   planner.Date
		to    *planner.Date
	}{
		{"plannedStart", p.plannedStart, l.PlannedStart, &st.PlannedStart},
		{"plannedEnd", p.plannedEnd, l.PlannedEnd, &st.PlannedEnd},
		{"actualStart", p.actualStart, l.ActualStart, &st.ActualStart},
		{"actualEnd", p.actualEnd, l.ActualEnd, &st.ActualEnd},
	} {
		if strings.TrimSpace(f.entry.Text) == dayText(f.was) {
			continue // untouched: keep what the status change set
		}
		d, err := p.w.parseDay(f.entry.Text)
		if err != nil {
			bad.add(f.key, err)
			continue
		}
		*f.to = d
	}
	st.Notes = strings.TrimSpace(p.notes.Text)
	if p.hasDeliverable {
		if d, ok := selectedValue(p.deliverable, deliverableStates()); ok && d != st.Deliverable {
			if err := e.SetDeliverable(p.cat, l.Phase, d); err != nil {
				bad.add("deliverable", err)
			}
		}
	}
	if err := bad.err(fmt.Sprintf("phase %s", p.w.phaseName(l.Phase))); err != nil {
		return before, e, err
	}
	if err := e.Validate(p.cat); err != nil {
		return before, e, err
	}
	return before, e, nil
}

// save applies the form through planner's rules and stores the engagement
// when they hold; otherwise it shows planner's messages beside the fields
// and saves nothing.
func (p *phaseEditor) save() error {
	if p.index < 0 {
		return nil
	}
	l := p.loaded
	before, e, err := p.build()
	if err == nil && !p.dirty() {
		p.form.clear()
		return nil // nothing changed: nothing to save
	}
	if err != nil {
		p.form.showError(err, p.form.prefix)
		return err
	}
	if err := p.s.savePhase(e, before, p.w.tr("plan.phase.undo.save", p.w.phaseName(l.Phase))); err != nil {
		p.form.showError(err, p.form.prefix)
		return err
	}
	p.load(p.s.chosenPhase())
	return nil
}

// mainList returns the table of the tab shown: the stakeholders or the
// cadence.
func (s *engagementScreen) mainList() fyne.Focusable {
	if s.tabs.SelectedIndex() == 1 {
		return s.meets
	}
	return s.people
}

// The window's side of the engagement screen.

var _ engagementWindow = (*UI)(nil)
