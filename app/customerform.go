package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// customerDialogWindow is what the customer dialog uses of the window:
// its words, the names of regions, the days typed, its dialogs and forms,
// and the undo history, with the few of its own below. (customerFormWindow
// is what the customer screen's small forms use.)
type customerDialogWindow interface {
	changeWindow
	// setFocus makes customer id the customer in focus.
	setFocus(id planner.ID)
	// regionNames returns the catalog's regions' names in the catalog's order.
	regionNames() []string
	// customerFieldLabel labels a field of planner.Customer, named by its path, as the form does.
	customerFieldLabel(path string) string
	// termsLine says which edition of the offer c's contract is under and why.
	termsLine(c planner.Customer) string
	// editionDay writes a day of the editions of the offer as documents do.
	editionDay(d planner.Date) string
	// outsideQuestion asks whether to save beyond the membership for rules.
	outsideQuestion(rules []planner.MembershipRule) string
}

// customerDialogStore is what the customer dialog uses of the Store: it
// saves the customer, and removes or puts back an account to undo.
type customerDialogStore interface {
	customerWriter
}

// customerForm is the dialog that adds or edits a customer. The form is
// checked with planner's Customer.Validate and shows the problems as every
// form of the window does (see fieldForm). Save with problems lists them;
// with only breaks of the membership rules, it asks whether to save the
// customer outside the membership.
type customerForm struct {
	w        customerDialogWindow
	store    customerDialogStore
	cat      *catalog.Catalog
	original planner.Customer
	isNew    bool
	form     *fieldForm
	fd       *formDialog
	dialog   *dialog.CustomDialog
	save     *widget.Button

	name      *formEntry
	region    *formSelect
	language  *formSelect
	timeZone  *formEntry
	tier      *formSelect
	solutions []*widget.Check
	// addOnList are the add-ons of every edition of the offer (see
	// catalog.AddOnsOfEveryEdition), in the order of addOns.
	addOnList    []catalog.AddOn
	addOns       []*widget.Check
	addOnReasons []*widget.Label
	// addOnIncluded marks the add-ons the chosen tier includes: ticked,
	// disabled and never saved as purchases. addOnBought holds what the
	// user ticked, restored when the tier no longer includes the add-on.
	addOnIncluded, addOnBought []bool
	support24x5                *widget.Check
	commerceDate               *formEntry
	contractStart              *formEntry
	contractEnd                *formEntry
	contractRenewed            *formEntry
	// renewedField is the field of contractRenewed, whose hint names the
	// edition of the offer the contract as typed is under.
	renewedField *formField
	// edition is the edition of the offer the contract as typed is under,
	// as last shown.
	edition      *catalog.Catalog
	accelerators *formEntry
	fieldHours   *formEntry
	team         []teamMemberFields
	notes        *formEntry

	loading bool
	// allowancesTyped is set once the user edits an allowance; before,
	// choosing a tier on a new customer fills in the tier's defaults.
	allowancesTyped bool
	// filling is set while the form changes its own fields.
	filling bool
}

// teamMemberFields are the form's fields of one member of the success
// team.
type teamMemberFields struct {
	role        planner.TeamRole
	name, email *formEntry
}

// newCustomerForm returns the customer form on c, a new customer when
// isNew, filled in and not shown yet (see show).
func newCustomerForm(w customerDialogWindow, store customerDialogStore, cat *catalog.Catalog, c planner.Customer, isNew bool) *customerForm {
	f := &customerForm{w: w, store: store, cat: cat, original: c, isNew: isNew}
	f.build()
	title := w.tr("customer.form.edit", c.Name)
	if isNew {
		title = w.tr("customer.form.new")
	}
	f.fd = w.newFormDialog(title, f.form, f.apply, f.dirty)
	f.fd.discardTitle, f.fd.discardMessage = w.tr("unsaved.title"), w.tr("customer.form.discard")
	f.dialog, f.save = f.fd.dialog, f.fd.save
	f.load(c)
	return f
}

