package catalog

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxDepth bounds how deeply JSON values may nest.
const maxDepth = 1000

// strictDecoder decodes JSON into a Go value the way encoding/json does,
// but keeps going after a mistake and records every one with its path:
// unknown and duplicate fields, values of the wrong type, missing required
// fields. A field is required unless its JSON tag says omitempty or
// omitzero. A JSON null is accepted for lists and objects decoded into
// maps (it means empty) and rejected elsewhere. Only a syntax error stops
// it.
type strictDecoder struct {
	data []byte
	pos  int // next byte to read
	path []pathElem
	// probs collects the problems.
	probs *problemList
	// structs caches the field table of each struct type met, and text
	// whether a type decodes itself from a string.
	structs map[reflect.Type]*structFields
	text    map[reflect.Type]bool
}

// pathElem is one step of a JSON path: a field name or a list index.
type pathElem struct {
	name  string
	index int // used when name is ""
}

// structFields is the JSON view of a struct type.
type structFields struct {
	byName map[string]int // JSON name to position in list
	list   []structField
}

type structField struct {
	name     string
	index    int // Go field index
	required bool
}

// syntaxError stops decoding at byte offset pos.
type syntaxError struct {
	pos int
	msg string
}

func (e *syntaxError) Error() string { return e.msg }

// decodeStrict decodes data into v (a pointer) and reports problems to
// probs. It reports whether the whole document was read: after a syntax
// error the problem says where, and the rest is not checked.
func decodeStrict(data []byte, v any, probs *problemList) bool {
	d := &strictDecoder{data: data, probs: probs, structs: map[reflect.Type]*structFields{}, text: map[reflect.Type]bool{}}
	d.skipSpace()
	if d.pos == len(d.data) {
		probs.addBad("", "the file is empty; want a JSON object")
		return false
	}
	err := d.value(reflect.ValueOf(v).Elem(), 0)
	if err == nil {
		d.skipSpace()
		if d.pos < len(d.data) {
			line, col := d.position(d.pos)
			probs.addBad("", fmt.Sprintf("line %d, column %d: unexpected text after the end of the catalog object", line, col))
			return false
		}
		return true
	}
	var syn *syntaxError
	if !errors.As(err, &syn) {
		d.report(err.Error())
		return false
	}
	line, col := d.position(syn.pos)
	d.report(fmt.Sprintf("syntax error at line %d, column %d: %s", line, col, syn.msg))
	return false
}

// position returns the 1-based line and column (in bytes) of the byte at
// offset i; i may be len(data), just past the end.
func (d *strictDecoder) position(i int) (line, col int) {
	i = min(max(i, 0), len(d.data))
	before := d.data[:i]
	line = bytes.Count(before, []byte("\n")) + 1
	col = i - bytes.LastIndexByte(before, '\n')
	return line, col
}

// report records a problem at the current path and marks the path bad.
func (d *strictDecoder) report(msg string) { d.probs.addBad(renderPath(d.path), msg) }

func (d *strictDecoder) push(e pathElem) { d.path = append(d.path, e) }
func (d *strictDecoder) pop()            { d.path = d.path[:len(d.path)-1] }

