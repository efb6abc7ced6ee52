package export

import (
	"strings"

	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// The palette: one accent colour, neutrals, and one colour per meaning of
// a status. Every document draws from these and nothing else.
const (
	accent     layout.RGB = 0x1B5FC1 // Liftoff blue: bands, headings, current state
	accentDark layout.RGB = 0x123F80
	ink        layout.RGB = 0x1D2633 // body text
	muted      layout.RGB = 0x5B6676 // secondary text
	faint      layout.RGB = 0x8A94A3 // captions, disabled
	rule       layout.RGB = 0xD5DBE3 // hairlines, tracks
	tint       layout.RGB = 0xF2F5F9 // panels, zebra rows
	white      layout.RGB = 0xFFFFFF

	good    layout.RGB = 0x23854A // done, delivered, included
	caution layout.RGB = 0xB7701A // proposed, at risk, purchased-to-buy
	danger  layout.RGB = 0xC2372F // blocked, overdue, over capacity
)

// tinted returns the pale background that goes with c (chips, bars).
func tinted(c layout.RGB) layout.RGB { return c.Mix(white, 0.86) }

// Type scales. Body text is never below 9 pt and nothing is below 8 pt.
const (
	minPointSize = 8.0
)

// paperScale is for A4 and Letter pages.
func paperScale() layout.TypeScale {
	return layout.TypeScale{
		Title:    layout.TextStyle{Size: 24, Bold: true, Color: white, Lead: 1.15},
		Subtitle: layout.TextStyle{Size: 12, Color: white, Lead: 1.3},
		H1:       layout.TextStyle{Size: 14, Bold: true, Color: accentDark, Lead: 1.25},
		H2:       layout.TextStyle{Size: 11, Bold: true, Color: ink, Lead: 1.3},
		Body:     layout.TextStyle{Size: 9.5, Color: ink, Lead: 1.38},
		BodyBold: layout.TextStyle{Size: 9.5, Bold: true, Color: ink, Lead: 1.38},
		Small:    layout.TextStyle{Size: 8.5, Color: muted, Lead: 1.35},
		Caption:  layout.TextStyle{Size: 8, Color: muted, Lead: 1.3},
		Label:    layout.TextStyle{Size: 8, Bold: true, Color: muted, Lead: 1.3},
	}
}

// slideScale is for 16:9 slides, read on a screen or a projector.
func slideScale() layout.TypeScale {
	return layout.TypeScale{
		Title:    layout.TextStyle{Size: 36, Bold: true, Color: ink, Lead: 1.1},
		Subtitle: layout.TextStyle{Size: 18, Color: muted, Lead: 1.3},
		H1:       layout.TextStyle{Size: 24, Bold: true, Color: ink, Lead: 1.2},
		H2:       layout.TextStyle{Size: 15, Bold: true, Color: ink, Lead: 1.3},
		Body:     layout.TextStyle{Size: 14, Color: ink, Lead: 1.35},
		BodyBold: layout.TextStyle{Size: 14, Bold: true, Color: ink, Lead: 1.35},
		Small:    layout.TextStyle{Size: 11, Color: muted, Lead: 1.35},
		Caption:  layout.TextStyle{Size: 10, Color: muted, Lead: 1.3},
		Label:    layout.TextStyle{Size: 10, Bold: true, Color: muted, Lead: 1.3},
	}
}

// statusLook is how a status is shown: a label and a colour.
type statusLook struct {
	label string
	color layout.RGB
}

// chip returns the look of a chip showing the status: its label on a
// pale pill of its colour, in a darker shade of the colour.
func (l statusLook) chip() layout.ChipLook {
	return layout.ChipLook{Label: l.label, Fill: tinted(l.color), Text: l.color.Mix(ink, 0.25)}
}

// lookOfStatus returns the label and colour of a plan status.
func (w words) lookOfStatus(s planner.Status) statusLook {
	switch s {
	case planner.StatusDone:
		return statusLook{w.T("doc.status.done"), good}
	case planner.StatusInProgress:
		return statusLook{w.T("doc.status.inProgress"), accent}
	case planner.StatusBlocked:
		return statusLook{w.T("doc.status.blocked"), danger}
	case planner.StatusCancelled:
		return statusLook{w.T("doc.status.cancelled"), faint}
	case planner.StatusOpen:
		return statusLook{w.T("doc.status.open"), muted}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfActivity returns the label and colour of an activity status.
func (w words) lookOfActivity(s planner.ActivityStatus) statusLook {
	switch s {
	case planner.ActivityDelivered:
		return statusLook{w.T("doc.status.delivered"), good}
	case planner.ActivityScheduled:
		return statusLook{w.T("doc.status.scheduled"), accent}
	case planner.ActivityProposed:
		return statusLook{w.T("doc.status.proposed"), caution}
	case planner.ActivityCancelled:
		return statusLook{w.T("doc.status.cancelled"), faint}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfPhase returns the label and colour of a phase status.
func (w words) lookOfPhase(s planner.PhaseStatus) statusLook {
	switch s {
	case planner.PhaseDone:
		return statusLook{w.T("doc.status.done"), good}
	case planner.PhaseInProgress:
		return statusLook{w.T("doc.status.inProgress"), accent}
	case planner.PhaseSkipped:
		return statusLook{w.T("doc.status.skipped"), faint}
	case planner.PhaseNotStarted:
		return statusLook{w.T("doc.status.notStarted"), muted}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfEntitlement returns the label and colour of an entitlement status.
func (w words) lookOfEntitlement(s planner.EntitlementStatus) statusLook {
	switch s {
	case planner.Included:
		return statusLook{w.T("doc.status.included"), good}
	case planner.Purchased:
		return statusLook{w.T("doc.status.purchased"), accent}
	case planner.Available:
		return statusLook{w.T("doc.status.available"), caution}
	case planner.NotAvailable:
		return statusLook{w.T("doc.status.notAvailable"), faint}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfRAG returns the label and colour of a red, amber or green
// rating: of a risk, or of a customer's health.
func (w words) lookOfRAG(r planner.RAG) statusLook {
	switch r {
	case planner.RAGRed:
		return statusLook{w.T("doc.status.red"), danger}
	case planner.RAGAmber:
		return statusLook{w.T("doc.status.amber"), caution}
	case planner.RAGGreen:
		return statusLook{w.T("doc.status.green"), good}
	}
	return statusLook{string(r), muted}
}

// ragLabels returns the chip labels of every rating.
func (w words) ragLabels() []string {
	var out []string
	for _, r := range planner.RAGs() {
		out = append(out, w.lookOfRAG(r).label)
	}
	return out
}

// lookOfLevel returns the label and colour of the impact or likelihood
// of a risk; an issue has no likelihood and shows a dash.
func (w words) lookOfLevel(l planner.Level) statusLook {
	if l == "" {
		return statusLook{"–", faint}
	}
	return w.lookOfPriority(string(l))
}

// levelLabels returns the chip labels of every level.
func (w words) levelLabels() []string {
	var out []string
	for _, l := range planner.Levels() {
		out = append(out, w.lookOfLevel(l).label)
	}
	return out
}

// lookOfPriority returns the label and colour of a recommendation priority.
func (w words) lookOfPriority(p string) statusLook {
	switch strings.ToLower(p) {
	case "high":
		return statusLook{w.T("doc.status.high"), danger}
	case "medium":
		return statusLook{w.T("doc.status.medium"), caution}
	case "low":
		return statusLook{w.T("doc.status.low"), muted}
	}
	return statusLook{titleCase(p), muted}
}
