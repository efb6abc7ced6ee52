package planner_test

import (
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestObjectiveProgress(t *testing.T) {
	tests := []struct {
		name                      string
		baseline, target, current float64
		status                    planner.Status
		want                      float64
	}{
		{"at the baseline", 2.0, 3.0, 2.0, planner.StatusOpen, 0},
		{"half way up", 2.0, 3.0, 2.5, planner.StatusInProgress, 0.5},
		{"at the target", 2.0, 3.0, 3.0, planner.StatusOpen, 1},
		{"beyond the target is clamped", 2.0, 3.0, 4.0, planner.StatusOpen, 1},
		{"below the baseline is clamped", 2.0, 3.0, 1.0, planner.StatusOpen, 0},
		{"a KPI that should go down, a quarter of the way", 1200, 400, 1000, planner.StatusOpen, 0.25},
		{"a KPI that should go down, going up", 1200, 400, 1300, planner.StatusOpen, 0},
		{"a KPI that should go down, below target", 1200, 400, 300, planner.StatusOpen, 1},
		{"done counts as reached", 2.0, 3.0, 2.0, planner.StatusDone, 1},
		{"target equal to baseline, reached", 5, 5, 5, planner.StatusOpen, 1},
		{"target equal to baseline, missed", 5, 5, 4, planner.StatusOpen, 0},
		{"not a number", 2, 3, math.NaN(), planner.StatusOpen, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := planner.Objective{KPIs: []planner.KPI{{Baseline: tt.baseline, Target: tt.target, Current: tt.current}}, Status: tt.status}
			if got := planner.ObjectiveProgress(o); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("ObjectiveProgress = %g, want %g", got, tt.want)
			}
		})
	}
}

func TestPlanAndMilestoneProgress(t *testing.T) {
	ms1, ms2, ms3 := planner.NewID(), planner.NewID(), planner.NewID()
	plan := planner.ActionPlan{
		Title: "Cloud migration",
		Objectives: []planner.Objective{
			{Title: "a", KPIs: []planner.KPI{{Baseline: 0, Target: 100, Current: 50}}, Status: planner.StatusOpen},      // 0.5
			{Title: "b", KPIs: []planner.KPI{{Baseline: 45, Target: 5, Current: 35}}, Status: planner.StatusInProgress}, // 0.25
			{Title: "c", KPIs: []planner.KPI{{Baseline: 0, Target: 1, Current: 0}}, Status: planner.StatusDone},         // 1
			{Title: "d", KPIs: []planner.KPI{{Baseline: 0, Target: 1, Current: 0}}, Status: planner.StatusCancelled},    // left out
		},
		Milestones: []planner.Milestone{
			{ID: ms1, Title: "readiness", Status: planner.StatusOpen},
			{ID: ms2, Title: "cut-over", Status: planner.StatusDone},
			{ID: ms3, Title: "hypercare", Status: planner.StatusOpen},
		},
		Actions: []planner.Action{
			{Title: "x", MilestoneID: ms1, Status: planner.StatusDone},
			{Title: "y", MilestoneID: ms1, Status: planner.StatusOpen},
			{Title: "z", MilestoneID: ms1, Status: planner.StatusDone},
			{Title: "w", MilestoneID: ms1, Status: planner.StatusCancelled},
			{Title: "v", MilestoneID: ms2, Status: planner.StatusOpen},
		},
	}
	if got := planner.PlanProgress(plan); math.Abs(got-(0.5+0.25+1)/3) > 1e-12 {
		t.Errorf("PlanProgress = %g, want %g", got, (0.5+0.25+1)/3)
	}
	if got := planner.PlanProgress(planner.ActionPlan{}); got != 0 {
		t.Errorf("PlanProgress(empty) = %g, want 0", got)
	}
	tests := []struct {
		id   planner.ID
		want float64
		ok   bool
	}{
		{ms1, 2.0 / 3, true}, // two of three (the cancelled one is left out)
		{ms2, 1, true},       // done
		{ms3, 0, true},       // no actions
		{planner.NewID(), 0, false},
	}
	for _, tt := range tests {
		got, ok := planner.MilestoneProgress(plan, tt.id)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("MilestoneProgress = %g, %t; want %g, %t", got, ok, tt.want, tt.ok)
		}
	}
}

