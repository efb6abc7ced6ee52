package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

func openQuarter(t testing.TB, focus planner.ID) (*planningUI, *quarterScreen) {
	t.Helper()
	p := newPlanningUI(t)
	s := p.open(screenQuarter, p.newQuarter, focus).(*quarterScreen)
	p.settle()
	if s.data == nil {
		t.Fatal("the quarter did not load")
	}
	return p, s
}

// selectMovableActivity plans an activity as planMovableActivity does,
// selects it on s, and returns it with the day it can move to.
func selectMovableActivity(t *testing.T, p *planningUI, s *quarterScreen) (planner.Activity, planner.Date) {
	t.Helper()
	a, to := planMovableActivity(t, p, s)
	s.selectActivity(a.ID.String())
	return a, to
}

// planMovableActivity returns an activity of the sample in the quarter shown
// that can move a week later: planned, not recurring, with the same
// weekday a week later a business day inside the quarter's weeks.
func planMovableActivity(t *testing.T, p *planningUI, s *quarterScreen) (planner.Activity, planner.Date) {
	t.Helper()
	if a, to, ok := findMovable(t, p, s, planner.ID{}); ok {
		return a, to
	}
	t.Fatal("the sample has no activity that can move a week later")
	return planner.Activity{}, planner.Date{}
}

// moveMovableAWeekOn moves the activity planMovableActivity returns a
// week on, as dragging its block does, and returns it and the day it
// moved to.
func moveMovableAWeekOn(t *testing.T, p *planningUI, s *quarterScreen) (planner.Activity, planner.Date) {
	t.Helper()
	a, to := planMovableActivity(t, p, s)
	if err := s.move(a, to, false); err != nil {
		t.Fatalf("move %s to %s: %v", a.ID, to, err)
	}
	p.settle()
	return a, to
}

// findMovable returns the first activity other than skip (none when skip
// is zero) that can move a week later, as planMovableActivity describes,
// and whether there is one.
func findMovable(t *testing.T, p *planningUI, s *quarterScreen, skip planner.ID) (planner.Activity, planner.Date, bool) {
	t.Helper()
	weeks := s.data.workload.Weeks
	last := weeks[len(weeks)-1].Week.Sunday()
	for _, acct := range s.data.accounts {
		cal, err := planner.CustomerCalendar(p.cat, p.settings(), acct.Customer)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range acct.Activities {
			to := a.Date.AddDays(7)
			if a.ID == skip || s.data.weekIndex(a.Date) < 0 || to.After(last) || a.SeriesID != (planner.ID{}) ||
				(a.Status != planner.ActivityScheduled && a.Status != planner.ActivityProposed) || !cal.IsBusinessDay(to) {
				continue
			}
			return a, to, true
		}
	}
	return planner.Activity{}, planner.Date{}, false
}

func planStoredActivity(t testing.TB, p *planningUI, a planner.Activity) planner.Activity {
	t.Helper()
	for _, x := range p.account(t, a.CustomerID).Activities {
		if x.ID == a.ID {
			return x
		}
	}
	t.Fatalf("activity %s is not stored", a.ID)
	return planner.Activity{}
}

