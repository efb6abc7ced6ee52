package planner_test

import (
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestDeliveryByPhaseCountsActivitiesWithoutPhase(t *testing.T) {
	cat := schedCatalog()
	e := planner.NewEngagement(cat, planner.ID{1}, "Launch")
	acts := []planner.Activity{
		{ItemID: "a", Phase: catalog.Kickoff, Date: catalog.MustDate("2027-01-12"), Status: planner.ActivityScheduled},
		{ItemID: "b", Date: catalog.MustDate("2027-01-05"), Status: planner.ActivityDelivered},
		{ItemID: "c", Date: catalog.MustDate("2027-01-20"), Status: planner.ActivityCancelled},
		{ItemID: "d", Phase: "no-such-phase", Date: catalog.MustDate("2027-01-06"), Status: planner.ActivityDelivered},
	}
	got := e.Activities(acts)
	if len(got) != 3 || got[0].ItemID != "b" || got[1].ItemID != "a" || got[2].ItemID != "c" {
		t.Errorf("Activities = %+v, want b, a, c by day", got)
	}
	byPhase, total := e.DeliveryByPhase(acts)
	if want := (planner.Delivery{Delivered: 1, Planned: 2}); total != want {
		t.Errorf("total = %+v, want %+v", total, want)
	}
	if want := (planner.Delivery{Delivered: 1, Planned: 1}); byPhase[""] != want {
		t.Errorf("without a phase = %+v, want %+v", byPhase[""], want)
	}
	if want := (planner.Delivery{Planned: 1}); byPhase[catalog.Kickoff] != want {
		t.Errorf("kickoff = %+v, want %+v", byPhase[catalog.Kickoff], want)
	}
}
