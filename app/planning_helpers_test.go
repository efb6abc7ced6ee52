package app

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// planningUI is the window of the tests (newTestUI: the sample
// portfolio at testNow) with what the planning screens' tests need.
type planningUI struct {
	*UI
	db       *storage.DB
	accounts []planner.Account
}

// settle waits for the work off the UI goroutine and shows its results,
// as the window's event loop would (see Options.queueCalls).
func (p *planningUI) settle() { p.waitIdle() }

// newQuarter returns the quarter screen.
func (p *planningUI) newQuarter(u *UI) screen { return newQuarterScreen(u, u.store, u.cat) }

// newPlanningUI builds the test window and reads back the sample
// portfolio it holds.
func newPlanningUI(t testing.TB) *planningUI {
	t.Helper()
	u, db := newTestUI(t)
	return planningUIOn(t, u, db)
}

// planningUIOn returns window u on database db as a planningUI, with the
// accounts db holds read back.
func planningUIOn(t testing.TB, u *UI, db *storage.DB) *planningUI {
	t.Helper()
	customers, err := db.Customers()
	if err != nil {
		t.Fatalf("read customers: %v", err)
	}
	p := &planningUI{UI: u, db: db}
	for _, c := range customers {
		p.accounts = append(p.accounts, p.account(t, c.ID))
	}
	return p
}

// planScreenWithoutPlan opens the action plan screen on the first sample
// account without an action plan and returns both; the test fails when
// every sample account has a plan.
func (p *planningUI) planScreenWithoutPlan(t testing.TB) (planner.Account, *actionPlanScreen) {
	t.Helper()
	for _, a := range p.accounts {
		if !a.HasPlan() {
			return a, p.open(screenActionPlan, actionPlanScreenOf, a.Customer.ID).(*actionPlanScreen)
		}
	}
	t.Fatal("every sample customer has a plan")
	return planner.Account{}, nil
}

// benchmarkShowEachCustomer measures screen s showing the customers of p
// in turn, as when the customer in focus changes.
func benchmarkShowEachCustomer(b *testing.B, p *planningUI, s screen) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		s.show(p.accounts[i%len(p.accounts)].Customer.ID)
		i++
	}
}

// checkDeliverableExport writes deliverable d of subject sub, named what in
// the messages, and checks that it is a PDF; then it taps exportBtn and
// checks that a save dialog opens.
func checkDeliverableExport(t *testing.T, p *planningUI, what string, d deliverable, sub deliverableSubject, exportBtn *widget.Button) {
	t.Helper()
	var buf bytes.Buffer
	if err := p.deliverables.writer(d, sub)(context.Background(), &buf, p.exportOptions()); err != nil {
		t.Fatalf("write %s: %v", what, err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("%s starts %q, not a PDF", what, buf.Bytes()[:min(8, buf.Len())])
	}
	test.Tap(exportBtn)
	if p.window.Canvas().Overlays().Top() == nil {
		t.Fatal("Export opened no save dialog")
	}
}

// open shows screen id, built by make, with customer in focus.
func (p *planningUI) open(id screenID, make func(*UI) screen, customer planner.ID) screen {
	s := make(p.UI)
	p.makers[id] = func(*UI) screen { return s }
	p.screens[id] = s
	p.setFocus(customer)
	p.switchTo(id)
	p.settle()
	return s
}

// account returns the stored account of customer id.
func (p *planningUI) account(t testing.TB, id planner.ID) planner.Account {
	t.Helper()
	return storedAccount(t, p.db, id)
}

// storedAccount returns the account of customer id as db holds it.
func storedAccount(t testing.TB, db *storage.DB, id planner.ID) planner.Account {
	t.Helper()
	a, err := db.Account(id)
	if err != nil {
		t.Fatalf("read account %s: %v", id, err)
	}
	return a
}

// undoKey presses Ctrl+Z in the window.
func (p *planningUI) undoKey() {
	typeShortcut(p.window.Canvas(), &fyne.ShortcutUndo{})
}

// planChoose picks the option shown as text in sel the way a user does:
// tap the select, then tap the option in the menu that opens.
func planChoose(t testing.TB, w fyne.Window, sel *widget.Select, text string) {
	t.Helper()
	if !slices.Contains(sel.Options, text) {
		t.Fatalf("select has no option %q (has %q)", text, sel.Options)
	}
	test.Tap(sel)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("tapping the select opened no menu")
	}
	// Objects come parent first: the menu item of a text is the last
	// tappable seen before it.
	var item fyne.Tappable
	for _, o := range test.LaidOutObjects(top) {
		if tp, ok := o.(fyne.Tappable); ok {
			item = tp
		}
		if txt, ok := o.(*canvas.Text); ok && txt.Text == text && txt.Visible() && item != nil {
			test.Tap(item)
			if sel.Selected != text {
				t.Fatalf("tapped %q in the menu but the select shows %q", text, sel.Selected)
			}
			return
		}
	}
	t.Fatalf("option %q not in the open menu", text)
}

// planType replaces the text of entry the way a user does: focus it,
// select all, type.
func planType(w fyne.Window, e *widget.Entry, text string) {
	w.Canvas().Focus(e)
	retype(e, text)
}

// planTapDialogButton taps the button labelled text in the top overlay (a
// dialog), reporting whether it found one.
func planTapDialogButton(w fyne.Window, text string) bool {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			test.Tap(b)
			return true
		}
	}
	return false
}

// planOverlayTexts returns every text shown in the top overlay.
func planOverlayTexts(w fyne.Window) []string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	var out []string
	for _, o := range test.LaidOutObjects(top) {
		if txt, ok := o.(*canvas.Text); ok && txt.Visible() {
			out = append(out, txt.Text)
		}
	}
	return out
}

// planFormEntries returns the text inputs of a planning form by field key.
func planFormEntries(f *fieldForm) map[string]*widget.Entry {
	out := map[string]*widget.Entry{}
	for _, fld := range f.fields {
		switch in := fld.input.(type) {
		case *formEntry:
			out[fld.key] = &in.Entry
		case *widget.Entry:
			out[fld.key] = in
		case *widget.SelectEntry:
			out[fld.key] = &in.Entry
		case *formSelectEntry:
			out[fld.key] = &in.Entry
		}
	}
	return out
}

// planFormSelects returns the selects of a planning form by field key.
func planFormSelects(f *fieldForm) map[string]*widget.Select {
	out := map[string]*widget.Select{}
	for _, fld := range f.fields {
		switch sel := fld.input.(type) {
		case *widget.Select:
			out[fld.key] = sel
		case *formSelect:
			out[fld.key] = &sel.Select
		}
	}
	return out
}