func TestQuarterShowsPortfolio(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	q := planner.QuarterOf(p.today())
	if s.quarter != q {
		t.Fatalf("shows %s, want the quarter of today %s", s.quarter, q)
	}
	in := planner.PlanInput{Catalog: p.cat, Settings: p.settings(), Accounts: p.accounts, Quarter: q}
	load, err := planner.QuarterLoad(in)
	if err != nil {
		t.Fatal(err)
	}
	conflicts, err := planner.CheckPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	weeks := s.grid.Weeks()
	if len(weeks) != len(load.Weeks) {
		t.Fatalf("%d weeks across, want %d", len(weeks), len(load.Weeks))
	}
	for i, w := range load.Weeks {
		if weeks[i].Load.Hours != w.Hours || weeks[i].Load.Capacity != w.Capacity || weeks[i].Load.Over != w.Over {
			t.Errorf("week %d load %+v, planner says %+v", i, weeks[i].Load, w)
		}
		if _, iso := w.Week.ISOWeek(); weeks[i].Label != fmt.Sprintf("W%02d", iso) || weeks[i].Monday != w.Week.Monday.String() {
			t.Errorf("week %d headed %q %q", i, weeks[i].Label, weeks[i].Monday)
		}
	}
	if got := len(s.grid.Rows()); got != len(p.accounts) {
		t.Errorf("%d rows, want one per customer (%d)", got, len(p.accounts))
	}
	if got := s.conflicts.Length(); got != len(conflicts) {
		t.Errorf("%d conflicts listed, planner finds %d", got, len(conflicts))
	}
	for _, c := range conflicts {
		if c.ActivityID == (planner.ID{}) {
			continue
		}
		row, i, ok := s.grid.FindBlock(c.ActivityID.String())
		if !ok {
			t.Errorf("conflicting activity %s not in the grid", c.ActivityID)
			continue
		}
		if b := s.grid.Rows()[row].Blocks[i]; !strings.Contains(b.Conflict, c.Reason.String()) {
			t.Errorf("block of %s marked %q, want the reason %q", c.ActivityID, b.Conflict, c.Reason.String())
		}
	}
}

// dragBlockAWeekOn scrolls the block of activity a into view and drags
// it one week to the right; it returns where the block was.
func dragBlockAWeekOn(t *testing.T, p *planningUI, s *quarterScreen, a planner.Activity) fyne.Position {
	t.Helper()
	s.grid.ScrollToBlock(a.ID.String())
	pos, size, ok := s.grid.BlockBounds(a.ID.String())
	if !ok {
		t.Fatalf("block of %s not in view", a.ID)
	}
	test.Drag(p.window.Canvas(), pos.AddXY(size.Width/2, size.Height/2), s.grid.WeekWidth(), 0)
	return pos
}

func TestQuarterDragToNextWeekMovesAndUndoes(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, to := planMovableActivity(t, p, s)
	dragBlockAWeekOn(t, p, s, a)
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != to {
		t.Fatalf("after dragging a week on, %s is stored on %s, want %s", a.ID, got, to)
	}
	if got := s.data.activities[a.ID.String()].Date; got != to {
		t.Errorf("the grid still shows %s on %s", a.ID, got)
	}
	p.undoKey()
	p.settle()
	if got := planStoredActivity(t, p, a).Date; got != a.Date {
		t.Fatalf("after Ctrl+Z %s is on %s, want %s again", a.ID, got, a.Date)
	}
	if got := s.data.activities[a.ID.String()].Date; got != a.Date {
		t.Errorf("after Ctrl+Z the grid shows %s on %s", a.ID, got)
	}
}

func TestQuarterMoveDialog(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, _ := planMovableActivity(t, p, s)
	cal, err := planner.CustomerCalendar(p.cat, p.settings(), p.account(t, a.CustomerID).Customer)
	if err != nil {
		t.Fatal(err)
	}
	saturday := a.Date
	for saturday.Weekday() != 6 {
		saturday = saturday.AddDays(1)
	}
	monday := saturday.AddDays(2)
	for !cal.IsBusinessDay(monday) {
		monday = monday.AddDays(1)
	}
	tests := []struct {
		name, typed, wantMessage string
		want                     planner.Date
	}{
		{"not a day", "2026-13-01", "There is no month 13", a.Date},
		{"a day that does not exist", "2027-02-30", "30 February 2027 does not exist", a.Date},
		{"a day off", saturday.String(), "not a business day", a.Date},
		{"a business day", monday.String(), "", monday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.selectActivity(a.ID.String())
			test.Tap(s.moveBtn)
			fd := s.dialog
			planType(p.window, planFormEntries(fd.form)["date"], tt.typed)
			test.Tap(fd.save)
			p.settle()
			msgs := strings.Join(fd.form.messages(), "\n")
			if tt.wantMessage != "" && !strings.Contains(msgs, tt.wantMessage) {
				t.Fatalf("form shows %q, want %q", msgs, tt.wantMessage)
			}
			if tt.wantMessage == "" && (msgs != "" || fd.open) {
				t.Fatalf("form still open with %q", msgs)
			}
			if got := planStoredActivity(t, p, a).Date; got != tt.want {
				t.Fatalf("stored on %s, want %s", got, tt.want)
			}
			if fd.open {
				fd.close()
			}
		})
	}
}

