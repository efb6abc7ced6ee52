package storage

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// maxProblems bounds how many problems one file reports: enough to fix a
// file, not so many that one mistake repeated drowns the rest.
const maxProblems = 100

// jsonChecker checks a decoded JSON value against the Go type it will be
// decoded into, and lists every unknown field and wrong type with its
// path, such as "accounts[2].customer.contacts[5].product". The standard
// decoder reports only the first problem and without list indexes.
type jsonChecker struct {
	problems []planner.FieldError
}

func (c *jsonChecker) add(path, format string, args ...any) {
	if len(c.problems) < maxProblems {
		c.problems = append(c.problems, planner.FieldError{Field: path, Message: fmt.Sprintf(format, args...)})
	}
}

func (c *jsonChecker) full() bool { return len(c.problems) >= maxProblems }

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
)

// decodeValue parses one JSON value keeping numbers exact. A syntax error
// names the line and column.
func decodeValue(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, syntaxError(data, err)
	}
	if _, err := dec.Token(); err == nil {
		return nil, errors.New("unexpected data after the end of the JSON value")
	}
	return v, nil
}

// syntaxError adds the line and column to a JSON syntax error.
func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := lineCol(data, se.Offset)
		return fmt.Errorf("line %d, column %d: %v", line, col, se)
	}
	switch {
	case errors.Is(err, io.EOF):
		return errors.New("there is no JSON value (the input is empty)")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("the JSON ends too early (the file is cut short)")
	}
	return err
}

func lineCol(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// check walks v (as decodeValue returns it) against type t.
func (c *jsonChecker) check(path string, v any, t reflect.Type) {
	if c.full() || v == nil { // null leaves the zero value, as json does
		return
	}
	if t.Kind() == reflect.Pointer {
		c.check(path, v, t.Elem())
		return
	}
	if reflect.PointerTo(t).Implements(jsonUnmarshalerType) {
		raw, _ := json.Marshal(v)
		if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
			c.add(path, "%s", cleanJSONError(err))
		}
		return
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		s, ok := v.(string)
		if !ok {
			c.add(path, "want a string, got %s", jsonKind(v))
			return
		}
		if err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			c.add(path, "%s", cleanJSONError(err))
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			c.add(path, "want an object, got %s", jsonKind(v))
			return
		}
		fields := jsonFields(t)
		for _, key := range sortedKeys(obj) {
			f, ok := fields[key]
			if !ok {
				c.add(joinPath(path, key), "unknown field%s", suggestField(key, fields))
				continue
			}
			c.check(joinPath(path, key), obj[key], t.FieldByIndex(f).Type)
		}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && t.Kind() == reflect.Slice {
			if _, ok := v.(string); !ok {
				c.add(path, "want a base64 string, got %s", jsonKind(v))
			}
			return
		}
		list, ok := v.([]any)
		if !ok {
			c.add(path, "want a list, got %s", jsonKind(v))
			return
		}
		if t.Kind() == reflect.Array && len(list) > t.Len() {
			c.add(path, "want at most %d entries, got %d", t.Len(), len(list))
		}
		for i, item := range list {
			c.check(fmt.Sprintf("%s[%d]", path, i), item, t.Elem())
		}
	case reflect.Map:
		obj, ok := v.(map[string]any)
		if !ok {
			c.add(path, "want an object, got %s", jsonKind(v))
			return
		}
		for _, key := range sortedKeys(obj) {
			p := joinPath(path, key)
			if reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				if err := reflect.New(t.Key()).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					c.add(p, "%s", cleanJSONError(err))
				}
			} else if t.Key().Kind() != reflect.String {
				c.add(p, "unsupported key type %s", t.Key())
			}
			c.check(p, obj[key], t.Elem())
		}
	case reflect.String:
		if _, ok := v.(string); !ok {
			c.add(path, "want a string, got %s", jsonKind(v))
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			c.add(path, "want true or false, got %s", jsonKind(v))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			c.add(path, "want a whole number, got %s", jsonKind(v))
		} else if _, err := strconv.ParseInt(n.String(), 10, t.Bits()); err != nil {
			c.add(path, "want a whole number, got %s", n)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := v.(json.Number)
		if !ok {
			c.add(path, "want a whole number, got %s", jsonKind(v))
		} else if _, err := strconv.ParseUint(n.String(), 10, t.Bits()); err != nil {
			c.add(path, "want a whole number of at least 0, got %s", n)
		}
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			c.add(path, "want a number, got %s", jsonKind(v))
		} else if _, err := strconv.ParseFloat(n.String(), t.Bits()); err != nil {
			c.add(path, "the number %s is out of range", n)
		}
	case reflect.Interface:
	default:
		c.add(path, "cannot be read into %s", t)
	}
}

// jsonFields maps the JSON names of t's fields to their index.
func jsonFields(t reflect.Type) map[string][]int {
	out := map[string][]int{}
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		if _, dup := out[name]; !dup {
			out[name] = f.Index
		}
	}
	return out
}

func suggestField(key string, fields map[string][]int) string {
	for name := range fields {
		if strings.EqualFold(name, key) {
			return fmt.Sprintf(" (did you mean %q?)", name)
		}
	}
	return ""
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func jsonKind(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	case string:
		return fmt.Sprintf("the string %q", clip(x))
	case json.Number:
		return "the number " + x.String()
	case bool:
		return strconv.FormatBool(x)
	}
	return "null"
}

func clip(s string) string {
	const max = 40
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}

// cleanJSONError drops the "json: " prefix of decoder messages.
func cleanJSONError(err error) string {
	return strings.TrimPrefix(err.Error(), "json: ")
}
