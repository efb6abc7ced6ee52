package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestCustomerFormKeepsDocumentLanguageAndTimeZone(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	f := u.openCustomerForm(c, false)
	if f.language.Selected != "Same as the window" {
		t.Fatalf("a customer without a document language shows %q", f.language.Selected)
	}
	f.language.SetSelected("Nederlands")
	retype(f.timeZone, "Europe/Berlin")
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
	if list := pressSave(f.fd); list == "" || u.customerForm != f {
		t.Error("Save closed the form with an unknown time zone")
	}
	if err := shownAt(f.form, f.timeZone); err == nil || !strings.Contains(err.Error(), "Mars/Olympus") {
		t.Errorf("the time zone field says %v, want the unknown zone named", err)
	}
}

func TestNewCustomerStartsWithTheTierDefaultAllowances(t *testing.T) {
	u, _ := newTestUI(t)
	checkAllowanceSteps(t, u.openCustomerForm(planner.Customer{}, true), []allowanceStep{
		{"a new Ultimate customer starts with them (the catalog's)", nil, "4/40"},
		{"after choosing Expert", func(f *customerForm) { f.tier.SetSelected("Expert Success") }, "0/0"},
		{"after choosing Ultimate again", func(f *customerForm) { f.tier.SetSelected("Ultimate Success") }, "4/40"},
		{"after typing 12 field hours and changing the tier", func(f *customerForm) {
			retype(f.fieldHours, "12")
			f.tier.SetSelected("Expert Success")
			f.tier.SetSelected("Ultimate Success")
		}, "4/12"},
	})
}

// allowanceStep is a change to a customer form and the accelerators and
// field hours the form shows after it, as "accelerators/field hours".
type allowanceStep struct {
	after  string                // what the step does, for the message
	change func(f *customerForm) // nil for none: the form as it opens
	want   string
}

// checkAllowanceSteps takes the steps on form f in turn and checks the
// allowances it shows after each.
func checkAllowanceSteps(t *testing.T, f *customerForm, steps []allowanceStep) {
	t.Helper()
	for _, step := range steps {
		if step.change != nil {
			step.change(f)
		}
		if got := f.accelerators.Text + "/" + f.fieldHours.Text; got != step.want {
			t.Errorf("%s: the allowances (accelerators/field hours) are %s, want %s", step.after, got, step.want)
		}
	}
}

func TestEditingACustomerKeepsItsAllowances(t *testing.T) {
	u, _, c := newTestUIFor(t, "Contoso Health")
	f := u.openCustomerForm(c, false)
	want := f.accelerators.Text + "/" + f.fieldHours.Text
	f.tier.SetSelected("Ultimate Success")
	if got := f.accelerators.Text + "/" + f.fieldHours.Text; got != want {
		t.Errorf("choosing Ultimate on an existing customer changed its allowances from %s to %s", want, got)
	}
}

func TestIncludedAddOnsShowTickedAndAreNotSavedAsPurchases(t *testing.T) {
	u, _, c := newTestUIFor(t, "Contoso Health")
	c.Membership.AddOns = nil
	// Under the offer of May 2024, which includes these add-ons in
	// Ultimate and sells them on Expert.
	c.Contract.Start, c.Contract.End = catalog.MustDate("2024-06-01"), catalog.MustDate("2027-05-31")
	f := u.openCustomerForm(c, false)
	mentor, boost, queue := addOnIndex(t, f, "mentor-sessions"), addOnIndex(t, f, "developer-boost"), addOnIndex(t, f, "priority-queue-bundle")
	f.addOns[boost].SetChecked(true) // bought on Expert
	f.tier.SetSelected("Ultimate Success")
	for _, i := range []int{mentor, boost, queue} {
		if !f.addOns[i].Checked || !f.addOns[i].Disabled() {
			t.Errorf("%s on Ultimate: ticked %v, disabled %v; want ticked and disabled", f.addOns[i].Text, f.addOns[i].Checked, f.addOns[i].Disabled())
		}
		if got := f.addOnReasons[i].Text; got != "Included in Ultimate Success" {
			t.Errorf("%s says %q, want Included in Ultimate Success", f.addOns[i].Text, got)
		}
	}
	if got, _ := f.customer(); len(got.Membership.AddOns) != 0 {
		t.Errorf("Ultimate saves the add-ons %v, want none: included add-ons are not purchases", got.Membership.AddOns)
	}
	f.tier.SetSelected("Expert Success")
	if !f.addOns[boost].Checked || f.addOns[mentor].Checked || f.addOns[boost].Disabled() {
		t.Errorf("back on Expert: Developer Boost ticked %v (enabled %v), Mentor Sessions ticked %v; want only the bought one ticked",
			f.addOns[boost].Checked, !f.addOns[boost].Disabled(), f.addOns[mentor].Checked)
	}
	if got, _ := f.customer(); len(got.Membership.AddOns) != 1 || got.Membership.AddOns[0] != "developer-boost" {
		t.Errorf("Expert saves the add-ons %v, want [developer-boost]", got.Membership.AddOns)
	}
}

