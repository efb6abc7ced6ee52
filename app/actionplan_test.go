package app

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

// planSampleAccount returns a sample account with a Mutual Action Plan
// that has overdue actions on testNow.
func planSampleAccount(t *testing.T, p *planningUI) planner.Account {
	t.Helper()
	for _, a := range p.accounts {
		if a.HasPlan() && len(planner.OverdueActions(a.Plan, p.today())) > 0 {
			return a
		}
	}
	t.Fatal("the sample portfolio has no plan with overdue actions")
	return planner.Account{}
}

func openActionPlan(t *testing.T) (*planningUI, *actionPlanScreen, planner.Account) {
	t.Helper()
	p := newPlanningUI(t)
	acct := planSampleAccount(t, p)
	s := p.open(screenActionPlan, actionPlanScreenOf, acct.Customer.ID).(*actionPlanScreen)
	if s.content.Objects[0] != s.body {
		t.Fatalf("the screen does not show the plan of %s", acct.Customer.Name)
	}
	return p, s, acct
}

func TestActionPlanShowsObjectivesMilestonesActions(t *testing.T) {
	_, s, acct := openActionPlan(t)
	plan := acct.Plan
	bars := 0
	for _, o := range s.objectives.Objects {
		if _, ok := o.(*widgets.KPIBar); ok {
			bars++
		}
	}
	if got := bars; got != len(plan.Objectives) {
		t.Fatalf("%d KPI bars, want one per objective (%d)", got, len(plan.Objectives))
	}
	for i, o := range plan.Objectives {
		if got, want := s.kpis[i].KPI().Progress, planner.ObjectiveProgress(o); got != want {
			t.Errorf("objective %q drawn at %v, planner says %v", o.Title, got, want)
		}
	}
	if got := s.milestones.Length(); got != len(plan.Milestones) {
		t.Errorf("%d milestones listed, want %d", got, len(plan.Milestones))
	}
	if got, want := s.progress.Value, planner.PlanProgress(plan); got != want {
		t.Errorf("plan progress %v, planner says %v", got, want)
	}
	if len(s.shown) != len(plan.Actions) {
		t.Errorf("%d actions listed under All, want %d", len(s.shown), len(plan.Actions))
	}
}

func TestActionPlanFilters(t *testing.T) {
	p, s, acct := openActionPlan(t)
	today := p.today()
	soon := planner.DueSoon(acct.Plan, today, planner.DueSoonDays)
	side := func(sd planner.Side) []planner.ID {
		var out []planner.ID
		for _, a := range acct.Plan.Actions {
			if a.Side == sd {
				out = append(out, a.ID)
			}
		}
		return out
	}
	tests := []struct {
		name   string
		filter actionFilter
		want   []planner.ID
	}{
		{"overdue", filterOverdue, planActionIDs(planner.OverdueActions(acct.Plan, today))},
		{"due soon", filterDueSoon, planActionIDs(append(slices.Clone(soon[planner.SideCustomer]), soon[planner.SideVendor]...))},
		{"customer side", filterCustomer, side(planner.SideCustomer)},
		{"vendor side", filterVendor, side(planner.SideVendor)},
		{"all", filterAll, planActionIDs(acct.Plan.Actions)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.Tap(s.chips[tt.filter])
			got := planActionIDs(s.shown)
			slices.SortFunc(got, planCompareIDs)
			want := slices.Clone(tt.want)
			slices.SortFunc(want, planCompareIDs)
			if !slices.Equal(got, want) {
				t.Fatalf("%d actions listed, want %d (%v, want %v)", len(got), len(want), got, want)
			}
			if tt.filter == filterOverdue {
				for _, a := range s.shown {
					if !s.overdue[a.ID] {
						t.Errorf("%q listed as overdue but not marked", a.Title)
					}
				}
			}
		})
	}
}

