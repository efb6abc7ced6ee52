package catalog

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// translationFiles are the message tables of the catalog's texts, one per
// language: translations/<language>.json.
//
//go:embed translations/*.json
var translationFiles embed.FS

// translationFile is the JSON form of a message table: the language it
// translates into and, for each English text of the catalog, its
// translation.
type translationFile struct {
	// Language is the language tag the texts are in ("nl").
	Language string `json:"language"`
	// Texts maps the exact English text to its translation.
	Texts map[string]string `json:"texts"`
}

// The formats buildIndex gives the items of the kinds whose entries have
// none of their own; In translates them like the catalog's texts.
const (
	formatField      = "on-site or remote field activity"
	formatProactive  = "proactive service"
	formatTouchpoint = "touchpoint"
)

// textFields returns the JSON paths of the texts of a Catalog that In
// translates, every list index written as "[]" and every map value as
// "{}". Names of products (solutions, tiers), region names, IDs, sources,
// categories, time zones and other enumerations are not among them.
func textFields() map[string]bool {
	paths := []string{
		"notice",
		"tiers[].summary", "tiers[].successTeam[]", "tiers[].channels[]",
		"comparison[].topic", "comparison[].values{}",
		"addons[].name", "addons[].description",
		"responseTables[].name", "responseTables[].note",
		"regions[].note", "regions[].languages[].rule",
		"followUp.reopenVia", "followUp.note",
		"phases[].name", "phases[].activities[]", "phases[].deliverable",
		"fieldActivities[].name", "fieldActivities[].purpose", "fieldActivities[].note",
		"proactiveActivities[].name", "proactiveActivities[].description", "proactiveActivities[].note",
		"touchpoints[].name", "touchpoints[].description",
		"accelerators[].name", "accelerators[].format", "accelerators[].description", "accelerators[].prerequisites[]",
	}
	set := make(map[string]bool, len(paths))
	for _, p := range paths {
		set[p] = true
	}
	return set
}

// TranslationLanguages returns the languages the catalog's texts can be
// shown in besides English (see In), sorted.
func TranslationLanguages() []string {
	entries, err := translationFiles.ReadDir("translations")
	if err != nil {
		return nil
	}
	var langs []string
	for _, e := range entries {
		if lang, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			langs = append(langs, lang)
		}
	}
	slices.Sort(langs)
	return langs
}

// hasTranslations reports whether a message table of language is built
// in.
func hasTranslations(language string) bool {
	if language == "" || language == "en" || strings.ContainsAny(language, `/\.`) {
		return false
	}
	_, err := fs.Stat(translationFiles, "translations/"+language+".json")
	return err == nil
}

// translationTable returns the built-in message table of language, which
// hasTranslations reports. A shipped table with mistakes panics: a test
// covers every one.
func translationTable(language string) map[string]string {
	data, err := translationFiles.ReadFile("translations/" + language + ".json")
	if err == nil {
		var texts map[string]string
		if texts, err = loadTranslations(data, language); err == nil {
			return texts
		}
	}
	panic(fmt.Sprintf("catalog: the built-in translations/%s.json is invalid:\n%v", language, err))
}

// loadTranslations reads a message table strictly, as Load reads a
// catalog file: well-formed JSON of the limits of a catalog file, every
// field known and present, every text held to the text rule. The table's
// language must be language, and no English text or translation may be
// empty. Mistakes give a *LoadError naming each field.
func loadTranslations(data []byte, language string) (map[string]string, error) {
	var probs problemList
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte-order mark some editors write
	f := &translationFile{}
	opts := strictjson.Options{RequireFields: true}
	if decodeFile(data, f, "translations", opts, &probs) {
		if f.Language != language {
			probs.add("language", fmt.Sprintf("is %q; want %q, the language of the file's name", f.Language, language))
		}
		keys := make([]string, 0, len(f.Texts))
		for k := range f.Texts {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			switch {
			case strings.TrimSpace(k) == "":
				probs.add(joinPath("texts", k), "the English text must not be empty")
			case strings.TrimSpace(f.Texts[k]) == "":
				probs.add(joinPath("texts", k), "the translation must not be empty")
			}
		}
	}
	if err := probs.err(); err != nil {
		return nil, err
	}
	return f.Texts, nil
}

// translations holds the translated edition sets of one edition set, one
// per language, each made when first asked for.
type translations struct {
	mu   sync.Mutex
	sets map[string]*editionSet
}

// In returns the catalog with its texts in language (a tag such as "nl"
// or "ja"): each text of textFields, the name and note of each edition
// and the note of each change, that the language's message table holds
// is replaced by its
// translation; a text the table lacks stays in English. Every ID, number,
// date, enumeration, product name and region name stays as it is. The
// table is keyed by the exact English text, so an organisation's own
// catalog stays in its own words except where a text matches one of the
// built-in catalog.
//
// The editions of the result are translated too: In(language).InForce(day)
// is the translation of InForce(day). "en", "" or a language without a
// table returns c (or, called on a translation, the English catalog it
// was made from). The translation of each language is made once per
// catalog file and shared; the result is safe for concurrent readers and
// must not be modified. A Catalog built by hand, without Load, is
// translated anew on each call. In of nil is nil.
func (c *Catalog) In(language string) *Catalog {
	if c == nil {
		return nil
	}
	base := c.English()
	if !hasTranslations(language) {
		return base
	}
	if base.editions == nil {
		return translateCatalog(base, translationTable(language))
	}
	set := base.editions.translation(language)
	if base.editions.catalogs[base.pos] != base {
		// A copy of an edition's Catalog made and changed after Load:
		// translate it alone, its editions still those of the file.
		t := translateCatalog(base, translationTable(language))
		t.editions, t.pos = set, base.pos
		return t
	}
	return set.catalogs[base.pos]
}

