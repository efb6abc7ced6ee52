package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// QuarterPlan writes the quarterly plan of a portfolio on landscape pages:
// the hours planned per week against the weekly capacity, and a Gantt
// chart of the quarter with a row per customer (its engagement phases)
// followed by a row per activity and milestone. Long plans continue on
// more pages below a repeated week header; text is never made smaller to
// fit. It is the TAM's own document; CustomerQuarterPlan makes the one a
// customer receives.
func QuarterPlan(ctx context.Context, w io.Writer, cat *catalog.Catalog, accts []planner.Account, settings planner.Settings, q planner.Quarter, opts Options) (Result, error) {
	return quarterPlan(ctx, w, cat, accts, settings, q, opts, false)
}

// CustomerQuarterPlan writes the quarterly plan of one customer, the
// document the customer receives: its activities, milestones and hours per
// week, without the TAM's weekly capacity, the weeks over it or the capacity
// line, which concern the TAM's whole portfolio.
func CustomerQuarterPlan(ctx context.Context, w io.Writer, cat *catalog.Catalog, acct planner.Account, settings planner.Settings, q planner.Quarter, opts Options) (Result, error) {
	return quarterPlan(ctx, w, cat, []planner.Account{acct}, settings, q, opts, true)
}

// quarterPlan writes the quarterly plan of accts; forCustomer leaves out
// what is the TAM's own (see CustomerQuarterPlan).
func quarterPlan(ctx context.Context, w io.Writer, cat *catalog.Catalog, accts []planner.Account, settings planner.Settings, q planner.Quarter, opts Options, forCustomer bool) (Result, error) {
	opts, err := started(ctx, opts, "quarterly plan")
	if err != nil {
		return Result{}, err
	}
	d, err := layOutQuarterPlan(cat, accts, settings, q, opts, forCustomer)
	if err != nil {
		return Result{}, err
	}
	return d.finish(w)
}

// layOutQuarterPlan lays the quarterly plan of accts out on pages, ready
// to be finished and written.
func layOutQuarterPlan(cat *catalog.Catalog, accts []planner.Account, settings planner.Settings, q planner.Quarter, opts Options, forCustomer bool) (*doc, error) {
	switch {
	case q.IsZero():
		return nil, errors.New("quarterly plan: name the quarter, such as 2026Q1")
	case !q.Valid():
		return nil, fmt.Errorf("quarterly plan: %d Q%d is not a quarter (want a year from 1 to 9999 and a quarter from 1 to 4)", q.Year, q.Number)
	}
	lang := quarterLanguage(accts, forCustomer, opts)
	cat = cat.In(lang) // each customer's edition of it in the plan's language too
	load, err := planner.QuarterLoadContext(opts.context(), planner.PlanInput{Catalog: cat, Settings: settings, Accounts: accts, Quarter: q})
	if err != nil {
		return nil, fmt.Errorf("quarterly plan %s: %w", q, err)
	}
	size := opts.PageSize
	if size == "" {
		size = settings.PageSize
	}
	page, err := layout.LandscapePage(size)
	if err != nil {
		return nil, fmt.Errorf("quarterly plan: %w", err)
	}
	customer := ""
	if len(accts) == 1 {
		customer = accts[0].Customer.Name
	}
	wd, err := newWords(lang)
	if err != nil {
		return nil, fmt.Errorf("quarterly plan: %w", err)
	}
	subject := wd.T("doc.quarter.subject.portfolio", wd.count(len(accts), "quarter.customer"), wd.quarterName(q))
	if forCustomer {
		subject = wd.T("doc.quarter.subject.customer", customer, wd.quarterName(q))
	}
	d, err := newPaperDoc(page, meta{
		kind:        KindQuarter,
		titleSuffix: wd.quarterName(q),
		language:    lang,
		subject:     subject,
		customer:    customer,
		keywords:    append(strings.Split(wd.T("doc.quarter.keywords"), ","), q.String()),
	}, opts)
	if err != nil {
		return nil, fmt.Errorf("quarterly plan: %w", err)
	}
	g := newGantt(d, cat, q, load, opts.today())
	g.forCustomer = forCustomer
	d.AddPage()
	who := customer
	if who == "" {
		who = d.count(len(accts), "quarter.customer")
	}
	subtitle := d.T("doc.quarter.subtitle.portfolio", d.rangeText(q.First(), q.Last()), d.hours(load.Capacity), d.date(opts.today()))
	if forCustomer {
		subtitle = d.T("doc.quarter.subtitle.customer", d.rangeText(q.First(), q.Last()), d.date(opts.today()))
	}
	d.cover(d.kindTitle(KindQuarter), d.quarterName(q)+" · "+who, subtitle)

	planned, acts, over := 0.0, 0, 0
	for _, wk := range load.Weeks {
		planned += wk.Hours
		if wk.Over {
			over++
		}
	}
	for _, a := range accts {
		for _, act := range a.Activities {
			if act.Status.Counts() && g.inWindow(act.Date) {
				acts++
			}
		}
	}
	if forCustomer {
		d.facts([]fact{
			{d.T("doc.quarter.fact.activities"), d.integer(acts)},
			{d.T("doc.quarter.fact.hoursPlanned"), d.hours(planned)},
			{d.T("doc.quarter.fact.weeks"), d.integer(len(load.Weeks))},
		})
	} else {
		d.facts([]fact{
			{d.T("doc.quarter.fact.customers"), d.integer(len(accts))},
			{d.T("doc.quarter.fact.activities"), d.integer(acts)},
			{d.T("doc.quarter.fact.hoursPlanned"), d.T("doc.quarter.partOf", d.hours(planned), d.hours(load.Capacity*float64(len(load.Weeks))))},
			{d.T("doc.quarter.fact.weeksOver"), d.T("doc.quarter.partOf", d.integer(over), d.integer(len(load.Weeks)))},
		})
	}
	if len(accts) == 1 {
		d.outsideMembership(accts[0].Customer)
	}
	if forCustomer {
		d.sectionHeading(d.T("doc.quarter.heading.hours"), 60)
	} else {
		d.sectionHeading(d.T("doc.quarter.heading.hoursAgainstCapacity"), 60)
	}
	if len(accts) == 1 {
		g.fitChart(accts[0])
	}
	g.capacityChart()
	// The chart keeps its heading with the rows that stay together.
	d.sectionHeading(d.T("doc.quarter.heading.plan"), 0)
	g.chart(accts)
	return d, nil
}

