package strictjson

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// maxDepth bounds how deeply JSON values may nest.
const maxDepth = 1000

// errStop unwinds the decoder once Options.MaxProblems problems are found.
var errStop = errors.New("strictjson: enough problems found")

// decoder reads one JSON document into a Go value, keeping going after a
// mistake and recording every one with its path. Only a syntax error
// stops it.
type decoder struct {
	data     []byte
	pos      int // next byte to read
	opts     Options
	path     []pathElem
	problems []Problem
	full     bool // MaxProblems reached
	types    map[reflect.Type]*typeInfo

	// When the document is read from r, data holds the part of it read
	// and not yet released; see stream.go.
	r       io.Reader
	chunk   int   // how much to read at a time
	readErr error // the error of r other than io.EOF, once it fails
	eof     bool  // r is read to its end
	hold    int   // > 0 while a caller keeps an index into data
	offset  int   // the offset in the document of data[0]
	line    int   // the line of data[0], from 1
	col     int   // the column of data[0], from 1

	limits *limitState // nil when opts sets no limits

	// interned holds short strings decoded, to share the memory of those
	// that repeat, such as IDs from a catalog, statuses and names.
	interned map[string]string
}

// newDecoder returns a decoder of data.
func newDecoder(data []byte, opts Options) *decoder {
	d := &decoder{data: data, opts: opts, types: make(map[reflect.Type]*typeInfo, 32), line: 1, col: 1}
	if len(opts.Limits) > 0 {
		d.limits = &limitState{totals: make([]int, len(opts.Limits)), lists: map[string]*listLimits{}}
	}
	return d
}

// document decodes the whole of data into v; an invalid v only checks
// the syntax.
func (d *decoder) document(v reflect.Value) error {
	d.skipSpace()
	if !d.more(d.pos) {
		return d.syntaxErrorCause(d.pos, ErrEmpty)
	}
	switch err := d.value(v, 0); {
	case errors.Is(err, errStop):
		return nil
	case err != nil:
		return err
	}
	d.skipSpace()
	if d.more(d.pos) {
		return d.syntaxErrorCause(d.pos, ErrTrailingData)
	}
	return d.readErr
}

// report records a problem at the current path.
func (d *decoder) report(msg string) {
	if d.full {
		return
	}
	d.problems = append(d.problems, Problem{Path: d.renderPath(), Message: msg})
	if d.opts.MaxProblems > 0 && len(d.problems) >= d.opts.MaxProblems {
		d.full = true
	}
}

// wrongType reports that the value for a Go value of type ti is not of
// its JSON type.
func (d *decoder) wrongType(ti *typeInfo, got string) {
	d.report("want " + d.describe(ti.t) + ", got " + got)
}

// value decodes the next JSON value into v. An invalid v means the value
// is checked and dropped (an unknown field, or a value of the wrong
// type).
func (d *decoder) value(v reflect.Value, depth int) error {
	return d.typedValue(v, nil, depth)
}

// typedValue is value for a v whose typeInfo is ti, or nil when not
// looked up yet.
func (d *decoder) typedValue(v reflect.Value, ti *typeInfo, depth int) error {
	if d.full {
		return errStop
	}
	if depth > maxDepth {
		return d.syntaxError(d.pos, fmt.Sprintf("values nest more than %d levels deep", maxDepth))
	}
	d.skipSpace()
	if !d.more(d.pos) {
		return d.unexpected("a value")
	}
	if !v.IsValid() {
		return d.skip(depth)
	}
	if ti == nil {
		ti = d.info(v.Type())
	}
	c := d.data[d.pos]
	if c == 'n' {
		return d.null(v, ti)
	}
	if k := v.Kind(); k == reflect.Pointer || k == reflect.Interface {
		v = indirect(v)
		if v.Type() != ti.t {
			ti = d.info(v.Type())
		}
	}
	switch ti.kind {
	case kindJSON:
		return d.unmarshalJSON(v, depth)
	case kindInterface:
		x, err := d.generic(depth)
		if err == nil {
			setAny(v, x)
		}
		return err
	case kindUnsupported:
		d.report("cannot decode JSON into the Go type " + v.Type().String())
		return d.skip(depth)
	}
	switch {
	case c == '{':
		return d.object(v, ti, depth)
	case c == '[':
		return d.array(v, ti, depth)
	case c == '"':
		s, err := d.str()
		if err == nil {
			d.storeString(v, ti, s)
		}
		return err
	case c == '-' || '0' <= c && c <= '9':
		n, err := d.number()
		if err == nil {
			d.storeNumber(v, ti, n)
		}
		return err
	case c == 't' || c == 'f':
		b, err := d.boolean()
		if err == nil {
			if ti.kind == kindBool {
				v.SetBool(b)
			} else {
				d.wrongType(ti, strconv.FormatBool(b))
			}
		}
		return err
	}
	return d.unexpected("a value")
}