func TestOverdueAndDueSoon(t *testing.T) {
	today := catalog.MustDate("2027-01-12")
	day := func(offset int) catalog.Date { return today.AddDays(offset) }
	plan := planner.ActionPlan{Title: "p", Actions: []planner.Action{
		{Title: "late customer", Side: planner.SideCustomer, Due: day(-3), Status: planner.StatusOpen},
		{Title: "late but done", Side: planner.SideVendor, Due: day(-5), Status: planner.StatusDone},
		{Title: "later vendor", Side: planner.SideVendor, Due: day(-1), Status: planner.StatusBlocked},
		{Title: "today", Side: planner.SideVendor, Due: day(0), Status: planner.StatusOpen},
		{Title: "in two weeks", Side: planner.SideCustomer, Due: day(14), Status: planner.StatusInProgress},
		{Title: "in fifteen days", Side: planner.SideCustomer, Due: day(15), Status: planner.StatusOpen},
		{Title: "cancelled", Side: planner.SideCustomer, Due: day(3), Status: planner.StatusCancelled},
		{Title: "a customer task", Side: planner.SideCustomer, Due: day(2), Status: planner.StatusOpen},
		{Title: "no due day", Side: planner.SideVendor, Status: planner.StatusOpen},
	}}
	titles := func(list []planner.Action) []string {
		var out []string
		for _, a := range list {
			out = append(out, a.Title)
		}
		return out
	}
	if got, want := titles(planner.OverdueActions(plan, today)), []string{"late customer", "later vendor"}; !slices.Equal(got, want) {
		t.Errorf("OverdueActions = %q, want %q", got, want)
	}
	soon := planner.DueSoon(plan, today, 14)
	if got, want := titles(soon[planner.SideCustomer]), []string{"a customer task", "in two weeks"}; !slices.Equal(got, want) {
		t.Errorf("DueSoon customer = %q, want %q", got, want)
	}
	if got, want := titles(soon[planner.SideVendor]), []string{"today"}; !slices.Equal(got, want) {
		t.Errorf("DueSoon vendor = %q, want %q", got, want)
	}
}

