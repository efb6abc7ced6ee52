package planner_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// schedEngagement returns an engagement of Müller with the first phases
// done and the given status for Design, planned to end on designEnd
// ("" for none).
func schedEngagement(design planner.PhaseStatus, designEnd string) planner.Engagement {
	e := planner.NewEngagement(schedCatalog(), schedMuller, "Cloud migration")
	e.Phases[0].Status = planner.PhaseDone
	e.Phases[1].Status = planner.PhaseDone
	e.Phases[2].Status = design
	if designEnd != "" {
		e.Phases[2].PlannedEnd = catalog.MustDate(designEnd)
	}
	return e
}

func TestCheckPlanConflictKinds(t *testing.T) {
	type want struct {
		kind   planner.ConflictKind
		reason string
	}
	tests := []struct {
		name    string
		account func() planner.Account
		want    []want
	}{
		{
			name: "a clean plan",
			account: func() planner.Account {
				coaching := schedActivity(2, schedMuller, "field-deskside-coaching", "2027-01-13", 4)
				coaching.Solution = "experience-manager-cloud" // listed through its family
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "acc-analytics-implementation-review", "2027-01-12", 8), coaching,
				}}
			},
		},
		{
			name: "field activity without a solution",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "field-deskside-coaching", "2027-01-13", 4),
				}}
			},
			want: []want{{planner.ConflictNotEntitled, `field activity "field-deskside-coaching": name the solution it is for`}},
		},
		{
			name: "over capacity in a week",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "acc-analytics-implementation-review", "2027-01-11", 16),
					schedActivity(2, schedMuller, "acc-target-program-maturity", "2027-01-12", 18),
				}}
			},
			want: []want{{planner.ConflictCapacity, "Week of 2027-01-11: 34 h planned, capacity 30 h"}},
		},
		{
			name: "tier without accelerators",
			account: func() planner.Account {
				c := schedCustomerMuller()
				c.Membership.Tier = catalog.Expert
				return planner.Account{Customer: c, Activities: []planner.Activity{
					schedActivity(1, schedMuller, "acc-analytics-implementation-review", "2027-01-12", 8),
				}}
			},
			want: []want{{planner.ConflictNotEntitled, "Success Accelerators are not included in Expert Success"}},
		},
		{
			name: "contract without field-activity hours",
			account: func() planner.Account {
				c := schedCustomerMuller()
				c.Contract.Allowances.FieldHoursPerYear = 0
				a := schedActivity(1, schedMuller, "field-deskside-coaching", "2027-01-12", 4)
				a.Solution = "analytics"
				return planner.Account{Customer: c, Activities: []planner.Activity{a}}
			},
			want: []want{{planner.ConflictNotEntitled, "The contract includes no field-activity hours; hours can be added"}},
		},
		{
			name: "unknown item",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "acc-nonexistent", "2027-01-12", 8),
				}}
			},
			want: []want{{planner.ConflictNotEntitled, `the catalog has no item "acc-nonexistent"`}},
		},
		{
			name: "solution not licensed",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "acc-commerce-peak-readiness", "2027-01-12", 12),
				}}
			},
			want: []want{{planner.ConflictNotLicensed, "Commerce peak-season readiness review is for Commerce, which Müller GmbH does not license"}},
		},
		{
			name: "accelerators used up",
			account: func() planner.Account {
				var acts []planner.Activity
				// Five in 2026 (one delivered), two in the quarter: the
				// second of those is the seventh of the contract year.
				for i, day := range []string{"2026-08-03", "2026-09-07", "2026-10-05", "2026-11-02", "2026-12-01", "2027-02-02", "2027-03-02"} {
					acts = append(acts, schedActivity(byte(i+1), schedMuller, "acc-analytics-implementation-review", day, 2))
				}
				acts[0].Status = planner.ActivityDelivered
				// Cancelled and next-year activities do not count.
				cancelled := schedActivity(20, schedMuller, "acc-target-program-maturity", "2027-01-05", 2)
				cancelled.Status = planner.ActivityCancelled
				acts = append(acts, cancelled, schedActivity(21, schedMuller, "acc-target-program-maturity", "2027-07-06", 2))
				return planner.Account{Customer: schedCustomerMuller(), Activities: acts}
			},
			want: []want{{planner.ConflictAllowance, "Müller GmbH has 6 of 6 accelerators delivered, committed or proposed in the contract year 2026-07-01..2027-06-30"}},
		},
		{
			name: "field-activity hours used up",
			account: func() planner.Account {
				acts := []planner.Activity{
					schedActivity(1, schedMuller, "field-health-assessment", "2026-10-06", 16),
					schedActivity(2, schedMuller, "field-health-assessment", "2027-01-12", 16),
					schedActivity(3, schedMuller, "field-health-assessment", "2027-02-09", 16),
					schedActivity(4, schedMuller, "field-deskside-coaching", "2027-03-09", 4),
				}
				for i := range acts {
					acts[i].Solution = "analytics"
				}
				return planner.Account{Customer: schedCustomerMuller(), Activities: acts}
			},
			// 16 + 16 = 32 of 40; the third assessment does not fit, the
			// coaching after it does.
			want: []want{{planner.ConflictAllowance, "Müller GmbH has 32 of 40 field-activity hours delivered, committed or proposed in the contract year 2026-07-01..2027-06-30; Health Assessment needs 16 h"}},
		},
		{
			name: "after the contract",
			account: func() planner.Account {
				c := schedCustomerMuller()
				c.Contract.End = catalog.MustDate("2027-01-31")
				return planner.Account{Customer: c, Activities: []planner.Activity{
					schedActivity(1, schedMuller, "pro-roadmap-review", "2027-02-10", 2),
				}}
			},
			want: []want{{planner.ConflictContract, "Wed 2027-02-10 is after the end of Müller GmbH's contract (2027-01-31)"}},
		},
		{
			name: "before the contract",
			account: func() planner.Account {
				c := schedCustomerMuller()
				c.Contract.Start = catalog.MustDate("2027-02-01")
				return planner.Account{Customer: c, Activities: []planner.Activity{
					schedActivity(1, schedMuller, "pro-roadmap-review", "2027-01-27", 2),
				}}
			},
			want: []want{{planner.ConflictContract, "Wed 2027-01-27 is before the start of Müller GmbH's contract (2027-02-01)"}},
		},
		{
			name: "weekend",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "pro-roadmap-review", "2027-01-16", 2),
				}}
			},
			want: []want{{planner.ConflictNonBusinessDay, "Sat 2027-01-16 is not a business day in EMEA"}},
		},
		{
			name: "holiday in the region",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "pro-roadmap-review", "2027-03-26", 2),
				}}
			},
			want: []want{{planner.ConflictNonBusinessDay, "Good Friday (Fri 2027-03-26) is a holiday in EMEA"}},
		},
		{
			name: "holiday in 2026-W53, a week of the quarter before",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "pro-roadmap-review", "2026-12-28", 2),
				}}
			},
			want: nil,
		},
		{
			name: "customer's own holidays",
			account: func() planner.Account {
				c := schedCustomerMuller()
				c.Holidays = []catalog.Holiday{{Date: catalog.MustDate("2027-02-16"), Name: "Carnival"}}
				return planner.Account{Customer: c, Activities: []planner.Activity{
					schedActivity(1, schedMuller, "pro-roadmap-review", "2027-02-16", 2),
					schedActivity(2, schedMuller, "pro-roadmap-review", "2027-03-26", 2), // region holiday replaced
				}}
			},
			want: []want{{planner.ConflictNonBusinessDay, "Carnival (Tue 2027-02-16) is a holiday in Müller GmbH's calendar"}},
		},
		{
			name: "customer's own holidays end before the activities' year",
			account: func() planner.Account {
				c := schedCustomerMuller()
				c.Holidays = []catalog.Holiday{{Date: catalog.MustDate("2026-12-25"), Name: "Christmas Day"}}
				return planner.Account{Customer: c, Activities: []planner.Activity{
					schedActivity(1, schedMuller, "pro-roadmap-review", "2027-02-16", 2),
					schedActivity(2, schedMuller, "pro-roadmap-review", "2027-01-13", 2),
				}}
			},
			want: []want{{planner.ConflictNoHolidays, "No holidays known for EMEA in 2027: business days are counted as Monday to Friday"}},
		},
		{
			name: "earlier phase open without a planned end",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-02-10", 8)
				a.Phase = catalog.GoLive
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{a},
					Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "")}}
			},
			want: []want{{planner.ConflictPhaseOrder, "AEM as a Cloud Service go-live readiness review needs Design to be done (it is in progress, with no planned end)"}},
		},
		{
			name: "before the planned end of an earlier phase",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-02-10", 8)
				a.Phase = catalog.GoLive
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{a},
					Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "2027-02-12")}}
			},
			want: []want{{planner.ConflictPhaseOrder, "AEM as a Cloud Service go-live readiness review needs Design to be done (it is in progress, planned to end 2027-02-12)"}},
		},
		{
			name: "after the planned end of an earlier phase",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-02-15", 8)
				a.Phase = catalog.GoLive
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{a},
					Engagements: []planner.Engagement{schedEngagement(planner.PhaseInProgress, "2027-02-12")}}
			},
		},
		{
			name: "earlier phase skipped",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-02-10", 8)
				a.Phase = catalog.GoLive
				e := schedEngagement(planner.PhaseSkipped, "")
				e.Phases[2].SkipReason = "joined in Go-Live"
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{a}, Engagements: []planner.Engagement{e}}
			},
		},
		{
			name: "readiness after its key event",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-03-17", 8)
				a.PrepareFor = "Spring launch"
				c := schedCustomerMuller()
				c.KeyEvents = []planner.KeyEvent{{Name: "Spring launch", Date: catalog.MustDate("2027-03-15")}}
				return planner.Account{Customer: c, Activities: []planner.Activity{a}}
			},
			want: []want{{planner.ConflictKeyEvent, "AEM as a Cloud Service go-live readiness review falls after Spring launch (2027-03-15), the key event it prepares"}},
		},
		{
			name: "readiness on its key event",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-03-15", 8)
				a.PrepareFor = "spring launch"
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{a}}
			},
			want: []want{{planner.ConflictKeyEvent, "AEM as a Cloud Service go-live readiness review falls on Spring launch (2027-03-15), the key event it prepares"}},
		},
		{
			name: "readiness before the next event of the same name",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-03-17", 8)
				a.PrepareFor = "Release"
				c := schedCustomerMuller()
				c.KeyEvents = []planner.KeyEvent{{Name: "Release", Date: catalog.MustDate("2027-02-01")}, {Name: "Release", Date: catalog.MustDate("2027-05-03")}}
				return planner.Account{Customer: c, Activities: []planner.Activity{a}}
			},
		},
		{
			name: "readiness for an unknown event",
			account: func() planner.Account {
				a := schedActivity(1, schedMuller, "acc-aemcs-golive-readiness", "2027-03-08", 8)
				a.PrepareFor = "Black Friday"
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{a}}
			},
			want: []want{{planner.ConflictKeyEvent, `AEM as a Cloud Service go-live readiness review prepares "Black Friday", which is not a key event of Müller GmbH`}},
		},
		{
			name: "delivered and cancelled activities are not checked for dates",
			account: func() planner.Account {
				delivered := schedActivity(1, schedMuller, "pro-roadmap-review", "2027-01-16", 2)
				delivered.Status = planner.ActivityDelivered
				cancelled := schedActivity(2, schedMuller, "acc-commerce-peak-readiness", "2027-01-17", 2)
				cancelled.Status = planner.ActivityCancelled
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{delivered, cancelled}}
			},
		},
		{
			name: "activities outside the quarter's weeks are not checked",
			account: func() planner.Account {
				return planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
					schedActivity(1, schedMuller, "acc-commerce-peak-readiness", "2027-04-10", 2),
					schedActivity(2, schedMuller, "acc-commerce-peak-readiness", "2026-12-20", 2),
				}}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := planner.CheckPlan(schedInput(tt.account()))
			if err != nil {
				t.Fatal(err)
			}
			var gotW []want
			for _, c := range got {
				gotW = append(gotW, want{c.Kind, c.Reason.String()})
			}
			if !slices.Equal(gotW, tt.want) {
				t.Errorf("conflicts:\n got %q\nwant %q", gotW, tt.want)
			}
		})
	}
}

