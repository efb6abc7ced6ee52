package l10n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
)

// translationFiles holds the JSON bundles of the window, the documents and
// the command line: "en.json", "nl.json", "ja.json" and bundles with a
// prefix such as "document.nl.json". The last dot-separated part of a name
// before ".json" is the language.
//
//go:embed translations/*.json
var translationFiles embed.FS

// translationDir is the folder of translationFiles.
const translationDir = "translations"

// Files returns the embedded bundles and the folder inside them that holds
// the JSON files, as fyne.io/fyne/v2/lang.AddTranslationsFS takes them.
func Files() (embed.FS, string) { return translationFiles, translationDir }

// message is the text of one key: a text per CLDR plural category
// ("one", "few", "other"...) for a key that counts something, else only
// the "other" text.
type message map[string]string

// pluralOther is the plural category every message has.
const pluralOther = "other"

// pluralCategories are the CLDR plural categories a bundle may name.
func pluralCategories() []string { return []string{"zero", "one", "two", "few", "many", pluralOther} }

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
