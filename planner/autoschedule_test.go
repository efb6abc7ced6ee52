package planner_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

func TestAutoSchedulePlacesAndSpreads(t *testing.T) {
	in := schedInput(planner.Account{Customer: schedCustomerMuller()})
	var reqs []planner.Request
	for range 4 {
		reqs = append(reqs, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 8})
	}
	prop, err := planner.AutoSchedule(in, reqs)
	if err != nil {
		t.Fatal(err)
	}
	if len(prop.Unplaced) != 0 {
		t.Fatalf("unplaced: %+v", prop.Unplaced)
	}
	// 1 January is a holiday and the 2nd and 3rd a weekend, so the first
	// week holds no business day of the quarter; then one per week, each
	// on the week's first business day.
	var days []string
	for _, a := range prop.Placed {
		days = append(days, a.Date.String())
		if a.Status != planner.ActivityProposed || a.CustomerID != schedMuller || a.Hours != 8 || a.ItemID != "pro-roadmap-review" {
			t.Errorf("placed %+v", a)
		}
		if a.ID.Version() != 7 {
			t.Errorf("ID %s is version %d, want 7", a.ID, a.ID.Version())
		}
	}
	want := []string{"2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"}
	if !slices.Equal(days, want) {
		t.Errorf("days = %q, want %q", days, want)
	}
}

func TestAutoScheduleIDsCarryTheDay(t *testing.T) {
	in := schedInput(planner.Account{Customer: schedCustomerMuller()})
	prop, err := planner.AutoSchedule(in, []planner.Request{{CustomerID: schedMuller, ItemID: "pro-roadmap-review"}})
	if err != nil || len(prop.Placed) != 1 {
		t.Fatalf("AutoSchedule = %+v, %v", prop, err)
	}
	a := prop.Placed[0]
	sec, _ := a.ID.Time().UnixTime()
	if got := catalog.DateOf(time.Unix(sec, 0).UTC()); got != a.Date {
		t.Errorf("the ID's time is %s, want the day %s", got, a.Date)
	}
	if a.Hours != 2 {
		t.Errorf("hours = %g, want the catalog's 2", a.Hours)
	}
}

func TestAutoScheduleRespectsLoadAndCapacity(t *testing.T) {
	// 20 h are planned in the week of 4 January, 28 h in the week of 11
	// January, 10 h in the week of 1 March and 25 h in every other week
	// from 18 January on; the first week has no business day in the
	// quarter. An 8 h activity fits only in the weeks of 4 January and 1
	// March; the emptier of the two wins, then the earliest day.
	existing := []planner.Activity{
		schedActivity(1, schedMuller, "pro-roadmap-review", "2027-01-05", 20),
		schedActivity(2, schedMuller, "pro-roadmap-review", "2027-01-12", 28),
	}
	for w := 3; w < 14; w++ {
		monday := catalog.MustDate("2026-12-28").AddDays(7 * w)
		existing = append(existing, schedActivity(byte(10+w), schedMuller, "pro-roadmap-review", monday.AddDays(1).String(), 25))
	}
	existing[2+9-3].Hours = 10 // week 9, from 1 March
	in := schedInput(planner.Account{Customer: schedCustomerMuller(), Activities: existing})
	prop, err := planner.AutoSchedule(in, []planner.Request{
		{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 8},
		{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 8},
		{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 8},
	})
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, a := range prop.Placed {
		days = append(days, a.Date.String())
	}
	// 1 March (to 18 h), 1 March again (26 h beats 28 h), 4 January
	// (28 h; 1 March would reach 34 h).
	want := []string{"2027-01-04", "2027-03-01", "2027-03-01"}
	if !slices.Equal(days, want) {
		t.Errorf("days = %q, want %q", days, want)
	}
	if len(prop.Unplaced) != 0 {
		t.Errorf("unplaced = %+v", prop.Unplaced)
	}
	more, err := planner.AutoSchedule(in, []planner.Request{{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 16}})
	if err != nil {
		t.Fatal(err)
	}
	if len(more.Placed) != 1 || more.Placed[0].Date.String() != "2027-03-01" {
		t.Errorf("16 h: placed %+v, want on 2027-03-01, the only week with room", more.Placed)
	}
}

