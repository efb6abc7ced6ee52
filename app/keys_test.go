package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/planner"
)

// pressKey types key into the widget focused in the window.
func pressKey(t *testing.T, u *UI, key fyne.KeyName) {
	t.Helper()
	f := u.window.Canvas().Focused()
	if f == nil {
		t.Fatalf("nothing has the focus to type %s into", key)
	}
	f.TypedKey(&fyne.KeyEvent{Name: key})
}

// arrowTo presses arrow keys in the focused quarter grid until block id
// is chosen, as a user finds an activity with the keyboard.
func arrowTo(t *testing.T, u *UI, g *widgets.QuarterGrid, id string) {
	t.Helper()
	row, i, ok := g.FindBlock(id)
	if !ok {
		t.Fatalf("block %s is not in the grid", id)
	}
	target := widgets.GridCell{Row: row, Week: g.Rows()[row].Blocks[i].Week}
	for range 400 {
		if g.Selected() == id {
			return
		}
		cur, ok := g.Current()
		if !ok {
			t.Fatal("the grid has no current cell")
		}
		switch {
		case cur.Row < target.Row, cur.Row == target.Row && cur.Week == target.Week:
			pressKey(t, u, fyne.KeyDown)
		case cur.Row > target.Row:
			pressKey(t, u, fyne.KeyUp)
		case cur.Week < target.Week:
			pressKey(t, u, fyne.KeyRight)
		default:
			pressKey(t, u, fyne.KeyLeft)
		}
	}
	t.Fatalf("the arrow keys did not reach block %s", id)
}

func TestQuarterGridByKeyboardOnly(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, to := planMovableActivity(t, p, s)
	c := p.window.Canvas()

	// Tab from the toolbar reaches the grid.
	c.Focus(s.exportBtn)
	c.FocusNext()
	if c.Focused() != fyne.Focusable(s.grid) {
		t.Fatalf("Tab after Export focuses %T, want the quarter grid", c.Focused())
	}
	arrowTo(t, p.UI, s.grid, a.ID.String())
	if s.selected != a.ID.String() || s.moveBtn.Disabled() {
		t.Fatalf("the arrows chose %q but the panel shows %q", a.ID, s.selected)
	}

	// Enter opens the activity's form.
	pressKey(t, p.UI, fyne.KeyReturn)
	if s.dialog == nil || !s.dialog.open {
		t.Fatal("Enter on an activity opened no form")
	}
	s.dialog.close()
	c.Focus(s.grid)

	// Alt+Right moves it a week later, as a drag does.
	shortcut(p.UI, &desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: widgets.GridMoveModifier})
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != to {
		t.Fatalf("after Alt+Right %s is stored on %s, want %s", a.ID, got, to)
	}
	if s.grid.Selected() != a.ID.String() || c.Focused() != fyne.Focusable(s.grid) {
		t.Errorf("after the move the grid chooses %q (focused %v), want the moved activity", s.grid.Selected(), c.Focused() == fyne.Focusable(s.grid))
	}
	shortcut(p.UI, &fyne.ShortcutUndo{})
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != a.Date {
		t.Fatalf("after Ctrl+Z %s is on %s, want %s again", a.ID, got, a.Date)
	}
	shortcut(p.UI, &fyne.ShortcutRedo{})
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != to {
		t.Fatalf("after Ctrl+Y %s is on %s, want %s again", a.ID, got, to)
	}

	// Delete removes it as the Delete button does; Ctrl+Z puts it back.
	c.Focus(s.grid)
	arrowTo(t, p.UI, s.grid, a.ID.String())
	pressKey(t, p.UI, fyne.KeyDelete)
	p.settle()
	if slices.ContainsFunc(p.account(t, a.CustomerID).Activities, func(x planner.Activity) bool { return x.ID == a.ID }) {
		t.Fatal("Delete left the activity stored")
	}
	shortcut(p.UI, &fyne.ShortcutUndo{})
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != to {
		t.Fatalf("after Ctrl+Z the deleted activity is on %s, want %s", got, to)
	}
}