// TestCheckPlanNamesAComputedHolidayForTheReader checks that a conflict
// on a holiday of the region's built-in calendar carries how the calendar
// names the day, so that a reader's language can name it, and a holiday
// of the customer's own list its name alone.
func TestCheckPlanNamesAComputedHolidayForTheReader(t *testing.T) {
	holidayOf := func(account planner.Account) planner.HolidayName {
		t.Helper()
		in := schedInput(account)
		in.Catalog = catalog.Default() // whose regions' holidays are computed by rules
		got, err := planner.CheckPlan(in)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || len(got[0].Reason.Args) == 0 {
			t.Fatalf("conflicts %v", got)
		}
		h, ok := got[0].Reason.Args[0].(planner.HolidayName)
		if !ok {
			t.Fatalf("the conflict %q names the holiday by a %T", got[0].Reason, got[0].Reason.Args[0])
		}
		return h
	}
	activity := schedActivity(1, schedMuller, "pro-roadmap-review", "2027-03-26", 2)
	h := holidayOf(planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{activity}})
	if want := (catalog.HolidayName{Calendar: "gb-eaw", Holiday: "good-friday"}); h.Name != "Good Friday" || h.Rule != want {
		t.Errorf("Good Friday is named %+v", h)
	}
	own := schedCustomerMuller()
	own.Holidays = []catalog.Holiday{{Date: catalog.MustDate("2027-03-26"), Name: "Good Friday"}}
	if h := holidayOf(planner.Account{Customer: own, Activities: []planner.Activity{activity}}); h.Name != "Good Friday" || !h.Rule.IsZero() {
		t.Errorf("the customer's own Good Friday is named %+v", h)
	}
}