// indirect follows pointers from v to the value JSON decodes into,
// allocating nil ones, as encoding/json does; an interface holding a
// non-nil pointer is followed too.
func indirect(v reflect.Value) reflect.Value {
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			if e := v.Elem(); e.Kind() == reflect.Pointer && !e.IsNil() {
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			return v
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
}

// setAny stores a value decoded by generic in the interface v.
func setAny(v reflect.Value, x any) {
	if x == nil {
		v.SetZero()
		return
	}
	v.Set(reflect.ValueOf(x))
}

// null reads the literal null for v, of type ti.
func (d *decoder) null(v reflect.Value, ti *typeInfo) error {
	if !d.literal("null") {
		return d.unexpected("a value")
	}
	d.pos += len("null")
	if v.Kind() == reflect.Pointer {
		v.SetZero()
		return nil
	}
	nilable := false
	switch v.Kind() {
	case reflect.Interface, reflect.Map, reflect.Slice:
		nilable = true
	}
	switch {
	case ti.kind == kindJSON && (nilable || d.opts.AllowNull):
		d.callUnmarshalJSON(v, []byte("null"))
	case ti.kind == kindJSON || !nilable && !d.opts.AllowNull:
		d.report("null is not allowed here; want " + d.describe(ti.t))
	case nilable:
		v.SetZero()
	}
	return nil
}

// unmarshalJSON hands the next JSON value to v's UnmarshalJSON method.
// When v is Shaped, the value is first checked against its shape as any
// struct is, and handed over only when that found nothing wrong.
func (d *decoder) unmarshalJSON(v reflect.Value, depth int) error {
	d.hold++ // start stays an index into data
	defer func() { d.hold-- }()
	start := d.pos
	shaped, isShaped := v.Addr().Interface().(Shaped)
	if !isShaped {
		if err := d.skip(depth); err != nil {
			return err
		}
		d.callUnmarshalJSON(v, d.data[start:d.pos])
		return nil
	}
	before := len(d.problems)
	if err := d.value(reflect.ValueOf(shaped.JSONShape()), depth); err != nil {
		return err
	}
	if len(d.problems) == before {
		d.callUnmarshalJSON(v, d.data[start:d.pos])
	}
	return nil
}

func (d *decoder) callUnmarshalJSON(v reflect.Value, raw []byte) {
	if err := v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
		d.report(cleanError(err))
	}
}

// cleanError returns the text of an error from a decoding method without
// the "json: " that encoding/json puts before its own.
func cleanError(err error) string {
	return strings.TrimPrefix(err.Error(), "json: ")
}

// object decodes a JSON object into struct or map v, or reports it and
// drops it when v is of another type.
func (d *decoder) object(v reflect.Value, ti *typeInfo, depth int) error {
	switch ti.kind {
	case kindStruct:
		return d.structObject(v, ti.fields, depth)
	case kindMap:
		return d.mapObject(v, ti, depth)
	}
	d.wrongType(ti, "an object")
	return d.skip(depth)
}

