package planner

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// ReviewListCap is the most entries a list of the business review holds
// (asks, priorities, activities of an objective, planned activities);
// the document says how many more there are.
const ReviewListCap = 8

// BusinessReview is everything a quarterly business review tells about
// one customer and one quarter, computed from the account: the document
// only lays it out. Every sentence is a Text.
type BusinessReview struct {
	// Quarter is the quarter reviewed; Today is the day the review is
	// made, which splits what was delivered from what is still to come.
	Quarter Quarter
	Today   Date
	// Health is the customer's health on the day of the review
	// (AccountHealth).
	Health Health
	// Objectives are the objectives of the Mutual Action Plan that are
	// not cancelled, in the plan's order; none without a plan.
	Objectives []ReviewObjective
	// Delivery compares what was delivered in the quarter with what was
	// planned, per kind of item: accelerators, field activities and
	// proactive services, in that order.
	Delivery []ReviewDelivery
	// Activities are the activities of the quarter of those kinds, by
	// day: delivered, still to come and cancelled.
	Activities []ReviewActivity
	// Usage is the consumption of the contract year that contains the
	// day of the review (AllowanceUse); Expiring says which allowance
	// will expire unused (ExpiryWarnings).
	Usage    Usage
	Expiring []Text
	// Support is how the customer's support cases of the quarter fared.
	Support ReviewSupport
	// Risks are the customer's risks and issues: the open ones first,
	// each group by impact (highest first), then by rating (worst first).
	Risks []ReviewRisk
	// Asks are the decisions and help the review asks of the sponsor.
	Asks []Text
	// Next is the quarter after Quarter; Priorities are its priorities
	// and Planned the activities planned in it, by day.
	Next       Quarter
	Priorities []Text
	Planned    []ReviewActivity
	// Renewal is the contract's renewal when it falls within two
	// quarters (see BusinessReviewRenewal).
	Renewal ReviewRenewal
}

// ReviewObjective is an objective of the plan with the value it has
// brought: its KPIs from baseline to current against target, and the
// activities of the quarter that served it.
type ReviewObjective struct {
	Objective Objective
	// Progress is ObjectiveProgress, from 0 to 1.
	Progress float64
	// OffTrack is the colour AccountHealth gives the objective when it is
	// off track; empty when it is on track.
	OffTrack RAG
	// Served are the activities linked to the objective that were
	// delivered in the quarter, by day; ServedMore counts those left out
	// beyond ReviewListCap.
	Served     []ReviewActivity
	ServedMore int
}

// ReviewActivity is an activity with its catalog item's name and kind.
type ReviewActivity struct {
	Activity Activity
	Name     string
	Kind     catalog.Kind
}

// ReviewDelivery counts the activities of one kind in the quarter.
type ReviewDelivery struct {
	Kind catalog.Kind
	// Planned counts every activity of the kind in the quarter that
	// counts (see ActivityStatus.Counts): proposed, scheduled or
	// delivered, as every other "planned" of Liftoff does; Delivered and
	// Upcoming (scheduled or proposed) divide them. Cancelled counts the
	// activities of the quarter cancelled, which are not planned.
	Planned, Delivered, Upcoming, Cancelled int
	// Hours are the hours delivered.
	Hours float64
}

// ReviewSupport is how the support cases opened in the quarter fared
// against their response targets, with the escalations of the quarter.
type ReviewSupport struct {
	// Cases are the cases opened in the quarter, by priority then
	// opening, each with its verdict.
	Cases []ReviewCase
	// ByPriority counts them per priority, P1 to P4, every priority
	// listed.
	ByPriority []ReviewPriority
	// Met and Measured count the cases whose response target is decided
	// (met or breached); an open case is not measured yet.
	Met, Measured int
	// Escalations are the escalations made in the quarter, by instant.
	Escalations []ReviewEscalation
}

// MetPercent returns the share of measured cases that met their response
// target, in whole percent rounded down, and false when no case was
// measured.
func (s ReviewSupport) MetPercent() (int, bool) {
	if s.Measured == 0 {
		return 0, false
	}
	return s.Met * 100 / s.Measured, true
}

// ReviewCase is a support case with its response verdict.
type ReviewCase struct {
	Case    SupportCase
	Verdict ResponseVerdict
}

// ReviewPriority counts the cases of one priority opened in the quarter.
type ReviewPriority struct {
	Priority catalog.Priority
	// Opened counts the cases; Open those not closed; Met, Breached and
	// Pending divide them by verdict; Reopened those reopened at least
	// once.
	Opened, Open, Met, Breached, Pending, Reopened int
}

// ReviewEscalation is an escalation of a case.
type ReviewEscalation struct {
	CaseNumber string
	CaseTitle  string
	Priority   catalog.Priority
	Escalation Escalation
}

