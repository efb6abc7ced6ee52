package app

import (
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// formCase is a form dialog with one field to break and mend, as the
// rules of every form are checked on it.
type formCase struct {
	// open opens the dialog and returns it with the entry to break.
	open func(t *testing.T) (*formDialog, *formEntry)
	// bad breaks the field; want is the message it then shows, label the
	// field's label that the list of problems names; good mends it.
	bad, want, label, good string
	// saved reports whether Save stored what the dialog holds.
	saved func(t *testing.T) bool
}

// typeInto replaces the text of e as a user does: the cursor in it,
// select all, type.
func typeInto(u *UI, e *formEntry, text string) {
	u.window.Canvas().Focus(e)
	retype(e, text)
}

// retype empties e and types text into it key by key.
func retype(e interface {
	fyne.Focusable
	SetText(string)
}, text string) {
	e.SetText("")
	test.Type(e, text)
}

// typeKey sends key to what has the cursor, as the keyboard does.
func typeKey(u *UI, key fyne.KeyName) {
	if f := u.window.Canvas().Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: key})
		return
	}
	if h := u.window.Canvas().OnTypedKey(); h != nil {
		h(&fyne.KeyEvent{Name: key})
	}
}

// fieldPositions returns where each field's input is in the window.
func fieldPositions(f *fieldForm) []fyne.Position {
	d := fyne.CurrentApp().Driver()
	out := make([]fyne.Position, len(f.fields))
	for i, fld := range f.fields {
		out[i] = d.AbsolutePositionForObject(fld.input)
	}
	return out
}

// entryIcons returns the names of the icons the inputs of f show.
func entryIcons(f *fieldForm) []string {
	var out []string
	for _, fld := range f.fields {
		for _, o := range test.LaidOutObjects(fld.input) {
			if img, ok := o.(*canvas.Image); ok && img.Visible() && img.Resource != nil {
				out = append(out, img.Resource.Name())
			}
		}
	}
	return out
}

// hasTick reports whether one of names is the success mark.
func hasTick(names []string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, "confirm") })
}

// checkFormRules checks the rules every form keeps on the dialog of c.
func checkFormRules(t *testing.T, u *UI, c formCase) {
	t.Helper()
	fd, e := c.open(t)
	f := fd.form
	before := fieldPositions(f)
	if icons := entryIcons(f); hasTick(icons) {
		t.Errorf("valid fields show a tick: %q", icons)
	}

	// Typing shows nothing yet; leaving the field shows its problem.
	typeInto(u, e, c.bad)
	if err := shownAt(f, e); err != nil {
		t.Errorf("the field shows %q while it is being typed in", err)
	}
	u.window.Canvas().Unfocus()
	if err := shownAt(f, e); err == nil || !strings.Contains(err.Error(), c.want) {
		t.Errorf("after leaving the field it shows %v, want %q", err, c.want)
	}

	// Save lists the problem by the field's label, marks the field and
	// puts the cursor in it; the dialog stays open.
	list := pressSave(fd)
	if !fd.open {
		t.Fatal("Save closed the dialog with a problem")
	}
	if want := c.label + ": " + c.want; !strings.Contains(list, want) {
		t.Errorf("the list reads %q, want %q", list, want)
	}
	if got := u.window.Canvas().Focused(); got != fyne.Focusable(e) {
		t.Errorf("the cursor is in %T, want the field with the problem", got)
	}
	if after := fieldPositions(f); !slices.Equal(before, after) {
		t.Errorf("fields moved when the messages came:\n%v\n%v", before, after)
	}
	u.window.Canvas().Unfocus()
	if icons := entryIcons(f); hasTick(icons) {
		t.Errorf("the fields show the icons %q, want no tick", icons)
	}
	for _, fld := range f.fields {
		if fld.mark.Visible() != slices.Contains(fld.entries, &e.Entry) {
			t.Errorf("field %s outlined %v", fld.key, fld.mark.Visible())
		}
	}

	// Mending the field takes the message and the list away at once.
	typeInto(u, e, c.good)
	if err := shownAt(f, e); err != nil || f.general.Text != "" {
		t.Errorf("the mended field shows %v, the list %q", err, f.general.Text)
	}
	if after := fieldPositions(f); !slices.Equal(before, after) {
		t.Errorf("fields moved when the messages went:\n%v\n%v", before, after)
	}

	// Enter saves.
	typeKey(u, fyne.KeyReturn)
	if fd.open || !c.saved(t) {
		t.Fatalf("Enter did not save (open %v, messages %q)", fd.open, f.messages())
	}

	// Escape closes a dialog without changes at once, and asks first
	// when it holds changes.
	fd, _ = c.open(t)
	typeKey(u, fyne.KeyEscape)
	if fd.open {
		t.Error("Escape left an unchanged dialog open")
	}
	fd, e = c.open(t)
	typeInto(u, e, c.bad)
	typeKey(u, fyne.KeyEscape)
	if !fd.open || !slices.Contains(overlayTexts(u), u.tr("plan.form.discard.message")) && !slices.Contains(overlayTexts(u), u.tr("customer.form.discard")) {
		t.Fatalf("Escape with changes asked nothing: %q", overlayTexts(u))
	}
	tapButton(t, u, "Yes")
	if fd.open {
		t.Error("the dialog stays open after Escape was confirmed")
	}
}

