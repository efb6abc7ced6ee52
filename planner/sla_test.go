package planner

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests need the zones on machines without them

	"github.com/liftoff-app/liftoff/catalog"
)

// slaTestCatalog returns the parts of the offer the response clock reads,
// with the values of the membership overview: regions and their hours, the
// standard and Commerce Managed Services response tables, the follow-up
// rules.
func slaTestCatalog() *catalog.Catalog {
	return &catalog.Catalog{
		Version: "test",
		Tiers: []catalog.Tier{
			{ID: catalog.Expert, Name: "Expert Success", NSCLimit: 4},
			{ID: catalog.Ultimate, Name: "Ultimate Success", NSCLimit: 15, Accelerators: true, Proactive: true},
		},
		Regions: []catalog.Region{
			{ID: catalog.Americas, Name: "Americas", TimeZone: "America/Los_Angeles", Open: "06:00", Close: "17:30"},
			{ID: catalog.EMEA, Name: "Europe, Middle East and Africa", TimeZone: "Europe/London", Open: "09:00", Close: "17:00"},
			{ID: catalog.APAC, Name: "Asia-Pacific", TimeZone: "Australia/Sydney", Open: "09:00", Close: "17:00"},
			{ID: catalog.Japan, Name: "Japan", TimeZone: "Asia/Tokyo", Open: "09:00", Close: "17:00"},
		},
		ResponseTables: []catalog.ResponseTable{
			{
				ID: "standard", Name: "Targeted initial response times",
				Targets: []catalog.ResponseTarget{
					{Tier: catalog.Expert, Priority: catalog.P1, Minutes: 60, Clock: catalog.Clock24x7},
					{Tier: catalog.Expert, Priority: catalog.P2, Minutes: 120, Clock: catalog.ClockBusinessHours},
					{Tier: catalog.Expert, Priority: catalog.P3, Minutes: 240, Clock: catalog.ClockBusinessHours},
					{Tier: catalog.Expert, Priority: catalog.P4, BusinessDays: 1, Clock: catalog.ClockBusinessDays},
					{Tier: catalog.Ultimate, Priority: catalog.P1, Minutes: 15, Clock: catalog.Clock24x7},
					{Tier: catalog.Ultimate, Priority: catalog.P2, Minutes: 30, Clock: catalog.ClockBusinessHours, Allows24x5: true},
					{Tier: catalog.Ultimate, Priority: catalog.P3, Minutes: 60, Clock: catalog.ClockBusinessHours, Allows24x5: true},
					{Tier: catalog.Ultimate, Priority: catalog.P4, BusinessDays: 1, Clock: catalog.ClockBusinessDays},
				},
			},
			{
				ID: "commerce-managed", Name: "Adobe Commerce Managed Services",
				Product: ProductCommerceManaged, EffectiveFrom: catalog.MustDate("2021-09-20"),
				Targets: []catalog.ResponseTarget{
					{Priority: catalog.P1, Minutes: 30, Clock: catalog.Clock24x7},
					{Priority: catalog.P2, Minutes: 60, Clock: catalog.ClockBusinessHours},
					{Priority: catalog.P3, Minutes: 120, Clock: catalog.ClockBusinessHours},
					{Priority: catalog.P4, BusinessDays: 1, Clock: catalog.ClockBusinessDays},
				},
			},
		},
		FollowUp: catalog.FollowUpRules{
			Statuses: []string{"awaiting-response", "solution-proposed"},
			Reminders: []catalog.Reminder{
				{AfterHours: 24, DaysLeft: 5},
				{AfterHours: 72, DaysLeft: 3},
				{AfterHours: 120, DaysLeft: 1},
			},
			AutoCloseAfterHours: 144,
			ReopenWithinDays:    14,
		},
	}
}

// slaHolidays builds a holiday list from YYYY-MM-DD days.
func slaHolidays(t testing.TB, days ...string) []catalog.Holiday {
	t.Helper()
	out := make([]catalog.Holiday, 0, len(days))
	for _, d := range days {
		date, err := catalog.ParseDate(d)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, catalog.Holiday{Date: date, Name: "holiday " + d})
	}
	return out
}

// slaTwoWeekHoliday returns the year-end break: every weekday from Monday
// 2026-12-21 to Friday 2027-01-01.
func slaTwoWeekHoliday() []string {
	return []string{
		"2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25",
		"2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01",
	}
}

