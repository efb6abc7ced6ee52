package app

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// The follow-up reminders of support cases are kept with the cases, so
// they survive a restart: when the window opens it lists those due today
// or overdue (planner.DueReminders over the portfolio, in the TAM's
// zone), each with Mark sent, Dismiss and, for a customer who answered,
// Set in progress; while it is open, the reminder
// check (Options.ReminderInterval) notifies of those that fall due.

// reminderKey names one follow-up step of one case.
type reminderKey struct {
	caseID planner.ID
	since  int64
	n      int
}

// keyOf returns the key of a due reminder.
func keyOf(r planner.DueReminder) reminderKey {
	return reminderKey{caseID: r.CaseID, since: r.Since.UnixNano(), n: r.N}
}

// dueCaseReminders returns the follow-up steps of the portfolio's cases
// due on day or before, in loc. It only reads the store, so it may run
// off the UI goroutine.
func dueCaseReminders(store Store, cat *catalog.Catalog, day planner.Date, loc *time.Location) ([]planner.DueReminder, error) {
	accounts, err := store.Accounts()
	if err != nil {
		return nil, fmt.Errorf("case reminders: read the portfolio: %w", err)
	}
	due, err := planner.DueReminders(cat, accounts, day, loc)
	if err != nil {
		return nil, fmt.Errorf("case reminders: %w", err)
	}
	return due, nil
}

// reminderText says what a due step asks of the TAM: the reminder to
// send with the days left, or the closing notice.
func (u *UI) reminderText(r planner.DueReminder) string {
	text := u.tr("reminders.send", r.N, u.trCount("support.daysLeft", r.DaysLeft, r.DaysLeft))
	if r.AutoClose {
		text = u.tr("reminders.close")
	}
	if r.Overdue {
		text += " " + u.tr("reminders.overdue")
	}
	return text
}

// showDueReminders lists the follow-up reminders due today or overdue, in
// a dialog, when there are any; it is called when the window opens.
func (u *UI) showDueReminders() {
	due, err := dueCaseReminders(u.store, u.cat, u.today(), u.tamLocation())
	if err != nil {
		u.showError(err)
		return
	}
	if u.notifiedReminders == nil {
		u.notifiedReminders = map[reminderKey]bool{}
	}
	for _, r := range due {
		u.notifiedReminders[keyOf(r)] = true
	}
	u.dueReminders = due
	if len(due) == 0 {
		return
	}
	rows := container.NewVBox()
	settled := map[planner.ID][]func(string){}
	for _, r := range due {
		rows.Add(u.dueReminderRow(r, settled))
	}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(560, min(float32(len(due))*110, 420)))
	d := dialog.NewCustom(u.trCount("reminders.title", len(due), len(due)), u.tr("reminders.later"), scroll, u.window)
	u.remindersDialog = d
	canvas := u.window.Canvas()
	keys := canvas.OnTypedKey()
	canvas.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			d.Hide()
			return
		}
		if keys != nil {
			keys(k)
		}
	})
	d.SetOnClosed(func() { canvas.SetOnTypedKey(keys) })
	d.Show()
}

