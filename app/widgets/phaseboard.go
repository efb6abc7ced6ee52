package widgets

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PhaseCard is what the PhaseBoard shows about one phase of an
// engagement. Text is formatted and translated by the caller; an empty
// line is left blank so that the cards stay aligned.
type PhaseCard struct {
	// Name is the phase's name, such as "Kickoff".
	Name string
	// Status is the phase status in words ("In progress") and Tone its
	// colour.
	Status string
	Tone   Tone
	// Planned and Actual are the planned and actual dates as one line
	// each, such as "Planned 2027-01-04 – 2027-01-29".
	Planned string
	Actual  string
	// Deliverable is the deliverable and its state, such as "Kickoff
	// deck: draft"; empty when the phase names none.
	Deliverable string
	// Current marks the engagement's current phase.
	Current bool
}

// PhaseBoard shows the phases of an engagement as cards from left to right
// in their order (Kickoff → Define → Design → Go-Live → Post-Launch), each
// with a numbered name, a status chip, planned and actual dates and the
// state of its deliverable. Tapping a card, or pressing Space or Return on
// a focused card, selects it and calls OnTapped; Left and Right move the
// focus to the card before or after.
type PhaseBoard struct {
	widget.BaseWidget
	// OnTapped is called with the index of the card the user chose.
	OnTapped func(index int)
	cards    []PhaseCard
	selected int
	// widgets are the card widgets, one per card.
	widgets []*phaseCardWidget
}

// NewPhaseBoard returns a board showing cards; onTapped may be nil.
func NewPhaseBoard(cards []PhaseCard, onTapped func(index int)) *PhaseBoard {
	return extended(&PhaseBoard{OnTapped: onTapped, cards: cards, selected: -1})
}

// Phases returns the cards the board shows.
func (b *PhaseBoard) Phases() []PhaseCard { return b.cards }

// SetPhases changes the cards the board shows. A selection beyond the new
// cards is cleared.
func (b *PhaseBoard) SetPhases(cards []PhaseCard) {
	b.cards = cards
	if b.selected >= len(cards) {
		b.selected = -1
	}
	b.Refresh()
}

// Selected returns the index of the selected card, or -1.
func (b *PhaseBoard) Selected() int { return b.selected }

// Select marks card i as selected without calling OnTapped; -1 clears the
// selection.
func (b *PhaseBoard) Select(i int) {
	if i < -1 || i >= len(b.cards) {
		i = -1
	}
	update(b, &b.selected, i)
}

// Card returns the widget of card i, which can be tapped and focused, or
// nil when there is no such card.
func (b *PhaseBoard) Card(i int) PhaseCardWidget {
	b.syncWidgets()
	if i < 0 || i >= len(b.widgets) {
		return nil
	}
	return b.widgets[i]
}

// PhaseCardWidget is one card of a PhaseBoard: it can be tapped and
// focused.
type PhaseCardWidget interface {
	fyne.CanvasObject
	fyne.Tappable
	fyne.Focusable
}

// syncWidgets makes one card widget per card, reusing those it has.
func (b *PhaseBoard) syncWidgets() {
	for len(b.widgets) < len(b.cards) {
		b.widgets = append(b.widgets, newPhaseCardWidget(b, len(b.widgets)))
	}
	b.widgets = b.widgets[:len(b.cards)]
}

func (b *PhaseBoard) tap(i int) {
	b.Select(i)
	if b.OnTapped != nil {
		b.OnTapped(i)
	}
}

// CreateRenderer is part of fyne.Widget.
func (b *PhaseBoard) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &phaseBoardRenderer{board: b}
	return refreshed(r)
}

type phaseBoardRenderer struct {
	objectsRenderer
	board  *PhaseBoard
	cards  []*phaseCardWidget
	arrows []*widget.Icon
}

func (r *phaseBoardRenderer) arrowWidth() float32 {
	return sizeOf(r.board, theme.SizeNameInlineIcon)
}

