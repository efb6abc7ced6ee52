package planner_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestSetPhaseStatus(t *testing.T) {
	cat := schedCatalog()
	day := catalog.MustDate("2027-01-12")
	type step struct {
		phase  catalog.PhaseID
		status planner.PhaseStatus
		reason string
		on     string
	}
	tests := []struct {
		name    string
		before  []step // applied first; each must succeed
		step    step
		wantErr string
		// check runs on the engagement after a successful step.
		check func(t *testing.T, e planner.Engagement)
	}{
		{
			name: "start kickoff sets the actual start",
			step: step{catalog.Kickoff, planner.PhaseInProgress, "", "2027-01-12"},
			check: func(t *testing.T, e planner.Engagement) {
				if s := e.Phases[0]; s.Status != planner.PhaseInProgress || s.ActualStart != day || !s.ActualEnd.IsZero() {
					t.Errorf("kickoff = %+v", s)
				}
			},
		},
		{
			name:   "finish kickoff sets the actual end",
			before: []step{{catalog.Kickoff, planner.PhaseInProgress, "", "2027-01-04"}},
			step:   step{catalog.Kickoff, planner.PhaseDone, "", "2027-01-12"},
			check: func(t *testing.T, e planner.Engagement) {
				if s := e.Phases[0]; s.Status != planner.PhaseDone || s.ActualStart.String() != "2027-01-04" || s.ActualEnd != day {
					t.Errorf("kickoff = %+v", s)
				}
			},
		},
		{
			name: "done without a start starts and ends the same day",
			step: step{catalog.Kickoff, planner.PhaseDone, "", "2027-01-12"},
			check: func(t *testing.T, e planner.Engagement) {
				if s := e.Phases[0]; s.ActualStart != day || s.ActualEnd != day {
					t.Errorf("kickoff = %+v", s)
				}
			},
		},
		{
			name:    "design cannot be done while define is open",
			before:  []step{{catalog.Kickoff, planner.PhaseDone, "", "2027-01-04"}, {catalog.Define, planner.PhaseInProgress, "", "2027-01-05"}},
			step:    step{catalog.Design, planner.PhaseDone, "", "2027-01-12"},
			wantErr: "phase order: Design cannot be done while Define is in progress; finish or skip Define first",
		},
		{
			name:    "go-live cannot be done while kickoff has not started",
			step:    step{catalog.GoLive, planner.PhaseDone, "", "2027-01-12"},
			wantErr: "phase order: Go-Live cannot be done while Kickoff is not started; finish or skip Kickoff first",
		},
		{
			name: "a late joiner skips kickoff and define with a reason",
			before: []step{
				{catalog.Kickoff, planner.PhaseSkipped, "customer joined in Design", "2027-01-04"},
				{catalog.Define, planner.PhaseSkipped, "customer joined in Design", "2027-01-04"},
			},
			step: step{catalog.Design, planner.PhaseDone, "", "2027-01-12"},
			check: func(t *testing.T, e planner.Engagement) {
				if e.Phases[1].SkipReason != "customer joined in Design" || e.Phases[2].Status != planner.PhaseDone {
					t.Errorf("phases = %+v", e.Phases)
				}
				if cur, ok := e.Current(); !ok || cur.Phase != catalog.GoLive {
					t.Errorf("Current = %v, %t; want Go-Live", cur.Phase, ok)
				}
			},
		},
		{
			name:    "skipping needs a reason",
			step:    step{catalog.Kickoff, planner.PhaseSkipped, "  ", "2027-01-12"},
			wantErr: `phase Kickoff: skipping a phase needs a reason, such as "customer joined in Design"`,
		},
		{
			name:    "an earlier phase cannot reopen while a later one is done",
			before:  []step{{catalog.Kickoff, planner.PhaseDone, "", "2027-01-04"}, {catalog.Define, planner.PhaseDone, "", "2027-01-08"}},
			step:    step{catalog.Kickoff, planner.PhaseInProgress, "", "2027-01-12"},
			wantErr: "phase order: Kickoff cannot be reopened while Define is done",
		},
		{
			name:   "reopening the last done phase clears its end",
			before: []step{{catalog.Kickoff, planner.PhaseDone, "", "2027-01-04"}},
			step:   step{catalog.Kickoff, planner.PhaseInProgress, "", "2027-01-12"},
			check: func(t *testing.T, e planner.Engagement) {
				if s := e.Phases[0]; s.Status != planner.PhaseInProgress || !s.ActualEnd.IsZero() || s.ActualStart.String() != "2027-01-04" {
					t.Errorf("kickoff = %+v", s)
				}
			},
		},
		{
			name:    "the end cannot come before the start",
			before:  []step{{catalog.Kickoff, planner.PhaseInProgress, "", "2027-01-12"}},
			step:    step{catalog.Kickoff, planner.PhaseDone, "", "2027-01-04"},
			wantErr: "phase Kickoff: cannot end on 2027-01-04, before it started on 2027-01-12",
		},
		{
			name:    "unknown phase",
			step:    step{"launch", planner.PhaseDone, "", "2027-01-12"},
			wantErr: `engagement "Cloud migration" has no phase "launch" (want kickoff, define, design, go-live, post-launch)`,
		},
		{
			name:    "unknown status",
			step:    step{catalog.Kickoff, "finished", "", "2027-01-12"},
			wantErr: `phase Kickoff: unknown status "finished" (want not-started, in-progress, done or skipped)`,
		},
		{
			name:    "a phase cannot start before an earlier phase started",
			before:  []step{{catalog.Kickoff, planner.PhaseDone, "", "2026-07-10"}, {catalog.Define, planner.PhaseInProgress, "", "2026-07-25"}},
			step:    step{catalog.Design, planner.PhaseInProgress, "", "2026-01-01"},
			wantErr: "phase Design: cannot start on 2026-01-01, before Define started on 2026-07-25",
		},
		{
			name:    "nor be done, started that day, before an earlier phase started",
			before:  []step{{catalog.Kickoff, planner.PhaseDone, "", "2026-07-10"}},
			step:    step{catalog.Define, planner.PhaseDone, "", "2026-07-01"},
			wantErr: "phase Define: cannot start on 2026-07-01, before Kickoff started on 2026-07-10",
		},
		{
			name:   "a phase may start the day an earlier one started",
			before: []step{{catalog.Kickoff, planner.PhaseInProgress, "", "2026-07-10"}},
			step:   step{catalog.Define, planner.PhaseInProgress, "", "2026-07-10"},
			check: func(t *testing.T, e planner.Engagement) {
				if s := e.Phases[1]; s.ActualStart != catalog.MustDate("2026-07-10") {
					t.Errorf("define = %+v", s)
				}
			},
		},
		{
			name:    "a day is needed",
			step:    step{catalog.Kickoff, planner.PhaseInProgress, "", ""},
			wantErr: "phase Kickoff: the day of the change must be set",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := planner.NewEngagement(cat, schedMuller, "Cloud migration")
			apply := func(s step) error {
				var on catalog.Date
				if s.on != "" {
					on = catalog.MustDate(s.on)
				}
				return e.SetPhaseStatus(cat, s.phase, s.status, s.reason, on)
			}
			for _, s := range tt.before {
				if err := apply(s); err != nil {
					t.Fatalf("setting up %s %s: %v", s.phase, s.status, err)
				}
			}
			saved := append([]planner.PhaseState(nil), e.Phases...)
			err := apply(tt.step)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				if !reflect.DeepEqual(e.Phases, saved) {
					t.Errorf("a refused change altered the phases: %+v", e.Phases)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, e)
		})
	}
}