func TestQuarterDeleteUndoes(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, _ := selectMovableActivity(t, p, s)
	test.Tap(s.deleteBtn)
	p.settle()
	if slices.ContainsFunc(p.account(t, a.CustomerID).Activities, func(x planner.Activity) bool { return x.ID == a.ID }) {
		t.Fatal("the activity is still stored after Delete")
	}
	if _, _, ok := s.grid.FindBlock(a.ID.String()); ok {
		t.Error("the deleted activity is still in the grid")
	}
	p.undoKey()
	p.settle()
	if got := planStoredActivity(t, p, a); got != a {
		t.Fatalf("after Ctrl+Z the activity is %+v, want %+v", got, a)
	}
}

// planSeries stores a weekly series of four occurrences of a's item for
// a's customer, from the Tuesday of the quarter's second week, and shows
// it. It returns the series, its occurrences and the customer's calendar.
func planSeries(t *testing.T, p *planningUI, a planner.Activity) (planner.Series, []planner.Activity, planner.Calendar) {
	t.Helper()
	s := p.screens[screenQuarter].(*quarterScreen)
	acct := p.account(t, a.CustomerID)
	cal, err := planner.CustomerCalendar(p.cat, p.settings(), acct.Customer)
	if err != nil {
		t.Fatal(err)
	}
	first := s.data.workload.Weeks[1].Week.Monday.AddDays(1) // a Tuesday
	series := planner.Series{ID: planner.NewID(), CustomerID: acct.Customer.ID, Rule: planner.RecurWeekly, Start: first, Count: 4}
	occ, err := planner.ExpandSeries(planner.Activity{ItemID: a.ItemID, Solution: a.Solution, Hours: 1, Status: planner.ActivityScheduled}, series, cal)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.db.PutSeries(series, occ); err != nil {
		t.Fatal(err)
	}
	p.changed()
	p.settle()
	return series, occ, cal
}

func TestQuarterSeriesAsksWhichOccurrences(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, _ := planMovableActivity(t, p, s)
	acct := p.account(t, a.CustomerID)
	_, occ, cal := planSeries(t, p, a)

	tests := []struct {
		name   string
		answer string
		moved  int // occurrences that move
	}{
		{"only this one", p.tr("plan.quarter.series.one"), 1},
		{"this and later", p.tr("plan.quarter.series.all"), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := map[planner.ID]planner.Date{}
			for _, o := range p.account(t, acct.Customer.ID).Activities {
				before[o.ID] = o.Date
			}
			s.dropped(occ[1].ID.String(), s.data.weekIndex(before[occ[1].ID])+1)
			if !slices.Contains(planOverlayTexts(p.window), p.tr("plan.quarter.series.title")) {
				t.Fatalf("moving an occurrence asked nothing; overlay %q", planOverlayTexts(p.window))
			}
			if !planTapDialogButton(p.window, tt.answer) {
				t.Fatalf("no %q in the question", tt.answer)
			}
			p.settle()
			moved := 0
			for _, o := range occ {
				if got := planStoredActivity(t, p, o).Date; got != before[o.ID] {
					moved++
					if got.Weekday() != before[o.ID].Weekday() && cal.IsBusinessDay(before[o.ID].AddDays(7)) {
						t.Errorf("occurrence moved from %s to %s, not a week on", before[o.ID], got)
					}
				}
			}
			if moved != tt.moved {
				t.Fatalf("%d occurrences moved, want %d", moved, tt.moved)
			}
			p.undoKey()
			p.settle()
			for _, o := range occ {
				if got := planStoredActivity(t, p, o).Date; got != before[o.ID] {
					t.Fatalf("after Ctrl+Z an occurrence is on %s, want %s", got, before[o.ID])
				}
			}
		})
	}
}

