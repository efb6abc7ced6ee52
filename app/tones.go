package app

import (
	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// The tones of the window's statuses, tiers and regions. A tone names a
// colour meaning; widgets.Tone maps it to the theme's colours, in the
// light and the dark variant, for chips, blocks, bars and labels alike.
// A value missing from a table below is neutral.

// toneOf returns the tone tones gives v, else neutral.
func toneOf[V comparable](tones map[V]widgets.Tone, v V) widgets.Tone {
	if t, ok := tones[v]; ok {
		return t
	}
	return widgets.ToneNeutral
}

// entitlementTones: included green, purchased blue, available amber, not
// available grey.
var entitlementTones = map[planner.EntitlementStatus]widgets.Tone{
	planner.Included:  widgets.ToneSuccess,
	planner.Purchased: widgets.ToneActive,
	planner.Available: widgets.ToneWarning,
}

// entitlementTone returns the tone of an entitlement status.
func entitlementTone(s planner.EntitlementStatus) widgets.Tone { return toneOf(entitlementTones, s) }

// tierTone returns the tone of a customer's tier: blue for Ultimate,
// grey for Expert.
func tierTone(c planner.Customer) widgets.Tone {
	if c.Membership.Tier == catalog.Ultimate {
		return widgets.ToneActive
	}
	return widgets.ToneNeutral
}

// regionTone is the tone of a customer's region, which states no status.
const regionTone = widgets.ToneNeutral

var phaseTones = map[planner.PhaseStatus]widgets.Tone{
	planner.PhaseInProgress: widgets.ToneActive,
	planner.PhaseDone:       widgets.ToneSuccess,
	planner.PhaseSkipped:    widgets.ToneMuted,
}

// phaseTone returns the colour of a phase status.
func phaseTone(s planner.PhaseStatus) widgets.Tone { return toneOf(phaseTones, s) }

var planStatusTones = map[planner.Status]widgets.Tone{
	planner.StatusInProgress: widgets.ToneActive,
	planner.StatusDone:       widgets.ToneSuccess,
	planner.StatusBlocked:    widgets.ToneDanger,
	planner.StatusCancelled:  widgets.ToneMuted,
}

// planStatusTone returns the colour of an objective, milestone or action
// status.
func planStatusTone(s planner.Status) widgets.Tone { return toneOf(planStatusTones, s) }

var activityTones = map[planner.ActivityStatus]widgets.Tone{
	planner.ActivityScheduled: widgets.ToneActive,
	planner.ActivityDelivered: widgets.ToneSuccess,
	planner.ActivityCancelled: widgets.ToneMuted,
}

// activityTone returns the colour of an activity status.
func activityTone(s planner.ActivityStatus) widgets.Tone { return toneOf(activityTones, s) }

// casePriorityTones: P1 red, P2 amber, P3 blue.
var casePriorityTones = map[catalog.Priority]widgets.Tone{
	catalog.P1: widgets.ToneDanger,
	catalog.P2: widgets.ToneWarning,
	catalog.P3: widgets.ToneActive,
}

// casePriorityTone is the colour of a case priority.
func casePriorityTone(p catalog.Priority) widgets.Tone { return toneOf(casePriorityTones, p) }

// caseStatusTones: waiting for the customer amber, closed grey; new, in
// progress and reopened blue (caseStatusTone's default).
var caseStatusTones = map[planner.CaseStatus]widgets.Tone{
	planner.CaseAwaitingResponse: widgets.ToneWarning,
	planner.CaseSolutionProposed: widgets.ToneWarning,
	planner.CaseClosed:           widgets.ToneMuted,
}

// caseStatusTone is the colour of a case status; any status not waiting
// or closed is blue.
func caseStatusTone(s planner.CaseStatus) widgets.Tone {
	if t, ok := caseStatusTones[s]; ok {
		return t
	}
	return widgets.ToneActive
}

var healthTones = map[planner.RAG]widgets.Tone{
	planner.RAGRed:   widgets.ToneDanger,
	planner.RAGAmber: widgets.ToneWarning,
	planner.RAGGreen: widgets.ToneSuccess,
}

// healthTone is the colour of a RAG rating.
func healthTone(r planner.RAG) widgets.Tone { return toneOf(healthTones, r) }
