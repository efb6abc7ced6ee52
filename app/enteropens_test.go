package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestEnterOnAStakeholderOrAMeetingOpensItsForm(t *testing.T) {
	p, s, _, e, _ := openEngagement(t)
	if len(e.Stakeholders) < 2 || len(e.Cadence) < 1 {
		t.Fatalf("the sample engagement has %d stakeholders and %d meetings, want two and one", len(e.Stakeholders), len(e.Cadence))
	}
	for _, c := range []struct {
		name  string
		table *enterTable
		tab   int
		row   int
		want  string
	}{
		{"stakeholder", s.people, 0, 1, e.Stakeholders[1].Name},
		{"meeting", s.meets, 1, 0, e.Cadence[0].Name},
	} {
		s.dialog = nil
		s.tabs.SelectIndex(c.tab)
		p.window.Canvas().Focus(c.table)
		for range c.row {
			typeKey(p.UI, fyne.KeyDown)
		}
		typeKey(p.UI, fyne.KeyReturn)
		if s.dialog == nil || !s.dialog.open {
			t.Fatalf("Enter on %s %d opened no form", c.name, c.row)
		}
		if got := planFormEntries(s.dialog.form)["name"].Text; got != c.want {
			t.Errorf("Enter on %s %d opened the form of %q, want %q", c.name, c.row, got, c.want)
		}
		s.dialog.close()
	}
}

func TestEnterOnAnEntitlementExplainsIt(t *testing.T) {
	u, db := newTestUI(t)
	s := focusedScreen[*customerScreen](u, screenCustomer, customerNamed(t, db, "Müller GmbH").ID)
	s.tabs.SelectIndex(customerTabEntitlements)
	row := -1
	for i, e := range s.entitlements {
		if e.header == "" {
			row = i
			break
		}
	}
	if row < 0 {
		t.Fatal("the customer has no entitlement")
	}
	u.window.Canvas().Focus(s.matrix)
	for range row {
		typeKey(u, fyne.KeyDown)
	}
	typeKey(u, fyne.KeyReturn)
	if texts := overlayTexts(u); len(texts) == 0 {
		t.Fatal("Enter on an entitlement showed nothing")
	}
}

func TestEnterOnAHolidayOpensItToChange(t *testing.T) {
	u, _ := newTestUI(t)
	s := settingsOf(t, u)
	u.waitIdle()
	s.region.SetSelected(u.regionNameByID("japan"))
	if len(s.holidays) < 2 {
		t.Fatalf("Japan has %d holidays, want two or more", len(s.holidays))
	}
	was := s.holidays[1]
	u.window.Canvas().Focus(s.holidayList)
	typeKey(u, fyne.KeyDown)
	typeKey(u, fyne.KeyReturn)
	fd := s.holidayDialog
	if fd == nil || !fd.open {
		t.Fatal("Enter on a holiday opened no form")
	}
	entries := planFormEntries(fd.form)
	if entries["day"].Text != was.Date.String() || entries["name"].Text != was.Name {
		t.Fatalf("the form shows %q %q, want the second holiday %s %q", entries["day"].Text, entries["name"].Text, was.Date, was.Name)
	}
	entries["name"].SetText("Renamed day")
	if err := fd.submit(); err != nil {
		t.Fatalf("save the holiday: %v", err)
	}
	if got := s.holidays[1]; got.Date != was.Date || got.Name != "Renamed day" {
		t.Errorf("after saving the holiday is %v %q, want %v %q", got.Date, got.Name, was.Date, "Renamed day")
	}
	if !s.dirty() {
		t.Error("the settings do not hold the change to save")
	}
}

func TestEnterOnAContactOpensItToChange(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	if len(c.Contacts) == 0 {
		t.Fatal("the sample customer has no contact")
	}
	s := focusedScreen[*customerScreen](u, screenCustomer, c.ID)
	s.tabs.SelectIndex(customerTabContacts)
	u.window.Canvas().Focus(s.contacts)
	typeKey(u, fyne.KeyReturn)
	fd := s.contactDialog
	if fd == nil || !fd.open {
		t.Fatal("Enter on a contact opened no form")
	}
	entries := planFormEntries(fd.form)
	if entries["name"].Text != c.Contacts[0].Name || entries["email"].Text != c.Contacts[0].Email {
		t.Fatalf("the form shows %q %q, want the first contact %q %q", entries["name"].Text, entries["email"].Text, c.Contacts[0].Name, c.Contacts[0].Email)
	}
	// A bad address is the planner's problem, shown at the field; nothing
	// is saved.
	entries["email"].SetText("not an address")
	if err := fd.submit(); err == nil || !fd.open {
		t.Fatalf("a bad address was saved (err %v, open %v)", err, fd.open)
	}
	entries["email"].SetText("new.address@example.com")
	if err := fd.submit(); err != nil {
		t.Fatalf("save the contact: %v", err)
	}
	if got := customerNamed(t, db, "Müller GmbH").Contacts[0]; got.Email != "new.address@example.com" || got.Name != c.Contacts[0].Name || got.Product != c.Contacts[0].Product {
		t.Errorf("stored contact %+v, want %+v with the new address", got, c.Contacts[0])
	}
}
