package app

import (
	"fmt"
	"image/color"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/planner"
)

// This file holds the one way every form and dialog of the window checks
// what is typed and shows what is wrong:
//
//   - each field has a message area of one line under its input, there
//     even while empty, so that no field moves while messages come and go;
//     the form has a general message area of fixed height at the bottom;
//   - a message names the field by its label in the form, in the window's
//     language, never by its name in the data;
//   - a field's problem shows once the field was left after an edit, or
//     once Save was pressed; from then on it is checked at every change
//     and its message goes as soon as it is fixed;
//   - Save is always enabled: with problems it lists them at the bottom,
//     marks their fields and puts the cursor in the first;
//   - Enter in a single-line field saves, Escape cancels (asking first
//     when the form holds changes);
//   - no field shows a tick: entries are never given a Validator (Fyne
//     shows a tick beside an entry whose Validator passes); a field in
//     error is outlined in the theme's error colour instead, whatever its
//     input (entry, choice or group of boxes).

// formField is one field of a form: its label, its input and a message
// area of one line under the input, reserved even when empty.
type formField struct {
	// key is the field's name in planner's messages, such as "title",
	// "plannedEnd" or "team.tam".
	key string
	// name is the field's label as the list of problems names it.
	name  string
	label *widget.Label
	input fyne.CanvasObject
	err   *widget.Label
	// also are more names of problems that belong to the field.
	also []string
	// hint, when set, is help text under the message area.
	hint *widget.Label
	row  *fyne.Container
	// mark outlines the input while the field has a problem.
	mark *canvas.Rectangle
	// entries are the text inputs of the field; focus is what gets the
	// cursor when the field is the first with a problem, parts the input
	// that gets it for a problem of a part of the field ("team.tam.email"
	// of the field "team.tam").
	entries []*widget.Entry
	focus   fyne.Focusable
	parts   map[string]fyne.Focusable
	// edited is set by the first change the user makes; marked once the
	// field was left after an edit, or Save was pressed: its problem
	// shows from then on.
	edited, marked bool
}

// setError shows message in the field's message area and outlines its
// input; "" clears both. The area keeps its height either way.
func (f *formField) setError(message string) {
	if f.err.Text != message {
		f.err.SetText(message)
	}
	if message == "" {
		f.mark.Hide()
		return
	}
	f.mark.StrokeColor = theme.Color(theme.ColorNameError)
	f.mark.CornerRadius = theme.InputRadiusSize()
	f.mark.Show()
	f.mark.Refresh()
}

// setHint shows help text under the field.
func (f *formField) setHint(text string) {
	if f.hint == nil {
		f.hint = widget.NewLabel("")
		f.hint.SizeName = theme.SizeNameCaptionText
		f.hint.Wrapping = fyne.TextWrapWord
		f.row.Add(f.hint)
	}
	f.hint.SetText(text)
}

// newFieldMessage returns the message area of a field: one line in the
// theme's error colour, cut short with an ellipsis (the list at the bottom
// of the form has the whole text).
func newFieldMessage() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Truncation = fyne.TextTruncateEllipsis
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// tightLayout lays a label out without the padding above and below its
// text, so that a field's message sits close under the input and takes
// little height.
type tightLayout struct{}

// MinSize is the label's without its padding above and below.
func (tightLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	m := objects[0].MinSize()
	return fyne.NewSize(m.Width, max(0, m.Height-2*theme.InnerPadding()))
}

// Layout gives the label its padding back outside the space it has.
func (tightLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.InnerPadding()
	objects[0].Move(fyne.NewPos(0, -pad))
	objects[0].Resize(fyne.NewSize(size.Width, size.Height+2*pad))
}

// generalLines is how many lines the general message area shows before
// it scrolls.
const generalLines = 3

// formWindow is what a form uses of its window: the texts of its
// messages and the window whose focus it moves.
type formWindow interface {
	texts
	// Window returns the window the form shows in; nil before it opens.
	Window() fyne.Window
}