func TestAutoScheduleReadinessBeforeKeyEvent(t *testing.T) {
	in := schedInput(planner.Account{Customer: schedCustomerMuller()})
	prop, err := planner.AutoSchedule(in, []planner.Request{
		{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", PrepareFor: "spring launch"},
	})
	if err != nil || len(prop.Placed) != 1 {
		t.Fatalf("AutoSchedule = %+v, %v", prop, err)
	}
	// Spring launch is on 15 March; the lead window runs from 21 to 7 days
	// before, so the latest day in it is Monday 8 March.
	a := prop.Placed[0]
	if a.Date.String() != "2027-03-08" || a.PrepareFor != "Spring launch" || a.Solution != "experience-manager-cloud" {
		t.Errorf("placed %s for %q (%s), want 2027-03-08 for Spring launch (experience-manager-cloud)", a.Date, a.PrepareFor, a.Solution)
	}

	// With a narrower window of the TAM's own: 2 to 3 days before.
	in.ReadinessLead = planner.LeadWindow{MinDays: 2, MaxDays: 3}
	prop, err = planner.AutoSchedule(in, []planner.Request{
		{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", PrepareFor: "Spring launch"},
	})
	if err != nil || len(prop.Placed) != 1 || prop.Placed[0].Date.String() != "2027-03-12" {
		t.Fatalf("lead 2-3 days: %+v, %v; want Friday 2027-03-12", prop, err)
	}
}

func TestAutoScheduleAfterPhaseEnd(t *testing.T) {
	acc := planner.Account{Customer: schedCustomerMuller(), Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "2027-02-12")}}
	prop, err := planner.AutoSchedule(schedInput(acc), []planner.Request{
		{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", Phase: catalog.GoLive},
		{CustomerID: schedMuller, ItemID: "acc-analytics-implementation-review", Phase: catalog.Design},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range prop.Placed {
		got[a.ItemID] = a.Date.String()
	}
	if got["acc-aemcs-golive-readiness"] != "2027-02-15" {
		t.Errorf("Go-Live activity on %q, want 2027-02-15, the first business day after Design's planned end", got["acc-aemcs-golive-readiness"])
	}
	if got["acc-analytics-implementation-review"] != "2027-01-04" {
		t.Errorf("Design activity on %q, want 2027-01-04", got["acc-analytics-implementation-review"])
	}
}

func TestAutoScheduleUnplacedReasons(t *testing.T) {
	expert := planner.Customer{ID: schedAcme, Name: "Acme Inc", Region: catalog.Americas,
		Membership: planner.Membership{Tier: catalog.Expert, Solutions: []catalog.SolutionID{"analytics"}}}
	ended := schedCustomerMuller()
	ended.Contract.End = catalog.MustDate("2026-12-31")
	used := planner.Account{Customer: schedCustomerMuller()}
	for i, day := range []string{"2026-08-03", "2026-09-07", "2026-10-05", "2026-11-02", "2026-12-01", "2026-12-02"} {
		used.Activities = append(used.Activities, schedActivity(byte(i+1), schedMuller, "acc-target-program-maturity", day, 2))
	}
	hoursUsed := planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
		schedActivity(1, schedMuller, "field-health-assessment", "2026-10-06", 36),
	}}
	noEnd := planner.Account{Customer: schedCustomerMuller(), Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "")}}
	late := planner.Account{Customer: schedCustomerMuller(), Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "2027-04-20")}}
	full := planner.Account{Customer: schedCustomerMuller()}
	for w := range 14 {
		full.Activities = append(full.Activities, schedActivity(byte(w+1), schedMuller, "pro-roadmap-review",
			catalog.MustDate("2026-12-29").AddDays(7*w).String(), 25))
	}
	easter := schedCustomerMuller()

	tests := []struct {
		name    string
		account planner.Account
		req     planner.Request
		kind    planner.ConflictKind
		reason  string
	}{
		{"unknown customer", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedAcme, ItemID: "pro-roadmap-review"},
			planner.ConflictInvalidRequest, "no customer with ID " + schedAcme.String() + " in the portfolio"},
		{"unknown item", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "acc-missing"},
			planner.ConflictInvalidRequest, `the catalog has no item "acc-missing"`},
		{"negative hours", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: -3},
			planner.ConflictInvalidRequest, "Product roadmap review needs a number of hours more than 0 (the request gives -3 and the catalog 2)"},
		{"unknown phase", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Phase: "launch"},
			planner.ConflictInvalidRequest, `unknown phase "launch"`},
		{"add-on", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "event-management"},
			planner.ConflictNotEntitled, "Event Management is an add-on, not an activity that can be scheduled"},
		{"not entitled", planner.Account{Customer: expert}, planner.Request{CustomerID: schedAcme, ItemID: "acc-analytics-implementation-review"},
			planner.ConflictNotEntitled, "Success Accelerators are not included in Expert Success"},
		{"not licensed", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "field-health-assessment", Solution: "commerce"},
			planner.ConflictNotLicensed, "Health Assessment is for Commerce, which Müller GmbH does not license"},
		{"more than a week's capacity", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 31},
			planner.ConflictCapacity, "Product roadmap review needs 31 h, more than the weekly capacity of 30 h"},
		{"every week full", full, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Hours: 6},
			planner.ConflictCapacity, "no week from 2027-01-04 to 2027-04-04 has 6 h free (capacity 30 h a week)"},
		{"accelerators used up", used, planner.Request{CustomerID: schedMuller, ItemID: "acc-analytics-implementation-review"},
			planner.ConflictAllowance, "Müller GmbH has 6 of 6 accelerators delivered, committed or proposed in the contract year 2026-07-01..2027-06-30"},
		{"field hours used up", hoursUsed, planner.Request{CustomerID: schedMuller, ItemID: "field-deskside-coaching", Solution: "analytics", Hours: 5},
			planner.ConflictAllowance, "Müller GmbH has 36 of 40 field-activity hours delivered, committed or proposed in the contract year 2026-07-01..2027-06-30; Deskside Coaching needs 5 h"},
		{"contract over", planner.Account{Customer: ended}, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review"},
			planner.ConflictContract, "no day is possible: it must be on or after 2027-01-04 (the start of 2027Q1) and on or before 2026-12-31 (the end of the contract)"},
		{"earlier phase without planned end", noEnd, planner.Request{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", Phase: catalog.GoLive},
			planner.ConflictPhaseOrder, "AEM as a Cloud Service go-live readiness review needs Design to be done (it is in progress, with no planned end)"},
		{"earlier phase ends after the quarter", late, planner.Request{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", Phase: catalog.GoLive},
			planner.ConflictPhaseOrder, "no day is possible: it must be on or after 2027-04-21 (after the planned end of Design) and on or before 2027-04-04 (the end of 2027Q1)"},
		{"unknown key event", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", PrepareFor: "Black Friday"},
			planner.ConflictKeyEvent, `AEM as a Cloud Service go-live readiness review prepares "Black Friday", which is not a key event of Müller GmbH`},
		{"key event already past", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "acc-aemcs-golive-readiness", PrepareFor: "Spring launch", Earliest: catalog.MustDate("2027-03-20")},
			planner.ConflictKeyEvent, "AEM as a Cloud Service go-live readiness review prepares Spring launch (2027-03-15), which is not after 2027-03-20 (the earliest day asked)"},
		{"window outside the quarter", planner.Account{Customer: schedCustomerMuller()}, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review", Earliest: catalog.MustDate("2027-04-06")},
			planner.ConflictOutsideQuarter, "no day is possible: it must be on or after 2027-04-06 (the earliest day asked) and on or before 2027-04-04 (the end of 2027Q1)"},
		{"only holidays in the window", planner.Account{Customer: easter}, planner.Request{CustomerID: schedMuller, ItemID: "pro-roadmap-review",
			Earliest: catalog.MustDate("2027-03-26"), Latest: catalog.MustDate("2027-03-29")},
			planner.ConflictNonBusinessDay, "no business day in EMEA between 2027-03-26 and 2027-03-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prop, err := planner.AutoSchedule(schedInput(tt.account), []planner.Request{tt.req})
			if err != nil {
				t.Fatal(err)
			}
			if len(prop.Placed) != 0 || len(prop.Unplaced) != 1 {
				t.Fatalf("placed %+v, unplaced %+v; want one unplaced", prop.Placed, prop.Unplaced)
			}
			u := prop.Unplaced[0]
			if u.Kind != tt.kind || u.Reason.String() != tt.reason || !reflect.DeepEqual(u.Request, tt.req) {
				t.Errorf("unplaced = %s %q\n      want %s %q", u.Kind, u.Reason, tt.kind, tt.reason)
			}
		})
	}
}