// members reads the object at d.pos and calls member for each of its
// members with the key, unescaped, and the path extended by it. The key
// is valid until member reads further.
func (d *decoder) members(member func(key []byte) error) error {
	d.pos++ // the opening brace
	d.skipSpace()
	if d.more(d.pos) && d.data[d.pos] == '}' {
		d.pos++
		return nil
	}
	for {
		d.skipSpace()
		if !d.more(d.pos) || d.data[d.pos] != '"' {
			return d.unexpected("a field name in double quotes")
		}
		start := d.pos
		raw, plain, err := d.scanString()
		if err != nil {
			return err
		}
		var key []byte // the key when it is not raw, which may move
		if !plain {
			key = unescape(raw)
		}
		// The path keeps the key as written; releasing data copies it.
		d.path = append(d.path, pathElem{rawKey: d.data[start:d.pos]})
		d.skipSpace()
		if !d.more(d.pos) || d.data[d.pos] != ':' {
			d.path = d.path[:len(d.path)-1]
			return d.unexpected("':' after the field name")
		}
		d.pos++
		if plain {
			written := d.path[len(d.path)-1].rawKey
			key = written[1 : len(written)-1]
		}
		if err := member(key); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		if d.full {
			return errStop
		}
		d.skipSpace()
		if d.more(d.pos) {
			switch d.data[d.pos] {
			case ',':
				d.pos++
				continue
			case '}':
				d.pos++
				return nil
			}
		}
		return d.unexpected("',' or '}' after the field value")
	}
}

// elements reads the list at d.pos and calls element for each of its
// elements with the path extended by its index. It returns how many
// there were.
func (d *decoder) elements(element func(i int) error) (int, error) {
	d.pos++ // the opening bracket
	d.skipSpace()
	if d.more(d.pos) && d.data[d.pos] == ']' {
		d.pos++
		return 0, nil
	}
	for i := 0; ; i++ {
		d.path = append(d.path, pathElem{index: i})
		if err := element(i); err != nil {
			return i, err
		}
		d.path = d.path[:len(d.path)-1]
		if d.full {
			return i + 1, errStop
		}
		d.skipSpace()
		if d.more(d.pos) {
			switch d.data[d.pos] {
			case ',':
				d.pos++
				continue
			case ']':
				d.pos++
				return i + 1, nil
			}
		}
		return i + 1, d.unexpected("',' or ']' after the list element")
	}
}

// structObject decodes the members of a JSON object into the fields of
// struct v.
func (d *decoder) structObject(v reflect.Value, fields *structFields, depth int) error {
	var small [4]uint64
	seen := small[:]
	if n := (len(fields.list) + 63) / 64; n > len(small) {
		seen = make([]uint64, n)
	}
	err := d.members(func(key []byte) error {
		i, known := fields.byName[string(key)]
		switch {
		case !known:
			d.report("unknown field" + unknownFieldHint(string(key), fields.names))
			return d.value(reflect.Value{}, depth+1)
		case seen[i/64]&(1<<(i%64)) != 0:
			d.report("field given twice")
			return d.value(reflect.Value{}, depth+1)
		}
		seen[i/64] |= 1 << (i % 64)
		f := &fields.list[i]
		if len(f.index) == 1 {
			if f.quoted {
				return d.quotedValue(v.Field(f.index[0]), depth+1)
			}
			return d.typedValue(v.Field(f.index[0]), d.fieldInfo(f), depth+1)
		}
		target := d.fieldValue(v, f.index)
		if f.quoted && target.IsValid() {
			return d.quotedValue(target, depth+1)
		}
		return d.typedValue(target, d.fieldInfo(f), depth+1)
	})
	if err != nil || !d.opts.RequireFields {
		return err
	}
	for i, f := range fields.list {
		if f.required && seen[i/64]&(1<<(i%64)) == 0 {
			d.path = append(d.path, pathElem{name: f.name})
			d.report("required field is missing")
			d.path = d.path[:len(d.path)-1]
		}
	}
	return nil
}