// fieldForm is a form whose fields show their problems inline, in the
// same way in every form and dialog of the window (see the top of this
// file).
type fieldForm struct {
	w      formWindow
	fields []*formField
	// general lists the problems once Save found some, and shows those
	// that belong to no field of the form; generalArea holds it at a
	// fixed height.
	general     *widget.Label
	generalArea *container.Scroll
	// collapseGeneral hides generalArea while it is empty: for a form
	// whose list sits below everything else (Settings), where showing it
	// moves no field.
	collapseGeneral bool
	// onGeneralShown, when set, is called after generalArea was shown or
	// hidden, so that what holds it can lay itself out again.
	onGeneralShown func()
	grid           *fyne.Container
	box            *fyne.Container
	// outer is what holds the form (a scroll), laid out again when a
	// field comes or goes.
	outer fyne.CanvasObject
	// grown, when set, is called after fields came or went, so that a
	// dialog can fit the form.
	grown func()
	// check returns what is wrong with the form as it is, without saving
	// anything (a *planner.ValidationError names the fields); nil when the
	// form can only be checked by saving. prefix is taken off the field
	// names of its problems ("stakeholders[2].").
	check  func() error
	prefix string
	// labelOf names the field of a problem for the list when no field of
	// the form has that key; nil names none.
	labelOf func(field string) string
	// listed is set while the list of problems shows: Save found some.
	listed bool
	// problems are the problems the form shows, as last checked.
	problems []planner.FieldError
	// submit and cancel are what Enter and Escape do; set by the dialog.
	submit, cancel func()
	// root is the form with its general message area, made by object.
	root fyne.CanvasObject
}

// newFieldForm returns an empty form of the window u.
func newFieldForm(w formWindow) *fieldForm {
	f := &fieldForm{w: w, grid: container.New(layout.NewFormLayout())}
	f.general = widget.NewLabel("")
	f.general.Importance = widget.DangerImportance
	f.general.Wrapping = fyne.TextWrapWord
	f.generalArea = container.NewVScroll(f.general)
	lines := widget.NewLabel(strings.Repeat("\n", generalLines-1))
	f.generalArea.SetMinSize(fyne.NewSize(0, lines.MinSize().Height))
	f.box = container.NewVBox(f.grid)
	return f
}

// relayout lays the form and what holds it out again after a field came
// or went.
func (f *fieldForm) relayout() {
	f.grid.Refresh()
	f.box.Refresh()
	if f.outer != nil {
		f.outer.Refresh()
	}
	if f.grown != nil {
		f.grown()
	}
}

// add appends a field named key (as planner names it) with a label and an
// input, and returns it.
func (f *fieldForm) add(key, label string, input fyne.CanvasObject) *formField {
	return f.addTo(f.grid, key, label, input)
}

// addTo appends a field like add does, to grid c (a form layout) rather
// than the form's own grid.
func (f *fieldForm) addTo(c *fyne.Container, key, label string, input fyne.CanvasObject) *formField {
	return f.addLabelled(c, key, label, input, fyne.TextAlignTrailing)
}

// addAbove appends a field to c (a box) with its label above the input.
func (f *fieldForm) addAbove(c *fyne.Container, key, label string, input fyne.CanvasObject) *formField {
	return f.addLabelled(c, key, label, input, fyne.TextAlignLeading)
}

// addLabelled appends a field to c: its label, aligned by align, and
// then its input.
func (f *fieldForm) addLabelled(c *fyne.Container, key, label string, input fyne.CanvasObject, align fyne.TextAlign) *formField {
	fld := f.newField(key, label, input)
	fld.label = widget.NewLabelWithStyle(label, align, fyne.TextStyle{Bold: true})
	c.Add(fld.label)
	c.Add(fld.row)
	return fld
}