func TestAutoScheduleCountsPlacedAgainstAllowance(t *testing.T) {
	acc := planner.Account{Customer: schedCustomerMuller()}
	for i, day := range []string{"2026-08-03", "2026-09-07", "2026-10-05", "2026-11-02"} {
		acc.Activities = append(acc.Activities, schedActivity(byte(i+1), schedMuller, "acc-target-program-maturity", day, 2))
	}
	reqs := []planner.Request{
		{CustomerID: schedMuller, ItemID: "acc-analytics-implementation-review"},
		{CustomerID: schedMuller, ItemID: "acc-target-program-maturity"},
		{CustomerID: schedMuller, ItemID: "acc-analytics-implementation-review"},
		{CustomerID: schedMuller, ItemID: "field-health-assessment", Solution: "analytics"},
		{CustomerID: schedMuller, ItemID: "field-health-assessment", Solution: "target"},
		{CustomerID: schedMuller, ItemID: "field-health-assessment", Solution: "experience-manager-cloud"},
	}
	prop, err := planner.AutoSchedule(schedInput(acc), reqs)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, u := range prop.Unplaced {
		kinds = append(kinds, fmt.Sprintf("%s %s", u.Request.ItemID, u.Kind))
	}
	// Two accelerators fit (4 + 2 = 6) and two 16 h assessments (32 of 40
	// h). The most hours go first (16, 16, 16, 8, 8, 6), among equals in
	// request order, so the 6 h accelerator and the last assessment are
	// left out.
	want := []string{"acc-target-program-maturity allowance", "field-health-assessment allowance"}
	if len(prop.Placed) != 4 || !slices.Equal(kinds, want) {
		t.Errorf("placed %d, unplaced %q; want 4 placed and %q", len(prop.Placed), kinds, want)
	}
	if got := prop.Unplaced[1].Request.Solution; got != "experience-manager-cloud" {
		t.Errorf("the third assessment left out is for %s, want experience-manager-cloud (the last asked)", got)
	}
}

