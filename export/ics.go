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
// the milestones and actions of their Mutual Action Plans.
//
// Every event is an all-day event (DTSTART;VALUE=DATE): an activity is
// planned for a day, not a time, and a date shows on that same day in
// every time zone, so a colleague in Tokyo and one in London see it on
// the day the TAM planned, and no VTIMEZONE is needed. Work over several
// days (an activity with an EndDate) is one event over all of its days.
// Activities block time (TRANSP:OPAQUE, cancelled ones excepted);
// milestones and actions with a due day are events of their due day that
// block nothing (TRANSP:TRANSPARENT), marked by their SUMMARY
// ("Milestone: ", "Action: ") and CATEGORIES.
//
// UIDs are derived from the activity, milestone or action ID
// ("<id>@liftoff"), so importing a newer export updates the events
// instead of duplicating them; cancelled activities are kept with
// STATUS:CANCELLED so that calendars remove them. The calendar is named
// (X-WR-CALNAME, and NAME of RFC 7986) after the customer when there is
// one, else after the portfolio.
//
// The file depends on the data only, never on the moment of the export:
// two exports of unchanged data are the same bytes, so a re-import
// changes nothing. Liftoff keeps no revision count of an event, so
// SEQUENCE is 0 throughout and DTSTAMP is the time the customer was last
// saved (planner.Customer.Updated, in UTC), or 2020-01-01 when that is
// not recorded; calendars that import a file match events by UID and
// take the imported content. A SEQUENCE derived from the export time (or
// from a hash of the content, which is not monotonic) would make every
// re-import look like a new revision. The words of the events are in the
// language opts and its settings name.
func ICS(w io.Writer, cat *catalog.Catalog, accts []planner.Account, opts Options) error {
	bw := bufio.NewWriter(w)
	lang := opts.documentLanguage(nil)
	wd, err := newWords(lang)
	if err != nil {
		return fmt.Errorf("calendar: %w", err)
	}
	cat = cat.In(lang) // the offer's names in the calendar's language
	cw := &icsWriter{w: bw, words: wd}
	cw.prop("BEGIN", "VCALENDAR")
	cw.prop("VERSION", "2.0")
	cw.prop("PRODID", "-//Liftoff//Liftoff planner//EN")
	cw.prop("CALSCALE", "GREGORIAN")
	cw.prop("METHOD", "PUBLISH")
	name := cw.calendarName(accts)
	cw.text("NAME", name)
	cw.text("X-WR-CALNAME", name)
	for _, a := range accts {
		stamp := icsStamp(a.Customer.Updated)
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
			writeActivityEvent(cw, cat, a, act, stamp)
		}
		if !a.HasPlan() {
			continue
		}
		for _, m := range a.Plan.Milestones {
			if m.Due.IsZero() {
				continue
			}
			writeMilestoneEvent(cw, a, m, stamp)
		}
		for _, act := range a.Plan.Actions {
			if act.Due.IsZero() {
				continue
			}
			writeActionEvent(cw, a, act, stamp)
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

// calendarName names the calendar of accts: after the customer when there
// is one, else after the portfolio.
func (w words) calendarName(accts []planner.Account) string {
	if len(accts) == 1 {
		return w.T("doc.calendar.name.customer", accts[0].Customer.Name)
	}
	return w.T("doc.calendar.name.portfolio")
}

// label writes a labelled line of an event's description ("Customer:
// Müller GmbH").
func (w words) label(key, value string) string { return w.T("doc.calendar.line", w.T(key), value) }

// icsStamp is the DTSTAMP of the events of a customer last saved at
// updated: that time in UTC, or 2020-01-01 when it is not recorded.
func icsStamp(updated time.Time) string {
	if updated.IsZero() {
		updated = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return updated.UTC().Format("20060102T150405Z")
}

// calEvent is one all-day VEVENT: its first day and the day after its
// last (DTEND is exclusive).
type calEvent struct {
	id            string
	start, end    planner.Date
	summary, desc string
	status        string
	categories    []string
	stamp         string
	opaque        bool
}

// writeActivityEvent writes the event of one activity.
func writeActivityEvent(cw *icsWriter, cat *catalog.Catalog, a planner.Account, act planner.Activity, stamp string) {
	it, known := cat.Item(act.ItemID)
	name, kind := act.ItemID, cw.T("doc.calendar.kind.activity")
	if known {
		name, kind = it.Name, cw.kindName(it.Kind)
	}
	if act.Title != "" {
		name = act.Title
	}
	var desc []string
	desc = append(desc, cw.label("doc.calendar.customer", a.Customer.Name), cw.T("doc.calendar.line", kind, name))
	if act.Solution != "" {
		desc = append(desc, cw.label("doc.calendar.solution", cat.SolutionName(act.Solution)))
	}
	if act.Phase != "" {
		desc = append(desc, cw.label("doc.calendar.phase", phaseName(cat, act.Phase)))
	}
	desc = append(desc, cw.label("doc.calendar.effort", cw.hours(act.Hours)), cw.label("doc.calendar.status", cw.lookOfActivity(act.Status).label))
	if act.Owner != "" {
		desc = append(desc, cw.label("doc.calendar.owner", act.Owner))
	}
	if act.PrepareFor != "" {
		desc = append(desc, cw.label("doc.calendar.prepares", act.PrepareFor))
	}
	if t := objectiveTitle(a.Plan, act.ObjectiveID); t != "" {
		desc = append(desc, cw.label("doc.calendar.objective", t))
	}
	if act.Outcome != "" {
		desc = append(desc, cw.label("doc.calendar.outcome", act.Outcome))
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
	last := act.Date
	if act.EndDate.After(act.Date) {
		last = act.EndDate
	}
	cw.event(calEvent{id: act.ID.String(), start: act.Date, end: last.AddDays(1), summary: cw.T("doc.calendar.summary.activity", name, a.Customer.Name),
		desc: strings.Join(desc, "\n"), status: status, categories: cats, stamp: stamp,
		opaque: act.Status != planner.ActivityCancelled})
}

// writeMilestoneEvent writes the event of one milestone.
func writeMilestoneEvent(cw *icsWriter, a planner.Account, m planner.Milestone, stamp string) {
	desc := []string{cw.label("doc.calendar.customer", a.Customer.Name), cw.label("doc.calendar.plan", a.Plan.Title),
		cw.label("doc.calendar.status", cw.lookOfStatus(m.Status).label)}
	if t := objectiveTitle(a.Plan, m.ObjectiveID); t != "" {
		desc = append(desc, cw.label("doc.calendar.objective", t))
	}
	cw.event(calEvent{id: m.ID.String(), start: m.Due, end: m.Due.AddDays(1), summary: cw.T("doc.calendar.summary.milestone", m.Title, a.Customer.Name),
		desc: strings.Join(desc, "\n"), status: planStatus(m.Status), categories: []string{"Liftoff", cw.T("doc.calendar.milestone")}, stamp: stamp})
}

// writeActionEvent writes the event of one Mutual Action Plan action, on
// its due day.
func writeActionEvent(cw *icsWriter, a planner.Account, act planner.Action, stamp string) {
	desc := []string{cw.label("doc.calendar.customer", a.Customer.Name), cw.label("doc.calendar.plan", a.Plan.Title),
		cw.label("doc.calendar.status", cw.lookOfStatus(act.Status).label)}
	if act.Owner != "" {
		desc = append(desc, cw.label("doc.calendar.owner", act.Owner))
	}
	if t := milestoneTitle(a.Plan, act.MilestoneID); t != "" {
		desc = append(desc, cw.label("doc.calendar.milestone", t))
	}
	cw.event(calEvent{id: act.ID.String(), start: act.Due, end: act.Due.AddDays(1), summary: cw.T("doc.calendar.summary.action", act.Title, a.Customer.Name),
		desc: strings.Join(desc, "\n"), status: planStatus(act.Status), categories: []string{"Liftoff", cw.T("doc.calendar.action")}, stamp: stamp})
}

// planStatus is the event STATUS of a plan item: CANCELLED when it was
// cancelled, else CONFIRMED.
func planStatus(s planner.Status) string {
	if s == planner.StatusCancelled {
		return "CANCELLED"
	}
	return "CONFIRMED"
}

// kindName names a kind of catalog item for people.
func (w words) kindName(k catalog.Kind) string {
	switch k {
	case catalog.KindAccelerator, catalog.KindField, catalog.KindProactive, catalog.KindAddOn, catalog.KindTouchpoint:
		return w.T("doc.calendar.kind." + string(k))
	}
	return string(k)
}

// icsWriter writes content lines, folded and with CRLF line ends, and
// keeps the first write error.
type icsWriter struct {
	w   io.Writer
	err error
	// words are the words of the calendar's language.
	words
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
func (c *icsWriter) event(e calEvent) {
	c.prop("BEGIN", "VEVENT")
	c.prop("UID", e.id+"@liftoff")
	c.prop("DTSTAMP", e.stamp)
	c.prop("DTSTART;VALUE=DATE", icsDate(e.start))
	c.prop("DTEND;VALUE=DATE", icsDate(e.end))
	c.prop("SEQUENCE", "0")
	c.text("SUMMARY", e.summary)
	c.text("DESCRIPTION", e.desc)
	escaped := make([]string, len(e.categories))
	for i, cat := range e.categories {
		escaped[i] = escapeText(cat)
	}
	c.prop("CATEGORIES", strings.Join(escaped, ","))
	c.prop("STATUS", e.status)
	if e.opaque {
		c.prop("TRANSP", "OPAQUE")
	} else {
		c.prop("TRANSP", "TRANSPARENT")
	}
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