// newField returns a field of the form for input that the caller places
// (in a row of a list, say) rather than the form's grid.
func (f *fieldForm) newField(key, name string, input fyne.CanvasObject) *formField {
	fld := &formField{key: key, name: name, input: input, err: newFieldMessage()}
	fld.mark = canvas.NewRectangle(color.Transparent)
	fld.mark.StrokeWidth = 2
	fld.mark.Hide()
	fld.row = container.NewVBox(container.NewStack(input, fld.mark), container.New(tightLayout{}, fld.err))
	f.fields = append(f.fields, fld)
	f.watch(fld, input)
	return fld
}

// thenChosen returns a change hook that runs prev, when set, and then
// tells form f that field fld was chosen.
func thenChosen[T any](prev func(T), f *fieldForm, fld *formField) func(T) {
	return func(v T) {
		if prev != nil {
			prev(v)
		}
		f.chosen(fld)
	}
}

// dropFields takes fields out of the form (their row was removed).
func (f *fieldForm) dropFields(fields []*formField) {
	f.fields = slices.DeleteFunc(f.fields, func(x *formField) bool { return slices.Contains(fields, x) })
}

// watch hooks the inputs in o up to the form: changes check the form
// again, Enter saves, Escape cancels, leaving a field shows its problem.
// Hooks set on the inputs before are kept and run first.
func (f *fieldForm) watch(fld *formField, o fyne.CanvasObject) {
	var entry *widget.Entry
	switch w := o.(type) {
	case *formEntry:
		entry = &w.Entry
		w.fieldHooks = f.hooks(fld)
	case *widget.SelectEntry:
		entry = &w.Entry
	case *widget.Entry:
		entry = w
	case *formSelect:
		w.fieldHooks = fieldHooks{onEscape: f.escape}
		f.watchSelect(fld, &w.Select, w)
	case *formSelectEntry:
		entry = &w.Entry
		w.fieldHooks = f.hooks(fld)
	case *widget.Select:
		f.watchSelect(fld, w, w)
	case *widget.Check:
		w.OnChanged = thenChosen(w.OnChanged, f, fld)
		f.setFocus(fld, w)
	case *widget.RadioGroup:
		w.OnChanged = thenChosen(w.OnChanged, f, fld)
	case *fyne.Container:
		for _, child := range w.Objects {
			f.watch(fld, child)
		}
	}
	if entry == nil {
		return
	}
	focusable, _ := o.(fyne.Focusable)
	f.setFocus(fld, focusable)
	fld.entries = append(fld.entries, entry)
	entry.Validator = nil
	entry.AlwaysShowValidationError = false
	prev := entry.OnChanged
	entry.OnChanged = func(s string) {
		if prev != nil {
			prev(s)
		}
		f.edited(fld)
	}
	if !entry.MultiLine && entry.OnSubmitted == nil {
		entry.OnSubmitted = func(string) {
			if f.submit != nil {
				f.submit()
			}
		}
	}
}

// watchSelect hooks the drop-down sel, drawn as o, up to the form: a
// choice checks the form again. A drop-down still showing Fyne's
// English placeholder asks in the window's language.
func (f *fieldForm) watchSelect(fld *formField, sel *widget.Select, o fyne.Focusable) {
	prev := sel.OnChanged
	sel.OnChanged = func(s string) {
		if prev != nil {
			prev(s)
		}
		f.chosen(fld)
	}
	if sel.PlaceHolder == "" || sel.PlaceHolder == fyneSelectPlaceHolder() {
		sel.PlaceHolder = f.w.tr("form.select.placeholder")
	}
	f.setFocus(fld, o)
}

// setFocus makes o what gets the cursor for fld, unless it has one.
func (f *fieldForm) setFocus(fld *formField, o fyne.Focusable) {
	if fld.focus == nil && o != nil {
		fld.focus = o
	}
}

// edited follows a change typed into fld: a field that shows its problem,
// or any field while the list of problems shows, checks the form again.
func (f *fieldForm) edited(fld *formField) {
	fld.edited = true
	if fld.marked || f.listed {
		f.recheck(fld)
	}
}

