package main

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// addedID returns the ID "added ID ..." names.
func addedID(t *testing.T, out string) planner.ID {
	t.Helper()
	f := strings.Fields(out)
	if len(f) < 2 || f[0] != "added" {
		t.Fatalf("output %q does not name what was added", out)
	}
	id, err := planner.ParseID(f[1])
	if err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	return id
}

func activityByID(a planner.Account, id planner.ID) (planner.Activity, bool) {
	for _, x := range a.Activities {
		if x.ID == id {
			return x, true
		}
	}
	return planner.Activity{}, false
}

func TestActivityObjectiveLink(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	plan := c.account("Müller").Plan
	second := plan.Objectives[1]
	prefix := strings.ToUpper(second.Title[:6])
	out := c.ok("activity", "add", "--customer", "Müller", "--item", "pro-roadmap-review", "--hours", "1",
		"--date", "2027-01-12", "--objective", prefix, "--force")
	id := addedID(t, out)
	if a, ok := activityByID(c.account("Müller"), id); !ok || a.ObjectiveID != second.ID {
		t.Fatalf("activity added with objective %s, want %s (%q)", a.ObjectiveID, second.ID, second.Title)
	}
	first := plan.Objectives[0]
	if out := c.ok("activity", "link", id.String(), "--objective", first.ID.String()); !strings.Contains(out, first.Title) {
		t.Errorf("link says %q", out)
	}
	if a, _ := activityByID(c.account("Müller"), id); a.ObjectiveID != first.ID {
		t.Errorf("linked to %s, want %s", a.ObjectiveID, first.ID)
	}
	show := c.ok("map", "show", "--customer", "Müller")
	if !strings.Contains(show, id.String()) || !strings.Contains(show, "use case  ") {
		t.Errorf("map show lists no linked activity or use case:\n%s", show)
	}
	c.ok("activity", "link", id.String(), "--objective", "none")
	if a, _ := activityByID(c.account("Müller"), id); a.ObjectiveID != (planner.ID{}) {
		t.Errorf("still linked to %s after --objective none", a.ObjectiveID)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"activity", "link", id.String(), "--objective", "no such objective"}, `--objective: the plan "Müller GmbH: relaunch Mutual Action Plan" has no objective "no such objective"`},
		{[]string{"activity", "link", id.String(), "--objective", planner.NewID().String()}, "--objective: "},
		{[]string{"activity", "link", id.String()}, "--objective is required"},
		{[]string{"activity", "add", "--customer", "Müller", "--item", "pro-roadmap-review", "--date", "2027-01-13", "--objective", "nothing like it"}, "--objective: "},
		{[]string{"activity", "add", "--customer", "Øresund", "--item", "field-health-assessment", "--solution", "campaign", "--date", "2027-01-13", "--objective", "x"}, "--objective \"x\": Øresund Energi A/S has no Mutual Action Plan yet"},
	} {
		if msg := c.fail(2, tt.args...); !strings.Contains(msg, tt.want) {
			t.Errorf("liftoffctl %s: %q, want %q", strings.Join(tt.args, " "), msg, tt.want)
		}
	}
	if a, _ := activityByID(c.account("Müller"), id); a.ObjectiveID != (planner.ID{}) {
		t.Errorf("a refused link changed the activity: %s", a.ObjectiveID)
	}
}

