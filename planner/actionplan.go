package planner

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// Status is the progress of an objective, milestone or action.
type Status string

// Statuses of plan items.
const (
	StatusOpen       Status = "open"
	StatusInProgress Status = "in-progress"
	StatusDone       Status = "done"
	StatusBlocked    Status = "blocked"
	StatusCancelled  Status = "cancelled"
)

// Closed reports whether nothing more is expected (done or cancelled).
func (s Status) Closed() bool { return s == StatusDone || s == StatusCancelled }

func (s Status) valid() bool {
	switch s {
	case StatusOpen, StatusInProgress, StatusDone, StatusBlocked, StatusCancelled:
		return true
	}
	return false
}

// ActionPlan is a Mutual Action Plan: one plan, agreed by both sides, to
// reach the customer's key business objectives.
type ActionPlan struct {
	ID         ID          `json:"id"`
	CustomerID ID          `json:"customerId"`
	Title      string      `json:"title"`
	Objectives []Objective `json:"objectives"`
	Milestones []Milestone `json:"milestones"`
	Actions    []Action    `json:"actions"`
}

// Objective is a key business objective with the KPIs that measure it and
// the use cases that serve it.
type Objective struct {
	ID          ID     `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	// KPIs measure the objective; a plan that starts blank adds them
	// later, so an objective may have none yet.
	KPIs []KPI `json:"kpis"`
	// Start is the day work towards the objective started; with Due it
	// gives the time its KPIs are measured against (see ObjectiveStart).
	// Zero when not recorded.
	Start     Date                 `json:"start,omitzero"`
	Due       Date                 `json:"due,omitzero"`
	Status    Status               `json:"status"`
	Solutions []catalog.SolutionID `json:"solutions,omitempty"`
	// UseCases are the business use cases that serve the objective: the
	// one place they are kept (the assessment document lists them).
	UseCases []UseCase `json:"useCases,omitempty"`
	// Comment is the customer's latest remark on the objective, from the
	// plan's workbook (see PlanChanges).
	Comment string `json:"comment,omitempty"`
}

// KPI is one measure of an objective.
type KPI struct {
	// Name says what is measured, e.g. "conversion rate".
	Name string `json:"name"`
	Unit string `json:"unit,omitempty"` // "%", "ms", "EUR"
	// Baseline, Target and Current are values; the target may be below
	// the baseline (a KPI that should go down).
	Baseline float64 `json:"baseline"`
	Target   float64 `json:"target"`
	Current  float64 `json:"current"`
}

// objectiveJSON is the JSON an objective is read from: its fields, and
// those of the one KPI an objective had before it had several (kpi,
// unit, baseline, target and current).
type objectiveJSON struct {
	objectiveFields
	KPI      *string `json:"kpi,omitempty"`
	Unit     string  `json:"unit,omitempty"`
	Baseline float64 `json:"baseline,omitempty"`
	Target   float64 `json:"target,omitempty"`
	Current  float64 `json:"current,omitempty"`
}

// objectiveFields is an Objective without its methods, so that
// objectiveJSON embeds its fields and not its UnmarshalJSON.
type objectiveFields Objective

// JSONShape returns the shape of the JSON an objective is read from, for
// decoders that check it strictly before UnmarshalJSON reads it.
func (o *Objective) JSONShape() any { return new(objectiveJSON) }

// UnmarshalJSON reads an objective, also as Liftoff wrote it before an
// objective had several KPIs: the one KPI of that shape (fields kpi, unit,
// baseline, target and current) becomes a list of one.
func (o *Objective) UnmarshalJSON(b []byte) error {
	var v objectiveJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*o = Objective(v.objectiveFields)
	old := KPI{Unit: v.Unit, Baseline: v.Baseline, Target: v.Target, Current: v.Current}
	if v.KPI != nil {
		old.Name = *v.KPI
	}
	if len(o.KPIs) == 0 && old != (KPI{}) {
		o.KPIs = []KPI{old}
	}
	return nil
}

// Milestone is a dated point on the way to the objectives.
type Milestone struct {
	ID    ID     `json:"id"`
	Title string `json:"title"`
	Due   Date   `json:"due,omitzero"`
	// ObjectiveID links the milestone to an objective, if any.
	ObjectiveID ID     `json:"objectiveId,omitzero"`
	Status      Status `json:"status"`
	// Comment is the customer's latest remark on the milestone, from the
	// plan's workbook (see PlanChanges).
	Comment string `json:"comment,omitempty"`
}

// Action is a task owned by someone on one side.
type Action struct {
	ID     ID     `json:"id"`
	Title  string `json:"title"`
	Owner  string `json:"owner"`
	Side   Side   `json:"side"`
	Due    Date   `json:"due,omitzero"`
	Status Status `json:"status"`
	// MilestoneID links the action to a milestone, if any.
	MilestoneID ID `json:"milestoneId,omitzero"`
	// Comment is the customer's latest remark on the action, from the
	// plan's workbook (see PlanChanges).
	Comment string `json:"comment,omitempty"`
}

// Validate checks the plan and returns a *ValidationError naming every
// field in error.
func (m ActionPlan) Validate() error {
	var p problems
	p.addRequiredText("title", m.Title, LineText)
	objectives := map[ID]bool{}
	for i, o := range m.Objectives {
		f := fmt.Sprintf("objectives[%d]", i)
		checkItemID(&p, f, o.ID, objectives)
		p.addRequiredText(f+".title", o.Title, LineText)
		addObjectiveTexts(&p, f+".", o)
		checkObjectiveStart(&p, f+".", o)
		if !o.Status.valid() {
			p.add(f+".status", "unknown status %q", o.Status)
		}
	}
	milestones := map[ID]bool{}
	for i, ms := range m.Milestones {
		f := fmt.Sprintf("milestones[%d]", i)
		checkItemID(&p, f, ms.ID, milestones)
		p.addRequiredText(f+".title", ms.Title, LineText)
		p.addText(f+".comment", ms.Comment, LongText)
		if ms.ObjectiveID != (ID{}) && !objectives[ms.ObjectiveID] {
			p.add(f+".objectiveId", "no objective with ID %s in this plan", ms.ObjectiveID)
		}
		if !ms.Status.valid() {
			p.add(f+".status", "unknown status %q", ms.Status)
		}
	}
	actions := map[ID]bool{}
	for i, a := range m.Actions {
		f := fmt.Sprintf("actions[%d]", i)
		checkItemID(&p, f, a.ID, actions)
		p.addRequiredText(f+".title", a.Title, LineText)
		p.addText(f+".owner", a.Owner, LineText)
		p.addText(f+".comment", a.Comment, LongText)
		if a.Side != SideCustomer && a.Side != SideVendor {
			p.add(f+".side", "unknown side %q (want customer or vendor)", a.Side)
		}
		if a.MilestoneID != (ID{}) && !milestones[a.MilestoneID] {
			p.add(f+".milestoneId", "no milestone with ID %s in this plan", a.MilestoneID)
		}
		if !a.Status.valid() {
			p.add(f+".status", "unknown status %q", a.Status)
		}
	}
	return p.err(Textf("action plan %q", m.Title))
}

// checkItemID requires the plan item at field f to have an ID that no
// earlier item of its kind (those in seen) has, and adds it to seen: an
// item is edited, linked and removed by its ID.
func checkItemID(p *problems, f string, id ID, seen map[ID]bool) {
	switch {
	case id == (ID{}):
		p.add(f+".id", "missing")
	case seen[id]:
		p.add(f+".id", "%s is used by an earlier item", id)
	}
	seen[id] = true
}

// checkObjectiveStart adds a problem to p when objective o starts after
// it is due, the field named after prefix (such as "objectives[2].").
func checkObjectiveStart(p *problems, prefix string, o Objective) {
	if !o.Start.IsZero() && !o.Due.IsZero() && o.Start.After(o.Due) {
		p.add(prefix+"start", "%s is after the due day %s", o.Start, o.Due)
	}
}

// addObjectiveTexts adds the problems of objective o's texts but its
// title to p, each field named after prefix (such as "objectives[2].").
func addObjectiveTexts(p *problems, prefix string, o Objective) {
	p.addText(prefix+"description", o.Description, LongText)
	p.addText(prefix+"comment", o.Comment, LongText)
	for i, k := range o.KPIs {
		f := fmt.Sprintf("%skpis[%d].", prefix, i)
		if strings.TrimSpace(k.Name) != "" { // a blank name is checkKPI's to report
			p.addText(f+"name", k.Name, LineText)
		}
		p.addText(f+"unit", k.Unit, LineText)
	}
	for i, u := range o.UseCases {
		addUseCaseTexts(p, fmt.Sprintf("%suseCases[%d]", prefix, i), u)
	}
}