// ReviewRisk is a risk of the customer with the title of the objective
// it threatens, if any.
type ReviewRisk struct {
	Risk      Risk
	Objective string
}

// ReviewRenewal is the renewal of the contract.
type ReviewRenewal struct {
	// Found reports whether the renewal day falls within two quarters.
	Found bool
	Day   Date
	// ContractEnd is the last day of the contract.
	ContractEnd Date
	// InDays counts the days from the review to the renewal; negative
	// when it is past.
	InDays int
	// Reviewed reports whether a QBR or service review is planned in the
	// RenewalReviewDays days before the renewal (see RenewalWarnings).
	Reviewed bool
}

// BusinessReviewRenewal returns the renewal day of contract c (RenewalDay)
// when it falls within two quarters: from the first day of quarter q to
// the last day of the quarter after it.
func BusinessReviewRenewal(c Contract, s Settings, q Quarter) (Date, bool) {
	day, ok := RenewalDay(c, s)
	if !ok || day.Before(q.First()) || day.After(q.Next().Last()) {
		return Date{}, false
	}
	return day, true
}

// reviewKinds are the kinds of item the review counts as delivery.
func reviewKinds() []catalog.Kind {
	return []catalog.Kind{catalog.KindAccelerator, catalog.KindField, catalog.KindProactive}
}

// BusinessReview returns what the quarterly business review of quarter q
// tells about the account at instant now (its day in now's location is
// the day of the review). Settings give the regions' time zones and
// business hours (response targets), the warning days, the renewal
// notice and the thresholds of health (Settings.Health). It returns an error when q is not a quarter, or the health or
// the response verdicts cannot be computed (an unknown tier or region).
//
//   - Objectives: the plan's objectives not cancelled, with their
//     progress, the colour AccountHealth gives them when off track, and
//     the activities linked to them delivered in the quarter.
//   - Delivery and Activities: the activities of the quarter that are
//     accelerators, field activities or proactive services.
//   - Support: the cases opened in the quarter (up to now) with their
//     verdicts (AccountResponseVerdicts), and the escalations of the
//     quarter of any case.
//   - Asks: the customer's overdue plan actions, decisions on open risks
//     of high impact the customer owns, allowance that will expire
//     unused, activities proposed for the next quarter to approve, and
//     the renewal.
//   - Priorities of the next quarter: objectives off track or due by its
//     end, open milestones due in it, the customer's key events in it,
//     and open risks of high impact to mitigate.
func (a Account) BusinessReview(cat *catalog.Catalog, s Settings, q Quarter, now time.Time) (BusinessReview, error) {
	cat = CustomerCatalog(cat, a.Customer)
	switch {
	case q.IsZero():
		return BusinessReview{}, errors.New("business review: name the quarter, such as 2026Q1")
	case !q.Valid():
		return BusinessReview{}, fmt.Errorf("business review: %d Q%d is not a quarter", q.Year, q.Number)
	}
	today := catalog.DateOf(now)
	r := BusinessReview{Quarter: q, Today: today, Next: q.Next()}
	health, err := AccountHealth(cat, s, a, now)
	if err != nil {
		return BusinessReview{}, fmt.Errorf("business review %s: %w", q, err)
	}
	r.Health = health
	acts := slices.Clone(a.Activities)
	slices.SortStableFunc(acts, func(x, y Activity) int { return x.Date.Compare(y.Date) })
	r.Objectives = a.reviewObjectives(cat, q, acts, today, s.Health.PaceTolerancePoints)
	r.Delivery, r.Activities = reviewDelivery(cat, q, acts)
	r.Usage = AllowanceUse(cat, a.Customer, a.Activities, today)
	for _, w := range ExpiryWarnings(cat, a, s, today) {
		r.Expiring = append(r.Expiring, w.Reason)
	}
	if r.Support, err = a.reviewSupport(cat, s, q, now); err != nil {
		return BusinessReview{}, fmt.Errorf("business review %s: %w", q, err)
	}
	r.Risks = a.reviewRisks()
	for _, act := range acts {
		if act.Status.Counts() && r.Next.Contains(act.Date) {
			r.Planned = append(r.Planned, reviewActivity(cat, act))
		}
	}
	if day, ok := BusinessReviewRenewal(a.Customer.Contract, s, q); ok {
		from := day.AddDays(-RenewalReviewDays)
		r.Renewal = ReviewRenewal{Found: true, Day: day, ContractEnd: a.Customer.Contract.End, InDays: today.DaysUntil(day),
			Reviewed: slices.ContainsFunc(a.Activities, func(act Activity) bool {
				return IsReview(act) && !act.Date.Before(from) && !act.Date.After(day)
			})}
	}
	r.Asks = a.reviewAsks(r)
	r.Priorities = a.reviewPriorities(r)
	return r, nil
}

