package planner_test

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// schedCatalog returns a small catalog for the scheduling tests: two
// tiers, a few solutions (one family), the five phases, accelerators,
// field activities, a proactive service, an add-on and two regions with
// holidays around 2027Q1.
func schedCatalog() *catalog.Catalog {
	return &catalog.Catalog{
		Version: "test",
		Solutions: []catalog.Solution{
			{ID: "analytics", Name: "Analytics"},
			{ID: "target", Name: "Target"},
			{ID: "commerce", Name: "Commerce"},
			{ID: "experience-manager", Name: "Experience Manager"},
			{ID: "experience-manager-cloud", Name: "AEM as a Cloud Service", Family: "experience-manager"},
		},
		Tiers: []catalog.Tier{
			{ID: catalog.Expert, Name: "Expert Success", NSCLimit: 4, Accelerators: false, Proactive: false},
			{ID: catalog.Ultimate, Name: "Ultimate Success", NSCLimit: 15, Accelerators: true, Proactive: true},
		},
		AddOns: []catalog.AddOn{{ID: "event-management", Name: "Event Management",
			States: map[catalog.TierID]catalog.AddOnState{catalog.Expert: catalog.StateAvailable, catalog.Ultimate: catalog.StateAvailable}}},
		Regions: []catalog.Region{
			{ID: catalog.EMEA, Name: "EMEA", TimeZone: "Europe/London", Open: "09:00", Close: "17:00", Holidays: []catalog.Holiday{
				{Date: catalog.MustDate("2026-12-25"), Name: "Christmas Day"},
				{Date: catalog.MustDate("2026-12-28"), Name: "Boxing Day (observed)"},
				{Date: catalog.MustDate("2027-01-01"), Name: "New Year's Day"},
				{Date: catalog.MustDate("2027-03-26"), Name: "Good Friday"},
				{Date: catalog.MustDate("2027-03-29"), Name: "Easter Monday"},
			}},
			{ID: catalog.Americas, Name: "Americas", TimeZone: "America/Los_Angeles", Open: "06:00", Close: "17:30", Holidays: []catalog.Holiday{
				{Date: catalog.MustDate("2027-01-01"), Name: "New Year's Day"},
				{Date: catalog.MustDate("2027-01-18"), Name: "Martin Luther King Jr. Day"},
				{Date: catalog.MustDate("2027-02-15"), Name: "Presidents' Day"},
			}},
		},
		Phases: []catalog.Phase{
			{ID: catalog.Kickoff, Name: "Kickoff", Deliverable: "Kickoff deck, including the project collaboration plan", DeliverableKind: "kickoff"},
			{ID: catalog.Define, Name: "Define", Deliverable: "Assessment and recommendations document", DeliverableKind: "assessment"},
			{ID: catalog.Design, Name: "Design"},
			{ID: catalog.GoLive, Name: "Go-Live"},
			{ID: catalog.PostLaunch, Name: "Post-Launch", Deliverable: "Engagement summary", DeliverableKind: "summary"},
		},
		Accelerators: []catalog.Accelerator{
			{ID: "acc-analytics-implementation-review", Name: "Analytics implementation review", Solution: "analytics",
				Category: "optimisation", Phases: []catalog.PhaseID{catalog.Define, catalog.Design}, Hours: 8},
			{ID: "acc-target-program-maturity", Name: "Target programme maturity review", Solution: "target",
				Category: "adoption", Phases: []catalog.PhaseID{catalog.Define}, Hours: 6},
			{ID: "acc-aemcs-golive-readiness", Name: "AEM as a Cloud Service go-live readiness review", Solution: "experience-manager-cloud",
				Category: "readiness", Phases: []catalog.PhaseID{catalog.GoLive}, Hours: 8},
			{ID: "acc-aem-upgrade-readiness", Name: "Experience Manager upgrade readiness", Solution: "experience-manager",
				Category: "readiness", Phases: []catalog.PhaseID{catalog.Design, catalog.GoLive}, Hours: 6},
			{ID: "acc-commerce-peak-readiness", Name: "Commerce peak-season readiness review", Solution: "commerce",
				Category: "readiness", Phases: []catalog.PhaseID{catalog.GoLive, catalog.PostLaunch}, Hours: 12},
		},
		FieldActivities: []catalog.FieldActivity{
			{ID: "field-health-assessment", Name: "Health Assessment", Hours: 16,
				Solutions: []catalog.SolutionID{"analytics", "target", "commerce", "experience-manager"}, Phases: []catalog.PhaseID{catalog.PostLaunch}},
			{ID: "field-deskside-coaching", Name: "Deskside Coaching", Hours: 4,
				Solutions: []catalog.SolutionID{"analytics", "target", "experience-manager"}},
		},
		ProactiveActivities: []catalog.ProactiveActivity{
			{ID: "pro-roadmap-review", Name: "Product roadmap review", Tiers: []catalog.TierID{catalog.Ultimate}, Hours: 2},
		},
	}
}

