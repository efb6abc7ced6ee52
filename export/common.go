package export

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// The words and numbers every document writes alike: counts, dates and
// date ranges, hours and KPI values, names from the catalog and the plan,
// text shortened to fit.

// count writes "3 findings", "1 finding", "no findings".
func count(n int, noun string) string {
	switch n {
	case 0:
		return "no " + noun + "s"
	case 1:
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// orDash returns s, or "–" when it is blank.
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// phaseWindow describes when a phase runs: actual dates where known,
// else planned ones.
func phaseWindow(p planner.PhaseState) string {
	start, end := p.ActualStart, p.ActualEnd
	if start.IsZero() {
		start = p.PlannedStart
	}
	if end.IsZero() {
		end = p.PlannedEnd
	}
	if start.IsZero() && end.IsZero() {
		return "Not scheduled"
	}
	return capitalize(rangeText(start, end))
}

// rangeText writes a span of days ("3 Nov – 12 Dec 2025").
func rangeText(from, to planner.Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return "–"
	case to.IsZero():
		return "from " + dateText(from)
	case from.IsZero():
		return "until " + dateText(to)
	case from == to:
		return dateText(from)
	case from.Year == to.Year && from.Month == to.Month:
		return fmt.Sprintf("%d–%s", from.Day, dateText(to))
	case from.Year == to.Year:
		return shortDate(from) + " – " + dateText(to)
	}
	return dateText(from) + " – " + dateText(to)
}

// ellipsize shortens text to fit w millimetres in style st, ending it
// with "…" when it had to be cut: for names in narrow places (the
// kickoff's team columns, running headers, Gantt labels) whose full text
// is elsewhere in the document.
func ellipsize(d *doc, s string, w float64, st layout.TextStyle) string {
	if d.Measure(s, st) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && d.Measure(string(r)+"…", st) > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
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

// itoa formats an integer.
func itoa(n int) string { return strconv.Itoa(n) }

// tierName returns the display name of a customer's tier.
func tierName(cat *catalog.Catalog, id catalog.TierID) string {
	if t, ok := cat.Tier(id); ok {
		return t.Name
	}
	return string(id)
}

// regionName returns the display name of a region.
func regionName(cat *catalog.Catalog, id catalog.RegionID) string {
	if r, ok := cat.Region(id); ok {
		return r.Name
	}
	return string(id)
}

// phaseName returns the catalog name of a phase.
func phaseName(cat *catalog.Catalog, id catalog.PhaseID) string {
	if p, ok := cat.Phase(id); ok {
		return p.Name
	}
	return titleCase(string(id))
}

// itemName returns the catalog name of an item, or its ID.
func itemName(cat *catalog.Catalog, id string) string {
	if it, ok := cat.Item(id); ok {
		return it.Name
	}
	return id
}

// solutionNames returns the names of solutions, comma separated.
func solutionNames(cat *catalog.Catalog, ids []catalog.SolutionID) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = cat.SolutionName(id)
	}
	return strings.Join(names, ", ")
}

// objectiveTitle returns the title of the objective with the given ID.
func objectiveTitle(plan planner.ActionPlan, id planner.ID) string {
	for _, o := range plan.Objectives {
		if o.ID == id {
			return o.Title
		}
	}
	return ""
}

// milestoneTitle returns the title of the milestone with the given ID.
func milestoneTitle(plan planner.ActionPlan, id planner.ID) string {
	for _, m := range plan.Milestones {
		if m.ID == id {
			return m.Title
		}
	}
	return ""
}

// sideLabel names a side of the relationship in a word or two.
func (w words) sideLabel(s planner.Side) string {
	switch s {
	case planner.SideCustomer:
		return w.T("doc.side.customer")
	case planner.SideVendor:
		return w.T("doc.side.vendor")
	}
	return titleCase(string(s))
}

// sideName names a side of the relationship.
func (w words) sideName(s planner.Side, customer string) string {
	switch s {
	case planner.SideCustomer:
		return customer
	case planner.SideVendor:
		return w.T("doc.side.vendor")
	}
	return titleCase(string(s))
}
