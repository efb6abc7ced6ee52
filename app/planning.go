package app

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// This file holds what the planning screens (engagement, Mutual Action
// Plan and quarter) share: forms that show planner's messages beside the
// field they are about, parsing of what is typed, and the words of
// statuses (their colours are in tones.go).

// formField is one field of a planning form: its label, its input and the
// message of the problem planner found in it, shown under the input.
type formField struct {
	// key is the field's name in planner's messages, such as "title" or
	// "plannedEnd".
	key   string
	label *widget.Label
	input fyne.CanvasObject
	err   *widget.Label
	row   *fyne.Container
}

// setError shows message under the field; "" hides it.
func (f *formField) setError(message string) {
	f.err.SetText(message)
	if message == "" {
		f.err.Hide()
	} else {
		f.err.Show()
	}
}

// planningForm is a form whose fields show planner's messages inline.
type planningForm struct {
	// localize shows the problems of a validation error in the window's
	// language.
	localize func(error) error
	fields   []*formField
	// general shows problems that belong to no field of the form.
	general *widget.Label
	grid    *fyne.Container
	box     *fyne.Container
	// outer is what holds the form (a scroll), laid out again when
	// messages come or go and the form's height changes.
	outer fyne.CanvasObject
	// grown, when set, is called after the form's height changed, so
	// that a dialog can fit it.
	grown func()
}

// relayout lays the form and what holds it out again after a message or
// a field was shown or hidden.
func (f *planningForm) relayout() {
	f.grid.Refresh()
	f.box.Refresh()
	if f.outer != nil {
		f.outer.Refresh()
	}
	if f.grown != nil {
		f.grown()
	}
}

// newPlanningForm returns an empty form whose problems localize shows in
// the window's language.
func newPlanningForm(localize func(error) error) *planningForm {
	f := &planningForm{localize: localize, general: newErrorLabel(), grid: container.New(layout.NewFormLayout())}
	f.box = container.NewVBox(f.grid, f.general)
	return f
}

// newErrorLabel returns a hidden label for a problem, in the theme's error
// colour.
func newErrorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// add appends a field named key (as planner names it) with a label and an
// input, and returns it.
func (f *planningForm) add(key, label string, input fyne.CanvasObject) *formField {
	fld := &formField{key: key, label: widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
		input: input, err: newErrorLabel()}
	fld.row = container.NewVBox(input, fld.err)
	f.fields = append(f.fields, fld)
	f.grid.Add(fld.label)
	f.grid.Add(fld.row)
	return fld
}

// object returns the form's content.
func (f *planningForm) object() fyne.CanvasObject { return f.box }

// field returns the field whose key names problem field name: the same
// key, or a key the name continues ("useCases[0].name" belongs to
// "useCases").
func (f *planningForm) field(name string) *formField {
	for _, fld := range f.fields {
		if fld.key == name {
			return fld
		}
	}
	for _, fld := range f.fields {
		if strings.HasPrefix(name, fld.key+".") || strings.HasPrefix(name, fld.key+"[") {
			return fld
		}
	}
	return nil
}

// clear hides every message.
func (f *planningForm) clear() {
	shown := f.general.Visible()
	for _, fld := range f.fields {
		shown = shown || fld.err.Visible()
		fld.setError("")
	}
	f.general.SetText("")
	f.general.Hide()
	if shown {
		f.relayout()
	}
}

// setFieldError shows message under field key, or as a general problem
// when the form has no such field.
func (f *planningForm) setFieldError(key, message string) {
	if fld := f.field(key); fld != nil {
		fld.setError(message)
		f.relayout()
		return
	}
	f.addGeneral(message)
}

func (f *planningForm) addGeneral(message string) {
	text := f.general.Text
	if text != "" {
		text += "\n"
	}
	f.general.SetText(text + message)
	f.general.Show()
	f.relayout()
}

