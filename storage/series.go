package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// PutSeries validates the recurring series s and its occurrences and saves
// them in one transaction, or nothing: a recurring activity is created
// whole. A zero series ID gets a new one, occurrences with a zero SeriesID
// get the series' ID, and zero occurrence IDs get new ones. The series'
// customer must exist (else an error wrapping ErrNotFound), and every
// occurrence must be the series' and its customer's.
//
// When the series is stored already, its rule is replaced and the
// occurrences given are saved (moved, changed or added); stored
// occurrences not given are kept (see ReplaceSeriesFrom to replace
// them). Problems come as one *planner.ValidationError with fields such
// as "series.rule" and "occurrences[2].date". It returns the series and
// occurrences as saved.
func (db *DB) PutSeries(s planner.Series, occurrences []planner.Activity) (planner.Series, []planner.Activity, error) {
	s, occurrences, err := db.checkSeries(s, occurrences)
	if err != nil {
		return planner.Series{}, nil, err
	}
	err = db.update(func(t *txn) error {
		tx := t.tx
		if err := seriesOwnership(tx, db.cat, s, occurrences); err != nil {
			return err
		}
		return writeSeries(t, s, occurrences)
	})
	if err != nil {
		return planner.Series{}, nil, wrapUnlessValidation(err, "save series %s with %d occurrences", s.ID, len(occurrences))
	}
	return s, occurrences, nil
}

// ReplaceSeriesFrom saves the stored series s and makes occurrences its
// occurrences from day from on, in one transaction: each occurrence given
// is saved (moved, changed or added), and each stored occurrence of s on
// or after from that occurrences does not hold (by ID) is removed.
// Occurrences before from that it does not hold are kept. It is how "this
// and later occurrences" move (planner.MoveSeries) or a series gets a new
// rule or end.
//
// A delivered occurrence is never removed this way: leaving one out is a
// problem. An unknown series gives an error wrapping ErrNotFound; other
// problems come as one *planner.ValidationError, as PutSeries reports
// them. It returns the occurrences as saved.
func (db *DB) ReplaceSeriesFrom(s planner.Series, from planner.Date, occurrences []planner.Activity) ([]planner.Activity, error) {
	if s.ID == (planner.ID{}) {
		return nil, idProblem("series", "id", "must be set: only a stored series can be replaced")
	}
	if from.IsZero() {
		return nil, idProblem(fmt.Sprintf("series %s", s.ID), "from", "must be set: the first day whose occurrences are replaced")
	}
	s, occurrences, err := db.checkSeries(s, occurrences)
	if err != nil {
		return nil, err
	}
	err = db.update(func(t *txn) error {
		tx := t.tx
		o, ok, err := readOwner(tx, s.ID)
		if err != nil {
			return err
		}
		if !ok || o.kind != ownerSeries {
			return fmt.Errorf("series %s: %w", s.ID, ErrNotFound)
		}
		if err := seriesOwnership(tx, db.cat, s, occurrences); err != nil {
			return err
		}
		keep := make(map[planner.ID]bool, len(occurrences))
		for _, a := range occurrences {
			keep[a.ID] = true
		}
		stored, err := loadOccurrences(tx, s.CustomerID, s.ID, from)
		if err != nil {
			return err
		}
		var problems []planner.FieldError
		var remove []planner.Activity
		for _, a := range stored {
			switch {
			case keep[a.ID]:
			case a.Status == planner.ActivityDelivered:
				problems = append(problems, planner.FieldError{Field: "occurrences", Message: fmt.Sprintf(
					"the occurrence %s delivered on %s is missing; a delivered occurrence is never removed with its series", a.ID, a.Date)})
			default:
				remove = append(remove, a)
			}
		}
		if len(problems) > 0 {
			return &planner.ValidationError{What: fmt.Sprintf("series %s", s.ID), Problems: problems}
		}
		for _, a := range remove {
			if _, err := t.deleteActivity(a.ID); err != nil {
				return err
			}
		}
		return writeSeries(t, s, occurrences)
	})
	if err != nil {
		return nil, wrapUnlessValidation(err, "replace the occurrences of series %s from %s", s.ID, from)
	}
	return occurrences, nil
}

// DeleteSeries removes the series id and all its occurrences in one
// transaction and returns them, so that PutSeries can undo the removal.
// An unknown ID gives an error wrapping ErrNotFound.
func (db *DB) DeleteSeries(id planner.ID) (planner.Series, []planner.Activity, error) {
	var (
		removed     planner.Series
		occurrences []planner.Activity
	)
	err := db.update(func(t *txn) error {
		tx := t.tx
		o, ok, err := readOwner(tx, id)
		if err != nil {
			return err
		}
		if !ok || o.kind != ownerSeries {
			return fmt.Errorf("series %s: %w", id, ErrNotFound)
		}
		if _, err := getJSON(recordsOf(tx, bucketSeries), seriesKey(o.customer, id), &removed, "series"); err != nil {
			return err
		}
		if occurrences, err = loadOccurrences(tx, o.customer, id, planner.Date{}); err != nil {
			return err
		}
		for _, a := range occurrences {
			if _, err := t.deleteActivity(a.ID); err != nil {
				return err
			}
		}
		return t.deleteSeries(o.customer, id)
	})
	if err != nil {
		return planner.Series{}, nil, fmt.Errorf("delete series: %w", err)
	}
	return removed, occurrences, nil
}

