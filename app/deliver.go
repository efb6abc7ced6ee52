package app

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// deliverDialog is the form that records an activity as delivered: the
// actual day and hours (prefilled with the planned ones, or the ones
// recorded before), the outcome and the next steps. Saving goes through
// planner's Activity.RecordDelivery, which refuses a day after today;
// Ctrl+Z puts the activity back as it was.
type deliverDialog struct {
	w     deliverWindow
	store deliverStore
	cat   *catalog.Catalog
	// activity is the activity as it was before the form opened.
	activity planner.Activity
	// day and hours are what the form offers at first.
	day   planner.Date
	hours float64

	form *fieldForm
	fd   *formDialog
	// dayEntry, hoursEntry, outcome and next are the fields of the form:
	// the actual day and hours, the outcome and the next steps.
	dayEntry, hoursEntry, outcome, next *formEntry
}

// deliverWindow is what the delivery form uses of the window: its words,
// clock, forms and undo history, and the names of items and statuses.
type deliverWindow interface {
	changeWindow
	// activityStatusText returns the name of an activity's status.
	activityStatusText(s planner.ActivityStatus) string
}

// deliverStore is what the delivery form writes: the activity.
type deliverStore interface {
	activityWriter
}

// newDeliverDialog returns the form of window w that records activity a
// as delivered on store, checked against cat; show opens it.
func newDeliverDialog(w deliverWindow, store deliverStore, cat *catalog.Catalog, a planner.Activity) *deliverDialog {
	d := &deliverDialog{w: w, store: store, cat: cat, activity: a}
	d.day, d.hours = a.DeliveryDefaults()
	d.dayEntry, d.hoursEntry = newFormEntry(), newFormEntry()
	d.outcome, d.next = newFormMultiLineEntry(), newFormMultiLineEntry()
	d.dayEntry.SetText(d.day.String())
	d.hoursEntry.SetText(formatDecimal(d.hours))
	d.outcome.SetText(a.Outcome)
	d.next.SetText(a.NextSteps)
	d.outcome.SetMinRowsVisible(3)
	d.next.SetMinRowsVisible(3)
	d.form = w.newFieldForm()
	d.form.add("actualDate", w.tr("plan.deliver.day"), d.dayEntry)
	d.form.add("actualHours", w.tr("plan.deliver.hours"), d.hoursEntry)
	d.form.add("outcome", w.tr("plan.deliver.outcome"), d.outcome)
	d.form.add("nextSteps", w.tr("schedule.nextSteps"), d.next)
	d.form.check = readErr(d.read)
	d.fd = w.newFormDialog(w.tr("plan.deliver.title", w.itemName(a.ItemID)), d.form, d.apply, d.dirty)
	return d
}

// show opens the form with the cursor in the day.
func (d *deliverDialog) show() {
	d.fd.show()
	d.w.Window().Canvas().Focus(d.dayEntry)
}

// read returns the activity as delivered as the form says, or why it
// cannot be.
func (d *deliverDialog) read() (planner.Activity, error) {
	w, a := d.w, d.activity
	var p inputProblems
	day, err := w.parseDay(d.dayEntry.Text)
	if err == nil && day.IsZero() {
		err = fmt.Errorf("%s", w.tr("plan.deliver.dayRequired"))
	}
	if err != nil {
		p.add("actualDate", err)
	}
	h, err := parseDecimal(d.hoursEntry.Text)
	if err != nil {
		p.add("actualHours", err)
	}
	if err := p.err(fmt.Sprintf("activity %q", a.ItemID)); err != nil {
		return planner.Activity{}, err
	}
	// The form shows the outcome recorded before, so that what it
	// holds now replaces it, even when emptied.
	delivered, err := a.RecordDelivery(day, h, "", w.today())
	if err != nil {
		return planner.Activity{}, err
	}
	delivered.Outcome = strings.TrimSpace(d.outcome.Text)
	delivered.NextSteps = strings.TrimSpace(d.next.Text)
	return delivered, delivered.Validate(d.cat)
}

// apply is Save: it records the delivery, which can be undone, or shows
// in the form why it cannot.
func (d *deliverDialog) apply() error {
	w, a := d.w, d.activity
	if !a.CanDeliver() {
		err := fmt.Errorf("%s", w.tr("plan.deliver.notPlanned", w.itemName(a.ItemID), w.activityStatusText(a.Status)))
		d.form.showError(err, "")
		return err
	}
	delivered, err := d.read()
	if err == nil {
		err = saveUndoable(w, d.store.PutActivity, delivered, a, w.tr("plan.deliver.undo", w.itemName(a.ItemID)), "the activity")
	}
	if err != nil {
		d.form.showError(err, "")
		return err
	}
	return nil
}

// dirty reports whether the form holds other than what it offered.
func (d *deliverDialog) dirty() bool {
	a := d.activity
	return strings.TrimSpace(d.dayEntry.Text) != d.day.String() || strings.TrimSpace(d.hoursEntry.Text) != formatDecimal(d.hours) ||
		strings.TrimSpace(d.outcome.Text) != a.Outcome || strings.TrimSpace(d.next.Text) != a.NextSteps
}

// The window's side of the delivery form.

var _ deliverWindow = (*UI)(nil)

// openDeliverDialog opens the form that records activity a as delivered.
func (u *UI) openDeliverDialog(a planner.Activity) *formDialog {
	d := newDeliverDialog(u, u.store, u.shownCatalog(), a)
	d.show()
	return d.fd
}
