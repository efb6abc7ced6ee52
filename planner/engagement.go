package planner

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// PhaseStatus is where a phase of an engagement stands.
type PhaseStatus string

// Phase statuses.
const (
	PhaseNotStarted PhaseStatus = "not-started"
	PhaseInProgress PhaseStatus = "in-progress"
	PhaseDone       PhaseStatus = "done"
	// PhaseSkipped is for customers who joined late; it needs a reason.
	PhaseSkipped PhaseStatus = "skipped"
)

// Open reports whether the phase is neither done nor skipped.
func (s PhaseStatus) Open() bool { return s != PhaseDone && s != PhaseSkipped }

// DeliverableState is how far a phase's deliverable has come.
type DeliverableState string

// Deliverable states.
const (
	DeliverableNone       DeliverableState = ""            // phase names no deliverable
	DeliverableNotStarted DeliverableState = "not-started" // named, not begun
	DeliverableDraft      DeliverableState = "draft"
	DeliverableDelivered  DeliverableState = "delivered"
)

// Side says on which side of the relationship a person or action is.
type Side string

// Sides.
const (
	SideCustomer Side = "customer"
	SideVendor   Side = "vendor"
)

// Engagement is an advisory engagement with a customer through the five
// phases.
type Engagement struct {
	ID         ID     `json:"id"`
	CustomerID ID     `json:"customerId"`
	Name       string `json:"name"`
	// Phases holds one entry per catalog phase, in phase order.
	Phases       []PhaseState  `json:"phases"`
	Stakeholders []Stakeholder `json:"stakeholders"`
	Cadence      []Meeting     `json:"cadence"`
	Goals        []string      `json:"goals"`
	// Channels are the agreed ways of working together (e-mail, chat
	// workspace, shared drive).
	Channels []string `json:"channels"`
	// Escalation is the escalation path, first step first.
	Escalation []EscalationStep `json:"escalation"`
	Assessment Assessment       `json:"assessment"`
}

// PhaseState is the state of one phase of an engagement.
type PhaseState struct {
	Phase  catalog.PhaseID `json:"phase"`
	Status PhaseStatus     `json:"status"`
	// SkipReason says why a skipped phase was skipped.
	SkipReason   string           `json:"skipReason,omitempty"`
	PlannedStart Date             `json:"plannedStart,omitzero"`
	PlannedEnd   Date             `json:"plannedEnd,omitzero"`
	ActualStart  Date             `json:"actualStart,omitzero"`
	ActualEnd    Date             `json:"actualEnd,omitzero"`
	Notes        string           `json:"notes,omitempty"`
	Deliverable  DeliverableState `json:"deliverable,omitempty"`
}

// Stakeholder is a person involved in the engagement, on either side.
type Stakeholder struct {
	Name  string `json:"name"`
	Role  string `json:"role"`
	Email string `json:"email,omitempty"`
	Side  Side   `json:"side"`
	// Responsibilities says what the person does in the engagement and
	// when to reach out to them.
	Responsibilities string `json:"responsibilities,omitempty"`
}

// Meeting is a recurring touchpoint of the engagement framework.
type Meeting struct {
	Name string `json:"name"`
	// Frequency is how often the meeting happens: one of the
	// MeetingFrequencies, or the TAM's own words ("after each sprint").
	Frequency string `json:"frequency"`
	Attendees string `json:"attendees"`
	Purpose   string `json:"purpose"`
}

// Meeting frequencies Liftoff knows by name and shows in the user's
// language; any other frequency is kept and shown as typed.
const (
	FrequencyWeekly    = "weekly"
	FrequencyBiweekly  = "biweekly"
	FrequencyMonthly   = "monthly"
	FrequencyQuarterly = "quarterly"
)

// MeetingFrequencies returns the frequencies Liftoff knows by name, most
// frequent first.
func MeetingFrequencies() []string {
	return []string{FrequencyWeekly, FrequencyBiweekly, FrequencyMonthly, FrequencyQuarterly}
}

// Validate checks m and returns a *ValidationError naming every field in
// error: a meeting needs a name and a frequency, each on one line.
func (m Meeting) Validate() error {
	var p problems
	oneLine := func(field, value, example string) {
		switch {
		case strings.TrimSpace(value) == "":
			p.add(field, "must not be empty (%s)", example)
		default:
			p.addText(field, value, LineText)
		}
	}
	oneLine("name", m.Name, `such as "Steering meeting"`)
	oneLine("frequency", m.Frequency, fmt.Sprintf("%s, or your own words such as %q",
		strings.Join(MeetingFrequencies(), ", "), "after each sprint"))
	p.addText("attendees", m.Attendees, LongText)
	p.addText("purpose", m.Purpose, LongText)
	return p.err(Textf("meeting %q", m.Name))
}

// EscalationStep is one level of the escalation path.
type EscalationStep struct {
	Level int    `json:"level"`
	Who   string `json:"who"`
	When  string `json:"when"`
}

