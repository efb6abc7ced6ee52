package export

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/export/layout"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// Entitlements writes the customer's entitlement statement: what the
// membership and contract include, what can be bought, and how much of
// this contract year's allowances is delivered, committed, proposed and
// left.
func Entitlements(ctx context.Context, w io.Writer, cat *catalog.Catalog, acct planner.Account, opts Options) (Result, error) {
	opts, err := started(ctx, opts, "entitlements")
	if err != nil {
		return Result{}, err
	}
	cat = customerCatalog(cat, acct.Customer, opts.documentLanguage(&acct.Customer)) // the edition of the customer's contract, in the document's language
	c := acct.Customer
	lang := opts.documentLanguage(&c)
	wd, err := newWords(lang)
	if err != nil {
		return Result{}, fmt.Errorf("entitlement statement: %w", err)
	}
	d, err := layOutPortrait(meta{
		kind:     KindEntitlements,
		language: lang,
		subject:  wd.T("doc.entitlements.subject", c.Name),
		customer: c.Name,
		keywords: append(strings.Split(wd.T("doc.entitlements.keywords"), ","), c.Name),
	}, opts, func(d *doc) error {
		today := opts.today()
		use := planner.AllowanceUse(cat, c, acct.Activities, today)
		tier, tierOK := cat.Tier(c.Membership.Tier)
		d.AddPage()
		d.cover(d.kindTitle(KindEntitlements), c.Name,
			d.T("doc.entitlements.subtitle", d.rangeText(use.YearStart, use.YearEnd), d.date(today)))
		nsc := "–"
		if tierOK {
			nsc = d.T("doc.entitlements.perProduct", d.integer(tier.NSCLimit))
		}
		d.facts([]fact{
			{d.T("doc.entitlements.fact.membership"), tierName(cat, c.Membership.Tier)},
			{d.T("doc.entitlements.fact.region"), d.RegionName(planner.RegionName{ID: c.Region, Name: regionName(cat, c.Region)})},
			{d.T("doc.entitlements.fact.term"), d.rangeText(c.Contract.Start, c.Contract.End)},
			{d.T("doc.entitlements.fact.contacts"), nsc},
		})
		wideFact(d, d.T("doc.editions.fact.offer"), offerText(d, cat.Edition()))
		d.outsideMembership(c)
		if tierOK && tier.Summary != "" {
			d.Flow(d.Page().Left, d.Page().ContentWidth(), tier.Summary, d.Scale().Body, 2)
		}

		d.sectionHeading(d.T("doc.entitlements.heading.thisYear"), 30)
		allowanceMeters(d, use)
		countedActivities(d, cat, acct, use)

		ents := planner.Entitlements(cat, c.Membership, c.Contract.Allowances)

		d.sectionHeading(d.T("doc.entitlements.heading.addOns"), keepTable)
		addOnTable(d, ents)

		d.sectionHeading(d.T("doc.entitlements.heading.support"), keepTable)
		if tierOK {
			var lines []string
			if len(tier.SuccessTeam) > 0 {
				lines = append(lines, d.T("doc.entitlements.successTeam", strings.Join(tier.SuccessTeam, d.T("list.comma"))))
			}
			if len(tier.Channels) > 0 {
				lines = append(lines, d.T("doc.entitlements.channels", strings.Join(tier.Channels, d.T("list.comma"))))
			}
			d.bullets(d.Page().Left, d.Page().ContentWidth(), lines, d.Scale().Body)
		}
		d.subHeading(d.T("doc.entitlements.heading.responseTimes"), keepTable)
		responseTargets(d, cat, c, opts.settings())
		d.subHeading(d.T("doc.entitlements.heading.contacts"), keepTable)
		contactUse(d, cat, c, tier.NSCLimit)

		d.sectionHeading(d.T("doc.entitlements.heading.accelerators"), keepTable)
		itemTable(d, cat, c, ents, catalog.KindAccelerator)
		d.sectionHeading(d.T("doc.entitlements.heading.field"), keepTable)
		itemTable(d, cat, c, ents, catalog.KindField)
		d.sectionHeading(d.T("doc.entitlements.heading.proactive"), keepTable)
		itemTable(d, cat, c, ents, catalog.KindProactive)
		renewalSection(d, cat, c)
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("entitlement statement: %w", err)
	}
	return d.finish(w)
}

// offerText names edition ed of the offer by the day it came into force
// and its source: "Offer of 29 Jul 2026 (Adobe Success Plans Overview,
// 29 Jul 2026)".
func offerText(d *doc, ed catalog.Edition) string {
	if ed.Source.Title == "" || ed.Source.Date.IsZero() {
		return d.T("doc.editions.offer.noSource", d.date(ed.Effective))
	}
	return d.T("doc.editions.offer", d.date(ed.Effective), ed.Source.Title, d.date(ed.Source.Date))
}

// wideFact draws a fact whose value takes a line of its own across the
// page, below the row of facts.
func wideFact(d *doc, label, value string) {
	lst := d.Scale().Caption
	d.Need(lst.LineHeight() + d.Scale().BodyBold.LineHeight())
	d.Text(d.Page().Left, d.Y, label, lst)
	d.Y += lst.LineHeight()
	d.Flow(d.Page().Left, d.Page().ContentWidth(), value, d.Scale().BodyBold, 3)
}

// renewalSection lists, when customer c's renewal falls under a newer
// edition of the offer that changes something of its membership, what
// changes (planner.RenewalPreview).
func renewalSection(d *doc, cat *catalog.Catalog, c planner.Customer) {
	p, ok := planner.RenewalPreview(cat, c)
	if !ok || len(p.Changes) == 0 {
		return
	}
	d.sectionHeading(d.T("doc.editions.renewal.heading", d.date(p.Day)), 20)
	ed := p.AtRenewal
	intro := d.T("doc.editions.renewal.introNoSource", d.date(ed.Effective))
	if ed.Source.Title != "" && !ed.Source.Date.IsZero() {
		intro = d.T("doc.editions.renewal.intro", d.date(ed.Effective), ed.Source.Title, d.date(ed.Source.Date))
	}
	d.Flow(d.Page().Left, d.Page().ContentWidth(), intro, d.Scale().Body, 2)
	lines := make([]string, len(p.Changes))
	for i, t := range p.Changes {
		lines[i] = d.sentence(t)
	}
	d.bullets(d.Page().Left, d.Page().ContentWidth(), lines, d.Scale().Body)
}

// allowanceMeters draws one meter per allowance: what is left of what is
// allowed, with what is delivered, committed and proposed. What is left
// does not take off what is proposed.
func allowanceMeters(d *doc, use planner.Usage) {
	type meter struct {
		label                                   string
		allowed, delivered, committed, proposed float64
		// amount writes a quantity of the allowance ("3", "24 h").
		amount func(v float64) string
	}
	a, f := use.Accelerators, use.FieldHours
	meters := []meter{
		{d.T("doc.entitlements.meter.accelerators"), float64(a.Allowed), float64(a.Delivered), float64(a.Committed), float64(a.Proposed),
			func(v float64) string { return d.number(v, "") }},
		{d.T("doc.entitlements.meter.fieldHours"), f.Allowed, f.Delivered, f.Committed, f.Proposed, d.hours},
	}
	h := d.Scale().Caption.LineHeight() + d.Scale().H1.LineHeight() + 5 + d.Scale().Small.LineHeight() + 4
	small := d.Scale().Small.WithColor(muted)
	breakdowns := make([][]string, len(meters))
	for i, m := range meters {
		_, w := d.Page().ColumnSpan(i*6, 6)
		breakdowns[i] = d.Wrap(d.T("doc.entitlements.meter.breakdown", m.amount(m.delivered), m.amount(m.committed), m.amount(m.proposed)), w, small)
		h = max(h, d.Scale().Caption.LineHeight()+d.Scale().H1.LineHeight()+5+float64(len(breakdowns[i]))*small.LineHeight()+4)
	}
	d.Need(h)
	for i, m := range meters {
		x, w := d.Page().ColumnSpan(i*6, 6)
		y := d.Y
		d.Text(x, y, m.label, d.Scale().Label)
		y += d.Scale().Caption.LineHeight()
		consumed := m.delivered + m.committed
		left := m.allowed - consumed
		big := d.Scale().H1.WithColor(ink)
		leftW := d.Text(x, y, m.amount(max(left, 0)), big)
		d.Text(x+leftW+1.5, y+big.LineHeight()-d.Scale().Body.LineHeight()-0.6, d.T("doc.entitlements.meter.left", m.amount(m.allowed)), d.Scale().Body.WithColor(muted))
		color, note := accent, d.T("doc.entitlements.meter.consumed", m.amount(consumed))
		switch {
		case m.allowed == 0 && consumed == 0:
			color, note = faint, d.T("doc.entitlements.meter.notInContract")
		case left < 0:
			color, note = danger, d.T("doc.entitlements.meter.over", m.amount(math.Abs(left)))
		case left == 0:
			color, note = caution, d.T("doc.entitlements.meter.full")
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
		d.Lines(x, y, w, breakdowns[i], small, layout.AlignLeft)
	}
	d.Y += h
}

// countedActivities lists the activities that consume (or would consume)
// an allowance this contract year, as planner.Usage counts them.
func countedActivities(d *doc, cat *catalog.Catalog, acct planner.Account, use planner.Usage) {
	var rows [][]layout.Cell
	var dates, consumed []string
	acts := slices.Clone(acct.Activities)
	slices.SortStableFunc(acts, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
	for _, a := range acts {
		probe := planner.Usage{YearStart: use.YearStart, YearEnd: use.YearEnd}
		probe.Count(cat, a)
		var counts string
		switch {
		case probe.Accelerators != planner.Consumption[int]{}:
			counts = d.T("doc.entitlements.consumes.accelerator")
		case probe.FieldHours != planner.Consumption[float64]{}:
			counts = d.T("doc.entitlements.consumes.fieldHours", d.hours(a.ConsumedHours()))
		default:
			continue
		}
		dates, consumed = append(dates, d.date(a.Date)), append(consumed, counts)
		rows = append(rows, []layout.Cell{
			txt(d.date(a.Date)),
			{Text: itemName(cat, a.ItemID), Bold: true, Sub: cat.SolutionName(a.Solution)},
			txt(counts),
			chipCell(d.lookOfActivity(a.Status)),
		})
	}
	if len(rows) == 0 {
		d.emptyNote(d.T("doc.entitlements.consumes.none"))
		return
	}
	d.subHeading(d.T("doc.entitlements.heading.consumes"), keepTable)
	cols := []layout.Column{
		{Title: d.T("doc.entitlements.col.date"), Weight: 1.8}, {Title: d.T("doc.entitlements.col.activity"), Weight: 5.6},
		{Title: d.T("doc.entitlements.col.consumes"), Weight: 2.4}, {Title: d.T("doc.entitlements.col.status"), Weight: 1.9},
	}
	// Dates and what is consumed stay on one line ("2025年10月23日" is
	// wider than "23 Oct 2025"); the activity's column gives the room.
	d.widenToFit(cols, 0, 1, dates)
	d.widenToFit(cols, 2, 1, consumed)
	d.fitChips(cols, d.Page().ContentWidth(), 3, 1, d.activityLabels()...)
	d.drawTable(layout.Table{Columns: cols, Rows: rows})
}

// widenToFit widens column i of a table across the content width, taking
// the room from column from, so that each of texts fits on one line of
// body text; a column wide enough already keeps its weight.
func (d *doc) widenToFit(cols []layout.Column, i, from int, texts []string) {
	total := d.Page().ContentWidth()
	widths := layout.ColumnWidths(cols, total)
	need := 0.0
	for _, s := range texts {
		need = max(need, d.Measure(s, d.Scale().Body)+2*layout.CellPadX+0.5)
	}
	if need <= widths[i] {
		return
	}
	sum := 0.0
	for _, c := range cols {
		sum += c.Weight
	}
	extra := min((need-widths[i])/total*sum, cols[from].Weight/2)
	cols[i].Weight += extra
	cols[from].Weight -= extra
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
			txt(d.sentence(e.Reason)),
		})
	}
	if len(rows) == 0 {
		d.emptyNote(d.T("doc.entitlements.addOns.none"))
		return
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: d.T("doc.entitlements.col.addOn"), Weight: 5}, {Title: d.T("doc.entitlements.col.status"), Weight: 2}, {Title: d.T("doc.entitlements.col.why"), Weight: 4.6},
	}, Rows: rows})
}

