package layout

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	otfont "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/segmenter"
	"github.com/go-text/typesetting/shaping"
)

// MMPerPoint converts typographic points to millimetres.
const MMPerPoint = 25.4 / 72

// familySans is the font family of the embedded Noto Sans, registered
// with the PDF writer; fallback fonts are registered as fallbackFamily.
const familySans = "notosans"

// fallbackFamily returns the font family the i-th fallback font a
// document draws with is registered as.
func fallbackFamily(i int) string { return fmt.Sprintf("fallback%d", i) }

// fontRole says which font draws a character.
type fontRole uint8

const (
	roleSans     fontRole = iota // embedded Noto Sans
	roleFallback                 // a font of the caller or the system
	roleMissing                  // no font has it: a placeholder box is drawn
)

// placeholderEm is the width of the box drawn for a character no font has.
const placeholderEm = 0.6

// typesetter measures, breaks and draws text, choosing for each character
// a font that has its glyph.
type typesetter struct {
	fonts *Fonts
	// hanLang is the fontconfig language whose fonts draw Han text (see
	// hanLang).
	hanLang string
	log     *[]string
	// fallback holds the font found for each character Noto Sans lacks,
	// nil when none has it.
	fallback map[rune]*fallbackFont
	// fallbackOrder lists the fallback fonts found, in the order first
	// found.
	fallbackOrder []*fallbackFont
	// noted are the notes on fonts already in the log.
	noted map[string]bool
	// used are the fallback fonts drawn with, in the order first drawn;
	// usedAt finds a font's place in it.
	used        []*usedFont
	usedAt      map[*fallbackFont]int
	missing     []rune
	missingSeen map[rune]bool
	// shaper shapes the runs of complex scripts (see shape.go), with the
	// faces read for it and the runs already shaped.
	shaper       shaping.HarfbuzzShaper
	shapingFaces map[*fallbackFont]*otfont.Face
	shapes       map[shapeKey]*shapedText
}

// usedFont is a fallback font a document draws with, and the characters
// drawn in it.
type usedFont struct {
	font  *fallbackFont
	runes map[rune]struct{}
	// private maps the private code points drawn to the shaped glyphs
	// they stand for, privateOf the other way (see privateCode);
	// nextPrivate is the next code to try.
	private     map[rune]uint16
	privateOf   map[uint16]rune
	nextPrivate rune
}

// face returns the Noto Sans face of a weight.
func (t *typesetter) face(bold bool) *fontFace {
	if bold {
		return t.fonts.bold
	}
	return t.fonts.regular
}

// fallbackFor returns the font that draws r, which Noto Sans lacks,
// searching on first use and logging what was passed over; nil when no
// font has r.
func (t *typesetter) fallbackFor(r rune) *fallbackFont {
	if font, ok := t.fallback[r]; ok {
		return font
	}
	if isCommonScript(r) {
		// Punctuation and symbols shared by scripts come from a fallback
		// font the document already draws with when it has them: one
		// font fewer to read and embed, and a line of Japanese keeps its
		// brackets in the Japanese font.
		for _, font := range t.fallbackOrder {
			if font.face.has(r) {
				if t.fallback == nil {
					t.fallback = map[rune]*fallbackFont{}
				}
				t.fallback[r] = font
				return font
			}
		}
	}
	res := t.fonts.lookup(r, t.hanLang)
	for _, note := range res.notes {
		if !t.noted[note] {
			if t.noted == nil {
				t.noted = map[string]bool{}
			}
			t.noted[note] = true
			*t.log = append(*t.log, note)
		}
	}
	if t.fallback == nil {
		t.fallback = map[rune]*fallbackFont{}
	}
	t.fallback[r] = res.font
	if res.font != nil && !slices.Contains(t.fallbackOrder, res.font) {
		t.fallbackOrder = append(t.fallbackOrder, res.font)
	}
	return res.font
}