// quarterName writes a quarter as "Q1 2026" ("2026年第1四半期").
func (w words) quarterName(q planner.Quarter) string {
	return w.T("doc.quarter.name", q.Number, q.Year)
}

// weekLabel writes ISO week n as the week columns name it ("W05",
// "wk 05").
func (w words) weekLabel(n int) string { return w.T("doc.quarter.week", n) }

// gantt lays out the quarter: a label column and one column per week.
type gantt struct {
	d      *doc
	cat    *catalog.Catalog
	q      planner.Quarter
	load   planner.Workload
	weeks  []planner.Week
	today  planner.Date
	labelW float64
	gridX  float64
	gridW  float64
	dayW   float64
	totals map[planner.ID]float64
	// chartH is the height of the capacity chart's plot.
	chartH float64
	// forCustomer leaves the TAM's capacity out of the chart (see
	// CustomerQuarterPlan).
	forCustomer bool
}

// newGantt lays the weeks of quarter q across the page.
func newGantt(d *doc, cat *catalog.Catalog, q planner.Quarter, load planner.Workload, today planner.Date) *gantt {
	weeks := q.Weeks()
	labelW := 66.0
	g := &gantt{d: d, cat: cat, q: q, load: load, weeks: weeks, today: today, labelW: labelW,
		gridX: d.Page().Left + labelW, gridW: d.Page().ContentWidth() - labelW, totals: map[planner.ID]float64{}, chartH: maxChartH}
	g.dayW = g.gridW / float64(7*max(len(weeks), 1))
	for _, c := range load.Customers {
		g.totals[c.CustomerID] = c.Total
	}
	return g
}

// first and last are the first and last days of the chart's weeks.
func (g *gantt) first() planner.Date { return g.weeks[0].Monday }
func (g *gantt) last() planner.Date  { return g.weeks[len(g.weeks)-1].Sunday() }

// inWindow reports whether day d falls in the chart's weeks.
func (g *gantt) inWindow(d planner.Date) bool { return !d.Before(g.first()) && !d.After(g.last()) }

// dayX returns the x position where day d starts, clamped to the grid.
func (g *gantt) dayX(d planner.Date) float64 {
	n := g.first().DaysUntil(d)
	n = min(max(n, 0), 7*len(g.weeks))
	return g.gridX + float64(n)*g.dayW
}

