package planner

import (
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// Goal is a goal of an engagement as the kickoff presents it: one of the
// engagement's own goals, or an objective of the account's plan with the
// KPIs that measure its success.
type Goal struct {
	Title string
	// KPIs are the objective's measures of success; an engagement's own
	// goal has none.
	KPIs []KPI
	// Objective reports whether the goal is an objective of the plan.
	Objective bool
}

// Goals returns the goals of engagement e: its own goals, or, when it has
// none, the objectives of the account's plan with their KPIs. No goals
// means they are still to be agreed.
func (a Account) Goals(e Engagement) []Goal {
	var out []Goal
	for _, g := range e.Goals {
		if strings.TrimSpace(g) != "" {
			out = append(out, Goal{Title: g})
		}
	}
	if len(out) > 0 || !a.HasPlan() {
		return out
	}
	for _, o := range a.Plan.Objectives {
		out = append(out, Goal{Title: o.Title, KPIs: o.KPIs, Objective: true})
	}
	return out
}

// DefineOver reports whether the Define phase of e, where the objectives
// are agreed, is over: it is done or skipped. An engagement without a
// Define phase is past it once every phase is closed.
func (e Engagement) DefineOver() bool {
	if ph, _, ok := e.Phase(catalog.Define); ok {
		return !ph.Status.Open()
	}
	_, open := e.Current()
	return !open
}

// ObjectivesState says what a kickoff can say about the objectives of an
// engagement.
type ObjectivesState int

// Objectives states.
const (
	// ObjectivesListed: the plan holds objectives.
	ObjectivesListed ObjectivesState = iota
	// ObjectivesToAgree: there are none yet and the Define phase, where
	// they are agreed, is still ahead or under way.
	ObjectivesToAgree
	// ObjectivesMissing: the Define phase is over, so the objectives are
	// agreed, but the account holds none (no plan, or a plan without
	// objectives).
	ObjectivesMissing
)

// ObjectivesState says whether the objectives of engagement e are in the
// account's plan, still to be agreed, or missing though the Define phase
// is over.
func (a Account) ObjectivesState(e Engagement) ObjectivesState {
	switch {
	case a.HasPlan() && len(a.Plan.Objectives) > 0:
		return ObjectivesListed
	case e.DefineOver():
		return ObjectivesMissing
	}
	return ObjectivesToAgree
}

// ParticipantKind says why someone takes part in an engagement.
type ParticipantKind int

// Participant kinds.
const (
	// ParticipantStakeholder is one of the engagement's stakeholders.
	ParticipantStakeholder ParticipantKind = iota
	// ParticipantSuccessTeam is a member of the customer's success team
	// who is not also a stakeholder.
	ParticipantSuccessTeam
	// ParticipantActionOwner owns open actions of the plan and is neither
	// a stakeholder nor on the success team.
	ParticipantActionOwner
)

// Participant is a named person who takes part in an engagement.
type Participant struct {
	Name             string
	Role             string
	Email            string
	Side             Side
	Responsibilities string
	Kind             ParticipantKind
	// Actions are the titles of the open plan actions the person owns.
	Actions []string
}

// Participants returns every named person of both sides who takes part in
// engagement e, each once (names compared ignoring case and spacing): the
// stakeholders, then the members of the success team who are not
// stakeholders (with the role they hold on the team), then the owners of
// the plan's open actions who are neither.
func (a Account) Participants(e Engagement) []Participant {
	var out []Participant
	index := map[string]int{}
	add := func(p Participant) {
		key := personKey(p.Name)
		if key == "" {
			return
		}
		if _, seen := index[key]; seen {
			return
		}
		index[key] = len(out)
		out = append(out, p)
	}
	for _, s := range e.Stakeholders {
		add(Participant{Name: s.Name, Role: s.Role, Email: s.Email, Side: s.Side, Responsibilities: s.Responsibilities, Kind: ParticipantStakeholder})
	}
	t := a.Customer.Team
	for _, m := range []struct {
		p    Person
		role string
	}{{t.TAM, "Technical Account Manager"}, {t.CSM, "Customer Success Manager"}, {t.SSM, "Support Services Manager"}, {t.TAD, "Technical Account Director"}} {
		add(Participant{Name: m.p.Name, Role: m.role, Email: m.p.Email, Side: SideVendor, Kind: ParticipantSuccessTeam})
	}
	if !a.HasPlan() {
		return out
	}
	for _, act := range a.Plan.Actions {
		if act.Status.Closed() {
			continue
		}
		side := act.Side
		if side != SideCustomer {
			side = SideVendor
		}
		add(Participant{Name: act.Owner, Side: side, Kind: ParticipantActionOwner})
		if i, ok := index[personKey(act.Owner)]; ok {
			out[i].Actions = append(out[i].Actions, act.Title)
		}
	}
	return out
}

// personKey is the form of a name that Participants compares.
func personKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}
