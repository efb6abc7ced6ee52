// Package l10n holds every text a user of Liftoff reads, in every language
// Liftoff speaks: the window, the documents and the command line look up
// their texts here, and format dates, numbers, lengths of time and the
// sentences of package planner in the reader's language.
//
// Texts live in JSON bundles embedded in the package, one set per
// language ("en.json", "document.nl.json"); English holds every key, and
// the other languages hold exactly the same keys (a test checks it). A
// text is a fmt format; a text that counts something has a form per CLDR
// plural category.
package l10n

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	textmessage "golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// fallbackLanguage is the language every key is written in first.
const fallbackLanguage = "en"

// Language is a language Liftoff can be read in.
type Language struct {
	// Tag is the BCP 47 tag stored in settings and customers ("en", "nl",
	// "ja").
	Tag string
	// Name is the language's name in itself ("Nederlands").
	Name string
}

// Languages returns the languages Liftoff has translations for, English
// first. They are the languages of planner.DocumentLanguages too.
func Languages() []Language {
	return []Language{{"en", "English"}, {"nl", "Nederlands"}, {"ja", "日本語"}}
}

// Supported reports whether tag names a language of Languages exactly.
func Supported(tag string) bool {
	for _, l := range Languages() {
		if l.Tag == tag {
			return true
		}
	}
	return false
}

// bundles reads the embedded bundles once; they never change while the
// program runs, so every Translator shares them.
var bundles = sync.OnceValues(func() (map[string]map[string]message, error) {
	return loadBundles(translationFiles)
})

// Translator looks up texts in one language, falling back to English and
// then to the key itself. It is safe for concurrent use.
type Translator struct {
	language string
	tag      language.Tag
	messages map[string]message
	fallback map[string]message
	numbers  *textmessage.Printer
	// documentDates writes the days of planner sentences as documents
	// write days ("Mon 2 Feb 2026") instead of as the window does
	// ("Mon 2026-02-02").
	documentDates bool
}

// New returns a Translator for language (a BCP 47 tag such as "nl" or
// "nl-BE"); an unknown or empty language gives English.
func New(requested string) (*Translator, error) {
	b, err := bundles()
	if err != nil {
		return nil, err
	}
	return newFrom(b, requested), nil
}

// newFrom returns a Translator over bundles b.
func newFrom(b map[string]map[string]message, requested string) *Translator {
	base := strings.ToLower(requested)
	if i := strings.IndexAny(base, "-_."); i >= 0 {
		base = base[:i]
	}
	if _, ok := b[base]; !ok {
		base = fallbackLanguage
	}
	tag := language.Make(base)
	return &Translator{language: base, tag: tag, messages: b[base], fallback: b[fallbackLanguage], numbers: textmessage.NewPrinter(tag)}
}

// ForDocuments returns a Translator like t that writes the days inside
// planner sentences as documents write days ("Mon 2 Feb 2026", "ma 2 feb
// 2026", "2026年2月2日（月）"), so that a page never mixes two forms of
// date. The window keeps the ISO form, which its date fields take.
func (t *Translator) ForDocuments() *Translator {
	c := *t
	c.documentDates = true
	return &c
}

// Language returns the tag of the language t speaks ("nl"); a requested
// language without translations gives "en".
func (t *Translator) Language() string { return t.language }

// T returns the text of key, formatted with args as fmt.Sprintf does when
// any are given; a key no bundle has is returned as it is.
func (t *Translator) T(key string, args ...any) string {
	m, _, ok := t.message(key)
	if !ok {
		return key
	}
	return formatText(m[pluralOther], args)
}