// weekHeader draws the week columns' header (ISO week, Monday) at the
// cursor and returns its height.
func (g *gantt) weekHeader(withLabel string) float64 {
	d := g.d
	wk, day := d.Scale().Label.WithColor(ink), d.Scale().Caption
	h := g.headerHeight()
	d.Rect(d.Page().Left, d.Y, d.Page().ContentWidth(), h, tint)
	if withLabel != "" {
		d.Text(d.Page().Left+layout.CellPadX, d.Y+1, withLabel, d.Scale().Label)
	}
	weekW := 7 * g.dayW
	for i, w := range g.weeks {
		x := g.gridX + float64(i)*weekW
		_, n := w.ISOWeek()
		d.TextIn(x, d.Y+1, weekW, d.weekLabel(n), wk, layout.AlignCenter)
		d.TextIn(x, d.Y+1+wk.LineHeight(), weekW, d.shortDate(w.Monday), day, layout.AlignCenter)
		d.Line(x, d.Y+1, x, d.Y+h-1, 0.2, rule)
	}
	if g.inWindow(g.today) {
		x := g.dayX(g.today) + g.dayW/2
		d.Line(x, d.Y+h-1.5, x, d.Y+h, 0.6, danger)
	}
	d.Line(d.Page().Left, d.Y+h, d.Page().Left+d.Page().ContentWidth(), d.Y+h, 0.35, muted)
	d.Y += h
	return h
}

// capacityChart draws the hours planned per week as bars against the
// capacity line; weeks over capacity are drawn in the warning colour.
func (g *gantt) capacityChart() {
	d := g.d
	chartH := g.chartH
	label := d.Scale().Caption
	total := chartH + 2*label.LineHeight() + 8
	d.Need(total)
	top := d.Y + label.LineHeight() + 1
	maxH := g.load.Capacity
	if g.forCustomer {
		maxH = 0
	}
	for _, w := range g.load.Weeks {
		maxH = max(maxH, w.Hours)
	}
	maxH = niceCeil(maxH * 1.1)
	yOf := func(h float64) float64 { return top + chartH - h/maxH*chartH }
	// Axis with gridlines.
	step := niceCeil(maxH / 4)
	for v := 0.0; v <= maxH+1e-9; v += step {
		y := yOf(v)
		d.Line(g.gridX, y, g.gridX+g.gridW, y, 0.15, rule)
		d.TextIn(g.gridX-22, y-label.LineHeight()/2, 20, d.hours(v), label, layout.AlignRight)
	}
	d.Text(d.Page().Left, top+chartH/2-label.LineHeight(), d.T("doc.quarter.chart.hoursPlanned"), d.Scale().Label)
	d.Text(d.Page().Left, top+chartH/2, d.T("doc.quarter.chart.perWeek"), label)
	weekW := 7 * g.dayW
	barW := weekW * 0.56
	barX := func(i int) float64 { return g.gridX + float64(i)*weekW + (weekW-barW)/2 }
	barColor := func(w planner.WeekLoad) layout.RGB {
		if w.Over && !g.forCustomer {
			return danger
		}
		return accent
	}
	for i, w := range g.load.Weeks {
		if w.Hours > 0 {
			d.Rect(barX(i), yOf(w.Hours), barW, top+chartH-yOf(w.Hours), barColor(w))
		}
		_, n := w.Week.ISOWeek()
		d.TextIn(g.gridX+float64(i)*weekW, top+chartH+1, weekW, d.weekLabel(n), label, layout.AlignCenter)
	}
	if !g.forCustomer {
		capY := yOf(g.load.Capacity)
		d.SetDashPattern([]float64{1.6, 1.2}, 0)
		d.Line(g.gridX, capY, g.gridX+g.gridW, capY, 0.5, ink)
		d.SetDashPattern(nil, 0)
	}
	// The hours above each bar, on white over the capacity line, so that
	// the line never strikes them through.
	for i, w := range g.load.Weeks {
		if w.Hours > 0 {
			x, text := barX(i), d.hours(w.Hours)
			tw := d.Measure(text, label.WithBold())
			ty := yOf(w.Hours) - label.LineHeight() - 0.5
			d.Rect(x+(barW-tw)/2-0.8, ty+0.4, tw+1.6, label.LineHeight()-0.8, white)
			d.TextIn(x-2, ty, barW+4, text, label.WithBold().WithColor(barColor(w)), layout.AlignCenter)
		}
	}
	d.Y = top + chartH + label.LineHeight() + 4
	if !g.forCustomer {
		g.legend([]legendKey{g.colourKey(d.T("doc.quarter.legend.withinCapacity"), accent), g.colourKey(d.T("doc.quarter.legend.overCapacity"), danger), g.capacityKey()})
	}
}