// slaCalendar returns the calendar of region in the test catalog with the
// given holidays.
func slaCalendar(t testing.TB, region catalog.RegionID, holidays ...string) Calendar {
	t.Helper()
	cal, err := RegionCalendar(slaTestCatalog(), DefaultSettings(), region, slaHolidays(t, holidays...))
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

// slaZoneCalendar returns the calendar of region with its time zone
// replaced in settings, as a TAM may do.
func slaZoneCalendar(t testing.TB, region catalog.RegionID, zone string) Calendar {
	t.Helper()
	s := DefaultSettings()
	s.Regions = map[catalog.RegionID]RegionSettings{region: {TimeZone: zone}}
	cal, err := RegionCalendar(slaTestCatalog(), s, region, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

// slaInstant parses an RFC 3339 instant.
func slaInstant(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// slaCase is one row of the response-deadline tables. Times are RFC 3339;
// want is written in the region's own offset, as the deadline is given
// in the region's zone.
type slaCase struct {
	name        string
	region      catalog.RegionID
	tier        catalog.TierID
	priority    catalog.Priority
	product     string
	licensed    string // Commerce Managed Services licence day, "" for none
	support24x5 bool
	holidays    []string
	zone        string // replaces the region's time zone when set
	opened      string
	want        string
}

func (tc slaCase) run(t *testing.T) {
	t.Helper()
	cat := slaTestCatalog()
	cal := slaCalendar(t, tc.region, tc.holidays...)
	if tc.zone != "" {
		cal = slaZoneCalendar(t, tc.region, tc.zone)
	}
	m := Membership{Tier: tc.tier, Support24x5: tc.support24x5}
	if tc.licensed != "" {
		m.CommerceManagedLicensed = catalog.MustDate(tc.licensed)
	}
	c := Case{Priority: tc.priority, Opened: slaInstant(t, tc.opened), Product: tc.product}
	got, err := ResponseDue(cat, c, m, cal)
	if err != nil {
		t.Fatalf("ResponseDue: %v", err)
	}
	if got.Location() != cal.Location {
		t.Errorf("deadline in %v, want %v", got.Location(), cal.Location)
	}
	if s := got.Format(time.RFC3339); s != tc.want {
		t.Errorf("opened %s: due %s (%s), want %s", tc.opened, s, got.Format("Mon 15:04 MST"), tc.want)
	}
}

func TestResponseDueEMEA(t *testing.T) {
	const E, U, emea = catalog.Expert, catalog.Ultimate, catalog.EMEA
	// London is on GMT (Z) in November, BST (+01:00) from 29 March to 25
	// October 2026. Expert P2 is 120 business minutes, P3 240; Ultimate
	// P2 30, P3 60; P4 one business day of 480 minutes (09:00-17:00).
	for _, tc := range []slaCase{
		// The reference example: Friday 16:30 leaves 30 minutes, 90 on Monday.
		{name: "reference example", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-27T16:30:00Z", want: "2026-11-30T10:30:00Z"},
		{name: "inside hours", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-24T10:00:00Z", want: "2026-11-24T12:00:00Z"},
		{name: "seconds are kept", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-27T16:30:45Z", want: "2026-11-30T10:30:45Z"},
		// Clock starts at 09:00.
		{name: "before opening", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-24T07:00:00Z", want: "2026-11-24T11:00:00Z"},
		// Next opening is Wednesday 09:00.
		{name: "after closing", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-24T18:00:00Z", want: "2026-11-25T11:00:00Z"},
		{name: "at closing time", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-24T17:00:00Z", want: "2026-11-25T11:00:00Z"},
		// 30 minutes left: due exactly at closing, not at the next opening.
		{name: "due at closing", region: emea, tier: U, priority: catalog.P2, opened: "2026-11-24T16:30:00Z", want: "2026-11-24T17:00:00Z"},
		// P3: 60 minutes on Tuesday, 180 on Wednesday.
		{name: "P3 across the night", region: emea, tier: E, priority: catalog.P3, opened: "2026-11-24T16:00:00Z", want: "2026-11-25T12:00:00Z"},
		{name: "Saturday opening", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-28T12:00:00Z", want: "2026-11-30T11:00:00Z"},
		{name: "Sunday night opening", region: emea, tier: E, priority: catalog.P2, opened: "2026-11-29T23:59:00Z", want: "2026-11-30T11:00:00Z"},
		// Monday 30 November is a holiday: 30 minutes Friday, 90 Tuesday.
		{name: "holiday on Monday", region: emea, tier: E, priority: catalog.P2, holidays: []string{"2026-11-30"}, opened: "2026-11-27T16:30:00Z", want: "2026-12-01T10:30:00Z"},
		{name: "opened on a holiday", region: emea, tier: E, priority: catalog.P2, holidays: []string{"2026-11-24"}, opened: "2026-11-24T10:00:00Z", want: "2026-11-25T11:00:00Z"},
		// Year-end break: 60 minutes Friday 18 December, 60 on Monday 4 January.
		{name: "two-week holiday P2", region: emea, tier: E, priority: catalog.P2, holidays: slaTwoWeekHoliday(), opened: "2026-12-18T16:00:00Z", want: "2027-01-04T10:00:00Z"},
		// P4: 60 minutes Friday, 420 on Monday 4 January.
		{name: "two-week holiday P4", region: emea, tier: E, priority: catalog.P4, holidays: slaTwoWeekHoliday(), opened: "2026-12-18T16:00:00Z", want: "2027-01-04T16:00:00Z"},
		// Spring forward (Sunday 29 March): Friday GMT, Monday BST; 90 minutes Monday.
		{name: "spring-forward week", region: emea, tier: E, priority: catalog.P2, opened: "2026-03-27T16:30:00Z", want: "2026-03-30T10:30:00+01:00"},
		// P4: 300 minutes Friday (12:00-17:00), 180 on Monday.
		{name: "spring-forward week P4", region: emea, tier: E, priority: catalog.P4, opened: "2026-03-27T12:00:00Z", want: "2026-03-30T12:00:00+01:00"},
		// Fall back (Sunday 25 October): Friday BST, Monday GMT.
		{name: "fall-back week", region: emea, tier: E, priority: catalog.P2, opened: "2026-10-23T16:30:00+01:00", want: "2026-10-26T10:30:00Z"},
		// P1 counts elapsed time: 00:30 GMT + 1 h = 01:30 UTC = 02:30 BST.
		{name: "P1 across spring-forward", region: emea, tier: E, priority: catalog.P1, opened: "2026-03-29T00:30:00Z", want: "2026-03-29T02:30:00+01:00"},
		// 01:30 BST (00:30 UTC) + 1 h = 01:30 UTC = 01:30 GMT: the wall clock shows the same time.
		{name: "P1 across fall-back", region: emea, tier: E, priority: catalog.P1, opened: "2026-10-25T01:30:00+01:00", want: "2026-10-25T01:30:00Z"},
		{name: "Ultimate P1 on Saturday", region: emea, tier: U, priority: catalog.P1, opened: "2026-11-28T03:00:00Z", want: "2026-11-28T03:15:00Z"},
		// P4 is one business day: Tuesday 11:00 to Wednesday 11:00.
		{name: "P4 inside hours", region: emea, tier: E, priority: catalog.P4, opened: "2026-11-24T11:00:00Z", want: "2026-11-25T11:00:00Z"},
		{name: "P4 on Saturday", region: emea, tier: U, priority: catalog.P4, opened: "2026-11-28T11:00:00Z", want: "2026-11-30T17:00:00Z"},
		{name: "P4 Friday afternoon", region: emea, tier: E, priority: catalog.P4, opened: "2026-11-27T16:30:00Z", want: "2026-11-30T16:30:00Z"},
		// 24x5: 10 minutes Friday before midnight, 20 from Monday 00:00.
		{name: "Ultimate 24x5 P2 over the weekend", region: emea, tier: U, priority: catalog.P2, support24x5: true, opened: "2026-11-27T23:50:00Z", want: "2026-11-30T00:20:00Z"},
		{name: "Ultimate 24x5 P2 on Saturday", region: emea, tier: U, priority: catalog.P2, support24x5: true, opened: "2026-11-28T10:00:00Z", want: "2026-11-30T00:30:00Z"},
		// Holidays count under 24x5.
		{name: "Ultimate 24x5 P2 on a holiday", region: emea, tier: U, priority: catalog.P2, support24x5: true, holidays: []string{"2026-11-30"}, opened: "2026-11-28T10:00:00Z", want: "2026-11-30T00:30:00Z"},
		{name: "Ultimate 24x5 P3 at night", region: emea, tier: U, priority: catalog.P3, support24x5: true, opened: "2026-11-24T20:00:00Z", want: "2026-11-24T21:00:00Z"},
		{name: "Ultimate without 24x5 P3 at night", region: emea, tier: U, priority: catalog.P3, opened: "2026-11-24T20:00:00Z", want: "2026-11-25T10:00:00Z"},
		{name: "Ultimate 24x5 leaves P4 in business days", region: emea, tier: U, priority: catalog.P4, support24x5: true, opened: "2026-11-24T20:00:00Z", want: "2026-11-25T17:00:00Z"},
		// Expert P2 does not allow 24x5: business hours count.
		{name: "24x5 ignored for Expert", region: emea, tier: E, priority: catalog.P2, support24x5: true, opened: "2026-11-24T20:00:00Z", want: "2026-11-25T11:00:00Z"},
		// Commerce Managed Services P2 is 60 business minutes.
		{name: "Commerce table applied", region: emea, tier: U, priority: catalog.P2, product: ProductCommerceManaged, licensed: "2022-01-10", opened: "2026-11-24T10:00:00Z", want: "2026-11-24T11:00:00Z"},
		// Licensed on the effective day: P3 120 minutes, 60 Tuesday, 60 Wednesday.
		{name: "Commerce table from its first day", region: emea, tier: E, priority: catalog.P3, product: ProductCommerceManaged, licensed: "2021-09-20", opened: "2026-11-24T16:00:00Z", want: "2026-11-25T10:00:00Z"},
		{name: "Commerce P1 on Saturday", region: emea, tier: U, priority: catalog.P1, product: ProductCommerceManaged, licensed: "2023-05-01", opened: "2026-11-28T12:00:00Z", want: "2026-11-28T12:30:00Z"},
		// Licensed the day before: Ultimate P2 standard, 30 minutes.
		{name: "Commerce table not applied, licensed before", region: emea, tier: U, priority: catalog.P2, product: ProductCommerceManaged, licensed: "2021-09-19", opened: "2026-11-24T10:00:00Z", want: "2026-11-24T10:30:00Z"},
		{name: "Commerce table not applied, no licence date", region: emea, tier: U, priority: catalog.P2, product: ProductCommerceManaged, opened: "2026-11-24T10:00:00Z", want: "2026-11-24T10:30:00Z"},
		{name: "Commerce table not applied, standard product", region: emea, tier: U, priority: catalog.P2, licensed: "2022-01-10", opened: "2026-11-24T10:00:00Z", want: "2026-11-24T10:30:00Z"},
		// The Commerce P2 target does not allow 24x5: business hours, Wednesday 09:00 + 60.
		{name: "Commerce table ignores 24x5", region: emea, tier: U, priority: catalog.P2, product: ProductCommerceManaged, licensed: "2022-01-10", support24x5: true, opened: "2026-11-24T20:00:00Z", want: "2026-11-25T10:00:00Z"},
	} {
		t.Run(tc.name, tc.run)
	}
}

func TestResponseDueAmericas(t *testing.T) {
	const E, U, am = catalog.Expert, catalog.Ultimate, catalog.Americas
	// Los Angeles: PST (-08:00) in November, PDT (-07:00) from 8 March to
	// 1 November 2026. Business hours 06:00-17:30: 690 minutes a day.
	for _, tc := range []slaCase{
		{name: "inside hours", region: am, tier: E, priority: catalog.P2, opened: "2026-11-24T10:00:00-08:00", want: "2026-11-24T12:00:00-08:00"},
		{name: "before opening", region: am, tier: E, priority: catalog.P2, opened: "2026-11-24T05:00:00-08:00", want: "2026-11-24T08:00:00-08:00"},
		{name: "after closing", region: am, tier: E, priority: catalog.P2, opened: "2026-11-24T17:45:00-08:00", want: "2026-11-25T08:00:00-08:00"},
		// 17:30 close: 60 minutes Tuesday (16:30-17:30), 60 Wednesday.
		{name: "17:30 close", region: am, tier: E, priority: catalog.P2, opened: "2026-11-24T16:30:00-08:00", want: "2026-11-25T07:00:00-08:00"},
		// Between 17:00 and 17:30 still counts: 1 minute Tuesday, 119 Wednesday.
		{name: "17:29 still counts", region: am, tier: E, priority: catalog.P2, opened: "2026-11-24T17:29:00-08:00", want: "2026-11-25T07:59:00-08:00"},
		{name: "at 17:30", region: am, tier: E, priority: catalog.P2, opened: "2026-11-24T17:30:00-08:00", want: "2026-11-25T08:00:00-08:00"},
		{name: "Ultimate due at 17:30", region: am, tier: U, priority: catalog.P2, opened: "2026-11-24T17:00:00-08:00", want: "2026-11-24T17:30:00-08:00"},
		{name: "Friday afternoon to Monday", region: am, tier: E, priority: catalog.P2, opened: "2026-11-27T16:30:00-08:00", want: "2026-11-30T07:00:00-08:00"},
		{name: "Saturday opening", region: am, tier: E, priority: catalog.P2, opened: "2026-11-28T10:00:00-08:00", want: "2026-11-30T08:00:00-08:00"},
		// Thanksgiving: 30 minutes Wednesday, 90 on Friday.
		{name: "holiday", region: am, tier: E, priority: catalog.P2, holidays: []string{"2026-11-26"}, opened: "2026-11-25T17:00:00-08:00", want: "2026-11-27T07:30:00-08:00"},
		{name: "holiday and the day after", region: am, tier: E, priority: catalog.P2, holidays: []string{"2026-11-26", "2026-11-27"}, opened: "2026-11-25T17:00:00-08:00", want: "2026-11-30T07:30:00-08:00"},
		// P4 is 690 minutes: 30 on Friday 18 December, 660 on Monday 4 January (06:00 + 11 h).
		{name: "two-week holiday P4", region: am, tier: E, priority: catalog.P4, holidays: slaTwoWeekHoliday(), opened: "2026-12-18T17:00:00-08:00", want: "2027-01-04T17:00:00-08:00"},
		{name: "two-week holiday P2", region: am, tier: E, priority: catalog.P2, holidays: slaTwoWeekHoliday(), opened: "2026-12-18T17:00:00-08:00", want: "2027-01-04T07:30:00-08:00"},
		// Spring forward (Sunday 8 March): Friday PST, Monday PDT.
		{name: "spring-forward week", region: am, tier: E, priority: catalog.P2, opened: "2026-03-06T17:00:00-08:00", want: "2026-03-09T07:30:00-07:00"},
		// Fall back (Sunday 1 November): Friday PDT, Monday PST.
		{name: "fall-back week", region: am, tier: E, priority: catalog.P2, opened: "2026-10-30T17:00:00-07:00", want: "2026-11-02T07:30:00-08:00"},
		// 01:30 PST (09:30 UTC) + 1 h = 10:30 UTC = 03:30 PDT.
		{name: "P1 across spring-forward", region: am, tier: E, priority: catalog.P1, opened: "2026-03-08T01:30:00-08:00", want: "2026-03-08T03:30:00-07:00"},
		// 01:30 PDT (08:30 UTC) + 1 h = 09:30 UTC = 01:30 PST.
		{name: "P1 across fall-back", region: am, tier: E, priority: catalog.P1, opened: "2026-11-01T01:30:00-07:00", want: "2026-11-01T01:30:00-08:00"},
		{name: "P4 inside hours", region: am, tier: E, priority: catalog.P4, opened: "2026-11-24T11:00:00-08:00", want: "2026-11-25T11:00:00-08:00"},
		{name: "P4 on Saturday", region: am, tier: E, priority: catalog.P4, opened: "2026-11-28T11:00:00-08:00", want: "2026-11-30T17:30:00-08:00"},
		// 60 minutes Friday, 630 Monday: 06:00 + 10 h 30.
		{name: "P4 Friday afternoon", region: am, tier: U, priority: catalog.P4, opened: "2026-11-27T16:30:00-08:00", want: "2026-11-30T16:30:00-08:00"},
		{name: "Ultimate 24x5 P2 over the weekend", region: am, tier: U, priority: catalog.P2, support24x5: true, opened: "2026-11-27T23:50:00-08:00", want: "2026-11-30T00:20:00-08:00"},
		{name: "24x5 ignored for Expert", region: am, tier: E, priority: catalog.P2, support24x5: true, opened: "2026-11-24T20:00:00-08:00", want: "2026-11-25T08:00:00-08:00"},
		// Commerce P2 60 minutes: 30 Tuesday, 30 Wednesday.
		{name: "Commerce table applied", region: am, tier: U, priority: catalog.P2, product: ProductCommerceManaged, licensed: "2021-09-20", opened: "2026-11-24T17:00:00-08:00", want: "2026-11-25T06:30:00-08:00"},
		// Standard Ultimate P2 is 30 minutes: due at Tuesday's close.
		{name: "Commerce table not applied, licensed before", region: am, tier: U, priority: catalog.P2, product: ProductCommerceManaged, licensed: "2020-06-30", opened: "2026-11-24T17:00:00-08:00", want: "2026-11-24T17:30:00-08:00"},
	} {
		t.Run(tc.name, tc.run)
	}
}

func TestResponseDueAPAC(t *testing.T) {
	const E, U, ap = catalog.Expert, catalog.Ultimate, catalog.APAC
	// Sydney: AEDT (+11:00) until 5 April and from 4 October 2026, AEST
	// (+10:00) between. Business hours 09:00-17:00.
	for _, tc := range []slaCase{
		{name: "inside hours", region: ap, tier: E, priority: catalog.P2, opened: "2026-11-24T10:00:00+11:00", want: "2026-11-24T12:00:00+11:00"},
		{name: "before opening", region: ap, tier: E, priority: catalog.P2, opened: "2026-11-24T08:00:00+11:00", want: "2026-11-24T11:00:00+11:00"},
		{name: "after closing", region: ap, tier: E, priority: catalog.P2, opened: "2026-11-24T17:30:00+11:00", want: "2026-11-25T11:00:00+11:00"},
		// Opened Monday 23:00 UTC = Tuesday 10:00 in Sydney.
		{name: "opened given in UTC", region: ap, tier: E, priority: catalog.P2, opened: "2026-11-23T23:00:00Z", want: "2026-11-24T12:00:00+11:00"},
		{name: "Friday afternoon to Monday", region: ap, tier: E, priority: catalog.P2, opened: "2026-11-27T16:30:00+11:00", want: "2026-11-30T10:30:00+11:00"},
		{name: "Sunday opening", region: ap, tier: E, priority: catalog.P2, opened: "2026-11-29T10:00:00+11:00", want: "2026-11-30T11:00:00+11:00"},
		// Christmas Friday, Boxing Day observed Monday 28: 60 Thursday, 60 Tuesday 29.
		{name: "holidays", region: ap, tier: E, priority: catalog.P2, holidays: []string{"2026-12-25", "2026-12-28"}, opened: "2026-12-24T16:00:00+11:00", want: "2026-12-29T10:00:00+11:00"},
		{name: "two-week holiday P4", region: ap, tier: E, priority: catalog.P4, holidays: slaTwoWeekHoliday(), opened: "2026-12-18T16:00:00+11:00", want: "2027-01-04T16:00:00+11:00"},
		// Daylight saving ends Sunday 5 April: Friday AEDT, Monday AEST.
		{name: "DST-end week", region: ap, tier: E, priority: catalog.P2, opened: "2026-04-03T16:30:00+11:00", want: "2026-04-06T10:30:00+10:00"},
		// Good Friday 3 April and Easter Monday 6 April: 30 Thursday, 90 Tuesday.
		{name: "DST-end week with Easter", region: ap, tier: E, priority: catalog.P2, holidays: []string{"2026-04-03", "2026-04-06"}, opened: "2026-04-02T16:30:00+11:00", want: "2026-04-07T10:30:00+10:00"},
		// Daylight saving starts Sunday 4 October: Friday AEST, Monday AEDT.
		{name: "DST-start week", region: ap, tier: E, priority: catalog.P2, opened: "2026-10-02T16:30:00+10:00", want: "2026-10-05T10:30:00+11:00"},
		// Labour Day Monday 5 October.
		{name: "DST-start week with Labour Day", region: ap, tier: E, priority: catalog.P2, holidays: []string{"2026-10-05"}, opened: "2026-10-02T16:30:00+10:00", want: "2026-10-06T10:30:00+11:00"},
		// 02:30 AEDT (15:30 UTC) + 1 h = 16:30 UTC = 02:30 AEST.
		{name: "P1 across DST end", region: ap, tier: E, priority: catalog.P1, opened: "2026-04-05T02:30:00+11:00", want: "2026-04-05T02:30:00+10:00"},
		// 01:30 AEST (15:30 UTC) + 1 h = 16:30 UTC = 03:30 AEDT.
		{name: "P1 across DST start", region: ap, tier: E, priority: catalog.P1, opened: "2026-10-04T01:30:00+10:00", want: "2026-10-04T03:30:00+11:00"},
		{name: "P4 inside hours", region: ap, tier: E, priority: catalog.P4, opened: "2026-11-24T11:00:00+11:00", want: "2026-11-25T11:00:00+11:00"},
		{name: "P4 Friday afternoon across DST end", region: ap, tier: E, priority: catalog.P4, opened: "2026-04-03T16:30:00+11:00", want: "2026-04-06T16:30:00+10:00"},
		// 24x5 P3 60 minutes: 30 Friday, 30 from Monday 00:00.
		{name: "Ultimate 24x5 P3 over the weekend", region: ap, tier: U, priority: catalog.P3, support24x5: true, opened: "2026-11-27T23:30:00+11:00", want: "2026-11-30T00:30:00+11:00"},
		// Expert P3 240: Wednesday 09:00 + 4 h.
		{name: "24x5 ignored for Expert", region: ap, tier: E, priority: catalog.P3, support24x5: true, opened: "2026-11-24T20:00:00+11:00", want: "2026-11-25T13:00:00+11:00"},
		{name: "Commerce table applied", region: ap, tier: E, priority: catalog.P3, product: ProductCommerceManaged, licensed: "2024-02-29", opened: "2026-11-24T16:30:00+11:00", want: "2026-11-25T10:30:00+11:00"},
		// Standard Ultimate P3 60: 30 Tuesday, 30 Wednesday.
		{name: "Commerce table not applied, no licence date", region: ap, tier: U, priority: catalog.P3, product: ProductCommerceManaged, opened: "2026-11-24T16:30:00+11:00", want: "2026-11-25T09:30:00+11:00"},
	} {
		t.Run(tc.name, tc.run)
	}
}

func TestResponseDueJapan(t *testing.T) {
	const E, U, jp = catalog.Expert, catalog.Ultimate, catalog.Japan
	// Tokyo keeps +09:00 all year: the weeks other regions change their
	// clocks change nothing here.
	for _, tc := range []slaCase{
		{name: "inside hours", region: jp, tier: E, priority: catalog.P2, opened: "2026-11-24T10:00:00+09:00", want: "2026-11-24T12:00:00+09:00"},
		{name: "before opening", region: jp, tier: E, priority: catalog.P2, opened: "2026-11-24T06:00:00+09:00", want: "2026-11-24T11:00:00+09:00"},
		{name: "at closing time", region: jp, tier: E, priority: catalog.P2, opened: "2026-11-24T17:00:00+09:00", want: "2026-11-25T11:00:00+09:00"},
		{name: "Friday afternoon to Monday", region: jp, tier: E, priority: catalog.P2, opened: "2026-11-27T16:30:00+09:00", want: "2026-11-30T10:30:00+09:00"},
		{name: "Saturday opening", region: jp, tier: E, priority: catalog.P2, opened: "2026-11-28T09:30:00+09:00", want: "2026-11-30T11:00:00+09:00"},
		// Labour Thanksgiving Day, Monday 23 November.
		{name: "holiday", region: jp, tier: E, priority: catalog.P2, holidays: []string{"2026-11-23"}, opened: "2026-11-20T16:30:00+09:00", want: "2026-11-24T10:30:00+09:00"},
		{name: "two-week holiday P4", region: jp, tier: U, priority: catalog.P4, holidays: slaTwoWeekHoliday(), opened: "2026-12-18T16:00:00+09:00", want: "2027-01-04T16:00:00+09:00"},
		{name: "Europe's spring-forward week", region: jp, tier: E, priority: catalog.P2, opened: "2026-03-27T16:30:00+09:00", want: "2026-03-30T10:30:00+09:00"},
		{name: "America's fall-back week", region: jp, tier: E, priority: catalog.P2, opened: "2026-10-30T16:30:00+09:00", want: "2026-11-02T10:30:00+09:00"},
		{name: "Sydney's DST-start week", region: jp, tier: E, priority: catalog.P4, opened: "2026-10-02T16:30:00+09:00", want: "2026-10-05T16:30:00+09:00"},
		{name: "P1 on the night Europe changes", region: jp, tier: E, priority: catalog.P1, opened: "2026-03-29T01:30:00+09:00", want: "2026-03-29T02:30:00+09:00"},
		{name: "P4 inside hours", region: jp, tier: E, priority: catalog.P4, opened: "2026-11-24T11:00:00+09:00", want: "2026-11-25T11:00:00+09:00"},
		{name: "Ultimate 24x5 P2 on Saturday", region: jp, tier: U, priority: catalog.P2, support24x5: true, opened: "2026-11-28T10:00:00+09:00", want: "2026-11-30T00:30:00+09:00"},
		{name: "24x5 ignored for Expert", region: jp, tier: E, priority: catalog.P2, support24x5: true, opened: "2026-11-28T10:00:00+09:00", want: "2026-11-30T11:00:00+09:00"},
		{name: "Commerce P1 applied", region: jp, tier: U, priority: catalog.P1, product: ProductCommerceManaged, licensed: "2021-10-01", opened: "2026-11-28T10:00:00+09:00", want: "2026-11-28T10:30:00+09:00"},
		{name: "Commerce P1 not applied, licensed before", region: jp, tier: U, priority: catalog.P1, product: ProductCommerceManaged, licensed: "2020-01-01", opened: "2026-11-28T10:00:00+09:00", want: "2026-11-28T10:15:00+09:00"},
	} {
		t.Run(tc.name, tc.run)
	}
}

// slaCountedMinutes counts, minute by minute, the minutes from from to to
// that clock counts in cal: an oracle independent of the day walk.
func slaCountedMinutes(cal Calendar, clock catalog.Clock, from, to time.Time) int {
	n := 0
	for at := from; at.Before(to); at = at.Add(time.Minute) {
		if slaOracleCounts(cal, clock, at) {
			n++
		}
	}
	return n
}

// slaOracleCounts reports whether clock counts the minute starting at at.
func slaOracleCounts(cal Calendar, clock catalog.Clock, at time.Time) bool {
	local := at.In(cal.Location)
	day := catalog.DateOf(local)
	if clock == catalog.Clock24x5 {
		return !day.IsWeekend()
	}
	minute := local.Hour()*60 + local.Minute()
	return cal.IsBusinessDay(day) && minute >= cal.Open && minute < cal.Close
}

// TestResponseDueAgainstMinuteCount checks, for openings spread over the
// weeks around daylight-saving changes and holidays, that the deadline
// leaves exactly the target's minutes counted and that the minute before
// it counts (the deadline is the earliest possible).
// TestResponseDueWeekdayClockChange uses a zone whose clocks change on
// weekdays (Cairo: Friday 24 April 2026 00:00 becomes 01:00; Thursday 29
// October 24:00 becomes 23:00 again), as a TAM may set for EMEA.
func TestResponseDueWeekdayClockChange(t *testing.T) {
	const E, U, emea, cairo = catalog.Expert, catalog.Ultimate, catalog.EMEA, "Africa/Cairo"
	for _, tc := range []slaCase{
		// 30 minutes Thursday (EET), 90 from Friday 09:00 (EEST): the
		// business day starts at 09:00 on the wall, not nine hours after midnight.
		{name: "business hours after a Friday spring-forward", region: emea, zone: cairo, tier: E, priority: catalog.P2, opened: "2026-04-23T16:30:00+02:00", want: "2026-04-24T10:30:00+03:00"},
		// 480 minutes: 30 Thursday, 450 Friday from 09:00 EEST.
		{name: "P4 across a Friday spring-forward", region: emea, zone: cairo, tier: E, priority: catalog.P4, opened: "2026-04-23T16:30:00+02:00", want: "2026-04-24T16:30:00+03:00"},
		// 24x5, 60 minutes: 23:30 EET is 21:30 UTC; Friday starts at
		// 22:00 UTC (00:00 EET, shown as 01:00 EEST); 30 more minutes.
		{name: "24x5 across a Friday spring-forward", region: emea, zone: cairo, tier: U, priority: catalog.P3, support24x5: true, opened: "2026-04-23T23:30:00+02:00", want: "2026-04-24T01:30:00+03:00"},
		// 24x5, 30 minutes from 23:30 EEST (20:30 UTC): Thursday has 25
		// hours, so the deadline is 21:00 UTC, 23:00 EET, still Thursday.
		{name: "24x5 across a Thursday fall-back", region: emea, zone: cairo, tier: U, priority: catalog.P2, support24x5: true, opened: "2026-10-29T23:30:00+03:00", want: "2026-10-29T23:00:00+02:00"},
	} {
		t.Run(tc.name, tc.run)
	}
}

func TestResponseDueAgainstMinuteCount(t *testing.T) {
	cat := slaTestCatalog()
	type window struct {
		region   catalog.RegionID
		zone     string
		from     string
		holidays []string
	}
	windows := []window{
		{catalog.Americas, "", "2026-03-04T00:00:00-08:00", []string{"2026-03-10"}},
		{catalog.Americas, "", "2026-10-28T00:00:00-07:00", nil},
		{catalog.EMEA, "", "2026-03-25T00:00:00Z", []string{"2026-04-03", "2026-04-06"}},
		{catalog.EMEA, "", "2026-10-21T00:00:00+01:00", nil},
		{catalog.EMEA, "Africa/Cairo", "2026-04-21T00:00:00+02:00", nil},
		{catalog.EMEA, "Africa/Cairo", "2026-10-27T00:00:00+03:00", nil},
		{catalog.APAC, "", "2026-04-01T00:00:00+11:00", []string{"2026-04-03", "2026-04-06"}},
		{catalog.APAC, "", "2026-09-30T00:00:00+10:00", []string{"2026-10-05"}},
		{catalog.Japan, "", "2026-04-28T00:00:00+09:00", []string{"2026-04-29", "2026-05-04", "2026-05-05", "2026-05-06"}},
	}
	// One target per clock: business hours at two lengths, business
	// days, 24x5.
	targets := []struct {
		m Membership
		p catalog.Priority
	}{
		{Membership{Tier: catalog.Expert}, catalog.P3},
		{Membership{Tier: catalog.Ultimate}, catalog.P2},
		{Membership{Tier: catalog.Expert}, catalog.P4},
		{Membership{Tier: catalog.Ultimate, Support24x5: true}, catalog.P3},
	}
	for _, w := range windows {
		cal := slaCalendar(t, w.region, w.holidays...)
		if w.zone != "" {
			cal = slaZoneCalendar(t, w.region, w.zone)
		}
		start := slaInstant(t, w.from)
		for step := range 7 * 24 * 60 / 151 { // every 151 minutes for a week
			opened := start.Add(time.Duration(step*151) * time.Minute)
			for _, tg := range targets {
				m, p := tg.m, tg.p
				target, due, err := ResponseDeadline(cat, Case{Priority: p, Opened: opened}, m, cal)
				if err != nil {
					t.Fatalf("%s %s %s opened %s: %v", w.region, m.Tier, p, opened, err)
				}
				want := target.Entry.Minutes
				if target.Clock == catalog.ClockBusinessDays {
					want = cal.Close - cal.Open
				}
				clock := target.Clock
				if clock == catalog.ClockBusinessDays {
					clock = catalog.ClockBusinessHours
				}
				if got := slaCountedMinutes(cal, clock, opened, due); got != want {
					t.Errorf("%s %s %s (%s) opened %s: due %s leaves %d counted minutes, want %d",
						w.region, m.Tier, p, clock, opened.In(cal.Location), due, got, want)
				}
				if !slaOracleCounts(cal, clock, due.Add(-time.Minute)) {
					t.Errorf("%s %s %s opened %s: due %s, but the minute before it does not count",
						w.region, m.Tier, p, opened.In(cal.Location), due)
				}
			}
		}
	}
}

func TestResponseTargetExplanation(t *testing.T) {
	cat := slaTestCatalog()
	for _, tc := range []struct {
		name        string
		region      catalog.RegionID
		c           Case
		m           Membership
		wantTable   string
		wantClock   catalog.Clock
		explanation string
		note        string
	}{
		{
			name: "Ultimate P2 in business hours", region: catalog.EMEA,
			c: Case{Priority: catalog.P2}, m: Membership{Tier: catalog.Ultimate},
			wantTable: "standard", wantClock: catalog.ClockBusinessHours,
			explanation: "Ultimate Success P2: 30 minutes within Europe, Middle East and Africa business hours (09:00-17:00 Europe/London)",
		},
		{
			name: "Expert P3 in the Americas", region: catalog.Americas,
			c: Case{Priority: catalog.P3}, m: Membership{Tier: catalog.Expert},
			wantTable: "standard", wantClock: catalog.ClockBusinessHours,
			explanation: "Expert Success P3: 4 hours within Americas business hours (06:00-17:30 America/Los_Angeles)",
		},
		{
			name: "Expert P1", region: catalog.Japan,
			c: Case{Priority: catalog.P1}, m: Membership{Tier: catalog.Expert},
			wantTable: "standard", wantClock: catalog.Clock24x7,
			explanation: "Expert Success P1: 1 hour around the clock (24x7)",
		},
		{
			name: "Ultimate P4", region: catalog.APAC,
			c: Case{Priority: catalog.P4}, m: Membership{Tier: catalog.Ultimate},
			wantTable: "standard", wantClock: catalog.ClockBusinessDays,
			explanation: "Ultimate Success P4: 1 business day in Asia-Pacific (09:00-17:00 Australia/Sydney)",
		},
		{
			name: "Ultimate P3 counted 24x5", region: catalog.EMEA,
			c: Case{Priority: catalog.P3}, m: Membership{Tier: catalog.Ultimate, Support24x5: true},
			wantTable: "standard", wantClock: catalog.Clock24x5,
			explanation: "Ultimate Success P3: 1 hour counted 24x5 (Monday 00:00 to Friday 24:00 Europe/London, the customer's 24x5 setting)",
		},
		{
			name: "24x5 set on Expert", region: catalog.EMEA,
			c: Case{Priority: catalog.P2}, m: Membership{Tier: catalog.Expert, Support24x5: true},
			wantTable: "standard", wantClock: catalog.ClockBusinessHours,
			explanation: "Expert Success P2: 2 hours within Europe, Middle East and Africa business hours (09:00-17:00 Europe/London)",
			note:        "the customer's 24x5 setting does not apply to Expert Success P2; business hours count",
		},
		{
			name: "Commerce Managed Services", region: catalog.EMEA,
			c:         Case{Priority: catalog.P2, Product: ProductCommerceManaged},
			m:         Membership{Tier: catalog.Ultimate, CommerceManagedLicensed: catalog.MustDate("2021-09-20")},
			wantTable: "commerce-managed", wantClock: catalog.ClockBusinessHours,
			explanation: "Adobe Commerce Managed Services P2: 1 hour within Europe, Middle East and Africa business hours (09:00-17:00 Europe/London)",
		},
		{
			name: "Commerce licence too old", region: catalog.EMEA,
			c:         Case{Priority: catalog.P2, Product: ProductCommerceManaged},
			m:         Membership{Tier: catalog.Ultimate, CommerceManagedLicensed: catalog.MustDate("2021-09-19")},
			wantTable: "standard", wantClock: catalog.ClockBusinessHours,
			explanation: "Ultimate Success P2: 30 minutes within Europe, Middle East and Africa business hours (09:00-17:00 Europe/London)",
			note:        "Adobe Commerce Managed Services targets not applied: licensed 2021-09-19, before 2021-09-20; standard targets apply",
		},
		{
			name: "Commerce without licence date", region: catalog.EMEA,
			c: Case{Priority: catalog.P1, Product: ProductCommerceManaged}, m: Membership{Tier: catalog.Expert},
			wantTable: "standard", wantClock: catalog.Clock24x7,
			explanation: "Expert Success P1: 1 hour around the clock (24x7)",
			note:        "Adobe Commerce Managed Services targets not applied: the membership records no licence date for commerce-managed; standard targets apply",
		},
		{
			name: "Commerce with 24x5 set", region: catalog.EMEA,
			c:         Case{Priority: catalog.P3, Product: ProductCommerceManaged},
			m:         Membership{Tier: catalog.Ultimate, Support24x5: true, CommerceManagedLicensed: catalog.MustDate("2022-01-01")},
			wantTable: "commerce-managed", wantClock: catalog.ClockBusinessHours,
			explanation: "Adobe Commerce Managed Services P3: 2 hours within Europe, Middle East and Africa business hours (09:00-17:00 Europe/London)",
			note:        "the customer's 24x5 setting does not apply to Adobe Commerce Managed Services P3; business hours count",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ResponseTargetFor(cat, tc.c, tc.m, slaCalendar(t, tc.region))
			if err != nil {
				t.Fatal(err)
			}
			if got.TableID != tc.wantTable || got.Clock != tc.wantClock {
				t.Errorf("table %q clock %q, want %q %q", got.TableID, got.Clock, tc.wantTable, tc.wantClock)
			}
			if got.Explanation.String() != tc.explanation {
				t.Errorf("explanation\n got %q\nwant %q", got.Explanation, tc.explanation)
			}
			if got.Note.String() != tc.note {
				t.Errorf("note\n got %q\nwant %q", got.Note, tc.note)
			}
		})
	}
}

func TestResponseDueErrors(t *testing.T) {
	opened := slaInstant(t, "2026-11-24T10:00:00Z")
	emea := slaCalendar(t, catalog.EMEA)
	brokenClock := slaTestCatalog()
	brokenClock.ResponseTables[0].Targets[1].Clock = "weekly"
	noMinutes := slaTestCatalog()
	noMinutes.ResponseTables[0].Targets[1].Minutes = 0
	noStandard := slaTestCatalog()
	noStandard.ResponseTables = noStandard.ResponseTables[1:]
	for _, tc := range []struct {
		name string
		cat  *catalog.Catalog
		c    Case
		m    Membership
		cal  Calendar
		want string
	}{
		{"no catalog", nil, Case{Priority: catalog.P2, Opened: opened}, Membership{Tier: catalog.Expert}, emea, "no catalog"},
		{"no priority", slaTestCatalog(), Case{Opened: opened}, Membership{Tier: catalog.Expert}, emea, `priority "": want P1, P2, P3 or P4`},
		{"unknown priority", slaTestCatalog(), Case{Priority: "P5", Opened: opened}, Membership{Tier: catalog.Expert}, emea, `priority "P5": want P1, P2, P3 or P4`},
		{"no tier", slaTestCatalog(), Case{Priority: catalog.P2, Opened: opened}, Membership{}, emea, "the membership has no tier"},
		{"unknown tier", slaTestCatalog(), Case{Priority: catalog.P2, Opened: opened}, Membership{Tier: "gold"}, emea, `table "standard" has no P2 target for tier "gold"`},
		{"unknown product", slaTestCatalog(), Case{Priority: catalog.P2, Opened: opened, Product: "commerce"}, Membership{Tier: catalog.Expert}, emea,
			`unknown case product "commerce": want "" (a standard case) or commerce-managed`},
		{"no standard table", noStandard, Case{Priority: catalog.P2, Opened: opened}, Membership{Tier: catalog.Expert}, emea, "the catalog has no standard response table"},
		{"unknown clock", brokenClock, Case{Priority: catalog.P2, Opened: opened}, Membership{Tier: catalog.Expert}, emea, `unknown clock "weekly"`},
		{"target without minutes", noMinutes, Case{Priority: catalog.P2, Opened: opened}, Membership{Tier: catalog.Expert}, emea, "a business-hours target needs minutes, not 0"},
		{"no opening time", slaTestCatalog(), Case{Priority: catalog.P2}, Membership{Tier: catalog.Expert}, emea, "the case has no opening time"},
		{"no calendar", slaTestCatalog(), Case{Priority: catalog.P2, Opened: opened}, Membership{Tier: catalog.Expert}, Calendar{}, "has no time zone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ResponseDue(tc.cat, tc.c, tc.m, tc.cal)
			if err == nil {
				t.Fatalf("no error, due %s", got)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to say %q", err, tc.want)
			}
		})
	}
}

// TestResponseDueNoBusinessDay checks that a calendar whose every weekday
// is a holiday ends in an error, not an endless walk.
func TestResponseDueNoBusinessDay(t *testing.T) {
	var days []string
	for d := catalog.MustDate("2026-01-01"); d.Before(catalog.MustDate("2030-01-01")); d = d.AddDays(1) {
		if !d.IsWeekend() {
			days = append(days, d.String())
		}
	}
	cal := slaCalendar(t, catalog.EMEA, days...)
	c := Case{Priority: catalog.P4, Opened: slaInstant(t, "2026-11-24T10:00:00Z")}
	_, err := ResponseDue(slaTestCatalog(), c, Membership{Tier: catalog.Expert}, cal)
	if !errors.Is(err, ErrNoBusinessDay) {
		t.Fatalf("error %v, want ErrNoBusinessDay", err)
	}
	want := "no business day within 3 years after 2026-11-24 in region emea: check the holiday list"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q, want it to say %q", err, want)
	}
	// 24x5 counts holidays, so the same calendar still gives a deadline.
	c.Priority = catalog.P2
	got, err := ResponseDue(slaTestCatalog(), c, Membership{Tier: catalog.Ultimate, Support24x5: true}, cal)
	if err != nil {
		t.Fatal(err)
	}
	if s := got.Format(time.RFC3339); s != "2026-11-24T10:30:00Z" {
		t.Errorf("24x5 due %s, want 2026-11-24T10:30:00Z", s)
	}
}

func TestParsePriority(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want catalog.Priority
		err  bool
	}{
		{"P1", catalog.P1, false},
		{"p2", catalog.P2, false},
		{" P3 ", catalog.P3, false},
		{"4", catalog.P4, false},
		{"P5", "", true},
		{"P0", "", true},
		{"", "", true},
		{"PP", "", true},
		{"priority 1", "", true},
	} {
		got, err := ParsePriority(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParsePriority(%q) = %q, %v; want %q, error %v", tc.in, got, err, tc.want, tc.err)
		}
		if err != nil && !strings.Contains(err.Error(), "want P1, P2, P3 or P4") {
			t.Errorf("ParsePriority(%q) error %q does not name the accepted values", tc.in, err)
		}
	}
}

func FuzzParsePriority(f *testing.F) {
	for _, s := range []string{"P1", "p4", "3", "", "P10", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePriority(s)
		if err != nil {
			return
		}
		again, err := ParsePriority(string(p))
		if err != nil || again != p {
			t.Errorf("ParsePriority(%q) = %q, which parses as %q, %v", s, p, again, err)
		}
	})
}

// FuzzResponseDue checks, for any opening instant, region and target,
// that the deadline leaves exactly the target's counted minutes.
func FuzzResponseDue(f *testing.F) {
	f.Add(int64(1795797000), uint8(1), uint8(1), uint8(0), false) // Friday 16:30 in London, Expert P2
	f.Add(int64(1774650600), uint8(0), uint8(3), uint8(1), true)
	f.Add(int64(1797609600), uint8(3), uint8(2), uint8(1), true) // before the year-end break
	cat := slaTestCatalog()
	regions := []catalog.RegionID{catalog.Americas, catalog.EMEA, catalog.APAC, catalog.Japan}
	calendars := make([]Calendar, len(regions))
	for i, r := range regions {
		calendars[i] = slaCalendar(f, r, slaTwoWeekHoliday()...)
	}
	tiers := []catalog.TierID{catalog.Expert, catalog.Ultimate}
	priorities := []catalog.Priority{catalog.P1, catalog.P2, catalog.P3, catalog.P4}
	f.Fuzz(func(t *testing.T, unix int64, region, priority, tier uint8, support24x5 bool) {
		// Whole minutes between 2000 and 2100.
		opened := time.Unix(946684800+(unix%(100*365*24*3600)+100*365*24*3600)%(100*365*24*3600)/60*60, 0)
		cal := calendars[int(region)%len(calendars)]
		m := Membership{Tier: tiers[int(tier)%len(tiers)], Support24x5: support24x5}
		c := Case{Priority: priorities[int(priority)%len(priorities)], Opened: opened}
		target, due, err := ResponseDeadline(cat, c, m, cal)
		if err != nil {
			t.Fatal(err)
		}
		if due.Location() != cal.Location {
			t.Errorf("due in %v, want %v", due.Location(), cal.Location)
		}
		if target.Clock == catalog.Clock24x7 {
			if got := due.Sub(opened); got != time.Duration(target.Entry.Minutes)*time.Minute {
				t.Errorf("24x7 due %s after opening, want %d minutes", got, target.Entry.Minutes)
			}
			return
		}
		want, clock := target.Entry.Minutes, target.Clock
		if clock == catalog.ClockBusinessDays {
			want, clock = cal.Close-cal.Open, catalog.ClockBusinessHours
		}
		if got := slaCountedMinutes(cal, clock, opened, due); got != want {
			t.Errorf("opened %s, due %s: %d counted minutes, want %d", opened.In(cal.Location), due, got, want)
		}
		if !slaOracleCounts(cal, clock, due.Add(-time.Minute)) {
			t.Errorf("opened %s, due %s: the minute before the deadline does not count", opened.In(cal.Location), due)
		}
	})
}

// TestResponseDueDefaultCatalog runs the clock against the catalog built
// into Liftoff, with its regions' own holiday lists.
func TestResponseDueDefaultCatalog(t *testing.T) {
	cat := catalog.Default()
	for _, tc := range []struct {
		name     string
		region   catalog.RegionID
		tier     catalog.TierID
		priority catalog.Priority
		product  string
		licensed string
		opened   string
		want     string
	}{
		{"reference example", catalog.EMEA, catalog.Expert, catalog.P2, "", "", "2026-11-27T16:30:00Z", "2026-11-30T10:30:00Z"},
		// Christmas Day Friday, Boxing Day substitute Monday 28: 30 Thursday, 90 Tuesday 29.
		{"EMEA Christmas", catalog.EMEA, catalog.Expert, catalog.P2, "", "", "2026-12-24T16:30:00Z", "2026-12-29T10:30:00Z"},
		// Good Friday 3 April and Easter Monday 6 April, in summer time.
		{"EMEA Easter", catalog.EMEA, catalog.Expert, catalog.P2, "", "", "2026-04-02T16:30:00+01:00", "2026-04-07T10:30:00+01:00"},
		// Thanksgiving Thursday 26 November: 30 Wednesday, 90 Friday.
		{"Americas Thanksgiving", catalog.Americas, catalog.Expert, catalog.P2, "", "", "2026-11-25T17:00:00-08:00", "2026-11-27T07:30:00-08:00"},
		// Labour Day Monday 5 October, the day after daylight saving starts.
		{"APAC Labour Day", catalog.APAC, catalog.Expert, catalog.P2, "", "", "2026-10-02T16:30:00+10:00", "2026-10-06T10:30:00+11:00"},
		// Showa Day Wednesday 29 April: 30 Tuesday, 90 Thursday.
		{"Japan Showa Day", catalog.Japan, catalog.Expert, catalog.P2, "", "", "2026-04-28T16:30:00+09:00", "2026-04-30T10:30:00+09:00"},
		// Golden Week: Monday 4 to Wednesday 6 May are holidays; 60 Friday, 420 Thursday 7.
		{"Japan Golden Week P4", catalog.Japan, catalog.Ultimate, catalog.P4, "", "", "2026-05-01T16:00:00+09:00", "2026-05-07T16:00:00+09:00"},
		// Later years, computed by the regions' holiday rules.
		// Golden Week 2030: Children's Day on Sunday 5 May, its substitute Monday 6: 60 Thursday 2, 420 Tuesday 7.
		{"Japan Golden Week 2030 P4", catalog.Japan, catalog.Ultimate, catalog.P4, "", "", "2030-05-02T16:00:00+09:00", "2030-05-07T16:00:00+09:00"},
		// Golden Week 2040: Thursday 3 and Friday 4 May: 60 Wednesday 2, 420 Monday 7.
		{"Japan Golden Week 2040 P4", catalog.Japan, catalog.Ultimate, catalog.P4, "", "", "2040-05-02T16:00:00+09:00", "2040-05-07T16:00:00+09:00"},
		// Good Friday 30 March and Easter Monday 2 April 2040, in summer time.
		{"EMEA Easter 2040", catalog.EMEA, catalog.Expert, catalog.P2, "", "", "2040-03-29T16:30:00+01:00", "2040-04-03T10:30:00+01:00"},
		// Easter Monday 22 April 2030.
		{"EMEA Easter Monday 2030", catalog.EMEA, catalog.Expert, catalog.P2, "", "", "2030-04-18T16:30:00+01:00", "2030-04-23T10:30:00+01:00"},
		// Thanksgiving Thursday 28 November 2030 and 22 November 2040.
		{"Americas Thanksgiving 2030", catalog.Americas, catalog.Expert, catalog.P2, "", "", "2030-11-27T17:00:00-08:00", "2030-11-29T07:30:00-08:00"},
		{"Americas Thanksgiving 2040", catalog.Americas, catalog.Expert, catalog.P2, "", "", "2040-11-21T17:00:00-08:00", "2040-11-23T07:30:00-08:00"},
		// Australia Day on Saturday 26 January 2030 is held on Monday 28.
		{"APAC Australia Day 2030", catalog.APAC, catalog.Expert, catalog.P2, "", "", "2030-01-25T16:30:00+11:00", "2030-01-29T10:30:00+11:00"},
		// Australia Day on Thursday 26 January 2040 stays.
		{"APAC Australia Day 2040", catalog.APAC, catalog.Expert, catalog.P2, "", "", "2040-01-25T16:30:00+11:00", "2040-01-27T10:30:00+11:00"},
		{"Commerce table", catalog.EMEA, catalog.Ultimate, catalog.P2, ProductCommerceManaged, "2022-03-01", "2026-11-24T10:00:00Z", "2026-11-24T11:00:00Z"},
		{"Commerce licence too old", catalog.EMEA, catalog.Ultimate, catalog.P2, ProductCommerceManaged, "2021-01-01", "2026-11-24T10:00:00Z", "2026-11-24T10:30:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cal, err := RegionCalendar(cat, DefaultSettings(), tc.region, nil)
			if err != nil {
				t.Fatal(err)
			}
			m := Membership{Tier: tc.tier}
			if tc.licensed != "" {
				m.CommerceManagedLicensed = catalog.MustDate(tc.licensed)
			}
			target, got, err := ResponseDeadline(cat, Case{Priority: tc.priority, Opened: slaInstant(t, tc.opened), Product: tc.product}, m, cal)
			if err != nil {
				t.Fatal(err)
			}
			if s := got.Format(time.RFC3339); s != tc.want {
				t.Errorf("due %s, want %s", s, tc.want)
			}
			if !target.MissingHolidays.IsZero() {
				t.Errorf("the catalog's rules know the year, yet: %s", target.MissingHolidays)
			}
		})
	}
	tl, err := CaseTimeline(cat.FollowUp, CaseAwaitingResponse, slaInstant(t, "2026-11-24T10:00:00Z"))
	if err != nil {
		t.Fatal(err)
	}
	// +24 h, +72 h, +120 h; closed after 144 h; reopenable 14 days more.
	got := []string{tl.Reminders[0].At.Format(time.RFC3339), tl.Reminders[1].At.Format(time.RFC3339), tl.Reminders[2].At.Format(time.RFC3339),
		tl.AutoClose.Format(time.RFC3339), tl.ReopenUntil.Format(time.RFC3339)}
	want := []string{"2026-11-25T10:00:00Z", "2026-11-27T10:00:00Z", "2026-11-29T10:00:00Z", "2026-11-30T10:00:00Z", "2026-12-14T10:00:00Z"}
	if !slices.Equal(got, want) {
		t.Errorf("timeline %v, want %v", got, want)
	}
}

// TestResponseDeadlineNamesMissingHolidays checks that a deadline counted
// through a year the calendar knows no holidays for says so, and that the
// days of that year are counted as Monday to Friday.
func TestResponseDeadlineNamesMissingHolidays(t *testing.T) {
	cat := slaTestCatalog()
	// A customer's own list that ends in 2027.
	cal := slaCalendar(t, catalog.Japan, "2027-05-03", "2027-12-31")
	m := Membership{Tier: catalog.Expert}
	const missing2028 = "No holidays known for Japan in 2028: business days are counted as Monday to Friday"
	for _, tc := range []struct {
		name     string
		priority catalog.Priority
		opened   string
		due      string
		note     string
	}{
		// 30 minutes on Thursday 30 December, the 31st a holiday, 90
		// minutes on Monday 3 January 2028, counted though 2028 is unknown.
		{"into an unknown year", catalog.P2, "2027-12-30T16:30:00+09:00", "2028-01-03T10:30:00+09:00", missing2028},
		{"within a known year", catalog.P2, "2027-11-30T16:30:00+09:00", "2027-12-01T10:30:00+09:00", ""},
		{"in an unknown year", catalog.P4, "2028-05-02T16:00:00+09:00", "2028-05-03T16:00:00+09:00", missing2028},
		{"around the clock", catalog.P1, "2028-05-03T10:00:00+09:00", "2028-05-03T11:00:00+09:00", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			target, due, err := ResponseDeadline(cat, Case{Priority: tc.priority, Opened: slaInstant(t, tc.opened)}, m, cal)
			if err != nil {
				t.Fatal(err)
			}
			if s := due.Format(time.RFC3339); s != tc.due {
				t.Errorf("due %s, want %s", s, tc.due)
			}
			if got := target.MissingHolidays.String(); got != tc.note {
				t.Errorf("MissingHolidays = %q, want %q", got, tc.note)
			}
			v, err := CaseResponseVerdict(cat, SupportCase{Number: "E-1", Priority: tc.priority, Opened: slaInstant(t, tc.opened)}, m, cal, slaInstant(t, tc.opened))
			if err != nil {
				t.Fatal(err)
			}
			if got := v.Target.MissingHolidays.String(); got != tc.note {
				t.Errorf("verdict's MissingHolidays = %q, want %q", got, tc.note)
			}
		})
	}
}
