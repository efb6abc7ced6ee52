package planner_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// An Expert customer in EMEA opens a P2 case on Friday at 16:30 London
// time: 30 business minutes are left that day, the other 90 run on Monday.
func ExampleResponseDue() {
	cat := catalog.Default()
	cal, err := planner.RegionCalendar(cat, planner.DefaultSettings(), catalog.EMEA, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := planner.Case{Priority: catalog.P2, Opened: time.Date(2026, 11, 27, 16, 30, 0, 0, time.UTC)}
	due, err := planner.ResponseDue(cat, c, planner.Membership{Tier: catalog.Expert}, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(due.Format("Monday 2006-01-02 15:04 MST"))
	// Output: Monday 2026-11-30 10:30 GMT
}

// ResponseDeadline also says which target applied and why.
func ExampleResponseDeadline() {
	cat := catalog.Default()
	cal, err := planner.RegionCalendar(cat, planner.DefaultSettings(), catalog.Americas, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m := planner.Membership{Tier: catalog.Ultimate, CommerceManagedLicensed: catalog.MustDate("2020-05-01")}
	opened := time.Date(2026, 11, 24, 17, 15, 0, 0, cal.Location)
	target, due, err := planner.ResponseDeadline(cat, planner.Case{Priority: catalog.P3, Opened: opened, Product: planner.ProductCommerceManaged}, m, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(target.Explanation)
	fmt.Println(target.Note)
	fmt.Println(due.Format("Monday 15:04 MST"))
	// Output:
	// Ultimate Success P3: 1 hour within Americas business hours (06:00-17:30 America/Los_Angeles)
	// Adobe Commerce Managed Services targets not applied: licensed 2020-05-01, before 2021-09-20; standard targets apply
	// Wednesday 06:45 PST
}

// A case set to Awaiting response gets three reminders, then closes; it
// can be reopened for 14 days.
func ExampleCaseTimeline() {
	status, err := planner.ParseCaseStatus("Awaiting response")
	if err != nil {
		fmt.Println(err)
		return
	}
	since := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	tl, err := planner.CaseTimeline(catalog.Default().FollowUp, status, since)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range tl.Reminders {
		fmt.Printf("reminder %d: %s, days left: %d\n", r.N, r.At.Format("Mon 2 Jan 15:04"), r.DaysLeft)
	}
	fmt.Println("closes:", tl.AutoClose.Format("Mon 2 Jan 15:04"))
	fmt.Println("reopen until:", tl.ReopenUntil.Format("Mon 2 Jan 15:04"))
	// Output:
	// reminder 1: Wed 25 Nov 10:00, days left: 5
	// reminder 2: Fri 27 Nov 10:00, days left: 3
	// reminder 3: Sun 29 Nov 10:00, days left: 1
	// closes: Mon 30 Nov 10:00
	// reopen until: Mon 14 Dec 10:00
}

// A holiday list can be pasted as text, one day a line; every mistake is
// reported with its line.
func ExampleParseHolidays() {
	list := `# England and Wales, Christmas 2026
2026-12-25 Christmas Day
2026-12-28 Boxing Day (substitute day)
`
	holidays, err := planner.ParseHolidays(strings.NewReader(list))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range holidays {
		fmt.Println(h.Date, h.Name)
	}
	_, err = planner.ParseHolidays(strings.NewReader("2026-12-25 Christmas Day\n2026-13-01 Nowhere\n2026-12-25 Again\n"))
	fmt.Println(err)
	// Output:
	// 2026-12-25 Christmas Day
	// 2026-12-28 Boxing Day (substitute day)
	// holiday list: line 2: 2026-13-01 is not a day of the calendar; line 3: 2026-12-25 is listed twice (first on line 1)
}
