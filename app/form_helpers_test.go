package app

import (
	"errors"
	"slices"

	"fyne.io/fyne/v2/test"
)

// shownAt returns the message the field of form f that holds entry e
// shows now, as an error; nil when it shows none.
func shownAt(f *fieldForm, e *formEntry) error {
	for _, fld := range f.fields {
		if slices.Contains(fld.entries, &e.Entry) && fld.err.Text != "" {
			return errors.New(fld.err.Text)
		}
	}
	return nil
}

// pressSave taps Save of dialog fd and returns the list of problems the
// form shows then ("" for none).
func pressSave(fd *formDialog) string {
	test.Tap(fd.save)
	return fd.form.general.Text
}