// Assessment is the content of the Define phase's assessment and
// recommendations document. Its use cases are those of the objectives of
// the customer's Mutual Action Plan, where they are edited; the
// assessment holds no copy of its own.
type Assessment struct {
	Requirements    []string         `json:"requirements"`
	Findings        []string         `json:"findings"`
	Recommendations []Recommendation `json:"recommendations"`
	// unplaced are use cases an assessment held before they moved to the
	// plan's objectives, read from its old JSON and kept (and written
	// back) until PlaceUseCases finds them an objective.
	unplaced []UseCase
}

// assessmentJSON is the stored shape of an Assessment.
type assessmentJSON struct {
	Requirements    []string         `json:"requirements"`
	UseCases        []UseCase        `json:"useCases,omitempty"`
	Findings        []string         `json:"findings"`
	Recommendations []Recommendation `json:"recommendations"`
}

// MarshalJSON writes the assessment with the use cases it still holds
// from before they moved to the plan (none once they are placed).
func (a Assessment) MarshalJSON() ([]byte, error) {
	return json.Marshal(assessmentJSON{Requirements: a.Requirements, UseCases: a.unplaced,
		Findings: a.Findings, Recommendations: a.Recommendations})
}

// JSONShape returns the shape of the JSON an assessment is read from,
// for decoders that check it strictly before UnmarshalJSON reads it.
func (a *Assessment) JSONShape() any { return new(assessmentJSON) }

// UnmarshalJSON reads an assessment; use cases an old assessment held are
// kept until PlaceUseCases moves them to the plan (UnplacedUseCases).
func (a *Assessment) UnmarshalJSON(b []byte) error {
	var v assessmentJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*a = Assessment{Requirements: v.Requirements, Findings: v.Findings,
		Recommendations: v.Recommendations, unplaced: v.UseCases}
	return nil
}

// UnplacedUseCases returns the use cases the assessment held before use
// cases moved to the plan's objectives and that have no objective yet
// (PlaceUseCases): an account without a plan keeps them here.
func (a Assessment) UnplacedUseCases() []UseCase { return slices.Clone(a.unplaced) }

// UseCase is a business use case, as tracked in the customer's value
// tracker.
type UseCase struct {
	Name          string   `json:"name"`
	SuccessMetric string   `json:"successMetric,omitempty"`
	Audience      string   `json:"audience,omitempty"`
	CallToAction  string   `json:"callToAction,omitempty"`
	Channels      []string `json:"channels,omitempty"`
	// Capabilities name what the use case uses of the solutions, such as
	// "audience segmentation" (the catalog does not list capabilities).
	Capabilities []string             `json:"capabilities,omitempty"`
	Solutions    []catalog.SolutionID `json:"solutions,omitempty"`
	GoLive       Date                 `json:"goLive,omitzero"`
}

// PlaceUseCases moves the use cases that engagement e's assessment held
// from before they belonged to objectives (UnplacedUseCases) to the
// objectives of plan: each to the first objective that shares one of its
// solutions, else to the plan's first objective. A plan without
// objectives takes none and e keeps them. It reports whether anything
// moved.
func PlaceUseCases(plan *ActionPlan, e *Engagement) bool {
	if len(e.Assessment.unplaced) == 0 || len(plan.Objectives) == 0 {
		return false
	}
	for _, u := range e.Assessment.unplaced {
		at := slices.IndexFunc(plan.Objectives, func(o Objective) bool {
			return slices.ContainsFunc(u.Solutions, func(s catalog.SolutionID) bool { return slices.Contains(o.Solutions, s) })
		})
		at = max(at, 0)
		plan.Objectives[at].UseCases = append(plan.Objectives[at].UseCases, u)
	}
	e.Assessment.unplaced = nil
	return true
}

// PlaceUseCases moves the use cases the account's assessments held from
// before they belonged to objectives to its plan (see the function
// PlaceUseCases) and reports whether anything moved.
func (a *Account) PlaceUseCases() bool {
	moved := false
	for i := range a.Engagements {
		if a.HasPlan() && PlaceUseCases(&a.Plan, &a.Engagements[i]) {
			moved = true
		}
	}
	return moved
}

// Recommendation is one recommendation of an assessment.
type Recommendation struct {
	Title    string `json:"title"`
	Detail   string `json:"detail,omitempty"`
	Priority string `json:"priority"` // "high", "medium", "low"
	Effort   string `json:"effort"`   // "S", "M", "L"
}

// NewEngagement returns an engagement for customer with every catalog phase
// not started, and the deliverable state "not-started" where the phase names
// a deliverable.
func NewEngagement(cat *catalog.Catalog, customer ID, name string) Engagement {
	e := Engagement{ID: NewID(), CustomerID: customer, Name: name}
	for _, p := range cat.Phases {
		st := PhaseState{Phase: p.ID, Status: PhaseNotStarted}
		if p.Deliverable != "" {
			st.Deliverable = DeliverableNotStarted
		}
		e.Phases = append(e.Phases, st)
	}
	return e
}

