package app

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// scheduleDialog schedules one catalog item for a customer, once or as a
// recurring series: the day defaults to the first one the scheduler finds
// free, a series lists the days of its occurrences, and planner's
// conflicts are shown for every day before anything is saved.
type scheduleDialog struct {
	w       scheduleWindow
	store   scheduleStore
	cat     *catalog.Catalog
	account planner.Account
	item    catalog.Item
	form    *fieldForm
	fd      *formDialog
	dialog  *dialog.CustomDialog

	date     *formEntry
	solution *formSelect
	phase    *formSelect
	hours    *formEntry
	status   *formSelect
	owner    *formEntry
	// title names a touchpoint (required for the custom one).
	title    *formEntry
	priority *formSelect
	// vendorOwner and customerOwner offer the success team and the
	// customer's people to pick from; any name may be typed.
	vendorOwner   *formSelectEntry
	customerOwner *formSelectEntry
	// lastDay is the last planned day of work over several days.
	lastDay   *formEntry
	nextSteps *formEntry
	objective *formSelect
	repeat    *formSelect
	ends      *formSelect
	end       *formEntry
	days      *widget.Label
	conflicts *widget.Label
	// content holds the form and the lists under it; it is laid out
	// again when a list shows or hides.
	content *fyne.Container
	save    *widget.Button

	solutions []catalog.SolutionID
	phases    []catalog.PhaseID
	// objectives are the choices of the Objective field: none, then the
	// objectives of the customer's plan.
	objectives []planner.ID
	id         planner.ID
	// seriesID is the ID a series gets, kept while the dialog is open so
	// that its occurrences keep their IDs as the form changes.
	seriesID planner.ID
	// found says why the suggested day was chosen, or why none was found.
	found string
}

// scheduleWindow is what the schedule dialog uses of the window: its
// words, names, clock, dialogs, undo history and settings, and the
// scheduler's view of the portfolio below.
type scheduleWindow interface {
	editorWindow
	// takePickedWeek returns the week picked in the quarter grid to
	// schedule into, and forgets it.
	takePickedWeek() pickedWeek
	// planInput returns what the scheduler needs to plan for an account
	// in a quarter.
	planInput(account planner.Account, q planner.Quarter) (planner.PlanInput, error)
	// conflictsOf returns planner's conflicts of activities to schedule for an account.
	conflictsOf(acc planner.Account, acts []planner.Activity) ([]planner.Conflict, error)
	// checkActivities refuses a redo when the activities are no longer as
	// the undo left them.
	checkActivities(store portfolioReader, label string, want []planner.Activity, absent []planner.ID) error
	// seriesUndoRedo returns the undo and redo of a new series.
	seriesUndoRedo(store seriesStore, label string, customer, id planner.ID) (undo, redo func() error)
}

// scheduleStore is what the schedule dialog writes: the activity or the
// series with its occurrences, the customer whose membership overrides
// grow when an activity is saved despite breaking a rule, and what the
// undo and redo of those check against.
type scheduleStore interface {
	portfolioReader
	customerWriter
	activityWriter
	seriesStore
}

// repeatRules are the choices of the Repeat field, in order; the empty
// rule is "does not repeat".
func repeatRules() []planner.Recurrence {
	return []planner.Recurrence{"", planner.RecurWeekly, planner.RecurBiweekly, planner.RecurMonthlyDay, planner.RecurMonthlyWeekday}
}

// Ways a series ends, in the order of the Ends field.
const (
	endsAfterCount = iota
	endsOnDay
)

// defaultOccurrences is how many times a new series repeats unless the
// TAM says otherwise.
const defaultOccurrences = 6

// maxListedDays is how many occurrence days the dialog lists before it
// shortens the list.
const maxListedDays = 8

