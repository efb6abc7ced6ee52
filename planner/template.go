package planner

import (
	"github.com/liftoff-app/liftoff/catalog"
)

// PlanFromTemplate returns a new Mutual Action Plan for customer c built
// from template tpl: every objective, milestone and action gets a fresh
// ID, due days are counted from start, objectives start at their baseline
// and name the template's solution, every status is open and action
// owners are the people of account acc who fill the template's roles
// (OwnerForRole: its success team and the stakeholders of its
// engagements), else the roles until people are named. Links between
// objectives, milestones and actions follow the template's keys.
func PlanFromTemplate(tpl catalog.PlanTemplate, acc Account, start Date) ActionPlan {
	c := acc.Customer
	var stakeholders []Stakeholder
	for _, e := range acc.Engagements {
		stakeholders = append(stakeholders, e.Stakeholders...)
	}
	plan := ActionPlan{ID: NewID(), CustomerID: c.ID, Title: tpl.Name}
	if c.Name != "" {
		plan.Title = c.Name + ": " + tpl.Name
	}
	due := func(offset int) Date {
		if start.IsZero() {
			return Date{}
		}
		return start.AddDays(offset)
	}
	objectives := make(map[string]ID, len(tpl.Objectives))
	for _, o := range tpl.Objectives {
		id := NewID()
		objectives[o.Key] = id
		var sols []catalog.SolutionID
		if tpl.Solution != "" {
			sols = []catalog.SolutionID{tpl.Solution}
		}
		plan.Objectives = append(plan.Objectives, Objective{
			ID:          id,
			Title:       o.Title,
			Description: o.Description,
			KPIs: []KPI{{Name: o.KPI, Unit: o.Unit, Baseline: o.Baseline,
				Target: o.Target, Current: o.Baseline}},
			Due:       due(o.DueOffsetDays),
			Status:    StatusOpen,
			Solutions: sols,
		})
	}
	milestones := make(map[string]ID, len(tpl.Milestones))
	for _, m := range tpl.Milestones {
		id := NewID()
		milestones[m.Key] = id
		plan.Milestones = append(plan.Milestones, Milestone{
			ID:          id,
			Title:       m.Title,
			Due:         due(m.DueOffsetDays),
			ObjectiveID: objectives[m.Objective],
			Status:      StatusOpen,
		})
	}
	for _, a := range tpl.Actions {
		plan.Actions = append(plan.Actions, Action{
			ID:          NewID(),
			Title:       a.Title,
			Owner:       OwnerForRole(a.OwnerRole, Side(a.Side), c, stakeholders),
			Side:        Side(a.Side),
			Due:         due(a.DueOffsetDays),
			Status:      StatusOpen,
			MilestoneID: milestones[a.Milestone],
		})
	}
	return plan
}
