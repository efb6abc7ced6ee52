package catalog

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// textsOf returns every text In translates in c (see textFields), in
// the order of the file, each once.
func textsOf(c *Catalog) []string {
	var out []string
	mapTexts(c, func(s string) string {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
		return s
	})
	return out
}

// fileTexts returns every text of every edition of c's file that a
// message table may translate: the offer's texts, the names and notes of
// the editions, the notes of their changes, and the formats of the items that have
// none of their own.
func fileTexts(c *Catalog) []string {
	out := []string{formatField, formatProactive, formatTouchpoint}
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, ed := range c.Editions() {
		for _, s := range textsOf(c.InForce(ed.Effective)) {
			add(s)
		}
		add(ed.Name)
		add(ed.Note)
		for _, ch := range ed.Changes {
			add(ch.Note)
		}
	}
	return out
}

// fullTable returns a message table that translates every text of c's
// file into the text in guillemets.
func fullTable(c *Catalog) map[string]string {
	table := map[string]string{}
	for _, s := range fileTexts(c) {
		table[s] = "«" + s + "»"
	}
	return table
}

// blanked returns c with every text empty, for comparing the rest.
func blanked(c *Catalog) *Catalog {
	return mapTexts(c, func(string) string { return "" })
}

// TestTextFieldsExist checks that every path of textFields names a text
// field of Catalog, so that a renamed field cannot leave its texts in
// English unnoticed.
func TestTextFieldsExist(t *testing.T) {
	found := map[string]bool{}
	var walk func(typ reflect.Type, path string)
	walk = func(typ reflect.Type, path string) {
		switch typ.Kind() {
		case reflect.String:
			found[path] = true
		case reflect.Slice:
			walk(typ.Elem(), path+"[]")
		case reflect.Map:
			walk(typ.Elem(), path+"{}")
		case reflect.Struct:
			for i := range typ.NumField() {
				f := typ.Field(i)
				if name := jsonName(f); f.IsExported() && name != "" {
					walk(f.Type, joinField(path, name))
				}
			}
		}
	}
	walk(reflect.TypeFor[Catalog](), "")
	for p := range textFields() {
		if !found[p] {
			t.Errorf("textFields names %q, which is no text field of a Catalog", p)
		}
	}
	for _, p := range []string{"solutions[].name", "tiers[].name", "regions[].name", "accelerators[].category", "regions[].timeZone", "addons[].id"} {
		if textFields()[p] {
			t.Errorf("textFields names %q, which must stay as it is", p)
		}
	}
}

// TestTranslateKeepsAllButTexts translates every text of every edition
// and checks that each text changed and nothing else did: the catalogs
// compared with their texts blanked, field by field by reflection, so
// that a field added later is covered.
func TestTranslateKeepsAllButTexts(t *testing.T) {
	c := Default()
	set := c.editions.translated(fullTable(c))
	for k, en := range c.editions.catalogs {
		tr := set.catalogs[k]
		if !reflect.DeepEqual(blanked(en), blanked(tr)) {
			t.Errorf("edition %d: the translation changed more than the texts", k)
		}
		for _, s := range textsOf(tr) {
			if !strings.HasPrefix(s, "«") {
				t.Errorf("edition %d: %q is not translated", k, s)
			}
		}
		if !reflect.DeepEqual(en.Solutions, tr.Solutions) || en.Origin != tr.Origin || en.Version != tr.Version {
			t.Errorf("edition %d: solutions, origin or version changed", k)
		}
		// The index works on the copy.
		for _, it := range en.Items() {
			got, ok := tr.Item(it.ID)
			if !ok || got.Name != "«"+it.Name+"»" || got.Format != "«"+it.Format+"»" && it.Format != "" {
				t.Errorf("edition %d: item %s is %q (%q) in the translation", k, it.ID, got.Name, got.Format)
			}
		}
		for _, tier := range en.Tiers {
			got, ok := tr.Tier(tier.ID)
			if !ok || got.Name != tier.Name || got.Summary != "«"+tier.Summary+"»" {
				t.Errorf("edition %d: tier %s is %q, %q in the translation", k, tier.ID, got.Name, got.Summary)
			}
		}
	}
	// The English catalog is untouched.
	if reflect.DeepEqual(textsOf(Default()), textsOf(c)) == false {
		t.Error("translating changed the English catalog")
	}
}

