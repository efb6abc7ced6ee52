package storage

import (
	"bytes"
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	bolt "go.etcd.io/bbolt"
)

// useCaseMoves returns the engagements stored in tx whose assessment
// still holds use cases of its own (from before use cases belonged to
// objectives) and whose customer's plan has objectives to take them.
func useCaseMoves(tx *bolt.Tx) ([]planner.Engagement, error) {
	var moves []planner.Engagement
	plans := recordsOf(tx, bucketPlans)
	err := recordsOf(tx, bucketEngagements).ForEach(func(_, v []byte) error {
		if !bytes.Contains(v, []byte(`"useCases"`)) {
			return nil
		}
		e, err := decodeJSON[planner.Engagement](v)
		if err != nil {
			return fmt.Errorf("decode stored engagement: %w", err)
		}
		if len(e.Assessment.UnplacedUseCases()) == 0 {
			return nil
		}
		var plan planner.ActionPlan
		if ok, err := getJSON(plans, e.CustomerID[:], &plan, "action plan"); err != nil || !ok || len(plan.Objectives) == 0 {
			return err
		}
		moves = append(moves, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find use cases to move to objectives: %w", err)
	}
	return moves, nil
}

// migrateUseCases moves the use cases that assessments held before use
// cases belonged to the objectives of the Mutual Action Plan to the
// customer's plan (planner.PlaceUseCases), writing both records. An
// engagement whose customer has no plan with objectives keeps them. It
// changes nothing when there is nothing to move; the migration to schema
// version 5 runs it.
func migrateUseCases(t *txn) error {
	moves, err := useCaseMoves(t.tx)
	if err != nil {
		return err
	}
	for _, e := range moves {
		// A customer with several such engagements: the plan as the
		// previous move left it.
		var plan planner.ActionPlan
		if _, err := getJSON(t.bucket(bucketPlans), e.CustomerID[:], &plan, "action plan"); err != nil {
			return err
		}
		if !planner.PlaceUseCases(&plan, &e) {
			continue
		}
		if _, err := t.putPlan(plan); err != nil {
			return err
		}
		if _, err := t.putEngagement(e); err != nil {
			return err
		}
	}
	if len(moves) == 0 {
		return nil
	}
	return t.finish()
}

// objectiveProblem says what is wrong with activity a's link to an
// objective of its customer's stored plan, or "" when nothing is.
func objectiveProblem(tx *bolt.Tx, a planner.Activity) (string, error) {
	if a.ObjectiveID == (planner.ID{}) {
		return "", nil
	}
	var plan planner.ActionPlan
	ok, err := getJSON(recordsOf(tx, bucketPlans), a.CustomerID[:], &plan, "action plan")
	if err != nil {
		return "", err
	}
	return planner.CheckObjectiveLink(plan, ok, a.ObjectiveID), nil
}

// unlinkFromRemovedObjectives removes the objective link of every activity
// and risk of plan
// p's customer that names an objective p does not hold.
func (t *txn) unlinkFromRemovedObjectives(p planner.ActionPlan) error {
	acts, err := loadActivities(t.tx, p.CustomerID)
	if err != nil {
		return err
	}
	for _, a := range acts {
		if planner.CheckObjectiveLink(p, true, a.ObjectiveID) == "" {
			continue
		}
		a.ObjectiveID = planner.ID{}
		if _, err := t.putActivity(a); err != nil {
			return fmt.Errorf("unlink activity %s from a removed objective: %w", a.ID, err)
		}
	}
	risks, err := loadRisks(t.tx, p.CustomerID)
	if err != nil {
		return err
	}
	for _, r := range risks {
		if r.ObjectiveID == (planner.ID{}) || planner.CheckObjectiveLink(p, true, r.ObjectiveID) == "" {
			continue
		}
		r.ObjectiveID = planner.ID{}
		if _, err := t.putRisk(r); err != nil {
			return fmt.Errorf("unlink risk %s from a removed objective: %w", r.ID, err)
		}
	}
	return nil
}

// membershipProblem says which membership rule activity a breaks for its
// stored customer without going beyond it on purpose, or "" when none
// (planner.CheckActivityAllowed).
func membershipProblem(tx *bolt.Tx, cat *catalog.Catalog, a planner.Activity) (string, error) {
	c, err := loadCustomer(tx, a.CustomerID)
	if err != nil {
		return "", err
	}
	if err := planner.CheckActivityAllowed(cat, c, a); err != nil {
		if v, ok := planner.AsValidation(err); ok && len(v.Problems) > 0 {
			return v.Problems[0].Message, nil
		}
		return err.Error(), nil
	}
	return "", nil
}