// reviewActivity returns act with its catalog item's name and kind.
func reviewActivity(cat *catalog.Catalog, act Activity) ReviewActivity {
	ra := ReviewActivity{Activity: act, Name: activityName(cat, act)}
	if it, ok := cat.Item(act.ItemID); ok {
		ra.Kind = it.Kind
		if act.Title == "" {
			ra.Name = it.Name
		}
	}
	return ra
}

// reviewObjectives lists the plan's objectives that are not cancelled
// with the activities of quarter q that served them (acts by day); an
// objective's progress may lag tolerance percentage points behind its
// time before it is off track.
func (a Account) reviewObjectives(cat *catalog.Catalog, q Quarter, acts []Activity, today Date, tolerance int) []ReviewObjective {
	if !a.HasPlan() {
		return nil
	}
	var out []ReviewObjective
	for _, o := range a.Plan.Objectives {
		if o.Status == StatusCancelled {
			continue
		}
		ro := ReviewObjective{Objective: o, Progress: ObjectiveProgress(o)}
		if colour, _, off := objectiveOffTrack(o, today, tolerance); off {
			ro.OffTrack = colour
		}
		for _, act := range acts {
			if act.ObjectiveID != o.ID || act.Status != ActivityDelivered || !q.Contains(act.Date) {
				continue
			}
			if len(ro.Served) == ReviewListCap {
				ro.ServedMore++
				continue
			}
			ro.Served = append(ro.Served, reviewActivity(cat, act))
		}
		out = append(out, ro)
	}
	return out
}

// reviewDelivery counts the activities of quarter q (acts by day) per
// kind of reviewKinds, and lists them.
func reviewDelivery(cat *catalog.Catalog, q Quarter, acts []Activity) ([]ReviewDelivery, []ReviewActivity) {
	kinds := reviewKinds()
	out := make([]ReviewDelivery, len(kinds))
	for i, k := range kinds {
		out[i].Kind = k
	}
	var list []ReviewActivity
	for _, act := range acts {
		if !q.Contains(act.Date) || act.Status == ActivityRequested {
			continue
		}
		ra := reviewActivity(cat, act)
		i := slices.Index(kinds, ra.Kind)
		if i < 0 {
			continue
		}
		d := &out[i]
		switch act.Status {
		case ActivityDelivered:
			d.Planned++
			d.Delivered++
			d.Hours += act.ConsumedHours()
		case ActivityCancelled:
			d.Cancelled++
		default:
			d.Planned++
			d.Upcoming++
		}
		list = append(list, ra)
	}
	return out, list
}

// reviewSupport counts the cases opened in quarter q up to now and the
// escalations of the quarter.
func (a Account) reviewSupport(cat *catalog.Catalog, s Settings, q Quarter, now time.Time) (ReviewSupport, error) {
	var out ReviewSupport
	for _, p := range catalog.Priorities() {
		out.ByPriority = append(out.ByPriority, ReviewPriority{Priority: p})
	}
	verdicts, err := AccountResponseVerdicts(cat, s, a, now)
	if err != nil {
		return ReviewSupport{}, err
	}
	for i, c := range a.Cases {
		for _, e := range c.Escalations {
			if q.Contains(catalog.DateOf(e.At)) && !e.At.After(now) {
				out.Escalations = append(out.Escalations, ReviewEscalation{CaseNumber: c.Number, CaseTitle: c.Title, Priority: c.Priority, Escalation: e})
			}
		}
		if !q.Contains(catalog.DateOf(c.Opened)) || c.Opened.After(now) {
			continue
		}
		v := verdicts[i]
		out.Cases = append(out.Cases, ReviewCase{Case: c, Verdict: v})
		j := slices.Index(catalog.Priorities(), c.Priority)
		if j < 0 {
			continue
		}
		p := &out.ByPriority[j]
		p.Opened++
		if c.Status != CaseClosed {
			p.Open++
		}
		if slices.ContainsFunc(c.History, func(ch CaseStatusChange) bool { return ch.Status == CaseReopened }) {
			p.Reopened++
		}
		switch v.State {
		case ResponseMet:
			p.Met++
			out.Met++
			out.Measured++
		case ResponseBreached:
			p.Breached++
			out.Measured++
		default:
			p.Pending++
		}
	}
	rank := func(p catalog.Priority) int { return slices.Index(catalog.Priorities(), p) }
	slices.SortStableFunc(out.Cases, func(x, y ReviewCase) int {
		return cmp.Or(cmp.Compare(rank(x.Case.Priority), rank(y.Case.Priority)), x.Case.Opened.Compare(y.Case.Opened))
	})
	slices.SortStableFunc(out.Escalations, func(x, y ReviewEscalation) int { return x.Escalation.At.Compare(y.Escalation.At) })
	return out, nil
}

