package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// Values the migration to schema version 2 gives meeting fields that
// version 1 let stay empty and planner now requires.
const (
	// unsetMeetingName names a meeting that had no name.
	unsetMeetingName = "Meeting"
	// unsetFrequency is the frequency of a meeting that had none: its
	// rhythm was never recorded, and the TAM sets it.
	unsetFrequency = "to be agreed"
)

// migrateToVersion2 moves a database from schema version 1 to 2: it keeps
// the rules of recurring activities (migrateSeries) and gives every
// meeting the name and frequency planner now requires (migrateMeetings),
// so that every stored account stays valid: a customer deleted and
// restored, or exported and imported, comes back whole.
func migrateToVersion2(t *txn) error {
	if err := migrateSeries(t); err != nil {
		return err
	}
	return migrateMeetings(t)
}

// migrateToVersion3 re-encodes every customer from the JSON of version 2
// into the binary record of version 3 (customer_record.go), the same
// customer in fewer bytes that decode faster, and writes every summary
// anew as a binary record.
func migrateToVersion3(t *txn) error {
	records := t.bucket(bucketCustomers)
	var customers []planner.Customer
	err := records.ForEach(func(k, v []byte) error {
		if len(k) != 16 {
			return fmt.Errorf("customer key of %d bytes is malformed", len(k))
		}
		var c planner.Customer
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("decode stored customer %s: %w", idFromKey(k, 0), err)
		}
		if c.ID != idFromKey(k, 0) {
			return fmt.Errorf("stored customer %s has ID %s", idFromKey(k, 0), c.ID)
		}
		customers = append(customers, c)
		return nil
	})
	if err != nil {
		return err
	}
	for _, c := range customers {
		if _, err := putCustomerRecord(records, c); err != nil {
			return fmt.Errorf("customer %s: %w", c.ID, err)
		}
		t.touched[c.ID] = true
	}
	return t.finish()
}

// migrateToVersion5 records the actual day and hours of every delivered
// activity. Up to version 4 an activity had one day, "planned, or actual
// once delivered", and one number of hours: a delivered activity keeps
// that day as its planned day (the key it is filed under does not
// change) and gets it as its actual day, and its hours become its actual
// hours too. Nothing else changes; the activity facts stay as they are,
// since the hours an activity uses are the same.
func migrateToVersion5(t *txn) error {
	records := t.bucket(bucketActivities)
	type fix struct {
		key []byte
		a   planner.Activity
	}
	var fixes []fix
	marker := []byte(`"delivered"`)
	err := records.ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, marker) {
			return nil
		}
		var a planner.Activity
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("decode stored activity %s: %w", idFromKey(k, 20), err)
		}
		if a.Status != planner.ActivityDelivered {
			return nil
		}
		if a.ActualDate.IsZero() {
			a.ActualDate = a.Date
		}
		if a.ActualHours == 0 {
			a.ActualHours = a.Hours
		}
		fixes = append(fixes, fix{key: bytes.Clone(k), a: a})
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range fixes {
		if _, err := putJSON(records, f.key, f.a, "activity"); err != nil {
			return fmt.Errorf("activity %s: %w", f.a.ID, err)
		}
	}
	return nil
}