// chosen follows a choice in fld (a Select, Check or radio button): a
// choice is made at once, so the field shows its problem from then on.
func (f *fieldForm) chosen(fld *formField) {
	fld.edited, fld.marked = true, true
	f.recheck(fld)
}

// left follows the cursor leaving fld: once edited, it shows its problem.
func (f *fieldForm) left(fld *formField) {
	if !fld.edited || fld.marked {
		return
	}
	fld.marked = true
	f.recheck(fld)
}

// escape is Escape in a field: the form's cancel.
func (f *fieldForm) escape() {
	if f.cancel != nil {
		f.cancel()
	}
}

// recheck checks the form again after fld changed. A form without check
// can only be checked by saving: the changed field's message goes until
// the next Save.
func (f *fieldForm) recheck(fld *formField) {
	if f.check == nil {
		f.problems = slices.DeleteFunc(f.problems, func(p planner.FieldError) bool { return f.field(p.Field) == fld })
		f.render()
		return
	}
	f.problems = f.problemsOf(f.check(), f.prefix)
	f.render()
}

// problemsOf returns the problems of err in the window's language, with
// prefix taken off their field names; nil for no error.
func (f *fieldForm) problemsOf(err error, prefix string) []planner.FieldError {
	if err == nil {
		return nil
	}
	v, ok := planner.AsValidation(f.w.localize(err))
	if !ok {
		return []planner.FieldError{{Message: f.w.errorText(err)}}
	}
	out := make([]planner.FieldError, len(v.Problems))
	for i, p := range v.Problems {
		p.Field = strings.TrimPrefix(p.Field, prefix)
		out[i] = p
	}
	return out
}

// render shows the problems: each marked field its first, and the list
// at the bottom while it shows (problems of no field of the form always).
func (f *fieldForm) render() {
	// The list follows the order of the fields in the form; problems of
	// no field come last.
	place := func(p planner.FieldError) int {
		if i := slices.Index(f.fields, f.field(p.Field)); i >= 0 {
			return i
		}
		return len(f.fields)
	}
	slices.SortStableFunc(f.problems, func(a, b planner.FieldError) int { return place(a) - place(b) })
	first := map[*formField]string{}
	var lines []string
	for _, p := range f.problems {
		fld := f.field(p.Field)
		if fld != nil {
			if _, seen := first[fld]; !seen {
				first[fld] = p.Message
			}
		}
		if f.listed || fld == nil {
			lines = append(lines, "• "+f.line(p))
		}
	}
	for _, fld := range f.fields {
		if msg, ok := first[fld]; ok && fld.marked {
			fld.setError(msg)
		} else {
			fld.setError("")
		}
	}
	if len(f.problems) == 0 {
		f.listed = false
	}
	text := strings.Join(lines, "\n")
	if f.general.Text != text {
		f.general.SetText(text)
		f.generalArea.ScrollToTop()
	}
	if f.collapseGeneral && f.generalArea.Visible() != (text != "") {
		if text == "" {
			f.generalArea.Hide()
		} else {
			f.generalArea.Show()
		}
		if f.onGeneralShown != nil {
			f.onGeneralShown()
		}
	}
}

// line is one problem in the list: the field's label and the message.
func (f *fieldForm) line(p planner.FieldError) string {
	if name := f.nameOf(p.Field); name != "" {
		return f.w.tr("form.problem", name, p.Message)
	}
	return p.Message
}

// nameOf returns the label of the field a problem names: the form's field
// of that key, else what labelOf says, else the field the name belongs
// to; "" for none.
func (f *fieldForm) nameOf(field string) string {
	if field == "" {
		return ""
	}
	for _, fld := range f.fields {
		if fld.key == field && fld.name != "" {
			return fld.name
		}
	}
	if f.labelOf != nil {
		if name := f.labelOf(field); name != "" {
			return name
		}
	}
	if fld := f.field(field); fld != nil {
		return fld.name
	}
	return ""
}