// newScheduleDialog returns the dialog of window w that schedules item
// for account on store, with the solutions and phases of cat; show opens
// it.
func newScheduleDialog(w scheduleWindow, store scheduleStore, cat *catalog.Catalog, account planner.Account, item catalog.Item) *scheduleDialog {
	d := &scheduleDialog{w: w, store: store, cat: cat, account: account, item: item, id: planner.NewID(), seriesID: planner.NewID()}
	m := account.Customer.Membership
	var solNames []string
	if item.Kind == catalog.KindAccelerator && len(item.Solutions) > 0 {
		d.solutions = []catalog.SolutionID{item.Solutions[0]}
	} else if len(item.Solutions) > 0 {
		for _, s := range m.Solutions {
			if cat.ItemCovers(item, s) {
				d.solutions = append(d.solutions, s)
			}
		}
	}
	for _, s := range d.solutions {
		solNames = append(solNames, cat.SolutionName(s))
	}
	d.phases = []catalog.PhaseID{""}
	phaseNames := []string{w.tr("schedule.noPhase")}
	for _, p := range cat.Phases {
		if item.FitsPhase(p.ID) {
			d.phases = append(d.phases, p.ID)
			phaseNames = append(phaseNames, p.Name)
		}
	}
	onChange := func(string) { d.check() }
	entry := func(hint string) *formEntry { return newHintedEntry(hint, onChange) }
	d.date = entry(w.tr("form.date.hint"))
	d.solution = w.newFormSelect(solNames, onChange)
	d.phase = w.newFormSelect(phaseNames, onChange)
	d.hours = entry("")
	d.status = w.newFormSelect([]string{w.tr("activity.proposed"), w.tr("activity.scheduled")}, onChange)
	d.owner = entry("")
	objectiveNames := []string{w.tr("schedule.objective.none")}
	d.objectives = []planner.ID{{}}
	for _, o := range account.Plan.Objectives {
		objectiveNames = append(objectiveNames, o.Title)
		d.objectives = append(d.objectives, o.ID)
	}
	d.objective = w.newFormSelect(objectiveNames, onChange)
	d.objective.SetSelectedIndex(0)
	if len(d.objectives) == 1 {
		d.objective.Disable()
	}
	d.title = entry("")
	var prioNames []string
	for _, p := range planner.ActivityPriorities() {
		prioNames = append(prioNames, w.tr("priority."+string(p)))
	}
	d.priority = w.newFormSelect(prioNames, onChange)
	d.vendorOwner = newFormSelectEntry(vendorPeople(account.Customer))
	d.customerOwner = newFormSelectEntry(customerPeople(account))
	for _, e := range []*formSelectEntry{d.vendorOwner, d.customerOwner} {
		e.OnChanged = onChange
	}
	d.lastDay = entry(w.tr("form.date.hint"))
	d.nextSteps = newFormMultiLineEntry()
	d.nextSteps.OnChanged = onChange
	d.nextSteps.SetMinRowsVisible(2)
	var repeatNames []string
	for _, r := range repeatRules() {
		repeatNames = append(repeatNames, d.repeatText(r))
	}
	d.repeat = w.newFormSelect(repeatNames, onChange)
	d.ends = w.newFormSelect([]string{w.tr("schedule.ends.count"), w.tr("schedule.ends.until")}, func(string) {
		d.end.SetPlaceHolder(d.endHint())
		d.check()
	})
	d.end = entry("")
	d.days = newWrapLabel("")
	d.days.Hide()
	d.conflicts = newWrapLabel("")

	form := w.newFieldForm()
	d.form = form
	if item.Kind == catalog.KindTouchpoint {
		form.add("title", w.tr("schedule.activityTitle"), d.title)
	}
	dateField := form.add("date", w.tr("schedule.date"), d.date)
	dateField.also = []string{"start"}
	form.add("endDate", w.tr("schedule.lastDay"), d.lastDay)
	form.add("solution", w.tr("schedule.solution"), d.solution)
	form.add("phase", w.tr("schedule.phase"), d.phase)
	form.add("hours", w.tr("schedule.hours"), d.hours)
	form.add("status", w.tr("schedule.status"), d.status)
	form.add("priority", w.tr("schedule.priority"), d.priority)
	form.add("owner", w.tr("schedule.owner"), d.owner)
	form.add("objectiveId", w.tr("schedule.objective"), d.objective)
	form.add("vendorOwner", w.tr("schedule.vendorOwner"), d.vendorOwner)
	form.add("customerOwner", w.tr("schedule.customerOwner"), d.customerOwner)
	form.add("nextSteps", w.tr("schedule.nextSteps"), d.nextSteps)
	form.add("rule", w.tr("schedule.repeat"), d.repeat)
	form.add("ends", w.tr("schedule.ends"), container.NewGridWithColumns(2, d.ends, d.end)).also = []string{"count", "until"}
	// Problems of the series name its fields as planner does ("count",
	// "until"): the form calls them by the words the dialog uses.
	form.labelOf = func(field string) string {
		if field == "" {
			return ""
		}
		name, _ := w.words().lookup("schedule.field." + field)
		return name
	}
	form.check = func() error {
		_, _, _, problems := d.plan()
		return problemsError(problems)
	}
	form.box.Add(d.days)
	form.box.Add(widget.NewSeparator())
	form.box.Add(d.conflicts)
	d.content = form.box

	if len(d.solutions) > 0 {
		d.solution.SetSelectedIndex(0)
	}
	d.phase.SetSelectedIndex(d.defaultPhase())
	d.hours.SetText(strconv.Itoa(item.Hours))
	d.status.SetSelectedIndex(1)
	d.owner.SetText(w.settings().Profile.Name)
	d.date.SetText(d.firstDay().String())
	if d.found != "" {
		dateField.setHint(d.found)
	}
	d.repeat.SetSelectedIndex(0)
	d.ends.SetSelectedIndex(endsAfterCount)
	d.end.SetText(strconv.Itoa(defaultOccurrences))
	d.priority.SetSelectedIndex(slices.Index(planner.ActivityPriorities(), planner.PriorityNormal))
	d.vendorOwner.SetText(w.settings().Profile.Name)
	if len(d.solutions) == 0 {
		d.solution.Disable()
	}
	form.settle()

	d.fd = w.newFormDialog(w.tr("schedule.title", item.Name, account.Customer.Name), form, d.apply, form.touched)
	d.dialog, d.save = d.fd.dialog, d.fd.save
	d.save.SetText(w.tr("schedule.save"))
	d.save.SetIcon(theme.ConfirmIcon())
	d.fd.fit(600, 520)
	d.dialog.Resize(fyne.NewSize(640, 640))
	d.check()
	return d
}