func TestPlanMutators(t *testing.T) {
	var plan planner.ActionPlan
	plan.Title = "Cloud migration"
	obj, err := plan.AddObjective(planner.Objective{Title: "Go live", KPIs: []planner.KPI{{Name: "sites live", Baseline: 0, Target: 100}}})
	if err != nil {
		t.Fatal(err)
	}
	ms, err := plan.AddMilestone(planner.Milestone{Title: "Code ready", ObjectiveID: obj})
	if err != nil {
		t.Fatal(err)
	}
	act, err := plan.AddAction(planner.Action{Title: "Refactor", Side: planner.SideCustomer, MilestoneID: ms})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Objectives[0].Status != planner.StatusOpen || plan.Actions[0].Status != planner.StatusOpen {
		t.Errorf("new items should be open: %+v", plan)
	}
	if err := plan.SetActionStatus(act, planner.StatusDone); err != nil || plan.Actions[0].Status != planner.StatusDone {
		t.Fatalf("SetActionStatus = %v, status %s", err, plan.Actions[0].Status)
	}
	if err := plan.SetStatus(ms, planner.StatusInProgress); err != nil || plan.Milestones[0].Status != planner.StatusInProgress {
		t.Fatalf("SetStatus(milestone) = %v", err)
	}
	if err := plan.SetObjectiveCurrent(obj, 0, 40); err != nil || plan.Objectives[0].KPIs[0].Current != 40 {
		t.Fatalf("SetObjectiveCurrent = %v", err)
	}
	if err := plan.Validate(); err != nil {
		t.Fatalf("the plan built by the mutators does not validate: %v", err)
	}

	before := plan
	before.Objectives = slices.Clone(plan.Objectives)
	before.Milestones = slices.Clone(plan.Milestones)
	before.Actions = slices.Clone(plan.Actions)
	unknown := planner.NewID()
	errTests := []struct {
		name   string
		do     func() error
		fields map[string]string
	}{
		{"objective without title and KPI", func() error {
			_, err := plan.AddObjective(planner.Objective{KPIs: []planner.KPI{{Name: "sites", Target: 1}, {Target: math.Inf(1)}}})
			return err
		}, map[string]string{"title": "must not be empty", "kpis[1].name": `must name what is measured, such as "conversion rate"`, "kpis[1].target": "must be a finite number, not +Inf"}},
		{"KPI of an unknown objective", func() error { return plan.AddKPI(unknown, planner.KPI{Target: math.NaN()}) },
			map[string]string{"objective": "no objective with ID " + unknown.String() + " in this plan",
				"name": `must name what is measured, such as "conversion rate"`, "target": "must be a finite number, not NaN"}},
		{"use case without a name", func() error {
			return plan.AddUseCase(obj, planner.UseCase{Capabilities: []string{"segments", " "}})
		}, map[string]string{"name": "must not be empty", "useCase.capabilities[1]": "must not be empty"}},
		{"current value of a KPI the objective lacks", func() error { return plan.SetObjectiveCurrent(obj, 3, 1) },
			map[string]string{"kpi": "the objective has no KPI number 4"}},
		{"objective twice", func() error {
			_, err := plan.AddObjective(planner.Objective{ID: obj, Title: "again", KPIs: []planner.KPI{{Name: "x", Target: 1}}})
			return err
		}, map[string]string{"id": "the plan already has an objective with ID " + obj.String()}},
		{"milestone for an unknown objective", func() error {
			_, err := plan.AddMilestone(planner.Milestone{Title: "m", ObjectiveID: unknown, Status: "paused"})
			return err
		}, map[string]string{"objectiveId": "no objective with ID " + unknown.String() + " in this plan",
			"status": `unknown status "paused" (want open, in-progress, done, blocked or cancelled)`}},
		{"action without side", func() error {
			_, err := plan.AddAction(planner.Action{Title: "a", MilestoneID: unknown})
			return err
		}, map[string]string{"side": `unknown side "" (want customer or vendor)`, "milestoneId": "no milestone with ID " + unknown.String() + " in this plan"}},
		{"status of an unknown action", func() error { return plan.SetActionStatus(unknown, "later") },
			map[string]string{"id": "no action with ID " + unknown.String() + " in this plan",
				"status": `unknown status "later" (want open, in-progress, done, blocked or cancelled)`}},
		{"status of an unknown item", func() error { return plan.SetStatus(unknown, planner.StatusDone) },
			map[string]string{"id": "no objective, milestone or action with ID " + unknown.String() + " in this plan"}},
		{"current value not a number", func() error { return plan.SetObjectiveCurrent(obj, 0, math.NaN()) },
			map[string]string{"current": "must be a finite number, not NaN"}},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.do()
			v, ok := planner.AsValidation(err)
			if !ok {
				t.Fatalf("error %v is not a *ValidationError", err)
			}
			if len(v.Problems) != len(tt.fields) {
				t.Errorf("problems = %v, want %d", v.Problems, len(tt.fields))
			}
			for field, msg := range tt.fields {
				p, ok := v.Field(field)
				if !ok || p.Message != msg {
					t.Errorf("field %s: %q, want %q", field, p.Message, msg)
				}
			}
			if !slices.Equal(plan.Actions, before.Actions) || !slices.EqualFunc(plan.Objectives, before.Objectives, func(a, b planner.Objective) bool {
				return a.ID == b.ID && slices.Equal(a.KPIs, b.KPIs) && a.Status == b.Status
			}) || len(plan.Milestones) != len(before.Milestones) {
				t.Errorf("a refused change altered the plan")
			}
		})
	}
}

