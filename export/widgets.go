package export

import (
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// activityBar draws an activity's bar in the Gantt chart or its legend,
// marked so that its status survives printing in greyscale, where the
// status colours print alike: a delivered activity is a solid bar with a
// check mark, a scheduled one a solid bar, a proposed one (or any other)
// an outlined bar on white.
func (d *doc) activityBar(x, y, w, h float64, s planner.ActivityStatus) {
	c := d.lookOfActivity(s).color
	switch s {
	case planner.ActivityDelivered:
		d.RoundRect(x, y, w, h, 0.8, c)
		ch := min(h*0.45, (w-0.9)/layout.CheckMarkWidth(1))
		d.CheckMark(x+(w-layout.CheckMarkWidth(ch))/2, y+(h-ch)/2, ch, white)
	case planner.ActivityScheduled:
		d.RoundRect(x, y, w, h, 0.8, c)
	default:
		d.OutlinedRoundRect(x, y, w, h, 0.8, white, c, 0.4)
	}
}

// phaseBar draws a phase's bar in the Gantt chart or its legend, marked
// so that its status survives printing in greyscale: a done phase is pale
// with a check mark at its start, the phase in progress solid with a bold
// dark outline, a phase not started light with a thin outline. It returns
// where text in the bar may start and the colour to write it in.
func (d *doc) phaseBar(x, y, w, h float64, s planner.PhaseStatus) (textX float64, text layout.RGB) {
	look := d.lookOfPhase(s)
	text = look.color.Mix(ink, 0.35)
	textX = x + 1.5
	switch s {
	case planner.PhaseDone:
		d.RoundRect(x, y, w, h, 1.2, tinted(look.color))
		ch := min(h*0.45, 2.2)
		if layout.CheckMarkWidth(ch)+1.6 <= w {
			d.CheckMark(x+1.2, y+(h-ch)/2, ch, text)
			textX = x + 1.2 + layout.CheckMarkWidth(ch) + 1.1
		}
	case planner.PhaseInProgress:
		d.OutlinedRoundRect(x, y, w, h, 1.2, accent, ink, 0.5)
		text = white
	case planner.PhaseNotStarted, "":
		d.OutlinedRoundRect(x, y, w, h, 1.2, tint, faint, 0.2)
		text = muted
	default:
		d.RoundRect(x, y, w, h, 1.2, tinted(look.color))
	}
	return textX, text
}

// phaseChevron draws a phase as a chevron in its status colour with its
// name, marked so that its status survives printing in greyscale, where
// done and in progress print alike: a done phase carries a check mark
// before its name, the phase in progress a bold dark outline. The name
// starts inset from x and is shortened to fit.
func (d *doc) phaseChevron(x, y, w, h float64, first bool, ph planner.PhaseState, name string, nameSt layout.TextStyle, inset float64) {
	look := d.lookOfPhase(ph.Status)
	fill, text := look.color, white
	if ph.Status == planner.PhaseNotStarted || ph.Status == "" {
		fill, text = rule, ink
	}
	d.Chevron(x, y, w, h, first, fill)
	if ph.Status == planner.PhaseInProgress {
		d.SetDrawColor(ink)
		d.SetLineWidth(max(h*0.06, 0.5))
		d.ChevronPath(x, y, w, h, first)
		d.DrawPath("D")
	}
	tx, room := x+inset, w-inset-h*0.32-1
	if ph.Status == planner.PhaseDone {
		ch := nameSt.Size * layout.MMPerPoint * 0.62
		d.CheckMark(tx, y+(h-ch)/2, ch, text)
		tx += layout.CheckMarkWidth(ch) + 1.5
		room -= layout.CheckMarkWidth(ch) + 1.5
	}
	d.Text(tx, y+(h-nameSt.LineHeight())/2, ellipsize(d, name, room, nameSt), nameSt.WithColor(text))
}

// keepTable is how much of a table (header and a first row) must fit
// below a heading for the heading to stay on the page.
const keepTable = 26.0

// sectionHeading draws a heading at the cursor with a short accent rule
// above it, keeping it on the page with at least keep millimetres of what
// follows. A table right below it that breaks across pages continues
// below the heading with "(continued)". A heading wider than the page
// wraps.
func (d *doc) sectionHeading(title string, keep float64) {
	st := d.Scale().H1
	x, w := d.Page().Left, d.Page().ContentWidth()
	h := 3 + float64(len(d.Wrap(title, w, st)))*st.LineHeight() + 2
	if d.Y > d.Page().BodyTop()+0.1 {
		d.Y += 4
	}
	d.Need(h + keep)
	draw := func(title string) func() {
		return func() {
			d.Rect(x, d.Y, 10, 0.9, accent)
			d.Y += 3
			d.Y += d.Lines(x, d.Y, w, d.Wrap(title, w, st), st, layout.AlignLeft) + 2
		}
	}
	d.KeepHeading(d.Y, draw(title), func() { d.sectionHeading(title, 0) }, draw(d.continued(title)))
}

// continued returns a heading that repeats title above the rest of what
// it names on a new page: "Title (continued)".
func (d *doc) continued(title string) string { return d.T("doc.continued", title) }

// subHeading draws a smaller heading at the cursor, kept and wrapped as
// sectionHeading keeps and wraps its heading.
func (d *doc) subHeading(title string, keep float64) {
	st := d.Scale().H2
	x, w := d.Page().Left, d.Page().ContentWidth()
	d.Y += 1.5
	d.Need(float64(len(d.Wrap(title, w, st)))*st.LineHeight() + 1 + keep)
	draw := func(title string) func() {
		return func() {
			d.Y += d.Lines(x, d.Y, w, d.Wrap(title, w, st), st, layout.AlignLeft) + 1
		}
	}
	d.KeepHeading(d.Y-1.5, draw(title), func() { d.subHeading(title, 0) }, draw(d.continued(title)))
}

// bullets draws a bulleted list at the cursor, breaking pages between
// bullets; only a bullet longer than a page breaks between its lines.
func (d *doc) bullets(x, w float64, items []string, st layout.TextStyle) {
	indent := st.Size * layout.MMPerPoint * 1.3
	lh := st.LineHeight()
	for _, item := range items {
		lines := d.Wrap(item, w-indent, st)
		if len(lines) == 0 {
			continue
		}
		if h := float64(len(lines)) * lh; h <= d.Bottom()-d.PageTop() {
			d.Need(h)
		}
		for i, l := range lines {
			d.Need(lh)
			if i == 0 {
				d.Dot(x+indent*0.3, layout.Baseline(d.Y, st)-st.Size*layout.MMPerPoint*0.3, st.Size*layout.MMPerPoint*0.13, accent)
			}
			d.Text(x+indent, d.Y, l, st)
			d.Y += lh
		}
		d.Y += lh * 0.25
	}
}

// numbered draws a numbered list at the cursor.
func (d *doc) numbered(x, w float64, items []string, st layout.TextStyle) {
	indent := st.Size * layout.MMPerPoint * 2
	lh := st.LineHeight()
	num := st.WithBold().WithColor(accent)
	n := 0
	for _, item := range items {
		lines := d.Wrap(item, w-indent, st)
		if len(lines) == 0 {
			continue
		}
		n++
		for i, l := range lines {
			d.Need(lh)
			if i == 0 {
				d.Text(x, d.Y, d.integer(n)+".", num)
			}
			d.Text(x+indent, d.Y, l, st)
			d.Y += lh
		}
		d.Y += lh * 0.3
	}
}

// emptyNote draws a muted sentence, wrapped to the content width, where a
// section has nothing to show.
func (d *doc) emptyNote(s string) {
	st := d.Scale().Body.WithColor(faint)
	d.Flow(d.Page().Left, d.Page().ContentWidth(), s, st, 2)
}

// phaseTracker draws the engagement's phases as a row of small chevrons
// in their status colours, each with its dates below, at the cursor.
func (d *doc) phaseTracker(cat *catalog.Catalog, eng planner.Engagement) {
	n := len(eng.Phases)
	if n == 0 {
		return
	}
	const gap, chevH = 1.2, 7.5
	nameSt, dateSt := d.Scale().Label, d.Scale().Caption
	w := (d.Page().ContentWidth() - float64(n-1)*gap) / float64(n)
	tip := chevH * 0.32
	inset := func(i int) float64 {
		if i == 0 {
			return 2.5
		}
		return tip + 1.5
	}
	dates := make([][]string, n)
	lines := 1
	for i, ph := range eng.Phases {
		dates[i] = d.Wrap(d.phaseWindow(ph), w-inset(i)-1, dateSt)
		lines = max(lines, len(dates[i]))
	}
	titleLines := d.Wrap(strings.ToUpper(d.T("doc.map.tracker", eng.Name)), d.Page().ContentWidth(), nameSt)
	h := float64(len(titleLines))*nameSt.LineHeight() + 1.5 + chevH + 1 + float64(lines)*dateSt.LineHeight() + 3
	d.Need(h)
	d.Y += d.Lines(d.Page().Left, d.Y, d.Page().ContentWidth(), titleLines, nameSt.WithColor(muted), layout.AlignLeft) + 1.5
	for i, ph := range eng.Phases {
		x := d.Page().Left + float64(i)*(w+gap)
		d.phaseChevron(x, d.Y, w, chevH, i == 0, ph, phaseName(cat, ph.Phase), nameSt, inset(i))
		d.Lines(x+inset(i), d.Y+chevH+1, w-inset(i)-1, dates[i], dateSt, layout.AlignLeft)
	}
	d.Y += chevH + 1 + float64(lines)*dateSt.LineHeight() + 3
}

// fitColumn widens column i of a table total millimetres wide so that the
// widest of texts (dates, mostly: "2026年3月12日" is wider than "12 Mar
// 2026") fits its cells on one line in bold body text, taking the room
// from column from. A column wide enough already keeps its width.
func (d *doc) fitColumn(cols []layout.Column, total float64, i, from int, texts ...string) {
	need := 0.0
	for _, s := range texts {
		need = max(need, d.Measure(s, d.Scale().BodyBold))
	}
	d.widenColumn(cols, total, i, from, need+2*layout.CellPadX+0.5)
}

// fitChips widens column i of a table total millimetres wide, taking the
// room from column from, so that a status chip of any of labels fits its
// cells: pass every label the column's status can take in the
// document's language ("Niet begonnen" is wider than "Not started"),
// so that the column does not depend on the rows of the day.
func (d *doc) fitChips(cols []layout.Column, total float64, i, from int, labels ...string) {
	need := 0.0
	for _, s := range labels {
		need = max(need, d.ChipWidth(s, d.Scale().Caption.WithBold()))
	}
	d.widenColumn(cols, total, i, from, need+2*layout.CellPadX+0.5)
}

// widenColumn widens column i of a table total millimetres wide to need
// millimetres, taking the room from column from, which keeps at least
// half its weight. A column wide enough already keeps its width.
func (d *doc) widenColumn(cols []layout.Column, total float64, i, from int, need float64) {
	sum := 0.0
	for _, c := range cols {
		sum += c.Weight
	}
	have := total * cols[i].Weight / sum
	if need <= have {
		return
	}
	extra := min((need-have)/total*sum, cols[from].Weight/2)
	cols[i].Weight += extra
	cols[from].Weight -= extra
}

// phaseLabels returns the chip labels of every phase status.
func (w words) phaseLabels() []string {
	var out []string
	for _, s := range []planner.PhaseStatus{planner.PhaseNotStarted, planner.PhaseInProgress, planner.PhaseDone, planner.PhaseSkipped} {
		out = append(out, w.lookOfPhase(s).label)
	}
	return out
}

// activityLabels returns the chip labels of every activity status.
func (w words) activityLabels() []string {
	var out []string
	for _, s := range []planner.ActivityStatus{planner.ActivityRequested, planner.ActivityProposed, planner.ActivityScheduled, planner.ActivityDelivered, planner.ActivityCancelled} {
		out = append(out, w.lookOfActivity(s).label)
	}
	return out
}

// statusLabels returns the chip labels of every status of an objective,
// milestone or action.
func (w words) statusLabels() []string {
	var out []string
	for _, s := range []planner.Status{planner.StatusOpen, planner.StatusInProgress, planner.StatusDone, planner.StatusBlocked, planner.StatusCancelled} {
		out = append(out, w.lookOfStatus(s).label)
	}
	return out
}