// show opens the form sized to the window, with the cursor in the name.
func (f *customerForm) show() {
	canvas := f.w.Window().Canvas()
	f.fd.fit(720, max(200, min(canvas.Size().Height-200, 620)))
	f.dialog.Resize(fyne.NewSize(760, min(canvas.Size().Height-40, 760)))
	f.fd.show()
	canvas.Focus(f.name)
}

// build makes the form's widgets.
func (f *customerForm) build() {
	w, cat := f.w, f.cat
	onChange := func(string) { f.changed() }
	entry := func(hint string) *formEntry { return newHintedEntry(hint, onChange) }
	f.name = entry(w.tr("customer.form.name.hint"))
	f.region = w.newFormSelect(w.regionNames(), func(string) { f.changed() })
	f.language = w.newFormSelect(documentLanguageNames(w), func(string) { f.changed() })
	f.timeZone = entry(w.tr("customer.form.timeZone.hint"))
	f.tier = w.newFormSelect(tierNames(cat), func(string) { f.tierChosen() })
	solutionGrid := container.NewGridWithColumns(2)
	for _, sol := range cat.Solutions {
		check := widget.NewCheck(sol.Name, func(bool) { f.changed() })
		f.solutions = append(f.solutions, check)
		solutionGrid.Add(check)
	}
	addOnBox := container.NewVBox()
	f.addOnList = cat.AddOnsOfEveryEdition()
	for i, a := range f.addOnList {
		check := widget.NewCheck(a.Name, func(on bool) {
			if !f.filling && !f.addOnIncluded[i] {
				f.addOnBought[i] = on
			}
			f.changed()
		})
		reason := newWrapLabel("")
		reason.SizeName = theme.SizeNameCaptionText
		f.addOns = append(f.addOns, check)
		f.addOnReasons = append(f.addOnReasons, reason)
		f.addOnIncluded = append(f.addOnIncluded, false)
		f.addOnBought = append(f.addOnBought, false)
		addOnBox.Add(container.NewBorder(nil, nil, check, nil, reason))
	}
	f.support24x5 = widget.NewCheck(w.tr("customer.form.support24x5"), func(bool) { f.changed() })
	f.commerceDate = entry(w.tr("form.date.hint"))
	f.contractStart = entry(w.tr("form.date.hint"))
	f.contractEnd = entry(w.tr("form.date.hint"))
	f.contractRenewed = entry(w.tr("form.date.hint"))
	f.accelerators = entry("0")
	f.fieldHours = entry("0")
	for _, e := range []*formEntry{f.accelerators, f.fieldHours} {
		e.OnChanged = func(string) {
			if !f.loading && !f.filling {
				f.allowancesTyped = true
			}
			f.changed()
		}
	}
	for _, role := range planner.TeamRoles() {
		f.team = append(f.team, teamMemberFields{role: role,
			name: entry(w.tr("customer.form.person.name")), email: entry(w.tr("customer.form.person.email"))})
	}
	f.notes = newFormMultiLineEntry()
	f.notes.OnChanged = onChange
	f.notes.SetMinRowsVisible(3)

	form := w.newFieldForm()
	form.labelOf = w.customerFieldLabel
	form.check = f.check
	form.add("name", w.tr("customer.form.name"), f.name)
	form.add("region", w.tr("customer.form.region"), f.region)
	form.add("language", w.tr("customer.form.language"), f.language).setHint(w.tr("customer.form.language.help"))
	form.add("timeZone", w.tr("customer.form.timeZone"), f.timeZone)
	form.add("membership.tier", w.tr("customer.form.tier"), f.tier)
	form.add("membership.solutions", w.tr("customer.form.solutions"), solutionGrid)
	form.add("membership.addons", w.tr("customer.form.addons"), addOnBox)
	form.add("membership.support24x5", w.tr("customer.form.support"), f.support24x5)
	form.add("membership.commerceManagedLicensed", w.tr("customer.form.commerceManaged"), f.commerceDate).
		setHint(w.tr("customer.form.commerceManaged.hint"))
	form.add("contract.start", w.tr("customer.form.contractStart"), f.contractStart)
	form.add("contract.end", w.tr("customer.form.contractEnd"), f.contractEnd)
	f.renewedField = form.add("contract.renewed", w.tr("customer.form.renewed"), f.contractRenewed)
	f.renewedField.setHint(w.tr("editions.form.renewed.hint"))
	form.add("contract.allowances.acceleratorsPerYear", w.tr("customer.form.accelerators"), f.accelerators).
		setHint(w.tr("customer.form.accelerators.hint"))
	form.add("contract.allowances.fieldHoursPerYear", w.tr("customer.form.fieldHours"), f.fieldHours)
	for _, m := range f.team {
		role := string(m.role)
		fld := form.add("team."+role, w.tr("team."+role), container.NewGridWithColumns(2, m.name, m.email))
		fld.parts = map[string]fyne.Focusable{"team." + role + ".name": m.name, "team." + role + ".email": m.email}
	}
	form.add("notes", w.tr("customer.form.notes"), f.notes)
	f.form = form
}

