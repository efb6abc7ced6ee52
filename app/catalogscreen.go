package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// catalogEntry is a catalog item with what the screen needs to filter it
// fast: its lower-case text, worked out once.
type catalogEntry struct {
	item catalog.Item
	// haystack is catalog.SearchText of the item, kept for the filter
	// of every keystroke.
	haystack string
	subtitle string
}

// catalogWindow is what the catalog screen uses of the window.
type catalogWindow interface {
	texts
	names
	clock
	dialogs
	// statusChipWidth returns the width of the widest entitlement chip.
	statusChipWidth() float32
	// editionDay writes a day of the editions of the offer as documents do.
	editionDay(d planner.Date) string
	// editionHint returns where an edition of the offer comes from, for a tooltip.
	editionHint(ed catalog.Edition) string
	// openScheduleDialog opens the dialog that schedules an item for a customer.
	openScheduleDialog(account planner.Account, item catalog.Item) *scheduleDialog
}

// catalogStore is what the catalog screen reads of the store: the account
// of the customer in focus, for its entitlements.
type catalogStore interface {
	accountReader
}

// catalogScreen browses accelerators, field activities, proactive services
// and add-ons, filtered by kind, solution, phase and text, and shows for
// each whether the customer in focus is entitled to it.
type catalogScreen struct {
	w     catalogWindow
	store catalogStore
	cat   *catalog.Catalog
	root  fyne.CanvasObject

	kind     *widget.Select
	solution *widget.Select
	phase    *widget.Select
	text     *widget.Entry
	count    *widget.Label
	// offer names the edition of the offer listed, its source in a
	// tooltip.
	offer *hintLabel
	list  *enterList

	detailTitle  *widget.Label
	detailMeta   *widget.Label
	detailBody   *widget.Label
	detailSource *widget.Label
	detailChip   *widgets.Chip
	detailReason *widget.Label
	schedule     *widget.Button
	detail       fyne.CanvasObject
	noDetail     fyne.CanvasObject

	entries []catalogEntry
	// edition is the edition of the offer whose items entries are: the
	// one the contract of the customer in focus is under, else the one in
	// force today.
	edition *catalog.Catalog
	// shown are the indexes in entries that pass the filters.
	shown    []int
	selected int

	kinds     []catalog.Kind
	solutions []catalog.SolutionID
	phases    []catalog.PhaseID

	// account is the customer in focus; entitled holds the best
	// entitlement per item ID for it.
	account  planner.Account
	hasFocus bool
	entitled map[string]planner.Entitlement
}

// newCatalogScreen returns the catalog screen.
func newCatalogScreen(w catalogWindow, store catalogStore, cat *catalog.Catalog) screen {
	s := &catalogScreen{w: w, store: store, cat: cat, selected: -1}
	s.kinds = []catalog.Kind{"", catalog.KindAccelerator, catalog.KindField, catalog.KindProactive, catalog.KindTouchpoint, catalog.KindAddOn}
	kindNames := []string{w.tr("catalog.allKinds")}
	for _, k := range s.kinds[1:] {
		kindNames = append(kindNames, w.kindName(k))
	}
	s.solutions = []catalog.SolutionID{""}
	solNames := []string{w.tr("catalog.allSolutions")}
	for _, sol := range cat.Solutions {
		s.solutions = append(s.solutions, sol.ID)
		solNames = append(solNames, sol.Name)
	}
	s.phases = []catalog.PhaseID{""}
	phaseNames := []string{w.tr("catalog.allPhases")}
	for _, p := range cat.Phases {
		s.phases = append(s.phases, p.ID)
		phaseNames = append(phaseNames, p.Name)
	}
	s.kind = widget.NewSelect(kindNames, func(string) { s.apply() })
	s.solution = widget.NewSelect(solNames, func(string) { s.apply() })
	s.phase = widget.NewSelect(phaseNames, func(string) { s.apply() })
	s.text = newPlaceHolderEntry(w.tr("catalog.search"))
	s.text.OnChanged = func(string) { s.apply() }
	s.count = widget.NewLabel("")
	s.offer = newHintLabel()
	s.offer.Wrapping = fyne.TextWrapOff
	s.offer.TextStyle = fyne.TextStyle{Italic: true}
	s.setEdition(cat.InForce(w.today()))

	chipWidth := w.statusChipWidth()
	s.list = newEnterList(
		func() int { return len(s.shown) },
		func() fyne.CanvasObject {
			name := widgets.NewFitLabel("")
			name.SetStyle(fyne.TextStyle{Bold: true})
			sub := widgets.NewFitLabel("")
			sub.SetTone(widgets.ToneMuted)
			sub.SetSizeName(theme.SizeNameCaptionText)
			chip := widgets.NewChip("", widgets.ToneNeutral)
			return container.NewBorder(nil, nil, nil, container.New(&fixedWidthLayout{width: chipWidth}, chip),
				container.New(&tightVBoxLayout{}, name, sub))
		},
		s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.shown) {
			s.selected = s.shown[id]
			s.showDetail()
		}
	}

	s.detailTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.detailTitle.Wrapping = fyne.TextWrapWord
	s.detailTitle.SizeName = theme.SizeNameSubHeadingText
	s.detailMeta = newWrapLabel("")
	s.detailBody = newWrapLabel("")
	s.detailSource = newWrapLabel("")
	s.detailSource.TextStyle = fyne.TextStyle{Italic: true}
	s.detailChip = widgets.NewChip("", widgets.ToneNeutral)
	s.detailReason = newWrapLabel("")
	s.schedule = widget.NewButtonWithIcon("", theme.ContentAddIcon(), s.openSchedule)
	s.schedule.Importance = widget.HighImportance
	s.detail = container.NewVScroll(container.NewVBox(
		s.detailTitle, s.detailMeta, widget.NewSeparator(), s.detailBody, s.detailSource, widget.NewSeparator(),
		container.NewHBox(container.NewPadded(s.detailChip)), s.detailReason, container.NewHBox(s.schedule)))
	s.noDetail = container.NewCenter(widget.NewLabel(w.tr("catalog.pick")))

	filters := container.NewGridWithColumns(3, s.kind, s.solution, s.phase)
	top := container.NewVBox(filters, container.NewBorder(nil, nil, nil, container.NewHBox(s.offer, s.count), s.text))
	split := container.NewHSplit(s.list, container.NewStack(s.noDetail, s.detail))
	split.Offset = 0.5
	s.root = newBorder(top, nil, nil, nil, split)
	s.kind.SetSelectedIndex(0)
	s.solution.SetSelectedIndex(0)
	s.phase.SetSelectedIndex(0)
	return s
}

