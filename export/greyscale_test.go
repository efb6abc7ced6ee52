package export

import (
	"fmt"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/export/layout"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// strokes counts the paths a canvas strokes (check marks and outlines),
// as against those it fills.
func strokes(c []layout.Call) int {
	n := 0
	for _, k := range c {
		switch {
		case k.Op == "RoundedRect" && strings.Contains(k.Strings[1], "D"),
			k.Op == "DrawPath" && k.Strings[0] == "D":
			n++
		}
	}
	return n
}

// TestPhaseTrackerMarksStatusBesidesColour checks that done phases carry a
// check mark and the phase in progress an outline, which tell them apart
// when a document is printed in greyscale, and that phases not started
// carry neither.
func TestPhaseTrackerMarksStatusBesidesColour(t *testing.T) {
	page, err := layout.PortraitPage("A4")
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
		d.AddPage()
		d.phaseTracker(testCatalog(t), c.eng)
		if got := strokes(d.Calls()); got != c.want {
			t.Errorf("phases %v: %d check marks and outlines, want %d", c.eng.Phases, got, c.want)
		}
	}
}

// shapes describes what a canvas draws without its colours, text or
// positions: the kind of each shape, how it is painted (filled, stroked or
// both), the line widths and the dash patterns. Two drawings with the same
// shapes print alike in greyscale when their colours do.
func shapes(c []layout.Call) string {
	var b strings.Builder
	for _, k := range c {
		switch k.Op {
		case "SetLineWidth":
			fmt.Fprintf(&b, "w%.2f ", k.Numbers[0])
		case "SetDashPattern":
			fmt.Fprintf(&b, "dash%v ", k.Dashes)
		case "Rect", "Circle":
			fmt.Fprintf(&b, "%s%s ", k.Op, k.Strings[0])
		case "RoundedRect":
			fmt.Fprintf(&b, "round%s ", k.Strings[1])
		case "Line":
			b.WriteString("line ")
		case "DrawPath":
			fmt.Fprintf(&b, "path%s ", k.Strings[0])
		}
	}
	return b.String()
}

// ganttCanvas lays out the quarterly plan of one customer for 2026 Q1 and
// returns its canvas.
func ganttCanvas(t *testing.T, a planner.Account) []layout.Call {
	t.Helper()
	d, err := layOutQuarterPlan(testCatalog(t), []planner.Account{a}, planner.DefaultSettings(), planner.Quarter{Year: 2026, Number: 1}, testOptions(), false)
	if err != nil {
		t.Fatal(err)
	}
	return d.Calls()
}

// ganttAccount returns a customer with the given activities and phases.
func ganttAccount(acts []planner.Activity, phases ...planner.PhaseState) planner.Account {
	a := planner.Account{Customer: planner.Customer{
		ID: fid("grey"), Name: "Greyscale GmbH", Region: catalog.EMEA,
		Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"analytics"}},
		Contract:   planner.Contract{Start: day("2025-01-01"), Allowances: planner.Allowances{AcceleratorsPerYear: 10, FieldHoursPerYear: 80}},
	}, Activities: acts}
	if len(phases) > 0 {
		a.Engagements = []planner.Engagement{{ID: fid("grey-eng"), CustomerID: a.Customer.ID, Name: "Relaunch", Phases: phases}}
	}
	return a
}

// TestGanttMarksStatusBesidesColour checks that the Gantt chart draws
// activity bars of each status, and phase bars of each status, as
// different shapes, so that they stay apart when the plan is printed in
// greyscale, where their colours print alike.
func TestGanttMarksStatusBesidesColour(t *testing.T) {
	seen := map[string]planner.ActivityStatus{}
	for _, s := range []planner.ActivityStatus{planner.ActivityDelivered, planner.ActivityScheduled, planner.ActivityProposed} {
		act := planner.Activity{ID: fid("grey-act"), CustomerID: fid("grey"), ItemID: "pro-roadmap-review", Date: day("2026-02-04"), Hours: 4, Status: s}
		got := shapes(ganttCanvas(t, ganttAccount([]planner.Activity{act})))
		if other, ok := seen[got]; ok {
			t.Errorf("%s and %s activities are drawn alike but for their colour", other, s)
		}
		seen[got] = s
	}
	seenPhase := map[string]planner.PhaseStatus{}
	for _, s := range []planner.PhaseStatus{planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted} {
		ph := planner.PhaseState{Phase: catalog.Design, Status: s, PlannedStart: day("2026-01-12"), PlannedEnd: day("2026-02-20")}
		// A phase after the quarter keeps the engagement active when the
		// phase is done.
		later := planner.PhaseState{Phase: catalog.PostLaunch, Status: planner.PhaseNotStarted, PlannedStart: day("2026-06-01"), PlannedEnd: day("2026-06-30")}
		got := shapes(ganttCanvas(t, ganttAccount(nil, ph, later)))
		if other, ok := seenPhase[got]; ok {
			t.Errorf("%s and %s phases are drawn alike but for their colour", other, s)
		}
		seenPhase[got] = s
	}
}

// TestGanttLegendShowsStatusMarks checks that the chart's legend draws the
// marks that tell statuses apart without colour: a check mark for delivered
// activities and done phases, an outline for proposed activities, the
// phase in progress and phases not started.
func TestGanttLegendShowsStatusMarks(t *testing.T) {
	// With neither activities nor phases, the chart strokes only its
	// legend's keys.
	if got, want := strokes(ganttCanvas(t, ganttAccount(nil))), 5; got != want {
		t.Errorf("the legend strokes %d check marks and outlines, want %d", got, want)
	}
}