// load fills the form with customer c.
func (f *customerForm) load(c planner.Customer) {
	f.loading = true
	defer func() { f.loading = false; f.changed() }()
	// filling the form is no edit: no field shows its problem before the
	// user leaves it or presses Save.
	defer f.form.settle()
	f.name.SetText(c.Name)
	if r, ok := f.cat.Region(c.Region); ok {
		f.region.SetSelected(f.w.regionNameByID(r.ID))
	}
	f.language.SetSelectedIndex(documentLanguageIndex(c.Language))
	f.timeZone.SetText(c.TimeZone)
	if t, ok := f.cat.Tier(c.Membership.Tier); ok {
		f.tier.SetSelected(t.Name)
	}
	for i, sol := range f.cat.Solutions {
		f.solutions[i].SetChecked(slices.Contains(c.Membership.Solutions, sol.ID))
	}
	for i, a := range f.addOnList {
		f.addOnBought[i] = slices.Contains(c.Membership.AddOns, a.ID)
		f.addOns[i].SetChecked(f.addOnBought[i])
	}
	f.support24x5.SetChecked(c.Membership.Support24x5)
	f.commerceDate.SetText(c.Membership.CommerceManagedLicensed.String())
	f.contractStart.SetText(c.Contract.Start.String())
	f.contractEnd.SetText(c.Contract.End.String())
	f.contractRenewed.SetText(c.Contract.Renewed.String())
	f.accelerators.SetText(strconv.Itoa(c.Contract.Allowances.AcceleratorsPerYear))
	f.fieldHours.SetText(strconv.Itoa(c.Contract.Allowances.FieldHoursPerYear))
	for _, m := range f.team {
		p := c.Team.Member(m.role)
		m.name.SetText(p.Name)
		m.email.SetText(p.Email)
	}
	f.notes.SetText(c.Notes)
}

