package planner

import (
	"bytes"
	"cmp"
	"context"
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
)

// ConflictKind says what rule a planned activity breaks.
type ConflictKind string

// Kinds of conflicts, in the order CheckPlan lists them within a day.
const (
	// ConflictCapacity: more hours are planned in a week than the TAM's
	// weekly capacity.
	ConflictCapacity ConflictKind = "capacity"
	// ConflictNotEntitled: the customer's tier or contract does not give
	// the item (see EntitlementFor).
	ConflictNotEntitled ConflictKind = "not-entitled"
	// ConflictNotLicensed: the activity is for a solution the customer
	// does not license.
	ConflictNotLicensed ConflictKind = "not-licensed"
	// ConflictAllowance: the contract year's accelerators or field-activity
	// hours are used up.
	ConflictAllowance ConflictKind = "allowance"
	// ConflictContract: the day is outside the contract term.
	ConflictContract ConflictKind = "outside-contract"
	// ConflictNonBusinessDay: the day is a weekend or a holiday in the
	// customer's region.
	ConflictNonBusinessDay ConflictKind = "non-business-day"
	// ConflictPhaseOrder: the activity's phase depends on an earlier
	// phase that will not be done by then.
	ConflictPhaseOrder ConflictKind = "phase-order"
	// ConflictKeyEvent: a readiness activity falls on or after the key
	// event it prepares, or names no key event of the customer.
	ConflictKeyEvent ConflictKind = "key-event"
	// ConflictNoHolidays: the customer's calendar knows no holidays for
	// the year of the activity, so its day was checked as Monday to
	// Friday only (one conflict, on the year's first activity checked).
	ConflictNoHolidays ConflictKind = "no-holidays"
	// ConflictOutsideQuarter: a request leaves no day inside the quarter
	// (AutoSchedule only).
	ConflictOutsideQuarter ConflictKind = "outside-quarter"
	// ConflictInvalidRequest: a request names no known customer or item,
	// or no hours (AutoSchedule only).
	ConflictInvalidRequest ConflictKind = "invalid-request"
)

func (k ConflictKind) rank() int {
	switch k {
	case ConflictCapacity:
		return 0
	case ConflictNotEntitled:
		return 1
	case ConflictNotLicensed:
		return 2
	case ConflictAllowance:
		return 3
	case ConflictContract:
		return 4
	case ConflictNonBusinessDay:
		return 5
	case ConflictPhaseOrder:
		return 6
	case ConflictKeyEvent:
		return 7
	case ConflictNoHolidays:
		return 8
	}
	return 9
}

// Conflict is one rule a plan breaks, with a reason a TAM can read.
type Conflict struct {
	Kind ConflictKind `json:"kind"`
	// ActivityID and CustomerID name the activity; both are zero for a
	// week over capacity, which is about the whole week.
	ActivityID ID `json:"activityId"`
	CustomerID ID `json:"customerId"`
	// Week is the Monday of the week concerned.
	Week Date `json:"week"`
	// Date is the activity's day; zero for a week over capacity.
	Date   Date `json:"date"`
	Reason Text `json:"reason"`
}

// String returns the reason in English.
func (c Conflict) String() string { return c.Reason.String() }

// ConflictKey identifies a conflict: two checks that find the same
// conflict give the same key.
type ConflictKey struct {
	Kind                   ConflictKind
	ActivityID, CustomerID ID
	Week, Date             Date
	Reason                 string
}

// Key returns the key of c.
func (c Conflict) Key() ConflictKey {
	return ConflictKey{Kind: c.Kind, ActivityID: c.ActivityID, CustomerID: c.CustomerID, Week: c.Week, Date: c.Date, Reason: c.Reason.String()}
}

