package app

import (
	"fmt"
	"math"
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

// The tabs of the Customer screen's right side.
const (
	customerTabHealth = iota
	customerTabEntitlements
	customerTabContacts
)

// customerWindow is what the customer screen uses of the window: its
// words and names, the day, its dialogs and undo, the split it remembers
// and the settings, with what the risk pane uses, plus the few things of
// the window the screen opens.
type customerWindow interface {
	riskPaneWindow
	panes
	// openPicker opens the customer picker, to put a customer in focus.
	openPicker()
	// editCustomer opens the customer dialog on c, a new customer when isNew.
	editCustomer(c planner.Customer, isNew bool)
	// deleteCustomer asks, then removes c with everything of it (undoable).
	deleteCustomer(c planner.Customer)
	// exportDeliverable makes deliverable d about s and asks where to save it.
	exportDeliverable(d deliverable, s deliverableSubject)
	// statusChipWidth returns the width of a column of entitlement status chips.
	statusChipWidth() float32
	// termsLine says which edition of the offer c's contract is under and why.
	termsLine(c planner.Customer) string
	// editionHint describes edition ed for a tooltip.
	editionHint(ed catalog.Edition) string
	// editionDay writes a day of the editions of the offer as documents do.
	editionDay(d planner.Date) string
}

// customerStore is what the customer screen reads and writes: the
// customer's account, the customer itself (contacts, key events) and,
// through the risk pane, its risks.
type customerStore interface {
	accountReader
	customerWriter
	riskWriter
}

// customerScreen is the overview of the customer in focus: membership,
// entitlements, success team, contract and allowances, Named Support
// Contacts and key events.
type customerScreen struct {
	w       customerWindow
	store   customerStore
	cat     *catalog.Catalog
	root    *fyne.Container
	empty   fyne.CanvasObject
	body    fyne.CanvasObject
	account planner.Account
	usage   planner.Usage
	// left scrolls the membership, contract, team and key events.
	left *container.Scroll

	membership *widget.Label
	region     *widget.Label
	nscLimit   *widget.Label
	solutions  *widget.Label
	addOns     *widget.Label
	// outside lists the membership rules the customer deliberately goes
	// beyond; hidden when there are none.
	outside    *widget.Label
	team       *widget.Form
	teamLabels []*widget.Label
	term       *widget.Label
	// terms names the edition of the offer the contract is under, its
	// source in a tooltip.
	terms *hintLabel
	// renewal tells what changes at the contract's renewal; hidden when
	// nothing does (see showRenewal).
	renewal      fyne.CanvasObject
	renewalTitle *widget.Label
	renewalLines *fyne.Container
	// expiry warns of allowance that will expire unused; hidden when
	// there is nothing to warn of.
	expiry    *widget.Label
	accBar    *widget.ProgressBar
	accText   *widget.Label
	fieldBar  *widget.ProgressBar
	fieldText *widget.Label
	events    *fyne.Container
	eventForm *eventForm
	notes     *widget.Label

	// entitlements are the rows of the matrix, grouped by kind, with a
	// header row before each group.
	entitlements []entitlementRow
	allRows      []entitlementRow
	matrix       *enterList
	// matrixHeights are the heights of the matrix's rows, each as tall
	// as its name's and reason's lines.
	matrixHeights map[widget.ListItemID]float32
	// matrixWidth is the width the rows were last wrapped in.
	matrixWidth  float32
	statusFilter *widget.Select

	contacts *enterTable
	// contactDialog is the contact form open, for tests.
	contactDialog *formDialog
	nscSummary    *widget.Label
	nscForm       *nscForm
	// risks is the health and risk log tab, the first of tabs.
	risks *riskPane
	tabs  *container.AppTabs
}

// entitlementRow is one line of the entitlement matrix: a group header
// when header is set, else an entitlement.
type entitlementRow struct {
	header string
	e      planner.Entitlement
}

// newCustomerScreen returns the customer overview.
func newCustomerScreen(w customerWindow, store customerStore, cat *catalog.Catalog) *customerScreen {
	s := &customerScreen{w: w, store: store, cat: cat}
	emptyText := widget.NewLabelWithStyle(w.tr("customer.none"), fyne.TextAlignCenter, fyne.TextStyle{})
	emptyText.Wrapping = fyne.TextWrapWord
	s.empty = container.NewCenter(container.NewVBox(emptyText,
		container.NewCenter(widget.NewButtonWithIcon(w.tr("picker.choose"), theme.SearchIcon(), w.openPicker))))

	wrap := func() *widget.Label {
		l := newWrapLabel("")
		return l
	}
	s.membership = wrap()
	s.solutions = wrap()
	s.addOns = wrap()
	edit := widget.NewButtonWithIcon(w.tr("customer.edit"), theme.DocumentCreateIcon(), func() {
		w.editCustomer(s.account.Customer, false)
	})
	del := widget.NewButtonWithIcon(w.tr("customer.delete"), theme.DeleteIcon(), func() { w.deleteCustomer(s.account.Customer) })
	del.Importance = widget.DangerImportance
	exportBtn := widget.NewButtonWithIcon(w.tr("customer.exportEntitlements"), theme.DocumentPrintIcon(), s.exportStatement)
	s.region = wrap()
	s.nscLimit = wrap()
	membershipForm := widget.NewForm(
		widget.NewFormItem(w.tr("customer.tier"), s.membership),
		widget.NewFormItem(w.tr("customer.region"), s.region),
		widget.NewFormItem(w.tr("customer.solutions"), s.solutions),
		widget.NewFormItem(w.tr("customer.addons"), s.addOns),
		widget.NewFormItem(w.tr("customer.nsc"), s.nscLimit))
	s.outside = wrap()
	s.outside.Importance = widget.WarningImportance
	membershipCard := newSection(w.tr("customer.membership"), "", container.NewVBox(
		membershipForm, s.outside, newToolbar([]fyne.CanvasObject{edit, exportBtn, del})))

	s.team = widget.NewForm()
	for _, role := range planner.TeamRoles() {
		l := wrap()
		s.teamLabels = append(s.teamLabels, l)
		s.team.Append(w.tr("team."+string(role)), l)
	}
	teamCard := newSection(w.tr("customer.team"), "", s.team)

	s.term = wrap()
	s.terms = newHintLabel()
	s.renewal = s.newRenewalBlock()
	s.expiry = wrap()
	s.expiry.Importance = widget.WarningImportance
	s.accBar = widget.NewProgressBar()
	s.accText = newWrapLabel("")
	s.fieldBar = widget.NewProgressBar()
	s.fieldText = newWrapLabel("")
	for _, b := range []*widget.ProgressBar{s.accBar, s.fieldBar} {
		b.TextFormatter = func() string { return "" }
	}
	contractCard := newSection(w.tr("customer.contract"), "", container.NewVBox(
		s.term,
		s.terms,
		widget.NewForm(
			// The caption goes under its bar, where it wraps in the
			// column's width: beside the bar a wrapping label is squeezed
			// to a few pixels.
			widget.NewFormItem(w.tr("customer.accelerators"), container.NewVBox(s.accBar, s.accText)),
			widget.NewFormItem(w.tr("customer.fieldHours"), container.NewVBox(s.fieldBar, s.fieldText))),
		s.expiry,
		s.renewal))

	s.events = container.NewVBox()
	s.notes = wrap()
	shown := func() planner.Customer { return s.account.Customer }
	s.eventForm = newEventForm(w, cat, shown, s.putCustomer)
	eventsCard := newSection(w.tr("customer.keyEvents"), "", container.NewVBox(s.events, s.eventForm.object(), s.notes))

	left := container.NewVScroll(container.NewVBox(membershipCard, contractCard, teamCard, eventsCard))
	s.left = left

	chipWidth := w.statusChipWidth()
	s.matrix = newEnterList(
		func() int { return len(s.entitlements) },
		func() fyne.CanvasObject {
			// The name over the reason, each wrapping onto the lines it
			// needs: the row grows to them (see updateEntitlement).
			name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			name.Wrapping = fyne.TextWrapWord
			reason := newWrapLabel("")
			reason.SizeName = theme.SizeNameCaptionText
			c := widgets.NewChip("", widgets.ToneNeutral)
			return container.NewBorder(nil, nil, container.New(&fixedWidthLayout{width: chipWidth}, c), nil,
				container.New(linesLayout{}, name, reason))
		},
		s.updateEntitlement)
	s.matrix.OnSelected = func(id widget.ListItemID) {
		s.matrix.UnselectAll()
		if id < len(s.entitlements) && s.entitlements[id].header == "" {
			e := s.entitlements[id].e
			w.showMessage(entitlementTitle(cat, e), fmt.Sprintf("%s\n\n%s", w.statusName(e.Status), w.sentence(e.Reason)))
		}
	}
	statuses := []string{w.tr("status.all"), w.statusName(planner.Included), w.statusName(planner.Purchased),
		w.statusName(planner.Available), w.statusName(planner.NotAvailable)}
	s.statusFilter = widget.NewSelect(statuses, func(string) { s.filterEntitlements() })
	s.statusFilter.SetSelectedIndex(0)
	// Every row's chip names its status, so the list needs no legend.
	// A new width wraps the rows' lines anew.
	matrix := container.New(&sizeWatcher{onResize: func(size fyne.Size) {
		if size.Width != s.matrixWidth {
			s.matrixWidth = size.Width
			s.matrix.Refresh()
		}
	}}, s.matrix)
	// The filter takes the pane's width, so that no status name is cut.
	matrixPane := newBorder(s.statusFilter, nil, nil, nil, matrix)

	s.nscSummary = wrap()
	s.contacts = newEnterTableWithHeaders(
		func() (int, int) { return len(s.account.Customer.Contacts), 5 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			b := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
			b.Importance = widget.LowImportance
			return container.NewStack(l, b)
		},
		s.updateContact)
	s.contacts.ShowHeaderColumn = false
	s.contacts.CreateHeader = func() fyne.CanvasObject { return newHeaderLabel() }
	s.contacts.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			setCellText(o, w.tr(fmt.Sprintf("nsc.col.%d", id.Col)))
		}
	}
	for col, w := range []float32{140, 180, 150, 64, 44} {
		s.contacts.SetColumnWidth(col, w)
	}
	// Choosing a contact (a click, or Enter on the one highlighted)
	// opens it to change; its delete button removes it.
	s.contacts.OnSelected = func(id widget.TableCellID) {
		s.contacts.UnselectAll()
		if id.Col != 4 {
			s.editContact(id.Row)
		}
	}
	s.nscForm = newNSCForm(w, cat, shown, s.putCustomer)
	// The tab's label is short, so that every tab fits the bar on a
	// laptop; the pane names what it holds in full.
	nscHeading := widget.NewLabelWithStyle(w.tr("customer.nsc.heading"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	nscPane := newBorder(container.NewVBox(nscHeading, s.nscSummary, s.nscForm.object()), nil, nil, nil, s.contacts)

	s.risks = newRiskPane(w, store, cat)
	// In the order of customerTabHealth, customerTabEntitlements and
	// customerTabContacts. Short labels without icons, so that every tab
	// has its button in the bar at 1024x768 in every language (the bar
	// puts tabs that do not fit in a menu, where nobody looks for them).
	tabs := container.NewAppTabs(
		container.NewTabItem(w.tr("customer.tab.health"), s.risks.root),
		container.NewTabItem(w.tr("customer.tab.entitlements"), matrixPane),
		container.NewTabItem(w.tr("customer.tab.contacts"), nscPane))
	// The membership's labels and values side by side need some width:
	// the split does not make the left column narrower than that.
	s.tabs = tabs
	split := container.NewHSplit(container.New(&fixedWidthLayout{width: customerColumnMinWidth}, left), tabs)
	split.Offset = 0.4
	w.rememberSplit("customer.columns", split)
	s.body = split
	s.root = container.NewStack(s.empty, s.body)
	return s
}

// minChipColumnWidth is the narrowest the column of status chips of a
// list gets.
const minChipColumnWidth = 110

// statusChipWidth returns the width of the column of status chips of a
// list: room for the widest entitlement status of the window's language,
// so that no status is cut.
func (u *UI) statusChipWidth() float32 {
	w := float32(minChipColumnWidth)
	for _, st := range []planner.EntitlementStatus{planner.Included, planner.Purchased, planner.Available, planner.NotAvailable} {
		w = max(w, widgets.NewChip(u.statusName(st), entitlementTones.of(st)).MinSize().Width)
	}
	return float32(math.Ceil(float64(w)))
}

// customerColumnMinWidth is the narrowest the customer screen's left
// column gets.
const customerColumnMinWidth = 420

func (s *customerScreen) object() fyne.CanvasObject { return s.root }

// show loads the customer in focus.
func (s *customerScreen) show(id planner.ID) {
	if id == (planner.ID{}) {
		s.body.Hide()
		s.empty.Show()
		return
	}
	acc, err := s.store.Account(id)
	if err != nil {
		s.w.showError(fmt.Errorf("read customer: %w", err))
		// The screen and the header stay on the customer shown, if any.
		shown := planner.ID{}
		if s.body.Visible() {
			shown = s.account.Customer.ID
		}
		if shown == (planner.ID{}) {
			s.body.Hide()
			s.empty.Show()
		}
		s.w.focusStays(shown)
		return
	}
	another := acc.Customer.ID != s.account.Customer.ID
	s.account = acc
	s.empty.Hide()
	s.body.Show()
	s.fill()
	s.risks.load(acc)
	if another {
		// A customer of its own starts at its top, not where the previous
		// one was scrolled to.
		s.left.ScrollToTop()
		s.matrix.ScrollToTop()
		s.contacts.ScrollToTop()
	}
}

// fill shows the account.
func (s *customerScreen) fill() {
	w := s.w
	c := s.account.Customer
	cat := planner.CustomerCatalog(s.cat, c)
	tier, _ := cat.Tier(c.Membership.Tier)
	region, _ := cat.Region(c.Region)
	lines := []string{w.tierName(c)}
	if c.Membership.Support24x5 {
		lines = append(lines, w.tr("customer.support24x5"))
	}
	if !c.Membership.CommerceManagedLicensed.IsZero() {
		lines = append(lines, w.tr("customer.commerceManaged", c.Membership.CommerceManagedLicensed))
	}
	s.membership.SetText(strings.Join(lines, "\n"))
	zone := region.TimeZone
	if cal, err := planner.CustomerCalendar(cat, w.settings(), c); err == nil {
		zone = cal.Location.String()
	}
	s.region.SetText(w.wrapped(w.tr("customer.regionLine", w.regionName(c), region.Open, region.Close, zone)))
	s.nscLimit.SetText(w.tr("customer.nscLimit", tier.NSCLimit))
	var sols []string
	for _, id := range c.Membership.Solutions {
		sols = append(sols, cat.SolutionName(id))
	}
	s.solutions.SetText(joinOrNone(w, sols))
	var adds []string
	for _, a := range cat.AddOns {
		if slices.Contains(c.Membership.AddOns, a.ID) {
			adds = append(adds, w.tr("customer.addon.purchased", a.Name))
		} else if a.IncludedIn(c.Membership.Tier) {
			adds = append(adds, w.tr("customer.addon.included", a.Name))
		}
	}
	s.addOns.SetText(w.wrapped(joinOrNone(w, adds)))
	if len(c.OutsideMembership) == 0 {
		s.outside.Hide()
	} else {
		titles := make([]string, len(c.OutsideMembership))
		for i, t := range c.OutsideMembershipTitles() {
			titles[i] = w.sentence(t)
		}
		s.outside.SetText(w.tr("customer.outside", strings.Join(titles, w.tr("list.comma"))))
		s.outside.Show()
	}

	for i, role := range planner.TeamRoles() {
		p := c.Team.Member(role)
		switch {
		case p.Name == "":
			s.teamLabels[i].SetText("—")
		case p.Email != "":
			s.teamLabels[i].SetText(fmt.Sprintf("%s <%s>", p.Name, p.Email))
		default:
			s.teamLabels[i].SetText(p.Name)
		}
	}

	s.usage = planner.AllowanceUse(cat, c, s.account.Activities, w.today())
	s.term.SetText(w.tr("customer.term", dateOrOpen(w, c.Contract.Start), dateOrOpen(w, c.Contract.End), s.usage.YearStart, s.usage.YearEnd))
	acc, hrs := s.usage.Accelerators, s.usage.FieldHours
	setUsage(s.accBar, s.accText, float64(acc.Delivered+acc.Committed), float64(acc.Allowed), w.tr("customer.usage.accelerators",
		acc.Left(), acc.Allowed, acc.Delivered, acc.Committed, acc.Proposed))
	setUsage(s.fieldBar, s.fieldText, hrs.Delivered+hrs.Committed, hrs.Allowed, w.tr("customer.usage.fieldHours",
		formatHours(hrs.Left()), formatHours(hrs.Allowed), formatHours(hrs.Delivered), formatHours(hrs.Committed), formatHours(hrs.Proposed)))
	s.terms.SetText(w.wrapped(w.termsLine(c)))
	s.terms.setHint(w.editionHint(cat.Edition()))
	s.showRenewal()

	var warnings []string
	for _, warning := range planner.ExpiryWarnings(cat, s.account, w.settings(), w.today()) {
		warnings = append(warnings, w.sentence(warning.Reason))
	}
	s.expiry.SetText(strings.Join(warnings, "\n"))
	if len(warnings) == 0 {
		s.expiry.Hide()
	} else {
		s.expiry.Show()
	}

	s.showEvents()
	s.notes.SetText(c.Notes)
	if c.Notes == "" {
		s.notes.Hide()
	} else {
		s.notes.Show()
	}

	s.allRows = s.allRows[:0]
	kind := catalog.Kind("")
	for _, e := range planner.Entitlements(cat, c.Membership, c.Contract.Allowances) {
		if e.Item.Kind != kind {
			kind = e.Item.Kind
			s.allRows = append(s.allRows, entitlementRow{header: w.tr("kindGroup." + string(kind))})
		}
		s.allRows = append(s.allRows, entitlementRow{e: e})
	}
	s.filterEntitlements()
	s.updateNSC()
}

// setUsage shows consumed (delivered and committed) of allowed on a bar;
// more than allowed shows red text.
func setUsage(bar *widget.ProgressBar, text *widget.Label, used, allowed float64, caption string) {
	bar.Max = max(allowed, 1)
	bar.SetValue(min(used, bar.Max))
	text.SetText(caption)
	if used > allowed {
		text.Importance = widget.DangerImportance
	} else {
		text.Importance = widget.MediumImportance
	}
	text.Refresh()
}

// filterEntitlements keeps the rows of the chosen status, with the headers
// of the groups that keep a row.
func (s *customerScreen) filterEntitlements() {
	want := planner.EntitlementStatus("")
	if i := s.statusFilter.SelectedIndex(); i > 0 {
		want = []planner.EntitlementStatus{planner.Included, planner.Purchased, planner.Available, planner.NotAvailable}[i-1]
	}
	s.entitlements = s.entitlements[:0]
	pendingHeader := -1
	for i, r := range s.allRows {
		if r.header != "" {
			pendingHeader = i
			continue
		}
		if want != "" && r.e.Status != want {
			continue
		}
		if pendingHeader >= 0 {
			s.entitlements = append(s.entitlements, s.allRows[pendingHeader])
			pendingHeader = -1
		}
		s.entitlements = append(s.entitlements, r)
	}
	s.matrix.Refresh()
}

func (s *customerScreen) updateEntitlement(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.entitlements) {
		return
	}
	row := o.(*fyne.Container)
	grid := row.Objects[0].(*fyne.Container)
	name, reason := grid.Objects[0].(*widget.Label), grid.Objects[1].(*widget.Label)
	c := row.Objects[1].(*fyne.Container).Objects[0].(*widgets.Chip)
	r := s.entitlements[id]
	if r.header != "" {
		c.Hide()
		name.Importance = widget.HighImportance
		name.SetText(r.header)
		reason.SetText("")
	} else {
		c.Show()
		c.Set(s.w.statusName(r.e.Status), entitlementTones.of(r.e.Status))
		name.Importance = widget.MediumImportance
		name.SetText(entitlementTitle(s.cat, r.e))
		reason.SetText(s.w.sentence(r.e.Reason))
	}
	if s.matrixHeights == nil {
		s.matrixHeights = map[widget.ListItemID]float32{}
	}
	fitListItem(&s.matrix.List, s.matrixHeights, id, o)
}