// showError shows err: each problem of a *planner.ValidationError under
// its field, with prefix (such as "phases[2].") taken off the field name
// first; any other error as a general problem.
func (f *planningForm) showError(err error, prefix string) {
	f.clear()
	if err == nil {
		return
	}
	v, ok := planner.AsValidation(f.localize(err))
	if !ok {
		f.addGeneral(err.Error())
		return
	}
	for _, p := range v.Problems {
		name := strings.TrimPrefix(p.Field, prefix)
		if fld := f.field(name); fld != nil && fld.err.Text == "" {
			fld.setError(p.Message)
			continue
		}
		if fld := f.field(name); fld != nil {
			fld.setError(fld.err.Text + "; " + p.Message)
			continue
		}
		f.addGeneral(p.Error())
	}
	f.relayout()
}

// messages returns every message the form shows, field by field, for
// tests and screen readers.
func (f *planningForm) messages() []string {
	var out []string
	for _, fld := range f.fields {
		if fld.err.Visible() && fld.err.Text != "" {
			out = append(out, fld.key+": "+fld.err.Text)
		}
	}
	if f.general.Visible() && f.general.Text != "" {
		out = append(out, f.general.Text)
	}
	return out
}

// problems collects the problems of what was typed into a form before
// planner sees it: text that is not a day or a number.
type inputProblems []planner.FieldError

func (p *inputProblems) add(field string, err error) {
	*p = append(*p, planner.FieldError{Field: field, Message: err.Error()})
}

// err returns the problems as a *planner.ValidationError, or nil.
func (p inputProblems) err(what string) error {
	if len(p) == 0 {
		return nil
	}
	return &planner.ValidationError{What: what, Problems: p}
}

// formDialog is a planning form in a dialog with Save and Cancel. Save
// applies the form; the dialog stays open while planner finds problems,
// which show beside their fields. Cancel with changes asks first, and
// closing the window while the dialog holds changes asks too.
type formDialog struct {
	u      *UI
	form   *planningForm
	dialog *dialog.CustomDialog
	save   *widget.Button
	cancel *widget.Button
	// extra are buttons left of Cancel, such as Remove.
	extra       []*widget.Button
	apply       func() error
	dirty       func() bool
	removeGuard func()
	open        bool
}

// newFormDialog returns a dialog for form; apply saves it (returning the
// error to show), dirty reports changes not saved yet. extra buttons go
// before Cancel.
func (u *UI) newFormDialog(title string, form *planningForm, apply func() error, dirty func() bool, extra ...*widget.Button) *formDialog {
	fd := &formDialog{u: u, form: form, apply: apply, dirty: dirty, extra: extra}
	scroll := container.NewVScroll(form.object())
	fit := func() { scroll.SetMinSize(fyne.NewSize(480, min(form.object().MinSize().Height+8, 520))) }
	fit()
	form.outer = scroll
	fd.dialog = dialog.NewCustomWithoutButtons(title, scroll, u.window)
	form.grown = func() {
		fit()
		fd.dialog.Resize(fd.dialog.MinSize())
	}
	fd.save = widget.NewButtonWithIcon(u.tr("action.save"), theme.DocumentSaveIcon(), func() { _ = fd.submit() })
	fd.save.Importance = widget.HighImportance
	fd.cancel = widget.NewButton(u.tr("action.cancel"), fd.requestCancel)
	var buttons []fyne.CanvasObject
	for _, b := range extra {
		buttons = append(buttons, b)
	}
	buttons = append(buttons, fd.cancel, fd.save)
	fd.dialog.SetButtons(buttons)
	return fd
}

// show opens the dialog.
func (fd *formDialog) show() {
	fd.open = true
	fd.removeGuard = fd.u.addGuard(dirtyGuard{
		dirty:   func() bool { return fd.open && fd.dirty() },
		save:    fd.submit,
		discard: fd.close,
	})
	fd.dialog.Show()
}

// submit applies the form and closes the dialog when planner accepts it.
func (fd *formDialog) submit() error {
	if err := fd.apply(); err != nil {
		return err
	}
	fd.close()
	return nil
}