func (d *strictDecoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// unexpected returns the syntax error for the byte at the current position
// when want was expected there.
func (d *strictDecoder) unexpected(want string) error {
	if d.pos >= len(d.data) {
		return &syntaxError{d.pos, "the file ends before the JSON is complete"}
	}
	r, _ := utf8.DecodeRune(d.data[d.pos:])
	return &syntaxError{d.pos, fmt.Sprintf("want %s, found %q", want, r)}
}

// value decodes the next JSON value into v. An invalid v means the value
// is checked and dropped (an unknown field, or a value of the wrong type).
func (d *strictDecoder) value(v reflect.Value, depth int) error {
	if depth > maxDepth {
		return &syntaxError{d.pos, fmt.Sprintf("values nest more than %d levels deep", maxDepth)}
	}
	d.skipSpace()
	if d.pos >= len(d.data) {
		return d.unexpected("a value")
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object(v, depth)
	case c == '[':
		return d.array(v, depth)
	case c == '"':
		s, err := d.str()
		if err == nil && v.IsValid() {
			d.storeString(v, s)
		}
		return err
	case c == '-' || '0' <= c && c <= '9':
		n, err := d.number()
		if err == nil && v.IsValid() {
			d.storeNumber(v, n)
		}
		return err
	case c == 't' || c == 'f':
		b, err := d.boolean()
		if err == nil && v.IsValid() {
			if v.Kind() == reflect.Bool {
				v.SetBool(b)
			} else {
				d.wrongType(v, strconv.FormatBool(b))
			}
		}
		return err
	case c == 'n':
		if !bytes.HasPrefix(d.data[d.pos:], []byte("null")) {
			return d.unexpected("a value")
		}
		d.pos += len("null")
		if v.IsValid() {
			switch v.Kind() {
			case reflect.Slice, reflect.Map:
				v.SetZero()
			default:
				d.report("null is not allowed here; want " + describeType(v.Type()))
			}
		}
		return nil
	default:
		return d.unexpected("a value")
	}
}

// wrongType reports that the value for v is not of v's type.
func (d *strictDecoder) wrongType(v reflect.Value, got string) {
	d.report(fmt.Sprintf("want %s, got %s", describeType(v.Type()), got))
}

// object decodes a JSON object into struct or map v (or drops it when v is
// invalid or of another type).
func (d *strictDecoder) object(v reflect.Value, depth int) error {
	var (
		fields *structFields
		seen   []bool
		m      reflect.Value
	)
	if v.IsValid() {
		switch {
		case d.decodesText(v.Type()):
			d.wrongType(v, "an object")
		case v.Kind() == reflect.Struct:
			fields = d.fieldsOf(v.Type())
			seen = make([]bool, len(fields.list))
		case v.Kind() == reflect.Map:
			m = reflect.MakeMap(v.Type())
		default:
			d.wrongType(v, "an object")
		}
	}
	d.pos++ // the opening brace
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
	} else {
		for {
			d.skipSpace()
			if d.pos >= len(d.data) || d.data[d.pos] != '"' {
				return d.unexpected("a field name in double quotes")
			}
			key, err := d.str()
			if err != nil {
				return err
			}
			d.skipSpace()
			if d.pos >= len(d.data) || d.data[d.pos] != ':' {
				return d.unexpected("':' after the field name")
			}
			d.pos++
			d.push(pathElem{name: key})
			var target, mapKey reflect.Value
			switch {
			case fields != nil:
				pos, known := fields.byName[key]
				switch {
				case !known:
					d.report("unknown field" + suggestion(key, fields.names()))
				case seen[pos]:
					d.report("field given twice")
				default:
					seen[pos] = true
					target = v.Field(fields.list[pos].index)
				}
			case m.IsValid():
				mapKey = reflect.ValueOf(key).Convert(m.Type().Key())
				if m.MapIndex(mapKey).IsValid() {
					d.report("key given twice")
				} else {
					target = reflect.New(m.Type().Elem()).Elem()
				}
			}
			if err := d.value(target, depth+1); err != nil {
				return err
			}
			if m.IsValid() && target.IsValid() {
				m.SetMapIndex(mapKey, target)
			}
			d.pop()
			d.skipSpace()
			if d.pos < len(d.data) && d.data[d.pos] == ',' {
				d.pos++
				continue
			}
			if d.pos < len(d.data) && d.data[d.pos] == '}' {
				d.pos++
				break
			}
			return d.unexpected("',' or '}' after the field value")
		}
	}
	for i, f := range fieldsList(fields) {
		if f.required && !seen[i] {
			d.push(pathElem{name: f.name})
			d.report("required field is missing")
			d.pop()
		}
	}
	if m.IsValid() {
		v.Set(m)
	}
	return nil
}

func fieldsList(f *structFields) []structField {
	if f == nil {
		return nil
	}
	return f.list
}

// array decodes a JSON array into slice v (or drops it when v is invalid
// or not a slice). Elements of the wrong type are kept as zero values, so
// that later paths keep the file's indexes.
func (d *strictDecoder) array(v reflect.Value, depth int) error {
	var out reflect.Value
	if v.IsValid() {
		if v.Kind() == reflect.Slice {
			out = reflect.MakeSlice(v.Type(), 0, 4)
		} else {
			d.wrongType(v, "a list")
		}
	}
	d.pos++ // the opening bracket
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
	} else {
		for i := 0; ; i++ {
			d.push(pathElem{index: i})
			var elem reflect.Value
			if out.IsValid() {
				elem = reflect.New(out.Type().Elem()).Elem()
			}
			if err := d.value(elem, depth+1); err != nil {
				return err
			}
			if out.IsValid() {
				out = reflect.Append(out, elem)
			}
			d.pop()
			d.skipSpace()
			if d.pos < len(d.data) && d.data[d.pos] == ',' {
				d.pos++
				continue
			}
			if d.pos < len(d.data) && d.data[d.pos] == ']' {
				d.pos++
				break
			}
			return d.unexpected("',' or ']' after the list element")
		}
	}
	if out.IsValid() {
		v.Set(out)
	}
	return nil
}