func TestQuarterMoveSeriesFollowsItsRule(t *testing.T) {
	var err error
	p, s := openQuarter(t, planner.ID{})
	a, _ := planMovableActivity(t, p, s)
	series, occ, cal := planSeries(t, p, a)
	// The third occurrence was moved on its own to the next business
	// day: moving the series puts it back on the rule, which keeping the
	// spacing would not.
	alone := occ[2]
	if alone.Date, err = planner.NextBusinessDay(cal, alone.Date.AddDays(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := p.db.PutActivity(alone); err != nil {
		t.Fatal(err)
	}
	occ[2] = alone
	p.changed()
	p.settle()
	before := p.account(t, a.CustomerID)
	// From the second occurrence on, Thursdays (or the business day
	// after a Thursday off).
	thursday, err := planner.NextBusinessDay(cal, occ[1].Date.AddDays(2))
	if err != nil {
		t.Fatal(err)
	}
	want, err := planner.MoveSeries(before.Activities, series, occ[1].ID, thursday, cal)
	if err != nil {
		t.Fatal(err)
	}
	wantDays := map[planner.ID]planner.Date{}
	for _, w := range want {
		wantDays[w.ID] = w.Date
	}

	s.selectActivity(occ[1].ID.String())
	test.Tap(s.moveBtn)
	fd := s.dialog
	planType(p.window, planFormEntries(fd.form)["date"], thursday.String())
	scope := fd.form.field("series").input.(*widget.RadioGroup)
	scope.SetSelected(p.tr("plan.quarter.series.all"))
	test.Tap(fd.save)
	p.settle()
	if fd.open {
		t.Fatalf("the Move form stayed open: %q", fd.form.messages())
	}
	after := p.account(t, a.CustomerID)
	if got, ok := after.SeriesByID(series.ID); !ok || got != series || len(after.Series) != len(before.Series) {
		t.Errorf("stored series %+v, want the series kept as it was beside the %d others", after.Series, len(before.Series)-1)
	}
	for i, o := range occ {
		got := planStoredActivity(t, p, o).Date
		if got != wantDays[o.ID] {
			t.Errorf("occurrence %d stored on %s, planner.MoveSeries says %s", i+1, got, wantDays[o.ID])
		}
		if i == 0 && got != o.Date {
			t.Errorf("the first occurrence moved from %s to %s", o.Date, got)
		}
		if i > 0 && got.Weekday() != thursday.Weekday() && cal.IsBusinessDay(o.Date.AddDays(2)) {
			t.Errorf("occurrence %d on %s %s, want a Thursday", i+1, got.Weekday(), got)
		}
		if shown := s.data.activities[o.ID.String()].Date; shown != got {
			t.Errorf("the grid shows occurrence %d on %s, the store holds %s", i+1, shown, got)
		}
	}
	if len(after.Activities) != len(before.Activities) {
		t.Errorf("%d activities after the move, want %d", len(after.Activities), len(before.Activities))
	}

	p.undoKey()
	p.settle()
	for i, o := range occ {
		if got := planStoredActivity(t, p, o).Date; got != o.Date {
			t.Errorf("after Ctrl+Z occurrence %d is on %s, want %s", i+1, got, o.Date)
		}
	}
}

func TestQuarterMoveSeriesToADayOffIsRefused(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	a, _ := planMovableActivity(t, p, s)
	_, occ, _ := planSeries(t, p, a)
	saturday := occ[1].Date
	for saturday.Weekday() != 6 {
		saturday = saturday.AddDays(1)
	}
	s.selectActivity(occ[1].ID.String())
	test.Tap(s.moveBtn)
	fd := s.dialog
	planType(p.window, planFormEntries(fd.form)["date"], saturday.String())
	fd.form.field("series").input.(*widget.RadioGroup).SetSelected(p.tr("plan.quarter.series.all"))
	test.Tap(fd.save)
	p.settle()
	if msgs := strings.Join(fd.form.messages(), "\n"); !strings.Contains(msgs, "not a business day") {
		t.Errorf("form shows %q, want it to say the day is not a business day", msgs)
	}
	for i, o := range occ {
		if got := planStoredActivity(t, p, o).Date; got != o.Date {
			t.Errorf("occurrence %d moved to %s", i+1, got)
		}
	}
	fd.close()
}

func TestQuarterAutoSchedulePreview(t *testing.T) {
	p := newPlanningUI(t)
	var focus planner.Account
	for _, a := range p.accounts {
		if len(planner.Suggest(p.cat, a, p.today())) > 0 {
			focus = a
			break
		}
	}
	if focus.Customer.ID == (planner.ID{}) {
		t.Skip("no sample customer has suggestions")
	}
	s := p.open(screenQuarter, p.newQuarter, focus.Customer.ID).(*quarterScreen)
	p.settle()
	count := func() int { return len(p.account(t, focus.Customer.ID).Activities) }
	stored := count()

	propose := func() {
		t.Helper()
		test.Tap(s.autoBtn)
		if s.dialog == nil || !s.dialog.open {
			t.Fatal("Auto-schedule opened no dialog")
		}
		test.Tap(s.dialog.save)
		p.settle()
		if s.preview == nil || !s.previewBar.Visible() {
			t.Fatal("no preview shown after Propose")
		}
	}

	propose()
	placed := s.preview.Placed
	if len(placed)+len(s.preview.Unplaced) == 0 {
		t.Fatal("the proposal is empty")
	}
	for _, a := range placed {
		row, i, ok := s.grid.FindBlock(a.ID.String())
		if !ok || !s.grid.Rows()[row].Blocks[i].Proposed {
			t.Errorf("proposed %s is not highlighted in the grid", a.ID)
		}
	}
	if count() != stored {
		t.Fatal("the preview saved activities")
	}
	tapButton(t, p.UI, p.tr("plan.quarter.discard"))
	if s.preview != nil || count() != stored {
		t.Fatalf("after Discard: preview %v, %d activities stored, want %d", s.preview != nil, count(), stored)
	}
	if _, _, ok := s.grid.FindBlock(placed[0].ID.String()); len(placed) > 0 && ok {
		t.Error("a discarded proposal is still in the grid")
	}

	propose()
	tapButton(t, p.UI, p.tr("plan.quarter.accept"))
	p.settle()
	if count() != stored+len(placed) {
		t.Fatalf("after Accept %d activities stored, want %d", count(), stored+len(placed))
	}
	for _, a := range placed {
		if got := planStoredActivity(t, p, a); got.Date != a.Date || got.Status != planner.ActivityProposed {
			t.Errorf("accepted %s stored as %+v", a.ID, got)
		}
	}
	p.undoKey()
	p.settle()
	if count() != stored {
		t.Fatalf("after Ctrl+Z %d activities, want %d", count(), stored)
	}
}

func TestQuarterPreviousAndNext(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	q := s.quarter
	test.Tap(s.next)
	p.settle()
	if s.quarter != q.Next() || s.data.quarter != q.Next() {
		t.Fatalf("after Next: %s (data %s), want %s", s.quarter, s.data.quarter, q.Next())
	}
	if got, want := len(s.grid.Weeks()), len(q.Next().Weeks()); got != want {
		t.Errorf("%d weeks shown, want %d", got, want)
	}
	test.Tap(s.prev)
	test.Tap(s.prev)
	p.settle()
	if s.data.quarter != q.Prev() {
		t.Fatalf("after Previous twice: %s, want %s", s.data.quarter, q.Prev())
	}
	test.Tap(s.thisQuarter)
	p.settle()
	if s.data.quarter != q {
		t.Fatalf("This quarter shows %s, want %s", s.data.quarter, q)
	}
}

func TestQuarterFocusHighlightsRow(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	c := p.accounts[2].Customer
	p.setFocus(c.ID)
	rows := s.grid.Rows()
	for _, r := range rows {
		if r.Highlight != (r.ID == c.ID.String()) {
			t.Errorf("row %s highlighted %v with %s in focus", r.Name, r.Highlight, c.Name)
		}
	}
	test.AssertObjectRendersToMarkup(t, "quarter/focus.xml", s.grid)
}

// BenchmarkQuarterSwitchCustomer measures switching the customer in
// focus while the quarter planner is shown.
func BenchmarkQuarterSwitchCustomer(b *testing.B) {
	p, s := openQuarter(b, planner.ID{})
	benchmarkShowEachCustomer(b, p, s)
}

// BenchmarkQuarterSwitchCustomer500 puts another of 500 customers in focus
// while the quarter planner shows their quarter, loaded. Target: 16 ms.
func BenchmarkQuarterSwitchCustomer500(b *testing.B) {
	cat := catalog.Default()
	db, customers := openBenchCustomers(b, cat, 500)
	u := benchWindow(b, cat, db)
	u.showScreen(screenQuarter)
	u.waitIdle()
	s := u.screens[screenQuarter].(*quarterScreen)
	if s.data == nil || len(s.data.accounts) != 500 {
		b.Fatal("the quarter of 500 customers did not load")
	}
	i := 0
	for b.Loop() {
		i++
		u.setFocus(customers[i%len(customers)].ID)
	}
}

// BenchmarkQuarterLoad500 reads and works out a quarter of 500 customers,
// the work done off the UI goroutine when the quarter planner opens.
func BenchmarkQuarterLoad500(b *testing.B) {
	cat := catalog.Default()
	db := openBenchStore(b, cat, 500)
	u, err := Build(benchOptions(b, cat, db))
	if err != nil {
		b.Fatal(err)
	}
	defer u.Close()
	q := planner.QuarterOf(u.today())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadQuarter(context.Background(), u, u.cat, db, q, u.settings()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestQuarterExportWritesPDF(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	checkDeliverableExport(t, p, "the quarterly plan", deliverable{id: "portfolioQuarter", kind: export.KindQuarter, portfolio: true},
		deliverableSubject{accounts: s.data.accounts, quarter: s.data.quarter}, s.exportBtn)
}

// TestQuarterSelectionNamesTheActivityInFull selects a block whose title
// is cut in the grid: the selection panel names the activity in full,
// above its customer, date, hours and status.
func TestQuarterSelectionNamesTheActivityInFull(t *testing.T) {
	p, s := openQuarter(t, planner.ID{})
	if s.detailTitle.Visible() {
		t.Errorf("with nothing selected the panel names %q", s.detailTitle.Text)
	}
	var block widgets.GridBlock
	for _, r := range s.grid.Rows() {
		for _, b := range r.Blocks {
			if len(b.Label) > len(block.Label) {
				block = b
			}
		}
	}
	_, size, ok := s.grid.BlockBounds(block.ID)
	if !ok {
		s.grid.ScrollToBlock(block.ID)
		p.settle()
		_, size, ok = s.grid.BlockBounds(block.ID)
	}
	if !ok || fyne.MeasureText(block.Label, theme.CaptionTextSize(), fyne.TextStyle{}).Width < 2*size.Width {
		t.Fatalf("the longest title %q (block %v, shown %v) fits its block: the test needs one that is cut", block.Label, size, ok)
	}
	s.grid.SelectBlock(block.ID)
	s.selectActivity(block.ID)
	p.settle()
	if !s.detailTitle.Visible() || s.detailTitle.Text != block.Label {
		t.Errorf("the panel names the selected activity %q (shown %v), want %q", s.detailTitle.Text, s.detailTitle.Visible(), block.Label)
	}
	if strings.Contains(s.detail.Text, block.Label) {
		t.Errorf("the detail %q repeats the title", s.detail.Text)
	}
	s.selectActivity("")
	if s.detailTitle.Visible() {
		t.Error("after the selection is cleared the panel still names an activity")
	}
}

// errQuarterRefused is what quarterRefusingStore answers a removal with.
var errQuarterRefused = errors.New("the database refuses to remove the activity")

// quarterRefusingStore is a quarter screen's store on the test database
// that refuses to remove an activity.
type quarterRefusingStore struct {
	quarterStore
}

// DeleteActivity refuses.
func (quarterRefusingStore) DeleteActivity(id planner.ID) (planner.Activity, error) {
	return planner.Activity{}, fmt.Errorf("delete activity %s: %w", id, errQuarterRefused)
}

// TestQuarterShowsARefusedRemovalThroughItsWindow builds the quarter
// screen with stand-ins for its window and its store: when the store
// refuses to remove an activity, the screen shows the refusal through its
// window, offers no undo and keeps the activity.
func TestQuarterShowsARefusedRemovalThroughItsWindow(t *testing.T) {
	u, db := newTestUI(t)
	w := &errorRecordingWindow{UI: u}
	s := newQuarterScreen(w, quarterRefusingStore{db}, u.cat).(*quarterScreen)
	s.show(planner.ID{})
	u.waitIdle()
	if s.data == nil || len(s.data.activities) == 0 {
		t.Fatal("the quarter did not load, or holds no activity")
	}
	var a planner.Activity
	for _, a = range s.data.activities {
		break
	}
	undos := len(u.undos)
	s.deleteActivity(a.ID.String())
	if len(w.shown) != 1 || !errors.Is(w.shown[0], errQuarterRefused) {
		t.Fatalf("the screen showed %v, want the refusal once", w.shown)
	}
	if len(u.undos) != undos {
		t.Error("a refused removal was offered to undo")
	}
	acct := storedAccount(t, db, a.CustomerID)
	if !slices.ContainsFunc(acct.Activities, func(b planner.Activity) bool { return b.ID == a.ID }) {
		t.Errorf("activity %s is no longer stored", a.ID)
	}
}

// TestQuarterMoveToAHolidayIsRefusedInTheLanguage checks that moving an
// activity to a holiday of the customer's region is refused in the
// window's language, the holiday named as the reader's calendars name it.
func TestQuarterMoveToAHolidayIsRefusedInTheLanguage(t *testing.T) {
	easterMonday := catalog.MustDate("2027-03-29") // a bank holiday in England and Wales
	for lang, want := range map[string]string{
		"en": "Easter Monday (Mon 2027-03-29) is a holiday in",
		"nl": "Tweede paasdag",
		"ja": "イースター・マンデー",
	} {
		u, db := newTestUIInLanguage(t, lang)
		muller := customerNamed(t, db, "Müller GmbH")
		s := focusedScreen[*quarterScreen](u, screenQuarter, muller.ID)
		if s.data == nil {
			t.Fatal("the quarter did not load")
		}
		var a planner.Activity
		for _, act := range s.data.activities {
			if act.CustomerID == muller.ID && act.SeriesID == (planner.ID{}) && act.Status != planner.ActivityDelivered && act.Status != planner.ActivityCancelled {
				a = act
				break
			}
		}
		if a.ID == (planner.ID{}) {
			t.Fatal("Müller GmbH has no activity to move")
		}
		err := s.move(a, easterMonday, false)
		if err == nil {
			t.Fatalf("%s: the move to Easter Monday was not refused", lang)
		}
		if got := u.errorText(err); !strings.Contains(got, want) {
			t.Errorf("%s: the refusal reads %q, want %q in it", lang, got, want)
		}
	}
}
