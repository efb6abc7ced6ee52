package planner_test

import (
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestExpiryWarnings(t *testing.T) {
	cat := catalog.Default()
	d := catalog.MustDate
	c := planner.Customer{ID: planner.NewID(), Name: "Müller GmbH", Contract: planner.Contract{
		Start: d("2025-12-06"), End: d("2027-11-30"),
		Allowances: planner.Allowances{AcceleratorsPerYear: 4, FieldHoursPerYear: 40},
	}}
	act := func(item, day string, status planner.ActivityStatus, hours float64) planner.Activity {
		return planner.Activity{ItemID: item, Date: d(day), Status: status, Hours: hours}
	}
	allUsed := []planner.Activity{
		act("acc-analytics-kpi-framework", "2027-01-10", planner.ActivityDelivered, 6),
		act("acc-analytics-kpi-framework", "2027-02-10", planner.ActivityDelivered, 6),
		act("acc-analytics-kpi-framework", "2027-03-10", planner.ActivityDelivered, 6),
		act("acc-analytics-kpi-framework", "2027-11-20", planner.ActivityScheduled, 6),
		act("field-health-assessment", "2027-03-02", planner.ActivityDelivered, 24),
		act("field-deskside-coaching", "2027-11-02", planner.ActivityScheduled, 16),
	}
	settings := planner.DefaultSettings()
	tests := []struct {
		name       string
		today      string
		activities []planner.Activity
		want       []string
	}{
		{"the last contract year ends on the contract end: 45 days left, nothing scheduled", "2027-10-16", nil, []string{
			"4 of 4 accelerators left and none scheduled; the contract year ends in 45 days, on 2027-11-30",
			"40 of 40 field-activity hours left and none scheduled; the contract year ends in 45 days, on 2027-11-30",
		}},
		{"proposed ones do not save the allowance but are named", "2027-10-16", []planner.Activity{
			act("acc-analytics-kpi-framework", "2027-03-10", planner.ActivityDelivered, 6),
			act("acc-analytics-kpi-framework", "2027-11-10", planner.ActivityScheduled, 6),
			act("acc-analytics-kpi-framework", "2027-11-11", planner.ActivityProposed, 6),
			act("field-deskside-coaching", "2027-11-02", planner.ActivityProposed, 12.5),
			act("field-health-assessment", "2027-11-03", planner.ActivityCancelled, 24),
		}, []string{
			"2 of 4 accelerators left and not scheduled, 1 of them proposed; the contract year ends in 45 days, on 2027-11-30",
			"40 of 40 field-activity hours left and not scheduled, 12.5 h of them proposed; the contract year ends in 45 days, on 2027-11-30",
		}},
		{"everything delivered or scheduled warns of nothing", "2027-10-16", allUsed, nil},
		{"the last day of the year still warns", "2027-11-30", allUsed[:5], []string{
			"16 of 40 field-activity hours left and none scheduled; the contract year ends in 0 days, on 2027-11-30",
		}},
		{"a day more than the threshold before the end warns of nothing", "2027-09-30", nil, nil},
		{"exactly the threshold warns", "2027-10-01", allUsed[1:], []string{
			"1 of 4 accelerators left and none scheduled; the contract year ends in 60 days, on 2027-11-30",
		}},
		{"a full contract year ends on its anniversary", "2026-11-01", nil, []string{
			"4 of 4 accelerators left and none scheduled; the contract year ends in 34 days, on 2026-12-05",
			"40 of 40 field-activity hours left and none scheduled; the contract year ends in 34 days, on 2026-12-05",
		}},
		{"after the contract nothing is allowed, nothing expires", "2027-12-02", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := planner.ExpiryWarnings(cat, planner.Account{Customer: c, Activities: tc.activities}, settings, d(tc.today))
			var texts []string
			for _, w := range got {
				texts = append(texts, w.Reason.String())
				if w.Kind != planner.WarningExpiry || w.CustomerID != c.ID || w.Date.IsZero() {
					t.Errorf("warning %+v: want kind %s, the customer and the year's end", w, planner.WarningExpiry)
				}
			}
			if !slices.Equal(texts, tc.want) {
				t.Errorf("warnings\n%q\nwant\n%q", texts, tc.want)
			}
		})
	}
	short := settings
	short.ExpiryWarningDays = 30
	if got := planner.ExpiryWarnings(cat, planner.Account{Customer: c}, short, d("2027-10-16")); len(got) != 0 {
		t.Errorf("a threshold of 30 days warns 45 days ahead: %v", got)
	}
}