// show opens the dialog.
func (d *scheduleDialog) show() {
	d.fd.show()
}

// defaultPhase returns the index of the phase to offer: the customer's
// current phase when the item fits it, else the item's first phase.
func (d *scheduleDialog) defaultPhase() int {
	current := planner.CurrentPhase(d.account.Engagements)
	if i := slices.Index(d.phases, current); i > 0 {
		return i
	}
	if len(d.phases) > 1 && len(d.item.Phases) > 0 {
		return 1
	}
	return 0
}

// pickedWeek is a week chosen in the quarter grid to schedule an
// activity of a customer into.
type pickedWeek struct {
	customer planner.ID
	monday   planner.Date
}

// firstDay returns the day the dialog proposes: the first business day
// from tomorrow of the week picked in the quarter grid for the customer,
// else the day suggestDay finds.
func (d *scheduleDialog) firstDay() planner.Date {
	w := d.w
	pw := w.takePickedWeek()
	if pw.customer != d.account.Customer.ID || pw.monday.IsZero() {
		return d.suggestDay()
	}
	cal, err := planner.CustomerCalendar(d.cat, w.settings(), d.account.Customer)
	if err != nil {
		return d.suggestDay()
	}
	start := pw.monday
	if tomorrow := w.today().AddDays(1); start.Before(tomorrow) {
		start = tomorrow
	}
	day, err := planner.NextBusinessDay(cal, start)
	if err != nil || day.After(pw.monday.AddDays(6)) {
		return d.suggestDay()
	}
	d.found = w.tr("keys.schedule.week", pw.monday.String())
	return day
}

