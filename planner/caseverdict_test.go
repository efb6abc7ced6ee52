package planner

import (
	"fmt"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// verdictOpening is a moment a case is opened in one region, in the
// region's wall clock.
type verdictOpening struct {
	name                           string
	year, month, day, hour, minute int
}

// verdictOpenings returns, per region, openings on an ordinary weekday,
// on the Friday before the region's clocks change (Japan has no change:
// an ordinary Friday), just before the clocks change on a Sunday night,
// and on the afternoon before the Christmas holiday of
// verdictHolidays.
func verdictOpenings() map[catalog.RegionID][]verdictOpening {
	christmasEve := verdictOpening{"afternoon before a holiday", 2026, 12, 24, 16, 50}
	return map[catalog.RegionID][]verdictOpening{
		catalog.EMEA: {{"weekday", 2026, 11, 24, 10, 0}, {"Friday before fall-back", 2026, 10, 23, 16, 30},
			{"night of spring-forward", 2026, 3, 29, 0, 50}, christmasEve},
		catalog.Americas: {{"weekday", 2026, 11, 24, 10, 0}, {"Friday before fall-back", 2026, 10, 30, 17, 0},
			{"night of spring-forward", 2026, 3, 8, 1, 50}, christmasEve},
		catalog.APAC: {{"weekday", 2026, 11, 24, 10, 0}, {"Friday before spring-forward", 2026, 10, 2, 16, 30},
			{"night of fall-back", 2026, 4, 5, 2, 30}, christmasEve},
		catalog.Japan: {{"weekday", 2026, 11, 24, 10, 0}, {"Friday", 2026, 10, 23, 16, 30},
			{"Sunday night", 2026, 3, 29, 0, 50}, christmasEve},
	}
}

// verdictHolidays is the holiday list of every region in the matrix.
var verdictHolidays = []string{"2026-12-25"}

// TestCaseResponseVerdictAgreesWithResponseDeadline runs every region,
// tier, priority and 24x5 setting, with and without a Commerce Managed
// Services case, across a holiday and the clock changes, and checks that
// the verdict's deadline is ResponseDeadline's and that its state and
// margin follow from the first response, or from now when there is none.
func TestCaseResponseVerdictAgreesWithResponseDeadline(t *testing.T) {
	cat := slaTestCatalog()
	licensed := catalog.MustDate("2022-01-10")
	type response struct {
		name   string
		offset time.Duration // from the deadline
		none   bool          // no first response; offset is now's
		state  ResponseState
		margin int
	}
	responses := []response{
		{"answered 90 seconds early", -90 * time.Second, false, ResponseMet, 1},
		{"answered at the deadline", 0, false, ResponseMet, 0},
		{"answered 30 seconds late", 30 * time.Second, false, ResponseBreached, -1},
		{"answered 61 minutes late", 61 * time.Minute, false, ResponseBreached, -61},
		{"unanswered, 10 minutes left", -10 * time.Minute, true, ResponseOpen, 10},
		{"unanswered at the deadline", 0, true, ResponseOpen, 0},
		{"unanswered, a second past", time.Second, true, ResponseBreached, -1},
		{"unanswered, 2 hours past", 2 * time.Hour, true, ResponseBreached, -120},
	}
	rows := 0
	for region, openings := range verdictOpenings() {
		cal := slaCalendar(t, region, verdictHolidays...)
		for _, tier := range []catalog.TierID{catalog.Expert, catalog.Ultimate} {
			for _, support24x5 := range []bool{false, true} {
				for _, product := range []catalog.SolutionID{"analytics", ProductCommerceManaged} {
					for _, p := range catalog.Priorities() {
						for _, o := range openings {
							opened := time.Date(o.year, time.Month(o.month), o.day, o.hour, o.minute, 0, 0, cal.Location)
							m := Membership{Tier: tier, Support24x5: support24x5, CommerceManagedLicensed: licensed}
							c := SupportCase{ID: NewID(), Number: "E-1", Priority: p, Product: product, Opened: opened}
							name := fmt.Sprintf("%s/%s/24x5=%v/%s/%s/%s", region, tier, support24x5, product, p, o.name)
							target, due, err := ResponseDeadline(cat, c.Case(cat), m, cal)
							if err != nil {
								t.Fatalf("%s: ResponseDeadline: %v", name, err)
							}
							for _, r := range responses {
								rows++
								now := due.Add(r.offset)
								c.FirstResponse = time.Time{}
								if !r.none {
									c.FirstResponse = due.Add(r.offset)
									now = due.Add(48 * time.Hour)
								}
								v, err := CaseResponseVerdict(cat, c, m, cal, now)
								if err != nil {
									t.Fatalf("%s, %s: %v", name, r.name, err)
								}
								if !v.Due.Equal(due) || v.Due.Location() != cal.Location || v.Target.TableID != target.TableID || v.Target.Clock != target.Clock {
									t.Errorf("%s, %s: due %s by %s/%s, ResponseDeadline says %s by %s/%s",
										name, r.name, v.Due, v.Target.TableID, v.Target.Clock, due, target.TableID, target.Clock)
								}
								if v.State != r.state || v.MarginMinutes != r.margin || v.Responded() == r.none {
									t.Errorf("%s, %s: %s with margin %d (responded %v), want %s with margin %d",
										name, r.name, v.State, v.MarginMinutes, v.Responded(), r.state, r.margin)
								}
							}
						}
					}
				}
			}
		}
	}
	if want := 4 * 2 * 2 * 2 * 4 * 4 * len(responses); rows != want {
		t.Errorf("%d rows, want %d", rows, want)
	}
}

// TestCaseResponseVerdictDeadlines checks deadlines worked out by hand, so
// that the verdict and ResponseDeadline cannot agree on a wrong one.
func TestCaseResponseVerdictDeadlines(t *testing.T) {
	cat := slaTestCatalog()
	licensed := catalog.MustDate("2022-01-10")
	tests := []struct {
		name        string
		region      catalog.RegionID
		tier        catalog.TierID
		priority    catalog.Priority
		product     catalog.SolutionID
		support24x5 bool
		opened      string
		want        string
	}{
		// 30 business minutes on Friday, 90 on Monday, now on GMT.
		{"EMEA Expert P2 over fall-back", catalog.EMEA, catalog.Expert, catalog.P2, "analytics", false, "2026-10-23T16:30:00+01:00", "2026-10-26T10:30:00Z"},
		// 15 minutes of real time across the missing hour.
		{"EMEA Ultimate P1 at spring-forward", catalog.EMEA, catalog.Ultimate, catalog.P1, "analytics", false, "2026-03-29T00:50:00Z", "2026-03-29T02:05:00+01:00"},
		// 30 minutes on Friday until 17:30, 30 from Monday 06:00 PST.
		{"Americas Ultimate P3 over fall-back", catalog.Americas, catalog.Ultimate, catalog.P3, "analytics", false, "2026-10-30T17:00:00-07:00", "2026-11-02T06:30:00-08:00"},
		// One business day: 30 minutes Friday, 450 Monday under daylight saving.
		{"APAC Expert P4 over spring-forward", catalog.APAC, catalog.Expert, catalog.P4, "analytics", false, "2026-10-02T16:30:00+10:00", "2026-10-05T16:30:00+11:00"},
		// 10 minutes Thursday; Friday 25 December is a holiday: 20 minutes Monday.
		{"Japan Ultimate P2 before a holiday", catalog.Japan, catalog.Ultimate, catalog.P2, "analytics", false, "2026-12-24T16:50:00+09:00", "2026-12-28T09:20:00+09:00"},
		// 24x5 counts the holiday.
		{"Japan Ultimate P2 24x5 into a holiday", catalog.Japan, catalog.Ultimate, catalog.P2, "analytics", true, "2026-12-24T23:50:00+09:00", "2026-12-25T00:20:00+09:00"},
		// The Commerce Managed Services P2 target is 60 business minutes.
		{"EMEA Commerce Managed Services P2", catalog.EMEA, catalog.Ultimate, catalog.P2, ProductCommerceManaged, false, "2026-11-24T16:30:00Z", "2026-11-25T09:30:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cal := slaCalendar(t, tt.region, verdictHolidays...)
			c := SupportCase{ID: NewID(), Number: "E-1", Priority: tt.priority, Product: tt.product, Opened: caseAt(t, tt.opened)}
			m := Membership{Tier: tt.tier, Support24x5: tt.support24x5, CommerceManagedLicensed: licensed}
			v, err := CaseResponseVerdict(cat, c, m, cal, c.Opened)
			if err != nil {
				t.Fatal(err)
			}
			if got := v.Due.Format(time.RFC3339); got != tt.want || v.State != ResponseOpen {
				t.Errorf("due %s, %s; want %s, open", got, v.State, tt.want)
			}
		})
	}
}

