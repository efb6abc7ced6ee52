package planner

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Level is the impact or likelihood of a risk.
type Level string

// Levels, highest first.
const (
	LevelHigh   Level = "high"
	LevelMedium Level = "medium"
	LevelLow    Level = "low"
)

// Levels returns every level, highest first.
func Levels() []Level { return []Level{LevelHigh, LevelMedium, LevelLow} }

// Label names the level in a word: "high", "medium" or "low".
func (l Level) Label() Text {
	switch l {
	case LevelHigh:
		return Textf("high")
	case LevelMedium:
		return Textf("medium")
	case LevelLow:
		return Textf("low")
	}
	return Textf("%s", string(l))
}

// ParseLevel parses "high", "medium" or "low" in any letter case, also
// abbreviated to its first letter ("H").
func ParseLevel(s string) (Level, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, l := range Levels() {
		if k == string(l) || (len(k) == 1 && k[0] == l[0]) {
			return l, nil
		}
	}
	return "", fmt.Errorf("level %q: want high, medium or low", s)
}

// RAG is a red, amber or green rating: of a risk, as the TAM rates it, or
// of a customer's health.
type RAG string

// RAG ratings, worst first.
const (
	RAGRed   RAG = "red"
	RAGAmber RAG = "amber"
	RAGGreen RAG = "green"
)

// RAGs returns every rating, worst first.
func RAGs() []RAG { return []RAG{RAGRed, RAGAmber, RAGGreen} }

// ParseRAG parses "red", "amber" or "green" in any letter case, also
// abbreviated to its first letter ("R").
func ParseRAG(s string) (RAG, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, r := range RAGs() {
		if k == string(r) || (len(k) == 1 && k[0] == r[0]) {
			return r, nil
		}
	}
	return "", fmt.Errorf("RAG status %q: want red, amber or green", s)
}

// Worse returns the worse of r and o; an unknown rating counts as green.
func (r RAG) Worse(o RAG) RAG {
	if ragRank(o) > ragRank(r) {
		return o
	}
	return r
}

// ragRank orders the ratings: green 0, amber 1, red 2.
func ragRank(r RAG) int {
	switch r {
	case RAGRed:
		return 2
	case RAGAmber:
		return 1
	}
	return 0
}

// Label names the rating in a word: "Red", "Amber" or "Green".
func (r RAG) Label() Text {
	switch r {
	case RAGRed:
		return Textf("Red")
	case RAGAmber:
		return Textf("Amber")
	case RAGGreen:
		return Textf("Green")
	}
	return Textf("%s", string(r))
}

// RiskKind says whether an entry of the risk log may happen (a risk) or
// has happened (an issue).
type RiskKind string

// Risk kinds.
const (
	KindRisk  RiskKind = "risk"
	KindIssue RiskKind = "issue"
)

// RiskStatus says whether a risk is still open.
type RiskStatus string

// Risk statuses.
const (
	RiskOpen   RiskStatus = "open"
	RiskClosed RiskStatus = "closed"
)

// Risk is an entry of a customer's log of risks and issues.
type Risk struct {
	ID         ID       `json:"id"`
	CustomerID ID       `json:"customerId"`
	Kind       RiskKind `json:"kind"`
	Title      string   `json:"title"`
	// Description says what may happen (or has happened) and why.
	Description string `json:"description,omitempty"`
	Impact      Level  `json:"impact"`
	// Likelihood is how likely a risk is to happen; an issue has
	// happened and has none.
	Likelihood Level `json:"likelihood,omitempty"`
	// RAG is the TAM's rating of where the risk stands.
	RAG RAG `json:"rag"`
	// Owner is the name of the person who answers for the risk, on
	// OwnerSide.
	Owner     string `json:"owner,omitempty"`
	OwnerSide Side   `json:"ownerSide,omitempty"`
	// Mitigation says what is done to prevent or soften it.
	Mitigation string `json:"mitigation,omitempty"`
	// Due is the day the mitigation is due; zero when none is set.
	Due Date `json:"due,omitzero"`
	// ObjectiveID links the risk to the objective of the customer's
	// Mutual Action Plan it threatens, if any.
	ObjectiveID ID         `json:"objectiveId,omitzero"`
	Status      RiskStatus `json:"status"`
	// Closed is the day a closed risk was closed; zero when not recorded.
	Closed Date `json:"closed,omitzero"`
}

