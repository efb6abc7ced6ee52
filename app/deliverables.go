package app

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
)

// deliverable is a document the Deliverables menu makes.
type deliverable struct {
	// id names the menu entry: its label is "deliverables.<id>".
	id   string
	kind export.Kind
	// portfolio makes the quarterly plan of the whole portfolio rather
	// than of the customer in focus.
	portfolio bool
}

// deliverableList returns the deliverables in the order of the menu: the
// engagement's documents, the plans, the statement, then the quarterly
// business review.
func deliverableList() []deliverable {
	return []deliverable{
		{id: "kickoff", kind: export.KindKickoff},
		{id: "assessment", kind: export.KindAssessment},
		{id: "summary", kind: export.KindSummary},
		{id: "map", kind: export.KindActionPlan},
		{id: "quarter", kind: export.KindQuarter},
		{id: "portfolioQuarter", kind: export.KindQuarter, portfolio: true},
		{id: "entitlements", kind: export.KindEntitlements},
		{id: "qbr", kind: export.KindQBR},
	}
}

// deliverableOf returns the deliverable about one customer of kind.
func deliverableOf(kind export.Kind) deliverable {
	for _, d := range deliverableList() {
		if d.kind == kind && !d.portfolio {
			return d
		}
	}
	return deliverable{id: string(kind), kind: kind}
}

// phaseDeliverable returns the deliverable Liftoff makes for an
// engagement phase (the catalog's deliverable kind of ph), and false for
// a phase without one.
func phaseDeliverable(ph catalog.Phase) (deliverable, bool) {
	if ph.DeliverableKind == "" {
		return deliverable{}, false
	}
	k, err := export.ParseKind(ph.DeliverableKind)
	if err != nil {
		return deliverable{}, false
	}
	return deliverableOf(k), true
}

// entitlementStatement is the customer's entitlement statement.
func entitlementStatement() deliverable { return deliverableOf(export.KindEntitlements) }

// actionPlanDocument is the customer's Mutual Action Plan as a document.
func actionPlanDocument() deliverable { return deliverableOf(export.KindActionPlan) }

// kickoffDeck is the kickoff deck of an engagement.
func kickoffDeck() deliverable { return deliverableOf(export.KindKickoff) }

// portfolioQuarterPlan is the quarterly plan of the whole portfolio.
func portfolioQuarterPlan() deliverable {
	return deliverable{id: "portfolioQuarter", kind: export.KindQuarter, portfolio: true}
}

// deliverableSubject is what a deliverable is about: a customer's account
// (with the engagement of the kickoff deck, assessment and summary, zero
// for the one in focus) or the portfolio's accounts, and the quarter of a
// quarterly plan.
type deliverableSubject struct {
	account    planner.Account
	engagement planner.ID
	accounts   []planner.Account
	quarter    planner.Quarter
}

// deliverables is the part of the window that makes the documents: the
// Deliverables menu, the chooser of File > Export… and the writer of
// each document, with the PDF export that asks where to save it (see
// exports.go). It reads the customer in focus and its account, the
// portfolio's accounts for the quarterly plan of the portfolio, and the
// catalog.
type deliverables struct {
	w     deliverablesWindow
	store deliverablesStore
	cat   *catalog.Catalog
	// options returns the options of a PDF made now: the settings, the
	// language, the time and the documents' fonts.
	options func() export.Options
}

// deliverablesWindow is what the deliverables use of the window: its
// words, the day, its messages and file dialogs, the work it runs off
// the UI goroutine, and which customer and screens it shows.
type deliverablesWindow interface {
	texts
	names
	clock
	dialogs
	background
	// focusedCustomer returns the customer in focus, false when none.
	focusedCustomer() (planner.Customer, bool)
	// hasCustomers reports whether the portfolio has any customer.
	hasCustomers() bool
	// shownScreen returns the screen the window shows.
	shownScreen() screenID
	// builtScreen returns screen id as the window made it, nil when it
	// has not made it yet.
	builtScreen(id screenID) screen
	// showScreen opens screen id, asking first about unsaved changes.
	showScreen(id screenID)
	// saveFile asks where to save a file called name and writes it off
	// the UI goroutine.
	saveFile(name, label string, write func(ctx context.Context, w io.Writer, progress func(float64)) error, saved func(path string))
	// showSavedNotice tells that a file was saved at path.
	showSavedNotice(path string)
}

// deliverablesStore is what the deliverables read: the account of the
// customer in focus, and every account for the quarterly plan of the
// portfolio.
type deliverablesStore interface {
	accountReader
	portfolioReader
}

