package strictjson

import (
	"fmt"
	"math"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpace reads past white space. Reading a document from a reader,
// it is where the part of the document decoded is released: its callers
// keep no index into data.
func (d *decoder) skipSpace() {
	for {
		for d.pos < len(d.data) && isSpace(d.data[d.pos]) {
			d.pos++
		}
		if d.r == nil {
			return
		}
		d.release()
		if d.pos < len(d.data) || !d.fill(d.pos) {
			return
		}
	}
}

// syntaxError returns the error that stops decoding at index pos of
// data; when the document could not be read to its end, it returns the
// error reading it instead.
func (d *decoder) syntaxError(pos int, msg string) error {
	if d.readErr != nil {
		return d.readErr
	}
	offset, line, col := d.position(pos)
	return &SyntaxError{Path: d.renderPath(), Offset: offset, Line: line, Column: col, Msg: msg}
}

// syntaxErrorCause is syntaxError for one of the causes callers may word
// themselves.
func (d *decoder) syntaxErrorCause(pos int, cause error) error {
	err := d.syntaxError(pos, cause.Error())
	if syn, ok := err.(*SyntaxError); ok {
		syn.Err = cause
	}
	return err
}

// unexpected returns the syntax error for the byte at the current
// position when want was expected there.
func (d *decoder) unexpected(want string) error {
	if !d.more(d.pos) {
		return d.syntaxError(d.pos, "the file ends before the JSON is complete")
	}
	d.more(d.pos + utf8.UTFMax - 1)
	r, _ := utf8.DecodeRune(d.data[d.pos:])
	return d.syntaxError(d.pos, fmt.Sprintf("want %s, found %q", want, r))
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
	longest := math.MaxInt // bytes, past which the string is too long
	if m := d.opts.MaxStringLength; m > 0 && m < math.MaxInt/maxEscapedLength {
		longest = m * maxEscapedLength
	}
	for i := start; ; {
		if !d.more(i) {
			return nil, false, d.syntaxError(len(d.data), "the file ends inside a string")
		}
		if i-start > longest {
			return nil, false, d.stringTooLong()
		}
		switch c := d.data[i]; {
		case c == '"':
			d.pos = i + 1
			raw = d.data[start:i]
			if plain && !ascii {
				plain = utf8.Valid(raw)
			}
			if err := d.checkLength(raw); err != nil {
				return nil, false, err
			}
			return raw, plain, nil
		case c == '\\':
			plain = false
			if !d.more(i + 1) {
				return nil, false, d.syntaxError(len(d.data), "the file ends inside a string")
			}
			switch d.data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if !d.more(i + 5) {
					return nil, false, d.syntaxError(len(d.data), "the file ends inside a string")
				}
				if hex4(d.data[i+2:i+6]) < 0 {
					return nil, false, d.syntaxError(i, fmt.Sprintf("invalid escape %q in a string; want \\u and four hex digits", d.data[i:i+6]))
				}
				i += 6
			default:
				d.more(i + utf8.UTFMax)
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
	longest := d.opts.MaxStringLength
	if longest <= 0 {
		longest = math.MaxInt
	}
	tooLong := false
	digits := func() int {
		n := 0
		for d.more(d.pos) && '0' <= d.data[d.pos] && d.data[d.pos] <= '9' {
			if d.pos-start >= longest {
				tooLong = true
				return n
			}
			d.pos++
			n++
		}
		return n
	}
	if d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.more(d.pos) && d.data[d.pos] == '0':
		d.pos++
	case digits() == 0 && !tooLong:
		return nil, d.unexpected("a digit")
	}
	if !tooLong && d.more(d.pos) && d.data[d.pos] == '.' {
		d.pos++
		if digits() == 0 && !tooLong {
			return nil, d.unexpected("a digit after the decimal point")
		}
	}
	if !tooLong && d.more(d.pos) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.more(d.pos) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if digits() == 0 && !tooLong {
			return nil, d.unexpected("a digit in the exponent")
		}
	}
	if tooLong {
		return nil, &LimitError{Path: d.renderPath(), Message: fmt.Sprintf("the number is longer than %s characters", Thousands(longest))}
	}
	return d.data[start:d.pos], nil
}

// boolean reads true or false.
func (d *decoder) boolean() (bool, error) {
	switch {
	case d.literal("true"):
		d.pos += len("true")
		return true, nil
	case d.literal("false"):
		d.pos += len("false")
		return false, nil
	}
	return false, d.unexpected("a value")
}
