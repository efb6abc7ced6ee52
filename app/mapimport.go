package app

import (
	"context"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

// importWorkbook asks for the plan's workbook the customer sent back
// (made by liftoffctl export xlsx), reads the changes it proposes to the
// plan on screen and shows them to be ticked.
func (s *actionPlanScreen) importWorkbook() {
	if !s.account.HasPlan() {
		return
	}
	w, plan, customer := s.w, s.account.Plan, s.account.Customer.ID
	var changes []planner.PlanChange
	var refused []planner.RowProblem
	w.openFile(w.tr("plan.workbook.reading"), []string{".xlsx"}, func(ctx context.Context, r io.Reader, progress func(float64)) error {
		var err error
		changes, refused, err = export.MapWorkbookChanges(ctx, r, plan)
		return err
	}, func() { s.showWorkbookChanges(customer, changes, refused) })
}

// workbookValue writes the value of a field of change c as the window
// shows it: a status in the window's language, a dash for none.
func (s *actionPlanScreen) workbookValue(c planner.PlanChange, v string) string {
	w := s.w
	switch {
	case v == "":
		return "–"
	case c.Field == planner.FieldStatus:
		return w.planStatusText(planner.Status(v))
	case c.Field == planner.FieldNewAction && c.NewAction != nil:
		a := *c.NewAction
		lines := []string{a.Title, w.tr("plan.workbook.field.status") + ": " + w.planStatusText(a.Status)}
		if a.Owner != "" {
			lines = append(lines, w.tr("plan.workbook.field.owner")+": "+a.Owner)
		}
		if !a.Due.IsZero() {
			lines = append(lines, w.tr("plan.workbook.field.due")+": "+a.Due.String())
		}
		return strings.Join(lines, "\n")
	}
	return v
}

// showWorkbookChanges shows the changes of the customer's workbook side
// by side, before and after, each with a tick, and the refused rows; it
// saves the ticked changes to the plan of customer, in one go, with undo.
func (s *actionPlanScreen) showWorkbookChanges(customer planner.ID, changes []planner.PlanChange, refused []planner.RowProblem) {
	w := s.w
	ticks := make([]*widget.Check, len(changes))
	// Each change is a row: its tick, then item, field, before and after
	// in columns of equal width, as high as the row's longest text.
	rows := container.NewVBox()
	tickWidth := widget.NewCheck("", nil).MinSize().Width
	row := func(lead fyne.CanvasObject, cells ...fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(tickWidth, lead.MinSize().Height), lead), nil,
			container.NewGridWithColumns(len(cells), cells...))
	}
	wrapped := func(text string, bold bool) *widget.Label {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	if len(changes) > 0 {
		rows.Add(row(widget.NewLabel(""), wrapped(w.tr("plan.workbook.col.item"), true), wrapped(w.tr("plan.workbook.col.field"), true),
			wrapped(w.tr("plan.workbook.col.before"), true), wrapped(w.tr("plan.workbook.col.after"), true)))
	}
	for i, c := range changes {
		ticks[i] = widget.NewCheck("", nil)
		ticks[i].SetChecked(true)
		rows.Add(row(ticks[i], wrapped(w.tr("plan.workbook.part."+string(c.Part))+": "+c.Title, false),
			wrapped(w.tr("plan.workbook.field."+string(c.Field)), false),
			wrapped(s.workbookValue(c, c.Before), false), wrapped(s.workbookValue(c, c.After), true)))
	}
	intro := w.tr("plan.workbook.intro")
	if len(changes) == 0 {
		intro = w.tr("plan.workbook.none")
	}
	box := container.NewVBox(widget.NewLabel(intro), rows)
	if len(refused) > 0 {
		box.Add(widget.NewLabelWithStyle(w.tr("plan.workbook.refused"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, r := range refused {
			l := newWrapLabel(w.tr("plan.workbook.refusedRow", r.Sheet, r.Row, w.sentence(r.Reason)))
			l.Importance = widget.WarningImportance
			box.Add(l)
		}
	}
	scroll := container.NewVScroll(box)
	scroll.SetMinSize(fyne.NewSize(880, 400))
	var d *dialog.CustomDialog
	cancel := widget.NewButton(w.tr("action.cancel"), func() { d.Hide() })
	apply := widget.NewButton(w.tr("plan.workbook.apply"), func() {
		var chosen []planner.PlanChange
		for i, t := range ticks {
			if t.Checked {
				chosen = append(chosen, changes[i])
			}
		}
		if err := s.applyWorkbookChanges(customer, chosen); err != nil {
			w.showError(err)
			return
		}
		d.Hide()
	})
	apply.Importance = widget.HighImportance
	if len(changes) == 0 {
		apply.Disable()
	}
	d = dialog.NewCustomWithoutButtons(w.tr("plan.workbook.title"), scroll, w.Window())
	d.SetButtons([]fyne.CanvasObject{cancel, apply})
	d.Show()
}

// applyWorkbookChanges saves changes to the plan of customer as it is
// stored now, all of them or none, and offers to undo them.
func (s *actionPlanScreen) applyWorkbookChanges(customer planner.ID, changes []planner.PlanChange) error {
	if len(changes) == 0 {
		return nil
	}
	w, store := s.w, s.store
	acct, err := store.Account(customer)
	if err != nil {
		return fmt.Errorf("read the plan: %w", err)
	}
	before := acct.Plan
	after, err := planner.ApplyPlanChanges(before, changes)
	if err != nil {
		return err
	}
	if after, err = store.PutPlan(after); err != nil {
		return fmt.Errorf("save the customer's changes: %w", err)
	}
	label := w.tr("plan.workbook.undo")
	pushRewrite(w, label, func(plan planner.ActionPlan) error {
		_, err := store.PutPlan(plan)
		return err
	}, before, after, func() error {
		return checkRedo(w, store, customer, label, func(acct planner.Account) bool { return !sameStored(acct.Plan, before) })
	}, fmt.Sprintf("restore the plan %q", before.Title), "save the customer's changes again")
	return nil
}

// workbookButton returns the button of the Action plan screen with the
// customer's workbook: made for the customer, or read back.
func (s *actionPlanScreen) workbookButton() *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon(s.w.tr("plan.workbook.menu"), theme.GridIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(s.w.tr("plan.workbook.export"), s.exportWorkbook),
			fyne.NewMenuItem(s.w.tr("plan.workbook.import"), s.importWorkbook))
		c := fyne.CurrentApp().Driver().CanvasForObject(b)
		if c == nil {
			return
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).AddXY(0, b.Size().Height)
		widget.ShowPopUpMenuAtPosition(menu, c, pos)
	})
	return b
}

// exportWorkbook saves the plan on screen as the workbook the customer
// updates (export.MapWorkbook), named like the documents:
// "<customer> - <title> - <day>.xlsx".
func (s *actionPlanScreen) exportWorkbook() {
	if !s.account.HasPlan() {
		return
	}
	w, acct := s.w, s.account
	opts := w.exportOptions()
	title := w.tr("plan.workbook.fileTitle")
	name := strings.Join([]string{safeFileName(acct.Customer.Name), safeFileName(title), w.today().String()}, " - ") + ".xlsx"
	w.saveFile(name, w.tr("export.progress", name), func(ctx context.Context, w io.Writer, progress func(float64)) error {
		progress(0.1)
		return export.MapWorkbook(w, acct, opts)
	}, w.showSavedNotice)
}