// TestAutoScheduleProperties checks, over many random portfolios, that an
// auto-scheduled plan never exceeds the weekly capacity, never places an
// activity on a non-business day of the customer's calendar or outside
// the quarter, gives the same output for the same input, leaves nothing
// for CheckPlan to report about what it placed, and gives a reason for
// everything it could not place.
func TestAutoScheduleProperties(t *testing.T) {
	seeds := 300
	if testing.Short() {
		seeds = 40
	}
	placedTotal, unplacedTotal := 0, 0
	kinds := map[planner.ConflictKind]int{}
	for seed := range uint64(seeds) {
		in, reqs := schedRandomPortfolio(seed)
		before := schedDeepCopy(t, in)
		prop, err := planner.AutoSchedule(in, reqs)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if !reflect.DeepEqual(schedDeepCopy(t, in), before) {
			t.Fatalf("seed %d: AutoSchedule changed its input", seed)
		}
		again, err := planner.AutoSchedule(schedDeepCopy(t, in), slices.Clone(reqs))
		if err != nil || !reflect.DeepEqual(prop, again) {
			t.Fatalf("seed %d: the same input gave a different proposal", seed)
		}
		if len(prop.Placed)+len(prop.Unplaced) != len(reqs) {
			t.Fatalf("seed %d: %d placed + %d unplaced != %d requests", seed, len(prop.Placed), len(prop.Unplaced), len(reqs))
		}
		placedTotal += len(prop.Placed)
		unplacedTotal += len(prop.Unplaced)
		for _, u := range prop.Unplaced {
			kinds[u.Kind]++
			if u.Kind == "" || strings.TrimSpace(u.Reason.String()) == "" {
				t.Fatalf("seed %d: unplaced without a reason: %+v", seed, u)
			}
		}
		schedCheckProposal(t, seed, in, prop)
	}
	// The generator must exercise both outcomes, or the test proves little.
	if placedTotal < 5*seeds || unplacedTotal < seeds {
		t.Errorf("over %d seeds: %d placed, %d unplaced; the generator is too one-sided", seeds, placedTotal, unplacedTotal)
	}
	for _, k := range []planner.ConflictKind{planner.ConflictCapacity, planner.ConflictAllowance, planner.ConflictNotLicensed, planner.ConflictKeyEvent} {
		if kinds[k] == 0 && !testing.Short() {
			t.Errorf("no request was left out for %s; the generator misses a case", k)
		}
	}
}

