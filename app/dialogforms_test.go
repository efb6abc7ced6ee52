package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// formUnderTest is one form of the table of TestFormsOfDialogsFollowTheForms:
// the form, its Save, the required field left empty and a day field.
type formUnderTest struct {
	p    *planningUI
	form *fieldForm
	save func()
	// required is the key of a required field; empty is how the test
	// leaves it unfilled (typing nothing, or choosing what needs more),
	// and fill types what fixes it.
	required string
	empty    func()
	fill     func()
	// day is the key of a field that takes a day.
	day string
}

// dayFormUnderTest is the form of dialog fd whose required field key
// takes a day: the test leaves it empty, then types day.
func dayFormUnderTest(p *planningUI, fd *formDialog, key string, day planner.Date) formUnderTest {
	entry := planFormEntries(fd.form)[key]
	return formUnderTest{p: p, form: fd.form, save: func() { test.Tap(fd.save) }, required: key, day: key,
		empty: func() { planType(p.window, entry, "") },
		fill:  func() { planType(p.window, entry, day.String()) }}
}

// fieldByKey returns the field of f named key.
func fieldByKey(t *testing.T, f *fieldForm, key string) *formField {
	t.Helper()
	for _, fld := range f.fields {
		if fld.key == key {
			return fld
		}
	}
	t.Fatalf("the form has no field %q", key)
	return nil
}

// TestFormsOfDialogsFollowTheForms checks that the cadence, Move,
// plan-template, delivery and phase forms show their problems as every
// form does: nothing while typing before Save; on Save a message beside
// the empty required field, the list naming its label and nothing saved;
// from then on the messages follow what is typed, an impossible day named
// as such, and a fixed field's message goes without pressing Save again.
func TestFormsOfDialogsFollowTheForms(t *testing.T) {
	tests := []struct {
		name string
		open func(t *testing.T) formUnderTest
	}{
		{"cadence", func(t *testing.T) formUnderTest {
			p, s, _, _, _ := openEngagement(t)
			test.Tap(s.planBtn)
			return dayFormUnderTest(p, s.dialog, "from", p.today())
		}},
		{"move", func(t *testing.T) formUnderTest {
			p, s := openQuarter(t, planner.ID{})
			_, to := selectMovableActivity(t, p, s)
			test.Tap(s.moveBtn)
			return dayFormUnderTest(p, s.dialog, "date", to)
		}},
		{"plan template", func(t *testing.T) formUnderTest {
			p, s, _ := openActionPlan(t)
			if len(s.templates()) == 0 {
				t.Skip("no template for this customer")
			}
			s.fromTemplate()
			return dayFormUnderTest(p, s.dialog, "start", p.today())
		}},
		{"delivery", func(t *testing.T) formUnderTest {
			p, s := openQuarter(t, planner.ID{})
			selectMovableActivity(t, p, s)
			test.Tap(s.deliverBtn)
			// A delivery is recorded once it took place: the day filled in
			// is today, not the planned day after it.
			return dayFormUnderTest(p, s.dialog, "actualDate", p.today())
		}},
		{"phase", func(t *testing.T) formUnderTest {
			p, s, _, _, _ := openEngagement(t)
			ed := s.editor
			return formUnderTest{p: p, form: ed.form, save: func() { test.Tap(ed.saveBtn) }, required: "skipReason", day: "plannedEnd",
				empty: func() { planChoose(t, p.window, ed.status, p.phaseStatusText(planner.PhaseSkipped)) },
				fill:  func() { planType(p.window, &ed.reason.Entry, "customer joined in Design") }}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.open(t)
			p, form := f.p, f.form
			required := fieldByKey(t, form, f.required)
			f.empty()
			p.settle()
			if msgs := form.messages(); len(msgs) > 0 && required.err.Text != "" {
				t.Errorf("before Save the form shows %q", msgs)
			}
			version := p.dataVersion
			f.save()
			p.settle()
			if required.err.Text == "" {
				t.Fatalf("after Save the empty %q shows no message (form: %q)", required.name, form.messages())
			}
			if !strings.Contains(form.general.Text, required.name) {
				t.Errorf("the list of problems %q does not name %q", form.general.Text, required.name)
			}
			if p.dataVersion != version {
				t.Errorf("Save with %q empty saved something", required.name)
			}

			// From now on every change is checked again.
			day := fieldByKey(t, form, f.day)
			dayEntry := day.entries[0]
			typed := dayEntry.Text
			planType(p.window, dayEntry, "2027-02-30")
			p.settle()
			if all := strings.Join(form.messages(), "\n") + "\n" + form.general.Text; !strings.Contains(all, p.tr("form.date.impossible", p.text.LongDate(planner.Date{Year: 2027, Month: 2, Day: 30}))) {
				t.Errorf("after typing 2027-02-30 in %q the form shows %q", day.name, all)
			}
			if day != required {
				planType(p.window, dayEntry, typed)
			}
			f.fill()
			p.settle()
			if required.err.Text != "" {
				t.Errorf("after %q was filled in it still shows %q", required.name, required.err.Text)
			}
			if p.dataVersion != version {
				t.Errorf("filling %q in saved without Save", required.name)
			}
		})
	}
}

// TestFocusGoesBackAfterAFormDialogCloses checks that after a form
// dialog closes, by Save or Cancel, the keyboard focus is where it was
// before it opened (the stakeholder table), or on the screen's main
// table when nothing had it, not in a field of the dialog gone.
func TestFocusGoesBackAfterAFormDialogCloses(t *testing.T) {
	for _, tt := range []struct {
		name      string
		focusedBy bool
		close     func(fd *formDialog)
	}{
		{"Cancel", true, func(fd *formDialog) { test.Tap(fd.cancel) }},
		{"Save", true, func(fd *formDialog) { test.Tap(fd.save) }},
		{"Cancel with nothing focused before", false, func(fd *formDialog) { test.Tap(fd.cancel) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, s, _, _, _ := openEngagement(t)
			c := p.window.Canvas()
			c.Unfocus()
			if tt.focusedBy {
				c.Focus(s.people)
			}
			s.editStakeholder(0)
			fd := s.dialog
			if fd == nil || !fd.open {
				t.Fatal("no stakeholder form opened")
			}
			if c.Focused() == fyne.Focusable(s.people) {
				t.Fatal("the form opened without the cursor in it")
			}
			tt.close(fd)
			p.settle()
			if fd.open {
				t.Fatalf("the form is still open: %q", fd.form.messages())
			}
			if got := c.Focused(); got != fyne.Focusable(s.people) {
				t.Errorf("after the form closed %T has the focus, want the stakeholder table", got)
			}
		})
	}
}
