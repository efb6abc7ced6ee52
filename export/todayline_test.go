package export

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/liftoff-app/liftoff/export/layout"

	"github.com/liftoff-app/liftoff/planner"
)

// drawnLine is a straight line a canvas draws, in millimetres, with the
// page it is on and its place among the page's drawing calls.
type drawnLine struct {
	page, order    int
	color          layout.RGB
	x1, y1, x2, y2 float64
}

// drawnFill is a filled rectangle (rounded or not) a canvas draws.
type drawnFill struct {
	page, order int
	color       layout.RGB
	x, y, w, h  float64
}

// canvasShapes reads the lines and filled rectangles a canvas draws,
// page by page, in the order it draws them.
func canvasShapes(c []layout.Call) ([]drawnLine, []drawnFill) {
	var lines []drawnLine
	var fills []drawnFill
	page, pages := 0, 0
	var fill, draw layout.RGB
	for order, k := range c {
		switch k.Op {
		case "AddPage":
			pages++
			page = pages
		case "SetPage":
			page = int(k.Numbers[0])
		case "SetFillColor":
			fill = callColor(k)
		case "SetDrawColor":
			draw = callColor(k)
		case "Rect", "RoundedRect":
			if k.Strings[len(k.Strings)-1] == "F" {
				fills = append(fills, drawnFill{page: page, order: order, color: fill, x: k.Numbers[0], y: k.Numbers[1], w: k.Numbers[2], h: k.Numbers[3]})
			}
		case "Line":
			lines = append(lines, drawnLine{page: page, order: order, color: draw, x1: k.Numbers[0], y1: k.Numbers[1], x2: k.Numbers[2], y2: k.Numbers[3]})
		}
	}
	return lines, fills
}

// TestTodayLineStrikesNoLabel lays out a quarterly plan whose Today line
// crosses activity notes and phase bars, reads the words back with their
// boxes and fails for every word the line passes through unless the word
// stands on a fill drawn over the line.
func TestTodayLineStrikesNoLabel(t *testing.T) {
	accts := append(fixturePortfolio()[:2], bigPortfolio(24)...)
	opts := testOptions()
	d, err := layOutQuarterPlan(testCatalog(t), accts, planner.DefaultSettings(), planner.Quarter{Year: 2026, Number: 1}, opts, false)
	if err != nil {
		t.Fatal(err)
	}
	g := newGantt(d, nil, planner.Quarter{Year: 2026, Number: 1}, planner.Workload{}, opts.today())
	todayX := g.dayX(opts.today()) + g.dayW/2
	var buf bytes.Buffer
	if _, err := d.finish(&buf); err != nil {
		t.Fatal(err)
	}
	lines, fills := canvasShapes(d.Calls())
	path := filepath.Join(t.TempDir(), "quarter.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	const mmPerPt = 25.4 / 72
	crossed := 0
	for _, p := range pdfWords(t, path) {
		for _, w := range p.Words {
			x1, x2, y1, y2 := w.XMin*mmPerPt, w.XMax*mmPerPt, w.YMin*mmPerPt, w.YMax*mmPerPt
			for _, l := range lines {
				if l.page != w.Page || l.x1 != todayX || l.x2 != todayX || (l.color != danger && l.color != todayColor) {
					continue
				}
				if todayX <= x1 || todayX >= x2 || max(l.y1, l.y2) <= y1 || min(l.y1, l.y2) >= y2 {
					continue
				}
				crossed++
				covered := false
				for _, f := range fills {
					if f.page == l.page && f.order > l.order && f.x <= todayX && f.x+f.w >= todayX &&
						f.y <= max(y1, min(l.y1, l.y2)) && f.y+f.h >= min(y2, max(l.y1, l.y2)) {
						covered = true
						break
					}
				}
				if !covered {
					t.Errorf("page %d: the Today line at x %.1f mm strikes %q (x %.1f–%.1f, y %.1f–%.1f mm)", w.Page, todayX, w.Text, x1, x2, y1, y2)
				}
			}
		}
	}
	if crossed == 0 {
		t.Fatal("the Today line crosses no word; the test needs a plan whose labels it crosses")
	}
}
