package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/planner"
)

// customerPicker chooses the customer in focus: a button showing it that
// opens a searchable list of every customer.
type customerPicker struct {
	w      customerPickerWindow
	button *widget.Button
	search *keyEntry
	list   *enterList
	popup  *widget.PopUp

	customers []planner.Customer
	// haystacks are the lower-case names, for searching as one types.
	haystacks []string
	// shown are the indexes in customers that match the search.
	shown []int
}

// customerPickerWindow is what the customer picker uses of the window:
// its words, the window the list opens over, and the focus it sets.
type customerPickerWindow interface {
	texts
	// Window returns the window the list opens over.
	Window() fyne.Window
	// setFocus makes customer id the customer in focus (a zero ID: none).
	setFocus(id planner.ID)
}

// newCustomerPicker returns a picker of the customer in focus of w; its
// customers are given by setCustomers.
func newCustomerPicker(w customerPickerWindow) *customerPicker {
	p := &customerPicker{w: w}
	p.button = widget.NewButtonWithIcon(w.tr("picker.choose"), theme.MenuDropDownIcon(), p.open)
	p.button.Alignment = widget.ButtonAlignLeading
	p.button.IconPlacement = widget.ButtonIconTrailingText
	p.search = newKeyEntry(func(k *fyne.KeyEvent) bool {
		if k.Name == fyne.KeyEscape && p.popup != nil {
			p.popup.Hide()
			return true
		}
		return false
	})
	p.search.SetPlaceHolder(w.tr("picker.search"))
	p.search.OnChanged = func(string) { p.filter() }
	p.search.OnSubmitted = func(string) {
		if len(p.shown) > 0 {
			p.choose(p.shown[0])
		}
	}
	p.list = newEnterList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := p.customers[p.shown[i]]
			o.(*widget.Label).SetText(c.Name)
		})
	p.list.OnSelected = func(i widget.ListItemID) {
		p.list.UnselectAll()
		if i < len(p.shown) {
			p.choose(p.shown[i])
		}
	}
	return p
}

// setCustomers replaces the customers offered.
func (p *customerPicker) setCustomers(list []planner.Customer) {
	p.customers = list
	p.haystacks = make([]string, len(list))
	for i, c := range list {
		p.haystacks[i] = strings.ToLower(c.Name)
	}
	p.filter()
}

// setFocused shows the customer in focus on the button.
func (p *customerPicker) setFocused(c planner.Customer, ok bool) {
	if !ok {
		p.button.SetText(p.w.tr("picker.choose"))
		return
	}
	p.button.SetText(c.Name)
}

// filter keeps the customers whose name contains the search text.
func (p *customerPicker) filter() {
	q := strings.ToLower(strings.TrimSpace(p.search.Text))
	p.shown = p.shown[:0]
	for i, h := range p.haystacks {
		if q == "" || strings.Contains(h, q) {
			p.shown = append(p.shown, i)
		}
	}
	p.list.Refresh()
}

// open shows the list under the button, with the search field focused.
func (p *customerPicker) open() {
	if p.popup == nil {
		none := widget.NewButtonWithIcon(p.w.tr("picker.none"), theme.CancelIcon(), func() {
			p.popup.Hide()
			p.w.setFocus(planner.ID{})
		})
		none.Importance = widget.LowImportance
		box := newBorder(p.search, none, nil, nil, p.list)
		p.popup = widget.NewPopUp(box, p.w.Window().Canvas())
	}
	p.search.SetText("")
	p.filter()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.button)
	p.popup.Resize(fyne.NewSize(max(p.button.Size().Width, 320), 420))
	p.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, p.button.Size().Height)))
	p.w.Window().Canvas().Focus(p.search)
}

// choose puts customer i in focus and closes the list.
func (p *customerPicker) choose(i int) {
	if p.popup != nil {
		p.popup.Hide()
	}
	p.w.setFocus(p.customers[i].ID)
}

// tightVBoxLayout stacks objects without padding between them; hidden
// objects take no room.
type tightVBoxLayout struct{}

// MinSize returns the widest width and the summed heights.
func (tightVBoxLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	return s
}

// Layout puts the objects one under the other at their minimum heights.
func (tightVBoxLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	stackRows(objects, size.Width, 0, 0)
}

// keyEntry is an entry that lets its owner handle some keys first, such
// as Escape to close a pop-up.
type keyEntry struct {
	widget.Entry
	onKey func(*fyne.KeyEvent) bool
}

// newKeyEntry returns an entry whose keys go to onKey first; keys onKey
// does not handle (it returns false) go to the entry.
func newKeyEntry(onKey func(*fyne.KeyEvent) bool) *keyEntry {
	e := &keyEntry{onKey: onKey}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey passes the key to the owner, then to the entry.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(k) {
		return
	}
	e.Entry.TypedKey(k)
}

// newSection groups content under a title (and a subtitle when not
// empty) on a softly filled, rounded panel: a lighter card than
// widget.Card, so that more fits on a screen.
func newSection(title, subtitle string, content fyne.CanvasObject) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameSubHeadingText
	heading.Wrapping = fyne.TextWrapWord
	top := []fyne.CanvasObject{heading}
	if subtitle != "" {
		sub := widget.NewLabel(subtitle)
		sub.TextStyle = fyne.TextStyle{Italic: true}
		sub.Wrapping = fyne.TextWrapWord
		sub.SizeName = theme.SizeNameCaptionText
		top = append(top, sub)
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	body := container.NewBorder(container.New(&tightVBoxLayout{}, top...), nil, nil, nil, content)
	return container.NewPadded(container.NewStack(bg, container.NewPadded(body)))
}

// The window's side of the customer picker: setFocus and Window are the
// window's own.

var _ customerPickerWindow = (*UI)(nil)

// newPlaceHolderEntry returns an entry that shows hint while empty.
func newPlaceHolderEntry(hint string) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(hint)
	return e
}

// newWrapLabel returns a label of text that wraps at words.
func newWrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// newProblemLabel returns a hidden label for what is wrong with what was
// typed: in the theme's error colour, wrapping at words.
func newProblemLabel() *widget.Label {
	l := newWrapLabel("")
	l.Importance = widget.DangerImportance
	l.Hide()
	return l
}
