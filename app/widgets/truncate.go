package widgets

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
)

// ellipsis ends a truncated label.
const ellipsis = "…"

// TruncateToWidth returns text cut at a character boundary, with an
// ellipsis and without trailing spaces before it, so that it fits width
// when drawn at size in style. Text that fits is returned unchanged; when
// not even the ellipsis fits, it returns "".
func TruncateToWidth(text string, width, size float32, style fyne.TextStyle) string {
	if text == "" || fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	if fyne.MeasureText(ellipsis, size, style).Width > width {
		return ""
	}
	runes := []rune(text)
	// Binary search for the longest prefix that fits with the ellipsis.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+ellipsis, size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	prefix := runes[:lo]
	for len(prefix) > 0 && prefix[len(prefix)-1] == ' ' {
		prefix = prefix[:len(prefix)-1]
	}
	return string(prefix) + ellipsis
}

// WrapTwoLines breaks text into at most two lines that each fit width
// when drawn at size in style: the first line ends at the last space that
// fits; a word too long for the line is broken with a hyphen, and a script
// without spaces at the last character that fits. The second line holds
// the rest, cut with an ellipsis when it does not fit. Text that fits on
// one line is returned as the first line with an empty second.
func WrapTwoLines(text string, width, size float32, style fyne.TextStyle) (first, second string) {
	fits := func(s string) bool { return fyne.MeasureText(s, size, style).Width <= width }
	if text == "" || fits(text) {
		return text, ""
	}
	runes := []rune(text)
	// The longest prefix that fits.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(string(runes[:mid])) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return TruncateToWidth(text, width, size, style), ""
	}
	cut := lo
	// Back to the last space within the prefix, or to just after a hyphen
	// the text has ("Key-event"), when there is one and the character
	// after the prefix does not start a word anyway.
	if runes[lo] != ' ' {
		for i := lo - 1; i > 0; i-- {
			if runes[i] == ' ' || runes[i-1] == '-' {
				cut = i
				break
			}
		}
	}
	if cut == lo && midWord(runes, lo) {
		// A word too long for the line: break it with a hyphen, leaving
		// at least two letters on each side.
		for cut = lo - 1; cut >= 2 && !fits(string(runes[:cut])+"-"); cut-- {
		}
		if cut >= 2 && len(runes)-cut >= 2 {
			return string(runes[:cut]) + "-", TruncateToWidth(string(runes[cut:]), width, size, style)
		}
		cut = lo
	}
	first = strings.TrimRight(string(runes[:cut]), " ")
	rest := strings.TrimLeft(string(runes[cut:]), " ")
	return first, TruncateToWidth(rest, width, size, style)
}

// midWord reports whether a break before runes[i] falls inside a word of a
// script written with spaces between words (not Chinese or Japanese, which
// break between any two characters).
func midWord(runes []rune, i int) bool {
	wordChar := func(r rune) bool {
		return (unicode.IsLetter(r) || unicode.IsDigit(r)) &&
			!unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
	}
	return i > 0 && i < len(runes) && wordChar(runes[i-1]) && wordChar(runes[i])
}
