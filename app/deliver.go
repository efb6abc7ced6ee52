package app

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// openDeliverDialog opens the form that records activity a as delivered:
// the actual day and hours (prefilled with the planned ones, or the ones
// recorded before), the outcome and the next steps. Saving goes through
// planner's Activity.Deliver; Ctrl+Z puts the activity back as it was.
func (u *UI) openDeliverDialog(a planner.Activity) *formDialog {
	day, hours := a.DeliveryDefaults()
	dayEntry, hoursEntry := newFormEntry(), newFormEntry()
	outcome, next := newFormMultiLineEntry(), newFormMultiLineEntry()
	dayEntry.SetText(day.String())
	hoursEntry.SetText(formatDecimal(hours))
	outcome.SetText(a.Outcome)
	next.SetText(a.NextSteps)
	outcome.SetMinRowsVisible(3)
	next.SetMinRowsVisible(3)
	form := newFieldForm(u)
	form.add("actualDate", u.tr("plan.deliver.day"), dayEntry)
	form.add("actualHours", u.tr("plan.deliver.hours"), hoursEntry)
	form.add("outcome", u.tr("plan.deliver.outcome"), outcome)
	form.add("nextSteps", u.tr("schedule.nextSteps"), next)
	read := func() (planner.Activity, error) {
		var p inputProblems
		d, err := u.parseDay(dayEntry.Text)
		if err == nil && d.IsZero() {
			err = fmt.Errorf("%s", u.tr("plan.deliver.dayRequired"))
		}
		if err != nil {
			p.add("actualDate", err)
		}
		h, err := parseDecimal(hoursEntry.Text)
		if err != nil {
			p.add("actualHours", err)
		}
		if err := p.err(fmt.Sprintf("activity %q", a.ItemID)); err != nil {
			return planner.Activity{}, err
		}
		// The form shows the outcome recorded before, so that what it
		// holds now replaces it, even when emptied.
		delivered := a.Deliver(d, h, "")
		delivered.Outcome = strings.TrimSpace(outcome.Text)
		delivered.NextSteps = strings.TrimSpace(next.Text)
		return delivered, delivered.Validate(u.cat)
	}
	form.check = func() error {
		_, err := read()
		return err
	}
	apply := func() error {
		if !a.CanDeliver() {
			err := fmt.Errorf("%s", u.tr("plan.deliver.notPlanned", u.itemDisplayName(a.ItemID), u.activityStatusText(a.Status)))
			form.showError(err, "")
			return err
		}
		delivered, err := read()
		if err == nil {
			err = saveUndoable(u, u.store.PutActivity, delivered, a, u.tr("plan.deliver.undo", u.itemDisplayName(a.ItemID)), "the activity")
		}
		if err != nil {
			form.showError(err, "")
			return err
		}
		return nil
	}
	dirty := func() bool {
		return strings.TrimSpace(dayEntry.Text) != day.String() || strings.TrimSpace(hoursEntry.Text) != formatDecimal(hours) ||
			strings.TrimSpace(outcome.Text) != a.Outcome || strings.TrimSpace(next.Text) != a.NextSteps
	}
	fd := u.newFormDialog(u.tr("plan.deliver.title", u.itemDisplayName(a.ItemID)), form, apply, dirty)
	fd.show()
	u.window.Canvas().Focus(dayEntry)
	return fd
}
