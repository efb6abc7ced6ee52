package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// caseLog is the support case log of the customer in focus, the first
// tab of the Support screen: its cases newest first with their response
// verdicts, and the dialogs that log, change and import them. The rules
// (allowed status changes, verdicts, validation) are planner's.
type caseLog struct {
	w     caseLogWindow
	store caseLogStore
	cat   *catalog.Catalog
	root  fyne.CanvasObject

	account     planner.Account
	hasCustomer bool
	// showAll lists closed cases too.
	showAll bool

	filter    *widget.RadioGroup
	addBtn    *widget.Button
	importBtn *widget.Button
	message   *widget.Label
	rows      *fyne.Container
	// shown are the cases listed, in the order of rows.
	shown []planner.SupportCase
	// dialog is the last dialog opened (tests drive it).
	dialog *formDialog
}

// caseLogWindow is what the case log uses of the window: its words,
// names and clock, its dialogs, the undo history, the settings, and the
// two services below.
type caseLogWindow interface {
	editorWindow
	// openFile asks for a file and reads it off the UI goroutine behind a
	// progress dialog; done runs afterwards on the UI goroutine.
	openFile(label string, extensions []string, read func(ctx context.Context, r io.Reader, progress func(float64)) error, done func())
}

// caseLogStore is what the case log reads and writes: the account of the
// customer in focus and its cases.
type caseLogStore interface {
	accountReader
	caseStore
	// PutAccount replaces a customer's data as a whole: the undo of a
	// case import puts the cases back in one write.
	PutAccount(a planner.Account) error
}

// newCaseLog returns the case log of window w on store and the catalog
// cat.
func newCaseLog(w caseLogWindow, store caseLogStore, cat *catalog.Catalog) *caseLog {
	l := &caseLog{w: w, store: store, cat: cat}
	open, all := w.tr("cases.filter.open"), w.tr("cases.filter.all")
	l.filter = widget.NewRadioGroup([]string{open, all}, func(s string) {
		l.showAll = s == all
		l.fill()
	})
	l.filter.Horizontal = true
	l.filter.Required = true
	l.filter.SetSelected(open)
	l.addBtn = widget.NewButtonWithIcon(w.tr("cases.add"), theme.ContentAddIcon(), func() { l.openCaseDialog(-1) })
	l.addBtn.Importance = widget.HighImportance
	l.importBtn = widget.NewButtonWithIcon(w.tr("cases.import"), theme.UploadIcon(), l.importCSV)
	l.message = newWrapLabel("")
	l.rows = container.NewVBox()
	bar := container.NewBorder(nil, nil, l.filter, container.NewHBox(l.importBtn, l.addBtn))
	l.root = container.NewBorder(bar, nil, nil, nil, container.NewVScroll(container.NewVBox(l.message, l.rows)))
	return l
}

// load reads the account of customer id (zero: none in focus) and lists
// its cases.
func (l *caseLog) load(id planner.ID) {
	l.account, l.hasCustomer = focusedAccount(l.w, l.store, id, "read the cases")
	l.fill()
}

// location is the customer's zone: cases are typed and shown in it.
func (l *caseLog) location() *time.Location {
	if l.hasCustomer {
		if cal, err := planner.CustomerCalendar(l.cat, l.w.settings(), l.account.Customer); err == nil {
			return cal.Location
		}
	}
	return l.w.tamLocation()
}

// fill lists the cases, newest first, closed ones only when all are
// asked for.
func (l *caseLog) fill() {
	w := l.w
	if l.rows == nil {
		return
	}
	l.rows.RemoveAll()
	l.shown = nil
	l.addBtn.Enable()
	l.importBtn.Enable()
	if !l.hasCustomer {
		l.addBtn.Disable()
		l.importBtn.Disable()
		l.message.SetText(w.tr("support.noFocus"))
		return
	}
	verdicts, err := planner.AccountResponseVerdicts(l.cat, w.settings(), l.account, w.now())
	if err != nil {
		l.message.SetText(w.errorText(err))
		return
	}
	order := make([]int, len(l.account.Cases))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(l.account.Cases[b].Opened.Compare(l.account.Cases[a].Opened),
			cmp.Compare(l.account.Cases[b].Number, l.account.Cases[a].Number))
	})
	for _, i := range order {
		c := l.account.Cases[i]
		if !l.showAll && c.Status == planner.CaseClosed {
			continue
		}
		l.shown = append(l.shown, c)
		l.rows.Add(l.row(c, verdicts[i]))
		l.rows.Add(widget.NewSeparator())
	}
	switch {
	case len(l.account.Cases) == 0:
		l.message.SetText(w.tr("cases.none", l.account.Customer.Name))
	case len(l.shown) == 0:
		l.message.SetText(w.tr("cases.noneOpen"))
	default:
		l.message.SetText(w.trCount("cases.count", len(l.shown), len(l.shown)))
	}
}

