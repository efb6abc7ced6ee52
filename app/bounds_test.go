package app

import (
	"strings"
	"testing"
)

// TestCustomerFormRefusesValuesOutOfBounds checks that the customer form
// shows planner's message beside an allowance above the bound and a name
// with a bidi override, keeps Save disabled and saves nothing.
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
	if !f.save.Disabled() {
		t.Error("Save is enabled")
	}
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"name", f.name.Validate(), "has a bidi control character (U+202E), which can disguise text"},
		{"accelerators", f.accelerators.Validate(), "must be from 0 to 10000, not 10001"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s shows %v, want %q", tc.name, tc.err, tc.want)
		}
	}
	if err := f.fieldHours.Validate(); err != nil {
		t.Errorf("field hours of 10000 show %v", err)
	}
	if err := f.notes.Validate(); err != nil {
		t.Errorf("notes ending in a newline show %v; the form trims them", err)
	}
	if err := f.store(); err == nil {
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
	if f.save.Disabled() {
		t.Fatalf("Save is disabled for a valid customer: %s", f.summary.Text)
	}
	if err := f.store(); err != nil {
		t.Fatal(err)
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
	if err := f.name.Validate(); err == nil || err.Error() != "langer dan 200 tekens (201)" {
		t.Errorf("the name shows %v, want the Dutch message", err)
	}
}

// TestScheduleRefusesHoursOutOfBounds checks that the schedule dialog
// refuses hours of 1e308 and NaN beside the field, with Schedule
// disabled.
func TestScheduleRefusesHoursOutOfBounds(t *testing.T) {
	for _, hours := range []string{"1e308", "NaN", "+Inf", "0", "1000.5", "1e400"} {
		t.Run(hours, func(t *testing.T) {
			u, db := newTestUI(t)
			d := openSchedule(t, u, customerNamed(t, db, "Müller GmbH"), "pro-roadmap-review")
			d.hours.SetText(hours)
			if !d.save.Disabled() {
				t.Error("Schedule is enabled")
			}
			err := d.hours.Validate()
			if err == nil {
				t.Fatal("the hours field shows no problem")
			}
			if hours != "1e400" && !strings.Contains(err.Error(), "must be more than 0 and at most 1000 hours") {
				t.Errorf("the hours field shows %q", err)
			}
			if !strings.Contains(d.problems.Text, "Hours: "+err.Error()) {
				t.Errorf("problems %q lack the hours' message %q", d.problems.Text, err)
			}
			d.hours.SetText("1000")
			if d.hours.Validate() != nil || d.save.Disabled() {
				t.Errorf("1000 hours are refused: %s", d.problems.Text)
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
	if !d.save.Disabled() || !strings.Contains(d.problems.Text, "Owner: has a bidi control character (U+2067)") {
		t.Errorf("problems %q", d.problems.Text)
	}
	if d.owner.Validate() == nil {
		t.Error("the owner field shows no problem")
	}
}
