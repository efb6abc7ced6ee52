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
	// ActivityRequested is what the customer asked for and is not yet
	// planned: it uses neither capacity nor an allowance.
	ActivityRequested ActivityStatus = "requested"
	ActivityProposed  ActivityStatus = "proposed"
	ActivityScheduled ActivityStatus = "scheduled"
	ActivityDelivered ActivityStatus = "delivered"
	ActivityCancelled ActivityStatus = "cancelled"
)

// ActivityStatuses returns every activity status, in the order of an
// activity's life.
func ActivityStatuses() []ActivityStatus {
	return []ActivityStatus{ActivityRequested, ActivityProposed, ActivityScheduled, ActivityDelivered, ActivityCancelled}
}

// ParseActivityStatus parses an activity status name.
func ParseActivityStatus(s string) (ActivityStatus, error) {
	st := ActivityStatus(s)
	if slices.Contains(ActivityStatuses(), st) {
		return st, nil
	}
	return "", fmt.Errorf("unknown activity status %q (want requested, proposed, scheduled, delivered or cancelled)", s)
}

// Counts reports whether an activity in this status uses allowance and
// capacity (everything but requested and cancelled).
func (s ActivityStatus) Counts() bool { return s != ActivityCancelled && s != ActivityRequested }

// ActivityPriority is how urgent an activity is to the customer and the
// TAM.
type ActivityPriority string

// Activity priorities, most urgent first. An activity without one is
// normal.
const (
	PriorityUrgent ActivityPriority = "urgent"
	PriorityHigh   ActivityPriority = "high"
	PriorityNormal ActivityPriority = "normal"
	PriorityLow    ActivityPriority = "low"
)

// ActivityPriorities returns every priority, most urgent first.
func ActivityPriorities() []ActivityPriority {
	return []ActivityPriority{PriorityUrgent, PriorityHigh, PriorityNormal, PriorityLow}
}

// ParseActivityPriority parses a priority name; an empty name is normal.
func ParseActivityPriority(s string) (ActivityPriority, error) {
	if s == "" {
		return PriorityNormal, nil
	}
	p := ActivityPriority(s)
	if slices.Contains(ActivityPriorities(), p) {
		return p, nil
	}
	return "", fmt.Errorf("unknown priority %q (want urgent, high, normal or low)", s)
}

// Activity is a planned instance of a catalog item (accelerator, field
// activity, proactive service or touchpoint) for a customer.
type Activity struct {
	ID         ID     `json:"id"`
	CustomerID ID     `json:"customerId"`
	ItemID     string `json:"itemId"`
	// Solution the activity is delivered for.
	Solution catalog.SolutionID `json:"solution,omitempty"`
	Phase    catalog.PhaseID    `json:"phase,omitempty"`
	// Date is the planned day (the first, for work over several days).
	Date Date `json:"date"`
	// EndDate is the last planned day of work over several days; zero
	// for work of one day.
	EndDate Date `json:"endDate,omitzero"`
	// Title names the activity where its item does not (a custom
	// touchpoint); optional otherwise.
	Title string `json:"title,omitempty"`
	// Hours is the planned expert effort.
	Hours  float64        `json:"hours"`
	Owner  string         `json:"owner,omitempty"`
	Status ActivityStatus `json:"status"`
	// Priority is urgent, high, normal or low; empty means normal.
	Priority ActivityPriority `json:"priority,omitempty"`
	// VendorOwner is who answers for the activity on the vendor's side,
	// CustomerOwner on the customer's.
	VendorOwner   string `json:"vendorOwner,omitempty"`
	CustomerOwner string `json:"customerOwner,omitempty"`
	// ActualDate is the day a delivered activity took place, and
	// ActualHours the effort it took; both only for delivered activities,
	// zero where not recorded.
	ActualDate  Date    `json:"actualDate,omitzero"`
	ActualHours float64 `json:"actualHours,omitempty"`
	// Outcome records what the activity achieved.
	Outcome string `json:"outcome,omitempty"`
	// NextSteps records what follows the activity.
	NextSteps string `json:"nextSteps,omitempty"`
	// ObjectiveID links the activity to a MAP objective, if any.
	ObjectiveID ID `json:"objectiveId,omitzero"`
	// SeriesID groups the occurrences of a recurring activity.
	SeriesID ID `json:"seriesId,omitzero"`
	// PrepareFor names the key event a readiness activity prepares, if any.
	PrepareFor string `json:"prepareFor,omitempty"`
}

// PlannedDate is the day the activity is planned for (Date).
func (a Activity) PlannedDate() Date { return a.Date }

// EffectivePriority is a's priority, normal when none is set.
func (a Activity) EffectivePriority() ActivityPriority {
	if a.Priority == "" {
		return PriorityNormal
	}
	return a.Priority
}

// DeliveredDate is the day a delivered activity took place: its actual
// day, or its planned day when it records none (a file from before actual
// days, migrated, always records one).
func (a Activity) DeliveredDate() Date {
	if a.ActualDate.IsZero() {
		return a.Date
	}
	return a.ActualDate
}

