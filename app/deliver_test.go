package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

func TestQuarterDeliverRecordsActualDayAndHours(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, _ := selectMovableActivity(t, p, s)
	if s.deliverBtn.Disabled() {
		t.Fatalf("Record delivery is disabled for a %s activity", a.Status)
	}
	test.Tap(s.deliverBtn)
	fd := s.dialog
	if fd == nil || !fd.open {
		t.Fatal("Record delivery opened no form")
	}
	entries := planFormEntries(fd.form)
	if got := entries["actualDate"].Text; got != a.Date.String() {
		t.Errorf("actual day prefilled with %q, want the planned %s", got, a.Date)
	}
	if got := entries["actualHours"].Text; got != formatDecimal(a.Hours) {
		t.Errorf("actual hours prefilled with %q, want the planned %g", got, a.Hours)
	}

	// Hours that are no number keep the form open and store nothing.
	planType(p.window, entries["actualHours"], "many")
	test.Tap(fd.save)
	p.settle()
	if msgs := strings.Join(fd.form.messages(), "\n"); !fd.open || !strings.Contains(msgs, "actualHours") {
		t.Fatalf("form open %v with %q, want it open with a problem of the actual hours", fd.open, msgs)
	}
	if got := planStoredActivity(t, p, a); got != a {
		t.Fatalf("a refused form stored %+v", got)
	}

	// A day after today is refused: a delivery is recorded once it took
	// place.
	planType(p.window, entries["actualDate"], p.today().AddDays(1).String())
	planType(p.window, entries["actualHours"], formatDecimal(a.Hours))
	test.Tap(fd.save)
	p.settle()
	if msgs := strings.Join(fd.form.messages(), "\n"); !fd.open || !strings.Contains(msgs, "actualDate: the actual day "+p.today().AddDays(1).String()+" is after today") {
		t.Fatalf("form open %v with %q, want it open with a problem of the actual day", fd.open, msgs)
	}
	if got := planStoredActivity(t, p, a); got != a {
		t.Fatalf("a delivery after today stored %+v", got)
	}

	day := p.today().AddDays(-2)
	hours := a.Hours + 1.5
	planType(p.window, entries["actualDate"], day.String())
	planType(p.window, entries["actualHours"], strings.Replace(formatDecimal(hours), ".", ",", 1))
	planType(p.window, entries["outcome"], "Roadmap agreed with the sponsor")
	planType(p.window, entries["nextSteps"], "Send the summary")
	test.Tap(fd.save)
	p.settle()
	if fd.open {
		t.Fatalf("form still open with %q", fd.form.messages())
	}
	got := planStoredActivity(t, p, a)
	if got.Status != planner.ActivityDelivered || got.ActualDate != day || got.ActualHours != hours || got.Date != a.Date || got.Hours != a.Hours {
		t.Fatalf("stored %s on %s in %g h (planned %s, %g h), want delivered on %s in %g h, planned %s, %g h",
			got.Status, got.ActualDate, got.ActualHours, got.Date, got.Hours, day, hours, a.Date, a.Hours)
	}
	if got.Outcome != "Roadmap agreed with the sponsor" || got.NextSteps != "Send the summary" {
		t.Fatalf("stored outcome %q and next steps %q", got.Outcome, got.NextSteps)
	}
	s.selectActivity(a.ID.String())
	if want := p.tr("plan.quarter.actual", day.String(), formatDecimal(hours)); !strings.Contains(s.detail.Text, want) {
		t.Errorf("detail %q does not say %q", s.detail.Text, want)
	}

	p.undoKey()
	p.settle()
	if got := planStoredActivity(t, p, a); got != a {
		t.Fatalf("after Ctrl+Z the activity is %+v, want %+v", got, a)
	}
}

func TestQuarterDeliverIsOffForACancelledActivity(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, _ := planMovableActivity(t, p, s)
	cancelled := a.WithStatus(planner.ActivityCancelled)
	if _, err := p.db.PutActivity(cancelled); err != nil {
		t.Fatal(err)
	}
	p.changed()
	p.settle()
	s.selectActivity(a.ID.String())
	if _, ok := s.activity(a.ID.String()); !ok {
		t.Skip("the quarter does not show cancelled activities")
	}
	if !s.deliverBtn.Disabled() {
		t.Fatal("Record delivery is enabled for a cancelled activity")
	}
	s.openDeliver(a.ID.String())
	if s.dialog != nil && s.dialog.open {
		t.Fatal("a cancelled activity opened the delivery form")
	}
}

// The delivery form made with only what it uses: a store that refuses to
// save keeps the form open with the reason, and the window gets no undo
// step and no change.
func TestDeliverDialogWithStandInsKeepsARefusedDelivery(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, _ := planMovableActivity(t, p, s)
	w := &undoRecordingWindow{UI: p.UI}
	d := newDeliverDialog(w, refusingActivityStore{p.db}, p.cat, a)
	d.show()
	planType(p.window, &d.dayEntry.Entry, p.today().String())
	planType(p.window, &d.outcome.Entry, "Roadmap agreed with the sponsor")
	if problems := pressSave(d.fd); !d.fd.open || !strings.Contains(problems, errActivityRefused.Error()) {
		t.Errorf("the form is open %v and says %q, want it open with the store's refusal", d.fd.open, problems)
	}
	if len(w.undoLabels) != 0 || w.changes != 0 {
		t.Errorf("a refused delivery left undo steps %q and %d change notices", w.undoLabels, w.changes)
	}
	if got := planStoredActivity(t, p, a); got != a {
		t.Errorf("the refused delivery stored %+v", got)
	}
}
