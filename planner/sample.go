package planner

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"strconv"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// SamplePortfolio returns a realistic portfolio of six customers to try
// Liftoff with: the four regions, both tiers, contracts with allowances,
// Named Support Contacts, key events in the coming months, an engagement
// per customer with phases in various states, a Mutual Action Plan for
// each Ultimate customer (Expert does not include one), a monthly
// roadmap review as a recurring series, half a year of activities
// before today and a quarter after it, and support cases and risks of
// the last weeks: one customer is red by AccountHealth (a P1 case that
// missed its response target, a likely risk of high impact), the others
// amber or green as their plans and logs say, and one has neither cases
// nor risks. Two contracts have fixed days, so that each is under its own
// edition of the offer whatever today is: Northwind Outfitters signed on
// 2025-01-01 (the May 2024 offer, with Event Management; its renewal falls
// under the July 2026 offer) and Contoso Health on 2026-09-01 (the July
// 2026 offer; a sample built before that day counts its contract back
// from today). The others' contracts are counted back from today, and
// their add-ons are offered in every edition. Activities use the catalog's own
// items, only those the customer is entitled to, on the region's business
// days within the contract, in the phase the engagement was or will be in.
//
// The plan is one a TAM would make: with the default weekly capacity
// (DefaultSettings) every week stays within it except the current one,
// which is a little over. Two more conflicts are left for the TAM to
// resolve: a readiness review still planned after the key event it
// prepares, which the customer brought forward, and, when the quarter
// still holds a weekday holiday after today, an upcoming activity planned
// on a holiday of its customer's region. Everything else passes
// CheckPlan.
//
// The result depends only on cat and today, and the IDs do not depend on
// today at all, so loading the sample again updates the same customers
// and activities instead of adding copies. Each account's activities are
// in date order.
func SamplePortfolio(cat *catalog.Catalog, today Date) []Account {
	g := sampleGen{cat: cat, today: today, monday: MondayOf(today)}
	specs := sampleSpecs()
	out := make([]Account, 0, len(specs))
	cals := make([]Calendar, 0, len(specs))
	for _, s := range specs {
		acc, cal := g.account(s)
		out = append(out, acc)
		cals = append(cals, cal)
	}
	g.planOnHoliday(out, cals)
	for i := range out {
		slices.SortStableFunc(out[i].Activities, func(a, b Activity) int {
			if c := a.Date.Compare(b.Date); c != 0 {
				return c
			}
			return bytes.Compare(a.ID[:], b.ID[:])
		})
	}
	return out
}

// sampleEpoch is the creation time written into sample IDs (UUID
// version 7 carries one): 2025-01-01T00:00:00Z in milliseconds.
const sampleEpoch = 1735689600000

// sampleID returns the ID of the sample value named key: a UUID version 7
// whose time is sampleEpoch plus seq milliseconds (so that values sort in
// the order they are described) and whose other bits come from a hash of
// key.
func sampleID(key string, seq int) ID {
	sum := sha256.Sum256([]byte("liftoff sample portfolio/" + key))
	var id ID
	copy(id[:], sum[:16])
	var ms [8]byte
	binary.BigEndian.PutUint64(ms[:], uint64(sampleEpoch+seq))
	copy(id[:6], ms[2:])
	id[6] = 0x70 | id[6]&0x0f // version 7
	id[8] = 0x80 | id[8]&0x3f // RFC 4122 variant
	return id
}

type sampleGen struct {
	cat   *catalog.Catalog
	today Date
	// monday is the Monday of today's week: activities are placed by week
	// from it, so that the hours of each week do not depend on the weekday
	// of today.
	monday Date
}

// sampleSpec describes one sample customer; days are counted from today.
type sampleSpec struct {
	slug               string
	seq                int
	name               string
	region             catalog.RegionID
	language, timeZone string
	tier               catalog.TierID
	solutions          []catalog.SolutionID
	addOns             []string
	commerceManaged    bool
	contractMonthsAgo  int
	contractYears      int
	// contractStart and contractEnd, when set, are fixed contract days
	// (YYYY-MM-DD) in place of contractMonthsAgo and contractYears, from
	// the start day on: the contract is then under the edition of the
	// offer of its start whatever today is. A sample built before the
	// start counts the contract back from today, so that the customer
	// still has a history.
	contractStart, contractEnd string
	accelerators, hours        int
	team                       SuccessTeam
	contacts                   []Contact
	events                     []sampleEvent
	notes                      string
	engagement                 sampleEngagement
	plan                       *samplePlan
	activities                 []sampleActivity
	series                     *sampleSeries
	cases                      []sampleCase
	risks                      []sampleRisk
}

// sampleCase is a support case opened daysAgo days before today at
// hour:00 UTC. A first response comes responseAfter minutes after the
// opening (none when 0); each status change comes its hours after the
// one before (the opening first); an escalation comes escalateAfter
// hours after the opening.
type sampleCase struct {
	number, title string
	product       catalog.SolutionID
	priority      catalog.Priority
	daysAgo, hour int
	responseAfter int
	changes       []sampleCaseChange
	escalateAfter int
	escalatedBy   string
	escalatedSide Side
	escalation    string
}

type sampleCaseChange struct {
	status CaseStatus
	hours  int
}

// sampleRisk is an entry of the risk log; objective is 1 for the plan's
// first objective, 0 for none. A closed risk was closed closedDaysAgo
// days before today.
type sampleRisk struct {
	kind               RiskKind
	title, description string
	impact, likelihood Level
	rag                RAG
	owner              string
	side               Side
	mitigation         string
	dueInDays          int
	objective          int
	closed             bool
	closedDaysAgo      int
}

type sampleEvent struct {
	name   string
	inDays int
}

type sampleEngagement struct {
	name string
	// phases holds the status of the five phases in order, and window
	// their planned first and last day counted from today.
	phases       [5]PhaseStatus
	window       [5][2]int
	skipReason   string
	stakeholders []Stakeholder
	cadence      []Meeting
	goals        []string
	channels     []string
	escalation   []EscalationStep
	assessment   Assessment
}

type samplePlan struct {
	title      string
	objectives []sampleObjective
	milestones []sampleMilestone
	actions    []sampleAction
}

type sampleObjective struct {
	title, description, kpi, unit string
	baseline, target, current     float64
	dueInDays                     int
	status                        Status
	solutions                     []catalog.SolutionID
	moreKPIs                      []KPI
	useCases                      []UseCase
}

type sampleMilestone struct {
	title     string
	dueInDays int
	objective int // index into objectives, -1 for none
	status    Status
}

type sampleAction struct {
	title     string
	owner     string
	side      Side
	dueInDays int
	status    Status
	milestone int // index into milestones, -1 for none
}

// sampleActivity places an activity on a weekday of a week counted from
// the week of today (0 is this week, -1 the week before). The phase is
// the one the engagement is in on that day (or, for upcoming work, the
// current or the next phase); an empty phase marks work outside the
// engagement, such as a health assessment before it began.
type sampleActivity struct {
	item       string
	solution   catalog.SolutionID
	phase      catalog.PhaseID
	week       int
	day        time.Weekday
	cancelled  bool
	objective  int // 1 for the plan's first objective, 0 for none
	prepareFor string
	owner      string
	outcome    string
}

// sampleSeries is a monthly recurring activity on the same weekday of the
// month (such as the second Tuesday), with monthsBefore occurrences
// before the one in the week after next, and count in all.
type sampleSeries struct {
	item         string
	phase        catalog.PhaseID
	monthsBefore int
	count        int
	owner        string
	outcome      string
}

// account builds the account of s, and the business calendar of its
// region that the activities were placed in.
func (g sampleGen) account(s sampleSpec) (Account, Calendar) {
	c := g.customer(s)
	cal := g.calendar(c)
	acc := Account{Customer: c}
	acc.Engagements = []Engagement{g.engagement(s, c)}
	if s.plan != nil && g.tierIncludesPlan(s.tier) {
		acc.Plan = g.plan(s, c)
	}
	acc.Activities = g.activities(s, c, cal, acc.Plan)
	if series, occurrences, ok := g.series(s, c, cal); ok {
		acc.Series = []Series{series}
		acc.Activities = append(acc.Activities, occurrences...)
	}
	if series, occurrences, ok := g.statusCalls(s, c, cal); ok {
		acc.Series = append(acc.Series, series)
		acc.Activities = append(acc.Activities, occurrences...)
	}
	acc.Cases = g.cases(s, c)
	acc.Risks = g.risks(s, c, acc.Plan)
	return acc, cal
}

// cases returns the support cases of s, their instants counted back from
// today.
func (g sampleGen) cases(s sampleSpec, c Customer) []SupportCase {
	var out []SupportCase
	for i, spec := range s.cases {
		opened := g.today.AddDays(-spec.daysAgo).At(spec.hour, 0, time.UTC)
		sc := NewSupportCase(c.ID, spec.number, spec.title, spec.product, spec.priority, opened)
		sc.ID = sampleID(s.slug+"/case/"+spec.number, s.seq+500+i)
		if spec.responseAfter > 0 {
			sc.FirstResponse = opened.Add(time.Duration(spec.responseAfter) * time.Minute)
		}
		at := opened
		for _, ch := range spec.changes {
			at = at.Add(time.Duration(ch.hours) * time.Hour)
			sc.History = append(sc.History, CaseStatusChange{Status: ch.status, At: at})
			sc.Status = ch.status
		}
		if spec.escalation != "" {
			sc.Escalations = []Escalation{{At: opened.Add(time.Duration(spec.escalateAfter) * time.Hour), By: spec.escalatedBy,
				Side: spec.escalatedSide, Reason: spec.escalation}}
		}
		out = append(out, sc)
	}
	return out
}

