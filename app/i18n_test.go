package app

import (
	"cmp"
	"errors"
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

	"fyne.io/fyne/v2"
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

// dynamicKeys returns the keys the code builds from a prefix and a value.
func dynamicKeys() []string {
	var keys []string
	for _, id := range screenOrder() {
		keys = append(keys, "nav."+string(id))
	}
	for _, s := range []planner.EntitlementStatus{planner.Included, planner.Purchased, planner.Available, planner.NotAvailable} {
		keys = append(keys, "status."+string(s))
	}
	for _, k := range []catalog.Kind{catalog.KindAccelerator, catalog.KindField, catalog.KindProactive, catalog.KindAddOn} {
		keys = append(keys, "kind."+string(k), "kindGroup."+string(k))
	}
	for _, r := range teamRoles() {
		keys = append(keys, "team."+r)
	}
	for _, p := range catalog.Priorities() {
		keys = append(keys, "priority."+string(p))
	}
	for _, t := range themeChoices() {
		keys = append(keys, "settings.theme."+t)
	}
	for i := range portfolioColumns {
		keys = append(keys, fmt.Sprintf("portfolio.col.%d", i))
	}
	for i := range 5 {
		keys = append(keys, fmt.Sprintf("nsc.col.%d", i))
	}
	keys = append(keys, personColumns()...)
	keys = append(keys, "plan.actionItem.titleStatus", "plan.actionItem.ownerSide", "plan.actionItem.due")
	for _, f := range frequencies() {
		keys = append(keys, "plan.frequency."+f)
	}
	for d := range 7 {
		keys = append(keys, fmt.Sprintf("weekday.short.%d", d))
	}
	for _, r := range repeatRules() {
		if r != "" {
			keys = append(keys, "schedule.repeat."+string(r))
		}
	}
	return keys
}

func TestTranslationsHaveEveryKeyTheCodeUses(t *testing.T) {
	en := bundlesForTest(t)["en"]
	literal := regexp.MustCompile(`\.tr\("([^"]+)"`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") { // a prefix completed at run time
				used[m[1]] = f
			}
		}
	}
	for _, k := range dynamicKeys() {
		used[k] = "dynamic"
	}
	for _, k := range slices.Sorted(maps.Keys(used)) {
		if _, ok := en[k]; !ok {
			t.Errorf("%s uses %q, which en.json lacks", used[k], k)
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
		tr, err := newTranslator(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.tr(tt.key); got != tt.want {
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
	tr := &translator{language: "ja", tag: language.Japanese, messages: b["ja"], fallback: b["en"]}
	for _, tt := range []struct{ got, want string }{
		{tr.tr("hello"), "こんにちは"},
		{tr.trCount("left", 1, 1), "1 day left"},
		{tr.trCount("left", 3, 3), "3 days left"},
		{tr.tr("no.such.key"), "no.such.key"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestWindowInDutch(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	u.showScreen(screenSettings)
	if u.title.Text != "Instellingen" {
		t.Errorf("the Dutch window titles the settings %q", u.title.Text)
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

// countedKeys returns the keys the code formats for a count (trCount),
// with the file that uses each.
func countedKeys(t *testing.T) map[string]string {
	t.Helper()
	literal := regexp.MustCompile(`\.trCount\("([^"]+)"`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = f
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
		tr, err := newTranslator(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.trCount("support.daysLeft", tt.n, tt.n); got != tt.want {
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
	files, err := filepath.Glob(filepath.Join("..", "planner", "*.go"))
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
		m, ok := en[plannerKeyPrefix+f]
		if !ok {
			t.Errorf("the English bundle lacks %q", plannerKeyPrefix+f)
		} else if m[pluralOther] != f {
			t.Errorf("the English text of %q is %q, want the format itself", f, m[pluralOther])
		}
	}
	for k := range en {
		if strings.HasPrefix(k, plannerKeyPrefix) && !slices.Contains(formats, strings.TrimPrefix(k, plannerKeyPrefix)) {
			t.Errorf("the English bundle has %q, which planner no longer says", k)
		}
	}
}

func TestEntitlementReasonsInDutch(t *testing.T) {
	u, db := newTestUIInLanguage(t, "nl")
	u.setFocus(customerNamed(t, db, "Müller GmbH").ID)
	u.showScreen(screenCustomer)
	want := "Inbegrepen in Ultimate Success; het contract staat 10 accelerators per jaar toe"
	var reasons []string
	walkVisible(u.window.Content(), func(o fyne.CanvasObject) bool {
		if l, ok := o.(*fitLabel); ok {
			reasons = append(reasons, l.full)
		}
		return true
	})
	if !slices.Contains(reasons, want) {
		t.Errorf("the Dutch entitlement list lacks %q among %q", want, reasons)
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
		{"ja", planner.Textf("%s is not a business day in %s", saturday, "EMEA"), "2027-01-16（土） は EMEA の営業日ではありません"},
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
	}
	for _, tt := range tests {
		t.Run(tt.language+" "+tt.text.Format, func(t *testing.T) {
			tr, err := newTranslator(tt.language)
			if err != nil {
				t.Fatal(err)
			}
			if got := tr.sentence(tt.text); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuarterConflictsInDutch(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	u.showScreen(screenQuarter)
	u.waitIdle()
	s := u.screens[screenQuarter].(*quarterScreen)
	if s.data == nil || len(s.data.conflicts) == 0 {
		t.Fatal("the sample quarter shows no conflicts")
	}
	want := "Week van 2026-11-23: 32 u gepland, capaciteit 30 u"
	if shown := planVisibleTexts(u.window.Content()); !slices.Contains(shown, want) {
		t.Errorf("the Dutch quarter screen lacks %q among %q", want, shown)
	}
}

func TestPhaseOrderErrorInDutch(t *testing.T) {
	cat := catalogForTest()
	e := planner.NewEngagement(cat, planner.NewID(), "Onboarding")
	if err := e.SetPhaseStatus(cat, "kickoff", planner.PhaseInProgress, "", catalog.MustDate("2026-11-23")); err != nil {
		t.Fatal(err)
	}
	err := e.SetPhaseStatus(cat, "define", planner.PhaseDone, "", catalog.MustDate("2026-11-24"))
	if !errors.Is(err, planner.ErrPhaseOrder) {
		t.Fatalf("got %v, want a phase-order error", err)
	}
	u, _ := newTestUIInLanguage(t, "nl")
	want := "Define kan niet klaar zijn zolang Kickoff nog loopt; rond Kickoff eerst af of sla die fase over"
	if got := u.errorText(err); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := u.errorText(fmt.Errorf("save: %w", errors.New("disk full"))); got != "save: disk full" {
		t.Errorf("an error without a sentence: %q", got)
	}
}

func TestValidationErrorInJapanese(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "ja")
	c := planner.Customer{Name: "Acme", Region: "emea", Membership: planner.Membership{Tier: "expert"}}
	c.Contacts = []planner.Contact{{Name: "", Email: "nobody", Product: "analytics"}}
	err := c.Validate(u.cat)
	v, ok := planner.AsValidation(u.localize(err))
	if !ok {
		t.Fatalf("got %v, want a validation error", err)
	}
	if got, want := v.Subject.String(), `customer "Acme"`; got != want {
		t.Errorf("subject %q, want %q", got, want)
	}
	intro := u.tr("error.validation.intro", u.sentence(v.Subject))
	if intro != `顧客 "Acme" を保存できません:` {
		t.Errorf("intro %q", intro)
	}
	for _, p := range v.Problems {
		if p.Message == p.Text.String() {
			t.Errorf("%s: %q is not translated", p.Field, p.Message)
		}
	}
}