// fieldValue returns the field of struct v at index, allocating the
// embedded structs on the way that are pointers; it reports a problem
// and returns the invalid Value when it cannot.
func (d *decoder) fieldValue(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					d.report("cannot set the embedded pointer to the unexported struct type " + v.Type().Elem().String())
					return reflect.Value{}
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// unknownFieldHint names the field that was probably meant, or else the
// fields there are.
func unknownFieldHint(key string, names []string) string {
	if s := Suggestion(key, names); s != "" {
		return s
	}
	if len(names) == 0 {
		return " (want no fields here)"
	}
	return " (want one of " + strings.Join(names, ", ") + ")"
}

// mapObject decodes the members of a JSON object into map v.
func (d *decoder) mapObject(v reflect.Value, ti *typeInfo, depth int) error {
	t := v.Type()
	fresh := v.IsNil()
	if fresh {
		v.Set(reflect.MakeMap(t))
	}
	var seen map[string]bool // keys given, when the map had entries before
	if !fresh {
		seen = map[string]bool{}
	}
	elem := reflect.New(t.Elem()).Elem()
	elemInfo := d.elemInfo(ti)
	var stringKey reflect.Value
	if ti.key == keyString {
		stringKey = reflect.New(t.Key()).Elem()
	}
	limits := d.listLimitsHere()
	entries := 0
	return d.members(func(key []byte) error {
		if err := d.countEntry(limits, entries); err != nil {
			return err
		}
		entries++
		kv := stringKey
		if kv.IsValid() {
			kv.SetString(string(key))
		} else if kv = d.mapKey(t.Key(), ti.key, key); !kv.IsValid() {
			return d.value(reflect.Value{}, depth+1)
		}
		given := false
		if fresh {
			given = v.MapIndex(kv).IsValid()
		} else {
			given = seen[string(key)]
			seen[string(key)] = true
		}
		if given {
			d.report("key given twice")
			return d.value(reflect.Value{}, depth+1)
		}
		elem.SetZero()
		if err := d.typedValue(elem, elemInfo, depth+1); err != nil {
			return err
		}
		v.SetMapIndex(kv, elem)
		return nil
	})
}

// mapKey converts an object key to a map key of type t, or reports why
// it cannot and returns the invalid Value.
func (d *decoder) mapKey(t reflect.Type, kk keyKind, key []byte) reflect.Value {
	kv := reflect.New(t)
	switch kk {
	case keyText:
		if err := kv.Interface().(encoding.TextUnmarshaler).UnmarshalText(key); err != nil {
			d.report(cleanError(err))
			return reflect.Value{}
		}
	case keyInt:
		n, err := strconv.ParseInt(string(key), 10, 64)
		if err != nil || kv.Elem().OverflowInt(n) {
			d.report(fmt.Sprintf("want a key that is a whole number from %d to %d", minInt(t.Bits()), maxInt(t.Bits())))
			return reflect.Value{}
		}
		kv.Elem().SetInt(n)
	case keyUint:
		n, err := strconv.ParseUint(string(key), 10, 64)
		if err != nil || kv.Elem().OverflowUint(n) {
			d.report(fmt.Sprintf("want a key that is a whole number from 0 to %d", maxUint(t.Bits())))
			return reflect.Value{}
		}
		kv.Elem().SetUint(n)
	default:
		kv.Elem().SetString(string(key))
	}
	return kv.Elem()
}

// array decodes a JSON list into slice or array v, or reports it and
// drops it when v is of another type.
func (d *decoder) array(v reflect.Value, ti *typeInfo, depth int) error {
	switch ti.kind {
	case kindSlice, kindBytes:
		return d.slice(v, d.elemInfo(ti), depth)
	case kindArray:
		return d.fixedArray(v, d.elemInfo(ti), depth)
	}
	d.wrongType(ti, "a list")
	return d.skip(depth)
}

// slice decodes a JSON list into slice v. An element of the wrong type is
// kept as the zero value, so that later paths keep the file's indexes.
func (d *decoder) slice(v reflect.Value, elem *typeInfo, depth int) error {
	limits := d.listLimitsHere()
	n, err := d.elements(func(i int) error {
		if err := d.countEntry(limits, i); err != nil {
			return err
		}
		if i >= v.Cap() {
			v.Grow(max(4, v.Cap()))
		}
		if i >= v.Len() {
			v.SetLen(i + 1)
		}
		e := v.Index(i)
		e.SetZero()
		return d.typedValue(e, elem, depth+1)
	})
	if err != nil {
		return err
	}
	switch {
	case n == 0:
		v.Set(reflect.MakeSlice(v.Type(), 0, 0)) // [] is an empty list, not nil
	case n < v.Len():
		v.SetLen(n)
	}
	return nil
}

// fixedArray decodes a JSON list into array v; missing elements are zero.
func (d *decoder) fixedArray(v reflect.Value, elem *typeInfo, depth int) error {
	n, err := d.elements(func(i int) error {
		if i >= v.Len() {
			return d.value(reflect.Value{}, depth+1)
		}
		e := v.Index(i)
		e.SetZero()
		return d.typedValue(e, elem, depth+1)
	})
	if err != nil {
		return err
	}
	if n > v.Len() {
		d.report(fmt.Sprintf("want at most %d entries, got %d", v.Len(), n))
	}
	for i := n; i < v.Len(); i++ {
		v.Index(i).SetZero()
	}
	return nil
}

// quotedValue decodes the value of a field tagged ",string": JSON text
// inside a JSON string, such as "12" for a number.
func (d *decoder) quotedValue(v reflect.Value, depth int) error {
	d.skipSpace()
	if !d.more(d.pos) {
		return d.unexpected("a value")
	}
	if c := d.data[d.pos]; c != '"' {
		if c == 'n' {
			return d.value(v, depth)
		}
		d.report("want " + d.describe(v.Type()) + " written inside a string")
		return d.value(reflect.Value{}, depth)
	}
	s, err := d.str()
	if err != nil {
		return err
	}
	if string(s) == "null" {
		if v.Kind() == reflect.Pointer {
			v.SetZero()
		}
		return nil
	}
	if len(s) == 0 || isSpace(s[0]) || isSpace(s[len(s)-1]) {
		d.report(fmt.Sprintf("want %s written inside a string, got %s", d.describe(v.Type()), describeString(s)))
		return nil
	}
	// The text inside is decoded on its own, reporting to d.
	inner := &decoder{data: s, opts: d.opts, path: d.path, problems: d.problems, full: d.full, types: d.types, line: 1, col: 1, limits: d.limits, interned: d.interned}
	err = inner.value(v, depth)
	d.problems, d.full = inner.problems, inner.full
	switch {
	case errors.Is(err, errStop):
		return err
	case err != nil || inner.pos < len(s):
		d.report(fmt.Sprintf("want %s written inside a string, got %s", d.describe(v.Type()), describeString(s)))
	}
	return nil
}

// storeString stores a JSON string in v.
func (d *decoder) storeString(v reflect.Value, ti *typeInfo, s []byte) {
	switch ti.kind {
	case kindText:
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s); err != nil {
			d.report(cleanError(err))
		}
	case kindString:
		v.SetString(d.intern(s))
	case kindBytes:
		b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
		n, err := base64.StdEncoding.Decode(b, s)
		if err != nil {
			d.report("want a base64 string: " + err.Error())
			return
		}
		v.SetBytes(b[:n])
	default:
		d.wrongType(ti, describeString(s))
	}
}