func TestMapCreateAddKPIAndUseCase(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	if msg := c.fail(2, "map", "create", "--customer", "Müller", "--title", "Again"); !strings.Contains(msg, "already has a Mutual Action Plan") {
		t.Errorf("map create over a plan: %q", msg)
	}
	if msg := c.fail(2, "map", "add-kpi", "--customer", "Øresund", "--objective", "x", "--name", "n", "--baseline", "1", "--target", "2"); !strings.Contains(msg, "has no Mutual Action Plan yet") {
		t.Errorf("add-kpi without a plan: %q", msg)
	}
	if msg := c.fail(2, "map", "create", "--customer", "Øresund"); !strings.Contains(msg, "--title is required") {
		t.Errorf("map create without a title: %q", msg)
	}
	// Øresund is on Expert, whose membership includes no plan.
	if msg := c.fail(1, "map", "create", "--customer", "Øresund", "--title", "Øresund growth plan"); !strings.Contains(msg, "(rule mutual-action-plan)") {
		t.Errorf("map create on Expert: %q", msg)
	}
	c.ok("map", "create", "--customer", "Øresund", "--title", "Øresund growth plan", "--force")
	a := c.account("Øresund")
	if !a.HasPlan() || a.Plan.Title != "Øresund growth plan" || len(a.Plan.Objectives) != 0 {
		t.Fatalf("plan after map create: %+v", a.Plan)
	}
	c.ok("map", "add-objective", "--customer", "Øresund", "--title", "More e-mail revenue")
	if msg := c.fail(2, "map", "add-objective", "--customer", "Øresund", "--title", "x", "--target", "3"); !strings.Contains(msg, "--target needs --kpi") {
		t.Errorf("a KPI value without --kpi: %q", msg)
	}
	c.ok("map", "add-kpi", "--customer", "Øresund", "--objective", "more e-mail", "--name", "Open rate", "--unit", "%", "--baseline", "18", "--target", "25")
	c.ok("map", "add-kpi", "--customer", "Øresund", "--objective", "more", "--name", "Revenue per send", "--unit", "EUR", "--baseline", "0.1", "--target", "0.2", "--current", "0.12")
	c.ok("map", "add-use-case", "--customer", "Øresund", "--objective", "More", "--title", "Winback journey", "--capabilities", "Journeys, Segments")
	o := c.account("Øresund").Plan.Objectives[0]
	wantKPIs := []planner.KPI{{Name: "Open rate", Unit: "%", Baseline: 18, Target: 25, Current: 18},
		{Name: "Revenue per send", Unit: "EUR", Baseline: 0.1, Target: 0.2, Current: 0.12}}
	if len(o.KPIs) != 2 || o.KPIs[0] != wantKPIs[0] || o.KPIs[1] != wantKPIs[1] {
		t.Errorf("KPIs %+v, want %+v", o.KPIs, wantKPIs)
	}
	if len(o.UseCases) != 1 || o.UseCases[0].Name != "Winback journey" || strings.Join(o.UseCases[0].Capabilities, "|") != "Journeys|Segments" {
		t.Errorf("use cases %+v", o.UseCases)
	}
	for _, tt := range []struct {
		code int
		args []string
		want string
	}{
		{2, []string{"map", "add-kpi", "--customer", "Øresund", "--objective", "fewer", "--name", "n", "--baseline", "1", "--target", "2"}, `--objective: the plan "Øresund growth plan" has no objective "fewer"`},
		{2, []string{"map", "add-kpi", "--customer", "Øresund", "--objective", "more", "--baseline", "1", "--target", "2"}, "--name is required"},
		{2, []string{"map", "add-kpi", "--customer", "Øresund", "--name", "n", "--baseline", "1", "--target", "2"}, "--objective is required"},
		{1, []string{"map", "add-kpi", "--customer", "Øresund", "--objective", "more", "--name", " ", "--baseline", "1", "--target", "2"}, "must name what is measured"},
		{2, []string{"map", "add-use-case", "--customer", "Øresund", "--objective", "more", "--title", "x", "--capabilities", "a,,b"}, "names an empty capability"},
		{2, []string{"map", "add-use-case", "--customer", "Øresund", "--objective", "none", "--title", "x"}, "--objective is required"},
	} {
		if msg := c.fail(tt.code, tt.args...); !strings.Contains(msg, tt.want) {
			t.Errorf("liftoffctl %s: %q, want %q", strings.Join(tt.args, " "), msg, tt.want)
		}
	}
	if o2 := c.account("Øresund").Plan.Objectives[0]; len(o2.KPIs) != 2 || len(o2.UseCases) != 1 {
		t.Errorf("a refused command changed the objective: %+v", o2)
	}
}