// entitlementTitle names an entitlement's item, with its solution where
// the item is offered per solution.
func entitlementTitle(cat *catalog.Catalog, e planner.Entitlement) string {
	if e.Solution != "" && e.Item.Kind == catalog.KindField {
		return fmt.Sprintf("%s — %s", e.Item.Name, cat.SolutionName(e.Solution))
	}
	return e.Item.Name
}

// statusName returns the translated name of an entitlement status.
func (u *UI) statusName(s planner.EntitlementStatus) string { return u.tr("status." + string(s)) }

// kindName returns the translated name of a kind of catalog item.
func (u *UI) kindName(k catalog.Kind) string { return u.tr("kind." + string(k)) }

// updateNSC shows the Named Support Contacts and their count per product.
func (s *customerScreen) updateNSC() {
	w := s.w
	c := s.account.Customer
	tier, _ := planner.CustomerCatalog(s.cat, c).Tier(c.Membership.Tier)
	counts := map[catalog.SolutionID]int{}
	var order []catalog.SolutionID
	for _, n := range c.Contacts {
		if counts[n.Product] == 0 {
			order = append(order, n.Product)
		}
		counts[n.Product]++
	}
	var parts []string
	for _, p := range order {
		parts = append(parts, w.tr("nsc.count", s.cat.SolutionName(p), counts[p], tier.NSCLimit))
	}
	head := w.tr("nsc.limit", tier.Name, tier.NSCLimit)
	if len(parts) > 0 {
		head += "\n" + strings.Join(parts, " · ")
	}
	s.nscSummary.SetText(head)
	s.contacts.Refresh()
	s.nscForm.reset()
}

