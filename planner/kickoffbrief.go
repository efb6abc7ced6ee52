package planner

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// BriefListCap is the most entries a list of long sentences of the
// kickoff brief holds (out of scope, dependencies); the last entry of a
// longer list says how many more there are.
const BriefListCap = 6

// BriefScopeCap is the most entries the list of what is in scope holds:
// activity names are short, and a slide has room for more of them.
const BriefScopeCap = 12

// KickoffBrief is everything a kickoff deck tells, computed from the
// account: the document only lays it out. Every sentence is a Text.
type KickoffBrief struct {
	// Day is the day of the kickoff meeting (see Engagement.KickoffDay).
	Day Date
	// Objectives are the objectives of the meeting, three or four.
	Objectives []Text
	// Agenda lists the items of the meeting that have something to show,
	// in meeting order.
	Agenda []AgendaItem
	// Goals are the goals and how their success is measured.
	Goals BriefGoals
	// Scope is what the engagement covers and what it does not.
	Scope BriefScope
	// Allowances compares the contract year's allowances with the plan.
	Allowances BriefAllowances
	// Risks, Assumptions and Dependencies are the engagement's RAID log
	// as far as the data tells it.
	Risks        []Text
	Assumptions  []Text
	Dependencies []Text
	// RiskLog holds the open risks and issues of the customer's risk
	// log, highest rated first (see OpenRisks).
	RiskLog []Risk
	// RACI says who does what in each workstream.
	RACI RACI
	// Support says how to open a support case.
	Support SupportGuide
	// Asks are the decisions and help the meeting asks of the sponsor.
	Asks []Text
	// Next is the next meeting after the kickoff; Next.Found is false
	// when there is none.
	Next NextMeeting
}

// AgendaTopic names an item of the kickoff agenda.
type AgendaTopic string

// Agenda topics, in meeting order.
const (
	TopicIntroductions AgendaTopic = "introductions"
	TopicGoals         AgendaTopic = "goals"
	TopicScope         AgendaTopic = "scope"
	TopicPlan          AgendaTopic = "plan"
	TopicAllowances    AgendaTopic = "allowances"
	TopicWaysOfWorking AgendaTopic = "ways-of-working"
	TopicSupport       AgendaTopic = "support"
	TopicRisks         AgendaTopic = "risks"
	TopicAsks          AgendaTopic = "asks"
	TopicNextSteps     AgendaTopic = "next-steps"
)

// AgendaItem is one item of the kickoff agenda.
type AgendaItem struct {
	Topic AgendaTopic
	Title Text
}

// GoalsState says what the kickoff can say about the goals.
type GoalsState int

// Goals states.
const (
	// GoalsListed: the engagement or the plan names goals.
	GoalsListed GoalsState = iota
	// GoalsToAgreeInDefine: none yet, and the engagement has not gone
	// past the Define phase, where they are agreed.
	GoalsToAgreeInDefine
	// GoalsToAgreeInMeeting: none yet, and the engagement is past the
	// Define phase (or has none), so the kickoff meeting agrees them.
	GoalsToAgreeInMeeting
)

// BriefGoal is a goal with the sentences that say how its success is
// measured.
type BriefGoal struct {
	Title string
	// Objective reports whether the goal is an objective of the plan.
	Objective bool
	// Criteria are the goal's KPIs as sentences, such as "Conversion
	// rate: from 1.8% to 2.4%".
	Criteria []Text
}

// BriefGoals are the goals of the engagement.
type BriefGoals struct {
	State GoalsState
	Goals []BriefGoal
	// Note says when the goals, or their success criteria, are agreed;
	// zero when the goals and their KPIs are all known.
	Note Text
}

// BriefScope is what the engagement covers and what it leaves out.
type BriefScope struct {
	// Phases names the engagement's phases that are not skipped, each
	// with its dates where known.
	Phases []Text
	// InScope names the planned activities of the engagement, by
	// catalog name.
	InScope []Text
	// OutOfScope names what the membership does not include that a
	// customer often assumes, and what the offer never covers.
	OutOfScope []Text
}

// BriefAllowances compares the contract year of the kickoff with what is
// planned in it.
type BriefAllowances struct {
	// Usage is the consumption of the contract year that contains the
	// kickoff day (see AllowanceUse); Usage.YearEnd is when it ends.
	Usage Usage
	// Warnings say when more is planned than allowed, or when allowance
	// will expire unused (see ExpiryWarnings).
	Warnings []Text
}

// AcceleratorsOverPlanned reports whether more accelerators are
// delivered, scheduled and proposed than the contract year allows.
func (b BriefAllowances) AcceleratorsOverPlanned() bool {
	a := b.Usage.Accelerators
	return a.Delivered+a.Committed+a.Proposed > a.Allowed
}

// FieldHoursOverPlanned reports whether more field-activity hours are
// delivered, scheduled and proposed than the contract year allows.
func (b BriefAllowances) FieldHoursOverPlanned() bool {
	h := b.Usage.FieldHours
	return h.Delivered+h.Committed+h.Proposed > h.Allowed
}

// RACILetter is one cell of a RACI chart.
type RACILetter string

// RACI letters; RACINone is an empty cell.
const (
	RACIResponsible RACILetter = "R"
	RACIAccountable RACILetter = "A"
	RACIConsulted   RACILetter = "C"
	RACIInformed    RACILetter = "I"
	RACINone        RACILetter = ""
)

// RACIPerson is a column of the RACI chart.
type RACIPerson struct {
	Name string
	// Role is the person's role as the data names it; empty for a Named
	// Support Contact who has no other role (NamedContact is then set, and
	// a document names the role in its own language).
	Role string
	Side Side
	// NamedContact is set for a Named Support Contact of the customer.
	NamedContact bool
}