// The height of the capacity chart's plot: maxChartH, or down to
// minChartH for a one-customer plan whose Gantt chart then fits on the
// first page.
const (
	maxChartH = 48.0
	minChartH = 28.0
)

// fitChart lowers the capacity chart, to be drawn at the cursor, as far
// as minChartH so that the Gantt chart of acct fits below it, with its
// heading, on the same page: a short plan then takes one page, not a
// second one holding a few rows.
func (g *gantt) fitChart(acct planner.Account) {
	d := g.d
	label := d.Scale().Caption
	chart := 2*label.LineHeight() + 5
	if !g.forCustomer {
		chart += g.legendHeight()
	}
	heading := 4 + 3 + d.Scale().H1.LineHeight() + 2
	gantt := heading + g.headerHeight() + g.legendHeight()
	for _, r := range g.rows(acct) {
		gantt += r.height
	}
	room := d.Bottom() - d.Y - chart - gantt
	if room < maxChartH && room >= minChartH {
		g.chartH = room
	}
}

// capacityKey is the legend key of the capacity line.
func (g *gantt) capacityKey() legendKey {
	return legendKey{g.d.T("doc.quarter.legend.capacity", g.d.hours(g.load.Capacity)), func(x, cy float64) float64 {
		d := g.d
		d.SetDashPattern([]float64{1.6, 1.2}, 0)
		d.Line(x, cy, x+6, cy, 0.5, ink)
		d.SetDashPattern(nil, 0)
		return 6
	}}
}

// niceCeil rounds v up to 1, 2, 2.5 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if v <= m*p+1e-9 {
			return m * p
		}
	}
	return 10 * p
}

// legendKey is one entry of a legend: a drawn key and its label.
type legendKey struct {
	label string
	// draw draws the key from x, centred on cy, and returns its width.
	draw func(x, cy float64) float64
}

// colourKey is a legend key that is a swatch of colour c.
func (g *gantt) colourKey(label string, c layout.RGB) legendKey {
	return legendKey{label, func(x, cy float64) float64 {
		g.d.RoundRect(x, cy-1.3, 5, 2.6, 1, c)
		return 5
	}}
}

// chartKeys returns the keys of the Gantt chart's legend: each activity
// and phase status drawn as in the chart, marks included, then the
// milestone and the Today line.
func (g *gantt) chartKeys() []legendKey {
	d := g.d
	var keys []legendKey
	for _, s := range []planner.ActivityStatus{planner.ActivityDelivered, planner.ActivityScheduled, planner.ActivityProposed} {
		keys = append(keys, legendKey{d.lookOfActivity(s).label, func(x, cy float64) float64 {
			d.activityBar(x, cy-1.6, 2.6, 3.2, s)
			return 2.6
		}})
	}
	for _, s := range []planner.PhaseStatus{planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted} {
		keys = append(keys, legendKey{d.T("doc.quarter.legend.phase", strings.ToLower(d.lookOfPhase(s).label)), func(x, cy float64) float64 {
			d.phaseBar(x, cy-1.6, 6, 3.2, s)
			return 6
		}})
	}
	return append(keys,
		legendKey{d.T("doc.quarter.legend.milestone"), func(x, cy float64) float64 {
			g.diamond(x+1.6, cy, 1.6, accentDark)
			return 3.2
		}},
		legendKey{d.T("doc.quarter.legend.today"), func(x, cy float64) float64 {
			d.Line(x+0.5, cy-1.3, x+0.5, cy+1.3, 0.6, danger)
			return 1
		}})
}

// legend draws keys with their labels in a row at the cursor.
func (g *gantt) legend(keys []legendKey) {
	d := g.d
	st := d.Scale().Caption
	d.Need(st.LineHeight() + 2)
	x := d.Page().Left
	for _, k := range keys {
		x += k.draw(x, d.Y+st.LineHeight()/2) + 1.5
		x += d.Text(x, d.Y, k.label, st) + 5
	}
	d.Y += st.LineHeight() + 2
}