// ConflictsOf returns the conflicts of a change to the activities
// changed: those of each changed activity, and the conflicts of no single
// activity (a week over capacity) of the weeks they fall in, checked in
// every quarter they touch; a week that two quarters share reports its
// conflicts once. input returns the plan of a quarter with the change
// made.
func ConflictsOf(changed []Activity, input func(Quarter) (PlanInput, error)) ([]Conflict, error) {
	ids := make(map[ID]bool, len(changed))
	weeks := map[Date]bool{}
	var quarters []Quarter
	for _, a := range changed {
		ids[a.ID] = true
		weeks[MondayOf(a.Date)] = true
		if q := QuarterOf(a.Date); !slices.Contains(quarters, q) {
			quarters = append(quarters, q)
		}
	}
	var out []Conflict
	seen := map[ConflictKey]bool{}
	for _, q := range quarters {
		in, err := input(q)
		if err != nil {
			return nil, err
		}
		all, err := CheckPlan(in)
		if err != nil {
			return nil, err
		}
		for _, c := range all {
			if seen[c.Key()] {
				continue
			}
			if ids[c.ActivityID] || c.ActivityID == (ID{}) && weeks[c.Week] {
				seen[c.Key()] = true
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// CheckPlan checks the activities of in that fall in the weeks of its
// quarter and returns every conflict, ordered by week, day, kind,
// customer and activity. See (*Schedule).Check for the rules.
func CheckPlan(in PlanInput) ([]Conflict, error) {
	return CheckPlanContext(context.Background(), in)
}

// CheckPlanContext is CheckPlan that stops when ctx is done and then
// returns an error wrapping ctx.Err().
func CheckPlanContext(ctx context.Context, in PlanInput) ([]Conflict, error) {
	s, err := NewScheduleContext(ctx, in)
	if err != nil {
		return nil, err
	}
	return s.Check(), nil
}

// Check returns every conflict of the activities that fall in the weeks of
// the quarter (Monday of the first to Sunday of the last), ordered by week,
// day, kind, customer and activity. Cancelled activities are ignored;
// delivered ones count for capacity and allowances but are not checked
// again. The rules:
//
//   - capacity: the hours of a week, over all customers, must not exceed
//     the TAM's weekly capacity (one conflict per week);
//   - the customer must license the activity's solution (an accelerator's
//     own when none is given) and be entitled to the item (EntitlementFor);
//   - allowances: in each contract year, the accelerators (when the
//     contract sets a number; zero means no limit) and the field-activity
//     hours are counted in date order, and the activities beyond the
//     allowance conflict, wherever in the year the others fall (an
//     activity beyond the allowance uses none of it, so a smaller one
//     after it may still fit);
//   - the day must be within the contract term and a business day of the
//     customer's calendar;
//   - phase order: an activity of phase P, checked against the account's
//     active engagement (see ActiveEngagement), must fall after the
//     planned end of every earlier phase still open; an open earlier phase
//     without a planned end blocks it;
//   - key events: an activity that prepares a key event must fall before
//     it; the event is the customer's first of that name on or after the
//     activity's day;
//   - holidays known: in a year the customer's calendar knows no holidays
//     in (see Calendar.Covers), the first activity checked carries a
//     ConflictNoHolidays, as its days were checked as Monday to Friday.
func (s *Schedule) Check() []Conflict {
	var out []Conflict
	windowEnd := s.start + s.windowDays()
	for ci := range s.customers {
		c := &s.customers[ci]
		acts := c.account.Activities
		// firstUncovered holds, per year the calendar knows no holidays
		// in, the first activity checked in it.
		var firstUncovered map[int]*Activity
		for i := range acts {
			a := &acts[i]
			if !a.Status.Counts() || a.Status == ActivityDelivered || a.Date.IsZero() {
				continue
			}
			day := civilDayNumber(a.Date)
			if day < s.start || day >= windowEnd {
				continue
			}
			out = s.checkActivity(out, c, a, c.itemOf[i], day)
			if y := a.Date.Year; !c.cal.Covers(y) {
				if firstUncovered == nil {
					firstUncovered = map[int]*Activity{}
				}
				if f := firstUncovered[y]; f == nil || a.Date.Before(f.Date) {
					firstUncovered[y] = a
				}
			}
		}
		for _, a := range firstUncovered {
			day := civilDayNumber(a.Date)
			out = append(out, Conflict{Kind: ConflictNoHolidays, ActivityID: a.ID, CustomerID: a.CustomerID,
				Week: civilDate(s.start + (day-s.start)/7*7), Date: a.Date, Reason: c.cal.MissingHolidaysNote(a.Date, a.Date)})
		}
		out = s.checkAllowances(out, c)
	}
	for w, h := range s.weekHours {
		if h > s.capacity+schedEpsilon {
			monday := s.weeks[w].Monday
			out = append(out, Conflict{Kind: ConflictCapacity, Week: monday,
				Reason: Textf("Week of %s: %s h planned, capacity %s h", monday, schedHours(h), schedHours(s.capacity))})
		}
	}
	slices.SortFunc(out, compareConflicts)
	return out
}

func compareConflicts(a, b Conflict) int {
	if c := schedCompareDates(a.Week, b.Week); c != 0 {
		return c
	}
	if c := schedCompareDates(a.Date, b.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Kind.rank(), b.Kind.rank()); c != 0 {
		return c
	}
	if c := bytes.Compare(a.CustomerID[:], b.CustomerID[:]); c != 0 {
		return c
	}
	return bytes.Compare(a.ActivityID[:], b.ActivityID[:])
}

// checkActivity appends the conflicts of one activity on day number day,
// which lies in the window.
func (s *Schedule) checkActivity(out []Conflict, c *schedCustomer, a *Activity, item int32, day int) []Conflict {
	conflict := func(kind ConflictKind, reason Text) Conflict {
		return Conflict{Kind: kind, ActivityID: a.ID, CustomerID: a.CustomerID, Week: civilDate(s.start + (day-s.start)/7*7), Date: a.Date, Reason: reason}
	}
	name := a.ItemID
	if item >= 0 {
		it := &s.items[item]
		name = it.Name
		sol := schedSolutionOf(it, a.Solution)
		switch r := s.entitlement(c, item, sol); r.kind {
		case "":
		case ConflictNotLicensed:
			out = append(out, conflict(r.kind, s.notLicensedReason(c, it, sol)))
		default:
			out = append(out, conflict(r.kind, r.reason))
		}
	} else {
		out = append(out, conflict(ConflictNotEntitled, Textf("the catalog has no item %q", a.ItemID)))
	}
	if day < c.contractFirst {
		out = append(out, conflict(ConflictContract, Textf("%s is before the start of %s's contract (%s)",
			WeekdayDate(a.Date), c.account.Customer.Name, schedDateText(c.account.Customer.Contract.Start))))
	} else if day > c.contractLast {
		out = append(out, conflict(ConflictContract, Textf("%s is after the end of %s's contract (%s)",
			WeekdayDate(a.Date), c.account.Customer.Name, schedDateText(c.account.Customer.Contract.End))))
	}
	if !c.open[day-s.start] {
		out = append(out, conflict(ConflictNonBusinessDay, s.nonBusinessReason(c, a.Date)))
	}
	if p := c.phaseIndex(a.Phase); p >= 0 && day < c.phaseFrom[p] {
		out = append(out, conflict(ConflictPhaseOrder, s.phaseBlock(c, name, p, day)))
	}
	if a.PrepareFor != "" {
		ev, evDay, found := c.keyEvent(a.PrepareFor, day)
		switch {
		case !found:
			out = append(out, conflict(ConflictKeyEvent, Textf("%s prepares %q, which is not a key event of %s",
				name, a.PrepareFor, c.account.Customer.Name)))
		case day == evDay:
			out = append(out, conflict(ConflictKeyEvent, Textf("%s falls on %s (%s), the key event it prepares", name, ev.Name, schedDateText(ev.Date))))
		case day > evDay:
			out = append(out, conflict(ConflictKeyEvent, Textf("%s falls after %s (%s), the key event it prepares", name, ev.Name, schedDateText(ev.Date))))
		}
	}
	return out
}

// nonBusinessReason says why day d is not a business day for customer c.
func (s *Schedule) nonBusinessReason(c *schedCustomer, d Date) Text {
	return nonBusinessText(c.cal, c.region, c.account.Customer.Name, d)
}

// NonBusinessDayText says why day d is not a business day of customer c,
// whose calendar is cal, as the quarter check says it: "Good Friday (Fri
// 2027-03-26) is a holiday in EMEA", "Sat 2027-01-16 is not a business day
// in EMEA", or of "Müller GmbH's calendar" for a customer with a holiday
// list of its own. It is zero when d is a business day.
func NonBusinessDayText(cal Calendar, c Customer, d Date) Text {
	if cal.IsBusinessDay(d) {
		return Text{}
	}
	var region RegionName
	if c.Holidays == nil {
		region = RegionName{ID: cal.Region, Name: cal.Name}
	}
	return nonBusinessText(cal, region, c.Name, d)
}

// nonBusinessText says why d, a day off, is no business day in region,
// or in customer's own calendar when region is zero.
func nonBusinessText(cal Calendar, region RegionName, customer string, d Date) Text {
	if !d.IsWeekend() {
		if name, ok := cal.HolidayName(d); ok && name.Name != "" {
			if !region.IsZero() {
				return Textf("%s (%s) is a holiday in %s", name, WeekdayDate(d), region)
			}
			return Textf("%s (%s) is a holiday in %s's calendar", name, WeekdayDate(d), customer)
		}
	}
	if !region.IsZero() {
		return Textf("%s is not a business day in %s", WeekdayDate(d), region)
	}
	return Textf("%s is not a business day in %s's calendar", WeekdayDate(d), customer)
}

// checkAllowances appends the allowance conflicts of customer c: in each
// contract year whose allowance is exceeded, the activities beyond it in
// date order that lie in the window and are not delivered.
func (s *Schedule) checkAllowances(out []Conflict, c *schedCustomer) []Conflict {
	allow := c.account.Customer.Contract.Allowances
	for yi := range c.years {
		y := c.years[yi]
		overAcc := allow.AcceleratorsPerYear > 0 && y.accelerators > allow.AcceleratorsPerYear
		overField := allow.FieldHoursPerYear > 0 && y.fieldHours > float64(allow.FieldHoursPerYear)+schedEpsilon
		if overAcc {
			out = s.allowanceConflicts(out, c, y, catalog.KindAccelerator)
		}
		if overField {
			out = s.allowanceConflicts(out, c, y, catalog.KindField)
		}
	}
	return out
}

func (s *Schedule) allowanceConflicts(out []Conflict, c *schedCustomer, y schedYear, kind catalog.Kind) []Conflict {
	type use struct {
		act  *Activity
		day  int
		name string
	}
	var uses []use
	acts := c.account.Activities
	for i := range acts {
		a := &acts[i]
		item := c.itemOf[i]
		if !a.Status.Counts() || a.Date.IsZero() || item < 0 || s.items[item].Kind != kind {
			continue
		}
		if day := civilDayNumber(a.Date); day >= y.first && day <= y.last {
			uses = append(uses, use{act: a, day: day, name: s.items[item].Name})
		}
	}
	slices.SortFunc(uses, func(a, b use) int {
		if c := cmp.Compare(a.day, b.day); c != 0 {
			return c
		}
		return bytes.Compare(a.act.ID[:], b.act.ID[:])
	})
	allow := c.account.Customer.Contract.Allowances
	first, last := civilDate(y.first), civilDate(y.last)
	cust := c.account.Customer.Name
	windowEnd := s.start + s.windowDays()
	var count int
	var hours float64
	for _, u := range uses {
		var reason Text
		switch kind {
		case catalog.KindAccelerator:
			if count >= allow.AcceleratorsPerYear {
				reason = Textf("%s has %d of %d accelerators delivered, committed or proposed in the contract year %s..%s",
					cust, count, allow.AcceleratorsPerYear, first, last)
			} else {
				count++
			}
		case catalog.KindField:
			if u.act.ConsumedHours() <= 0 {
				continue
			}
			if hours+u.act.ConsumedHours() > float64(allow.FieldHoursPerYear)+schedEpsilon {
				reason = Textf("%s has %s of %d field-activity hours delivered, committed or proposed in the contract year %s..%s; %s needs %s h",
					cust, schedHours(hours), allow.FieldHoursPerYear, first, last, u.name, schedHours(u.act.ConsumedHours()))
			} else {
				hours += u.act.ConsumedHours()
			}
		}
		if reason.IsZero() || u.act.Status == ActivityDelivered || u.day < s.start || u.day >= windowEnd {
			continue
		}
		out = append(out, Conflict{Kind: ConflictAllowance, ActivityID: u.act.ID, CustomerID: u.act.CustomerID,
			Week: civilDate(s.start + (u.day-s.start)/7*7), Date: u.act.Date, Reason: reason})
	}
	return out
}

// schedCompareDates orders two valid days like Date.Compare, without the
// cost of building times.
func schedCompareDates(a, b Date) int {
	if c := cmp.Compare(a.Year, b.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Month, b.Month); c != 0 {
		return c
	}
	return cmp.Compare(a.Day, b.Day)
}