// schedCheckProposal checks the properties of one proposal.
func schedCheckProposal(t *testing.T, seed uint64, in planner.PlanInput, prop planner.Proposal) {
	t.Helper()
	q := in.Quarter
	weeks := q.Weeks()
	weekOf := func(d catalog.Date) int {
		for i, w := range weeks {
			if !d.Before(w.Monday) && !d.After(w.Sunday()) {
				return i
			}
		}
		return -1
	}
	existing := make([]float64, len(weeks))
	placed := make([]float64, len(weeks))
	byCustomer := map[planner.ID]int{}
	for i, a := range in.Accounts {
		byCustomer[a.Customer.ID] = i
		for _, act := range a.Activities {
			if w := weekOf(act.Date); w >= 0 && act.Status.Counts() && act.Hours > 0 {
				existing[w] += act.Hours
			}
		}
	}
	ids := map[planner.ID]bool{}
	withPlaced := slices.Clone(in.Accounts)
	for i := range withPlaced {
		withPlaced[i].Activities = slices.Clone(withPlaced[i].Activities)
	}
	for _, a := range prop.Placed {
		if ids[a.ID] {
			t.Fatalf("seed %d: ID %s placed twice", seed, a.ID)
		}
		ids[a.ID] = true
		if !q.Contains(a.Date) || a.Status != planner.ActivityProposed {
			t.Fatalf("seed %d: placed %s (%s) outside %s or not proposed", seed, a.Date, a.Status, q)
		}
		ci := byCustomer[a.CustomerID]
		cal, err := planner.CustomerCalendar(in.Catalog, in.Settings, in.Accounts[ci].Customer)
		if err != nil {
			t.Fatal(err)
		}
		if !cal.IsBusinessDay(a.Date) {
			t.Fatalf("seed %d: placed on %s, not a business day for %s (%s)", seed, a.Date, in.Accounts[ci].Customer.Name, cal.NonBusinessReason(a.Date))
		}
		placed[weekOf(a.Date)] += a.Hours
		withPlaced[ci].Activities = append(withPlaced[ci].Activities, a)
	}
	for w := range weeks {
		if placed[w] > 0 && existing[w]+placed[w] > in.Settings.WeeklyCapacityHours+1e-9 {
			t.Fatalf("seed %d: %s has %g h existing + %g h placed, capacity %g", seed, weeks[w], existing[w], placed[w], in.Settings.WeeklyCapacityHours)
		}
	}
	check := in
	check.Accounts = withPlaced
	conflicts, err := planner.CheckPlan(check)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range conflicts {
		if ids[c.ActivityID] {
			t.Fatalf("seed %d: placed activity has a conflict: %s %s", seed, c.Kind, c.Reason)
		}
		if c.Kind == planner.ConflictCapacity && placed[weekOf(c.Week)] > 0 {
			t.Fatalf("seed %d: placed into a week over capacity: %s", seed, c.Reason)
		}
	}
}