func (s *customerScreen) updateContact(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*fyne.Container)
	l, b := cell.Objects[0].(*widget.Label), cell.Objects[1].(*widget.Button)
	contacts := s.account.Customer.Contacts
	if id.Row < 0 || id.Row >= len(contacts) {
		return
	}
	n := contacts[id.Row]
	if id.Col == 4 {
		l.Hide()
		b.Show()
		row := id.Row
		b.OnTapped = func() { s.removeContact(row) }
		return
	}
	b.Hide()
	l.Show()
	switch id.Col {
	case 0:
		l.SetText(n.Name)
	case 1:
		l.SetText(n.Email)
	case 2:
		l.SetText(s.cat.SolutionName(n.Product))
	case 3:
		if n.AccountAdmin {
			l.SetText("✓")
		} else {
			l.SetText("")
		}
	}
}

// removeContact removes Named Support Contact i; it can be undone.
func (s *customerScreen) removeContact(i int) {
	s.changeCustomer(s.w.tr("nsc.removed", s.account.Customer.Contacts[i].Name), func(c *planner.Customer) {
		c.Contacts = slices.Delete(slices.Clone(c.Contacts), i, i+1)
	})
}

// changeCustomer saves the customer shown as change changes it, offering
// undoLabel; an error shows in the window.
func (s *customerScreen) changeCustomer(undoLabel string, change func(*planner.Customer)) {
	before := s.account.Customer
	c := before
	change(&c)
	if err := s.putCustomer(c, before, undoLabel); err != nil {
		s.w.showError(err)
	}
}