// suggestDay asks the scheduler for the first free day from tomorrow, in
// this quarter or the next.
func (d *scheduleDialog) suggestDay() planner.Date {
	w := d.w
	earliest := w.today().AddDays(1)
	q := planner.QuarterOf(earliest)
	req := d.request()
	req.Earliest = earliest
	for range 2 {
		in, err := w.planInput(d.account, q)
		if err != nil {
			d.found = w.errorText(err)
			return earliest
		}
		prop, err := planner.AutoSchedule(in, []planner.Request{req})
		if err != nil {
			d.found = w.errorText(err)
			return earliest
		}
		if len(prop.Placed) > 0 {
			d.found = w.tr("schedule.found")
			return prop.Placed[0].Date
		}
		if len(prop.Unplaced) > 0 {
			d.found = w.tr("schedule.notFound", w.sentence(prop.Unplaced[0].Reason))
		}
		q = q.Next()
	}
	return earliest
}

// request returns the scheduling request the form describes.
func (d *scheduleDialog) request() planner.Request {
	r := planner.Request{CustomerID: d.account.Customer.ID, ItemID: d.item.ID, Owner: strings.TrimSpace(d.owner.Text)}
	if i := d.solution.SelectedIndex(); i >= 0 && i < len(d.solutions) {
		r.Solution = d.solutions[i]
	}
	if i := d.phase.SelectedIndex(); i >= 0 && i < len(d.phases) {
		r.Phase = d.phases[i]
	}
	if h, err := strconv.ParseFloat(strings.TrimSpace(d.hours.Text), 64); err == nil {
		r.Hours = h
	}
	if d.objective != nil {
		if i := d.objective.SelectedIndex(); i > 0 && i < len(d.objectives) {
			r.ObjectiveID = d.objectives[i]
		}
	}
	return r
}

// activity returns the activity the form describes, and the problems of
// values that could not be read.
func (d *scheduleDialog) activity() (planner.Activity, []planner.FieldError) {
	r := d.request()
	a := planner.Activity{ID: d.id, CustomerID: r.CustomerID, ItemID: r.ItemID, Solution: r.Solution,
		Phase: r.Phase, Hours: r.Hours, Owner: r.Owner, Status: planner.ActivityScheduled, ObjectiveID: r.ObjectiveID,
		Title: strings.TrimSpace(d.title.Text), VendorOwner: strings.TrimSpace(d.vendorOwner.Text),
		CustomerOwner: strings.TrimSpace(d.customerOwner.Text), NextSteps: strings.TrimSpace(d.nextSteps.Text)}
	if i := d.priority.SelectedIndex(); i >= 0 && i < len(planner.ActivityPriorities()) {
		a.Priority = planner.ActivityPriorities()[i]
	}
	if d.status.SelectedIndex() == 0 {
		a.Status = planner.ActivityProposed
	}
	var parse []planner.FieldError
	if day, err := d.w.parseDay(d.date.Text); err != nil {
		parse = append(parse, planner.FieldError{Field: "date", Message: err.Error()})
	} else {
		a.Date = day
	}
	if _, err := strconv.ParseFloat(strings.TrimSpace(d.hours.Text), 64); err != nil {
		parse = append(parse, planner.FieldError{Field: "hours", Message: d.w.tr("form.notHours", d.hours.Text)})
	}
	if day, err := d.w.parseDay(d.lastDay.Text); err != nil {
		parse = append(parse, planner.FieldError{Field: "endDate", Message: err.Error()})
	} else {
		a.EndDate = day
	}
	return a, parse
}

