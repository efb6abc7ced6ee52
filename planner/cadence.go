package planner

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// Touchpoint catalog items that CadenceSeries chooses between.
const (
	TouchpointQBR           = "touchpoint-qbr"
	TouchpointServiceReview = "touchpoint-service-review"
	TouchpointSteering      = "touchpoint-steering"
	TouchpointStatusCall    = "touchpoint-status-call"
	TouchpointEnablement    = "touchpoint-enablement"
	TouchpointEscalation    = "touchpoint-escalation"
	TouchpointCustom        = "touchpoint-custom"
)

// CadenceRule returns the recurrence rule a meeting held at frequency
// follows, and false when a series cannot follow it (quarterly, or the
// TAM's own words). A monthly meeting keeps its weekday ("first
// Tuesday").
func CadenceRule(frequency string) (Recurrence, bool) {
	switch frequency {
	case FrequencyWeekly:
		return RecurWeekly, true
	case FrequencyBiweekly:
		return RecurBiweekly, true
	case FrequencyMonthly:
		return RecurMonthlyWeekday, true
	}
	return "", false
}

// CadenceTouchpoint returns the touchpoint item a meeting of the
// engagement cadence is, by its name: a steering meeting, a service
// review, a (quarterly) business review, an enablement session, else a
// status call.
func CadenceTouchpoint(m Meeting) string {
	name := strings.ToLower(m.Name)
	switch {
	case strings.Contains(name, "steering"):
		return TouchpointSteering
	case strings.Contains(name, "service review"):
		return TouchpointServiceReview
	case strings.Contains(name, "qbr") || strings.Contains(name, "business review"):
		return TouchpointQBR
	case strings.Contains(name, "enablement"):
		return TouchpointEnablement
	}
	return TouchpointStatusCall
}

// CadenceSeries turns meeting m of customer's engagement cadence into a
// series of touchpoints (see CadenceTouchpoint) from day from to day to,
// following the meeting's frequency (weekly, biweekly or monthly) on the
// business days of cal. The occurrences are scheduled, carry the
// meeting's name as their title and the touchpoint's typical hours, and
// use the TAM's capacity like any planned activity. It returns the series
// (with a new ID) and its occurrences, or an error when the frequency has
// no rule or the days give no occurrence.
func CadenceSeries(cat *catalog.Catalog, customer ID, m Meeting, from, to Date, cal Calendar) (Series, []Activity, error) {
	rule, ok := CadenceRule(m.Frequency)
	if !ok {
		return Series{}, nil, fmt.Errorf("meeting %q: a series follows a weekly, biweekly or monthly meeting, not one held %q", m.Name, m.Frequency)
	}
	item, ok := cat.Item(CadenceTouchpoint(m))
	if !ok {
		return Series{}, nil, fmt.Errorf("meeting %q: the catalog has no touchpoint %q", m.Name, CadenceTouchpoint(m))
	}
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return Series{}, nil, fmt.Errorf("meeting %q: want a first day and a last day not before it", m.Name)
	}
	s := Series{ID: NewID(), CustomerID: customer, Rule: rule, Start: from, Until: to}
	if err := s.Validate(); err != nil {
		return Series{}, nil, fmt.Errorf("meeting %q: %w", m.Name, err)
	}
	template := Activity{CustomerID: customer, ItemID: item.ID, Title: m.Name, Hours: float64(item.Hours), Status: ActivityScheduled}
	occurrences, err := ExpandSeries(template, s, cal)
	if err != nil {
		return Series{}, nil, fmt.Errorf("meeting %q: %w", m.Name, err)
	}
	if len(occurrences) == 0 {
		return Series{}, nil, fmt.Errorf("meeting %q: no business day from %s to %s", m.Name, from, to)
	}
	for _, a := range occurrences {
		if err := a.Validate(cat); err != nil {
			return Series{}, nil, err
		}
	}
	return s, occurrences, nil
}