// field returns the field whose key names problem field name: the same
// key, or a key the name continues ("useCases[0].name" belongs to
// "useCases").
func (f *fieldForm) field(name string) *formField {
	if name == "" {
		return nil
	}
	for _, fld := range f.fields {
		if fld.key == name || slices.Contains(fld.also, name) {
			return fld
		}
	}
	for _, fld := range f.fields {
		if fld.key != "" && (strings.HasPrefix(name, fld.key+".") || strings.HasPrefix(name, fld.key+"[")) {
			return fld
		}
	}
	return nil
}

// clear takes every message and mark away.
func (f *fieldForm) clear() {
	f.problems, f.listed = nil, false
	for _, fld := range f.fields {
		fld.marked = false
	}
	f.render()
}

// settle makes what the form holds its starting point: no field counts
// as edited, and no message shows. Forms call it after filling their
// fields.
func (f *fieldForm) settle() {
	for _, fld := range f.fields {
		fld.edited = false
	}
	f.clear()
}

// touched reports whether the user changed a field since the form settled.
func (f *fieldForm) touched() bool {
	return slices.ContainsFunc(f.fields, func(fld *formField) bool { return fld.edited })
}

// problemsError returns problems as a *planner.ValidationError, or nil
// when there are none.
func problemsError(problems []planner.FieldError) error {
	if len(problems) == 0 {
		return nil
	}
	return &planner.ValidationError{Problems: problems}
}

// setFieldError shows message at field key (as a problem of the form when
// it has no such field) and lists it, as Save does.
func (f *fieldForm) setFieldError(key, message string) {
	f.problems = append(f.problems, planner.FieldError{Field: key, Message: message})
	f.showProblems()
}

// showError shows what Save found wrong: each problem of a
// *planner.ValidationError at its field, with prefix (such as
// "phases[2].") taken off the field name first; any other error as a
// problem of the form. The fields are marked, the problems listed and the
// cursor put in the first field with a problem.
func (f *fieldForm) showError(err error, prefix string) {
	f.problems = f.problemsOf(err, prefix)
	f.showProblems()
}

// showProblems marks every field with a problem, lists the problems and
// puts the cursor in the first such field.
func (f *fieldForm) showProblems() {
	f.listed = len(f.problems) > 0
	var focus fyne.Focusable
	for _, fld := range f.fields {
		for _, p := range f.problems {
			if f.field(p.Field) != fld {
				continue
			}
			fld.marked = true
			if focus == nil {
				focus = fld.focus
				if part, ok := fld.parts[p.Field]; ok {
					focus = part
				}
			}
		}
	}
	f.render()
	if win := f.w.Window(); focus != nil && win != nil {
		win.Canvas().Focus(focus)
	}
}

// checkAll checks the whole form as Save does, without saving: it shows
// the problems as showError does and returns them as an error, or nil.
func (f *fieldForm) checkAll() error {
	if f.check == nil {
		return nil
	}
	err := f.check()
	if err != nil {
		f.showError(err, f.prefix)
		return err
	}
	f.clear()
	return nil
}

// object returns the form's content with the general message area at the
// bottom.
func (f *fieldForm) object() fyne.CanvasObject {
	if f.root == nil {
		f.root = container.NewBorder(nil, f.generalArea, nil, nil, f.box)
	}
	return f.root
}

// messages returns every message the form shows, field by field as
// "key: message", then the problems of no field of the form, for tests
// and screen readers.
func (f *fieldForm) messages() []string {
	var out []string
	for _, fld := range f.fields {
		if fld.err.Text != "" {
			out = append(out, fld.key+": "+fld.err.Text)
		}
	}
	for _, p := range f.problems {
		if f.field(p.Field) == nil {
			out = append(out, f.line(p))
		}
	}
	return out
}

