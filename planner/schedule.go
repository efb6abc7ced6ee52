package planner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// PlanInput is what the scheduler works on: a TAM's portfolio, the offer,
// the TAM's settings (weekly capacity, region zones and holidays) and the
// quarter being planned.
type PlanInput struct {
	Catalog  *catalog.Catalog
	Settings Settings
	Accounts []Account
	Quarter  Quarter
	// ReadinessLead is how long before a key event a readiness activity
	// should take place; the zero value means DefaultReadinessLead.
	ReadinessLead LeadWindow
}

// LeadWindow is a span of days before a key event, from MinDays to MaxDays
// before it.
type LeadWindow struct {
	MinDays int `json:"minDays"`
	MaxDays int `json:"maxDays"`
}

// DefaultReadinessLead is when a readiness activity is best held: one to
// three weeks before the key event it prepares, late enough to see the
// final state and early enough to act on the findings.
func DefaultReadinessLead() LeadWindow { return LeadWindow{MinDays: 7, MaxDays: 21} }

// Schedule is a PlanInput prepared for checking and scheduling: the
// calendar of every customer over the quarter, the hours already planned
// per week and the allowances used per contract year. Build one with
// NewSchedule when several questions are asked of the same portfolio. It
// reads the accounts of its PlanInput, which must not change while it is
// in use, and it is not safe for concurrent use.
type Schedule struct {
	cat     *catalog.Catalog
	quarter Quarter
	weeks   []Week
	// start is the day number of the first week's Monday; the window of
	// the schedule is the days start to start+7*len(weeks)-1.
	start int
	// quarterFirst and quarterLast are the day numbers of the quarter's
	// first and last days (activities are placed only inside it).
	quarterFirst, quarterLast int
	capacity                  float64
	lead                      LeadWindow
	customers                 []schedCustomer
	byID                      map[ID]int
	// customerRank orders the customers by ID.
	customerRank []int
	// weekHours is the hours planned per week of the window.
	weekHours []float64
	// items are the catalog's items; itemIndex maps an item ID to its
	// position there.
	items     []catalog.Item
	itemIndex map[string]int32
	// entitlements memoises the entitlement rules per membership, item and
	// solution: they are pure, and a portfolio asks the same few questions
	// many times. It is indexed by membership, then item; each entry lists
	// the solutions asked about. members numbers the distinct memberships.
	entitlements [][][]schedEntitlementEntry
	members      map[string]int
	// quarterStartText and quarterEndText name the quarter's bounds in
	// messages; capacityTexts memoises the message of a full window.
	quarterStartText, quarterEndText Text
	capacityTexts                    map[schedCapacityKey]Text
}

// schedCustomer is what the scheduler precomputes for one account.
type schedCustomer struct {
	account *Account
	// region names the region whose calendar the customer follows in
	// messages, such as "EMEA"; it is zero for a customer with holidays
	// of its own.
	region RegionName
	cal    Calendar
	// open reports, per day of the window, whether it is a business day.
	open []bool
	// openBefore[i] counts the business days among the first i days of the
	// window.
	openBefore []int
	// contractFirst and contractLast bound the contract term as day
	// numbers (open ends are far away).
	contractFirst, contractLast int
	// member numbers the customer's membership among the portfolio's.
	member int
	// itemOf holds, per activity of the account, the position of its item
	// in Schedule.items, or -1 when the catalog has no such item.
	itemOf []int32
	// engagement is the active engagement (see ActiveEngagement), or nil;
	// phaseFrom[i] is the first day an activity of its phase i may take
	// place (schedFarFuture when an earlier open phase has no planned end).
	engagement *Engagement
	phaseFrom  []int
	// years are the contract years met, with the allowance used in each.
	years []schedYear
	// quarterYear are the indexes in years of the contract years the
	// quarter's first and last days fall in; switchDay is the day number
	// the second one starts (schedFarFuture when they are the same).
	quarterYear [2]int
	switchDay   int
	// weekHours is this customer's hours per week of the window.
	weekHours []float64
}

// schedYear is one contract year and the allowance used in it.
type schedYear struct {
	first, last  int // day numbers
	accelerators int
	fieldHours   float64
}

type schedEntitlementEntry struct {
	solution catalog.SolutionID
	result   schedEntitlementResult
}

type schedEntitlementResult struct {
	kind   ConflictKind // "" when entitled
	reason Text         // for kinds other than ConflictNotLicensed
}

// schedFarPast and schedFarFuture stand for open ends of a contract.
const (
	schedFarPast   = math.MinInt / 2
	schedFarFuture = math.MaxInt / 2
)

