package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// supportOf opens the support screen on the named customer.
func supportOf(t *testing.T, u *UI, c planner.Customer) *supportScreen {
	t.Helper()
	return shownOn[*supportScreen](u, screenSupport, c.ID)
}

func TestSupportResponseDue(t *testing.T) {
	tests := []struct {
		customer   string
		priority   int // index in catalog.Priorities
		commerce   bool
		date, time string
		want       string
	}{
		// Ultimate P2: 30 minutes within EMEA business hours.
		{"Müller GmbH", 1, false, "2026-11-26", "10:00", "Response due Thu 2026-11-26 10:30 GMT"},
		// Opened after closing: counting starts at the next opening.
		{"Müller GmbH", 1, false, "2026-11-26", "16:50", "Response due Fri 2026-11-27 09:20 GMT"},
		// P1 counts around the clock: 15 minutes on Ultimate.
		{"Müller GmbH", 0, false, "2026-11-28", "23:55", "Response due Sun 2026-11-29 00:10 GMT"},
		// Expert P1: one hour.
		{"Øresund Energi A/S", 0, false, "2026-11-26", "10:00", "Response due Thu 2026-11-26 11:00 GMT"},
	}
	for _, tt := range tests {
		t.Run(tt.customer+" "+tt.date+" "+tt.time, func(t *testing.T) {
			u, db := newTestUI(t)
			s := supportOf(t, u, customerNamed(t, db, tt.customer))
			s.priority.SetSelectedIndex(tt.priority)
			retype(s.openDate, tt.date)
			retype(s.openTime, tt.time)
			if s.dueLocal.Text != tt.want {
				t.Errorf("due label %q, want %q (%s %s)", s.dueLocal.Text, tt.want, s.explain.Text, s.slaError.Text)
			}
			if s.explain.Text == "" {
				t.Error("no explanation")
			}
		})
	}
}

func TestSupportShowsTAMZone(t *testing.T) {
	cat := catalogForTest()
	db := openTestStore(t, cat, true)
	settings, _ := db.Settings()
	settings.Profile.TimeZone = "Asia/Tokyo"
	if err := db.PutSettings(settings); err != nil {
		t.Fatal(err)
	}
	u, _ := newTestUIWith(t, cat, db)
	s := supportOf(t, u, customerNamed(t, db, "Müller GmbH"))
	s.priority.SetSelectedIndex(1)
	s.openDate.SetText("2026-11-26")
	s.openTime.SetText("10:00")
	want := "For you: Thu 2026-11-26 19:30 JST (Asia/Tokyo)"
	if s.dueTAM.Text != want {
		t.Errorf("TAM label %q, want %q", s.dueTAM.Text, want)
	}
	s.tabs.SelectIndex(1)
	test.AssertObjectRendersToMarkup(t, "support.xml", s.object())
}

// supportOfMuller opens the support screen of a new test window on
// Müller GmbH.
func supportOfMuller(t *testing.T) (*UI, *supportScreen) {
	t.Helper()
	u, db := newTestUI(t)
	return u, supportOf(t, u, customerNamed(t, db, "Müller GmbH"))
}

// followUp sets the follow-up of a case on s: the status at index status
// of its list, since day at clock.
func followUp(s *supportScreen, status int, day, clock string) {
	s.caseStatus.SetSelectedIndex(status)
	s.sinceDate.SetText(day)
	s.sinceTime.SetText(clock)
}

func TestSupportBadTimeNamesTheField(t *testing.T) {
	_, s := supportOfMuller(t)
	retype(s.openTime, "25:99")
	if !strings.Contains(s.slaError.Text, "Opened at") || !strings.Contains(s.slaError.Text, "HH:MM") {
		t.Errorf("a malformed time shows %q", s.slaError.Text)
	}
}

func TestSupportFollowUpTimeline(t *testing.T) {
	u, s := supportOfMuller(t)
	followUp(s, 1, "2026-11-23", "14:00")
	loc, _ := time.LoadLocation("Europe/London")
	tl, err := planner.CaseTimeline(u.cat.FollowUp, planner.CaseSolutionProposed, time.Date(2026, 11, 23, 14, 0, 0, 0, loc))
	if err != nil {
		t.Fatal(err)
	}
	const shown = "Mon 2006-01-02 15:04 MST" // in English
	for _, r := range tl.Reminders {
		if !strings.Contains(s.timeline.Text, r.At.Format(shown)) {
			t.Errorf("reminder %d at %s is not shown in %q", r.N, r.At.Format(shown), s.timeline.Text)
		}
	}
	if !strings.Contains(s.timeline.Text, "Closes with a notice: "+tl.AutoClose.Format(shown)) {
		t.Errorf("auto-close not shown: %q", s.timeline.Text)
	}
}

func TestSupportCaseRemindersAreSet(t *testing.T) {
	u, s := supportOfMuller(t)
	// Set a day ago: the first reminder (after 24 h) has passed; the other
	// two and the closing are still to come.
	s.sinceDate.SetText("2026-11-25")
	s.sinceTime.SetText("09:00")
	test.Tap(s.remindBtn)
	if len(u.caseTimers) != 3 {
		t.Errorf("set %d reminders, want 3 (two reminders and the closing)", len(u.caseTimers))
	}
	if !strings.Contains(s.remindNote.Text, "3 reminders set") {
		t.Errorf("note %q", s.remindNote.Text)
	}
}

