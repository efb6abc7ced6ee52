package app

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/liftoff-app/liftoff/export"
)

// noFontFinder is a system without Chinese, Japanese or Korean fonts.
func noFontFinder(calls *int) fontFinder {
	return fontFinder{
		find: func(string) (export.TextFaces, bool) { *calls++; return export.TextFaces{}, false },
		read: func(export.FontFace) ([]byte, error) { return nil, errors.New("no font") },
	}
}

func TestWindowFontsNoneForLatinLanguages(t *testing.T) {
	calls := 0
	for _, language := range []string{"en", "nl", "en-GB"} {
		f, err := noFontFinder(&calls).fonts(language)
		if err != nil || f.regular != nil || f.bold != nil {
			t.Errorf("%s: %+v, %v; want Fyne's fonts", language, f, err)
		}
	}
	if calls != 0 {
		t.Errorf("searched the system's fonts %d times for Latin text", calls)
	}
}

func TestWindowFontsNotFoundKeepsFynesFonts(t *testing.T) {
	calls := 0
	f, err := noFontFinder(&calls).fonts("ja")
	if err == nil || f.regular != nil || f.bold != nil {
		t.Errorf("got %+v, %v; want no fonts and why", f, err)
	}
	th := newTheme(themeLight).(*liftoffTheme)
	th.fonts = f
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Monospace: true}} {
		if got, want := th.Font(style), theme.DefaultTheme().Font(style); got != want {
			t.Errorf("font of %+v: %s, want Fyne's %s", style, got.Name(), want.Name())
		}
	}
}

func TestWindowFontsRejectsAFontWithoutTheScript(t *testing.T) {
	latin := fontFinder{
		find: func(string) (export.TextFaces, bool) {
			return export.TextFaces{Regular: export.FontFace{Path: "latin.ttf"}}, true
		},
		read: func(export.FontFace) ([]byte, error) { return theme.DefaultTextFont().Content(), nil },
	}
	if f, err := latin.fonts("ja"); err == nil || f.regular != nil {
		t.Errorf("a font without kana: %+v, %v; want it refused", f, err)
	}
}

func TestWindowFontsFoundDrawJapaneseInOneFamilyWithBold(t *testing.T) {
	finder := systemFontFinder()
	faces, ok := finder.find("ja")
	if !ok {
		t.Skip("no Japanese font on this system (Debian: fonts-noto-cjk)")
	}
	f, err := finder.fonts("ja")
	if err != nil {
		t.Fatal(err)
	}
	if f.regular == nil {
		t.Fatal("no regular face")
	}
	if faces.HasBold && f.bold == nil {
		t.Errorf("the family has a bold face (%s) but the window does not use it", faces.Bold.Path)
	}
	th := newTheme(themeDark).(*liftoffTheme)
	th.fonts = f
	if th.Font(fyne.TextStyle{}) != f.regular || th.Font(fyne.TextStyle{Italic: true}) != f.regular {
		t.Error("regular and italic text do not take the Japanese face")
	}
	wantBold := f.bold
	if wantBold == nil {
		wantBold = theme.DefaultTheme().Font(fyne.TextStyle{Bold: true})
	}
	if th.Font(fyne.TextStyle{Bold: true}) != wantBold {
		t.Error("bold text does not take the bold face")
	}
	if th.Font(fyne.TextStyle{Monospace: true}) != theme.DefaultTheme().Font(fyne.TextStyle{Monospace: true}) {
		t.Error("monospace text left Fyne's monospace face")
	}
}

func TestUIWindowFontsFollowTheLanguageAndAreFoundOnce(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "ja")
	calls := 0
	u.fontFinder = noFontFinder(&calls)
	for range 2 {
		if th := u.newTheme(themeLight).(*liftoffTheme); th.fonts.regular != nil {
			t.Error("fonts where the system has none")
		}
	}
	if calls != 1 {
		t.Errorf("searched %d times, want once", calls)
	}
}
