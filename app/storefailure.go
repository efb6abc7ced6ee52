package app

import (
	"errors"
	"syscall"

	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// storeFailureText returns, in the window's language, what a failure of
// the database means for the TAM and what to do about it: a full disk,
// another program holding the database, a database open read-only or
// closed. It reports false for any other error.
func (u *UI) storeFailureText(err error) (string, bool) {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return u.tr("store.failure.diskFull"), true
	case errors.Is(err, storage.ErrLocked):
		return u.tr("store.failure.locked"), true
	case errors.Is(err, storage.ErrReadOnly):
		return u.tr("store.failure.readOnly"), true
	case errors.Is(err, storage.ErrClosed):
		return u.tr("store.failure.closed"), true
	}
	return "", false
}

// focusStays puts the focus back on customer id, whose data the screen
// still shows after reading another customer failed (a zero ID when it
// shows none): the header and the screen name the same customer, and
// choosing the other one again reads it again.
func (u *UI) focusStays(id planner.ID) {
	if id == u.focused {
		return
	}
	u.noteFocus(id)
}
