package app

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/liftoff-app/liftoff/planner"
)

// translationFiles holds the JSON bundles of every screen: "en.json",
// "nl.json", "ja.json" and bundles with a prefix such as "planning.nl.json".
//
//go:embed translations/*.json
var translationFiles embed.FS

// translationDir is the folder of translationFiles.
const translationDir = "translations"

// fallbackLanguage is the language every key is written in first.
const fallbackLanguage = "en"

// Language is a language the window can be shown in.
type Language struct {
	// Tag is the BCP 47 tag stored in the settings ("en", "nl", "ja").
	Tag string
	// Name is the language's name in itself ("Nederlands").
	Name string
}

// Languages returns the languages Liftoff has translations for, English
// first.
func Languages() []Language {
	return []Language{{"en", "English"}, {"nl", "Nederlands"}, {"ja", "日本語"}}
}

// RegisterTranslations adds Liftoff's bundles to Fyne's lang package, so
// that lang.L and lang.X find them too. Call it once, before Build.
func RegisterTranslations() error {
	if err := lang.AddTranslationsFS(translationFiles, translationDir); err != nil {
		return fmt.Errorf("register translations: %w", err)
	}
	return nil
}

// message is the text of one key: a text per CLDR plural category
// ("one", "few", "other"...) for a key that counts something, else only
// the "other" text.
type message map[string]string

// pluralOther is the plural category every message has.
const pluralOther = "other"

// pluralCategories are the CLDR plural categories a bundle may name.
func pluralCategories() []string { return []string{"zero", "one", "two", "few", "many", pluralOther} }

// translator looks up the text of a key in one language, falling back to
// English and then to the key itself.
type translator struct {
	language string
	tag      language.Tag
	messages map[string]message
	fallback map[string]message
}

// newTranslator returns a translator for language (a BCP 47 tag such as
// "nl" or "nl-BE"); an unknown or empty language gives English.
func newTranslator(requested string) (*translator, error) {
	bundles, err := loadBundles(translationFiles)
	if err != nil {
		return nil, err
	}
	base := strings.ToLower(requested)
	if i := strings.IndexAny(base, "-_."); i >= 0 {
		base = base[:i]
	}
	if _, ok := bundles[base]; !ok {
		base = fallbackLanguage
	}
	return &translator{language: base, tag: language.Make(base), messages: bundles[base], fallback: bundles[fallbackLanguage]}, nil
}

// tr returns the text of key, formatted with args as fmt.Sprintf does
// when any are given.
func (t *translator) tr(key string, args ...any) string {
	m, _, ok := t.message(key)
	if !ok {
		return key
	}
	return formatText(m[pluralOther], args)
}

// trCount returns the text of key for a count of n, in the plural form
// the language uses for n ("1 day", "3 days"; one form in Japanese),
// formatted with args as fmt.Sprintf does. The count is not added to
// args: pass it where the text shows it. A key only the English bundle
// has takes the English form.
func (t *translator) trCount(key string, n int, args ...any) string {
	m, tag, ok := t.message(key)
	if !ok {
		return key
	}
	text, ok := m[pluralCategory(tag, n)]
	if !ok {
		text = m[pluralOther]
	}
	return formatText(text, args)
}

// plannerKeyPrefix starts the key of a sentence of planner in the
// bundles: the prefix, then the sentence's English format, such as
// "planner: Included in %s".
const plannerKeyPrefix = "planner: "

// sentence returns the planner sentence t in the translator's language:
// the translation of its format with its arguments, or the English
// sentence when no bundle has the format.
func (t *translator) sentence(s planner.Text) string {
	m, _, ok := t.message(plannerKeyPrefix + s.Format)
	if !ok {
		return s.String()
	}
	args := make([]any, len(s.Args))
	for i, a := range s.Args {
		switch v := a.(type) {
		case planner.Text:
			a = t.sentence(v)
		case planner.WeekdayDate:
			a = t.weekdayDate(planner.Date(v))
		case planner.Minutes:
			a = t.minutes(int(v))
		case planner.Days:
			a = t.trCount("unit.days", int(v), int(v))
		case planner.BusinessDays:
			a = t.trCount("unit.businessDays", int(v), int(v))
		}
		args[i] = a
	}
	return formatText(m[pluralOther], args)
}

