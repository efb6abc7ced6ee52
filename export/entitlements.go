package export

import (
	"fmt"
	"github.com/liftoff-app/liftoff/export/layout"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// Entitlements writes the customer's entitlement statement: what the
// membership and contract include, what can be bought, and how much of
// this contract year's allowances is delivered, committed, proposed and
// left.
func Entitlements(w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	c := acct.Customer
	d, err := newPortraitDoc(meta{
		kind:     KindEntitlements,
		language: opts.documentLanguage(&c),
		subject:  "What " + c.Name + " is entitled to, and what is left this contract year",
		customer: c.Name,
		keywords: []string{"entitlements", "allowances", "add-ons", "response times", c.Name},
	}, opts)
	if err != nil {
		return Result{}, fmt.Errorf("entitlement statement: %w", err)
	}
	today := opts.today()
	use := planner.AllowanceUse(cat, c, acct.Activities, today)
	tier, tierOK := cat.Tier(c.Membership.Tier)
	d.AddPage()
	d.cover(KindEntitlements.Title(), c.Name,
		"Contract year "+rangeText(use.YearStart, use.YearEnd)+" · as of "+dateText(today))
	nsc := "–"
	if tierOK {
		nsc = fmt.Sprintf("%d per product", tier.NSCLimit)
	}
	d.facts([]fact{
		{"Membership", tierName(cat, c.Membership.Tier)},
		{"Support region", regionName(cat, c.Region)},
		{"Contract term", rangeText(c.Contract.Start, c.Contract.End)},
		{"Named Support Contacts", nsc},
	})
	d.outsideMembership(c)
	if tierOK && tier.Summary != "" {
		d.Flow(d.Page().Left, d.Page().ContentWidth(), tier.Summary, d.Scale().Body, 2)
	}

	d.sectionHeading("This contract year", 30)
	allowanceMeters(d, use)
	countedActivities(d, cat, acct, use)

	ents := planner.Entitlements(cat, c.Membership, c.Contract.Allowances)

	d.sectionHeading("Add-ons", keepTable)
	addOnTable(d, ents)

	d.sectionHeading("Support", keepTable)
	if tierOK {
		var lines []string
		if len(tier.SuccessTeam) > 0 {
			lines = append(lines, "Success team: "+strings.Join(tier.SuccessTeam, ", "))
		}
		if len(tier.Channels) > 0 {
			lines = append(lines, "Channels: "+strings.Join(tier.Channels, ", "))
		}
		d.bullets(d.Page().Left, d.Page().ContentWidth(), lines, d.Scale().Body)
	}
	d.subHeading("Targeted initial response times", keepTable)
	responseTable(d, cat, c, opts.settings())
	d.subHeading("Named Support Contacts per product", keepTable)
	contactUse(d, cat, c, tier.NSCLimit)

	d.sectionHeading("Success Accelerators", keepTable)
	itemTable(d, cat, c, ents, catalog.KindAccelerator)
	d.sectionHeading("Field activities", keepTable)
	itemTable(d, cat, c, ents, catalog.KindField)
	d.sectionHeading("Proactive services", keepTable)
	itemTable(d, cat, c, ents, catalog.KindProactive)
	return d.finish(w)
}

// allowanceMeters draws one meter per allowance: what is left of what is
// allowed, with what is delivered, committed and proposed. What is left
// does not take off what is proposed.
func allowanceMeters(d *doc, use planner.Usage) {
	type meter struct {
		label                                   string
		allowed, delivered, committed, proposed float64
		unit                                    string
	}
	a, f := use.Accelerators, use.FieldHours
	meters := []meter{
		{"Success Accelerators", float64(a.Allowed), float64(a.Delivered), float64(a.Committed), float64(a.Proposed), ""},
		{"Field-activity hours", f.Allowed, f.Delivered, f.Committed, f.Proposed, "h"},
	}
	h := d.Scale().Caption.LineHeight() + d.Scale().H1.LineHeight() + 5 + d.Scale().Small.LineHeight() + 4
	d.Need(h)
	for i, m := range meters {
		x, w := d.Page().ColumnSpan(i*6, 6)
		y := d.Y
		d.Text(x, y, m.label, d.Scale().Label)
		y += d.Scale().Caption.LineHeight()
		consumed := m.delivered + m.committed
		left := m.allowed - consumed
		big := d.Scale().H1.WithColor(ink)
		leftW := d.Text(x, y, number(max(left, 0), m.unit), big)
		d.Text(x+leftW+1.5, y+big.LineHeight()-d.Scale().Body.LineHeight()-0.6, "of "+number(m.allowed, m.unit)+" left", d.Scale().Body.WithColor(muted))
		color, note := accent, number(consumed, m.unit)+" delivered or committed"
		switch {
		case m.allowed == 0 && consumed == 0:
			color, note = faint, "Not part of the contract"
		case left < 0:
			color, note = danger, number(math.Abs(left), m.unit)+" over the allowance"
		case left == 0:
			color, note = caution, "Allowance fully committed"
		}
		d.TextIn(x, y, w, note, d.Scale().BodyBold.WithColor(color), layout.AlignRight)
		y += big.LineHeight() + 1
		fraction := 0.0
		if m.allowed > 0 {
			fraction = min(consumed/m.allowed, 1)
		} else if consumed > 0 {
			fraction = 1
		}
		d.progressBar(x, y, w, 3, fraction, color)
		y += 4
		d.Text(x, y, number(m.delivered, m.unit)+" delivered · "+number(m.committed, m.unit)+" committed (scheduled) · "+
			number(m.proposed, m.unit)+" proposed", d.Scale().Small.WithColor(muted))
	}
	d.Y += h
}

// countedActivities lists the activities that consume (or would consume)
// an allowance this contract year, as planner.Usage counts them.
func countedActivities(d *doc, cat *catalog.Catalog, acct planner.Account, use planner.Usage) {
	var rows [][]layout.Cell
	acts := slices.Clone(acct.Activities)
	slices.SortStableFunc(acts, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
	for _, a := range acts {
		probe := planner.Usage{YearStart: use.YearStart, YearEnd: use.YearEnd}
		probe.Count(cat, a)
		var counts string
		switch {
		case probe.Accelerators != planner.Consumption[int]{}:
			counts = "1 accelerator"
		case probe.FieldHours != planner.Consumption[float64]{}:
			counts = hours(a.ConsumedHours()) + " of field hours"
		default:
			continue
		}
		rows = append(rows, []layout.Cell{
			txt(dateText(a.Date)),
			{Text: itemName(cat, a.ItemID), Bold: true, Sub: cat.SolutionName(a.Solution)},
			txt(counts),
			chipCell(d.lookOfActivity(a.Status)),
		})
	}
	if len(rows) == 0 {
		d.emptyNote("Nothing delivered, committed or proposed this contract year consumes an allowance yet.")
		return
	}
	d.subHeading("What consumes the allowances", keepTable)
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: "Date", Weight: 1.8}, {Title: "Activity", Weight: 5.6}, {Title: "Consumes", Weight: 2.4}, {Title: "Status", Weight: 1.9},
	}, Rows: rows})
}