// vendorPeople returns the names of c's success team, to pick an owner
// on the vendor's side from.
func vendorPeople(c planner.Customer) []string {
	var out []string
	for _, role := range planner.TeamRoles() {
		if p := c.Team.Member(role); p.Name != "" && !slices.Contains(out, p.Name) {
			out = append(out, p.Name)
		}
	}
	return out
}

// customerPeople returns the names of the customer's stakeholders in a's
// engagements and of its Named Support Contacts, to pick an owner on the
// customer's side from.
func customerPeople(a planner.Account) []string {
	var out []string
	for _, e := range a.Engagements {
		for _, s := range e.Stakeholders {
			if s.Side == planner.SideCustomer && s.Name != "" && !slices.Contains(out, s.Name) {
				out = append(out, s.Name)
			}
		}
	}
	for _, c := range a.Customer.Contacts {
		if c.Name != "" && !slices.Contains(out, c.Name) {
			out = append(out, c.Name)
		}
	}
	return out
}

// repeatText returns the words of a recurrence rule; the empty rule does
// not repeat.
func (d *scheduleDialog) repeatText(r planner.Recurrence) string {
	if r == "" {
		return d.w.tr("schedule.repeat.none")
	}
	return d.w.tr("schedule.repeat." + string(r))
}

// rule returns the recurrence chosen; the empty rule means once.
func (d *scheduleDialog) rule() planner.Recurrence {
	if i := d.repeat.SelectedIndex(); i > 0 && i < len(repeatRules()) {
		return repeatRules()[i]
	}
	return ""
}

// endHint returns the placeholder of the end field for the way chosen.
func (d *scheduleDialog) endHint() string {
	if d.ends.SelectedIndex() == endsOnDay {
		return d.w.tr("form.date.hint")
	}
	return d.w.tr("schedule.ends.count.hint")
}

// series returns the series the form describes from day start, and the
// problems of values that could not be read.
func (d *scheduleDialog) series(start planner.Date) (planner.Series, []planner.FieldError) {
	s := planner.Series{ID: d.seriesID, CustomerID: d.account.Customer.ID, Rule: d.rule(), Start: start}
	text := strings.TrimSpace(d.end.Text)
	if d.ends.SelectedIndex() == endsOnDay {
		day, err := d.w.parseDay(text)
		if err != nil {
			return s, []planner.FieldError{{Field: "until", Message: err.Error()}}
		}
		s.Until = day
		return s, nil
	}
	n, err := strconv.Atoi(text)
	if err != nil {
		return s, []planner.FieldError{{Field: "count", Message: d.w.tr("form.notWholeNumber", d.end.Text)}}
	}
	s.Count = n
	return s, nil
}

// plan returns what the form would save: the activity, or the series with
// its occurrences when it repeats; and the problems that keep it from
// being saved, each naming its field.
func (d *scheduleDialog) plan() (planner.Activity, *planner.Series, []planner.Activity, []planner.FieldError) {
	w := d.w
	a, problems := d.activity()
	repeats := d.rule() != ""
	if len(problems) > 0 {
		return a, nil, nil, problems
	}
	if err := a.Validate(d.cat); err != nil {
		return a, nil, nil, fieldProblems(w.localize(err), w.errorText)
	}
	if !repeats {
		return a, nil, []planner.Activity{a}, nil
	}
	s, problems := d.series(a.Date)
	if len(problems) > 0 {
		return a, nil, nil, problems
	}
	cal, err := planner.CustomerCalendar(d.cat, w.settings(), d.account.Customer)
	if err != nil {
		return a, nil, nil, []planner.FieldError{{Message: w.errorText(err)}}
	}
	template := a
	template.ID = planner.ID{}
	occurrences, err := planner.ExpandSeries(template, s, cal)
	if err != nil {
		return a, nil, nil, fieldProblems(w.localize(err), w.errorText)
	}
	return a, &s, occurrences, nil
}

// fieldProblems returns the field problems of a validation error, or the
// error as one problem without a field, in the words errorText gives it.
func fieldProblems(err error, errorText func(error) string) []planner.FieldError {
	if v, ok := planner.AsValidation(err); ok {
		return v.Problems
	}
	return []planner.FieldError{{Message: errorText(err)}}
}

