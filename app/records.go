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
	// keys is the start of the keys of the record's texts, such as
	// "cases": keys+".add.title", keys+".edit.title", keys+".undo.add",
	// keys+".undo.edit" and keys+".undo.remove".
	keys string
	// title returns what those texts name a record by, such as its number.
	title func(T) string
}

// recordWindow is what records use of the window: its words for the
// dialog's title and the undo labels, its dialogs and its history.
type recordWindow interface {
	itemDialogWindow
	history
}

// itemDialog returns the dialog of the record before (added marks a new
// one, of the customer named customer): Save stores what build returns
// with undo, and Remove, for a record already there, removes it.
func (k records[T]) itemDialog(w recordWindow, form *fieldForm, build func() (T, error), before T, added bool, customer string) *formDialog {
	e := itemEdit[T]{addTitle: w.tr(k.keys+".add.title", customer), build: build, dirty: form.touched,
		save: func(r T) error { return k.save(w, r, before, added) }}
	if !added {
		e.editTitle = w.tr(k.keys+".edit.title", k.title(before))
		e.remove = func() error { return k.removeOne(w, before) }
	}
	fd := e.dialog(w, form)
	form.settle()
	return fd
}

// save saves r, offers w the undo (which removes a record added, else
// puts before back) and the redo, and tells the window that the data
// changed. The undo is labelled with the record as saved.
func (k records[T]) save(w recordWindow, r, before T, added bool) error {
	if !added {
		return saveUndoable(w, k.put, r, before, w.tr(k.keys+".undo.edit", k.title(r)), k.name(before))
	}
	saved, err := k.put(r)
	if err != nil {
		return err
	}
	w.pushUndoRedo(w.tr(k.keys+".undo.add", k.title(saved)), func() error {
		if _, err := k.remove(k.id(saved)); err != nil {
			return fmt.Errorf("remove %s: %w", k.name(saved), err)
		}
		return nil
	}, func() error {
		if _, err := k.put(saved); err != nil {
			return fmt.Errorf("save %s again: %w", k.name(saved), err)
		}
		return nil
	})
	w.changed()
	return nil
}

// removeOne removes the record r, offers w the undo (which puts it back)
// and the redo, and tells the window that the data changed. The undo is
// labelled with the record as removed.
func (k records[T]) removeOne(w recordWindow, r T) error {
	removed, err := k.remove(k.id(r))
	if err != nil {
		return err
	}
	w.pushUndoRedo(w.tr(k.keys+".undo.remove", k.title(removed)), func() error {
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
	w.changed()
	return nil
}