func (r *phaseBoardRenderer) Layout(size fyne.Size) {
	n := len(r.cards)
	if n == 0 {
		return
	}
	aw := r.arrowWidth()
	cw := (size.Width - aw*float32(n-1)) / float32(n)
	x := float32(0)
	for i, c := range r.cards {
		c.Move(fyne.NewPos(x, 0))
		c.Resize(fyne.NewSize(cw, size.Height))
		x += cw
		if i < len(r.arrows) {
			r.arrows[i].Move(fyne.NewPos(x, (size.Height-aw)/2))
			r.arrows[i].Resize(fyne.NewSquareSize(aw))
			x += aw
		}
	}
}

func (r *phaseBoardRenderer) MinSize() fyne.Size {
	var w, h float32
	for _, c := range r.cards {
		m := c.MinSize()
		w = max(w, m.Width)
		h = max(h, m.Height)
	}
	n := float32(len(r.cards))
	if n == 0 {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(w*n+r.arrowWidth()*(n-1), h)
}

func (r *phaseBoardRenderer) Refresh() {
	b := r.board
	b.syncWidgets()
	r.cards = b.widgets
	for len(r.arrows) < len(b.cards)-1 {
		r.arrows = append(r.arrows, widget.NewIcon(theme.NavigateNextIcon()))
	}
	r.arrows = r.arrows[:max(len(b.cards)-1, 0)]
	r.objects = r.objects[:0]
	for i, c := range r.cards {
		c.set(b.cards[i], i == b.selected)
		r.objects = append(r.objects, c)
	}
	for _, a := range r.arrows {
		r.objects = append(r.objects, a)
	}
	relayout(r, b)
}

// phaseCardWidget is one card of a PhaseBoard.
type phaseCardWidget struct {
	widget.BaseWidget
	board    *PhaseBoard
	index    int
	card     PhaseCard
	selected bool
	focused  bool
	hovered  bool
	// cut is set while a line of the card is cut to its width; its
	// tooltip then shows every line whole.
	cut bool
	tip *Tooltip
}

func newPhaseCardWidget(b *PhaseBoard, i int) *phaseCardWidget {
	c := &phaseCardWidget{board: b, index: i}
	c.tip = NewTooltip(c, c.tooltip)
	return extended(c)
}

// tooltip returns the card's lines whole when one of them is cut, else
// nothing.
func (c *phaseCardWidget) tooltip() string {
	if !c.cut {
		return ""
	}
	var lines []string
	for _, text := range []string{strconv.Itoa(c.index+1) + " · " + c.card.Name, c.card.Planned, c.card.Actual, c.card.Deliverable} {
		if text != "" {
			lines = append(lines, text)
		}
	}
	return strings.Join(lines, "\n")
}

func (c *phaseCardWidget) set(card PhaseCard, selected bool) {
	c.card, c.selected = card, selected
	c.Refresh()
}

// Tapped is part of fyne.Tappable.
func (c *phaseCardWidget) Tapped(*fyne.PointEvent) { c.board.tap(c.index) }

// FocusGained is part of fyne.Focusable.
func (c *phaseCardWidget) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost is part of fyne.Focusable.
func (c *phaseCardWidget) FocusLost() { c.focused = false; c.Refresh() }

// TypedRune is part of fyne.Focusable.
func (c *phaseCardWidget) TypedRune(rune) {}

// TypedKey chooses the card with Space or Return and moves the focus to
// the card before or after with Left and Right; it is part of
// fyne.Focusable.
func (c *phaseCardWidget) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case isActivateKey(ev.Name):
		c.board.tap(c.index)
	case ev.Name == fyne.KeyLeft:
		c.board.focusCard(c.index - 1)
	case ev.Name == fyne.KeyRight:
		c.board.focusCard(c.index + 1)
	}
}

