package app

import (
	"fmt"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
)

// Language is a language the window can be shown in.
type Language = l10n.Language

// Languages returns the languages Liftoff has translations for, English
// first.
func Languages() []Language { return l10n.Languages() }

// RegisterTranslations adds Liftoff's bundles to Fyne's lang package, so
// that lang.L and lang.X find them too. Call it once, before Build.
func RegisterTranslations() error {
	files, dir := l10n.Files()
	if err := lang.AddTranslationsFS(files, dir); err != nil {
		return fmt.Errorf("register translations: %w", err)
	}
	return nil
}

// translator gives the screens short names for the texts of package l10n.
type translator struct{ *l10n.Translator }

// newTranslator returns a translator for language (a BCP 47 tag such as
// "nl" or "nl-BE"); an unknown or empty language gives English.
func newTranslator(requested string) (*translator, error) {
	t, err := l10n.New(requested)
	if err != nil {
		return nil, err
	}
	return &translator{t}, nil
}

// tr returns the text of key, formatted with args as fmt.Sprintf does
// when any are given. Text arguments with right-to-left letters are set
// in as bidi isolates (see isolate), so that a Hebrew or Arabic name
// keeps the window's left-to-right line in order.
func (t *translator) tr(key string, args ...any) string { return t.T(key, isolateArgs(args)...) }

// trCount returns the text of key for a count of n in the language's
// plural form for n, formatted with args as tr does.
func (t *translator) trCount(key string, n int, args ...any) string {
	return t.Count(key, n, isolateArgs(args)...)
}

// sentence returns the planner sentence s in the translator's language.
func (t *translator) sentence(s planner.Text) string { return t.Sentence(s) }

// weekdayName returns the short name of weekday w.
func (t *translator) weekdayName(w time.Weekday) string { return t.WeekdayName(w) }

// weekdayDate returns day d with its weekday.
func (t *translator) weekdayDate(d planner.Date) string { return t.WeekdayDate(d) }

// lookup returns the text of key, and reports whether a bundle has it.
func (t *translator) lookup(key string) (string, bool) { return t.Lookup(key) }

// LanguagePreference returns the language chosen in the settings of app
// a, or "" when the system's language is used.
func LanguagePreference(a fyne.App) string { return a.Preferences().String(prefLanguage) }

// ApplyLanguagePreference makes Fyne's own texts (dialog buttons, file
// dialogs) follow the language chosen in the settings where the system
// reads the language from the environment. Call it once, before
// RegisterTranslations and before any window is made.
func ApplyLanguagePreference(a fyne.App) {
	if l := LanguagePreference(a); l != "" {
		os.Setenv("LANGUAGE", l)
	}
}

// languageTags maps the English name of a language, as a catalog writes
// a support language ("Japanese"), to its tag, for the languages whose
// names are known.
var languageTags = sync.OnceValue(func() map[string]language.Tag {
	m := map[string]language.Tag{}
	english := display.English.Languages()
	for _, tag := range display.Supported.Tags() {
		base, _ := tag.Base()
		t := language.Make(base.String())
		if name := english.Name(t); name != "" {
			if _, ok := m[name]; !ok {
				m[name] = t
			}
		}
	}
	return m
})

// languageName returns the name of the language a catalog calls english
// ("Japanese") in the translator's language ("日本語", "Japans"), or
// english as it is when the name is not known.
func (t *translator) languageName(english string) string {
	tag, ok := languageTags()[english]
	if !ok {
		return english
	}
	if name := display.Languages(language.Make(t.Language())).Name(tag); name != "" {
		return name
	}
	return english
}
