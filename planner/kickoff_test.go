package planner_test

import (
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// sampleAccount returns the sample portfolio's account of a customer.
func sampleAccount(t *testing.T, name string) planner.Account {
	t.Helper()
	cat := catalog.Default()
	for _, a := range sample.Portfolio(cat, catalog.MustDate("2026-02-10")) {
		if a.Customer.Name == name {
			return a
		}
	}
	t.Fatalf("no sample customer %q", name)
	return planner.Account{}
}

func TestGoalsFallBackToObjectives(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	e := a.Engagements[0]
	if got := a.Goals(e); len(got) != len(e.Goals) || got[0].Objective {
		t.Fatalf("goals of an engagement with its own goals = %+v", got)
	}
	e.Goals = nil
	got := a.Goals(e)
	if len(got) != len(a.Plan.Objectives) {
		t.Fatalf("got %d goals, want the plan's %d objectives", len(got), len(a.Plan.Objectives))
	}
	for i, g := range got {
		o := a.Plan.Objectives[i]
		if !g.Objective || g.Title != o.Title || len(g.KPIs) != len(o.KPIs) {
			t.Errorf("goal %d = %+v, want objective %q with its KPIs", i, g, o.Title)
		}
	}
	a.Plan = planner.ActionPlan{}
	if got := a.Goals(e); len(got) != 0 {
		t.Errorf("no goals and no plan gave %+v", got)
	}
}

func TestObjectivesState(t *testing.T) {
	oresund := sampleAccount(t, "Øresund Energi A/S")
	if got := oresund.ObjectivesState(oresund.Engagements[0]); got != planner.ObjectivesMissing {
		t.Errorf("engagement in Design without objectives: state %d, want ObjectivesMissing", got)
	}
	contoso := sampleAccount(t, "Contoso Health")
	if got := contoso.ObjectivesState(contoso.Engagements[0]); got != planner.ObjectivesToAgree {
		t.Errorf("engagement in Kickoff without objectives: state %d, want ObjectivesToAgree", got)
	}
	mueller := sampleAccount(t, "Müller GmbH")
	if got := mueller.ObjectivesState(mueller.Engagements[0]); got != planner.ObjectivesListed {
		t.Errorf("plan with objectives: state %d, want ObjectivesListed", got)
	}
}

func TestParticipantsNamesEveryoneOnce(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	e := a.Engagements[0]
	people := a.Participants(e)
	var names []string
	for _, p := range people {
		if slices.Contains(names, p.Name) {
			t.Errorf("%q listed twice", p.Name)
		}
		names = append(names, p.Name)
	}
	want := []string{a.Customer.Team.TAM.Name, a.Customer.Team.CSM.Name, a.Customer.Team.SSM.Name, a.Customer.Team.TAD.Name}
	for _, s := range e.Stakeholders {
		want = append(want, s.Name)
	}
	for _, act := range a.Plan.Actions {
		if !act.Status.Closed() {
			want = append(want, act.Owner)
		}
	}
	for _, n := range want {
		if n != "" && !slices.Contains(names, n) {
			t.Errorf("%q is missing from %q", n, names)
		}
	}
	for _, p := range people {
		if p.Kind == planner.ParticipantActionOwner && len(p.Actions) == 0 {
			t.Errorf("action owner %q has no actions", p.Name)
		}
	}
}
