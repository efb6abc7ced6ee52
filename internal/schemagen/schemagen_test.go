package schemagen

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

type inner struct {
	Name string `json:"name"`
}

type base struct {
	Version string `json:"version"`
}

type shaped struct{ n int }

func (s shaped) MarshalJSON() ([]byte, error) { return json.Marshal(s.n) }

type root struct {
	base
	Items   []inner           `json:"items"`
	Lookup  map[string]int    `json:"lookup,omitempty"`
	Next    *inner            `json:"next,omitzero"`
	When    time.Time         `json:"when"`
	Skipped string            `json:"-"`
	hidden  string            // not in the JSON form
	Count   int               `json:"count"`
	Tags    map[string]string `json:"tags"`
}

// decode generates the schema of t and reads it back.
func decode(t *testing.T, typ reflect.Type, opts Options) map[string]any {
	t.Helper()
	data, err := Generate(typ, opts)
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGenerateFollowsTheJSONForm(t *testing.T) {
	_ = root{hidden: "left out"}
	opts := Options{ID: "x", Title: "Root", RequireFields: true,
		Types:  map[reflect.Type]Schema{reflect.TypeFor[time.Time](): {"type": "string", "format": "date-time"}},
		Fields: map[string]Schema{"root.Count": {"minimum": 1}}}
	s := decode(t, reflect.TypeFor[root](), opts)
	if s["$schema"] != Draft || s["additionalProperties"] != false {
		t.Errorf("head %v %v", s["$schema"], s["additionalProperties"])
	}
	props := s["properties"].(map[string]any)
	var names []string
	for k := range props {
		names = append(names, k)
	}
	if got := strings.Join(slices.Sorted(slices.Values(names)), ","); got != "count,items,lookup,next,tags,version,when" {
		t.Errorf("properties %s: want the embedded struct's fields, no skipped or unexported ones", got)
	}
	if got := strings.Join(toStrings(s["required"]), ","); got != "count,items,tags,version,when" {
		t.Errorf("required %s: want every field without omitempty or omitzero", got)
	}
	if got := props["items"].(map[string]any)["type"]; !reflect.DeepEqual(got, []any{"array", "null"}) {
		t.Errorf("a list is %v, want an array or null", got)
	}
	if got := props["next"].(map[string]any)["anyOf"]; got == nil {
		t.Errorf("a pointer to a struct accepts no null: %v", props["next"])
	}
	if got := props["version"].(map[string]any)["type"]; got != "string" {
		t.Errorf("a text is %v, want only a string without AllowNull", got)
	}
	if got := props["count"].(map[string]any)["minimum"]; got != 1.0 {
		t.Errorf("the keywords given for root.Count are missing: %v", props["count"])
	}
	if got := props["when"].(map[string]any)["format"]; got != "date-time" {
		t.Errorf("time.Time is %v, want the schema given for it", props["when"])
	}
	def := s["$defs"].(map[string]any)["inner"].(map[string]any)
	if def["additionalProperties"] != false || def["title"] != "inner" {
		t.Errorf("the definition of inner is %v", def)
	}

	opts.AllowNull = true
	s = decode(t, reflect.TypeFor[root](), opts)
	if got := s["properties"].(map[string]any)["version"].(map[string]any)["type"]; !reflect.DeepEqual(got, []any{"string", "null"}) {
		t.Errorf("with AllowNull a text is %v, want a string or null", got)
	}
}

func TestGenerateAsksForTypesThatEncodeThemselves(t *testing.T) {
	type holder struct {
		S shaped `json:"s"`
	}
	if _, err := Generate(reflect.TypeFor[holder](), Options{}); err == nil || !strings.Contains(err.Error(), "encodes itself") {
		t.Errorf("err = %v, want the type that encodes itself named", err)
	}
	s := decode(t, reflect.TypeFor[holder](), Options{Types: map[reflect.Type]Schema{reflect.TypeFor[shaped](): {"type": "integer"}}})
	if got := s["properties"].(map[string]any)["s"].(map[string]any)["type"]; got != "integer" {
		t.Errorf("the schema given for the type is not used: %v", got)
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string]string{"ResponseTarget": "Response target", "PortfolioFile": "Portfolio file", "KPI": "KPI", "NSCLimit": "NSC limit"} {
		if got := words(in); got != want {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}
