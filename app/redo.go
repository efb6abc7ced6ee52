package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// redoBlockedError says that a change cannot be made again because the
// data it touches changed since it was undone; nothing was written.
type redoBlockedError struct {
	// message is the explanation in the window's language.
	message string
}

func (e *redoBlockedError) Error() string { return e.message }

// redoBlocked returns the error of a redo of the change labelled label
// that the store's data no longer allows.
func (u *UI) redoBlocked(label string) error {
	return &redoBlockedError{message: u.tr("keys.redo.changed", label)}
}

// undoBlocked returns the error of an undo of the change labelled label
// that the data changed since would make lose that change.
func (u *UI) undoBlocked(label string) error {
	return &redoBlockedError{message: u.tr("keys.undo.changed", label)}
}

// sameStored reports whether a and b hold the same data as the store
// keeps it (in its JSON form).
func sameStored(a, b any) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// checkedAccount reads the account of customer for an undo or redo of
// the change labelled label and returns it, or what stops the change: the
// account cannot be read, or the customer was removed meanwhile or
// changed (nil: nothing to compare) finds in the account that the data
// changed since; those two block the change with the error blocked gives
// (the window's redoBlocked or undoBlocked).
func checkedAccount(store accountReader, customer planner.ID, label string, blocked func(label string) error, changed func(planner.Account) bool) (planner.Account, error) {
	acct, err := store.Account(customer)
	if errors.Is(err, storage.ErrNotFound) {
		return planner.Account{}, blocked(label)
	}
	if err != nil {
		return planner.Account{}, fmt.Errorf("read customer %s: %w", customer, err)
	}
	if changed != nil && changed(acct) {
		return planner.Account{}, blocked(label)
	}
	return acct, nil
}

// checkRedo reads the account of customer for a redo of the change
// labelled label and returns what stops the redo: the account cannot be
// read, or blocked finds in it that the data changed since the undo.
func checkRedo(h history, store accountReader, customer planner.ID, label string, blocked func(planner.Account) bool) error {
	_, err := checkedAccount(store, customer, label, h.redoBlocked, blocked)
	return err
}

// checkActivities returns nil when the activities stored are as want
// has them: each activity of want stored exactly so, each ID of absent
// not stored. Any other state, or a customer of want removed, blocks the
// redo of the change labelled label.
func (u *UI) checkActivities(store portfolioReader, label string, want []planner.Activity, absent []planner.ID) error {
	accts, err := store.Accounts()
	if err != nil {
		return fmt.Errorf("read the accounts: %w", err)
	}
	stored := map[planner.ID]planner.Activity{}
	for _, acct := range accts {
		for _, a := range acct.Activities {
			stored[a.ID] = a
		}
	}
	for _, a := range want {
		if got, ok := stored[a.ID]; !ok || !sameStored(got, a) {
			return u.redoBlocked(label)
		}
	}
	for _, id := range absent {
		if _, ok := stored[id]; ok {
			return u.redoBlocked(label)
		}
	}
	return nil
}

// activityIDs returns the IDs of list.
func activityIDs(list []planner.Activity) []planner.ID {
	ids := make([]planner.ID, len(list))
	for i, a := range list {
		ids[i] = a.ID
	}
	return ids
}

// checkSeriesAbsent returns nil when neither the series id nor any of
// occurrences is stored for customer, as the undo of a new series left
// them; any other state blocks the redo of the change labelled label.
func (u *UI) checkSeriesAbsent(store accountReader, label string, customer, id planner.ID, occurrences []planner.Activity) error {
	ids := activityIDs(occurrences)
	return checkRedo(u, store, customer, label, func(acct planner.Account) bool {
		_, there := acct.SeriesByID(id)
		return there || slices.ContainsFunc(acct.Activities, func(a planner.Activity) bool { return slices.Contains(ids, a.ID) })
	})
}

// seriesUndoRedo returns the undo and redo of a new series id of
// customer: undo removes it with its occurrences, redo checks that they
// are still gone and saves them again as undo found them.
func (u *UI) seriesUndoRedo(store seriesStore, label string, customer, id planner.ID) (undo, redo func() error) {
	var removed planner.Series
	var occurrences []planner.Activity
	undo = func() error {
		s, acts, err := store.DeleteSeries(id)
		if err != nil {
			return fmt.Errorf("remove the series: %w", err)
		}
		removed, occurrences = s, acts
		return nil
	}
	redo = func() error {
		if err := u.checkSeriesAbsent(store, label, customer, id, occurrences); err != nil {
			return err
		}
		if _, _, err := store.PutSeries(removed, occurrences); err != nil {
			return fmt.Errorf("save the series again: %w", err)
		}
		return nil
	}
	return undo, redo
}

// checkSeriesFrom returns nil when series is stored as given with
// exactly occurrences on and after day from; any other state blocks the
// redo of the change labelled label.
func (u *UI) checkSeriesFrom(store accountReader, label string, series planner.Series, from planner.Date, occurrences []planner.Activity) error {
	acct, err := checkedAccount(store, series.CustomerID, label, u.redoBlocked, nil)
	if err != nil {
		return err
	}
	stored, ok := acct.SeriesByID(series.ID)
	if !ok || !sameStored(stored, series) {
		return u.redoBlocked(label)
	}
	var current []planner.Activity
	for _, a := range acct.Activities {
		if a.SeriesID == series.ID && !a.Date.Before(from) {
			current = append(current, a)
		}
	}
	if len(current) != len(occurrences) {
		return u.redoBlocked(label)
	}
	byID := make(map[planner.ID]planner.Activity, len(current))
	for _, a := range current {
		byID[a.ID] = a
	}
	for _, a := range occurrences {
		if got, ok := byID[a.ID]; !ok || !sameStored(got, a) {
			return u.redoBlocked(label)
		}
	}
	return nil
}

// relinkActivities gives back the objective links that saving another
// plan removed (the store unlinks activities from objectives the new plan
// does not hold): each activity of acts without a link that had one in
// before gets it again.
func relinkActivities(acts, before []planner.Activity) {
	links := make(map[planner.ID]planner.ID, len(before))
	for _, a := range before {
		if a.ObjectiveID != (planner.ID{}) {
			links[a.ID] = a.ObjectiveID
		}
	}
	for i, a := range acts {
		if obj, ok := links[a.ID]; ok && a.ObjectiveID == (planner.ID{}) {
			acts[i].ObjectiveID = obj
		}
	}
}

// seriesStore is what the undo and redo of a new series use: the account
// to check against, and the series to remove and save again.
type seriesStore interface {
	accountReader
	seriesWriter
}
