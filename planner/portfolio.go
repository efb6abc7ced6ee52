package planner

import (
	"bytes"
	"cmp"
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
)

// DueSoonDays is how many days ahead the portfolio counts open actions of
// a Mutual Action Plan as due soon.
const DueSoonDays = 14

// PortfolioRow is one customer's line on the portfolio screen: where the
// engagement stands, what comes next, what is late and how much of the
// contract year's allowances is consumed.
type PortfolioRow struct {
	// Customer is the customer the row is about.
	Customer Customer
	// Engagement is the name of the active engagement (see
	// ActiveEngagement); empty when no engagement has an open phase.
	Engagement string
	// CurrentPhase is the first open phase of the active engagement;
	// empty when there is none.
	CurrentPhase catalog.PhaseID
	// NextActivity is the earliest upcoming activity (see IsUpcoming), or
	// nil when nothing is planned.
	NextActivity *Activity
	// OverdueActions counts the plan's open actions due before today.
	OverdueActions int
	// DueSoonActions counts the plan's open actions due from today to
	// DueSoonDays days after it.
	DueSoonActions int
	// Usage is the consumption of the allowances in the contract year of
	// today.
	Usage Usage
}

// Usage is how a contract year's allowances are consumed: per allowance
// what is delivered, committed (scheduled) and only proposed.
type Usage struct {
	// YearStart and YearEnd are the first and last day of the contract
	// year counted.
	YearStart, YearEnd Date
	// Accelerators counts Success Accelerators, one each.
	Accelerators Consumption[int]
	// FieldHours adds up the hours of field activities.
	FieldHours Consumption[float64]
}

// Consumption is one allowance of a contract year: what the contract
// allows and what activities delivered, committed and proposed.
type Consumption[N int | float64] struct {
	// Allowed is what the contract allows in the year.
	Allowed N
	// Delivered is what delivered activities consumed.
	Delivered N
	// Committed is what scheduled activities will consume.
	Committed N
	// Proposed is what proposed activities would consume; it is not
	// taken from what is left, as a proposal is not yet agreed.
	Proposed N
}

// Left returns what the year still allows: allowed less delivered and
// committed (proposed is not subtracted). It is negative when more is
// delivered and committed than the contract allows.
func (c Consumption[N]) Left() N { return c.Allowed - c.Delivered - c.Committed }

// add counts n in the column of status st; cancelled counts nothing.
func (c *Consumption[N]) add(st ActivityStatus, n N) {
	switch st {
	case ActivityDelivered:
		c.Delivered += n
	case ActivityScheduled:
		c.Committed += n
	case ActivityProposed:
		c.Proposed += n
	}
}

// NewUsage returns an empty Usage for the contract year of c that contains
// day, with the contract's allowances; a period outside the contract
// term allows nothing.
func NewUsage(c Contract, day Date) Usage {
	first, last := c.YearOf(day)
	u := Usage{YearStart: first, YearEnd: last}
	if c.Covers(first) && c.Covers(last) {
		u.Accelerators.Allowed = c.Allowances.AcceleratorsPerYear
		u.FieldHours.Allowed = float64(c.Allowances.FieldHoursPerYear)
	}
	return u
}

// Count adds activity a to u when it falls in u's year and consumes an
// allowance: a Success Accelerator counts one, a field activity counts
// the hours it consumes (see Activity.ConsumedHours), each in the column
// of its status; cancelled activities, proactive services and items the
// catalog does not know count nothing.
func (u *Usage) Count(cat *catalog.Catalog, a Activity) {
	if !a.Status.Counts() || portfolioDayCompare(a.Date, u.YearStart) < 0 || portfolioDayCompare(a.Date, u.YearEnd) > 0 {
		return
	}
	it, ok := cat.Item(a.ItemID)
	if !ok {
		return
	}
	switch it.Kind {
	case catalog.KindAccelerator:
		u.Accelerators.add(a.Status, 1)
	case catalog.KindField:
		u.FieldHours.add(a.Status, a.ConsumedHours())
	}
}

// AllowanceUse returns the consumption of customer c's allowances by
// activities in the contract year that contains day. Activities are
// counted in day order, so that the hours add up the same wherever they
// are counted.
func AllowanceUse(cat *catalog.Catalog, c Customer, activities []Activity, day Date) Usage {
	cat = CustomerCatalog(cat, c)
	u := NewUsage(c.Contract, day)
	for _, a := range portfolioByDay(activities) {
		u.Count(cat, a)
	}
	return u
}

// ContractYearUse returns the consumption of customer c's allowances in
// every contract year of the contract term, first year first. When the
// term has no start or no end, it returns only the year that contains
// today.
func ContractYearUse(cat *catalog.Catalog, c Customer, activities []Activity, today Date) []Usage {
	cat = CustomerCatalog(cat, c)
	term := c.Contract
	if term.Start.IsZero() || term.End.IsZero() || term.End.Before(term.Start) {
		return []Usage{AllowanceUse(cat, c, activities, today)}
	}
	sorted := portfolioByDay(activities)
	var out []Usage
	for day := term.Start; !day.After(term.End); {
		u := NewUsage(term, day)
		for _, a := range sorted {
			u.Count(cat, a)
		}
		out = append(out, u)
		day = u.YearEnd.AddDays(1)
	}
	return out
}