func TestActionPlanOverdueRowsAreRed(t *testing.T) {
	p, s, acct := openActionPlan(t)
	overdue := planner.OverdueActions(acct.Plan, p.today())
	test.Tap(s.chips[filterOverdue])
	texts := textsShown(s.actions)
	want := p.tr("plan.actionItem.overdue", overdue[0].Due.String())
	if !slices.Contains(texts, want) {
		t.Fatalf("table shows %q, want the overdue mark %q", texts, want)
	}
	test.AssertObjectRendersToMarkup(t, "map/overdue.xml", s.actions)
}

func TestActionPlanAddActionThroughForm(t *testing.T) {
	p, s, acct := openActionPlan(t)
	tapButton(t, p.UI, p.tr("plan.actionItem.add"))
	fd := s.dialog
	if fd == nil || !fd.open {
		t.Fatal("Add action opened no form")
	}
	test.Tap(fd.save)
	if msgs := strings.Join(fd.form.messages(), "\n"); !strings.Contains(msgs, "title: must not be empty") {
		t.Fatalf("form shows %q, want planner's message on the title", msgs)
	}
	entries, selects := planFormEntries(fd.form), planFormSelects(fd.form)
	planType(p.window, entries["title"], "Share the analytics tracking plan")
	planType(p.window, entries["owner"], "Priya Raman")
	planChoose(t, p.window, selects["side"], p.sideText(planner.SideVendor))
	planType(p.window, entries["due"], "2026-12-40")
	test.Tap(fd.save)
	if msgs := strings.Join(fd.form.messages(), "\n"); !strings.Contains(msgs, "due: ") {
		t.Fatalf("form shows %q, want a message on the due day", msgs)
	}
	planType(p.window, entries["due"], "2026-12-04")
	test.Tap(fd.save)
	if fd.open {
		t.Fatalf("form still open: %q", fd.form.messages())
	}
	stored := p.account(t, acct.Customer.ID).Plan.Actions
	if len(stored) != len(acct.Plan.Actions)+1 {
		t.Fatalf("%d actions stored, want %d", len(stored), len(acct.Plan.Actions)+1)
	}
	added := stored[len(stored)-1]
	if added.Title != "Share the analytics tracking plan" || added.Owner != "Priya Raman" ||
		added.Side != planner.SideVendor || added.Due != catalog.MustDate("2026-12-04") || added.Status != planner.StatusOpen {
		t.Fatalf("stored action %+v", added)
	}
	if !slices.Contains(textsShown(s.actions), added.Title) {
		t.Errorf("the new action is not in the table")
	}
	p.undoKey()
	if n := len(p.account(t, acct.Customer.ID).Plan.Actions); n != len(acct.Plan.Actions) {
		t.Fatalf("after Ctrl+Z %d actions, want %d", n, len(acct.Plan.Actions))
	}
}

func TestActionPlanSetStatusUndo(t *testing.T) {
	p, s, acct := openActionPlan(t)
	a := planner.OverdueActions(acct.Plan, p.today())[0]
	s.editActionID(a.ID)
	planChoose(t, p.window, planFormSelects(s.dialog.form)["status"], p.planStatusText(planner.StatusDone))
	test.Tap(s.dialog.save)
	if got := planActionByID(p.account(t, acct.Customer.ID).Plan, a.ID).Status; got != planner.StatusDone {
		t.Fatalf("status stored %q, want done", got)
	}
	if s.overdue[a.ID] {
		t.Errorf("a done action is still marked overdue")
	}
	if last := p.undos[len(p.undos)-1].label; last != p.tr("plan.actionItem.undoStatus", a.Title, p.planStatusText(planner.StatusDone)) {
		t.Errorf("undo labelled %q", last)
	}
	p.undoKey()
	if got := planActionByID(p.account(t, acct.Customer.ID).Plan, a.ID).Status; got != a.Status {
		t.Fatalf("after Ctrl+Z status %q, want %q", got, a.Status)
	}
}