// schedEpsilon absorbs the rounding of sums of hours.
const schedEpsilon = 1e-9

// NewSchedule prepares in for checking and scheduling. It fails when the
// catalog or the quarter is missing, the weekly capacity is not positive,
// the readiness lead window is inverted, or a customer's calendar cannot
// be built (an unknown region or time zone).
func NewSchedule(in PlanInput) (*Schedule, error) {
	return NewScheduleContext(context.Background(), in)
}

// NewScheduleContext is NewSchedule that stops, between customers, when
// ctx is done, and then returns an error wrapping ctx.Err().
func NewScheduleContext(ctx context.Context, in PlanInput) (*Schedule, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	if in.Catalog == nil {
		return nil, errors.New("plan: no catalog")
	}
	if !in.Quarter.Valid() {
		return nil, fmt.Errorf("plan: quarter %q is not a quarter (want such as 2027Q1)", in.Quarter)
	}
	capacity := in.Settings.WeeklyCapacityHours
	if !(capacity > 0) || math.IsInf(capacity, 0) {
		return nil, fmt.Errorf("plan: weekly capacity must be more than 0 hours, not %g", capacity)
	}
	lead := in.ReadinessLead
	if lead == (LeadWindow{}) {
		lead = DefaultReadinessLead()
	}
	if lead.MinDays < 0 || lead.MaxDays < lead.MinDays {
		return nil, fmt.Errorf("plan: readiness lead of %d to %d days before the event is not a window", lead.MinDays, lead.MaxDays)
	}
	s := &Schedule{
		cat:              in.Catalog,
		quarter:          in.Quarter,
		weeks:            in.Quarter.Weeks(),
		quarterFirst:     civilDayNumber(in.Quarter.First()),
		quarterLast:      civilDayNumber(in.Quarter.Last()),
		capacity:         capacity,
		lead:             lead,
		customers:        make([]schedCustomer, len(in.Accounts)),
		byID:             make(map[ID]int, len(in.Accounts)),
		items:            in.Catalog.Items(),
		members:          map[string]int{},
		capacityTexts:    map[schedCapacityKey]Text{},
		quarterStartText: Textf("the start of %s", in.Quarter),
		quarterEndText:   Textf("the end of %s", in.Quarter),
	}
	s.itemIndex = make(map[string]int32, len(s.items))
	for i, it := range s.items {
		s.itemIndex[it.ID] = int32(i)
	}
	s.start = civilDayNumber(s.weeks[0].Monday)
	s.weekHours = make([]float64, len(s.weeks))
	regionCals := map[catalog.RegionID]*schedCalendarDays{}
	for i := range in.Accounts {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("plan: %w", err)
		}
		a := &in.Accounts[i]
		if _, dup := s.byID[a.Customer.ID]; !dup {
			s.byID[a.Customer.ID] = i
		}
		if err := s.prepareCustomer(&s.customers[i], a, in.Settings, regionCals); err != nil {
			return nil, err
		}
	}
	s.customerRank = make([]int, len(s.customers))
	byRank := make([]int, len(s.customers))
	for i := range byRank {
		byRank[i] = i
	}
	slices.SortStableFunc(byRank, func(a, b int) int {
		return bytes.Compare(in.Accounts[a].Customer.ID[:], in.Accounts[b].Customer.ID[:])
	})
	for rank, i := range byRank {
		s.customerRank[i] = rank
	}
	return s, nil
}

// schedCalendarDays is a calendar with its business days over the window,
// shared by the customers of a region who keep its holidays.
type schedCalendarDays struct {
	cal        Calendar
	open       []bool
	openBefore []int
}

func (s *Schedule) calendarDays(cal Calendar) *schedCalendarDays {
	n := s.windowDays()
	cd := &schedCalendarDays{cal: cal, open: make([]bool, n), openBefore: make([]int, n+1)}
	for i := range n {
		cd.open[i] = cal.IsBusinessDay(civilDate(s.start + i))
		cd.openBefore[i+1] = cd.openBefore[i]
		if cd.open[i] {
			cd.openBefore[i+1]++
		}
	}
	return cd
}

func (s *Schedule) windowDays() int { return 7 * len(s.weeks) }

