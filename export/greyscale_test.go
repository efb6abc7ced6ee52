package export

import (
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// strokes counts the paths a canvas strokes (check marks and outlines),
// as against those it fills.
func strokes(c *canvas) int {
	n := 0
	r := &replay{c: c}
	for _, kind := range c.kinds {
		switch kind {
		case opSetFont:
			r.text()
			r.text()
			r.num()
		case opText:
			r.num()
			r.num()
			r.text()
		case opSetTextRenderingMode, opSetLineWidth, opSetPage:
			r.num()
		case opSetTextColor, opSetFillColor, opSetDrawColor:
			r.num()
			r.num()
			r.num()
		case opSetDashPattern:
			r.dashes()
			r.num()
		case opRect, opCircle:
			for range map[opKind]int{opRect: 4, opCircle: 3}[kind] {
				r.num()
			}
			r.text()
		case opRoundedRect:
			for range 5 {
				r.num()
			}
			r.text()
			if r.text() == "D" {
				n++
			}
		case opLine:
			for range 4 {
				r.num()
			}
		case opMoveTo, opLineTo:
			r.num()
			r.num()
		case opDrawPath:
			if r.text() == "D" {
				n++
			}
		}
	}
	return n
}

// TestPhaseTrackerMarksStatusBesidesColour checks that done phases carry a
// check mark and the phase in progress an outline, which tell them apart
// when a document is printed in greyscale, and that phases not started
// carry neither.
func TestPhaseTrackerMarksStatusBesidesColour(t *testing.T) {
	page, err := portraitPage("A4")
	if err != nil {
		t.Fatal(err)
	}
	statuses := func(s ...planner.PhaseStatus) planner.Engagement {
		eng := planner.Engagement{Name: "Relaunch"}
		for i, st := range s {
			eng.Phases = append(eng.Phases, planner.PhaseState{Phase: catalog.PhaseID(itoa(i)), Status: st})
		}
		return eng
	}
	for _, c := range []struct {
		eng  planner.Engagement
		want int
	}{
		{statuses(planner.PhaseDone, planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted, planner.PhaseNotStarted), 3},
		{statuses(planner.PhaseNotStarted, planner.PhaseNotStarted, planner.PhaseNotStarted), 0},
		{statuses(planner.PhaseDone, planner.PhaseDone), 2},
	} {
		d, err := newPaperDoc(page, meta{title: "Test"}, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		d.addPage()
		d.phaseTracker(testCatalog(t), c.eng)
		if got := strokes(d.canvas); got != c.want {
			t.Errorf("phases %v: %d check marks and outlines, want %d", c.eng.Phases, got, c.want)
		}
	}
}