func TestActionPlanObjectiveValueValidated(t *testing.T) {
	p, s, acct := openActionPlan(t)
	test.Tap(s.kpis[0])
	fd := s.dialog
	entries := planFormEntries(fd.form)
	planType(p.window, entries["kpis[0].current"], "lots")
	test.Tap(fd.save)
	if msgs := strings.Join(fd.form.messages(), "\n"); !strings.Contains(msgs, `kpis[0].current: "lots" is not a number`) {
		t.Fatalf("form shows %q", msgs)
	}
	o := acct.Plan.Objectives[0]
	mid := (o.KPIs[0].Baseline + o.KPIs[0].Target) / 2
	planType(p.window, entries["kpis[0].current"], formatDecimal(mid))
	test.Tap(fd.save)
	saved := p.account(t, acct.Customer.ID).Plan.Objectives[0]
	if saved.KPIs[0].Current != mid || saved.ID != o.ID || !slices.Equal(saved.KPIs[1:], o.KPIs[1:]) {
		t.Fatalf("stored objective %+v, want current %v in place", saved, mid)
	}
	if got := s.kpis[0].KPI().Progress; got != planner.ObjectiveProgress(saved) {
		t.Errorf("bar at %v after the change, planner says %v", got, planner.ObjectiveProgress(saved))
	}
}

// TestActionPlanEditInPlace edits the second objective, milestone and
// action of a plan: planner's message on a cleared title shows under the
// title, and the edited item is stored where it stood, with its ID.
func TestActionPlanEditInPlace(t *testing.T) {
	tests := []struct {
		name string
		open func(s *actionPlanScreen)
		// item returns the title and ID of item 1 and the number of items.
		item func(m planner.ActionPlan) (string, planner.ID, int)
	}{
		{"objective", func(s *actionPlanScreen) { s.editObjective(1) }, func(m planner.ActionPlan) (string, planner.ID, int) {
			return m.Objectives[1].Title, m.Objectives[1].ID, len(m.Objectives)
		}},
		{"milestone", func(s *actionPlanScreen) { s.editMilestone(1) }, func(m planner.ActionPlan) (string, planner.ID, int) {
			return m.Milestones[1].Title, m.Milestones[1].ID, len(m.Milestones)
		}},
		{"action", func(s *actionPlanScreen) { s.editAction(1) }, func(m planner.ActionPlan) (string, planner.ID, int) {
			return m.Actions[1].Title, m.Actions[1].ID, len(m.Actions)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, s, acct := openActionPlan(t)
			title, id, n := tt.item(acct.Plan)
			tt.open(s)
			fd := s.dialog
			entries := planFormEntries(fd.form)
			planType(p.window, entries["title"], " ")
			test.Tap(fd.save)
			if msgs := fd.form.messages(); !slices.Contains(msgs, "title: must not be empty") {
				t.Fatalf("form shows %q, want planner's message under the title", msgs)
			}
			if got, _, _ := tt.item(p.account(t, acct.Customer.ID).Plan); got != title {
				t.Fatalf("a refused edit stored title %q, want %q", got, title)
			}
			planType(p.window, entries["title"], title+" (revised)")
			test.Tap(fd.save)
			if fd.open {
				t.Fatalf("form still open: %q", fd.form.messages())
			}
			gotTitle, gotID, gotN := tt.item(p.account(t, acct.Customer.ID).Plan)
			if gotTitle != title+" (revised)" || gotID != id || gotN != n {
				t.Fatalf("stored %q (ID %s) of %d, want %q (ID %s) of %d in place", gotTitle, gotID, gotN, title+" (revised)", id, n)
			}
		})
	}
}

