package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// formSelect is a drop-down of a form: Escape on it cancels the form,
// and it asks for a choice in the window's language until one is made.
type formSelect struct {
	widget.Select
	onEscape func()
}

// newFormSelect returns a drop-down of options for a form; changed, when
// set, follows every choice.
func (u *UI) newFormSelect(options []string, changed func(string)) *formSelect {
	s := &formSelect{}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = u.tr("form.select.placeholder")
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey cancels the form on Escape; other keys go to the drop-down.
func (s *formSelect) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && s.onEscape != nil {
		s.onEscape()
		return
	}
	s.Select.TypedKey(k)
}

// formSelectEntry is a field of a form in which one of a list is picked
// or any text typed: Escape in it cancels the form, and leaving it shows
// the field's problem.
type formSelectEntry struct {
	widget.SelectEntry
	onEscape func()
	onLeave  func()
}

// newFormSelectEntry returns a pick-or-type field offering options.
func newFormSelectEntry(options []string) *formSelectEntry {
	e := &formSelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	return e
}

// TypedKey cancels the form on Escape; other keys go to the field.
func (e *formSelectEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.SelectEntry.TypedKey(k)
}

// FocusLost tells the form the field was left.
func (e *formSelectEntry) FocusLost() {
	e.SelectEntry.FocusLost()
	if e.onLeave != nil {
		e.onLeave()
	}
}

// fyneSelectPlaceHolder is what Fyne shows in a drop-down with no choice
// made, in English only.
func fyneSelectPlaceHolder() string { return widget.NewSelect(nil, nil).PlaceHolder }