func TestFormRulesOnTheCustomerForm(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	var f *customerForm
	checkFormRules(t, u, formCase{
		open: func(*testing.T) (*formDialog, *formEntry) {
			f = u.openCustomerForm(customerNamed(t, db, c.Name), false)
			return f.fd, f.team[0].email
		},
		bad: "tam@@", want: `"tam@@" is not an e-mail address`, label: "Technical Account Manager, E-mail",
		good: "tam@liftoff.example",
		saved: func(t *testing.T) bool {
			return customerNamed(t, db, c.Name).Team.TAM.Email == "tam@liftoff.example"
		},
	})
}

func TestFormRulesOnTheStakeholderDialog(t *testing.T) {
	p, s, acct, e, _ := openEngagement(t)
	if len(e.Stakeholders) == 0 {
		t.Fatal("the sample engagement has no stakeholder")
	}
	checkFormRules(t, p.UI, formCase{
		open: func(*testing.T) (*formDialog, *formEntry) {
			s.editStakeholder(0)
			return s.dialog, s.dialog.form.field("email").input.(*formEntry)
		},
		bad: "mara.jensen@", want: `"mara.jensen@" is not an e-mail address`, label: p.tr("plan.person.email"),
		good: "mara.jensen@example.com",
		saved: func(t *testing.T) bool {
			return planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Stakeholders[0].Email == "mara.jensen@example.com"
		},
	})
}

func TestFormRulesOnTheObjectiveDialog(t *testing.T) {
	p, s, acct := openActionPlan(t)
	checkFormRules(t, p.UI, formCase{
		open: func(*testing.T) (*formDialog, *formEntry) {
			s.editObjective(0)
			return s.dialog, s.dialog.form.field("due").input.(*formEntry)
		},
		bad: "2027-02-30", want: "30 February 2027 does not exist", label: p.tr("plan.objective.due"),
		good: "2027-02-26",
		saved: func(t *testing.T) bool {
			return p.account(t, acct.Customer.ID).Plan.Objectives[0].Due.String() == "2027-02-26"
		},
	})
}

func TestFormRulesOnTheScheduleDialog(t *testing.T) {
	u, _, c := newTestUIFor(t, "Müller GmbH")
	var d *scheduleDialog
	checkFormRules(t, u, formCase{
		open: func(t *testing.T) (*formDialog, *formEntry) {
			d = openSchedule(t, u, c, "pro-roadmap-review")
			return d.fd, d.date
		},
		bad: "2027-02-30", want: "30 February 2027 does not exist", label: "Day",
		good: "2027-02-22",
		saved: func(t *testing.T) bool {
			acc, err := u.store.Account(c.ID)
			if err != nil {
				t.Fatal(err)
			}
			return slices.ContainsFunc(acc.Activities, func(a planner.Activity) bool { return a.ID == d.id && a.Date.String() == "2027-02-22" })
		},
	})
}