// TestActionPlanRemoveMilestone removes a milestone that actions are
// linked to: the actions stay, unlinked, and Ctrl+Z brings it back.
func TestActionPlanRemoveMilestone(t *testing.T) {
	p, s, acct := openActionPlan(t)
	i := slices.IndexFunc(acct.Plan.Milestones, func(m planner.Milestone) bool {
		return slices.ContainsFunc(acct.Plan.Actions, func(a planner.Action) bool { return a.MilestoneID == m.ID })
	})
	if i < 0 {
		t.Fatal("no milestone of the sample plan has actions")
	}
	removed := acct.Plan.Milestones[i]
	s.editMilestone(i)
	if !planTapDialogButton(p.window, p.tr("plan.action.remove")) {
		t.Fatal("no Remove button in the milestone form")
	}
	plan := p.account(t, acct.Customer.ID).Plan
	if len(plan.Milestones) != len(acct.Plan.Milestones)-1 || slices.ContainsFunc(plan.Milestones, func(m planner.Milestone) bool { return m.ID == removed.ID }) {
		t.Fatalf("milestone %q still stored", removed.Title)
	}
	if len(plan.Actions) != len(acct.Plan.Actions) {
		t.Fatalf("%d actions after removing a milestone, want %d", len(plan.Actions), len(acct.Plan.Actions))
	}
	if slices.ContainsFunc(plan.Actions, func(a planner.Action) bool { return a.MilestoneID == removed.ID }) {
		t.Errorf("actions still linked to the removed milestone")
	}
	if s.dialog.open {
		t.Errorf("the form stayed open after Remove")
	}
	p.undoKey()
	if got := p.account(t, acct.Customer.ID).Plan; !slices.Equal(got.Milestones, acct.Plan.Milestones) || !slices.Equal(got.Actions, acct.Plan.Actions) {
		t.Fatal("after Ctrl+Z the milestone and its links are not back")
	}
}

func TestActionPlanFromTemplateForCustomerWithoutPlan(t *testing.T) {
	p := newPlanningUI(t)
	acct, s := p.planScreenWithoutPlan(t)
	if s.content.Objects[0] != s.noPlan {
		t.Fatal("a customer without a plan is not offered one")
	}
	tpls := s.templates()
	if len(tpls) == 0 {
		t.Skipf("no template for the solutions of %s", acct.Customer.Name)
	}
	for _, tpl := range tpls {
		licensed := slices.ContainsFunc(acct.Customer.Membership.Solutions, func(sol catalog.SolutionID) bool { return p.cat.Covers(tpl.Solution, sol) })
		if !licensed {
			t.Errorf("template %s offered for a solution %s does not license", tpl.ID, acct.Customer.Name)
		}
	}
	tapButton(t, p.UI, p.tr("plan.map.fromTemplate"))
	test.Tap(s.dialog.save)
	if planner.CheckPlanAllowed(p.cat, acct.Customer) != nil {
		// The membership includes no plan: Save asks to go beyond it.
		if p.account(t, acct.Customer.ID).HasPlan() {
			t.Fatal("a plan the membership does not include was saved without asking")
		}
		tapButton(t, p.UI, "Yes")
		if c := p.account(t, acct.Customer.ID).Customer; !c.IsOutsideMembership(planner.RuleMutualActionPlan) {
			t.Errorf("%s was not saved outside the membership: %v", c.Name, c.OutsideMembership)
		}
	}
	plan := p.account(t, acct.Customer.ID).Plan
	if len(plan.Objectives) == 0 || plan.Title == "" {
		t.Fatalf("no plan stored from the template: %+v", plan)
	}
	if len(plan.Objectives) != len(tpls[0].Objectives) || len(plan.Actions) != len(tpls[0].Actions) {
		t.Errorf("plan has %d objectives and %d actions, the template %d and %d",
			len(plan.Objectives), len(plan.Actions), len(tpls[0].Objectives), len(tpls[0].Actions))
	}
	if s.content.Objects[0] != s.body {
		t.Errorf("the new plan is not shown")
	}
	p.undoKey()
	if p.account(t, acct.Customer.ID).HasPlan() {
		t.Fatal("after Ctrl+Z the plan is still there")
	}
}

