package app

import (
	"fmt"
	"unicode"
)

// The Unicode marks that make a piece of text a bidi isolate: the text
// between them takes its own direction from its first strong character
// and leaves the order of the text around it alone.
const (
	firstStrongIsolate    = '\u2068'
	popDirectionalIsolate = '\u2069'
)

// hasRTL reports whether s has a letter of a script written right to left
// (Hebrew, Arabic, Syriac, Thaana, N'Ko...).
func hasRTL(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko, unicode.Samaritan, unicode.Mandaic, unicode.Adlam) {
			return true
		}
	}
	return false
}

// isolate returns s ready to be set into a longer line of the window's
// left-to-right text: a text with right-to-left letters (a Hebrew or
// Arabic customer name) is wrapped in bidi isolate marks, so that the
// line keeps its left-to-right order around it ("— בנק הפועלים" and not
// "בנק הפועלים —"); any other text is returned as it is. The marks draw
// nothing.
func isolate(s string) string {
	if !hasRTL(s) {
		return s
	}
	return string(firstStrongIsolate) + s + string(popDirectionalIsolate)
}

// isolatedArg is a text argument of a translation that formats isolated
// (see isolate) with %s and %v, a width padding the text inside the
// marks, and as itself with any other verb (%q quotes the text without
// the marks).
type isolatedArg string

// Format writes the text for verb.
func (a isolatedArg) Format(f fmt.State, verb rune) {
	switch verb {
	case 's', 'v':
		fmt.Fprint(f, isolate(fmt.Sprintf(fmt.FormatString(f, verb), string(a))))
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), string(a))
	}
}

// isolateArgs returns args with every text that has right-to-left letters
// made an isolatedArg; other arguments stay as they are. args is not
// changed.
func isolateArgs(args []any) []any {
	var out []any
	for i, a := range args {
		s, ok := a.(string)
		if !ok || !hasRTL(s) {
			continue
		}
		if out == nil {
			out = append([]any(nil), args...)
		}
		out[i] = isolatedArg(s)
	}
	if out == nil {
		return args
	}
	return out
}
