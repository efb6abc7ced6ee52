package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// ICS writes an iCalendar file (RFC 5545) of the accounts' activities and
// Mutual Action Plan milestones.
//
// Every event is an all-day event (DTSTART;VALUE=DATE): an activity is
// planned for a day, not a time, and a date shows on that same day in
// every time zone, so a colleague in Tokyo and one in London see it on
// the day the TAM planned, and no VTIMEZONE is needed.
//
// UIDs are derived from the activity or milestone ID ("<id>@liftoff"), so
// importing a newer export updates the events instead of duplicating
// them. SEQUENCE counts the minutes from 2020-01-01 to the export, so a
// later export is always the newer version of an event; cancelled
// activities are kept with STATUS:CANCELLED so that calendars remove
// them. DTSTAMP is the export time (Options.Now).
func ICS(w io.Writer, cat *catalog.Catalog, accts []planner.Account, opts Options) error {
	now := opts.now().UTC()
	stamp := now.Format("20060102T150405Z")
	seq := max(int(now.Sub(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)).Minutes()), 0)
	bw := bufio.NewWriter(w)
	cw := &icsWriter{w: bw}
	cw.prop("BEGIN", "VCALENDAR")
	cw.prop("VERSION", "2.0")
	cw.prop("PRODID", "-//Liftoff//Liftoff planner//EN")
	cw.prop("CALSCALE", "GREGORIAN")
	cw.prop("METHOD", "PUBLISH")
	cw.text("X-WR-CALNAME", "Liftoff activities and milestones")
	for _, a := range accts {
		acts := slices.Clone(a.Activities)
		slices.SortStableFunc(acts, func(x, y planner.Activity) int {
			if c := x.Date.Compare(y.Date); c != 0 {
				return c
			}
			return strings.Compare(x.ID.String(), y.ID.String())
		})
		for _, act := range acts {
			if act.Date.IsZero() {
				continue
			}
			writeActivityEvent(cw, cat, a, act, stamp, seq)
		}
		if !a.HasPlan() {
			continue
		}
		for _, m := range a.Plan.Milestones {
			if m.Due.IsZero() {
				continue
			}
			writeMilestoneEvent(cw, a, m, stamp, seq)
		}
	}
	cw.prop("END", "VCALENDAR")
	if cw.err != nil {
		return fmt.Errorf("write calendar: %w", cw.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write calendar: %w", err)
	}
	return nil
}

// writeActivityEvent writes the event of one activity.
func writeActivityEvent(cw *icsWriter, cat *catalog.Catalog, a planner.Account, act planner.Activity, stamp string, seq int) {
	it, known := cat.Item(act.ItemID)
	name, kind := act.ItemID, "Activity"
	if known {
		name, kind = it.Name, kindName(it.Kind)
	}
	var desc []string
	desc = append(desc, "Customer: "+a.Customer.Name, kind+": "+name)
	if act.Solution != "" {
		desc = append(desc, "Solution: "+cat.SolutionName(act.Solution))
	}
	if act.Phase != "" {
		desc = append(desc, "Phase: "+phaseName(cat, act.Phase))
	}
	desc = append(desc, "Effort: "+hours(act.Hours), "Status: "+lookOfActivity(act.Status).label)
	if act.Owner != "" {
		desc = append(desc, "Owner: "+act.Owner)
	}
	if act.PrepareFor != "" {
		desc = append(desc, "Prepares: "+act.PrepareFor)
	}
	if t := objectiveTitle(a.Plan, act.ObjectiveID); t != "" {
		desc = append(desc, "Objective: "+t)
	}
	if act.Outcome != "" {
		desc = append(desc, "Outcome: "+act.Outcome)
	}
	status := "CONFIRMED"
	switch act.Status {
	case planner.ActivityProposed:
		status = "TENTATIVE"
	case planner.ActivityCancelled:
		status = "CANCELLED"
	}
	cats := []string{"Liftoff", kind}
	if act.Phase != "" {
		cats = append(cats, phaseName(cat, act.Phase))
	}
	cw.event(act.ID.String(), act.Date, name+" · "+a.Customer.Name, strings.Join(desc, "\n"), status, cats, stamp, seq)
}

// writeMilestoneEvent writes the event of one milestone.
func writeMilestoneEvent(cw *icsWriter, a planner.Account, m planner.Milestone, stamp string, seq int) {
	desc := []string{"Customer: " + a.Customer.Name, "Mutual Action Plan: " + a.Plan.Title, "Status: " + lookOfStatus(m.Status).label}
	if t := objectiveTitle(a.Plan, m.ObjectiveID); t != "" {
		desc = append(desc, "Objective: "+t)
	}
	status := "CONFIRMED"
	if m.Status == planner.StatusCancelled {
		status = "CANCELLED"
	}
	cw.event(m.ID.String(), m.Due, "Milestone: "+m.Title+" · "+a.Customer.Name, strings.Join(desc, "\n"), status,
		[]string{"Liftoff", "Milestone"}, stamp, seq)
}

// kindName names a kind of catalog item for people.
func kindName(k catalog.Kind) string {
	switch k {
	case catalog.KindAccelerator:
		return "Success Accelerator"
	case catalog.KindField:
		return "Field activity"
	case catalog.KindProactive:
		return "Proactive service"
	case catalog.KindAddOn:
		return "Add-on"
	case catalog.KindTouchpoint:
		return "Touchpoint"
	}
	return string(k)
}

// icsWriter writes content lines, folded and with CRLF line ends, and
// keeps the first write error.
type icsWriter struct {
	w   io.Writer
	err error
}

// prop writes a property whose value needs no escaping.
func (c *icsWriter) prop(name, value string) {
	if c.err != nil {
		return
	}
	_, c.err = io.WriteString(c.w, foldLine(name+":"+value))
}

// text writes a TEXT property, escaping its value.
func (c *icsWriter) text(name, value string) { c.prop(name, escapeText(value)) }

// event writes one all-day VEVENT.
func (c *icsWriter) event(id string, day planner.Date, summary, desc, status string, categories []string, stamp string, seq int) {
	c.prop("BEGIN", "VEVENT")
	c.prop("UID", id+"@liftoff")
	c.prop("DTSTAMP", stamp)
	c.prop("DTSTART;VALUE=DATE", icsDate(day))
	c.prop("DTEND;VALUE=DATE", icsDate(day.AddDays(1)))
	c.prop("SEQUENCE", itoa(seq))
	c.text("SUMMARY", summary)
	c.text("DESCRIPTION", desc)
	escaped := make([]string, len(categories))
	for i, cat := range categories {
		escaped[i] = escapeText(cat)
	}
	c.prop("CATEGORIES", strings.Join(escaped, ","))
	c.prop("STATUS", status)
	c.prop("TRANSP", "TRANSPARENT")
	c.prop("END", "VEVENT")
}

// icsDate writes a day as an iCalendar DATE (YYYYMMDD).
func icsDate(d planner.Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day) }

// escapeText escapes an iCalendar TEXT value: backslash, semicolon and
// comma get a backslash, a line end becomes \n, and other control
// characters are dropped.
func escapeText(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7F:
		case r == utf8.RuneError:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldLine ends a content line with CRLF, folding it so that no line is
// longer than 75 octets; folds fall between UTF-8 sequences, never inside
// one, and continuation lines start with a space.
func foldLine(line string) string {
	const limit = 75
	if len(line) <= limit {
		return line + "\r\n"
	}
	var b strings.Builder
	width := limit
	for len(line) > width {
		cut := width
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		width = limit - 1 // the leading space counts
	}
	b.WriteString(line)
	b.WriteString("\r\n")
	return b.String()
}
