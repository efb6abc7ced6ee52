package planner

import (
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
)

// Activities returns the activities of engagement e, by day:
// those in one of its phases, and those in no phase, which belong to the
// engagement as a whole. Activities of a phase the engagement does not
// list belong to another engagement.
func (e Engagement) Activities(acts []Activity) []Activity {
	var out []Activity
	for _, a := range acts {
		if _, _, ok := e.Phase(a.Phase); ok || a.Phase == "" {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b Activity) int { return a.Date.Compare(b.Date) })
	return out
}

// Delivery counts activities planned (every status that counts, see
// ActivityStatus.Counts) and delivered.
type Delivery struct{ Delivered, Planned int }

// add counts activity a.
func (d *Delivery) add(a Activity) {
	if !a.Status.Counts() {
		return
	}
	d.Planned++
	if a.Status == ActivityDelivered {
		d.Delivered++
	}
}

// DeliveryByPhase counts the activities of engagement e (see
// Activities) per phase, and in total. Activities in no phase
// are counted under the empty phase ID and in the total.
func (e Engagement) DeliveryByPhase(acts []Activity) (byPhase map[catalog.PhaseID]Delivery, total Delivery) {
	byPhase = map[catalog.PhaseID]Delivery{}
	for _, a := range e.Activities(acts) {
		d := byPhase[a.Phase]
		d.add(a)
		byPhase[a.Phase] = d
		total.add(a)
	}
	return byPhase, total
}
