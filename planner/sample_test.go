package planner_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// sampleTestDays are days spread over the year, including quarter edges
// and days next to holidays, for the sample to be built on.
var sampleTestDays = []string{"2026-01-02", "2026-03-31", "2026-04-01", "2026-06-15", "2026-09-30", "2026-11-26", "2026-12-24", "2027-02-28"}

func TestSamplePortfolioValidates(t *testing.T) {
	cat := catalog.Default()
	for _, day := range sampleTestDays {
		t.Run(day, func(t *testing.T) {
			accounts := planner.SamplePortfolio(cat, catalog.MustDate(day))
			if len(accounts) != 6 {
				t.Fatalf("got %d accounts, want 6", len(accounts))
			}
			for _, a := range accounts {
				if err := a.Validate(cat); err != nil {
					t.Errorf("%s: %v", a.Customer.Name, err)
				}
			}
		})
	}
}

func TestSamplePortfolioCoversRegionsAndTiers(t *testing.T) {
	cat := catalog.Default()
	accounts := planner.SamplePortfolio(cat, catalog.MustDate("2026-11-26"))
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

func TestSamplePortfolioIsDeterministic(t *testing.T) {
	cat := catalog.Default()
	day := catalog.MustDate("2026-06-15")
	a, b := planner.SamplePortfolio(cat, day), planner.SamplePortfolio(cat, day)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two samples for the same day differ")
	}
	// Another day moves the dates but keeps the IDs of what the sample
	// describes, so loading it again does not add copies.
	later := planner.SamplePortfolio(cat, day.AddDays(200))
	for i := range a {
		if a[i].Customer.ID != later[i].Customer.ID || a[i].Engagements[0].ID != later[i].Engagements[0].ID || a[i].Plan.ID != later[i].Plan.ID {
			t.Errorf("%s: IDs depend on the day", a[i].Customer.Name)
		}
	}
}

func TestSamplePortfolioIDs(t *testing.T) {
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
	for _, a := range planner.SamplePortfolio(cat, catalog.MustDate("2026-11-26")) {
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
		for _, act := range a.Activities {
			check(act.ItemID, act.ID)
		}
	}
}

func TestSampleActivitiesAreSchedulable(t *testing.T) {
	cat := catalog.Default()
	for _, day := range sampleTestDays {
		today := catalog.MustDate(day)
		q := planner.QuarterOf(today)
		for _, a := range planner.SamplePortfolio(cat, today) {
			c := a.Customer
			region, _ := cat.Region(c.Region)
			holidays := map[planner.Date]bool{}
			for _, h := range region.Holidays {
				holidays[h.Date] = true
			}
			delivered := 0
			for _, act := range a.Activities {
				where := day + " " + c.Name + " " + act.ItemID + " on " + act.Date.String()
				ent, err := planner.EntitlementFor(cat, c.Membership, c.Contract.Allowances, act.ItemID, act.Solution)
				if err != nil || !ent.Status.Entitled() {
					t.Errorf("%s: not entitled (%v %s)", where, err, ent.Reason)
				}
				if act.Date.IsWeekend() || holidays[act.Date] {
					t.Errorf("%s: not a business day of %s", where, c.Region)
				}
				if !c.Contract.Covers(act.Date) {
					t.Errorf("%s: outside the contract %s to %s", where, c.Contract.Start, c.Contract.End)
				}
				if !q.Contains(act.Date) && !q.Prev().Contains(act.Date) {
					t.Errorf("%s: neither in %s nor in %s", where, q, q.Prev())
				}
				it, _ := cat.Item(act.ItemID)
				if !it.FitsPhase(act.Phase) {
					t.Errorf("%s: item does not fit phase %s", where, act.Phase)
				}
				switch {
				case act.Status == planner.ActivityCancelled:
				case act.Date.Before(today) && act.Status != planner.ActivityDelivered:
					t.Errorf("%s: past activity is %s", where, act.Status)
				case !act.Date.Before(today) && act.Status == planner.ActivityDelivered:
					t.Errorf("%s: future activity is delivered", where)
				}
				if q.Prev().Contains(act.Date) && act.Status == planner.ActivityDelivered {
					delivered++
				}
			}
			if len(a.Activities) < 3 {
				t.Errorf("%s %s: only %d activities", day, c.Name, len(a.Activities))
			}
			if delivered == 0 {
				t.Errorf("%s %s: nothing delivered in the previous quarter", day, c.Name)
			}
			use := planner.AllowanceUse(cat, c, a.Activities, today)
			if use.AcceleratorsLeft() < 0 || use.FieldHoursLeft() < 0 {
				t.Errorf("%s %s: allowances overdrawn: %+v", day, c.Name, use)
			}
		}
	}
}

func TestSamplePlansAndEngagements(t *testing.T) {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	phases := map[planner.PhaseStatus]int{}
	for _, a := range planner.SamplePortfolio(cat, today) {
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

func TestSampleUnicodeNamesSurviveJSON(t *testing.T) {
	cat := catalog.Default()
	accounts := planner.SamplePortfolio(cat, catalog.MustDate("2026-11-26"))
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

func BenchmarkSamplePortfolio(b *testing.B) {
	cat := catalog.Default()
	today := catalog.MustDate("2026-11-26")
	for b.Loop() {
		planner.SamplePortfolio(cat, today)
	}
}