// saveBuilt returns the Save of a form whose value build returns, or
// what is wrong with it: it stores the value with put and shows either's
// error in form, where planner's messages name the form's fields after
// prefix (such as "objectives[2]."; "" when they name them bare). It
// gives form a check that builds without storing, so that a field's
// message goes once it is fixed.
func saveBuilt[T any](form *fieldForm, prefix string, build func() (T, error), put func(T) error) func() error {
	form.check = readErr(build)
	return func() error {
		v, err := build()
		if err == nil {
			err = put(v)
		}
		if err != nil {
			form.showError(err, prefix)
		}
		return err
	}
}

// readErr returns a form's check that what read reads can be read: the
// error read returns.
func readErr[T any](read func() (T, error)) func() error {
	return func() error {
		_, err := read()
		return err
	}
}

// inputProblems collects the problems of what was typed into a form
// before planner sees it: text that is not a day or a number.
type inputProblems []planner.FieldError

func (p *inputProblems) add(field string, err error) {
	*p = append(*p, planner.FieldError{Field: field, Message: err.Error()})
}

// day returns text read as a day by parse; what is wrong with it
// becomes field's problem.
func (p *inputProblems) day(field, text string, parse func(string) (planner.Date, error)) planner.Date {
	d, err := parse(text)
	if err != nil {
		p.add(field, err)
	}
	return d
}

// err returns the problems as a *planner.ValidationError, or nil.
func (p inputProblems) err(what string) error {
	if len(p) == 0 {
		return nil
	}
	return &planner.ValidationError{What: what, Problems: p}
}

// formEntry is an entry of a form: Escape in it cancels the form, and
// leaving it shows the field's problem.
type formEntry struct {
	widget.Entry
	fieldHooks
}

