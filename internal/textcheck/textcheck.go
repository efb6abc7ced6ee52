// Package textcheck finds the characters Liftoff refuses in the texts
// people type or import: invalid UTF-8, control characters, and the
// invisible characters that can disguise or hide text. It is the one
// rule behind planner.CheckText and the catalog's checks of its texts,
// which turn a Fault into a sentence.
package textcheck

import (
	"unicode"
	"unicode/utf8"
)

// Kind is what is wrong with a text.
type Kind int

// Kinds of fault, in the order Check looks for them.
const (
	// OK means nothing is wrong.
	OK Kind = iota
	// InvalidUTF8 is a byte sequence that is not UTF-8.
	InvalidUTF8
	// LineBreak is a line break (CR, LF, U+2028, U+2029) in a one-line
	// text.
	LineBreak
	// Control is a control character other than an allowed newline or
	// tab.
	Control
	// Bidi is a bidirectional embedding, override or isolate control
	// (U+202A..U+202E, U+2066..U+2069): it reorders what follows and can
	// make text read differently from what it holds.
	Bidi
	// Invisible is a format character that shows nothing and can hide
	// text or make equal-looking texts differ: zero width space U+200B,
	// word joiner and invisible operators U+2060..U+2064, and zero width
	// no-break space (byte-order mark) U+FEFF. The zero width joiner and
	// non-joiner (U+200C, U+200D) and the left-to-right and right-to-left
	// marks (U+200E, U+200F) are allowed: scripts, emoji and mixed-
	// direction names need them.
	Invisible
	// Space is white space at the start or end.
	Space
)

// Fault is the first thing wrong with a text.
type Fault struct {
	Kind Kind
	// Rune is the character at fault (for LineBreak, Control, Bidi and
	// Invisible).
	Rune rune
	// Offset is the byte offset of the fault in the text.
	Offset int
}

// Check returns the first fault of s, or a Fault of Kind OK. A multi-line
// text may hold newlines (LF, and CR before LF) and tabs; a one-line text
// holds neither. Check does not look at length.
func Check(s string, multiLine bool) Fault {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return Fault{Kind: InvalidUTF8, Offset: i}
			}
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			if multiLine && (r == '\n' || r == '\r' && i+1 < len(s) && s[i+1] == '\n') {
				continue
			}
			if multiLine {
				return Fault{Kind: Control, Rune: r, Offset: i}
			}
			return Fault{Kind: LineBreak, Rune: r, Offset: i}
		case r == '\t':
			if !multiLine {
				return Fault{Kind: Control, Rune: r, Offset: i}
			}
		case unicode.IsControl(r):
			return Fault{Kind: Control, Rune: r, Offset: i}
		case IsBidiControl(r):
			return Fault{Kind: Bidi, Rune: r, Offset: i}
		case r == '\u200B' || r >= '\u2060' && r <= '\u2064' || r == '\uFEFF':
			return Fault{Kind: Invisible, Rune: r, Offset: i}
		}
	}
	if s != "" {
		first, _ := utf8.DecodeRuneInString(s)
		last, size := utf8.DecodeLastRuneInString(s)
		if unicode.IsSpace(first) {
			return Fault{Kind: Space, Rune: first}
		}
		if unicode.IsSpace(last) {
			return Fault{Kind: Space, Rune: last, Offset: len(s) - size}
		}
	}
	return Fault{}
}

// IsBidiControl reports whether r is a bidirectional embedding, override
// or isolate control.
func IsBidiControl(r rune) bool {
	return r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
}
