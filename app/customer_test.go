package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// customerOf puts the named customer in focus and opens its overview.
func customerOf(t *testing.T, u *UI, c planner.Customer) *customerScreen {
	t.Helper()
	return shownOn[*customerScreen](u, screenCustomer, c.ID)
}

func TestCustomerOverviewShowsMembershipAndAllowances(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	s := customerOf(t, u, c)
	if !strings.Contains(s.membership.Text, "Ultimate Success") {
		t.Errorf("membership reads %q", s.membership.Text)
	}
	acc := storedAccount(t, db, c.ID)
	// The sample's Müller GmbH: delivered, committed and proposed
	// accelerators this contract year; left takes off delivered and
	// committed only.
	use := planner.AllowanceUse(u.cat, acc.Customer, acc.Activities, u.today())
	if want := (planner.Consumption[int]{Allowed: 10, Delivered: 6, Committed: 1, Proposed: 1}); use.Accelerators != want {
		t.Errorf("accelerators %+v, want %+v", use.Accelerators, want)
	}
	if want := "3 of 10 left\n6 delivered · 1 committed · 1 proposed"; s.accText.Text != want {
		t.Errorf("accelerator consumption reads %q, want %q", s.accText.Text, want)
	}
	if s.accBar.Value != 7 {
		t.Errorf("accelerator bar at %g, want delivered and committed, 7", s.accBar.Value)
	}
	test.AssertObjectRendersToMarkup(t, "customer.xml", s.object())
}

func TestCustomerEntitlementMatrixFilters(t *testing.T) {
	u, db := newTestUI(t)
	s := customerOf(t, u, customerNamed(t, db, "Øresund Energi A/S"))
	headers := 0
	for _, r := range s.entitlements {
		if r.header != "" {
			headers++
		}
	}
	if headers != 4 {
		t.Errorf("the matrix has %d groups, want 4 (accelerators, field activities, proactive services, add-ons)", headers)
	}
	s.statusFilter.SetSelected(u.statusName(planner.NotAvailable))
	if len(s.entitlements) == 0 {
		t.Fatal("an Expert customer has nothing not available")
	}
	for _, r := range s.entitlements {
		if r.header == "" && r.e.Status != planner.NotAvailable {
			t.Errorf("filter Not available shows %s (%s)", r.e.Item.Name, r.e.Status)
		}
		if r.header == "" && r.e.Reason.IsZero() {
			t.Errorf("%s is not available without a reason", r.e.Item.Name)
		}
	}
}

// fillNSCs gives customer c as many contacts for product as its tier
// allows, and returns it as stored.
func fillNSCs(t *testing.T, u *UI, c planner.Customer, product catalog.SolutionID) planner.Customer {
	t.Helper()
	tier, _ := u.cat.Tier(c.Membership.Tier)
	var kept []planner.Contact
	for _, n := range c.Contacts {
		if n.Product != product {
			kept = append(kept, n)
		}
	}
	for i := range tier.NSCLimit {
		kept = append(kept, planner.Contact{Name: fmt.Sprintf("Contact %d", i+1), Email: fmt.Sprintf("contact%d@example.com", i+1), Product: product})
	}
	c.Contacts = kept
	saved, err := u.store.PutCustomer(c)
	if err != nil {
		t.Fatalf("give %s %d contacts: %v", c.Name, tier.NSCLimit, err)
	}
	u.changed()
	return saved
}

func TestCustomerNSCLimitIsEnforced(t *testing.T) {
	u, db, c := newTestUIFor(t, "Øresund Energi A/S")
	if c.Membership.Tier != catalog.Expert {
		t.Fatalf("%s is not on Expert", c.Name)
	}
	product := c.Membership.Solutions[0]
	c = fillNSCs(t, u, c, product)
	s := customerOf(t, u, c)
	f := s.nscForm
	test.Type(f.name, "One Too Many")
	test.Type(f.email, "too.many@example.com")
	f.product.SetSelected(u.cat.SolutionName(product))
	test.Tap(f.add)
	if !f.problem.Visible() || !strings.Contains(f.problem.Text, "at most 4 Named Support Contacts per product") {
		t.Errorf("adding a 5th contact shows %q", f.problem.Text)
	}
	stored, err := db.Customer(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Contacts) != len(c.Contacts) {
		t.Errorf("the refused contact was saved: %d contacts, want %d", len(stored.Contacts), len(c.Contacts))
	}
	if !strings.Contains(s.nscSummary.Text, fmt.Sprintf("%s: 4 of 4", u.cat.SolutionName(product))) {
		t.Errorf("the summary does not show the limit: %q", s.nscSummary.Text)
	}
}