// str reads a JSON string starting at the opening quote.
func (d *strictDecoder) str() (string, error) {
	start := d.pos
	plain := true // no escapes and valid UTF-8
	i := start + 1
	for {
		if i >= len(d.data) {
			return "", &syntaxError{len(d.data), "the file ends inside a string"}
		}
		c := d.data[i]
		switch {
		case c == '"':
			raw := d.data[start+1 : i]
			d.pos = i + 1
			if plain && utf8.Valid(raw) {
				return string(raw), nil
			}
			var s string
			if err := json.Unmarshal(d.data[start:i+1], &s); err != nil {
				return "", &syntaxError{start, "invalid escape in string: " + strings.TrimPrefix(err.Error(), "json: ")}
			}
			return s, nil
		case c == '\\':
			plain = false
			i += 2
		case c < 0x20:
			return "", &syntaxError{i, fmt.Sprintf("control character %q inside a string; write it as an escape such as \\n", c)}
		default:
			i++
		}
	}
}

// number reads a JSON number and returns its text.
func (d *strictDecoder) number() (string, error) {
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
		return "", d.unexpected("a digit")
	}
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		if digits() == 0 {
			return "", d.unexpected("a digit after the decimal point")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if digits() == 0 {
			return "", d.unexpected("a digit in the exponent")
		}
	}
	return string(d.data[start:d.pos]), nil
}

// boolean reads true or false.
func (d *strictDecoder) boolean() (bool, error) {
	for _, lit := range []string{"true", "false"} {
		if bytes.HasPrefix(d.data[d.pos:], []byte(lit)) {
			d.pos += len(lit)
			return lit == "true", nil
		}
	}
	return false, d.unexpected("a value")
}

// storeString stores a JSON string in v.
func (d *strictDecoder) storeString(v reflect.Value, s string) {
	switch {
	case d.decodesText(v.Type()):
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			d.report(err.Error())
		}
	case v.Kind() == reflect.String:
		v.SetString(s)
	default:
		got := "a string"
		if len(s) <= 40 {
			got = "the string " + strconv.Quote(s)
		}
		d.wrongType(v, got)
	}
}

// storeNumber stores the JSON number n in v.
func (d *strictDecoder) storeNumber(v reflect.Value, n string) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(n, 10, 64)
		if err != nil || v.OverflowInt(i) {
			d.report("want a whole number, got " + n)
			return
		}
		v.SetInt(i)
	default:
		d.wrongType(v, "the number "+n)
	}
}

// fieldsOf returns the JSON field table of struct type t.
func (d *strictDecoder) fieldsOf(t reflect.Type) *structFields {
	if f, ok := d.structs[t]; ok {
		return f
	}
	f := &structFields{byName: map[string]int{}}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		optional := false
		for o := range strings.SplitSeq(opts, ",") {
			optional = optional || o == "omitempty" || o == "omitzero"
		}
		f.byName[name] = len(f.list)
		f.list = append(f.list, structField{name: name, index: i, required: !optional})
	}
	d.structs[t] = f
	return f
}

// names returns the JSON names of the fields, in declaration order.
func (f *structFields) names() []string {
	out := make([]string, len(f.list))
	for i, x := range f.list {
		out[i] = x.name
	}
	return out
}

// decodesText is the package function decodesText, remembering answers.
func (d *strictDecoder) decodesText(t reflect.Type) bool {
	ok, known := d.text[t]
	if !known {
		ok = decodesText(t)
		d.text[t] = ok
	}
	return ok
}

// decodesText reports whether values of type t decode themselves from a
// JSON string (as Date does).
func decodesText(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]())
}

// describeType names what a value of type t looks like in JSON.
func describeType(t reflect.Type) string {
	if decodesText(t) {
		if t == reflect.TypeFor[Date]() {
			return "a date (YYYY-MM-DD)"
		}
		return "a string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice:
		return "a list"
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	}
	return t.String()
}

// renderPath writes a path as accelerators[12].solution.
func renderPath(path []pathElem) string {
	var b strings.Builder
	for _, e := range path {
		switch {
		case e.name == "":
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(e.index))
			b.WriteByte(']')
		case plainName(e.name):
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(e.name)
		default:
			b.WriteByte('[')
			b.WriteString(strconv.Quote(e.name))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// plainName reports whether a field name can be written after a dot in a
// path without quoting.
func plainName(s string) bool {
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