// ConsumedHours is the effort a uses: the actual hours of a delivered
// activity that records them, else the planned hours.
func (a Activity) ConsumedHours() float64 {
	if a.Status == ActivityDelivered && a.ActualHours > 0 {
		return a.ActualHours
	}
	return a.Hours
}

// Deliver returns a delivered on day actual after hours of effort, with
// outcome when it is not empty. It does not validate the result.
func (a Activity) Deliver(actual Date, hours float64, outcome string) Activity {
	a.Status, a.ActualDate, a.ActualHours = ActivityDelivered, actual, hours
	if outcome != "" {
		a.Outcome = outcome
	}
	return a
}

// RecordDelivery returns a delivered on day actual after hours of effort,
// as Deliver does, and a *ValidationError naming actualDate when actual is
// after today (see CheckDeliveredBy). today is the TAM's today, in the
// TAM's time zone. Every way of recording a delivery goes through it.
func (a Activity) RecordDelivery(actual Date, hours float64, outcome string, today Date) (Activity, error) {
	d := a.Deliver(actual, hours, outcome)
	return d, d.CheckDeliveredBy(today)
}

// ChangeStatus returns a in status st as WithStatus does, and a
// *ValidationError naming actualDate when st newly makes a delivered on a
// day after today (see CheckDeliveredBy): an activity set to delivered
// without an actual day is delivered on its planned day. An activity that
// was delivered before keeps its recorded day unchecked.
func (a Activity) ChangeStatus(st ActivityStatus, today Date) (Activity, error) {
	was := a.Status
	a = a.WithStatus(st)
	if st == ActivityDelivered && was != ActivityDelivered {
		return a, a.CheckDeliveredBy(today)
	}
	return a, nil
}

// CheckDeliveredBy returns a *ValidationError naming actualDate when a is
// delivered on a day after today: a delivery is recorded once it has taken
// place. Validate does not check this, so that a file holding such a
// delivery from before still reads whole; it is checked where a delivery
// is recorded.
func (a Activity) CheckDeliveredBy(today Date) error {
	var p problems
	if day := a.DeliveredDate(); a.Status == ActivityDelivered && day.After(today) {
		p.add("actualDate", "the actual day %s is after today (%s): record a delivery once it has taken place", day, today)
	}
	return p.err(Textf("activity %q", a.ItemID))
}

// CanDeliver reports whether a's delivery can be recorded: a proposed or
// scheduled activity, or a delivered one whose record is corrected; not a
// request nor a cancelled activity, which must be planned first.
func (a Activity) CanDeliver() bool {
	return a.Status == ActivityProposed || a.Status == ActivityScheduled || a.Status == ActivityDelivered
}

// DeliveryDefaults returns the day and hours a record of a's delivery
// starts from: the actual ones already recorded, else the planned ones.
func (a Activity) DeliveryDefaults() (Date, float64) {
	day, hours := a.Date, a.Hours
	if a.Status == ActivityDelivered {
		if !a.ActualDate.IsZero() {
			day = a.ActualDate
		}
		if a.ActualHours > 0 {
			hours = a.ActualHours
		}
	}
	return day, hours
}

// WithStatus returns a in status st; an activity that is no longer
// delivered loses its actual day and hours.
func (a Activity) WithStatus(st ActivityStatus) Activity {
	a.Status = st
	if st != ActivityDelivered {
		a.ActualDate, a.ActualHours = Date{}, 0
	}
	return a
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
	if !a.EndDate.IsZero() && !a.Date.IsZero() && a.EndDate.Before(a.Date) {
		p.add("endDate", "%s is before the planned day %s", a.EndDate, a.Date)
	}
	if ok && it.NeedsTitle {
		p.addRequiredText("title", a.Title, LineText)
	} else {
		p.addText("title", a.Title, LineText)
	}
	p.addProblem("hours", CheckHours(a.Hours))
	p.addText("owner", a.Owner, LineText)
	p.addText("vendorOwner", a.VendorOwner, LineText)
	p.addText("customerOwner", a.CustomerOwner, LineText)
	p.addText("outcome", a.Outcome, LongText)
	p.addText("nextSteps", a.NextSteps, LongText)
	p.addText("prepareFor", a.PrepareFor, LineText)
	if a.Priority != "" && !slices.Contains(ActivityPriorities(), a.Priority) {
		p.add("priority", "unknown priority %q (want urgent, high, normal or low)", a.Priority)
	}
	if !slices.Contains(ActivityStatuses(), a.Status) {
		p.add("status", "unknown status %q (want requested, proposed, scheduled, delivered or cancelled)", a.Status)
	}
	if a.Status != ActivityDelivered {
		if !a.ActualDate.IsZero() {
			p.add("actualDate", "only a delivered activity has an actual day")
		}
		if a.ActualHours != 0 {
			p.add("actualHours", "only a delivered activity has actual hours")
		}
	} else if a.ActualHours != 0 {
		p.addProblem("actualHours", CheckHours(a.ActualHours))
	}
	return p.err(Textf("activity %q", a.ItemID))
}