func (s *Schedule) prepareCustomer(c *schedCustomer, a *Account, settings Settings, regionCals map[catalog.RegionID]*schedCalendarDays) error {
	c.account = a
	var days *schedCalendarDays
	if a.Customer.Holidays == nil {
		days = regionCals[a.Customer.Region]
		if days == nil {
			cal, err := CustomerCalendar(s.cat, settings, a.Customer)
			if err != nil {
				return fmt.Errorf("plan: customer %q: %w", a.Customer.Name, err)
			}
			days = s.calendarDays(cal)
			regionCals[a.Customer.Region] = days
		}
		c.region = schedRegionName(s.cat, days.cal)
	} else {
		cal, err := CustomerCalendar(s.cat, settings, a.Customer)
		if err != nil {
			return fmt.Errorf("plan: customer %q: %w", a.Customer.Name, err)
		}
		days = s.calendarDays(cal)
	}
	c.cal, c.open, c.openBefore = days.cal, days.open, days.openBefore

	ct := a.Customer.Contract
	c.contractFirst, c.contractLast = schedFarPast, schedFarFuture
	if !ct.Start.IsZero() {
		c.contractFirst = civilDayNumber(ct.Start)
	}
	if !ct.End.IsZero() {
		c.contractLast = civilDayNumber(ct.End)
	}
	key := schedMemberKey(a.Customer)
	member, seen := s.members[key]
	if !seen {
		member = len(s.members)
		s.members[key] = member
	}
	c.member = member

	if e, _, ok := ActiveEngagement(a.Engagements); ok {
		c.engagement = &e
	}
	if c.engagement != nil {
		c.phaseFrom = make([]int, len(c.engagement.Phases))
		from := schedFarPast
		for i, ph := range c.engagement.Phases {
			c.phaseFrom[i] = from
			if !ph.Status.Open() {
				continue
			}
			if ph.PlannedEnd.IsZero() {
				from = schedFarFuture
			} else {
				from = max(from, civilDayNumber(ph.PlannedEnd)+1)
			}
		}
	}

	c.quarterYear[0] = c.yearIndex(s.quarterFirst)
	c.quarterYear[1] = c.yearIndex(s.quarterLast)
	c.switchDay = schedFarFuture
	if c.quarterYear[1] != c.quarterYear[0] {
		c.switchDay = c.years[c.quarterYear[1]].first
	}

	c.weekHours = make([]float64, len(s.weeks))
	c.itemOf = make([]int32, len(a.Activities))
	windowEnd := s.start + s.windowDays()
	for i := range a.Activities {
		act := &a.Activities[i]
		item, ok := s.itemIndex[act.ItemID]
		if !ok {
			item = -1
		}
		c.itemOf[i] = item
		if !act.Status.Counts() || act.Date.IsZero() {
			continue
		}
		day := civilDayNumber(act.Date)
		hours := act.ConsumedHours()
		if day >= s.start && day < windowEnd && hours > 0 {
			w := (day - s.start) / 7
			c.weekHours[w] += hours
			s.weekHours[w] += hours
		}
		if item < 0 {
			continue
		}
		switch s.items[item].Kind {
		case catalog.KindAccelerator:
			c.years[c.yearIndex(day)].accelerators++
		case catalog.KindField:
			if h := act.ConsumedHours(); h > 0 {
				c.years[c.yearIndex(day)].fieldHours += h
			}
		}
	}
	return nil
}

// yearIndex returns the index in c.years of the contract year holding day
// number day, adding it when it is new.
func (c *schedCustomer) yearIndex(day int) int {
	for i, y := range c.years {
		if day >= y.first && day <= y.last {
			return i
		}
	}
	first, last := c.account.Customer.Contract.YearOf(civilDate(day))
	c.years = append(c.years, schedYear{first: civilDayNumber(first), last: civilDayNumber(last)})
	return len(c.years) - 1
}

// quarterYearIndex returns the index in c.years of the contract year of a
// day number inside the quarter.
func (c *schedCustomer) quarterYearIndex(day int) int {
	if day >= c.switchDay {
		return c.quarterYear[1]
	}
	return c.quarterYear[0]
}

// schedMemberKey identifies everything the entitlement rules read of a
// customer (the whole membership and the allowances), so that customers
// with the same ones share answers. A test checks that every field of
// Membership and Allowances changes the key.
func schedMemberKey(c Customer) string {
	m, a := c.Membership, c.Contract.Allowances
	b := make([]byte, 0, 96)
	b = append(b, m.Tier...)
	for _, s := range m.Solutions {
		b = append(b, '|')
		b = append(b, s...)
	}
	b = append(b, '/')
	for _, s := range m.AddOns {
		b = append(b, '|')
		b = append(b, s...)
	}
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(civilDayNumber(m.CommerceManagedLicensed)), 10)
	b = strconv.AppendBool(b, m.CommerceManagedLicensed.IsZero())
	b = strconv.AppendBool(b, m.Support24x5)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(a.AcceleratorsPerYear), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(a.FieldHoursPerYear), 10)
	return string(b)
}

