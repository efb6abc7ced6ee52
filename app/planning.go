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
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/planner"
)

// This file holds what the planning screens (engagement, Mutual Action
// Plan and quarter) share: dialogs of list items (on the forms of
// form.go), parsing of typed numbers, and the words of statuses (their
// colours are in tones.go).

// newItemDialog returns the form dialog of one item of a list, such as a
// stakeholder or an objective: titled addTitle for a new item (remove
// nil), editTitle for an item that is there, with a Remove button that
// calls remove and closes the dialog, or shows remove's error in the form.
func (u *UI) newItemDialog(addTitle, editTitle string, form *fieldForm, apply func() error, dirty func() bool, remove func() error) *formDialog {
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

// itemEdit is the dialog of one item of a list: a record, such as a
// support case, or an item of a plan or an engagement, such as an
// objective or a stakeholder. Save stores what build returns, Remove (for
// an item that is there) removes the item, and what is wrong shows in the
// form; the form checks by building, so that a field's message goes once
// it is fixed.
type itemEdit[T any] struct {
	// addTitle and editTitle title the dialog of a new item and of one
	// that is there.
	addTitle, editTitle string
	// place is how planner's messages name the item's fields, such as
	// "objectives[2]."; "" when they name them bare.
	place string
	// build reads the item from the form and checks it, or says what is
	// wrong.
	build func() (T, error)
	// save stores the item built, undoably.
	save func(T) error
	// dirty tells whether the form holds a change.
	dirty func() bool
	// remove removes the item, undoably; nil for a new item.
	remove func() error
}

// dialog returns the item's dialog in window w, with form.
func (e itemEdit[T]) dialog(w itemDialogWindow, form *fieldForm) *formDialog {
	form.prefix = e.place
	apply := saveBuilt(form, e.place, e.build, e.save)
	return w.newItemDialog(e.addTitle, e.editTitle, form, apply, e.dirty, e.remove)
}

// saveUndoable saves after with put and offers undoLabel in h, which
// puts before back with the same put; what names the value in the message
// of an undo that fails. The window reloads after the change.
func saveUndoable[T any](h history, put func(T) (T, error), after, before T, undoLabel, what string) error {
	if _, err := put(after); err != nil {
		return err
	}
	pushRewrite(h, undoLabel, func(v T) error {
		_, err := put(v)
		return err
	}, before, after, nil, "restore "+what, "save "+what+" again")
	return nil
}

// pushRewrite offers in h the undo, labelled label, of a change that put
// wrote as after over before, and tells h that the data changed: the
// undo puts before back, the redo puts after again once check (nil:
// none) finds the data as the undo left it. undoing and redoing say what
// each was doing in the message of one that fails, such as "move back".
func pushRewrite[T any](h history, label string, put func(T) error, before, after T, check func() error, undoing, redoing string) {
	h.pushUndoRedo(label, func() error {
		if err := put(before); err != nil {
			return fmt.Errorf("%s: %w", undoing, err)
		}
		return nil
	}, func() error {
		if check != nil {
			if err := check(); err != nil {
				return err
			}
		}
		if err := put(after); err != nil {
			return fmt.Errorf("%s: %w", redoing, err)
		}
		return nil
	})
	h.changed()
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

// choice is a drop-down: Fyne's or a form's.
type choice interface {
	SelectedIndex() int
	SetSelectedIndex(int)
	ClearSelected()
}

// selectedValue returns the value whose words sel shows, and whether one
// is selected.
func selectedValue[T any](sel choice, values []T) (T, bool) {
	i := sel.SelectedIndex()
	if i < 0 || i >= len(values) {
		var zero T
		return zero, false
	}
	return values[i], true
}

// selectValue selects the option of value v in sel (none when v is not
// among values).
func selectValue[T comparable](sel choice, values []T, v T) {
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

// confirmDialog asks a yes/no question; it exists so that tests can
// answer. Once answered, the keyboard focus goes back to what had it.
func (u *UI) confirmDialog(title, message string, answer func(bool)) *dialog.ConfirmDialog {
	prev := u.window.Canvas().Focused()
	d := dialog.NewConfirm(title, message, answer, u.window)
	d.SetOnClosed(func() { u.returnFocus(prev) })
	d.Show()
	return d
}
