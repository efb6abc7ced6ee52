package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// openSchedule opens the schedule dialog of a catalog item for customer.
func openSchedule(t *testing.T, u *UI, customer planner.Customer, itemID string) *scheduleDialog {
	t.Helper()
	acc, err := u.store.Account(customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	it, ok := u.cat.Item(itemID)
	if !ok {
		t.Fatalf("no catalog item %s", itemID)
	}
	return u.openScheduleDialog(acc, it)
}

// setRepeat fills the day and the repeat fields of the dialog.
func setRepeat(d *scheduleDialog, start string, rule planner.Recurrence, ends int, end string) {
	d.date.SetText(start)
	d.repeat.SetSelectedIndex(slices.Index(repeatRules(), rule))
	d.ends.SetSelectedIndex(ends)
	d.end.SetText(end)
}

// storedSeries returns the series stored for customer id and the
// occurrences of each.
func storedSeries(t *testing.T, u *UI, id planner.ID) ([]planner.Series, map[planner.ID][]planner.Activity) {
	t.Helper()
	acc, err := u.store.Account(id)
	if err != nil {
		t.Fatal(err)
	}
	occ := map[planner.ID][]planner.Activity{}
	for _, a := range acc.Activities {
		if a.SeriesID != (planner.ID{}) {
			occ[a.SeriesID] = append(occ[a.SeriesID], a)
		}
	}
	return acc.Series, occ
}

func TestScheduleRepeatListsTheDays(t *testing.T) {
	tests := []struct {
		name  string
		start string
		rule  planner.Recurrence
		ends  int
		end   string
		want  []string
	}{
		{"weekly, four times", "2027-01-04", planner.RecurWeekly, endsAfterCount, "4",
			[]string{"2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"}},
		{"every two weeks until a day", "2027-01-05", planner.RecurBiweekly, endsOnDay, "2027-02-16",
			[]string{"2027-01-05", "2027-01-19", "2027-02-02", "2027-02-16"}},
		{"monthly on the same day", "2027-01-15", planner.RecurMonthlyDay, endsAfterCount, "3",
			[]string{"2027-01-15", "2027-02-15", "2027-03-15"}},
		// The second Tuesday of each month, until the end of April.
		{"monthly on the same weekday", "2027-01-12", planner.RecurMonthlyWeekday, endsOnDay, "2027-04-30",
			[]string{"2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13"}},
		// Good Friday and Easter Monday are bank holidays in England: the
		// occurrence moves to the next business day.
		{"a holiday moves to the next business day", "2027-03-22", planner.RecurWeekly, endsAfterCount, "3",
			[]string{"2027-03-22", "2027-03-30", "2027-04-05"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, db := newTestUI(t)
			d := openSchedule(t, u, customerNamed(t, db, "Müller GmbH"), "pro-roadmap-review")
			setRepeat(d, tt.start, tt.rule, tt.ends, tt.end)
			if _, _, _, problems := d.plan(); len(problems) > 0 {
				t.Fatalf("problems: %v", problems)
			}
			_, series, occurrences, _ := d.plan()
			if series == nil {
				t.Fatal("the form describes no series")
			}
			var got []string
			for _, a := range occurrences {
				got = append(got, a.Date.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("occurrences on %q, want %q", got, tt.want)
			}
			if !d.days.Visible() || !strings.HasPrefix(d.days.Text, fmt.Sprintf("%d occurrences: ", len(tt.want))) {
				t.Errorf("the days are listed as %q", d.days.Text)
			}
			for _, day := range tt.want {
				if !strings.Contains(d.days.Text, day) {
					t.Errorf("the list %q lacks %s", d.days.Text, day)
				}
			}
		})
	}
}

func TestScheduleRepeatNamesBadFields(t *testing.T) {
	tests := []struct {
		name string
		ends int
		end  string
		want string
	}{
		{"not a number", endsAfterCount, "six", `Times: "six" is not a whole number`},
		{"no occurrence", endsAfterCount, "0", "Ends on: set an end day or a count"},
		{"too many", endsAfterCount, "1000", "Times: must be from 1 to 260"},
		{"not a day", endsOnDay, "2027-02-30", "Ends on: "},
		{"before the start", endsOnDay, "2026-12-01", "Ends on: must not be before the start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, db := newTestUI(t)
			d := openSchedule(t, u, customerNamed(t, db, "Müller GmbH"), "pro-roadmap-review")
			setRepeat(d, "2027-01-04", planner.RecurWeekly, tt.ends, tt.end)
			if list := pressSave(d.fd); u.scheduleDialog != d || !strings.Contains(list, tt.want) {
				t.Errorf("problems %q, want them to say %q", list, tt.want)
			}
		})
	}
}

func TestScheduleRepeatNoneDisablesTheEnd(t *testing.T) {
	u, db := newTestUI(t)
	d := openSchedule(t, u, customerNamed(t, db, "Müller GmbH"), "pro-roadmap-review")
	if !d.end.Disabled() || !d.ends.Disabled() {
		t.Error("the end of a series can be set for an activity that does not repeat")
	}
	if d.days.Visible() {
		t.Errorf("a single activity lists days: %q", d.days.Text)
	}
	d.repeat.SetSelectedIndex(slices.Index(repeatRules(), planner.RecurWeekly))
	if d.end.Disabled() || d.ends.Disabled() {
		t.Error("the end of a weekly series cannot be set")
	}
}

func TestScheduleSeriesSavesAndUndoes(t *testing.T) {
	u, _, c := newTestUIFor(t, "Müller GmbH")
	before, _ := storedSeries(t, u, c.ID)
	d := openSchedule(t, u, c, "pro-roadmap-review")
	setRepeat(d, "2027-01-12", planner.RecurMonthlyWeekday, endsAfterCount, "4")
	if _, _, _, problems := d.plan(); len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if !strings.Contains(d.conflicts.Text, "No conflicts") {
		t.Fatalf("conflicts shown before saving: %q", d.conflicts.Text)
	}
	test.Tap(d.save)
	if u.scheduleDialog != nil {
		t.Fatal("the dialog stays open after Schedule")
	}
	after, occ := storedSeries(t, u, c.ID)
	if len(after) != len(before)+1 {
		t.Fatalf("%d series stored, want %d", len(after), len(before)+1)
	}
	s := after[slices.IndexFunc(after, func(s planner.Series) bool { return s.ID == d.seriesID })]
	if s.Rule != planner.RecurMonthlyWeekday || s.Count != 4 || s.Start.String() != "2027-01-12" {
		t.Errorf("stored series %+v", s)
	}
	if len(occ[s.ID]) != 4 {
		t.Fatalf("the series has %d occurrences stored, want 4", len(occ[s.ID]))
	}
	for _, a := range occ[s.ID] {
		if a.ItemID != "pro-roadmap-review" || a.Status != planner.ActivityScheduled || a.CustomerID != c.ID {
			t.Errorf("occurrence %+v", a)
		}
	}
	if !strings.Contains(u.undoLabel.Text, "4 times") {
		t.Errorf("undo bar %q", u.undoLabel.Text)
	}
	shortcut(u, &fyne.ShortcutUndo{})
	undone, occ := storedSeries(t, u, c.ID)
	if len(undone) != len(before) || len(occ[s.ID]) != 0 {
		t.Errorf("after undo: %d series (want %d) and %d occurrences of the new one", len(undone), len(before), len(occ[s.ID]))
	}
}

func TestScheduleSeriesAsksAboutConflicts(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	acc := storedAccount(t, db, c.ID)
	before := len(acc.Activities)
	// A weekly accelerator for a quarter uses more than the contract year
	// allows.
	d := openSchedule(t, u, c, "acc-analytics-workspace-enablement")
	setRepeat(d, "2026-12-01", planner.RecurWeekly, endsAfterCount, "12")
	if !strings.Contains(d.conflicts.Text, "conflicts on these days:") || !strings.Contains(d.conflicts.Text, "accelerators") {
		t.Fatalf("conflicts %q", d.conflicts.Text)
	}
	test.Tap(d.save)
	if after, _ := db.Account(c.ID); len(after.Activities) != before {
		t.Fatal("a series with conflicts was saved without asking")
	}
	tapButton(t, u, "Yes")
	after := storedAccount(t, db, c.ID)
	if len(after.Activities) != before+12 {
		t.Errorf("%d activities after confirming, want %d", len(after.Activities), before+12)
	}
}

func TestScheduleSeriesConflictsAreListedOnce(t *testing.T) {
	u, db := newTestUI(t)
	d := openSchedule(t, u, customerNamed(t, db, "Müller GmbH"), "acc-analytics-workspace-enablement")
	// The week of 2026-12-28 belongs to the last quarter of 2026 and to
	// the first of 2027.
	setRepeat(d, "2026-12-15", planner.RecurWeekly, endsAfterCount, "4")
	seen := map[string]bool{}
	for _, line := range strings.Split(d.conflicts.Text, "\n")[1:] {
		if seen[line] {
			t.Errorf("listed twice: %s", line)
		}
		seen[line] = true
	}
	if !strings.Contains(d.conflicts.Text, "2026-12-29") {
		t.Errorf("no conflict on 2026-12-29 in %q", d.conflicts.Text)
	}
}

// TestScheduleProactiveServiceBeyondTheMembership: an Expert customer's
// proactive service shows its conflict; saving it anyway records that the
// customer goes beyond the membership for proactive services, so storage
// takes it.
func TestScheduleProactiveServiceBeyondTheMembership(t *testing.T) {
	u, db, c := newTestUIFor(t, "Contoso Health")
	if c.Membership.Tier != "expert" {
		t.Fatalf("Contoso Health is %s, want an Expert customer", c.Membership.Tier)
	}
	before := storedAccount(t, db, c.ID)
	d := openSchedule(t, u, c, planner.MutualActionPlanItem)
	d.date.SetText("2027-01-12")
	if d.conflicts.Text == "" {
		t.Fatal("a proactive service on Expert shows no conflict")
	}
	test.Tap(d.save)
	tapButton(t, u, "Yes")
	after := storedAccount(t, db, c.ID)
	if len(after.Activities) != len(before.Activities)+1 {
		t.Fatalf("%d activities, want %d", len(after.Activities), len(before.Activities)+1)
	}
	if !after.Customer.IsOutsideMembership(planner.RuleProactiveServices) {
		t.Errorf("the customer's overrides %v lack %s", after.Customer.OutsideMembership, planner.RuleProactiveServices)
	}
}

// errActivityRefused is what refusingActivityStore answers a save with.
var errActivityRefused = errors.New("the disk is full")

// refusingActivityStore is the test database, except that it refuses to
// save an activity.
type refusingActivityStore struct {
	scheduleStore
}

// PutActivity refuses to save a.
func (refusingActivityStore) PutActivity(a planner.Activity) (planner.Activity, error) {
	return planner.Activity{}, fmt.Errorf("save activity %s: %w", a.ID, errActivityRefused)
}

// The schedule dialog made with only what it uses: a store that refuses
// to save keeps the dialog open with the reason in its form, and the
// window gets no undo step and no change.
func TestScheduleDialogWithStandInsKeepsARefusedActivity(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	acc := storedAccount(t, db, c.ID)
	it, ok := u.cat.Item("pro-roadmap-review")
	if !ok {
		t.Fatal("no catalog item pro-roadmap-review")
	}
	w := &undoRecordingWindow{UI: u}
	d := newScheduleDialog(w, refusingActivityStore{db}, u.cat, acc, it)
	d.show()
	d.date.SetText("2027-01-12")
	if !strings.Contains(d.conflicts.Text, "No conflicts") {
		t.Fatalf("conflicts shown before saving: %q", d.conflicts.Text)
	}
	if problems := pressSave(d.fd); !d.fd.open || !strings.Contains(problems, errActivityRefused.Error()) {
		t.Errorf("the dialog is open %v and says %q, want it open with the store's refusal", d.fd.open, problems)
	}
	if len(w.undoLabels) != 0 || w.changes != 0 {
		t.Errorf("a refused activity left undo steps %q and %d change notices", w.undoLabels, w.changes)
	}
	if after, _ := db.Account(c.ID); slices.ContainsFunc(after.Activities, func(a planner.Activity) bool { return a.ID == d.id }) {
		t.Error("the refused activity is stored")
	}
}