// schedRegionName names a calendar's region for messages: its display
// name, else the catalog's, else its ID.
func schedRegionName(cat *catalog.Catalog, cal Calendar) RegionName {
	if cal.Name != "" {
		return RegionName{ID: cal.Region, Name: cal.Name}
	}
	if r, ok := cat.Region(cal.Region); ok && r.Name != "" {
		return RegionName{ID: cal.Region, Name: r.Name}
	}
	return RegionName{ID: cal.Region}
}

// entitlement checks that the customer may have item it for solution and
// says why not. The result is memoised per membership.
func (s *Schedule) entitlement(c *schedCustomer, item int32, solution catalog.SolutionID) schedEntitlementResult {
	if len(s.entitlements) < len(s.members) {
		s.entitlements = append(s.entitlements, make([][][]schedEntitlementEntry, len(s.members)-len(s.entitlements))...)
	}
	byItem := s.entitlements[c.member]
	if byItem == nil {
		byItem = make([][]schedEntitlementEntry, len(s.items))
		s.entitlements[c.member] = byItem
	}
	for _, e := range byItem[item] {
		if e.solution == solution {
			return e.result
		}
	}
	r := s.entitlementRule(c, &s.items[item], solution)
	byItem[item] = append(byItem[item], schedEntitlementEntry{solution: solution, result: r})
	return r
}

func (s *Schedule) entitlementRule(c *schedCustomer, it *catalog.Item, solution catalog.SolutionID) schedEntitlementResult {
	m, allow := c.account.Customer.Membership, c.account.Customer.Contract.Allowances
	if it.Kind == catalog.KindAddOn {
		return schedEntitlementResult{kind: ConflictNotEntitled,
			reason: Textf("%s is an add-on, not an activity that can be scheduled", it.Name)}
	}
	if solution != "" {
		if _, known := s.cat.Solution(solution); !known {
			return schedEntitlementResult{kind: ConflictNotEntitled, reason: Textf("the catalog has no solution %q", solution)}
		}
		if !m.Licenses(s.cat, solution) {
			return schedEntitlementResult{kind: ConflictNotLicensed}
		}
	}
	e, err := EntitlementFor(s.cat, m, allow, it.ID, solution)
	if err != nil {
		return schedEntitlementResult{kind: ConflictNotEntitled, reason: Textf("%s", err.Error())}
	}
	if !e.Status.Entitled() {
		if b, broken := ActivityBreak(s.cat, c.account.Customer, Activity{ItemID: it.ID}); broken && c.account.Customer.IsOutsideMembership(b.Rule) {
			return schedEntitlementResult{} // beyond the membership, on purpose
		}
		return schedEntitlementResult{kind: ConflictNotEntitled, reason: e.Reason}
	}
	return schedEntitlementResult{}
}

// schedSolutionOf is the solution an activity of item it is delivered
// for: the one given, else an accelerator's own.
func schedSolutionOf(it *catalog.Item, given catalog.SolutionID) catalog.SolutionID {
	if given == "" && it.Kind == catalog.KindAccelerator && len(it.Solutions) > 0 {
		return it.Solutions[0]
	}
	return given
}

// notLicensedReason says that the customer does not license the solution
// an item is for.
func (s *Schedule) notLicensedReason(c *schedCustomer, it *catalog.Item, solution catalog.SolutionID) Text {
	return Textf("%s is for %s, which %s does not license", it.Name, s.cat.SolutionName(solution), c.account.Customer.Name)
}

// phaseBlock returns the nearest earlier open phase that an activity of
// phase index i on day number day must wait for, with the reason text.
func (s *Schedule) phaseBlock(c *schedCustomer, itemName string, i, day int) Text {
	e := c.engagement
	for j := i - 1; j >= 0; j-- {
		ph := e.Phases[j]
		if !ph.Status.Open() {
			continue
		}
		name := phaseDisplayName(s.cat, ph.Phase)
		started := ph.Status == PhaseInProgress
		if ph.PlannedEnd.IsZero() {
			if started {
				return Textf("%s needs %s to be done (it is in progress, with no planned end)", itemName, name)
			}
			return Textf("%s needs %s to be done (it is not started, with no planned end)", itemName, name)
		}
		if day <= civilDayNumber(ph.PlannedEnd) {
			end := schedDateText(ph.PlannedEnd)
			if started {
				return Textf("%s needs %s to be done (it is in progress, planned to end %s)", itemName, name, end)
			}
			return Textf("%s needs %s to be done (it is not started, planned to end %s)", itemName, name, end)
		}
	}
	return Text{}
}

