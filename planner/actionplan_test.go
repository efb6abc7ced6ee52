package planner_test

import (
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

func TestActionPlanValidate(t *testing.T) {
	objective, milestone, action, elsewhere := planner.NewID(), planner.NewID(), planner.NewID(), planner.NewID()
	valid := func() planner.ActionPlan {
		return planner.ActionPlan{
			Title:      "Replatforming plan",
			Objectives: []planner.Objective{{ID: objective, Title: "Sites on Cloud Service", Status: planner.StatusOpen}},
			Milestones: []planner.Milestone{{ID: milestone, Title: "Content freeze", ObjectiveID: objective, Status: planner.StatusOpen}},
			Actions: []planner.Action{{ID: action, Title: "Approve the freeze", Side: planner.SideCustomer,
				Status: planner.StatusOpen, MilestoneID: milestone}},
		}
	}
	if err := valid().Validate(); err != nil {
		t.Fatalf("a valid plan: %v", err)
	}
	tests := []struct {
		name  string
		edit  func(p *planner.ActionPlan)
		field string
		msg   string
	}{
		{"no title", func(p *planner.ActionPlan) { p.Title = " " }, "title", "must not be empty"},
		{"objective without ID", func(p *planner.ActionPlan) {
			p.Objectives = append(p.Objectives, planner.Objective{Title: "Hand-made", Status: planner.StatusOpen})
		}, "objectives[1].id", "missing"},
		{"two objectives with one ID", func(p *planner.ActionPlan) {
			p.Objectives = append(p.Objectives, planner.Objective{ID: objective, Title: "Copy", Status: planner.StatusOpen})
		}, "objectives[1].id", objective.String() + " is used by an earlier item"},
		{"milestone without ID", func(p *planner.ActionPlan) { p.Milestones[0].ID = planner.ID{} }, "milestones[0].id", "missing"},
		{"two actions with one ID", func(p *planner.ActionPlan) {
			p.Actions = append(p.Actions, planner.Action{ID: action, Title: "Copy", Side: planner.SideVendor, Status: planner.StatusOpen})
		}, "actions[1].id", action.String() + " is used by an earlier item"},
		{"milestone of another plan's objective", func(p *planner.ActionPlan) { p.Milestones[0].ObjectiveID = elsewhere },
			"milestones[0].objectiveId", "no objective with ID " + elsewhere.String() + " in this plan"},
		{"action without a side", func(p *planner.ActionPlan) { p.Actions[0].Side = "" }, "actions[0].side", `unknown side "" (want customer or vendor)`},
		{"unknown status", func(p *planner.ActionPlan) { p.Objectives[0].Status = "maybe" }, "objectives[0].status", `unknown status "maybe"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := valid()
			tt.edit(&plan)
			v, ok := planner.AsValidation(plan.Validate())
			if !ok {
				t.Fatal("Validate did not fail")
			}
			if p, ok := v.Field(tt.field); !ok || p.Message != tt.msg {
				t.Errorf("%s: %q, want %q (all: %v)", tt.field, p.Message, tt.msg, v)
			}
		})
	}
}