// risks returns the risk log of s.
func (g sampleGen) risks(s sampleSpec, c Customer, plan ActionPlan) []Risk {
	var out []Risk
	for i, spec := range s.risks {
		r := Risk{ID: sampleID(s.slug+"/risk/"+strconv.Itoa(i), s.seq+600+i), CustomerID: c.ID, Kind: spec.kind, Title: spec.title,
			Description: spec.description, Impact: spec.impact, Likelihood: spec.likelihood, RAG: spec.rag, Owner: spec.owner,
			OwnerSide: spec.side, Mitigation: spec.mitigation, Status: RiskOpen}
		if r.Kind == "" {
			r.Kind = KindRisk
		}
		if spec.dueInDays != 0 {
			r.Due = g.today.AddDays(spec.dueInDays)
		}
		if spec.objective > 0 && spec.objective <= len(plan.Objectives) {
			r.ObjectiveID = plan.Objectives[spec.objective-1].ID
		}
		if spec.closed {
			r.Status, r.Closed = RiskClosed, g.today.AddDays(-spec.closedDaysAgo)
		}
		out = append(out, r)
	}
	return out
}

func (g sampleGen) tierIncludesPlan(t catalog.TierID) bool {
	tier, ok := g.cat.Tier(t)
	return ok && tier.Proactive
}

// calendar returns the business days of c's region: Monday to Friday less
// the region's holidays (or the customer's own list). The sample needs
// days only, so the calendar does without a time zone.
func (g sampleGen) calendar(c Customer) Calendar {
	var holidays []catalog.Holiday
	var rules []catalog.HolidayRule
	name := string(c.Region)
	if r, ok := g.cat.Region(c.Region); ok {
		holidays, rules, name = r.Holidays, r.HolidayRules, r.Name
	}
	if c.Holidays != nil {
		rules = nil
	}
	cal, err := NewCalendar(c.Region, time.UTC, "09:00", "17:00", c.HolidayList(holidays))
	if err == nil {
		cal, err = cal.withHolidayRules(rules)
	}
	if err != nil { // the zone and hours are fixed and the catalog is checked, so this does not happen
		return Calendar{Region: c.Region, Name: name}
	}
	cal.Name = name
	return cal
}

func (g sampleGen) customer(s sampleSpec) Customer {
	start := Date{Year: g.today.Year, Month: g.today.Month, Day: 1}
	start = catalog.DateOf(start.In(time.UTC).AddDate(0, -s.contractMonthsAgo, 0))
	end := catalog.DateOf(start.In(time.UTC).AddDate(s.contractYears, 0, -1))
	if s.contractStart != "" && !g.today.Before(catalog.MustDate(s.contractStart)) {
		start, end = catalog.MustDate(s.contractStart), catalog.MustDate(s.contractEnd)
	}
	c := Customer{
		ID:     sampleID(s.slug, s.seq),
		Name:   s.name,
		Region: s.region,
		Membership: Membership{
			Tier:      s.tier,
			AddOns:    s.addOns,
			Solutions: s.solutions,
		},
		Contract: Contract{Start: start, End: end, Allowances: Allowances{
			AcceleratorsPerYear: s.accelerators,
			FieldHoursPerYear:   s.hours,
		}},
		Team:     s.team,
		Contacts: s.contacts,
		Notes:    s.notes,
		Language: s.language,
		TimeZone: s.timeZone,
		Updated:  g.today.At(9, 0, time.UTC),
	}
	if s.commerceManaged {
		c.Membership.CommerceManagedLicensed = start
	}
	for _, e := range s.events {
		c.KeyEvents = append(c.KeyEvents, KeyEvent{Name: e.name, Date: g.today.AddDays(e.inDays)})
	}
	return c
}

func (g sampleGen) engagement(s sampleSpec, c Customer) Engagement {
	e := NewEngagement(g.cat, c.ID, s.engagement.name)
	e.ID = sampleID(s.slug+"/engagement", s.seq+1)
	spec := s.engagement
	for i := range e.Phases {
		if i >= len(spec.phases) {
			break
		}
		ph := &e.Phases[i]
		ph.Status = spec.phases[i]
		ph.PlannedStart = g.today.AddDays(spec.window[i][0])
		ph.PlannedEnd = g.today.AddDays(spec.window[i][1])
		switch ph.Status {
		case PhaseDone:
			ph.ActualStart, ph.ActualEnd = ph.PlannedStart, ph.PlannedEnd
			if ph.Deliverable != DeliverableNone {
				ph.Deliverable = DeliverableDelivered
			}
		case PhaseInProgress:
			ph.ActualStart = ph.PlannedStart
			if ph.Deliverable != DeliverableNone {
				ph.Deliverable = DeliverableDraft
			}
		case PhaseSkipped:
			ph.SkipReason = spec.skipReason
			ph.PlannedStart, ph.PlannedEnd = Date{}, Date{}
			if ph.Deliverable != DeliverableNone {
				ph.Deliverable = DeliverableNotStarted
			}
		}
	}
	e.Stakeholders = spec.stakeholders
	e.Cadence = spec.cadence
	e.Goals = spec.goals
	e.Channels = spec.channels
	e.Escalation = spec.escalation
	e.Assessment = spec.assessment
	return e
}

func (g sampleGen) plan(s sampleSpec, c Customer) ActionPlan {
	spec := s.plan
	p := ActionPlan{ID: sampleID(s.slug+"/plan", s.seq+2), CustomerID: c.ID, Title: spec.title}
	for i, o := range spec.objectives {
		p.Objectives = append(p.Objectives, Objective{
			ID:          sampleID(s.slug+"/objective/"+string(rune('a'+i)), s.seq+10+i),
			Title:       o.title,
			Description: o.description,
			KPIs: append([]KPI{{Name: o.kpi, Unit: o.unit, Baseline: o.baseline, Target: o.target, Current: o.current}},
				o.moreKPIs...),
			Due:       g.today.AddDays(o.dueInDays),
			Status:    o.status,
			Solutions: o.solutions,
			UseCases:  o.useCases,
		})
	}
	for i, m := range spec.milestones {
		ms := Milestone{
			ID:     sampleID(s.slug+"/milestone/"+string(rune('a'+i)), s.seq+20+i),
			Title:  m.title,
			Due:    g.today.AddDays(m.dueInDays),
			Status: m.status,
		}
		if m.objective >= 0 && m.objective < len(p.Objectives) {
			ms.ObjectiveID = p.Objectives[m.objective].ID
		}
		p.Milestones = append(p.Milestones, ms)
	}
	for i, a := range spec.actions {
		act := Action{
			ID:     sampleID(s.slug+"/action/"+string(rune('a'+i)), s.seq+40+i),
			Title:  a.title,
			Owner:  a.owner,
			Side:   a.side,
			Due:    g.today.AddDays(a.dueInDays),
			Status: a.status,
		}
		if a.milestone >= 0 && a.milestone < len(p.Milestones) {
			act.MilestoneID = p.Milestones[a.milestone].ID
		}
		p.Actions = append(p.Actions, act)
	}
	return p
}

// activities places the sample's activities on business days of the
// customer's region within the contract, and keeps only those the
// customer is entitled to (a catalog that lacks an item just has fewer).
func (g sampleGen) activities(s sampleSpec, c Customer, cal Calendar, plan ActionPlan) []Activity {
	var out []Activity
	for i, spec := range s.activities {
		it, ok := g.cat.Item(spec.item)
		if !ok {
			continue
		}
		ent, err := EntitlementFor(CustomerCatalog(g.cat, c), c.Membership, c.Contract.Allowances, spec.item, spec.solution)
		if err != nil || !ent.Status.Entitled() {
			continue
		}
		day := g.businessDay(cal, spec.week, spec.day)
		if !c.Contract.Covers(day) {
			continue
		}
		phase := spec.phase
		if phase != "" && !it.FitsPhase(phase) && len(it.Phases) > 0 {
			phase = it.Phases[0]
		}
		a := Activity{
			ID:         sampleID(s.slug+"/activity/"+strconv.Itoa(i), s.seq+100+i),
			CustomerID: c.ID,
			ItemID:     spec.item,
			Solution:   spec.solution,
			Phase:      phase,
			Date:       day,
			Hours:      float64(it.Hours),
			Owner:      spec.owner,
			PrepareFor: spec.prepareFor,
		}
		if a.Hours <= 0 {
			a.Hours = 4
		}
		if spec.cancelled {
			a.Status = ActivityCancelled
		} else {
			a.Status, a.Outcome = g.status(day, spec.outcome)
		}
		if a.Status == ActivityDelivered {
			// Before the current week some work took longer than
			// planned, some less.
			a.ActualDate, a.ActualHours = day, a.Hours
			if day.Before(g.monday) {
				a.ActualHours *= []float64{1, 1.25, 0.75}[i%3]
			}
		}
		if spec.prepareFor != "" {
			a.Priority = PriorityHigh
		}
		if spec.objective > 0 && spec.objective <= len(plan.Objectives) {
			a.ObjectiveID = plan.Objectives[spec.objective-1].ID
		}
		out = append(out, a)
	}
	return out
}

// status returns the status of an activity on day: delivered, with its
// outcome, before today; scheduled within the next 30 days; proposed
// after.
func (g sampleGen) status(day Date, outcome string) (ActivityStatus, string) {
	switch {
	case day.Before(g.today):
		return ActivityDelivered, outcome
	case day.Before(g.today.AddDays(30)):
		return ActivityScheduled, ""
	}
	return ActivityProposed, ""
}

// businessDay returns the business day of cal for weekday day of the week
// that starts week weeks after today's: the day itself, else the next
// business day of that week, else the one before it in that week, else
// the first business day after it. The week, and so its hours, stays the
// same unless the whole week is a holiday.
func (g sampleGen) businessDay(cal Calendar, week int, day time.Weekday) Date {
	monday := g.monday.AddDays(7 * week)
	offset := (int(day) + 6) % 7 // Monday is 0
	nominal := monday.AddDays(offset)
	for d := nominal; d.Before(monday.AddDays(7)); d = d.AddDays(1) {
		if cal.IsBusinessDay(d) {
			return d
		}
	}
	for d := nominal.AddDays(-1); !d.Before(monday); d = d.AddDays(-1) {
		if cal.IsBusinessDay(d) {
			return d
		}
	}
	if d, err := NextBusinessDay(cal, nominal); err == nil {
		return d
	}
	return nominal
}