// diamond draws a milestone marker centred on (cx, cy).
func (g *gantt) diamond(cx, cy, r float64, c layout.RGB) {
	d := g.d
	d.SetFillColor(c)
	d.MoveTo(cx, cy-r)
	d.LineTo(cx+r, cy)
	d.LineTo(cx, cy+r)
	d.LineTo(cx-r, cy)
	d.ClosePath()
	d.DrawPath("F")
}

// ganttRow is one row of the chart: a label and what is drawn in the
// week grid.
type ganttRow struct {
	customer bool
	label    []string
	labelSt  layout.TextStyle
	sub      []string
	height   float64
	draw     func(top, h float64)
}

// chart draws the Gantt rows of every account, paginating with the week
// header repeated and the customer's name repeated above continued rows.
// Rows are first placed on pages, then each page is drawn: row
// backgrounds, the week grid and today line once for the page, then the
// rows themselves.
func (g *gantt) chart(accts []planner.Account) {
	d := g.d
	if len(accts) == 0 {
		d.Need(30)
		g.weekHeader(d.T("doc.quarter.column"))
		d.emptyNote(d.T("doc.quarter.empty"))
		return
	}
	headerH := g.headerHeight()
	// Every page of the chart ends with its legend, so a page holds rows
	// down to the legend's height above the bottom of the body.
	bottom := d.Page().BodyBottom() - g.legendHeight()
	blocks := make([][]ganttRow, len(accts))
	for i, a := range accts {
		if d.Err() != nil {
			return // Finish reports it
		}
		blocks[i] = g.rows(a)
	}
	// The chart starts on the next page, its heading with it, when the
	// first customer's rows that stay together do not fit.
	first := blocks[0]
	if len(first) > ganttKeepWhole+1 {
		first = first[:3]
	}
	keep := headerH + g.legendHeight()
	for _, r := range first {
		keep += r.height
	}
	d.Need(min(keep, bottom+g.legendHeight()-d.PageTop()))
	pages := g.placeRows(accts, blocks, func(int) float64 { return bottom })
	// A last page holding a few rows takes more from the page before.
	body := d.Page().BodyBottom() - d.Page().BodyTop()
	lastFill := func(pages [][]ganttRow) float64 {
		h := headerH + g.legendHeight()
		for _, r := range pages[len(pages)-1] {
			h += r.height
		}
		return h / body
	}
	if n := len(pages); n > 1 && lastFill(pages) < minLastPageFill {
		by := (minLastPageFill - lastFill(pages)) * body
		for range 3 {
			again := g.placeRows(accts, blocks, func(i int) float64 {
				if i == n-2 {
					return bottom - by
				}
				return bottom
			})
			if len(again) != n {
				break
			}
			pages = again
			if lastFill(pages) >= minLastPageFill {
				break
			}
			by += (minLastPageFill - lastFill(pages)) * body
		}
	}
	for i, rows := range pages {
		if d.Err() != nil {
			return // Finish reports it
		}
		if i > 0 {
			d.AddPage()
		}
		g.drawPage(rows)
		d.Y += 2
		g.legend(g.chartKeys())
	}
}

// placeRows places the rows of every account (blocks, in the order of
// accts) on pages of the chart, the first starting at the cursor, each
// ending at bottom(i) for page i from 0. A customer's rows of at most
// ganttKeepWhole activities and milestones stay on one page; a longer
// customer's block keeps its customer row with the next two rows, and
// its last two rows together, with the customer's name repeated above
// the rows continued on the next page.
func (g *gantt) placeRows(accts []planner.Account, blocks [][]ganttRow, bottom func(i int) float64) [][]ganttRow {
	d := g.d
	headerH := g.headerHeight()
	full := d.Page().BodyBottom() - g.legendHeight() - d.Page().BodyTop() - headerH
	pages := [][]ganttRow{nil}
	y := d.Y + headerH
	place := func(r ganttRow) {
		pages[len(pages)-1] = append(pages[len(pages)-1], r)
		y += r.height
	}
	height := func(rows []ganttRow) float64 {
		h := 0.0
		for _, r := range rows {
			h += r.height
		}
		return h
	}
	for n, a := range accts {
		rows := blocks[n]
		for i, r := range rows {
			keep := r.height
			switch {
			case i == 0 && len(rows) <= ganttKeepWhole+1 && height(rows) <= full:
				keep = height(rows)
			case i == 0:
				keep = height(rows[:min(len(rows), 3)])
			case i == len(rows)-2 && i >= 3:
				keep = height(rows[i:])
			}
			if y+keep > bottom(len(pages)-1) && len(pages[len(pages)-1]) > 0 {
				pages = append(pages, nil)
				y = d.Page().BodyTop() + headerH
				if i > 0 {
					c := rows[0]
					c.label = d.Wrap(d.T("doc.quarter.continued", a.Customer.Name), g.labelW-2*layout.CellPadX, c.labelSt)
					c.sub = nil
					c.height = g.rowHeight(c)
					c.draw = rows[0].draw
					place(c)
				}
			}
			place(r)
		}
	}
	return pages
}