// newDeliverables returns the deliverables of window w, made from store
// with cat and options.
func newDeliverables(w deliverablesWindow, store deliverablesStore, cat *catalog.Catalog, options func() export.Options) *deliverables {
	return &deliverables{w: w, store: store, cat: cat, options: options}
}

// label returns the deliverable's name in the window's language.
func (dl *deliverables) label(d deliverable) string { return dl.w.tr("deliverables." + d.id) }

// problem returns what deliverable d still needs before it can be made
// about subject, in the window's language, or "" when it can be made.
// customer tells whether a customer is in focus.
func (dl *deliverables) problem(d deliverable, s deliverableSubject, customer bool) string {
	if d.portfolio {
		if !dl.w.hasCustomers() {
			return dl.w.tr("deliverables.needs.customers")
		}
		return ""
	}
	if !customer {
		return dl.w.tr("deliverables.needs.customer")
	}
	c := s.account.Customer
	switch d.kind {
	case export.KindKickoff, export.KindAssessment, export.KindSummary:
		if len(s.account.Engagements) == 0 {
			return dl.w.tr("deliverables.needs.engagement", c.Name)
		}
	case export.KindActionPlan:
		if s.account.HasPlan() {
			return ""
		}
		if planner.CheckPlanAllowed(dl.cat, c) != nil {
			return dl.w.tr("deliverables.needs.tierPlan", dl.w.tierName(c))
		}
		return dl.w.tr("deliverables.needs.plan", c.Name)
	}
	return ""
}

// focusSubject returns what the Deliverables menu's documents are about
// now: the customer in focus (false when none), the engagement the
// Engagement screen shows of it, and the quarter the Quarter screen shows.
func (dl *deliverables) focusSubject() (deliverableSubject, bool, error) {
	s := deliverableSubject{quarter: planner.QuarterOf(dl.w.today())}
	if q, ok := dl.w.builtScreen(screenQuarter).(*quarterScreen); ok && q.quarter.Valid() {
		s.quarter = q.quarter
	}
	c, ok := dl.w.focusedCustomer()
	if !ok {
		return s, false, nil
	}
	acct, err := dl.store.Account(c.ID)
	if err != nil {
		return s, true, fmt.Errorf("read %s: %w", c.Name, err)
	}
	s.account = acct
	if e, ok := dl.w.builtScreen(screenEngagement).(*engagementScreen); ok && e.customer == c.ID {
		s.engagement = e.engagement().ID
	}
	return s, true, nil
}

// choose is a Deliverables menu entry: it makes deliverable d about the
// customer in focus, or says what it still needs.
func (dl *deliverables) choose(d deliverable) {
	s, customer, err := dl.focusSubject()
	if err != nil {
		dl.w.showError(err)
		return
	}
	if problem := dl.problem(d, s, customer); problem != "" {
		dl.w.showMessage(dl.label(d), problem)
		return
	}
	dl.export(d, s)
}

// export makes deliverable d about s and asks where to save it; the
// Deliverables menu and the screens' export buttons both call it.
func (dl *deliverables) export(d deliverable, s deliverableSubject) {
	dl.exportPDF(dl.fileName(d, s), dl.writer(d, s))
}

// writer returns what writes deliverable d about s. The quarterly plan
// of the portfolio reads the accounts when s has none.
func (dl *deliverables) writer(d deliverable, s deliverableSubject) func(ctx context.Context, w io.Writer, opts export.Options) error {
	cat, store := dl.cat, dl.store
	if d.portfolio {
		return func(ctx context.Context, w io.Writer, opts export.Options) error {
			accts := s.accounts
			if accts == nil {
				var err error
				if accts, err = store.Accounts(); err != nil {
					return fmt.Errorf("read the portfolio: %w", err)
				}
			}
			_, err := export.Document(ctx, w, cat, export.Request{Kind: export.KindQuarter, Accounts: accts, Quarter: s.quarter}, opts)
			return err
		}
	}
	acct := s.account
	return func(ctx context.Context, w io.Writer, opts export.Options) error {
		opts.Engagement = s.engagement
		_, err := export.Document(ctx, w, cat, export.Request{Kind: d.kind, Accounts: []planner.Account{acct}, Customer: acct.Customer.ID, Quarter: s.quarter}, opts)
		return err
	}
}