// series returns the recurring series of s and its occurrences: a monthly
// rule on the same weekday of the month as the Tuesday of the week after
// next (the week before, when that Tuesday is the month's fifth), so
// that no occurrence falls in the current week. The occurrences get IDs
// from their position in the series, which do not depend on today.
func (g sampleGen) series(s sampleSpec, c Customer, cal Calendar) (Series, []Activity, bool) {
	spec := s.series
	if spec == nil {
		return Series{}, nil, false
	}
	it, ok := g.cat.Item(spec.item)
	if !ok {
		return Series{}, nil, false
	}
	if ent, err := EntitlementFor(CustomerCatalog(g.cat, c), c.Membership, c.Contract.Allowances, spec.item, ""); err != nil || !ent.Status.Entitled() {
		return Series{}, nil, false
	}
	next := g.monday.AddDays(15) // Tuesday of the week after next
	if next.Day > 28 {
		next = next.AddDays(-7)
	}
	nth := (next.Day-1)/7 + 1
	y, m := recurMonthAdd(next.Year, next.Month, -spec.monthsBefore)
	first := Date{Year: y, Month: m, Day: 1}
	start := first.AddDays((int(next.Weekday())-int(first.Weekday())+7)%7 + 7*(nth-1))
	series := Series{
		ID:         sampleID(s.slug+"/series/"+spec.item, s.seq+3),
		CustomerID: c.ID,
		Rule:       RecurMonthlyWeekday,
		Start:      start,
		Count:      spec.count,
	}
	if !endSeriesWithContract(&series, c.Contract, cal) {
		return Series{}, nil, false
	}
	hours := float64(it.Hours)
	if hours <= 0 {
		hours = 4
	}
	template := Activity{CustomerID: c.ID, ItemID: spec.item, Phase: spec.phase, Hours: hours, Owner: spec.owner}
	occurrences, err := ExpandSeries(template, series, cal)
	if err != nil {
		return Series{}, nil, false
	}
	kept := occurrences[:0]
	for k, a := range occurrences {
		if !c.Contract.Covers(a.Date) {
			continue
		}
		a.ID = sampleID(s.slug+"/series/"+spec.item+"/"+strconv.Itoa(k), s.seq+300+k)
		a.Status, a.Outcome = g.status(a.Date, spec.outcome)
		kept = append(kept, a)
	}
	return series, kept, true
}

// endSeriesWithContract ends series s on the last day of contract c when
// the contract ends before the series' last occurrence in calendar cal;
// it reports false when the contract ends before the series starts.
func endSeriesWithContract(s *Series, c Contract, cal Calendar) bool {
	if c.End.IsZero() {
		return true
	}
	if c.End.Before(s.Start) {
		return false
	}
	if days, err := s.Dates(cal); err == nil && len(days) > 0 && days[len(days)-1].After(c.End) {
		s.Until = c.End
	}
	return true
}

// statusCalls returns the weekly status call of an Ultimate customer as a
// series of eight half-hour touchpoints on Wednesdays (or the next
// business day),
// from the week after today's: they use the TAM's capacity like every
// planned activity.
func (g sampleGen) statusCalls(s sampleSpec, c Customer, cal Calendar) (Series, []Activity, bool) {
	it, ok := g.cat.Item(TouchpointStatusCall)
	if !ok || c.Membership.Tier != catalog.Ultimate {
		return Series{}, nil, false
	}
	start := g.monday.AddDays(7 + 2)
	series := Series{
		ID:         sampleID(s.slug+"/series/"+TouchpointStatusCall, s.seq+4),
		CustomerID: c.ID,
		Rule:       RecurWeekly,
		Start:      start,
		Count:      8,
	}
	if !endSeriesWithContract(&series, c.Contract, cal) {
		return Series{}, nil, false
	}
	// A half-hour call: the weeks stay within the capacity.
	template := Activity{CustomerID: c.ID, ItemID: it.ID, Title: "Status call", Hours: 0.5,
		Owner: sampleTAM().Name, VendorOwner: sampleTAM().Name}
	if len(c.Contacts) > 0 {
		template.CustomerOwner = c.Contacts[0].Name
	}
	occurrences, err := ExpandSeries(template, series, cal)
	if err != nil {
		return Series{}, nil, false
	}
	kept := occurrences[:0]
	for k, a := range occurrences {
		if !c.Contract.Covers(a.Date) {
			continue
		}
		a.ID = sampleID(s.slug+"/series/"+TouchpointStatusCall+"/"+strconv.Itoa(k), s.seq+400+k)
		a.Status, _ = g.status(a.Date, "")
		kept = append(kept, a)
	}
	return series, kept, true
}

// planOnHoliday leaves one deliberate mistake for the TAM to find: the
// earliest weekday holiday still to come in the quarter that shares its
// week with an upcoming activity of a customer in the holiday's region
// (neither a series occurrence nor a readiness activity, and of a phase
// that may take place that day) gets that activity. The week keeps its
// hours. When the rest of the quarter has no such holiday, nothing moves.
func (g sampleGen) planOnHoliday(accounts []Account, cals []Calendar) {
	quarter := QuarterOf(g.today)
	found := false
	var best Date
	var bestAccount, bestActivity int
	for i := range accounts {
		acc := &accounts[i]
		for j, a := range acc.Activities {
			if (a.Status != ActivityScheduled && a.Status != ActivityProposed) || a.SeriesID != (ID{}) || a.PrepareFor != "" ||
				!a.Date.After(g.today) || !quarter.Contains(a.Date) {
				continue
			}
			monday := MondayOf(a.Date)
			for k := range 5 {
				d := monday.AddDays(k)
				if _, holiday := cals[i].Holiday(d); !holiday || d == a.Date || !d.After(g.today) || !quarter.Contains(d) ||
					!acc.Customer.Contract.Covers(d) || !samplePhaseOpen(acc.Engagements, a.Phase, d) {
					continue
				}
				if !found || d.Before(best) {
					found, best, bestAccount, bestActivity = true, d, i, j
				}
			}
		}
	}
	if !found {
		return
	}
	a := &accounts[bestAccount].Activities[bestActivity]
	a.Date = best
	a.Status, a.Outcome = g.status(best, "")
}

// samplePhaseOpen reports whether an activity of phase p may take place
// on day d in the active engagement: after the planned end of every
// earlier phase still open, as CheckPlan requires.
func samplePhaseOpen(engagements []Engagement, p catalog.PhaseID, d Date) bool {
	e, _, ok := ActiveEngagement(engagements)
	if !ok || p == "" {
		return true
	}
	for _, ph := range e.Phases {
		if ph.Phase == p {
			return true
		}
		if ph.Status.Open() && (ph.PlannedEnd.IsZero() || !d.After(ph.PlannedEnd)) {
			return false
		}
	}
	return true
}

// sampleTAM is the Technical Account Manager whose portfolio the sample
// is.
func sampleTAM() Person { return Person{Name: "Alex Morgan", Email: "alex.morgan@success.example"} }

func sampleVendor(p Person, role, responsibilities string) Stakeholder {
	return Stakeholder{Name: p.Name, Role: role, Email: p.Email, Side: SideVendor, Responsibilities: responsibilities}
}

func sampleCadence(attendees string) []Meeting {
	return []Meeting{
		{Name: "Status call", Frequency: "weekly", Attendees: attendees, Purpose: "Progress, blockers and the next two weeks of activities"},
		{Name: "Steering meeting", Frequency: "monthly", Attendees: "Executive sponsor, TAM, CSM", Purpose: "Decisions, risks and the Mutual Action Plan"},
		{Name: "Quarterly business review", Frequency: "quarterly", Attendees: "Sponsors of both sides", Purpose: "Outcomes against the key business objectives and the plan for the next quarter"},
	}
}

func sampleEscalation(first, second, third string) []EscalationStep {
	return []EscalationStep{
		{Level: 1, Who: first, When: "A blocker is not resolved within two business days"},
		{Level: 2, Who: second, When: "A milestone is at risk or a P1 case needs attention from management"},
		{Level: 3, Who: third, When: "A key event or the contract goals are at risk"},
	}
}

// sampleSpecs describes the six sample customers.
func sampleSpecs() []sampleSpec {
	return []sampleSpec{sampleMueller(), sampleOresund(), sampleSakura(), sampleNorthwind(), sampleKookaburra(), sampleContoso()}
}

