package app

import (
	"fmt"
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

// planInput returns what the scheduler needs to plan for account in
// quarter q: the settings, the account in full and every other customer
// with its activities in the weeks of the quarter (for the TAM's weekly
// capacity).
func (u *UI) planInput(account planner.Account, q planner.Quarter) (planner.PlanInput, error) {
	weeks := q.Weeks()
	from, to := weeks[0].Monday, weeks[len(weeks)-1].Sunday()
	acts, err := u.store.Activities(from, to)
	if err != nil {
		return planner.PlanInput{}, fmt.Errorf("read activities: %w", err)
	}
	byCustomer := map[planner.ID][]planner.Activity{}
	for _, a := range acts {
		if a.CustomerID != account.Customer.ID {
			byCustomer[a.CustomerID] = append(byCustomer[a.CustomerID], a)
		}
	}
	accounts := []planner.Account{account}
	for _, c := range u.customers {
		if c.ID == account.Customer.ID {
			continue
		}
		accounts = append(accounts, planner.Account{Customer: c, Activities: byCustomer[c.ID]})
	}
	return planner.PlanInput{Catalog: u.cat, Settings: u.settings(), Accounts: accounts, Quarter: q}, nil
}

// scheduleDialog schedules one catalog item for a customer: the day
// defaults to the first one the scheduler finds free, and planner's
// conflicts are shown before anything is saved.
type scheduleDialog struct {
	u       *UI
	account planner.Account
	item    catalog.Item
	dialog  *dialog.CustomDialog

	date      *widget.Entry
	solution  *widget.Select
	phase     *widget.Select
	hours     *widget.Entry
	status    *widget.Select
	owner     *widget.Entry
	conflicts *widget.Label
	problems  *widget.Label
	save      *widget.Button

	solutions []catalog.SolutionID
	phases    []catalog.PhaseID
	id        planner.ID
	// found says why the suggested day was chosen, or why none was found.
	found string
}

// openScheduleDialog opens the dialog that schedules item for account.
func (u *UI) openScheduleDialog(account planner.Account, item catalog.Item) *scheduleDialog {
	d := &scheduleDialog{u: u, account: account, item: item, id: planner.NewID()}
	m := account.Customer.Membership
	var solNames []string
	if item.Kind == catalog.KindAccelerator && len(item.Solutions) > 0 {
		d.solutions = []catalog.SolutionID{item.Solutions[0]}
	} else if len(item.Solutions) > 0 {
		for _, s := range m.Solutions {
			if u.cat.ItemCovers(item, s) {
				d.solutions = append(d.solutions, s)
			}
		}
	}
	for _, s := range d.solutions {
		solNames = append(solNames, u.cat.SolutionName(s))
	}
	d.phases = []catalog.PhaseID{""}
	phaseNames := []string{u.tr("schedule.noPhase")}
	for _, p := range u.cat.Phases {
		if item.FitsPhase(p.ID) {
			d.phases = append(d.phases, p.ID)
			phaseNames = append(phaseNames, p.Name)
		}
	}
	onChange := func(string) { d.check() }
	d.date = widget.NewEntry()
	d.date.SetPlaceHolder(u.tr("form.date.hint"))
	d.solution = widget.NewSelect(solNames, onChange)
	d.phase = widget.NewSelect(phaseNames, onChange)
	d.hours = widget.NewEntry()
	d.status = widget.NewSelect([]string{u.tr("activity.proposed"), u.tr("activity.scheduled")}, onChange)
	d.owner = widget.NewEntry()
	d.conflicts = widget.NewLabel("")
	d.conflicts.Wrapping = fyne.TextWrapWord
	d.problems = widget.NewLabel("")
	d.problems.Wrapping = fyne.TextWrapWord
	d.problems.Importance = widget.DangerImportance

	if len(d.solutions) > 0 {
		d.solution.SetSelectedIndex(0)
	}
	d.phase.SetSelectedIndex(d.defaultPhase())
	d.hours.SetText(strconv.Itoa(item.Hours))
	d.status.SetSelectedIndex(1)
	d.owner.SetText(u.settings().Profile.Name)
	d.date.SetText(d.suggestDay().String())
	for _, e := range []*widget.Entry{d.date, d.hours, d.owner} {
		e.OnChanged = onChange
	}

	form := widget.NewForm(
		widget.NewFormItem(u.tr("schedule.date"), d.date),
		widget.NewFormItem(u.tr("schedule.solution"), d.solution),
		widget.NewFormItem(u.tr("schedule.phase"), d.phase),
		widget.NewFormItem(u.tr("schedule.hours"), d.hours),
		widget.NewFormItem(u.tr("schedule.status"), d.status),
		widget.NewFormItem(u.tr("schedule.owner"), d.owner))
	form.Items[0].HintText = d.found
	if len(d.solutions) == 0 {
		d.solution.Disable()
	}
	content := container.NewVBox(form, widget.NewSeparator(), d.conflicts, d.problems)
	d.dialog = dialog.NewCustomWithoutButtons(u.tr("schedule.title", item.Name, account.Customer.Name), container.NewVScroll(content), u.window)
	cancel := widget.NewButton(u.tr("action.cancel"), d.dialog.Hide)
	d.save = widget.NewButtonWithIcon(u.tr("schedule.save"), theme.ConfirmIcon(), d.submit)
	d.save.Importance = widget.HighImportance
	d.dialog.SetButtons([]fyne.CanvasObject{cancel, d.save})
	d.dialog.Resize(fyne.NewSize(620, 560))
	d.check()
	d.dialog.Show()
	u.scheduleDialog = d
	return d
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

// suggestDay asks the scheduler for the first free day from tomorrow, in
// this quarter or the next.
func (d *scheduleDialog) suggestDay() planner.Date {
	u := d.u
	earliest := u.today().AddDays(1)
	q := planner.QuarterOf(earliest)
	req := d.request()
	req.Earliest = earliest
	for range 2 {
		in, err := u.planInput(d.account, q)
		if err != nil {
			d.found = err.Error()
			return earliest
		}
		prop, err := planner.AutoSchedule(in, []planner.Request{req})
		if err != nil {
			d.found = err.Error()
			return earliest
		}
		if len(prop.Placed) > 0 {
			d.found = u.tr("schedule.found")
			return prop.Placed[0].Date
		}
		if len(prop.Unplaced) > 0 {
			d.found = u.tr("schedule.notFound", prop.Unplaced[0].Reason)
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
	return r
}

// activity returns the activity the form describes, and the problems of
// values that could not be read.
func (d *scheduleDialog) activity() (planner.Activity, []planner.FieldError) {
	r := d.request()
	a := planner.Activity{ID: d.id, CustomerID: r.CustomerID, ItemID: r.ItemID, Solution: r.Solution,
		Phase: r.Phase, Hours: r.Hours, Owner: r.Owner, Status: planner.ActivityScheduled}
	if d.status.SelectedIndex() == 0 {
		a.Status = planner.ActivityProposed
	}
	var parse []planner.FieldError
	if day, err := catalog.ParseDate(strings.TrimSpace(d.date.Text)); err != nil {
		parse = append(parse, planner.FieldError{Field: "date", Message: err.Error()})
	} else {
		a.Date = day
	}
	if _, err := strconv.ParseFloat(strings.TrimSpace(d.hours.Text), 64); err != nil {
		parse = append(parse, planner.FieldError{Field: "hours", Message: fmt.Sprintf("%q is not a number of hours", d.hours.Text)})
	}
	return a, parse
}

// check validates the activity and lists planner's conflicts for it.
func (d *scheduleDialog) check() {
	if d.save == nil {
		return
	}
	u := d.u
	a, problems := d.activity()
	if len(problems) == 0 {
		if err := a.Validate(u.cat); err != nil {
			if v, ok := planner.AsValidation(err); ok {
				problems = v.Problems
			} else {
				problems = []planner.FieldError{{Message: err.Error()}}
			}
		}
	}
	if len(problems) > 0 {
		lines := make([]string, len(problems))
		for i, p := range problems {
			lines[i] = "• " + u.tr("schedule.field."+p.Field) + ": " + p.Message
		}
		d.problems.SetText(strings.Join(lines, "\n"))
		d.problems.Show()
		d.conflicts.SetText("")
		d.save.Disable()
		return
	}
	d.problems.Hide()
	d.save.Enable()
	conflicts, err := d.conflictsOf(a)
	switch {
	case err != nil:
		d.conflicts.SetText(err.Error())
		d.conflicts.Importance = widget.DangerImportance
	case len(conflicts) == 0:
		d.conflicts.SetText(u.tr("schedule.noConflicts"))
		d.conflicts.Importance = widget.SuccessImportance
	default:
		lines := []string{u.tr("schedule.conflicts", len(conflicts))}
		for _, c := range conflicts {
			lines = append(lines, "• "+c.Reason)
		}
		d.conflicts.SetText(strings.Join(lines, "\n"))
		d.conflicts.Importance = widget.WarningImportance
	}
	d.conflicts.Refresh()
}

// conflictsOf returns planner's conflicts of activity a: its own, and the
// capacity of its week.
func (d *scheduleDialog) conflictsOf(a planner.Activity) ([]planner.Conflict, error) {
	acc := d.account
	acc.Activities = append(slices.Clone(acc.Activities), a)
	in, err := d.u.planInput(acc, planner.QuarterOf(a.Date))
	if err != nil {
		return nil, err
	}
	all, err := planner.CheckPlan(in)
	if err != nil {
		return nil, err
	}
	var week planner.Date
	for _, w := range in.Quarter.Weeks() {
		if !a.Date.Before(w.Monday) && !a.Date.After(w.Sunday()) {
			week = w.Monday
		}
	}
	var out []planner.Conflict
	for _, c := range all {
		if c.ActivityID == a.ID || (c.Kind == planner.ConflictCapacity && c.ActivityID == (planner.ID{}) && c.Week == week) {
			out = append(out, c)
		}
	}
	return out, nil
}

// submit saves the activity; with conflicts it asks first.
func (d *scheduleDialog) submit() {
	a, parse := d.activity()
	if len(parse) > 0 {
		d.check()
		return
	}
	conflicts, err := d.conflictsOf(a)
	if err != nil {
		d.u.showError(err)
		return
	}
	if len(conflicts) == 0 {
		d.store(a)
		return
	}
	dialog.NewConfirm(d.u.tr("schedule.conflictsTitle"), d.u.tr("schedule.saveAnyway", len(conflicts)), func(ok bool) {
		if ok {
			d.store(a)
		}
	}, d.u.window).Show()
}

// store saves the activity; the change can be undone.
func (d *scheduleDialog) store(a planner.Activity) {
	u := d.u
	saved, err := u.store.PutActivity(a)
	if err != nil {
		u.showError(err)
		return
	}
	d.dialog.Hide()
	u.scheduleDialog = nil
	u.pushUndo(u.tr("schedule.done", u.itemName(saved.ItemID), saved.Date), func() error {
		_, err := u.store.DeleteActivity(saved.ID)
		return err
	})
	u.changed()
}