// Phase returns the state of phase p and its position.
func (e Engagement) Phase(p catalog.PhaseID) (PhaseState, int, bool) {
	for i, s := range e.Phases {
		if s.Phase == p {
			return s, i, true
		}
	}
	return PhaseState{}, -1, false
}

// Validate checks e and returns a *ValidationError naming every field in
// error.
func (e Engagement) Validate(cat *catalog.Catalog) error {
	var p problems
	p.addRequiredText("name", e.Name, LineText)
	seen := map[catalog.PhaseID]bool{}
	for i, ph := range e.Phases {
		f := fmt.Sprintf("phases[%d]", i)
		if _, ok := cat.Phase(ph.Phase); !ok {
			p.add(f+".phase", "unknown phase %q", ph.Phase)
		}
		if seen[ph.Phase] {
			p.add(f+".phase", "phase %q is listed twice", ph.Phase)
		}
		seen[ph.Phase] = true
		switch ph.Status {
		case PhaseNotStarted, PhaseInProgress, PhaseDone, PhaseSkipped:
		default:
			p.add(f+".status", "unknown status %q (want not-started, in-progress, done or skipped)", ph.Status)
		}
		if ph.Status == PhaseSkipped && strings.TrimSpace(ph.SkipReason) == "" {
			p.add(f+".skipReason", "a skipped phase needs a reason")
		} else {
			p.addText(f+".skipReason", ph.SkipReason, LongText)
		}
		p.addText(f+".notes", ph.Notes, LongText)
		if !ph.PlannedStart.IsZero() && !ph.PlannedEnd.IsZero() && ph.PlannedEnd.Before(ph.PlannedStart) {
			p.add(f+".plannedEnd", "must not be before the planned start %s", ph.PlannedStart)
		}
		if !ph.ActualStart.IsZero() && !ph.ActualEnd.IsZero() && ph.ActualEnd.Before(ph.ActualStart) {
			p.add(f+".actualEnd", "must not be before the actual start %s", ph.ActualStart)
		}
	}
	for i, s := range e.Stakeholders {
		f := fmt.Sprintf("stakeholders[%d]", i)
		p.addRequiredText(f+".name", s.Name, LineText)
		p.addText(f+".role", s.Role, LineText)
		p.addEmail(f+".email", s.Email)
		p.addText(f+".responsibilities", s.Responsibilities, LongText)
		if s.Side != SideCustomer && s.Side != SideVendor {
			p.add(f+".side", "unknown side %q (want customer or vendor)", s.Side)
		}
	}
	for i, m := range e.Cadence {
		if v, ok := AsValidation(m.Validate()); ok {
			for _, fe := range v.Problems {
				fe.Field = fmt.Sprintf("cadence[%d].%s", i, fe.Field)
				p.list = append(p.list, fe)
			}
		}
	}
	e.validateTexts(&p)
	return p.err(Textf("engagement %q", e.Name))
}

// validateTexts adds the problems of e's free texts that Validate does
// not check elsewhere to p: goals, channels, the escalation path and the
// assessment.
func (e Engagement) validateTexts(p *problems) {
	for i, g := range e.Goals {
		p.addText(fmt.Sprintf("goals[%d]", i), g, LongText)
	}
	for i, c := range e.Channels {
		p.addText(fmt.Sprintf("channels[%d]", i), c, LineText)
	}
	for i, s := range e.Escalation {
		f := fmt.Sprintf("escalation[%d]", i)
		p.addText(f+".who", s.Who, LineText)
		p.addText(f+".when", s.When, LongText)
	}
	a := e.Assessment
	for i, r := range a.Requirements {
		p.addText(fmt.Sprintf("assessment.requirements[%d]", i), r, LongText)
	}
	for i, u := range a.unplaced {
		addUseCaseTexts(p, fmt.Sprintf("assessment.useCases[%d]", i), u)
	}
	for i, f := range a.Findings {
		p.addText(fmt.Sprintf("assessment.findings[%d]", i), f, LongText)
	}
	for i, r := range a.Recommendations {
		f := fmt.Sprintf("assessment.recommendations[%d]", i)
		p.addText(f+".title", r.Title, LineText)
		p.addText(f+".detail", r.Detail, LongText)
		p.addText(f+".priority", r.Priority, LineText)
		p.addText(f+".effort", r.Effort, LineText)
	}
}

// addUseCaseTexts adds the problems of use case u's texts to p, each
// field named after prefix (such as "useCases[1]").
func addUseCaseTexts(p *problems, prefix string, u UseCase) {
	p.addText(prefix+".name", u.Name, LineText)
	p.addText(prefix+".successMetric", u.SuccessMetric, LongText)
	p.addText(prefix+".audience", u.Audience, LongText)
	p.addText(prefix+".callToAction", u.CallToAction, LongText)
	for i, c := range u.Channels {
		p.addText(fmt.Sprintf("%s.channels[%d]", prefix, i), c, LineText)
	}
	for i, c := range u.Capabilities {
		p.addRequiredText(fmt.Sprintf("%s.capabilities[%d]", prefix, i), c, LineText)
	}
}
