package app

import (
	"bytes"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/font"

	"github.com/liftoff-app/liftoff/export"
)

// windowFonts are the faces the window draws its text in where Fyne's
// Noto Sans lacks the script: for a window in Japanese (or Chinese or
// Korean) a system font of that script, so that its text and the Latin
// text beside it come from one family at one height, and bold titles are
// bold. Nil faces leave the text to Fyne's own fonts and fallback.
type windowFonts struct {
	regular fyne.Resource
	// bold is the bold face of regular's family; nil when the family has
	// none, and bold text then keeps Fyne's bold Latin face.
	bold fyne.Resource
}

// fontFinder finds the faces of a system font for the Han text of a
// language, and reads a face as a font file of its own.
type fontFinder struct {
	find func(language string) (export.TextFaces, bool)
	read func(export.FontFace) ([]byte, error)
}

// systemFontFinder searches the running system's fonts the way documents
// do (export.FontSearch).
func systemFontFinder() fontFinder {
	search := export.DefaultFontSearch()
	return fontFinder{find: search.FindTextFaces, read: export.ReadFace}
}

// usesCJKFont reports whether text in language (BCP 47) is mostly
// Chinese, Japanese or Korean, which Noto Sans does not draw.
func usesCJKFont(language string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(language, "_", "-")), "-")
	switch primary {
	case "ja", "zh", "ko":
		return true
	}
	return false
}

// cjkSample returns characters a font for language must draw.
func cjkSample(language string) []rune {
	primary, _, _ := strings.Cut(strings.ToLower(language), "-")
	switch primary {
	case "ko":
		return []rune("한국")
	case "zh":
		return []rune("中文")
	}
	return []rune("日本あア")
}

// fonts returns the window's fonts for language: none for languages Noto
// Sans draws, else the system font of the script. It returns no fonts,
// and the reason, when the system has none or it cannot be read.
func (f fontFinder) fonts(language string) (windowFonts, error) {
	if !usesCJKFont(language) {
		return windowFonts{}, nil
	}
	faces, ok := f.find(language)
	if !ok {
		return windowFonts{}, fmt.Errorf("no system font for %s text", language)
	}
	regular, err := f.load(faces.Regular, language, "regular")
	if err != nil {
		return windowFonts{}, err
	}
	out := windowFonts{regular: regular}
	if faces.HasBold {
		// A bold face that cannot be read leaves bold text to Fyne.
		out.bold, _ = f.load(faces.Bold, language, "bold")
	}
	return out, nil
}

// load reads a face and checks that it draws the script of language.
func (f fontFinder) load(face export.FontFace, language, style string) (fyne.Resource, error) {
	data, err := f.read(face)
	if err != nil {
		return nil, fmt.Errorf("read the window's %s font: %w", style, err)
	}
	parsed, err := font.ParseTTF(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("font %s face %d: %w", face.Path, face.Index, err)
	}
	for _, r := range cjkSample(language) {
		if _, ok := parsed.NominalGlyph(r); !ok {
			return nil, fmt.Errorf("font %s face %d has no %q", face.Path, face.Index, r)
		}
	}
	name := fmt.Sprintf("%s-%d-%s", baseFontName(face.Path), face.Index, style)
	return fyne.NewStaticResource(name, data), nil
}

// baseFontName returns the file name of a font's path.
func baseFontName(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[i+1:]
	}
	return path
}

// windowFonts returns the fonts of the window's language, found once.
func (u *UI) windowFonts() windowFonts {
	language := u.text.Language()
	if f, ok := u.fontsByLanguage[language]; ok {
		return f
	}
	if u.fontsByLanguage == nil {
		u.fontsByLanguage = map[string]windowFonts{}
	}
	finder := u.fontFinder
	if finder.find == nil {
		finder = systemFontFinder()
	}
	f, err := finder.fonts(language)
	if err != nil {
		fyne.LogError("window fonts: Fyne's own are used", err)
	}
	u.fontsByLanguage[language] = f
	return f
}

// newTheme returns the theme of a settings value (see newTheme) with the
// fonts of the window's language.
func (u *UI) newTheme(name string) fyne.Theme {
	t := newTheme(name).(*liftoffTheme)
	t.fonts = u.windowFonts()
	return t
}
