package app

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// settingsOf opens the settings screen.
func settingsOf(t *testing.T, u *UI) *settingsScreen {
	t.Helper()
	return shownScreen[*settingsScreen](u, screenSettings)
}

func TestSettingsCapacityIsStored(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	retype(s.capacity, "24.5")
	retype(s.expiry, "30")
	retype(s.renewal, "120")
	for _, f := range []struct {
		e    *formEntry
		text string
	}{{s.breachDays, "45"}, {s.overdueRed, "1"}, {s.pacePoints, "0"}} {
		retype(f.e, f.text)
	}
	if !s.dirty() {
		t.Fatal("the form is not dirty after an edit")
	}
	test.Tap(s.saveBtn)
	got, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if got.WeeklyCapacityHours != 24.5 || got.ExpiryWarningDays != 30 || got.RenewalNoticeDays != 120 {
		t.Errorf("stored capacity %g, expiry warning %d and renewal notice %d days, want 24.5, 30 and 120",
			got.WeeklyCapacityHours, got.ExpiryWarningDays, got.RenewalNoticeDays)
	}
	if want := (planner.HealthSettings{BreachWindowDays: 45, OverdueActionsRed: 1, PaceTolerancePoints: 0}); got.Health != want {
		t.Errorf("stored the thresholds of health %+v, want %+v", got.Health, want)
	}
	if u.settings().Health != got.Health {
		t.Errorf("the window judges health by %+v, want the stored %+v", u.settings().Health, got.Health)
	}
	if s.dirty() {
		t.Error("the form is dirty after Save")
	}
	test.AssertObjectRendersToMarkup(t, "settings.xml", s.object())
}

func TestSettingsInvalidValuesAreNotSaved(t *testing.T) {
	tests := []struct {
		name  string
		entry string
		text  string
	}{
		{"capacity over 80", "capacity", "90"},
		{"unknown zone", "zone", "Mars/Olympus"},
		{"bad e-mail", "email", "nobody"},
		{"expiry warning of 0 days", "expiry", "0"},
		{"renewal notice of 366 days", "renewal", "366"},
		{"renewal notice not a number", "renewal", "soon"},
		{"missed responses counting 0 days", "breach", "0"},
		{"missed responses counting 366 days", "breach", "366"},
		{"red from 0 overdue actions", "overdue", "0"},
		{"red from 100 overdue actions", "overdue", "100"},
		{"objective lag of 101 points", "pace", "101"},
		{"objective lag below 0 points", "pace", "-1"},
		{"objective lag as a share", "pace", "0.2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, db := newTestUI(t)
			s := settingsOf(t, u)
			e := map[string]*formEntry{"capacity": s.capacity, "zone": s.zone, "email": s.email, "expiry": s.expiry, "renewal": s.renewal,
				"breach": s.breachDays, "overdue": s.overdueRed, "pace": s.pacePoints}[tt.entry]
			retype(e, tt.text)
			if err := s.save(); err == nil {
				t.Error("save accepted the settings")
			}
			if shownAt(s.form, e) == nil {
				t.Errorf("%q shows no problem at its field", tt.text)
			}
			got, _ := db.Settings()
			if got.WeeklyCapacityHours != 30 || got.Profile.TimeZone != "" || got.Profile.Email != "" || got.Health != planner.DefaultHealthSettings() {
				t.Errorf("stored %+v", got)
			}
		})
	}
}

func TestSettingsUnsavedChangesAsk(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	s.capacity.SetText("20")
	shortcut(u, ctrl("1"))
	if u.current != screenSettings {
		t.Fatal("left the settings with unsaved changes without asking")
	}
	tapButton(t, u, "Save")
	if u.current != screenPortfolio {
		t.Errorf("after Save the window shows %s, want the portfolio", u.current)
	}
	if got, _ := db.Settings(); got.WeeklyCapacityHours != 20 {
		t.Errorf("stored capacity %g, want 20", got.WeeklyCapacityHours)
	}

	u.showScreen(screenSettings)
	s.capacity.SetText("10")
	shortcut(u, ctrl("1"))
	tapButton(t, u, "Discard")
	if got, _ := db.Settings(); got.WeeklyCapacityHours != 20 {
		t.Errorf("Discard stored capacity %g", got.WeeklyCapacityHours)
	}
	u.showScreen(screenSettings)
	if s.capacity.Text != "20" {
		t.Errorf("after Discard the form shows %q", s.capacity.Text)
	}
}