// responseTargets lists the customer's targeted initial response time per
// priority, each explained in the document's language.
func responseTargets(d *doc, cat *catalog.Catalog, c planner.Customer, settings planner.Settings) {
	responseTargetTable(d, cat, c, settings, d.T("doc.entitlements.col.priority"), d.T("doc.entitlements.col.target"), d.T("doc.entitlements.response.none"))
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
		d.emptyNote(d.T("doc.entitlements.contacts.noProducts"))
		return
	}
	rows := make([][]layout.Cell, 0, len(products))
	for _, p := range products {
		var names []string
		for _, n := range c.Contacts {
			if n.Product == p {
				name := n.Name
				if n.AccountAdmin {
					name = d.T("doc.entitlements.contacts.admin", name)
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
			{Text: d.T("doc.entitlements.contacts.named", d.integer(len(names)), d.integer(limit)), Tone: tone},
			txt(orDash(strings.Join(names, d.T("list.comma")))),
		})
	}
	d.drawTable(layout.Table{Columns: []layout.Column{
		{Title: d.T("doc.entitlements.col.product"), Weight: 3.4}, {Title: d.T("doc.entitlements.col.named"), Weight: 1.4}, {Title: d.T("doc.entitlements.col.contacts"), Weight: 6.8},
	}, Rows: rows})
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
		reasons = appendNew(reasons, capitalize(d.sentence(r)))
	}
	if len(unlicensed) > 0 {
		reasons = append(reasons, d.T("doc.entitlements.unlicensed", c.Name, strings.Join(unlicensed, d.T("list.comma"))))
	}
	why := d.sentences(reasons)
	if len(list) == 0 {
		d.paragraph(strings.TrimSpace(d.T("doc.entitlements.none", why)), d.Scale().Body.WithColor(faint))
		return
	}
	rows := make([][]layout.Cell, 0, len(list))
	for _, r := range list {
		var meta []string
		if r.item.Category != "" {
			meta = append(meta, d.categoryName(r.item.Category))
		}
		if r.item.Format != "" && kind == catalog.KindAccelerator {
			meta = append(meta, r.item.Format)
		}
		cells := []layout.Cell{{Text: r.item.Name, Bold: true, Sub: strings.Join(meta, " · ")}}
		if kind != catalog.KindProactive {
			cells = append(cells, txt(orDash(strings.Join(slices.Compact(r.solutions), d.T("list.comma")))))
		}
		rows = append(rows, append(cells, txt(d.hours(float64(r.item.Hours))), chipCell(d.lookOfEntitlement(r.status))))
	}
	cols := []layout.Column{{Title: d.itemKindTitle(kind), Weight: 5.2}}
	if kind != catalog.KindProactive {
		cols = append(cols, layout.Column{Title: d.T("doc.entitlements.col.for"), Weight: 3.6})
	}
	cols = append(cols, layout.Column{Title: d.T("doc.entitlements.col.effort"), Weight: 1.6}, layout.Column{Title: d.T("doc.entitlements.col.status"), Weight: 1.9})
	// The note about the other entries stays with the table's last rows.
	note, noteH := "", 0.0
	if n := len(unavailable); n > 0 {
		note = strings.TrimSpace(d.Count("doc.entitlements.others", n, n, why))
		// paragraph keeps up to four lines together, else two.
		lines := len(d.Wrap(note, d.Page().ContentWidth(), d.Scale().Small))
		if lines > 4 {
			lines = 2
		}
		noteH = 3 + float64(lines)*d.Scale().Small.LineHeight()
	}
	d.drawTable(layout.Table{Columns: cols, Rows: rows, KeepAfter: noteH})
	if note != "" {
		d.paragraph(note, d.Scale().Small)
	}
}

