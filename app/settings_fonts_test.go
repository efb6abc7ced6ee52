package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/planner"
)

// testFontFile returns the path of a TrueType font of the repository.
func testFontFile(t *testing.T) string {
	t.Helper()
	path, err := filepath.Abs("../export/layout/fonts/NotoSans-Bold.ttf")
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSettingsFontsRoundTrip adds a font file in Settings > Documents,
// saves, reads it back in a new screen, and removes it again; the
// window's documents load their fonts with the saved files each time.
func TestSettingsFontsRoundTrip(t *testing.T) {
	u, db := newTestUI(t)
	s := settingsOf(t, u)
	if texts := visibleTexts(s.fontList); !slices.Contains(texts, "None chosen: the system's fonts") {
		t.Errorf("the fonts row shows %q before any font is chosen", texts)
	}
	font := testFontFile(t)
	if !s.addFont(font) {
		t.Fatalf("a TrueType font was refused: %q", visibleTexts(u.window.Canvas().Overlays().Top()))
	}
	if !s.addFont(font) || len(s.draft.Fonts) != 1 {
		t.Errorf("adding a font twice lists %q", s.draft.Fonts)
	}
	if texts := visibleTexts(s.fontList); !slices.Contains(texts, font) || findButton(s.fontList, "Remove") == nil {
		t.Errorf("the fonts row shows %q, want the file and Remove", texts)
	}
	if err := s.check(); !s.dirty() || err != nil {
		t.Fatalf("after adding a font the form is not ready to save (problems %v)", err)
	}
	before := u.fonts
	test.Tap(s.saveBtn)
	got, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Fonts, []string{font}) {
		t.Errorf("stored fonts %q, want %q", got.Fonts, font)
	}
	if u.fonts == before || !slices.Equal(u.fontFiles, []string{font}) || u.exportOptions().Fonts != u.fonts {
		t.Errorf("after saving, the documents' fonts were not reloaded with %q (files %q)", font, u.fontFiles)
	}

	again := newSettingsScreen(u, u.store, u.cat).(*settingsScreen)
	again.show(planner.ID{})
	if !slices.Equal(again.draft.Fonts, []string{font}) || again.dirty() || !slices.Contains(visibleTexts(again.fontList), font) {
		t.Errorf("reopened: fonts %q, dirty %v", again.draft.Fonts, again.dirty())
	}

	test.Tap(findButton(s.fontList, "Remove"))
	if len(s.draft.Fonts) != 0 {
		t.Fatalf("Remove left %q", s.draft.Fonts)
	}
	test.Tap(s.saveBtn)
	if got, _ := db.Settings(); len(got.Fonts) != 0 || len(u.fontFiles) != 0 {
		t.Errorf("after Remove and Save: stored %q, loaded %q", got.Fonts, u.fontFiles)
	}
}

// TestSettingsBadFontChangesNothing offers files that are no TrueType
// font: each is refused with a message naming the file, in the window's
// language, and the form stays as it was.
func TestSettingsBadFontChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		language, want string
	}{
		{"en", " is not a TrueType font (.ttf) or font collection (.ttc)"},
		{"nl", " is geen TrueType-lettertype (.ttf) of lettertypecollectie (.ttc)"},
		{"ja", " は TrueType フォント（.ttf）またはフォントコレクション（.ttc）ではありません"},
	} {
		t.Run(tc.language, func(t *testing.T) {
			u, db := newTestUIInLanguage(t, tc.language)
			s := settingsOf(t, u)
			notes := filepath.Join(t.TempDir(), "notes.ttf")
			if err := os.WriteFile(notes, []byte("not a font"), 0o600); err != nil {
				t.Fatal(err)
			}
			before, _ := db.Settings()
			if s.addFont(notes) {
				t.Fatal("a text file was taken as a font")
			}
			texts := visibleTexts(u.window.Canvas().Overlays().Top())
			if !slices.ContainsFunc(texts, func(x string) bool { return strings.Contains(x, notes) && strings.Contains(x, tc.want) }) {
				t.Errorf("the message says %q, want %q", texts, tc.want)
			}
			if s.dirty() || len(s.draft.Fonts) != 0 {
				t.Errorf("a refused file changed the form: %q", s.draft.Fonts)
			}
			if after, _ := db.Settings(); !slices.Equal(after.Fonts, before.Fonts) {
				t.Errorf("a refused file changed the stored settings")
			}
		})
	}
}