// check lists the days of a series and planner's conflicts for every
// day; the form shows the problems that keep the activity from being
// saved (see fieldForm).
func (d *scheduleDialog) check() {
	if d.fd == nil {
		return
	}
	w := d.w
	// How a series ends matters only for a series.
	if d.rule() == "" {
		d.ends.Disable()
		d.end.Disable()
	} else {
		d.ends.Enable()
		d.end.Enable()
	}
	_, series, occurrences, problems := d.plan()
	d.showDays(series, occurrences)
	if len(problems) > 0 {
		d.conflicts.SetText("")
		return
	}
	conflicts, err := d.conflictsOf(occurrences)
	switch {
	case err != nil:
		d.conflicts.SetText(w.errorText(err))
		d.conflicts.Importance = widget.DangerImportance
	case len(conflicts) == 0 && series != nil:
		d.conflicts.SetText(w.tr("schedule.noConflicts.series"))
		d.conflicts.Importance = widget.SuccessImportance
	case len(conflicts) == 0:
		d.conflicts.SetText(w.tr("schedule.noConflicts"))
		d.conflicts.Importance = widget.SuccessImportance
	default:
		key := "schedule.conflicts"
		if series != nil {
			key = "schedule.conflicts.series"
		}
		d.conflicts.SetText(conflictLines(w, key, conflicts, series != nil))
		d.conflicts.Importance = widget.WarningImportance
	}
	d.conflicts.Refresh()
	d.content.Refresh()
}

// showDays lists the days of a series' occurrences under the form; a
// single activity shows none.
func (d *scheduleDialog) showDays(series *planner.Series, occurrences []planner.Activity) {
	if series == nil || len(occurrences) == 0 {
		if d.days.Visible() {
			d.days.Hide()
			d.content.Refresh()
		}
		return
	}
	day := func(a planner.Activity) string {
		return d.w.words().weekdayDate(a.Date)
	}
	var days []string
	for i, a := range occurrences {
		if len(occurrences) > maxListedDays && i == maxListedDays-2 {
			days = append(days, "…", day(occurrences[len(occurrences)-1]))
			break
		}
		days = append(days, day(a))
	}
	d.days.SetText(d.w.trCount("schedule.days", len(occurrences), len(occurrences), strings.Join(days, d.w.tr("list.comma"))))
	if !d.days.Visible() {
		d.days.Show()
		d.content.Refresh()
	}
}

// conflictsOf returns planner's conflicts of the activities to schedule:
// their own, and the capacity of their weeks, in every quarter they fall
// in; a week that two quarters share reports its conflicts once.
func (d *scheduleDialog) conflictsOf(acts []planner.Activity) ([]planner.Conflict, error) {
	return d.w.conflictsOf(d.account, acts)
}

// errAsked is what Save returns while it asks whether to save despite
// conflicts: the dialog stays open until the answer.
var errAsked = errors.New("waiting for the answer to save despite conflicts")

// apply is Save: it saves the activity or the series, or shows in the form
// why it cannot; with conflicts it asks first.
func (d *scheduleDialog) apply() error {
	a, series, occurrences, problems := d.plan()
	if len(problems) > 0 {
		err := problemsError(problems)
		d.form.showError(err, "")
		return err
	}
	conflicts, err := d.conflictsOf(occurrences)
	if err != nil {
		d.form.showError(err, "")
		return err
	}
	save := func() error {
		if series != nil {
			return d.storeSeries(*series, occurrences)
		}
		return d.saveActivity(a)
	}
	if len(conflicts) == 0 {
		if err := save(); err != nil {
			d.form.showError(err, "")
			return err
		}
		return nil
	}
	d.w.confirmDialog(d.w.tr("schedule.conflictsTitle"), d.w.trCount("schedule.saveAnyway", len(conflicts), len(conflicts)), func(ok bool) {
		if !ok {
			return
		}
		if err := save(); err != nil {
			d.form.showError(err, "")
			return
		}
		d.fd.close()
	})
	return errAsked
}