// paragraph draws s wrapped to the content width at the cursor, with 2 mm
// below it. A paragraph of up to four lines stays on one page; a longer
// one breaks only where at least two of its lines stay on each page, so
// that no page holds a lone line of it.
func (d *doc) paragraph(s string, st layout.TextStyle) {
	const keep = 2
	lines := d.Wrap(s, d.Page().ContentWidth(), st)
	lh := st.LineHeight()
	for i, l := range lines {
		left := len(lines) - i
		switch {
		case i == 0 && len(lines) <= 2*keep:
			d.Need(float64(len(lines)) * lh)
		case i == 0:
			d.Need(keep * lh)
		case left == keep:
			d.Need(keep * lh)
		default:
			d.Need(lh)
		}
		d.Text(d.Page().Left, d.Y, l, st)
		d.Y += lh
	}
	d.Y += 2
}

// sentences writes texts as the sentences of a paragraph: each ends with
// the language's full stop ("A. B.", "A。B。"); none gives "".
func (w words) sentences(texts []string) string {
	var b strings.Builder
	for i, s := range texts {
		if i > 0 {
			b.WriteString(w.T("doc.entitlements.sentenceGap"))
		}
		b.WriteString(strings.TrimRight(s, ".。"))
		b.WriteString(w.T("doc.entitlements.fullStop"))
	}
	return b.String()
}

// categoryName names a category of the catalog ("readiness") in the
// document's language ("Readiness", "準備"); a category the bundles do
// not name is written as the catalog has it.
func (w words) categoryName(category string) string {
	if s, ok := w.Lookup("category." + category); ok {
		return s
	}
	return capitalize(strings.ReplaceAll(category, "-", " "))
}

// appendNew appends s to list unless list holds it already.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// itemKindTitle names a kind of catalog item in a table header.
func (w words) itemKindTitle(k catalog.Kind) string {
	switch k {
	case catalog.KindAccelerator:
		return w.T("doc.entitlements.col.accelerator")
	case catalog.KindField:
		return w.T("doc.entitlements.col.field")
	case catalog.KindProactive:
		return w.T("doc.entitlements.col.proactive")
	}
	return w.T("doc.entitlements.col.addOn")
}
