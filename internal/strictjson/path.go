package strictjson

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// pathElem is one step of a JSON path: an object key as written in the
// document, a field name, or a list index.
type pathElem struct {
	rawKey []byte // a key with its quotes, as written; nil for the others
	name   string // a field name, when rawKey is nil
	index  int    // a list index, when rawKey is nil and name is ""
}

// renderPath writes the current path as accelerators[12].solution.
func (d *decoder) renderPath() string {
	var b strings.Builder
	for _, e := range d.path {
		switch {
		case e.rawKey != nil:
			appendKey(&b, keyName(e.rawKey))
		case e.name != "":
			appendKey(&b, e.name)
		default:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(e.index))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// keyName returns the text of an object key written with its quotes.
func keyName(raw []byte) string {
	content := raw[1 : len(raw)-1]
	if bytes.IndexByte(content, '\\') >= 0 || !utf8.Valid(content) {
		return string(unescape(content))
	}
	return string(content)
}

// appendKey appends an object key to a path: after a dot when it is a
// plain name, else quoted in brackets.
func appendKey(b *strings.Builder, key string) {
	if !PlainName(key) {
		b.WriteByte('[')
		b.WriteString(strconv.Quote(key))
		b.WriteByte(']')
		return
	}
	if b.Len() > 0 {
		b.WriteByte('.')
	}
	b.WriteString(key)
}

// PlainName reports whether an object key can be written after a dot in
// a path, as in "addons[0].states.expert", rather than quoted in brackets,
// as in `addons[0].states["gold tier"]`: it is not empty and holds only
// ASCII letters, digits, '-' and '_'.
func PlainName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		ok := r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !ok {
			return false
		}
	}
	return true
}