// checkSeries fills in the IDs of s and its occurrences and returns the
// problems that need no database, as one *planner.ValidationError.
func (db *DB) checkSeries(s planner.Series, occurrences []planner.Activity) (planner.Series, []planner.Activity, error) {
	if s.ID == (planner.ID{}) {
		s.ID = planner.NewID()
	}
	occurrences = slices.Clone(occurrences)
	problems := appendProblems(nil, "series", s.Validate())
	if s.CustomerID == (planner.ID{}) {
		problems = append(problems, planner.FieldError{Field: "series.customerId", Message: "must be set"})
	}
	seen := map[planner.ID]int{}
	for i := range occurrences {
		a := &occurrences[i]
		field := fmt.Sprintf("occurrences[%d]", i)
		if a.ID == (planner.ID{}) {
			a.ID = planner.NewID()
		}
		if a.SeriesID == (planner.ID{}) {
			a.SeriesID = s.ID
		}
		problems = appendProblems(problems, field, a.Validate(db.cat))
		if a.SeriesID != s.ID {
			problems = append(problems, planner.FieldError{Field: field + ".seriesId", Message: fmt.Sprintf("is series %s, not %s", a.SeriesID, s.ID)})
		}
		if a.CustomerID != s.CustomerID {
			problems = append(problems, planner.FieldError{Field: field + ".customerId", Message: "belongs to another customer than the series"})
		}
		if j, dup := seen[a.ID]; dup {
			problems = append(problems, planner.FieldError{Field: field + ".id", Message: fmt.Sprintf("occurrences[%d] has the same ID", j)})
		}
		seen[a.ID] = i
	}
	if len(problems) > 0 {
		return s, nil, &planner.ValidationError{What: fmt.Sprintf("series %s", s.ID), Problems: problems}
	}
	return s, occurrences, nil
}

// seriesOwnership checks, in tx, that the series' customer exists, that
// no ID of s or its occurrences is used by another customer or for
// something else, that an occurrence linked to an objective names one of
// the customer's plan, and that no occurrence breaks a membership rule the
// customer does not go beyond.
func seriesOwnership(tx *bolt.Tx, cat *catalog.Catalog, s planner.Series, occurrences []planner.Activity) error {
	if !customerExists(tx, s.CustomerID) {
		return fmt.Errorf("customer %s: %w", s.CustomerID, ErrNotFound)
	}
	var problems []planner.FieldError
	p, err := ownerProblem(tx, s.ID, ownerSeries, s.CustomerID)
	if err != nil {
		return err
	}
	if p != "" {
		problems = append(problems, planner.FieldError{Field: "series.id", Message: p})
	}
	for i, a := range occurrences {
		p, err := ownerProblem(tx, a.ID, ownerActivity, a.CustomerID)
		if err != nil {
			return err
		}
		if p != "" {
			problems = append(problems, planner.FieldError{Field: fmt.Sprintf("occurrences[%d].id", i), Message: p})
		}
		if p, err := objectiveProblem(tx, a); err != nil {
			return err
		} else if p != "" {
			problems = append(problems, planner.FieldError{Field: fmt.Sprintf("occurrences[%d].objectiveId", i), Message: p})
		}
		if p, err := membershipProblem(tx, cat, a); err != nil {
			return err
		} else if p != "" {
			problems = append(problems, planner.FieldError{Field: fmt.Sprintf("occurrences[%d].itemId", i), Message: p})
		}
	}
	if len(problems) > 0 {
		return &planner.ValidationError{What: fmt.Sprintf("series %s", s.ID), Problems: problems}
	}
	return nil
}

// writeSeries stores s and its occurrences and finishes t.
func writeSeries(t *txn, s planner.Series, occurrences []planner.Activity) error {
	if _, err := t.putSeries(s); err != nil {
		return err
	}
	for _, a := range occurrences {
		if _, err := t.putActivity(a); err != nil {
			return err
		}
	}
	return t.finish()
}

// seriesProblem returns what is wrong with the series activity a names:
// "" when it names none, or a series stored for its customer.
func seriesProblem(tx *bolt.Tx, a planner.Activity) (string, error) {
	if a.SeriesID == (planner.ID{}) {
		return "", nil
	}
	o, ok, err := readOwner(tx, a.SeriesID)
	switch {
	case err != nil:
		return "", err
	case !ok || o.kind != ownerSeries:
		return fmt.Sprintf("names series %s, which is not stored: save the series with its occurrences", a.SeriesID), nil
	case o.customer != a.CustomerID:
		return fmt.Sprintf("series %s belongs to another customer (%s)", a.SeriesID, o.customer), nil
	}
	return "", nil
}

// loadOccurrences returns the stored occurrences of series id of
// customer dated on or after from (all of them for a zero from), by day.
func loadOccurrences(tx *bolt.Tx, customer, id planner.ID, from planner.Date) ([]planner.Activity, error) {
	var out []planner.Activity
	mark := []byte(id.String()) // the series ID as every occurrence's JSON holds it
	c := recordsOf(tx, bucketActivities).Cursor()
	for k, v := c.Seek(concat(customer[:], dayKey(from))); k != nil && bytes.HasPrefix(k, customer[:]); k, v = c.Next() {
		if !bytes.Contains(v, mark) {
			continue
		}
		var a planner.Activity
		if err := json.Unmarshal(v, &a); err != nil {
			return nil, fmt.Errorf("decode stored activity %s: %w", idFromKey(k, 20), err)
		}
		if a.SeriesID == id {
			out = append(out, a)
		}
	}
	return out, nil
}