// customer returns the customer the form describes, and the problems of
// values that could not be read (a malformed date or number).
func (f *customerForm) customer() (planner.Customer, []planner.FieldError) {
	cat := f.cat
	c := f.original
	var parse []planner.FieldError
	c.Name = strings.TrimSpace(f.name.Text)
	c.Region = ""
	for _, r := range cat.Regions {
		if f.w.regionNameByID(r.ID) == f.region.Selected {
			c.Region = r.ID
		}
	}
	c.Language = documentLanguageAt(f.language.SelectedIndex())
	c.TimeZone = strings.TrimSpace(f.timeZone.Text)
	c.Membership.Tier = ""
	for _, t := range cat.Tiers {
		if t.Name == f.tier.Selected {
			c.Membership.Tier = t.ID
		}
	}
	c.Membership.Solutions = nil
	for i, s := range cat.Solutions {
		if f.solutions[i].Checked {
			c.Membership.Solutions = append(c.Membership.Solutions, s.ID)
		}
	}
	c.Membership.Support24x5 = f.support24x5.Checked
	date := func(e *formEntry, field string) planner.Date {
		s := strings.TrimSpace(e.Text)
		if s == "" {
			return planner.Date{}
		}
		d, err := f.w.parseDay(s)
		if err != nil {
			parse = append(parse, planner.FieldError{Field: field, Message: err.Error()})
		}
		return d
	}
	number := func(e *formEntry, field string) int {
		s := strings.TrimSpace(e.Text)
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			parse = append(parse, planner.FieldError{Field: field, Message: f.w.tr("form.notWholeNumber", s)})
		}
		return n
	}
	c.Membership.CommerceManagedLicensed = date(f.commerceDate, "membership.commerceManagedLicensed")
	c.Contract.Start = date(f.contractStart, "contract.start")
	c.Contract.End = date(f.contractEnd, "contract.end")
	c.Contract.Renewed = date(f.contractRenewed, "contract.renewed")
	// What the tier includes is never saved as a purchase: under the
	// edition of the offer the contract as typed is under.
	edition := planner.CustomerCatalog(cat, c)
	c.Membership.AddOns = nil
	for i, a := range f.addOnList {
		if !f.addOns[i].Checked {
			continue
		}
		if ed, ok := edition.AddOn(a.ID); !ok || !ed.IncludedIn(c.Membership.Tier) {
			c.Membership.AddOns = append(c.Membership.AddOns, a.ID)
		}
	}
	// An add-on of the customer that no edition of the offer lists (one
	// of another catalog file) has no box: the purchase is kept.
	for _, id := range f.original.Membership.AddOns {
		if !slices.ContainsFunc(f.addOnList, func(a catalog.AddOn) bool { return a.ID == id }) {
			c.Membership.AddOns = append(c.Membership.AddOns, id)
		}
	}
	c.Contract.Allowances.AcceleratorsPerYear = number(f.accelerators, "contract.allowances.acceleratorsPerYear")
	c.Contract.Allowances.FieldHoursPerYear = number(f.fieldHours, "contract.allowances.fieldHoursPerYear")
	c.Team = planner.SuccessTeam{}
	for _, m := range f.team {
		c.Team.SetMember(m.role, planner.Person{Name: strings.TrimSpace(m.name.Text), Email: strings.TrimSpace(m.email.Text)})
	}
	c.Notes = strings.TrimSpace(f.notes.Text)
	return c, parse
}

// changed follows an edit: it shows the edition of the offer the
// contract as typed is under and which add-ons the membership can have
// under it; a new customer whose allowances were not typed gets the
// tier's defaults of that edition. The form checks itself (see
// fieldForm).
func (f *customerForm) changed() {
	if f.loading || f.form == nil {
		return
	}
	c, _ := f.customer()
	if edition := planner.CustomerCatalog(f.cat, c); edition != f.edition {
		f.edition = edition
		f.renewedField.setHint(f.w.wrapped(f.w.tr("editions.form.renewed.hint") + "\n" + f.w.termsLine(c)))
		f.fillDefaultAllowances(c)
	}
	f.updateAddOns(c)
}

// fillDefaultAllowances fills in the default allowances of c's tier under
// the edition of the offer c's contract is under, when the customer is
// new and its allowances were not typed.
func (f *customerForm) fillDefaultAllowances(c planner.Customer) {
	if !f.isNew || f.loading || f.allowancesTyped {
		return
	}
	t, ok := planner.CustomerCatalog(f.cat, c).Tier(c.Membership.Tier)
	if !ok {
		return
	}
	f.filling = true
	defer func() { f.filling = false }()
	f.accelerators.SetText(strconv.Itoa(t.DefaultAllowances.AcceleratorsPerYear))
	f.fieldHours.SetText(strconv.Itoa(t.DefaultAllowances.FieldHoursPerYear))
}

// check returns what is wrong with the customer the form describes: the
// values that could not be read, and planner's problems.
func (f *customerForm) check() error {
	c, problems := f.customer()
	if err := c.Validate(f.cat); err != nil {
		if v, ok := planner.AsValidation(err); ok {
			problems = append(problems, v.Problems...)
		} else {
			problems = append(problems, planner.FieldError{Message: f.w.errorText(err)})
		}
	}
	if len(problems) == 0 {
		return nil
	}
	subject := planner.Textf("customer %q", c.Name) // planner's own words for a customer
	return &planner.ValidationError{What: subject.String(), Subject: subject, Problems: problems}
}

// tierChosen follows a change of tier: a new customer whose allowances
// were not typed gets the tier's default allowances under the edition of
// the offer its contract as typed is under.
func (f *customerForm) tierChosen() {
	if !f.loading && f.form != nil {
		c, _ := f.customer()
		f.fillDefaultAllowances(c)
	}
	f.changed()
}

