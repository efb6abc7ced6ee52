package planner_test

import (
	"math"
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestActivityRecordValidation(t *testing.T) {
	cat := catalog.Default()
	base := schedActivity(1, schedMuller, "acc-target-program-maturity", "2027-01-12", 6)
	tests := []struct {
		name   string
		change func(*planner.Activity)
		fields []string // fields in error; none means valid
	}{
		{"plain", func(*planner.Activity) {}, nil},
		{"every new field", func(a *planner.Activity) {
			a.EndDate, a.Priority, a.VendorOwner, a.CustomerOwner = catalog.MustDate("2027-01-14"), planner.PriorityUrgent, "Dana TAM", "Jan Müller"
			a.NextSteps = "Send the findings.\nBook the follow-up."
		}, nil},
		{"end on the planned day", func(a *planner.Activity) { a.EndDate = a.Date }, nil},
		{"end before the planned day", func(a *planner.Activity) { a.EndDate = catalog.MustDate("2027-01-11") }, []string{"endDate"}},
		{"unknown priority", func(a *planner.Activity) { a.Priority = "asap" }, []string{"priority"}},
		{"owner over two lines", func(a *planner.Activity) { a.CustomerOwner = "Jan\nMüller" }, []string{"customerOwner"}},
		{"vendor owner too long", func(a *planner.Activity) { a.VendorOwner = string(make([]rune, 201)) }, []string{"vendorOwner"}},
		{"next steps with a bidi control", func(a *planner.Activity) { a.NextSteps = "call \u202e back" }, []string{"nextSteps"}},
		{"actuals of a scheduled activity", func(a *planner.Activity) {
			a.ActualDate, a.ActualHours = a.Date, 5
		}, []string{"actualDate", "actualHours"}},
		{"delivered with actuals", func(a *planner.Activity) { *a = a.Deliver(catalog.MustDate("2027-01-13"), 7.5, "done") }, nil},
		{"delivered without actuals", func(a *planner.Activity) { a.Status = planner.ActivityDelivered }, nil},
		{"delivered with too many actual hours", func(a *planner.Activity) { *a = a.Deliver(a.Date, 1000.5, "") }, []string{"actualHours"}},
		{"delivered with negative actual hours", func(a *planner.Activity) { *a = a.Deliver(a.Date, -1, "") }, []string{"actualHours"}},
		{"delivered with NaN actual hours", func(a *planner.Activity) { *a = a.Deliver(a.Date, math.NaN(), "") }, []string{"actualHours"}},
		{"requested", func(a *planner.Activity) { a.Status = planner.ActivityRequested }, nil},
		{"touchpoint", func(a *planner.Activity) { a.ItemID, a.Hours = "touchpoint-qbr", 8 }, nil},
		{"custom touchpoint without a title", func(a *planner.Activity) { a.ItemID = "touchpoint-custom" }, []string{"title"}},
		{"custom touchpoint with a title", func(a *planner.Activity) { a.ItemID, a.Title = "touchpoint-custom", "Budget talk" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := base
			tt.change(&a)
			err := a.Validate(cat)
			var got []string
			if v, ok := planner.AsValidation(err); ok {
				for _, p := range v.Problems {
					got = append(got, p.Field)
				}
			} else if err != nil {
				t.Fatalf("Validate: %v, want a validation error or none", err)
			}
			if !slices.Equal(got, tt.fields) {
				t.Errorf("fields in error %v, want %v (%v)", got, tt.fields, err)
			}
		})
	}
}

func TestActivityStatusAndPriority(t *testing.T) {
	if planner.ActivityRequested.Counts() || planner.ActivityCancelled.Counts() || !planner.ActivityDelivered.Counts() || !planner.ActivityProposed.Counts() {
		t.Error("requested and cancelled must not count, the others must")
	}
	if st, err := planner.ParseActivityStatus("requested"); err != nil || st != planner.ActivityRequested {
		t.Errorf("ParseActivityStatus(requested) = %q, %v", st, err)
	}
	if p, err := planner.ParseActivityPriority(""); err != nil || p != planner.PriorityNormal {
		t.Errorf("ParseActivityPriority(\"\") = %q, %v; want normal", p, err)
	}
	if _, err := planner.ParseActivityPriority("Urgent"); err == nil {
		t.Error("ParseActivityPriority(Urgent) accepted a name that is not one")
	}
	if got := (planner.Activity{}).EffectivePriority(); got != planner.PriorityNormal {
		t.Errorf("EffectivePriority of none = %q, want normal", got)
	}
	a := schedActivity(1, schedMuller, "field-deskside-coaching", "2027-01-12", 6)
	if a.ConsumedHours() != 6 {
		t.Errorf("scheduled: ConsumedHours = %g, want the planned 6", a.ConsumedHours())
	}
	d := a.Deliver(catalog.MustDate("2027-01-13"), 9, "")
	if d.ConsumedHours() != 9 || d.ActualDate != catalog.MustDate("2027-01-13") || d.Date != a.Date {
		t.Errorf("delivered: %+v, want actual 9 h on 2027-01-13 and the planned day kept", d)
	}
	if got := a.WithStatus(planner.ActivityDelivered).ConsumedHours(); got != 6 {
		t.Errorf("delivered without actual hours: ConsumedHours = %g, want the planned 6", got)
	}
	back := d.WithStatus(planner.ActivityScheduled)
	if !back.ActualDate.IsZero() || back.ActualHours != 0 || back.ConsumedHours() != 6 {
		t.Errorf("delivered set back to scheduled: %+v, want the actuals gone", back)
	}
}

// Requested activities use no capacity and no allowance; a delivered
// one uses its actual hours; touchpoints use capacity, need no
// entitlement and never use an allowance.
func TestCapacityAndAllowancesOfTheActivityRecord(t *testing.T) {
	muller := planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
		schedActivity(1, schedMuller, "field-deskside-coaching", "2027-01-12", 20),
		schedActivity(2, schedMuller, "field-deskside-coaching", "2027-01-13", 30),
		schedActivity(3, schedMuller, "field-deskside-coaching", "2027-01-19", 10),
		schedActivity(4, schedMuller, "touchpoint-status-call", "2027-01-26", 2),
	}}
	for i := range 3 {
		muller.Activities[i].Solution = "analytics"
	}
	muller.Activities[0] = muller.Activities[0].Deliver(catalog.MustDate("2027-01-12"), 12, "")
	muller.Activities[1].Status = planner.ActivityRequested
	expert := planner.Account{Customer: planner.Customer{ID: schedAcme, Name: "Acme Inc", Region: catalog.Americas,
		Membership: planner.Membership{Tier: catalog.Expert, Solutions: []catalog.SolutionID{"commerce"}},
		Contract:   planner.Contract{Start: catalog.MustDate("2026-01-01"), End: catalog.MustDate("2027-12-31")}}}
	expert.Activities = []planner.Activity{schedActivity(5, schedAcme, "touchpoint-qbr", "2027-01-28", 8)}

	in := schedInput(muller, expert)
	in.Catalog = catalog.Default()
	conflicts, err := planner.CheckPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range conflicts {
		t.Errorf("unexpected conflict %s: %s", c.Kind, c.Reason)
	}
	w, err := planner.QuarterLoad(in)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"2027-01-11": 12, "2027-01-18": 10, "2027-01-25": 10}
	for _, wk := range w.Weeks {
		if wk.Hours != want[wk.Week.Monday.String()] {
			t.Errorf("week of %s: %g h, want %g", wk.Week.Monday, wk.Hours, want[wk.Week.Monday.String()])
		}
	}
	u := planner.AllowanceUse(in.Catalog, muller.Customer, muller.Activities, catalog.MustDate("2027-01-12"))
	if fh, acc := u.FieldHours.Delivered+u.FieldHours.Committed+u.FieldHours.Proposed,
		u.Accelerators.Delivered+u.Accelerators.Committed+u.Accelerators.Proposed; fh != 22 || acc != 0 {
		t.Errorf("usage = %g field hours, %d accelerators; want 22 (12 actual + 10, the request and the touchpoint not counted), 0", fh, acc)
	}

	// Over the allowance only by the requested activity: no conflict;
	// once it is scheduled, there is one.
	muller.Activities[1].Status = planner.ActivityScheduled
	in.Accounts = []planner.Account{muller, expert}
	conflicts, err = planner.CheckPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(conflicts, func(c planner.Conflict) bool { return c.Kind == planner.ConflictAllowance }) {
		t.Errorf("conflicts %v, want the field-hours allowance exceeded once the request is scheduled", conflicts)
	}
}

