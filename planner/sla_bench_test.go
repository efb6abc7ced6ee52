package planner

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// BenchmarkResponseDue measures one deadline, target lookup included.
// Target: under 20 µs per call, even for a P4 opened before a two-week
// holiday.
func BenchmarkResponseDue(b *testing.B) {
	cat := slaTestCatalog()
	for _, bc := range []struct {
		name     string
		region   catalog.RegionID
		tier     catalog.TierID
		priority catalog.Priority
		holidays []string
		opened   string
	}{
		{"P2 typical", catalog.EMEA, catalog.Expert, catalog.P2, nil, "2026-11-24T10:00:00Z"},
		{"P2 Friday afternoon", catalog.EMEA, catalog.Expert, catalog.P2, nil, "2026-11-27T16:30:00Z"},
		{"P4 before a two-week holiday", catalog.EMEA, catalog.Expert, catalog.P4, slaTwoWeekHoliday(), "2026-12-18T16:00:00Z"},
		{"P1", catalog.Americas, catalog.Ultimate, catalog.P1, nil, "2026-11-28T03:00:00-08:00"},
	} {
		cal := slaCalendar(b, bc.region, bc.holidays...)
		c := Case{Priority: bc.priority, Opened: slaInstant(b, bc.opened)}
		m := Membership{Tier: bc.tier}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ResponseDue(cat, c, m, cal); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTargetDue measures the clock alone, for a target already
// looked up, across a two-week holiday.
func BenchmarkTargetDue(b *testing.B) {
	cal := slaCalendar(b, catalog.EMEA, slaTwoWeekHoliday()...)
	opened := slaInstant(b, "2026-12-18T16:00:00Z")
	target, err := ResponseTargetFor(slaTestCatalog(), Case{Priority: catalog.P4, Opened: opened}, Membership{Tier: catalog.Expert}, cal)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := target.Due(opened, cal); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCaseTimeline measures one follow-up timeline.
func BenchmarkCaseTimeline(b *testing.B) {
	rules := slaTestCatalog().FollowUp
	since := slaInstant(b, "2026-11-24T10:00:00Z")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CaseTimeline(rules, CaseAwaitingResponse, since); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHolidays measures reading a year of holidays for four
// regions (100 lines).
func BenchmarkParseHolidays(b *testing.B) {
	var text bytes.Buffer
	d := catalog.MustDate("2026-01-01")
	for i := range 100 {
		fmt.Fprintf(&text, "%s Holiday %d\n", d, i)
		d = d.AddDays(3)
	}
	b.SetBytes(int64(text.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseHolidays(bytes.NewReader(text.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
