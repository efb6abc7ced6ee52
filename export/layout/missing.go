package layout

import (
	"fmt"
	"slices"
	"strings"
)

// MissingGlyphsError reports characters a document could not draw: no
// font, embedded, configured or of the system, has a glyph for them.
// Documents fail with it unless Config.AllowMissingGlyphs is set, in
// which case the characters are drawn as boxes and the log says so. Test
// for it with errors.As.
type MissingGlyphsError struct {
	// Runes are the characters, in the order they were first drawn.
	Runes []rune
	// Scripts are their Unicode scripts ("Hangul", "Arabic"; "Common"
	// for symbols and emoji), in the order of Runes.
	Scripts []string
	// Advice says how to get a font for them on the system the document
	// is made on.
	Advice string
}

// maxListedRunes is how many characters an error message names.
const maxListedRunes = 12

// Error names the characters, their scripts and the advice.
func (e MissingGlyphsError) Error() string {
	return fmt.Sprintf("no font has a glyph for %d character(s) in %s: %s; %s",
		len(e.Runes), joinAnd(e.Scripts), runeList(e.Runes, maxListedRunes), e.Advice)
}

// newMissingGlyphsError returns the error for runes no font has, with
// advice for operating system goos; hanLang is the fontconfig language
// of the document's Han text (see hanLang).
func newMissingGlyphsError(runes []rune, goos, hanLang string) MissingGlyphsError {
	e := MissingGlyphsError{Runes: slices.Clone(runes)}
	var packages []string
	drawable, beyond := false, false
	for _, r := range runes {
		script := scriptOf(r)
		if !slices.Contains(e.Scripts, script) {
			e.Scripts = append(e.Scripts, script)
		}
		if r > 0xFFFF {
			beyond = true
			continue
		}
		drawable = true
		needs := needsOf(script, hanLang)
		if script == "Common" && fontScript(r) == "Han" {
			// CJK punctuation wants the font of the document's Han text.
			needs = needsOf("Han", hanLang)
		}
		if needs.debian != "" && !slices.Contains(packages, needs.debian) {
			packages = append(packages, needs.debian)
		}
	}
	var advice []string
	if drawable {
		var named []string
		for _, s := range e.Scripts {
			if s != "Common" && s != "Inherited" && s != "Unknown" {
				named = append(named, s)
			}
		}
		what := "a font that has them"
		if len(named) > 0 {
			what = "a font for " + joinAnd(named)
		}
		if goos != "windows" && goos != "darwin" && len(packages) > 0 {
			what += " (on Debian or Ubuntu: apt-get install " + strings.Join(packages, " ") + ")"
		}
		advice = append(advice, fmt.Sprintf("install %s or choose one in Settings", what))
	}
	if beyond {
		advice = append(advice, "characters beyond U+FFFF, such as emoji, cannot be drawn in documents: leave them out")
	}
	e.Advice = strings.Join(advice, "; ")
	return e
}

// runeList names up to n characters with their code points: '삼'
// (U+C0BC), and says how many more there are.
func runeList(runes []rune, n int) string {
	names := make([]string, 0, min(n, len(runes)))
	for i, r := range runes {
		if i == n {
			break
		}
		names = append(names, fmt.Sprintf("%q (U+%04X)", r, r))
	}
	list := strings.Join(names, ", ")
	if len(runes) > n {
		list += fmt.Sprintf(" and %d more", len(runes)-n)
	}
	return list
}

// joinAnd joins words as English lists them: "a", "a and b", "a, b and
// c".
func joinAnd(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
