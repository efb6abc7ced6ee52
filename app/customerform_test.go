package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestCustomerFormKeepsDocumentLanguageAndTimeZone(t *testing.T) {
	u, db := newTestUI(t)
	c := customerNamed(t, db, "Müller GmbH")
	f := u.openCustomerForm(c, false)
	if f.language.Selected != "Same as the window" {
		t.Fatalf("a customer without a document language shows %q", f.language.Selected)
	}
	f.language.SetSelected("Nederlands")
	f.timeZone.SetText("")
	test.Type(f.timeZone, "Europe/Berlin")
	tapButton(t, u, "Save")
	stored := customerNamed(t, db, c.Name)
	if stored.Language != "nl" || stored.TimeZone != "Europe/Berlin" {
		t.Fatalf("stored language %q, time zone %q; want nl, Europe/Berlin", stored.Language, stored.TimeZone)
	}

	f = u.openCustomerForm(stored, false)
	if f.language.Selected != "Nederlands" || f.timeZone.Text != "Europe/Berlin" {
		t.Errorf("the form reopens with %q, %q", f.language.Selected, f.timeZone.Text)
	}
	f.timeZone.SetText("Mars/Olympus")
	if !f.save.Disabled() {
		t.Error("Save is enabled for an unknown time zone")
	}
	if err := f.timeZone.Validate(); err == nil || !strings.Contains(err.Error(), "Mars/Olympus") {
		t.Errorf("the time zone field says %v, want the unknown zone named", err)
	}
}
