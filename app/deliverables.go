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

// label returns the deliverable's name in the window's language.
func (u *UI) deliverableLabel(d deliverable) string { return u.tr("deliverables." + d.id) }

// deliverableProblem returns what deliverable d still needs before it can
// be made about subject, in the window's language, or "" when it can be
// made. customer tells whether a customer is in focus.
func (u *UI) deliverableProblem(d deliverable, s deliverableSubject, customer bool) string {
	if d.portfolio {
		if len(u.customers) == 0 {
			return u.tr("deliverables.needs.customers")
		}
		return ""
	}
	if !customer {
		return u.tr("deliverables.needs.customer")
	}
	c := s.account.Customer
	switch d.kind {
	case export.KindKickoff, export.KindAssessment, export.KindSummary:
		if len(s.account.Engagements) == 0 {
			return u.tr("deliverables.needs.engagement", c.Name)
		}
	case export.KindActionPlan:
		if s.account.HasPlan() {
			return ""
		}
		if t, ok := planner.CustomerCatalog(u.cat, c).Tier(c.Membership.Tier); ok && !t.Proactive {
			return u.tr("deliverables.needs.tierPlan", t.Name)
		}
		return u.tr("deliverables.needs.plan", c.Name)
	}
	return ""
}

// focusSubject returns what the Deliverables menu's documents are about
// now: the customer in focus (false when none), the engagement the
// Engagement screen shows of it, and the quarter the Quarter screen shows.
func (u *UI) focusSubject() (deliverableSubject, bool, error) {
	s := deliverableSubject{quarter: planner.QuarterOf(u.today())}
	if q, ok := u.screens[screenQuarter].(*quarterScreen); ok && q.quarter.Valid() {
		s.quarter = q.quarter
	}
	c, ok := u.focusedCustomer()
	if !ok {
		return s, false, nil
	}
	acct, err := u.store.Account(c.ID)
	if err != nil {
		return s, true, fmt.Errorf("read %s: %w", c.Name, err)
	}
	s.account = acct
	if e, ok := u.screens[screenEngagement].(*engagementScreen); ok && e.customer == c.ID {
		s.engagement = e.engagement().ID
	}
	return s, true, nil
}

// chooseDeliverable is a Deliverables menu entry: it makes deliverable d
// about the customer in focus, or says what it still needs.
func (u *UI) chooseDeliverable(d deliverable) {
	s, customer, err := u.focusSubject()
	if err != nil {
		u.showError(err)
		return
	}
	if problem := u.deliverableProblem(d, s, customer); problem != "" {
		u.showMessage(u.deliverableLabel(d), problem)
		return
	}
	u.exportDeliverable(d, s)
}

// exportDeliverable makes deliverable d about s and asks where to save
// it; the Deliverables menu and the screens' export buttons both call it.
func (u *UI) exportDeliverable(d deliverable, s deliverableSubject) {
	u.exportPDF(u.deliverableFileName(d, s), u.deliverableWriter(d, s))
}

// deliverableWriter returns what writes deliverable d about s. The
// quarterly plan of the portfolio reads the accounts when s has none.
func (u *UI) deliverableWriter(d deliverable, s deliverableSubject) func(ctx context.Context, w io.Writer, opts export.Options) error {
	cat, store := u.cat, u.store
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

// deliverableFileName returns the name a deliverable is offered to be
// saved as: "<customer> - <document title> - <date>.pdf", the title in
// the document's language (the customer's, else the window's), the
// quarter after the title of a quarterly plan, and the date as
// 2026-11-26, which sorts.
func (u *UI) deliverableFileName(d deliverable, s deliverableSubject) string {
	language := u.text.Language()
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
	parts := []string{title, u.today().String()}
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

// deliverableMenu returns the Deliverables menu: an entry for every
// deliverable, about the customer in focus.
func (u *UI) deliverableMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, d := range deliverableList() {
		if d.kind == export.KindActionPlan || d.kind == export.KindEntitlements {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		items = append(items, fyne.NewMenuItem(u.deliverableLabel(d)+"…", func() { u.chooseDeliverable(d) }))
	}
	return fyne.NewMenu(u.tr("menu.deliverables"), items...)
}

// openDeliverableChooser is File > Export… (Ctrl+E): the Deliverables
// menu's choices in a small dialog, each with what it still needs under
// it when it cannot be made now. The deliverable of the screen shown
// comes first in importance.
func (u *UI) openDeliverableChooser() *dialog.CustomDialog {
	s, customer, err := u.focusSubject()
	if err != nil {
		u.showError(err)
		return nil
	}
	preferred := u.screenDeliverable()
	var d *dialog.CustomDialog
	list := container.NewVBox()
	for _, it := range deliverableList() {
		btn := widget.NewButton(u.deliverableLabel(it)+"…", func() {
			d.Hide()
			u.exportDeliverable(it, s)
		})
		btn.Alignment = widget.ButtonAlignLeading
		list.Add(btn)
		if problem := u.deliverableProblem(it, s, customer); problem != "" {
			btn.Disable()
			why := widget.NewLabel(problem)
			why.Wrapping = fyne.TextWrapWord
			why.Importance = widget.LowImportance
			why.SizeName = theme.SizeNameCaptionText
			list.Add(why)
			continue
		}
		if it == preferred {
			btn.Importance = widget.HighImportance
		}
	}
	title := u.tr("deliverables.chooser.title")
	if c, ok := u.focusedCustomer(); ok {
		title = u.tr("deliverables.chooser.titleFor", c.Name)
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(440, min(list.MinSize().Height, 480)))
	d = dialog.NewCustom(title, u.tr("action.cancel"), scroll, u.window)
	d.Show()
	return d
}

// screenDeliverable returns the deliverable the screen shown is about
// (the phase's deliverable on the Engagement screen), or a zero one.
func (u *UI) screenDeliverable() deliverable {
	switch s := u.screens[u.current].(type) {
	case *engagementScreen:
		if k := s.editor.exportKind(); k != "" {
			return deliverableOf(k)
		}
		return deliverableOf(export.KindKickoff)
	case *actionPlanScreen:
		return deliverableOf(export.KindActionPlan)
	case *quarterScreen:
		return deliverable{id: "portfolioQuarter", kind: export.KindQuarter, portfolio: true}
	case *customerScreen:
		return deliverableOf(export.KindEntitlements)
	}
	return deliverable{}
}
