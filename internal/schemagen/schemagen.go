// Package schemagen writes the JSON Schema (draft 2020-12) of a Go type as
// encoding/json reads and writes it, with the doc comments of the types
// and fields as the descriptions an editor shows. Liftoff's published file
// formats in docs/schema are made with it, so that a schema cannot drift
// from the types that read the files: each package that owns a format has
// a test that compares its schema with what this package generates.
package schemagen

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Draft is the JSON Schema dialect of the schemas written.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Schema is a JSON Schema object.
type Schema = map[string]any

// Options say how a format reads its files and what to tell the reader.
type Options struct {
	// ID, Title and Description head the schema.
	ID, Title, Description string
	// RequireFields makes every field whose JSON tag lacks omitempty and
	// omitzero required, as a file read with strictjson's RequireFields.
	RequireFields bool
	// AllowNull accepts null for every value; without it null is accepted
	// only for lists, maps and pointers (strictjson's rules).
	AllowNull bool
	// Sources maps the import path of each package whose types the format
	// holds to the folder of its Go files, where the doc comments are read.
	Sources map[string]string
	// Types gives the schema of types that encode themselves (a date as a
	// text, an ID as a UUID); they are not walked.
	Types map[reflect.Type]Schema
	// Shapes gives, for a type that encodes itself as an object, a struct
	// type of the same JSON shape to walk instead; the doc comments stay
	// the type's own.
	Shapes map[reflect.Type]reflect.Type
	// Required lists the fields of the root object a file must have, on
	// top of those RequireFields makes required.
	Required []string
	// Fields adds keywords to the schema of single fields, named
	// "Type.Field" with the Go names ("PortfolioFile.Format"), such as a
	// const or the enum of accepted values.
	Fields map[string]Schema
}

// generator is the state of one Generate call.
type generator struct {
	opts Options
	docs docs
	defs Schema
	// names maps each struct type walked to its name in $defs.
	names map[reflect.Type]string
}

// Generate returns the schema of the JSON form of root, a struct type, as
// indented JSON ending in a newline.
func Generate(root reflect.Type, opts Options) ([]byte, error) {
	d, err := readDocs(opts.Sources)
	if err != nil {
		return nil, err
	}
	g := &generator{opts: opts, docs: d, defs: Schema{}, names: map[reflect.Type]string{}}
	top, err := g.object(root)
	if err != nil {
		return nil, err
	}
	if len(opts.Required) > 0 {
		required, _ := top["required"].([]string)
		for _, name := range opts.Required {
			if !slices.Contains(required, name) {
				required = append(required, name)
			}
		}
		sort.Strings(required)
		top["required"] = required
	}
	out := Schema{"$schema": Draft, "$id": opts.ID, "title": opts.Title, "description": opts.Description}
	for k, v := range top {
		if k != "title" && k != "description" {
			out[k] = v
		}
	}
	if len(g.defs) > 0 {
		out["$defs"] = g.defs
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, fmt.Errorf("write the schema of %s: %w", root, err)
	}
	return buf.Bytes(), nil
}

// value returns the schema of a value of type t; nullable says whether
// null is accepted for it.
func (g *generator) value(t reflect.Type) (Schema, error) {
	if s, ok := g.opts.Types[t]; ok {
		return g.nullable(cloneSchema(s), t, false), nil
	}
	if shape, ok := g.opts.Shapes[t]; ok {
		return g.ref(t, shape)
	}
	if t.Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
		return g.nullable(Schema{"type": "string"}, t, false), nil
	}
	if t.Implements(reflect.TypeFor[json.Marshaler]()) || reflect.PointerTo(t).Implements(reflect.TypeFor[json.Unmarshaler]()) {
		return nil, fmt.Errorf("%s encodes itself: give its schema in Types or its shape in Shapes", t)
	}
	switch t.Kind() {
	case reflect.String:
		return g.nullable(Schema{"type": "string"}, t, false), nil
	case reflect.Bool:
		return g.nullable(Schema{"type": "boolean"}, t, false), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return g.nullable(Schema{"type": "integer"}, t, false), nil
	case reflect.Float32, reflect.Float64:
		return g.nullable(Schema{"type": "number"}, t, false), nil
	case reflect.Interface:
		return Schema{}, nil
	case reflect.Pointer:
		s, err := g.value(t.Elem())
		if err != nil {
			return nil, err
		}
		return g.nullable(s, t, true), nil
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return g.nullable(Schema{"type": "string", "contentEncoding": "base64"}, t, true), nil
		}
		items, err := g.value(t.Elem())
		if err != nil {
			return nil, err
		}
		return g.nullable(Schema{"type": "array", "items": items}, t, true), nil
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return nil, fmt.Errorf("%s: a map whose keys are not texts has no JSON object form", t)
		}
		vals, err := g.value(t.Elem())
		if err != nil {
			return nil, err
		}
		return g.nullable(Schema{"type": "object", "additionalProperties": vals}, t, true), nil
	case reflect.Struct:
		return g.ref(t, t)
	}
	return nil, fmt.Errorf("%s: no JSON form known for a %s", t, t.Kind())
}

// nullable adds null to the types s accepts when the format accepts null
// for t: always with AllowNull, else for lists, maps and pointers.
func (g *generator) nullable(s Schema, t reflect.Type, container bool) Schema {
	if !g.opts.AllowNull && !container {
		return s
	}
	if typ, ok := s["type"].(string); ok {
		s["type"] = []string{typ, "null"}
		return s
	}
	if _, ok := s["type"]; ok {
		return s
	}
	if _, ok := s["$ref"]; ok {
		return Schema{"anyOf": []any{s, Schema{"type": "null"}}}
	}
	return s // accepts anything already
}