// updateAddOns shows, for each add-on, whether the membership of c can
// have it under the edition of the offer of c's contract as typed:
// included in the tier (ticked and disabled), purchasable, not offered by
// that edition, or not purchasable with planner's reason. An add-on that
// cannot be had stays enabled while ticked, so that it can be unticked.
func (f *customerForm) updateAddOns(c planner.Customer) {
	m := c.Membership
	cat := planner.CustomerCatalog(f.cat, c)
	tier, tierOK := cat.Tier(m.Tier)
	filling := f.filling
	f.filling = true
	defer func() { f.filling = filling }()
	for i, a := range f.addOnList {
		check, reason := f.addOns[i], f.addOnReasons[i]
		edition, offered := cat.AddOn(a.ID)
		included := tierOK && offered && edition.IncludedIn(tier.ID)
		if included != f.addOnIncluded[i] {
			f.addOnIncluded[i] = included
			f.setChecked(check, included || f.addOnBought[i])
		}
		if included {
			reason.SetText(f.w.tr("customer.form.addon.included", tier.Name))
			check.Disable()
			continue
		}
		err := planner.CheckAddOnPurchase(cat, m, a.ID)
		if err == nil {
			check.Enable()
			reason.SetText(f.w.tr("customer.form.addon.available"))
			continue
		}
		if offered {
			reason.SetText(f.w.errorText(err))
		} else {
			reason.SetText(f.w.wrapped(f.w.tr("editions.form.addon.notOffered", f.w.editionDay(cat.Edition().Effective))))
		}
		if check.Checked {
			check.Enable() // so that it can be unticked
		} else {
			check.Disable()
		}
	}
}

// setChecked ticks or unticks check without running its OnChanged.
func (f *customerForm) setChecked(check *widget.Check, on bool) {
	if check.Checked == on {
		return
	}
	check.Checked = on
	check.Refresh()
}

// dirty reports whether the form differs from what it was opened with.
func (f *customerForm) dirty() bool {
	c, parse := f.customer()
	if len(parse) > 0 {
		return true
	}
	return !sameCustomer(c, f.original) || (f.isNew && c.Name != "")
}

// sameCustomer compares the fields the form edits.
func sameCustomer(a, b planner.Customer) bool {
	return a.Name == b.Name && a.Region == b.Region && a.Membership.Tier == b.Membership.Tier &&
		slices.Equal(a.Membership.Solutions, b.Membership.Solutions) &&
		slices.Equal(a.Membership.AddOns, b.Membership.AddOns) &&
		a.Membership.Support24x5 == b.Membership.Support24x5 &&
		a.Membership.CommerceManagedLicensed == b.Membership.CommerceManagedLicensed &&
		a.Contract == b.Contract && a.Team == b.Team && a.Notes == b.Notes &&
		a.Language == b.Language && a.TimeZone == b.TimeZone
}

// storeOutside saves the customer, going beyond the membership for rules
// (added to the customer's OutsideMembership), when it is valid.
func (f *customerForm) storeOutside(rules []planner.MembershipRule) error {
	c, parse := f.customer()
	if len(parse) > 0 {
		subject := planner.Textf("customer %q", c.Name) // planner's own words for a customer
		return &planner.ValidationError{What: subject.String(), Subject: subject, Problems: parse}
	}
	c.AllowOutsideMembership(rules...)
	before := f.original
	saved, err := f.store.PutCustomer(c)
	if err != nil {
		return err
	}
	w, store := f.w, f.store
	if f.isNew {
		var removed planner.Account
		w.pushUndoRedo(w.tr("customer.added", saved.Name), func() error {
			var err error
			removed, err = store.DeleteCustomer(saved.ID)
			return err
		}, func() error { return store.PutAccount(removed) })
		w.setFocus(saved.ID)
	} else {
		w.pushUndoRedo(w.tr("customer.edited", saved.Name), func() error {
			_, err := store.PutCustomer(before)
			return err
		}, func() error {
			_, err := store.PutCustomer(saved)
			return err
		})
	}
	w.changed()
	return nil
}

