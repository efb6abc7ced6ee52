package sample

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"strconv"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// Portfolio returns a realistic portfolio of six customers to try
// Liftoff with: the four regions, both tiers, contracts with allowances,
// Named Support Contacts, key events in the coming months, an engagement
// per customer with phases in various states, a Mutual Action Plan for
// each Ultimate customer (Expert does not include one), a monthly
// roadmap review as a recurring series, half a year of activities
// before today and a quarter after it, and support cases and risks of
// the last weeks: one customer is red by [planner.AccountHealth] (a P1
// case that missed its response target, a likely risk of high impact),
// the others amber or green as their plans and logs say, and one has
// neither cases nor risks. Two contracts have fixed days, so that each
// is under its own edition of the offer whatever today is: Northwind
// Outfitters signed on 2025-01-01 (the May 2024 offer, with Event
// Management; its renewal falls under the July 2026 offer) and Contoso
// Health on 2026-09-01 (the July 2026 offer; a sample built before that
// day counts its contract back from today). The others' contracts are
// counted back from today, and their add-ons are offered in every
// edition. Activities use the catalog's own items, only those the
// customer is entitled to, on the region's business days within the
// contract, in the phase the engagement was or will be in.
//
// The plan is one a TAM would make: with the default weekly capacity
// ([planner.DefaultSettings]) every week stays within it except the
// current one, which is a little over. Two more conflicts are left for
// the TAM to resolve: a readiness review still planned after the key
// event it prepares, which the customer brought forward, and, when the
// quarter still holds a weekday holiday after today, an upcoming
// activity planned on a holiday of its customer's region. Everything
// else passes [planner.CheckPlan].
//
// The result depends only on cat and today, and the IDs do not depend on
// today at all, so loading the sample again updates the same customers
// and activities instead of adding copies. Each account's activities are
// in date order.
func Portfolio(cat *catalog.Catalog, today planner.Date) []planner.Account {
	g := generator{cat: cat, today: today, monday: planner.MondayOf(today)}
	specs := customerSpecs()
	out := make([]planner.Account, 0, len(specs))
	cals := make([]planner.Calendar, 0, len(specs))
	for _, s := range specs {
		acc, cal := g.account(s)
		out = append(out, acc)
		cals = append(cals, cal)
	}
	g.planOnHoliday(out, cals)
	for i := range out {
		slices.SortStableFunc(out[i].Activities, func(a, b planner.Activity) int {
			if c := a.Date.Compare(b.Date); c != 0 {
				return c
			}
			return bytes.Compare(a.ID[:], b.ID[:])
		})
	}
	return out
}

// idEpoch is the creation time written into sample IDs (UUID
// version 7 carries one): 2025-01-01T00:00:00Z in milliseconds.
const idEpoch = 1735689600000

// stableID returns the ID of the sample value named key: a UUID version 7
// whose time is idEpoch plus seq milliseconds (so that values sort in
// the order they are described) and whose other bits come from a hash of
// key.
func stableID(key string, seq int) planner.ID {
	sum := sha256.Sum256([]byte("liftoff sample portfolio/" + key))
	var id planner.ID
	copy(id[:], sum[:16])
	var ms [8]byte
	binary.BigEndian.PutUint64(ms[:], uint64(idEpoch+seq))
	copy(id[:6], ms[2:])
	id[6] = 0x70 | id[6]&0x0f // version 7
	id[8] = 0x80 | id[8]&0x3f // RFC 4122 variant
	return id
}

// generator builds the sample's accounts from their descriptions for one
// catalog and one today.
type generator struct {
	cat   *catalog.Catalog
	today planner.Date
	// monday is the Monday of today's week: activities are placed by week
	// from it, so that the hours of each week do not depend on the weekday
	// of today.
	monday planner.Date
}

// customerSpec describes one sample customer; days are counted from today.
type customerSpec struct {
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
	team                       planner.SuccessTeam
	contacts                   []planner.Contact
	events                     []eventSpec
	notes                      string
	engagement                 engagementSpec
	plan                       *planSpec
	activities                 []activitySpec
	series                     *seriesSpec
	cases                      []caseSpec
	risks                      []riskSpec
}