// putCustomer saves c, offers undoLabel, which saves before again, and
// reloads the window (see saveUndoable).
func (s *customerScreen) putCustomer(c, before planner.Customer, undoLabel string) error {
	return saveUndoable(s.w, s.store.PutCustomer, c, before, undoLabel, fmt.Sprintf("customer %q", before.Name))
}

// exportStatement writes the customer's entitlement statement as a PDF,
// as Deliverables > Entitlement statement does.
func (s *customerScreen) exportStatement() {
	if s.account.Customer.ID == (planner.ID{}) {
		return
	}
	s.w.exportDeliverable(entitlementStatement(), deliverableSubject{account: s.account})
}

// joinOrNone joins names as the language lists them ("A, B", "A、B"),
// or says there are none.
func joinOrNone(w texts, names []string) string {
	if len(names) == 0 {
		return w.tr("none")
	}
	return strings.Join(names, w.tr("list.comma"))
}

// dateOrOpen writes a date, or "open" for an unset one.
func dateOrOpen(w texts, d planner.Date) string {
	if d.IsZero() {
		return w.tr("date.open")
	}
	return d.String()
}

// customerFormWindow is what the Named Support Contact and key event
// forms use of the window: its words, the days typed, the error message
// and the select of a form.
type customerFormWindow interface {
	texts
	clock
	dialogs
}

