package planner

import (
	"errors"
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// ErrPhaseOrder is wrapped by SetPhaseStatus when a change would break the
// order of the phases.
var ErrPhaseOrder = errors.New("phase order")

// SetPhaseStatus moves phase p of the engagement to status on day on.
//
// The rules keep the phases in order: a phase can be marked done only when
// every earlier phase is done or skipped, and a phase cannot be reopened
// while a later one is done. A phase is skipped (for a customer who joins
// late) only with a reason. A phase cannot start before a phase ahead of
// it started. Starting a phase sets its actual start to on;
// marking it done sets its actual end (and its actual start, when it was
// never started). Reopening a phase clears its actual end. On error the
// engagement is unchanged.
func (e *Engagement) SetPhaseStatus(cat *catalog.Catalog, p catalog.PhaseID, status PhaseStatus, reason string, on Date) error {
	state, i, ok := e.Phase(p)
	if !ok {
		return fmt.Errorf("engagement %q has no phase %q (want %s)", e.Name, p, e.phaseIDList())
	}
	name := phaseDisplayName(cat, p)
	switch status {
	case PhaseNotStarted, PhaseInProgress, PhaseDone, PhaseSkipped:
	default:
		return fmt.Errorf("phase %s: unknown status %q (want not-started, in-progress, done or skipped)", name, status)
	}
	if status != PhaseNotStarted && on.IsZero() {
		return &TextError{Text: Textf("phase %s: the day of the change must be set", name)}
	}
	if status.Open() {
		for _, later := range e.Phases[i+1:] {
			if later.Status == PhaseDone {
				return &TextError{Err: ErrPhaseOrder, Text: Textf("%s cannot be reopened while %s is done", name, phaseDisplayName(cat, later.Phase))}
			}
		}
	}
	if (status == PhaseInProgress || status == PhaseDone) && state.ActualStart.IsZero() {
		// The phase starts on on: not before a phase that comes ahead of it.
		var latest PhaseState
		for _, earlier := range e.Phases[:i] {
			if earlier.ActualStart.After(latest.ActualStart) {
				latest = earlier
			}
		}
		if on.Before(latest.ActualStart) {
			return &TextError{Text: Textf("phase %s: cannot start on %s, before %s started on %s", name, on, phaseDisplayName(cat, latest.Phase), latest.ActualStart)}
		}
	}
	switch status {
	case PhaseDone:
		for _, earlier := range e.Phases[:i] {
			if earlier.Status.Open() {
				blocking := phaseDisplayName(cat, earlier.Phase)
				if earlier.Status == PhaseInProgress {
					return &TextError{Err: ErrPhaseOrder, Text: Textf("%s cannot be done while %s is in progress; finish or skip %s first", name, blocking, blocking)}
				}
				return &TextError{Err: ErrPhaseOrder, Text: Textf("%s cannot be done while %s is not started; finish or skip %s first", name, blocking, blocking)}
			}
		}
		if state.ActualStart.IsZero() {
			state.ActualStart = on
		}
		if on.Before(state.ActualStart) {
			return &TextError{Text: Textf("phase %s: cannot end on %s, before it started on %s", name, on, state.ActualStart)}
		}
		state.ActualEnd = on
		state.SkipReason = ""
	case PhaseSkipped:
		reason = strings.TrimSpace(reason)
		if reason == "" {
			return &TextError{Text: Textf("phase %s: skipping a phase needs a reason, such as \"customer joined in Design\"", name)}
		}
		state.SkipReason = reason
	case PhaseInProgress:
		if state.ActualStart.IsZero() { // a reopened phase keeps its start
			state.ActualStart = on
		}
		state.ActualEnd = Date{}
		state.SkipReason = ""
	case PhaseNotStarted:
		state.ActualStart, state.ActualEnd = Date{}, Date{}
		state.SkipReason = ""
	}
	state.Status = status
	e.Phases[i] = state
	return nil
}

// Current returns the engagement's current phase: the first phase that is
// neither done nor skipped. It reports false when every phase is closed.
func (e Engagement) Current() (PhaseState, bool) {
	for _, s := range e.Phases {
		if s.Status.Open() {
			return s, true
		}
	}
	return PhaseState{}, false
}

// SetDeliverable records how far the deliverable of phase p has come. The
// phase must name a deliverable in the catalog.
func (e *Engagement) SetDeliverable(cat *catalog.Catalog, p catalog.PhaseID, state DeliverableState) error {
	_, i, ok := e.Phase(p)
	if !ok {
		return fmt.Errorf("engagement %q has no phase %q (want %s)", e.Name, p, e.phaseIDList())
	}
	ph, known := cat.Phase(p)
	if !known {
		return fmt.Errorf("phase %q is not in the catalog", p)
	}
	if ph.Deliverable == "" {
		return fmt.Errorf("phase %s names no deliverable", ph.Name)
	}
	switch state {
	case DeliverableNotStarted, DeliverableDraft, DeliverableDelivered:
	default:
		return fmt.Errorf("phase %s: unknown deliverable state %q (want not-started, draft or delivered)", ph.Name, state)
	}
	e.Phases[i].Deliverable = state
	return nil
}

// PhaseDeliverable is the deliverable of one phase and how far it has come.
type PhaseDeliverable struct {
	Phase     catalog.PhaseID
	PhaseName string
	// Name is the deliverable as the catalog names it, such as "kickoff
	// deck, including the project collaboration plan".
	Name string
	// Kind is the document kind Liftoff produces for it ("kickoff",
	// "assessment", "summary"), or empty.
	Kind  string
	State DeliverableState
}

// Produced reports whether the deliverable has been delivered.
func (d PhaseDeliverable) Produced() bool { return d.State == DeliverableDelivered }

// Deliverables returns the deliverable of every phase of the engagement
// that names one in the catalog, in phase order.
func (e Engagement) Deliverables(cat *catalog.Catalog) []PhaseDeliverable {
	var out []PhaseDeliverable
	for _, s := range e.Phases {
		ph, ok := cat.Phase(s.Phase)
		if !ok || ph.Deliverable == "" {
			continue
		}
		state := s.Deliverable
		if state == DeliverableNone {
			state = DeliverableNotStarted
		}
		out = append(out, PhaseDeliverable{Phase: s.Phase, PhaseName: ph.Name, Name: ph.Deliverable, Kind: ph.DeliverableKind, State: state})
	}
	return out
}

func (e Engagement) phaseIDList() string {
	ids := make([]string, len(e.Phases))
	for i, s := range e.Phases {
		ids[i] = string(s.Phase)
	}
	if len(ids) == 0 {
		return "none: the engagement lists no phases"
	}
	return strings.Join(ids, ", ")
}

// phaseName returns the catalog's name of phase p, or its ID.
func phaseDisplayName(cat *catalog.Catalog, p catalog.PhaseID) string {
	if cat != nil {
		if ph, ok := cat.Phase(p); ok {
			return ph.Name
		}
	}
	return string(p)
}
