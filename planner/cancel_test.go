package planner_test

import (
	"context"
	"errors"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// TestQuarterWorkStopsWhenCancelled checks that the portfolio-wide
// quarter work gives up on a context that is already cancelled, with an
// error that says so, and that the same input succeeds otherwise.
func TestQuarterWorkStopsWhenCancelled(t *testing.T) {
	muller := planner.Account{Customer: schedCustomerMuller(), Activities: []planner.Activity{
		schedActivity(1, schedMuller, "pro-roadmap-review", "2027-01-12", 2),
	}}
	in := schedInput(muller)
	reqs := []planner.Request{{CustomerID: schedMuller, ItemID: "pro-roadmap-review"}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	if _, err := planner.QuarterLoadContext(ctx, in); !errors.Is(err, context.Canceled) {
		t.Errorf("QuarterLoadContext: error %v, want context.Canceled", err)
	}
	if _, err := planner.CheckPlanContext(ctx, in); !errors.Is(err, context.Canceled) {
		t.Errorf("CheckPlanContext: error %v, want context.Canceled", err)
	}
	if prop, err := planner.AutoScheduleContext(ctx, in, reqs); !errors.Is(err, context.Canceled) || len(prop.Placed) != 0 {
		t.Errorf("AutoScheduleContext: %d placed, error %v, want none and context.Canceled", len(prop.Placed), err)
	}

	live := context.Background()
	if w, err := planner.QuarterLoadContext(live, in); err != nil || len(w.Customers) != 1 {
		t.Errorf("QuarterLoadContext, not cancelled: %d customers, error %v", len(w.Customers), err)
	}
	if prop, err := planner.AutoScheduleContext(live, in, reqs); err != nil || len(prop.Placed) != 1 {
		t.Errorf("AutoScheduleContext, not cancelled: %d placed, error %v, want 1", len(prop.Placed), err)
	}
}