// customerChange saves c, which was before, and offers undoLabel to undo
// it (customerScreen.putCustomer).
type customerChange func(c, before planner.Customer, undoLabel string) error

// nscForm adds a Named Support Contact. The contact is checked with the
// customer by planner's Customer.Validate, and nothing is saved while it
// has a problem, such as a product over the tier's limit.
type nscForm struct {
	w   customerFormWindow
	cat *catalog.Catalog
	// customer returns the customer shown, to add the contact to.
	customer func() planner.Customer
	// save saves the customer with the contact.
	save    customerChange
	name    *widget.Entry
	email   *widget.Entry
	product *formSelect
	admin   *widget.Check
	add     *widget.Button
	problem *widget.Label
	root    fyne.CanvasObject
	// products are the IDs of the options of product.
	products []catalog.SolutionID
}

// newNSCForm returns the form that adds a contact to the customer shown
// (what customer returns) and saves the customer with save.
func newNSCForm(w customerFormWindow, cat *catalog.Catalog, customer func() planner.Customer, save customerChange) *nscForm {
	f := &nscForm{w: w, cat: cat, customer: customer, save: save}
	f.name = newPlaceHolderEntry(w.tr("nsc.name"))
	f.email = widget.NewEntry()
	f.email.SetPlaceHolder(w.tr("nsc.email"))
	f.product = w.newFormSelect(nil, nil)
	f.product.PlaceHolder = w.tr("nsc.product")
	f.admin = widget.NewCheck(w.tr("nsc.admin"), nil)
	f.add = widget.NewButtonWithIcon(w.tr("nsc.add"), theme.ContentAddIcon(), f.submit)
	f.add.Importance = widget.HighImportance
	f.problem = newProblemLabel()
	f.root = container.NewVBox(
		container.NewGridWithColumns(2, f.name, f.email),
		f.product,
		container.NewBorder(nil, nil, nil, f.add, f.admin),
		f.problem)
	return f
}