func TestRenewal(t *testing.T) {
	d := catalog.MustDate
	s := planner.DefaultSettings()
	contract := planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30")}
	if day, ok := planner.RenewalDay(contract, s); !ok || day != d("2027-09-01") {
		t.Errorf("renewal day %s %v, want 2027-09-01 (90 days before the end)", day, ok)
	}
	if _, ok := planner.RenewalDay(planner.Contract{Start: d("2025-12-06")}, s); ok {
		t.Error("a contract without an end has a renewal day")
	}
	for _, tc := range []struct {
		today string
		days  int
		soon  bool
	}{
		{"2027-09-01", 0, true},
		{"2027-03-05", 180, true},
		{"2027-03-04", 181, false},
		{"2027-09-02", -1, false},
	} {
		days, soon := planner.RenewalIn(contract, s, d(tc.today))
		if days != tc.days || soon != tc.soon {
			t.Errorf("on %s: renewal in %d days, soon %v; want %d, %v", tc.today, days, soon, tc.days, tc.soon)
		}
	}
}

func TestRenewalWarnings(t *testing.T) {
	d := catalog.MustDate
	c := planner.Customer{ID: planner.NewID(), Name: "Müller GmbH", Contract: planner.Contract{Start: d("2025-12-06"), End: d("2027-11-30")}}
	review := func(item, day string, status planner.ActivityStatus) planner.Activity {
		return planner.Activity{ItemID: item, Date: d(day), Status: status, Hours: 2}
	}
	const want = "renewal on 2027-09-01 (contract ends 2027-11-30) with no QBR or service review planned from 2027-06-03"
	tests := []struct {
		name       string
		quarter    string
		notice     int
		activities []planner.Activity
		want       string
	}{
		{"a renewal in the quarter without a review", "2027Q3", 90, nil, want},
		{"a QBR before the renewal", "2027Q3", 90, []planner.Activity{review(planner.ItemQBR, "2027-08-10", planner.ActivityScheduled)}, ""},
		{"a proposed service review before the renewal", "2027Q3", 90, []planner.Activity{review(planner.ItemServiceReview, "2027-06-03", planner.ActivityProposed)}, ""},
		{"a review on the renewal day", "2027Q3", 90, []planner.Activity{review(planner.ItemQBR, "2027-09-01", planner.ActivityDelivered)}, ""},
		{"a cancelled QBR does not count", "2027Q3", 90, []planner.Activity{review(planner.ItemQBR, "2027-08-10", planner.ActivityCancelled)}, want},
		{"a QBR after the renewal does not count", "2027Q3", 90, []planner.Activity{review(planner.ItemQBR, "2027-09-02", planner.ActivityScheduled)}, want},
		{"a QBR too long before does not count", "2027Q3", 90, []planner.Activity{review(planner.ItemQBR, "2027-06-02", planner.ActivityDelivered)}, want},
		{"another activity does not count", "2027Q3", 90, []planner.Activity{review("pro-roadmap-review", "2027-08-10", planner.ActivityScheduled)}, want},
		{"a renewal in another quarter", "2027Q4", 90, nil, ""},
		{"the notice setting moves the renewal into the quarter", "2027Q4", 30, nil,
			"renewal on 2027-10-31 (contract ends 2027-11-30) with no QBR or service review planned from 2027-08-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := planner.DefaultSettings()
			s.RenewalNoticeDays = tc.notice
			q, err := planner.ParseQuarter(tc.quarter)
			if err != nil {
				t.Fatal(err)
			}
			got := planner.RenewalWarnings(planner.Account{Customer: c, Activities: tc.activities}, s, q)
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("warnings %v, want none", got)
			case tc.want != "" && (len(got) != 1 || got[0].Reason.String() != tc.want || got[0].Kind != planner.WarningRenewal || got[0].CustomerID != c.ID):
				t.Errorf("warnings %+v, want one renewal warning %q", got, tc.want)
			}
		})
	}
	if got := planner.RenewalWarnings(planner.Account{Customer: planner.Customer{Contract: planner.Contract{Start: d("2025-12-06")}}}, planner.DefaultSettings(), planner.QuarterOf(d("2027-09-01"))); len(got) != 0 {
		t.Errorf("a contract without an end warns: %v", got)
	}
}

