package l10n

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// bundlesForTest reads the embedded bundles.
func bundlesForTest(t *testing.T) map[string]map[string]message {
	t.Helper()
	b, err := loadBundles(translationFiles)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTranslationsAreComplete checks that every language has exactly the
// keys of English: a missing key would show English amid the translation.
func TestTranslationsAreComplete(t *testing.T) {
	b := bundlesForTest(t)
	en := b["en"]
	for _, lang := range []string{"nl", "ja"} {
		msgs := b[lang]
		if msgs == nil {
			t.Errorf("no %s bundle", lang)
			continue
		}
		for _, k := range slices.Sorted(maps.Keys(en)) {
			if _, ok := msgs[k]; !ok {
				t.Errorf("%s lacks %q (en: %q)", lang, k, en[k])
			}
		}
		for _, k := range slices.Sorted(maps.Keys(msgs)) {
			if _, ok := en[k]; !ok {
				t.Errorf("%s has %q, which en lacks", lang, k)
			}
		}
	}
}

// fmtVerb matches a fmt verb such as %s, %.1f or %[2]d, or a %%.
var fmtVerb = regexp.MustCompile(`%(?:%|[-+# 0]*(?:\[(\d+)\])?\d*(?:\.\d*)?(?:\[(\d+)\])?[a-zA-Z])`)

// argIndex matches the explicit argument index of a fmt verb.
var argIndex = regexp.MustCompile(`\[\d+\]`)

// fmtArgs returns, sorted, which argument each fmt verb of text formats and
// how ("2:%d" for %[2]d), following fmt's rules for explicit argument
// indexes; a % that starts no verb adds "%!".
func fmtArgs(text string) []string {
	var args []string
	next := 1
	for _, m := range fmtVerb.FindAllStringSubmatch(text, -1) {
		if m[0] == "%%" {
			continue
		}
		if i := cmp.Or(m[2], m[1]); i != "" {
			next, _ = strconv.Atoi(i)
		}
		args = append(args, fmt.Sprintf("%d:%s", next, argIndex.ReplaceAllString(m[0], "")))
		next++
	}
	if strings.Contains(fmtVerb.ReplaceAllString(text, ""), "%") {
		args = append(args, "%!")
	}
	slices.Sort(args)
	return args
}

func TestFmtArgs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"no verbs", nil},
		{"%s of %d", []string{"1:%s", "2:%d"}},
		{"%[2]d: %[1]s", []string{"1:%s", "2:%d"}},
		{"%[2]s %s %[1]d", []string{"1:%d", "2:%s", "3:%s"}},
		{"%.1f h, %d %%", []string{"1:%.1f", "2:%d"}},
		{"50% off", []string{"1:% o"}}, // a verb to fmt
		{"done: 100%", []string{"%!"}},
	}
	for _, tt := range tests {
		if got := fmtArgs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("fmtArgs(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTranslationsKeepTheFormatVerbs checks that every text of every
// language formats the same arguments with the same verbs as English; a
// translation may reorder them with explicit indexes such as %[2]s.
func TestTranslationsKeepTheFormatVerbs(t *testing.T) {
	b := bundlesForTest(t)
	for lang, msgs := range b {
		for k, m := range msgs {
			want := fmtArgs(b["en"][k][pluralOther])
			for category, text := range m {
				if got := fmtArgs(text); !slices.Equal(got, want) {
					t.Errorf("%s %q (%s) formats %q, en formats %q", lang, k, category, got, want)
				}
			}
		}
	}
}

func TestTranslatorFallsBack(t *testing.T) {
	tests := []struct {
		language, key, want string
	}{
		{"nl", "nav.settings", "Instellingen"},
		{"nl-BE", "nav.settings", "Instellingen"},
		{"ja", "nav.settings", "設定"},
		{"ja-JP", "customer.form.name.hint", "会社名"},
		{"fr", "nav.settings", "Settings"},
		{"", "nav.settings", "Settings"},
		{"en", "no.such.key", "no.such.key"},
	}
	for _, tt := range tests {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.T(tt.key); got != tt.want {
			t.Errorf("%s %q = %q, want %q", tt.language, tt.key, got, tt.want)
		}
	}
}

// TestTranslatorFallsBackForAMissingKey checks that a key a bundle lacks
// takes the English text, in the English plural form; every shipped
// bundle is complete, so the bundles here are made up.
func TestTranslatorFallsBackForAMissingKey(t *testing.T) {
	b, err := loadBundles(fstest.MapFS{
		"translations/en.json": {Data: []byte(`{"hello": "Hello", "left": {"one": "%d day left", "other": "%d days left"}}`)},
		"translations/ja.json": {Data: []byte(`{"hello": "こんにちは"}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	tr := newFrom(b, "ja")
	for _, tt := range []struct{ got, want string }{
		{tr.T("hello"), "こんにちは"},
		{tr.Count("left", 1, 1), "1 day left"},
		{tr.Count("left", 3, 3), "3 days left"},
		{tr.T("no.such.key"), "no.such.key"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestDecodeBundle(t *testing.T) {
	tests := []struct {
		in      string
		want    map[string]message
		wantErr string
	}{
		{`{"a": "A"}`, map[string]message{"a": {"other": "A"}}, ""},
		{`{"a": {"other": "A", "one": "one A"}}`, map[string]message{"a": {"other": "A", "one": "one A"}}, ""},
		{`{"a": 1}`, nil, `key "a": want a text`},
		{`{"a": {"one": "x"}}`, nil, `key "a": the plural forms lack the "other" text`},
		{`{"a": {"other": "x", "plural": "y"}}`, nil, `key "a": unknown plural form "plural"`},
		{`["a"]`, nil, "want an object"},
		{``, nil, "want an object"},
	}
	for _, tt := range tests {
		got, err := decodeBundle([]byte(tt.in))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("decodeBundle(%s): error %v, want one saying %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("decodeBundle(%s): %v", tt.in, err)
			continue
		}
		if !maps.EqualFunc(got, tt.want, maps.Equal) {
			t.Errorf("decodeBundle(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// codeDirs are the packages that show texts of the bundles.
func codeDirs() []string {
	return []string{".", "../../app", "../../export", "../../cmd/liftoffctl", "../../cmd/liftoff"}
}

// sourceFiles returns the Go files, tests left out, of every package of
// codeDirs.
func sourceFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, dir := range codeDirs() {
		found, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			if !strings.HasSuffix(f, "_test.go") {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		t.Fatal("found no Go files that show texts")
	}
	return files
}

// countedKeys returns the keys the code formats for a count (trCount in
// the window, Count elsewhere), with the file that uses each.
func countedKeys(t *testing.T) map[string]string {
	t.Helper()
	literal := regexp.MustCompile(`\.(?:trCount|Count)\("([^"]+)"`)
	files := sourceFiles(t)
	used := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if strings.HasSuffix(m[1], ".") { // a prefix completed at run time
				continue
			}
			used[m[1]] = f
		}
	}
	// Documents count things by the keys "doc.count.THING".
	b, err := bundles()
	if err != nil {
		t.Fatal(err)
	}
	for k := range b[fallbackLanguage] {
		if strings.HasPrefix(k, "doc.count.") && !strings.HasSuffix(k, ".none") {
			used[k] = "a document"
		}
	}
	return used
}

// TestTranslationsCountedKeysHavePluralForms checks that every text shown
// for a count has the singular and the plural in English and Dutch, and
// that no text says "(s)" or "(en)" instead.
func TestTranslationsCountedKeysHavePluralForms(t *testing.T) {
	b := bundlesForTest(t)
	used := countedKeys(t)
	if len(used) == 0 {
		t.Fatal("no code formats a text for a count")
	}
	for _, k := range slices.Sorted(maps.Keys(used)) {
		for _, lang := range []string{"en", "nl"} {
			m, ok := b[lang][k]
			if !ok {
				t.Errorf("%s uses %q for a count, which %s lacks", used[k], k, lang)
				continue
			}
			if m["one"] == "" || m[pluralOther] == "" {
				t.Errorf("%s %q: want a \"one\" and an \"other\" form, have %v", lang, k, m)
			}
			// Dutch may say both alike ("1 keer", "3 keer"); English never does.
			if lang == "en" && m["one"] == m[pluralOther] {
				t.Errorf("en %q: the \"one\" and \"other\" forms are the same: %q", k, m["one"])
			}
		}
	}
	awkward := regexp.MustCompile(`\w\((s|en|n)\)`)
	for lang, msgs := range b {
		for k, m := range msgs {
			for category, text := range m {
				if awkward.MatchString(text) {
					t.Errorf("%s %q (%s) = %q: use plural forms instead of %q", lang, k, category, text, awkward.FindString(text))
				}
			}
		}
	}
}

// TestTranslationsUseTheLanguagesPluralForms checks that a message names
// only plural forms its language has: Japanese has one form, so the ja
// bundle writes only "other".
func TestTranslationsUseTheLanguagesPluralForms(t *testing.T) {
	for lang, msgs := range bundlesForTest(t) {
		tag := language.Make(lang)
		has := map[string]bool{}
		for n := range 1000 {
			has[pluralCategory(tag, n)] = true
		}
		for k, m := range msgs {
			for category := range m {
				if !has[category] {
					t.Errorf("%s %q has a %q form, which %s does not use", lang, k, category, lang)
				}
			}
		}
	}
}

func TestTranslatorPluralForms(t *testing.T) {
	tests := []struct {
		language string
		n        int
		want     string
	}{
		{"en", 0, "0 days left"},
		{"en", 1, "1 day left"},
		{"en", 3, "3 days left"},
		{"nl", 1, "nog 1 dag"},
		{"nl", 5, "nog 5 dagen"},
		{"ja", 1, "残り1日"},
		{"ja", 5, "残り5日"},
		{"fr", 1, "1 day left"}, // no French bundle: English forms
	}
	for _, tt := range tests {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.Count("support.daysLeft", tt.n, tt.n); got != tt.want {
			t.Errorf("%s, %d: %q, want %q", tt.language, tt.n, got, tt.want)
		}
	}
}

// plannerFormats returns the English formats of the planner sentences
// that reach the window as planner.Text: the format of every Textf call
// and every problem added while validating, in the planner package.
func plannerFormats(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join("..", "..", "planner", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			// Textf(format, ...), and problems' add(field, format, ...).
			var arg ast.Expr
			switch fun := call.Fun.(type) {
			case *ast.Ident:
				if fun.Name == "Textf" {
					arg = call.Args[0]
				}
			case *ast.SelectorExpr:
				if fun.Sel.Name == "add" && len(call.Args) >= 2 && isProblems(fun.X) {
					arg = call.Args[1]
				}
			}
			if arg == nil {
				return true
			}
			lit, ok := arg.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: a planner sentence needs a literal format, so that it can be translated", fset.Position(call.Pos()))
				return true
			}
			format, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			seen[format] = true
			return true
		})
	}
	return slices.Sorted(maps.Keys(seen))
}

