package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// placeHoldersOf returns the placeholders of the visible drop-downs under
// o.
func placeHoldersOf(o fyne.CanvasObject) []string {
	var out []string
	walkVisible(o, func(o fyne.CanvasObject) bool {
		switch s := o.(type) {
		case *formSelect:
			out = append(out, s.PlaceHolder)
		case *widget.Select:
			out = append(out, s.PlaceHolder)
		}
		return true
	})
	return out
}

func TestFormDropDownsAskInTheWindowsLanguage(t *testing.T) {
	for _, lang := range []string{"en", "nl", "ja"} {
		t.Run(lang, func(t *testing.T) {
			u, _, c := newTestUIForIn(t, lang, "Müller GmbH")
			d := openSchedule(t, u, c, "pro-roadmap-review")
			holders := placeHoldersOf(d.form.box)
			if len(holders) < 3 {
				t.Fatalf("the schedule dialog shows %d drop-downs, want its solution, phase, status and more", len(holders))
			}
			want := u.tr("form.select.placeholder")
			for _, h := range holders {
				if h != want {
					t.Errorf("a drop-down of the schedule dialog asks %q, want %q", h, want)
				}
			}
			if lang != "en" && want == fyneSelectPlaceHolder() {
				t.Errorf("the placeholder %q is not translated", want)
			}
		})
	}
}

func TestEscapeInAPickOrTypeFieldOrADropDownCancelsTheForm(t *testing.T) {
	u, _, c := newTestUIFor(t, "Müller GmbH")
	for _, field := range []struct {
		name  string
		focus func(d *scheduleDialog) fyne.Focusable
	}{
		{"vendor owner", func(d *scheduleDialog) fyne.Focusable { return d.vendorOwner }},
		{"customer owner", func(d *scheduleDialog) fyne.Focusable { return d.customerOwner }},
		{"phase", func(d *scheduleDialog) fyne.Focusable { return d.phase }},
		{"priority", func(d *scheduleDialog) fyne.Focusable { return d.priority }},
	} {
		d := openSchedule(t, u, c, "pro-roadmap-review")
		u.window.Canvas().Focus(field.focus(d))
		if u.window.Canvas().Focused() != field.focus(d) {
			t.Fatalf("%s: the cursor is in %T", field.name, u.window.Canvas().Focused())
		}
		typeKey(u, fyne.KeyEscape)
		if d.fd.open {
			t.Errorf("Escape in the %s field left the unchanged dialog open", field.name)
			d.fd.close()
		}
	}

	// With a change, Escape in a pick-or-type field asks first.
	d := openSchedule(t, u, c, "pro-roadmap-review")
	u.window.Canvas().Focus(d.vendorOwner)
	test.Type(d.vendorOwner, "Someone else")
	typeKey(u, fyne.KeyEscape)
	if !d.fd.open || len(overlayTexts(u)) == 0 {
		t.Fatal("Escape with a change closed the dialog without asking")
	}
	tapButton(t, u, "Yes")
	if d.fd.open {
		t.Error("the dialog stays open after Escape was confirmed")
	}
}

func TestEscapeInTheCadenceFrequencyCancelsTheForm(t *testing.T) {
	u, db := newTestUI(t)
	s := focusedScreen[*engagementScreen](u, screenEngagement, customerNamed(t, db, "Müller GmbH").ID)
	s.editMeeting(-1)
	fd := s.dialog
	if fd == nil || !fd.open {
		t.Fatal("the cadence form did not open")
	}
	var freq *formSelectEntry
	walkVisible(fd.form.box, func(o fyne.CanvasObject) bool {
		if e, ok := o.(*formSelectEntry); ok {
			freq = e
		}
		return freq == nil
	})
	if freq == nil {
		t.Fatal("the cadence form has no frequency field")
	}
	u.window.Canvas().Focus(freq)
	typeKey(u, fyne.KeyEscape)
	if fd.open {
		t.Error("Escape in the meeting frequency left the unchanged form open")
	}
}