// newFormEntry returns a single-line entry for a form.
func newFormEntry() *formEntry {
	e := &formEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// newHintedEntry returns a single-line entry for a form that shows hint
// while empty and calls changed on every change.
func newHintedEntry(hint string, changed func(string)) *formEntry {
	e := newFormEntry()
	e.SetPlaceHolder(hint)
	e.OnChanged = changed
	return e
}

// newFormMultiLineEntry returns a multi-line entry for a form.
func newFormMultiLineEntry() *formEntry {
	e := newFormEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// TypedKey cancels the form on Escape; other keys go to the entry.
func (e *formEntry) TypedKey(k *fyne.KeyEvent) { e.typedKey(k, e.Entry.TypedKey) }

// FocusLost tells the form the field was left.
func (e *formEntry) FocusLost() { e.focusLost(e.Entry.FocusLost) }

// dayPattern matches a day typed as year, month and day with hyphens,
// such as 2027-02-30 or 2027-2-3.
var dayPattern = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)

// dayProblem says why typed text is not a day.
type dayProblem int

// The problems of typed days.
const (
	dayOK dayProblem = iota
	// dayFormat: the text is not of the form YYYY-MM-DD.
	dayFormat
	// dayNoMonth: the month is not 1 to 12.
	dayNoMonth
	// dayImpossible: the month has no such day (2027-02-30).
	dayImpossible
)

// readDay reads a day typed as YYYY-MM-DD (one-digit months and days
// too); empty text is the zero Date (not set). What it returns with a
// problem is the day as typed, for the message.
func readDay(text string) (planner.Date, dayProblem) {
	text = strings.TrimSpace(text)
	if text == "" {
		return planner.Date{}, dayOK
	}
	m := dayPattern.FindStringSubmatch(text)
	if m == nil {
		return planner.Date{}, dayFormat
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	d := planner.Date{Year: year, Month: time.Month(month), Day: day}
	if month < 1 || month > 12 {
		return d, dayNoMonth
	}
	if last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day(); day < 1 || day > last {
		return d, dayImpossible
	}
	return d, dayOK
}

// parseDay reads a day typed into a form as readDay does; it is the one
// reader of typed days. A day that cannot be is named as such ("30
// February 2027 does not exist"); other text is told the form expected,
// with an example, in the window's language.
func (u *UI) parseDay(text string) (planner.Date, error) {
	d, problem := readDay(text)
	example := u.today().String()
	switch problem {
	case dayFormat:
		return planner.Date{}, fmt.Errorf("%s", u.tr("form.date.format", example))
	case dayNoMonth:
		return planner.Date{}, fmt.Errorf("%s", u.tr("form.date.noMonth", int(d.Month), example))
	case dayImpossible:
		return planner.Date{}, fmt.Errorf("%s", u.tr("form.date.impossible", u.text.LongDate(d)))
	}
	return d, nil
}

// numberProblem says, in the window's language, that text typed where a
// number belongs is none.
func (u *UI) numberProblem(text string) error {
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("%s", u.tr("form.number.empty"))
	}
	return fmt.Errorf("%s", u.tr("form.number.not", text))
}

// formDialogWindow is what a form dialog uses of its window.
type formDialogWindow interface {
	// Window returns the window the dialog opens over.
	Window() fyne.Window
	// addGuard registers an open dialog whose changes must not be lost
	// when the window closes; the returned function removes it.
	addGuard(g dirtyGuard) (remove func())
	// discardAsking runs discard, asking first when dirty.
	discardAsking(dirty bool, title, message string, discard func())
	// returnFocus gives the focus back to prev, or to the screen.
	returnFocus(prev fyne.Focusable)
}

// formDialog is a form in a dialog with Save and Cancel. Save applies
// the form; the dialog stays open while there are problems, which show
// as the form shows them. Enter saves, Escape and Cancel close, asking
// first when the form holds changes; closing the window while the dialog
// holds changes asks too.
type formDialog struct {
	w      formDialogWindow
	form   *fieldForm
	dialog *dialog.CustomDialog
	scroll *container.Scroll
	save   *widget.Button
	cancel *widget.Button
	// extra are buttons left of Cancel, such as Remove.
	extra       []*widget.Button
	apply       func() error
	dirty       func() bool
	removeGuard func()
	// keys is the window's key handler while the dialog is open, put
	// back on close.
	keys func(*fyne.KeyEvent)
	// discardTitle and discardMessage ask whether to close with changes.
	discardTitle, discardMessage string
	// closed, when set, is called after the dialog closed.
	closed func()
	open   bool
	// returnTo had the keyboard focus before the dialog opened; it gets
	// it back when the dialog closes.
	returnTo fyne.Focusable
}

// newFormDialog returns a dialog for form; apply saves it (showing what
// is wrong in the form and returning an error when it cannot), dirty
// reports changes not saved yet. extra buttons go before Cancel.
func (u *UI) newFormDialog(title string, form *fieldForm, apply func() error, dirty func() bool, extra ...*widget.Button) *formDialog {
	fd := &formDialog{w: u, form: form, apply: apply, dirty: dirty, extra: extra,
		discardTitle: u.tr("plan.form.discard.title"), discardMessage: u.tr("plan.form.discard.message")}
	fd.scroll = container.NewVScroll(form.box)
	fd.fit(480, 520)
	form.outer = fd.scroll
	fd.dialog = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, form.generalArea, nil, nil, fd.scroll), u.window)
	form.grown = func() {
		fd.fit(fd.scroll.MinSize().Width, 520)
		fd.dialog.Resize(fd.dialog.MinSize())
	}
	form.submit = func() { _ = fd.submit() }
	form.cancel = fd.requestCancel
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

// fit makes the form's scroll width wide and as high as the form, up to
// maxHeight.
func (fd *formDialog) fit(width, maxHeight float32) {
	fd.scroll.SetMinSize(fyne.NewSize(width, min(fd.form.box.MinSize().Height+8, maxHeight)))
}

// show opens the dialog with the cursor in its first field.
func (fd *formDialog) show() {
	fd.open = true
	fd.removeGuard = fd.w.addGuard(dirtyGuard{
		dirty:   func() bool { return fd.open && fd.dirty() },
		save:    fd.submit,
		discard: fd.close,
	})
	canvas := fd.w.Window().Canvas()
	fd.returnTo = canvas.Focused()
	fd.keys = canvas.OnTypedKey()
	canvas.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape && fd.open {
			fd.requestCancel()
			return
		}
		if fd.keys != nil {
			fd.keys(k)
		}
	})
	fd.dialog.Show()
	for _, fld := range fd.form.fields {
		if fld.focus != nil && !disabled(fld.focus) {
			canvas.Focus(fld.focus)
			break
		}
	}
}

