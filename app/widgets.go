package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// chip is a small rounded label with a coloured fill, for statuses, tiers
// and regions.
type chip struct {
	widget.BaseWidget
	fill *canvas.Rectangle
	text *canvas.Text
}

// newChip returns an empty chip; set gives it text and colour.
func newChip() *chip {
	c := &chip{fill: canvas.NewRectangle(statusColor(statusNone)), text: canvas.NewText("", color.White)}
	c.fill.CornerRadius = 8
	c.text.TextSize = theme.CaptionTextSize()
	c.text.TextStyle = fyne.TextStyle{Bold: true}
	c.ExtendBaseWidget(c)
	return c
}

// set shows text on a fill of colour col.
func (c *chip) set(text string, col color.Color) {
	c.text.Text = text
	c.fill.FillColor = col
	c.Refresh()
}

// CreateRenderer returns the chip's renderer.
func (c *chip) CreateRenderer() fyne.WidgetRenderer {
	return &chipRenderer{c: c, objects: []fyne.CanvasObject{c.fill, c.text}}
}

type chipRenderer struct {
	c       *chip
	objects []fyne.CanvasObject
}

// padding is the space around the chip's text.
func (r *chipRenderer) padding() fyne.Size { return fyne.NewSize(10, 4) }

// Layout centres the chip at its own size in the space it is given, so
// that a column of chips of different texts stays tidy.
func (r *chipRenderer) Layout(size fyne.Size) {
	textSize := r.c.text.MinSize()
	w := min(textSize.Width+2*r.padding().Width, size.Width)
	h := textSize.Height + 2*r.padding().Height
	x, y := (size.Width-w)/2, (size.Height-h)/2
	r.c.fill.Move(fyne.NewPos(x, y))
	r.c.fill.Resize(fyne.NewSize(w, h))
	r.c.text.Move(fyne.NewPos(x+r.padding().Width, y+r.padding().Height))
	r.c.text.Resize(textSize)
}

// MinSize returns the text's size with the padding around it.
func (r *chipRenderer) MinSize() fyne.Size {
	s := r.c.text.MinSize()
	return fyne.NewSize(s.Width+2*r.padding().Width, s.Height+2*r.padding().Height)
}

// Refresh redraws the chip with its current text and colour.
func (r *chipRenderer) Refresh() {
	r.c.text.Refresh()
	r.c.fill.Refresh()
	r.Layout(r.c.Size())
}

// Objects returns the fill and the text.
func (r *chipRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy releases nothing: the chip holds no resources.
func (r *chipRenderer) Destroy() {}

// tierColor returns the chip colour of a customer's tier: blue for
// Ultimate, grey for Expert.
func tierColor(c planner.Customer) color.Color {
	if c.Membership.Tier == catalog.Ultimate {
		return statusColor(statusPurchased)
	}
	return statusColor(statusNone)
}

// entitlementColor returns the chip colour of an entitlement status.
func entitlementColor(s planner.EntitlementStatus) color.Color {
	switch s {
	case planner.Included:
		return statusColor(statusIncluded)
	case planner.Purchased:
		return statusColor(statusPurchased)
	case planner.Available:
		return statusColor(statusAvailable)
	}
	return statusColor(statusNone)
}

// customerPicker chooses the customer in focus: a button showing it that
// opens a searchable list of every customer.
type customerPicker struct {
	u      *UI
	button *widget.Button
	search *keyEntry
	list   *widget.List
	popup  *widget.PopUp

	customers []planner.Customer
	// haystacks are the lower-case names, for searching as one types.
	haystacks []string
	// shown are the indexes in customers that match the search.
	shown []int
}

// newCustomerPicker returns a picker for the window's customers.
func newCustomerPicker(u *UI) *customerPicker {
	p := &customerPicker{u: u}
	p.button = widget.NewButtonWithIcon(u.tr("picker.choose"), theme.MenuDropDownIcon(), p.open)
	p.button.Alignment = widget.ButtonAlignLeading
	p.button.IconPlacement = widget.ButtonIconTrailingText
	p.search = newKeyEntry(func(k *fyne.KeyEvent) bool {
		if k.Name == fyne.KeyEscape && p.popup != nil {
			p.popup.Hide()
			return true
		}
		return false
	})
	p.search.SetPlaceHolder(u.tr("picker.search"))
	p.search.OnChanged = func(string) { p.filter() }
	p.search.OnSubmitted = func(string) {
		if len(p.shown) > 0 {
			p.choose(p.shown[0])
		}
	}
	p.list = widget.NewList(
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
		p.button.SetText(p.u.tr("picker.choose"))
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
		none := widget.NewButtonWithIcon(p.u.tr("picker.none"), theme.CancelIcon(), func() {
			p.popup.Hide()
			p.u.setFocus(planner.ID{})
		})
		none.Importance = widget.LowImportance
		box := container.NewBorder(p.search, none, nil, nil, p.list)
		p.popup = widget.NewPopUp(box, p.u.window.Canvas())
	}
	p.search.SetText("")
	p.filter()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.button)
	p.popup.Resize(fyne.NewSize(max(p.button.Size().Width, 320), 420))
	p.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, p.button.Size().Height)))
	p.u.window.Canvas().Focus(p.search)
}

