package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// risksOf shows the health and risks tab of customer c.
func risksOf(t *testing.T, u *UI, c planner.Customer) *riskPane {
	t.Helper()
	return customerOf(t, u, c).risks
}

func TestRiskAddEditAndUndo(t *testing.T) {
	u, db, c := newTestUIFor(t, "Øresund Energi A/S")
	p := risksOf(t, u, c)
	if p.health.Colour != planner.RAGGreen {
		t.Fatalf("the fixture customer is %s, want green", p.health.Colour)
	}
	before := len(p.account.Risks)
	test.Tap(p.addBtn)
	fd := p.dialog
	if problems := pressSave(fd); !strings.Contains(problems, "Title") {
		t.Errorf("a risk without a title lists %q", problems)
	}
	setFieldText(t, fd, "title", 0, "Key architect leaves before go-live")
	chooseIn(t, fd, "impact", slices.Index(planner.Levels(), planner.LevelHigh))
	chooseIn(t, fd, "likelihood", slices.Index(planner.Levels(), planner.LevelHigh))
	setFieldText(t, fd, "owner", 0, "Mette Larsen")
	chooseIn(t, fd, "ownerSide", 1) // customer
	setFieldText(t, fd, "due", 0, "2026-12-40")
	if problems := pressSave(fd); !strings.Contains(problems, "Mitigation due") {
		t.Errorf("an impossible day lists %q", problems)
	}
	setFieldText(t, fd, "due", 0, "2026-12-15")
	if problems := pressSave(fd); problems != "" {
		t.Fatalf("Save lists %q", problems)
	}
	acc, _ := db.Account(c.ID)
	if len(acc.Risks) != before+1 {
		t.Fatalf("%d risks stored, want %d", len(acc.Risks), before+1)
	}
	added := acc.Risks[len(acc.Risks)-1]
	if added.Owner != "Mette Larsen" || added.OwnerSide != planner.SideCustomer || added.Due.String() != "2026-12-15" || added.Impact != planner.LevelHigh {
		t.Errorf("stored %+v", added)
	}
	p = u.screens[screenCustomer].(*customerScreen).risks
	if p.health.Colour != planner.RAGRed {
		t.Errorf("health %s after a high risk of high likelihood, want red", p.health.Colour)
	}
	if text := shownTexts(p.root); !strings.Contains(text, "Key architect leaves before go-live") {
		t.Errorf("the list does not show the risk:\n%s", text)
	}

	i := slices.IndexFunc(p.account.Risks, func(r planner.Risk) bool { return r.ID == added.ID })
	p.openRiskDialog(i)
	fd = p.dialog
	chooseIn(t, fd, "status", 1) // closed
	if problems := pressSave(fd); problems != "" {
		t.Fatalf("Save lists %q", problems)
	}
	got, _ := db.Risk(added.ID)
	if got.Status != planner.RiskClosed || got.Closed != u.today() {
		t.Errorf("closed risk %s on %s, want closed today", got.Status, got.Closed)
	}
	p = u.screens[screenCustomer].(*customerScreen).risks
	if p.health.Colour != planner.RAGGreen {
		t.Errorf("health %s once the risk is closed, want green", p.health.Colour)
	}
	u.undo()
	got, _ = db.Risk(added.ID)
	if got.Status != planner.RiskOpen || !got.Closed.IsZero() {
		t.Errorf("undo left %s, closed %s", got.Status, got.Closed)
	}
	u.undo()
	if _, err := db.Risk(added.ID); err == nil {
		t.Error("undoing the addition left the risk")
	}
	u.redo()
	if _, err := db.Risk(added.ID); err != nil {
		t.Errorf("redo did not add the risk again: %v", err)
	}
}