func TestSettingsDaysValidated(t *testing.T) {
	cat := catalog.Default()
	for _, tc := range []struct {
		expiry, notice int
		bad            []string
	}{
		{60, 90, nil},
		{1, 365, nil},
		{0, 90, []string{"expiryWarningDays"}},
		{60, 366, []string{"renewalNoticeDays"}},
		{-1, 0, []string{"expiryWarningDays", "renewalNoticeDays"}},
	} {
		s := planner.DefaultSettings()
		s.ExpiryWarningDays, s.RenewalNoticeDays = tc.expiry, tc.notice
		err := s.Validate(cat)
		var fields []string
		if ve, ok := err.(*planner.ValidationError); ok {
			for _, p := range ve.Problems {
				fields = append(fields, p.Field)
			}
		} else if err != nil {
			t.Fatalf("%d/%d: %v is not a *ValidationError", tc.expiry, tc.notice, err)
		}
		if !slices.Equal(fields, tc.bad) {
			t.Errorf("expiry %d, notice %d: fields in error %v, want %v", tc.expiry, tc.notice, fields, tc.bad)
		}
	}
	if s := planner.DefaultSettings(); s.ExpiryWarningDays != 60 || s.RenewalNoticeDays != 90 {
		t.Errorf("defaults %d and %d days, want 60 and 90", s.ExpiryWarningDays, s.RenewalNoticeDays)
	}
}

// TestSettingsHealthValidated checks the bounds of the thresholds of
// health, that a problem names its field, and the defaults.
func TestSettingsHealthValidated(t *testing.T) {
	cat := catalog.Default()
	for _, tc := range []struct {
		health planner.HealthSettings
		bad    []string
		says   string
	}{
		{planner.HealthSettings{BreachWindowDays: 1, OverdueActionsRed: 1, PaceTolerancePoints: 0}, nil, ""},
		{planner.HealthSettings{BreachWindowDays: 365, OverdueActionsRed: 99, PaceTolerancePoints: 100}, nil, ""},
		{planner.HealthSettings{BreachWindowDays: 0, OverdueActionsRed: 3, PaceTolerancePoints: 20},
			[]string{"health.breachWindowDays"}, "must be from 1 to 365 days, not 0"},
		{planner.HealthSettings{BreachWindowDays: 30, OverdueActionsRed: 100, PaceTolerancePoints: 20},
			[]string{"health.overdueActionsRed"}, "must be from 1 to 99 overdue actions, not 100"},
		{planner.HealthSettings{BreachWindowDays: 30, OverdueActionsRed: 3, PaceTolerancePoints: -1},
			[]string{"health.paceTolerancePoints"}, "must be from 0 to 100 percentage points, not -1"},
		{planner.HealthSettings{}, []string{"health.breachWindowDays", "health.overdueActionsRed"}, ""},
	} {
		s := planner.DefaultSettings()
		s.Health = tc.health
		err := s.Validate(cat)
		var fields []string
		v, ok := planner.AsValidation(err)
		if ok {
			for _, p := range v.Problems {
				fields = append(fields, p.Field)
			}
		} else if err != nil {
			t.Fatalf("%+v: %v is not a *ValidationError", tc.health, err)
		}
		if !slices.Equal(fields, tc.bad) {
			t.Errorf("%+v: fields in error %v, want %v", tc.health, fields, tc.bad)
		}
		if tc.says != "" && (len(fields) == 0 || v.Problems[0].Message != tc.says) {
			t.Errorf("%+v: %v, want %q", tc.health, err, tc.says)
		}
	}
	want := planner.HealthSettings{BreachWindowDays: 30, OverdueActionsRed: 3, PaceTolerancePoints: 20}
	if got := planner.DefaultSettings().Health; got != want {
		t.Errorf("default thresholds of health %+v, want %+v", got, want)
	}
}