func TestActionPlanReplaceFromTemplateAsks(t *testing.T) {
	p, s, acct := openActionPlan(t)
	if len(s.templates()) == 0 {
		t.Skip("no template for this customer")
	}
	s.fromTemplate()
	test.Tap(s.dialog.save)
	if !slices.Contains(planOverlayTexts(p.window), p.tr("plan.template.replace.title")) {
		t.Fatalf("replacing a plan asked nothing; overlay shows %q", planOverlayTexts(p.window))
	}
	if got := p.account(t, acct.Customer.ID).Plan.ID; got != acct.Plan.ID {
		t.Fatal("the plan was replaced before the answer")
	}
	if !planTapDialogButton(p.window, "Yes") {
		t.Fatal("no Yes in the question")
	}
	if got := p.account(t, acct.Customer.ID).Plan.ID; got == acct.Plan.ID {
		t.Fatal("the plan was not replaced after Yes")
	}
	p.undoKey()
	undone := p.account(t, acct.Customer.ID)
	if got := undone.Plan; got.ID != acct.Plan.ID || len(got.Actions) != len(acct.Plan.Actions) {
		t.Fatal("after Ctrl+Z the previous plan is not back")
	}
	// The activities get their links to the old plan's objectives back.
	if got, want := objectiveLinks(undone), objectiveLinks(acct); !maps.Equal(got, want) {
		t.Errorf("after Ctrl+Z the activities link to objectives %v, want %v", got, want)
	}
}

// objectiveLinks returns the objective of each activity of acct linked
// to one.
func objectiveLinks(acct planner.Account) map[planner.ID]planner.ID {
	links := map[planner.ID]planner.ID{}
	for _, a := range acct.Activities {
		if a.ObjectiveID != (planner.ID{}) {
			links[a.ID] = a.ObjectiveID
		}
	}
	return links
}

func TestActionPlanExportWritesPDF(t *testing.T) {
	p, s, _ := openActionPlan(t)
	checkDeliverableExport(t, p, "the plan", deliverableOf(export.KindActionPlan), deliverableSubject{account: s.account}, s.exportBtn)
}

// BenchmarkActionPlanShow measures switching the customer in focus while
// the Mutual Action Plan screen is shown.
func BenchmarkActionPlanShow(b *testing.B) {
	p := newPlanningUI(b)
	s := p.open(screenActionPlan, actionPlanScreenOf, p.accounts[0].Customer.ID).(*actionPlanScreen)
	benchmarkShowEachCustomer(b, p, s)
}

func planActionIDs(list []planner.Action) []planner.ID {
	out := make([]planner.ID, len(list))
	for i, a := range list {
		out[i] = a.ID
	}
	return out
}

func planActionByID(m planner.ActionPlan, id planner.ID) planner.Action {
	for _, a := range m.Actions {
		if a.ID == id {
			return a
		}
	}
	return planner.Action{}
}

func planCompareIDs(a, b planner.ID) int { return strings.Compare(a.String(), b.String()) }

// TestActionPlanUndoTemplateKeepsOtherChanges checks that taking back a
// plan made from a template for a customer without one removes only the
// plan: an engagement started since stays.
func TestActionPlanUndoTemplateKeepsOtherChanges(t *testing.T) {
	p := newPlanningUI(t)
	i := slices.IndexFunc(p.accounts, func(a planner.Account) bool { return !a.HasPlan() })
	if i < 0 {
		// Make one: remove a sample customer's plan first.
		i = 0
		if _, err := p.store.DeletePlan(p.accounts[0].Customer.ID); err != nil {
			t.Fatal(err)
		}
	}
	acct := p.account(t, p.accounts[i].Customer.ID)
	s := p.open(screenActionPlan, actionPlanScreenOf, acct.Customer.ID).(*actionPlanScreen)
	if len(s.templates()) == 0 {
		t.Skipf("no template for the solutions of %s", acct.Customer.Name)
	}
	s.fromTemplate()
	test.Tap(s.dialog.save)
	if planner.CheckPlanAllowed(p.cat, acct.Customer) != nil {
		tapButton(t, p.UI, "Yes") // go beyond a membership without a plan
	}
	if !p.account(t, acct.Customer.ID).HasPlan() {
		t.Fatal("no plan stored from the template")
	}
	e := planner.NewEngagement(p.cat, acct.Customer.ID, "Started after the plan")
	if _, err := p.store.PutEngagement(e); err != nil {
		t.Fatal(err)
	}
	p.undoKey()
	after := p.account(t, acct.Customer.ID)
	if after.HasPlan() {
		t.Error("after Ctrl+Z the plan is still there")
	}
	if planEngagementOf(after.Engagements, e.ID).ID != e.ID {
		t.Error("Ctrl+Z of the plan also removed an engagement started after it")
	}
}