// requestCancel closes the dialog, asking first when it holds changes.
func (fd *formDialog) requestCancel() {
	fd.u.discardAsking(fd.dirty(), fd.u.tr("plan.form.discard.title"), fd.u.tr("plan.form.discard.message"), fd.close)
}

// close hides the dialog without saving.
func (fd *formDialog) close() {
	if !fd.open {
		return
	}
	fd.open = false
	if fd.removeGuard != nil {
		fd.removeGuard()
		fd.removeGuard = nil
	}
	fd.dialog.Hide()
}

// newItemDialog returns the form dialog of one item of a list, such as a
// stakeholder or an objective: titled addTitle for a new item (remove
// nil), editTitle for an item that is there, with a Remove button that
// calls remove and closes the dialog, or shows remove's error in the form.
func (u *UI) newItemDialog(addTitle, editTitle string, form *planningForm, apply func() error, dirty func() bool, remove func() error) *formDialog {
	if remove == nil {
		return u.newFormDialog(addTitle, form, apply, dirty)
	}
	var fd *formDialog
	b := widget.NewButtonWithIcon(u.tr("plan.action.remove"), theme.DeleteIcon(), func() {
		if err := remove(); err != nil {
			form.showError(err, "")
			return
		}
		fd.close()
	})
	b.Importance = widget.DangerImportance
	fd = u.newFormDialog(editTitle, form, apply, dirty, b)
	return fd
}

// saveUndoable saves after with put and offers undoLabel, which puts
// before back into the same store; what names the value in the message
// of an undo that fails. The window reloads after the change.
func saveUndoable[T any](u *UI, put func(Store, T) error, after, before T, undoLabel, what string) error {
	store := u.store
	if err := put(store, after); err != nil {
		return err
	}
	u.pushUndoRedo(undoLabel, func() error {
		if err := put(store, before); err != nil {
			return fmt.Errorf("restore %s: %w", what, err)
		}
		return nil
	}, func() error {
		if err := put(store, after); err != nil {
			return fmt.Errorf("save %s again: %w", what, err)
		}
		return nil
	})
	u.changed()
	return nil
}

// withItem returns list with item at index i, replacing the item there,
// or added at the end when i is -1 (a new item).
func withItem[T any](list []T, i int, item T) []T {
	if i < 0 {
		return append(list, item)
	}
	list[i] = item
	return list
}

// itemPlace returns how planner's messages name the fields of item i of
// list, such as "stakeholders[2].", where -1 is a new item, added after
// the n there are.
func itemPlace(list string, i, n int) string {
	if i < 0 {
		i = n
	}
	return fmt.Sprintf("%s[%d].", list, i)
}

// parseDay reads a day typed as YYYY-MM-DD; empty text is the zero Date
// (not set).
func parseDay(text string) (planner.Date, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return planner.Date{}, nil
	}
	return catalog.ParseDate(text)
}

// parseDecimal reads a number as a TAM types it: "2.5", "2,5", "-12",
// "1e3", with spaces around it. A decimal comma is accepted when the text
// has no point. Empty text, text that is not a number, and numbers too
// large to be finite are refused with a message saying what was typed.
func parseDecimal(text string) (float64, error) {
	s := strings.TrimSpace(text)
	if s == "" {
		return 0, fmt.Errorf("enter a number")
	}
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	lower := strings.ToLower(s)
	if strings.ContainsAny(lower, "_xp") || strings.Contains(lower, "inf") || strings.Contains(lower, "nan") {
		return 0, fmt.Errorf("%q is not a number", text)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("%q is not a number", text)
	}
	return v, nil
}

// formatDecimal writes a number without needless decimals, the way
// parseDecimal reads it back.
func formatDecimal(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// dayText returns a day as typed in forms, "" when not set.
func dayText(d planner.Date) string { return d.String() }

// dayRange writes two days as "2027-01-04 – 2027-01-15", leaving out an
// unset end.
func dayRange(from, to planner.Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case to.IsZero():
		return from.String() + " –"
	case from.IsZero():
		return "– " + to.String()
	}
	return from.String() + " – " + to.String()
}