// IsUpcoming reports whether a is still to come on today: proposed or
// scheduled, on today or later.
func IsUpcoming(a Activity, today Date) bool {
	return portfolioDayCompare(a.Date, today) >= 0 && (a.Status == ActivityProposed || a.Status == ActivityScheduled)
}

// portfolioDayCompare compares two days field by field, which is what
// Date.Compare does for the normalised days that parsing and DateOf give,
// without building times; the portfolio compares days by the hundred
// thousand.
func portfolioDayCompare(a, b Date) int {
	if c := cmp.Compare(a.Year, b.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Month, b.Month); c != 0 {
		return c
	}
	return cmp.Compare(a.Day, b.Day)
}

// NextActivity returns the earliest upcoming activity (by day, then by
// ID, which orders by creation).
func NextActivity(activities []Activity, today Date) (Activity, bool) {
	for _, a := range portfolioByDay(activities) {
		if IsUpcoming(a, today) {
			return a, true
		}
	}
	return Activity{}, false
}

// ActiveEngagement returns the engagement the portfolio follows and its
// current phase: of the engagements that still have an open phase, the
// one whose current phase is in progress, else the first; ties go to the
// engagement created first (the lower ID). It reports false when no
// engagement has an open phase.
func ActiveEngagement(engagements []Engagement) (Engagement, PhaseState, bool) {
	var (
		best      Engagement
		bestPhase PhaseState
		found     bool
	)
	for _, e := range engagements {
		ph, ok := e.Current()
		if !ok {
			continue
		}
		if !found || portfolioEngagementBefore(e, ph, best, bestPhase) {
			best, bestPhase, found = e, ph, true
		}
	}
	return best, bestPhase, found
}

// FocusEngagement returns the engagement a screen or a document is about
// when none is chosen: the active one (see ActiveEngagement), else, when
// every engagement is finished, the one created last. It reports false
// when there is no engagement.
func FocusEngagement(engagements []Engagement) (Engagement, bool) {
	if e, _, ok := ActiveEngagement(engagements); ok {
		return e, true
	}
	if len(engagements) == 0 {
		return Engagement{}, false
	}
	last := engagements[0]
	for _, e := range engagements[1:] {
		if bytes.Compare(e.ID[:], last.ID[:]) > 0 {
			last = e
		}
	}
	return last, true
}

func portfolioEngagementBefore(e Engagement, ph PhaseState, than Engagement, thanPhase PhaseState) bool {
	running, thanRunning := ph.Status == PhaseInProgress, thanPhase.Status == PhaseInProgress
	if running != thanRunning {
		return running
	}
	return bytes.Compare(e.ID[:], than.ID[:]) < 0
}

// CurrentPhase returns the first open phase of the active engagement (see
// ActiveEngagement), or "" when no engagement has an open phase.
func CurrentPhase(engagements []Engagement) catalog.PhaseID {
	_, ph, ok := ActiveEngagement(engagements)
	if !ok {
		return ""
	}
	return ph.Phase
}

// CountActions returns how many open actions of plan are overdue on today
// and how many fall due within DueSoonDays of it.
func CountActions(plan ActionPlan, today Date) (overdue, dueSoon int) {
	overdue = len(OverdueActions(plan, today))
	for _, list := range DueSoon(plan, today, DueSoonDays) {
		dueSoon += len(list)
	}
	return overdue, dueSoon
}

// Summarize returns the portfolio row of account on today. It is the
// reference for every faster way of computing the row.
func Summarize(cat *catalog.Catalog, account Account, today Date) PortfolioRow {
	cat = CustomerCatalog(cat, account.Customer)
	row := PortfolioRow{Customer: account.Customer}
	if e, ph, ok := ActiveEngagement(account.Engagements); ok {
		row.Engagement, row.CurrentPhase = e.Name, ph.Phase
	}
	if next, ok := NextActivity(account.Activities, today); ok {
		row.NextActivity = &next
	}
	if account.HasPlan() {
		row.OverdueActions, row.DueSoonActions = CountActions(account.Plan, today)
	}
	row.Usage = AllowanceUse(cat, account.Customer, account.Activities, today)
	return row
}

// portfolioByDay returns a copy of activities sorted by day, then by ID.
func portfolioByDay(activities []Activity) []Activity {
	out := slices.Clone(activities)
	slices.SortStableFunc(out, func(a, b Activity) int {
		if c := portfolioDayCompare(a.Date, b.Date); c != 0 {
			return c
		}
		return bytes.Compare(a.ID[:], b.ID[:])
	})
	return out
}