// Count returns the text of key for a count of n, in the plural form the
// language uses for n ("1 day", "3 days"; one form in Japanese), formatted
// with args as fmt.Sprintf does. The count is not added to args: pass it
// where the text shows it. A key only the English bundle has takes the
// English form.
func (t *Translator) Count(key string, n int, args ...any) string {
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

// Lookup returns the text of key in the translator's language, else in
// English, and reports whether either has it.
func (t *Translator) Lookup(key string) (string, bool) {
	m, _, ok := t.message(key)
	return m[pluralOther], ok
}

// PlannerKeyPrefix starts the key of a sentence of planner in the
// bundles: the prefix, then the sentence's English format, such as
// "planner: Included in %s".
const PlannerKeyPrefix = "planner: "

// Sentence returns the planner sentence s in the translator's language:
// the translation of its format with its arguments, or the English
// sentence when no bundle has the format.
func (t *Translator) Sentence(s planner.Text) string {
	m, _, ok := t.message(PlannerKeyPrefix + s.Format)
	if !ok {
		return s.String()
	}
	args := make([]any, len(s.Args))
	for i, a := range s.Args {
		switch v := a.(type) {
		case planner.Text:
			a = t.Sentence(v)
		case planner.WeekdayDate:
			a = t.WeekdayDate(planner.Date(v))
		case planner.Date:
			if t.documentDates {
				a = t.Date(v)
			}
		case planner.Minutes:
			a = t.Minutes(int(v))
		case planner.Quantity:
			a = t.Quantity(v)
		case planner.RegionName:
			a = t.RegionName(v)
		case planner.HolidayName:
			a = t.HolidayName(v)
		case planner.Days:
			a = t.Count("unit.days", int(v), int(v))
		case planner.BusinessDays:
			a = t.Count("unit.businessDays", int(v), int(v))
		}
		args[i] = a
	}
	format := m[pluralOther]
	if !usesNoWordSpaces(t.Language()) || strings.Contains(format, "q") {
		return formatText(format, args)
	}
	// Mark where each text argument begins and ends, so that only the
	// spaces the sentence sets around an argument are dropped, never one
	// inside it (a person's name keeps its space).
	for i, a := range args {
		if str, ok := a.(string); ok && str != "" {
			args[i] = string(argStart) + str + string(argEnd)
		}
	}
	return joinWideArguments(formatText(format, args))
}

// argStart and argEnd mark a text argument in a formatted sentence while
// joinWideArguments looks at its edges.
const (
	argStart = '\uE000'
	argEnd   = '\uE001'
)

// usesNoWordSpaces reports whether language writes its words without
// spaces between them (Japanese, Chinese).
func usesNoWordSpaces(language string) bool {
	primary, _, _ := strings.Cut(language, "-")
	return primary == "ja" || primary == "zh"
}

// joinWideArguments removes the marks of argStart and argEnd from s, and
// the space between an argument and the sentence around it where both
// sides of that space are Han, kana or CJK punctuation. The Japanese
// sentences set spaces around an argument so that a Latin name such as
// "Experience Manager" stands apart; an argument in Japanese, such as a
// region's translated name, must then join the text around it
// ("日本の営業時間").
func joinWideArguments(s string) string {
	runes := []rune(s)
	// at returns the rune at i, or 0 outside s.
	at := func(i int) rune {
		if i < 0 || i >= len(runes) {
			return 0
		}
		return runes[i]
	}
	out := make([]rune, 0, len(runes))
	for i, r := range runes {
		switch {
		case r == argStart || r == argEnd:
			continue
		case r == ' ' && at(i+1) == argStart && isWide(at(i-1)) && isWide(at(i+2)):
			continue
		case r == ' ' && at(i-1) == argEnd && isWide(at(i-2)) && isWide(at(i+1)):
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// isWide reports whether r is Han, Hiragana, Katakana or CJK punctuation.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFF60)
}

// Minutes returns a length of time in the translator's language ("1 hour
// 30 minutes", "1 uur 30 minuten", "1時間30分").
func (t *Translator) Minutes(n int) string {
	h, m := n/60, n%60
	switch {
	case h == 0:
		return t.Count("unit.minutes", m, m)
	case m == 0:
		return t.Count("unit.hours", h, h)
	}
	return t.T("unit.hoursMinutes", t.Count("unit.hours", h, h), t.Count("unit.minutes", m, m))
}

// WeekdayName returns the short name of weekday w ("Thu", "do", "木").
func (t *Translator) WeekdayName(w time.Weekday) string {
	return t.T(fmt.Sprintf("weekday.short.%d", w))
}

// WeekdayDate returns day d with its weekday ("Sat 2027-01-16",
// "za 2027-01-16", "2027-01-16（土）"; for documents "Sat 16 Jan 2027").
func (t *Translator) WeekdayDate(d planner.Date) string {
	if t.documentDates {
		return t.T("date.weekdayDate", t.WeekdayName(d.Weekday()), t.Date(d))
	}
	return t.T("date.weekdayDate", t.WeekdayName(d.Weekday()), d.String())
}

// MonthName returns the short name of month m ("Mar", "mrt", "3月").
func (t *Translator) MonthName(m time.Month) string {
	return t.T(fmt.Sprintf("month.short.%d", m))
}

// Date returns day d as documents print it ("12 Mar 2026", "12 mrt 2026",
// "2026年3月12日"); an unset day is a dash.
func (t *Translator) Date(d planner.Date) string {
	if d.IsZero() {
		return "–"
	}
	return t.T("date.medium", d.Day, t.MonthName(d.Month), d.Year)
}

// DayMonth returns day d without its year ("12 Mar", "12 mrt", "3月12日");
// an unset day is a dash.
func (t *Translator) DayMonth(d planner.Date) string {
	if d.IsZero() {
		return "–"
	}
	return t.T("date.dayMonth", d.Day, t.MonthName(d.Month))
}

// LongDate returns day d with the month's full name ("12 March 2026",
// "12 maart 2026", "2026年3月12日"); an unset day is a dash.
func (t *Translator) LongDate(d planner.Date) string {
	if d.IsZero() {
		return "–"
	}
	return t.T("date.long", d.Day, t.T(fmt.Sprintf("month.long.%d", d.Month)), d.Year)
}

// Number returns x with the language's digit grouping and decimal mark,
// with at most decimals digits after it and no trailing zeros ("1,234.5",
// "1.234,5").
func (t *Translator) Number(x float64, decimals int) string {
	return t.numbers.Sprint(number.Decimal(x, number.MaxFractionDigits(decimals)))
}

// RegionName names a region in the translator's language: the
// translation of "window.region.<ID>" when a bundle has one, else the
// English name the sentence carries.
func (t *Translator) RegionName(r planner.RegionName) string {
	if r.ID != "" {
		if m, _, ok := t.message("window.region." + string(r.ID)); ok {
			return m[pluralOther]
		}
	}
	return r.String()
}

// HolidayName names a holiday in the translator's language: a day of a
// built-in holiday calendar by the bundles' "holiday.<calendar>.<ID>"
// and "holiday.kind.<kind>" texts, as the calendar names it in English;
// any other holiday (one listed or typed), or one whose texts no bundle
// has, by its name as it is.
func (t *Translator) HolidayName(h planner.HolidayName) string {
	n := h.Rule
	if n.IsZero() {
		return h.Name
	}
	var base string
	if n.Holiday != "" {
		m, _, ok := t.message("holiday." + n.Calendar + "." + n.Holiday)
		if !ok {
			return h.Name
		}
		base = m[pluralOther]
	}
	if n.Kind == catalog.HolidayItself {
		if base == "" {
			return h.Name
		}
		return base
	}
	m, _, ok := t.message("holiday.kind." + string(n.Kind))
	if !ok {
		return h.Name
	}
	switch {
	case n.Kind == catalog.HolidaySubstitute || n.Kind == catalog.HolidayCitizens:
		return m[pluralOther]
	case base == "":
		return h.Name
	case n.Kind == catalog.HolidayObservedOfYear:
		return formatText(m[pluralOther], []any{base, n.Year})
	}
	return formatText(m[pluralOther], []any{base})
}

// Quantity writes a measured value with the language's digit grouping
// and decimal mark ("1.200 ms", "99,5%").
func (t *Translator) Quantity(q planner.Quantity) string {
	n := t.Number(q.Value, 2)
	if n == "-0" {
		n = "0"
	}
	switch q.Unit {
	case "":
		return n
	case "%":
		return n + q.Unit
	}
	return n + " " + q.Unit
}

// message returns the message of key in the translator's language, else
// in English, with the language it is written in.
func (t *Translator) message(key string) (message, language.Tag, bool) {
	if m, ok := t.messages[key]; ok {
		return m, t.tag, true
	}
	m, ok := t.fallback[key]
	return m, language.English, ok
}

// formatText formats text with args as fmt.Sprintf does, a text argument
// of %q quoted as it is written (see planner.QuoteAsWritten), or returns
// it as it is when there are none.
func formatText(text string, args []any) string {
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, planner.QuoteAsWritten(args)...)
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
