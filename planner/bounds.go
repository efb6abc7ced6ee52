package planner

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/internal/textcheck"
)

// Bounds of the values Liftoff keeps. Validation refuses a value outside
// them wherever it comes from: the window, liftoffctl or an imported
// file. Values stored before a bound existed are still read; saving them
// again asks for a value within it.
const (
	// MaxActivityHours is the most hours one activity may take; an
	// activity needs more than 0.
	MaxActivityHours = 1000
	// MaxAllowance is the largest allowance a contract may give per
	// contract year, in accelerators or in field-activity hours; the
	// smallest is 0.
	MaxAllowance = 10000
	// MinWeeklyCapacityHours and MaxWeeklyCapacityHours bound the hours
	// a week the TAM may give to planned activities.
	MinWeeklyCapacityHours = 1
	MaxWeeklyCapacityHours = 80
	// MaxLineLength is the most characters (runes) of a name, title or
	// other one-line text.
	MaxLineLength = 200
	// MaxLongTextLength is the most characters (runes) of notes,
	// descriptions and other texts that may hold several lines.
	MaxLongTextLength = 10000
)

// TextKind says what a text field may hold.
type TextKind int

// Kinds of text field.
const (
	// LineText is a name, title, e-mail address, phone number or other
	// text of one line and at most MaxLineLength characters.
	LineText TextKind = iota
	// LongText is notes, a description or another text that may hold
	// newlines and tabs, of at most MaxLongTextLength characters.
	LongText
)

// CheckText returns what is wrong with s as the value of a text field of
// kind k, as a sentence to be shown after the field's name, or a zero
// Text when s is acceptable. It refuses invalid UTF-8; control
// characters, but for newline and tab in a LongText; the bidirectional
// controls that can make text read differently from what it holds
// (U+202A..U+202E, U+2066..U+2069); the invisible characters U+200B,
// U+2060..U+2064 and U+FEFF, which can hide text (the joiners U+200C and
// U+200D and the marks U+200E and U+200F stay allowed: scripts, emoji and
// mixed-direction names need them); white space at the start or end (a
// user interface trims what is typed before saving); and texts longer
// than the kind allows, counted in characters. An empty text is
// acceptable: a field that must be filled in says so itself.
func CheckText(s string, k TextKind) Text {
	multiLine := k == LongText
	switch f := textcheck.Check(s, multiLine); f.Kind {
	case textcheck.InvalidUTF8:
		return Textf("is not valid UTF-8 text (byte %d)", f.Offset+1)
	case textcheck.LineBreak:
		return Textf("must be one line")
	case textcheck.Control:
		if multiLine {
			return Textf("has a control character (%U); only line breaks and tabs are allowed", f.Rune)
		}
		return Textf("has a control character (%U)", f.Rune)
	case textcheck.Bidi:
		return Textf("has a bidi control character (%U), which can disguise text", f.Rune)
	case textcheck.Invisible:
		return Textf("has an invisible character (%U), which can hide text", f.Rune)
	case textcheck.Space:
		return Textf("starts or ends with white space")
	}
	limit := MaxLineLength
	if multiLine {
		limit = MaxLongTextLength
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return Textf("longer than %d characters (%d)", limit, n)
	}
	return Text{}
}

// CheckHours returns what is wrong with h as the hours of an activity,
// or a zero Text: they must be more than 0 and at most MaxActivityHours.
func CheckHours(h float64) Text { return checkHours(h, MaxActivityHours) }

// CheckWeeklyCapacity returns what is wrong with h as the weekly capacity
// in hours, or a zero Text: it must be from MinWeeklyCapacityHours to
// MaxWeeklyCapacityHours.
func CheckWeeklyCapacity(h float64) Text {
	if math.IsNaN(h) || math.IsInf(h, 0) || h < MinWeeklyCapacityHours || h > MaxWeeklyCapacityHours {
		return Textf("must be from %d to %d hours, not %g", MinWeeklyCapacityHours, MaxWeeklyCapacityHours, h)
	}
	return Text{}
}

// checkHours returns what is wrong with h as a number of hours more than
// 0 and at most max; NaN and infinities are refused.
func checkHours(h, max float64) Text {
	if math.IsNaN(h) || math.IsInf(h, 0) || h <= 0 || h > max {
		return Textf("must be more than 0 and at most %g hours, not %g", max, h)
	}
	return Text{}
}

// CheckAllowance returns what is wrong with n as an allowance per
// contract year, or a zero Text: it must be from 0 to MaxAllowance.
func CheckAllowance(n int) Text {
	if n < 0 || n > MaxAllowance {
		return Textf("must be from 0 to %d, not %d", MaxAllowance, n)
	}
	return Text{}
}

// HoursRange says which activity hours are accepted, as "more than 0 and
// at most 1000", for messages that name a value and what is accepted.
func HoursRange() Text { return Textf("more than 0 and at most %d", MaxActivityHours) }

// WeeklyCapacityRange says which weekly capacities in hours are accepted.
func WeeklyCapacityRange() Text {
	return Textf("from %d to %d", MinWeeklyCapacityHours, MaxWeeklyCapacityHours)
}

// AllowanceRange says which allowances are accepted, as "from 0 to 10000".
func AllowanceRange() Text { return Textf("from 0 to %d", MaxAllowance) }

// addText adds the problem CheckText finds in s to p, as a problem of
// field.
func (p *problems) addText(field, s string, k TextKind) {
	if t := CheckText(s, k); !t.IsZero() {
		p.list = append(p.list, FieldError{Field: field, Message: t.String(), Text: t})
	}
}

// addRequiredText adds "must not be empty" for a blank s, or else the
// problem CheckText finds, to p as a problem of field.
func (p *problems) addRequiredText(field, s string, k TextKind) {
	if strings.TrimSpace(s) == "" {
		p.add(field, "must not be empty")
		return
	}
	p.addText(field, s, k)
}

// addProblem adds t as a problem of field.
func (p *problems) addProblem(field string, t Text) {
	if !t.IsZero() {
		p.list = append(p.list, FieldError{Field: field, Message: t.String(), Text: t})
	}
}

// addEmail adds what is wrong with s as an optional e-mail address to p,
// as a problem of field.
func (p *problems) addEmail(field, s string) {
	if t := CheckText(s, LineText); !t.IsZero() {
		p.addProblem(field, t)
	} else if s != "" && !ValidEmail(s) {
		p.add(field, "%q is not an e-mail address", s)
	}
}