// isCommonScript reports whether r belongs to no script of its own
// (punctuation, symbols, full-width forms) or takes the script of the
// text around it (combining marks).
func isCommonScript(r rune) bool { return unicode.In(r, unicode.Common, unicode.Inherited) }

// runeWidth returns the advance of r in thousandths of an em and the font
// that draws it: Noto Sans, a fallback font, or none.
func (t *typesetter) runeWidth(r rune, bold bool) (int, fontRole, *fallbackFont) {
	if w, ok := t.face(bold).width(r); ok {
		return w, roleSans, nil
	}
	if font := t.fallbackFor(r); font != nil {
		if w, ok := font.face.width(r); ok {
			return w, roleFallback, font
		}
	}
	return placeholderEm * 1000, roleMissing, nil
}

// family returns the font family a fallback font is drawn in, noting that
// the document draws runes with it.
func (t *typesetter) family(font *fallbackFont, runes string) string {
	i, u := t.usedFont(font)
	for _, r := range runes {
		u.runes[r] = struct{}{}
	}
	return fallbackFamily(i)
}

// usedFont returns a fallback font as one the document draws with, and
// its place among them.
func (t *typesetter) usedFont(font *fallbackFont) (int, *usedFont) {
	i, ok := t.usedAt[font]
	if !ok {
		if t.usedAt == nil {
			t.usedAt = map[*fallbackFont]int{}
		}
		i = len(t.used)
		t.usedAt[font] = i
		t.used = append(t.used, &usedFont{font: font, runes: map[rune]struct{}{}})
	}
	return i, t.used[i]
}

// usedReport returns a log line for each fallback font drawn with: the
// scripts it drew and its file.
func (t *typesetter) usedReport() []string {
	var lines []string
	for _, u := range t.used {
		var scripts []string
		for r := range u.runes {
			if _, ok := u.private[r]; ok {
				continue
			}
			if s := scriptOf(r); !slices.Contains(scripts, s) {
				scripts = append(scripts, s)
			}
		}
		slices.Sort(scripts)
		if named := slices.DeleteFunc(slices.Clone(scripts), func(s string) bool { return s == "Common" || s == "Inherited" }); len(named) > 0 {
			scripts = named // punctuation goes with the script around it
		}
		lines = append(lines, fmt.Sprintf("%s text drawn with %s", joinAnd(scripts), u.font.name()))
	}
	return lines
}

// measure returns the width of one line of text in millimetres.
func (t *typesetter) measure(s string, st TextStyle) float64 {
	if isComplexText(s) {
		return float64(t.measureComplex(s, st.Bold)) * st.Size / 1000 * MMPerPoint
	}
	total := 0
	for _, r := range s {
		w, _, _ := t.runeWidth(r, st.Bold)
		total += w
	}
	return float64(total) * st.Size / 1000 * MMPerPoint
}

// noteMissing records a character no font could draw.
func (t *typesetter) noteMissing(r rune) {
	if t.missingSeen[r] {
		return
	}
	if t.missingSeen == nil {
		t.missingSeen = map[rune]bool{}
	}
	t.missingSeen[r] = true
	t.missing = append(t.missing, r)
}

// missingError returns the error of the characters no font could draw,
// or nil when every character was drawn.
func (t *typesetter) missingError() error {
	if len(t.missing) == 0 {
		return nil
	}
	return newMissingGlyphsError(t.missing, t.fonts.search.OS, t.hanLang)
}

// missingReport returns the log line for the characters no font could
// draw, drawn as boxes, or "" when every character was drawn.
func (t *typesetter) missingReport() string {
	if len(t.missing) == 0 {
		return ""
	}
	e := newMissingGlyphsError(t.missing, t.fonts.search.OS, t.hanLang)
	return fmt.Sprintf("%d character(s) could not be drawn and show as boxes: %s; %s",
		len(t.missing), runeList(t.missing, len(t.missing)), e.Advice)
}