func TestSetPhaseStatusWrapsPhaseOrder(t *testing.T) {
	cat := schedCatalog()
	e := planner.NewEngagement(cat, schedMuller, "Cloud migration")
	err := e.SetPhaseStatus(cat, catalog.Design, planner.PhaseDone, "", catalog.MustDate("2027-01-12"))
	if !errors.Is(err, planner.ErrPhaseOrder) {
		t.Fatalf("error %v does not wrap ErrPhaseOrder", err)
	}
}

func TestCurrentPhase(t *testing.T) {
	cat := schedCatalog()
	e := planner.NewEngagement(cat, schedMuller, "Cloud migration")
	if cur, ok := e.Current(); !ok || cur.Phase != catalog.Kickoff {
		t.Fatalf("new engagement: Current = %v, %t", cur.Phase, ok)
	}
	for _, p := range catalog.PhaseOrder() {
		if err := e.SetPhaseStatus(cat, p, planner.PhaseDone, "", catalog.MustDate("2027-01-12")); err != nil {
			t.Fatal(err)
		}
	}
	if cur, ok := e.Current(); ok {
		t.Fatalf("all done: Current = %v, want none", cur.Phase)
	}
}

func TestDeliverables(t *testing.T) {
	cat := schedCatalog()
	e := planner.NewEngagement(cat, schedMuller, "Cloud migration")
	if err := e.SetDeliverable(cat, catalog.Define, planner.DeliverableDelivered); err != nil {
		t.Fatal(err)
	}
	got := e.Deliverables(cat)
	var summary []string
	for _, d := range got {
		summary = append(summary, string(d.Phase)+"="+d.Kind+"/"+string(d.State))
	}
	want := "kickoff=kickoff/not-started define=assessment/delivered post-launch=summary/not-started"
	if strings.Join(summary, " ") != want {
		t.Errorf("deliverables = %q, want %q", summary, want)
	}
	if !got[1].Produced() || got[0].Produced() || got[0].Name != "Kickoff deck, including the project collaboration plan" {
		t.Errorf("deliverables = %+v", got)
	}

	errTests := []struct {
		phase catalog.PhaseID
		state planner.DeliverableState
		want  string
	}{
		{catalog.Design, planner.DeliverableDraft, "phase Design names no deliverable"},
		{catalog.Kickoff, "printed", `phase Kickoff: unknown deliverable state "printed" (want not-started, draft or delivered)`},
		{"launch", planner.DeliverableDraft, `engagement "Cloud migration" has no phase "launch"`},
	}
	for _, tt := range errTests {
		err := e.SetDeliverable(cat, tt.phase, tt.state)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("SetDeliverable(%s, %s) = %v, want %q", tt.phase, tt.state, err, tt.want)
		}
	}
}