// typeMiaNguyen types Mia Nguyen of Kookaburra Bank, for the first
// product, into the contact form of s and returns the form.
func typeMiaNguyen(s *customerScreen) *nscForm {
	f := s.nscForm
	test.Type(f.name, "Mia Nguyen")
	test.Type(f.email, "mia.nguyen@kookaburra.example")
	f.product.SetSelectedIndex(0)
	return f
}

func TestCustomerAddAndRemoveNSC(t *testing.T) {
	u, db, c := newTestUIFor(t, "Kookaburra Bank")
	s := customerOf(t, u, c)
	f := typeMiaNguyen(s)
	test.Tap(f.add)
	if f.problem.Visible() {
		t.Fatalf("adding a valid contact shows %q", f.problem.Text)
	}
	stored, _ := db.Customer(c.ID)
	if len(stored.Contacts) != len(c.Contacts)+1 || stored.Contacts[len(stored.Contacts)-1].Name != "Mia Nguyen" {
		t.Fatalf("stored contacts %+v", stored.Contacts)
	}
	s.removeContact(len(stored.Contacts) - 1)
	stored, _ = db.Customer(c.ID)
	if len(stored.Contacts) != len(c.Contacts) {
		t.Fatalf("after removing: %d contacts, want %d", len(stored.Contacts), len(c.Contacts))
	}
	shortcut(u, &fyne.ShortcutUndo{})
	stored, _ = db.Customer(c.ID)
	if len(stored.Contacts) != len(c.Contacts)+1 {
		t.Errorf("undo of the removal: %d contacts, want %d", len(stored.Contacts), len(c.Contacts)+1)
	}
}

func TestCustomerEmptyWithoutFocus(t *testing.T) {
	u, _ := newTestUI(t)
	u.setFocus(planner.ID{})
	u.showScreen(screenCustomer)
	s := u.screens[screenCustomer].(*customerScreen)
	if !s.empty.Visible() || s.body.Visible() {
		t.Error("without a customer in focus the overview is not empty")
	}
}

func TestCustomerKeyEvents(t *testing.T) {
	u, db, c := newTestUIFor(t, "Northwind Outfitters")
	s := customerOf(t, u, c)
	f := s.eventForm
	test.Type(f.name, "Spring catalogue launch")
	test.Tap(f.add)
	if !f.problem.Visible() || !strings.Contains(f.problem.Text, "Date: must be set") {
		t.Errorf("an event without a date shows %q", f.problem.Text)
	}
	test.Type(f.date, "2027-03-01")
	test.Tap(f.add)
	stored, _ := db.Customer(c.ID)
	if len(stored.KeyEvents) != len(c.KeyEvents)+1 {
		t.Fatalf("%d key events stored, want %d", len(stored.KeyEvents), len(c.KeyEvents)+1)
	}
	i := slices.IndexFunc(stored.KeyEvents, func(e planner.KeyEvent) bool { return e.Name == "Spring catalogue launch" })
	if i < 0 || stored.KeyEvents[i].Date != catalog.MustDate("2027-03-01") {
		t.Fatalf("stored %+v", stored.KeyEvents)
	}
	s.removeEvent(i)
	if stored, _ = db.Customer(c.ID); len(stored.KeyEvents) != len(c.KeyEvents) {
		t.Errorf("after removing: %d key events, want %d", len(stored.KeyEvents), len(c.KeyEvents))
	}
}