func TestTouchpointsAreNoEntitlements(t *testing.T) {
	cat := catalog.Default()
	m := planner.Membership{Tier: catalog.Expert}
	for _, e := range planner.Entitlements(cat, m, planner.Allowances{}) {
		if e.Item.Kind == catalog.KindTouchpoint {
			t.Errorf("Entitlements lists touchpoint %s", e.Item.ID)
		}
	}
	e, err := planner.EntitlementFor(cat, m, planner.Allowances{}, "touchpoint-steering", "")
	if err != nil || !e.Status.Entitled() {
		t.Errorf("EntitlementFor(touchpoint-steering) on Expert = %+v, %v; want entitled", e, err)
	}
}

func TestDeliveryRecordStartsFromThePlanOrTheRecord(t *testing.T) {
	planned := schedActivity(1, schedMuller, "acc-target-program-maturity", "2027-01-12", 6)
	tests := []struct {
		name      string
		a         planner.Activity
		can       bool
		day       string
		wantHours float64
	}{
		{"scheduled", planned, true, "2027-01-12", 6},
		{"proposed", planned.WithStatus(planner.ActivityProposed), true, "2027-01-12", 6},
		{"delivered", planned.Deliver(catalog.MustDate("2027-01-14"), 7.5, ""), true, "2027-01-14", 7.5},
		{"delivered without actuals", planned.WithStatus(planner.ActivityDelivered), true, "2027-01-12", 6},
		{"requested", planned.WithStatus(planner.ActivityRequested), false, "2027-01-12", 6},
		{"cancelled", planned.WithStatus(planner.ActivityCancelled), false, "2027-01-12", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.CanDeliver(); got != tt.can {
				t.Errorf("CanDeliver = %v, want %v", got, tt.can)
			}
			day, hours := tt.a.DeliveryDefaults()
			if day != catalog.MustDate(tt.day) || hours != tt.wantHours {
				t.Errorf("DeliveryDefaults = %s, %g; want %s, %g", day, hours, tt.day, tt.wantHours)
			}
		})
	}
}