func (s *catalogScreen) object() fyne.CanvasObject { return s.root }

// show lists the items of the edition of the offer the customer in
// focus is under, with the customer's entitlements; without a customer,
// the items of the edition in force today.
func (s *catalogScreen) show(id planner.ID) {
	s.entitled = nil
	edition := s.cat.InForce(s.w.today())
	var acc planner.Account
	if acc, s.hasFocus = focusedAccount(s.w, s.store, id, "read customer"); s.hasFocus {
		s.account = acc
		edition = planner.CustomerCatalog(s.cat, acc.Customer)
		s.entitled = bestEntitlements(planner.Entitlements(edition, acc.Customer.Membership, acc.Customer.Contract.Allowances))
	}
	if !s.setEdition(edition) {
		s.apply()
		return
	}
	// The rows moved: the chosen item is chosen again in its new row.
	chosen := s.selected
	s.list.UnselectAll()
	s.apply()
	if i := slices.Index(s.shown, chosen); chosen >= 0 && i >= 0 {
		s.list.Select(i)
	}
}

// setEdition lists the items of edition cat, and reports whether they
// changed; the item chosen stays chosen when the edition has it.
func (s *catalogScreen) setEdition(cat *catalog.Catalog) bool {
	if cat == s.edition {
		return false
	}
	var chosen catalog.Item
	if s.selected >= 0 && s.selected < len(s.entries) {
		chosen = s.entries[s.selected].item
	}
	s.edition = cat
	ed := cat.Edition()
	s.offer.SetText(s.w.tr("editions.offerOf", s.w.editionDay(ed.Effective)))
	s.offer.setHint(s.w.editionHint(ed))
	s.entries = s.entries[:0]
	s.selected = -1
	for _, it := range cat.Items() {
		if it.ID == chosen.ID && it.Kind == chosen.Kind {
			s.selected = len(s.entries)
		}
		s.entries = append(s.entries, catalogEntry{
			item:     it,
			haystack: s.searchText(it),
			subtitle: s.subtitle(it),
		})
	}
	return true
}

// searchText returns the lower-case text the text filter searches in
// item it: catalog.SearchText, and the name of its category in the
// window's language, so that "定着化" finds what "adoption" does.
func (s *catalogScreen) searchText(it catalog.Item) string {
	text := catalog.SearchText(it)
	if it.Category != "" {
		text += "\x00" + strings.ToLower(s.w.categoryName(it.Category))
	}
	return text
}

// shortcut handles Ctrl+F (the text filter).
func (s *catalogScreen) shortcut(a shortcutAction) bool {
	if a == actionFind {
		s.w.Window().Canvas().Focus(s.text)
		return true
	}
	return false
}

// bestEntitlements keeps, per item, the entitlement that serves the
// customer best: a field activity has one per solution, and the item is
// shown with its most favourable one.
func bestEntitlements(list []planner.Entitlement) map[string]planner.Entitlement {
	rank := func(s planner.EntitlementStatus) int {
		switch s {
		case planner.Included:
			return 0
		case planner.Purchased:
			return 1
		case planner.Available:
			return 2
		}
		return 3
	}
	out := make(map[string]planner.Entitlement, len(list))
	for _, e := range list {
		if prev, ok := out[e.Item.ID]; !ok || rank(e.Status) < rank(prev.Status) {
			out[e.Item.ID] = e
		}
	}
	return out
}