// cleanText turns tabs into spaces, drops other control and zero-width
// characters, and normalises line ends to "\n".
func cleanText(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 && r != '\n' || isInvisible(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20, isInvisible(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isInvisible reports characters that take no space and draw nothing.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r == 0xFEFF, r == 0x2060, r == 0x00AD:
		return true
	case r >= 0xFE00 && r <= 0xFE0F:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		// Embedding and isolate controls: lines are ordered by the
		// bidirectional algorithm without them (see bidiLevels).
		return true
	case r >= 0x7F && r < 0xA0:
		return true
	}
	return false
}

// isIdeographic reports characters after which a line may break without a
// space (Chinese, Japanese and Korean script).
func isIdeographic(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// noLineStart lists characters a line must not begin with (closing
// punctuation, the wave dash of ranges, Japanese small kana and the
// prolonged sound mark).
const noLineStart = "、。，．・：；？！）」』】〕〉》～〜ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]}%"

// dateCounters are the counters of a Japanese date or quantity that stay
// with the number before them, so that "2026年3月12日", "56.5時間" or
// "3件" is not broken across lines.
const dateCounters = "年月日時分件名週回"

// counterTails are the second characters of two-character counters
// ("時間", "分間", "週間", "か月").
const counterTails = "間"

// isKatakana reports whether r is a katakana letter or the long vowel
// mark: a katakana word ("ドラフト", "チャネル") is not broken inside.
func isKatakana(r rune) bool {
	return (r >= 0x30A1 && r <= 0x30FA) || r == 0x30FC || (r >= 0x31F0 && r <= 0x31FF)
}

// endsInKatakana reports whether s ends in a katakana letter.
func endsInKatakana(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isKatakana(r)
}

// maxKeptBracket is the most characters a short bracketed phrase holds
// ("（予定済み）") that stays on one line.
const maxKeptBracket = 8

// shortBracket returns the bracketed phrase that starts s when it opens
// with a full-width bracket, closes within maxKeptBracket characters and
// holds no space; "" otherwise.
func shortBracket(s string) string {
	open, size := utf8.DecodeRuneInString(s)
	var closing rune
	switch open {
	case '（':
		closing = '）'
	case '「':
		closing = '」'
	default:
		return ""
	}
	n := 0
	for i, r := range s[size:] {
		switch {
		case r == closing:
			return s[:size+i+utf8.RuneLen(r)]
		case r == ' ' || r == open:
			return ""
		}
		n++
		if n > maxKeptBracket {
			return ""
		}
	}
	return ""
}

// endsInDigit reports whether s ends in an ASCII digit.
func endsInDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

// noLineEnd lists characters a line must not end with (opening brackets).
const noLineEnd = "（「『【〔〈《([{"

// token is an unbreakable piece of a line.
type token struct {
	text  string
	space bool // a space separates it from the previous token
	// address marks an e-mail address or URL: it is never broken at a
	// hyphen, and when it cannot fit a line it breaks after '@', '.' or
	// '/' (see addressParts).
	address bool
}

// isAddress reports whether a word is an e-mail address or a URL, which
// must not be broken inside a label.
func isAddress(word string) bool {
	if at := strings.IndexByte(word, '@'); at > 0 && strings.Contains(word[at+1:], ".") {
		return true
	}
	lower := strings.ToLower(word)
	return strings.Contains(lower, "://") || strings.HasPrefix(lower, "www.")
}

// addressParts splits an address after each '@', '.' and '/', the only
// places it may break: "anna@x.example" gives "anna@", "x." and "example".
func addressParts(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if (s[i] == '@' || s[i] == '.' || s[i] == '/') && i+1 < len(s) {
			parts = append(parts, s[start:i+1])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// tokens splits a paragraph at the places a line may break.
func tokens(para string) []token {
	var out []token
	var cur strings.Builder
	space := false
	glueNext := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, token{text: cur.String(), space: space})
			cur.Reset()
			space = false
		}
	}
	for i := 0; i < len(para); {
		if cur.Len() == 0 && (i == 0 || para[i-1] == ' ') {
			// An e-mail address or URL is one token, hyphens and all.
			word, _, _ := strings.Cut(para[i:], " ")
			if word != "" && isAddress(word) {
				out = append(out, token{text: word, space: space, address: true})
				space, glueNext = false, false
				i += len(word)
				continue
			}
		}
		if !glueNext {
			if group := shortBracket(para[i:]); group != "" {
				// A short bracketed phrase is one token: "（予定済み）".
				flush()
				cur.WriteString(group)
				i += len(group)
				flush()
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(para[i:])
		i += size
		last, _ := utf8.DecodeLastRuneInString(cur.String())
		switch {
		case r == ' ':
			flush()
			space = len(out) > 0
			glueNext = false
		case strings.ContainsRune(dateCounters, r) && endsInDigit(cur.String()),
			strings.ContainsRune(counterTails, r) && strings.ContainsRune(dateCounters, last) && cur.Len() > len(string(last)) && endsInDigit(strings.TrimSuffix(cur.String(), string(last))):
			// A number keeps its counter: "2026年3月12日", "56.5時間".
			cur.WriteRune(r)
			glueNext = false
		case isKatakana(r) && isKatakana(last):
			// A katakana word stays whole.
			cur.WriteRune(r)
			glueNext = false
		case isKatakana(r) && cur.Len() == 0 && !space && len(out) > 0 && endsInKatakana(out[len(out)-1].text):
			out[len(out)-1].text += string(r)
		case isIdeographic(r) || strings.ContainsRune(noLineStart, r) || strings.ContainsRune(noLineEnd, r):
			if strings.ContainsRune(noLineStart, r) && cur.Len() == 0 && len(out) > 0 && !space {
				// Stick closing punctuation to the token before it.
				out[len(out)-1].text += string(r)
				continue
			}
			if strings.ContainsRune(noLineStart, r) {
				cur.WriteRune(r)
				if isIdeographic(r) {
					// A line may break after Japanese punctuation, also
					// between Latin words: "Sites、Analytics".
					flush()
					glueNext = false
				}
				continue
			}
			if !glueNext {
				flush()
			}
			cur.WriteRune(r)
			glueNext = strings.ContainsRune(noLineEnd, r)
			if !glueNext {
				flush()
			}
		case r == '-' || r == '/':
			cur.WriteRune(r)
			flush()
			glueNext = false
		default:
			cur.WriteRune(r)
			glueNext = false
		}
	}
	flush()
	return out
}

// WidestWord returns the width in millimetres of the widest piece of s
// that wrapping keeps on one line when it can (a word, or a part of an
// e-mail address or URL between the places it may break): a line
// narrower than that breaks it between characters.
func (d *Doc) WidestWord(s string, st TextStyle) float64 { return d.ts.widestPiece(s, st) }

// widestPiece returns the width of the widest piece of s that wrap keeps
// on one line when it can: a word, a katakana word, a number with its
// counter, or a part of an e-mail address or URL between the places it
// may break.
func (t *typesetter) widestPiece(s string, st TextStyle) float64 {
	w := 0.0
	for _, para := range strings.Split(cleanText(s), "\n") {
		for _, tok := range tokens(para) {
			if !tok.address {
				w = max(w, t.measure(tok.text, st))
				continue
			}
			for _, part := range addressParts(tok.text) {
				w = max(w, t.measure(part, st))
			}
		}
	}
	return w
}

// widestLine returns the width of the widest line of s unwrapped.
func (t *typesetter) widestLine(s string, st TextStyle) float64 {
	w := 0.0
	for _, para := range strings.Split(cleanText(s), "\n") {
		w = max(w, t.measure(para, st))
	}
	return w
}

// wrap breaks text into lines no wider than width millimetres. Line ends
// in the text are kept; an e-mail address or URL wider than the line
// breaks after '@', '.' or '/', never inside a label unless a label alone
// is wider than the line; any other word wider than the line is broken
// between characters. Empty text gives no lines.
func (t *typesetter) wrap(s string, width float64, st TextStyle) []string {
	s = cleanText(s)
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var lines []string
	spaceW := t.measure(" ", st)
	for _, para := range strings.Split(s, "\n") {
		first := len(lines)
		var line strings.Builder
		lineW := 0.0
		emit := func() {
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
		}
		for _, tok := range tokens(para) {
			tw := t.measure(tok.text, st)
			sp := 0.0
			if tok.space && line.Len() > 0 {
				sp = spaceW
			}
			if lineW+sp+tw <= width+1e-6 {
				if sp > 0 {
					line.WriteByte(' ')
				}
				line.WriteString(tok.text)
				lineW += sp + tw
				continue
			}
			if line.Len() > 0 {
				emit()
			}
			if tw <= width+1e-6 {
				line.WriteString(tok.text)
				lineW = tw
				continue
			}
			if tok.address {
				// An address wider than the line: break it after '@', '.'
				// or '/', and a label wider than the line between
				// characters.
				for _, part := range addressParts(tok.text) {
					pw := t.measure(part, st)
					if lineW+pw > width+1e-6 && line.Len() > 0 {
						emit()
					}
					if pw <= width+1e-6 {
						line.WriteString(part)
						lineW += pw
						continue
					}
					t.breakChars(part, width, st, &line, &lineW, emit)
				}
				continue
			}
			// A word wider than the line: break it between characters.
			t.breakChars(tok.text, width, st, &line, &lineW, emit)
		}
		emit()
		if len(lines)-first >= 2 {
			t.avoidWidow(lines[len(lines)-2:], width, st)
		}
	}
	return lines
}

// maxWidowRunes is the most characters a last line of Japanese or Chinese
// text may hold before the line above gives it a piece: "す。" alone on
// a line reads as an accident.
const maxWidowRunes = 2

// avoidWidow moves the last piece of the line before a paragraph's last
// line down to it when that last line holds only a character or two of
// Japanese or Chinese text, so that no sentence ends with "す。" or "ん"
// on a line of its own. pair is the two last lines of the paragraph,
// changed in place; nothing changes when the piece would not fit or the
// line above would be left with fewer than two pieces.
func (t *typesetter) avoidWidow(pair []string, width float64, st TextStyle) {
	last := pair[1]
	if n := utf8.RuneCountInString(last); n == 0 || n > maxWidowRunes || strings.Contains(last, " ") {
		return
	}
	r, _ := utf8.DecodeRuneInString(last)
	if !isIdeographic(r) && !strings.ContainsRune(noLineStart, r) {
		return
	}
	toks := tokens(pair[0])
	if len(toks) < 3 {
		return
	}
	piece := toks[len(toks)-1]
	pr, _ := utf8.DecodeRuneInString(piece.text)
	if piece.space || !isIdeographic(pr) || t.measure(piece.text+last, st) > width+1e-6 {
		return
	}
	pair[0] = strings.TrimSuffix(pair[0], piece.text)
	pair[1] = piece.text + last
}

// breakChars adds word to line, breaking it between characters where the
// line of width millimetres is full (emit ends the line). It breaks
// between grapheme clusters only, never between a letter and its marks or
// vowel signs; text that is shaped is measured with what is on the line
// before it, as it is drawn.
func (t *typesetter) breakChars(word string, width float64, st TextStyle, line *strings.Builder, lineW *float64, emit func()) {
	complexWord := isComplexText(word)
	var seg segmenter.Segmenter
	seg.InitWithString(word)
	for it := seg.GraphemeIterator(); it.Next(); {
		cluster := string(it.Grapheme().Text)
		rw := t.measure(cluster, st)
		if complexWord && line.Len() > 0 {
			rw = t.measure(line.String()+cluster, st) - *lineW
		}
		if *lineW+rw > width+1e-6 && line.Len() > 0 {
			emit()
			rw = t.measure(cluster, st)
		}
		line.WriteString(cluster)
		*lineW += rw
	}
}