// openObjectiveWithKPIs stores the sample plan with its first objective
// measured by two KPIs and served by one use case, and opens the
// objective's dialog.
func openObjectiveWithKPIs(t *testing.T) (*planningUI, *actionPlanScreen, planner.Account) {
	t.Helper()
	p := newPlanningUI(t)
	acct := planSampleAccount(t, p)
	plan := acct.Plan.Clone()
	o := &plan.Objectives[0]
	o.KPIs = []planner.KPI{
		{Name: "Conversion rate", Unit: "%", Baseline: 2, Current: 2.5, Target: 4},
		{Name: "Response time", Unit: "ms", Baseline: 900, Current: 700, Target: 300},
	}
	o.UseCases = []planner.UseCase{{Name: "Cart recovery", SuccessMetric: "recovered carts", Capabilities: []string{"triggers"}}}
	if _, err := p.db.PutPlan(plan); err != nil {
		t.Fatalf("store the plan: %v", err)
	}
	acct = p.account(t, acct.Customer.ID)
	s := p.open(screenActionPlan, actionPlanScreenOf, acct.Customer.ID).(*actionPlanScreen)
	test.Tap(s.kpis[0])
	if s.dialog == nil || !s.dialog.open {
		t.Fatal("tapping the KPI bar opened no dialog")
	}
	return p, s, acct
}

// TestObjectiveDialogEditsKPIsAndUseCases changes the second KPI's
// target, adds a KPI and a use case, and finds exactly those in the
// stored plan; Ctrl+Z brings the objective back.
func TestObjectiveDialogEditsKPIsAndUseCases(t *testing.T) {
	p, s, acct := openObjectiveWithKPIs(t)
	o := acct.Plan.Objectives[0]
	fd := s.dialog
	entries := planFormEntries(fd.form)
	if got := entries["kpis[1].target"].Text; got != "300" {
		t.Fatalf("second KPI's target shows %q, want 300", got)
	}
	planType(p.window, entries["kpis[1].target"], "250")
	if !planTapDialogButton(p.window, p.tr("plan.objective.addKPI")) {
		t.Fatal("no Add KPI button in the dialog")
	}
	if !planTapDialogButton(p.window, p.tr("plan.objective.addUseCase")) {
		t.Fatal("no Add use case button in the dialog")
	}
	entries = planFormEntries(fd.form)
	for key, text := range map[string]string{
		"kpis[2].name": "Net promoter score", "kpis[2].baseline": "10", "kpis[2].target": "40", "kpis[2].unit": "pts",
		"useCases[1].name": "Churn alerts", "useCases[1].capabilities": "segmentation, , journeys ",
	} {
		e, ok := entries[key]
		if !ok {
			t.Fatalf("no input %s after adding a row; inputs %v", key, slices.Sorted(maps.Keys(entries)))
		}
		planType(p.window, e, text)
	}
	test.Tap(fd.save)
	if fd.open {
		t.Fatalf("dialog still open: %q", fd.form.messages())
	}
	saved := p.account(t, acct.Customer.ID).Plan.Objectives[0]
	wantKPIs := []planner.KPI{
		o.KPIs[0],
		{Name: "Response time", Unit: "ms", Baseline: 900, Current: 700, Target: 250},
		{Name: "Net promoter score", Unit: "pts", Baseline: 10, Current: 10, Target: 40},
	}
	if !slices.Equal(saved.KPIs, wantKPIs) {
		t.Errorf("stored KPIs %+v, want %+v", saved.KPIs, wantKPIs)
	}
	wantUseCases := []planner.UseCase{o.UseCases[0], {Name: "Churn alerts", Capabilities: []string{"segmentation", "journeys"}}}
	if !slices.EqualFunc(saved.UseCases, wantUseCases, sameUseCase) {
		t.Errorf("stored use cases %+v, want %+v", saved.UseCases, wantUseCases)
	}
	if saved.ID != o.ID || saved.Title != o.Title || saved.Description != o.Description || saved.Due != o.Due ||
		saved.Status != o.Status || !slices.Equal(saved.Solutions, o.Solutions) {
		t.Errorf("stored objective %+v, want the rest of %+v kept", saved, o)
	}
	p.undoKey()
	p.settle()
	back := p.account(t, acct.Customer.ID).Plan.Objectives[0]
	if !slices.Equal(back.KPIs, o.KPIs) || !slices.EqualFunc(back.UseCases, o.UseCases, sameUseCase) {
		t.Errorf("after Ctrl+Z KPIs %+v and use cases %+v, want %+v and %+v", back.KPIs, back.UseCases, o.KPIs, o.UseCases)
	}
}

