package catalog

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/liftoff-app/liftoff/internal/schemagen"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite the schemas of the catalog and template files in docs/schema")

// schemaBase is where the published schemas are found on the web.
const schemaBase = "https://raw.githubusercontent.com/liftoff-app/liftoff/main/docs/schema/"

// catalogTypes are the schemas of the catalog's types that encode
// themselves, and of its lists of fixed values.
func catalogTypes() map[reflect.Type]schemagen.Schema {
	return map[reflect.Type]schemagen.Schema{
		reflect.TypeFor[Date](): {"type": "string", "pattern": `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`,
			"description": "A day as YYYY-MM-DD."},
		reflect.TypeFor[json.RawMessage](): {},
		reflect.TypeFor[Priority]():        {"type": "string", "enum": Priorities()},
		reflect.TypeFor[Clock]():           {"type": "string", "enum": Clocks()},
		reflect.TypeFor[AddOnState]():      {"type": "string", "enum": AddOnStates()},
		reflect.TypeFor[PhaseID]():         {"type": "string", "enum": PhaseOrder()},
	}
}

// schemaFiles are the file formats the catalog package owns: the catalog
// file with its editions and the plan templates file.
func schemaFiles() []struct {
	path string
	root reflect.Type
	opts schemagen.Options
} {
	sources := map[string]string{"github.com/liftoff-app/liftoff/catalog": "."}
	return []struct {
		path string
		root reflect.Type
		opts schemagen.Options
	}{
		{"../docs/schema/catalog.schema.json", reflect.TypeFor[catalogFile](), schemagen.Options{
			ID:    schemaBase + "catalog.schema.json",
			Title: "Liftoff catalog",
			Description: "The offer as data: the first edition's whole offer (tiers, add-ons, response tables, regions, phases, activities, accelerators) " +
				"with its edition header, and the later editions as changes to the edition before. Install a file with `liftoffctl catalog install FILE`; " +
				"`liftoffctl catalog check FILE` names every mistake, including the rules a schema cannot hold (unknown IDs, the facts a change addresses).",
			RequireFields: true, Sources: sources, Types: catalogTypes(),
		}},
		{"../docs/schema/templates.schema.json", reflect.TypeFor[TemplateSet](), schemagen.Options{
			ID:    schemaBase + "templates.schema.json",
			Title: "Liftoff plan templates",
			Description: "Mutual Action Plan templates: per solution, the objectives, milestones and actions a new plan starts from, " +
				"due a number of days after the plan starts.",
			Sources: sources, Types: catalogTypes(),
		}},
	}
}

func TestSchemasAreUpToDate(t *testing.T) {
	for _, f := range schemaFiles() {
		got, err := schemagen.Generate(f.root, f.opts)
		if err != nil {
			t.Fatal(err)
		}
		if *updateSchema {
			if err := os.WriteFile(f.path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(f.path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs from the catalog's types (%v); run go test ./catalog -run TestSchemasAreUpToDate -update-schema", f.path, err)
		}
	}
}

// compileSchema compiles the published schema at path.
func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(abs)
	if err != nil {
		t.Fatalf("compile %s: %v", path, err)
	}
	return s
}

// validateJSON validates the JSON document data against s.
func validateJSON(t *testing.T, s *jsonschema.Schema, data []byte) error {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the document is not JSON: %v", err)
	}
	return s.Validate(doc)
}

func TestShippedFilesMatchTheirSchemas(t *testing.T) {
	for _, tt := range []struct{ schema, file string }{
		{"../docs/schema/catalog.schema.json", "catalog.json"},
		{"../docs/schema/templates.schema.json", "templates.json"},
	} {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateJSON(t, compileSchema(t, tt.schema), data); err != nil {
			t.Errorf("%s does not match %s:\n%v", tt.file, tt.schema, err)
		}
	}
}

