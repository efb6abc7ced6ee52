package planner

import (
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// healthNow is the instant the health tests judge at: Tuesday 1 December
// 2026, 12:00 UTC.
const healthNow = "2026-12-01T12:00:00Z"

// objectiveIDAt returns a UUID version 7 made at instant t, as NewID
// would have made it then.
func objectiveIDAt(t time.Time) ID {
	id := NewID()
	ms := uint64(t.UnixMilli())
	for i := range 6 {
		id[i] = byte(ms >> (8 * (5 - i)))
	}
	return id
}

// healthKPI returns a KPI from 0 to 100 at current.
func healthKPI(current float64) []KPI {
	return []KPI{{Name: "conversion", Unit: "%", Baseline: 0, Target: 100, Current: current}}
}

// healthCase returns a case of the test customer opened at opened and
// first answered at responded ("" for none).
func healthCase(t *testing.T, number string, p catalog.Priority, opened, responded string) SupportCase {
	c := NewSupportCase(caseCustomerID, number, "Case "+number, "analytics", p, caseAt(t, opened))
	if responded != "" {
		c.FirstResponse = caseAt(t, responded)
	}
	return c
}

// healthyAccount returns an Ultimate customer in EMEA that is green at
// healthNow, though it holds what only looks like trouble: a red risk of
// medium impact, a closed high risk, a P1 case that met its target, a P1
// breach 42 days ago (more than DefaultHealthBreachWindowDays), a P3
// breach, an action due later and a done one past its day, an objective
// on track (30% after 42% of its time, within the default tolerance), a
// done objective and one without KPIs past their due days, and an
// allowance whose contract year ends in 211 days.
func healthyAccount(t *testing.T) Account {
	t.Helper()
	c := caseCustomer()
	c.Contract.Allowances = Allowances{AcceleratorsPerYear: 6}
	medium := NewRisk(caseCustomerID, "Team turnover", LevelMedium, LevelHigh, RAGRed)
	closed := NewRisk(caseCustomerID, "Licence audit", LevelHigh, LevelHigh, RAGRed)
	closed.Status = RiskClosed
	start, due := catalog.MustDate("2026-07-01"), catalog.MustDate("2027-06-30")
	plan := ActionPlan{ID: NewID(), CustomerID: caseCustomerID, Title: "MAP 2027",
		Objectives: []Objective{
			{ID: NewID(), Title: "Faster checkout", KPIs: healthKPI(30), Start: start, Due: due, Status: StatusInProgress},
			{ID: NewID(), Title: "Migrate search", KPIs: healthKPI(40), Start: start, Due: catalog.MustDate("2026-11-15"), Status: StatusDone},
			{ID: NewID(), Title: "Train editors", Start: start, Due: catalog.MustDate("2026-11-15"), Status: StatusOpen},
		},
		Actions: []Action{
			{ID: NewID(), Title: "Book load test", Side: SideVendor, Due: catalog.MustDate("2026-12-15"), Status: StatusOpen},
			{ID: NewID(), Title: "Share logs", Side: SideCustomer, Due: catalog.MustDate("2026-11-01"), Status: StatusDone},
		},
	}
	return Account{
		Customer: c,
		Plan:     plan,
		Risks:    []Risk{medium, closed},
		Cases: []SupportCase{
			healthCase(t, "E-10", catalog.P1, "2026-11-25T10:00:00Z", "2026-11-25T10:05:00Z"),
			healthCase(t, "E-11", catalog.P1, "2026-10-20T10:00:00Z", "2026-10-20T11:00:00Z"),
			healthCase(t, "E-12", catalog.P3, "2026-11-30T10:00:00Z", "2026-11-30T15:00:00Z"),
		},
	}
}

func TestAccountHealth(t *testing.T) {
	cat := catalog.Default()
	tests := []struct {
		name    string
		edit    func(t *testing.T, a *Account) ID // returns the reason's subject, if any
		colour  RAG
		kind    HealthReasonKind
		reason  string
		subject bool
	}{
		{name: "green", edit: func(*testing.T, *Account) ID { return ID{} }, colour: RAGGreen},
		{"high-impact risk", func(_ *testing.T, a *Account) ID {
			r := NewRisk(caseCustomerID, "Peak season freeze", LevelHigh, LevelMedium, RAGAmber)
			a.Risks = append(a.Risks, r)
			return r.ID
		}, RAGAmber, HealthHighRisk, `open risk "Peak season freeze" with high impact: likelihood medium, rated Amber`, true},
		{"high-impact risk, likely", func(_ *testing.T, a *Account) ID {
			r := NewRisk(caseCustomerID, "Peak season freeze", LevelHigh, LevelHigh, RAGAmber)
			a.Risks = append(a.Risks, r)
			return r.ID
		}, RAGRed, HealthHighRisk, `open risk "Peak season freeze" with high impact: likelihood high, rated Amber`, true},
		{"high-impact risk, rated red", func(_ *testing.T, a *Account) ID {
			r := NewRisk(caseCustomerID, "Peak season freeze", LevelHigh, LevelLow, RAGRed)
			a.Risks = append(a.Risks, r)
			return r.ID
		}, RAGRed, HealthHighRisk, `open risk "Peak season freeze" with high impact: likelihood low, rated Red`, true},
		{"high-impact issue", func(_ *testing.T, a *Account) ID {
			r := NewRisk(caseCustomerID, "Checkout outage", LevelHigh, "", RAGGreen)
			r.Kind = KindIssue
			a.Risks = append(a.Risks, r)
			return r.ID
		}, RAGRed, HealthHighRisk, `open issue "Checkout outage" with high impact, rated Green`, true},
		// Ultimate P1: 15 minutes around the clock, due 10:15.
		{"P1 answered late", func(t *testing.T, a *Account) ID {
			c := healthCase(t, "E-1", catalog.P1, "2026-11-20T10:00:00Z", "2026-11-20T10:40:00Z")
			a.Cases = append(a.Cases, c)
			return c.ID
		}, RAGRed, HealthResponseBreach, "P1 case E-1 missed its response target by 25 minutes", true},
		// Ultimate P2: 30 business minutes from Tuesday 09:00, due 09:30.
		{"P2 unanswered", func(t *testing.T, a *Account) ID {
			c := healthCase(t, "E-2", catalog.P2, "2026-12-01T09:00:00Z", "")
			a.Cases = append(a.Cases, c)
			return c.ID
		}, RAGAmber, HealthResponseBreach, "P2 case E-2 still has no first response, 2 hours 30 minutes past its target", true},
		{"one overdue action", func(_ *testing.T, a *Account) ID {
			a.Plan.Actions = append(a.Plan.Actions, Action{ID: NewID(), Title: "Send HAR files", Side: SideCustomer, Due: catalog.MustDate("2026-11-20"), Status: StatusOpen})
			return ID{}
		}, RAGAmber, HealthOverdueActions, `action "Send HAR files" of the Mutual Action Plan is overdue (due on 2026-11-20)`, false},
		{"three overdue actions", func(_ *testing.T, a *Account) ID {
			for _, day := range []string{"2026-11-20", "2026-11-10", "2026-11-30"} {
				a.Plan.Actions = append(a.Plan.Actions, Action{ID: NewID(), Title: "Action of " + day, Side: SideVendor, Due: catalog.MustDate(day), Status: StatusBlocked})
			}
			return ID{}
		}, RAGRed, HealthOverdueActions, `3 actions of the Mutual Action Plan are overdue; the oldest, "Action of 2026-11-10", was due on 2026-11-10`, false},
		// The contract year from 15 January ends on 14 January 2027, in 44 days.
		{"allowance expiring unused", func(_ *testing.T, a *Account) ID {
			a.Customer.Contract.Start, a.Customer.Contract.End = catalog.MustDate("2026-01-15"), catalog.MustDate("2028-01-14")
			return ID{}
		}, RAGAmber, HealthExpiringAllowance, "allowance will expire unused: 6 of 6 accelerators left and none scheduled; the contract year ends in 44 days, on 2027-01-14", false},
		// 153 of 364 days have passed: 42%; 10% progress lags by more than 20 points.
		{"objective behind its time", func(_ *testing.T, a *Account) ID {
			o := Objective{ID: NewID(), Title: "Grow mobile revenue", KPIs: healthKPI(10), Start: catalog.MustDate("2026-07-01"), Due: catalog.MustDate("2027-06-30"), Status: StatusOpen}
			a.Plan.Objectives = append(a.Plan.Objectives, o)
			return o.ID
		}, RAGAmber, HealthObjectiveOffTrack, `objective "Grow mobile revenue" is behind: 10% of the way to its KPI targets after 42% of its time`, true},
		{"objective started when its ID was made", func(_ *testing.T, a *Account) ID {
			o := Objective{ID: objectiveIDAt(time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)), Title: "Grow mobile revenue", KPIs: healthKPI(10),
				Due: catalog.MustDate("2027-06-30"), Status: StatusOpen}
			a.Plan.Objectives = append(a.Plan.Objectives, o)
			return o.ID
		}, RAGAmber, HealthObjectiveOffTrack, `objective "Grow mobile revenue" is behind: 10% of the way to its KPI targets after 42% of its time`, true},
		{"objective past its due day", func(_ *testing.T, a *Account) ID {
			o := Objective{ID: NewID(), Title: "Cut page load", KPIs: healthKPI(80), Start: catalog.MustDate("2026-07-01"), Due: catalog.MustDate("2026-11-15"), Status: StatusInProgress}
			a.Plan.Objectives = append(a.Plan.Objectives, o)
			return o.ID
		}, RAGRed, HealthObjectiveOffTrack, `objective "Cut page load" was due on 2026-11-15 and is 80% of the way to its KPI targets`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := healthyAccount(t)
			subject := tt.edit(t, &a)
			if err := a.Validate(cat); err != nil {
				t.Fatalf("the test account is invalid: %v", err)
			}
			h, err := AccountHealth(cat, DefaultSettings(), a, caseAt(t, healthNow))
			if err != nil {
				t.Fatal(err)
			}
			if h.Colour != tt.colour || h.CustomerID != a.Customer.ID {
				t.Errorf("colour %s of %s, want %s of %s", h.Colour, h.CustomerID, tt.colour, a.Customer.ID)
			}
			if tt.reason == "" {
				if len(h.Reasons) != 0 {
					t.Errorf("reasons %v, want none", h.Reasons)
				}
				return
			}
			if len(h.Reasons) != 1 {
				t.Fatalf("%d reasons %v, want exactly one", len(h.Reasons), h.Reasons)
			}
			r := h.Reasons[0]
			if r.Kind != tt.kind || r.Colour != tt.colour || r.Text.String() != tt.reason {
				t.Errorf("reason %s %s %q, want %s %s %q", r.Kind, r.Colour, r.Text, tt.kind, tt.colour, tt.reason)
			}
			if tt.subject && r.SubjectID != subject || !tt.subject && r.SubjectID != (ID{}) {
				t.Errorf("subject %s, want %s", r.SubjectID, subject)
			}
		})
	}
}