// TestImpossibleDaysAreNamed checks the one reader of typed days in the
// three languages: a day that cannot be is named, other text is told the
// form expected with an example.
func TestImpossibleDaysAreNamed(t *testing.T) {
	for lang, want := range map[string][2]string{
		"en": {"30 February 2027 does not exist", "Write the date as YYYY-MM-DD, such as "},
		"nl": {"30 februari 2027 bestaat niet", "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld "},
		"ja": {"2027年2月30日は存在しません", "日付は YYYY-MM-DD の形式で入力してください（例："},
	} {
		u, _ := newTestUIInLanguage(t, lang)
		if _, err := u.parseDay("2027-02-30"); err == nil || err.Error() != want[0] {
			t.Errorf("%s: 2027-02-30 reads as %v, want %q", lang, err, want[0])
		}
		if _, err := u.parseDay("30.2.2027"); err == nil || !strings.HasPrefix(err.Error(), want[1]) || !strings.Contains(err.Error(), u.today().String()) {
			t.Errorf("%s: 30.2.2027 reads as %v, want %q with an example", lang, err, want[1])
		}
		if d, err := u.parseDay(" 2028-2-29 "); err != nil || d.String() != "2028-02-29" {
			t.Errorf("%s: 2028-2-29 reads as %v, %v", lang, d, err)
		}
	}
}

// TestCustomerFormNamesFieldsInEveryLanguage checks that the list and the
// field's message are in the window's language and name the field by its
// label, for a field of a date too.
func TestCustomerFormNamesFieldsInEveryLanguage(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "Contract end: 30 February 2027 does not exist",
		"nl": "Einde contract: 30 februari 2027 bestaat niet",
		"ja": "契約終了日：2027年2月30日は存在しません",
	} {
		u, _, c := newTestUIForIn(t, lang, "Müller GmbH")
		f := u.openCustomerForm(c, false)
		typeInto(u, f.contractEnd, "2027-02-30")
		list := pressSave(f.fd)
		if !strings.Contains(list, want) || strings.Contains(list, "contract.end") {
			t.Errorf("%s: the list reads %q, want %q", lang, list, want)
		}
		if u.window.Canvas().Focused() != fyne.Focusable(f.contractEnd) {
			t.Errorf("%s: the cursor is not in the contract end", lang)
		}
	}
}

// TestCustomerFormEmptyNameSaysSo checks that an empty name is no longer
// only a greyed-out Save: Save says what is wrong.
func TestCustomerFormEmptyNameSaysSo(t *testing.T) {
	u, _ := newTestUI(t)
	f := u.openCustomerForm(planner.Customer{}, true)
	if f.save.Disabled() {
		t.Fatal("Save is disabled")
	}
	if list := pressSave(f.fd); !strings.Contains(list, "Name: must not be empty") || u.customerForm != f {
		t.Errorf("Save with an empty name lists %q", list)
	}
	if shownAt(f.form, f.name) == nil || u.window.Canvas().Focused() != fyne.Focusable(f.name) {
		t.Error("the name field is not marked and focused")
	}
}

// TestQuitBringsTheUnsavedQuestionForward checks that File > Quit (Ctrl+Q)
// while the question about unsaved changes is open shows that question
// again, saying what it waits for, instead of doing nothing.
func TestQuitBringsTheUnsavedQuestionForward(t *testing.T) {
	u, _ := newTestUI(t)
	s := settingsOf(t, u)
	typeInto(u, s.capacity, "20")
	shortcut(u, ctrl(fyne.KeyQ))
	if u.unsaved == nil {
		t.Fatal("Quit with unsaved settings asked nothing")
	}
	question := overlayTexts(u)
	if slices.ContainsFunc(question, func(s string) bool { return strings.Contains(s, u.tr("unsaved.quitFirst")) }) {
		t.Fatalf("the first question already reminds: %q", question)
	}
	shortcut(u, ctrl(fyne.KeyQ))
	got := overlayTexts(u)
	if !slices.Contains(got, u.tr("unsaved.title")) || !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, u.tr("unsaved.quitFirst")) }) {
		t.Errorf("after a second Quit the top shows %q, want the question with the reminder", got)
	}
	if n := len(u.window.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d overlays, want one question", n)
	}
	tapButton(t, u, "Cancel")
	if u.unsaved != nil || u.window.Canvas().Overlays().Top() != nil {
		t.Error("Cancel left the question open")
	}
}