// RACIRow is a workstream of the RACI chart: one letter per person, in
// the order of RACI.People.
type RACIRow struct {
	Workstream Text
	Cells      []RACILetter
}

// RACI is who does what in each workstream of the engagement.
type RACI struct {
	People []RACIPerson
	Rows   []RACIRow
}

// Cell returns the letter of the person named name in row r, and false
// when no column has that name.
func (c RACI) Cell(r int, name string) (RACILetter, bool) {
	for i, p := range c.People {
		if personKey(p.Name) == personKey(name) {
			return c.Rows[r].Cells[i], true
		}
	}
	return RACINone, false
}

// SupportGuide says how to open a support case.
type SupportGuide struct {
	// Priorities holds P1 to P4.
	Priorities []SupportPriority
	// Contacts are the Named Support Contacts.
	Contacts []Contact
	// ContactLimit is how many Named Support Contacts the tier allows
	// per product.
	ContactLimit int
	// Hours are the region's business hours in the region's time zone
	// and, when the customer works in another zone, in that zone on the
	// kickoff day, such as "09:00-17:00 Europe/London (10:00-18:00
	// Europe/Berlin)".
	Hours Text
	// Notes are the rules about languages and contacts.
	Notes []Text
}

// SupportPriority is how a case of one priority is opened and answered.
type SupportPriority struct {
	Priority catalog.Priority
	// Channels are the ways to open such a case: the tier's channels as
	// the catalog names them, and chat.
	Channels []Text
	// When says when the case is worked on.
	When Text
	// Target is the targeted initial response (see ResponseTargetFor).
	Target ResponseTarget
}

// NextMeetingSource says where the next meeting was found.
type NextMeetingSource int

// Sources of the next meeting.
const (
	// NextFromCadence: a meeting of the engagement's cadence.
	NextFromCadence NextMeetingSource = iota
	// NextFromActivity: the first activity after the kickoff.
	NextFromActivity
)

// NextMeeting is the next meeting after the kickoff.
type NextMeeting struct {
	Found  bool
	Day    Date
	Title  string
	Source NextMeetingSource
	// Text says it in a sentence, such as "Status call on Tue 2026-03-10".
	Text Text
}

// KickoffDay is the day of the kickoff meeting of e: the Kickoff phase's
// actual start, else its planned start, else today.
func (e Engagement) KickoffDay(today Date) Date {
	if ph, _, ok := e.Phase(catalog.Kickoff); ok {
		if !ph.ActualStart.IsZero() {
			return ph.ActualStart
		}
		if !ph.PlannedStart.IsZero() {
			return ph.PlannedStart
		}
	}
	return today
}

// PastDefine reports whether engagement e has gone past its Define phase:
// Define is done or skipped, a later phase has started (in progress or
// done), or the engagement has no Define phase. An engagement in Design
// whose Define phase was never marked done is past it.
func (e Engagement) PastDefine() bool {
	ph, i, ok := e.Phase(catalog.Define)
	if !ok || !ph.Status.Open() {
		return true
	}
	for _, later := range e.Phases[i+1:] {
		if later.Status == PhaseInProgress || later.Status == PhaseDone {
			return true
		}
	}
	return false
}

// IsSponsor reports whether a stakeholder is an executive sponsor of the
// customer: on the customer's side, with "sponsor" in the role.
func (s Stakeholder) IsSponsor() bool {
	return s.Side == SideCustomer && strings.Contains(strings.ToLower(s.Role), "sponsor")
}

// Sponsors returns the customer's executive sponsors of engagement e.
func (e Engagement) Sponsors() []Stakeholder {
	var out []Stakeholder
	for _, s := range e.Stakeholders {
		if s.IsSponsor() && strings.TrimSpace(s.Name) != "" {
			out = append(out, s)
		}
	}
	return out
}

// KickoffBrief returns what the kickoff deck of engagement e tells. The
// meeting is held on the kickoff day (Engagement.KickoffDay), which sets
// the next meeting and the day the support hours are converted for; what
// stands in the plan (allowances of the contract year, overdue actions,
// activities still to come, the renewal ahead) is counted as of today,
// the day the deck is made. Settings give the
// regions' time zones and the warning days. It returns an error when the
// customer's tier or region is unknown to the catalog or the response
// targets cannot be found.
//
// Each part derives from the account as its type documents; the RACI
// chart follows the rules of KickoffRACI.
func (a Account) KickoffBrief(cat *catalog.Catalog, e Engagement, s Settings, today Date) (KickoffBrief, error) {
	cat = CustomerCatalog(cat, a.Customer)
	c := a.Customer
	tier, ok := cat.Tier(c.Membership.Tier)
	if !ok {
		return KickoffBrief{}, fmt.Errorf("kickoff brief: unknown tier %q", c.Membership.Tier)
	}
	cal, err := CustomerCalendar(cat, s, c)
	if err != nil {
		return KickoffBrief{}, fmt.Errorf("kickoff brief: %w", err)
	}
	b := KickoffBrief{Day: e.KickoffDay(today)}
	b.Goals = a.briefGoals(e)
	b.Scope = a.briefScope(cat, e, tier)
	b.Allowances = a.briefAllowances(cat, s, today)
	b.RACI = a.KickoffRACI(cat, e)
	if b.Support, err = briefSupport(cat, s, c, tier, cal, b.Day); err != nil {
		return KickoffBrief{}, fmt.Errorf("kickoff brief: %w", err)
	}
	b.Risks = a.briefRisks(cat, e, s, tier, b, today)
	b.Assumptions = briefAssumptions(c)
	b.Dependencies = a.briefDependencies(cat, e, today)
	b.RiskLog = OpenRisks(a.Risks)
	b.Asks = a.briefAsks(cat, e, tier, b, today)
	b.Next = a.nextMeeting(cat, e, cal, b.Day, later(b.Day, today))
	b.Objectives = briefObjectives(b)
	b.Agenda = briefAgenda(a, e, b)
	return b, nil
}

