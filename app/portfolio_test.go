package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/liftoff-app/liftoff/planner"
)

// portfolioOf opens the portfolio screen and returns it.
func portfolioOf(t *testing.T, u *UI) *portfolioScreen {
	t.Helper()
	u.showScreen(screenPortfolio)
	u.waitIdle() // the health is worked out off the UI goroutine
	return u.screens[screenPortfolio].(*portfolioScreen)
}

// shownNames returns the customer names of the portfolio rows shown.
func shownNames(s *portfolioScreen) []string {
	var out []string
	for _, i := range s.shown {
		out = append(out, s.rows[i].row.Customer.Name)
	}
	return out
}

func TestPortfolioSearchAsYouType(t *testing.T) {
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"Contoso Health", "Kookaburra Bank", "Müller GmbH", "Northwind Outfitters", "Øresund Energi A/S", "株式会社サクラ電機"}},
		{"europe", []string{"Müller GmbH", "Øresund Energi A/S"}},
		{"EXPERT", []string{"Contoso Health", "Øresund Energi A/S"}},
		{"japan", []string{"株式会社サクラ電機"}},
		{"mül", []string{"Müller GmbH"}},
		{"no such customer", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			u, _ := newTestUI(t)
			s := portfolioOf(t, u)
			test.Type(s.search, tt.query)
			if got := shownNames(s); !slices.Equal(got, tt.want) {
				t.Errorf("search %q shows %q, want %q", tt.query, got, tt.want)
			}
			rows, _ := s.table.Length()
			if rows != len(tt.want) {
				t.Errorf("search %q: the table has %d rows, want %d", tt.query, rows, len(tt.want))
			}
		})
	}
}

func TestPortfolioRendersRows(t *testing.T) {
	u, _ := newTestUI(t)
	s := portfolioOf(t, u)
	test.Type(s.search, "europe")
	test.AssertObjectRendersToMarkup(t, "portfolio.xml", s.object())
}

func TestPortfolioSortsByTappedHeader(t *testing.T) {
	u, _ := newTestUI(t)
	s := portfolioOf(t, u)
	s.sortBy(colOverdue)
	overdue := func() []int {
		var out []int
		for _, i := range s.shown {
			out = append(out, s.rows[i].row.OverdueActions)
		}
		return out
	}
	if got := overdue(); !slices.IsSorted(got) {
		t.Errorf("sorted by overdue, ascending: %v", got)
	}
	s.sortBy(colOverdue)
	if got := overdue(); !slices.IsSortedFunc(got, func(a, b int) int { return b - a }) {
		t.Errorf("sorted by overdue, descending: %v", got)
	}
}

func TestPortfolioRowOpensCustomer(t *testing.T) {
	u, db := newTestUI(t)
	s := portfolioOf(t, u)
	test.Type(s.search, "kookaburra")
	s.table.Select(widgetCell(0, int(colName)))
	want := customerNamed(t, db, "Kookaburra Bank")
	if u.focus() != want.ID || u.current != screenCustomer {
		t.Fatalf("after tapping the row: focus %v on %s, want %v on %s", u.focus(), u.current, want.ID, screenCustomer)
	}
}

func TestPortfolioAddCustomerThroughForm(t *testing.T) {
	u, db := newTestUI(t)
	s := portfolioOf(t, u)
	test.Tap(s.add)
	f := u.customerForm
	if f == nil {
		t.Fatal("New customer opened no form")
	}
	test.Type(f.name, "Acme Rockets")
	f.region.SetSelected("Asia-Pacific")
	for _, check := range f.solutions {
		if check.Text == "Analytics" || check.Text == "Target" {
			test.Tap(check)
		}
	}
	test.Type(f.team[0].email, "not-an-address")
	if list := pressSave(f.fd); list == "" || u.customerForm != f {
		t.Fatal("Save closed the form with a malformed e-mail address")
	}
	if err := shownAt(f.form, f.team[0].email); err == nil {
		t.Error("the TAM e-mail entry shows no problem")
	}
	retype(f.team[0].email, "tam@liftoff.example")
	if list := f.form.general.Text; list != "" {
		t.Fatalf("the fixed address still shows %q", list)
	}
	test.Tap(f.save)
	if u.customerForm != nil {
		t.Fatal("the form stays open after Save")
	}
	c := customerNamed(t, db, "Acme Rockets")
	if c.Region != "apac" || len(c.Membership.Solutions) != 2 || c.Team.TAM.Email != "tam@liftoff.example" {
		t.Errorf("stored %+v", c)
	}
	if u.focus() != c.ID {
		t.Error("the new customer is not in focus")
	}
	test.Type(s.search, "acme")
	if got := shownNames(s); !slices.Equal(got, []string{"Acme Rockets"}) {
		t.Errorf("portfolio shows %q after adding", got)
	}
}