// TestTranslatedEditions checks that the editions of a translation are
// translated: each reached through InForce, the names and notes of the
// editions and the notes of their changes, every other field of an
// edition as it was.
func TestTranslatedEditions(t *testing.T) {
	c := Default()
	set := c.editions.translated(fullTable(c))
	tr := set.catalogs[len(set.catalogs)-1]
	eds := c.Editions()
	if len(eds) < 2 {
		t.Fatal("the shipped catalog has one edition; the test needs several")
	}
	for k, ed := range eds {
		got := tr.InForce(ed.Effective)
		if got != set.catalogs[k] {
			t.Fatalf("InForce(%s) of the translation is not the translated edition %d", ed.Effective, k)
		}
		if got.Notice != "«"+c.InForce(ed.Effective).Notice+"»" {
			t.Errorf("edition %d: notice %q", k, got.Notice)
		}
		ted := got.Edition()
		if ed.Note != "" && ted.Note != "«"+ed.Note+"»" {
			t.Errorf("edition %d: note %q", k, ted.Note)
		}
		if ted.Name != "«"+ed.Name+"»" {
			t.Errorf("edition %d: name %q", k, ted.Name)
		}
		if ted.Effective != ed.Effective || ted.Source != ed.Source || len(ted.Changes) != len(ed.Changes) {
			t.Errorf("edition %d: %+v changed beyond its name and notes", k, ted)
			continue
		}
		for i, ch := range ed.Changes {
			tch := ted.Changes[i]
			if ch.Note != "" && tch.Note != "«"+ch.Note+"»" {
				t.Errorf("edition %d change %d: note %q", k, i, tch.Note)
			}
			tch.Note = ch.Note
			if !reflect.DeepEqual(tch, ch) {
				t.Errorf("edition %d change %d: %+v changed beyond its note", k, i, tch)
			}
		}
	}
	if eds[1].Changes[0].Note == set.editions[1].Changes[0].Note && eds[1].Changes[0].Note != "" {
		t.Error("the English editions' notes were translated in place")
	}
}

// TestIn checks the shipped tables through In: a text with an entry is
// translated, one without stays English, English and unknown languages
// give the catalog itself, each language is made once and the editions
// follow.
func TestIn(t *testing.T) {
	c := Default()
	for _, lang := range []string{"", "en", "xx", "../catalog", "nl/"} {
		if c.In(lang) != c {
			t.Errorf("In(%q) is not the catalog itself", lang)
		}
	}
	nl := c.In("nl")
	if nl == c || c.In("nl") != nl {
		t.Fatal(`In("nl") is not one translated catalog made once`)
	}
	if nl.English() != c || c.English() != c {
		t.Error("English does not lead from a translation to the catalog it was made from")
	}
	if nl.In("en") != c || nl.In("nl") != nl || nl.In("ja") != c.In("ja") {
		t.Error("In on a translation does not start from the English catalog")
	}
	if it, _ := nl.Item("touchpoint-status-call"); it.Name != "Statusgesprek" {
		t.Errorf("the status call is %q in Dutch", it.Name)
	}
	if it, _ := c.Item("touchpoint-status-call"); it.Name != "Status call" {
		t.Errorf("the English status call is %q", it.Name)
	}
	table := translationTable("nl")
	for _, it := range c.Items() {
		if _, ok := table[it.Name]; ok {
			continue
		}
		if got, _ := nl.Item(it.ID); got.Name != it.Name {
			t.Errorf("%s has no Dutch entry but reads %q, not %q", it.ID, got.Name, it.Name)
		}
	}
	for _, ed := range c.Editions() {
		got := nl.InForce(ed.Effective)
		if got != c.InForce(ed.Effective).In("nl") {
			t.Errorf("the Dutch edition in force on %s is not the translation of the English one", ed.Effective)
		}
		if ph, _ := got.Phase(Define); ph.Name != "Definiëren" {
			t.Errorf("edition of %s: the define phase is %q in Dutch", ed.Effective, ph.Name)
		}
	}
	if nl.Origin != c.Origin {
		t.Errorf("the translation's origin is %q, not %q", nl.Origin, c.Origin)
	}
	// How a closed case is reopened is a text like the follow-up note.
	for _, lang := range []string{"nl", "ja"} {
		for _, ed := range c.Editions() {
			en, got := c.InForce(ed.Effective).FollowUp.ReopenVia, c.In(lang).InForce(ed.Effective).FollowUp.ReopenVia
			if en != "" && got == en {
				t.Errorf("edition of %s: how a closed case is reopened is in English in %s: %q", ed.Effective, lang, got)
			}
		}
	}
}

