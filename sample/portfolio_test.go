package sample_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// testDays returns the days the sample is built on in the tests:
// every day of 2026 and 2027 (every ninth in -short mode), which covers
// every weekday at every position in a quarter, and the holidays and
// year ends of every region.
func testDays(t testing.TB) []planner.Date {
	t.Helper()
	step := 1
	if testing.Short() {
		step = 9
	}
	var days []planner.Date
	for d := catalog.MustDate("2026-01-01"); d.Before(catalog.MustDate("2028-01-01")); d = d.AddDays(step) {
		days = append(days, d)
	}
	return days
}

// currentQuarterInput is the current quarter of the sample built on today,
// with the default settings a new user has.
func currentQuarterInput(cat *catalog.Catalog, today planner.Date) planner.PlanInput {
	return planner.PlanInput{Catalog: cat, Settings: planner.DefaultSettings(),
		Accounts: sample.Portfolio(cat, today), Quarter: planner.QuarterOf(today)}
}

func TestPortfolioValidates(t *testing.T) {
	cat := catalog.Default()
	for _, today := range testDays(t) {
		accounts := sample.Portfolio(cat, today)
		if len(accounts) != 6 {
			t.Fatalf("%s: got %d accounts, want 6", today, len(accounts))
		}
		for _, a := range accounts {
			if err := a.Validate(cat); err != nil {
				t.Errorf("%s: %s: %v", today, a.Customer.Name, err)
			}
		}
	}
}

// TestPortfolioDeliversNothingAfterToday checks that the sample records
// only deliveries that took place: none after the day it is built on.
func TestPortfolioDeliversNothingAfterToday(t *testing.T) {
	cat := catalog.Default()
	for _, today := range testDays(t) {
		for _, a := range sample.Portfolio(cat, today) {
			for _, act := range a.Activities {
				if err := act.CheckDeliveredBy(today); err != nil {
					t.Errorf("%s: %s: %v", today, a.Customer.Name, err)
				}
			}
		}
	}
}

// TestPortfolioQuarterPlan checks that the current quarter of the sample is
// a plan a TAM would make, whatever the day: every week within the
// default capacity but the current one, which is a little over, and no
// conflict but that week, the readiness review planned after the key
// event the customer brought forward, and at most one activity on a
// holiday.
func TestPortfolioQuarterPlan(t *testing.T) {
	cat := catalog.Default()
	capacity := planner.DefaultSettings().WeeklyCapacityHours
	const littleOver = 6.0 // hours over capacity that still count as a little
	allowed := map[planner.ConflictKind]bool{
		planner.ConflictCapacity:       true,
		planner.ConflictKeyEvent:       true,
		planner.ConflictNonBusinessDay: true,
	}
	for _, today := range testDays(t) {
		in := currentQuarterInput(cat, today)
		conflicts, err := planner.CheckPlan(in)
		if err != nil {
			t.Fatalf("%s: %v", today, err)
		}
		if len(conflicts) > 3 {
			t.Errorf("%s: %d conflicts, want at most 3: %v", today, len(conflicts), conflicts)
		}
		kinds := map[planner.ConflictKind]int{}
		for _, c := range conflicts {
			kinds[c.Kind]++
			if !allowed[c.Kind] {
				t.Errorf("%s: unexpected %s conflict: %s", today, c.Kind, c.Reason)
			}
		}
		for kind, n := range kinds {
			if n > 1 {
				t.Errorf("%s: %d %s conflicts, want at most one: %v", today, n, kind, conflicts)
			}
		}
		if kinds[planner.ConflictCapacity] != 1 {
			t.Errorf("%s: %d capacity conflicts, want the current week's only: %v", today, kinds[planner.ConflictCapacity], conflicts)
		}
		// The readiness review planned after the dealer preview falls in
		// the week after today's, which is in the quarter when two weeks
		// of it are left.
		if today.AddDays(14).Before(in.Quarter.Last()) && kinds[planner.ConflictKeyEvent] != 1 {
			t.Errorf("%s: no key-event conflict although the quarter runs to %s: %v", today, in.Quarter.Last(), conflicts)
		}

		load, err := planner.QuarterLoad(in)
		if err != nil {
			t.Fatalf("%s: %v", today, err)
		}
		for _, w := range load.Weeks {
			switch {
			case w.Week.Monday == planner.MondayOf(today):
				if !w.Over || w.Hours > capacity+littleOver {
					t.Errorf("%s: the current week has %g h; want a little over the capacity of %g h", today, w.Hours, capacity)
				}
			case w.Over:
				t.Errorf("%s: %s has %g h, over the capacity of %g h", today, w.Week, w.Hours, capacity)
			}
		}
	}
}

