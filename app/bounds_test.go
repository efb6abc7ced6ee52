package app

import (
	"strings"
	"testing"
)

// TestCustomerFormRefusesValuesOutOfBounds checks that the customer form
// shows planner's message beside an allowance above the bound and a name
// with a bidi override once Save is pressed, and saves nothing.
func TestCustomerFormRefusesValuesOutOfBounds(t *testing.T) {
	u, db := newTestUI(t)
	before, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	f := u.openCustomerForm(u.newCustomerDefaults(), true)
	f.name.SetText("Acme\u202Egpj.exe")
	f.accelerators.SetText("10001")
	f.fieldHours.SetText("10000")
	f.notes.SetText("first line\nsecond line\n")
	if list := pressSave(f.fd); list == "" || u.customerForm != f {
		t.Fatalf("Save closed the form or listed no problem (%q)", list)
	}
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"name", shownAt(f.form, f.name), "has a bidi control character (U+202E), which can disguise text"},
		{"accelerators", shownAt(f.form, f.accelerators), "must be from 0 to 10000, not 10001"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s shows %v, want %q", tc.name, tc.err, tc.want)
		}
	}
	if err := shownAt(f.form, f.fieldHours); err != nil {
		t.Errorf("field hours of 10000 show %v", err)
	}
	if err := shownAt(f.form, f.notes); err != nil {
		t.Errorf("notes ending in a newline show %v; the form trims them", err)
	}
	if err := f.apply(); err == nil {
		t.Error("the form saved a customer out of bounds")
	}
	after, err := db.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Errorf("%d accounts after the refused save, want %d", len(after), len(before))
	}

	// Fixed, the customer saves, with the notes trimmed.
	f.name.SetText("Acme Trading")
	f.accelerators.SetText("10000")
	if msgs := f.form.messages(); len(msgs) > 0 {
		t.Errorf("the fixed customer still shows %q", msgs)
	}
	if list := pressSave(f.fd); list != "" || u.customerForm != nil {
		t.Fatalf("a valid customer was not saved: %s", list)
	}
	c := customerNamed(t, db, "Acme Trading")
	if c.Notes != "first line\nsecond line" || c.Contract.Allowances.AcceleratorsPerYear != 10000 {
		t.Errorf("saved notes %q and %d accelerators", c.Notes, c.Contract.Allowances.AcceleratorsPerYear)
	}
}

// TestCustomerFormInDutchShowsTheBound checks that the message beside the
// field is planner's, translated.
func TestCustomerFormInDutchShowsTheBound(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	f := u.openCustomerForm(u.newCustomerDefaults(), true)
	f.name.SetText(strings.Repeat("ä", 201))
	pressSave(f.fd)
	if err := shownAt(f.form, f.name); err == nil || err.Error() != "langer dan 200 tekens (201)" {
		t.Errorf("the name shows %v, want the Dutch message", err)
	}
}

// TestScheduleRefusesHoursOutOfBounds checks that the schedule dialog
// refuses hours of 1e308 and NaN beside the field when Schedule is
// pressed, and takes the message away once the hours are fixed.
func TestScheduleRefusesHoursOutOfBounds(t *testing.T) {
	for _, hours := range []string{"1e308", "NaN", "+Inf", "0", "1000.5", "1e400"} {
		t.Run(hours, func(t *testing.T) {
			u, db := newTestUI(t)
			d := openSchedule(t, u, customerNamed(t, db, "Müller GmbH"), "pro-roadmap-review")
			d.hours.SetText(hours)
			list := pressSave(d.fd)
			if u.scheduleDialog != d {
				t.Fatal("Schedule saved")
			}
			err := shownAt(d.form, d.hours)
			if err == nil {
				t.Fatal("the hours field shows no problem")
			}
			if hours != "1e400" && !strings.Contains(err.Error(), "must be more than 0 and at most 1000 hours") {
				t.Errorf("the hours field shows %q", err)
			}
			if !strings.Contains(list, "Hours: "+err.Error()) {
				t.Errorf("problems %q lack the hours' message %q", list, err)
			}
			d.hours.SetText("1000")
			if shownAt(d.form, d.hours) != nil || d.form.general.Text != "" {
				t.Errorf("1000 hours are refused: %s", d.form.general.Text)
			}
		})
	}
}

// TestScheduleRefusesAHiddenOwner checks that the owner is held to the
// text rule, named in the user's words.
func TestScheduleRefusesAHiddenOwner(t *testing.T) {
	u, db := newTestUI(t)
	d := openSchedule(t, u, customerNamed(t, db, "Müller GmbH"), "pro-roadmap-review")
	d.owner.SetText("Ann\u2067")
	if list := pressSave(d.fd); !strings.Contains(list, "Owner: has a bidi control character (U+2067)") {
		t.Errorf("problems %q", list)
	}
	if shownAt(d.form, d.owner) == nil {
		t.Error("the owner field shows no problem")
	}
}