func (f *nscForm) object() fyne.CanvasObject { return f.root }

// reset empties the form and offers the customer's licensed products.
func (f *nscForm) reset() {
	c := f.customer()
	f.products = f.products[:0]
	var names []string
	for _, p := range c.Membership.Solutions {
		f.products = append(f.products, p)
		names = append(names, f.cat.SolutionName(p))
	}
	f.product.SetOptions(names)
	f.product.ClearSelected()
	f.name.SetText("")
	f.email.SetText("")
	f.admin.SetChecked(false)
	f.problem.Hide()
}

// contact returns the contact the form describes.
func (f *nscForm) contact() planner.Contact {
	n := planner.Contact{Name: strings.TrimSpace(f.name.Text), Email: strings.TrimSpace(f.email.Text), AccountAdmin: f.admin.Checked}
	if i := f.product.SelectedIndex(); i >= 0 && i < len(f.products) {
		n.Product = f.products[i]
	}
	return n
}

// submit adds the contact when the customer stays valid with it, else
// shows planner's message at the form and saves nothing.
func (f *nscForm) submit() {
	before := f.customer()
	c := before
	c.Contacts = append(slices.Clone(c.Contacts), f.contact())
	if err := c.Validate(f.cat); err != nil {
		f.showProblem(err, len(c.Contacts)-1)
		return
	}
	if err := f.save(c, before, f.w.tr("nsc.added", f.contact().Name)); err != nil {
		f.showProblem(err, len(c.Contacts)-1)
	}
}