// TestAccountHealthWorstColour checks that health takes the worst colour
// of its reasons and keeps them all, in the order of the rules.
func TestAccountHealthWorstColour(t *testing.T) {
	a := healthyAccount(t)
	a.Risks = append(a.Risks, NewRisk(caseCustomerID, "Freeze", LevelHigh, LevelLow, RAGAmber))
	a.Cases = append(a.Cases, healthCase(t, "E-1", catalog.P1, "2026-11-20T10:00:00Z", "2026-11-20T10:40:00Z"))
	a.Plan.Actions = append(a.Plan.Actions, Action{ID: NewID(), Title: "Send logs", Side: SideCustomer, Due: catalog.MustDate("2026-11-20"), Status: StatusOpen})
	h, err := AccountHealth(catalog.Default(), DefaultSettings(), a, caseAt(t, healthNow))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range h.Reasons {
		kinds = append(kinds, string(r.Kind)+" "+string(r.Colour))
	}
	if got, want := strings.Join(kinds, ", "), "high-risk amber, response-breach red, overdue-actions amber"; h.Colour != RAGRed || got != want {
		t.Errorf("%s: %s; want red: %s", h.Colour, got, want)
	}
}

// TestAccountHealthThresholdsAreTheTAMs checks that the thresholds of
// Settings.Health, not the defaults, decide the colour: each changed
// threshold turns the healthy account amber or red.
func TestAccountHealthThresholdsAreTheTAMs(t *testing.T) {
	cat := catalog.Default()
	oneOverdue := func(a *Account) {
		a.Plan.Actions = append(a.Plan.Actions, Action{ID: NewID(), Title: "Send HAR files", Side: SideCustomer, Due: catalog.MustDate("2026-11-20"), Status: StatusOpen})
	}
	for _, tt := range []struct {
		name           string
		edit           func(*Account)
		health         HealthSettings
		before, colour RAG
		kind           HealthReasonKind
	}{
		// The P1 breach of 20 October, 42 days back, counts in a window of 45 days.
		{"breach window of 45 days", func(*Account) {}, HealthSettings{BreachWindowDays: 45, OverdueActionsRed: 3, PaceTolerancePoints: 20},
			RAGGreen, RAGRed, HealthResponseBreach},
		// The window ends at the deadline 42 days back: 41 days leave it out.
		{"breach window of 41 days", func(*Account) {}, HealthSettings{BreachWindowDays: 41, OverdueActionsRed: 3, PaceTolerancePoints: 20},
			RAGGreen, RAGGreen, ""},
		{"one overdue action makes red", oneOverdue, HealthSettings{BreachWindowDays: 30, OverdueActionsRed: 1, PaceTolerancePoints: 20},
			RAGAmber, RAGRed, HealthOverdueActions},
		// 30% after 153 of 364 days (42.0%) lags 12.0 points: off track at 10 and 12, not at 13.
		{"pace tolerance of 10 points", func(*Account) {}, HealthSettings{BreachWindowDays: 30, OverdueActionsRed: 3, PaceTolerancePoints: 10},
			RAGGreen, RAGAmber, HealthObjectiveOffTrack},
		{"pace tolerance of 12 points", func(*Account) {}, HealthSettings{BreachWindowDays: 30, OverdueActionsRed: 3, PaceTolerancePoints: 12},
			RAGGreen, RAGAmber, HealthObjectiveOffTrack},
		{"pace tolerance of 13 points", func(*Account) {}, HealthSettings{BreachWindowDays: 30, OverdueActionsRed: 3, PaceTolerancePoints: 13},
			RAGGreen, RAGGreen, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := healthyAccount(t)
			tt.edit(&a)
			s := DefaultSettings()
			if h, err := AccountHealth(cat, s, a, caseAt(t, healthNow)); err != nil || h.Colour != tt.before {
				t.Fatalf("with the defaults: %s (%v), want %s", h.Colour, err, tt.before)
			}
			s.Health = tt.health
			if err := s.Validate(cat); err != nil {
				t.Fatal(err)
			}
			h, err := AccountHealth(cat, s, a, caseAt(t, healthNow))
			if err != nil {
				t.Fatal(err)
			}
			if h.Colour != tt.colour {
				t.Errorf("colour %s, want %s: %v", h.Colour, tt.colour, h.Reasons)
			}
			if tt.kind != "" && (len(h.Reasons) == 0 || h.Reasons[len(h.Reasons)-1].Kind != tt.kind) {
				t.Errorf("reasons %v, want one of kind %s", h.Reasons, tt.kind)
			}
			if tt.kind == HealthObjectiveOffTrack {
				r, err := a.BusinessReview(cat, s, QuarterOf(catalog.MustDate("2026-12-01")), caseAt(t, healthNow))
				if err != nil {
					t.Fatal(err)
				}
				if got := r.Objectives[0].OffTrack; got != tt.colour {
					t.Errorf("the business review shows the objective %q, want %s", got, tt.colour)
				}
			}
		})
	}
}