// The strings intern keeps: short ones, and not too many.
const (
	maxInterned       = 1 << 14
	maxInternedLength = 64
)

// intern returns s as a string, sharing the memory of an equal short
// string decoded before.
func (d *decoder) intern(s []byte) string {
	if len(s) > maxInternedLength {
		return string(s)
	}
	if str, ok := d.interned[string(s)]; ok {
		return str
	}
	str := string(s)
	if len(d.interned) < maxInterned {
		if d.interned == nil {
			d.interned = make(map[string]string, 64)
		}
		d.interned[str] = str
	}
	return str
}

// describeString names a JSON string in a message: the string itself
// when it is short.
func describeString(s []byte) string {
	if len(s) > 40 {
		return "a string"
	}
	return "the string " + strconv.Quote(string(s))
}

// storeNumber stores the JSON number n in v.
func (d *decoder) storeNumber(v reflect.Value, ti *typeInfo, n []byte) {
	switch ti.kind {
	case kindInt:
		i, ok := parseInt(n)
		switch {
		case !isWhole(n):
			d.report("want a whole number, got " + string(n))
		case !ok || v.OverflowInt(i):
			bits := v.Type().Bits()
			d.report(fmt.Sprintf("want a whole number from %d to %d, got %s", minInt(bits), maxInt(bits), n))
		default:
			v.SetInt(i)
		}
	case kindUint:
		u, err := strconv.ParseUint(string(n), 10, 64)
		switch {
		case !isWhole(n):
			d.report("want a whole number, got " + string(n))
		case err != nil || v.OverflowUint(u):
			d.report(fmt.Sprintf("want a whole number from 0 to %d, got %s", maxUint(v.Type().Bits()), n))
		default:
			v.SetUint(u)
		}
	case kindFloat:
		f, err := strconv.ParseFloat(string(n), v.Type().Bits())
		if err != nil {
			d.report("the number " + string(n) + " is out of range")
			return
		}
		v.SetFloat(f)
	default:
		d.wrongType(ti, "the number "+string(n))
	}
}

