package export

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// referenceText is what an iCalendar TEXT value should read back as:
// CRLF as LF, tabs as spaces, other control characters dropped.
func referenceText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n") // an invalid byte reads as U+FFFD below
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7F:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FuzzICSText escapes and folds arbitrary text and reads it back: lines
// are at most 75 octets, never split a character, and unfold and
// unescape to the text.
func FuzzICSText(f *testing.F) {
	for _, s := range []string{"", "Müller GmbH; Øresund, Łódź", "a\\b\r\nc\td", strings.Repeat("株式会社サクラ電機 ", 30), "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := foldLine("DESCRIPTION:" + escapeText(s))
		if !strings.HasSuffix(folded, "\r\n") {
			t.Fatal("no CRLF at the end")
		}
		parts := strings.Split(strings.TrimSuffix(folded, "\r\n"), "\r\n")
		for i, p := range parts {
			if len(p) > 75 {
				t.Fatalf("line %d is %d octets", i, len(p))
			}
			if utf8.ValidString(s) && !utf8.ValidString(p) {
				t.Fatalf("line %d splits a character: %q", i, p)
			}
		}
		value := strings.TrimPrefix(strings.Join(parts, "\r\n"), "DESCRIPTION:")
		value = strings.ReplaceAll(value, "\r\n ", "")
		if got, want := unescapeText(value), referenceText(s); got != want {
			t.Fatalf("read back %q, want %q", got, want)
		}
	})
}