func TestRiskIssueHasNoLikelihood(t *testing.T) {
	u, db, c := newTestUIFor(t, "Øresund Energi A/S")
	p := risksOf(t, u, c)
	p.openRiskDialog(-1)
	fd := p.dialog
	chooseIn(t, fd, "kind", 1) // issue
	like := formFieldOf(t, fd, "likelihood").input.(interface{ Disabled() bool })
	if !like.Disabled() {
		t.Error("an issue's likelihood can be chosen")
	}
	setFieldText(t, fd, "title", 0, "Nightly import failed twice")
	if problems := pressSave(fd); problems != "" {
		t.Fatalf("Save lists %q", problems)
	}
	acc, _ := db.Account(c.ID)
	r := acc.Risks[len(acc.Risks)-1]
	if r.Kind != planner.KindIssue || r.Likelihood != "" {
		t.Errorf("stored %s with likelihood %q", r.Kind, r.Likelihood)
	}
}

func TestCustomerHealthListsPlannersReasons(t *testing.T) {
	u, db, c := newTestUIFor(t, "Northwind Outfitters")
	p := risksOf(t, u, c)
	acc, _ := db.Account(c.ID)
	h, err := planner.AccountHealth(u.cat, u.settings(), acc, testNow().In(u.tamLocation()))
	if err != nil {
		t.Fatal(err)
	}
	if h.Colour != planner.RAGRed || len(h.Reasons) == 0 {
		t.Fatalf("the sample's Northwind is %s with %d reasons, want red with reasons", h.Colour, len(h.Reasons))
	}
	if p.healthChip.Text() != "Red" || p.healthChip.Tone() != healthTones.of(planner.RAGRed) {
		t.Errorf("health chip %q (%v)", p.healthChip.Text(), p.healthChip.Tone())
	}
	text := shownTexts(p.reasons)
	for _, r := range h.Reasons {
		if !strings.Contains(text, r.Text.String()) {
			t.Errorf("the reasons do not say %q:\n%s", r.Text, text)
		}
	}
}

func TestCustomerHealthInDutch(t *testing.T) {
	u, db := newTestUIInLanguage(t, "nl")
	p := risksOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
	if p.healthChip.Text() != "Rood" {
		t.Errorf("health chip %q in Dutch", p.healthChip.Text())
	}
	for _, r := range p.health.Reasons {
		if strings.Contains(shownTexts(p.reasons), r.Text.String()) {
			t.Errorf("a reason shows in English: %q", r.Text)
		}
	}
}

func TestPortfolioHealthColumnSortsAndExplains(t *testing.T) {
	u, db := newTestUI(t)
	s := portfolioOf(t, u)
	accounts, _ := db.Accounts()
	want := map[string]planner.Health{}
	for _, a := range accounts {
		h, err := planner.AccountHealth(u.cat, u.settings(), a, testNow().In(u.tamLocation()))
		if err != nil {
			t.Fatal(err)
		}
		want[a.Customer.Name] = h
	}
	for _, v := range s.rows {
		h := want[v.row.Customer.Name]
		if v.health.Colour != h.Colour {
			t.Errorf("%s: health %s, want %s", v.row.Customer.Name, v.health.Colour, h.Colour)
		}
		for _, r := range h.Reasons {
			if !strings.Contains(v.hint, r.Text.String()) {
				t.Errorf("%s: the tooltip does not say %q", v.row.Customer.Name, r.Text)
			}
		}
	}
	s.sortBy(colHealth)
	s.sortBy(colHealth) // worst first
	first := s.rows[s.shown[0]]
	if first.health.Colour != planner.RAGRed || first.row.Customer.Name != "Northwind Outfitters" {
		t.Errorf("sorted worst first, the first row is %s (%s)", first.row.Customer.Name, first.health.Colour)
	}
	last := s.rows[s.shown[len(s.shown)-1]]
	if last.health.Colour != planner.RAGGreen {
		t.Errorf("sorted worst first, the last row is %s", last.health.Colour)
	}
}

func TestRiskPaneRenders(t *testing.T) {
	u, db := newTestUI(t)
	p := risksOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
	test.AssertObjectRendersToMarkup(t, "risks.xml", p.root)
}
