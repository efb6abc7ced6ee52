package layout

import (
	"slices"

	"golang.org/x/text/unicode/bidi"
)

// Bidirectional text: a line of a document that mixes left-to-right and
// right-to-left text is drawn in the order of the Unicode bidirectional
// algorithm (UAX #9), with the character classes of
// golang.org/x/text/unicode/bidi.
//
// That package's Ordering only tells left-to-right runs from
// right-to-left ones; reordering a line (rule L2) needs the embedding
// level of every character, which tells "Acme שלום 2026" (the number
// belongs with the Hebrew, level 2, and is drawn left of it) from
// "Acme 2026 שלום". bidiLevels therefore resolves the levels itself, by
// the rules of the algorithm for one line without explicit embeddings:
// documents strip the embedding and isolate controls (see isInvisible),
// and paired brackets (rule N0) resolve as other neutrals.

// bidiLevels returns the embedding level of every rune of a line: even
// levels run left to right, odd ones right to left. The line runs left to
// right (level 0) unless its text is entirely right-to-left: it has
// right-to-left letters and no left-to-right ones.
func bidiLevels(runes []rune) []uint8 {
	classes := make([]bidi.Class, len(runes))
	hasL, hasR := false, false
	for i, r := range runes {
		p, _ := bidi.LookupRune(r)
		c := p.Class()
		switch c {
		case bidi.L:
			hasL = true
		case bidi.R, bidi.AL:
			hasR = true
		case bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
			c = bidi.BN
		}
		classes[i] = c
	}
	para := uint8(0)
	if hasR && !hasL {
		para = 1
	}
	levels := make([]uint8, len(runes))
	if !hasR && para == 0 {
		// Only numbers and neutrals around left-to-right letters: no
		// character changes level.
		allLTR := true
		for _, c := range classes {
			if c == bidi.AN {
				allLTR = false
				break
			}
		}
		if allLTR {
			return levels
		}
	}
	sos := bidi.L
	if para == 1 {
		sos = bidi.R
	}
	resolveWeak(classes, sos)
	resolveNeutral(classes, sos)
	for i, c := range classes {
		switch {
		case para%2 == 0 && c == bidi.R:
			levels[i] = para + 1
		case para%2 == 0 && (c == bidi.AN || c == bidi.EN):
			levels[i] = para + 2
		case para%2 == 1 && (c == bidi.L || c == bidi.EN || c == bidi.AN):
			levels[i] = para + 1
		default:
			levels[i] = para
		}
	}
	// L1: whitespace at the end of the line takes the paragraph level.
	for i := len(runes) - 1; i >= 0; i-- {
		p, _ := bidi.LookupRune(runes[i])
		if c := p.Class(); c != bidi.WS && c != bidi.BN && c != bidi.S && !isIsolateOrEmbedding(c) {
			break
		}
		levels[i] = para
	}
	return levels
}

// isIsolateOrEmbedding reports the classes of the explicit directional
// controls.
func isIsolateOrEmbedding(c bidi.Class) bool {
	switch c {
	case bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
		return true
	}
	return false
}