// caseSpec is a support case opened daysAgo days before today at
// hour:00 UTC. A first response comes responseAfter minutes after the
// opening (none when 0); each status change comes its hours after the
// one before (the opening first); an escalation comes escalateAfter
// hours after the opening.
type caseSpec struct {
	number, title string
	product       catalog.SolutionID
	priority      catalog.Priority
	daysAgo, hour int
	responseAfter int
	changes       []caseChange
	escalateAfter int
	escalatedBy   string
	escalatedSide planner.Side
	escalation    string
}

type caseChange struct {
	status planner.CaseStatus
	hours  int
}

// riskSpec is an entry of the risk log; objective is 1 for the plan's
// first objective, 0 for none. A closed risk was closed closedDaysAgo
// days before today.
type riskSpec struct {
	kind               planner.RiskKind
	title, description string
	impact, likelihood planner.Level
	rag                planner.RAG
	owner              string
	side               planner.Side
	mitigation         string
	dueInDays          int
	objective          int
	closed             bool
	closedDaysAgo      int
}

type eventSpec struct {
	name   string
	inDays int
}

type engagementSpec struct {
	name string
	// phases holds the status of the five phases in order, and window
	// their planned first and last day counted from today.
	phases       [5]planner.PhaseStatus
	window       [5][2]int
	skipReason   string
	stakeholders []planner.Stakeholder
	cadence      []planner.Meeting
	goals        []string
	channels     []string
	escalation   []planner.EscalationStep
	assessment   planner.Assessment
}

type planSpec struct {
	title      string
	objectives []objectiveSpec
	milestones []milestoneSpec
	actions    []actionSpec
}

type objectiveSpec struct {
	title, description, kpi, unit string
	baseline, target, current     float64
	dueInDays                     int
	status                        planner.Status
	solutions                     []catalog.SolutionID
	moreKPIs                      []planner.KPI
	useCases                      []planner.UseCase
}

type milestoneSpec struct {
	title     string
	dueInDays int
	objective int // index into objectives, -1 for none
	status    planner.Status
}

type actionSpec struct {
	title     string
	owner     string
	side      planner.Side
	dueInDays int
	status    planner.Status
	milestone int // index into milestones, -1 for none
}

