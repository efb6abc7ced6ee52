package widgets

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
)

// WrapLines breaks text into at most maxLines lines that each fit width
// when drawn at size in style. Lines break at spaces, after a hyphen the
// text has, and in Chinese or Japanese between any two characters except
// before closing punctuation such as 、。）」 and after opening brackets
// (a simple kinsoku rule). A line never breaks inside a word: a single
// word wider than the line is cut and ends with an ellipsis, and the next
// line goes on after that word. What does not fit on the last line is cut
// at a word, or inside a word too long for the line, and ends with an
// ellipsis.
//
// Text that fits on one line is returned as it is; when not even an
// ellipsis fits, WrapLines returns no lines.
func WrapLines(text string, width, size float32, style fyne.TextStyle, maxLines int) []string {
	w := wrapper{width: width, size: size, style: style}
	if text == "" || maxLines <= 0 {
		return nil
	}
	if w.fits(text) {
		return []string{text}
	}
	var lines []string
	rest := []rune(text)
	for len(lines) < maxLines {
		rest = trimSpaceLeft(rest)
		if len(rest) == 0 {
			break
		}
		if w.fits(string(rest)) {
			lines = append(lines, string(rest))
			break
		}
		if len(lines) == maxLines-1 {
			if line := w.cutWithEllipsis(rest); line != "" {
				lines = append(lines, line)
			}
			break
		}
		n := w.longestPrefix(rest, "")
		if cut := lastBreak(rest, n, true); cut > 0 {
			lines = append(lines, string(trimSpaceRight(rest[:cut])))
			rest = rest[cut:]
			continue
		}
		// A word wider than the line: as much of it as fits with an
		// ellipsis, then on with the next word.
		end := nextBreak(rest, max(n, 1))
		line := w.cutWithEllipsis(rest[:end])
		if line == "" {
			break
		}
		lines = append(lines, line)
		rest = rest[end:]
	}
	return lines
}

// WrapTwoLines breaks text into at most two lines as WrapLines does, for
// the blocks of the quarter grid and other two-line captions. Text that
// fits on one line is returned as the first line with an empty second.
func WrapTwoLines(text string, width, size float32, style fyne.TextStyle) (first, second string) {
	lines := WrapLines(text, width, size, style, 2)
	if len(lines) > 0 {
		first = lines[0]
	}
	if len(lines) > 1 {
		second = lines[1]
	}
	return first, second
}

// FitWords returns text on one line of width as WrapLines does with one
// line: whole when it fits, else cut after the last whole word that fits
// (inside the first word only when that alone is too wide) with an
// ellipsis. Chips use it, so that a status never reads as half a word.
func FitWords(text string, width, size float32, style fyne.TextStyle) string {
	lines := WrapLines(text, width, size, style, 1)
	if len(lines) == 0 {
		return ""
	}
	return lines[0]
}

// wrapper measures lines for WrapLines.
type wrapper struct {
	width, size float32
	style       fyne.TextStyle
}

func (w wrapper) fits(s string) bool {
	return fyne.MeasureText(s, w.size, w.style).Width <= w.width
}

// longestPrefix returns how many runes of text fit on a line followed by
// suffix, trailing spaces left out.
func (w wrapper) longestPrefix(text []rune, suffix string) int {
	lo, hi := 0, len(text)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if w.fits(string(trimSpaceRight(text[:mid])) + suffix) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// cutWithEllipsis returns text whole when it fits, else cut at the last
// break that fits with an ellipsis after it, or inside the first word
// when even that is too wide. It returns "" when not even the ellipsis
// fits.
func (w wrapper) cutWithEllipsis(text []rune) string {
	text = trimSpaceRight(text)
	if w.fits(string(text)) {
		return string(text)
	}
	if !w.fits(ellipsis) {
		return ""
	}
	n := w.longestPrefix(text, ellipsis)
	if cut := lastBreak(text, n, false); cut > 0 {
		n = cut
	}
	return string(trimSpaceRight(text[:n])) + ellipsis
}

// lastBreak returns the last place at or before n where a line of text
// may break, or 0 when there is none. Breaks after a hyphen count only
// when hyphens is set: a cut line ending in "-…" reads as broken.
func lastBreak(text []rune, n int, hyphens bool) int {
	for i := min(n, len(text)); i > 0; i-- {
		if canBreak(text, i, hyphens) {
			return i
		}
	}
	return 0
}

// nextBreak returns the first place after from where a line of text may
// break, or the length of text.
func nextBreak(text []rune, from int) int {
	for i := from; i < len(text); i++ {
		if canBreak(text, i, true) {
			return i
		}
	}
	return len(text)
}

// canBreak reports whether a line may break before text[i].
func canBreak(text []rune, i int, hyphens bool) bool {
	if i <= 0 {
		return false
	}
	if i >= len(text) {
		return true
	}
	before, after := text[i-1], text[i]
	switch {
	case unicode.IsSpace(after):
		return true
	case unicode.IsSpace(before):
		return !noBreakBefore(after)
	case noBreakBefore(after) || noBreakAfter(before):
		return false
	case isIdeographic(before) || isIdeographic(after):
		return true
	case hyphens && before == '-' && i >= 2 && unicode.IsLetter(text[i-2]) && unicode.IsLetter(after):
		return true
	}
	return false
}

// isIdeographic reports whether r belongs to a script written without
// spaces between words: Chinese and Japanese characters and their
// punctuation.
func isIdeographic(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// closing holds the characters a line may not begin with: closing
// brackets and punctuation, the prolonged sound mark, small kana and the
// ellipsis.
const closing = "、。，．：；！？）」』】〕〉》］｝〙〗ー々ゝゞヽヾ・…‥ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ)]},.!?:;%"

// opening holds the characters a line may not end with.
const opening = "（「『【〔〈《［｛〘〖([{"

func noBreakBefore(r rune) bool { return strings.ContainsRune(closing, r) }

func noBreakAfter(r rune) bool { return strings.ContainsRune(opening, r) }

func trimSpaceLeft(text []rune) []rune {
	for len(text) > 0 && unicode.IsSpace(text[0]) {
		text = text[1:]
	}
	return text
}

func trimSpaceRight(text []rune) []rune {
	for len(text) > 0 && unicode.IsSpace(text[len(text)-1]) {
		text = text[:len(text)-1]
	}
	return text
}

// stripSpace returns s without any white space, to compare a text with
// the lines it was wrapped onto.
func stripSpace(s string) string { return strings.Join(strings.Fields(s), "") }