// NewRisk returns a new open risk of customer customerID with a new ID.
// It does not validate the risk.
func NewRisk(customerID ID, title string, impact, likelihood Level, rag RAG) Risk {
	return Risk{ID: NewID(), CustomerID: customerID, Kind: KindRisk, Title: title, Impact: impact, Likelihood: likelihood,
		RAG: rag, Status: RiskOpen}
}

// IsOpen reports whether the risk is open.
func (r Risk) IsOpen() bool { return r.Status == RiskOpen }

// OpenRisks returns the open risks and issues of risks, highest rated
// first: red before amber before green, then by impact, then by
// likelihood (an issue, which has happened, before a risk of high
// likelihood), then the mitigation due first (one without a due day
// last), then by title. Closed ones are left out.
func OpenRisks(risks []Risk) []Risk {
	var out []Risk
	for _, r := range risks {
		if r.IsOpen() {
			out = append(out, r)
		}
	}
	likelihood := func(r Risk) int {
		if r.Kind == KindIssue {
			return -1
		}
		return levelRank(r.Likelihood)
	}
	due := func(r Risk) int {
		if r.Due.IsZero() {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(out, func(x, y Risk) int {
		return cmp.Or(cmp.Compare(ragRank(y.RAG), ragRank(x.RAG)), cmp.Compare(levelRank(x.Impact), levelRank(y.Impact)),
			cmp.Compare(likelihood(x), likelihood(y)), cmp.Compare(due(x), due(y)), x.Due.Compare(y.Due), cmp.Compare(x.Title, y.Title))
	})
	return out
}

// SetStatus sets the risk's status. An open risk has no closing day; a
// risk closed now is closed on day on, and one closed before keeps the
// day it was closed.
func (r *Risk) SetStatus(status RiskStatus, on Date) {
	switch {
	case status != RiskClosed:
		r.Closed = Date{}
	case r.Status != RiskClosed || r.Closed.IsZero():
		r.Closed = on
	}
	r.Status = status
}

// Validate checks r and returns a *ValidationError naming every field in
// error: a kind, a title (one line of at most MaxLineLength characters),
// an impact, a likelihood for a risk and none for an issue, a RAG rating,
// texts within the bounds of CheckText, an owner's side of customer or
// vendor, a status, and a closing day only on a closed risk. That a
// linked objective is in the customer's plan is Account.Validate's to
// check.
func (r Risk) Validate() error {
	var p problems
	if r.ID == (ID{}) {
		p.add("id", "missing")
	}
	switch r.Kind {
	case KindRisk:
		if !slices.Contains(Levels(), r.Likelihood) {
			p.add("likelihood", "unknown likelihood %q (want high, medium or low)", r.Likelihood)
		}
	case KindIssue:
		if r.Likelihood != "" {
			p.add("likelihood", "an issue has happened and has no likelihood")
		}
	default:
		p.add("kind", "unknown kind %q (want risk or issue)", r.Kind)
	}
	p.addRequiredText("title", r.Title, LineText)
	p.addText("description", r.Description, LongText)
	if !slices.Contains(Levels(), r.Impact) {
		p.add("impact", "unknown impact %q (want high, medium or low)", r.Impact)
	}
	if !slices.Contains(RAGs(), r.RAG) {
		p.add("rag", "unknown RAG status %q (want red, amber or green)", r.RAG)
	}
	p.addText("owner", r.Owner, LineText)
	if r.OwnerSide != "" && r.OwnerSide != SideCustomer && r.OwnerSide != SideVendor {
		p.add("ownerSide", "unknown side %q (want customer or vendor)", r.OwnerSide)
	}
	p.addText("mitigation", r.Mitigation, LongText)
	switch r.Status {
	case RiskOpen:
		if !r.Closed.IsZero() {
			p.add("closed", "only a closed risk has a closing day")
		}
	case RiskClosed:
	default:
		p.add("status", "unknown status %q (want open or closed)", r.Status)
	}
	return p.err(Textf("risk %q", r.Title))
}

// checkRiskObjective returns what is wrong with linking a risk to
// objective id given the account's plan, or a zero Text: a linked
// objective must be one of the plan's. As for activities (see
// CheckObjectiveLink), an account without a plan keeps the link, so that
// a removed plan can be put back.
func checkRiskObjective(a Account, id ID) Text {
	if id == (ID{}) || !a.HasPlan() || slices.ContainsFunc(a.Plan.Objectives, func(o Objective) bool { return o.ID == id }) {
		return Text{}
	}
	return Textf("names objective %s, which the customer's plan %q does not hold", id, a.Plan.Title)
}
