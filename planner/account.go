package planner

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// Account is everything Liftoff keeps about one customer: the customer,
// its engagements, its Mutual Action Plan, its activities and the
// recurring series some of them belong to, its support cases and its
// risks and issues.
type Account struct {
	Customer    Customer     `json:"customer"`
	Engagements []Engagement `json:"engagements"`
	// Plan is the customer's Mutual Action Plan; a zero ID means none yet.
	Plan       ActionPlan `json:"plan,omitzero"`
	Activities []Activity `json:"activities"`
	// Series are the customer's recurring activities; their occurrences
	// are among Activities. An account written before Liftoff kept series
	// has none.
	Series []Series `json:"series,omitempty"`
	// Cases are the customer's support cases; an account written before
	// Liftoff kept cases has none.
	Cases []SupportCase `json:"cases,omitempty"`
	// Risks are the customer's risks and issues; an account written
	// before Liftoff kept them has none.
	Risks []Risk `json:"risks,omitempty"`
}

// HasPlan reports whether the account has a Mutual Action Plan.
func (a Account) HasPlan() bool { return a.Plan.ID != (ID{}) }

// SeriesByID returns the account's series with ID id.
func (a Account) SeriesByID(id ID) (Series, bool) {
	for _, s := range a.Series {
		if s.ID == id {
			return s, true
		}
	}
	return Series{}, false
}

// Validate checks the customer and everything attached to it, and that
// each part belongs to the customer. Every series must have a valid rule,
// and every activity that names a series (SeriesID) must name one of the
// account's series: an occurrence whose rule is unknown could not move
// with its series. An activity linked to an objective (ObjectiveID) must
// name one of the plan's objectives (see CheckObjectiveLink). A series
// whose occurrences were all removed is valid; it still records the rule.
// Every support case and risk must be valid and belong to the customer,
// with an ID and (for cases) a portal number no other of its kind has; a
// risk linked to an objective must name one of the plan's objectives
// (an account without a plan keeps the link, as for activities).
func (a Account) Validate(cat *catalog.Catalog) error {
	// Activities name items of the file's latest offer; what the
	// customer may have is the edition of its contract's.
	latest := cat
	if cat != nil {
		latest = latestEdition(cat)
	}
	cat = CustomerCatalog(cat, a.Customer)
	var all []FieldError
	what := fmt.Sprintf("customer %q", a.Customer.Name)
	collect := func(prefix string, err error) {
		if err == nil {
			return
		}
		if v, ok := AsValidation(err); ok {
			for _, p := range v.Problems {
				p.Field = joinField(prefix, p.Field)
				all = append(all, p)
			}
			return
		}
		all = append(all, FieldError{Field: prefix, Message: err.Error()})
	}
	collect("customer", a.Customer.Validate(cat))
	for i, e := range a.Engagements {
		f := fmt.Sprintf("engagements[%d]", i)
		collect(f, e.Validate(cat))
		if e.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: f + ".customerId", Message: "belongs to another customer"})
		}
	}
	if a.HasPlan() {
		collect("plan", a.Plan.Validate())
		collect("", CheckPlanAllowed(cat, a.Customer))
		if a.Plan.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: "plan.customerId", Message: "belongs to another customer"})
		}
	}
	series := make(map[ID]bool, len(a.Series))
	for i, s := range a.Series {
		f := fmt.Sprintf("series[%d]", i)
		collect(f, s.Validate())
		if s.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: f + ".customerId", Message: "belongs to another customer"})
		}
		series[s.ID] = true
	}
	for i, act := range a.Activities {
		f := fmt.Sprintf("activities[%d]", i)
		collect(f, act.Validate(latest))
		collect(f, CheckActivityAllowed(cat, a.Customer, act))
		if act.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: f + ".customerId", Message: "belongs to another customer"})
		}
		if p := CheckObjectiveLink(a.Plan, a.HasPlan(), act.ObjectiveID); p != "" {
			all = append(all, FieldError{Field: f + ".objectiveId", Message: p})
		}
		if act.SeriesID != (ID{}) && !series[act.SeriesID] {
			all = append(all, FieldError{Field: f + ".seriesId", Message: fmt.Sprintf(
				"names series %s, which the account does not hold (add it to \"series\" or remove the seriesId)", act.SeriesID)})
		}
	}
	caseIDs, numbers := map[ID]bool{}, map[string]int{}
	for i, c := range a.Cases {
		f := fmt.Sprintf("cases[%d]", i)
		collect(f, c.Validate(cat))
		if c.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: f + ".customerId", Message: "belongs to another customer"})
		}
		if caseIDs[c.ID] && c.ID != (ID{}) {
			all = append(all, accountProblem(f+".id", Textf("%s is used by an earlier case", c.ID)))
		}
		caseIDs[c.ID] = true
		key := strings.ToLower(strings.TrimSpace(c.Number))
		if first, ok := numbers[key]; ok && key != "" {
			earlier := a.Cases[first]
			all = append(all, accountProblem(f+".number", Textf("case number %s is already used by another case of customer %q (%q)", c.Number, a.Customer.Name, earlier.Title)))
		} else {
			numbers[key] = i
		}
	}
	riskIDs := map[ID]bool{}
	for i, r := range a.Risks {
		f := fmt.Sprintf("risks[%d]", i)
		collect(f, r.Validate())
		if r.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: f + ".customerId", Message: "belongs to another customer"})
		}
		if riskIDs[r.ID] && r.ID != (ID{}) {
			all = append(all, accountProblem(f+".id", Textf("%s is used by an earlier risk", r.ID)))
		}
		riskIDs[r.ID] = true
		if t := checkRiskObjective(a, r.ObjectiveID); !t.IsZero() {
			all = append(all, accountProblem(f+".objectiveId", t))
		}
	}
	if len(all) == 0 {
		return nil
	}
	return &ValidationError{What: what, Problems: all}
}

// accountProblem returns the FieldError of problem t in field.
func accountProblem(field string, t Text) FieldError {
	return FieldError{Field: field, Message: t.String(), Text: t}
}

func joinField(prefix, field string) string {
	switch {
	case prefix == "":
		return field
	case field == "":
		return prefix
	}
	return prefix + "." + field
}
