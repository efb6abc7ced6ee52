package app

import (
	"strings"
	"unicode"
)

// lineBreakSpace is the space put where a line of Chinese, Japanese or
// Korean text may break between a word in Latin letters and the
// characters around it: a hair space, about the gap Japanese typesetting
// leaves there anyway.
const lineBreakSpace = '\u200A'

// isCJK reports whether r is a Chinese, Japanese or Korean character or
// punctuation, between any two of which a line may break.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x30FF) || (r >= 0xFF00 && r <= 0xFFEF)
}

// noBreakBefore are characters a line must not start with; noBreakAfter
// are characters a line must not end with.
const (
	noBreakBefore = "）」』】〕〉》、。，．・〜：；？！)]},.:;?!%"
	noBreakAfter  = "（「『【〔〈《([{"
)

// cjkLineBreaks returns s with a hair space wherever a line may break
// between Chinese, Japanese or Korean characters and a word of other
// letters, so that a window that breaks lines only at spaces (and inside
// words too long for a line) keeps "Europe/London" or an e-mail address
// whole in a Japanese sentence. Text without such characters is returned
// as it is.
func cjkLineBreaks(s string) string {
	runes := []rune(s)
	var b strings.Builder
	for i, r := range runes {
		if i > 0 {
			prev := runes[i-1]
			mixed := isCJK(prev) != isCJK(r)
			spaced := unicode.IsSpace(prev) || unicode.IsSpace(r)
			if mixed && !spaced && !strings.ContainsRune(noBreakBefore, r) && !strings.ContainsRune(noBreakAfter, prev) {
				b.WriteRune(lineBreakSpace)
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// wrapped returns text for a label that wraps: with the line breaks of
// cjkLineBreaks in a window in Chinese, Japanese or Korean.
func (u *UI) wrapped(text string) string {
	if !usesCJKFont(u.text.Language()) {
		return text
	}
	return cjkLineBreaks(text)
}
