package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// coverHeight returns the height of the accent band on the first page of
// a paper document: lower on landscape pages.
func (p pageSpec) coverHeight() float64 { return min(50, p.h*0.19) }

// newPaperDoc starts a document on paper pages with the running header
// and footer of Liftoff's paper documents.
func newPaperDoc(page pageSpec, m meta, opts Options) (*doc, error) {
	d, err := newDoc(page, paperScale(), m, opts)
	if err != nil {
		return nil, err
	}
	d.chrome = paperChrome
	return d, nil
}

// newPortraitDoc returns a document of portrait paper pages, A4 or
// Letter as opts says.
func newPortraitDoc(m meta, opts Options) (*doc, error) {
	page, err := portraitPage(opts.pageSize())
	if err != nil {
		return nil, err
	}
	return newPaperDoc(page, m, opts)
}

// paperChrome draws the running header (from page 2: document title and
// customer) and the footer (every page: generation date, page X of Y).
func paperChrome(d *doc, n, total int) {
	p := d.page
	label := d.scale.label
	if n > 1 {
		y := p.top
		d.rect(p.left, y+0.6, 2.2, 2.2, accent)
		titleW := d.text(p.left+4, y, d.meta.title, label.with(accentDark))
		if d.meta.customer != "" {
			customer := ellipsize(d, d.meta.customer, p.contentWidth()-titleW-14, label)
			d.textIn(p.left, y, p.contentWidth(), customer, label, alignRight)
		}
		d.line(p.left, y+label.lineHeight()+2.5, p.w-p.right, y+label.lineHeight()+2.5, 0.2, rule)
	}
	fy := p.h - p.bottom - p.footerH + 4
	d.line(p.left, fy-1.5, p.w-p.right, fy-1.5, 0.2, rule)
	cap := d.scale.caption
	left := "Liftoff · " + d.meta.title + " · generated " + dateText(catalog.DateOf(d.now))
	d.text(p.left, fy, left, cap)
	d.textIn(p.left, fy, p.contentWidth(), fmt.Sprintf("Page %d of %d", n, total), cap.asBold(), alignRight)
}

// cover draws the accent band of the first page: the document kind, the
// customer's name and a subtitle, and places the cursor below it. The
// band grows when the text needs more room; the title is set smaller
// only when it would take more than two lines.
func (d *doc) cover(kicker, title, subtitle string) {
	p := d.page
	w := p.contentWidth()
	kst := d.scale.label.with(accent.mix(white, 0.7))
	tst := d.scale.title
	titleLines := d.wrap(title, w, tst)
	if len(titleLines) > 2 {
		tst = tst.sized(18)
		titleLines = d.wrap(title, w, tst)
	}
	sst := d.scale.subtitle.with(accent.mix(white, 0.85))
	subLines := d.wrap(subtitle, w, sst)
	top := min(13, p.coverHeight()*0.24)
	textH := kst.lineHeight() + 2 + float64(len(titleLines))*tst.lineHeight() + 1 + float64(len(subLines))*sst.lineHeight()
	band := max(p.coverHeight(), top+textH+5)
	d.rect(0, 0, p.w, band, accent)
	d.rect(0, band, p.w, 1.2, accentDark)
	y := top
	d.text(p.left, y, strings.ToUpper(kicker), kst)
	y += kst.lineHeight() + 2
	y += d.lines(p.left, y, w, titleLines, tst, alignLeft) + 1
	d.lines(p.left, y, w, subLines, sst, alignLeft)
	d.y = band + 8
}

// fact is a labelled value in a row of key facts.
type fact struct{ label, value string }

// facts draws key facts side by side across the page, wrapping to more
// rows when there are many.
func (d *doc) facts(items []fact) {
	const perRow = 4
	lst, vst := d.scale.caption, d.scale.bodyBold
	for start := 0; start < len(items); start += perRow {
		row := items[start:min(start+perRow, len(items))]
		h := 0.0
		type laid struct{ value []string }
		cols := make([]laid, len(row))
		for i, f := range row {
			_, cw := d.page.col(i*3, 3)
			cols[i].value = d.wrap(f.value, cw, vst)
			h = max(h, lst.lineHeight()+float64(max(len(cols[i].value), 1))*vst.lineHeight())
		}
		d.need(h + 2)
		for i, f := range row {
			x, cw := d.page.col(i*3, 3)
			d.text(x, d.y, f.label, lst)
			d.lines(x, d.y+lst.lineHeight(), cw, cols[i].value, vst, alignLeft)
		}
		d.y += h + 3
	}
	d.line(d.page.left, d.y, d.page.w-d.page.right, d.y, 0.2, rule)
	d.y += 2
}

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

// itoa formats an integer.
func itoa(n int) string { return strconv.Itoa(n) }

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
func sideLabel(s planner.Side) string {
	switch s {
	case planner.SideCustomer:
		return "Customer"
	case planner.SideVendor:
		return "Success team"
	}
	return titleCase(string(s))
}

// sideName names a side of the relationship.
func sideName(s planner.Side, customer string) string {
	switch s {
	case planner.SideCustomer:
		return customer
	case planner.SideVendor:
		return "Success team"
	}
	return titleCase(string(s))
}
