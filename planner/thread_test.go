package planner_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// linkedAccount returns Müller's account with a plan of two objectives
// and one activity.
func linkedAccount() (planner.Account, planner.ID, planner.ID) {
	c := schedCustomerMuller()
	faster, conv := planner.NewID(), planner.NewID()
	acc := planner.Account{Customer: c, Plan: planner.ActionPlan{ID: planner.NewID(), CustomerID: c.ID, Title: "Relaunch",
		Objectives: []planner.Objective{
			{ID: faster, Title: "Faster pages", Status: planner.StatusOpen},
			{ID: conv, Title: "Higher conversion", Status: planner.StatusOpen},
		}}}
	acc.Activities = []planner.Activity{{ID: planner.NewID(), CustomerID: c.ID, ItemID: "acc-aem-caching-review",
		Date: catalog.MustDate("2027-01-12"), Hours: 8, Status: planner.ActivityScheduled}}
	return acc, faster, conv
}

func TestAccountValidateObjectiveLink(t *testing.T) {
	cat := catalog.Default()
	unknown := planner.NewID()
	tests := []struct {
		name  string
		edit  func(a *planner.Account, faster planner.ID)
		wrong bool
	}{
		{"not linked", func(*planner.Account, planner.ID) {}, false},
		{"linked to an objective of the plan", func(a *planner.Account, faster planner.ID) { a.Activities[0].ObjectiveID = faster }, false},
		{"linked to an objective the plan lacks", func(a *planner.Account, _ planner.ID) { a.Activities[0].ObjectiveID = unknown }, true},
		{"linked to a removed objective", func(a *planner.Account, faster planner.ID) {
			a.Activities[0].ObjectiveID = faster
			if err := a.Plan.RemoveObjective(faster); err != nil {
				panic(err)
			}
		}, true},
		{"plan removed: the link waits for it to come back", func(a *planner.Account, faster planner.ID) {
			a.Activities[0].ObjectiveID = faster
			a.Plan = planner.ActionPlan{}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			acc, faster, _ := linkedAccount()
			tt.edit(&acc, faster)
			err := acc.Validate(cat)
			if !tt.wrong {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			v, ok := planner.AsValidation(err)
			if !ok {
				t.Fatalf("Validate = %v, want a *ValidationError", err)
			}
			p, ok := v.Field("activities[0].objectiveId")
			if !ok || len(v.Problems) != 1 || !strings.Contains(p.Message, `plan "Relaunch" does not hold`) {
				t.Errorf("problems = %v, want one about activities[0].objectiveId", v.Problems)
			}
		})
	}
}

func TestFindObjective(t *testing.T) {
	acc, faster, conv := linkedAccount()
	acc.Plan.Objectives = append(acc.Plan.Objectives, planner.Objective{ID: planner.NewID(), Title: "Fast checkout"})
	tests := []struct {
		ref     string
		want    planner.ID
		problem string
	}{
		{faster.String(), faster, ""},
		{"higher", conv, ""},
		{"  HIGHER CONVERSION ", conv, ""},
		{"faster", faster, ""},
		{"fast", planner.ID{}, `"fast" starts the title of 2 objectives ("Faster pages", "Fast checkout")`},
		{"lower", planner.ID{}, `has no objective "lower"`},
		{planner.NewID().String(), planner.ID{}, "has no objective"},
		{"", planner.ID{}, "no objective named"},
	}
	for _, tt := range tests {
		o, err := acc.Plan.FindObjective(tt.ref)
		switch {
		case tt.problem == "" && (err != nil || o.ID != tt.want):
			t.Errorf("FindObjective(%q) = %s, %v; want %s", tt.ref, o.ID, err, tt.want)
		case tt.problem != "" && (err == nil || !strings.Contains(err.Error(), tt.problem)):
			t.Errorf("FindObjective(%q) = %s, %v; want an error with %q", tt.ref, o.ID, err, tt.problem)
		}
	}
}

func TestObjectiveJSONCompatibility(t *testing.T) {
	id := planner.NewID()
	tests := []struct {
		name string
		in   string
		want []planner.KPI
	}{
		{"one KPI of the old shape",
			`{"id":"` + id.String() + `","title":"Faster pages","kpi":"LCP","unit":"ms","baseline":3800,"target":2500,"current":3100,"status":"open"}`,
			[]planner.KPI{{Name: "LCP", Unit: "ms", Baseline: 3800, Target: 2500, Current: 3100}}},
		{"old shape with values at zero but a name",
			`{"id":"` + id.String() + `","title":"Faster pages","kpi":"sites live","baseline":0,"target":0,"current":0,"status":"open"}`,
			[]planner.KPI{{Name: "sites live"}}},
		{"several KPIs", `{"id":"` + id.String() + `","title":"Faster pages","kpis":[{"name":"LCP","unit":"ms","baseline":3800,"target":2500,"current":3100},{"name":"hit ratio","baseline":61,"target":90,"current":74}],"status":"open"}`,
			[]planner.KPI{{Name: "LCP", Unit: "ms", Baseline: 3800, Target: 2500, Current: 3100}, {Name: "hit ratio", Baseline: 61, Target: 90, Current: 74}}},
		{"no KPI yet", `{"id":"` + id.String() + `","title":"Faster pages","kpis":[],"status":"open"}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o planner.Objective
			if err := json.Unmarshal([]byte(tt.in), &o); err != nil {
				t.Fatal(err)
			}
			if o.ID != id || o.Title != "Faster pages" || o.Status != planner.StatusOpen || len(o.KPIs) != len(tt.want) ||
				(len(tt.want) > 0 && !reflect.DeepEqual(o.KPIs, tt.want)) {
				t.Fatalf("read %+v, want KPIs %+v", o, tt.want)
			}
			// Written back and read again: the same objective, in the new shape.
			out, err := json.Marshal(o)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(out), `"kpi"`) || !strings.Contains(string(out), `"kpis"`) {
				t.Errorf("written as %s, want kpis only", out)
			}
			var again planner.Objective
			if err := json.Unmarshal(out, &again); err != nil || !reflect.DeepEqual(again, o) {
				t.Errorf("read back %+v (%v), want %+v", again, err, o)
			}
		})
	}
}

func TestAssessmentUseCasesMoveToObjectives(t *testing.T) {
	old := `{"requirements":["One library"],"useCases":[` +
		`{"name":"Dealer test","successMetric":"Searches","channels":["Web"],"solutions":["target"]},` +
		`{"name":"Asset reuse","solutions":["workfront"]}],"findings":["Slow cache"],"recommendations":[{"title":"Tune","priority":"high","effort":"M"}]}`
	var a planner.Assessment
	if err := json.Unmarshal([]byte(old), &a); err != nil {
		t.Fatal(err)
	}
	want := []planner.UseCase{{Name: "Dealer test", SuccessMetric: "Searches", Channels: []string{"Web"}, Solutions: []catalog.SolutionID{"target"}},
		{Name: "Asset reuse", Solutions: []catalog.SolutionID{"workfront"}}}
	if got := a.UnplacedUseCases(); !reflect.DeepEqual(got, want) || len(a.Requirements) != 1 || len(a.Findings) != 1 || len(a.Recommendations) != 1 {
		t.Fatalf("read %+v with use cases %+v", a, got)
	}
	// Not placed yet: written back whole, nothing lost.
	out, err := json.Marshal(a)
	if err != nil || string(out) != old {
		t.Fatalf("written back as %s (%v), want %s", out, err, old)
	}

	acc, faster, conv := linkedAccount()
	acc.Plan.Objectives[1].Solutions = []catalog.SolutionID{"analytics", "target"}
	e := planner.Engagement{ID: planner.NewID(), CustomerID: acc.Customer.ID, Name: "Relaunch", Assessment: a}
	acc.Engagements = []planner.Engagement{e}
	noPlan := acc
	noPlan.Plan = planner.ActionPlan{}
	noPlan.Engagements = slices.Clone(acc.Engagements)
	if noPlan.PlaceUseCases() || len(noPlan.Engagements[0].Assessment.UnplacedUseCases()) != 2 {
		t.Fatal("an account without a plan placed its use cases")
	}
	if !acc.PlaceUseCases() {
		t.Fatal("PlaceUseCases moved nothing")
	}
	// The target use case goes to the objective with target, the other to the first.
	if o := acc.Plan.Objectives; o[0].ID != faster || !reflect.DeepEqual(o[0].UseCases, want[1:]) ||
		o[1].ID != conv || !reflect.DeepEqual(o[1].UseCases, want[:1]) {
		t.Errorf("objectives after the move: %+v", acc.Plan.Objectives)
	}
	if left := acc.Engagements[0].Assessment.UnplacedUseCases(); len(left) != 0 {
		t.Errorf("assessment still holds %v", left)
	}
	out, _ = json.Marshal(acc.Engagements[0].Assessment)
	if strings.Contains(string(out), "useCases") {
		t.Errorf("placed assessment written as %s", out)
	}
	if acc.PlaceUseCases() {
		t.Error("a second PlaceUseCases moved again")
	}
	if err := acc.Validate(catalog.Default()); err != nil {
		t.Errorf("account after the move: %v", err)
	}
}

func TestOwnerForRole(t *testing.T) {
	c := schedCustomerMuller()
	c.Team = planner.SuccessTeam{TAM: planner.Person{Name: "Alex Morgan"}, CSM: planner.Person{Name: "Sam Lee"}}
	people := []planner.Stakeholder{
		{Name: "Jana Nováková", Role: "Digital analytics lead", Side: planner.SideCustomer},
		{Name: "Vendor Analyst", Role: "Digital analytics lead", Side: planner.SideVendor},
		{Name: "Tom Richter", Role: "Programme sponsor", Side: planner.SideCustomer},
	}
	tests := []struct {
		role string
		side planner.Side
		want string
	}{
		{"TAM", planner.SideVendor, "Alex Morgan"},
		{"Customer Success Manager", planner.SideVendor, "Sam Lee"},
		{"SSM", planner.SideVendor, "SSM"}, // no SSM named
		{"digital analytics lead", planner.SideCustomer, "Jana Nováková"},
		{"Digital analytics lead", planner.SideVendor, "Vendor Analyst"},
		{"Programme sponsor", planner.SideVendor, "Tom Richter"},
		{"Front-end lead", planner.SideCustomer, "Front-end lead"},
	}
	for _, tt := range tests {
		if got := planner.OwnerForRole(tt.role, tt.side, c, people); got != tt.want {
			t.Errorf("OwnerForRole(%q, %s) = %q, want %q", tt.role, tt.side, got, tt.want)
		}
	}
	tpl, ok := catalog.DefaultTemplates().Template("analytics-implementation")
	if !ok {
		t.Fatal("no analytics template in the default set")
	}
	plan := planner.PlanFromTemplate(tpl, planner.Account{Customer: c, Engagements: []planner.Engagement{{Stakeholders: people}}}, catalog.MustDate("2027-01-04"))
	owners := map[string]bool{}
	for _, a := range plan.Actions {
		owners[a.Owner] = true
	}
	if !owners["Alex Morgan"] || !owners["Jana Nováková"] || owners["TAM"] || owners["Digital analytics lead"] {
		t.Errorf("owners of the plan from a template: %v", owners)
	}
}

func TestSampleObjectivesHaveActivitiesAndUseCases(t *testing.T) {
	cat := catalog.Default()
	for _, acc := range sample.Portfolio(cat, catalog.MustDate("2027-01-04")) {
		if acc.Customer.Membership.Tier != catalog.Ultimate {
			continue
		}
		if !acc.HasPlan() || len(acc.Plan.Objectives) == 0 {
			t.Errorf("%s has no plan with objectives", acc.Customer.Name)
			continue
		}
		for _, o := range acc.Plan.Objectives {
			if len(acc.ObjectiveActivities(o.ID)) == 0 || len(o.UseCases) == 0 || len(o.KPIs) == 0 {
				t.Errorf("%s: objective %q has %d activities, %d use cases, %d KPIs", acc.Customer.Name, o.Title,
					len(acc.ObjectiveActivities(o.ID)), len(o.UseCases), len(o.KPIs))
			}
		}
		for _, e := range acc.Engagements {
			if u := e.Assessment.UnplacedUseCases(); len(u) > 0 {
				t.Errorf("%s: the assessment holds use cases of its own: %v", acc.Customer.Name, u)
			}
		}
	}
}
