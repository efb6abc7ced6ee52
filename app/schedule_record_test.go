package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// The dialog records priority, owners picked from the customer's people,
// a last day and next steps, and a touchpoint's title.
func TestScheduleRecordsPriorityOwnersAndNextSteps(t *testing.T) {
	u, _, c := newTestUIFor(t, "Müller GmbH")
	d := openSchedule(t, u, c, "touchpoint-custom")
	vendor, customer := vendorPeople(d.account.Customer), customerPeople(d.account)
	if !slices.Contains(vendor, c.Team.CSM.Name) || len(customer) == 0 || !slices.Contains(customer, c.Contacts[0].Name) {
		t.Fatalf("owners to pick: vendor %v, customer %v; want the success team and the customer's people", vendor, customer)
	}
	d.date.SetText("2027-01-12")
	if list := pressSave(d.fd); u.scheduleDialog != d || !strings.Contains(list, "empty") || shownAt(d.form, d.title) == nil {
		t.Errorf("a custom touchpoint without a title can be saved (problems %q)", list)
	}
	test.Type(d.title, "Budget talk")
	d.priority.SetSelectedIndex(slices.Index(planner.ActivityPriorities(), planner.PriorityUrgent))
	d.vendorOwner.SetText(c.Team.CSM.Name)
	d.customerOwner.SetText(customer[0])
	d.lastDay.SetText("2027-01-11")
	if pressSave(d.fd); u.scheduleDialog != d || shownAt(d.form, d.lastDay) == nil {
		t.Error("a last day before the planned day can be saved")
	}
	d.lastDay.SetText("2027-01-13")
	d.nextSteps.SetText("Send the figures.\nAgree the budget.")
	if list := d.form.general.Text; list != "" {
		t.Fatalf("the fixed form still lists %s", list)
	}
	test.Tap(d.save)
	acc, err := u.store.Account(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(acc.Activities, func(a planner.Activity) bool { return a.ID == d.id })
	if i < 0 {
		t.Fatal("the activity was not stored")
	}
	a := acc.Activities[i]
	if a.ItemID != "touchpoint-custom" || a.Title != "Budget talk" || a.Priority != planner.PriorityUrgent || a.VendorOwner != c.Team.CSM.Name ||
		a.CustomerOwner != customer[0] || a.EndDate.String() != "2027-01-13" || a.NextSteps != "Send the figures.\nAgree the budget." {
		t.Errorf("stored %+v", a)
	}
}