func TestResponseVerdictText(t *testing.T) {
	cat := slaTestCatalog()
	cal := slaCalendar(t, catalog.EMEA)
	m := Membership{Tier: catalog.Expert}
	// Expert P2 opened Tuesday 10:00 GMT is due at 12:00.
	c := SupportCase{ID: NewID(), Number: "E-1", Priority: catalog.P2, Opened: caseAt(t, "2026-11-24T10:00:00Z")}
	tests := []struct {
		name     string
		response string
		now      string
		want     string
	}{
		{"met", "2026-11-24T11:48:00Z", "2026-11-25T00:00:00Z", "met, 12 minutes before the deadline"},
		{"breached", "2026-11-24T13:05:00Z", "2026-11-25T00:00:00Z", "breached by 1 hour 5 minutes"},
		{"open", "", "2026-11-24T11:15:00Z", "open, due at 2026-11-24 12:00 GMT (45 minutes left)"},
		{"breached without response", "", "2026-11-24T14:00:00Z", "breached: no first response, due at 2026-11-24 12:00 GMT (2 hours ago)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.FirstResponse = time.Time{}
			if tt.response != "" {
				c.FirstResponse = caseAt(t, tt.response)
			}
			v, err := CaseResponseVerdict(cat, c, m, cal, caseAt(t, tt.now))
			if err != nil {
				t.Fatal(err)
			}
			if got := v.Text().String(); got != tt.want {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}

// TestAccountResponseVerdicts checks that an account's cases are counted
// in the customer's own calendar: its holiday list replaces the region's.
func TestAccountResponseVerdicts(t *testing.T) {
	cat := catalog.Default()
	a := Account{Customer: caseCustomer()}
	a.Customer.Holidays = slaHolidays(t, "2026-11-30")
	// Ultimate P2 is 30 business minutes: 10 on Friday from 16:50; Monday is the customer's holiday.
	c := NewSupportCase(caseCustomerID, "E-7", "Login fails", "analytics", catalog.P2, caseAt(t, "2026-11-27T16:50:00Z"))
	a.Cases = []SupportCase{c}
	got, err := AccountResponseVerdicts(cat, DefaultSettings(), a, caseAt(t, "2026-12-01T09:00:00Z"))
	if err != nil {
		t.Fatal(err)
	}
	if want := caseAt(t, "2026-12-01T09:20:00Z"); len(got) != 1 || !got[0].Due.Equal(want) || got[0].State != ResponseOpen || got[0].CaseID != c.ID {
		t.Errorf("verdicts %+v, want case %s open, due %s", got, c.ID, want)
	}
	a.Customer.Region = "moon"
	if _, err := AccountResponseVerdicts(cat, DefaultSettings(), a, c.Opened); err == nil {
		t.Error("no error for an unknown region")
	}
}