// ref returns a reference to the definition of t, walking shape (t or a
// struct of the same JSON form) the first time.
func (g *generator) ref(t, shape reflect.Type) (Schema, error) {
	name, ok := g.names[t]
	if !ok {
		name = t.Name()
		if name == "" {
			return nil, fmt.Errorf("%s: an unnamed struct type", t)
		}
		for n := 2; g.defs[name] != nil; n++ {
			name = fmt.Sprintf("%s%d", t.Name(), n)
		}
		g.names[t] = name
		g.defs[name] = Schema{} // taken while it is walked
		def, err := g.objectOf(t, shape)
		if err != nil {
			return nil, err
		}
		g.defs[name] = def
	}
	return g.nullable(Schema{"$ref": "#/$defs/" + name}, t, false), nil
}

// object returns the schema of struct t in place (for the root).
func (g *generator) object(t reflect.Type) (Schema, error) { return g.objectOf(t, t) }

// objectOf returns the schema of the object that struct shape is the JSON
// form of, described by the doc comments of t.
func (g *generator) objectOf(t, shape reflect.Type) (Schema, error) {
	if shape.Kind() != reflect.Struct {
		return nil, fmt.Errorf("%s: not a struct", shape)
	}
	props := Schema{}
	var required []string
	if err := g.fields(t, shape, props, &required); err != nil {
		return nil, err
	}
	s := Schema{"type": "object", "title": words(t.Name()), "properties": props, "additionalProperties": false}
	if doc := g.docs.of(t, ""); doc != "" {
		s["description"] = doc
	}
	if len(required) > 0 {
		sort.Strings(required)
		s["required"] = required
	}
	return s, nil
}

// fields adds the fields of shape, and of the structs it embeds, to props.
func (g *generator) fields(t, shape reflect.Type, props Schema, required *[]string) error {
	for i := range shape.NumField() {
		f := shape.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, flags, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			if err := g.fields(f.Type, f.Type, props, required); err != nil {
				return err
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		s, err := g.value(f.Type)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", shape.Name(), f.Name, err)
		}
		s = cloneSchema(s)
		doc := g.docs.of(t, f.Name)
		if doc == "" && t != shape {
			doc = g.docs.of(shape, f.Name)
		}
		if doc == "" {
			doc = g.docs.of(namedElem(f.Type), "")
		}
		if doc != "" {
			s["description"] = doc
		}
		for k, v := range g.opts.Fields[t.Name()+"."+f.Name] {
			s[k] = v
		}
		props[name] = s
		optional := strings.Contains(","+flags+",", ",omitempty,") || strings.Contains(","+flags+",", ",omitzero,")
		if g.opts.RequireFields && !optional {
			*required = append(*required, name)
		}
	}
	return nil
}

// namedElem returns the type a list, map or pointer of type t holds, as
// deep as it goes, or t.
func namedElem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// cloneSchema returns a copy of s whose top-level keys can be changed.
func cloneSchema(s Schema) Schema {
	out := make(Schema, len(s))
	for k, v := range s {
		out[k] = v
	}
	return out
}

// words turns a Go name into words: "ResponseTarget" is "Response target".
func words(name string) string {
	var b strings.Builder
	runes := []rune(name)
	for i, r := range runes {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(runes[i-1]) || i+1 < len(runes) && unicode.IsLower(runes[i+1])) {
			b.WriteByte(' ')
			if i+1 < len(runes) && unicode.IsLower(runes[i+1]) {
				r = unicode.ToLower(r)
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// docs holds the doc comments of types ("pkg.Type") and their fields
// ("pkg.Type.Field").
type docs map[string]string

// of returns the doc comment of t, or of its field when field is not "".
func (d docs) of(t reflect.Type, field string) string {
	key := t.PkgPath() + "." + t.Name()
	if field != "" {
		key += "." + field
	}
	return d[key]
}

// readDocs reads the doc comments of the struct types and their fields in
// the Go files (tests left out) of each source folder.
func readDocs(sources map[string]string) (docs, error) {
	d := docs{}
	for pkg, dir := range sources {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			return nil, fmt.Errorf("list the Go files of %s: %w", pkg, err)
		}
		fset := token.NewFileSet()
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("read the doc comments of %s: %w", pkg, err)
			}
			f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
			if err != nil {
				return nil, fmt.Errorf("read the doc comments of %s: %w", pkg, err)
			}
			for _, decl := range f.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.TYPE {
					continue
				}
				for _, spec := range gd.Specs {
					ts := spec.(*ast.TypeSpec)
					doc := ts.Doc
					if doc == nil && len(gd.Specs) == 1 {
						doc = gd.Doc
					}
					key := pkg + "." + ts.Name.Name
					d[key] = text(doc)
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						continue
					}
					for _, field := range st.Fields.List {
						doc := field.Doc
						if doc == nil {
							doc = field.Comment
						}
						for _, n := range field.Names {
							d[key+"."+n.Name] = text(doc)
						}
					}
				}
			}
		}
	}
	return d, nil
}

// docLinks matches the doc links of Go comments: "[Catalog]" is "Catalog".
var docLinks = regexp.MustCompile(`\[([A-Za-z][A-Za-z0-9_.]*)\]`)

// text is a comment as one paragraph.
func text(c *ast.CommentGroup) string {
	if c == nil {
		return ""
	}
	return docLinks.ReplaceAllString(strings.Join(strings.Fields(c.Text()), " "), "$1")
}
