package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// This file shows the editions of the offer: which edition a customer's
// contract is under (the customer screen and form) and what differs
// between two editions (the editions dialog of Settings).

// hintLabel is a wrapping label that shows more text, such as where its
// text comes from, in a tooltip while the pointer rests on it.
type hintLabel struct {
	widget.Label
	hint string
	tip  *widgets.Tooltip
}

// newHintLabel returns an empty wrapping label without a hint.
func newHintLabel() *hintLabel {
	l := &hintLabel{}
	l.Wrapping = fyne.TextWrapWord
	l.tip = widgets.NewTooltip(l, func() string { return l.hint })
	l.ExtendBaseWidget(l)
	return l
}

// setHint sets the tooltip's text; "" shows none.
func (l *hintLabel) setHint(hint string) { l.hint = hint }

// MouseIn is part of desktop.Hoverable.
func (l *hintLabel) MouseIn(ev *desktop.MouseEvent) { l.tip.MouseIn(ev) }

// MouseMoved is part of desktop.Hoverable.
func (l *hintLabel) MouseMoved(ev *desktop.MouseEvent) { l.tip.MouseMoved(ev) }

// MouseOut is part of desktop.Hoverable.
func (l *hintLabel) MouseOut() { l.tip.MouseOut() }

// editionsWindow is what the editions dialog uses of the window: its
// words, the day (for the edition in force), the window it opens over,
// and how the window names editions and their days.
type editionsWindow interface {
	texts
	clock
	// Window returns the window the dialog opens over.
	Window() fyne.Window
	// editionName names a catalog edition by its day and name.
	editionName(ed catalog.Edition) string
	// editionDay writes a day of the editions of the offer as documents do.
	editionDay(d planner.Date) string
}

// editionsDialog lists the editions of the offer and shows what differs
// between two of them, chosen as From and To.
type editionsDialog struct {
	w        editionsWindow
	cat      *catalog.Catalog
	editions []catalog.Edition
	from, to *widget.Select
	// count says how many differences there are, or why none show.
	count *widget.Label
	// changes holds a heading per entry that differs and a line per
	// difference.
	changes *fyne.Container
	scroll  *container.Scroll
	dialog  *dialog.CustomDialog
}

// newEditionsDialog returns the editions dialog of catalog cat over w's
// window, not shown yet, comparing the edition before the latest with the
// latest.
func newEditionsDialog(w editionsWindow, cat *catalog.Catalog) *editionsDialog {
	d := &editionsDialog{w: w, cat: cat, editions: cat.Editions()}
	today := cat.InForce(w.today()).Edition()
	list := container.NewVBox()
	names := make([]string, len(d.editions))
	for i, ed := range d.editions {
		names[i] = w.editionName(ed)
		head := names[i]
		if ed.Effective == today.Effective {
			head = w.tr("editions.inForce", head)
		}
		title := widget.NewLabelWithStyle(w.wrapped(head), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		row := []fyne.CanvasObject{title}
		if line := d.editionSourceLine(ed); line != "" {
			// The source under the name; what else the edition says in
			// the source's tooltip.
			source := newHintLabel()
			source.SetText(w.wrapped(line))
			source.SizeName = theme.SizeNameCaptionText
			source.setHint(ed.Note)
			row = append(row, container.New(tightLayout{}, source))
		}
		list.Add(container.New(&tightVBoxLayout{}, row...))
	}
	d.from = widget.NewSelect(names, func(string) { d.compare() })
	d.to = widget.NewSelect(names, func(string) { d.compare() })
	pick := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel(w.tr("editions.from")), nil, d.from),
		container.NewBorder(nil, nil, widget.NewLabel(w.tr("editions.to")), nil, d.to))
	d.count = newWrapLabel("")
	d.changes = container.NewVBox()
	heading := widget.NewLabelWithStyle(w.tr("editions.compare"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameSubHeadingText
	listScroll := container.NewVScroll(list)
	top := container.NewVBox(listScroll, widget.NewSeparator(), heading, pick, d.count)
	d.scroll = container.NewVScroll(d.changes)
	size := w.Window().Canvas().Size()
	width := min(860, size.Width-60)
	listScroll.SetMinSize(fyne.NewSize(width, min(list.MinSize().Height, 240)))
	d.scroll.SetMinSize(fyne.NewSize(width, max(120, min(320, size.Height-520))))
	d.dialog = dialog.NewCustom(w.tr("editions.title"), w.tr("editions.close"), container.NewBorder(top, nil, nil, nil, d.scroll), w.Window())
	if n := len(d.editions); n > 1 {
		d.from.SetSelectedIndex(n - 2)
		d.to.SetSelectedIndex(n - 1)
	} else {
		// One edition: nothing to compare it with.
		pick.Hide()
		heading.Hide()
		d.count.SetText(w.tr("editions.single"))
	}
	return d
}

// show opens the dialog; Escape closes it, as it closes the window's
// other dialogs.
func (d *editionsDialog) show() {
	canvas := d.w.Window().Canvas()
	keys := canvas.OnTypedKey()
	canvas.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			d.dialog.Hide()
			return
		}
		if keys != nil {
			keys(k)
		}
	})
	d.dialog.SetOnClosed(func() { canvas.SetOnTypedKey(keys) })
	d.dialog.Show()
}

