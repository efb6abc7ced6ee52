package export

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// drawnLine is a straight line a canvas draws, in millimetres, with the
// page it is on and its place among the page's drawing calls.
type drawnLine struct {
	page, order    int
	color          rgb
	x1, y1, x2, y2 float64
}

// drawnFill is a filled rectangle (rounded or not) a canvas draws.
type drawnFill struct {
	page, order int
	color       rgb
	x, y, w, h  float64
}

// canvasShapes reads the lines and filled rectangles a canvas draws,
// page by page, in the order it draws them.
func canvasShapes(c *canvas) ([]drawnLine, []drawnFill) {
	var lines []drawnLine
	var fills []drawnFill
	page, pages := 0, 0
	var fill, draw rgb
	for order, k := range calls(c) {
		switch k.kind {
		case opAddPage:
			pages++
			page = pages
		case opSetPage:
			page = int(k.nums[0])
		case opSetFillColor:
			fill = k.color()
		case opSetDrawColor:
			draw = k.color()
		case opRect, opRoundedRect:
			if k.strs[len(k.strs)-1] == "F" {
				fills = append(fills, drawnFill{page: page, order: order, color: fill, x: k.nums[0], y: k.nums[1], w: k.nums[2], h: k.nums[3]})
			}
		case opLine:
			lines = append(lines, drawnLine{page: page, order: order, color: draw, x1: k.nums[0], y1: k.nums[1], x2: k.nums[2], y2: k.nums[3]})
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
	lines, fills := canvasShapes(d.canvas)
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
