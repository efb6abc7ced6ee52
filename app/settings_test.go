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
	s.capacity.SetText("")
	test.Type(s.capacity, "24.5")
	s.expiry.SetText("")
	test.Type(s.expiry, "30")
	s.renewal.SetText("")
	test.Type(s.renewal, "120")
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
	if s.dirty() {
		t.Error("the form is dirty after Save")
	}
	test.AssertObjectRendersToMarkup(t, "settings.xml", s.object())
}

func TestSettingsInvalidValuesAreNotSaved(t *testing.T) {
	tests := []struct {
		name  string
		entry func(*settingsScreen) string
		text  string
	}{
		{"capacity over 80", func(s *settingsScreen) string { return "capacity" }, "90"},
		{"unknown zone", func(s *settingsScreen) string { return "zone" }, "Mars/Olympus"},
		{"bad e-mail", func(s *settingsScreen) string { return "email" }, "nobody"},
		{"expiry warning of 0 days", func(s *settingsScreen) string { return "expiry" }, "0"},
		{"renewal notice of 366 days", func(s *settingsScreen) string { return "renewal" }, "366"},
		{"renewal notice not a number", func(s *settingsScreen) string { return "renewal" }, "soon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, db := newTestUI(t)
			s := settingsOf(t, u)
			e := map[string]*entryRef{"capacity": {s.capacity}, "zone": {s.zone}, "email": {s.email}, "expiry": {s.expiry}, "renewal": {s.renewal}}[tt.entry(s)].e
			e.SetText("")
			test.Type(e, tt.text)
			if err := s.save(); err == nil {
				t.Error("save accepted the settings")
			}
			if shownAt(s.form, e) == nil {
				t.Errorf("%q shows no problem at its field", tt.text)
			}
			got, _ := db.Settings()
			if got.WeeklyCapacityHours != 30 || got.Profile.TimeZone != "" || got.Profile.Email != "" {
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
	list := got.Regions[catalog.Japan].Holidays
	found := false
	for _, h := range list {
		if h.Date == catalog.MustDate("2026-12-28") && h.Name == "Office closure" {
			found = true
		}
	}
	if !found {
		t.Errorf("stored Japan holidays %v", list)
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
	s.capacity.SetText("")
	test.Type(s.capacity, "90")
	want := "moet van 1 tot en met 80 uur zijn, niet 90"
	test.Tap(s.saveBtn)
	if err := shownAt(s.form, s.capacity); err == nil || err.Error() != want {
		t.Errorf("the capacity field says %v, want %q", err, want)
	}
	if !strings.Contains(s.form.general.Text, "Uren per week: "+want) {
		t.Errorf("the list says %q, want the Dutch problem named by the field's label", s.form.general.Text)
	}
	s.capacity.SetText("")
	test.Type(s.capacity, "veel")
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

	s.capacity.SetText("")
	test.Type(s.capacity, "20")
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
