package app

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
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

// translator looks up the text of a key in one language, falling back to
// English and then to the key itself.
type translator struct {
	language string
	messages map[string]string
	fallback map[string]string
}

// newTranslator returns a translator for language (a BCP 47 tag such as
// "nl" or "nl-BE"); an unknown or empty language gives English.
func newTranslator(language string) (*translator, error) {
	bundles, err := loadBundles(translationFiles)
	if err != nil {
		return nil, err
	}
	base := strings.ToLower(language)
	if i := strings.IndexAny(base, "-_."); i >= 0 {
		base = base[:i]
	}
	if _, ok := bundles[base]; !ok {
		base = fallbackLanguage
	}
	return &translator{language: base, messages: bundles[base], fallback: bundles[fallbackLanguage]}, nil
}

// tr returns the text of key, formatted with args as fmt.Sprintf does
// when any are given.
func (t *translator) tr(key string, args ...any) string {
	text, ok := t.messages[key]
	if !ok {
		text, ok = t.fallback[key]
	}
	if !ok {
		text = key
	}
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, args...)
}

// loadBundles reads every bundle of fsys and merges those of one language:
// the result maps a language tag to its keys and texts.
func loadBundles(fsys fs.FS) (map[string]map[string]string, error) {
	entries, err := fs.ReadDir(fsys, translationDir)
	if err != nil {
		return nil, fmt.Errorf("read translations: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	out := map[string]map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		parts := strings.Split(strings.TrimSuffix(name, ".json"), ".")
		language := parts[len(parts)-1]
		data, err := fs.ReadFile(fsys, path.Join(translationDir, name))
		if err != nil {
			return nil, fmt.Errorf("read translations %s: %w", name, err)
		}
		messages, err := decodeBundle(data)
		if err != nil {
			return nil, fmt.Errorf("translations %s: %w", name, err)
		}
		if out[language] == nil {
			out[language] = map[string]string{}
		}
		for k, v := range messages {
			if _, dup := out[language][k]; dup {
				return nil, fmt.Errorf("translations %s: key %q is also in another %s bundle", name, k, language)
			}
			out[language][k] = v
		}
	}
	if out[fallbackLanguage] == nil {
		return nil, fmt.Errorf("translations: no %s bundle", fallbackLanguage)
	}
	return out, nil
}

// decodeBundle reads one bundle: an object whose values are texts, or
// objects with an "other" text as go-i18n writes them.
func decodeBundle(data []byte) (map[string]string, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("want an object of keys and texts: %w", err)
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		var text string
		if err := json.Unmarshal(v, &text); err == nil {
			out[k] = text
			continue
		}
		var plural struct {
			Other string `json:"other"`
		}
		if err := json.Unmarshal(v, &plural); err != nil || plural.Other == "" {
			return nil, fmt.Errorf("key %q: want a text or an object with an \"other\" text", k)
		}
		out[k] = plural.Other
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