// showProblem shows the problems of the new contact (index i), or of the
// customer when the contact has none of its own.
func (f *nscForm) showProblem(err error, i int) {
	v, ok := planner.AsValidation(f.w.localize(err))
	if !ok {
		f.problem.SetText(f.w.errorText(err))
		f.problem.Show()
		return
	}
	prefix := fmt.Sprintf("contacts[%d]", i)
	var lines []string
	for _, p := range v.Problems {
		if p.Field == prefix || strings.HasPrefix(p.Field, prefix+".") {
			lines = append(lines, f.w.tr("nsc.field."+strings.TrimPrefix(p.Field, prefix+"."))+": "+p.Message)
		}
	}
	if len(lines) == 0 {
		for _, p := range v.Problems {
			lines = append(lines, p.Error())
		}
	}
	f.problem.SetText(strings.Join(lines, "\n"))
	f.problem.Show()
}

// showEvents lists the key events, each with a button that removes it.
func (s *customerScreen) showEvents() {
	w := s.w
	s.events.RemoveAll()
	today := w.today()
	for i, e := range s.account.Customer.KeyEvents {
		days := today.DaysUntil(e.Date)
		text := w.trCount("customer.event", days, e.Date, e.Name, days)
		switch {
		case e.Date.Before(today):
			text = w.tr("customer.event.past", e.Date, e.Name)
		case days == 0:
			text = w.tr("customer.event.today", e.Date, e.Name)
		}
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { s.removeEvent(i) })
		del.Importance = widget.LowImportance
		label := newWrapLabel(text)
		s.events.Add(container.NewBorder(nil, nil, nil, del, label))
	}
	if len(s.account.Customer.KeyEvents) == 0 {
		s.events.Add(widget.NewLabel(w.tr("none")))
	}
	s.eventForm.reset()
}