// subtitle describes an item in one line: kind, solutions, hours.
func (s *catalogScreen) subtitle(it catalog.Item) string {
	parts := []string{s.w.kindName(it.Kind)}
	if len(it.Solutions) > 0 {
		var names []string
		for _, id := range it.Solutions {
			names = append(names, s.cat.SolutionName(id))
		}
		if len(names) > 3 {
			names = append(names[:3], s.w.tr("catalog.more", len(it.Solutions)-3))
		}
		parts = append(parts, strings.Join(names, s.w.tr("list.comma")))
	}
	if it.Hours > 0 {
		parts = append(parts, s.w.tr("catalog.hours", it.Hours))
	}
	return strings.Join(parts, " · ")
}

// filter returns the filter the controls describe.
func (s *catalogScreen) filter() catalog.Filter {
	f := catalog.Filter{Text: s.text.Text}
	if i := s.kind.SelectedIndex(); i > 0 {
		f.Kind = s.kinds[i]
	}
	if i := s.solution.SelectedIndex(); i > 0 {
		f.Solution = s.solutions[i]
	}
	if i := s.phase.SelectedIndex(); i > 0 {
		f.Phase = s.phases[i]
	}
	return f
}

// apply keeps the items that pass the filters, as catalog.Find selects
// them, using the lower-case text worked out once.
func (s *catalogScreen) apply() {
	if s.list == nil {
		return
	}
	f := s.filter()
	s.shown = s.shown[:0]
	for i := range s.entries {
		if f.Matches(s.cat, s.entries[i].item, s.entries[i].haystack) {
			s.shown = append(s.shown, i)
		}
	}
	s.count.SetText(s.w.tr("catalog.count", len(s.shown), len(s.entries)))
	s.list.Refresh()
	if s.selected >= 0 && !slices.Contains(s.shown, s.selected) {
		s.selected = -1
		s.list.UnselectAll()
	}
	if s.selected < 0 && len(s.shown) > 0 {
		// Show the first match rather than an empty pane.
		s.list.Select(0)
		s.list.ScrollToTop()
		return
	}
	s.showDetail()
}

func (s *catalogScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.shown) {
		return
	}
	e := &s.entries[s.shown[id]]
	row := o.(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container)
	texts.Objects[0].(*widgets.FitLabel).SetText(e.item.Name)
	texts.Objects[1].(*widgets.FitLabel).SetText(e.subtitle)
	c := row.Objects[1].(*fyne.Container).Objects[0].(*widgets.Chip)
	if ent, ok := s.entitled[e.item.ID]; ok {
		c.Set(s.w.statusName(ent.Status), entitlementTones.of(ent.Status))
		c.Show()
	} else {
		c.Hide()
	}
}

// showDetail shows the selected item, or a hint to pick one.
func (s *catalogScreen) showDetail() {
	if s.selected < 0 {
		s.detail.Hide()
		s.noDetail.Show()
		return
	}
	w := s.w
	it := s.entries[s.selected].item
	s.noDetail.Hide()
	s.detail.Show()
	s.detailTitle.SetText(it.Name)
	var meta []string
	meta = append(meta, s.entries[s.selected].subtitle)
	if len(it.Phases) > 0 {
		var names []string
		for _, p := range it.Phases {
			names = append(names, w.phaseName(p))
		}
		meta = append(meta, w.tr("catalog.phases", strings.Join(names, w.tr("list.comma"))))
	}
	if it.Category != "" {
		meta = append(meta, w.tr("catalog.category", w.categoryName(it.Category)))
	}
	if it.Format != "" {
		meta = append(meta, w.tr("catalog.format", it.Format))
	}
	s.detailMeta.SetText(strings.Join(meta, "\n"))
	body := it.Description
	if len(it.Prerequisites) > 0 {
		body += "\n\n" + w.tr("catalog.prerequisites") + "\n• " + strings.Join(it.Prerequisites, "\n• ")
	}
	s.detailBody.SetText(body)
	if it.Source == catalog.SourceLiftoff {
		s.detailSource.SetText(w.tr("catalog.source.liftoff"))
	} else {
		s.detailSource.SetText(w.tr("catalog.source.seed"))
	}
	ent, ok := s.entitled[it.ID]
	if !s.hasFocus || !ok {
		s.detailChip.Hide()
		s.detailReason.SetText(w.tr("catalog.noFocus"))
		s.schedule.Hide()
		return
	}
	s.detailChip.Set(w.statusName(ent.Status), entitlementTones.of(ent.Status))
	s.detailChip.Show()
	s.detailReason.SetText(w.sentence(ent.Reason))
	if it.Kind == catalog.KindAddOn {
		s.schedule.Hide()
		return
	}
	s.schedule.SetText(w.tr("catalog.schedule", s.account.Customer.Name))
	s.schedule.Show()
	if ent.Status.Entitled() {
		s.schedule.Enable()
	} else {
		s.schedule.Disable()
	}
}

// openSchedule opens the schedule dialog for the selected item.
func (s *catalogScreen) openSchedule() {
	if s.selected < 0 || !s.hasFocus {
		return
	}
	s.w.openScheduleDialog(s.account, s.entries[s.selected].item)
}

// mainList returns the list of the catalog's items.
func (s *catalogScreen) mainList() fyne.Focusable { return s.list }

// The window's side of the catalog screen.

var _ catalogWindow = (*UI)(nil)
