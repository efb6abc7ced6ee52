package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// focusRecordingWindow is the test window, except that it records the
// customers put in focus instead of focusing them.
type focusRecordingWindow struct {
	*UI
	focused []planner.ID
}

// setFocus records id.
func (w *focusRecordingWindow) setFocus(id planner.ID) { w.focused = append(w.focused, id) }

// The customer picker made with only what it uses: the customer chosen
// goes to its window, and the window's own focus stays.
func TestCustomerPickerWithAStandInWindow(t *testing.T) {
	u, db := newTestUI(t)
	before := u.focus()
	w := &focusRecordingWindow{UI: u}
	p := newCustomerPicker(w)
	p.setCustomers(u.customers)
	p.open()
	test.Type(p.search, "müller")
	p.search.OnSubmitted(p.search.Text)
	want := customerNamed(t, db, "Müller GmbH").ID
	if !slices.Equal(w.focused, []planner.ID{want}) {
		t.Errorf("the picker put %v in focus, want %v", w.focused, want)
	}
	if u.focus() != before {
		t.Errorf("the window's focus moved to %v", u.focus())
	}
}