// addOnTable lists every add-on with the customer's status.
func addOnTable(d *doc, ents []planner.Entitlement) {
	var rows [][]layout.Cell
	for _, e := range ents {
		if e.Item.Kind != catalog.KindAddOn {
			continue
		}
		rows = append(rows, []layout.Cell{
			{Text: e.Item.Name, Bold: true, Sub: e.Item.Description},
			chipCell(d.lookOfEntitlement(e.Status)),
			txt(e.Reason.String()),
		})
	}
	if len(rows) == 0 {
		d.emptyNote("The catalog lists no add-ons.")
		return
	}
	d.drawTable(layout.Table{Columns: []layout.Column{{Title: "Add-on", Weight: 5}, {Title: "Status", Weight: 2}, {Title: "Why", Weight: 4.6}}, Rows: rows})
}

// contactUse shows, per licensed product, how many Named Support
// Contacts are named against the tier's limit.
func contactUse(d *doc, cat *catalog.Catalog, c planner.Customer, limit int) {
	products := slices.Clone(c.Membership.Solutions)
	for _, n := range c.Contacts {
		if !slices.Contains(products, n.Product) {
			products = append(products, n.Product)
		}
	}
	if len(products) == 0 {
		d.emptyNote("No licensed products recorded.")
		return
	}
	rows := make([][]layout.Cell, 0, len(products))
	for _, p := range products {
		var names []string
		for _, n := range c.Contacts {
			if n.Product == p {
				name := n.Name
				if n.AccountAdmin {
					name += " (account administrator)"
				}
				names = append(names, name)
			}
		}
		tone := layout.RGB(0)
		if len(names) > limit {
			tone = danger
		}
		rows = append(rows, []layout.Cell{
			{Text: cat.SolutionName(p), Bold: true},
			{Text: fmt.Sprintf("%d of %d", len(names), limit), Tone: tone},
			txt(orDash(strings.Join(names, ", "))),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{{Title: "Product", Weight: 3.4}, {Title: "Named", Weight: 1.4}, {Title: "Contacts", Weight: 6.8}}, Rows: rows})
}

// itemTable lists the items of one kind the customer is entitled to, and
// says how many others the catalog offers that it is not.
func itemTable(d *doc, cat *catalog.Catalog, c planner.Customer, ents []planner.Entitlement, kind catalog.Kind) {
	type row struct {
		item      catalog.Item
		solutions []string
		status    planner.EntitlementStatus
	}
	var list []*row
	byID := map[string]*row{}
	unavailable := map[string]bool{}
	var unlicensed []string
	var explained []planner.Entitlement
	for _, e := range ents {
		if e.Item.Kind != kind {
			continue
		}
		if !e.Status.Entitled() && e.Status != planner.Available {
			unavailable[e.Item.ID] = true
			if e.Solution != "" && !c.Membership.Licenses(cat, e.Solution) {
				unlicensed = appendNew(unlicensed, cat.SolutionName(e.Solution))
			} else {
				explained = append(explained, e)
			}
			continue
		}
		r, ok := byID[e.Item.ID]
		if !ok {
			r = &row{item: e.Item, status: e.Status}
			byID[e.Item.ID] = r
			list = append(list, r)
		}
		if e.Solution != "" {
			r.solutions = append(r.solutions, licensedUnder(cat, c.Membership, e.Solution)...)
		}
	}
	for id := range byID {
		delete(unavailable, id)
	}
	var reasons []string
	for _, r := range planner.GroupedReasons(explained) {
		reasons = appendNew(reasons, r.String())
	}
	if len(unlicensed) > 0 {
		reasons = append(reasons, "They are for solutions "+c.Name+" does not license: "+strings.Join(unlicensed, ", "))
	}
	if len(list) == 0 {
		d.emptyNote("None. " + strings.Join(reasons, ". ") + ".")
		return
	}
	rows := make([][]layout.Cell, 0, len(list))
	for _, r := range list {
		var meta []string
		if r.item.Category != "" {
			meta = append(meta, titleCase(r.item.Category))
		}
		if r.item.Format != "" && kind == catalog.KindAccelerator {
			meta = append(meta, r.item.Format)
		}
		cells := []layout.Cell{{Text: r.item.Name, Bold: true, Sub: strings.Join(meta, " · ")}}
		if kind != catalog.KindProactive {
			cells = append(cells, txt(orDash(strings.Join(slices.Compact(r.solutions), ", "))))
		}
		rows = append(rows, append(cells, txt(hours(float64(r.item.Hours))), chipCell(d.lookOfEntitlement(r.status))))
	}
	cols := []layout.Column{{Title: itemKindTitle(kind), Weight: 5.2}}
	if kind != catalog.KindProactive {
		cols = append(cols, layout.Column{Title: "For", Weight: 3.6})
	}
	cols = append(cols, layout.Column{Title: "Typical effort", Weight: 1.6}, layout.Column{Title: "Status", Weight: 1.9})
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
	if n := len(unavailable); n > 0 {
		d.Flow(d.Page().Left, d.Page().ContentWidth(), fmt.Sprintf("%d other %s of the catalog %s not available. %s.",
			n, plural(n, "entry", "entries"), plural(n, "is", "are"), strings.Join(reasons, ". ")), d.Scale().Small, 2)
	}
}

// appendNew appends s to list unless list holds it already.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// itemKindTitle names a kind of catalog item in a table header.
func itemKindTitle(k catalog.Kind) string {
	switch k {
	case catalog.KindAccelerator:
		return "Accelerator"
	case catalog.KindField:
		return "Field activity"
	case catalog.KindProactive:
		return "Proactive service"
	}
	return "Add-on"
}

// plural picks the singular or plural word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
