package planner

import (
	"fmt"
	"math"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// Defaults and bounds of the thresholds of a customer's health
// (HealthSettings, see AccountHealth).
const (
	// DefaultHealthBreachWindowDays is how many days back, by default, a
	// missed response target of a P1 or P2 case counts against health,
	// from the case's response deadline. HealthSettings.BreachWindowDays
	// runs from MinSettingDays to MaxSettingDays.
	DefaultHealthBreachWindowDays = 30
	// DefaultHealthOverdueActionsRed is how many overdue actions of the
	// Mutual Action Plan make health red by default; fewer make it amber.
	DefaultHealthOverdueActionsRed = 3
	// MinHealthOverdueActionsRed and MaxHealthOverdueActionsRed bound
	// HealthSettings.OverdueActionsRed.
	MinHealthOverdueActionsRed = 1
	MaxHealthOverdueActionsRed = 99
	// DefaultHealthPaceTolerancePoints is how many percentage points, by
	// default, an objective's KPI progress may lag behind the share of its
	// time that has passed before it counts as off track.
	DefaultHealthPaceTolerancePoints = 20
	// MaxHealthPaceTolerancePoints bounds
	// HealthSettings.PaceTolerancePoints, which starts at 0.
	MaxHealthPaceTolerancePoints = 100
)

// HealthSettings are the thresholds of a customer's health (see
// AccountHealth): the TAM's judgement of when a customer needs attention.
type HealthSettings struct {
	// BreachWindowDays is how many days back a missed response target of
	// a P1 or P2 case counts against health, from the case's response
	// deadline: from MinSettingDays to MaxSettingDays.
	BreachWindowDays int `json:"breachWindowDays"`
	// OverdueActionsRed is how many overdue actions of the Mutual Action
	// Plan make health red; fewer make it amber. From
	// MinHealthOverdueActionsRed to MaxHealthOverdueActionsRed.
	OverdueActionsRed int `json:"overdueActionsRed"`
	// PaceTolerancePoints is how many percentage points an objective's KPI
	// progress may lag behind the share of its time that has passed before
	// it counts as off track: from 0 to MaxHealthPaceTolerancePoints.
	PaceTolerancePoints int `json:"paceTolerancePoints"`
}

// DefaultHealthSettings returns the thresholds of health of a new
// database, and of settings saved before they existed.
func DefaultHealthSettings() HealthSettings {
	return HealthSettings{BreachWindowDays: DefaultHealthBreachWindowDays,
		OverdueActionsRed: DefaultHealthOverdueActionsRed, PaceTolerancePoints: DefaultHealthPaceTolerancePoints}
}

// CheckHealthOverdueActionsRed returns what is wrong with n as the number
// of overdue actions that make health red, or the zero Text.
func CheckHealthOverdueActionsRed(n int) Text {
	if n < MinHealthOverdueActionsRed || n > MaxHealthOverdueActionsRed {
		return Textf("must be from %d to %d overdue actions, not %d", MinHealthOverdueActionsRed, MaxHealthOverdueActionsRed, n)
	}
	return Text{}
}

// CheckHealthPaceTolerancePoints returns what is wrong with n as the
// percentage points an objective's progress may lag behind its time, or
// the zero Text.
func CheckHealthPaceTolerancePoints(n int) Text {
	if n < 0 || n > MaxHealthPaceTolerancePoints {
		return Textf("must be from 0 to %d percentage points, not %d", MaxHealthPaceTolerancePoints, n)
	}
	return Text{}
}

// HealthReasonKind says what a reason of a customer's health is about.
type HealthReasonKind string

// Kinds of health reasons.
const (
	// HealthHighRisk: an open risk or issue of high impact.
	HealthHighRisk HealthReasonKind = "high-risk"
	// HealthResponseBreach: a P1 or P2 case missed its response target.
	HealthResponseBreach HealthReasonKind = "response-breach"
	// HealthOverdueActions: actions of the Mutual Action Plan are overdue.
	HealthOverdueActions HealthReasonKind = "overdue-actions"
	// HealthExpiringAllowance: allowance will expire unused.
	HealthExpiringAllowance HealthReasonKind = "expiring-allowance"
	// HealthObjectiveOffTrack: an objective's KPIs lag behind its time.
	HealthObjectiveOffTrack HealthReasonKind = "objective-off-track"
)

// HealthReason is one reason a customer's health is not green.
type HealthReason struct {
	Kind HealthReasonKind `json:"kind"`
	// Colour is what this reason alone makes the health: red or amber.
	Colour RAG  `json:"colour"`
	Text   Text `json:"text"`
	// SubjectID is the risk, case or objective the reason is about; zero
	// for a reason about the plan's actions or the allowances.
	SubjectID ID `json:"subjectId,omitzero"`
}

// Health is a customer's health: red, amber or green, with its reasons.
type Health struct {
	CustomerID ID  `json:"customerId"`
	Colour     RAG `json:"colour"`
	// Reasons are in the order of AccountHealth's rules; none when green.
	Reasons []HealthReason `json:"reasons,omitempty"`
}

// AccountHealth returns the health of account a at instant now: the worst
// colour of its reasons, or green when there are none. today is now's day
// in now's location. The reasons, in this order:
//
//   - each open risk or issue of high impact: red when the risk's
//     likelihood is high or the TAM rates it red, and for an issue (it
//     has happened); amber otherwise;
//   - each P1 or P2 case whose response target was missed (see
//     CaseResponseVerdict, counted in the customer's calendar with
//     settings s), late answered or still unanswered, with a deadline in
//     the last s.Health.BreachWindowDays days: red for P1, amber for P2;
//   - overdue actions of the Mutual Action Plan (OverdueActions), one
//     reason for all: red from s.Health.OverdueActionsRed of them, amber
//     below;
//   - each allowance that will expire unused (ExpiryWarnings: the
//     contract year ends within s.ExpiryWarningDays days with allowance
//     left): amber;
//   - each objective off track: not done or cancelled, measured by KPIs,
//     with a due day and a start (ObjectiveStart) before it. Past its due
//     day with its KPI targets not reached it is red; before, it is amber
//     when its progress (ObjectiveProgress) lags more than
//     s.Health.PaceTolerancePoints percentage points behind the share of
//     the days from its start to its due day that have passed.
func AccountHealth(cat *catalog.Catalog, s Settings, a Account, now time.Time) (Health, error) {
	cat = CustomerCatalog(cat, a.Customer)
	h := Health{CustomerID: a.Customer.ID, Colour: RAGGreen}
	add := func(kind HealthReasonKind, colour RAG, subject ID, t Text) {
		h.Reasons = append(h.Reasons, HealthReason{Kind: kind, Colour: colour, Text: t, SubjectID: subject})
		h.Colour = h.Colour.Worse(colour)
	}
	today := catalog.DateOf(now)
	for _, r := range a.Risks {
		if !r.IsOpen() || r.Impact != LevelHigh {
			continue
		}
		if r.Kind == KindIssue {
			add(HealthHighRisk, RAGRed, r.ID, Textf("open issue %q with high impact, rated %s", r.Title, r.RAG.Label()))
			continue
		}
		colour := RAGAmber
		if r.Likelihood == LevelHigh || r.RAG == RAGRed {
			colour = RAGRed
		}
		add(HealthHighRisk, colour, r.ID, Textf("open risk %q with high impact: likelihood %s, rated %s", r.Title, r.Likelihood.Label(), r.RAG.Label()))
	}
	verdicts, err := AccountResponseVerdicts(cat, s, a, now)
	if err != nil {
		return Health{}, fmt.Errorf("health of %s: %w", a.Customer.Name, err)
	}
	since := now.AddDate(0, 0, -s.Health.BreachWindowDays)
	for i, v := range verdicts {
		c := a.Cases[i]
		if !v.Breached() || v.Due.Before(since) || (c.Priority != catalog.P1 && c.Priority != catalog.P2) {
			continue
		}
		colour := RAGAmber
		if c.Priority == catalog.P1 {
			colour = RAGRed
		}
		if v.Responded() {
			add(HealthResponseBreach, colour, c.ID, Textf("%s case %s missed its response target by %s", c.Priority, c.Number, Minutes(-v.MarginMinutes)))
		} else {
			add(HealthResponseBreach, colour, c.ID, Textf("%s case %s still has no first response, %s past its target", c.Priority, c.Number, Minutes(-v.MarginMinutes)))
		}
	}
	if a.HasPlan() {
		if overdue := OverdueActions(a.Plan, today); len(overdue) > 0 {
			colour := RAGAmber
			if len(overdue) >= s.Health.OverdueActionsRed {
				colour = RAGRed
			}
			oldest := overdue[0]
			if len(overdue) == 1 {
				add(HealthOverdueActions, colour, ID{}, Textf("action %q of the Mutual Action Plan is overdue (due on %s)", oldest.Title, oldest.Due))
			} else {
				add(HealthOverdueActions, colour, ID{}, Textf("%d actions of the Mutual Action Plan are overdue; the oldest, %q, was due on %s", len(overdue), oldest.Title, oldest.Due))
			}
		}
	}
	for _, w := range ExpiryWarnings(cat, a, s, today) {
		add(HealthExpiringAllowance, RAGAmber, ID{}, Textf("allowance will expire unused: %s", w.Reason))
	}
	if a.HasPlan() {
		for _, o := range a.Plan.Objectives {
			if colour, t, off := objectiveOffTrack(o, today, s.Health.PaceTolerancePoints); off {
				add(HealthObjectiveOffTrack, colour, o.ID, t)
			}
		}
	}
	return h, nil
}

// objectiveOffTrack reports whether objective o is off track on day
// today (see AccountHealth), with the colour and reason; its progress may
// lag tolerance percentage points behind its time.
func objectiveOffTrack(o Objective, today Date, tolerance int) (RAG, Text, bool) {
	start, ok := ObjectiveStart(o)
	if o.Status.Closed() || len(o.KPIs) == 0 || o.Due.IsZero() || !ok || !start.Before(o.Due) {
		return "", Text{}, false
	}
	progress := ObjectiveProgress(o)
	if progress >= 1 {
		return "", Text{}, false
	}
	pct := int(math.Floor(progress * 100))
	if today.After(o.Due) {
		return RAGRed, Textf("objective %q was due on %s and is %d%% of the way to its KPI targets", o.Title, o.Due, pct), true
	}
	elapsed := 0.0
	if today.After(start) {
		elapsed = float64(start.DaysUntil(today)) / float64(start.DaysUntil(o.Due))
	}
	if progress >= elapsed-float64(tolerance)/100 {
		return "", Text{}, false
	}
	return RAGAmber, Textf("objective %q is behind: %d%% of the way to its KPI targets after %d%% of its time", o.Title, pct, int(math.Floor(elapsed*100))), true
}

// ObjectiveStart returns the day objective o started: its Start when set,
// else the day (in UTC) its ID was made when the ID is a UUID version 7,
// as NewID makes them, which holds the instant it was made. It reports
// false when neither is known.
func ObjectiveStart(o Objective) (Date, bool) {
	if !o.Start.IsZero() {
		return o.Start, true
	}
	if o.ID.Version() != 7 {
		return Date{}, false
	}
	sec, nsec := o.ID.Time().UnixTime()
	return catalog.DateOf(time.Unix(sec, nsec).UTC()), true
}