// ganttKeepWhole is the most activities and milestones of a customer
// the chart keeps on one page with the customer's row, as a table of at
// most five rows is not split.
const ganttKeepWhole = 5

// legendHeight returns the height the chart's legend takes below the
// rows of a page, the gap above it included.
func (g *gantt) legendHeight() float64 { return 2 + g.d.Scale().Caption.LineHeight() + 2 }

// drawPage draws the week header and rows of one page of the chart.
func (g *gantt) drawPage(rows []ganttRow) {
	d := g.d
	g.weekHeader(d.T("doc.quarter.column"))
	top := d.Y
	y := top
	for _, r := range rows {
		if r.customer {
			d.Rect(d.Page().Left, y, d.Page().ContentWidth(), r.height, tint)
		}
		y += r.height
	}
	weekW := 7 * g.dayW
	for i := range g.weeks {
		x := g.gridX + float64(i)*weekW
		d.Line(x, top, x, y, 0.15, rule)
	}
	if g.inWindow(g.today) {
		x := g.dayX(g.today) + g.dayW/2
		d.Line(x, top, x, y, 0.5, todayColor)
	}
	for _, r := range rows {
		g.drawRow(r)
	}
}

// headerHeight returns the height of the week header.
func (g *gantt) headerHeight() float64 {
	return g.d.Scale().Label.LineHeight() + g.d.Scale().Caption.LineHeight() + 2
}

// rowHeight computes a row's height from its label.
func (g *gantt) rowHeight(r ganttRow) float64 {
	h := float64(len(r.label))*r.labelSt.LineHeight() + float64(len(r.sub))*g.d.Scale().Caption.LineHeight()
	return max(h, 4.4) + 2*1.3
}

// markerNote writes the day, hours and status beside a marker that spans
// x to x+w: to its right, or to its left when the grid ends first.
func (g *gantt) markerNote(x, w, top, h float64, note string, c layout.RGB) {
	d := g.d
	st := d.Scale().Caption.WithBold().WithColor(c)
	tw := d.Measure(note, st)
	nx := x + w + 1.2
	if nx+tw > g.gridX+g.gridW {
		nx = x - 1.2 - tw
	}
	ty := top + (h-st.LineHeight())/2
	// The note stands on white a little taller than its line, so that the Today
	// line, drawn behind it, breaks around it instead of striking it.
	d.Rect(nx-0.8, ty-0.4, tw+1.6, st.LineHeight()+0.8, white)
	d.Text(nx, ty, note, st)
}

// drawRow draws a row's label and bars at the cursor and moves below it.
func (g *gantt) drawRow(r ganttRow) {
	d := g.d
	top := d.Y
	y := top + 1.3
	indent := layout.CellPadX
	if !r.customer {
		indent += 3
	}
	y += d.Lines(d.Page().Left+indent, y, g.labelW-indent-layout.CellPadX, r.label, r.labelSt, layout.AlignLeft)
	d.Lines(d.Page().Left+indent, y, g.labelW-indent-layout.CellPadX, r.sub, d.Scale().Caption, layout.AlignLeft)
	if r.draw != nil {
		r.draw(top, r.height)
	}
	d.Y = top + r.height
	d.Line(d.Page().Left, d.Y, d.Page().Left+d.Page().ContentWidth(), d.Y, 0.15, rule)
}