// resolveWeak applies the rules W1 to W7 to the classes of a line whose
// start of sequence is sos: marks take the class before them, numbers the
// direction of the letters before them, separators and terminators join
// numbers or become neutral.
func resolveWeak(classes []bidi.Class, sos bidi.Class) {
	// W1: a non-spacing mark takes the class of what it marks.
	prev := sos
	for i, c := range classes {
		switch c {
		case bidi.NSM:
			classes[i] = prev
		case bidi.BN:
			continue
		default:
			prev = c
		}
	}
	// W2, W3: European numbers after Arabic letters are Arabic numbers;
	// Arabic letters are right-to-left.
	strong := sos
	for i, c := range classes {
		switch c {
		case bidi.L, bidi.R:
			strong = c
		case bidi.AL:
			strong = c
			classes[i] = bidi.R
		case bidi.EN:
			if strong == bidi.AL {
				classes[i] = bidi.AN
			}
		}
	}
	// W4: one separator between two numbers of a kind joins them.
	for i := 1; i+1 < len(classes); i++ {
		before, after := classes[i-1], classes[i+1]
		switch {
		case classes[i] == bidi.ES && before == bidi.EN && after == bidi.EN:
			classes[i] = bidi.EN
		case classes[i] == bidi.CS && before == bidi.EN && after == bidi.EN:
			classes[i] = bidi.EN
		case classes[i] == bidi.CS && before == bidi.AN && after == bidi.AN:
			classes[i] = bidi.AN
		}
	}
	// W5: terminators next to a European number are part of it.
	for i := 0; i < len(classes); {
		if classes[i] != bidi.ET && classes[i] != bidi.BN {
			i++
			continue
		}
		j := i
		for j < len(classes) && (classes[j] == bidi.ET || classes[j] == bidi.BN) {
			j++
		}
		if (i > 0 && classes[i-1] == bidi.EN) || (j < len(classes) && classes[j] == bidi.EN) {
			for k := i; k < j; k++ {
				classes[k] = bidi.EN
			}
		}
		i = j
	}
	// W6: separators and terminators left over are neutral.
	for i, c := range classes {
		if c == bidi.ES || c == bidi.ET || c == bidi.CS {
			classes[i] = bidi.ON
		}
	}
	// W7: European numbers after left-to-right letters are left to right.
	strong = sos
	for i, c := range classes {
		switch c {
		case bidi.L, bidi.R:
			strong = c
		case bidi.EN:
			if strong == bidi.L {
				classes[i] = bidi.L
			}
		}
	}
}

// resolveNeutral applies the rules N1 and N2: neutrals between text of
// one direction take it (numbers count as right to left), the others the
// direction of the line, which is also what surrounds the line.
func resolveNeutral(classes []bidi.Class, sos bidi.Class) {
	dirOf := func(c bidi.Class) (bidi.Class, bool) {
		switch c {
		case bidi.L:
			return bidi.L, true
		case bidi.R, bidi.AN, bidi.EN:
			return bidi.R, true
		}
		return 0, false
	}
	for i := 0; i < len(classes); {
		if _, strong := dirOf(classes[i]); strong {
			i++
			continue
		}
		j := i
		for j < len(classes) {
			if _, strong := dirOf(classes[j]); strong {
				break
			}
			j++
		}
		before, after := sos, sos
		if i > 0 {
			before, _ = dirOf(classes[i-1])
		}
		if j < len(classes) {
			after, _ = dirOf(classes[j])
		}
		dir := sos // N2: the embedding direction
		if before == after {
			dir = before // N1
		}
		for k := i; k < j; k++ {
			classes[k] = dir
		}
		i = j
	}
}

// visualOrder returns the indices of items of the given levels in the
// order they are drawn, left to right (rule L2): from the highest level
// down to the lowest odd one, every sequence of items at that level or
// above is reversed.
func visualOrder(levels []uint8) []int {
	order := make([]int, len(levels))
	for i := range order {
		order[i] = i
	}
	if len(levels) == 0 {
		return order
	}
	highest, lowestOdd := uint8(0), uint8(255)
	for _, l := range levels {
		highest = max(highest, l)
		if l%2 == 1 {
			lowestOdd = min(lowestOdd, l)
		}
	}
	for level := highest; level >= lowestOdd && level > 0; level-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < level {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[order[j]] >= level {
				j++
			}
			slices.Reverse(order[i:j])
			i = j
		}
	}
	return order
}

// mirrored returns the character drawn for r in right-to-left text: the
// other bracket of a pair, r itself for other characters.
func mirrored(r rune) rune {
	p, _ := bidi.LookupRune(r)
	if !p.IsBracket() {
		return r
	}
	m := []rune(bidi.ReverseString(string(r)))
	if len(m) != 1 {
		return r
	}
	return m[0]
}