// phaseStatuses returns the phase statuses in the order a form offers them.
func phaseStatuses() []planner.PhaseStatus {
	return []planner.PhaseStatus{planner.PhaseNotStarted, planner.PhaseInProgress, planner.PhaseDone, planner.PhaseSkipped}
}

// planStatuses returns the statuses of objectives, milestones and actions
// in the order a form offers them.
func planStatuses() []planner.Status {
	return []planner.Status{planner.StatusOpen, planner.StatusInProgress, planner.StatusBlocked, planner.StatusDone, planner.StatusCancelled}
}

// sides returns the sides of an action or stakeholder.
func sides() []planner.Side { return []planner.Side{planner.SideCustomer, planner.SideVendor} }

// deliverableStates returns the states of a deliverable in order.
func deliverableStates() []planner.DeliverableState {
	return []planner.DeliverableState{planner.DeliverableNotStarted, planner.DeliverableDraft, planner.DeliverableDelivered}
}

// phaseStatusText, planStatusText, sideText, deliverableText and
// activityStatusText return the translated words of a status.
func (u *UI) phaseStatusText(s planner.PhaseStatus) string {
	return u.tr("plan.phase.status." + string(s))
}

func (u *UI) planStatusText(s planner.Status) string { return u.tr("plan.status." + string(s)) }

func (u *UI) sideText(s planner.Side) string { return u.tr("plan.side." + string(s)) }

func (u *UI) deliverableText(s planner.DeliverableState) string {
	if s == planner.DeliverableNone {
		s = planner.DeliverableNotStarted
	}
	return u.tr("plan.deliverable." + string(s))
}

func (u *UI) activityStatusText(s planner.ActivityStatus) string {
	return u.tr("plan.activity." + string(s))
}

// optionTexts returns the translated words of values, for a Select.
func optionTexts[T any](values []T, text func(T) string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = text(v)
	}
	return out
}

// selectedValue returns the value whose words sel shows, and whether one
// is selected.
func selectedValue[T any](sel *widget.Select, values []T) (T, bool) {
	i := sel.SelectedIndex()
	if i < 0 || i >= len(values) {
		var zero T
		return zero, false
	}
	return values[i], true
}

// selectValue selects the option of value v in sel (none when v is not
// among values).
func selectValue[T comparable](sel *widget.Select, values []T, v T) {
	if i := slices.Index(values, v); i >= 0 {
		sel.SetSelectedIndex(i)
		return
	}
	sel.ClearSelected()
}

// noCustomerMessage returns the centred message a planning screen shows
// while no customer is in focus, with a button that opens the picker.
func (u *UI) noCustomerMessage(text string) fyne.CanvasObject {
	msg := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{})
	msg.Wrapping = fyne.TextWrapWord
	choose := widget.NewButtonWithIcon(u.tr("picker.choose"), theme.AccountIcon(), func() { u.picker.open() })
	return container.NewCenter(container.NewVBox(msg, container.NewCenter(choose)))
}

// itemDisplayName returns the catalog name of an item, or its ID.
func (u *UI) itemDisplayName(id string) string {
	if it, ok := u.cat.Item(id); ok {
		return it.Name
	}
	return id
}

// discardAsking calls discard at once when there are no changes to lose
// (dirty is false), else when the answer to the question of title and
// message is yes.
func (u *UI) discardAsking(dirty bool, title, message string, discard func()) {
	if !dirty {
		discard()
		return
	}
	u.confirmDialog(title, message, func(ok bool) {
		if ok {
			discard()
		}
	})
}

// confirmDialog asks a yes/no question; it exists so that tests can answer.
func (u *UI) confirmDialog(title, message string, answer func(bool)) *dialog.ConfirmDialog {
	d := dialog.NewConfirm(title, message, answer, u.window)
	d.Show()
	return d
}
