package app

import (
	"fmt"

	"github.com/liftoff-app/liftoff/planner"
)

// records are the store's writes of one kind of record the window saves
// and removes one at a time with undo, such as support cases and risks.
type records[T any] struct {
	// put saves a record and returns it as saved.
	put func(T) (T, error)
	// remove removes the record with an ID and returns it.
	remove func(planner.ID) (T, error)
	// id returns a record's ID.
	id func(T) planner.ID
	// name names a record in the messages of an undo or redo that fails,
	// such as `case E-7001`.
	name func(T) string
}

// save saves r, offers h the undo labelled label (which removes a record
// added, else puts before back) and the redo, and tells the window that
// the data changed. label is given the record as saved.
func (k records[T]) save(h history, r, before T, added bool, label func(saved T) string) error {
	saved, err := k.put(r)
	if err != nil {
		return err
	}
	undo := func() error {
		if _, err := k.put(before); err != nil {
			return fmt.Errorf("restore %s: %w", k.name(before), err)
		}
		return nil
	}
	if added {
		undo = func() error {
			if _, err := k.remove(k.id(saved)); err != nil {
				return fmt.Errorf("remove %s: %w", k.name(saved), err)
			}
			return nil
		}
	}
	h.pushUndoRedo(label(saved), undo, func() error {
		if _, err := k.put(saved); err != nil {
			return fmt.Errorf("save %s again: %w", k.name(saved), err)
		}
		return nil
	})
	h.changed()
	return nil
}

// removeOne removes the record r, offers h the undo labelled label (which
// puts it back) and the redo, and tells the window that the data
// changed. label is given the record as removed.
func (k records[T]) removeOne(h history, r T, label func(removed T) string) error {
	removed, err := k.remove(k.id(r))
	if err != nil {
		return err
	}
	h.pushUndoRedo(label(removed), func() error {
		if _, err := k.put(removed); err != nil {
			return fmt.Errorf("restore %s: %w", k.name(removed), err)
		}
		return nil
	}, func() error {
		if _, err := k.remove(k.id(removed)); err != nil {
			return fmt.Errorf("remove %s again: %w", k.name(removed), err)
		}
		return nil
	})
	h.changed()
	return nil
}
