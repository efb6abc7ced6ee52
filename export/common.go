package export

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// The helpers every document shares: names from the catalog and the plan,
// sides of the relationship, text shortened to fit. The words, dates and
// numbers of a document's language are in words.go.

// orDash returns s, or "–" when it is blank.
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
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

// customerCatalog returns the edition of the offer customer c's contract
// is under (planner.CustomerCatalog), with its texts in language lang
// (catalog.Catalog.In): the catalog a document about c works on.
func customerCatalog(cat *catalog.Catalog, c planner.Customer, lang string) *catalog.Catalog {
	return planner.CustomerCatalog(cat, c).In(lang)
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

// responseTargetTable draws the first-response target of every priority
// P1-P4 for customer c, counted in its region's business hours, with a
// note where a rule did not apply; none is said instead when there is no
// target to show.
func responseTargetTable(d *doc, cat *catalog.Catalog, c planner.Customer, settings planner.Settings, priorityTitle, targetTitle, none string) {
	cat = planner.CustomerCatalog(cat, c)
	cal, calErr := planner.CustomerCalendar(cat, settings, c)
	if calErr != nil {
		d.Logf("response targets: %v", calErr)
	}
	rows := [][]layout.Cell{}
	for _, p := range []catalog.Priority{catalog.P1, catalog.P2, catalog.P3, catalog.P4} {
		if calErr != nil {
			break
		}
		t, err := planner.ResponseTargetFor(cat, planner.Case{Priority: p}, c.Membership, cal)
		if err != nil {
			d.Logf("response target %s: %v", p, err)
			continue
		}
		note := ""
		if !t.Note.IsZero() {
			note = capitalize(d.sentence(t.Note))
		}
		rows = append(rows, []layout.Cell{{Text: string(p), Bold: true, Tone: accent}, {Text: withoutPriorityLabel(d.sentence(t.Explanation), p), Sub: note}})
	}
	if len(rows) == 0 {
		d.emptyNote(none)
		return
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: priorityTitle, Weight: 1}, {Title: targetTitle, Weight: 9},
	}, Rows: rows})
}

// withoutPriorityLabel drops the "Ultimate Success P2: " label a
// response target's explanation starts with, in any language's colon, as
// the table names the priority already.
func withoutPriorityLabel(expl string, p catalog.Priority) string {
	for _, colon := range []string{": ", "："} {
		if _, rest, ok := strings.Cut(expl, " "+string(p)+colon); ok {
			return capitalize(rest)
		}
	}
	return expl
}