// itemIDs are the IDs of the objectives, milestones and actions of
// itemsPlan.
type itemIDs struct {
	obj, ms, act [3]planner.ID
}

func newItemIDs() itemIDs {
	var ids itemIDs
	for i := range 3 {
		ids.obj[i], ids.ms[i], ids.act[i] = planner.NewID(), planner.NewID(), planner.NewID()
	}
	return ids
}

// itemsPlan returns, each time anew, a plan of three objectives, two
// milestones (the first linked to the first objective) and three actions
// (the first two linked to the first milestone).
func itemsPlan(ids itemIDs) planner.ActionPlan {
	obj, ms, act := ids.obj, ids.ms, ids.act
	return planner.ActionPlan{
		Title: "Cloud migration",
		Objectives: []planner.Objective{
			{ID: obj[0], Title: "Sites live", KPIs: []planner.KPI{{Name: "sites", Target: 40}}, Status: planner.StatusOpen},
			{ID: obj[1], Title: "Faster pages", KPIs: []planner.KPI{{Name: "p95", Unit: "ms", Baseline: 1200, Target: 400, Current: 1000}}, Status: planner.StatusInProgress},
			{ID: obj[2], Title: "Fewer incidents", KPIs: []planner.KPI{{Name: "P1 cases a month", Baseline: 6, Target: 1}}, Status: planner.StatusOpen},
		},
		Milestones: []planner.Milestone{
			{ID: ms[0], Title: "Code ready", ObjectiveID: obj[0], Status: planner.StatusOpen},
			{ID: ms[1], Title: "Cut-over", Status: planner.StatusOpen},
		},
		Actions: []planner.Action{
			{ID: act[0], Title: "Refactor", Owner: "Priya", Side: planner.SideCustomer, MilestoneID: ms[0], Status: planner.StatusOpen},
			{ID: act[1], Title: "Review", Owner: "Jonas", Side: planner.SideVendor, MilestoneID: ms[0], Status: planner.StatusDone},
			{ID: act[2], Title: "Rehearse", Owner: "Priya", Side: planner.SideCustomer, Status: planner.StatusBlocked},
		},
	}
}

