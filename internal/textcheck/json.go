package textcheck

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// FindInvalidUTF8 finds the first byte of the JSON document data that is not
// part of valid UTF-8. It returns the path of the value the byte is in,
// written as strictjson writes paths (accounts[2].customer.name), and
// the byte offset from 0; ok is false when data is valid UTF-8. The path
// is empty when the byte lies outside any value, or after a syntax error.
// JSON decoders replace such bytes with U+FFFD, which would change the
// text silently; callers refuse the file instead.
func FindInvalidUTF8(data []byte) (path string, offset int, ok bool) {
	if utf8.Valid(data) {
		return "", 0, false
	}
	for offset < len(data) {
		r, size := utf8.DecodeRune(data[offset:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		offset += size
	}
	return pathAt(data, int64(offset)), offset, true
}

// frame is an object or array the walk of pathAt is in.
type frame struct {
	object bool
	key    string // the current key of an object
	index  int    // the index of the next value of an array
	keyed  bool   // an object's key was read, its value not yet
}

// pathAt returns the path of the JSON value that holds byte offset of
// data, or "" when there is none.
func pathAt(data []byte, offset int64) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return render(stack, false)
		}
		end := dec.InputOffset()
		top := len(stack) - 1
		key, isString := tok.(string)
		if isString && top >= 0 && stack[top].object && !stack[top].keyed {
			if start <= offset && offset < end {
				return render(stack, false) // the key itself: the object's path
			}
			stack[top].key, stack[top].keyed = key, true
			continue
		}
		if start <= offset && offset < end {
			return render(stack, true)
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			stack = append(stack, frame{object: tok == json.Delim('{')})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:top]
			top--
		}
		if top >= 0 { // a value of the container at top is complete
			if stack[top].object {
				stack[top].keyed = false
			} else {
				stack[top].index++
			}
		}
	}
}

// render writes the path of the stack; with value, the path of the value
// being read in the innermost container, else of that container.
func render(stack []frame, value bool) string {
	var b strings.Builder
	for i, f := range stack {
		if i == len(stack)-1 && !value {
			break
		}
		if f.object {
			if !strictjson.PlainName(f.key) {
				b.WriteString("[" + strconv.Quote(f.key) + "]")
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		} else {
			b.WriteString("[" + strconv.Itoa(f.index) + "]")
		}
	}
	return b.String()
}