// Fixed IDs for the tests.
var (
	schedMuller = planner.ID{0x01, 0x90, 0, 0, 0, 0, 0x70, 1, 0x80, 0, 0, 0, 0, 0, 0, 1}
	schedAcme   = planner.ID{0x01, 0x90, 0, 0, 0, 0, 0x70, 1, 0x80, 0, 0, 0, 0, 0, 0, 2}
)

// schedCustomerMuller is an Ultimate customer in EMEA licensing Analytics,
// Target and AEM as a Cloud Service, with six accelerators and 40
// field-activity hours per contract year from 1 July.
func schedCustomerMuller() planner.Customer {
	return planner.Customer{
		ID: schedMuller, Name: "Müller GmbH", Region: catalog.EMEA,
		Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"analytics", "target", "experience-manager-cloud"}},
		Contract: planner.Contract{Start: catalog.MustDate("2026-07-01"), End: catalog.MustDate("2028-06-30"),
			Allowances: planner.Allowances{AcceleratorsPerYear: 6, FieldHoursPerYear: 40}},
		KeyEvents: []planner.KeyEvent{{Name: "Spring launch", Date: catalog.MustDate("2027-03-15")}},
	}
}

// schedActivity returns a scheduled activity with a fixed ID derived from n.
func schedActivity(n byte, customer planner.ID, item string, day string, hours float64) planner.Activity {
	return planner.Activity{
		ID:         planner.ID{0x01, 0x91, 0, 0, 0, n, 0x70, 1, 0x80, 0, 0, 0, 0, 0, 0, n},
		CustomerID: customer, ItemID: item, Date: catalog.MustDate(day), Hours: hours, Status: planner.ActivityScheduled,
	}
}

func schedInput(accounts ...planner.Account) planner.PlanInput {
	s := planner.DefaultSettings()
	s.WeeklyCapacityHours = 30
	return planner.PlanInput{Catalog: schedCatalog(), Settings: s, Accounts: accounts, Quarter: planner.Quarter{Year: 2027, Number: 1}}
}

