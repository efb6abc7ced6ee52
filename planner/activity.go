package planner

import (
	"fmt"
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
)

// ActivityStatus is where a scheduled activity stands.
type ActivityStatus string

// Activity statuses.
const (
	ActivityProposed  ActivityStatus = "proposed"
	ActivityScheduled ActivityStatus = "scheduled"
	ActivityDelivered ActivityStatus = "delivered"
	ActivityCancelled ActivityStatus = "cancelled"
)

// ParseActivityStatus parses an activity status name.
func ParseActivityStatus(s string) (ActivityStatus, error) {
	st := ActivityStatus(s)
	switch st {
	case ActivityProposed, ActivityScheduled, ActivityDelivered, ActivityCancelled:
		return st, nil
	}
	return "", fmt.Errorf("unknown activity status %q (want proposed, scheduled, delivered or cancelled)", s)
}

// Counts reports whether an activity in this status uses allowance and
// capacity (everything but cancelled).
func (s ActivityStatus) Counts() bool { return s != ActivityCancelled }

// Activity is a scheduled instance of a catalog item (accelerator, field
// activity or proactive service) for a customer.
type Activity struct {
	ID         ID     `json:"id"`
	CustomerID ID     `json:"customerId"`
	ItemID     string `json:"itemId"`
	// Solution the activity is delivered for.
	Solution catalog.SolutionID `json:"solution,omitempty"`
	Phase    catalog.PhaseID    `json:"phase,omitempty"`
	// Date is the planned (or actual, once delivered) day.
	Date Date `json:"date"`
	// Hours is the expert effort.
	Hours  float64        `json:"hours"`
	Owner  string         `json:"owner,omitempty"`
	Status ActivityStatus `json:"status"`
	// Outcome records what the activity achieved.
	Outcome string `json:"outcome,omitempty"`
	// ObjectiveID links the activity to a MAP objective, if any.
	ObjectiveID ID `json:"objectiveId,omitzero"`
	// SeriesID groups the occurrences of a recurring activity.
	SeriesID ID `json:"seriesId,omitzero"`
	// PrepareFor names the key event a readiness activity prepares, if any.
	PrepareFor string `json:"prepareFor,omitempty"`
}

// Validate checks a against the catalog and returns a *ValidationError
// naming every field in error.
func (a Activity) Validate(cat *catalog.Catalog) error {
	var p problems
	it, ok := cat.Item(a.ItemID)
	switch {
	case !ok:
		p.add("itemId", "the catalog has no item %q", a.ItemID)
	case it.Kind == catalog.KindAddOn:
		p.add("itemId", "%q is an add-on, not an activity that can be scheduled", a.ItemID)
	}
	if a.Solution != "" {
		if _, known := cat.Solution(a.Solution); !known {
			p.add("solution", "unknown solution %q", a.Solution)
		} else if ok && !cat.ItemCovers(it, a.Solution) {
			p.add("solution", "%s is not offered for %s", it.Name, cat.SolutionName(a.Solution))
		}
	}
	if a.Phase != "" {
		if _, known := cat.Phase(a.Phase); !known {
			p.add("phase", "unknown phase %q", a.Phase)
		}
	}
	if a.Date.IsZero() {
		p.add("date", "must be set")
	}
	p.addProblem("hours", CheckHours(a.Hours))
	p.addText("owner", a.Owner, LineText)
	p.addText("outcome", a.Outcome, LongText)
	p.addText("prepareFor", a.PrepareFor, LineText)
	if !slices.Contains([]ActivityStatus{ActivityProposed, ActivityScheduled, ActivityDelivered, ActivityCancelled}, a.Status) {
		p.add("status", "unknown status %q (want proposed, scheduled, delivered or cancelled)", a.Status)
	}
	return p.err(Textf("activity %q", a.ItemID))
}