// TestPortfolioActivitiesFitTheirCustomer checks every activity against its
// customer on every day: entitled, within the contract, on a business
// day (but for the one planned on a holiday on purpose), in a phase of
// the item that matches where the engagement stands, with a status that
// matches its day, and within the contract's allowances.
func TestPortfolioActivitiesFitTheirCustomer(t *testing.T) {
	cat := catalog.Default()
	for _, today := range testDays(t) {
		onHoliday := map[planner.ID]bool{}
		conflicts, err := planner.CheckPlan(currentQuarterInput(cat, today))
		if err != nil {
			t.Fatalf("%s: %v", today, err)
		}
		for _, c := range conflicts {
			if c.Kind == planner.ConflictNonBusinessDay {
				onHoliday[c.ActivityID] = true
			}
		}
		for _, a := range sample.Portfolio(cat, today) {
			c := a.Customer
			cal, err := planner.CustomerCalendar(cat, planner.DefaultSettings(), c)
			if err != nil {
				t.Fatalf("%s: %v", c.Name, err)
			}
			engagement, _, _ := planner.ActiveEngagement(a.Engagements)
			current := slices.IndexFunc(engagement.Phases, func(p planner.PhaseState) bool { return p.Status.Open() })
			next := current + 1
			for next < len(engagement.Phases) && !engagement.Phases[next].Status.Open() {
				next++
			}
			phaseIndex := func(p catalog.PhaseID) int {
				return slices.IndexFunc(engagement.Phases, func(s planner.PhaseState) bool { return s.Phase == p })
			}
			delivered, upcoming := 0, 0
			for _, act := range a.Activities {
				where := today.String() + " " + c.Name + " " + act.ItemID + " on " + act.Date.String()
				ent, err := planner.EntitlementFor(planner.CustomerCatalog(cat, c), c.Membership, c.Contract.Allowances, act.ItemID, act.Solution)
				if err != nil || !ent.Status.Entitled() {
					t.Errorf("%s: not entitled (%v %s)", where, err, ent.Reason)
				}
				if !cal.IsBusinessDay(act.Date) && !onHoliday[act.ID] {
					t.Errorf("%s: not a business day in %s", where, c.Region)
				}
				if !c.Contract.Covers(act.Date) {
					t.Errorf("%s: outside the contract %s to %s", where, c.Contract.Start, c.Contract.End)
				}
				it, _ := cat.Item(act.ItemID)
				if act.Phase != "" && !it.FitsPhase(act.Phase) {
					t.Errorf("%s: item does not fit phase %s", where, act.Phase)
				}
				p := phaseIndex(act.Phase)
				switch {
				case act.Status == planner.ActivityCancelled:
				case act.Date.Before(today) && act.Status != planner.ActivityDelivered:
					t.Errorf("%s: past activity is %s", where, act.Status)
				case !act.Date.Before(today) && act.Status == planner.ActivityDelivered:
					t.Errorf("%s: future activity is delivered", where)
				case act.Status == planner.ActivityDelivered:
					delivered++
					if act.Phase != "" && (p < 0 || p > current) {
						t.Errorf("%s: delivered in phase %s, which the engagement has not reached", where, act.Phase)
					}
				default:
					upcoming++
					if act.Phase != "" && p != current && p != next {
						t.Errorf("%s: upcoming in phase %s, neither the current nor the next phase", where, act.Phase)
					}
				}
				use := planner.AllowanceUse(cat, c, a.Activities, act.Date)
				if use.Accelerators.Left() < use.Accelerators.Proposed || use.FieldHours.Left() < use.FieldHours.Proposed {
					t.Errorf("%s: allowances of the contract year overdrawn: %+v", where, use)
				}
			}
			// A contract that started less than half a year ago (the
			// sample has one that starts on a fixed day) has only the
			// activities since its start.
			if c.Contract.Start.After(today.AddDays(-183)) {
				continue
			}
			if len(a.Activities) < 3 || delivered == 0 || upcoming == 0 {
				t.Errorf("%s %s: %d activities, %d delivered and %d upcoming; want 3 or more with some of each",
					today, c.Name, len(a.Activities), delivered, upcoming)
			}
		}
	}
}

