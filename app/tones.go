package app

import (
	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// The tones of the window's statuses, tiers and regions. A tone names a
// colour meaning; widgets.Tone maps it to the theme's colours, in the
// light and the dark variant, for chips, blocks, bars and labels alike.

// entitlementTone returns the tone of an entitlement status: included
// green, purchased blue, available amber, not available grey.
func entitlementTone(s planner.EntitlementStatus) widgets.Tone {
	switch s {
	case planner.Included:
		return widgets.ToneSuccess
	case planner.Purchased:
		return widgets.ToneActive
	case planner.Available:
		return widgets.ToneWarning
	}
	return widgets.ToneNeutral
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

// phaseTone returns the colour of a phase status.
func phaseTone(s planner.PhaseStatus) widgets.Tone {
	switch s {
	case planner.PhaseInProgress:
		return widgets.ToneActive
	case planner.PhaseDone:
		return widgets.ToneSuccess
	case planner.PhaseSkipped:
		return widgets.ToneMuted
	}
	return widgets.ToneNeutral
}

// planStatusTone returns the colour of an objective, milestone or action
// status.
func planStatusTone(s planner.Status) widgets.Tone {
	switch s {
	case planner.StatusInProgress:
		return widgets.ToneActive
	case planner.StatusDone:
		return widgets.ToneSuccess
	case planner.StatusBlocked:
		return widgets.ToneDanger
	case planner.StatusCancelled:
		return widgets.ToneMuted
	}
	return widgets.ToneNeutral
}

// activityTone returns the colour of an activity status.
func activityTone(s planner.ActivityStatus) widgets.Tone {
	switch s {
	case planner.ActivityScheduled:
		return widgets.ToneActive
	case planner.ActivityDelivered:
		return widgets.ToneSuccess
	case planner.ActivityCancelled:
		return widgets.ToneMuted
	}
	return widgets.ToneNeutral
}

// casePriorityTone is the colour of a case priority: P1 red, P2 amber.
func casePriorityTone(p catalog.Priority) widgets.Tone {
	switch p {
	case catalog.P1:
		return widgets.ToneDanger
	case catalog.P2:
		return widgets.ToneWarning
	case catalog.P3:
		return widgets.ToneActive
	}
	return widgets.ToneNeutral
}

// caseStatusTone is the colour of a case status: waiting for the
// customer amber, closed grey.
func caseStatusTone(s planner.CaseStatus) widgets.Tone {
	switch s {
	case planner.CaseAwaitingResponse, planner.CaseSolutionProposed:
		return widgets.ToneWarning
	case planner.CaseClosed:
		return widgets.ToneMuted
	case planner.CaseReopened:
		return widgets.ToneActive
	}
	return widgets.ToneActive
}

// healthTone is the colour of a RAG rating.
func healthTone(r planner.RAG) widgets.Tone {
	switch r {
	case planner.RAGRed:
		return widgets.ToneDanger
	case planner.RAGAmber:
		return widgets.ToneWarning
	case planner.RAGGreen:
		return widgets.ToneSuccess
	}
	return widgets.ToneNeutral
}
