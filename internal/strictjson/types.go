package strictjson

import (
	"cmp"
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"unicode"
)

// kind sorts Go types by how JSON decodes into them.
type kind uint8

const (
	kindUnsupported kind = iota // chan, func, complex, maps with odd keys
	kindJSON                    // implements json.Unmarshaler
	kindText                    // implements encoding.TextUnmarshaler
	kindStruct
	kindMap
	kindSlice
	kindBytes // []byte: a base64 string or a list of numbers
	kindArray
	kindString
	kindInt
	kindUint
	kindFloat
	kindBool
	kindInterface // an empty interface: any JSON value
	kindPointer
)

// keyKind sorts map key types by how a JSON object key decodes into them.
type keyKind uint8

const (
	keyString keyKind = iota
	keyText
	keyInt
	keyUint
)

// typeInfo is what the decoder needs to know about a Go type.
type typeInfo struct {
	t      reflect.Type
	kind   kind
	key    keyKind       // of a map
	fields *structFields // of a struct
	elem   *typeInfo     // of a list or map, once looked up
}

// structFields is the JSON view of a struct type.
type structFields struct {
	byName map[string]int // JSON name to position in list
	list   []field        // in the order of the Go type
	names  []string       // the JSON names, in the order of list
}

// field is one JSON field of a struct, possibly promoted from an
// embedded struct.
type field struct {
	name     string
	typ      reflect.Type
	info     *typeInfo // of typ, once looked up
	index    []int     // Go field index, through embedded structs
	required bool      // tagged neither omitempty nor omitzero
	quoted   bool      // tagged ",string": the value is JSON text in a string
	tagged   bool      // named by its tag
	depth    int       // how many embedded structs deep
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// info returns what the decoder needs to know about type t, remembering
// answers for the rest of the document.
func (d *decoder) info(t reflect.Type) *typeInfo {
	if ti, ok := d.types[t]; ok {
		return ti
	}
	ti := &typeInfo{t: t, kind: kindOf(t)}
	if ti.kind == kindMap {
		ti.key, _ = mapKeyKind(t.Key())
	}
	if ti.kind == kindStruct {
		ti.fields = fieldsOf(t)
	}
	d.types[t] = ti
	return ti
}

// elemInfo returns the typeInfo of the elements of list or map type ti.
func (d *decoder) elemInfo(ti *typeInfo) *typeInfo {
	if ti.elem == nil {
		ti.elem = d.info(ti.t.Elem())
	}
	return ti.elem
}

// fieldInfo returns the typeInfo of field f.
func (d *decoder) fieldInfo(f *field) *typeInfo {
	if f.info == nil {
		f.info = d.info(f.typ)
	}
	return f.info
}

// kindOf sorts type t.
func kindOf(t reflect.Type) kind {
	if t.Kind() == reflect.Pointer {
		return kindPointer
	}
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(jsonUnmarshalerType):
		return kindJSON
	case pt.Implements(textUnmarshalerType):
		return kindText
	}
	switch t.Kind() {
	case reflect.Struct:
		return kindStruct
	case reflect.Map:
		if _, ok := mapKeyKind(t.Key()); ok {
			return kindMap
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return kindBytes
		}
		return kindSlice
	case reflect.Array:
		return kindArray
	case reflect.String:
		return kindString
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return kindInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return kindUint
	case reflect.Float32, reflect.Float64:
		return kindFloat
	case reflect.Bool:
		return kindBool
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return kindInterface
		}
	}
	return kindUnsupported
}

// mapKeyKind sorts the key type t of a map, as encoding/json allows it.
func mapKeyKind(t reflect.Type) (keyKind, bool) {
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return keyText, true
	}
	switch t.Kind() {
	case reflect.String:
		return keyString, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return keyInt, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return keyUint, true
	}
	return 0, false
}