// briefObjectives writes the objectives of the meeting.
func briefObjectives(b KickoffBrief) []Text {
	out := []Text{Textf("Agree the goals and how success is measured")}
	if b.Goals.State == GoalsListed && b.Goals.Note.IsZero() {
		out[0] = Textf("Confirm the goals and how success is measured")
	}
	out = append(out, Textf("Agree the scope, the phases and the plan of the engagement"))
	out = append(out, Textf("Agree who does what and how both teams work together"))
	if len(b.Support.Priorities) > 0 {
		out = append(out, Textf("Make sure everyone knows how to get support"))
	}
	return out
}

// briefAgenda lists the agenda items that have something to show.
func briefAgenda(a Account, e Engagement, b KickoffBrief) []AgendaItem {
	var out []AgendaItem
	add := func(show bool, t AgendaTopic, title Text) {
		if show {
			out = append(out, AgendaItem{Topic: t, Title: title})
		}
	}
	u := b.Allowances.Usage
	planned := u.Accelerators.Allowed+u.Accelerators.Delivered+u.Accelerators.Committed+u.Accelerators.Proposed > 0 ||
		u.FieldHours.Allowed+u.FieldHours.Delivered+u.FieldHours.Committed+u.FieldHours.Proposed > 0
	add(len(b.RACI.People) > 0, TopicIntroductions, Textf("Introductions"))
	add(true, TopicGoals, Textf("Goals and success criteria"))
	add(len(b.Scope.InScope)+len(b.Scope.OutOfScope) > 0, TopicScope, Textf("Scope"))
	add(len(b.Scope.Phases) > 0, TopicPlan, Textf("Plan and phases"))
	add(planned, TopicAllowances, Textf("Allowances of the contract year"))
	add(len(b.RACI.Rows) > 0 || len(e.Cadence) > 0, TopicWaysOfWorking, Textf("Ways of working: RACI and cadence"))
	add(len(b.Support.Priorities) > 0, TopicSupport, Textf("How to get support"))
	add(len(b.Risks)+len(b.RiskLog)+len(b.Assumptions)+len(b.Dependencies) > 0, TopicRisks, Textf("Risks, assumptions and dependencies"))
	add(len(b.Asks) > 0, TopicAsks, Textf("Asks of the sponsor"))
	_, open := e.Current()
	add(b.Next.Found || open, TopicNextSteps, Textf("Next steps"))
	return out
}

// briefGoals lists the goals (Account.Goals) with their KPIs; when the
// engagement names goals of its own, the plan's objectives follow them
// with their KPIs, as they measure the engagement's success too. Without
// goals, they are agreed in the Define phase unless the engagement is
// past it (Engagement.PastDefine), in which case this meeting agrees
// them; goals without any KPI get the same note about their success
// criteria.
func (a Account) briefGoals(e Engagement) BriefGoals {
	var g BriefGoals
	kpis := 0
	goals := a.Goals(e)
	if len(goals) > 0 && !goals[0].Objective && a.HasPlan() {
		for _, o := range a.Plan.Objectives {
			if !slices.ContainsFunc(goals, func(g Goal) bool { return personKey(g.Title) == personKey(o.Title) }) {
				goals = append(goals, Goal{Title: o.Title, KPIs: o.KPIs, Objective: true})
			}
		}
	}
	for _, goal := range goals {
		bg := BriefGoal{Title: goal.Title, Objective: goal.Objective}
		for _, k := range goal.KPIs {
			if strings.TrimSpace(k.Name) == "" {
				continue
			}
			bg.Criteria = append(bg.Criteria, Textf("%s: from %s to %s", k.Name, Quantity{k.Baseline, k.Unit}, Quantity{k.Target, k.Unit}))
			kpis++
		}
		g.Goals = append(g.Goals, bg)
	}
	switch {
	case len(g.Goals) == 0 && e.PastDefine():
		g.State, g.Note = GoalsToAgreeInMeeting, Textf("The goals and the KPIs that measure them are to be agreed in this meeting")
	case len(g.Goals) == 0:
		g.State, g.Note = GoalsToAgreeInDefine, Textf("The goals and the KPIs that measure them are to be agreed in the Define phase")
	case kpis == 0 && e.PastDefine():
		g.Note = Textf("The KPIs that measure the goals are to be agreed in this meeting")
	case kpis == 0:
		g.Note = Textf("The KPIs that measure the goals are to be agreed in the Define phase")
	}
	return g
}