func TestAccountHealthError(t *testing.T) {
	a := healthyAccount(t)
	a.Customer.Region = "moon"
	if _, err := AccountHealth(catalog.Default(), DefaultSettings(), a, caseAt(t, healthNow)); err == nil || !strings.Contains(err.Error(), "moon") {
		t.Errorf("error %v, want the unknown region named", err)
	}
}

func TestObjectiveStart(t *testing.T) {
	made := time.Date(2026, 7, 1, 23, 30, 0, 0, time.UTC)
	for _, tt := range []struct {
		name string
		o    Objective
		want string
	}{
		{"its own start", Objective{ID: objectiveIDAt(made), Start: catalog.MustDate("2026-05-04")}, "2026-05-04"},
		{"the day its ID was made", Objective{ID: objectiveIDAt(made)}, "2026-07-01"},
		{"an ID that is no UUID version 7", Objective{ID: ID{0x12, 0x34, 0, 0, 0, 0, 0x40, 0, 0x80}}, ""},
	} {
		got, ok := ObjectiveStart(tt.o)
		if tt.want == "" {
			if ok {
				t.Errorf("%s: start %s, want none", tt.name, got)
			}
			continue
		}
		if !ok || got.String() != tt.want {
			t.Errorf("%s: start %s, %v; want %s", tt.name, got, ok, tt.want)
		}
	}
}

func TestObjectiveStartAfterDue(t *testing.T) {
	var m ActionPlan
	_, err := m.AddObjective(Objective{Title: "Backwards", Start: catalog.MustDate("2027-01-02"), Due: catalog.MustDate("2027-01-01")})
	if v, ok := AsValidation(err); !ok || !strings.Contains(v.Error(), "start: 2027-01-02 is after the due day 2027-01-01") {
		t.Errorf("error %v, want the start refused", err)
	}
}