// TestThemeAndLanguageApplyAtOnce checks that choosing a theme or a
// language takes effect and is stored without Save, and asks nothing when
// leaving; other changes made before are kept.
func TestThemeAndLanguageApplyAtOnce(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	typeInto(u, s.capacity, "20")
	s.themes.SetSelected(s.themes.Options[1])
	if got, _ := db.Settings(); got.Theme != themeChoices()[1] || got.WeeklyCapacityHours == 20 {
		t.Errorf("stored theme %q and capacity %g, want the theme alone stored", got.Theme, got.WeeklyCapacityHours)
	}
	s.languages.SetSelectedIndex(2) // Nederlands
	if got := u.tr("action.save"); got != "Opslaan" {
		t.Fatalf("the window speaks %q after choosing Dutch", got)
	}
	ns := u.screens[screenSettings].(*settingsScreen)
	if ns.capacity.Text != "20" || !ns.dirty() {
		t.Errorf("the capacity typed before reads %q after the language changed", ns.capacity.Text)
	}
	if ns.saveBtn.Text != "Opslaan" || u.title.Text != u.screenTitle(screenSettings) || u.screenTitle(screenSettings) == "Settings" {
		t.Errorf("the settings screen is not in Dutch: Save reads %q, the title %q", ns.saveBtn.Text, u.title.Text)
	}
	if u.window.Content() == nil || !ns.root.Visible() {
		t.Error("the window shows no settings after the language changed")
	}
	ns.discard()
	shortcut(u, ctrl("1"))
	if u.current != screenPortfolio {
		t.Errorf("leaving the settings after only the theme and the language asked (screen %s)", u.current)
	}
	if got, _ := db.Settings(); got.Language != "nl" {
		t.Errorf("stored language %q", got.Language)
	}
}

// TestFormsWithProblemsRender draws the customer form and the schedule
// dialog after Save found problems, in every language, into PNG files:
// in the folder LIFTOFF_FORM_SHOTS names, else a temporary one.
func TestFormsWithProblemsRender(t *testing.T) {
	dir := os.Getenv("LIFTOFF_FORM_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, lang := range []string{"en", "nl", "ja"} {
		u, db := newTestUIInLanguage(t, lang)
		u.window.Resize(fyne.NewSize(1024, 768))
		c := customerNamed(t, db, "Müller GmbH")
		f := u.openCustomerForm(c, false)
		typeInto(u, f.name, "")
		typeInto(u, f.contractEnd, "2027-02-30")
		typeInto(u, f.team[0].email, "tam@@")
		pressSave(f.fd)
		writeCapture(t, u, filepath.Join(dir, "customer-form-"+lang+".png"))
		f.close()

		d := openSchedule(t, u, c, "pro-roadmap-review")
		typeInto(u, d.date, "2027-02-30")
		typeInto(u, d.hours, "lots")
		pressSave(d.fd)
		writeCapture(t, u, filepath.Join(dir, "schedule-"+lang+".png"))
		d.fd.close()
	}
}

// writeCapture writes what the window shows to a PNG file.
func writeCapture(t *testing.T, u *UI, path string) {
	t.Helper()
	img := u.window.Canvas().Capture()
	if img.Bounds().Dx() < 1000 {
		t.Fatalf("the window is %v wide", img.Bounds())
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, img); err != nil {
		t.Fatal(err)
	}
}