// migrateMeetings gives each meeting of an engagement's cadence that has
// no name unsetMeetingName, and no frequency unsetFrequency; a name or
// frequency over several lines is joined into one. Everything else stays
// as stored.
func migrateMeetings(t *txn) error {
	records := t.bucket(bucketEngagements)
	type fix struct {
		key []byte
		e   planner.Engagement
	}
	var fixes []fix
	err := records.ForEach(func(k, v []byte) error {
		var e planner.Engagement
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("decode stored engagement %s: %w", idFromKey(k, 16), err)
		}
		changed := false
		for i := range e.Cadence {
			m := &e.Cadence[i]
			name, freq := oneLine(m.Name, unsetMeetingName), oneLine(m.Frequency, unsetFrequency)
			if name != m.Name || freq != m.Frequency {
				m.Name, m.Frequency, changed = name, freq, true
			}
		}
		if changed {
			fixes = append(fixes, fix{key: bytes.Clone(k), e: e})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range fixes {
		if _, err := putJSON(records, f.key, f.e, "engagement"); err != nil {
			return err
		}
	}
	return nil
}

// oneLine returns s on one line (its lines joined by spaces), or unset
// when s is blank.
func oneLine(s, unset string) string {
	if strings.TrimSpace(s) == "" {
		return unset
	}
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// migrateSeries adds the series bucket. Version 1 kept no series, so an
// activity that names one (only a hand-made portfolio file could have
// brought it in) is the occurrence of a series whose rule was never
// recorded: each such group gets a series inferred from its occurrences'
// days (see inferSeries), so that every account keeps its content and
// stays valid.
func migrateSeries(t *txn) error {
	tx := t.tx
	if _, err := tx.CreateBucketIfNotExists(bucketSeries); err != nil {
		return fmt.Errorf("create bucket %s: %w", bucketSeries, err)
	}
	type group struct {
		customer, series planner.ID
	}
	days := map[group][]planner.Date{}
	keys := map[group][][]byte{}
	var order []group
	marker := []byte(`"seriesId"`)
	err := recordsOf(tx, bucketActivities).ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, marker) {
			return nil
		}
		var a planner.Activity
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("decode stored activity %s: %w", idFromKey(k, 20), err)
		}
		if a.SeriesID == (planner.ID{}) {
			return nil
		}
		g := group{customer: a.CustomerID, series: a.SeriesID}
		if _, seen := days[g]; !seen {
			order = append(order, g)
		}
		days[g] = append(days[g], a.Date)
		keys[g] = append(keys[g], bytes.Clone(k))
		return nil
	})
	if err != nil {
		return err
	}
	for _, g := range order {
		id := g.series
		if _, taken, err := readOwner(tx, id); err != nil {
			return err
		} else if taken {
			// The ID names something else, or the series of another
			// customer: this group becomes a series of its own.
			id = planner.NewID()
			if err := renameSeries(t, keys[g], id); err != nil {
				return err
			}
		}
		if _, err := t.putSeries(inferSeries(id, g.customer, days[g])); err != nil {
			return fmt.Errorf("series %s of customer %s: %w", g.series, g.customer, err)
		}
	}
	return nil
}

// renameSeries makes the stored activities under keys occurrences of
// series id.
func renameSeries(t *txn, keys [][]byte, id planner.ID) error {
	records := t.bucket(bucketActivities)
	for _, k := range keys {
		var a planner.Activity
		if _, err := getJSON(records, k, &a, "activity"); err != nil {
			return err
		}
		a.SeriesID = id
		if _, err := putJSON(records, k, a, "activity"); err != nil {
			return err
		}
	}
	return nil
}

// inferSeries returns the series with id of customer whose occurrences
// fall on days: it starts on the first day, counts the days, and repeats
// weekly, biweekly or monthly by the usual gap between them (monthly on
// the same weekday when every day has the start's weekday, else on the
// same day of the month). The rule decides only how "this and later
// occurrences" are spaced when they move; the days stay as stored.
func inferSeries(id, customer planner.ID, days []planner.Date) planner.Series {
	days = slices.Clone(days)
	slices.SortFunc(days, planner.Date.Compare)
	s := planner.Series{ID: id, CustomerID: customer, Rule: planner.RecurWeekly, Start: days[0], Count: min(len(days), planner.MaxOccurrences)}
	if len(days) < 2 {
		return s
	}
	gaps := make([]int, 0, len(days)-1)
	sameWeekday := true
	for i := 1; i < len(days); i++ {
		gaps = append(gaps, days[i-1].DaysUntil(days[i]))
		sameWeekday = sameWeekday && days[i].Weekday() == days[0].Weekday()
	}
	slices.Sort(gaps)
	switch usual := gaps[len(gaps)/2]; {
	case usual <= 10:
		s.Rule = planner.RecurWeekly
	case usual <= 20:
		s.Rule = planner.RecurBiweekly
	case sameWeekday:
		s.Rule = planner.RecurMonthlyWeekday
	default:
		s.Rule = planner.RecurMonthlyDay
	}
	return s
}
