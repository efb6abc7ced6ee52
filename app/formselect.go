package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// formSelect is a drop-down of a form: Escape on it cancels the form,
// and it asks for a choice in the window's language until one is made.
type formSelect struct {
	widget.Select
	fieldHooks
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
func (s *formSelect) TypedKey(k *fyne.KeyEvent) { s.typedKey(k, s.Select.TypedKey) }

// fieldHooks are what a form hooks into an input of its own: Escape
// cancels the form, and leaving the input shows the field's problem.
type fieldHooks struct {
	onEscape func()
	onLeave  func()
}

// hooks returns the hooks of form f for its field fld.
func (f *fieldForm) hooks(fld *formField) fieldHooks {
	return fieldHooks{onEscape: f.escape, onLeave: func() { f.left(fld) }}
}

// typedKey runs the form's Escape when k is Escape and the input is
// hooked up to a form; any other key goes to the input's own TypedKey,
// next.
func (h *fieldHooks) typedKey(k *fyne.KeyEvent, next func(*fyne.KeyEvent)) {
	if k.Name == fyne.KeyEscape && h.onEscape != nil {
		h.onEscape()
		return
	}
	next(k)
}

// focusLost runs the input's own FocusLost, next, and then tells the
// form, if any, that the input was left.
func (h *fieldHooks) focusLost(next func()) {
	next()
	if h.onLeave != nil {
		h.onLeave()
	}
}

// formSelectEntry is a field of a form in which one of a list is picked
// or any text typed: Escape in it cancels the form, and leaving it shows
// the field's problem.
type formSelectEntry struct {
	widget.SelectEntry
	fieldHooks
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
func (e *formSelectEntry) TypedKey(k *fyne.KeyEvent) { e.typedKey(k, e.SelectEntry.TypedKey) }

// FocusLost tells the form the field was left.
func (e *formSelectEntry) FocusLost() { e.focusLost(e.SelectEntry.FocusLost) }

// fyneSelectPlaceHolder is what Fyne shows in a drop-down with no choice
// made, in English only.
func fyneSelectPlaceHolder() string { return widget.NewSelect(nil, nil).PlaceHolder }