// removeEvent removes key event i; it can be undone.
func (s *customerScreen) removeEvent(i int) {
	s.changeCustomer(s.w.tr("customer.event.removed", s.account.Customer.KeyEvents[i].Name), func(c *planner.Customer) {
		c.KeyEvents = slices.Delete(slices.Clone(c.KeyEvents), i, i+1)
	})
}

// eventForm adds a key event, checked with the customer by planner's
// Customer.Validate; nothing is saved while it has a problem.
type eventForm struct {
	w   customerFormWindow
	cat *catalog.Catalog
	// customer returns the customer shown, to add the event to.
	customer func() planner.Customer
	// save saves the customer with the event.
	save    customerChange
	name    *widget.Entry
	date    *widget.Entry
	add     *widget.Button
	problem *widget.Label
	root    fyne.CanvasObject
}

// newEventForm returns the form that adds a key event to the customer
// shown (what customer returns) and saves the customer with save.
func newEventForm(w customerFormWindow, cat *catalog.Catalog, customer func() planner.Customer, save customerChange) *eventForm {
	f := &eventForm{w: w, cat: cat, customer: customer, save: save}
	f.name = newPlaceHolderEntry(w.tr("customer.event.name"))
	f.date = widget.NewEntry()
	f.date.SetPlaceHolder(w.tr("form.date.hint"))
	f.add = widget.NewButtonWithIcon(w.tr("customer.event.add"), theme.ContentAddIcon(), f.submit)
	f.problem = newProblemLabel()
	f.root = container.NewVBox(container.NewBorder(nil, nil, nil, f.add, container.NewGridWithColumns(2, f.name, f.date)), f.problem)
	return f
}

func (f *eventForm) object() fyne.CanvasObject { return f.root }

// reset empties the form.
func (f *eventForm) reset() {
	f.name.SetText("")
	f.date.SetText("")
	f.problem.Hide()
}

// submit adds the event when the customer stays valid with it.
func (f *eventForm) submit() {
	w := f.w
	before := f.customer()
	e := planner.KeyEvent{Name: strings.TrimSpace(f.name.Text)}
	var problems []string
	if text := strings.TrimSpace(f.date.Text); text != "" {
		d, err := w.parseDay(text)
		if err != nil {
			problems = append(problems, w.tr("customer.event.date")+": "+err.Error())
		}
		e.Date = d
	}
	c := before
	c.KeyEvents = append(slices.Clone(c.KeyEvents), e)
	slices.SortStableFunc(c.KeyEvents, func(a, b planner.KeyEvent) int { return a.Date.Compare(b.Date) })
	if err := c.Validate(f.cat); err != nil && len(problems) == 0 {
		if v, ok := planner.AsValidation(w.localize(err)); ok {
			for _, p := range v.Problems {
				field := p.Field[strings.LastIndexByte(p.Field, '.')+1:]
				problems = append(problems, w.tr("customer.event."+field)+": "+p.Message)
			}
		} else {
			problems = append(problems, w.errorText(err))
		}
	}
	if len(problems) > 0 {
		f.problem.SetText(strings.Join(problems, "\n"))
		f.problem.Show()
		return
	}
	if err := f.save(c, before, w.tr("customer.event.added", e.Name)); err != nil {
		w.showError(err)
	}
}

// mainList returns the list of the tab shown: the entitlements or the
// Named Support Contacts; nil on the health tab.
func (s *customerScreen) mainList() fyne.Focusable {
	switch s.tabs.SelectedIndex() {
	case customerTabEntitlements:
		return s.matrix
	case customerTabContacts:
		return s.contacts
	}
	return nil
}

// The window's side of the customer screen.

var _ customerWindow = (*UI)(nil)

// openPicker opens the customer picker.
func (u *UI) openPicker() { u.picker.open() }
