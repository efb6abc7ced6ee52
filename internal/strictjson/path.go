package strictjson

import (
	"bytes"
	"strconv"
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
	return string(d.appendPath(nil, false))
}

// appendPath appends the current path to b, with every list index
// written as [] when wildcard is set, as in "accelerators[].phases".
func (d *decoder) appendPath(b []byte, wildcard bool) []byte {
	for _, e := range d.path {
		switch {
		case e.rawKey != nil:
			b = appendKey(b, keyName(e.rawKey))
		case e.name != "":
			b = appendKey(b, e.name)
		case wildcard:
			b = append(b, "[]"...)
		default:
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(e.index), 10)
			b = append(b, ']')
		}
	}
	return b
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
func appendKey(b []byte, key string) []byte {
	if !PlainName(key) {
		b = append(b, '[')
		b = strconv.AppendQuote(b, key)
		return append(b, ']')
	}
	if len(b) > 0 {
		b = append(b, '.')
	}
	return append(b, key...)
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