// TestObjectiveDialogShowsABadNumberBesideItsKPI types a bad target into
// the second KPI: the message shows under that input only, and nothing
// is saved.
func TestObjectiveDialogShowsABadNumberBesideItsKPI(t *testing.T) {
	p, s, acct := openObjectiveWithKPIs(t)
	fd := s.dialog
	input := planFormEntries(fd.form)["kpis[1].target"]
	planType(p.window, input, "soon")
	test.Tap(fd.save)
	if !fd.open {
		t.Fatal("the dialog closed on a bad number")
	}
	if msgs := fd.form.messages(); !slices.Equal(msgs, []string{`kpis[1].target: "soon" is not a number`}) {
		t.Fatalf("form shows %q, want the message beside the second KPI's target only", msgs)
	}
	fld := fd.form.field("kpis[1].target")
	if fld.entries[0] != input || !fld.err.Visible() || fld.err.Text == "" {
		t.Fatal("the message is not shown under the second KPI's target")
	}
	if saved := p.account(t, acct.Customer.ID).Plan; !slices.Equal(saved.Objectives[0].KPIs, acct.Plan.Objectives[0].KPIs) {
		t.Fatalf("stored KPIs %+v after a refused save, want %+v", saved.Objectives[0].KPIs, acct.Plan.Objectives[0].KPIs)
	}
}

// TestObjectiveDialogRemovesRows removes the first KPI and the use case:
// the second KPI takes the first place, also in planner's messages, and
// is stored alone.
func TestObjectiveDialogRemovesRows(t *testing.T) {
	p, s, acct := openObjectiveWithKPIs(t)
	fd := s.dialog
	first := planFormEntries(fd.form)["kpis[0].name"]
	for _, r := range []*widget.Button{rowRemoveButton(t, fd, first), rowRemoveButton(t, fd, planFormEntries(fd.form)["useCases[0].name"])} {
		test.Tap(r)
	}
	entries := planFormEntries(fd.form)
	if _, ok := entries["kpis[1].name"]; ok || entries["kpis[0].name"].Text != "Response time" {
		t.Fatalf("inputs %v after removing the first KPI, want the second in its place", slices.Sorted(maps.Keys(entries)))
	}
	planType(p.window, entries["kpis[0].name"], " ")
	test.Tap(fd.save)
	if msgs := fd.form.messages(); len(msgs) != 1 || !strings.HasPrefix(msgs[0], "kpis[0].name: ") {
		t.Fatalf("form shows %q, want planner's message under the remaining KPI's name", msgs)
	}
	planType(p.window, entries["kpis[0].name"], "Response time")
	test.Tap(fd.save)
	saved := p.account(t, acct.Customer.ID).Plan.Objectives[0]
	if !slices.Equal(saved.KPIs, acct.Plan.Objectives[0].KPIs[1:]) || len(saved.UseCases) != 0 {
		t.Fatalf("stored KPIs %+v and use cases %+v, want the second KPI alone", saved.KPIs, saved.UseCases)
	}
}