// row shows one case: number, priority, status, escalation, title, then
// when it was opened, its response deadline and the verdict.
func (l *caseLog) row(c planner.SupportCase, v planner.ResponseVerdict) fyne.CanvasObject {
	w := l.w
	loc := l.location()
	number := widget.NewLabelWithStyle(c.Number, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	chips := container.NewHBox(number,
		container.NewCenter(widgets.NewChip(string(c.Priority), casePriorityTones.of(c.Priority))),
		container.NewCenter(widgets.NewChip(w.sentence(c.Status.Label()), caseStatusTone(c.Status))))
	if n := len(c.Escalations); n > 0 {
		chips.Add(container.NewCenter(widgets.NewChip(w.trCount("cases.escalated", n, n), widgets.ToneDanger)))
	}
	title := widgets.NewFitLabel(c.Title)
	line1 := container.NewBorder(nil, nil, chips, nil, title)
	when := widget.NewLabel(w.tr("cases.when", w.dateTime(c.Opened.In(loc)), w.dateTime(v.Due.In(loc))))
	when.Truncation = fyne.TextTruncateEllipsis
	verdict := widget.NewLabel(l.verdictText(v))
	verdict.Importance = verdictImportance(v)
	line2 := container.NewBorder(nil, nil, nil, verdict, when)
	idx := slices.IndexFunc(l.account.Cases, func(x planner.SupportCase) bool { return x.ID == c.ID })
	edit := widget.NewButtonWithIcon(w.tr("cases.edit"), theme.DocumentCreateIcon(), func() { l.openCaseDialog(idx) })
	respond := widget.NewButtonWithIcon(w.tr("cases.respond"), theme.MailReplyIcon(), func() { l.openRespondDialog(idx) })
	if v.Responded() {
		respond.Disable()
	}
	status := widget.NewButtonWithIcon(w.tr("cases.status"), theme.MediaSkipNextIcon(), func() { l.openStatusDialog(idx) })
	escalate := widget.NewButtonWithIcon(w.tr("cases.escalate"), theme.WarningIcon(), func() { l.openEscalateDialog(idx) })
	buttons := container.NewHBox(edit, respond, status, escalate)
	return container.NewVBox(line1, line2, container.NewHBox(buttons))
}

// verdictText says how the case fares against its response target in a
// few words: "met with 2 hours to spare", "breached by 1 hour 5 minutes".
func (l *caseLog) verdictText(v planner.ResponseVerdict) string {
	w := l.w
	switch {
	case v.State == planner.ResponseMet:
		return w.tr("cases.verdict.met", w.words().Minutes(v.MarginMinutes))
	case v.State == planner.ResponseOpen:
		return w.tr("cases.verdict.open", w.words().Minutes(v.MarginMinutes))
	case v.Responded():
		return w.tr("cases.verdict.breached", w.words().Minutes(-v.MarginMinutes))
	}
	return w.tr("cases.verdict.unanswered", w.words().Minutes(-v.MarginMinutes))
}

// verdictImportance colours a verdict: breached red, met green.
func verdictImportance(v planner.ResponseVerdict) widget.Importance {
	switch v.State {
	case planner.ResponseBreached:
		return widget.DangerImportance
	case planner.ResponseMet:
		return widget.SuccessImportance
	}
	return widget.MediumImportance
}

// instantReader is what an instant input needs to read what was typed:
// the window's words and its reading of days.
type instantReader interface {
	texts
	clock
}

// instantInput is a day and a time of day typed side by side.
type instantInput struct {
	day, clock *formEntry
	box        *fyne.Container
}

// newInstantInput returns an instant input showing t in loc (empty when
// t is zero).
func newInstantInput(w texts, t time.Time, loc *time.Location) *instantInput {
	in := &instantInput{day: newFormEntry(), clock: newFormEntry()}
	in.day.SetPlaceHolder(w.tr("form.date.hint"))
	in.clock.SetPlaceHolder("HH:MM")
	if !t.IsZero() {
		in.day.SetText(catalog.DateOf(t.In(loc)).String())
		in.clock.SetText(t.In(loc).Format(timeLayout))
	}
	in.box = container.NewGridWithColumns(2, in.day, in.clock)
	return in
}

// empty reports whether neither part was typed.
func (in *instantInput) empty() bool {
	return strings.TrimSpace(in.day.Text) == "" && strings.TrimSpace(in.clock.Text) == ""
}

// read returns the instant typed in loc, or a problem in the window's
// language.
func (in *instantInput) read(w instantReader, loc *time.Location) (time.Time, error) {
	if in.empty() {
		return time.Time{}, errors.New(w.tr("cases.instant.required"))
	}
	return readTime(w, in.day.Text, in.clock.Text, loc)
}

// readTime reads a day and a time of day typed in loc, or gives a
// problem in the window's language.
func readTime(w instantReader, dayText, clockText string, loc *time.Location) (time.Time, error) {
	d, err := w.parseDay(dayText)
	if err != nil {
		return time.Time{}, err
	}
	if d.IsZero() {
		return time.Time{}, errors.New(w.tr("cases.instant.required"))
	}
	clock, err := time.Parse(timeLayout, strings.TrimSpace(clockText))
	if err != nil {
		return time.Time{}, errors.New(w.tr("cases.instant.clock", strings.TrimSpace(clockText)))
	}
	return d.At(clock.Hour(), clock.Minute(), loc), nil
}

// caseProducts returns the products a case may be about: none, the
// catalog's solutions and the products of its response tables. The
// standard table, which names no product, is the first: none.
func (l *caseLog) caseProducts() ([]catalog.SolutionID, []string) {
	w := l.w
	ids := []catalog.SolutionID{""}
	names := []string{w.tr("cases.product.none")}
	for _, t := range l.cat.ResponseTables {
		if t.Product == "" {
			continue
		}
		ids = append(ids, catalog.SolutionID(t.Product))
		names = append(names, w.tr("support.product.commerceManaged"))
	}
	for _, s := range l.cat.Solutions {
		ids = append(ids, s.ID)
		names = append(names, s.Name)
	}
	return ids, names
}

// openCaseDialog opens the dialog of case i of the account, or of a new
// case when i is -1.
func (l *caseLog) openCaseDialog(i int) {
	w := l.w
	if !l.hasCustomer {
		return
	}
	loc := l.location()
	var before planner.SupportCase
	if i >= 0 {
		before = l.account.Cases[i]
	}
	number, title := newFormEntry(), newFormEntry()
	number.SetText(before.Number)
	title.SetText(before.Title)
	productIDs, productNames := l.caseProducts()
	product := widget.NewSelect(productNames, nil)
	selectValue(product, productIDs, before.Product)
	if i < 0 {
		product.SetSelectedIndex(0)
	}
	priorities := catalog.Priorities()
	priority := widget.NewSelect(optionTexts(priorities, func(p catalog.Priority) string { return w.tr("priority." + string(p)) }), nil)
	selectValue(priority, priorities, before.Priority)
	priority.PlaceHolder = w.tr("cases.priority.choose")
	openedAt := before.Opened
	if i < 0 {
		openedAt = w.now().Truncate(time.Minute)
	}
	opened := newInstantInput(w, openedAt, loc)
	first := newInstantInput(w, before.FirstResponse, loc)
	form := w.newFieldForm()
	form.add("number", w.tr("cases.number"), number)
	form.add("title", w.tr("cases.title"), title)
	form.add("product", w.tr("support.product"), product)
	form.add("priority", w.tr("support.priority"), priority)
	form.add("opened", w.tr("support.opened"), opened.box)
	form.add("firstResponse", w.tr("cases.firstResponse"), first.box).setHint(w.tr("cases.firstResponse.hint", loc.String()))
	build := func() (planner.SupportCase, error) {
		var p inputProblems
		at, err := opened.read(w, loc)
		if err != nil {
			p.add("opened", err)
		}
		c := before
		if i < 0 {
			c = planner.NewSupportCase(l.account.Customer.ID, "", "", "", "", time.Time{})
		}
		c.Number, c.Title, c.Opened = strings.TrimSpace(number.Text), strings.TrimSpace(title.Text), at
		c.Product, _ = selectedValue(product, productIDs)
		var chosen bool
		if c.Priority, chosen = selectedValue(priority, priorities); !chosen {
			p.add("priority", errors.New(w.tr("cases.priority.choose")))
		}
		c.FirstResponse = time.Time{}
		if !first.empty() {
			if fr, err := first.read(w, loc); err != nil {
				p.add("firstResponse", err)
			} else {
				c.FirstResponse = fr
			}
		}
		return c, withInputProblems(p, c.Number, c.Validate(planner.CustomerCatalog(l.cat, l.account.Customer)))
	}
	l.dialog = l.cases().itemDialog(w, form, build, before, i < 0, l.account.Customer.Name)
	l.dialog.show()
}

// withInputProblems returns the problems of what was typed, p, with
// those planner found, err, of the other fields; err alone when nothing
// typed was wrong.
func withInputProblems(p inputProblems, what string, err error) error {
	if len(p) == 0 {
		return err
	}
	if v, ok := planner.AsValidation(err); ok {
		for _, q := range v.Problems {
			if !slices.ContainsFunc(p, func(x planner.FieldError) bool { return x.Field == q.Field }) {
				p = append(p, q)
			}
		}
	}
	return p.err(what)
}

// cases are the case log's writes of support cases, with undo.
func (l *caseLog) cases() records[planner.SupportCase] { return caseRecords(l.store) }

// caseRecords are the writes of support cases to store, with undo.
func caseRecords(store caseStore) records[planner.SupportCase] {
	return records[planner.SupportCase]{
		put:    store.PutCase,
		remove: store.DeleteCase,
		id:     func(c planner.SupportCase) planner.ID { return c.ID },
		name:   func(c planner.SupportCase) string { return "case " + c.Number },
		keys:   "cases",
		title:  func(c planner.SupportCase) string { return c.Number },
	}
}

// openRespondDialog asks when the vendor first responded to case i.
func (l *caseLog) openRespondDialog(i int) {
	w := l.w
	loc := l.location()
	before := l.account.Cases[i]
	at := newInstantInput(w, w.now().Truncate(time.Minute), loc)
	form := w.newFieldForm()
	form.add("firstResponse", w.tr("cases.firstResponse"), at.box).setHint(w.tr("cases.zone", loc.String()))
	build := func() (planner.SupportCase, error) {
		c := before
		t, err := at.read(w, loc)
		if err != nil {
			var p inputProblems
			p.add("firstResponse", err)
			return c, p.err(c.Number)
		}
		c.FirstResponse = t
		return c, c.Validate(planner.CustomerCatalog(l.cat, l.account.Customer))
	}
	l.showChangeDialog(w.tr("cases.respond.title", before.Number), form, build, before)
}

// openStatusDialog asks for the new status of case i and when it
// changed; planner refuses changes it does not allow, in words.
func (l *caseLog) openStatusDialog(i int) {
	w := l.w
	loc := l.location()
	before := l.account.Cases[i]
	statuses := slices.DeleteFunc(planner.CaseStatuses(), func(s planner.CaseStatus) bool { return s == planner.CaseNew })
	status := widget.NewSelect(optionTexts(statuses, func(s planner.CaseStatus) string { return w.sentence(s.Label()) }), nil)
	status.PlaceHolder = w.tr("cases.status.choose")
	at := newInstantInput(w, w.now().Truncate(time.Minute), loc)
	form := w.newFieldForm()
	form.add("status", w.tr("cases.newStatus"), status).setHint(w.tr("cases.currentStatus", w.sentence(before.Status.Label())))
	form.add("at", w.tr("cases.changedAt"), at.box).setHint(w.tr("cases.zone", loc.String()))
	build := func() (planner.SupportCase, error) {
		c := before
		var p inputProblems
		to, ok := selectedValue(status, statuses)
		if !ok {
			p.add("status", errors.New(w.tr("cases.status.choose")))
		}
		t, err := at.read(w, loc)
		if err != nil {
			p.add("at", err)
		}
		if err := p.err(c.Number); err != nil {
			return c, err
		}
		return c, c.SetStatus(planner.CustomerCatalog(l.cat, l.account.Customer).FollowUp, to, t)
	}
	l.showChangeDialog(w.tr("cases.status.title", before.Number), form, build, before)
}

// openEscalateDialog records an escalation of case i: who, on which
// side, why and when.
func (l *caseLog) openEscalateDialog(i int) {
	w := l.w
	loc := l.location()
	before := l.account.Cases[i]
	at := newInstantInput(w, w.now().Truncate(time.Minute), loc)
	by := newFormEntry()
	side := widget.NewSelect(optionTexts(sides(), w.sideText), nil)
	side.SetSelectedIndex(0)
	reason := newFormMultiLineEntry()
	form := w.newFieldForm()
	form.add("escalation.by", w.tr("cases.escalation.by"), by)
	form.add("escalation.side", w.tr("cases.escalation.side"), side)
	form.add("escalation.reason", w.tr("cases.escalation.reason"), reason)
	form.add("escalation.at", w.tr("cases.changedAt"), at.box).setHint(w.tr("cases.zone", loc.String()))
	build := func() (planner.SupportCase, error) {
		c := before
		c.Escalations = slices.Clone(before.Escalations)
		t, err := at.read(w, loc)
		if err != nil {
			var p inputProblems
			p.add("escalation.at", err)
			return c, p.err(c.Number)
		}
		s, _ := selectedValue(side, sides())
		return c, c.Escalate(t, strings.TrimSpace(by.Text), s, strings.TrimSpace(reason.Text))
	}
	l.showChangeDialog(w.tr("cases.escalate.title", before.Number), form, build, before)
}

// showChangeDialog opens a dialog that changes a stored case: build
// returns the changed case or what is wrong; Save stores it undoably.
func (l *caseLog) showChangeDialog(title string, form *fieldForm, build func() (planner.SupportCase, error), before planner.SupportCase) {
	apply := saveBuilt(form, "", build, func(c planner.SupportCase) error { return l.cases().save(l.w, c, before, false) })
	fd := l.w.newFormDialog(title, form, apply, form.touched)
	form.settle()
	l.dialog = fd
	fd.show()
}

// importCSV asks for a support portal's case export and imports it for
// the customer in focus, all rows or none.
func (l *caseLog) importCSV() {
	w := l.w
	if !l.hasCustomer {
		return
	}
	imp := l.newCaseImport()
	w.openFile(w.tr("cases.importing"), []string{".csv"}, func(ctx context.Context, r io.Reader, _ func(float64)) error {
		return imp.run(ctx, r)
	}, func() { l.imported(imp) })
}

// caseImport is an import of a portal case export for one customer; run
// reads the store only through what it was given, so it may run off the
// UI goroutine.
type caseImport struct {
	store    caseLogStore
	cat      *catalog.Catalog
	customer planner.Customer
	loc      *time.Location
	refused  string
	before   []planner.SupportCase
	result   storage.CaseImportResult
}

// newCaseImport returns an import for the customer in focus, reading
// times without an offset in the customer's zone.
func (l *caseLog) newCaseImport() *caseImport {
	return &caseImport{store: l.store, cat: l.cat, customer: l.account.Customer, loc: l.location(),
		refused: l.w.tr("cases.import.refused")}
}

// run reads a portal case export and merges it into the customer's
// cases; a file with problems changes nothing, and every problem comes
// back with its line.
func (imp *caseImport) run(ctx context.Context, r io.Reader) error {
	acc, err := imp.store.Account(imp.customer.ID)
	if err != nil {
		return fmt.Errorf("read the cases of %s: %w", imp.customer.Name, err)
	}
	imp.before = acc.Cases
	rows, err := storage.ReadCaseCSV(r, imp.cat, imp.loc)
	if err == nil {
		imp.result, err = imp.store.ImportCases(ctx, imp.customer.ID, rows)
	}
	if v, ok := planner.AsValidation(err); ok {
		v.What = imp.refused
		return v
	}
	return err
}

// imported reloads after an import, says what changed and offers to undo
// it by putting the cases back as they were.
func (l *caseLog) imported(imp *caseImport) {
	w, store := l.w, l.store
	customer, before, res := imp.customer, imp.before, imp.result
	after, err := store.Account(customer.ID)
	if err == nil {
		label := w.tr("cases.undo.import", customer.Name)
		w.pushUndoRedo(label, func() error { return replaceCases(store, customer.ID, label, after.Cases, before, w.undoBlocked) },
			func() error { return replaceCases(store, customer.ID, label, before, after.Cases, w.redoBlocked) })
	}
	w.changed()
	w.showMessage(w.tr("cases.import.done.title"), w.tr("cases.import.done", customer.Name, res.Added, res.Updated, res.Unchanged))
}

// replaceCases makes want the cases of customer in one write, when its
// cases are still have; any other state (a case changed, marked or
// removed since, or the customer removed) blocks the undo or redo
// labelled label with the error blocked gives, instead of overwriting
// what changed.
func replaceCases(store caseLogStore, customer planner.ID, label string, have, want []planner.SupportCase, blocked func(label string) error) error {
	acct, err := checkedAccount(store, customer, label, blocked, func(acct planner.Account) bool {
		return !(len(acct.Cases) == 0 && len(have) == 0) && !sameStored(acct.Cases, have)
	})
	if err != nil {
		return err
	}
	acct.Cases = want
	if err := store.PutAccount(acct); err != nil {
		return fmt.Errorf("put back the cases of %s: %w", acct.Customer.Name, err)
	}
	return nil
}

// The window's side of the case log.

var _ caseLogWindow = (*UI)(nil)