// briefScope lists the phases, the planned activities and what is out of
// scope.
func (a Account) briefScope(cat *catalog.Catalog, e Engagement, tier catalog.Tier) BriefScope {
	var sc BriefScope
	for _, ph := range e.Phases {
		if ph.Status == PhaseSkipped {
			continue
		}
		name := phaseDisplayName(cat, ph.Phase)
		from, to := ph.PlannedStart, ph.PlannedEnd
		if !ph.ActualStart.IsZero() {
			from = ph.ActualStart
		}
		if !ph.ActualEnd.IsZero() {
			to = ph.ActualEnd
		}
		switch {
		case !from.IsZero() && !to.IsZero():
			sc.Phases = append(sc.Phases, Textf("%s, %s to %s", name, from, to))
		case !from.IsZero():
			sc.Phases = append(sc.Phases, Textf("%s, from %s", name, from))
		default:
			sc.Phases = append(sc.Phases, Textf("%s, dates to be agreed", name))
		}
	}
	var seen []string
	var in []Text
	for _, act := range e.Activities(a.Activities) {
		if !act.Status.Counts() && act.Status != ActivityRequested {
			continue
		}
		it, ok := cat.Item(act.ItemID)
		if !ok || it.Kind == catalog.KindTouchpoint || it.Kind == catalog.KindAddOn {
			continue
		}
		key := it.ID + "\x00" + string(act.Solution)
		if slices.Contains(seen, key) {
			continue
		}
		seen = append(seen, key)
		if act.Solution != "" && it.Kind == catalog.KindField {
			in = append(in, Textf("%s for %s", it.Name, cat.SolutionName(act.Solution)))
		} else {
			in = append(in, Textf("%s", it.Name))
		}
	}
	sc.InScope = capListAt(in, BriefScopeCap)
	sc.OutOfScope = capList(append(outOfScope(cat, a.Customer, tier), StandingOutOfScope()...))
	return sc
}

// StandingOutOfScope returns what the offer never covers: field
// activities and accelerators advise and support, they do not replace
// consulting services or do the customer's implementation work.
func StandingOutOfScope() []Text {
	return []Text{Textf("Hands-on implementation work: activities advise and support the customer's teams and do not replace consulting services")}
}

// outOfScope explains, one sentence per reason (GroupedReasons), the
// items of the catalog customer c's membership does not entitle it to and
// that a customer often assumes: proactive services, Success
// Accelerators and add-ons not included or purchased, and field
// activities when the contract holds no hours. Items that need a
// solution the customer does not license are left out: nobody assumes
// them.
func outOfScope(cat *catalog.Catalog, c Customer, tier catalog.Tier) []Text {
	var ents []Entitlement
	for _, en := range Entitlements(cat, c.Membership, c.Contract.Allowances) {
		if en.Status.Entitled() {
			continue
		}
		switch en.Item.Kind {
		case catalog.KindAccelerator:
			if tier.Accelerators {
				continue // only unlicensed solutions, which nobody assumes
			}
		case catalog.KindField:
			if !c.Membership.Licenses(cat, en.Solution) {
				continue
			}
		case catalog.KindAddOn:
			if add, ok := cat.AddOn(en.Item.ID); ok && add.RequiresSolution != "" && !c.Membership.Licenses(cat, add.RequiresSolution) {
				continue
			}
		}
		ents = append(ents, en)
	}
	return GroupedReasons(ents)
}

// capList keeps the first BriefListCap-1 entries of a longer list and
// says how many more there are.
func capList(list []Text) []Text { return capListAt(list, BriefListCap) }

// capListAt keeps the first limit-1 entries of a list longer than limit
// and says how many more there are.
func capListAt(list []Text, limit int) []Text {
	if len(list) <= limit {
		return list
	}
	out := slices.Clone(list[:limit-1])
	return append(out, Textf("and %d more", len(list)-(limit-1)))
}

// briefAllowances counts the contract year of day (AllowanceUse) and
// warns when more is planned than allowed and when allowance will expire
// unused (ExpiryWarnings, as of day).
func (a Account) briefAllowances(cat *catalog.Catalog, s Settings, day Date) BriefAllowances {
	b := BriefAllowances{Usage: AllowanceUse(cat, a.Customer, a.Activities, day)}
	u := b.Usage
	if acc := u.Accelerators; b.AcceleratorsOverPlanned() {
		b.Warnings = append(b.Warnings, Textf("%d accelerators are planned (%d delivered, %d scheduled, %d proposed) but the contract year to %s allows %d",
			acc.Delivered+acc.Committed+acc.Proposed, acc.Delivered, acc.Committed, acc.Proposed, u.YearEnd, acc.Allowed))
	}
	if h := u.FieldHours; b.FieldHoursOverPlanned() {
		b.Warnings = append(b.Warnings, Textf("%s field-activity hours are planned (%s delivered, %s scheduled, %s proposed) but the contract year to %s allows %s",
			hoursText(h.Delivered+h.Committed+h.Proposed), hoursText(h.Delivered), hoursText(h.Committed), hoursText(h.Proposed), u.YearEnd, hoursText(h.Allowed)))
	}
	for _, w := range ExpiryWarnings(cat, a, s, day) {
		b.Warnings = append(b.Warnings, w.Reason)
	}
	return b
}

