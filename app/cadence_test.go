package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

func TestEngagementPlanMeetingAsTouchpoints(t *testing.T) {
	p, s, acct, e, _ := openEngagement(t)
	idx := plannableMeetings(e)
	if len(idx) == 0 {
		t.Fatal("the sample engagement has no weekly, biweekly or monthly meeting")
	}
	if s.planBtn.Disabled() {
		t.Fatal("Plan as touchpoints is disabled with a weekly meeting in the cadence")
	}
	m := e.Cadence[idx[0]]
	seriesBefore := len(p.account(t, acct.Customer.ID).Series)
	test.Tap(s.planBtn)
	fd := s.dialog
	if fd == nil || !fd.open {
		t.Fatal("Plan as touchpoints opened no form")
	}
	entries := planFormEntries(fd.form)
	today := p.today()
	last := planner.QuarterOf(today).Last()
	if entries["from"].Text != today.String() || entries["until"].Text != last.String() {
		t.Fatalf("form offers %s to %s, want the rest of the quarter %s to %s", entries["from"].Text, entries["until"].Text, today, last)
	}

	// A last day before the first is refused and nothing is stored.
	planType(p.window, entries["until"], today.AddDays(-1).String())
	test.Tap(fd.save)
	p.settle()
	if !fd.open || len(fd.form.messages()) == 0 {
		t.Fatalf("a last day before the first was accepted (open %v, %q)", fd.open, fd.form.messages())
	}
	if n := len(p.account(t, acct.Customer.ID).Series); n != seriesBefore {
		t.Fatalf("%d series after a refused form, want %d", n, seriesBefore)
	}

	planType(p.window, entries["until"], last.String())
	cal, err := planner.CustomerCalendar(p.cat, p.settings(), acct.Customer)
	if err != nil {
		t.Fatal(err)
	}
	_, want, err := planner.CadenceSeries(p.cat, acct.Customer.ID, m, today, last, cal)
	if err != nil {
		t.Fatal(err)
	}
	conflicts, err := p.conflictsOf(p.account(t, acct.Customer.ID), want)
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(planOverlayTexts(p.window), "\n")
	if !strings.Contains(texts, want[0].Date.String()) || !strings.Contains(texts, want[len(want)-1].Date.String()) {
		t.Errorf("form does not name the first and last days %s and %s:\n%s", want[0].Date, want[len(want)-1].Date, texts)
	}
	if len(conflicts) == 0 && !strings.Contains(texts, p.tr("schedule.noConflicts.series")) {
		t.Errorf("form does not say the days are free of conflicts:\n%s", texts)
	}
	for _, c := range conflicts {
		if !strings.Contains(texts, p.sentence(c.Reason)) {
			t.Errorf("form does not show conflict %q:\n%s", p.sentence(c.Reason), texts)
		}
	}
	test.Tap(fd.save)
	p.settle()
	if len(conflicts) > 0 {
		if s.dialogConfirm == nil {
			t.Fatalf("%d conflicts and no question before saving", len(conflicts))
		}
		s.dialogConfirm.Confirm()
		p.settle()
	}
	if fd.open {
		t.Fatalf("form still open with %q", fd.form.messages())
	}

	after := p.account(t, acct.Customer.ID)
	if len(after.Series) != seriesBefore+1 {
		t.Fatalf("%d series after planning, want %d", len(after.Series), seriesBefore+1)
	}
	var made planner.Series
	for _, sr := range after.Series {
		if sr.Start == today && sr.Until == last && !slices.ContainsFunc(acct.Series, func(x planner.Series) bool { return x.ID == sr.ID }) {
			made = sr
		}
	}
	if made.ID == (planner.ID{}) {
		t.Fatalf("no new series from %s to %s among %+v", today, last, after.Series)
	}
	var days []planner.Date
	for _, a := range after.Activities {
		if a.SeriesID == made.ID {
			if a.ItemID != planner.CadenceTouchpoint(m) || a.Title != m.Name || a.Status != planner.ActivityScheduled {
				t.Errorf("occurrence %s is %s %q %s, want a scheduled %s %q", a.Date, a.ItemID, a.Title, a.Status, planner.CadenceTouchpoint(m), m.Name)
			}
			days = append(days, a.Date)
		}
	}
	var wantDays []planner.Date
	for _, a := range want {
		wantDays = append(wantDays, a.Date)
	}
	slices.SortFunc(days, func(a, b planner.Date) int { return a.Compare(b) })
	if !slices.Equal(days, wantDays) {
		t.Fatalf("stored touchpoints on %v, want %v", days, wantDays)
	}

	p.undoKey()
	p.settle()
	undone := p.account(t, acct.Customer.ID)
	if len(undone.Series) != seriesBefore || slices.ContainsFunc(undone.Activities, func(a planner.Activity) bool { return a.SeriesID == made.ID }) {
		t.Fatalf("after Ctrl+Z %d series (want %d), the touchpoints still stored: %v", len(undone.Series), seriesBefore,
			slices.ContainsFunc(undone.Activities, func(a planner.Activity) bool { return a.SeriesID == made.ID }))
	}
}