func TestSettingsHolidays(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	s.region.SetSelected("Japan")
	n := len(s.holidays)
	test.Type(s.holidayDate, "2026-12-28")
	test.Type(s.holidayName, "Office closure")
	s.addHoliday()
	if len(s.holidays) != n+1 {
		t.Fatalf("%d holidays after adding, want %d", len(s.holidays), n+1)
	}
	test.Tap(s.saveBtn)
	got, _ := db.Settings()
	jp := got.Regions[catalog.Japan]
	if want := []catalog.Holiday{{Date: catalog.MustDate("2026-12-28"), Name: "Office closure"}}; !reflect.DeepEqual(jp.Added, want) || jp.Holidays != nil || jp.Removed != nil {
		t.Errorf("stored Japan settings %+v, want the day added alone", jp)
	}
}

// settingsCalendar returns the calendar of region as the stored settings
// make it.
func settingsCalendar(t *testing.T, u *UI, db interface {
	Settings() (planner.Settings, error)
}, region catalog.RegionID) planner.Calendar {
	t.Helper()
	st, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	cal, err := planner.RegionCalendar(u.cat, st, region, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

func TestSettingsAddingADayKeepsTheComputedHolidays(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	s.region.SetSelected(u.regionNameByID(catalog.EMEA))
	n := len(s.holidays)
	closure := catalog.Date{Year: u.today().Year, Month: time.December, Day: 31}
	if closure.IsWeekend() {
		closure = closure.AddDays(-2)
	}
	test.Type(s.holidayDate, closure.String())
	test.Type(s.holidayName, "Company closure")
	s.addHoliday()
	if len(s.holidays) != n+1 || !slices.Contains(s.holidays, catalog.Holiday{Date: closure, Name: "Company closure"}) {
		t.Fatalf("after adding the list has %d days (want %d) %v", len(s.holidays), n+1, s.holidays)
	}
	if !strings.Contains(s.holidayNote.Text, "Your changes: 1 added, 0 removed") {
		t.Errorf("the note says %q, want it to count the day added", s.holidayNote.Text)
	}
	test.Tap(s.saveBtn)
	cal := settingsCalendar(t, u, db, catalog.EMEA)
	if name, ok := cal.Holiday(closure); !ok || name != "Company closure" {
		t.Errorf("the day added is %q, %v in the calendar", name, ok)
	}
	// Easter Monday of years the settings do not show stays a holiday.
	for _, day := range []string{"2031-04-14", "2040-04-02"} {
		if name, ok := cal.Holiday(catalog.MustDate(day)); !ok || name != "Easter Monday" {
			t.Errorf("%s after adding a company day: %q, %v, want Easter Monday", day, name, ok)
		}
	}
	if !cal.Covers(2040) {
		t.Error("after adding a company day the calendar no longer knows 2040")
	}

	// Undo takes the day away again; redo brings it back.
	u.undo()
	if _, ok := settingsCalendar(t, u, db, catalog.EMEA).Holiday(closure); ok {
		t.Error("after undo the day added is still a holiday")
	}
	if st, _ := db.Settings(); len(st.Regions) != 0 {
		t.Errorf("after undo the settings keep %+v", st.Regions)
	}
	u.redo()
	if _, ok := settingsCalendar(t, u, db, catalog.EMEA).Holiday(closure); !ok {
		t.Error("after redo the day added is no holiday")
	}
}

func TestSettingsRemovingAComputedHoliday(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	s.region.SetSelected(u.regionNameByID(catalog.EMEA))
	i := slices.IndexFunc(s.holidays, func(h catalog.Holiday) bool { return h.Name == "Easter Monday" })
	if i < 0 {
		t.Fatalf("no Easter Monday in %v", s.holidays)
	}
	easter := s.holidays[i].Date
	s.removeHoliday(i)
	if slices.ContainsFunc(s.holidays, func(h catalog.Holiday) bool { return h.Date == easter }) {
		t.Errorf("Easter Monday %s is still listed", easter)
	}
	test.Tap(s.saveBtn)
	st, _ := db.Settings()
	if got := st.Regions[catalog.EMEA]; !reflect.DeepEqual(got.Removed, []catalog.Date{easter}) || got.Added != nil || got.Holidays != nil {
		t.Errorf("stored EMEA settings %+v, want Easter Monday removed alone", got)
	}
	cal := settingsCalendar(t, u, db, catalog.EMEA)
	if _, ok := cal.Holiday(easter); ok {
		t.Errorf("the day removed, %s, is still a holiday", easter)
	}
	if _, ok := cal.Holiday(catalog.MustDate("2040-04-02")); !ok {
		t.Error("removing one Easter Monday took that of 2040 with it")
	}

	// Adding the day again makes it the catalog's holiday again, and
	// removing a day added takes it out of the days added.
	test.Type(s.holidayDate, easter.String())
	s.addHoliday()
	extra := catalog.Date{Year: easter.Year, Month: time.August, Day: 3}
	test.Type(s.holidayDate, extra.String())
	test.Type(s.holidayName, "Offsite")
	s.addHoliday()
	rs := s.draft.Regions[catalog.EMEA]
	if rs.Removed != nil || len(rs.Added) != 1 {
		t.Fatalf("after adding Easter Monday again and a day of its own: %+v", rs)
	}
	s.removeHoliday(slices.IndexFunc(s.holidays, func(h catalog.Holiday) bool { return h.Date == extra }))
	if _, ok := s.draft.Regions[catalog.EMEA]; ok {
		t.Errorf("after taking the day added out again the draft keeps %+v", s.draft.Regions[catalog.EMEA])
	}
	if !slices.ContainsFunc(s.holidays, func(h catalog.Holiday) bool { return h.Date == easter && h.Name == "Easter Monday" }) {
		t.Error("Easter Monday added again is not listed under its name")
	}
}

func TestSettingsOwnHolidayListIsEditedAsAList(t *testing.T) {
	u, db := newTestUI(t)
	st, _ := db.Settings()
	own := []catalog.Holiday{{Date: catalog.MustDate("2026-01-01"), Name: "New Year's Day"}}
	st.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.Japan: {Holidays: own}}
	if err := db.PutSettings(st); err != nil {
		t.Fatal(err)
	}
	u.changed()
	s := settingsOf(t, u)
	s.region.SetSelected(u.regionNameByID(catalog.Japan))
	if !reflect.DeepEqual(s.holidays, own) || !strings.Contains(s.holidayNote.Text, "Your own list: 1 day") {
		t.Fatalf("the own list shows as %v, %q", s.holidays, s.holidayNote.Text)
	}
	test.Type(s.holidayDate, "2026-12-28")
	s.addHoliday()
	s.removeHoliday(0)
	test.Tap(s.saveBtn)
	got, _ := db.Settings()
	jp := got.Regions[catalog.Japan]
	if want := []catalog.Holiday{{Date: catalog.MustDate("2026-12-28")}}; !reflect.DeepEqual(jp.Holidays, want) || jp.Added != nil || jp.Removed != nil {
		t.Errorf("stored Japan settings %+v, want the own list %v", jp, want)
	}
	// The list still replaces the rules.
	if _, ok := settingsCalendar(t, u, db, catalog.Japan).Holiday(catalog.MustDate("2027-01-01")); ok {
		t.Error("the own list no longer replaces the rules")
	}
}

func TestSettingsThemeAppliesAtOnce(t *testing.T) {
	u, _ := newTestUI(t)
	s := settingsOf(t, u)
	s.themes.SetSelected(u.tr("settings.theme.dark"))
	lt, ok := u.app.Settings().Theme().(*liftoffTheme)
	if !ok || lt.forced == nil || *lt.forced != theme.VariantDark {
		t.Errorf("choosing Dark applied %T %+v", u.app.Settings().Theme(), lt)
	}
}

func TestSettingsInstallCatalog(t *testing.T) {
	u, _ := newTestUI(t)
	s := settingsOf(t, u)
	bad := strings.Replace(string(catalog.DefaultJSON()), `"solution": "analytics"`, `"solution": "analitics"`, 1)
	_, err := s.installCatalogFrom(strings.NewReader(bad), func(float64) {})
	if err == nil {
		t.Fatal("a catalog naming an unknown solution was installed")
	}
	u.showError(err)
	texts := strings.Join(visibleTexts(u.window.Canvas().Overlays().Top()), "\n")
	if !strings.Contains(texts, "accelerators[") || !strings.Contains(texts, "analitics") {
		t.Errorf("the error does not name the JSON path and value:\n%s", texts)
	}
	if _, err := os.Stat(filepath.Join(u.catalogDir, catalog.FileName)); !os.IsNotExist(err) {
		t.Errorf("a refused catalog left a file behind: %v", err)
	}
	path, err := s.installCatalogFrom(bytes.NewReader(catalog.DefaultJSON()), func(float64) {})
	if err != nil {
		t.Fatalf("the built-in catalog was refused: %v", err)
	}
	if _, err := catalog.Open(path); err != nil {
		t.Errorf("the installed catalog does not open: %v", err)
	}
}

func TestSettingsProblemsInDutch(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	s := settingsOf(t, u)
	retype(s.capacity, "90")
	want := "moet van 1 tot en met 80 uur zijn, niet 90"
	test.Tap(s.saveBtn)
	if err := shownAt(s.form, s.capacity); err == nil || err.Error() != want {
		t.Errorf("the capacity field says %v, want %q", err, want)
	}
	if !strings.Contains(s.form.general.Text, "Uren per week: "+want) {
		t.Errorf("the list says %q, want the Dutch problem named by the field's label", s.form.general.Text)
	}
	retype(s.capacity, "veel")
	if err := shownAt(s.form, s.capacity); err == nil || err.Error() != `"veel" is geen aantal uren` {
		t.Errorf("a capacity that is no number: %v", err)
	}
}

func TestBuiltInCatalogNoticeInDutch(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	settingsOf(t, u)
	want := "De Success Accelerators in deze catalogus zijn voorbeelden van Liftoff, niet de officiële lijst van de leverancier; een organisatie vervangt dit bestand door haar eigen catalogus."
	if texts := visibleTexts(u.window.Content()); !slices.Contains(texts, want) {
		t.Errorf("the Dutch settings lack the catalog's notice %q", want)
	}
}

// logoPNG returns a small PNG logo.
func logoPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 60, 20))
	for x := range 60 {
		for y := 5; y < 15; y++ {
			img.Set(x, y, color.NRGBA{R: 0x17, G: 0x34, B: 0x4f, A: 0xff})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSettingsBrandingIsStored(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	logo := logoPNG(t)
	test.Type(s.organisation, "Example Software")
	if !s.setLogo("example-logo.png", logo) {
		t.Fatal("a PNG logo was refused")
	}
	test.Type(s.confidentiality, "Confidential: prepared for %s")
	if err := s.check(); !s.dirty() || err != nil {
		t.Fatalf("after choosing a logo the form is not ready to save (dirty %v, problems %v)", s.dirty(), err)
	}
	if !s.logoPreview.Visible() || s.logoPreview.Resource == nil || !strings.Contains(s.logoName.Text, "example-logo.png") {
		t.Errorf("the logo row shows %q, preview visible %v", s.logoName.Text, s.logoPreview.Visible())
	}
	test.Tap(s.saveBtn)
	got, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	want := planner.Branding{Organisation: "Example Software", Logo: logo, LogoName: "example-logo.png", Confidentiality: "Confidential: prepared for %s"}
	if !reflect.DeepEqual(got.Branding, want) {
		t.Errorf("stored branding %+v, want %+v", got.Branding, want)
	}

	// A new screen reads them back.
	again := newSettingsScreen(u, u.store, u.cat).(*settingsScreen)
	again.show(planner.ID{})
	if again.organisation.Text != "Example Software" || again.confidentiality.Text != "Confidential: prepared for %s" ||
		!bytes.Equal(again.draft.Branding.Logo, logo) || !strings.Contains(again.logoName.Text, "example-logo.png") || again.dirty() {
		t.Errorf("reopened: organisation %q, line %q, logo %q, dirty %v", again.organisation.Text, again.confidentiality.Text, again.logoName.Text, again.dirty())
	}

	// Remove takes the logo out.
	test.Tap(s.logoRemove)
	test.Tap(s.saveBtn)
	if got, _ := db.Settings(); got.Branding.Logo != nil || got.Branding.LogoName != "" || got.Branding.Organisation != "Example Software" {
		t.Errorf("after Remove the stored branding is %+v", got.Branding)
	}
}

func TestSettingsBadLogoChangesNothing(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	if !s.setLogo("logo.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"><rect width="4" height="1"/></svg>`)) {
		t.Fatal("an SVG logo was refused")
	}
	test.Tap(s.saveBtn)
	before, _ := db.Settings()
	for _, bad := range [][]byte{[]byte("GIF89a"), bytes.Repeat([]byte("x"), planner.MaxLogoBytes+1), []byte("<html></html>")} {
		if s.setLogo("photo.gif", bad) {
			t.Errorf("a bad file of %d bytes was taken as the logo", len(bad))
		}
		want := "photo.gif was not used: the logo must be a PNG or SVG file of at most 512 KB."
		if texts := visibleTexts(u.window.Canvas().Overlays().Top()); !slices.Contains(texts, want) {
			t.Errorf("the message says %q, want %q", texts, want)
		}
		u.window.Canvas().Overlays().Top().Hide()
		u.window.Canvas().Overlays().Remove(u.window.Canvas().Overlays().Top())
		if s.dirty() || !strings.Contains(s.logoName.Text, "logo.svg") {
			t.Errorf("a refused file changed the form: dirty %v, logo %q", s.dirty(), s.logoName.Text)
		}
	}
	if after, _ := db.Settings(); !reflect.DeepEqual(after, before) {
		t.Errorf("a refused file changed the stored settings")
	}
}

func TestSettingsDocumentsInJapanese(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "ja")
	s := settingsOf(t, u)
	texts := visibleTexts(u.window.Content())
	walkVisible(u.window.Content(), func(o fyne.CanvasObject) bool {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				texts = append(texts, it.Text)
			}
		}
		return true
	})
	for _, want := range []string{"ドキュメント", "組織名", "ロゴ", "ロゴなし", "機密表示"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the settings show no %q", want)
		}
	}
	s.setLogo("ロゴ.txt", []byte("text"))
	want := "ロゴ.txt は使用されませんでした。ロゴは 512 KB 以下の PNG または SVG ファイルにしてください。"
	if texts := visibleTexts(u.window.Canvas().Overlays().Top()); !slices.Contains(texts, want) || !slices.Contains(texts, "ロゴを使用できません") {
		t.Errorf("the message says %q, want %q", texts, want)
	}
}

// TestSettingsScreenOnRefusingStore builds the screen with just what it
// uses: a window that records errors and a settings store that refuses
// to save. A refused theme goes back to the stored one, and a refused
// Save keeps what was typed; each shows the store's error.
func TestSettingsScreenOnRefusingStore(t *testing.T) {
	u, db := newTestUI(t)
	store := newFailingStore(db)
	store.failWith("PutSettings", errDiskFull)
	w := &errorRecordingWindow{UI: u}
	s := newSettingsScreen(w, store, u.cat).(*settingsScreen)
	s.show(planner.ID{})

	stored := s.themes.Selected
	s.themes.SetSelected(u.tr("settings.theme.dark"))
	if len(w.shown) != 1 || !errors.Is(w.shown[0], errDiskFull) || s.themes.Selected != stored {
		t.Errorf("a refused theme showed %v and left %q chosen, want the store's error and %q", w.shown, s.themes.Selected, stored)
	}

	retype(s.capacity, "20")
	test.Tap(s.saveBtn)
	if len(w.shown) != 2 || !errors.Is(w.shown[1], errDiskFull) {
		t.Errorf("a refused Save showed %v, want the store's error", w.shown)
	}
	if !s.dirty() || s.capacity.Text != "20" {
		t.Errorf("after the refused Save the form shows %q, dirty %v", s.capacity.Text, s.dirty())
	}
	if got, _ := db.Settings(); got.WeeklyCapacityHours == 20 || got.Theme == themeDark {
		t.Errorf("the refusing store saved %+v", got)
	}
}

// TestSettingsHealthThresholdsChangeThePortfolio saves a lower number of
// overdue actions that make health red and checks that the portfolio's
// health chips are then judged by it.
func TestSettingsHealthThresholdsChangeThePortfolio(t *testing.T) {
	u, _ := newTestUI(t)
	colours := func() map[string]planner.RAG {
		out := map[string]planner.RAG{}
		for _, r := range portfolioOf(t, u).rows {
			out[r.row.Customer.Name] = r.health.Colour
		}
		return out
	}
	before := colours()
	s := settingsOf(t, u)
	retype(s.overdueRed, "1")
	if err := s.save(); err != nil {
		t.Fatal(err)
	}
	after := colours()
	turned := 0
	for name, was := range before {
		if was == planner.RAGAmber && after[name] == planner.RAGRed {
			turned++
		}
		if was == planner.RAGRed && after[name] != planner.RAGRed {
			t.Errorf("%s was red and is %s", name, after[name])
		}
	}
	if turned == 0 {
		t.Errorf("no amber customer turned red with red from one overdue action: before %v, after %v", before, after)
	}
}

// listedHoliday returns the text the holiday list shows in row i.
func listedHoliday(s *settingsScreen, i int) string {
	row := s.holidayList.CreateItem()
	s.holidayList.UpdateItem(i, row)
	return row.(*fyne.Container).Objects[0].(*widget.Label).Text
}

// TestSettingsHolidaysInTheWindowsLanguage checks that the holiday list
// names the days of the built-in calendars in the window's language, and
// a day the TAM adds as typed; and that a holiday opened and saved
// unchanged keeps its own name, so that the settings store no name of
// the window's language.
func TestSettingsHolidaysInTheWindowsLanguage(t *testing.T) {
	for _, tt := range []struct {
		language, region, day, want string
	}{
		{"ja", "japan", "2026-03-20", "2026-03-20  春分の日"},
		{"nl", "emea", "2026-04-06", "2026-04-06  Tweede paasdag"},
		{"nl", "japan", "2026-03-20", "2026-03-20  Lente-equinox"},
	} {
		u, db := newTestUIInLanguage(t, tt.language)
		s := settingsOf(t, u)
		s.region.SetSelected(u.regionNameByID(catalog.RegionID(tt.region)))
		i := slices.IndexFunc(s.holidays, func(h catalog.Holiday) bool { return h.Date.String() == tt.day })
		if i < 0 {
			t.Fatalf("%s: no holiday on %s", tt.region, tt.day)
		}
		if got := listedHoliday(s, i); got != tt.want {
			t.Errorf("%s %s: the list shows %q, want %q", tt.language, tt.region, got, tt.want)
		}
		was := s.holidays[i]
		s.editHoliday(i)
		entries := planFormEntries(s.holidayDialog.form)
		if name := tt.want[len(tt.day)+2:]; entries["name"].Text != name {
			t.Errorf("%s: the form shows %q, want %q", tt.language, entries["name"].Text, name)
		}
		if err := s.holidayDialog.submit(); err != nil {
			t.Fatal(err)
		}
		if s.holidays[i] != was || s.dirty() {
			t.Errorf("%s: saved unchanged, the holiday is %+v (was %+v)", tt.language, s.holidays[i], was)
		}

		test.Type(s.holidayDate, "2026-12-28")
		test.Type(s.holidayName, "Office closure")
		s.addHoliday()
		j := slices.IndexFunc(s.holidays, func(h catalog.Holiday) bool { return h.Date.String() == "2026-12-28" })
		if got := listedHoliday(s, j); got != "2026-12-28  Office closure" {
			t.Errorf("%s: the day added shows %q", tt.language, got)
		}
		test.Tap(s.saveBtn)
		st, _ := db.Settings()
		if added := st.Regions[catalog.RegionID(tt.region)].Added; len(added) != 1 || added[0].Name != "Office closure" {
			t.Errorf("%s: the settings store %+v", tt.language, added)
		}
	}
}