func hoursText(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// briefRisks derives the risks: allowance warnings, a renewal or contract
// end before the engagement ends, products without Named Support
// Contacts, the customer's overdue plan actions, breaks of the
// membership, no executive sponsor, and objectives missing after Define.
func (a Account) briefRisks(cat *catalog.Catalog, e Engagement, s Settings, tier catalog.Tier, b KickoffBrief, today Date) []Text {
	c := a.Customer
	out := slices.Clone(b.Allowances.Warnings)
	if end, ok := engagementEnd(e); ok {
		if renewal, ok := RenewalDay(c.Contract, s); ok && !renewal.Before(today) && !renewal.After(end) {
			out = append(out, Textf("The contract comes up for renewal on %s, before the engagement ends on %s", renewal, end))
		}
		if !c.Contract.End.IsZero() && c.Contract.End.Before(end) {
			out = append(out, Textf("The contract ends on %s, before the engagement ends on %s", c.Contract.End, end))
		}
	}
	for _, p := range productsWithoutContacts(cat, c) {
		out = append(out, Textf("No Named Support Contact for %s: only Named Support Contacts can open cases (%s allows up to %d per product)",
			cat.SolutionName(p), tier.Name, tier.NSCLimit))
	}
	for _, act := range customerOverdue(a, today) {
		out = append(out, Textf("%s, owned by %s, was due %s", act.Title, orUnnamed(act.Owner), WeekdayDate(act.Due)))
	}
	for _, br := range a.MembershipBreaks(cat) {
		out = append(out, Textf("Outside the membership: %s", br.Text))
	}
	for _, act := range e.Activities(a.Activities) {
		if !act.Status.Counts() {
			continue
		}
		if br, ok := ActivityBreak(cat, c, act); ok {
			out = append(out, Textf("Outside the membership: %s", br.Text))
		}
	}
	if len(e.Sponsors()) == 0 {
		out = append(out, Textf("No executive sponsor is named for %s", c.Name))
	}
	if a.ObjectivesState(e) == ObjectivesMissing && tier.Proactive {
		out = append(out, Textf("The Define phase is over but the Mutual Action Plan holds no objectives"))
	}
	return out
}

func orUnnamed(name string) string {
	if strings.TrimSpace(name) == "" {
		return "nobody named"
	}
	return name
}

// engagementEnd is the last day of e: the latest actual or planned end
// of its phases that are not skipped.
func engagementEnd(e Engagement) (Date, bool) {
	var end Date
	for _, ph := range e.Phases {
		if ph.Status == PhaseSkipped {
			continue
		}
		d := ph.PlannedEnd
		if !ph.ActualEnd.IsZero() {
			d = ph.ActualEnd
		}
		if d.After(end) {
			end = d
		}
	}
	return end, !end.IsZero()
}

// productsWithoutContacts returns the licensed solutions of c that no
// Named Support Contact is named for (a contact for a family member or
// the family counts).
func productsWithoutContacts(cat *catalog.Catalog, c Customer) []catalog.SolutionID {
	var out []catalog.SolutionID
	for _, p := range c.Membership.Solutions {
		if !slices.ContainsFunc(c.Contacts, func(n Contact) bool { return cat.Covers(p, n.Product) || cat.Covers(n.Product, p) }) {
			out = append(out, p)
		}
	}
	return out
}

// customerOverdue returns the customer's open plan actions overdue on day.
func customerOverdue(a Account, day Date) []Action {
	if !a.HasPlan() {
		return nil
	}
	var out []Action
	for _, act := range OverdueActions(a.Plan, day) {
		if act.Side == SideCustomer {
			out = append(out, act)
		}
	}
	return out
}

// briefAssumptions are the standing assumptions of an engagement, from
// the customer duties of the offer.
func briefAssumptions(c Customer) []Text {
	return []Text{
		Textf("The Named Support Contacts of %s are available to open and follow up support cases", c.Name),
		Textf("%s grants remote access to its systems through the vendor's remote-support tools when a case needs it", c.Name),
		Textf("%s provides the environments, accounts and access each activity needs in time", c.Name),
		Textf("For a P1 case, %s works with support around the clock until it is resolved", c.Name),
	}
}

// briefDependencies lists what the plan waits on from the customer: each
// open customer-owned action that an open milestone depends on
// (Action.MilestoneID), and the catalog prerequisites of the engagement's
// activities still to come after day.
func (a Account) briefDependencies(cat *catalog.Catalog, e Engagement, day Date) []Text {
	var out []Text
	if a.HasPlan() {
		for _, act := range a.Plan.Actions {
			if act.Side != SideCustomer || act.Status.Closed() || act.MilestoneID == (ID{}) {
				continue
			}
			i := slices.IndexFunc(a.Plan.Milestones, func(m Milestone) bool { return m.ID == act.MilestoneID })
			if i < 0 || a.Plan.Milestones[i].Status.Closed() {
				continue
			}
			ms := a.Plan.Milestones[i]
			if act.Due.IsZero() {
				out = append(out, Textf("%s waits on %s (%s)", ms.Title, act.Title, orUnnamed(act.Owner)))
			} else {
				out = append(out, Textf("%s waits on %s (%s, due %s)", ms.Title, act.Title, orUnnamed(act.Owner), WeekdayDate(act.Due)))
			}
		}
	}
	for _, act := range e.Activities(a.Activities) {
		if !IsUpcoming(act, day) {
			continue
		}
		it, ok := cat.Item(act.ItemID)
		if !ok || len(it.Prerequisites) == 0 {
			continue
		}
		out = append(out, Textf("%s on %s needs: %s", it.Name, WeekdayDate(act.Date), strings.Join(it.Prerequisites, "; ")))
	}
	return capList(out)
}

// briefAsks derives what the meeting asks of the sponsor: to name an
// executive sponsor, to confirm goals or KPIs, to name Named Support
// Contacts for products without any, to approve the plan where more is
// planned than allowed, and to help close the customer's overdue actions.
func (a Account) briefAsks(cat *catalog.Catalog, e Engagement, tier catalog.Tier, b KickoffBrief, today Date) []Text {
	var out []Text
	if len(e.Sponsors()) == 0 {
		out = append(out, Textf("Name an executive sponsor for %s", e.Name))
	}
	switch {
	case len(b.Goals.Goals) == 0:
		out = append(out, Textf("Confirm the goals of the engagement and the KPIs that measure them"))
	case !b.Goals.Note.IsZero():
		out = append(out, Textf("Confirm the KPIs that measure the goals"))
	}
	for _, p := range productsWithoutContacts(cat, a.Customer) {
		out = append(out, Textf("Name the Named Support Contacts for %s (up to %d)", cat.SolutionName(p), tier.NSCLimit))
	}
	u := b.Allowances.Usage
	if b.Allowances.AcceleratorsOverPlanned() {
		acc := u.Accelerators
		out = append(out, Textf("Approve the plan of %d accelerators against %d allowed, or choose what moves to the next contract year",
			acc.Delivered+acc.Committed+acc.Proposed, acc.Allowed))
	}
	if b.Allowances.FieldHoursOverPlanned() {
		h := u.FieldHours
		out = append(out, Textf("Approve the plan of %s field-activity hours against %s allowed, or choose what moves to the next contract year",
			hoursText(h.Delivered+h.Committed+h.Proposed), hoursText(h.Allowed)))
	}
	for _, act := range customerOverdue(a, today) {
		out = append(out, Textf("Help close “%s” (owned by %s, overdue since %s)", act.Title, orUnnamed(act.Owner), WeekdayDate(act.Due)))
	}
	return out
}

// briefSupport writes how to open a case: per priority the channels of
// the tier, when the case is worked on and the response target; the
// Named Support Contacts; the region's hours in its zone and in the
// customer's; and the language rules.
//
// The channels follow the offer: P1 by phone or online case (the tier's
// channels that name a phone, an online case or a portal), P2 to P4 by
// chat or online case.
func briefSupport(cat *catalog.Catalog, s Settings, c Customer, tier catalog.Tier, cal Calendar, day Date) (SupportGuide, error) {
	g := SupportGuide{Contacts: slices.Clone(c.Contacts), ContactLimit: tier.NSCLimit}
	g.Hours = supportHours(cal, c.TimeZone, day)
	var phone, online []string
	// The channels are recognised by their English names; a catalog in
	// another language (catalog.Catalog.In) has them in the same order.
	english := englishTier(cat, tier).Channels
	for i, ch := range tier.Channels {
		l := strings.ToLower(english[i])
		switch {
		case strings.Contains(l, "phone"):
			phone = append(phone, ch)
		case strings.Contains(l, "online") || strings.Contains(l, "portal"):
			online = append(online, ch)
		}
	}
	region := RegionName{ID: cal.Region, Name: cal.Name}
	for _, p := range catalog.Priorities() {
		t, err := ResponseTargetFor(cat, Case{Priority: p}, c.Membership, cal)
		if err != nil {
			return SupportGuide{}, err
		}
		sp := SupportPriority{Priority: p, Target: t}
		if p == catalog.P1 {
			sp.Channels = channelTexts(append(slices.Clone(phone), online...))
			sp.When = Textf("Around the clock, every day of the year (24x7x365)")
		} else {
			sp.Channels = append([]Text{Textf("Chat")}, channelTexts(online)...)
			sp.When = Textf("In %s business hours, %s", region, g.Hours)
		}
		g.Priorities = append(g.Priorities, sp)
	}
	g.Notes = append(g.Notes, Textf("Only Named Support Contacts open cases; %s allows up to %d per product", tier.Name, tier.NSCLimit))
	g.Notes = append(g.Notes, supportLanguages(cat, c, cal.Region)...)
	return g, nil
}

// englishTier returns tier as the English catalog it was translated
// from has it (see catalog.Catalog.English), for the rules that read the
// offer's English words; tier itself when cat is in English.
func englishTier(cat *catalog.Catalog, tier catalog.Tier) catalog.Tier {
	if t, ok := cat.English().Tier(tier.ID); ok {
		return t
	}
	return tier
}

// PooledRoles returns the roles of tier's success team that are pooled
// rather than designated to the customer (their English names begin
// with "Pooled"), in the language of cat.
func PooledRoles(cat *catalog.Catalog, tier catalog.Tier) []string {
	english := englishTier(cat, tier).SuccessTeam
	var pooled []string
	for i, role := range tier.SuccessTeam {
		if i < len(english) && strings.HasPrefix(strings.ToLower(english[i]), "pooled") {
			pooled = append(pooled, role)
		}
	}
	return pooled
}

// channelTexts returns the channels named by the catalog as texts, in
// the catalog's words.
func channelTexts(names []string) []Text {
	out := make([]Text, len(names))
	for i, n := range names {
		out[i] = Textf("%s", n)
	}
	return out
}

// supportHours writes the business hours of cal in its zone and, when
// zone names another zone, in that zone on day.
func supportHours(cal Calendar, zone string, day Date) Text {
	regionZone := "no time zone"
	if cal.Location != nil {
		regionZone = cal.Location.String()
	}
	own := Textf("%s-%s %s", slaHHMM(cal.Open), slaHHMM(cal.Close), regionZone)
	if zone == "" || cal.Location == nil || zone == regionZone {
		return own
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return own
	}
	open := slaWallClock(day, time.Duration(cal.Open)*time.Minute, cal.Location).In(loc)
	close := slaWallClock(day, time.Duration(cal.Close)*time.Minute, cal.Location).In(loc)
	if open.Format("15:04") == slaHHMM(cal.Open) && close.Format("15:04") == slaHHMM(cal.Close) && catalog.DateOf(open) == day {
		return own
	}
	var theirs Text
	switch {
	case catalog.DateOf(open) != day && catalog.DateOf(close) != day:
		theirs = Textf("%s-%s %s, the next day", open.Format("15:04"), close.Format("15:04"), zone)
	case catalog.DateOf(close) != catalog.DateOf(open):
		theirs = Textf("%s-%s the next day %s", open.Format("15:04"), close.Format("15:04"), zone)
	default:
		theirs = Textf("%s-%s %s", open.Format("15:04"), close.Format("15:04"), zone)
	}
	return Textf("%s (%s)", own, theirs)
}

// supportLanguages writes the language rules of the customer's region
// other than English, and, for a customer whose documents are in
// Japanese, the rule of the region that gives Japanese support; a
// customer whose documents are in another language learns that support
// is in English.
func supportLanguages(cat *catalog.Catalog, c Customer, region catalog.RegionID) []Text {
	var out []Text
	tell := func(r catalog.Region, l catalog.LanguageRule, own bool) {
		if own {
			out = append(out, Textf("Support in %s: %s", l.Language, l.Rule))
		} else {
			out = append(out, Textf("Support in %s is given by the %s region: %s", l.Language, RegionName{ID: r.ID, Name: r.Name}, l.Rule))
		}
		var excluded []string
		for _, sol := range l.ExcludedSolutions {
			if c.Membership.Licenses(cat, sol) || slices.ContainsFunc(c.Membership.Solutions, func(m catalog.SolutionID) bool { return cat.Covers(sol, m) }) {
				excluded = append(excluded, cat.SolutionName(sol))
			}
		}
		if len(excluded) > 0 {
			out = append(out, Textf("Support in %s is never given for %s", l.Language, joinAnd(excluded)))
		}
	}
	told := false
	if r, ok := cat.Region(region); ok {
		for _, l := range r.Languages {
			if l.Language != "English" {
				tell(r, l, true)
				told = told || languageTag(l.Language) == c.Language
			}
		}
	}
	if c.Language == "" || c.Language == "en" || told {
		return out
	}
	for _, r := range cat.Regions {
		for _, l := range r.Languages {
			if languageTag(l.Language) == c.Language && r.ID != region {
				tell(r, l, false)
				return out
			}
		}
	}
	return append(out, Textf("Support is given in English"))
}

// languageTag returns the document language tag of a language name of
// the catalog, or "".
func languageTag(name string) string {
	switch strings.ToLower(name) {
	case "english":
		return "en"
	case "dutch":
		return "nl"
	case "japanese":
		return "ja"
	}
	return ""
}

// nextMeeting finds the next meeting after the kickoff day: of the
// meetings of the engagement's cadence, the earliest of the activities
// after the kickoff titled as one (proposed, scheduled or delivered);
// when none is planned, the next occurrence a series of a meeting never
// planned would have (CadenceRule), held on the kickoff's weekday from
// the kickoff on (CadenceSeries); without any, the first activity of the
// engagement after the kickoff.
//
// A deck made after its kickoff (a copy for the record, a late kickoff)
// names the next meeting after from, the day it is made: never one that
// is already past.
func (a Account) nextMeeting(cat *catalog.Catalog, e Engagement, cal Calendar, day, from Date) NextMeeting {
	after := from.AddDays(1)
	var best NextMeeting
	consider := func(d Date, title string, src NextMeetingSource) {
		if !best.Found || d.Before(best.Day) {
			best = NextMeeting{Found: true, Day: d, Title: title, Source: src}
		}
	}
	// A meeting planned as activities is held when they say; only a
	// meeting never planned is counted from the kickoff's weekday.
	planned := map[string]bool{}
	for _, act := range e.Activities(a.Activities) {
		if !act.Status.Counts() {
			continue
		}
		for _, m := range e.Cadence {
			if personKey(act.Title) == "" || personKey(act.Title) != personKey(m.Name) {
				continue
			}
			planned[personKey(m.Name)] = true
			if !act.Date.Before(after) {
				consider(act.Date, m.Name, NextFromCadence)
			}
		}
	}
	for _, m := range e.Cadence {
		if best.Found || planned[personKey(m.Name)] {
			break // a planned meeting is a fact; a computed one only a guess
		}
		if _, ok := CadenceRule(m.Frequency); ok {
			_, occ, err := CadenceSeries(cat, a.Customer.ID, m, day, from.AddDays(62), cal)
			if err != nil {
				continue
			}
			for _, o := range occ {
				if o.Date.After(from) {
					consider(o.Date, m.Name, NextFromCadence)
					break
				}
			}
		}
	}
	if !best.Found {
		for _, act := range e.Activities(a.Activities) {
			if act.Status.Counts() && !act.Date.Before(after) {
				consider(act.Date, activityName(cat, act), NextFromActivity)
				break
			}
		}
	}
	if best.Found {
		best.Text = Textf("%s on %s", best.Title, WeekdayDate(best.Day))
	}
	return best
}

// activityName is the title of an activity, else its catalog item's name.
func activityName(cat *catalog.Catalog, act Activity) string {
	if strings.TrimSpace(act.Title) != "" {
		return act.Title
	}
	if it, ok := cat.Item(act.ItemID); ok {
		return it.Name
	}
	return act.ItemID
}

// KickoffRACI returns the RACI chart of engagement e, its phases named
// as the catalog names them.
//
// The columns are the people of Account.Participants (stakeholders, the
// success team, owners of open plan actions), then the Named Support
// Contacts not among them. A person is the sponsor when a customer-side
// stakeholder role names "sponsor" (Stakeholder.IsSponsor); a success
// team member (TAM, CSM, SSM, TAD) by name, or by a vendor role that
// names the role; a customer lead when a customer-side stakeholder who
// is not a sponsor; on the cover when a stakeholder or team member.
//
// The rows and their rules, where "the TAM, else the CSM" means the
// first role that is named, and "the vendor's other people" are the
// vendor-side stakeholders who are not on the success team (such as a
// field engineer of an Expert customer):
//
//   - Executive sponsorship and decisions: A the sponsors; R the TAD,
//     else the CSM, else the TAM, else the vendor's other people; C the
//     TAM and CSM.
//   - Mutual Action Plan and cadence (Meeting cadence without a plan):
//     A the CSM, else the TAM, else the vendor's other people; R the TAM
//     and the owners of open plan actions; C the sponsors.
//   - one row per phase not done or skipped, "<phase> phase delivery":
//     A the TAM, else the CSM, else the vendor's other people; R the
//     named owners of the phase's activities (owner, vendor owner,
//     customer owner) and the customer leads; C the CSM and the TAD.
//   - Support cases and escalation: A the SSM, else the TAM, else the
//     vendor's other people; R the Named Support Contacts; C the TAM.
//
// Everyone on the cover not otherwise named in a row is I in it; a person
// who is only a Named Support Contact or only owns actions has an empty
// cell there. When several letters apply, A wins over R, R over C, C over
// I.
func (a Account) KickoffRACI(cat *catalog.Catalog, e Engagement) RACI {
	cat = CustomerCatalog(cat, a.Customer)
	type column struct {
		RACIPerson
		key            string
		cover, sponsor bool
		lead, nsc      bool
		owner          bool
	}
	var cols []column
	index := map[string]int{}
	for _, p := range a.Participants(e) {
		k := personKey(p.Name)
		index[k] = len(cols)
		cols = append(cols, column{RACIPerson: RACIPerson{Name: p.Name, Role: p.Role, Side: p.Side}, key: k,
			cover: p.Kind != ParticipantActionOwner, owner: len(p.Actions) > 0})
	}
	for _, s := range e.Stakeholders {
		if i, ok := index[personKey(s.Name)]; ok {
			cols[i].sponsor = cols[i].sponsor || s.IsSponsor()
			cols[i].lead = cols[i].lead || (s.Side == SideCustomer && !s.IsSponsor())
		}
	}
	for _, n := range a.Customer.Contacts {
		k := personKey(n.Name)
		if k == "" {
			continue
		}
		if i, ok := index[k]; ok {
			cols[i].nsc = true
			continue
		}
		index[k] = len(cols)
		cols = append(cols, column{RACIPerson: RACIPerson{Name: n.Name, Side: SideCustomer, NamedContact: true}, key: k, nsc: true})
	}
	t := a.Customer.Team
	teamRole := func(p Person, title, abbr string) []int {
		var out []int
		for i, c := range cols {
			role := strings.ToLower(c.Role)
			if (personKey(p.Name) != "" && c.key == personKey(p.Name)) ||
				(c.Side == SideVendor && (strings.Contains(role, strings.ToLower(title)) || role == abbr)) {
				out = append(out, i)
			}
		}
		return out
	}
	tam := teamRole(t.TAM, "Technical Account Manager", "tam")
	csm := teamRole(t.CSM, "Customer Success Manager", "csm")
	ssm := teamRole(t.SSM, "Support Services Manager", "ssm")
	tad := teamRole(t.TAD, "Technical Account Director", "tad")
	first := func(lists ...[]int) []int {
		for _, l := range lists {
			if len(l) > 0 {
				return l
			}
		}
		return nil
	}
	which := func(keep func(column) bool) []int {
		var out []int
		for i, c := range cols {
			if keep(c) {
				out = append(out, i)
			}
		}
		return out
	}
	team := slices.Concat(tam, csm, ssm, tad)
	vendors := which(func(c column) bool { return c.cover && c.Side == SideVendor })
	vendors = slices.DeleteFunc(vendors, func(i int) bool { return slices.Contains(team, i) })
	sponsors := which(func(c column) bool { return c.sponsor })
	leads := which(func(c column) bool { return c.lead })
	nscs := which(func(c column) bool { return c.nsc })
	owners := which(func(c column) bool { return c.owner })
	rank := map[RACILetter]int{RACINone: 0, RACIInformed: 1, RACIConsulted: 2, RACIResponsible: 3, RACIAccountable: 4}
	var out RACI
	for _, c := range cols {
		out.People = append(out.People, c.RACIPerson)
	}
	row := func(title Text, acc, resp, cons []int) {
		cells := make([]RACILetter, len(cols))
		set := func(ids []int, l RACILetter) {
			for _, i := range ids {
				if rank[l] > rank[cells[i]] {
					cells[i] = l
				}
			}
		}
		set(acc, RACIAccountable)
		set(resp, RACIResponsible)
		set(cons, RACIConsulted)
		set(which(func(c column) bool { return c.cover }), RACIInformed)
		out.Rows = append(out.Rows, RACIRow{Workstream: title, Cells: cells})
	}
	row(Textf("Executive sponsorship and decisions"), sponsors, first(tad, csm, tam, vendors), append(slices.Clone(tam), csm...))
	mapTitle := Textf("Mutual Action Plan and cadence")
	if !a.HasPlan() {
		mapTitle = Textf("Meeting cadence")
	}
	row(mapTitle, first(csm, tam, vendors), slices.Concat(tam, owners), sponsors)
	for _, ph := range e.Phases {
		if !ph.Status.Open() {
			continue
		}
		var doers []int
		for _, act := range a.Activities {
			if act.Phase != ph.Phase || !act.Status.Counts() {
				continue
			}
			for _, name := range []string{act.Owner, act.VendorOwner, act.CustomerOwner} {
				if i, ok := index[personKey(name)]; ok && personKey(name) != "" && !slices.Contains(doers, i) {
					doers = append(doers, i)
				}
			}
		}
		row(Textf("%s phase delivery", phaseDisplayName(cat, ph.Phase)), first(tam, csm, vendors), append(doers, leads...), slices.Concat(csm, tad))
	}
	row(Textf("Support cases and escalation"), first(ssm, tam, vendors), nscs, tam)
	return out
}

// later returns the later of two days.
func later(a, b Date) Date {
	if b.After(a) {
		return b
	}
	return a
}