func TestADeliveryAfterTodayIsRefused(t *testing.T) {
	planned := schedActivity(1, schedMuller, "acc-target-program-maturity", "2027-01-12", 6)
	today := catalog.MustDate("2027-01-13")
	for _, tt := range []struct {
		day  string
		want bool
	}{{"2027-01-12", false}, {"2027-01-13", false}, {"2027-01-14", true}, {"2040-01-02", true}} {
		got, err := planned.RecordDelivery(catalog.MustDate(tt.day), 6, "", today)
		if (err != nil) != tt.want {
			t.Errorf("RecordDelivery on %s, today %s: error %v, want refused %v", tt.day, today, err, tt.want)
		}
		if got.Status != planner.ActivityDelivered || got.ActualDate != catalog.MustDate(tt.day) {
			t.Errorf("RecordDelivery on %s = %+v", tt.day, got)
		}
		if v, ok := planner.AsValidation(err); tt.want && (!ok || len(v.Problems) != 1 || v.Problems[0].Field != "actualDate") {
			t.Errorf("RecordDelivery on %s: %v, want a problem of actualDate", tt.day, err)
		}
	}
	// Set to delivered, an activity is delivered on its planned day.
	if _, err := planned.ChangeStatus(planner.ActivityDelivered, catalog.MustDate("2027-01-11")); err == nil {
		t.Error("ChangeStatus to delivered before the planned day was not refused")
	}
	if _, err := planned.ChangeStatus(planner.ActivityDelivered, today); err != nil {
		t.Errorf("ChangeStatus to delivered after the planned day: %v", err)
	}
	// A delivery recorded before (read from a file) keeps its day, and is
	// no new delivery.
	stored := planned.Deliver(catalog.MustDate("2040-01-02"), 6, "")
	if err := stored.Validate(schedCatalog()); err != nil {
		t.Errorf("Validate of a stored delivery after today: %v", err)
	}
	if _, err := stored.ChangeStatus(planner.ActivityDelivered, today); err != nil {
		t.Errorf("ChangeStatus of a delivered activity to delivered: %v", err)
	}
	if _, err := stored.ChangeStatus(planner.ActivityScheduled, today); err != nil {
		t.Errorf("ChangeStatus of a future delivery back to scheduled: %v", err)
	}
}
