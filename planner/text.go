package planner

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
)

// RegionName is a region in a sentence: the catalog's region ID and its
// name in English. It reads as the name; a user interface or a document
// may name the region in its own language by the ID.
type RegionName struct {
	ID   catalog.RegionID
	Name string
}

// String returns the English name, else the ID.
func (r RegionName) String() string {
	if r.Name == "" {
		return string(r.ID)
	}
	return r.Name
}

// IsZero reports whether r names no region.
func (r RegionName) IsZero() bool { return r.ID == "" && r.Name == "" }

// HolidayName names a holiday in a sentence: its name as the calendar
// holds it and, for a day a built-in holiday calendar computes, how that
// calendar names it, so that a reader's language can name it too. A name
// from a list or typed by the TAM has a zero Rule and stays as it is.
type HolidayName struct {
	// Name is the holiday's name: the English name of a computed day,
	// else the name as listed or typed.
	Name string
	// Rule is how a built-in calendar names the day; zero for a day no
	// built-in calendar computes under this name.
	Rule catalog.HolidayName
}

// String returns the name as the calendar holds it.
func (h HolidayName) String() string { return h.Name }

// Text is a sentence of planner for people, in English, kept with what it
// is made of: a fmt format in English and its arguments. A user interface
// shows it as it is, or looks the format up in its own language and
// formats the same arguments.
type Text struct {
	// Format is a fmt format in English, such as "Included in %s".
	Format string
	// Args are the values of Format's verbs.
	Args []any
}

// Textf returns the Text of format and args.
func Textf(format string, args ...any) Text { return Text{Format: format, Args: args} }

// String returns the English sentence.
func (t Text) String() string {
	if len(t.Args) == 0 {
		return t.Format
	}
	return fmt.Sprintf(t.Format, QuoteAsWritten(t.Args)...)
}

// quotedText is a text argument of a sentence. With %q it is set in plain
// double quotes as it is written, a quote or backslash in it included
// (open risk "Go-live "Spring" date"), when every character of it can be
// seen; else as %q writes it, so that a character that cannot be seen,
// such as a bidi control in a refused value, shows as its escape. Other
// verbs format it as the string it is.
type quotedText string

// Format implements fmt.Formatter.
func (q quotedText) Format(f fmt.State, verb rune) {
	if verb == 'q' && !f.Flag('+') && !f.Flag('#') && !f.Flag('-') && plainQuotable(string(q)) {
		if _, ok := f.Width(); !ok {
			fmt.Fprint(f, `"`+string(q)+`"`)
			return
		}
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), string(q))
}

// plainQuotable reports whether every character of s can be seen (or is
// a space), so that s needs no escapes between quotes.
func plainQuotable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || (r != ' ' && !strconv.IsPrint(r)) {
			return false
		}
	}
	return true
}

// QuoteAsWritten returns args with every string argument made one that
// %q sets in quotes as it is written, a quote or backslash in it
// included, rather than escaped as Go source; Text.String and the
// translations of sentences format their arguments with it.
func QuoteAsWritten(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if s, ok := a.(string); ok {
			a = quotedText(s)
		}
		out[i] = a
	}
	return out
}

// MarshalText returns the English sentence, so that JSON shows a Text as
// a string.
func (t Text) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// IsZero reports whether t says nothing.
func (t Text) IsZero() bool { return t.Format == "" }

// TextError is an error whose message is a Text, so that a user interface
// can show it in its own language. It wraps Err, such as ErrPhaseOrder,
// when that is set.
type TextError struct {
	Err  error
	Text Text
}

// Error returns Err's message and the sentence in English, as
// "phase order: Design cannot be done while ...".
func (e *TextError) Error() string {
	if e.Err == nil {
		return e.Text.String()
	}
	return e.Err.Error() + ": " + e.Text.String()
}

// Unwrap returns Err.
func (e *TextError) Unwrap() error { return e.Err }

// Quantity is a measured value in a sentence, such as a KPI's "1200 ms"
// or "99.5%"; a user interface may write the number as its language
// does ("1.200 ms", "99,5%").
type Quantity struct {
	Value float64
	// Unit follows the number after a space, but "%" directly.
	Unit string
}

// String returns the value as English writes it, without needless
// decimals.
func (q Quantity) String() string {
	n := strconv.FormatFloat(q.Value, 'f', -1, 64)
	switch q.Unit {
	case "":
		return n
	case "%":
		return n + q.Unit
	}
	return n + " " + q.Unit
}

// WeekdayDate is a day in a sentence, shown with its weekday, such as
// "Sat 2027-01-16"; a user interface may show the weekday in its own
// language.
type WeekdayDate Date

// String returns the day with its weekday in English.
func (d WeekdayDate) String() string { return Date(d).Weekday().String()[:3] + " " + Date(d).String() }