func sampleMueller() sampleSpec {
	csm := Person{Name: "Katrin Vogel", Email: "katrin.vogel@success.example"}
	ssm := Person{Name: "Jonas Weber", Email: "jonas.weber@success.example"}
	tad := Person{Name: "Dr. Heike Braun", Email: "heike.braun@success.example"}
	return sampleSpec{
		slug: "mueller-gmbh", seq: 0, name: "Müller GmbH",
		region: catalog.EMEA, timeZone: "Europe/Berlin", tier: catalog.Ultimate,
		solutions:         []catalog.SolutionID{"experience-manager-sites", "experience-manager-assets", "analytics", "target"},
		addOns:            []string{"technical-account-director"},
		contractMonthsAgo: 9, contractYears: 3, accelerators: 10, hours: 80,
		team: SuccessTeam{TAM: sampleTAM(), CSM: csm, SSM: ssm, TAD: tad},
		contacts: []Contact{
			{Name: "Anna Becker", Email: "anna.becker@mueller-gmbh.example", Phone: "+49 711 555 0101", Product: "experience-manager-sites", AccountAdmin: true},
			{Name: "Lukas Schmidt", Email: "lukas.schmidt@mueller-gmbh.example", Product: "experience-manager-sites"},
			{Name: "Jörg Müller", Email: "joerg.mueller@mueller-gmbh.example", Product: "experience-manager-assets"},
			{Name: "Sabine Krüger", Email: "sabine.krueger@mueller-gmbh.example", Product: "analytics"},
			{Name: "Felix Wagner", Email: "felix.wagner@mueller-gmbh.example", Product: "target"},
		},
		events: []sampleEvent{{"Spring collection launch (Frühjahrskollektion)", 45}, {"Online shop relaunch", 100}},
		notes:  "Family-owned manufacturer of kitchen appliances, Stuttgart. Relaunching sites for 14 markets on AEM.",
		engagement: sampleEngagement{
			name:   "AEM Sites and Assets relaunch",
			phases: [5]PhaseStatus{PhaseDone, PhaseDone, PhaseInProgress, PhaseNotStarted, PhaseNotStarted},
			window: [5][2]int{{-150, -136}, {-135, -80}, {-79, 20}, {21, 60}, {61, 120}},
			stakeholders: []Stakeholder{
				{Name: "Thomas Richter", Role: "CIO, executive sponsor", Email: "thomas.richter@mueller-gmbh.example", Side: SideCustomer, Responsibilities: "Budget and priorities; escalations of level 3"},
				{Name: "Anna Becker", Role: "Head of digital platforms", Email: "anna.becker@mueller-gmbh.example", Side: SideCustomer, Responsibilities: "Owns the relaunch plan; first contact for every activity"},
				{Name: "Sabine Krüger", Role: "Analytics lead", Email: "sabine.krueger@mueller-gmbh.example", Side: SideCustomer, Responsibilities: "KPIs, reporting and test results"},
				sampleVendor(sampleTAM(), "Technical Account Manager", "Technical plan, accelerators and readiness reviews"),
				sampleVendor(csm, "Customer Success Manager", "Business outcomes, adoption and the Mutual Action Plan"),
				sampleVendor(tad, "Technical Account Director", "Executive engagement and governance"),
			},
			cadence:  sampleCadence("Anna Becker, Lukas Schmidt, TAM"),
			goals:    []string{"Relaunch 14 market sites on one component library", "Cut page load time by a third", "Reuse brand assets across markets"},
			channels: []string{"E-mail", "Shared Teams channel #aem-relaunch", "Support portal cases for defects"},
			escalation: sampleEscalation("Anna Becker and Alex Morgan", "Thomas Richter and Katrin Vogel",
				"Thomas Richter and Dr. Heike Braun"),
			assessment: Assessment{
				Requirements: []string{"One component library for all 14 markets", "Translations through the existing translation agency", "Product data from SAP shown on product pages"},
				Findings:     []string{"Dispatcher cache hit ratio is 61%, far below what the site can reach", "Assets are uploaded three times, once per market team"},
				Recommendations: []Recommendation{
					{Title: "Tune dispatcher caching rules", Detail: "Cache the product pages and invalidate on publication", Priority: "high", Effort: "M"},
					{Title: "One metadata schema for all markets", Priority: "medium", Effort: "M"},
				},
			},
		},
		plan: &samplePlan{
			title: "Müller GmbH: relaunch Mutual Action Plan",
			objectives: []sampleObjective{
				{title: "Faster pages on the new sites", kpi: "Largest Contentful Paint (75th percentile)", unit: "ms",
					baseline: 3800, target: 2500, current: 3100, dueInDays: 90, status: StatusInProgress,
					solutions: []catalog.SolutionID{"experience-manager-sites"},
					moreKPIs:  []KPI{{Name: "Dispatcher cache hit ratio", Unit: "%", Baseline: 61, Target: 90, Current: 74}},
					useCases: []UseCase{{Name: "Fast product pages in every market", SuccessMetric: "Largest Contentful Paint under 2.5 s",
						Channels: []string{"Web"}, Capabilities: []string{"Dispatcher caching", "Core components"},
						Solutions: []catalog.SolutionID{"experience-manager-sites"}}}},
				{title: "Higher online conversion", kpi: "Conversion rate", unit: "%", baseline: 1.8, target: 2.4, current: 1.9,
					dueInDays: 180, status: StatusOpen, solutions: []catalog.SolutionID{"analytics", "target"},
					useCases: []UseCase{{Name: "Market-specific product pages", SuccessMetric: "Conversion rate on product pages", Audience: "Visitors in DACH, France and Italy", CallToAction: "Find a dealer", Channels: []string{"Web"}, Solutions: []catalog.SolutionID{"experience-manager-sites", "target"}, Capabilities: []string{"Experience fragments", "A/B testing"}},
						{Name: "Dealer finder test", SuccessMetric: "Dealer searches per visit", Channels: []string{"Web"},
							Capabilities: []string{"A/B testing"}}}},
				{title: "Asset reuse across markets", kpi: "Assets used in two or more markets", unit: "%", baseline: 20, target: 60, current: 35,
					dueInDays: 120, status: StatusInProgress, solutions: []catalog.SolutionID{"experience-manager-assets"},
					useCases: []UseCase{{Name: "One asset library for all markets", SuccessMetric: "Assets reused per campaign",
						Capabilities: []string{"Metadata schemas", "Asset search"}, Solutions: []catalog.SolutionID{"experience-manager-assets"}}}},
			},
			milestones: []sampleMilestone{
				{"Component library approved", -10, 0, StatusDone},
				{"Performance test passed", 30, 0, StatusOpen},
				{"First A/B test live", 50, 1, StatusOpen},
				{"Metadata schema live in the DAM", 12, 2, StatusInProgress},
			},
			actions: []sampleAction{
				{"Sign off the kickoff deck", "Anna Becker", SideCustomer, -140, StatusDone, 0},
				{"Share CDN and dispatcher logs for the caching review", "Anna Becker", SideCustomer, -5, StatusOpen, 1},
				{"Nominate an owner for Target tests", "Thomas Richter", SideCustomer, -12, StatusOpen, 2},
				{"Deliver the caching review findings", "Alex Morgan", SideVendor, 9, StatusInProgress, 1},
				{"Approve the metadata schema", "Jörg Müller", SideCustomer, 9, StatusOpen, 3},
				{"Book the go-live readiness review", "Katrin Vogel", SideVendor, 13, StatusOpen, 1},
			},
		},
		activities: []sampleActivity{
			{item: "pro-mutual-action-plan", phase: catalog.Kickoff, week: -21, day: time.Wednesday, owner: "Alex Morgan",
				outcome: "Mutual Action Plan drafted with the sponsor"},
			{item: "acc-aemassets-ingestion-design", solution: "experience-manager-assets", phase: catalog.Define, week: -18, day: time.Tuesday, objective: 3,
				owner: "Pooled AEM specialist", outcome: "Ingestion plan for 30,000 legacy assets agreed"},
			{item: "acc-analytics-implementation-review", solution: "analytics", phase: catalog.Define, week: -15, day: time.Wednesday, objective: 2,
				owner: "Pooled Analytics specialist", outcome: "Data layer gaps listed; 9 fixes planned"},
			{item: "acc-analytics-reportsuite-governance", solution: "analytics", phase: catalog.Define, week: -14, day: time.Thursday, objective: 2,
				owner: "Pooled Analytics specialist", outcome: "One global report suite with a market dimension agreed"},
			{item: "pro-roadmap-review", phase: catalog.Define, week: -12, day: time.Thursday, owner: "Alex Morgan",
				outcome: "Sites and Assets roadmap for the next two releases shared"},
			{item: "acc-aemsites-content-model-review", solution: "experience-manager-sites", phase: catalog.Design, week: -10, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Component model agreed; 42 components reduced to 27"},
			{item: "acc-aemassets-metadata-workflow", solution: "experience-manager-assets", phase: catalog.Design, week: -8, day: time.Wednesday, objective: 3,
				owner: "Pooled AEM specialist", outcome: "Metadata schema drafted for the 14 markets"},
			{item: "pro-upgrade-release-readiness", phase: catalog.Design, week: -7, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Service pack upgrade planned before the performance test"},
			{item: "pro-best-practice-guidance", phase: catalog.Design, week: -5, day: time.Thursday, owner: "Alex Morgan",
				outcome: "Guidance on the translation workflow given"},
			{item: "acc-analytics-workspace-enablement", solution: "analytics", phase: catalog.PostLaunch, week: -3, day: time.Tuesday, cancelled: true, objective: 2,
				owner: "Pooled Analytics specialist"},
			{item: "acc-aem-caching-review", solution: "experience-manager-sites", phase: catalog.Design, week: 0, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Cache hit ratio target of 90% agreed"},
			{item: "acc-target-xt-setup-review", solution: "target", phase: catalog.Design, week: 1, day: time.Wednesday, objective: 2,
				owner: "Pooled Target specialist"},
			{item: "pro-key-event-readiness", phase: catalog.GoLive, week: 5, day: time.Tuesday, owner: "Alex Morgan",
				prepareFor: "Spring collection launch (Frühjahrskollektion)"},
			{item: "acc-aemsites-golive-readiness", solution: "experience-manager-sites", phase: catalog.GoLive, week: 5, day: time.Thursday, objective: 1,
				owner: "Pooled AEM specialist"},
			{item: "field-deskside-coaching", solution: "analytics", phase: catalog.GoLive, week: 8, day: time.Wednesday, objective: 2, owner: "Field engineer"},
		},
		cases: []sampleCase{
			{number: "04518233", title: "Publish queue stuck after the service pack", product: "experience-manager-sites", priority: catalog.P2,
				daysAgo: 20, hour: 8, responseAfter: 45, changes: []sampleCaseChange{{CaseSolutionProposed, 20}, {CaseClosed, 30}}},
			{number: "04517960", title: "Translation import fails for French pages", product: "experience-manager-sites", priority: catalog.P3,
				daysAgo: 30, hour: 10, responseAfter: 180,
				changes: []sampleCaseChange{{CaseSolutionProposed, 24}, {CaseClosed, 48}, {CaseReopened, 72}, {CaseAwaitingResponse, 2}}},
			{number: "04518871", title: "Question about the asset metadata export", product: "experience-manager-assets", priority: catalog.P4,
				daysAgo: 8, hour: 13, responseAfter: 600, changes: []sampleCaseChange{{CaseClosed, 48}}},
		},
		risks: []sampleRisk{
			{title: "Translation agency misses the spring launch", impact: LevelMedium, likelihood: LevelMedium, rag: RAGAmber,
				owner: "Anna Becker", side: SideCustomer, dueInDays: 20,
				mitigation: "Freeze the spring content two weeks early; the TAM reviews the translation workflow with the agency"},
			{title: "Dispatcher rules drift between environments", impact: LevelLow, likelihood: LevelLow, rag: RAGGreen,
				owner: "Alex Morgan", side: SideVendor, objective: 1, mitigation: "Keep the dispatcher rules in the deployment pipeline"},
			{title: "Legacy asset ingestion overruns", impact: LevelMedium, likelihood: LevelLow, rag: RAGGreen,
				owner: "Jörg Müller", side: SideCustomer, objective: 3, closed: true, closedDaysAgo: 20,
				mitigation: "Ingest in three waves by market"},
		},
	}
}

func sampleOresund() sampleSpec {
	field := Person{Name: "Nina Lindqvist", Email: "nina.lindqvist@success.example"}
	return sampleSpec{
		slug: "oresund-energi", seq: 1000, name: "Øresund Energi A/S",
		region: catalog.EMEA, timeZone: "Europe/Copenhagen", tier: catalog.Expert,
		solutions:         []catalog.SolutionID{"campaign", "analytics"},
		addOns:            []string{"priority-queue-bundle"},
		contractMonthsAgo: 14, contractYears: 3, accelerators: 0, hours: 40,
		contacts: []Contact{
			{Name: "Mette Sørensen", Email: "mette.sorensen@oresund-energi.example", Product: "campaign", AccountAdmin: true},
			{Name: "Lars Nielsen", Email: "lars.nielsen@oresund-energi.example", Product: "campaign"},
			{Name: "Ingrid Åberg", Email: "ingrid.aberg@oresund-energi.example", Product: "analytics"},
			{Name: "Søren Holm", Email: "soren.holm@oresund-energi.example", Phone: "+45 33 55 01 02", Product: "analytics"},
		},
		events: []sampleEvent{{"Winter tariff campaign", 35}, {"Customer portal launch", 80}},
		notes:  "Energy retailer in Denmark and southern Sweden. Expert tier with field-activity hours in the contract.",
		engagement: sampleEngagement{
			name:   "Campaign onboarding",
			phases: [5]PhaseStatus{PhaseDone, PhaseDone, PhaseInProgress, PhaseNotStarted, PhaseNotStarted},
			window: [5][2]int{{-110, -100}, {-99, -40}, {-39, 20}, {21, 50}, {51, 110}},
			stakeholders: []Stakeholder{
				{Name: "Henrik Dahl", Role: "CMO, sponsor", Email: "henrik.dahl@oresund-energi.example", Side: SideCustomer},
				{Name: "Mette Sørensen", Role: "Marketing automation lead", Email: "mette.sorensen@oresund-energi.example", Side: SideCustomer, Responsibilities: "Owns the campaign calendar and the data model"},
				sampleVendor(field, "Field engineer", "Delivers the field activities of the contract"),
			},
			cadence: []Meeting{
				{Name: "Field activity check-in", Frequency: "monthly", Attendees: "Mette Sørensen, field engineer", Purpose: "Plan the next field activity and review the last one"},
			},
			goals:      []string{"Move the monthly newsletter and the tariff campaigns to Campaign", "Report campaign revenue in Analytics"},
			channels:   []string{"E-mail", "Support portal cases"},
			escalation: sampleEscalation("Mette Sørensen and the field engineer", "Henrik Dahl and the support escalation manager", "Henrik Dahl and the account executive"),
			assessment: Assessment{
				Requirements: []string{"Consent kept per brand and per channel", "Send-time optimisation for e-mail"},
				Findings:     []string{"Three recipient tables duplicate the customer data"},
				Recommendations: []Recommendation{
					{Title: "Merge the recipient tables", Detail: "One profile table extended with the energy-contract fields", Priority: "high", Effort: "L"},
				},
			},
		},
		activities: []sampleActivity{
			{item: "field-health-assessment", solution: "campaign", week: -17, day: time.Wednesday, owner: "Nina Lindqvist",
				outcome: "Health report with 11 findings delivered; it led to the onboarding engagement"},
			{item: "field-troubleshooting", solution: "campaign", week: -4, day: time.Tuesday, cancelled: true, owner: "Nina Lindqvist"},
			{item: "field-use-case-development", solution: "campaign", phase: catalog.GoLive, week: 4, day: time.Monday, owner: "Nina Lindqvist",
				prepareFor: "Winter tariff campaign"},
		},
		cases: []sampleCase{
			{number: "DK-118204", title: "Delivery report misses opens in Outlook", product: "campaign", priority: catalog.P3,
				daysAgo: 18, hour: 9, responseAfter: 240, changes: []sampleCaseChange{{CaseSolutionProposed, 26}, {CaseClosed, 60}}},
		},
		risks: []sampleRisk{
			{title: "Field hours run short before the portal launch", impact: LevelLow, likelihood: LevelMedium, rag: RAGGreen,
				owner: "Nina Lindqvist", side: SideVendor, dueInDays: 30, mitigation: "Plan the remaining hours with Mette Sørensen"},
		},
	}
}

func sampleSakura() sampleSpec {
	csm := Person{Name: "山本 由美", Email: "yumi.yamamoto@success.example"}
	ssm := Person{Name: "中村 大輔", Email: "daisuke.nakamura@success.example"}
	return sampleSpec{
		slug: "sakura-denki", seq: 2000, name: "株式会社サクラ電機",
		region: catalog.Japan, language: "ja", tier: catalog.Ultimate,
		solutions:         []catalog.SolutionID{"experience-manager-cloud", "target", "experience-platform", "journey-optimizer"},
		addOns:            []string{"advanced-cloud-support"},
		contractMonthsAgo: 7, contractYears: 3, accelerators: 12, hours: 120,
		team: SuccessTeam{TAM: sampleTAM(), CSM: csm, SSM: ssm},
		contacts: []Contact{
			{Name: "佐藤 健", Email: "ken.sato@sakura-denki.example", Phone: "+81 3 5555 0101", Product: "experience-manager-cloud", AccountAdmin: true},
			{Name: "鈴木 美咲", Email: "misaki.suzuki@sakura-denki.example", Product: "experience-manager-cloud"},
			{Name: "高橋 翔", Email: "sho.takahashi@sakura-denki.example", Product: "target"},
			{Name: "田中 花子", Email: "hanako.tanaka@sakura-denki.example", Product: "experience-platform"},
			{Name: "伊藤 誠", Email: "makoto.ito@sakura-denki.example", Product: "journey-optimizer"},
		},
		events: []sampleEvent{{"販売店向け内覧会 (dealer preview)", -2}, {"新製品発表会 (product launch event)", 40}, {"ブランドサイト統合キャンペーン (brand site campaign)", 95}},
		notes:  "家電メーカー。Moving twelve brand sites from AEM 6.5 on premises to AEM as a Cloud Service. The customer brought the dealer preview forward; the readiness review planned for it needs a new date or a new purpose.",
		engagement: sampleEngagement{
			name:   "AEM as a Cloud Service 移行 (migration)",
			phases: [5]PhaseStatus{PhaseDone, PhaseDone, PhaseDone, PhaseInProgress, PhaseNotStarted},
			window: [5][2]int{{-200, -190}, {-189, -140}, {-139, -40}, {-39, 25}, {26, 90}},
			stakeholders: []Stakeholder{
				{Name: "渡辺 浩", Role: "デジタル本部長 (head of digital), sponsor", Email: "hiroshi.watanabe@sakura-denki.example", Side: SideCustomer, Responsibilities: "Go/no-go decision for the launch"},
				{Name: "佐藤 健", Role: "Platform owner", Email: "ken.sato@sakura-denki.example", Side: SideCustomer, Responsibilities: "Migration plan, content freeze, cut-over"},
				{Name: "田中 花子", Role: "Data and consent lead", Email: "hanako.tanaka@sakura-denki.example", Side: SideCustomer},
				sampleVendor(sampleTAM(), "Technical Account Manager", "Migration readiness and go-live"),
				sampleVendor(csm, "Customer Success Manager", "Journey Optimizer adoption and the Mutual Action Plan"),
				sampleVendor(ssm, "Support Services Manager", "Cases during cut-over"),
			},
			cadence:  sampleCadence("佐藤 健, 鈴木 美咲, TAM"),
			goals:    []string{"全12ブランドサイトをクラウドへ移行 (all twelve brand sites on Cloud Service)", "Personalised journeys for product owners"},
			channels: []string{"E-mail", "Slack Connect #sakura-aemcs", "Support portal cases (Japanese-language support in Japan business hours)"},
			escalation: sampleEscalation("佐藤 健 and Alex Morgan", "渡辺 浩 and 山本 由美",
				"渡辺 浩 and the vendor's regional director"),
			assessment: Assessment{
				Requirements: []string{"Zero content loss during migration", "Japanese and English sites from one content tree", "Launch before the product launch event"},
				Findings:     []string{"Custom workflows that Cloud Service no longer supports: 7", "Index definitions need converting"},
				Recommendations: []Recommendation{
					{Title: "Run the Best Practices Analyzer every sprint", Priority: "high", Effort: "S"},
					{Title: "Move the custom workflows to asset microservices", Priority: "high", Effort: "L"},
				},
			},
		},
		plan: &samplePlan{
			title: "サクラ電機 Mutual Action Plan",
			objectives: []sampleObjective{
				{title: "クラウド移行の完了 (complete the migration)", kpi: "Brand sites live on Cloud Service", unit: "sites",
					baseline: 0, target: 12, current: 9, dueInDays: 25, status: StatusInProgress,
					solutions: []catalog.SolutionID{"experience-manager-cloud"},
					useCases: []UseCase{{Name: "Bilingual brand sites from one content tree", SuccessMetric: "Sites live without content loss",
						Channels: []string{"Web"}, Capabilities: []string{"Multi-site manager", "Cloud Manager pipelines"},
						Solutions: []catalog.SolutionID{"experience-manager-cloud"}}}},
				{title: "Personalised owner journeys", kpi: "Revenue share from journeys", unit: "%", baseline: 0, target: 8, current: 2,
					dueInDays: 150, status: StatusOpen, solutions: []catalog.SolutionID{"journey-optimizer", "experience-platform"},
					useCases: []UseCase{{Name: "Product registration journey", SuccessMetric: "Registrations that lead to a second purchase", Audience: "Owners of a new appliance", CallToAction: "Register your product", Channels: []string{"E-mail", "LINE"}, Solutions: []catalog.SolutionID{"journey-optimizer", "experience-platform"}, Capabilities: []string{"Journey orchestration", "Real-time customer profile"}}}},
			},
			milestones: []sampleMilestone{
				{"Content freeze", 5, 0, StatusOpen},
				{"Go-live of the last brand sites", 25, 0, StatusOpen},
				{"First journey live", 70, 1, StatusOpen},
			},
			actions: []sampleAction{
				{"Load test report for the brand sites", "鈴木 美咲", SideCustomer, -3, StatusBlocked, 1},
				{"コンテンツ凍結の承認 (approve the content freeze)", "佐藤 健", SideCustomer, 3, StatusOpen, 0},
				{"Review the rollback plan", "Alex Morgan", SideVendor, 8, StatusInProgress, 1},
				{"Schedule the journey activation review", "山本 由美", SideVendor, 11, StatusOpen, 2},
				{"Define consent labels for journeys", "田中 花子", SideCustomer, 20, StatusOpen, 2},
			},
		},
		activities: []sampleActivity{
			{item: "acc-aemcs-migration-readiness", solution: "experience-manager-cloud", phase: catalog.Define, week: -26, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Best Practices Analyzer run; 7 custom workflows to replace"},
			{item: "pro-technical-strategic-roadmap", phase: catalog.Define, week: -23, day: time.Wednesday, owner: "Alex Morgan",
				outcome: "Migration roadmap for the twelve brand sites agreed"},
			{item: "acc-aemcs-architecture-review", solution: "experience-manager-cloud", phase: catalog.Design, week: -19, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Architecture approved with two changes to the publish tier"},
			{item: "acc-aep-schema-identity-review", solution: "experience-platform", phase: catalog.Design, week: -16, day: time.Thursday, objective: 2,
				owner: "Pooled Experience Platform specialist", outcome: "Profile schema and identity namespaces agreed"},
			{item: "acc-aemcs-cloud-manager-enablement", solution: "experience-manager-cloud", phase: catalog.Design, week: -13, day: time.Wednesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Pipelines for all brand sites set up by the customer team"},
			{item: "acc-aep-data-governance", solution: "experience-platform", phase: catalog.Design, week: -10, day: time.Thursday, objective: 2,
				owner: "Pooled Experience Platform specialist", outcome: "Consent labels drafted for the journeys"},
			{item: "pro-upgrade-release-readiness", phase: catalog.Design, week: -9, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Release notes of the next two Cloud Service releases reviewed"},
			{item: "pro-best-practice-guidance", phase: catalog.GoLive, week: -5, day: time.Wednesday, owner: "Alex Morgan",
				outcome: "Content freeze and cut-over practices agreed"},
			{item: "acc-aemcs-golive-readiness", solution: "experience-manager-cloud", phase: catalog.GoLive, week: -3, day: time.Thursday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "11 of 14 readiness checks passed; the rollback plan is missing"},
			{item: "field-troubleshooting", solution: "experience-manager-cloud", phase: catalog.GoLive, week: -1, day: time.Tuesday, objective: 1,
				owner: "Field engineer", outcome: "Two custom workflows fixed after the first cut-over"},
			{item: "acc-aemcs-golive-readiness", solution: "experience-manager-cloud", phase: catalog.GoLive, week: 0, day: time.Wednesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Rollback plan checked; the last brand sites cleared for go-live"},
			{item: "acc-target-xt-setup-review", solution: "target", phase: catalog.GoLive, week: 0, day: time.Thursday, objective: 2,
				owner: "Pooled Target specialist", outcome: "Experience targeting set up for the migrated sites"},
			{item: "pro-key-event-readiness", phase: catalog.GoLive, week: 1, day: time.Tuesday, owner: "Alex Morgan",
				prepareFor: "販売店向け内覧会 (dealer preview)"},
			{item: "pro-key-event-readiness", phase: catalog.GoLive, week: 3, day: time.Thursday, owner: "Alex Morgan",
				prepareFor: "新製品発表会 (product launch event)"},
			{item: "acc-ajo-decisioning-enablement", solution: "journey-optimizer", phase: catalog.PostLaunch, week: 5, day: time.Monday, objective: 2,
				owner: "Pooled Journey Optimizer specialist"},
			{item: "pro-enablement-planning", phase: catalog.PostLaunch, week: 5, day: time.Wednesday, owner: "Alex Morgan"},
			{item: "acc-aep-activation-review", solution: "experience-platform", phase: catalog.PostLaunch, week: 7, day: time.Thursday, objective: 2,
				owner: "Pooled Experience Platform specialist"},
			{item: "field-deskside-coaching", solution: "target", phase: catalog.PostLaunch, week: 9, day: time.Wednesday, objective: 2, owner: "Field engineer"},
			{item: "pro-product-advocacy", phase: catalog.PostLaunch, week: 11, day: time.Tuesday, owner: "Alex Morgan"},
			{item: "pro-roadmap-review", phase: catalog.PostLaunch, week: 12, day: time.Tuesday, owner: "Alex Morgan"},
		},
		cases: []sampleCase{
			{number: "JP-2291847", title: "公開後にページが表示されない (pages missing after publishing)", product: "experience-manager-cloud", priority: catalog.P2,
				daysAgo: 12, hour: 1, responseAfter: 600, changes: []sampleCaseChange{{CaseSolutionProposed, 20}, {CaseClosed, 50}},
				escalateAfter: 4, escalatedBy: "佐藤 健", escalatedSide: SideCustomer, escalation: "The go-live of two brand sites is blocked"},
			{number: "JP-2292410", title: "Target activities not shown on migrated pages", product: "target", priority: catalog.P3,
				daysAgo: 5, hour: 2, responseAfter: 120, changes: []sampleCaseChange{{CaseAwaitingResponse, 6}}},
			{number: "JP-2290555", title: "Question about Cloud Manager pipeline quotas", product: "experience-manager-cloud", priority: catalog.P4,
				daysAgo: 25, hour: 3, responseAfter: 300, changes: []sampleCaseChange{{CaseClosed, 30}}},
		},
		risks: []sampleRisk{
			{title: "Load test report late for the cut-over", impact: LevelHigh, likelihood: LevelMedium, rag: RAGAmber,
				owner: "鈴木 美咲", side: SideCustomer, dueInDays: 5, objective: 1,
				mitigation: "The vendor runs a reduced load test on the three largest brand sites"},
			{title: "Consent labels not ready for the first journey", impact: LevelMedium, likelihood: LevelLow, rag: RAGGreen,
				owner: "田中 花子", side: SideCustomer, dueInDays: 20, objective: 2, mitigation: "Start with the product registration journey, which needs one label"},
			{title: "Custom workflows need rework after the cut-over", impact: LevelLow, likelihood: LevelLow, rag: RAGGreen,
				owner: "Alex Morgan", side: SideVendor, closed: true, closedDaysAgo: 6, mitigation: "Field engineer fixed both workflows"},
		},
	}
}

func sampleNorthwind() sampleSpec {
	csm := Person{Name: "Jordan Lee", Email: "jordan.lee@success.example"}
	ssm := Person{Name: "Priya Natarajan", Email: "priya.natarajan@success.example"}
	return sampleSpec{
		slug: "northwind-outfitters", seq: 3000, name: "Northwind Outfitters",
		region: catalog.Americas, timeZone: "America/Chicago", tier: catalog.Ultimate,
		solutions:       []catalog.SolutionID{"commerce", "analytics", "target", "marketo-engage"},
		addOns:          []string{"event-management"},
		commerceManaged: true,
		// Signed under the May 2024 offer, which still has Event
		// Management; the renewal falls under a later one.
		contractStart: "2025-01-01", contractEnd: "2028-12-31", accelerators: 8, hours: 60,
		team: SuccessTeam{TAM: sampleTAM(), CSM: csm, SSM: ssm},
		contacts: []Contact{
			{Name: "Maria Gonzalez", Email: "maria.gonzalez@northwind.example", Phone: "+1 503 555 0142", Product: "commerce", AccountAdmin: true},
			{Name: "Dave Thompson", Email: "dave.thompson@northwind.example", Product: "commerce"},
			{Name: "Kim Nguyen", Email: "kim.nguyen@northwind.example", Product: "analytics"},
			{Name: "Rachel Adams", Email: "rachel.adams@northwind.example", Product: "target"},
			{Name: "Tom Becker", Email: "tom.becker@northwind.example", Product: "marketo-engage"},
		},
		events: []sampleEvent{{"Peak sale weekend", 60}, {"Spring catalog drop", 110}},
		notes:  "Outdoor clothing retailer, Portland. Commerce on Managed Services; peak season is 40% of annual revenue.",
		engagement: sampleEngagement{
			name:   "Peak season readiness",
			phases: [5]PhaseStatus{PhaseDone, PhaseDone, PhaseDone, PhaseDone, PhaseInProgress},
			window: [5][2]int{{-400, -390}, {-389, -330}, {-329, -250}, {-249, -200}, {-199, 40}},
			stakeholders: []Stakeholder{
				{Name: "Chris Walker", Role: "VP e-commerce, sponsor", Email: "chris.walker@northwind.example", Side: SideCustomer, Responsibilities: "Peak-season decisions"},
				{Name: "Maria Gonzalez", Role: "Commerce platform lead", Email: "maria.gonzalez@northwind.example", Side: SideCustomer, Responsibilities: "Releases, load tests and the code freeze"},
				sampleVendor(sampleTAM(), "Technical Account Manager", "Performance, patches and peak readiness"),
				sampleVendor(csm, "Customer Success Manager", "Email revenue objective"),
				sampleVendor(ssm, "Support Services Manager", "War room during the peak weekend"),
			},
			cadence:  sampleCadence("Maria Gonzalez, Dave Thompson, TAM"),
			goals:    []string{"No downtime during the peak weekend", "Checkout under two seconds", "Grow revenue from e-mail"},
			channels: []string{"E-mail", "Slack Connect #northwind-peak", "Priority phone for P1 cases"},
			escalation: sampleEscalation("Maria Gonzalez and Alex Morgan", "Chris Walker and Jordan Lee",
				"Chris Walker and the vendor's account executive"),
			assessment: Assessment{
				Requirements: []string{"Handle three times last year's peak traffic", "Patch within 30 days of a security release"},
				Findings:     []string{"Full-page cache disabled for category pages", "Two extensions query the database on every request"},
				Recommendations: []Recommendation{
					{Title: "Enable the full-page cache for category pages", Priority: "high", Effort: "S"},
					{Title: "Replace the two slow extensions", Priority: "medium", Effort: "M"},
				},
			},
		},
		plan: &samplePlan{
			title: "Northwind Outfitters: peak season plan",
			objectives: []sampleObjective{
				{title: "Zero downtime during peak", kpi: "Checkout availability", unit: "%", baseline: 99.5, target: 99.95, current: 99.9,
					dueInDays: 65, status: StatusInProgress, solutions: []catalog.SolutionID{"commerce"},
					useCases: []UseCase{{Name: "Peak-day checkout", SuccessMetric: "Orders per minute at peak", Channels: []string{"Web", "App"},
						Capabilities: []string{"Full-page cache", "Load testing"}, Solutions: []catalog.SolutionID{"commerce"}}}},
				{title: "Faster checkout", kpi: "Checkout page time (95th percentile)", unit: "s", baseline: 4.2, target: 2.0, current: 2.8,
					dueInDays: 90, status: StatusInProgress, solutions: []catalog.SolutionID{"commerce"},
					moreKPIs: []KPI{{Name: "Checkout completion rate", Unit: "%", Baseline: 58, Target: 70, Current: 63}},
					useCases: []UseCase{{Name: "One-page checkout", SuccessMetric: "Checkout completion rate", Channels: []string{"Web"},
						Capabilities: []string{"Checkout customisation"}, Solutions: []catalog.SolutionID{"commerce"}}}},
				{title: "Grow e-mail revenue", kpi: "Share of revenue from e-mail", unit: "%", baseline: 11, target: 15, current: 12.5,
					dueInDays: 150, status: StatusOpen, solutions: []catalog.SolutionID{"marketo-engage"},
					useCases: []UseCase{{Name: "Abandoned cart e-mails", SuccessMetric: "Recovered cart revenue", Audience: "Logged-in shoppers", CallToAction: "Complete your order", Channels: []string{"E-mail"}, Solutions: []catalog.SolutionID{"marketo-engage", "commerce"}, Capabilities: []string{"Triggered e-mail", "Commerce events"}}}},
			},
			milestones: []sampleMilestone{
				{"Load test at three times peak traffic", 20, 0, StatusOpen},
				{"Code freeze", 45, 0, StatusOpen},
				{"Post-peak review", 75, 0, StatusOpen},
			},
			actions: []sampleAction{
				{"Update the lead scoring model", "Tom Becker", SideCustomer, -20, StatusDone, -1},
				{"Provide the peak traffic forecast", "Maria Gonzalez", SideCustomer, -7, StatusOpen, 0},
				{"Deliver the performance profiling report", "Alex Morgan", SideVendor, 4, StatusInProgress, 0},
				{"Apply the latest security patch", "Dave Thompson", SideCustomer, 10, StatusOpen, 1},
				{"Staff the war-room rota for the peak weekend", "Jordan Lee", SideVendor, 40, StatusOpen, 1},
			},
		},
		activities: []sampleActivity{
			{item: "acc-commerce-upgrade-readiness", solution: "commerce", phase: catalog.Design, week: -25, day: time.Tuesday, objective: 2,
				owner: "Pooled Commerce specialist", outcome: "Upgrade to the latest release planned before the peak"},
			{item: "pro-product-advocacy", phase: catalog.PostLaunch, week: -16, day: time.Thursday, owner: "Alex Morgan",
				outcome: "Feature request for B2B price lists raised with product management"},
			{item: "pro-mutual-action-plan", phase: catalog.PostLaunch, week: -13, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Peak season plan agreed with the sponsor"},
			{item: "acc-commerce-performance-profiling", solution: "commerce", phase: catalog.PostLaunch, week: -9, day: time.Wednesday, objective: 2,
				owner: "Pooled Commerce specialist", outcome: "Slow queries in two extensions found"},
			{item: "field-troubleshooting", solution: "commerce", phase: catalog.PostLaunch, week: -6, day: time.Tuesday, objective: 2,
				owner: "Field engineer", outcome: "Cache invalidation fixed"},
			{item: "acc-commerce-security-patching", solution: "commerce", phase: catalog.PostLaunch, week: -4, day: time.Thursday, objective: 1,
				owner: "Pooled Commerce specialist", outcome: "Patch calendar agreed up to the code freeze"},
			{item: "acc-analytics-attribution-segmentation", solution: "analytics", phase: catalog.PostLaunch, week: -2, day: time.Wednesday, objective: 3,
				owner: "Pooled Analytics specialist", outcome: "Attribution model for e-mail revenue agreed"},
			{item: "pro-best-practice-guidance", phase: catalog.PostLaunch, week: 0, day: time.Thursday, objective: 1, owner: "Alex Morgan",
				outcome: "Full-page cache settings for category pages reviewed"},
			{item: "acc-marketo-instance-health", solution: "marketo-engage", phase: catalog.PostLaunch, week: 2, day: time.Tuesday, objective: 3,
				owner: "Pooled Marketo Engage specialist"},
			{item: "acc-commerce-peak-readiness", solution: "commerce", phase: catalog.PostLaunch, week: 7, day: time.Tuesday, objective: 1,
				owner: "Pooled Commerce specialist", prepareFor: "Peak sale weekend"},
			{item: "field-maturity-roadmap", solution: "commerce", phase: catalog.PostLaunch, week: 10, day: time.Wednesday, owner: "Field engineer"},
			{item: "acc-commerce-security-patching", solution: "commerce", phase: catalog.PostLaunch, week: 11, day: time.Wednesday, objective: 1,
				owner: "Pooled Commerce specialist"},
		},
		series: &sampleSeries{item: "pro-roadmap-review", phase: catalog.PostLaunch, monthsBefore: 4, count: 8, owner: "Alex Morgan",
			outcome: "Commerce and Marketo Engage roadmaps reviewed against the peak season plan"},
		cases: []sampleCase{
			{number: "07730412", title: "Checkout returns errors after the security patch", product: ProductCommerceManaged, priority: catalog.P1,
				daysAgo: 6, hour: 15, responseAfter: 95, changes: []sampleCaseChange{{CaseSolutionProposed, 5}, {CaseClosed, 26}},
				escalateAfter: 1, escalatedBy: "Maria Gonzalez", escalatedSide: SideCustomer,
				escalation: "Checkout fails in two regions during the winter sale"},
			{number: "07729954", title: "Slow category pages after the cache change", product: "commerce", priority: catalog.P2,
				daysAgo: 15, hour: 16, responseAfter: 50, changes: []sampleCaseChange{{CaseSolutionProposed, 6}, {CaseClosed, 40}}},
			{number: "07731180", title: "Marketo Engage webhook times out", product: "marketo-engage", priority: catalog.P3,
				daysAgo: 3, hour: 14},
		},
		risks: []sampleRisk{
			{title: "Peak traffic forecast still missing", impact: LevelHigh, likelihood: LevelHigh, rag: RAGRed,
				owner: "Maria Gonzalez", side: SideCustomer, dueInDays: 7, objective: 1,
				description: "Without the forecast the load test cannot be sized for the peak weekend",
				mitigation:  "Size the load test on last year's peak plus 50% until the forecast arrives"},
			{kind: KindIssue, title: "Two extensions query the database on every request", impact: LevelMedium, rag: RAGAmber,
				owner: "Dave Thompson", side: SideCustomer, dueInDays: 40, objective: 2,
				mitigation: "Replace both extensions before the code freeze"},
			{title: "War-room rota has gaps at night", impact: LevelLow, likelihood: LevelMedium, rag: RAGGreen,
				owner: "Jordan Lee", side: SideVendor, dueInDays: 40, mitigation: "The Support Services Manager covers the night shifts"},
			{title: "Security patch delayed", impact: LevelHigh, likelihood: LevelMedium, rag: RAGGreen,
				owner: "Alex Morgan", side: SideVendor, closed: true, closedDaysAgo: 10, mitigation: "Patch calendar agreed up to the code freeze"},
		},
	}
}

func sampleKookaburra() sampleSpec {
	csm := Person{Name: "Olivia Chen", Email: "olivia.chen@success.example"}
	ssm := Person{Name: "Liam O'Connor", Email: "liam.oconnor@success.example"}
	return sampleSpec{
		slug: "kookaburra-bank", seq: 4000, name: "Kookaburra Bank",
		region: catalog.APAC, tier: catalog.Ultimate,
		solutions:         []catalog.SolutionID{"experience-manager-sites", "analytics", "target", "audience-manager", "workfront"},
		contractMonthsAgo: 8, contractYears: 2, accelerators: 6, hours: 40,
		team: SuccessTeam{TAM: sampleTAM(), CSM: csm, SSM: ssm},
		contacts: []Contact{
			{Name: "Jack Wilson", Email: "jack.wilson@kookaburra.example", Phone: "+61 2 5550 1234", Product: "experience-manager-sites", AccountAdmin: true},
			{Name: "Chloe Martin", Email: "chloe.martin@kookaburra.example", Product: "analytics"},
			{Name: "Ethan Brown", Email: "ethan.brown@kookaburra.example", Product: "target"},
			{Name: "Mia Taylor", Email: "mia.taylor@kookaburra.example", Product: "audience-manager"},
			{Name: "Noah Singh", Email: "noah.singh@kookaburra.example", Product: "workfront"},
		},
		events: []sampleEvent{{"Home loan campaign", 35}, {"Mobile app release", 70}},
		notes:  "Regional bank in New South Wales and Queensland. Personalising the home-loan journey.",
		engagement: sampleEngagement{
			name:       "Personalisation programme",
			phases:     [5]PhaseStatus{PhaseSkipped, PhaseInProgress, PhaseNotStarted, PhaseNotStarted, PhaseNotStarted},
			window:     [5][2]int{{0, 0}, {-30, 15}, {16, 60}, {61, 100}, {101, 160}},
			skipReason: "The customer joined the programme after its kickoff with the previous account team",
			stakeholders: []Stakeholder{
				{Name: "Grace Liu", Role: "Chief digital officer, sponsor", Email: "grace.liu@kookaburra.example", Side: SideCustomer},
				{Name: "Jack Wilson", Role: "Digital channels manager", Email: "jack.wilson@kookaburra.example", Side: SideCustomer, Responsibilities: "Day-to-day owner of the programme"},
				{Name: "Mia Taylor", Role: "Audience and data lead", Email: "mia.taylor@kookaburra.example", Side: SideCustomer},
				sampleVendor(sampleTAM(), "Technical Account Manager", "Taxonomy, test programme and roadmap"),
				sampleVendor(csm, "Customer Success Manager", "Workfront adoption"),
			},
			cadence:  sampleCadence("Jack Wilson, Mia Taylor, TAM"),
			goals:    []string{"Personalise the home-loan journey for three audiences", "Brief-to-launch in ten days"},
			channels: []string{"E-mail", "Microsoft Teams channel Kookaburra x Success"},
			escalation: sampleEscalation("Jack Wilson and Alex Morgan", "Grace Liu and Olivia Chen",
				"Grace Liu and the vendor's regional director"),
			assessment: Assessment{
				Requirements: []string{"Only consented data in audiences", "Personalisation on the public site and in the app"},
				Findings:     []string{"1,900 traits, of which 40% unused in a year"},
				Recommendations: []Recommendation{
					{Title: "Retire unused traits and agree a naming convention", Priority: "high", Effort: "M"},
				},
			},
		},
		plan: &samplePlan{
			title: "Kookaburra Bank: personalisation plan",
			objectives: []sampleObjective{
				{title: "Personalised home-loan journeys", kpi: "Loan application starts per week", baseline: 1200, target: 1800, current: 1250,
					dueInDays: 120, status: StatusOpen, solutions: []catalog.SolutionID{"target", "audience-manager"},
					useCases: []UseCase{{Name: "First-home buyer offers", SuccessMetric: "Loan application starts", Audience: "First-home buyers", CallToAction: "Check your borrowing power", Channels: []string{"Web", "App"}, Solutions: []catalog.SolutionID{"target", "audience-manager"}, Capabilities: []string{"Audience segmentation", "Experience targeting"}}}},
				{title: "Faster campaign delivery", kpi: "Days from brief to launch", unit: "days", baseline: 21, target: 10, current: 18,
					dueInDays: 90, status: StatusInProgress, solutions: []catalog.SolutionID{"workfront"},
					useCases: []UseCase{{Name: "Campaign request intake", SuccessMetric: "Days from brief to launch",
						Capabilities: []string{"Request queues", "Approval workflows"}, Solutions: []catalog.SolutionID{"workfront"}}}},
			},
			milestones: []sampleMilestone{
				{"Request queue live in Workfront", -5, 1, StatusDone},
				{"Audience taxonomy agreed", 10, 0, StatusInProgress},
				{"First personalised experience live", 55, 0, StatusOpen},
			},
			actions: []sampleAction{
				{"Send the Workfront governance summary", "Olivia Chen", SideVendor, -9, StatusDone, 0},
				{"Export the current trait list", "Mia Taylor", SideCustomer, -2, StatusOpen, 1},
				{"Run the taxonomy review workshop", "Alex Morgan", SideVendor, 7, StatusOpen, 1},
				{"Confirm the test hypotheses", "Ethan Brown", SideCustomer, 14, StatusOpen, 2},
			},
		},
		activities: []sampleActivity{
			{item: "acc-workfront-intake-design", solution: "workfront", week: -22, day: time.Tuesday, objective: 2,
				owner: "Pooled Workfront specialist", outcome: "Request queue designed with four request types"},
			{item: "field-reporting-analysis", solution: "analytics", week: -12, day: time.Thursday, owner: "Field engineer",
				outcome: "Home-loan funnel dashboard built"},
			{item: "pro-product-advocacy", week: -8, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Consent-aware personalisation needs shared with product management"},
			{item: "pro-mutual-action-plan", phase: catalog.Define, week: -4, day: time.Friday, owner: "Alex Morgan",
				outcome: "Personalisation plan agreed with the sponsor"},
			{item: "acc-analytics-kpi-framework", solution: "analytics", phase: catalog.Define, week: -2, day: time.Tuesday, objective: 1,
				owner: "Pooled Analytics specialist", outcome: "KPIs for three audiences agreed"},
			{item: "pro-roadmap-review", phase: catalog.Define, week: 0, day: time.Monday, owner: "Alex Morgan",
				outcome: "Target and Audience Manager roadmaps shared"},
			{item: "acc-aam-taxonomy-review", solution: "audience-manager", phase: catalog.Define, week: 1, day: time.Tuesday, objective: 1,
				owner: "Pooled Audience Manager specialist"},
			{item: "pro-technical-strategic-roadmap", phase: catalog.Define, week: 2, day: time.Wednesday, owner: "Alex Morgan"},
			{item: "acc-target-recommendations-readiness", solution: "target", phase: catalog.Design, week: 3, day: time.Wednesday, objective: 1,
				owner: "Pooled Target specialist", prepareFor: "Home loan campaign"},
			{item: "pro-best-practice-guidance", phase: catalog.Design, week: 9, day: time.Monday, owner: "Alex Morgan"},
			{item: "acc-aam-data-flow-review", solution: "audience-manager", phase: catalog.Design, week: 8, day: time.Tuesday, objective: 1,
				owner: "Pooled Audience Manager specialist"},
		},
	}
}

func sampleContoso() sampleSpec {
	field := Person{Name: "Marcus Hill", Email: "marcus.hill@success.example"}
	return sampleSpec{
		slug: "contoso-health", seq: 5000, name: "Contoso Health",
		region: catalog.Americas, tier: catalog.Expert,
		solutions: []catalog.SolutionID{"marketo-engage", "analytics", "workfront"},
		addOns:    []string{"priority-queue-bundle"},
		// Signed under the July 2026 offer.
		contractMonthsAgo: 4, contractYears: 2,
		contractStart: "2026-09-01", contractEnd: "2028-08-31", accelerators: 0, hours: 60,
		contacts: []Contact{
			{Name: "Emily Carter", Email: "emily.carter@contoso-health.example", Product: "marketo-engage", AccountAdmin: true},
			{Name: "Michael Rossi", Email: "michael.rossi@contoso-health.example", Product: "marketo-engage"},
			{Name: "Aisha Khan", Email: "aisha.khan@contoso-health.example", Product: "analytics"},
			{Name: "Daniel Kim", Email: "daniel.kim@contoso-health.example", Product: "workfront"},
		},
		events: []sampleEvent{{"Open enrolment campaign", 50}},
		notes:  "Health insurer in the US Midwest; new customer on Expert with field-activity hours.",
		engagement: sampleEngagement{
			name:   "Marketo Engage onboarding",
			phases: [5]PhaseStatus{PhaseInProgress, PhaseNotStarted, PhaseNotStarted, PhaseNotStarted, PhaseNotStarted},
			window: [5][2]int{{-10, 5}, {6, 40}, {41, 80}, {81, 100}, {101, 150}},
			stakeholders: []Stakeholder{
				{Name: "Laura Bennett", Role: "Director of member marketing, sponsor", Email: "laura.bennett@contoso-health.example", Side: SideCustomer},
				{Name: "Emily Carter", Role: "Marketing operations manager", Email: "emily.carter@contoso-health.example", Side: SideCustomer, Responsibilities: "Owns the Marketo instance"},
				sampleVendor(field, "Field engineer", "Delivers the field activities of the contract"),
			},
			cadence: []Meeting{
				{Name: "Onboarding check-in", Frequency: "weekly", Attendees: "Emily Carter, field engineer", Purpose: "Onboarding tasks and open questions"},
			},
			goals:      []string{"Run the open enrolment campaign from Marketo Engage", "One lead lifecycle for all member products"},
			channels:   []string{"E-mail", "Support portal cases"},
			escalation: sampleEscalation("Emily Carter and the field engineer", "Laura Bennett and the support escalation manager", "Laura Bennett and the account executive"),
			assessment: Assessment{
				Requirements: []string{"Member data stays in the US", "HIPAA-aware handling of health data"},
			},
		},
		activities: []sampleActivity{
			{item: "field-health-assessment", solution: "marketo-engage", week: -11, day: time.Tuesday, owner: "Marcus Hill",
				outcome: "Instance health report delivered; programme templates to be rebuilt"},
			{item: "field-reporting-analysis", solution: "analytics", week: -6, day: time.Wednesday, cancelled: true, owner: "Marcus Hill"},
			{item: "field-use-case-development", solution: "marketo-engage", week: 6, day: time.Monday, owner: "Marcus Hill",
				prepareFor: "Open enrolment campaign"},
		},
		cases: []sampleCase{
			{number: "US-5520931", title: "How to export the lead lifecycle report", product: "marketo-engage", priority: catalog.P4,
				daysAgo: 2, hour: 15, responseAfter: 90, changes: []sampleCaseChange{{CaseAwaitingResponse, 4}}},
		},
		risks: []sampleRisk{
			{title: "Open enrolment templates not rebuilt in time", impact: LevelMedium, likelihood: LevelMedium, rag: RAGAmber,
				owner: "Emily Carter", side: SideCustomer, dueInDays: 30,
				mitigation: "The field engineer rebuilds the three main templates in the use-case session"},
		},
	}
}