// schedDeepCopy copies a PlanInput's accounts deeply enough to detect
// changes (the catalog is shared).
func schedDeepCopy(t *testing.T, in planner.PlanInput) planner.PlanInput {
	t.Helper()
	out := in
	out.Accounts = make([]planner.Account, len(in.Accounts))
	for i, a := range in.Accounts {
		out.Accounts[i] = a.Clone()
	}
	return out
}

// schedRandomPortfolio builds a random portfolio and random requests for
// 2027Q1 from seed.
func schedRandomPortfolio(seed uint64) (planner.PlanInput, []planner.Request) {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	cat := schedCatalog()
	in := schedInput()
	in.Catalog = cat
	in.Settings.WeeklyCapacityHours = float64(10 + r.IntN(31))
	if r.IntN(4) == 0 {
		in.ReadinessLead = planner.LeadWindow{MinDays: r.IntN(5), MaxDays: 5 + r.IntN(30)}
	}
	solutions := []catalog.SolutionID{"analytics", "target", "commerce", "experience-manager-cloud"}
	q := in.Quarter
	randomDay := func(from catalog.Date, span int) catalog.Date { return from.AddDays(r.IntN(span)) }
	items := cat.Items()

	var reqs []planner.Request
	for c := range 1 + r.IntN(10) {
		id := planner.ID{0x01, 0x92, byte(seed >> 8), byte(seed), 0, byte(c), 0x70, 0, 0x80, 0, 0, 0, 0, 0, 0, byte(c)}
		cust := planner.Customer{ID: id, Name: fmt.Sprintf("Customer %d", c), Region: catalog.EMEA}
		if r.IntN(2) == 0 {
			cust.Region = catalog.Americas
		}
		cust.Membership.Tier = catalog.Ultimate
		if r.IntN(6) == 0 {
			cust.Membership.Tier = catalog.Expert
		}
		for _, s := range solutions {
			if r.IntN(3) > 0 {
				cust.Membership.Solutions = append(cust.Membership.Solutions, s)
			}
		}
		cust.Contract.Start = randomDay(catalog.MustDate("2026-01-01"), 450)
		if r.IntN(5) == 0 {
			cust.Contract.End = randomDay(catalog.MustDate("2027-01-15"), 120)
		}
		cust.Contract.Allowances = planner.Allowances{AcceleratorsPerYear: r.IntN(8), FieldHoursPerYear: 8 * r.IntN(6)}
		if r.IntN(5) == 0 {
			cust.Holidays = []catalog.Holiday{{Date: randomDay(q.First(), 90), Name: "Company day"}}
		}
		for e := range r.IntN(3) {
			cust.KeyEvents = append(cust.KeyEvents, planner.KeyEvent{Name: fmt.Sprintf("Event %d", e), Date: randomDay(q.First(), 100)})
		}
		acc := planner.Account{Customer: cust}
		if r.IntN(2) == 0 {
			eng := planner.NewEngagement(cat, id, "Programme")
			open := r.IntN(len(eng.Phases) + 1)
			for i := range eng.Phases {
				switch {
				case i < open:
					eng.Phases[i].Status = planner.PhaseDone
				case i == open:
					eng.Phases[i].Status = planner.PhaseInProgress
				}
				if i >= open && r.IntN(3) > 0 {
					eng.Phases[i].PlannedEnd = randomDay(q.First(), 80)
				}
			}
			acc.Engagements = []planner.Engagement{eng}
		}
		for a := range r.IntN(8) {
			it := items[r.IntN(len(items))]
			act := planner.Activity{
				ID:         planner.ID{0x01, 0x93, byte(seed >> 8), byte(seed), byte(c), byte(a), 0x70, 0, 0x80},
				CustomerID: id, ItemID: it.ID, Date: randomDay(q.First().AddDays(-120), 210),
				Hours: float64(1 + r.IntN(10)), Status: planner.ActivityScheduled,
			}
			if len(it.Solutions) > 0 {
				act.Solution = it.Solutions[r.IntN(len(it.Solutions))]
			}
			switch r.IntN(6) {
			case 0:
				act.Status = planner.ActivityDelivered
			case 1:
				act.Status = planner.ActivityCancelled
			}
			acc.Activities = append(acc.Activities, act)
		}
		in.Accounts = append(in.Accounts, acc)

		for range r.IntN(12) {
			it := items[r.IntN(len(items)-1)] // leave out the add-on, the last item
			req := planner.Request{CustomerID: id, ItemID: it.ID}
			if len(it.Solutions) > 0 {
				req.Solution = it.Solutions[r.IntN(len(it.Solutions))]
			}
			if r.IntN(2) == 0 {
				req.Hours = float64(1 + r.IntN(12))
			}
			if len(it.Phases) > 0 && r.IntN(2) == 0 {
				req.Phase = it.Phases[r.IntN(len(it.Phases))]
			}
			if len(cust.KeyEvents) > 0 && r.IntN(3) == 0 {
				req.PrepareFor = cust.KeyEvents[r.IntN(len(cust.KeyEvents))].Name
			} else if r.IntN(10) == 0 {
				req.PrepareFor = "Unknown event"
			}
			if r.IntN(4) == 0 {
				req.Earliest = randomDay(q.First().AddDays(-10), 90)
			}
			if r.IntN(4) == 0 {
				req.Latest = randomDay(q.First(), 100)
			}
			reqs = append(reqs, req)
		}
	}
	return in, reqs
}