// fileName returns the name a deliverable is offered to be saved as:
// "<customer> - <document title> - <date>.pdf", the title in the
// document's language (the customer's, else the window's), the quarter
// after the title of a quarterly plan, and the date as 2026-11-26, which
// sorts.
func (dl *deliverables) fileName(d deliverable, s deliverableSubject) string {
	language := dl.w.words().Language()
	if !d.portfolio && s.account.Customer.Language != "" {
		language = s.account.Customer.Language
	}
	title := d.kind.Title()
	if t, err := l10n.New(language); err == nil {
		title = t.ForDocuments().T("doc.title." + string(d.kind))
	}
	if d.kind == export.KindQuarter || d.kind == export.KindQBR {
		title += " " + s.quarter.String()
	}
	parts := []string{title, dl.w.today().String()}
	if !d.portfolio {
		parts = append([]string{s.account.Customer.Name}, parts...)
	}
	for i, p := range parts {
		parts[i] = safeFileName(p)
	}
	return strings.Join(parts, " - ") + ".pdf"
}

// safeFileName keeps a name as it reads, in any script, with the
// characters file systems refuse or treat specially (path separators,
// reserved punctuation of Windows, control characters) made dashes, and
// without leading or trailing dots and spaces.
func safeFileName(name string) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, name)
	s = strings.Trim(s, ". ")
	if s == "" {
		return "liftoff"
	}
	return s
}

// menu returns the Deliverables menu: an entry for every deliverable,
// about the customer in focus.
func (dl *deliverables) menu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, d := range deliverableList() {
		if d.kind == export.KindActionPlan || d.kind == export.KindEntitlements {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		items = append(items, fyne.NewMenuItem(dl.label(d)+"…", func() { dl.choose(d) }))
	}
	return fyne.NewMenu(dl.w.tr("menu.deliverables"), items...)
}

// openChooser is File > Export… (Ctrl+E): the Deliverables menu's
// choices in a small dialog, each with what it still needs under it when
// it cannot be made now. The deliverable of the screen shown comes first
// in importance.
func (dl *deliverables) openChooser() *dialog.CustomDialog {
	s, customer, err := dl.focusSubject()
	if err != nil {
		dl.w.showError(err)
		return nil
	}
	preferred := dl.screenDeliverable()
	var d *dialog.CustomDialog
	list := container.NewVBox()
	for _, it := range deliverableList() {
		btn := widget.NewButton(dl.label(it)+"…", func() {
			d.Hide()
			dl.export(it, s)
		})
		btn.Alignment = widget.ButtonAlignLeading
		list.Add(btn)
		if problem := dl.problem(it, s, customer); problem != "" {
			btn.Disable()
			why := newWrapLabel(problem)
			why.Importance = widget.LowImportance
			why.SizeName = theme.SizeNameCaptionText
			list.Add(why)
			continue
		}
		if it == preferred {
			btn.Importance = widget.HighImportance
		}
	}
	title := dl.w.tr("deliverables.chooser.title")
	if c, ok := dl.w.focusedCustomer(); ok {
		title = dl.w.tr("deliverables.chooser.titleFor", c.Name)
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(440, min(list.MinSize().Height, 480)))
	d = dialog.NewCustom(title, dl.w.tr("action.cancel"), scroll, dl.w.Window())
	d.Show()
	return d
}

// screenDeliverable returns the deliverable the screen shown is about
// (the phase's deliverable on the Engagement screen), or a zero one.
func (dl *deliverables) screenDeliverable() deliverable {
	switch s := dl.w.builtScreen(dl.w.shownScreen()).(type) {
	case *engagementScreen:
		if d, ok := s.editor.phaseDeliverable(); ok {
			return d
		}
		return kickoffDeck()
	case *actionPlanScreen:
		return actionPlanDocument()
	case *quarterScreen:
		return portfolioQuarterPlan()
	case *customerScreen:
		return deliverableOf(export.KindEntitlements)
	}
	return deliverable{}
}

// The window's side of the deliverables.

var _ deliverablesWindow = (*UI)(nil)

// exportDeliverable makes deliverable d about s and asks where to save
// it (the screens' export buttons).
func (u *UI) exportDeliverable(d deliverable, s deliverableSubject) { u.deliverables.export(d, s) }

// deliverableMenu returns the Deliverables menu of the main menu.
func (u *UI) deliverableMenu() *fyne.Menu { return u.deliverables.menu() }

// openDeliverableChooser is File > Export… (Ctrl+E).
func (u *UI) openDeliverableChooser() *dialog.CustomDialog { return u.deliverables.openChooser() }

// hasCustomers reports whether the portfolio has any customer.
func (u *UI) hasCustomers() bool { return len(u.customers) > 0 }

// builtScreen returns screen id as the window made it, nil when it has
// not made it yet (unlike screen, which makes it).
func (u *UI) builtScreen(id screenID) screen { return u.screens[id] }
