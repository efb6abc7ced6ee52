package app

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func rollBackText(w *rollBackWindow) string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(w.window.Content()) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// TestRollBackWindowOffersRestoreKeepAndQuit: the window says what is
// missing and runs the action chosen; a failed action keeps it open.
func TestRollBackWindowOffersRestoreKeepAndQuit(t *testing.T) {
	a := test.NewTempApp(t)
	if err := RegisterTranslations(); err != nil {
		t.Fatal(err)
	}
	rb := RollBack{Path: "liftoff.db", FileChange: 3, SavedChange: 5, NewestBackup: "backups/liftoff-20261206T101416.551Z.db"}
	var restored, kept, quit int
	fail := true
	w := newRollBackWindow(a, rb, RollBackActions{
		Restore: func() error {
			restored++
			if fail {
				return errors.New("the backup cannot be used")
			}
			return nil
		},
		Keep: func() error { kept++; return nil },
		Quit: func() { quit++ },
	})
	closed := false
	w.window.SetOnClosed(func() { closed = true })
	w.window.Show()
	text := rollBackText(w)
	for _, want := range []string{"liftoff.db", "change 3", "2 later changes are missing", "up to change 5", "backups/liftoff-20261206T101416.551Z.db"} {
		if !strings.Contains(text, want) {
			t.Errorf("the window lacks %q:\n%s", want, text)
		}
	}
	test.Tap(w.restore)
	if restored != 1 || closed {
		t.Fatalf("restore ran %d times; window closed after a failure: %v", restored, closed)
	}
	fail = false
	test.Tap(w.keep)
	if kept != 1 || !closed {
		t.Errorf("keep ran %d times; window closed: %v", kept, closed)
	}
	test.Tap(w.quit)
	if quit != 1 {
		t.Errorf("quit ran %d times", quit)
	}
}

// TestRollBackWindowWithoutBackup cannot offer a restore.
func TestRollBackWindowWithoutBackup(t *testing.T) {
	a := test.NewTempApp(t)
	if err := RegisterTranslations(); err != nil {
		t.Fatal(err)
	}
	w := newRollBackWindow(a, RollBack{Path: "liftoff.db", FileChange: 3, SavedChange: 4}, RollBackActions{
		Restore: func() error { t.Error("restore without a backup"); return nil },
		Keep:    func() error { return nil },
		Quit:    func() {},
	})
	if !w.restore.Disabled() {
		t.Error("restore is offered without a backup")
	}
	if text := rollBackText(w); !strings.Contains(text, "1 later change is missing") || !strings.Contains(text, "no backup") {
		t.Errorf("window text:\n%s", text)
	}
}

// TestRollBackWindowOffersTheRepairFirst: when the lost change can be
// brought back, that is the first and highlighted choice.
func TestRollBackWindowOffersTheRepairFirst(t *testing.T) {
	a := test.NewTempApp(t)
	if err := RegisterTranslations(); err != nil {
		t.Fatal(err)
	}
	repaired := 0
	w := newRollBackWindow(a, RollBack{Path: "liftoff.db", FileChange: 3, SavedChange: 4, NewestBackup: "b.db", Repairable: true}, RollBackActions{
		Repair:  func() error { repaired++; return nil },
		Restore: func() error { t.Error("restore instead of the repair"); return nil },
		Keep:    func() error { t.Error("keep instead of the repair"); return nil },
		Quit:    func() {},
	})
	if w.repair.Importance != widget.HighImportance || w.restore.Importance == widget.HighImportance {
		t.Error("the repair is not the first choice")
	}
	if text := rollBackText(w); !strings.Contains(text, "can be brought back") {
		t.Errorf("window text:\n%s", text)
	}
	test.Tap(w.repair)
	if repaired != 1 {
		t.Errorf("repair ran %d times", repaired)
	}
}