// TestInChangedCopyAndHandBuilt checks In on a Catalog changed after Load
// and on one built by hand.
func TestInChangedCopyAndHandBuilt(t *testing.T) {
	c := Default()
	cp := *c
	cp.Touchpoints = slices.Clone(c.Touchpoints)
	cp.Touchpoints = append(cp.Touchpoints, Touchpoint{ID: "own", Name: "Status call", Description: "d", Hours: 1, Source: SourceLiftoff})
	cp.idx = nil
	if it, _ := cp.In("nl").Item("own"); it.Name != "Statusgesprek" {
		t.Errorf("a changed copy's own touchpoint reads %q in Dutch", it.Name)
	}
	hand := &Catalog{Touchpoints: []Touchpoint{{ID: "t", Name: "Status call"}}}
	if it, _ := hand.In("ja").Item("t"); it.Name != "ステータス会議" {
		t.Errorf("a hand-built catalog's touchpoint reads %q in Japanese", it.Name)
	}
	if hand.Touchpoints[0].Name != "Status call" {
		t.Error("In changed the hand-built catalog")
	}
	// The translation leads back to the catalog it was made from.
	if got := cp.In("nl").English(); got != &cp {
		t.Error("a changed copy's translation does not lead back to the copy")
	}
	if got := cp.In("nl").In("ja"); got.English() != &cp {
		t.Error("translating a changed copy's translation again loses the copy")
	}
	if got := hand.In("ja").English(); got != hand {
		t.Error("a hand-built catalog's translation does not lead back to it")
	}
}

// TestInConcurrent calls In from many goroutines at once (run with
// -race): each gets the same translation.
func TestInConcurrent(t *testing.T) {
	c := Default()
	var wg sync.WaitGroup
	got := make([]*Catalog, 16)
	for i := range got {
		wg.Go(func() {
			lang := []string{"nl", "ja"}[i%2]
			got[i] = c.InForce(Date{Year: 2025, Month: 3, Day: 1}).In(lang)
			_ = got[i].Items()
		})
	}
	wg.Wait()
	for i := range got {
		if got[i] != got[i%2] {
			t.Fatalf("goroutine %d got another translation", i)
		}
	}
}