func TestCheckPlanConflictFields(t *testing.T) {
	weekend := schedActivity(1, schedMuller, "pro-roadmap-review", "2027-01-16", 2)
	heavy := schedActivity(2, schedMuller, "acc-analytics-implementation-review", "2027-01-12", 31)
	got, err := planner.CheckPlan(schedInput(planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{weekend, heavy}}))
	if err != nil {
		t.Fatal(err)
	}
	// A conflict as the test compares it: its reason in English.
	type conflict struct {
		Kind                   planner.ConflictKind
		ActivityID, CustomerID planner.ID
		Week, Date             planner.Date
		Reason                 string
	}
	want := []conflict{
		{Kind: planner.ConflictCapacity, Week: catalog.MustDate("2027-01-11"), Reason: "Week of 2027-01-11: 33 h planned, capacity 30 h"},
		{Kind: planner.ConflictNonBusinessDay, ActivityID: weekend.ID, CustomerID: schedMuller, Week: catalog.MustDate("2027-01-11"),
			Date: weekend.Date, Reason: "Sat 2027-01-16 is not a business day in EMEA"},
	}
	var gotC []conflict
	for _, c := range got {
		gotC = append(gotC, conflict{c.Kind, c.ActivityID, c.CustomerID, c.Week, c.Date, c.Reason.String()})
	}
	if !slices.Equal(gotC, want) {
		t.Errorf("conflicts:\n got %+v\nwant %+v", gotC, want)
	}
	if got[1].String() != got[1].Reason.String() {
		t.Errorf("String() = %q, want the reason", got[1].String())
	}
	// The day is kept as a day, so that a translation can name its weekday.
	if d, ok := got[1].Reason.Args[0].(planner.WeekdayDate); !ok || planner.Date(d) != weekend.Date {
		t.Errorf("the reason's first argument is %#v, want the day %s", got[1].Reason.Args[0], weekend.Date)
	}
}