// activitySpec places an activity on a weekday of a week counted from
// the week of today (0 is this week, -1 the week before). The phase is
// the one the engagement is in on that day (or, for upcoming work, the
// current or the next phase); an empty phase marks work outside the
// engagement, such as a health assessment before it began.
type activitySpec struct {
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

// seriesSpec is a monthly recurring activity on the same weekday of the
// month (such as the second Tuesday), with monthsBefore occurrences
// before the one in the week after next, and count in all.
type seriesSpec struct {
	item         string
	phase        catalog.PhaseID
	monthsBefore int
	count        int
	owner        string
	outcome      string
}

// account builds the account of s, and the business calendar of its
// region that the activities were placed in.
func (g generator) account(s customerSpec) (planner.Account, planner.Calendar) {
	c := g.customer(s)
	cal := g.calendar(c)
	acc := planner.Account{Customer: c}
	acc.Engagements = []planner.Engagement{g.engagement(s, c)}
	if s.plan != nil && g.tierIncludesPlan(s.tier) {
		acc.Plan = g.plan(s, c)
	}
	acc.Activities = g.activities(s, c, cal, acc.Plan)
	if series, occurrences, ok := g.series(s, c, cal); ok {
		acc.Series = []planner.Series{series}
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
func (g generator) cases(s customerSpec, c planner.Customer) []planner.SupportCase {
	var out []planner.SupportCase
	for i, spec := range s.cases {
		opened := g.today.AddDays(-spec.daysAgo).At(spec.hour, 0, time.UTC)
		sc := planner.NewSupportCase(c.ID, spec.number, spec.title, spec.product, spec.priority, opened)
		sc.ID = stableID(s.slug+"/case/"+spec.number, s.seq+500+i)
		if spec.responseAfter > 0 {
			sc.FirstResponse = opened.Add(time.Duration(spec.responseAfter) * time.Minute)
		}
		at := opened
		for _, ch := range spec.changes {
			at = at.Add(time.Duration(ch.hours) * time.Hour)
			sc.History = append(sc.History, planner.CaseStatusChange{Status: ch.status, At: at})
			sc.Status = ch.status
		}
		if spec.escalation != "" {
			sc.Escalations = []planner.Escalation{{At: opened.Add(time.Duration(spec.escalateAfter) * time.Hour), By: spec.escalatedBy,
				Side: spec.escalatedSide, Reason: spec.escalation}}
		}
		out = append(out, sc)
	}
	return out
}

// risks returns the risk log of s.
func (g generator) risks(s customerSpec, c planner.Customer, plan planner.ActionPlan) []planner.Risk {
	var out []planner.Risk
	for i, spec := range s.risks {
		r := planner.Risk{ID: stableID(s.slug+"/risk/"+strconv.Itoa(i), s.seq+600+i), CustomerID: c.ID, Kind: spec.kind, Title: spec.title,
			Description: spec.description, Impact: spec.impact, Likelihood: spec.likelihood, RAG: spec.rag, Owner: spec.owner,
			OwnerSide: spec.side, Mitigation: spec.mitigation, Status: planner.RiskOpen}
		if r.Kind == "" {
			r.Kind = planner.KindRisk
		}
		if spec.dueInDays != 0 {
			r.Due = g.today.AddDays(spec.dueInDays)
		}
		if spec.objective > 0 && spec.objective <= len(plan.Objectives) {
			r.ObjectiveID = plan.Objectives[spec.objective-1].ID
		}
		if spec.closed {
			r.Status, r.Closed = planner.RiskClosed, g.today.AddDays(-spec.closedDaysAgo)
		}
		out = append(out, r)
	}
	return out
}

func (g generator) tierIncludesPlan(t catalog.TierID) bool {
	tier, ok := g.cat.Tier(t)
	return ok && tier.Proactive
}

// calendar returns the business days of c's region: Monday to Friday less
// the region's holidays, dated and computed by its rules, as the catalog
// has them (or the customer's own list).
func (g generator) calendar(c planner.Customer) planner.Calendar {
	cal, err := planner.RegionCalendar(g.cat, planner.Settings{}, c.Region, c.Holidays)
	if err != nil { // a checked catalog knows the region, its zone and its hours
		return planner.Calendar{Region: c.Region, Name: string(c.Region)}
	}
	return cal
}

func (g generator) customer(s customerSpec) planner.Customer {
	start := planner.Date{Year: g.today.Year, Month: g.today.Month, Day: 1}
	start = catalog.DateOf(start.In(time.UTC).AddDate(0, -s.contractMonthsAgo, 0))
	end := catalog.DateOf(start.In(time.UTC).AddDate(s.contractYears, 0, -1))
	if s.contractStart != "" && !g.today.Before(catalog.MustDate(s.contractStart)) {
		start, end = catalog.MustDate(s.contractStart), catalog.MustDate(s.contractEnd)
	}
	c := planner.Customer{
		ID:     stableID(s.slug, s.seq),
		Name:   s.name,
		Region: s.region,
		Membership: planner.Membership{
			Tier:      s.tier,
			AddOns:    s.addOns,
			Solutions: s.solutions,
		},
		Contract: planner.Contract{Start: start, End: end, Allowances: planner.Allowances{
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
		c.KeyEvents = append(c.KeyEvents, planner.KeyEvent{Name: e.name, Date: g.today.AddDays(e.inDays)})
	}
	return c
}

func (g generator) engagement(s customerSpec, c planner.Customer) planner.Engagement {
	e := planner.NewEngagement(g.cat, c.ID, s.engagement.name)
	e.ID = stableID(s.slug+"/engagement", s.seq+1)
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
		case planner.PhaseDone:
			ph.ActualStart, ph.ActualEnd = ph.PlannedStart, ph.PlannedEnd
			if ph.Deliverable != planner.DeliverableNone {
				ph.Deliverable = planner.DeliverableDelivered
			}
		case planner.PhaseInProgress:
			ph.ActualStart = ph.PlannedStart
			if ph.Deliverable != planner.DeliverableNone {
				ph.Deliverable = planner.DeliverableDraft
			}
		case planner.PhaseSkipped:
			ph.SkipReason = spec.skipReason
			ph.PlannedStart, ph.PlannedEnd = planner.Date{}, planner.Date{}
			if ph.Deliverable != planner.DeliverableNone {
				ph.Deliverable = planner.DeliverableNotStarted
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

func (g generator) plan(s customerSpec, c planner.Customer) planner.ActionPlan {
	spec := s.plan
	p := planner.ActionPlan{ID: stableID(s.slug+"/plan", s.seq+2), CustomerID: c.ID, Title: spec.title}
	for i, o := range spec.objectives {
		p.Objectives = append(p.Objectives, planner.Objective{
			ID:          stableID(s.slug+"/objective/"+string(rune('a'+i)), s.seq+10+i),
			Title:       o.title,
			Description: o.description,
			KPIs: append([]planner.KPI{{Name: o.kpi, Unit: o.unit, Baseline: o.baseline, Target: o.target, Current: o.current}},
				o.moreKPIs...),
			Due:       g.today.AddDays(o.dueInDays),
			Status:    o.status,
			Solutions: o.solutions,
			UseCases:  o.useCases,
		})
	}
	for i, m := range spec.milestones {
		ms := planner.Milestone{
			ID:     stableID(s.slug+"/milestone/"+string(rune('a'+i)), s.seq+20+i),
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
		act := planner.Action{
			ID:     stableID(s.slug+"/action/"+string(rune('a'+i)), s.seq+40+i),
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
func (g generator) activities(s customerSpec, c planner.Customer, cal planner.Calendar, plan planner.ActionPlan) []planner.Activity {
	var out []planner.Activity
	for i, spec := range s.activities {
		it, ok := g.cat.Item(spec.item)
		if !ok {
			continue
		}
		ent, err := planner.EntitlementFor(planner.CustomerCatalog(g.cat, c), c.Membership, c.Contract.Allowances, spec.item, spec.solution)
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
		a := planner.Activity{
			ID:         stableID(s.slug+"/activity/"+strconv.Itoa(i), s.seq+100+i),
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
			a.Status = planner.ActivityCancelled
		} else {
			a.Status, a.Outcome = g.status(day, spec.outcome)
		}
		if a.Status == planner.ActivityDelivered {
			// Before the current week some work took longer than
			// planned, some less.
			a.ActualDate, a.ActualHours = day, a.Hours
			if day.Before(g.monday) {
				a.ActualHours *= []float64{1, 1.25, 0.75}[i%3]
			}
		}
		if spec.prepareFor != "" {
			a.Priority = planner.PriorityHigh
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
func (g generator) status(day planner.Date, outcome string) (planner.ActivityStatus, string) {
	switch {
	case day.Before(g.today):
		return planner.ActivityDelivered, outcome
	case day.Before(g.today.AddDays(30)):
		return planner.ActivityScheduled, ""
	}
	return planner.ActivityProposed, ""
}

// businessDay returns the business day of cal for weekday day of the week
// that starts week weeks after today's: the day itself, else the next
// business day of that week, else the one before it in that week, else
// the first business day after it. The week, and so its hours, stays the
// same unless the whole week is a holiday.
func (g generator) businessDay(cal planner.Calendar, week int, day time.Weekday) planner.Date {
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
	if d, err := planner.NextBusinessDay(cal, nominal); err == nil {
		return d
	}
	return nominal
}

// series returns the recurring series of s and its occurrences: a monthly
// rule on the same weekday of the month as the Tuesday of the week after
// next (the week before, when that Tuesday is the month's fifth), so
// that no occurrence falls in the current week. The occurrences get IDs
// from their position in the series, which do not depend on today.
func (g generator) series(s customerSpec, c planner.Customer, cal planner.Calendar) (planner.Series, []planner.Activity, bool) {
	spec := s.series
	if spec == nil {
		return planner.Series{}, nil, false
	}
	it, ok := g.cat.Item(spec.item)
	if !ok {
		return planner.Series{}, nil, false
	}
	if ent, err := planner.EntitlementFor(planner.CustomerCatalog(g.cat, c), c.Membership, c.Contract.Allowances, spec.item, ""); err != nil || !ent.Status.Entitled() {
		return planner.Series{}, nil, false
	}
	next := g.monday.AddDays(15) // Tuesday of the week after next
	if next.Day > 28 {
		next = next.AddDays(-7)
	}
	nth := (next.Day-1)/7 + 1
	first := catalog.DateOf(time.Date(next.Year, next.Month-time.Month(spec.monthsBefore), 1, 0, 0, 0, 0, time.UTC))
	start := first.AddDays((int(next.Weekday())-int(first.Weekday())+7)%7 + 7*(nth-1))
	series := planner.Series{
		ID:         stableID(s.slug+"/series/"+spec.item, s.seq+3),
		CustomerID: c.ID,
		Rule:       planner.RecurMonthlyWeekday,
		Start:      start,
		Count:      spec.count,
	}
	if !endSeriesWithContract(&series, c.Contract, cal) {
		return planner.Series{}, nil, false
	}
	hours := float64(it.Hours)
	if hours <= 0 {
		hours = 4
	}
	template := planner.Activity{CustomerID: c.ID, ItemID: spec.item, Phase: spec.phase, Hours: hours, Owner: spec.owner}
	occurrences, err := planner.ExpandSeries(template, series, cal)
	if err != nil {
		return planner.Series{}, nil, false
	}
	kept := occurrences[:0]
	for k, a := range occurrences {
		if !c.Contract.Covers(a.Date) {
			continue
		}
		a.ID = stableID(s.slug+"/series/"+spec.item+"/"+strconv.Itoa(k), s.seq+300+k)
		a.Status, a.Outcome = g.status(a.Date, spec.outcome)
		kept = append(kept, a)
	}
	return series, kept, true
}

// endSeriesWithContract ends series s on the last day of contract c when
// the contract ends before the series' last occurrence in calendar cal;
// it reports false when the contract ends before the series starts.
func endSeriesWithContract(s *planner.Series, c planner.Contract, cal planner.Calendar) bool {
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
func (g generator) statusCalls(s customerSpec, c planner.Customer, cal planner.Calendar) (planner.Series, []planner.Activity, bool) {
	it, ok := g.cat.Item(planner.TouchpointStatusCall)
	if !ok || c.Membership.Tier != catalog.Ultimate {
		return planner.Series{}, nil, false
	}
	start := g.monday.AddDays(7 + 2)
	series := planner.Series{
		ID:         stableID(s.slug+"/series/"+planner.TouchpointStatusCall, s.seq+4),
		CustomerID: c.ID,
		Rule:       planner.RecurWeekly,
		Start:      start,
		Count:      8,
	}
	if !endSeriesWithContract(&series, c.Contract, cal) {
		return planner.Series{}, nil, false
	}
	// A half-hour call: the weeks stay within the capacity.
	template := planner.Activity{CustomerID: c.ID, ItemID: it.ID, Title: "Status call", Hours: 0.5,
		Owner: technicalAccountManager().Name, VendorOwner: technicalAccountManager().Name}
	if len(c.Contacts) > 0 {
		template.CustomerOwner = c.Contacts[0].Name
	}
	occurrences, err := planner.ExpandSeries(template, series, cal)
	if err != nil {
		return planner.Series{}, nil, false
	}
	kept := occurrences[:0]
	for k, a := range occurrences {
		if !c.Contract.Covers(a.Date) {
			continue
		}
		a.ID = stableID(s.slug+"/series/"+planner.TouchpointStatusCall+"/"+strconv.Itoa(k), s.seq+400+k)
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
func (g generator) planOnHoliday(accounts []planner.Account, cals []planner.Calendar) {
	quarter := planner.QuarterOf(g.today)
	found := false
	var best planner.Date
	var bestAccount, bestActivity int
	for i := range accounts {
		acc := &accounts[i]
		for j, a := range acc.Activities {
			if (a.Status != planner.ActivityScheduled && a.Status != planner.ActivityProposed) || a.SeriesID != (planner.ID{}) || a.PrepareFor != "" ||
				!a.Date.After(g.today) || !quarter.Contains(a.Date) {
				continue
			}
			monday := planner.MondayOf(a.Date)
			for k := range 5 {
				d := monday.AddDays(k)
				if _, holiday := cals[i].Holiday(d); !holiday || d == a.Date || !d.After(g.today) || !quarter.Contains(d) ||
					!acc.Customer.Contract.Covers(d) || !phaseOpen(acc.Engagements, a.Phase, d) {
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

// phaseOpen reports whether an activity of phase p may take place
// on day d in the active engagement: after the planned end of every
// earlier phase still open, as planner.CheckPlan requires.
func phaseOpen(engagements []planner.Engagement, p catalog.PhaseID, d planner.Date) bool {
	e, _, ok := planner.ActiveEngagement(engagements)
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