func TestPlanPutItems(t *testing.T) {
	ids := newItemIDs()
	obj, ms, act := ids.obj, ids.ms, ids.act
	base := func() planner.ActionPlan { return itemsPlan(ids) }
	unknown := planner.NewID()
	tests := []struct {
		name string
		put  func(m *planner.ActionPlan) (planner.ID, error)
		// want changes a copy of the plan as the put should, given the
		// ID it returned; nil when the put must be refused.
		want func(m *planner.ActionPlan, id planner.ID)
		// fields are the problems of a refused put.
		fields map[string]string
	}{
		{"objective replaced in place", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutObjective(planner.Objective{ID: obj[1], Title: "Faster product pages", KPIs: []planner.KPI{{Name: "p95", Unit: "ms", Baseline: 1200, Target: 400, Current: 700}}})
		}, func(m *planner.ActionPlan, id planner.ID) {
			m.Objectives[1] = planner.Objective{ID: obj[1], Title: "Faster product pages", KPIs: []planner.KPI{{Name: "p95", Unit: "ms", Baseline: 1200, Target: 400, Current: 700}}, Status: planner.StatusOpen}
		}, nil},
		{"objective without ID added at the end", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutObjective(planner.Objective{Title: "More orders", KPIs: []planner.KPI{{Name: "orders a day", Target: 900}}})
		}, func(m *planner.ActionPlan, id planner.ID) {
			m.Objectives = append(m.Objectives, planner.Objective{ID: id, Title: "More orders", KPIs: []planner.KPI{{Name: "orders a day", Target: 900}}, Status: planner.StatusOpen})
		}, nil},
		{"objective with an unknown ID added at the end with it", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutObjective(planner.Objective{ID: unknown, Title: "More orders", KPIs: []planner.KPI{{Name: "orders a day", Target: 900}}, Status: planner.StatusBlocked})
		}, func(m *planner.ActionPlan, id planner.ID) {
			m.Objectives = append(m.Objectives, planner.Objective{ID: unknown, Title: "More orders", KPIs: []planner.KPI{{Name: "orders a day", Target: 900}}, Status: planner.StatusBlocked})
		}, nil},
		{"objective replaced with problems names its place", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutObjective(planner.Objective{ID: obj[1], Title: " ", KPIs: []planner.KPI{{Name: "p95", Target: math.NaN()}}, Status: "paused"})
		}, nil, map[string]string{
			"objectives[1].title":          "must not be empty",
			"objectives[1].kpis[0].target": "must be a finite number, not NaN",
			"objectives[1].status":         `unknown status "paused" (want open, in-progress, done, blocked or cancelled)`,
		}},
		{"new objective with problems named at the end", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutObjective(planner.Objective{Title: "More orders", KPIs: []planner.KPI{{Current: math.Inf(-1)}}})
		}, nil, map[string]string{
			"objectives[3].kpis[0].name":    `must name what is measured, such as "conversion rate"`,
			"objectives[3].kpis[0].current": "must be a finite number, not -Inf",
		}},
		{"milestone replaced in place, linked to another objective", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutMilestone(planner.Milestone{ID: ms[0], Title: "Code frozen", Due: catalog.MustDate("2027-03-01"), ObjectiveID: obj[2], Status: planner.StatusDone})
		}, func(m *planner.ActionPlan, id planner.ID) {
			m.Milestones[0] = planner.Milestone{ID: ms[0], Title: "Code frozen", Due: catalog.MustDate("2027-03-01"), ObjectiveID: obj[2], Status: planner.StatusDone}
		}, nil},
		{"milestone without ID added at the end", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutMilestone(planner.Milestone{Title: "Hypercare"})
		}, func(m *planner.ActionPlan, id planner.ID) {
			m.Milestones = append(m.Milestones, planner.Milestone{ID: id, Title: "Hypercare", Status: planner.StatusOpen})
		}, nil},
		{"milestone linked to an objective not in the plan", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutMilestone(planner.Milestone{ID: ms[1], Title: "Cut-over", ObjectiveID: unknown})
		}, nil, map[string]string{"milestones[1].objectiveId": "no objective with ID " + unknown.String() + " in this plan"}},
		{"new milestone without a title", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutMilestone(planner.Milestone{Status: "later"})
		}, nil, map[string]string{
			"milestones[2].title":  "must not be empty",
			"milestones[2].status": `unknown status "later" (want open, in-progress, done, blocked or cancelled)`,
		}},
		{"action replaced in place", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutAction(planner.Action{ID: act[1], Title: "Review the code", Owner: "Jonas", Side: planner.SideVendor, MilestoneID: ms[1], Status: planner.StatusInProgress})
		}, func(m *planner.ActionPlan, id planner.ID) {
			m.Actions[1] = planner.Action{ID: act[1], Title: "Review the code", Owner: "Jonas", Side: planner.SideVendor, MilestoneID: ms[1], Status: planner.StatusInProgress}
		}, nil},
		{"action with an unknown ID added at the end with it", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutAction(planner.Action{ID: unknown, Title: "Train editors", Side: planner.SideVendor})
		}, func(m *planner.ActionPlan, id planner.ID) {
			m.Actions = append(m.Actions, planner.Action{ID: unknown, Title: "Train editors", Side: planner.SideVendor, Status: planner.StatusOpen})
		}, nil},
		{"action replaced without a side", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutAction(planner.Action{ID: act[2], Title: "Rehearse", Status: planner.StatusBlocked})
		}, nil, map[string]string{"actions[2].side": `unknown side "" (want customer or vendor)`}},
		{"new action linked to a milestone not in the plan", func(m *planner.ActionPlan) (planner.ID, error) {
			return m.PutAction(planner.Action{Title: "Train editors", Side: planner.SideCustomer, MilestoneID: unknown})
		}, nil, map[string]string{"actions[3].milestoneId": "no milestone with ID " + unknown.String() + " in this plan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := base()
			id, err := tt.put(&plan)
			if tt.want == nil {
				v, ok := planner.AsValidation(err)
				if !ok {
					t.Fatalf("error %v is not a *ValidationError", err)
				}
				if id != (planner.ID{}) {
					t.Errorf("a refused put returned ID %s", id)
				}
				if len(v.Problems) != len(tt.fields) {
					t.Errorf("problems = %v, want %d", v.Problems, len(tt.fields))
				}
				for field, msg := range tt.fields {
					if p, ok := v.Field(field); !ok || p.Field != field || p.Message != msg {
						t.Errorf("field %s: %+v, want %q", field, p, msg)
					}
				}
				if !reflect.DeepEqual(plan, base()) {
					t.Errorf("a refused put altered the plan:\n got %+v\nwant %+v", plan, base())
				}
				return
			}
			if err != nil {
				t.Fatalf("put: %v", err)
			}
			if id == (planner.ID{}) {
				t.Fatal("put returned a zero ID")
			}
			want := base()
			tt.want(&want, id)
			if !reflect.DeepEqual(plan, want) {
				t.Errorf("plan after put:\n got %+v\nwant %+v", plan, want)
			}
			if err := plan.Validate(); err != nil {
				t.Errorf("the plan after put does not validate: %v", err)
			}
		})
	}
}