func TestCheckPlanOrdersConflicts(t *testing.T) {
	var acts []planner.Activity
	for i, day := range []string{"2027-03-27", "2027-01-09", "2027-02-13", "2027-01-10"} {
		a := schedActivity(byte(i+1), schedMuller, "acc-commerce-peak-readiness", day, 1)
		acts = append(acts, a)
	}
	got, err := planner.CheckPlan(schedInput(planner.Account{Customer: schedCustomerMuller(), Activities: acts}))
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, c := range got {
		order = append(order, fmt.Sprintf("%s %s", c.Date, c.Kind))
	}
	want := []string{
		"2027-01-09 not-licensed", "2027-01-09 non-business-day",
		"2027-01-10 not-licensed", "2027-01-10 non-business-day",
		"2027-02-13 not-licensed", "2027-02-13 non-business-day",
		"2027-03-27 not-licensed", "2027-03-27 non-business-day",
	}
	if !slices.Equal(order, want) {
		t.Errorf("order:\n got %q\nwant %q", order, want)
	}
}

// TestConflictsOfAChange checks which conflicts concern a change: those of
// the changed activity and the capacity of its week, not an unchanged
// activity's own conflict nor another week's capacity; each once, though
// the change falls in two quarters.
func TestConflictsOfAChange(t *testing.T) {
	unchanged := schedActivity(1, schedMuller, "acc-nonexistent", "2027-01-26", 8) // its own conflict
	busy := []planner.Activity{
		schedActivity(2, schedMuller, "acc-analytics-implementation-review", "2027-01-11", 16),
		schedActivity(3, schedMuller, "acc-target-program-maturity", "2027-01-12", 18), // week over capacity
		schedActivity(4, schedMuller, "acc-analytics-implementation-review", "2027-02-01", 16),
		schedActivity(5, schedMuller, "acc-target-program-maturity", "2027-02-02", 18), // another week over capacity
	}
	changed := []planner.Activity{
		schedActivity(6, schedMuller, "acc-commerce-peak-readiness", "2027-01-13", 2),         // not licensed, in the busy week
		schedActivity(7, schedMuller, "acc-analytics-implementation-review", "2026-12-29", 2), // the quarter before
	}
	acc := planner.Account{Customer: schedCustomerMuller(), Activities: append(append([]planner.Activity{unchanged}, busy...), changed...)}
	checked := 0
	got, err := planner.ConflictsOf(changed, func(q planner.Quarter) (planner.PlanInput, error) {
		checked++
		in := schedInput(acc)
		in.Quarter = q
		return in, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked != 2 {
		t.Errorf("checked %d quarters, want the 2 the change falls in", checked)
	}
	var kinds []string
	for _, c := range got {
		if c.ActivityID != changed[0].ID && c.ActivityID != changed[1].ID && c.ActivityID != (planner.ID{}) {
			t.Errorf("conflict of an unchanged activity: %v", c.Reason)
		}
		if c.ActivityID == (planner.ID{}) && c.Week != planner.MondayOf(changed[0].Date) {
			t.Errorf("capacity of a week the change is not in: %v", c.Reason)
		}
		kinds = append(kinds, fmt.Sprint(c.Kind))
	}
	if !slices.Contains(kinds, string(planner.ConflictNotLicensed)) || !slices.Contains(kinds, string(planner.ConflictCapacity)) {
		t.Errorf("conflicts %v, want the changed activity's own and its week's capacity", kinds)
	}
	seen := map[planner.ConflictKey]bool{}
	for _, c := range got {
		if seen[c.Key()] {
			t.Errorf("conflict reported twice: %v", c.Reason)
		}
		seen[c.Key()] = true
	}
}

// TestNonBusinessDayText checks the sentence that refuses a day off: as
// the quarter check says it, for the region's calendar or the customer's
// own, and zero for a business day.
func TestNonBusinessDayText(t *testing.T) {
	cat := catalog.Default()
	c := schedCustomerMuller()
	cal, err := planner.CustomerCalendar(cat, planner.DefaultSettings(), c)
	if err != nil {
		t.Fatal(err)
	}
	for day, want := range map[string]string{
		"2027-03-26": "Good Friday (Fri 2027-03-26) is a holiday in Europe, Middle East and Africa",
		"2027-01-16": "Sat 2027-01-16 is not a business day in Europe, Middle East and Africa",
		"2027-01-18": "",
	} {
		if got := planner.NonBusinessDayText(cal, c, catalog.MustDate(day)).String(); got != want {
			t.Errorf("%s: %q, want %q", day, got, want)
		}
	}
	c.Holidays = []catalog.Holiday{{Date: catalog.MustDate("2027-02-16"), Name: "Carnival"}}
	if cal, err = planner.CustomerCalendar(cat, planner.DefaultSettings(), c); err != nil {
		t.Fatal(err)
	}
	if got, want := planner.NonBusinessDayText(cal, c, catalog.MustDate("2027-02-16")).String(), "Carnival (Tue 2027-02-16) is a holiday in Müller GmbH's calendar"; got != want {
		t.Errorf("the customer's own holiday: %q, want %q", got, want)
	}
}
