package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// TestScheduleObjectivePicker lists none and the plan's objectives, and
// the activity is stored linked to the one picked.
func TestScheduleObjectivePicker(t *testing.T) {
	u, _, c := newTestUIFor(t, "Müller GmbH")
	acc, err := u.store.Account(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	d := openSchedule(t, u, c, "pro-roadmap-review")
	want := []string{u.tr("schedule.objective.none")}
	for _, o := range acc.Plan.Objectives {
		want = append(want, o.Title)
	}
	if !slices.Equal(d.objective.Options, want) || d.objective.SelectedIndex() != 0 || d.objective.Disabled() {
		t.Fatalf("objective choices %q (selected %d), want %q with none selected", d.objective.Options, d.objective.SelectedIndex(), want)
	}
	d.date.SetText("2027-01-12")
	d.objective.SetSelectedIndex(2)
	if _, _, _, problems := d.plan(); len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	test.Tap(d.save)
	after, err := u.store.Account(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(after.Activities, func(a planner.Activity) bool { return a.ID == d.id })
	if i < 0 {
		t.Fatal("the activity was not stored")
	}
	if got := after.Activities[i].ObjectiveID; got != acc.Plan.Objectives[1].ID {
		t.Errorf("stored with objective %s, want %s (%q)", got, acc.Plan.Objectives[1].ID, acc.Plan.Objectives[1].Title)
	}
}

// TestScheduleObjectivePickerWithoutPlan offers only none, disabled.
func TestScheduleObjectivePickerWithoutPlan(t *testing.T) {
	u, _, c := newTestUIFor(t, "Øresund Energi A/S")
	d := openSchedule(t, u, c, "field-health-assessment")
	if len(d.objective.Options) != 1 || !d.objective.Disabled() {
		t.Errorf("objective choices %q, disabled %t", d.objective.Options, d.objective.Disabled())
	}
}

// TestActionPlanShowsTheThread lists, under each objective's bar, its use
// cases and its linked activities with their day and status.
func TestActionPlanShowsTheThread(t *testing.T) {
	p, s, _ := openActionPlan(t)
	acct := p.account(t, s.customer)
	for i, o := range acct.Plan.Objectives {
		text := s.threads[i].Text
		if !slices.ContainsFunc(s.objectives.Objects, func(c fyne.CanvasObject) bool { return c == s.threads[i] }) {
			t.Errorf("objective %q: its lines are not shown", o.Title)
		}
		for _, u := range o.UseCases {
			if !strings.Contains(text, u.Name) {
				t.Errorf("objective %q: use case %q missing from %q", o.Title, u.Name, text)
			}
		}
		for _, a := range acct.ObjectiveActivities(o.ID) {
			if !strings.Contains(text, itemName(p.cat, a.ItemID)) || !strings.Contains(text, a.Date.String()) ||
				!strings.Contains(text, p.activityStatusText(a.Status)) {
				t.Errorf("objective %q: activity %s on %s missing from %q", o.Title, a.ItemID, a.Date, text)
			}
		}
	}
}

// TestActionPlanNewEmptyPlan creates an empty plan for a customer without
// one, from the button beside "from template"; Ctrl+Z removes it.
func TestActionPlanNewEmptyPlan(t *testing.T) {
	p := newPlanningUI(t)
	acct, s := p.planScreenWithoutPlan(t)
	if s.content.Objects[0] != s.noPlan || s.emptyBtn.Text != p.tr("plan.map.newEmpty") {
		t.Fatalf("no empty-plan button shown for %s", acct.Customer.Name)
	}
	test.Tap(s.emptyBtn)
	fd := s.dialog
	entries := planFormEntries(fd.form)
	planType(p.window, entries["title"], "")
	test.Tap(fd.save)
	if msgs := strings.Join(fd.form.messages(), "\n"); !strings.Contains(msgs, "title: ") {
		t.Fatalf("a blank title is not refused: %q", msgs)
	}
	if p.account(t, acct.Customer.ID).HasPlan() {
		t.Fatal("a plan without a title was stored")
	}
	planType(p.window, entries["title"], "Growth plan 2027")
	test.Tap(fd.save)
	if planner.CheckPlanAllowed(p.cat, acct.Customer) != nil {
		// The membership includes no plan: Save asks to go beyond it.
		if p.account(t, acct.Customer.ID).HasPlan() {
			t.Fatal("a plan the membership does not include was saved without asking")
		}
		tapButton(t, p.UI, "Yes")
	}
	got := p.account(t, acct.Customer.ID)
	if !got.HasPlan() || got.Plan.Title != "Growth plan 2027" || len(got.Plan.Objectives)+len(got.Plan.Milestones)+len(got.Plan.Actions) != 0 {
		t.Fatalf("stored plan %+v, want an empty plan titled Growth plan 2027", got.Plan)
	}
	if s.content.Objects[0] != s.body {
		t.Error("the screen does not show the new plan")
	}
	p.undoKey()
	if p.account(t, acct.Customer.ID).HasPlan() {
		t.Error("Ctrl+Z left the empty plan")
	}
}