// TestPortfolioSeries checks the recurring roadmap review: valid, its
// occurrences among the activities on the series' days, past ones
// delivered, and none in the current week, whose load is fixed.
func TestPortfolioSeries(t *testing.T) {
	cat := catalog.Default()
	for _, today := range testDays(t) {
		total, want := 0, 1 // the roadmap reviews, and each Ultimate customer's status calls
		for _, a := range sample.Portfolio(cat, today) {
			if a.Customer.Membership.Tier == catalog.Ultimate {
				want++
			}
			cal, err := planner.CustomerCalendar(cat, planner.DefaultSettings(), a.Customer)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range a.Series {
				total++
				if err := s.Validate(); err != nil {
					t.Fatalf("%s: %v", today, err)
				}
				days, err := s.Dates(cal)
				if err != nil {
					t.Fatalf("%s: %v", today, err)
				}
				var got []planner.Date
				for _, act := range a.Activities {
					if act.SeriesID != s.ID {
						continue
					}
					got = append(got, act.Date)
					if planner.MondayOf(act.Date) == planner.MondayOf(today) {
						t.Errorf("%s: an occurrence of %s falls in the current week, on %s", today, act.ItemID, act.Date)
					}
					if act.Date.Before(today) != (act.Status == planner.ActivityDelivered) {
						t.Errorf("%s: occurrence on %s is %s", today, act.Date, act.Status)
					}
				}
				if !reflect.DeepEqual(got, days) {
					t.Errorf("%s: occurrences on %v, the series gives %v", today, got, days)
				}
			}
		}
		if total != want {
			t.Errorf("%s: %d series, want %d", today, total, want)
		}
	}
}

func TestPortfolioCoversRegionsAndTiers(t *testing.T) {
	cat := catalog.Default()
	accounts := sample.Portfolio(cat, catalog.MustDate("2026-11-26"))
	regions := map[catalog.RegionID]int{}
	tiers := map[catalog.TierID]int{}
	for _, a := range accounts {
		regions[a.Customer.Region]++
		tiers[a.Customer.Membership.Tier]++
	}
	for _, r := range []catalog.RegionID{catalog.Americas, catalog.EMEA, catalog.APAC, catalog.Japan} {
		if regions[r] == 0 {
			t.Errorf("no sample customer in region %s", r)
		}
	}
	for _, tier := range []catalog.TierID{catalog.Expert, catalog.Ultimate} {
		if tiers[tier] == 0 {
			t.Errorf("no sample customer on tier %s", tier)
		}
	}
}

// recordIDs lists the ID of everything the accounts hold, with what it
// names.
func recordIDs(accounts []planner.Account) map[planner.ID]string {
	ids := map[planner.ID]string{}
	for _, a := range accounts {
		ids[a.Customer.ID] = a.Customer.Name
		for _, e := range a.Engagements {
			ids[e.ID] = e.Name
		}
		if a.HasPlan() {
			ids[a.Plan.ID] = a.Plan.Title
			for _, o := range a.Plan.Objectives {
				ids[o.ID] = o.Title
			}
			for _, m := range a.Plan.Milestones {
				ids[m.ID] = m.Title
			}
			for _, x := range a.Plan.Actions {
				ids[x.ID] = x.Title
			}
		}
		for _, s := range a.Series {
			ids[s.ID] = "series of " + a.Customer.Name
		}
		for _, act := range a.Activities {
			ids[act.ID] = act.ItemID + " of " + a.Customer.Name
		}
	}
	return ids
}