// isProblems reports whether x names a collection of validation problems
// in planner's code: p, or a parameter or field called problems.
func isProblems(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && (id.Name == "p" || id.Name == "problems" || id.Name == "ps")
}

// TestEveryPlannerSentenceHasAKey checks that the English bundle has a
// key for every planner sentence, and no other planner keys: the other
// languages must then translate each (TestTranslationsAreComplete).
func TestEveryPlannerSentenceHasAKey(t *testing.T) {
	formats := plannerFormats(t)
	if len(formats) < 10 {
		t.Fatalf("found %d planner formats; the scan of the planner package is broken", len(formats))
	}
	en := bundlesForTest(t)["en"]
	for _, f := range formats {
		m, ok := en[PlannerKeyPrefix+f]
		if !ok {
			t.Errorf("the English bundle lacks %q", PlannerKeyPrefix+f)
		} else if m[pluralOther] != f {
			t.Errorf("the English text of %q is %q, want the format itself", f, m[pluralOther])
		}
	}
	for k := range en {
		if strings.HasPrefix(k, PlannerKeyPrefix) && !slices.Contains(formats, strings.TrimPrefix(k, PlannerKeyPrefix)) {
			t.Errorf("the English bundle has %q, which planner no longer says", k)
		}
	}
}

func TestPlannerSentencesInEveryLanguage(t *testing.T) {
	saturday := planner.WeekdayDate(catalog.MustDate("2027-01-16"))
	tests := []struct {
		language string
		text     planner.Text
		want     string
	}{
		{"en", planner.Textf("%s is not a business day in %s", saturday, "EMEA"), "Sat 2027-01-16 is not a business day in EMEA"},
		{"nl", planner.Textf("%s is not a business day in %s", saturday, "EMEA"), "za 2027-01-16 is geen werkdag in EMEA"},
		{"ja", planner.Textf("%s is not a business day in %s", saturday, "EMEA"), "2027-01-16（土）は EMEA の営業日ではありません"},
		// Japanese puts the arguments in its own order.
		{"ja", planner.Textf("%s has %d of %d accelerators delivered, committed or proposed in the contract year %s..%s", "Acme", 7, 6, "2026-01-01", "2026-12-31"),
			"Acme は契約年度 2026-01-01..2026-12-31 のアクセラレーター 6 件のうち 7 件が提供済み・確定・提案中です"},
		// Lengths of time and counts of days in the language's words.
		{"en", planner.Textf("%s %s: %s within %s business hours (%s)", "Ultimate Success", catalog.P2, planner.Minutes(90), "EMEA", "09:00-17:00 Europe/London"),
			"Ultimate Success P2: 1 hour 30 minutes within EMEA business hours (09:00-17:00 Europe/London)"},
		{"nl", planner.Textf("%s %s: %s within %s business hours (%s)", "Ultimate Success", catalog.P2, planner.Minutes(90), "EMEA", "09:00-17:00 Europe/London"),
			"Ultimate Success P2: 1 uur 30 minuten binnen de kantooruren van EMEA (09:00-17:00 Europe/London)"},
		{"ja", planner.Textf("%s %s: %s within %s business hours (%s)", "Ultimate Success", catalog.P2, planner.Minutes(90), "EMEA", "09:00-17:00 Europe/London"),
			"Ultimate Success P2：EMEA の営業時間内で1時間30分（09:00-17:00 Europe/London）"},
		{"nl", planner.Textf("%s %s: %s in %s (%s)", "Expert Success", catalog.P4, planner.BusinessDays(1), "Japan", "09:00-17:00 Asia/Tokyo"),
			"Expert Success P4: 1 werkdag in Japan (09:00-17:00 Asia/Tokyo)"},
		// A sentence made of sentences translates each.
		{"nl", planner.Textf("%s; %s", planner.Textf("%s is not a business day in %s", saturday, "EMEA"), planner.Textf("the catalog has no item %q", "x")),
			`za 2027-01-16 is geen werkdag in EMEA; de catalogus kent geen item "x"`},
		// The window of an activity that found no day, with its bounds.
		{"nl", planner.Textf("no day is possible: it must be on or after %s (%s) and on or before %s (%s)",
			catalog.MustDate("2027-01-05"), planner.Textf("after the planned end of %s", "Design"),
			catalog.MustDate("2027-03-31"), planner.Textf("the end of %s", planner.Quarter{Year: 2027, Number: 1})),
			"geen dag mogelijk: het moet op of na 2027-01-05 (na het geplande einde van Design) en op of vóór 2027-03-31 (het einde van 2027Q1)"},
		// A sentence no bundle knows stays English.
		{"nl", planner.Textf("%s is new", "Something"), "Something is new"},
		// A title with quotes in it is quoted as it is written.
		{"nl", planner.Textf("open risk %q with high impact: likelihood %s, rated %s", `Go-live "Spring" date`, "laag", "Amber"),
			`open risico "Go-live "Spring" date" met hoge impact: waarschijnlijkheid laag, beoordeeld als Amber`},
		{"ja", planner.Textf("open risk %q with high impact: likelihood %s, rated %s", `移行 "A\B"`, "低", "Amber"),
			`影響度の高い未解決のリスク "移行 "A\B"" があります（発生可能性：低、評価：Amber）`},
	}
	for _, tt := range tests {
		t.Run(tt.language+" "+tt.text.Format, func(t *testing.T) {
			tr, err := New(tt.language)
			if err != nil {
				t.Fatal(err)
			}
			if got := tr.Sentence(tt.text); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDatesAndNumbersInTheLanguage(t *testing.T) {
	day := catalog.MustDate("2026-03-12")
	tests := []struct {
		language                          string
		date, dayMonth, long, num, amount string
	}{
		{"en", "12 Mar 2026", "12 Mar", "12 March 2026", "1,234.5", "3"},
		{"nl", "12 mrt 2026", "12 mrt", "12 maart 2026", "1.234,5", "3"},
		{"ja", "2026年3月12日", "3月12日", "2026年3月12日", "1,234.5", "3"},
	}
	for _, tt := range tests {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct{ name, got, want string }{
			{"Date", tr.Date(day), tt.date},
			{"DayMonth", tr.DayMonth(day), tt.dayMonth},
			{"LongDate", tr.LongDate(day), tt.long},
			{"Number", tr.Number(1234.5, 1), tt.num},
			{"Number without decimals", tr.Number(3.0, 1), tt.amount},
			{"unset Date", tr.Date(planner.Date{}), "–"},
		} {
			if c.got != c.want {
				t.Errorf("%s %s = %q, want %q", tt.language, c.name, c.got, c.want)
			}
		}
	}
}

func TestSupported(t *testing.T) {
	for _, tag := range planner.DocumentLanguages() {
		if !Supported(tag) {
			t.Errorf("planner offers document language %q, which has no translations", tag)
		}
	}
	if Supported("fr") || Supported("") {
		t.Error("Supported accepts a language without translations")
	}
}

func TestDocumentsWriteDaysOfSentencesAsTheirOwn(t *testing.T) {
	monday := catalog.MustDate("2026-02-02")
	text := planner.Textf("%s waits on %s (%s, due %s)", "Go-Live", "Load test", "Klaus", planner.WeekdayDate(monday))
	plain := planner.Textf("The contract ends on %s, before the engagement ends on %s", monday, monday)
	tests := []struct{ language, window, document, plainDocument string }{
		{"en", "Go-Live waits on Load test (Klaus, due Mon 2026-02-02)", "Go-Live waits on Load test (Klaus, due Mon 2 Feb 2026)", "The contract ends on 2 Feb 2026"},
		{"ja", "2026-02-02（月）", "2026年2月2日（月）", "2026年2月2日"},
	}
	for _, tt := range tests {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.Sentence(text); !strings.Contains(got, tt.window) {
			t.Errorf("%s window: %q, want it to hold %q", tt.language, got, tt.window)
		}
		doc := tr.ForDocuments()
		if got := doc.Sentence(text); !strings.Contains(got, tt.document) {
			t.Errorf("%s document: %q, want it to hold %q", tt.language, got, tt.document)
		}
		if got := doc.Sentence(plain); !strings.Contains(got, tt.plainDocument) {
			t.Errorf("%s document: %q, want it to hold %q", tt.language, got, tt.plainDocument)
		}
		if got := tr.Sentence(plain); !strings.Contains(got, "2026-02-02") {
			t.Errorf("%s window: %q, want the ISO day", tt.language, got)
		}
	}
}

func TestQuantitiesInTheLanguage(t *testing.T) {
	text := planner.Textf("%s: from %s to %s", "Page load", planner.Quantity{Value: 3800, Unit: "ms"}, planner.Quantity{Value: 99.5, Unit: "%"})
	for _, tt := range []struct{ language, want string }{
		{"en", "Page load: from 3,800 ms to 99.5%"},
		{"nl", "Page load: van 3.800 ms naar 99,5%"},
	} {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.Sentence(text); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.language, got, tt.want)
		}
	}
	if got := text.String(); got != "Page load: from 3800 ms to 99.5%" {
		t.Errorf("English of planner: %q", got)
	}
}

func TestRegionNamesInTheLanguage(t *testing.T) {
	emea := planner.RegionName{ID: "emea", Name: "Europe, Middle East and Africa"}
	text := planner.Textf("%s is not a business day in %s", planner.WeekdayDate(catalog.MustDate("2027-01-16")), emea)
	for _, tt := range []struct{ language, want string }{
		{"en", "Europe, Middle East and Africa"},
		{"nl", "Europa, Midden-Oosten en Afrika"},
		{"ja", "欧州・中東・アフリカ"},
	} {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.Sentence(text); !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want the region named %q", tt.language, got, tt.want)
		}
	}
	// A region the bundles do not name keeps the name the sentence has.
	tr, err := New("nl")
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.RegionName(planner.RegionName{ID: "mars", Name: "Mars Base"}); got != "Mars Base" {
		t.Errorf("an unknown region is named %q, want its own name", got)
	}
}

func TestJapaneseSentencesJoinJapaneseArguments(t *testing.T) {
	ja, err := New("ja")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text planner.Text
		want string
	}{
		{planner.Textf("%s is not a business day in %s", "2027-01-16", planner.RegionName{ID: catalog.Japan, Name: "Japan"}), "2027-01-16 は日本の営業日ではありません"},
		{planner.Textf("%s is not a business day in %s", "2027-01-16", "EMEA"), "2027-01-16 は EMEA の営業日ではありません"},
		// A space inside an argument is the argument's own.
		{planner.Textf("%s is not a business day in %s", "2027-01-16", "鈴木 美咲"), "2027-01-16 は鈴木 美咲の営業日ではありません"},
	} {
		if got := ja.Sentence(c.text); got != c.want {
			t.Errorf("Sentence(%q) = %q, want %q", c.text.Format, got, c.want)
		}
	}
}