func TestPortfolioAddOnRules(t *testing.T) {
	u, _ := newTestUI(t)
	f := u.openCustomerForm(u.newCustomerDefaults(), true)
	f.tier.SetSelected("Expert Success")
	for i, a := range u.cat.AddOns {
		_, notOnExpert := map[string]bool{"technical-account-director": true}[a.ID]
		if notOnExpert && !f.addOns[i].Disabled() {
			t.Errorf("%s can be ticked on Expert", a.Name)
		}
		if notOnExpert && f.addOnReasons[i].Text == "" {
			t.Errorf("%s gives no reason it cannot be bought", a.Name)
		}
	}
}

func TestPortfolioDeleteAndUndo(t *testing.T) {
	u, db := newTestUI(t)
	s := portfolioOf(t, u)
	victim := customerNamed(t, db, "Northwind Outfitters")
	before := storedAccount(t, db, victim.ID)
	test.Type(s.search, "northwind")
	u.deleteCustomer(victim)
	tapButton(t, u, "Delete")
	if _, err := db.Account(victim.ID); err == nil {
		t.Fatal("the customer is still stored after Delete")
	}
	if got := shownNames(s); len(got) != 0 {
		t.Errorf("the portfolio still shows %q", got)
	}
	if !u.undoBar.Visible() {
		t.Error("no Undo bar after the delete")
	}
	shortcut(u, &fyne.ShortcutUndo{})
	after, err := db.Account(victim.ID)
	if err != nil {
		t.Fatalf("Ctrl+Z did not bring the customer back: %v", err)
	}
	if len(after.Activities) != len(before.Activities) || len(after.Engagements) != len(before.Engagements) {
		t.Errorf("undo restored %d activities and %d engagements, want %d and %d",
			len(after.Activities), len(after.Engagements), len(before.Activities), len(before.Engagements))
	}
	if got := shownNames(s); !slices.Equal(got, []string{"Northwind Outfitters"}) {
		t.Errorf("after undo the portfolio shows %q", got)
	}
}

func TestPortfolioEmptyState(t *testing.T) {
	cat := catalogForTest()
	u, _ := newTestUIWith(t, cat, openTestStore(t, cat, false))
	s := portfolioOf(t, u)
	if !s.empty.Visible() || s.table.Visible() {
		t.Fatal("an empty portfolio shows no empty state")
	}
	// The first start offers the sample portfolio.
	tapButton(t, u, "Load sample portfolio")
	u.waitIdle()
	if len(s.rows) != 6 {
		t.Fatalf("after loading the sample the portfolio has %d rows, want 6", len(s.rows))
	}
	if s.empty.Visible() {
		t.Error("the empty state stays after loading the sample")
	}
}