// isWhole reports whether the JSON number n has neither a fraction nor
// an exponent.
func isWhole(n []byte) bool { return !bytes.ContainsAny(n, ".eE") }

// parseInt parses a JSON number without fraction or exponent.
func parseInt(n []byte) (int64, bool) {
	digits := n
	if len(digits) > 0 && digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) == 0 || len(digits) > 18 {
		i, err := strconv.ParseInt(string(n), 10, 64)
		return i, err == nil
	}
	var i int64
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, false
		}
		i = i*10 + int64(c-'0')
	}
	if len(digits) < len(n) {
		i = -i
	}
	return i, true
}

func minInt(bits int) int64   { return -1 << (bits - 1) }
func maxInt(bits int) int64   { return 1<<(bits-1) - 1 }
func maxUint(bits int) uint64 { return ^uint64(0) >> (64 - bits) }

// generic decodes the JSON value at d.pos as encoding/json decodes into
// an empty interface: objects as map[string]any, lists as []any, numbers
// as float64.
func (d *decoder) generic(depth int) (any, error) {
	switch c := d.data[d.pos]; {
	case c == '{':
		m := map[string]any{}
		limits := d.listLimitsHere()
		err := d.members(func(key []byte) error {
			if err := d.countEntry(limits, len(m)); err != nil {
				return err
			}
			k := string(key)
			if _, given := m[k]; given {
				d.report("key given twice")
				return d.value(reflect.Value{}, depth+1)
			}
			x, err := d.genericValue(depth + 1)
			if err == nil {
				m[k] = x
			}
			return err
		})
		return m, err
	case c == '[':
		list := []any{}
		limits := d.listLimitsHere()
		_, err := d.elements(func(i int) error {
			if err := d.countEntry(limits, i); err != nil {
				return err
			}
			x, err := d.genericValue(depth + 1)
			list = append(list, x)
			return err
		})
		return list, err
	case c == '"':
		s, err := d.str()
		return string(s), err
	case c == '-' || '0' <= c && c <= '9':
		n, err := d.number()
		if err != nil {
			return nil, err
		}
		f, err := strconv.ParseFloat(string(n), 64)
		if err != nil {
			d.report("the number " + string(n) + " is out of range")
			return nil, nil
		}
		return f, nil
	case c == 't' || c == 'f':
		return d.boolean()
	case c == 'n':
		if !d.literal("null") {
			return nil, d.unexpected("a value")
		}
		d.pos += len("null")
		return nil, nil
	}
	return nil, d.unexpected("a value")
}

// genericValue is generic for a value that may come after white space.
func (d *decoder) genericValue(depth int) (any, error) {
	if d.full {
		return nil, errStop
	}
	if depth > maxDepth {
		return nil, d.syntaxError(d.pos, fmt.Sprintf("values nest more than %d levels deep", maxDepth))
	}
	d.skipSpace()
	if !d.more(d.pos) {
		return nil, d.unexpected("a value")
	}
	return d.generic(depth)
}

// skip reads past the JSON value at d.pos, checking its syntax only.
func (d *decoder) skip(depth int) error {
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.members(func([]byte) error { return d.value(reflect.Value{}, depth+1) })
	case c == '[':
		_, err := d.elements(func(int) error { return d.value(reflect.Value{}, depth+1) })
		return err
	case c == '"':
		_, _, err := d.scanString()
		return err
	case c == '-' || '0' <= c && c <= '9':
		_, err := d.number()
		return err
	case c == 't' || c == 'f':
		_, err := d.boolean()
		return err
	case c == 'n':
		if d.literal("null") {
			d.pos += len("null")
			return nil
		}
	}
	return d.unexpected("a value")
}