// apply is Save: it saves the customer, or shows in the form why it
// cannot. When the only problems are breaks of the membership rules (of
// the customer, or of its account such as a Mutual Action Plan the new
// tier does not include), it asks whether to save the customer outside
// the membership, and does on Yes.
func (f *customerForm) apply() error {
	err := f.check()
	if err == nil {
		err = f.storeOutside(nil)
		if err == nil {
			return nil
		}
	}
	v, ok := planner.AsValidation(err)
	if !ok {
		f.form.showError(err, "")
		return err
	}
	rules, onlyBreaks := planner.RulesOf(v)
	if !onlyBreaks {
		f.form.showError(err, "")
		return err
	}
	f.w.confirmDialog(f.w.tr("customer.form.outside.title"), f.w.outsideQuestion(rules), func(yes bool) {
		if !yes {
			return
		}
		if err := f.storeOutside(rules); err != nil {
			f.form.showError(err, "")
			return
		}
		f.fd.close()
	})
	return err
}

// close hides the form without saving.
func (f *customerForm) close() { f.fd.close() }

// tierNames returns the display names of the catalog's tiers.
func tierNames(cat *catalog.Catalog) []string {
	out := make([]string, len(cat.Tiers))
	for i, t := range cat.Tiers {
		out[i] = t.Name
	}
	return out
}

// documentLanguageNames are the choices of a customer's document
// language: the window's language first, then every language by its own
// name.
func documentLanguageNames(w texts) []string {
	names := []string{w.tr("customer.form.language.window")}
	for _, l := range Languages() {
		names = append(names, l.Name)
	}
	return names
}

// documentLanguageIndex returns the choice of documentLanguageNames that
// shows language tag ("" is the window's language).
func documentLanguageIndex(tag string) int {
	for i, l := range Languages() {
		if l.Tag == tag {
			return i + 1
		}
	}
	return 0
}

// documentLanguageAt returns the language tag of choice i of
// documentLanguageNames; the first choice, or none, is "".
func documentLanguageAt(i int) string {
	if i <= 0 || i > len(Languages()) {
		return ""
	}
	return Languages()[i-1].Tag
}

// The window's side of the customer dialog.

var _ customerDialogWindow = (*UI)(nil)

// editCustomer opens the customer form: a new customer when isNew.
func (u *UI) editCustomer(c planner.Customer, isNew bool) {
	u.openCustomerForm(c, isNew)
}

// openCustomerForm opens the customer form and returns it; a form already
// open is returned instead.
func (u *UI) openCustomerForm(c planner.Customer, isNew bool) *customerForm {
	if u.customerForm != nil {
		return u.customerForm
	}
	if isNew {
		c = u.newCustomerDefaults()
	}
	f := newCustomerForm(u, u.store, u.shownCatalog(), c, isNew)
	f.fd.closed = func() { u.customerForm = nil }
	u.customerForm = f
	f.show()
	return f
}

// newCustomerDefaults returns what a new customer starts with: the first
// region and tier of the catalog, the TAM from the settings, and a contract
// of one year from today with the tier's default allowances under the
// edition of the offer in force today.
func (u *UI) newCustomerDefaults() planner.Customer {
	c := planner.Customer{}
	if len(u.cat.Regions) > 0 {
		c.Region = u.cat.Regions[0].ID
	}
	c.Membership.Tier = catalog.Ultimate
	today := u.today()
	c.Contract.Start = today
	c.Contract.End = planner.Date{Year: today.Year + 1, Month: today.Month, Day: today.Day}.AddDays(-1)
	if t, ok := planner.CustomerCatalog(u.cat, c).Tier(c.Membership.Tier); ok {
		c.Contract.Allowances = planner.Allowances(t.DefaultAllowances)
	}
	c.Team.TAM = planner.Person{Name: u.settingsData.Profile.Name, Email: u.settingsData.Profile.Email}
	return c
}

// regionNames returns the names of the catalog's regions in the window's
// language, in the catalog's order.
func (u *UI) regionNames() []string {
	out := make([]string, len(u.cat.Regions))
	for i, r := range u.cat.Regions {
		out[i] = u.regionNameByID(r.ID)
	}
	return out
}
