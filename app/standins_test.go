package app

// errorRecordingWindow is the test window, except that it records the
// errors it is asked to show instead of showing them. It stands in for
// any screen's window: the screen sees only its own window interface.
type errorRecordingWindow struct {
	*UI
	shown []error
}

// showError records err.
func (w *errorRecordingWindow) showError(err error) { w.shown = append(w.shown, err) }

// undoRecordingWindow is the test window, except that it records the
// undo steps and change notices it is given instead of acting on them.
type undoRecordingWindow struct {
	*UI
	undoLabels []string
	changes    int
}

// pushUndoRedo records the label of an undo step.
func (w *undoRecordingWindow) pushUndoRedo(label string, _, _ func() error) {
	w.undoLabels = append(w.undoLabels, label)
}

// changed counts a change notice.
func (w *undoRecordingWindow) changed() { w.changes++ }