// An organisation that names the schema in its files gets its editor's
// help; Liftoff reads the files as before.
func TestFilesMayNameTheirSchema(t *testing.T) {
	for _, tt := range []struct {
		file, schema string
		load         func(io.Reader) error
	}{
		{"catalog.json", "catalog.schema.json", func(r io.Reader) error { _, err := Load(r); return err }},
		{"templates.json", "templates.schema.json", func(r io.Reader) error { _, err := LoadTemplates(r); return err }},
	} {
		data, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		named := edit(t, data, func(d map[string]any) { d["$schema"] = schemaBase + tt.schema })
		if err := tt.load(bytes.NewReader(named)); err != nil {
			t.Errorf("%s with $schema: %v", tt.file, err)
		}
		if err := validateJSON(t, compileSchema(t, "../docs/schema/"+tt.schema), named); err != nil {
			t.Errorf("%s with $schema does not match its schema: %v", tt.file, err)
		}
	}
}

// edit returns the JSON document data with fn applied to it.
func edit(t *testing.T, data []byte, fn func(doc map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	fn(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// first returns the first object of the list at key of doc.
func first(doc map[string]any, key string) map[string]any {
	return doc[key].([]any)[0].(map[string]any)
}

func TestSchemasRefuseWhatLiftoffRefuses(t *testing.T) {
	catalogJSON, err := os.ReadFile("catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	templatesJSON, err := os.ReadFile("templates.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, schema string
		data         []byte
		want         string // in the validation error
	}{
		{"unknown field", "catalog", edit(t, catalogJSON, func(d map[string]any) { d["colour"] = "red" }), "colour"},
		{"missing field", "catalog", edit(t, catalogJSON, func(d map[string]any) { delete(first(d, "accelerators"), "hours") }), "hours"},
		{"number as text", "catalog", edit(t, catalogJSON, func(d map[string]any) { first(d, "accelerators")["hours"] = "eight" }), "hours"},
		{"bad day", "catalog", edit(t, catalogJSON, func(d map[string]any) { d["published"] = "26-11-2026" }), "published"},
		{"unknown priority", "catalog", edit(t, catalogJSON, func(d map[string]any) {
			first(first(d, "responseTables"), "targets")["priority"] = "P5"
		}), "priority"},
		{"unknown add-on state", "catalog", edit(t, catalogJSON, func(d map[string]any) {
			first(d, "addons")["states"].(map[string]any)["expert"] = "maybe"
		}), "states"},
		{"edition without its effective day", "catalog", edit(t, catalogJSON, func(d map[string]any) {
			delete(first(d, "editions"), "effective")
		}), "effective"},
		{"change with an unknown field", "catalog", edit(t, catalogJSON, func(d map[string]any) {
			first(first(d, "editions"), "changes")["why"] = "because"
		}), "why"},
		{"source without its title", "catalog", edit(t, catalogJSON, func(d map[string]any) { delete(first(d, "sources"), "title") }), "title"},
		{"template with an unknown field", "templates", edit(t, templatesJSON, func(d map[string]any) { first(d, "templates")["owner"] = "x" }), "owner"},
		{"template offset as text", "templates", edit(t, templatesJSON, func(d map[string]any) {
			first(first(d, "templates"), "objectives")["dueOffsetDays"] = "soon"
		}), "dueOffsetDays"},
	}
	schemas := map[string]*jsonschema.Schema{
		"catalog":   compileSchema(t, "../docs/schema/catalog.schema.json"),
		"templates": compileSchema(t, "../docs/schema/templates.schema.json"),
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validateJSON(t, schemas[tt.schema], tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("the %s schema accepts the file or does not name %q: %v", tt.schema, tt.want, err)
			}
			load := map[string]func(io.Reader) error{
				"catalog":   func(r io.Reader) error { _, err := Load(r); return err },
				"templates": func(r io.Reader) error { _, err := LoadTemplates(r); return err },
			}[tt.schema]
			if err := load(bytes.NewReader(tt.data)); err == nil {
				t.Errorf("Liftoff reads the %s file the schema refuses", tt.schema)
			}
		})
	}
}