func TestPortfolioIsDeterministic(t *testing.T) {
	cat := catalog.Default()
	// A day whose activities, and those of the days after it, fall within
	// the contracts with fixed days.
	day := catalog.MustDate("2027-03-15")
	a, b := sample.Portfolio(cat, day), sample.Portfolio(cat, day)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two samples for the same day differ")
	}
	// Other days move the dates but keep the IDs of everything the sample
	// describes, so loading it again does not add copies.
	want := recordIDs(a)
	for _, later := range []int{1, 3, 45, 200, 400} {
		got := recordIDs(sample.Portfolio(cat, day.AddDays(later)))
		for id, what := range want {
			if _, ok := got[id]; !ok {
				t.Errorf("%d days later: %s has no longer ID %s", later, what, id)
			}
		}
		for id, what := range got {
			if _, ok := want[id]; !ok {
				t.Errorf("%d days later: %s has the new ID %s", later, what, id)
			}
		}
	}
}

func TestPortfolioIDs(t *testing.T) {
	cat := catalog.Default()
	seen := map[planner.ID]string{}
	check := func(what string, id planner.ID) {
		t.Helper()
		if id.Version() != 7 || id.Variant().String() != "RFC4122" {
			t.Errorf("%s: ID %s is not a version 7 UUID", what, id)
		}
		if other, dup := seen[id]; dup {
			t.Errorf("%s: ID %s is also used by %s", what, id, other)
		}
		seen[id] = what
	}
	for _, a := range sample.Portfolio(cat, catalog.MustDate("2026-11-26")) {
		check(a.Customer.Name, a.Customer.ID)
		for _, e := range a.Engagements {
			check(e.Name, e.ID)
		}
		if a.HasPlan() {
			check(a.Plan.Title, a.Plan.ID)
			for _, o := range a.Plan.Objectives {
				check(o.Title, o.ID)
			}
			for _, m := range a.Plan.Milestones {
				check(m.Title, m.ID)
			}
			for _, x := range a.Plan.Actions {
				check(x.Title, x.ID)
			}
		}
		for _, s := range a.Series {
			check("series of "+a.Customer.Name, s.ID)
		}
		for _, act := range a.Activities {
			check(act.ItemID, act.ID)
		}
	}
}

func TestPortfolioPlansAndEngagements(t *testing.T) {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	phases := map[planner.PhaseStatus]int{}
	for _, a := range sample.Portfolio(cat, today) {
		c := a.Customer
		tier, _ := cat.Tier(c.Membership.Tier)
		if a.HasPlan() != tier.Proactive {
			t.Errorf("%s on %s: has a plan = %v, but the tier includes one = %v", c.Name, tier.Name, a.HasPlan(), tier.Proactive)
		}
		if a.HasPlan() {
			if n := len(a.Plan.Objectives); n < 2 || n > 4 {
				t.Errorf("%s: %d objectives, want 2 to 4", c.Name, n)
			}
			overdue, soon := planner.CountActions(a.Plan, today)
			if overdue == 0 || soon == 0 {
				t.Errorf("%s: %d overdue and %d due-soon actions, want some of each", c.Name, overdue, soon)
			}
			sides := map[planner.Side]bool{}
			for _, x := range a.Plan.Actions {
				sides[x.Side] = true
			}
			if !sides[planner.SideCustomer] || !sides[planner.SideVendor] {
				t.Errorf("%s: actions on one side only", c.Name)
			}
		}
		if len(a.Engagements) == 0 || len(a.Engagements[0].Stakeholders) == 0 || len(a.Engagements[0].Cadence) == 0 {
			t.Errorf("%s: engagement without stakeholders or cadence", c.Name)
		}
		for _, e := range a.Engagements {
			for _, ph := range e.Phases {
				phases[ph.Status]++
			}
		}
		future := false
		for _, ev := range c.KeyEvents {
			future = future || ev.Date.After(today)
		}
		if !future {
			t.Errorf("%s: no key event in the coming months", c.Name)
		}
	}
	for _, st := range []planner.PhaseStatus{planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted, planner.PhaseSkipped} {
		if phases[st] == 0 {
			t.Errorf("no sample phase is %s", st)
		}
	}
}