func TestNewScheduleRejectsBadInput(t *testing.T) {
	good := schedInput(planner.Account{Customer: schedCustomerMuller()})
	tests := []struct {
		name   string
		change func(*planner.PlanInput)
		want   string
	}{
		{"no catalog", func(in *planner.PlanInput) { in.Catalog = nil }, "no catalog"},
		{"no quarter", func(in *planner.PlanInput) { in.Quarter = planner.Quarter{} }, "is not a quarter"},
		{"zero capacity", func(in *planner.PlanInput) { in.Settings.WeeklyCapacityHours = 0 }, "weekly capacity must be more than 0 hours, not 0"},
		{"inverted lead", func(in *planner.PlanInput) { in.ReadinessLead = planner.LeadWindow{MinDays: 10, MaxDays: 5} }, "is not a window"},
		{"unknown region", func(in *planner.PlanInput) {
			in.Accounts = []planner.Account{{Customer: planner.Customer{Name: "Nowhere Ltd", Region: "mars"}}}
		}, `customer "Nowhere Ltd": unknown region "mars"`},
		{"bad zone", func(in *planner.PlanInput) {
			in.Settings.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.EMEA: {TimeZone: "Europe/Atlantis"}}
		}, "Europe/Atlantis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := good
			in.Catalog = schedCatalog()
			tt.change(&in)
			_, err := planner.NewSchedule(in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("NewSchedule error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	if _, err := planner.NewSchedule(good); err != nil {
		t.Fatalf("NewSchedule(good input) = %v", err)
	}
}

func TestQuarterLoad(t *testing.T) {
	muller := planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
		schedActivity(1, schedMuller, "acc-analytics-implementation-review", "2026-12-30", 8), // 2026-W53: in 2026Q4
		schedActivity(2, schedMuller, "acc-target-program-maturity", "2027-01-12", 6),
		schedActivity(3, schedMuller, "field-deskside-coaching", "2027-01-13", 20),
		schedActivity(4, schedMuller, "field-deskside-coaching", "2027-01-14", 4),
		schedActivity(5, schedMuller, "field-deskside-coaching", "2027-04-05", 4), // 2027-W14: in 2027Q2
		schedActivity(7, schedMuller, "pro-roadmap-review", "2027-04-02", 2),      // 2027-W13, the last week
	}}
	muller.Activities[3].Status = planner.ActivityCancelled
	acme := planner.Account{Customer: planner.Customer{ID: schedAcme, Name: "Acme Inc", Region: catalog.Americas,
		Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"commerce"}}}}
	acme.Activities = []planner.Activity{schedActivity(6, schedAcme, "acc-commerce-peak-readiness", "2027-01-15", 12)}

	w, err := planner.QuarterLoad(schedInput(muller, acme))
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Weeks) != 13 || w.Capacity != 30 {
		t.Fatalf("weeks = %d, capacity = %g; want 13 weeks of 30 h", len(w.Weeks), w.Capacity)
	}
	wantWeeks := map[string]struct {
		hours float64
		over  bool
	}{"2027-01-11": {38, true}, "2027-01-04": {0, false}, "2027-03-29": {2, false}}
	for _, wk := range w.Weeks {
		want, ok := wantWeeks[wk.Week.Monday.String()]
		if !ok {
			if wk.Hours != 0 {
				t.Errorf("%s: %g h, want 0", wk.Week, wk.Hours)
			}
			continue
		}
		if wk.Hours != want.hours || wk.Over != want.over || wk.Free() != 30-want.hours {
			t.Errorf("%s: %g h (over %t, free %g), want %g h (over %t)", wk.Week, wk.Hours, wk.Over, wk.Free(), want.hours, want.over)
		}
	}
	if len(w.Customers) != 2 || w.Customers[0].Name != "Müller GmbH" || w.Customers[1].CustomerID != schedAcme {
		t.Fatalf("customers = %+v", w.Customers)
	}
	if got := w.Customers[0].Total; got != 28 {
		t.Errorf("Müller total = %g, want 28 (6 + 20 + 2; cancelled ones and those of other quarters left out)", got)
	}
	if got := w.Customers[1].Hours[1]; got != 12 {
		t.Errorf("Acme week 2 = %g, want 12", got)
	}
}

// TestActivityCountsInOneQuarter checks that an activity in the week that
// spans the year end 2026/2027 counts in one quarter only, for its hours,
// its week's capacity and its conflicts, and that the capacity of the two
// quarters counts that week once.
func TestActivityCountsInOneQuarter(t *testing.T) {
	muller := planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
		schedActivity(1, schedMuller, "field-deskside-coaching", "2026-12-29", 40), // over the 30 h capacity
	}}
	counted := 0
	weeks := 0
	for _, q := range []planner.Quarter{{Year: 2026, Number: 4}, {Year: 2027, Number: 1}} {
		in := schedInput(muller)
		in.Quarter = q
		w, err := planner.QuarterLoad(in)
		if err != nil {
			t.Fatal(err)
		}
		weeks += len(w.Weeks)
		total := 0.0
		for _, c := range w.Customers {
			total += c.Total
		}
		conflicts, err := planner.CheckPlan(in)
		if err != nil {
			t.Fatal(err)
		}
		capacity := 0
		for _, c := range conflicts {
			if c.Kind == planner.ConflictCapacity {
				capacity++
			}
		}
		inQuarter := q.Contains(catalog.MustDate("2026-12-29"))
		switch {
		case total == 40 && capacity == 1 && inQuarter:
			counted++
		case total != 0 || capacity != 0 || inQuarter:
			t.Errorf("%s: %g h, %d capacity conflicts, contains the day %t; want all or nothing", q, total, capacity, inQuarter)
		}
	}
	if counted != 1 {
		t.Errorf("the activity of 2026-12-29 counts in %d quarters, want 1", counted)
	}
	if weeks != 14+13 {
		t.Errorf("2026Q4 and 2027Q1 hold %d weeks, want 27 (14 + 13, the week of 2026-12-28 once)", weeks)
	}
}
