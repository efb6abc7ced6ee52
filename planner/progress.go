package planner

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// ObjectiveProgress returns how far objective o has come, from 0 to 1: the
// mean of KPIProgress over its KPIs, each KPI weighing the same. A done
// objective is at 1; one without KPIs is at 0 until it is done.
func ObjectiveProgress(o Objective) float64 {
	if o.Status == StatusDone {
		return 1
	}
	if len(o.KPIs) == 0 {
		return 0
	}
	var sum float64
	for _, k := range o.KPIs {
		sum += KPIProgress(k)
	}
	return sum / float64(len(o.KPIs))
}

// KPIProgress returns how far KPI k has come, from 0 to 1: the share of
// the way from its baseline to its target that the current value has
// covered, clamped to [0, 1]. It works as well for a KPI that should go
// down (target below baseline). A KPI whose target equals its baseline is
// at 1 only when the current value is the target; a value that is not a
// number counts as no progress.
func KPIProgress(k KPI) float64 {
	span := k.Target - k.Baseline
	if span == 0 {
		if k.Current == k.Target {
			return 1
		}
		return 0
	}
	p := (k.Current - k.Baseline) / span
	if math.IsNaN(p) {
		return 0
	}
	return min(max(p, 0), 1)
}

// PlanProgress returns the progress of the whole plan, from 0 to 1: the
// mean of ObjectiveProgress over its objectives that are not cancelled,
// each objective weighing the same. A plan without such objectives is at 0.
func PlanProgress(m ActionPlan) float64 {
	var sum float64
	n := 0
	for _, o := range m.Objectives {
		if o.Status == StatusCancelled {
			continue
		}
		sum += ObjectiveProgress(o)
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// MilestoneProgress returns how far milestone id has come, from 0 to 1: the
// share of its linked actions (not cancelled) that are done. A done
// milestone is at 1; one with no linked actions is at 0 until it is done.
// It reports false when the plan has no such milestone.
func MilestoneProgress(m ActionPlan, id ID) (float64, bool) {
	i := slices.IndexFunc(m.Milestones, func(ms Milestone) bool { return ms.ID == id })
	if i < 0 {
		return 0, false
	}
	if m.Milestones[i].Status == StatusDone {
		return 1, true
	}
	done, linked := 0, 0
	for _, a := range m.Actions {
		if a.MilestoneID != id || a.Status == StatusCancelled {
			continue
		}
		linked++
		if a.Status == StatusDone {
			done++
		}
	}
	if linked == 0 {
		return 0, true
	}
	return float64(done) / float64(linked), true
}

// OverdueActions returns the actions that are neither done nor cancelled
// and were due before today, earliest due first.
func OverdueActions(m ActionPlan, today Date) []Action {
	var out []Action
	for _, a := range m.Actions {
		if !a.Status.Closed() && !a.Due.IsZero() && a.Due.Before(today) {
			out = append(out, a)
		}
	}
	sortActionsByDue(out)
	return out
}

// DueSoon returns the open actions due from today up to and including
// today plus days, per side (customer or vendor), earliest due first.
// Overdue actions are not included (see OverdueActions). The Mutual
// Action Plan view asks for the next 14 days.
func DueSoon(m ActionPlan, today Date, days int) map[Side][]Action {
	out := map[Side][]Action{}
	end := today.AddDays(days)
	for _, a := range m.Actions {
		if a.Status.Closed() || a.Due.IsZero() || a.Due.Before(today) || a.Due.After(end) {
			continue
		}
		out[a.Side] = append(out[a.Side], a)
	}
	for _, list := range out {
		sortActionsByDue(list)
	}
	return out
}

func sortActionsByDue(list []Action) {
	slices.SortStableFunc(list, func(a, b Action) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		return cmp.Compare(a.Title, b.Title)
	})
}

// AddObjective adds objective o to the plan and returns its ID. A zero ID
// gets a new one and an empty status becomes open. It returns a
// *ValidationError naming every field in error, and leaves the plan
// unchanged then.
func (m *ActionPlan) AddObjective(o Objective) (ID, error) {
	newItem(&o.ID, &o.Status)
	var p problems
	checkObjective(&p, "", o)
	if slices.ContainsFunc(m.Objectives, func(x Objective) bool { return x.ID == o.ID }) {
		p.add("id", "the plan already has an objective with ID %s", o.ID)
	}
	if err := p.err(Textf("objective %q", o.Title)); err != nil {
		return ID{}, err
	}
	m.Objectives = append(m.Objectives, o)
	return o.ID, nil
}

// PutObjective puts objective o into the plan and returns its ID: it
// replaces the objective with o's ID where it stands, or adds o at the end
// when its ID is zero or not in the plan. A zero ID gets a new one and an
// empty status becomes open. It returns a *ValidationError naming every
// field in error by its place in the plan, such as "objectives[2].title",
// and leaves the plan unchanged then.
func (m *ActionPlan) PutObjective(o Objective) (ID, error) {
	newItem(&o.ID, &o.Status)
	at := itemIndex(m.Objectives, o.ID, func(x Objective) ID { return x.ID })
	var p problems
	checkObjective(&p, fmt.Sprintf("objectives[%d].", at), o)
	if err := p.err(Textf("objective %q", o.Title)); err != nil {
		return ID{}, err
	}
	m.Objectives = putItem(m.Objectives, at, o)
	return o.ID, nil
}

// AddMilestone adds milestone ms to the plan and returns its ID. A zero ID
// gets a new one and an empty status becomes open; a linked objective must
// be in the plan. It returns a *ValidationError naming every field in
// error, and leaves the plan unchanged then.
func (m *ActionPlan) AddMilestone(ms Milestone) (ID, error) {
	newItem(&ms.ID, &ms.Status)
	var p problems
	m.checkMilestone(&p, "", ms)
	if slices.ContainsFunc(m.Milestones, func(x Milestone) bool { return x.ID == ms.ID }) {
		p.add("id", "the plan already has a milestone with ID %s", ms.ID)
	}
	if err := p.err(Textf("milestone %q", ms.Title)); err != nil {
		return ID{}, err
	}
	m.Milestones = append(m.Milestones, ms)
	return ms.ID, nil
}

// PutMilestone puts milestone ms into the plan and returns its ID: it
// replaces the milestone with ms's ID where it stands, or adds ms at the
// end when its ID is zero or not in the plan. A zero ID gets a new one and
// an empty status becomes open; a linked objective must be in the plan. It
// returns a *ValidationError naming every field in error by its place in
// the plan, such as "milestones[1].objectiveId", and leaves the plan
// unchanged then.
func (m *ActionPlan) PutMilestone(ms Milestone) (ID, error) {
	newItem(&ms.ID, &ms.Status)
	at := itemIndex(m.Milestones, ms.ID, func(x Milestone) ID { return x.ID })
	var p problems
	m.checkMilestone(&p, fmt.Sprintf("milestones[%d].", at), ms)
	if err := p.err(Textf("milestone %q", ms.Title)); err != nil {
		return ID{}, err
	}
	m.Milestones = putItem(m.Milestones, at, ms)
	return ms.ID, nil
}

// AddAction adds action a to the plan and returns its ID. A zero ID gets a
// new one and an empty status becomes open; the side must be customer or
// vendor and a linked milestone must be in the plan. It returns a
// *ValidationError naming every field in error, and leaves the plan
// unchanged then.
func (m *ActionPlan) AddAction(a Action) (ID, error) {
	newItem(&a.ID, &a.Status)
	var p problems
	m.checkAction(&p, "", a)
	if slices.ContainsFunc(m.Actions, func(x Action) bool { return x.ID == a.ID }) {
		p.add("id", "the plan already has an action with ID %s", a.ID)
	}
	if err := p.err(Textf("action %q", a.Title)); err != nil {
		return ID{}, err
	}
	m.Actions = append(m.Actions, a)
	return a.ID, nil
}

// PutAction puts action a into the plan and returns its ID: it replaces
// the action with a's ID where it stands, or adds a at the end when its ID
// is zero or not in the plan. A zero ID gets a new one and an empty status
// becomes open; the side must be customer or vendor and a linked milestone
// must be in the plan. It returns a *ValidationError naming every field in
// error by its place in the plan, such as "actions[4].side", and leaves
// the plan unchanged then.
func (m *ActionPlan) PutAction(a Action) (ID, error) {
	newItem(&a.ID, &a.Status)
	at := itemIndex(m.Actions, a.ID, func(x Action) ID { return x.ID })
	var p problems
	m.checkAction(&p, fmt.Sprintf("actions[%d].", at), a)
	if err := p.err(Textf("action %q", a.Title)); err != nil {
		return ID{}, err
	}
	m.Actions = putItem(m.Actions, at, a)
	return a.ID, nil
}

// RemoveObjective removes objective id from the plan; milestones linked
// to it stay, without the link. It returns a *ValidationError when the
// plan has no such objective, and leaves the plan unchanged then.
func (m *ActionPlan) RemoveObjective(id ID) error {
	i := slices.IndexFunc(m.Objectives, func(o Objective) bool { return o.ID == id })
	if i < 0 {
		return notInPlan("objective", id)
	}
	m.Objectives = slices.Delete(m.Objectives, i, i+1)
	for k := range m.Milestones {
		if m.Milestones[k].ObjectiveID == id {
			m.Milestones[k].ObjectiveID = ID{}
		}
	}
	return nil
}

// RemoveMilestone removes milestone id from the plan; actions linked to it
// stay, without the link. It returns a *ValidationError when the plan has
// no such milestone, and leaves the plan unchanged then.
func (m *ActionPlan) RemoveMilestone(id ID) error {
	i := slices.IndexFunc(m.Milestones, func(ms Milestone) bool { return ms.ID == id })
	if i < 0 {
		return notInPlan("milestone", id)
	}
	m.Milestones = slices.Delete(m.Milestones, i, i+1)
	for k := range m.Actions {
		if m.Actions[k].MilestoneID == id {
			m.Actions[k].MilestoneID = ID{}
		}
	}
	return nil
}

// RemoveAction removes action id from the plan. It returns a
// *ValidationError when the plan has no such action, and leaves the plan
// unchanged then.
func (m *ActionPlan) RemoveAction(id ID) error {
	i := slices.IndexFunc(m.Actions, func(a Action) bool { return a.ID == id })
	if i < 0 {
		return notInPlan("action", id)
	}
	m.Actions = slices.Delete(m.Actions, i, i+1)
	return nil
}

// notInPlan returns the *ValidationError of a plan item of kind what
// (such as "objective") that the plan does not hold.
func notInPlan(what string, id ID) error {
	var p problems
	switch what {
	case "objective":
		p.add("id", "no objective with ID %s in this plan", id)
		return p.err(Textf("remove objective"))
	case "milestone":
		p.add("id", "no milestone with ID %s in this plan", id)
		return p.err(Textf("remove milestone"))
	}
	p.add("id", "no action with ID %s in this plan", id)
	return p.err(Textf("remove action"))
}

// newItem gives a plan item without an ID a new one, and one without a
// status the status open.
func newItem(id *ID, status *Status) {
	if *id == (ID{}) {
		*id = NewID()
	}
	if *status == "" {
		*status = StatusOpen
	}
}

// itemIndex returns the index of the item with ID id in list, or
// len(list) when list has none: the place a put item takes.
func itemIndex[T any](list []T, id ID, idOf func(T) ID) int {
	if i := slices.IndexFunc(list, func(x T) bool { return idOf(x) == id }); i >= 0 {
		return i
	}
	return len(list)
}

// putItem returns list with item at index at, which replaces the item
// there or, at len(list), is added at the end.
func putItem[T any](list []T, at int, item T) []T {
	if at == len(list) {
		return append(list, item)
	}
	list[at] = item
	return list
}

// statusChoices names the statuses a plan item can have, for messages.
const statusChoices = "open, in-progress, done, blocked or cancelled"

// checkObjective adds what is wrong with objective o to p, each field
// named after prefix (such as "objectives[2].").
func checkObjective(p *problems, prefix string, o Objective) {
	p.addRequiredText(prefix+"title", o.Title, LineText)
	addObjectiveTexts(p, prefix, o)
	checkObjectiveStart(p, prefix, o)
	for i, k := range o.KPIs {
		checkKPI(p, fmt.Sprintf("%skpis[%d].", prefix, i), k)
	}
	if !o.Status.valid() {
		p.add(prefix+"status", "unknown status %q (want %s)", o.Status, statusChoices)
	}
}

// checkKPI adds what is wrong with KPI k's name and values to p, each
// field named after prefix (such as "objectives[2].kpis[0].").
func checkKPI(p *problems, prefix string, k KPI) {
	if strings.TrimSpace(k.Name) == "" {
		p.add(prefix+"name", "must name what is measured, such as \"conversion rate\"")
	}
	for _, v := range []struct {
		field string
		value float64
	}{{"baseline", k.Baseline}, {"target", k.Target}, {"current", k.Current}} {
		if math.IsNaN(v.value) || math.IsInf(v.value, 0) {
			p.add(prefix+v.field, "must be a finite number, not %g", v.value)
		}
	}
}

// checkMilestone adds what is wrong with milestone ms in plan m to p, each
// field named after prefix (such as "milestones[1].").
func (m *ActionPlan) checkMilestone(p *problems, prefix string, ms Milestone) {
	p.addRequiredText(prefix+"title", ms.Title, LineText)
	p.addText(prefix+"comment", ms.Comment, LongText)
	if ms.ObjectiveID != (ID{}) && !slices.ContainsFunc(m.Objectives, func(o Objective) bool { return o.ID == ms.ObjectiveID }) {
		p.add(prefix+"objectiveId", "no objective with ID %s in this plan", ms.ObjectiveID)
	}
	if !ms.Status.valid() {
		p.add(prefix+"status", "unknown status %q (want %s)", ms.Status, statusChoices)
	}
}

// checkAction adds what is wrong with action a in plan m to p, each field
// named after prefix (such as "actions[4].").
func (m *ActionPlan) checkAction(p *problems, prefix string, a Action) {
	p.addRequiredText(prefix+"title", a.Title, LineText)
	p.addText(prefix+"owner", a.Owner, LineText)
	p.addText(prefix+"comment", a.Comment, LongText)
	if a.Side != SideCustomer && a.Side != SideVendor {
		p.add(prefix+"side", "unknown side %q (want customer or vendor)", a.Side)
	}
	if a.MilestoneID != (ID{}) && !slices.ContainsFunc(m.Milestones, func(ms Milestone) bool { return ms.ID == a.MilestoneID }) {
		p.add(prefix+"milestoneId", "no milestone with ID %s in this plan", a.MilestoneID)
	}
	if !a.Status.valid() {
		p.add(prefix+"status", "unknown status %q (want %s)", a.Status, statusChoices)
	}
}

// SetActionStatus sets the status of action id. It returns a
// *ValidationError when the plan has no such action or the status is
// unknown, and leaves the plan unchanged then.
func (m *ActionPlan) SetActionStatus(id ID, status Status) error {
	var p problems
	i := slices.IndexFunc(m.Actions, func(a Action) bool { return a.ID == id })
	if i < 0 {
		p.add("id", "no action with ID %s in this plan", id)
	}
	if !status.valid() {
		p.add("status", "unknown status %q (want %s)", status, statusChoices)
	}
	if err := p.err(Textf("action status")); err != nil {
		return err
	}
	m.Actions[i].Status = status
	return nil
}

// SetObjectiveCurrent records the current value of the KPI at index kpi
// of objective id. It returns a *ValidationError when the plan has no such
// objective or KPI or the value is not a finite number, and leaves the
// plan unchanged then.
func (m *ActionPlan) SetObjectiveCurrent(id ID, kpi int, current float64) error {
	var p problems
	i := slices.IndexFunc(m.Objectives, func(o Objective) bool { return o.ID == id })
	switch {
	case i < 0:
		p.add("id", "no objective with ID %s in this plan", id)
	case kpi < 0 || kpi >= len(m.Objectives[i].KPIs):
		p.add("kpi", "the objective has no KPI number %d", kpi+1)
	}
	if math.IsNaN(current) || math.IsInf(current, 0) {
		p.add("current", "must be a finite number, not %g", current)
	}
	if err := p.err(Textf("objective value")); err != nil {
		return err
	}
	m.Objectives[i].KPIs[kpi].Current = current
	return nil
}

// AddKPI adds KPI k to objective id. It returns a *ValidationError naming
// every field in error, and leaves the plan unchanged then.
func (m *ActionPlan) AddKPI(id ID, k KPI) error {
	var p problems
	i := slices.IndexFunc(m.Objectives, func(o Objective) bool { return o.ID == id })
	if i < 0 {
		p.add("objective", "no objective with ID %s in this plan", id)
	}
	checkKPI(&p, "", k)
	if strings.TrimSpace(k.Name) != "" {
		p.addText("name", k.Name, LineText)
	}
	p.addText("unit", k.Unit, LineText)
	if err := p.err(Textf("KPI %q", k.Name)); err != nil {
		return err
	}
	m.Objectives[i].KPIs = append(m.Objectives[i].KPIs, k)
	return nil
}

// AddUseCase adds use case u to objective id. It returns a
// *ValidationError naming every field in error, and leaves the plan
// unchanged then.
func (m *ActionPlan) AddUseCase(id ID, u UseCase) error {
	var p problems
	i := slices.IndexFunc(m.Objectives, func(o Objective) bool { return o.ID == id })
	if i < 0 {
		p.add("objective", "no objective with ID %s in this plan", id)
	}
	p.addRequiredText("name", u.Name, LineText)
	addUseCaseTexts(&p, "useCase", u)
	if err := p.err(Textf("use case %q", u.Name)); err != nil {
		return err
	}
	m.Objectives[i].UseCases = append(m.Objectives[i].UseCases, u)
	return nil
}

// SetStatus sets the status of the objective, milestone or action with ID
// id, whichever the plan holds. It returns a *ValidationError when the plan
// has no item with that ID or the status is unknown, and leaves the plan
// unchanged then.
func (m *ActionPlan) SetStatus(id ID, status Status) error {
	if !status.valid() {
		return &ValidationError{What: "plan item status", Problems: []FieldError{{Field: "status",
			Message: fmt.Sprintf("unknown status %q (want %s)", status, statusChoices)}}}
	}
	if i := slices.IndexFunc(m.Objectives, func(o Objective) bool { return o.ID == id }); i >= 0 {
		m.Objectives[i].Status = status
		return nil
	}
	if i := slices.IndexFunc(m.Milestones, func(ms Milestone) bool { return ms.ID == id }); i >= 0 {
		m.Milestones[i].Status = status
		return nil
	}
	if i := slices.IndexFunc(m.Actions, func(a Action) bool { return a.ID == id }); i >= 0 {
		m.Actions[i].Status = status
		return nil
	}
	return &ValidationError{What: "plan item status", Problems: []FieldError{{Field: "id",
		Message: fmt.Sprintf("no objective, milestone or action with ID %s in this plan", id)}}}
}