// allowOutsideMembership adds the membership rule activity a breaks to
// the customer's overrides, saving the customer: the user saved it
// despite the conflict that said so.
func (d *scheduleDialog) allowOutsideMembership(a planner.Activity) error {
	c := d.account.Customer
	b, broken := planner.ActivityBreak(d.cat, c, a)
	if !broken || c.IsOutsideMembership(b.Rule) {
		return nil
	}
	c.AllowOutsideMembership(b.Rule)
	saved, err := d.store.PutCustomer(c)
	if err != nil {
		return err
	}
	d.account.Customer = saved
	return nil
}

// saveActivity saves the activity; the change can be undone.
func (d *scheduleDialog) saveActivity(a planner.Activity) error {
	w := d.w
	if err := d.allowOutsideMembership(a); err != nil {
		return err
	}
	saved, err := d.store.PutActivity(a)
	if err != nil {
		return err
	}
	store := d.store
	label := w.tr("schedule.done", w.itemName(saved.ItemID), saved.Date)
	var removed planner.Activity
	w.pushUndoRedo(label, func() error {
		var err error
		removed, err = store.DeleteActivity(saved.ID)
		return err
	}, func() error {
		if err := w.checkActivities(store, label, nil, []planner.ID{removed.ID}); err != nil {
			return err
		}
		_, err := store.PutActivity(removed)
		return err
	})
	w.changed()
	return nil
}

// storeSeries saves the series with its occurrences in one transaction;
// undo removes the series with every occurrence.
func (d *scheduleDialog) storeSeries(s planner.Series, occurrences []planner.Activity) error {
	w := d.w
	if len(occurrences) > 0 {
		if err := d.allowOutsideMembership(occurrences[0]); err != nil {
			return err
		}
	}
	saved, acts, err := d.store.PutSeries(s, occurrences)
	if err != nil {
		return err
	}
	label := w.trCount("schedule.done.series", len(acts), w.itemName(d.item.ID), len(acts), saved.Start)
	undo, redo := w.seriesUndoRedo(d.store, label, saved.CustomerID, saved.ID)
	w.pushUndoRedo(label, undo, redo)
	w.changed()
	return nil
}

// The window's side of the schedule dialog.

var _ scheduleWindow = (*UI)(nil)

// openScheduleDialog opens the dialog that schedules item for account.
func (u *UI) openScheduleDialog(account planner.Account, item catalog.Item) *scheduleDialog {
	d := newScheduleDialog(u, u.store, u.shownCatalog(), account, item)
	d.fd.closed = func() {
		if u.scheduleDialog == d {
			u.scheduleDialog = nil
		}
	}
	d.show()
	u.scheduleDialog = d
	return d
}

// takePickedWeek returns the week picked in the quarter grid and forgets
// it, so that it serves one schedule dialog.
func (u *UI) takePickedWeek() pickedWeek {
	pw := u.pickedWeek
	u.pickedWeek = pickedWeek{}
	return pw
}

// planInput returns what the scheduler needs to plan for account in
// quarter q (see portfolioPlan.input).
func (u *UI) planInput(account planner.Account, q planner.Quarter) (planner.PlanInput, error) {
	return u.portfolioPlan().input(account, q)
}

// conflictsOf returns planner's conflicts of the activities acts to
// schedule for account (see portfolioPlan.conflictsOf).
func (u *UI) conflictsOf(acc planner.Account, acts []planner.Activity) ([]planner.Conflict, error) {
	return u.portfolioPlan().conflictsOf(acc, acts)
}

// portfolioPlan returns the portfolio as the window last read it, for
// planning one customer's activities.
func (u *UI) portfolioPlan() portfolioPlan {
	return portfolioPlan{store: u.store, customers: u.customers, cat: u.shownCatalog(), settings: u.settings()}
}