// rows builds an account's Rows: the customer with its phase bars, then
// its activities and milestones in the chart's weeks, by day.
func (g *gantt) rows(a planner.Account) []ganttRow {
	d := g.d
	labelW := g.labelW - 2*layout.CellPadX
	custSt := d.Scale().BodyBold
	cust := ganttRow{customer: true, labelSt: custSt}
	cust.label = d.Wrap(a.Customer.Name, labelW, custSt)
	eng, _, hasEng := planner.ActiveEngagement(a.Engagements)
	sub := d.T("doc.quarter.thisQuarter", d.hours(g.totals[a.Customer.ID]))
	if hasEng {
		sub = eng.Name + " · " + sub
	}
	cust.sub = d.Wrap(sub, labelW, d.Scale().Caption)
	cust.height = g.rowHeight(cust)
	if hasEng {
		cust.draw = func(top, h float64) { g.phaseBars(eng, top, h) }
	}
	rows := []ganttRow{cust}

	type entry struct {
		day planner.Date
		row ganttRow
	}
	var entries []entry
	actSt := d.Scale().Small.WithColor(ink)
	for _, act := range a.Activities {
		if !act.Status.Counts() || !g.inWindow(act.Date) {
			continue
		}
		look := d.lookOfActivity(act.Status)
		r := ganttRow{labelSt: actSt}
		r.label = d.Wrap(itemName(g.cat, act.ItemID), labelW-3, actSt)
		r.height = g.rowHeight(r)
		day, status := act.Date, act.Status
		note := d.T("doc.quarter.note.activity", d.shortDate(act.Date), d.hours(act.ConsumedHours()), strings.ToLower(look.label))
		r.draw = func(top, h float64) {
			x := g.dayX(day)
			bw, bh := max(g.dayW, 2.4), 3.6
			d.activityBar(x, top+(h-bh)/2, bw, bh, status)
			g.markerNote(x, bw, top, h, note, look.color.Mix(ink, 0.3))
		}
		entries = append(entries, entry{act.Date, r})
	}
	if a.HasPlan() {
		for _, m := range a.Plan.Milestones {
			if m.Due.IsZero() || !g.inWindow(m.Due) {
				continue
			}
			r := ganttRow{labelSt: actSt.WithBold()}
			r.label = d.Wrap(m.Title, labelW-3, r.labelSt)
			r.height = g.rowHeight(r)
			due, done := m.Due, m.Status == planner.StatusDone
			note := d.T("doc.quarter.note.milestone", d.shortDate(m.Due), strings.ToLower(d.lookOfStatus(m.Status).label))
			r.draw = func(top, h float64) {
				c := accentDark
				if done {
					c = good
				}
				cx := g.dayX(due) + g.dayW/2
				g.diamond(cx, top+h/2, 2.2, c)
				g.markerNote(cx-2.2, 4.4, top, h, note, c)
			}
			entries = append(entries, entry{m.Due, r})
		}
	}
	slices.SortStableFunc(entries, func(x, y entry) int { return x.day.Compare(y.day) })
	for _, e := range entries {
		rows = append(rows, e.row)
	}
	return rows
}

// phaseBars draws the engagement's phases that overlap the chart as bars
// in the customer's row.
func (g *gantt) phaseBars(eng planner.Engagement, top, h float64) {
	d := g.d
	st := d.Scale().Caption.WithBold()
	bh := min(h-3, 6.0)
	for _, ph := range eng.Phases {
		from, to := ph.PlannedStart, ph.PlannedEnd
		if !ph.ActualStart.IsZero() {
			from = ph.ActualStart
		}
		if !ph.ActualEnd.IsZero() {
			to = ph.ActualEnd
		}
		if from.IsZero() || to.IsZero() || to.Before(g.first()) || from.After(g.last()) {
			continue
		}
		x1, x2 := g.dayX(from), g.dayX(to)+g.dayW
		x2 = min(x2, g.gridX+g.gridW)
		y := top + (h-bh)/2
		tx, text := d.phaseBar(x1+0.3, y, x2-x1-0.6, bh, ph.Status)
		name := phaseName(g.cat, ph.Phase)
		if d.Measure(name, st)+1.5 <= x2-0.3-tx {
			d.Text(tx, y+(bh-st.LineHeight())/2, name, st.WithColor(text))
		}
	}
}

// todayColor is the colour of the Today line across the chart's rows,
// lighter than the tick in the week header so that it stays behind the
// bars and labels it passes.
var todayColor = danger.Mix(white, 0.35)

// quarterLanguage returns the language of a quarterly plan: the
// customer's document language for one customer's own plan, else that of
// the options and settings.
func quarterLanguage(accts []planner.Account, forCustomer bool, opts Options) string {
	if forCustomer && len(accts) == 1 {
		return opts.documentLanguage(&accts[0].Customer)
	}
	return opts.documentLanguage(nil)
}