func TestPortfolioUnicodeNamesSurviveJSON(t *testing.T) {
	cat := catalog.Default()
	accounts := sample.Portfolio(cat, catalog.MustDate("2026-11-26"))
	raw, err := json.Marshal(accounts)
	if err != nil {
		t.Fatal(err)
	}
	var back []planner.Account
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, a := range back {
		names[a.Customer.Name] = true
	}
	for _, want := range []string{"Müller GmbH", "Øresund Energi A/S", "株式会社サクラ電機"} {
		if !names[want] {
			t.Errorf("%q is missing after a JSON round trip; have %v", want, names)
		}
	}
}

func BenchmarkPortfolio(b *testing.B) {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	for b.Loop() {
		sample.Portfolio(cat, today)
	}
}

// TestPortfolioContractsUnderTheirEditions checks the two sample customers
// whose contracts have fixed days: Northwind Outfitters signed under the
// May 2024 offer, which still sells it Event Management, and its renewal
// falls under the July 2026 offer; Contoso Health signed under the July
// 2026 offer.
func TestPortfolioContractsUnderTheirEditions(t *testing.T) {
	cat := catalog.Default()
	for _, today := range []planner.Date{catalog.MustDate("2026-12-06"), catalog.MustDate("2027-06-30")} {
		byName := map[string]planner.Customer{}
		for _, a := range sample.Portfolio(cat, today) {
			byName[a.Customer.Name] = a.Customer
		}
		tests := []struct {
			name, start, edition string
			event, mentor        planner.EntitlementStatus
			preview              bool
		}{
			{"Northwind Outfitters", "2025-01-01", "2024-05-17", planner.Purchased, planner.Included, true},
			{"Contoso Health", "2026-09-01", "2026-07-29", planner.NotAvailable, "", false},
		}
		for _, tt := range tests {
			c, ok := byName[tt.name]
			if !ok {
				t.Fatalf("%s: the sample has no %s", today, tt.name)
			}
			if c.Contract.Start.String() != tt.start {
				t.Errorf("%s: %s starts %s, want %s", today, tt.name, c.Contract.Start, tt.start)
			}
			ed := planner.CustomerCatalog(cat, c)
			if got := ed.Edition().Effective.String(); got != tt.edition {
				t.Errorf("%s: %s is under the edition of %s, want %s", today, tt.name, got, tt.edition)
			}
			ents := planner.Entitlements(ed, c.Membership, c.Contract.Allowances)
			if got := statusOf(ents, "event-management"); got != tt.event {
				t.Errorf("%s: %s: Event Management %q, want %q", today, tt.name, got, tt.event)
			}
			if got := statusOf(ents, "mentor-sessions"); got != tt.mentor {
				t.Errorf("%s: %s: Mentor Sessions %q, want %q", today, tt.name, got, tt.mentor)
			}
			p, ok := planner.RenewalPreview(cat, c)
			if ok != tt.preview || (ok && len(p.Changes) == 0) {
				t.Errorf("%s: %s: renewal preview %v with %d changes, want a preview: %v", today, tt.name, ok, len(p.Changes), tt.preview)
			}
		}
	}
}

// statusOf returns the status of item id among ents, "" when no row has it.
func statusOf(ents []planner.Entitlement, id string) planner.EntitlementStatus {
	for _, e := range ents {
		if e.Item.ID == id {
			return e.Status
		}
	}
	return ""
}