// TestShippedTranslationsLoad checks that each built-in table loads under
// the strict rules, in the language of its file's name.
func TestShippedTranslationsLoad(t *testing.T) {
	langs := TranslationLanguages()
	if !slices.Equal(langs, []string{"ja", "nl"}) {
		t.Errorf("built-in tables %v, want ja and nl", langs)
	}
	for _, lang := range langs {
		data, err := translationFiles.ReadFile("translations/" + lang + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := loadTranslations(data, lang); err != nil {
			t.Errorf("translations/%s.json:\n%v", lang, err)
		}
	}
}

// TestLoadTranslationsStrict checks that a table with a mistake is refused
// with the field named.
func TestLoadTranslationsStrict(t *testing.T) {
	for _, tc := range []struct{ name, file, want string }{
		{"not JSON", `{"language": "nl", "texts": {`, "line 1"},
		{"not an object", `["nl"]`, "want"},
		{"unknown field", `{"language": "nl", "texts": {}, "notes": 1}`, "notes: unknown field"},
		{"missing texts", `{"language": "nl"}`, "texts: required field is missing"},
		{"missing language", `{"texts": {"a": "b"}}`, "language: required field is missing"},
		{"text not a string", `{"language": "nl", "texts": {"Status call": 3}}`, `texts["Status call"]: `},
		{"other language", `{"language": "ja", "texts": {}}`, `language: is "ja"; want "nl"`},
		{"empty translation", `{"language": "nl", "texts": {"Status call": " "}}`, `texts["Status call"]: the translation must not be empty`},
		{"empty English", `{"language": "nl", "texts": {"": "x"}}`, `the English text must not be empty`},
		{"bidi control", `{"language": "nl", "texts": {"Status call": "Status\u202egesprek"}}`, `texts["Status call"]: has a bidi control character (U+202E)`},
		{"invisible in key", `{"language": "nl", "texts": {"Status\u200bcall": "x"}}`, `the key has an invisible character (U+200B)`},
		{"duplicate", `{"language": "nl", "texts": {"a": "b", "a": "c"}}`, `texts.a`},
		{"not UTF-8", "{\"language\": \"nl\", \"texts\": {\"a\": \"\xff\"}}", `texts.a: is not valid UTF-8`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadTranslations([]byte(tc.file), "nl")
			if err == nil {
				t.Fatalf("loaded; want an error with %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q; want it to say %q", err, tc.want)
			}
		})
	}
	texts, err := loadTranslations([]byte("\uFEFF"+`{"language": "nl", "texts": {"Status call": "Statusgesprek"}}`), "nl")
	if err != nil || texts["Status call"] != "Statusgesprek" {
		t.Errorf("a good table: %v, %v", texts, err)
	}
}

// FuzzLoadTranslations checks that no table makes loadTranslations
// panic, and that a table it accepts holds only non-empty texts that
// pass the text rule.
func FuzzLoadTranslations(f *testing.F) {
	for _, lang := range TranslationLanguages() {
		data, _ := translationFiles.ReadFile("translations/" + lang + ".json")
		f.Add(data)
	}
	f.Add([]byte(`{"language": "nl", "texts": {"a": "b"}}`))
	f.Add([]byte(`{"language": "nl", "texts": {"a": "\u202e"}, "x": 1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		texts, err := loadTranslations(data, "nl")
		if err != nil {
			return
		}
		for k, v := range texts {
			if strings.TrimSpace(k) == "" || strings.TrimSpace(v) == "" || textFault(k) != "" || textFault(v) != "" {
				t.Fatalf("accepted %q: %q", k, v)
			}
		}
	})
}

// TestTranslationsComplete lists every text of the shipped catalog (all
// editions) that a built-in table lacks, and every entry of a table that
// no edition uses any more. The missing texts are printed as a JSON list,
// to be added to the table.
func TestTranslationsComplete(t *testing.T) {
	c := Default()
	all := fileTexts(c)
	var report []string
	for _, lang := range TranslationLanguages() {
		table := translationTable(lang)
		var missing, stale []string
		for _, s := range all {
			if _, ok := table[s]; !ok {
				missing = append(missing, s)
			}
		}
		for k := range table {
			if !slices.Contains(all, k) {
				stale = append(stale, k)
			}
		}
		slices.Sort(stale)
		if len(missing) > 0 {
			b, _ := json.MarshalIndent(missing, "", "  ")
			report = append(report, "translations/"+lang+".json lacks "+itoa(len(missing))+" of "+itoa(len(all))+" texts:\n"+string(b))
		}
		if len(stale) > 0 {
			b, _ := json.MarshalIndent(stale, "", "  ")
			report = append(report, "translations/"+lang+".json has entries no edition uses:\n"+string(b))
		}
	}
	if len(report) == 0 {
		return
	}
	msg := strings.Join(report, "\n")
	t.Error(msg)
}

// itoa formats n.
func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
