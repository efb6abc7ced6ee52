package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/planner"
)

// rgb is a colour as 0xRRGGBB.
type rgb uint32

// The palette: one accent colour, neutrals, and one colour per meaning of
// a status. Every document draws from these and nothing else.
const (
	accent     rgb = 0x1B5FC1 // Liftoff blue: bands, headings, current state
	accentDark rgb = 0x123F80
	ink        rgb = 0x1D2633 // body text
	muted      rgb = 0x5B6676 // secondary text
	faint      rgb = 0x8A94A3 // captions, disabled
	rule       rgb = 0xD5DBE3 // hairlines, tracks
	tint       rgb = 0xF2F5F9 // panels, zebra rows
	white      rgb = 0xFFFFFF

	good    rgb = 0x23854A // done, delivered, included
	caution rgb = 0xB7701A // proposed, at risk, purchased-to-buy
	danger  rgb = 0xC2372F // blocked, overdue, over capacity
)

// split returns the red, green and blue components.
func (c rgb) split() (r, g, b int) { return int(c >> 16 & 0xFF), int(c >> 8 & 0xFF), int(c & 0xFF) }

// mix returns c blended towards o by the fraction t (0 keeps c).
func (c rgb) mix(o rgb, t float64) rgb {
	r1, g1, b1 := c.split()
	r2, g2, b2 := o.split()
	blend := func(a, b int) rgb { return rgb(float64(a) + (float64(b)-float64(a))*t + 0.5) }
	return blend(r1, r2)<<16 | blend(g1, g2)<<8 | blend(b1, b2)
}

// tinted returns the pale background that goes with c (chips, bars).
func (c rgb) tinted() rgb { return c.mix(white, 0.86) }

// Type scales. Body text is never below 9 pt and nothing is below 8 pt.
const (
	minPointSize = 8.0
)

// typeScale is the set of text styles of one kind of page.
type typeScale struct {
	title, subtitle, h1, h2, body, bodyBold, small, caption, label textStyle
}

// paperScale is for A4 and Letter pages.
func paperScale() typeScale {
	return typeScale{
		title:    textStyle{size: 24, bold: true, color: white, lead: 1.15},
		subtitle: textStyle{size: 12, color: white, lead: 1.3},
		h1:       textStyle{size: 14, bold: true, color: accentDark, lead: 1.25},
		h2:       textStyle{size: 11, bold: true, color: ink, lead: 1.3},
		body:     textStyle{size: 9.5, color: ink, lead: 1.38},
		bodyBold: textStyle{size: 9.5, bold: true, color: ink, lead: 1.38},
		small:    textStyle{size: 8.5, color: muted, lead: 1.35},
		caption:  textStyle{size: 8, color: muted, lead: 1.3},
		label:    textStyle{size: 8, bold: true, color: muted, lead: 1.3},
	}
}

// slideScale is for 16:9 slides, read on a screen or a projector.
func slideScale() typeScale {
	return typeScale{
		title:    textStyle{size: 36, bold: true, color: ink, lead: 1.1},
		subtitle: textStyle{size: 18, color: muted, lead: 1.3},
		h1:       textStyle{size: 24, bold: true, color: ink, lead: 1.2},
		h2:       textStyle{size: 15, bold: true, color: ink, lead: 1.3},
		body:     textStyle{size: 14, color: ink, lead: 1.35},
		bodyBold: textStyle{size: 14, bold: true, color: ink, lead: 1.35},
		small:    textStyle{size: 11, color: muted, lead: 1.35},
		caption:  textStyle{size: 10, color: muted, lead: 1.3},
		label:    textStyle{size: 10, bold: true, color: muted, lead: 1.3},
	}
}

// statusLook is how a status is shown: a label and a colour.
type statusLook struct {
	label string
	color rgb
}

// lookOfStatus returns the label and colour of a plan status.
func lookOfStatus(s planner.Status) statusLook {
	switch s {
	case planner.StatusDone:
		return statusLook{"Done", good}
	case planner.StatusInProgress:
		return statusLook{"In progress", accent}
	case planner.StatusBlocked:
		return statusLook{"Blocked", danger}
	case planner.StatusCancelled:
		return statusLook{"Cancelled", faint}
	case planner.StatusOpen:
		return statusLook{"Open", muted}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfActivity returns the label and colour of an activity status.
func lookOfActivity(s planner.ActivityStatus) statusLook {
	switch s {
	case planner.ActivityDelivered:
		return statusLook{"Delivered", good}
	case planner.ActivityScheduled:
		return statusLook{"Scheduled", accent}
	case planner.ActivityProposed:
		return statusLook{"Proposed", caution}
	case planner.ActivityCancelled:
		return statusLook{"Cancelled", faint}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfPhase returns the label and colour of a phase status.
func lookOfPhase(s planner.PhaseStatus) statusLook {
	switch s {
	case planner.PhaseDone:
		return statusLook{"Done", good}
	case planner.PhaseInProgress:
		return statusLook{"In progress", accent}
	case planner.PhaseSkipped:
		return statusLook{"Skipped", faint}
	case planner.PhaseNotStarted:
		return statusLook{"Not started", muted}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfEntitlement returns the label and colour of an entitlement status.
func lookOfEntitlement(s planner.EntitlementStatus) statusLook {
	switch s {
	case planner.Included:
		return statusLook{"Included", good}
	case planner.Purchased:
		return statusLook{"Purchased", accent}
	case planner.Available:
		return statusLook{"Available", caution}
	case planner.NotAvailable:
		return statusLook{"Not available", faint}
	}
	return statusLook{titleCase(string(s)), muted}
}

// lookOfPriority returns the label and colour of a recommendation priority.
func lookOfPriority(p string) statusLook {
	switch strings.ToLower(p) {
	case "high":
		return statusLook{"High", danger}
	case "medium":
		return statusLook{"Medium", caution}
	case "low":
		return statusLook{"Low", muted}
	}
	return statusLook{titleCase(p), muted}
}

// titleCase turns an identifier such as "not-started" into words with a
// capital first letter ("Not started").
func titleCase(s string) string { return capitalize(strings.ReplaceAll(s, "-", " ")) }

// capitalize upper-cases the first letter of s, whatever its script.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// dateText formats a day for documents ("12 Mar 2025"), or "–" when unset.
func dateText(d planner.Date) string {
	if d.IsZero() {
		return "–"
	}
	return fmt.Sprintf("%d %s %d", d.Day, d.Month.String()[:3], d.Year)
}

// shortDate formats a day without its year ("12 Mar").
func shortDate(d planner.Date) string {
	if d.IsZero() {
		return "–"
	}
	return fmt.Sprintf("%d %s", d.Day, d.Month.String()[:3])
}

// number formats a KPI value without needless decimals.
func number(v float64, unit string) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	switch unit {
	case "":
		return s
	case "%":
		return s + "%"
	}
	return s + " " + unit
}

// hours formats a number of hours ("8 h", "2.5 h").
func hours(h float64) string { return number(h, "h") }