// rowRemoveButton returns the remove button of the row of the dialog
// that holds input.
func rowRemoveButton(t *testing.T, fd *formDialog, input *widget.Entry) *widget.Button {
	t.Helper()
	for _, o := range test.LaidOutObjects(fd.form.box) {
		row, ok := o.(*fyne.Container)
		if !ok || len(row.Objects) != 2 {
			continue
		}
		b, ok := row.Objects[1].(*widget.Button)
		if !ok || b.Icon != theme.DeleteIcon() {
			continue
		}
		for _, in := range test.LaidOutObjects(row.Objects[0]) {
			if e, ok := in.(*formEntry); ok && &e.Entry == input {
				return b
			}
		}
	}
	t.Fatal("no remove button beside the input")
	return nil
}

// TestObjectiveDialogFitsSmallScreen opens the dialog with several KPIs
// and use cases in a 1024x768 window: it stays inside the window.
func TestObjectiveDialogFitsSmallScreen(t *testing.T) {
	p, s, _ := openObjectiveWithKPIs(t)
	p.window.Resize(fyne.NewSize(1024, 768))
	for range 6 {
		planTapDialogButton(p.window, p.tr("plan.objective.addKPI"))
		planTapDialogButton(p.window, p.tr("plan.objective.addUseCase"))
	}
	if got := len(planFormEntries(s.dialog.form)); got < 8*5 {
		t.Fatalf("%d inputs after adding rows, want at least %d", got, 8*5)
	}
	if size := s.dialog.dialog.MinSize(); size.Width > 1024 || size.Height > 768 {
		t.Fatalf("dialog needs %v, more than a 1024x768 window", size)
	}
}

// actionPlanScreenOf makes the Mutual Action Plan screen of u as the
// window does.
func actionPlanScreenOf(u *UI) screen { return newActionPlanScreen(u, u.store, u.cat) }

// errPlanRefused is the refusal of refusingPlanStore.
var errPlanRefused = errors.New("the plan cannot be saved")

// refusingPlanStore reads the plans of the store it holds and refuses to
// save any.
type refusingPlanStore struct{ actionPlanStore }

func (refusingPlanStore) PutPlan(planner.ActionPlan) (planner.ActionPlan, error) {
	return planner.ActionPlan{}, errPlanRefused
}

// TestActionPlanWorkbookChangesRefusedShowTheError: made with just a
// window and a store, the screen tells the window why the customer's
// changes could not be saved and leaves the dialog open to try again.
func TestActionPlanWorkbookChangesRefusedShowTheError(t *testing.T) {
	p := newPlanningUI(t)
	acct := planSampleAccount(t, p)
	w := &errorRecordingWindow{UI: p.UI}
	s := newActionPlanScreen(w, refusingPlanStore{p.db}, p.cat).(*actionPlanScreen)
	s.show(acct.Customer.ID)
	a := acct.Plan.Actions[0]
	change := planner.PlanChange{Key: a.ID.String(), Part: planner.PartAction, Field: planner.FieldStatus, ID: a.ID,
		Title: a.Title, Before: string(a.Status), After: string(planner.StatusBlocked)}
	if a.Status == planner.StatusBlocked {
		change.After = string(planner.StatusDone)
	}
	s.showWorkbookChanges(acct.Customer.ID, []planner.PlanChange{change}, nil)
	tapButton(t, p.UI, p.tr("plan.workbook.apply"))
	if len(w.shown) != 1 || !errors.Is(w.shown[0], errPlanRefused) {
		t.Fatalf("errors shown %v, want the refusal", w.shown)
	}
	if got := p.account(t, acct.Customer.ID).Plan.Actions[0].Status; got != a.Status {
		t.Errorf("the stored status is %s, want %s as before", got, a.Status)
	}
	if p.window.Canvas().Overlays().Top() == nil {
		t.Error("the dialog closed although nothing was saved")
	}
}