// TestPortfolioColumnsFitTheWindow checks, with Liftoff's own theme at the
// sizes the README's screenshots and a small laptop use, that the table
// needs no sideways scrolling and that no text is cut but the next
// activity's, which takes what room is left.
func TestPortfolioColumnsFitTheWindow(t *testing.T) {
	tests := []struct {
		size    fyne.Size
		dropped []portfolioColumn
	}{
		{fyne.NewSize(1440, 900), nil},
		{fyne.NewSize(1024, 700), []portfolioColumn{colActions, colRegion, colTier, colPhase}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%vx%v", tt.size.Width, tt.size.Height), func(t *testing.T) {
			cat := catalogForTest()
			a := test.NewTempApp(t)
			u, err := Build(Options{App: a, Catalog: cat, Store: openTestStore(t, cat, true), Now: testNow, Language: "en",
				ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), Theme: newTheme(themeLight), queueCalls: true})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(u.Close)
			u.window.Resize(tt.size)
			s := portfolioOf(t, u)
			for _, c := range tt.dropped {
				if slices.Contains(s.columns, c) {
					t.Errorf("column %d is shown; the window is too narrow for it", c)
				}
			}
			if len(s.columns)+len(tt.dropped) != int(portfolioColumns) {
				t.Errorf("shows columns %v, want all but %v", s.columns, tt.dropped)
			}
			total := float32(0)
			for _, c := range s.columns {
				total += s.widths[c] + theme.Padding()
			}
			if total > s.table.Size().Width {
				t.Errorf("the columns take %v, the table is %v wide: it scrolls sideways", total, s.table.Size().Width)
			}
			if s.widths[colNext] < minNextColumnWidth {
				t.Errorf("the next activity gets %v, less than %v", s.widths[colNext], minNextColumnWidth)
			}
			for _, i := range s.shown {
				v := &s.rows[i]
				for _, c := range s.columns {
					if c == colActions || c == colNext {
						continue
					}
					if got := s.fitted(v, c, cellStyle(c)); got != v.cells[c] {
						t.Errorf("%s: column %d shows %q of %q", v.row.Customer.Name, c, got, v.cells[c])
					}
				}
			}
		})
	}
}

func TestPortfolioShortLabels(t *testing.T) {
	u, db := newTestUI(t)
	s := portfolioOf(t, u)
	tests := []struct {
		customer, tier, region string
	}{
		{"Müller GmbH", "Ultimate", "EMEA"},
		{"Contoso Health", "Expert", "Americas"},
		{"Kookaburra Bank", "Ultimate", "APAC"},
		{"株式会社サクラ電機", "Ultimate", "Japan"},
	}
	for _, tt := range tests {
		c := customerNamed(t, db, tt.customer)
		i := slices.IndexFunc(s.rows, func(v portfolioRowView) bool { return v.row.Customer.ID == c.ID })
		if i < 0 {
			t.Fatalf("no row for %s", tt.customer)
		}
		if got := s.rows[i].cells[colTier]; got != tt.tier {
			t.Errorf("%s: tier %q, want %q", tt.customer, got, tt.tier)
		}
		if got := s.rows[i].cells[colRegion]; got != tt.region {
			t.Errorf("%s: region %q, want %q", tt.customer, got, tt.region)
		}
	}
	// A catalog ID without a short label shows the catalog's name.
	other := planner.Customer{Region: "mars", Membership: planner.Membership{Tier: "platinum"}}
	if got := u.shortRegionName(other); got != "mars" {
		t.Errorf("unknown region shown as %q", got)
	}
	if got := u.shortTierName(other); got != "platinum" {
		t.Errorf("unknown tier shown as %q", got)
	}
	// Searching still finds the full names.
	test.Type(s.search, "middle east")
	if got := shownNames(s); !slices.Equal(got, []string{"Müller GmbH", "Øresund Energi A/S"}) {
		t.Errorf("search for the full region name shows %q", got)
	}
}

// unreadablePortfolio is a portfolio store whose every read fails with err.
type unreadablePortfolio struct{ err error }

func (p unreadablePortfolio) Portfolio(planner.Date) ([]planner.PortfolioRow, error) {
	return nil, p.err
}
func (p unreadablePortfolio) Customers() ([]planner.Customer, error) { return nil, p.err }
func (p unreadablePortfolio) Accounts() ([]planner.Account, error)   { return nil, p.err }
func (p unreadablePortfolio) Activities(from, to planner.Date) ([]planner.Activity, error) {
	return nil, p.err
}

func TestPortfolioThatCannotBeReadSaysSoOnce(t *testing.T) {
	u, _ := newTestUI(t)
	w := &errorRecordingWindow{UI: u}
	s := newPortfolioScreen(w, unreadablePortfolio{errLockedDB}, u.cat).(*portfolioScreen)
	s.show(planner.ID{})
	u.waitIdle()
	if len(w.shown) != 1 || !errors.Is(w.shown[0], errLockedDB) || !strings.Contains(w.shown[0].Error(), "read the portfolio") {
		t.Fatalf("the window was to show %v, want the portfolio's read failing once", w.shown)
	}
	if len(s.rows) != 0 || len(s.shown) != 0 {
		t.Errorf("the screen lists %d rows of a portfolio it could not read", len(s.shown))
	}
}