func TestIncludedAddOnReasonIsTranslated(t *testing.T) {
	for lang, want := range map[string]string{"nl": "Inbegrepen in Ultimate Success", "ja": "Ultimate Successに含まれる"} {
		u, db := newTestUIInLanguage(t, lang)
		// Northwind Outfitters is on Ultimate under the offer of May 2024,
		// which includes Mentor Sessions.
		f := u.openCustomerForm(customerNamed(t, db, "Northwind Outfitters"), false)
		if got := f.addOnReasons[addOnIndex(t, f, "mentor-sessions")].Text; got != want {
			t.Errorf("%s: an included add-on says %q, want %q", lang, got, want)
		}
		f.close()
	}
}

// addOnIndex returns the place of add-on id in form f.
func addOnIndex(t testing.TB, f *customerForm, id string) int {
	t.Helper()
	for i, a := range f.addOnList {
		if a.ID == id {
			return i
		}
	}
	t.Fatalf("the catalog has no add-on %q", id)
	return -1
}

// TestCustomerFormNamesFieldsInTheFormsWords checks that the list of
// problems names a field by its label in the form, never by its path in
// the data ("team.tam.email").
func TestCustomerFormNamesFieldsInTheFormsWords(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "Technical Account Manager, E-mail: ",
		"ja": "テクニカルアカウントマネージャー（メールアドレス）：",
	} {
		u, _, c := newTestUIForIn(t, lang, "Müller GmbH")
		f := u.openCustomerForm(c, false)
		test.Type(f.team[0].email, "@@")
		f.contractEnd.SetText("2020-01-01")
		list := pressSave(f.fd)
		if strings.Contains(list, "team.tam.email") || strings.Contains(list, "contract.end") {
			t.Errorf("%s: the problems name data paths:\n%s", lang, list)
		}
		if !strings.Contains(list, want) {
			t.Errorf("%s: the problems lack %q:\n%s", lang, want, list)
		}
	}
}

// TestCustomerFormWithStandInsKeepsARefusedSave builds the customer dialog
// with just what it uses: a store that refuses to save keeps the dialog
// open with the reason, and the window gets no undo step and no change.
func TestCustomerFormWithStandInsKeepsARefusedSave(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	w := &undoRecordingWindow{UI: u}
	f := newCustomerForm(w, refusingCustomerStore{db}, u.cat, c, false)
	f.show()
	defer f.close()
	f.notes.SetText("Renewal talks in May")
	if list := pressSave(f.fd); !strings.Contains(list, "disk full") || !f.fd.open {
		t.Errorf("Save on a refusing store: open %v, the form says %q; want it open with the refusal", f.fd.open, list)
	}
	if len(w.undoLabels) != 0 || w.changes != 0 {
		t.Errorf("a refused save left undo steps %q and %d change notices", w.undoLabels, w.changes)
	}
	if stored := customerNamed(t, db, c.Name); stored.Notes == "Renewal talks in May" {
		t.Error("the refused edit is stored")
	}
}

// TestCustomerFormRefusesTheNameOfAnotherCustomer renames a customer, and
// adds one, to the name of another in another letter case: Save keeps the
// form open with the refusal at the name, in the window's language.
func TestCustomerFormRefusesTheNameOfAnotherCustomer(t *testing.T) {
	for lang, want := range map[string]string{
		"en": `another customer is already named "Müller GmbH"`,
		"nl": `een andere klant heet al "Müller GmbH"`,
	} {
		u, db, muller := newTestUIForIn(t, lang, "Müller GmbH")
		list, err := db.Customers()
		if err != nil {
			t.Fatal(err)
		}
		other := list[0]
		if other.ID == muller.ID {
			other = list[1]
		}
		for _, open := range []func() *customerForm{
			func() *customerForm { return u.openCustomerForm(other, false) },
			func() *customerForm { return u.openCustomerForm(planner.Customer{}, true) },
		} {
			f := open()
			retype(f.name, "MÜLLER GMBH")
			msgs := pressSave(f.fd)
			if !f.fd.open || !strings.Contains(msgs, want) {
				t.Errorf("%s: the form is open %v and says %q, want it open with %q", lang, f.fd.open, msgs, want)
			}
			if err := shownAt(f.form, f.name); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: the name field says %v", lang, err)
			}
			f.close()
		}
		after, err := db.Customers()
		if err != nil || len(after) != len(list) {
			t.Errorf("%s: %d customers (%v), want the %d there were", lang, len(after), err, len(list))
		}
		if stored := customerNamed(t, db, other.Name); stored.Name != other.Name {
			t.Errorf("%s: the refused rename is stored: %q", lang, stored.Name)
		}
	}
}