// phaseIndex returns the position of phase p in the customer's active
// engagement, or -1.
func (c *schedCustomer) phaseIndex(p catalog.PhaseID) int {
	if c.engagement == nil || p == "" {
		return -1
	}
	for i, ph := range c.engagement.Phases {
		if ph.Phase == p {
			return i
		}
	}
	return -1
}

// keyEvent finds the key event named name (ignoring case) that an
// activity on day number day prepares: the first one on or after that day.
// When every event of that name is earlier it returns the latest, and
// found reports false when the customer has no event of that name.
func (c *schedCustomer) keyEvent(name string, day int) (ev KeyEvent, evDay int, found bool) {
	name = strings.TrimSpace(name)
	best, bestDay := -1, 0
	latest, latestDay := -1, schedFarPast
	for i, e := range c.account.Customer.KeyEvents {
		if !strings.EqualFold(strings.TrimSpace(e.Name), name) || e.Date.IsZero() {
			continue
		}
		d := civilDayNumber(e.Date)
		if d >= day && (best < 0 || d < bestDay) {
			best, bestDay = i, d
		}
		if d > latestDay {
			latest, latestDay = i, d
		}
	}
	switch {
	case best >= 0:
		return c.account.Customer.KeyEvents[best], bestDay, true
	case latest >= 0:
		return c.account.Customer.KeyEvents[latest], latestDay, true
	}
	return KeyEvent{}, 0, false
}

// schedHours writes hours without needless decimals ("34", "7.5").
func schedHours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// schedDateText writes a day as YYYY-MM-DD, as Date.String does, faster.
func schedDateText(d Date) string { return string(schedAppendDate(nil, civilDayNumber(d))) }

// Workload is the quarter view: hours planned per week against the TAM's
// capacity, in total and per customer.
type Workload struct {
	Quarter  Quarter    `json:"quarter"`
	Capacity float64    `json:"capacity"`
	Weeks    []WeekLoad `json:"weeks"`
	// Customers has one row per account, in portfolio order.
	Customers []CustomerLoad `json:"customers"`
}

// WeekLoad is the hours planned in one week against the capacity.
type WeekLoad struct {
	Week     Week    `json:"week"`
	Hours    float64 `json:"hours"`
	Capacity float64 `json:"capacity"`
	// Over reports that more is planned than the capacity allows.
	Over bool `json:"over"`
}

// Free returns the hours still free in the week (negative when over).
func (w WeekLoad) Free() float64 { return w.Capacity - w.Hours }

// CustomerLoad is one customer's hours per week of the quarter.
type CustomerLoad struct {
	CustomerID ID     `json:"customerId"`
	Name       string `json:"name"`
	// Hours has one entry per week, as Workload.Weeks.
	Hours []float64 `json:"hours"`
	Total float64   `json:"total"`
}

// Workload returns the quarter view of the planned activities (everything
// not cancelled) in the quarter's weeks; a week, and an activity, belongs
// to one quarter only (see Quarter).
func (s *Schedule) Workload() Workload {
	w := Workload{Quarter: s.quarter, Capacity: s.capacity, Weeks: make([]WeekLoad, len(s.weeks))}
	for i, wk := range s.weeks {
		h := s.weekHours[i]
		w.Weeks[i] = WeekLoad{Week: wk, Hours: h, Capacity: s.capacity, Over: h > s.capacity+schedEpsilon}
	}
	w.Customers = make([]CustomerLoad, len(s.customers))
	for i := range s.customers {
		c := &s.customers[i]
		row := CustomerLoad{CustomerID: c.account.Customer.ID, Name: c.account.Customer.Name, Hours: append([]float64(nil), c.weekHours...)}
		for _, h := range row.Hours {
			row.Total += h
		}
		w.Customers[i] = row
	}
	return w
}

// QuarterLoad returns the quarter view of in: per week, the hours planned
// against the capacity, in total and per customer.
func QuarterLoad(in PlanInput) (Workload, error) {
	return QuarterLoadContext(context.Background(), in)
}

// QuarterLoadContext is QuarterLoad that stops when ctx is done and then
// returns an error wrapping ctx.Err().
func QuarterLoadContext(ctx context.Context, in PlanInput) (Workload, error) {
	s, err := NewScheduleContext(ctx, in)
	if err != nil {
		return Workload{}, err
	}
	return s.Workload(), nil
}
