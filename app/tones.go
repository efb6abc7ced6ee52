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

// toneTable gives values their tones.
type toneTable[V comparable] map[V]widgets.Tone

// of returns the tone of v, else neutral.
func (t toneTable[V]) of(v V) widgets.Tone { return t.or(v, widgets.ToneNeutral) }

// or returns the tone of v, else fallback.
func (t toneTable[V]) or(v V, fallback widgets.Tone) widgets.Tone {
	if tone, ok := t[v]; ok {
		return tone
	}
	return fallback
}

// entitlementTones: included green, purchased blue, available amber, not
// available grey.
var entitlementTones = toneTable[planner.EntitlementStatus]{
	planner.Included:  widgets.ToneSuccess,
	planner.Purchased: widgets.ToneActive,
	planner.Available: widgets.ToneWarning,
}

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

// phaseTones are the colours of phase statuses.
var phaseTones = toneTable[planner.PhaseStatus]{
	planner.PhaseInProgress: widgets.ToneActive,
	planner.PhaseDone:       widgets.ToneSuccess,
	planner.PhaseSkipped:    widgets.ToneMuted,
}

// planStatusTones are the colours of objective, milestone and action
// statuses.
var planStatusTones = toneTable[planner.Status]{
	planner.StatusInProgress: widgets.ToneActive,
	planner.StatusDone:       widgets.ToneSuccess,
	planner.StatusBlocked:    widgets.ToneDanger,
	planner.StatusCancelled:  widgets.ToneMuted,
}

// activityTones are the colours of activity statuses.
var activityTones = toneTable[planner.ActivityStatus]{
	planner.ActivityScheduled: widgets.ToneActive,
	planner.ActivityDelivered: widgets.ToneSuccess,
	planner.ActivityCancelled: widgets.ToneMuted,
}

// casePriorityTones: P1 red, P2 amber, P3 blue.
var casePriorityTones = toneTable[catalog.Priority]{
	catalog.P1: widgets.ToneDanger,
	catalog.P2: widgets.ToneWarning,
	catalog.P3: widgets.ToneActive,
}

// caseStatusTones: waiting for the customer amber, closed grey; new, in
// progress and reopened blue (caseStatusTone's default).
var caseStatusTones = toneTable[planner.CaseStatus]{
	planner.CaseAwaitingResponse: widgets.ToneWarning,
	planner.CaseSolutionProposed: widgets.ToneWarning,
	planner.CaseClosed:           widgets.ToneMuted,
}

// caseStatusTone is the colour of a case status; any status not waiting
// or closed is blue.
func caseStatusTone(s planner.CaseStatus) widgets.Tone {
	return caseStatusTones.or(s, widgets.ToneActive)
}

// healthTones are the colours of RAG ratings.
var healthTones = toneTable[planner.RAG]{
	planner.RAGRed:   widgets.ToneDanger,
	planner.RAGAmber: widgets.ToneWarning,
	planner.RAGGreen: widgets.ToneSuccess,
}
