package planner_test

import (
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestPlanFromTemplate(t *testing.T) {
	start := catalog.MustDate("2027-01-04")
	customer := schedCustomerMuller()
	acc := planner.Account{Customer: customer}
	for _, tpl := range catalog.DefaultTemplates().Templates {
		t.Run(tpl.ID, func(t *testing.T) {
			plan := planner.PlanFromTemplate(tpl, acc, start)
			if err := plan.Validate(); err != nil {
				t.Fatalf("plan from template does not validate: %v", err)
			}
			if plan.CustomerID != customer.ID || plan.Title != "Müller GmbH: "+tpl.Name || plan.ID == (planner.ID{}) {
				t.Errorf("plan %q for %s", plan.Title, plan.CustomerID)
			}
			if len(plan.Objectives) != len(tpl.Objectives) || len(plan.Milestones) != len(tpl.Milestones) || len(plan.Actions) != len(tpl.Actions) {
				t.Fatalf("plan has %d/%d/%d items, template %d/%d/%d", len(plan.Objectives), len(plan.Milestones), len(plan.Actions),
					len(tpl.Objectives), len(tpl.Milestones), len(tpl.Actions))
			}
			ids := map[planner.ID]bool{plan.ID: true}
			fresh := func(id planner.ID) {
				if id == (planner.ID{}) || ids[id] {
					t.Errorf("ID %s is zero or repeated", id)
				}
				ids[id] = true
			}
			objectiveKey := map[planner.ID]string{}
			for i, o := range plan.Objectives {
				want := tpl.Objectives[i]
				fresh(o.ID)
				objectiveKey[o.ID] = want.Key
				if o.Due != start.AddDays(want.DueOffsetDays) || len(o.KPIs) != 1 || o.KPIs[0].Current != want.Baseline || o.KPIs[0].Target != want.Target || o.KPIs[0].Name != want.KPI ||
					o.Status != planner.StatusOpen || len(o.Solutions) != 1 || o.Solutions[0] != tpl.Solution {
					t.Errorf("objective %d = %+v", i, o)
				}
			}
			milestoneKey := map[planner.ID]string{}
			for i, m := range plan.Milestones {
				want := tpl.Milestones[i]
				fresh(m.ID)
				milestoneKey[m.ID] = want.Key
				if m.Due != start.AddDays(want.DueOffsetDays) || objectiveKey[m.ObjectiveID] != want.Objective {
					t.Errorf("milestone %d = %+v, want due %+d days, objective %q", i, m, want.DueOffsetDays, want.Objective)
				}
			}
			for i, a := range plan.Actions {
				want := tpl.Actions[i]
				fresh(a.ID)
				if a.Due != start.AddDays(want.DueOffsetDays) || milestoneKey[a.MilestoneID] != want.Milestone ||
					string(a.Side) != want.Side || a.Owner != planner.OwnerForRole(want.OwnerRole, a.Side, customer, nil) || a.Status != planner.StatusOpen {
					t.Errorf("action %d = %+v, want %+v", i, a, want)
				}
			}
			// Two plans from one template share no ID.
			again := planner.PlanFromTemplate(tpl, acc, start)
			if again.ID == plan.ID || again.Objectives[0].ID == plan.Objectives[0].ID {
				t.Error("a second plan reused IDs")
			}
		})
	}
}

func TestPlanFromTemplateWithoutStart(t *testing.T) {
	tpl := catalog.PlanTemplate{ID: "t", Name: "Plan", Solution: "analytics",
		Objectives: []catalog.TemplateObjective{{Key: "o", Title: "O", KPI: "k", Target: 1, DueOffsetDays: 30}},
		Actions:    []catalog.TemplateAction{{Title: "A", Side: "vendor", OwnerRole: "TAM", DueOffsetDays: 10}},
	}
	plan := planner.PlanFromTemplate(tpl, planner.Account{}, catalog.Date{})
	if plan.Title != "Plan" || !plan.Objectives[0].Due.IsZero() || !plan.Actions[0].Due.IsZero() || plan.Actions[0].MilestoneID != (planner.ID{}) {
		t.Errorf("plan = %+v; want no due days, no milestone link, the template's name as title", plan)
	}
}