// minutes returns a length of time in the translator's language ("1 hour
// 30 minutes", "1 uur 30 minuten", "1時間30分").
func (t *translator) minutes(n int) string {
	h, m := n/60, n%60
	switch {
	case h == 0:
		return t.trCount("unit.minutes", m, m)
	case m == 0:
		return t.trCount("unit.hours", h, h)
	}
	return t.tr("unit.hoursMinutes", t.trCount("unit.hours", h, h), t.trCount("unit.minutes", m, m))
}

// weekdayName returns the short name of weekday w in the translator's
// language ("Thu", "do", "木").
func (t *translator) weekdayName(w time.Weekday) string {
	return t.tr(fmt.Sprintf("weekday.short.%d", w))
}

// weekdayDate returns day d with its weekday in the translator's language
// ("Sat 2027-01-16", "za 2027-01-16", "2027-01-16（土）").
func (t *translator) weekdayDate(d planner.Date) string {
	return t.tr("date.weekdayDate", t.weekdayName(d.Weekday()), d.String())
}

// message returns the message of key in the translator's language, else
// in English, with the language it is written in.
func (t *translator) message(key string) (message, language.Tag, bool) {
	if m, ok := t.messages[key]; ok {
		return m, t.tag, true
	}
	m, ok := t.fallback[key]
	return m, language.English, ok
}

// lookup returns the text of key in the translator's language, else in
// English, and reports whether either has it.
func (t *translator) lookup(key string) (string, bool) {
	m, _, ok := t.message(key)
	return m[pluralOther], ok
}

// formatText formats text with args as fmt.Sprintf does, or returns it as
// it is when there are none.
func formatText(text string, args []any) string {
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, args...)
}

// pluralCategory returns the CLDR plural category of the whole number n
// in language tag.
func pluralCategory(tag language.Tag, n int) string {
	// CLDR rules look at the last digits; a sign does not change the form.
	n %= 10_000_000
	if n < 0 {
		n = -n
	}
	switch plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0) {
	case plural.Zero:
		return "zero"
	case plural.One:
		return "one"
	case plural.Two:
		return "two"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	}
	return pluralOther
}

// loadBundles reads every bundle of fsys and merges those of one language:
// the result maps a language tag to its keys and messages.
func loadBundles(fsys fs.FS) (map[string]map[string]message, error) {
	entries, err := fs.ReadDir(fsys, translationDir)
	if err != nil {
		return nil, fmt.Errorf("read translations: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	out := map[string]map[string]message{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		parts := strings.Split(strings.TrimSuffix(name, ".json"), ".")
		tag := parts[len(parts)-1]
		data, err := fs.ReadFile(fsys, path.Join(translationDir, name))
		if err != nil {
			return nil, fmt.Errorf("read translations %s: %w", name, err)
		}
		messages, err := decodeBundle(data)
		if err != nil {
			return nil, fmt.Errorf("translations %s: %w", name, err)
		}
		if out[tag] == nil {
			out[tag] = map[string]message{}
		}
		for k, v := range messages {
			if _, dup := out[tag][k]; dup {
				return nil, fmt.Errorf("translations %s: key %q is also in another %s bundle", name, k, tag)
			}
			out[tag][k] = v
		}
	}
	if out[fallbackLanguage] == nil {
		return nil, fmt.Errorf("translations: no %s bundle", fallbackLanguage)
	}
	return out, nil
}

// decodeBundle reads one bundle: an object whose values are texts, or
// objects with a text per plural category, as go-i18n writes them
// ({"one": "%d day", "other": "%d days"}); the "other" text is required
// (it may be empty, as a plain text may).
func decodeBundle(data []byte) (map[string]message, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("want an object of keys and texts: %w", err)
	}
	out := make(map[string]message, len(raw))
	for k, v := range raw {
		var text string
		if err := json.Unmarshal(v, &text); err == nil {
			out[k] = message{pluralOther: text}
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			return nil, fmt.Errorf("key %q: want a text or an object of plural forms with an \"other\" text", k)
		}
		for category := range forms {
			if !slices.Contains(pluralCategories(), category) {
				return nil, fmt.Errorf("key %q: unknown plural form %q (want one of %s)", k, category, strings.Join(pluralCategories(), ", "))
			}
		}
		if _, ok := forms[pluralOther]; !ok {
			return nil, fmt.Errorf("key %q: the plural forms lack the \"other\" text", k)
		}
		out[k] = message(forms)
	}
	return out, nil
}

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
