package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/planner"
)

// plannableMeetings returns the indexes of the meetings of e's cadence
// that a series can follow (planner.CadenceRule).
func plannableMeetings(e planner.Engagement) []int {
	var out []int
	for i, m := range e.Cadence {
		if _, ok := planner.CadenceRule(m.Frequency); ok {
			out = append(out, i)
		}
	}
	return out
}

// cadencePlan is what the form to plan a meeting as touchpoints would
// save: the series, its occurrences and their conflicts.
type cadencePlan struct {
	series      planner.Series
	occurrences []planner.Activity
	conflicts   []planner.Conflict
}

// planMeeting opens the form that plans a meeting of the engagement's
// cadence as a series of touchpoints (planner.CadenceSeries) from one day
// to another, by default the rest of the current quarter. The form lists
// the days and the conflicts (the customer's contract and calendar, the
// TAM's weekly capacity) before anything is saved, asks before saving
// with conflicts, and Ctrl+Z removes the series.
func (s *engagementScreen) planMeeting() {
	w := s.w
	e := s.engagement()
	idx := plannableMeetings(e)
	if len(idx) == 0 {
		return
	}
	names := make([]string, len(idx))
	for i, m := range idx {
		names[i] = e.Cadence[m].Name + " (" + frequencyText(w, e.Cadence[m].Frequency) + ")"
	}
	// summarize is set below; the inputs call it at every change, before
	// the form checks them again.
	var summarize func()
	changed := func(string) {
		if summarize != nil {
			summarize()
		}
	}
	meeting := w.newFormSelect(names, changed)
	meeting.SetSelectedIndex(0)
	today := w.today()
	fromEntry, toEntry := newFormEntry(), newFormEntry()
	fromEntry.SetText(today.String())
	toEntry.SetText(planner.QuarterOf(today).Last().String())
	fromEntry.OnChanged, toEntry.OnChanged = changed, changed
	summary := widget.NewLabel("")
	summary.Wrapping = fyne.TextWrapWord
	form := w.newFieldForm()
	form.add("meeting", w.tr("plan.meeting.name"), meeting)
	form.add("from", w.tr("plan.meeting.plan.from"), fromEntry)
	form.add("until", w.tr("plan.meeting.plan.to"), toEntry)
	form.box.Add(summary)

	// build returns the plan of what the form holds.
	build := func() (cadencePlan, error) {
		var p inputProblems
		from, err := w.parseDay(fromEntry.Text)
		if err == nil && from.IsZero() {
			err = fmt.Errorf("%s", w.tr("plan.meeting.plan.dayRequired"))
		}
		if err != nil {
			p.add("from", err)
		}
		to, err := w.parseDay(toEntry.Text)
		if err == nil && to.IsZero() {
			err = fmt.Errorf("%s", w.tr("plan.meeting.plan.dayRequired"))
		}
		if err != nil {
			p.add("until", err)
		}
		if err := p.err("series"); err != nil {
			return cadencePlan{}, err
		}
		i := meeting.SelectedIndex()
		if i < 0 {
			return cadencePlan{}, fmt.Errorf("%s", w.tr("plan.meeting.plan.pick"))
		}
		acct, err := s.store.Account(s.customer)
		if err != nil {
			return cadencePlan{}, fmt.Errorf("read customer: %w", err)
		}
		cal, err := planner.CustomerCalendar(s.cat, w.settings(), acct.Customer)
		if err != nil {
			return cadencePlan{}, err
		}
		series, occ, err := planner.CadenceSeries(s.cat, s.customer, e.Cadence[idx[i]], from, to, cal)
		if err != nil {
			return cadencePlan{}, err
		}
		conflicts, err := w.conflictsOf(acct, occ)
		if err != nil {
			return cadencePlan{}, err
		}
		return cadencePlan{series: series, occurrences: occ, conflicts: conflicts}, nil
	}
	// The form shows what is wrong as every form does; the summary
	// follows what the form holds, and says nothing while it is wrong.
	form.check = readErr(build)
	summarize = func() {
		plan, err := build()
		if err != nil {
			if summary.Text != "" {
				summary.SetText("")
				form.relayout()
			}
			return
		}
		hours := 0.0
		for _, a := range plan.occurrences {
			hours += a.Hours
		}
		lines := []string{w.trCount("plan.meeting.plan.days", len(plan.occurrences), len(plan.occurrences), widgets.FormatHours(hours),
			plan.occurrences[0].Date.String(), plan.occurrences[len(plan.occurrences)-1].Date.String())}
		if len(plan.conflicts) == 0 {
			lines = append(lines, w.tr("schedule.noConflicts.series"))
			summary.Importance = widget.SuccessImportance
		} else {
			lines = append(lines, conflictLines(w, "schedule.conflicts.series", plan.conflicts, true))
			summary.Importance = widget.WarningImportance
		}
		summary.SetText(strings.Join(lines, "\n"))
		form.relayout()
	}

	var fd *formDialog
	store := func(plan cadencePlan) error {
		saved, acts, err := s.store.PutSeries(plan.series, plan.occurrences)
		if err != nil {
			return err
		}
		name := e.Cadence[idx[meeting.SelectedIndex()]].Name
		label := w.trCount("plan.meeting.plan.undo", len(acts), name, len(acts), saved.Start.String())
		undo, redo := w.seriesUndoRedo(s.store, label, saved.CustomerID, saved.ID)
		w.pushUndoRedo(label, undo, redo)
		w.changed()
		return nil
	}
	apply := func() error {
		plan, err := build()
		if err != nil {
			form.showError(err, "")
			return err
		}
		if len(plan.conflicts) == 0 {
			if err := store(plan); err != nil {
				form.showError(err, "")
				return err
			}
			return nil
		}
		// With conflicts the form stays open until the TAM answers.
		s.dialogConfirm = dialog.NewConfirm(w.tr("schedule.conflictsTitle"),
			w.trCount("plan.meeting.plan.saveAnyway", len(plan.conflicts), len(plan.conflicts)), func(ok bool) {
				if !ok {
					return
				}
				if err := store(plan); err != nil {
					form.showError(err, "")
					return
				}
				fd.close()
			}, w.Window())
		s.dialogConfirm.Show()
		return errors.New("conflicts: asked whether to save anyway")
	}
	fd = w.newFormDialog(w.tr("plan.meeting.plan.title", e.Name), form, apply, func() bool { return false })
	fd.save.SetText(w.tr("plan.meeting.plan.save"))
	s.dialog = fd
	summarize()
	form.settle()
	fd.show()
}
