package export

import (
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// chipHeight returns the height of a status chip drawn in style st.
func chipHeight(st textStyle) float64 { return st.size*ptToMM + 2.4 }

// chipWidth returns the width of a status chip with the given label.
func (d *doc) chipWidth(label string, st textStyle) float64 {
	return d.measure(label, st) + 2*chipPad(st)
}

// chipPad is the space left and right of a chip label.
func chipPad(st textStyle) float64 { return st.size * ptToMM * 0.75 }

// chip draws a status label on a pale pill of its colour at (x, y) and
// returns its width.
func (d *doc) chip(x, y float64, look statusLook, st textStyle) float64 {
	st = st.asBold().with(look.color.mix(ink, 0.25))
	w := d.chipWidth(look.label, st)
	h := chipHeight(st)
	d.roundRect(x, y, w, h, h/2, look.color.tinted())
	textTop := y + (h-st.lineHeight())/2
	d.text(x+chipPad(st), textTop, look.label, st)
	return w
}

// progressBar draws a bar of width w filled to fraction (0 to 1).
func (d *doc) progressBar(x, y, w, h, fraction float64, c rgb) {
	fraction = min(max(fraction, 0), 1)
	d.roundRect(x, y, w, h, h/2, rule)
	if fraction > 0 {
		d.roundRect(x, y, max(w*fraction, h), h, h/2, c)
	}
}

// dot draws a filled circle.
func (d *doc) dot(cx, cy, r float64, c rgb) {
	d.setFill(c)
	d.canvas.circle(cx, cy, r, "F")
}

// chevron draws an arrow-shaped band from x to x+w; the first has a flat
// back.
func (d *doc) chevron(x, y, w, h float64, first bool, c rgb) {
	d.setFill(c)
	d.chevronPath(x, y, w, h, first)
	d.canvas.drawPath("F")
}

// chevronPath traces the outline of a chevron (see chevron) without
// drawing it.
func (d *doc) chevronPath(x, y, w, h float64, first bool) {
	tip := h * 0.32
	pts := []struct{ x, y float64 }{
		{x, y}, {x + w - tip, y}, {x + w, y + h/2}, {x + w - tip, y + h}, {x, y + h},
	}
	if !first {
		pts = append(pts, struct{ x, y float64 }{x + tip, y + h/2})
	}
	d.canvas.moveTo(pts[0].x, pts[0].y)
	for _, p := range pts[1:] {
		d.canvas.lineTo(p.x, p.y)
	}
	d.canvas.closePath()
}

// checkMarkWidth is the width of a check mark of the given height.
func checkMarkWidth(h float64) float64 { return h * 1.15 }

// checkMark strokes a check mark of height h whose box starts at (x, top).
func (d *doc) checkMark(x, top, h float64, c rgb) {
	d.setDraw(c)
	d.setLineWidth(max(h*0.16, 0.3))
	w := checkMarkWidth(h)
	d.canvas.moveTo(x, top+h*0.55)
	d.canvas.lineTo(x+w*0.36, top+h)
	d.canvas.lineTo(x+w, top)
	d.canvas.drawPath("D")
}

// outlinedRoundRect fills a rectangle with rounded corners and strokes its
// outline, a line of width lw in colour line drawn inside the rectangle.
func (d *doc) outlinedRoundRect(x, y, w, h, r float64, fill, line rgb, lw float64) {
	x, y, w, h = x+lw/2, y+lw/2, w-lw, h-lw
	if w <= 0 || h <= 0 {
		return
	}
	d.setFill(fill)
	d.setDraw(line)
	d.setLineWidth(lw)
	d.canvas.roundedRect(x, y, w, h, min(r, w/2, h/2), "1234", "FD")
}

// activityBar draws an activity's bar in the Gantt chart or its legend,
// marked so that its status survives printing in greyscale, where the
// status colours print alike: a delivered activity is a solid bar with a
// check mark, a scheduled one a solid bar, a proposed one (or any other)
// an outlined bar on white.
func (d *doc) activityBar(x, y, w, h float64, s planner.ActivityStatus) {
	c := lookOfActivity(s).color
	switch s {
	case planner.ActivityDelivered:
		d.roundRect(x, y, w, h, 0.8, c)
		ch := min(h*0.45, (w-0.9)/checkMarkWidth(1))
		d.checkMark(x+(w-checkMarkWidth(ch))/2, y+(h-ch)/2, ch, white)
	case planner.ActivityScheduled:
		d.roundRect(x, y, w, h, 0.8, c)
	default:
		d.outlinedRoundRect(x, y, w, h, 0.8, white, c, 0.4)
	}
}

// phaseBar draws a phase's bar in the Gantt chart or its legend, marked
// so that its status survives printing in greyscale: a done phase is pale
// with a check mark at its start, the phase in progress solid with a bold
// dark outline, a phase not started light with a thin outline. It returns
// where text in the bar may start and the colour to write it in.
func (d *doc) phaseBar(x, y, w, h float64, s planner.PhaseStatus) (textX float64, text rgb) {
	look := lookOfPhase(s)
	text = look.color.mix(ink, 0.35)
	textX = x + 1.5
	switch s {
	case planner.PhaseDone:
		d.roundRect(x, y, w, h, 1.2, look.color.tinted())
		ch := min(h*0.45, 2.2)
		if checkMarkWidth(ch)+1.6 <= w {
			d.checkMark(x+1.2, y+(h-ch)/2, ch, text)
			textX = x + 1.2 + checkMarkWidth(ch) + 1.1
		}
	case planner.PhaseInProgress:
		d.outlinedRoundRect(x, y, w, h, 1.2, accent, ink, 0.5)
		text = white
	case planner.PhaseNotStarted, "":
		d.outlinedRoundRect(x, y, w, h, 1.2, tint, faint, 0.2)
		text = muted
	default:
		d.roundRect(x, y, w, h, 1.2, look.color.tinted())
	}
	return textX, text
}

// phaseChevron draws a phase as a chevron in its status colour with its
// name, marked so that its status survives printing in greyscale, where
// done and in progress print alike: a done phase carries a check mark
// before its name, the phase in progress a bold dark outline. The name
// starts inset from x and is shortened to fit.
func (d *doc) phaseChevron(x, y, w, h float64, first bool, ph planner.PhaseState, name string, nameSt textStyle, inset float64) {
	look := lookOfPhase(ph.Status)
	fill, text := look.color, white
	if ph.Status == planner.PhaseNotStarted || ph.Status == "" {
		fill, text = rule, ink
	}
	d.chevron(x, y, w, h, first, fill)
	if ph.Status == planner.PhaseInProgress {
		d.setDraw(ink)
		d.setLineWidth(max(h*0.06, 0.5))
		d.chevronPath(x, y, w, h, first)
		d.canvas.drawPath("D")
	}
	tx, room := x+inset, w-inset-h*0.32-1
	if ph.Status == planner.PhaseDone {
		ch := nameSt.size * ptToMM * 0.62
		d.checkMark(tx, y+(h-ch)/2, ch, text)
		tx += checkMarkWidth(ch) + 1.5
		room -= checkMarkWidth(ch) + 1.5
	}
	d.text(tx, y+(h-nameSt.lineHeight())/2, ellipsize(d, name, room, nameSt), nameSt.with(text))
}

// keepTable is how much of a table (header and a first row) must fit
// below a heading for the heading to stay on the page.
const keepTable = 26.0

// sectionHeading draws a heading at the cursor with a short accent rule
// above it, keeping it on the page with at least keep millimetres of what
// follows.
func (d *doc) sectionHeading(title string, keep float64) {
	st := d.scale.h1
	h := 3 + st.lineHeight() + 2
	if d.y > d.page.bodyTop()+0.1 {
		d.y += 4
	}
	d.need(h + keep)
	kept := &keptHeading{start: d.canvas.mark(), startY: d.y, redraw: func() { d.sectionHeading(title, 0) }}
	d.rect(d.page.left, d.y, 10, 0.9, accent)
	d.y += 3
	d.text(d.page.left, d.y, title, st)
	d.y += st.lineHeight() + 2
	kept.end, kept.endY = d.canvas.mark(), d.y
	d.heading = kept
}

// subHeading draws a smaller heading at the cursor.
func (d *doc) subHeading(title string, keep float64) {
	st := d.scale.h2
	d.y += 1.5
	d.need(st.lineHeight() + 1 + keep)
	kept := &keptHeading{start: d.canvas.mark(), startY: d.y - 1.5, redraw: func() { d.subHeading(title, 0) }}
	d.text(d.page.left, d.y, title, st)
	d.y += st.lineHeight() + 1
	kept.end, kept.endY = d.canvas.mark(), d.y
	d.heading = kept
}

// bullets draws a bulleted list at the cursor, breaking pages between
// bullets; only a bullet longer than a page breaks between its lines.
func (d *doc) bullets(x, w float64, items []string, st textStyle) {
	indent := st.size * ptToMM * 1.3
	lh := st.lineHeight()
	for _, item := range items {
		lines := d.wrap(item, w-indent, st)
		if len(lines) == 0 {
			continue
		}
		if h := float64(len(lines)) * lh; h <= d.page.bodyBottom()-d.pageTop {
			d.need(h)
		}
		for i, l := range lines {
			d.need(lh)
			if i == 0 {
				d.dot(x+indent*0.3, baseline(d.y, st)-st.size*ptToMM*0.3, st.size*ptToMM*0.13, accent)
			}
			d.text(x+indent, d.y, l, st)
			d.y += lh
		}
		d.y += lh * 0.25
	}
}

// numbered draws a numbered list at the cursor.
func (d *doc) numbered(x, w float64, items []string, st textStyle) {
	indent := st.size * ptToMM * 2
	lh := st.lineHeight()
	num := st.asBold().with(accent)
	n := 0
	for _, item := range items {
		lines := d.wrap(item, w-indent, st)
		if len(lines) == 0 {
			continue
		}
		n++
		for i, l := range lines {
			d.need(lh)
			if i == 0 {
				d.text(x, d.y, itoa(n)+".", num)
			}
			d.text(x+indent, d.y, l, st)
			d.y += lh
		}
		d.y += lh * 0.3
	}
}

// emptyNote draws a muted sentence, wrapped to the content width, where a
// section has nothing to show.
func (d *doc) emptyNote(s string) {
	st := d.scale.body.with(faint)
	d.flow(d.page.left, d.page.contentWidth(), s, st, 2)
}

// phaseTracker draws the engagement's phases as a row of small chevrons
// in their status colours, each with its dates below, at the cursor.
func (d *doc) phaseTracker(cat *catalog.Catalog, eng planner.Engagement) {
	n := len(eng.Phases)
	if n == 0 {
		return
	}
	const gap, chevH = 1.2, 7.5
	nameSt, dateSt := d.scale.label, d.scale.caption
	w := (d.page.contentWidth() - float64(n-1)*gap) / float64(n)
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
		dates[i] = d.wrap(phaseWindow(ph), w-inset(i)-1, dateSt)
		lines = max(lines, len(dates[i]))
	}
	titleLines := d.wrap("ENGAGEMENT · "+strings.ToUpper(eng.Name), d.page.contentWidth(), nameSt)
	h := float64(len(titleLines))*nameSt.lineHeight() + 1.5 + chevH + 1 + float64(lines)*dateSt.lineHeight() + 3
	d.need(h)
	d.y += d.lines(d.page.left, d.y, d.page.contentWidth(), titleLines, nameSt.with(muted), alignLeft) + 1.5
	for i, ph := range eng.Phases {
		x := d.page.left + float64(i)*(w+gap)
		d.phaseChevron(x, d.y, w, chevH, i == 0, ph, phaseName(cat, ph.Phase), nameSt, inset(i))
		d.lines(x+inset(i), d.y+chevH+1, w-inset(i)-1, dates[i], dateSt, alignLeft)
	}
	d.y += chevH + 1 + float64(lines)*dateSt.lineHeight() + 3
}
