package app

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// reminderInterval is how often reminders are looked for by default.
const reminderInterval = time.Hour

// dueToday is what is due on one day across the portfolio: open actions of
// Mutual Action Plans and upcoming activities.
type dueToday struct {
	actions    []string
	activities []string
	// reminders are the follow-up steps of support cases due by today.
	reminders []planner.DueReminder
}

// collectDue returns the open MAP actions and the activities due on today
// among customers, by planner's rules (planner.DueSoon with no days
// ahead; planner.IsUpcoming on the day itself). It only reads the store,
// so it may run off the UI goroutine.
func collectDue(store Store, cat *catalog.Catalog, customers []planner.Customer, today planner.Date, loc *time.Location) (dueToday, error) {
	var due dueToday
	reminders, err := dueCaseReminders(store, cat, today, loc)
	if err != nil {
		return dueToday{}, err
	}
	due.reminders = reminders
	names := make(map[planner.ID]string, len(customers))
	for _, c := range customers {
		names[c.ID] = c.Name
	}
	acts, err := store.Activities(today, today)
	if err != nil {
		return dueToday{}, fmt.Errorf("reminders: read today's activities: %w", err)
	}
	for _, a := range acts {
		if a.Date == today && planner.IsUpcoming(a, today) {
			due.activities = append(due.activities, fmt.Sprintf("%s: %s", names[a.CustomerID], itemName(cat, a.ItemID)))
		}
	}
	for _, c := range customers {
		acc, err := store.Account(c.ID)
		if err != nil {
			return dueToday{}, fmt.Errorf("reminders: read %s: %w", c.Name, err)
		}
		if !acc.HasPlan() {
			continue
		}
		for _, side := range []planner.Side{planner.SideCustomer, planner.SideVendor} {
			for _, a := range planner.DueSoon(acc.Plan, today, 0)[side] {
				due.actions = append(due.actions, fmt.Sprintf("%s: %s", c.Name, a.Title))
			}
		}
	}
	return due, nil
}

// itemName returns the catalog name of an item, or its ID.
func (u *UI) itemName(id string) string { return itemName(u.shownCatalog(), id) }

// itemName returns the catalog name of an item, or its ID.
func itemName(cat *catalog.Catalog, id string) string {
	if it, ok := cat.Item(id); ok {
		return it.Name
	}
	return id
}

// notifyDue looks, off the UI goroutine, for what is due today and sends
// at most one notification per kind; follow-up reminders of cases only
// once each (see notifyNewReminders). The reminder timer calls it; so
// may tests.
func (u *UI) notifyDue() {
	store, cat, today, loc := u.store, u.shownCatalog(), u.today(), u.tamLocation()
	customers := slices.Clone(u.customers)
	u.inBackground(func() {
		due, err := collectDue(store, cat, customers, today, loc)
		u.do(func() {
			if err != nil {
				fyne.LogError("reminders", err)
				return
			}
			u.sendDue(due)
		})
	})
}

// sendDue sends one notification for the actions and one for the
// activities due, when there are any.
func (u *UI) sendDue(due dueToday) {
	if u.closed {
		return
	}
	if n := len(due.actions); n > 0 {
		u.app.SendNotification(fyne.NewNotification(u.trCount("notify.actions.title", n, n), summarize(due.actions)))
	}
	if n := len(due.activities); n > 0 {
		u.app.SendNotification(fyne.NewNotification(u.tr("notify.activities.title", n), summarize(due.activities)))
	}
	u.notifyNewReminders(due.reminders)
}

// summarize joins up to three lines and says how many more there are.
func summarize(lines []string) string {
	const shown = 3
	if len(lines) <= shown {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines[:shown], "\n") + fmt.Sprintf("\n+%d", len(lines)-shown)
}

// startReminders sends the reminders of today now and then every interval
// (zero: every hour; negative: never); the returned function stops it.
func (u *UI) startReminders(interval time.Duration) (stop func()) {
	if interval < 0 {
		return func() {}
	}
	if interval == 0 {
		interval = reminderInterval
	}
	u.notifyDue()
	ticker := time.NewTicker(interval)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				u.do(func() {
					if !u.closed {
						u.notifyDue()
					}
				})
			}
		}
	}()
	return func() {
		ticker.Stop()
		close(done)
	}
}

// caseReminder is a notification due at a moment: a follow-up reminder or
// the closing of a support case.
type caseReminder struct {
	at          time.Time
	title, body string
}

// scheduleCaseReminders sends each reminder still to come at its moment,
// as long as the window is open, and returns how many it set.
func (u *UI) scheduleCaseReminders(list []caseReminder) int {
	now := u.now()
	set := 0
	for _, r := range list {
		wait := r.at.Sub(now)
		if wait <= 0 {
			continue
		}
		n := fyne.NewNotification(r.title, r.body)
		u.caseTimers = append(u.caseTimers, time.AfterFunc(wait, func() {
			u.do(func() {
				if !u.closed {
					u.app.SendNotification(n)
				}
			})
		}))
		set++
	}
	return set
}

// stopCaseReminders cancels the case reminders not sent yet.
func (u *UI) stopCaseReminders() {
	for _, t := range u.caseTimers {
		t.Stop()
	}
	u.caseTimers = nil
}