func TestQuarterGridEmptyCellByKeyboard(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	c := p.window.Canvas()
	c.Focus(s.grid)
	// Find an empty week after tomorrow along the first row.
	after := p.today().AddDays(1)
	for range len(s.grid.Weeks()) {
		cur, _ := s.grid.Current()
		if s.grid.Selected() == "" && s.data.workload.Weeks[cur.Week].Week.Monday.After(after) {
			break
		}
		pressKey(t, p.UI, fyne.KeyRight)
	}
	cur, ok := s.grid.Current()
	monday := s.data.workload.Weeks[cur.Week].Week.Monday
	if !ok || s.grid.Selected() != "" || !monday.After(after) {
		t.Skip("the first row has no empty week after tomorrow")
	}
	row := s.data.accounts[cur.Row].Customer
	want := p.tr("keys.quarter.empty", row.Name, monday.String())
	if s.detail.Text != want || !s.moveBtn.Disabled() {
		t.Fatalf("the panel shows %q (Move enabled %v), want %q", s.detail.Text, !s.moveBtn.Disabled(), want)
	}
	test.AssertImageMatches(t, "keys/quarter_empty_cell.png", c.Capture())

	// Enter schedules into the week: the catalog opens with the
	// customer in focus, and the schedule dialog proposes a day of it.
	pressKey(t, p.UI, fyne.KeyReturn)
	p.settle()
	if p.current != screenCatalog || p.focus() != row.ID {
		t.Fatalf("Enter on the empty week of %s shows %v with %s in focus, want the catalog", row.Name, p.current, p.focus())
	}
	cat := p.screens[screenCatalog].(*catalogScreen)
	c.Focus(cat.list)
	for i := 0; i < len(cat.shown) && (cat.schedule.Disabled() || !cat.schedule.Visible()); i++ {
		pressKey(t, p.UI, fyne.KeyReturn)
		pressKey(t, p.UI, fyne.KeyDown)
	}
	if cat.schedule.Disabled() {
		t.Fatalf("no catalog item can be scheduled for %s", row.Name)
	}
	test.Tap(cat.schedule)
	d := p.scheduleDialog
	if d == nil {
		t.Fatal("Schedule opened no dialog")
	}
	day, err := p.parseDay(d.date.Text)
	if err != nil || day.Before(monday) || day.After(monday.AddDays(6)) {
		t.Fatalf("the dialog proposes %q, want a day of the week of %s", d.date.Text, monday)
	}
}

func TestPortfolioByKeyboard(t *testing.T) {
	u, _ := newTestUI(t)
	s := portfolioOf(t, u)
	u.waitIdle()
	c := u.window.Canvas()
	// Tab goes from the search field past New customer to the table.
	c.Focus(s.search)
	c.FocusNext()
	if c.Focused() != fyne.Focusable(s.add) {
		t.Fatalf("Tab after the search field focuses %T, want New customer", c.Focused())
	}
	c.FocusNext()
	if c.Focused() != fyne.Focusable(s.table) {
		t.Fatalf("Tab after New customer focuses %T, want the table", c.Focused())
	}
	if len(s.shown) < 2 {
		t.Fatal("the portfolio shows fewer than two customers")
	}
	want := s.rows[s.shown[1]].row.Customer
	pressKey(t, u, fyne.KeyDown)
	pressKey(t, u, fyne.KeyReturn)
	u.waitIdle()
	if u.current != screenCustomer || u.focus() != want.ID {
		t.Fatalf("Down and Enter show screen %v with %s in focus, want the customer screen of %s", u.current, u.focus(), want.Name)
	}
}

func TestCatalogListByKeyboard(t *testing.T) {
	u, _ := newTestUI(t)
	s := catalogOf(t, u)
	u.waitIdle()
	c := u.window.Canvas()
	c.Focus(s.list)
	if len(s.shown) < 3 {
		t.Fatal("the catalog lists fewer than three items")
	}
	pressKey(t, u, fyne.KeyDown)
	pressKey(t, u, fyne.KeyDown)
	pressKey(t, u, fyne.KeyEnter)
	if s.selected != s.shown[2] {
		t.Fatalf("Down, Down, Enter chose entry %d, want %d (%s)", s.selected, s.shown[2], s.entries[s.shown[2]].item.ID)
	}
}

func TestEveryScreenHasItsShortcut(t *testing.T) {
	u, _ := newTestUI(t)
	for i, id := range screenOrder() {
		shortcut(u, ctrl(fyne.KeyName(string(rune('1'+i)))))
		u.waitIdle()
		if u.current != id {
			t.Errorf("Ctrl+%d shows screen %v, want %v", i+1, u.current, id)
		}
	}
	if n := len(screenOrder()); n != 8 {
		t.Errorf("%d screens, want Ctrl+1..8 for 8", n)
	}
}
