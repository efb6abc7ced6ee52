package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RollBack describes a database that is older than the last change
// Liftoff saved to it (see storage.RolledBackError), for ShowRollBack.
type RollBack struct {
	// Path is the database file.
	Path string
	// FileChange is the number of the change the file holds; SavedChange
	// that of the last change saved.
	FileChange, SavedChange uint64
	// NewestBackup is the newest backup that passed a full check, or "".
	NewestBackup string
	// Repairable reports that the missing change can be brought back
	// whole (see RollBackActions.Repair).
	Repairable bool
}

// RollBackActions are the ways on from a rolled-back database. Restore
// and Keep return an error when they fail; the window then stays open
// and shows it. On success the window closes: the action itself shows
// the main window.
type RollBackActions struct {
	// Repair brings the missing change back from the copy of its meta
	// page that Liftoff kept.
	Repair func() error
	// Restore puts the newest backup in place.
	Restore func() error
	// Keep accepts the older state the file holds.
	Keep func() error
	// Quit ends Liftoff and changes nothing.
	Quit func()
}

// rollBackWindow is the window ShowRollBack shows.
type rollBackWindow struct {
	window                      fyne.Window
	repair, restore, keep, quit *widget.Button
}

// ShowRollBack shows, in a window of its own, that the database lost its
// last saved changes, and offers to restore the newest backup, to keep
// the database as it is, or to quit. Nothing is written before the user
// chooses.
func ShowRollBack(a fyne.App, rb RollBack, act RollBackActions) fyne.Window {
	return newRollBackWindow(a, rb, act).window
}

func newRollBackWindow(a fyne.App, rb RollBack, act RollBackActions) *rollBackWindow {
	w := &rollBackWindow{window: a.NewWindow("Liftoff")}
	missing := rb.SavedChange - rb.FileChange
	if rb.SavedChange <= rb.FileChange {
		missing = 1
	}
	body := lang.N("recover.body", int(missing), map[string]any{"Path": rb.Path, "Missing": missing, "Held": rb.FileChange, "Saved": rb.SavedChange})
	backup := lang.X("recover.noBackup", "There is no backup to restore.")
	if rb.NewestBackup != "" {
		backup = fmt.Sprintf(lang.X("recover.backup", "Newest backup: %s"), rb.NewestBackup)
	}
	text := newWrapLabel(body + "\n\n" + backup)
	text.Selectable = true

	run := func(action func() error) {
		if err := action(); err != nil {
			dialog.ShowError(err, w.window)
			return
		}
		w.window.Close()
	}
	w.repair = widget.NewButtonWithIcon(lang.X("recover.repair", "Bring the missing change back"), theme.ViewRefreshIcon(), func() { run(act.Repair) })
	w.restore = widget.NewButtonWithIcon(lang.X("recover.restore", "Restore the newest backup"), theme.HistoryIcon(), func() { run(act.Restore) })
	if rb.NewestBackup == "" {
		w.restore.Disable()
	}
	buttons := container.NewHBox(w.restore)
	if rb.Repairable {
		// The first choice: nothing is lost.
		w.repair.Importance = widget.HighImportance
		buttons = container.NewHBox(w.repair, w.restore)
		backup = lang.X("recover.repairable", "The missing change can be brought back: Liftoff kept a copy of the part of the file that was lost.") + "\n\n" + backup
		text.SetText(body + "\n\n" + backup)
	} else {
		w.restore.Importance = widget.HighImportance
	}
	w.keep = widget.NewButtonWithIcon(lang.X("recover.keep", "Keep it as it is now"), theme.ConfirmIcon(), func() { run(act.Keep) })
	w.quit = widget.NewButtonWithIcon(lang.X("start.quit", "Quit"), theme.CancelIcon(), act.Quit)
	title := widget.NewLabelWithStyle(lang.X("recover.title", "Changes are missing from the database"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.window.SetContent(container.NewBorder(
		container.NewHBox(widget.NewIcon(theme.WarningIcon()), title),
		container.NewHBox(buttons, w.keep, w.quit), nil, nil,
		container.NewVScroll(text)))
	w.window.Resize(fyne.NewSize(680, 360))
	// Not the master window: the main window takes that part once it
	// opens, and this one then closes. Closing it by hand quits.
	w.window.SetCloseIntercept(act.Quit)
	return w
}