// editionSourceLine tells where edition ed comes from: the source's
// title, day and address; "" when the edition names no source.
func (d *editionsDialog) editionSourceLine(ed catalog.Edition) string {
	s := ed.Source
	if s.Title == "" {
		return ""
	}
	source := s.Title
	if !s.Date.IsZero() {
		source = d.w.tr("editions.source.dated", s.Title, d.w.editionDay(s.Date))
	}
	if s.URL != "" {
		source += " " + s.URL
	}
	return d.w.tr("editions.source", source)
}

// compare shows what differs between the editions chosen.
func (d *editionsDialog) compare() {
	w := d.w
	i, j := d.from.SelectedIndex(), d.to.SelectedIndex()
	if i < 0 || j < 0 || d.changes == nil {
		return
	}
	d.changes.RemoveAll()
	defer d.scroll.ScrollToTop()
	if i == j {
		d.count.SetText(w.tr("editions.same"))
		return
	}
	from := d.cat.InForce(d.editions[i].Effective)
	to := d.cat.InForce(d.editions[j].Effective)
	diffs := catalog.Diff(from, to)
	if len(diffs) == 0 {
		d.count.SetText(w.tr("editions.none"))
		return
	}
	d.count.SetText(w.trCount("editions.count", len(diffs), len(diffs)))
	for _, g := range groupDifferences(diffs) {
		head := widget.NewLabelWithStyle(w.wrapped(d.differenceHeading(g[0])), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Wrapping = fyne.TextWrapWord
		d.changes.Add(head)
		for _, diff := range g {
			line := newWrapLabel(w.wrapped(d.differenceLine(diff)))
			d.changes.Add(line)
		}
	}
}

// groupDifferences groups differences by the entry they are of, in the
// order Diff gives them.
func groupDifferences(diffs []catalog.Difference) [][]catalog.Difference {
	var out [][]catalog.Difference
	for _, d := range diffs {
		if n := len(out); n > 0 && out[n-1][0].Section == d.Section && out[n-1][0].EntryID == d.EntryID {
			out[n-1] = append(out[n-1], d)
			continue
		}
		out = append(out, []catalog.Difference{d})
	}
	return out
}

// sectionName names a section of the offer in the window's language; a
// section the window does not know keeps its name in the file.
func (d *editionsDialog) sectionName(section string) string {
	if name, ok := d.w.words().lookup("editions.section." + section); ok {
		return name
	}
	return section
}

// differenceHeading names what difference diff is of: the section, and
// the entry where the section lists entries.
func (d *editionsDialog) differenceHeading(diff catalog.Difference) string {
	entry := diff.EntryName
	if entry == "" {
		entry = diff.EntryID
	}
	if entry == "" {
		return d.sectionName(diff.Section)
	}
	return d.w.tr("editions.entry", d.sectionName(diff.Section), entry)
}

// differenceLine tells one difference: an entry added or removed, or a
// field's value before and after.
func (d *editionsDialog) differenceLine(diff catalog.Difference) string {
	w := d.w
	value := func(v string) string {
		if v == "" {
			return w.tr("editions.value.none")
		}
		if strings.HasPrefix(diff.Field, "states.") {
			// The state of an add-on on a tier, named as entitlements are.
			if name, ok := w.words().lookup("status." + v); ok {
				return name
			}
		}
		return v
	}
	switch {
	case diff.Kind == catalog.Added && diff.Field == "":
		return w.tr("editions.added")
	case diff.Kind == catalog.Removed && diff.Field == "":
		return w.tr("editions.removed")
	case diff.Field == "":
		return w.tr("editions.value", value(diff.From), value(diff.To))
	}
	return w.tr("editions.field", d.factFieldName(diff.Field), value(diff.From), value(diff.To))
}

// factFieldName names the field of a difference: a value per tier (an
// add-on's state, a row of the tier comparison) by the tier's name, a
// field the window has a name for ("editions.fieldName.<field>") by that
// name, other fields by their path in the catalog file.
func (d *editionsDialog) factFieldName(field string) string {
	kind, tier, ok := strings.Cut(field, ".")
	if ok && (kind == "states" || kind == "values") {
		if t, found := d.cat.Tier(catalog.TierID(tier)); found {
			return t.Name
		}
	}
	if name, found := d.w.words().lookup("editions.fieldName." + field); found {
		return name
	}
	return field
}

// newRenewalBlock returns the block of the contract card that tells what
// changes at the contract's renewal: a title with the renewal day and the
// edition in force then, and a line per change.
func (s *customerScreen) newRenewalBlock() fyne.CanvasObject {
	s.renewalTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.renewalTitle.Wrapping = fyne.TextWrapWord
	s.renewalLines = container.New(&tightVBoxLayout{})
	block := container.New(&tightVBoxLayout{}, s.renewalTitle, s.renewalLines)
	block.Hide()
	return block
}

// showRenewal fills the renewal block from planner's preview of the
// customer's renewal; it hides the block when the renewal changes nothing
// for the customer.
func (s *customerScreen) showRenewal() {
	w := s.w
	p, ok := planner.RenewalPreview(s.cat, s.account.Customer)
	if !ok || len(p.Changes) == 0 {
		s.renewal.Hide()
		return
	}
	s.renewalTitle.SetText(w.wrapped(w.tr("editions.renewal.title", w.editionDay(p.Day), w.editionDay(p.AtRenewal.Effective))))
	// A line per change, its bullet beside the lines it wraps onto.
	s.renewalLines.RemoveAll()
	for _, c := range p.Changes {
		text := newWrapLabel(w.wrapped(w.sentence(c)))
		bullet := widget.NewLabel("•")
		s.renewalLines.Add(container.NewBorder(nil, nil, container.New(tightLayout{}, bullet), nil, container.New(tightLayout{}, text)))
	}
	s.renewal.Show()
}

// The window's side of the editions dialog, with the window's names of
// editions that the customer, catalog and settings screens use too.

var _ editionsWindow = (*UI)(nil)

// openEditions opens the editions dialog, comparing the edition before
// the latest with the latest.
func (u *UI) openEditions() *editionsDialog {
	d := newEditionsDialog(u, u.shownCatalog())
	d.show()
	return d
}

// editionName names edition ed for a choice: its day and its name.
func (u *UI) editionName(ed catalog.Edition) string {
	if ed.Name == "" {
		return u.tr("editions.offerOf", u.editionDay(ed.Effective))
	}
	return u.tr("editions.named", u.editionDay(ed.Effective), ed.Name)
}

// editionDay writes a day of the editions of the offer as documents write
// days ("17 May 2024", "17 mei 2024", "2024年5月17日").
func (u *UI) editionDay(d planner.Date) string { return u.text.Date(d) }

// termsLine says which edition of the offer customer c's contract is
// under and why: the day it started or was last renewed; a contract
// without either day is under the latest edition.
func (u *UI) termsLine(c planner.Customer) string {
	ed := planner.CustomerCatalog(u.cat, c).Edition()
	switch {
	case !c.Contract.Renewed.IsZero():
		return u.tr("editions.terms.renewed", u.editionDay(ed.Effective), u.editionDay(c.Contract.Renewed))
	case !c.Contract.Start.IsZero():
		return u.tr("editions.terms.started", u.editionDay(ed.Effective), u.editionDay(c.Contract.Start))
	}
	return u.tr("editions.terms.latest", u.editionDay(ed.Effective))
}

// editionHint describes edition ed for a tooltip: its name, its source
// with the source's day and address, and its note.
func (u *UI) editionHint(ed catalog.Edition) string {
	var lines []string
	if ed.Name != "" {
		lines = append(lines, ed.Name)
	}
	if s := ed.Source; s.Title != "" {
		source := s.Title
		if !s.Date.IsZero() {
			source = u.tr("editions.source.dated", s.Title, u.editionDay(s.Date))
		}
		lines = append(lines, u.tr("editions.source", source))
		if s.URL != "" {
			lines = append(lines, s.URL)
		}
	}
	if ed.Note != "" {
		lines = append(lines, ed.Note)
	}
	return strings.Join(lines, "\n")
}