// TestContractEndWarnsAndAnnouncesRenewal moves Müller GmbH's contract
// end: 40 days ahead the customer screen warns of the accelerators left
// and not scheduled; 100 days ahead the portfolio announces the renewal
// (90 days before the end) and the customer screen warns of nothing.
func TestContractEndWarnsAndAnnouncesRenewal(t *testing.T) {
	for _, tc := range []struct {
		endIn       int
		warning     string
		renewalCell string
	}{
		{40, "3 of 10 accelerators left and not scheduled, 1 of them proposed; the contract year ends in 40 days, on 2027-01-05", ""},
		{100, "", "Renewal in 10 days · "},
	} {
		t.Run(fmt.Sprint(tc.endIn), func(t *testing.T) {
			cat := catalog.Default()
			db := openTestStore(t, cat, true)
			c := customerNamed(t, db, "Müller GmbH")
			c.Contract.End = catalog.DateOf(testNow()).AddDays(tc.endIn)
			if _, err := db.PutCustomer(c); err != nil {
				t.Fatal(err)
			}
			u, _ := newTestUIWith(t, cat, db)
			p := portfolioOf(t, u)
			var next string
			for _, v := range p.rows {
				if v.row.Customer.ID == c.ID {
					next = v.cells[colNext]
				}
			}
			if tc.renewalCell != "" && !strings.HasPrefix(next, tc.renewalCell) || tc.renewalCell == "" && strings.Contains(next, "Renewal") {
				t.Errorf("next activity cell %q, want it to start with %q", next, tc.renewalCell)
			}
			s := customerOf(t, u, c)
			if tc.warning == "" {
				if s.expiry.Visible() {
					t.Errorf("the customer screen warns %q", s.expiry.Text)
				}
				return
			}
			if !s.expiry.Visible() || !strings.Contains(s.expiry.Text, tc.warning) {
				t.Errorf("the customer screen warns %q (shown %v), want %q", s.expiry.Text, s.expiry.Visible(), tc.warning)
			}
		})
	}
}

func TestCustomerScreenStartsAtTheTopForAnotherCustomer(t *testing.T) {
	u, db := newTestUI(t)
	s := customerOf(t, u, customerNamed(t, db, "Müller GmbH"))
	scrollDown := func() {
		s.left.ScrollToBottom()
		s.matrix.ScrollToBottom()
	}
	scrollDown()
	if s.left.Offset.Y == 0 || s.matrix.GetScrollOffset() == 0 {
		t.Fatalf("the overview did not scroll down (left %v, matrix %g): nothing to test", s.left.Offset, s.matrix.GetScrollOffset())
	}
	u.changed() // the same customer reloads where it was
	if s.left.Offset.Y == 0 || s.matrix.GetScrollOffset() == 0 {
		t.Errorf("reloading the same customer scrolled to the top (left %v, matrix %g)", s.left.Offset, s.matrix.GetScrollOffset())
	}
	u.setFocus(customerNamed(t, db, "Northwind Outfitters").ID)
	if s.left.Offset.Y != 0 || s.matrix.GetScrollOffset() != 0 {
		t.Errorf("another customer starts scrolled to left %v, matrix %g; want the top", s.left.Offset, s.matrix.GetScrollOffset())
	}
}

// refusingCustomerStore is the customer screen's store on a test
// database, except that it refuses to save a customer.
type refusingCustomerStore struct{ customerStore }

// PutCustomer refuses, as a full disk would.
func (refusingCustomerStore) PutCustomer(planner.Customer) (planner.Customer, error) {
	return planner.Customer{}, errors.New("disk full")
}

// TestCustomerScreenShowsARefusedSave builds the screen with just what it
// uses: a key event the store refuses to save shows the store's error,
// and nothing is saved or offered to undo.
func TestCustomerScreenShowsARefusedSave(t *testing.T) {
	u, db, c := newTestUIFor(t, "Northwind Outfitters")
	w := &errorRecordingWindow{UI: u}
	s := newCustomerScreen(w, refusingCustomerStore{db}, u.cat)
	s.show(c.ID)
	test.Type(s.eventForm.name, "Spring catalogue launch")
	test.Type(s.eventForm.date, "2027-03-01")
	test.Tap(s.eventForm.add)
	if len(w.shown) != 1 || !strings.Contains(w.shown[0].Error(), "disk full") {
		t.Errorf("the window was to show the refusal, showed %v", w.shown)
	}
	if stored, _ := db.Customer(c.ID); len(stored.KeyEvents) != len(c.KeyEvents) {
		t.Errorf("%d key events stored, want %d", len(stored.KeyEvents), len(c.KeyEvents))
	}
	if len(u.undos) != 0 {
		t.Errorf("a refused save offers to undo %q", u.undos[len(u.undos)-1].label)
	}
}