// TestAutoScheduleSamplePortfolio schedules, for every customer of the
// sample portfolio on the shipped catalog, its three best suggestions in
// the next quarter, and checks the proposal like the property test does.
func TestAutoScheduleSamplePortfolio(t *testing.T) {
	cat := catalog.Default()
	today := catalog.MustDate("2027-01-12")
	in := planner.PlanInput{Catalog: cat, Settings: planner.DefaultSettings(), Accounts: sample.Portfolio(cat, today),
		Quarter: planner.QuarterOf(today).Next()}
	var reqs []planner.Request
	for _, a := range in.Accounts {
		suggestions := planner.Suggest(cat, a, today)
		for _, s := range suggestions[:min(3, len(suggestions))] {
			reqs = append(reqs, planner.Request{CustomerID: a.Customer.ID, ItemID: s.Item.ID, Solution: s.Solution})
		}
	}
	if len(reqs) < 6 {
		t.Fatalf("only %d requests from the sample portfolio's suggestions", len(reqs))
	}
	prop, err := planner.AutoSchedule(in, reqs)
	if err != nil {
		t.Fatal(err)
	}
	if len(prop.Placed) == 0 {
		t.Fatalf("nothing placed; unplaced: %+v", prop.Unplaced)
	}
	for _, u := range prop.Unplaced {
		if u.Kind == planner.ConflictNotEntitled || u.Kind == planner.ConflictNotLicensed {
			t.Errorf("a suggestion was not entitled: %s", u.Reason)
		}
	}
	schedCheckProposal(t, 0, in, prop)
}
