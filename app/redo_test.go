package app

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// storeState returns everything the store keeps, in its JSON form, to
// compare states of the store as a whole.
func storeState(t *testing.T, p *planningUI) string {
	t.Helper()
	accts, err := p.db.Accounts()
	if err != nil {
		t.Fatalf("read accounts: %v", err)
	}
	settings, err := p.db.Settings()
	if err != nil {
		t.Fatalf("read settings: %v", err)
	}
	b, err := json.Marshal(struct {
		Accounts []planner.Account
		Settings planner.Settings
	}{accts, settings})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// redoKey presses Ctrl+Y in the window.
func (p *planningUI) redoKey() {
	typeShortcut(p.window.Canvas(), &fyne.ShortcutRedo{})
}

// planCustomerWithPlan returns a sample account with a Mutual Action Plan.
func planCustomerWithPlan(t *testing.T, p *planningUI) planner.Account {
	t.Helper()
	for _, a := range p.accounts {
		if a.HasPlan() {
			return a
		}
	}
	t.Fatal("the sample has no customer with a plan")
	return planner.Account{}
}

// redoCases are the undoable changes of the window, each made the way a
// user makes it.
func redoCases() []struct {
	name string
	// prepare readies the store before the state before is taken.
	prepare func(t *testing.T, p *planningUI)
	change  func(t *testing.T, p *planningUI)
} {
	openQ := func(t *testing.T, p *planningUI) *quarterScreen {
		s := p.open(screenQuarter, p.newQuarter, planner.ID{}).(*quarterScreen)
		p.settle()
		if s.data == nil {
			t.Fatal("the quarter did not load")
		}
		return s
	}
	return []struct {
		name    string
		prepare func(t *testing.T, p *planningUI)
		change  func(t *testing.T, p *planningUI)
	}{
		{"quarter move", nil, func(t *testing.T, p *planningUI) {
			s := openQ(t, p)
			a, to := planMovableActivity(t, p, s)
			if err := s.move(a, to, false); err != nil {
				t.Fatal(err)
			}
		}},
		{"quarter move series", func(t *testing.T, p *planningUI) {
			s := openQ(t, p)
			a, _ := planMovableActivity(t, p, s)
			planSeries(t, p, a)
		}, func(t *testing.T, p *planningUI) {
			s := p.screens[screenQuarter].(*quarterScreen)
			var occ []planner.Activity
			for _, a := range s.data.activities {
				if a.SeriesID != (planner.ID{}) && a.Hours == 1 {
					occ = append(occ, a)
				}
			}
			slices.SortFunc(occ, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
			if len(occ) < 2 {
				t.Fatal("the series is not shown")
			}
			if err := s.move(occ[1], occ[1].Date.AddDays(1), true); err != nil {
				t.Fatal(err)
			}
		}},
		{"quarter delete", nil, func(t *testing.T, p *planningUI) {
			s := openQ(t, p)
			selectMovableActivity(t, p, s)
			test.Tap(s.deleteBtn)
		}},
		{"quarter accept", nil, func(t *testing.T, p *planningUI) {
			s := openQ(t, p)
			a, to := planMovableActivity(t, p, s)
			placed := a
			placed.ID, placed.Date, placed.SeriesID = planner.NewID(), to, planner.ID{}
			s.showPreview(planner.Proposal{Placed: []planner.Activity{placed}})
			s.acceptPreview()
		}},
		{"schedule one", nil, func(t *testing.T, p *planningUI) {
			c := customerNamed(t, p.db, "Müller GmbH")
			d := openSchedule(t, p.UI, c, "pro-roadmap-review")
			d.date.SetText("2027-01-12")
			test.Tap(d.save)
			if p.scheduleDialog != nil {
				t.Fatalf("Schedule left the dialog open: %v", d.form.messages())
			}
		}},
		{"schedule series", nil, func(t *testing.T, p *planningUI) {
			c := customerNamed(t, p.db, "Müller GmbH")
			d := openSchedule(t, p.UI, c, "pro-roadmap-review")
			setRepeat(d, "2027-01-12", planner.RecurMonthlyWeekday, endsAfterCount, "4")
			test.Tap(d.save)
			if p.scheduleDialog != nil {
				t.Fatalf("Schedule left the dialog open: %v", d.form.messages())
			}
		}},
		{"meeting as touchpoints", nil, func(t *testing.T, p *planningUI) {
			acct, _, _ := planSampleEngagement(t, p)
			s := p.open(screenEngagement, engagementScreenOf, acct.Customer.ID).(*engagementScreen)
			test.Tap(s.planBtn)
			test.Tap(s.dialog.save)
			p.settle()
			if s.dialog.open {
				planTapDialogButton(p.window, "Yes")
			}
		}},
		{"new engagement", nil, func(t *testing.T, p *planningUI) {
			acct, _, _ := planSampleEngagement(t, p)
			s := p.open(screenEngagement, engagementScreenOf, acct.Customer.ID).(*engagementScreen)
			s.newEngagement()
			planType(p.window, planFormEntries(s.dialog.form)["name"], "Commerce upgrade 2027")
			test.Tap(s.dialog.save)
		}},
		{"delete engagement", nil, func(t *testing.T, p *planningUI) {
			acct, _, _ := planSampleEngagement(t, p)
			s := p.open(screenEngagement, engagementScreenOf, acct.Customer.ID).(*engagementScreen)
			test.Tap(s.deleteBtn)
			if !planTapDialogButton(p.window, "Yes") {
				t.Fatal("no Yes in the question")
			}
		}},
		{"plan from template", nil, func(t *testing.T, p *planningUI) {
			acct := planCustomerWithPlan(t, p)
			s := p.open(screenActionPlan, actionPlanScreenOf, acct.Customer.ID).(*actionPlanScreen)
			if len(s.templates()) == 0 {
				t.Skipf("no template for %s", acct.Customer.Name)
			}
			s.fromTemplate()
			test.Tap(s.dialog.save)
			if !planTapDialogButton(p.window, "Yes") {
				t.Fatal("replacing the plan asked nothing")
			}
		}},
		{"empty plan", func(t *testing.T, p *planningUI) {
			acct := planCustomerWithPlan(t, p)
			if _, err := p.db.DeletePlan(acct.Customer.ID); err != nil {
				t.Fatal(err)
			}
			// A customer without a plan has no activity linked to an
			// objective.
			var unlinked []planner.Activity
			for _, a := range p.account(t, acct.Customer.ID).Activities {
				if a.ObjectiveID != (planner.ID{}) {
					a.ObjectiveID = planner.ID{}
					unlinked = append(unlinked, a)
				}
			}
			if _, err := p.db.PutActivities(unlinked); err != nil {
				t.Fatal(err)
			}
		}, func(t *testing.T, p *planningUI) {
			acct := planCustomerWithPlan(t, p)
			s := p.open(screenActionPlan, actionPlanScreenOf, acct.Customer.ID).(*actionPlanScreen)
			test.Tap(s.emptyBtn)
			planType(p.window, planFormEntries(s.dialog.form)["title"], "Growth plan 2027")
			test.Tap(s.dialog.save)
		}},
		{"settings", nil, func(t *testing.T, p *planningUI) {
			s := settingsOf(t, p.UI)
			retype(s.capacity, "24.5")
			test.Tap(s.saveBtn)
		}},
	}
}

func TestRedoMakesEveryUndoneChangeAgain(t *testing.T) {
	for _, tt := range redoCases() {
		t.Run(tt.name, func(t *testing.T) {
			p := newPlanningUI(t)
			if tt.prepare != nil {
				tt.prepare(t, p)
				p.settle()
			}
			before := storeState(t, p)
			tt.change(t, p)
			p.settle()
			after := storeState(t, p)
			if after == before {
				t.Fatal("the change changed nothing in the store")
			}
			if len(p.undos) == 0 || p.undos[len(p.undos)-1].redo == nil {
				t.Fatal("the change offers no redo")
			}
			p.undoKey()
			p.settle()
			if got := storeState(t, p); got != before {
				t.Fatal("after Ctrl+Z the store is not as before the change")
			}
			p.redoKey()
			p.settle()
			if got := storeState(t, p); got != after {
				t.Fatal("after Ctrl+Y the store is not as after the change")
			}
			if top := p.window.Canvas().Overlays().Top(); top != nil {
				t.Fatalf("redo shows %q", visibleTexts(top))
			}
			// Redone, the change can be undone again.
			p.undoKey()
			p.settle()
			if got := storeState(t, p); got != before {
				t.Fatal("Ctrl+Z after the redo does not take the change back")
			}
		})
	}
}

func TestRedoRefusesWhenTheDataChangedSinceTheUndo(t *testing.T) {
	p := newPlanningUI(t)
	s := p.open(screenQuarter, p.newQuarter, planner.ID{}).(*quarterScreen)
	a, to := moveMovableAWeekOn(t, p, s)
	p.undoKey()
	p.settle()
	// Meanwhile the activity gets other hours outside the undo history.
	changed := planStoredActivity(t, p, a)
	changed.Hours++
	if _, err := p.db.PutActivity(changed); err != nil {
		t.Fatal(err)
	}
	want := storeState(t, p)
	p.redoKey()
	p.settle()
	if got := storeState(t, p); got != want {
		t.Fatal("a refused redo changed the store")
	}
	top := p.window.Canvas().Overlays().Top()
	msg := p.tr("keys.redo.changed", p.tr("plan.quarter.undo.move", p.itemName(a.ItemID), to.String()))
	if top == nil || !slices.ContainsFunc(visibleTexts(top), func(s string) bool { return strings.Contains(s, msg) }) {
		t.Fatalf("the refused redo says nothing clear; want %q", msg)
	}
}