// describe names what a value of type t looks like in JSON.
func (d *decoder) describe(t reflect.Type) string {
	if name, ok := d.opts.TypeNames[t]; ok {
		return name
	}
	switch kindOf(t) {
	case kindPointer:
		return d.describe(t.Elem())
	case kindJSON:
		if reflect.PointerTo(t).Implements(textUnmarshalerType) {
			return "a string"
		}
		return "a JSON value"
	case kindText, kindString:
		return "a string"
	case kindStruct, kindMap:
		return "an object"
	case kindSlice, kindArray:
		return "a list"
	case kindBytes:
		return "a base64 string"
	case kindInt:
		return "a whole number"
	case kindUint:
		return "a whole number of at least 0"
	case kindFloat:
		return "a number"
	case kindBool:
		return "true or false"
	case kindInterface:
		return "a JSON value"
	}
	return "nothing (the Go type " + t.String() + " cannot hold JSON)"
}

// fieldsOf returns the JSON fields of struct type t, with the fields of
// embedded structs promoted as encoding/json promotes them: a field
// nearer the top hides deeper ones of the same name, and of several at
// the same depth only one named by its tag survives.
func fieldsOf(t reflect.Type) *structFields {
	all := make([]field, 0, t.NumField())
	collectFields(t, nil, 0, nil, &all)
	f := &structFields{byName: make(map[string]int, len(all))}
	for i, x := range all {
		if _, clash := f.byName[x.name]; clash || x.depth > 0 {
			f.list = dominantFields(all)
			clear(f.byName)
			break
		}
		f.byName[x.name] = i
	}
	if f.list == nil {
		f.list = all
	} else {
		for i, x := range f.list {
			f.byName[x.name] = i
		}
	}
	f.names = make([]string, len(f.list))
	for i, x := range f.list {
		f.names[i] = x.name
	}
	return f
}

// dominantFields returns the fields of all that encoding/json decodes
// into, in the order of the Go type: of the fields with one name the
// shallowest, and of those at the same depth the one named by its tag;
// when that leaves two, neither.
func dominantFields(all []field) []field {
	all = slices.Clone(all)
	slices.SortStableFunc(all, func(a, b field) int {
		return cmp.Or(strings.Compare(a.name, b.name), cmp.Compare(a.depth, b.depth), boolOrder(b.tagged, a.tagged))
	})
	var kept []field
	for group := range chunkByName(all) {
		if len(group) > 1 && group[1].depth == group[0].depth && group[1].tagged == group[0].tagged {
			continue
		}
		kept = append(kept, group[0])
	}
	slices.SortFunc(kept, func(a, b field) int { return slices.Compare(a.index, b.index) })
	return kept
}

// collectFields appends to out every JSON field of struct type t, whose
// index starts with index; onPath holds the structs being walked, against
// embedding loops (nil at the top).
func collectFields(t reflect.Type, index []int, depth int, onPath map[reflect.Type]bool, out *[]field) {
	var top []int // the indexes of the fields at the top, sharing memory
	if index == nil {
		top = make([]int, t.NumField())
		for i := range top {
			top[i] = i
		}
	}
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if !validTagName(name) {
			name = ""
		}
		ft := sf.Type
		if ft.Name() == "" && ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		at := append(slices.Clip(index), i)
		if index == nil {
			at = top[i : i+1 : i+1]
		}
		if sf.Anonymous {
			if !sf.IsExported() && ft.Kind() != reflect.Struct {
				continue
			}
			if name == "" && ft.Kind() == reflect.Struct {
				if onPath == nil {
					onPath = map[reflect.Type]bool{t: true}
				}
				if !onPath[ft] {
					onPath[ft] = true
					collectFields(ft, at, depth+1, onPath, out)
					delete(onPath, ft)
				}
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		f := field{name: name, typ: sf.Type, index: at, tagged: name != "", depth: depth, required: true}
		if f.name == "" {
			f.name = sf.Name
		}
		for o := range strings.SplitSeq(opts, ",") {
			switch o {
			case "omitempty", "omitzero":
				f.required = false
			case "string":
				switch ft.Kind() {
				case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
					reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
					reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
					f.quoted = true
				}
			}
		}
		*out = append(*out, f)
	}
}

// chunkByName yields the runs of fields with the same name in all, which
// is sorted by name.
func chunkByName(all []field) func(yield func([]field) bool) {
	return func(yield func([]field) bool) {
		for start := 0; start < len(all); {
			end := start + 1
			for end < len(all) && all[end].name == all[start].name {
				end++
			}
			if !yield(all[start:end]) {
				return
			}
			start = end
		}
	}
}

func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// validTagName reports whether encoding/json accepts s as the name in a
// json tag.
func validTagName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}