func TestSupportFollowUpCountsDaysInWords(t *testing.T) {
	_, s := supportOfMuller(t)
	followUp(s, 0, "2026-11-23", "14:00")
	lines := strings.Split(s.timeline.Text, "\n")
	// The catalog's follow-up: reminders with 5, 3 and 1 day left.
	for i, want := range []string{"(5 days left)", "(3 days left)", "(1 day left)"} {
		if i >= len(lines) || !strings.HasSuffix(lines[i], want) {
			t.Errorf("timeline line %d: want it to end in %q; timeline:\n%s", i+1, want, s.timeline.Text)
		}
	}
	if strings.Contains(s.timeline.Text, "(s)") {
		t.Errorf("the timeline says (s):\n%s", s.timeline.Text)
	}
}

func TestSupportLanguageRuleSaysItOnce(t *testing.T) {
	u, _ := newTestUI(t)
	s := supportOf(t, u, planner.Customer{})
	tests := []struct {
		name string
		rule catalog.LanguageRule
		want string
	}{
		{"one solution excluded", catalog.LanguageRule{Language: "Japanese", Rule: "Japan business hours.", ExcludedSolutions: []catalog.SolutionID{"commerce"}},
			"Japanese: Japan business hours. (not for Commerce)"},
		{"two solutions excluded, in the catalog's order", catalog.LanguageRule{Language: "Japanese", Rule: "Japan business hours.", ExcludedSolutions: []catalog.SolutionID{"commerce", "campaign"}},
			"Japanese: Japan business hours. (not for Commerce, Campaign)"},
		{"no exclusion", catalog.LanguageRule{Language: "English", Rule: "All support."}, "English: All support."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.languageRuleText(tt.rule); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// The built-in catalog's Japanese rule: the exclusion, which only
	// excludedSolutions holds, is said once.
	var regions []string
	walkVisible(s.regions, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok {
			regions = append(regions, l.Text)
		}
		return true
	})
	text := strings.Join(regions, "\n")
	if n := strings.Count(strings.ToLower(text), "commerce"); n != 1 {
		t.Errorf("the regions name Commerce %d times, want once:\n%s", n, text)
	}
}

func TestDueTimesInTheUserLanguage(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	due := time.Date(2026, 11, 26, 15, 25, 0, 0, london)
	tests := []struct{ language, want string }{
		{"en", "Thu 2026-11-26 15:25 GMT"},
		{"nl", "do 2026-11-26 15:25 GMT"},
		{"ja", "2026-11-26（木）15:25 GMT"},
	}
	for _, tt := range tests {
		t.Run(tt.language, func(t *testing.T) {
			u, _ := newTestUIInLanguage(t, tt.language)
			if got := u.dateTime(due); got != tt.want {
				t.Errorf("due time %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSupportExplainsTheTargetInDutch(t *testing.T) {
	u, db := newTestUIInLanguage(t, "nl")
	s := supportOf(t, u, customerNamed(t, db, "Müller GmbH"))
	s.priority.SetSelectedIndex(1) // P2
	retype(s.openDate, "2026-11-26")
	retype(s.openTime, "10:00")
	want := "Ultimate Success P2: 30 minuten binnen de kantooruren van Europa, Midden-Oosten en Afrika (09:00-17:00 Europe/London)"
	if s.explain.Text != want {
		t.Errorf("explanation %q, want %q", s.explain.Text, want)
	}
}

// refusingCaseStore reads the cases of a database but refuses to save
// one.
type refusingCaseStore struct {
	supportStore
}

// PutCase refuses to save c.
func (refusingCaseStore) PutCase(c planner.SupportCase) (planner.SupportCase, error) {
	return planner.SupportCase{}, fmt.Errorf("save case %s: %w", c.Number, errors.New("the disk is full"))
}

// The support screen made with only what it uses: a store that refuses
// to save keeps the case dialog open with the reason, and the window
// gets no undo step and no change.
func TestSupportScreenWithStandInsKeepsARefusedCase(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	u.setFocus(c.ID)
	w := &undoRecordingWindow{UI: u}
	s := newSupportScreen(w, refusingCaseStore{db}, u.cat).(*supportScreen)
	s.show(c.ID)
	test.Tap(s.cases.addBtn)
	fd := s.cases.dialog
	setFieldText(t, fd, "number", 0, "E-9002")
	setFieldText(t, fd, "title", 0, "Checkout fails for every order")
	chooseIn(t, fd, "priority", 1)
	if problems := pressSave(fd); !strings.Contains(problems, "the disk is full") {
		t.Errorf("the dialog says %q, want the store's refusal", problems)
	}
	if len(w.undoLabels) != 0 || w.changes != 0 {
		t.Errorf("a refused case left undo steps %q and %d change notices", w.undoLabels, w.changes)
	}
	if acc, _ := db.Account(c.ID); slices.ContainsFunc(acc.Cases, func(x planner.SupportCase) bool { return x.Number == "E-9002" }) {
		t.Error("the refused case is stored")
	}
}

// A day that is not one reads as the forms say it, in the window's
// language, never as Go's parse error.
func TestSupportBadDayInTheWindowsWords(t *testing.T) {
	u, db := newTestUIInLanguage(t, "nl")
	s := supportOf(t, u, customerNamed(t, db, "Müller GmbH"))
	s.openDate.SetText("2026-02-30")
	want := u.tr("form.date.impossible", u.text.LongDate(planner.Date{Year: 2026, Month: 2, Day: 30}))
	if !strings.Contains(s.slaError.Text, want) || strings.Contains(s.slaError.Text, "parsing") {
		t.Errorf("an impossible day shows %q, want it to say %q", s.slaError.Text, want)
	}
	s.sinceDate.SetText("morgen")
	if strings.Contains(s.timeline.Text, "parsing") || !strings.Contains(s.timeline.Text, u.tr("support.since")) {
		t.Errorf("a day that is no day shows %q", s.timeline.Text)
	}
}