// choose puts customer i in focus and closes the list.
func (p *customerPicker) choose(i int) {
	if p.popup != nil {
		p.popup.Hide()
	}
	p.u.setFocus(p.customers[i].ID)
}

// fitLabel is a one-line text cut with an ellipsis to the width it is
// given. It is much cheaper than a truncating widget.Label in long lists:
// the cut texts are kept in a cache shared by the labels of a list.
type fitLabel struct {
	widget.BaseWidget
	text  *canvas.Text
	full  string
	cache *fitCache
	// fitWidth is the width the text was last cut for.
	fitWidth float32
}

// newFitLabel returns an empty label using cache.
func newFitLabel(cache *fitCache, style fyne.TextStyle) *fitLabel {
	l := &fitLabel{text: canvas.NewText("", theme.Color(theme.ColorNameForeground)), cache: cache}
	l.text.TextStyle = style
	l.ExtendBaseWidget(l)
	return l
}

// SetText shows text, cut to the label's width.
func (l *fitLabel) SetText(text string) {
	if text == l.full {
		return
	}
	l.full = text
	l.fitWidth = -1
	l.fit(l.Size().Width)
}

// setStyle sets the colour name and text size of the label.
func (l *fitLabel) setStyle(colorName fyne.ThemeColorName, size float32) {
	col := theme.Color(colorName)
	if l.text.Color == col && l.text.TextSize == size {
		return
	}
	l.text.Color = col
	l.text.TextSize = size
	l.fitWidth = -1
	l.fit(l.Size().Width)
}

// fit cuts the text to a label of the given width (less the padding).
func (l *fitLabel) fit(width float32) {
	width -= 2 * theme.InnerPadding()
	if width <= 0 || width == l.fitWidth {
		return
	}
	l.fitWidth = width
	l.text.Text = l.cache.fit(l.full, width, l.text.TextSize, l.text.TextStyle)
	l.text.Refresh()
}

// CreateRenderer returns the label's renderer.
func (l *fitLabel) CreateRenderer() fyne.WidgetRenderer {
	return &fitLabelRenderer{l: l, objects: []fyne.CanvasObject{l.text}}
}

type fitLabelRenderer struct {
	l       *fitLabel
	objects []fyne.CanvasObject
}

// Layout cuts the text to the width and centres it vertically.
func (r *fitLabelRenderer) Layout(size fyne.Size) {
	r.l.fit(size.Width)
	h := r.l.text.MinSize().Height
	r.l.text.Move(fyne.NewPos(theme.InnerPadding(), (size.Height-h)/2))
	r.l.text.Resize(fyne.NewSize(size.Width-2*theme.InnerPadding(), h))
}

// MinSize returns the padding and the height of one line.
func (r *fitLabelRenderer) MinSize() fyne.Size {
	return fyne.NewSize(2*theme.InnerPadding(), r.l.text.MinSize().Height+2*theme.InnerPadding())
}

// Refresh redraws the text.
func (r *fitLabelRenderer) Refresh() { r.l.text.Refresh() }

// Objects returns the text.
func (r *fitLabelRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy releases nothing: the label holds no resources.
func (r *fitLabelRenderer) Destroy() {}

// fitCache remembers texts cut to a width.
type fitCache struct {
	cut map[fitKey]string
}

type fitKey struct {
	text  string
	width float32
	size  float32
	style fyne.TextStyle
}

// maxFitCache bounds the cache; it starts afresh when full.
const maxFitCache = 4096

// newFitCache returns an empty cache.
func newFitCache() *fitCache { return &fitCache{cut: map[fitKey]string{}} }

// fit returns text cut with an ellipsis to width at size in style.
func (c *fitCache) fit(text string, width, size float32, style fyne.TextStyle) string {
	if size == 0 {
		size = theme.TextSize()
	}
	k := fitKey{text, width, size, style}
	if s, ok := c.cut[k]; ok {
		return s
	}
	if len(c.cut) >= maxFitCache {
		clear(c.cut)
	}
	s := widgets.TruncateToWidth(text, width, size, style)
	c.cut[k] = s
	return s
}

// tightVBoxLayout stacks objects without padding between them.
type tightVBoxLayout struct{}

// MinSize returns the widest width and the summed heights.
func (tightVBoxLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	return s
}

// Layout puts the objects one under the other at their minimum heights.
func (tightVBoxLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objects {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
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
