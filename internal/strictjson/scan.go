package strictjson

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decoder) skipSpace() {
	for d.pos < len(d.data) && isSpace(d.data[d.pos]) {
		d.pos++
	}
}

// syntaxError returns the error that stops decoding at byte offset pos.
func (d *decoder) syntaxError(pos int, msg string) error {
	line, col := position(d.data, pos)
	return &SyntaxError{Path: d.renderPath(), Offset: pos, Line: line, Column: col, Msg: msg}
}

// syntaxErrorCause is syntaxError for one of the causes callers may word
// themselves.
func (d *decoder) syntaxErrorCause(pos int, cause error) error {
	err := d.syntaxError(pos, cause.Error()).(*SyntaxError)
	err.Err = cause
	return err
}

// unexpected returns the syntax error for the byte at the current
// position when want was expected there.
func (d *decoder) unexpected(want string) error {
	if d.pos >= len(d.data) {
		return d.syntaxError(d.pos, "the file ends before the JSON is complete")
	}
	r, _ := utf8.DecodeRune(d.data[d.pos:])
	return d.syntaxError(d.pos, fmt.Sprintf("want %s, found %q", want, r))
}

// position returns the 1-based line and column (in bytes) of the byte at
// offset i of data; i may be len(data), just past the end.
func position(data []byte, i int) (line, col int) {
	i = min(max(i, 0), len(data))
	before := data[:i]
	line = bytes.Count(before, []byte("\n")) + 1
	col = i - bytes.LastIndexByte(before, '\n')
	return line, col
}

// str reads the JSON string at d.pos (its opening quote) and returns its
// text, unescaped. The text shares memory with data when the string has
// no escapes.
func (d *decoder) str() ([]byte, error) {
	raw, plain, err := d.scanString()
	if err != nil || plain {
		return raw, err
	}
	return unescape(raw), nil
}

// scanString reads past the JSON string at d.pos (its opening quote) and
// returns its content as written, and whether that is its text too: no
// escapes and valid UTF-8.
func (d *decoder) scanString() (raw []byte, plain bool, err error) {
	start := d.pos + 1
	plain, ascii := true, true
	for i := start; ; {
		if i >= len(d.data) {
			return nil, false, d.syntaxError(len(d.data), "the file ends inside a string")
		}
		switch c := d.data[i]; {
		case c == '"':
			d.pos = i + 1
			raw = d.data[start:i]
			if plain && !ascii {
				plain = utf8.Valid(raw)
			}
			return raw, plain, nil
		case c == '\\':
			plain = false
			if i+1 >= len(d.data) {
				return nil, false, d.syntaxError(len(d.data), "the file ends inside a string")
			}
			switch d.data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(d.data) {
					return nil, false, d.syntaxError(len(d.data), "the file ends inside a string")
				}
				if hex4(d.data[i+2:i+6]) < 0 {
					return nil, false, d.syntaxError(i, fmt.Sprintf("invalid escape %q in a string; want \\u and four hex digits", d.data[i:i+6]))
				}
				i += 6
			default:
				r, _ := utf8.DecodeRune(d.data[i+1:])
				return nil, false, d.syntaxError(i, fmt.Sprintf("invalid escape \\%c in a string", r))
			}
		case c < 0x20:
			return nil, false, d.syntaxError(i, fmt.Sprintf("control character %q inside a string; write it as an escape such as \\n", c))
		default:
			if c >= utf8.RuneSelf {
				ascii = false
			}
			i++
		}
	}
}

// hex4 returns the value of four hex digits, or -1.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unicodeEscape returns the code of the \uXXXX escape at the start of b,
// or -1.
func unicodeEscape(b []byte) rune {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return -1
	}
	return hex4(b[2:6])
}

// unescape returns the text of the content of a JSON string that scanString
// accepted, as encoding/json decodes it: invalid UTF-8 and lone
// surrogates become U+FFFD.
func unescape(raw []byte) []byte {
	b := make([]byte, 0, len(raw)+utf8.UTFMax)
	for r := 0; r < len(raw); {
		c := raw[r]
		switch {
		case c == '\\':
			switch e := raw[r+1]; e {
			case 'u':
				rr := unicodeEscape(raw[r:])
				r += 6
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, unicodeEscape(raw[r:])); dec != unicode.ReplacementChar {
						r += 6
						b = utf8.AppendRune(b, dec)
						continue
					}
					rr = unicode.ReplacementChar
				}
				b = utf8.AppendRune(b, rr)
				continue
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			default: // " \ /
				b = append(b, e)
			}
			r += 2
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(raw[r:])
			b = utf8.AppendRune(b, rr)
			r += size
		}
	}
	return b
}

// number reads a JSON number and returns its text.
func (d *decoder) number() ([]byte, error) {
	start := d.pos
	digits := func() int {
		n := 0
		for d.pos < len(d.data) && '0' <= d.data[d.pos] && d.data[d.pos] <= '9' {
			d.pos++
			n++
		}
		return n
	}
	if d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos < len(d.data) && d.data[d.pos] == '0':
		d.pos++
	case digits() == 0:
		return nil, d.unexpected("a digit")
	}
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		if digits() == 0 {
			return nil, d.unexpected("a digit after the decimal point")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if digits() == 0 {
			return nil, d.unexpected("a digit in the exponent")
		}
	}
	return d.data[start:d.pos], nil
}

// boolean reads true or false.
func (d *decoder) boolean() (bool, error) {
	rest := d.data[d.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("true")):
		d.pos += len("true")
		return true, nil
	case bytes.HasPrefix(rest, []byte("false")):
		d.pos += len("false")
		return false, nil
	}
	return false, d.unexpected("a value")
}