// levelRank orders levels: high 0, medium 1, low 2, unknown 3.
func levelRank(l Level) int {
	if i := slices.Index(Levels(), l); i >= 0 {
		return i
	}
	return len(Levels())
}

// reviewRisks orders the account's risks: open first, then by impact,
// rating and title.
func (a Account) reviewRisks() []ReviewRisk {
	var out []ReviewRisk
	for _, r := range a.Risks {
		rr := ReviewRisk{Risk: r}
		if r.ObjectiveID != (ID{}) && a.HasPlan() {
			if i := slices.IndexFunc(a.Plan.Objectives, func(o Objective) bool { return o.ID == r.ObjectiveID }); i >= 0 {
				rr.Objective = a.Plan.Objectives[i].Title
			}
		}
		out = append(out, rr)
	}
	open := func(r Risk) int {
		if r.IsOpen() {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(out, func(x, y ReviewRisk) int {
		return cmp.Or(cmp.Compare(open(x.Risk), open(y.Risk)), cmp.Compare(levelRank(x.Risk.Impact), levelRank(y.Risk.Impact)),
			cmp.Compare(ragRank(y.Risk.RAG), ragRank(x.Risk.RAG)), cmp.Compare(x.Risk.Title, y.Risk.Title))
	})
	return out
}

// reviewAsks writes the decisions and help the review asks of the
// sponsor (see Account.BusinessReview).
func (a Account) reviewAsks(r BusinessReview) []Text {
	var out []Text
	for _, act := range customerOverdue(a, r.Today) {
		out = append(out, Textf("Help close “%s” (owned by %s, overdue since %s)", act.Title, orUnnamed(act.Owner), WeekdayDate(act.Due)))
	}
	for _, rr := range r.Risks {
		risk := rr.Risk
		if risk.IsOpen() && risk.Impact == LevelHigh && risk.OwnerSide == SideCustomer {
			out = append(out, Textf("Decide on the mitigation of “%s”, owned by %s", risk.Title, orUnnamed(risk.Owner)))
		}
	}
	u := r.Usage
	if len(r.Expiring) > 0 {
		if left := u.Accelerators.Left(); left > 0 {
			out = append(out, Textf("Choose how to use the accelerators left (%d of %d) before the contract year ends on %s", left, u.Accelerators.Allowed, u.YearEnd))
		}
		if left := u.FieldHours.Left(); left > 0 {
			out = append(out, Textf("Choose how to use the field-activity hours left (%s of %s) before the contract year ends on %s", hoursText(left), hoursText(u.FieldHours.Allowed), u.YearEnd))
		}
	}
	proposed := 0
	for _, p := range r.Planned {
		if p.Activity.Status == ActivityProposed {
			proposed++
		}
	}
	if proposed > 0 {
		out = append(out, Textf("Approve the activities proposed for the next quarter (%d)", proposed))
	}
	if r.Renewal.Found && r.Renewal.InDays >= 0 {
		out = append(out, Textf("Confirm the renewal of the contract by %s (the contract ends on %s)", r.Renewal.Day, r.Renewal.ContractEnd))
	}
	return capListAt(out, ReviewListCap)
}

// reviewPriorities writes the priorities of the next quarter (see
// Account.BusinessReview).
func (a Account) reviewPriorities(r BusinessReview) []Text {
	var out []Text
	last := r.Next.Last()
	for _, o := range r.Objectives {
		obj := o.Objective
		if obj.Status == StatusDone || o.Progress >= 1 {
			continue
		}
		switch {
		case o.OffTrack != "":
			out = append(out, Textf("Bring “%s” back on track: %d%% of the way to its KPI targets", obj.Title, int(o.Progress*100)))
		case !obj.Due.IsZero() && !obj.Due.After(last):
			out = append(out, Textf("Reach the KPI targets of “%s” by %s", obj.Title, obj.Due))
		}
	}
	if a.HasPlan() {
		for _, m := range a.Plan.Milestones {
			if !m.Status.Closed() && r.Next.Contains(m.Due) {
				out = append(out, Textf("Reach the milestone “%s” by %s", m.Title, m.Due))
			}
		}
	}
	events := slices.Clone(a.Customer.KeyEvents)
	slices.SortStableFunc(events, func(x, y KeyEvent) int { return x.Date.Compare(y.Date) })
	for _, e := range events {
		if r.Next.Contains(e.Date) {
			out = append(out, Textf("Be ready for %s on %s", e.Name, e.Date))
		}
	}
	for _, rr := range r.Risks {
		if rr.Risk.IsOpen() && rr.Risk.Impact == LevelHigh {
			out = append(out, Textf("Mitigate “%s”", rr.Risk.Title))
		}
	}
	return capListAt(out, ReviewListCap)
}