func TestPlanRemoveItems(t *testing.T) {
	ids := newItemIDs()
	obj, ms, act := ids.obj, ids.ms, ids.act
	base := func() planner.ActionPlan { return itemsPlan(ids) }
	unknown := planner.NewID()
	tests := []struct {
		name   string
		remove func(m *planner.ActionPlan) error
		// want changes a copy of the plan as the removal should; nil when
		// it must be refused with message on the field id.
		want    func(m *planner.ActionPlan)
		message string
	}{
		{"objective, its milestones unlinked", func(m *planner.ActionPlan) error { return m.RemoveObjective(obj[0]) }, func(m *planner.ActionPlan) {
			m.Objectives = m.Objectives[1:]
			m.Milestones[0].ObjectiveID = planner.ID{}
		}, ""},
		{"milestone, its actions unlinked", func(m *planner.ActionPlan) error { return m.RemoveMilestone(ms[0]) }, func(m *planner.ActionPlan) {
			m.Milestones = m.Milestones[1:]
			m.Actions[0].MilestoneID = planner.ID{}
			m.Actions[1].MilestoneID = planner.ID{}
		}, ""},
		{"action", func(m *planner.ActionPlan) error { return m.RemoveAction(act[1]) }, func(m *planner.ActionPlan) {
			m.Actions = append(m.Actions[:1], m.Actions[2])
		}, ""},
		{"objective not in the plan", func(m *planner.ActionPlan) error { return m.RemoveObjective(ms[0]) }, nil,
			"no objective with ID " + ms[0].String() + " in this plan"},
		{"milestone not in the plan", func(m *planner.ActionPlan) error { return m.RemoveMilestone(unknown) }, nil,
			"no milestone with ID " + unknown.String() + " in this plan"},
		{"action not in the plan", func(m *planner.ActionPlan) error { return m.RemoveAction(obj[1]) }, nil,
			"no action with ID " + obj[1].String() + " in this plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := base()
			err := tt.remove(&plan)
			want := base()
			if tt.want == nil {
				v, ok := planner.AsValidation(err)
				if !ok {
					t.Fatalf("error %v is not a *ValidationError", err)
				}
				if p, ok := v.Field("id"); !ok || len(v.Problems) != 1 || p.Message != tt.message {
					t.Errorf("problems %v, want id: %s", v.Problems, tt.message)
				}
			} else {
				if err != nil {
					t.Fatalf("remove: %v", err)
				}
				tt.want(&want)
			}
			if !reflect.DeepEqual(plan, want) {
				t.Errorf("plan after remove:\n got %+v\nwant %+v", plan, want)
			}
			if err := plan.Validate(); err != nil {
				t.Errorf("the plan after remove does not validate: %v", err)
			}
		})
	}
}