// English returns the catalog a translation was made from (see In), the
// same edition in English; on a catalog that is no translation it returns
// c. Code that recognises catalog texts by their English words reads them
// here.
func (c *Catalog) English() *Catalog {
	if c != nil && c.english != nil {
		return c.english
	}
	return c
}

// translation returns the edition set s translated into language (which
// has a built-in table), made on the first call for the language.
func (s *editionSet) translation(language string) *editionSet {
	s.langs.mu.Lock()
	defer s.langs.mu.Unlock()
	if t, ok := s.langs.sets[language]; ok {
		return t
	}
	t := s.translated(translationTable(language))
	if s.langs.sets == nil {
		s.langs.sets = map[string]*editionSet{}
	}
	s.langs.sets[language] = t
	return t
}

// translated returns a new edition set: s with its texts, the names and
// notes of its editions and the notes of their changes translated with
// texts.
func (s *editionSet) translated(texts map[string]string) *editionSet {
	tr := translator(texts)
	t := &editionSet{}
	for _, e := range s.editions {
		e.Name = tr(e.Name)
		e.Note = tr(e.Note)
		e.Changes = slices.Clone(e.Changes)
		for i := range e.Changes {
			e.Changes[i].Note = tr(e.Changes[i].Note)
		}
		t.editions = append(t.editions, e)
	}
	for _, c := range s.catalogs {
		t.catalogs = append(t.catalogs, translateCatalog(c, texts))
	}
	t.seal()
	return t
}

// translator returns the function that translates one text with texts:
// its translation, or the text itself.
func translator(texts map[string]string) func(string) string {
	return func(s string) string {
		if t, ok := texts[s]; ok && s != "" {
			return t
		}
		return s
	}
}

// translateCatalog returns a deep copy of c, indexed, whose texts (see
// textFields) are translated with texts; its editions are for the caller
// to set.
func translateCatalog(c *Catalog, texts map[string]string) *Catalog {
	tr := translator(texts)
	t := mapTexts(c, tr)
	t.english = c
	t.buildIndex()
	for i, it := range t.idx.itemList {
		if it.Kind == KindField || it.Kind == KindProactive || it.Kind == KindTouchpoint {
			t.idx.itemList[i].Format = tr(it.Format)
		}
	}
	return t
}

// mapTexts returns a deep copy of c, without index or editions, with f
// applied to each of its texts (see textFields).
func mapTexts(c *Catalog, f func(string) string) *Catalog {
	v := copyTexts(reflect.ValueOf(*c), "", textFields(), f)
	t := v.Addr().Interface().(*Catalog)
	t.idx, t.editions, t.pos, t.english = nil, nil, 0, nil
	return t
}

// copyTexts returns a deep copy of v, at JSON path path (list indexes as
// "[]", map values as "{}"), applying f to every string whose path is in
// texts. The result is addressable.
func copyTexts(v reflect.Value, path string, texts map[string]bool, f func(string) string) reflect.Value {
	out := reflect.New(v.Type()).Elem()
	switch v.Kind() {
	case reflect.String:
		if texts[path] {
			out.SetString(f(v.String()))
		} else {
			out.Set(v)
		}
	case reflect.Struct:
		out.Set(v) // unexported fields as they are; the caller resets them
		t := v.Type()
		for i := range t.NumField() {
			fld := t.Field(i)
			if !fld.IsExported() {
				continue
			}
			p := path
			if !fld.Anonymous || fld.Tag.Get("json") != "" {
				name := jsonName(fld)
				if name == "" {
					continue // not in the file (Origin): copied as it is
				}
				p = joinField(path, name)
			}
			out.Field(i).Set(copyTexts(v.Field(i), p, texts, f))
		}
	case reflect.Slice:
		if v.IsNil() {
			return out
		}
		out.Set(reflect.MakeSlice(v.Type(), v.Len(), v.Len()))
		for i := range v.Len() {
			out.Index(i).Set(copyTexts(v.Index(i), path+"[]", texts, f))
		}
	case reflect.Map:
		if v.IsNil() {
			return out
		}
		out.Set(reflect.MakeMapWithSize(v.Type(), v.Len()))
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		for _, k := range keys { // in order, so that f sees the texts in the same order each time
			out.SetMapIndex(k, copyTexts(v.MapIndex(k), path+"{}", texts, f))
		}
	default:
		out.Set(v)
	}
	return out
}

// joinField appends a field name to a path of textFields.
func joinField(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}
