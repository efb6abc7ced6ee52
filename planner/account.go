package planner

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
)

// Account is everything Liftoff keeps about one customer: the customer,
// its engagements, its Mutual Action Plan and its activities.
type Account struct {
	Customer    Customer     `json:"customer"`
	Engagements []Engagement `json:"engagements"`
	// Plan is the customer's Mutual Action Plan; a zero ID means none yet.
	Plan       ActionPlan `json:"plan,omitzero"`
	Activities []Activity `json:"activities"`
}

// HasPlan reports whether the account has a Mutual Action Plan.
func (a Account) HasPlan() bool { return a.Plan.ID != (ID{}) }

// Validate checks the customer and everything attached to it, and that
// each part belongs to the customer.
func (a Account) Validate(cat *catalog.Catalog) error {
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
		if a.Plan.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: "plan.customerId", Message: "belongs to another customer"})
		}
	}
	for i, act := range a.Activities {
		f := fmt.Sprintf("activities[%d]", i)
		collect(f, act.Validate(cat))
		if act.CustomerID != a.Customer.ID {
			all = append(all, FieldError{Field: f + ".customerId", Message: "belongs to another customer"})
		}
	}
	if len(all) == 0 {
		return nil
	}
	return &ValidationError{What: what, Problems: all}
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
