package storage

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/schemagen"
	"github.com/liftoff-app/liftoff/planner"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite the schema of the portfolio file in docs/schema")

// portfolioSchemaPath is the published schema of the portfolio file.
const portfolioSchemaPath = "../docs/schema/portfolio.schema.json"

// assessmentShape is the JSON form of planner.Assessment, which writes the
// use cases it still holds from before they moved to the plan.
type assessmentShape struct {
	Requirements    []string                 `json:"requirements"`
	UseCases        []planner.UseCase        `json:"useCases,omitempty"`
	Findings        []string                 `json:"findings"`
	Recommendations []planner.Recommendation `json:"recommendations"`
}

// portfolioSchema generates the schema of the portfolio file.
func portfolioSchema(t *testing.T) []byte {
	t.Helper()
	day := schemagen.Schema{"type": "string", "pattern": `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}
	schema, err := schemagen.Generate(reflect.TypeFor[PortfolioFile](), schemagen.Options{
		ID:    "https://raw.githubusercontent.com/liftoff-app/liftoff/main/docs/schema/portfolio.schema.json",
		Title: "Liftoff portfolio",
		Description: "Customers with everything about them, as Liftoff exports them (`liftoffctl export json`, or the export of the window) " +
			"and imports them. Fields may be left out and null leaves a value empty; unknown fields are refused. " +
			"The import also checks what a schema cannot: the catalog's IDs, the membership's rules and the limits of one file.",
		AllowNull: true,
		Required:  []string{"format", "version", "accounts"},
		Sources: map[string]string{
			"github.com/liftoff-app/liftoff/storage": ".",
			"github.com/liftoff-app/liftoff/planner": "../planner",
			"github.com/liftoff-app/liftoff/catalog": "../catalog",
		},
		Types: map[reflect.Type]schemagen.Schema{
			reflect.TypeFor[catalog.Date](): day,
			reflect.TypeFor[planner.ID](): {"type": "string", "description": "An ID, a UUID.",
				"pattern": `^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$`},
			reflect.TypeFor[time.Time](): {"type": "string", "format": "date-time"},
		},
		Shapes: map[reflect.Type]reflect.Type{
			reflect.TypeFor[planner.Assessment](): reflect.TypeFor[assessmentShape](),
			// An objective reads itself to accept the one KPI of older
			// files; the form Liftoff writes is its fields.
			reflect.TypeFor[planner.Objective](): reflect.TypeFor[planner.Objective](),
		},
		Fields: map[string]schemagen.Schema{
			"PortfolioFile.Format": {"const": PortfolioFormat,
				"description": fmt.Sprintf("Always %q: what the file is.", PortfolioFormat)},
			"PortfolioFile.Version": {"type": "integer", "minimum": 1, "maximum": PortfolioVersion,
				"description": fmt.Sprintf("The version of the portfolio format, from 1; this schema describes version %d.", PortfolioVersion)},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

func TestPortfolioSchemaIsUpToDate(t *testing.T) {
	got := portfolioSchema(t)
	if *updateSchema {
		if err := os.WriteFile(portfolioSchemaPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(portfolioSchemaPath)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s differs from the portfolio file's types (%v); run go test ./storage -run TestPortfolioSchemaIsUpToDate -update-schema", portfolioSchemaPath, err)
	}
}

// validatePortfolio validates the portfolio file data against the
// published schema.
func validatePortfolio(t *testing.T, data []byte) error {
	t.Helper()
	c := jsonschema.NewCompiler()
	abs, err := filepath.Abs(portfolioSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(abs)
	if err != nil {
		t.Fatalf("compile %s: %v", portfolioSchemaPath, err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the file is not JSON: %v", err)
	}
	return schema.Validate(doc)
}

func TestExportedPortfolioMatchesItsSchema(t *testing.T) {
	db, _ := openSampleDB(t)
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	if err := validatePortfolio(t, buf.Bytes()); err != nil {
		t.Errorf("the exported sample portfolio does not match %s:\n%v", portfolioSchemaPath, err)
	}
	// A file that names its schema, for an editor's help, is read as before.
	var file map[string]any
	if err := json.Unmarshal(buf.Bytes(), &file); err != nil {
		t.Fatal(err)
	}
	file["$schema"] = "https://raw.githubusercontent.com/liftoff-app/liftoff/main/docs/schema/portfolio.schema.json"
	named, err := json.Marshal(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := validatePortfolio(t, named); err != nil {
		t.Errorf("the file with $schema does not match its schema: %v", err)
	}
	if _, err := ReadPortfolio(bytes.NewReader(named), db.Catalog()); err != nil {
		t.Errorf("the file with $schema is not read: %v", err)
	}
}

func TestPortfolioSchemaRefusesWhatTheImportRefuses(t *testing.T) {
	db, _ := openSampleDB(t)
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatal(err)
	}
	exported := buf.Bytes()
	edit := func(fn func(file map[string]any)) []byte {
		var file map[string]any
		if err := json.Unmarshal(exported, &file); err != nil {
			t.Fatal(err)
		}
		fn(file)
		out, err := json.Marshal(file)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	account := func(file map[string]any) map[string]any { return file["accounts"].([]any)[0].(map[string]any) }
	customer := func(file map[string]any) map[string]any { return account(file)["customer"].(map[string]any) }
	tests := []struct {
		name string
		data []byte
		want string // in the validation error and in the import's
	}{
		{"another format", edit(func(f map[string]any) { f["format"] = "spreadsheet" }), "format"},
		{"a newer version", edit(func(f map[string]any) { f["version"] = PortfolioVersion + 1 }), "version"},
		{"no accounts", edit(func(f map[string]any) { delete(f, "accounts") }), "accounts"},
		{"unknown field of a customer", edit(func(f map[string]any) { customer(f)["colour"] = "red" }), "colour"},
		{"ID that is no UUID", edit(func(f map[string]any) { customer(f)["id"] = "customer-1" }), "id"},
		{"bad day", edit(func(f map[string]any) {
			customer(f)["contract"].(map[string]any)["start"] = "1 May 2026"
		}), "start"},
		{"hours as text", edit(func(f map[string]any) {
			account(f)["activities"].([]any)[0].(map[string]any)["hours"] = "four"
		}), "hours"},
		{"unknown field of an assessment", edit(func(f map[string]any) {
			account(f)["engagements"].([]any)[0].(map[string]any)["assessment"].(map[string]any)["score"] = 3
		}), "score"},
		{"unknown field of an objective", edit(func(f map[string]any) {
			for _, a := range f["accounts"].([]any) {
				plan, _ := a.(map[string]any)["plan"].(map[string]any)
				if objectives, ok := plan["objectives"].([]any); ok && len(objectives) > 0 {
					objectives[0].(map[string]any)["weight"] = 3
					return
				}
			}
			t.Fatal("no account of the sample has an objective")
		}), "weight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validatePortfolio(t, tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("the schema accepts the file or does not name %q: %v", tt.want, err)
			}
			// The import refuses what the schema refuses, naming the same
			// field: nothing of the file is passed over in silence.
			if _, err := ReadPortfolio(bytes.NewReader(tt.data), catalog.Default()); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("the import gives %v for the file the schema refuses for %q", err, tt.want)
			}
		})
	}
}