// focusCard gives card i the keyboard focus, when there is such a card.
func (b *PhaseBoard) focusCard(i int) {
	if i < 0 || i >= len(b.widgets) {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(b); c != nil {
		c.Focus(b.widgets[i])
	}
}

// MouseIn is part of desktop.Hoverable.
func (c *phaseCardWidget) MouseIn(ev *desktop.MouseEvent) {
	c.hovered = true
	c.Refresh()
	c.tip.MouseIn(ev)
}

// MouseMoved is part of desktop.Hoverable.
func (c *phaseCardWidget) MouseMoved(ev *desktop.MouseEvent) { c.tip.MouseMoved(ev) }

// MouseOut is part of desktop.Hoverable.
func (c *phaseCardWidget) MouseOut() {
	c.hovered = false
	c.Refresh()
	c.tip.MouseOut()
}

func (c *phaseCardWidget) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &phaseCardRenderer{card: c, bg: canvas.NewRectangle(nil), chip: NewChip("", ToneNeutral)}
	r.name = newFittedText(fyne.TextStyle{Bold: true}, theme.SizeNameText)
	for i := range r.lines {
		r.lines[i] = newFittedText(fyne.TextStyle{}, theme.SizeNameCaptionText)
	}
	return refreshed(r)
}

// phaseCardMinWidth is the narrowest a card gets; longer texts are cut
// with an ellipsis.
const phaseCardMinWidth float32 = 112

type phaseCardRenderer struct {
	card  *phaseCardWidget
	bg    *canvas.Rectangle
	name  *fittedText
	chip  *Chip
	lines [3]*fittedText // planned, actual, deliverable
}

func (r *phaseCardRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	pad := sizeOf(r.card, theme.SizeNameInnerPadding)
	gap := sizeOf(r.card, theme.SizeNamePadding)
	width := size.Width - 2*pad
	y := pad
	r.name.layout(fyne.NewPos(pad, y), width)
	y += r.name.height() + gap
	cm := r.chip.MinSize()
	r.chip.Move(fyne.NewPos(pad, y))
	r.chip.Resize(fyne.NewSize(min(cm.Width, width), cm.Height))
	y += cm.Height + gap
	cut := r.name.cut()
	for _, l := range r.lines {
		l.layout(fyne.NewPos(pad, y), width)
		y += l.height() + gap/2
		cut = cut || l.cut()
	}
	r.card.cut = cut
}

func (r *phaseCardRenderer) MinSize() fyne.Size {
	pad := sizeOf(r.card, theme.SizeNameInnerPadding)
	gap := sizeOf(r.card, theme.SizeNamePadding)
	h := 2*pad + r.name.height() + gap + r.chip.MinSize().Height + gap
	for _, l := range r.lines {
		h += l.height() + gap/2
	}
	return fyne.NewSize(max(phaseCardMinWidth, r.chip.MinSize().Width+2*pad), h)
}

func (r *phaseCardRenderer) Refresh() {
	c := r.card
	r.bg.CornerRadius = sizeOf(c, theme.SizeNameInputRadius)
	r.bg.FillColor = colorOf(c, theme.ColorNameInputBackground)
	if c.hovered {
		r.bg.FillColor = colorOf(c, theme.ColorNameHover)
	}
	r.bg.StrokeWidth = 1
	r.bg.StrokeColor = colorOf(c, theme.ColorNameInputBorder)
	switch {
	case c.focused:
		r.bg.StrokeWidth, r.bg.StrokeColor = 2, colorOf(c, theme.ColorNameFocus)
	case c.selected:
		r.bg.StrokeWidth, r.bg.StrokeColor = 2, colorOf(c, theme.ColorNamePrimary)
	case c.card.Current:
		r.bg.StrokeWidth, r.bg.StrokeColor = 2, colorOf(c, theme.ColorNameForeground)
	}
	fg := colorOf(c, theme.ColorNameForeground)
	r.name.set(c, strconv.Itoa(c.index+1)+" · "+c.card.Name, fg)
	muted := colorOf(c, theme.ColorNamePlaceHolder)
	for i, text := range []string{c.card.Planned, c.card.Actual, c.card.Deliverable} {
		r.lines[i].set(c, text, muted)
	}
	r.chip.Set(c.card.Status, c.card.Tone)
	relayout(r, c)
}

func (r *phaseCardRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.name.text, r.chip, r.lines[0].text, r.lines[1].text, r.lines[2].text}
}

func (r *phaseCardRenderer) Destroy() {}