// dueReminderRow shows one due step with Mark sent, Dismiss and Set in
// progress. settled gathers, per case, how to settle its rows: once the
// case is set in progress none of its steps is due any more, so every
// row of it loses its buttons.
func (u *UI) dueReminderRow(r planner.DueReminder, settled map[planner.ID][]func(string)) fyne.CanvasObject {
	loc := u.tamLocation()
	head := widget.NewLabelWithStyle(u.tr("reminders.case", r.CaseNumber, r.CaseTitle, r.CustomerName), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	what := newWrapLabel(u.tr("reminders.when", u.dateTime(r.At.In(loc)), u.reminderText(r)))
	if r.Overdue {
		what.Importance = widget.WarningImportance
	}
	done := widget.NewLabel("")
	done.Hide()
	var sent, dismiss, working *widget.Button
	settle := func(said string) {
		sent.Hide()
		dismiss.Hide()
		working.Hide()
		done.SetText(said)
		done.Show()
	}
	settled[r.CaseID] = append(settled[r.CaseID], settle)
	mark := func(state planner.ReminderState, said string) {
		if err := u.markReminder(r, state); err != nil {
			u.showError(err)
			return
		}
		settle(said)
	}
	sent = widget.NewButtonWithIcon(u.tr("reminders.sent"), theme.MailSendIcon(), func() { mark(planner.ReminderSent, u.tr("reminders.markedSent")) })
	sent.Importance = widget.HighImportance
	dismiss = widget.NewButton(u.tr("reminders.dismiss"), func() { mark(planner.ReminderDismissed, u.tr("reminders.dismissed")) })
	working = widget.NewButton(u.tr("reminders.inProgress"), func() {
		if err := u.setCaseInProgress(r); err != nil {
			u.showError(err)
			return
		}
		for _, f := range settled[r.CaseID] {
			f(u.tr("reminders.nowInProgress"))
		}
	})
	return container.NewVBox(head, what, container.NewHBox(sent, dismiss, working, done), widget.NewSeparator())
}

// setCaseInProgress records that the customer answered the case of due
// step r: the case goes in progress now, which stops its follow-up clock,
// so none of its reminders is due any more. Ctrl+Z makes it wait again.
func (u *UI) setCaseInProgress(r planner.DueReminder) error {
	store := u.store
	acc, err := store.Account(r.CustomerID)
	if err != nil {
		return fmt.Errorf("set case %s in progress: %w", r.CaseNumber, err)
	}
	i := slices.IndexFunc(acc.Cases, func(c planner.SupportCase) bool { return c.ID == r.CaseID })
	if i < 0 {
		return fmt.Errorf("set case %s in progress: %w", r.CaseNumber, storage.ErrNotFound)
	}
	before := acc.Cases[i]
	c := before
	if err := c.SetStatus(planner.CustomerCatalog(u.cat, acc.Customer).FollowUp, planner.CaseInProgress, u.now().UTC().Truncate(time.Second)); err != nil {
		return err
	}
	return caseRecords(store).save(u, c, before, false)
}

// markReminder marks a due step sent or dismissed, now; Ctrl+Z makes it
// pending again.
func (u *UI) markReminder(r planner.DueReminder, state planner.ReminderState) error {
	store := u.store
	at := u.now().UTC().Truncate(time.Second)
	if _, err := store.MarkReminder(r.CaseID, r.N, state, at); err != nil {
		return fmt.Errorf("mark the reminder of case %s: %w", r.CaseNumber, err)
	}
	u.pushUndoRedo(u.tr("reminders.undo", r.CaseNumber), func() error {
		_, err := store.MarkReminder(r.CaseID, r.N, planner.ReminderPending, time.Time{})
		return err
	}, func() error {
		_, err := store.MarkReminder(r.CaseID, r.N, state, at)
		return err
	})
	u.changed()
	return nil
}

// notifyNewReminders sends a notification of the follow-up steps in due
// that were not listed or notified before, and remembers them.
func (u *UI) notifyNewReminders(due []planner.DueReminder) {
	if u.closed {
		return
	}
	if u.notifiedReminders == nil {
		u.notifiedReminders = map[reminderKey]bool{}
	}
	var lines []string
	for _, r := range due {
		if u.notifiedReminders[keyOf(r)] {
			continue
		}
		u.notifiedReminders[keyOf(r)] = true
		lines = append(lines, fmt.Sprintf("%s %s (%s): %s", r.CaseNumber, r.CaseTitle, r.CustomerName, u.reminderText(r)))
	}
	if len(lines) == 0 {
		return
	}
	u.app.SendNotification(fyne.NewNotification(u.trCount("reminders.title", len(lines), len(lines)), summarize(lines)))
}