// disabled reports whether o is a widget that is disabled.
func disabled(o any) bool {
	d, ok := o.(fyne.Disableable)
	return ok && d.Disabled()
}

// submit applies the form and closes the dialog when it is saved.
func (fd *formDialog) submit() error {
	if !fd.open {
		return nil
	}
	if err := fd.apply(); err != nil {
		return err
	}
	fd.close()
	return nil
}

// requestCancel closes the dialog, asking first when it holds changes.
func (fd *formDialog) requestCancel() {
	if !fd.open {
		return
	}
	fd.w.discardAsking(fd.dirty(), fd.discardTitle, fd.discardMessage, fd.close)
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
	c := fd.w.Window().Canvas()
	c.SetOnTypedKey(fd.keys)
	// The field with the cursor is told it lost it before the dialog
	// goes, and the focus goes back to what had it before.
	if focused := c.Focused(); focused != nil && fd.form.holds(focused) {
		c.Unfocus()
	}
	fd.dialog.Hide()
	fd.w.returnFocus(fd.returnTo)
	fd.returnTo = nil
	if fd.closed != nil {
		fd.closed()
	}
}

// holds reports whether o is an input of the form's fields.
func (f *fieldForm) holds(o fyne.Focusable) bool {
	for _, fld := range f.fields {
		if fld.focus == o || slices.ContainsFunc(fld.entries, func(e *widget.Entry) bool { return fyne.Focusable(e) == o }) {
			return true
		}
		for _, part := range fld.parts {
			if part == o {
				return true
			}
		}
		if w, ok := fld.input.(fyne.Focusable); ok && w == o {
			return true
		}
	}
	return false
}

// mainListScreen is a screen with a list or table that takes the
// keyboard focus when a dialog closes and nothing else had it.
type mainListScreen interface {
	screen
	// mainList returns the list or table shown, nil for none.
	mainList() fyne.Focusable
}

// returnFocus gives the keyboard focus back to prev, which had it before
// a dialog opened, after the dialog closed. When prev is gone (or nil)
// and nothing else has the focus, the screen's main list or table gets
// it, else the navigation, so that keys go somewhere the TAM sees.
func (u *UI) returnFocus(prev fyne.Focusable) {
	c := u.window.Canvas()
	if prev != nil {
		c.Focus(prev)
		if c.Focused() == prev {
			return
		}
	}
	if c.Focused() != nil {
		return
	}
	if s, ok := u.screens[u.current].(mainListScreen); ok {
		if l := s.mainList(); l != nil {
			c.Focus(l)
			if c.Focused() == l {
				return
			}
		}
	}
	if u.nav != nil {
		c.Focus(u.nav)
	}
}

// unsavedPrompt is the open question about unsaved changes (see
// UI.askUnsaved).
type unsavedPrompt struct {
	dialog  *dialog.CustomDialog
	message *widget.Label
	// reminded is set once the question said what it waits for.
	reminded bool
}

// bringForward answers a second request to quit while the question is
// open: the question says, once, that quitting waits for its answer, and
// shows again should it have been hidden. (Fyne cannot raise an overlay
// over later ones without closing them, so those stay above it.)
func (p *unsavedPrompt) bringForward(reminder string) {
	if !p.reminded {
		p.reminded = true
		p.message.SetText(p.message.Text + "\n\n" + reminder)
		p.message.TextStyle = fyne.TextStyle{Bold: true}
		p.message.Refresh()
	}
	p.dialog.Show()
	p.dialog.Resize(p.dialog.MinSize().Max(fyne.NewSize(420, 0)))
}
