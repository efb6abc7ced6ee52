package strictjson_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// names says how problems name the test's date type.
var names = map[reflect.Type]string{reflect.TypeFor[day](): "a date (YYYY-MM-DD)"}

// problems decodes text into a new record with opts and returns the
// problems as "path: message", failing the test on a syntax error.
func problems(t *testing.T, text string, opts strictjson.Options) []string {
	t.Helper()
	var r record
	found, err := strictjson.Decode([]byte(text), &r, opts)
	if err != nil {
		t.Fatalf("Decode(%s): %v", text, err)
	}
	var out []string
	for _, p := range found {
		out = append(out, p.String())
	}
	return out
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	opts := strictjson.Options{TypeNames: names}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"nothing wrong", `{"name": "a", "count": 1}`, nil},
		{"unknown field with a suggestion", `{"nmae": "a"}`, []string{`nmae: unknown field (did you mean "name"?)`}},
		{"field in the wrong case", `{"Name": "a"}`, []string{`Name: unknown field (did you mean "name"?)`}},
		{"unknown field, no suggestion", `{"colour": "blue"}`, []string{"colour: unknown field (want one of name, count, small, size, " +
			"ratio, half, on, tags, pair, labels, byNum, byDay, when, at, next, extra, raw, blob, quoted, note)"}},
		{"unexported and skipped fields are unknown", `{"hidden": 1, "Skipped": "x"}`, []string{
			"hidden: unknown field (want one of name, count, small, size, ratio, half, on, tags, pair, labels, byNum, byDay, when, at, next, extra, raw, blob, quoted, note)",
			"Skipped: unknown field (want one of name, count, small, size, ratio, half, on, tags, pair, labels, byNum, byDay, when, at, next, extra, raw, blob, quoted, note)"}},
		{"field given twice", `{"name": "a", "name": "b"}`, []string{"name: field given twice"}},
		{"map key given twice", `{"labels": {"a": "1", "a": "2"}}`, []string{"labels.a: key given twice"}},
		{"string for a number", `{"count": "8"}`, []string{`count: want a whole number, got the string "8"`}},
		{"fraction for a whole number", `{"count": 2.5}`, []string{"count: want a whole number, got 2.5"}},
		{"exponent for a whole number", `{"count": 1e3}`, []string{"count: want a whole number, got 1e3"}},
		{"too large for int8", `{"small": 200}`, []string{"small: want a whole number from -128 to 127, got 200"}},
		{"negative for uint16", `{"size": -1}`, []string{"size: want a whole number from 0 to 65535, got -1"}},
		{"too large for float64", `{"ratio": 1e400}`, []string{"ratio: the number 1e400 is out of range"}},
		{"too large for float32", `{"half": 1e39}`, []string{"half: the number 1e39 is out of range"}},
		{"number for true or false", `{"on": 1}`, []string{"on: want true or false, got the number 1"}},
		{"string for a list", `{"tags": "go-live"}`, []string{`tags: want a list, got the string "go-live"`}},
		{"long string is not quoted", `{"count": "` + strings.Repeat("x", 41) + `"}`, []string{"count: want a whole number, got a string"}},
		{"wrong element keeps later indexes", `{"tags": ["a", 7, "c", false]}`, []string{"tags[1]: want a string, got the number 7", "tags[3]: want a string, got false"}},
		{"list for an object", `{"labels": []}`, []string{"labels: want an object, got a list"}},
		{"object for a string", `{"name": {"first": "a"}}`, []string{"name: want a string, got an object"}},
		{"too many entries for an array", `{"pair": [1, 2, 3]}`, []string{"pair: want at most 2 entries, got 3"}},
		{"bad date", `{"when": "2026-13-01"}`, []string{`when: date "2026-13-01": want YYYY-MM-DD`}},
		{"number for a date", `{"when": 20260425}`, []string{"when: want a date (YYYY-MM-DD), got the number 20260425"}},
		{"bad map key", `{"byNum": {"one": true}}`, []string{"byNum.one: want a key that is a whole number from -9223372036854775808 to 9223372036854775807"}},
		{"bad date key", `{"byDay": {"today": 1}}`, []string{`byDay.today: date "today": want YYYY-MM-DD`}},
		{"odd key in a path is quoted", `{"labels": {"gold tier": 5}}`, []string{`labels["gold tier"]: want a string, got the number 5`}},
		{"escaped key", `{"na\u006de": 5}`, []string{`name: want a string, got the number 5`}},
		{"bad base64", `{"blob": "!!"}`, []string{"blob: want a base64 string: illegal base64 data at input byte 0"}},
		{"unquoted value of a ,string field", `{"quoted": 12}`, []string{"quoted: want a whole number written inside a string"}},
		{"bad value of a ,string field", `{"quoted": "twelve"}`, []string{`quoted: want a whole number written inside a string, got the string "twelve"`}},
		{"nested problems", `{"next": {"next": {"tags": [1]}, "count": "x"}}`, []string{
			"next.next.tags[0]: want a string, got the number 1", `next.count: want a whole number, got the string "x"`}},
		{"problems in generic values", `{"extra": {"a": 1, "a": 2, "b": [1e999]}}`, []string{"extra.a: key given twice", "extra.b[0]: the number 1e999 is out of range"}},
		{"problems in file order", `{"tags": 1, "count": "1", "nmae": 1}`, []string{
			"tags: want a list, got the number 1", `count: want a whole number, got the string "1"`, `nmae: unknown field (did you mean "name"?)`}},
		{"null for a string", `{"name": null}`, []string{"name: null is not allowed here; want a string"}},
		{"null for a date", `{"when": null}`, []string{"when: null is not allowed here; want a date (YYYY-MM-DD)"}},
		{"null for a time", `{"at": null}`, []string{"at: null is not allowed here; want a string"}},
		{"null for lists, maps, pointers and interfaces", `{"tags": null, "labels": null, "next": null, "extra": null, "raw": null}`, nil},
		{"null elements", `{"tags": [null], "labels": {"a": null}}`, []string{
			"tags[0]: null is not allowed here; want a string", "labels.a: null is not allowed here; want a string"}},
		{"an array for the whole", `[1]`, []string{"want an object, got a list"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problems(t, tt.text, opts)
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestDecodeMethodErrors checks that the errors of types that decode
// themselves become problems as their methods word them.
func TestDecodeMethodErrors(t *testing.T) {
	var when time.Time
	want := json.Unmarshal([]byte(`"noon"`), &when)
	if want == nil {
		t.Fatal("encoding/json accepted noon as a time")
	}
	got := problems(t, `{"at": "noon"}`, strictjson.Options{})
	if len(got) != 1 || got[0] != "at: "+strings.TrimPrefix(want.Error(), "json: ") {
		t.Errorf("problems %q, want at: %v", got, want)
	}
}

func TestDecodeOptions(t *testing.T) {
	tests := []struct {
		name string
		text string
		opts strictjson.Options
		want []string
	}{
		{"required fields", `{"tags": [], "next": {"name": "b"}}`, strictjson.Options{RequireFields: true},
			[]string{"next.count: required field is missing", "name: required field is missing", "count: required field is missing"}},
		{"fields may be left out", `{"tags": []}`, strictjson.Options{}, nil},
		{"null anywhere", `{"name": null, "count": null, "when": null, "at": null, "tags": [null]}`, strictjson.Options{AllowNull: true}, nil},
		{"at most two problems", `{"name": 1, "count": "x", "on": 3, "tags": 4}`, strictjson.Options{MaxProblems: 2},
			[]string{"name: want a string, got the number 1", `count: want a whole number, got the string "x"`}},
		{"at most one problem, then a syntax error is not read", `{"name": 1, "count": ]`, strictjson.Options{MaxProblems: 1},
			[]string{"name: want a string, got the number 1"}},
		{"required fields count towards the bound", `{}`, strictjson.Options{RequireFields: true, MaxProblems: 1},
			[]string{"name: required field is missing"}},
		{"dates named as strings by default", `{"when": 5}`, strictjson.Options{}, []string{"when: want a string, got the number 5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problems(t, tt.text, tt.opts)
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestDecodeKeepsWhatItCan checks the values decoded beside problems.
func TestDecodeKeepsWhatItCan(t *testing.T) {
	var r record
	found, err := strictjson.Decode([]byte(`{"name": "a", "count": "x", "tags": ["t", 2, "u"], "labels": {"k": 1, "l": "v"}}`), &r, strictjson.Options{})
	if err != nil || len(found) != 3 {
		t.Fatalf("Decode: %v, %d problems: %v", err, len(found), found)
	}
	want := record{Name: "a", Tags: []string{"t", "", "u"}, Labels: map[string]string{"k": "", "l": "v"}}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("decoded %+v\nwant %+v", r, want)
	}
}

// TestDecodeLikeEncodingJSON checks that what Decode accepts decodes to
// what encoding/json makes of it.
func TestDecodeLikeEncodingJSON(t *testing.T) {
	texts := []string{
		`{"name": "a", "count": -3, "small": -128, "size": 65535, "ratio": 0.25e-3, "half": 1.5, "on": true}`,
		`{"name": "caf\u00e9 \ud83d\ude00 \ud83d x\/y\n", "count": 0, "tags": []}`,
		"{\"name\": \"\xff\xfe bad UTF-8\", \"count\": 1}",
		`{"name": "", "count": 1, "tags": ["a", "b"], "pair": [7], "labels": {}, "byNum": {"-1": true, "2": false}}`,
		`{"name": "", "count": 1, "byDay": {"2026-11-02": 3}, "when": "2026-02-28", "at": "2026-11-26T10:15:00+01:00"}`,
		`{"name": "", "count": 1, "next": {"name": "b", "count": 2, "next": {"name": "c", "count": 3}}}`,
		`{"name": "", "count": 1, "extra": {"list": [1, "two", null, true, {"x": []}]}, "raw": {"kept": [1, 2]}}`,
		`{"name": "", "count": 1, "blob": "aGVsbG8=", "quoted": "-42", "note": "promoted"}`,
		`{"name": "", "count": 1, "blob": [104, 105], "extra": 12345678901234567890}`,
		`{"name": "", "count": 1, "raw": null, "next": null, "quoted": "null"}`,
		` {"name":"x","count":9223372036854775807} `,
	}
	for _, text := range texts {
		var got, want record
		found, err := strictjson.Decode([]byte(text), &got, strictjson.Options{RequireFields: true})
		if err != nil || len(found) > 0 {
			t.Errorf("Decode(%s): %v %v", text, err, found)
			continue
		}
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatalf("encoding/json on %s: %v", text, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Decode(%s) =\n%+v\nencoding/json:\n%+v", text, got, want)
		}
	}
}

// TestDecodeIntoExistingValues checks that fields the document leaves out
// keep their values and maps are added to, as with encoding/json.
func TestDecodeIntoExistingValues(t *testing.T) {
	r := record{Name: "kept", Count: 1, Labels: map[string]string{"old": "1"}, Tags: []string{"x", "y", "z"}}
	found, err := strictjson.Decode([]byte(`{"count": 2, "labels": {"new": "2", "new": "3"}, "tags": ["a"]}`), &r, strictjson.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].String() != "labels.new: key given twice" {
		t.Errorf("problems %v", found)
	}
	want := record{Name: "kept", Count: 2, Labels: map[string]string{"old": "1", "new": "2"}, Tags: []string{"a"}}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("decoded %+v\nwant %+v", r, want)
	}
}

func TestDecodeSyntaxErrors(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		path      string
		line, col int
		msg       string
		cause     error
	}{
		{"empty", "", "", 1, 1, "the file is empty", strictjson.ErrEmpty},
		{"only spaces", " \n\t", "", 2, 2, "the file is empty", strictjson.ErrEmpty},
		{"missing value", "{\n  \"name\": \"x\",\n  \"count\": }", "count", 3, 12, "want a value, found '}'", nil},
		{"trailing comma", "{\"name\": \"1\",\n}", "", 2, 1, "want a field name in double quotes, found '}'", nil},
		{"missing colon", `{"name" "x"}`, "", 1, 9, `want ':' after the field name, found '"'`, nil},
		{"missing comma", `{"tags": ["a" "b"]}`, "tags", 1, 15, `want ',' or ']' after the list element, found '"'`, nil},
		{"cut short", "{\n  \"tags\": [\n    \"x\"", "tags", 3, 8, "the file ends before the JSON is complete", nil},
		{"cut short in a string", `{"name": "abc`, "name", 1, 14, "the file ends inside a string", nil},
		{"control character", "{\"name\": \"a\tb\"}", "name", 1, 12, `control character '\t' inside a string; write it as an escape such as \n`, nil},
		{"bad escape", `{"name": "a\qb"}`, "name", 1, 12, `invalid escape \q in a string`, nil},
		{"bad unicode escape", `{"name": "a\u12x4"}`, "name", 1, 12, `invalid escape "\\u12x4" in a string; want \u and four hex digits`, nil},
		{"leading zero", `{"count": 01}`, "", 1, 12, "want ',' or '}' after the field value, found '1'", nil},
		{"bare minus", `{"count": -}`, "count", 1, 12, "want a digit, found '}'", nil},
		{"no digit after the point", `{"count": 1.}`, "count", 1, 13, "want a digit after the decimal point, found '}'", nil},
		{"no exponent digit", `{"ratio": 1e+}`, "ratio", 1, 14, "want a digit in the exponent, found '}'", nil},
		{"misspelt literal", `{"on": ture}`, "on", 1, 8, "want a value, found 't'", nil},
		{"text after the value", "{}\n x", "", 2, 2, "unexpected text after the end of the JSON value", strictjson.ErrTrailingData},
		{"a second value", `{} {}`, "", 1, 4, "unexpected text after the end of the JSON value", strictjson.ErrTrailingData},
		{"syntax inside a skipped value", `{"colour": {"a": [1,]}}`, "colour.a[1]", 1, 21, "want a value, found ']'", nil},
		{"too deep", `{"extra": ` + strings.Repeat("[", 1001) + strings.Repeat("]", 1001) + `}`, "extra" + strings.Repeat("[0]", 1000), 1, 1011,
			"values nest more than 1000 levels deep", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r record
			_, err := strictjson.Decode([]byte(tt.text), &r, strictjson.Options{})
			var syn *strictjson.SyntaxError
			if !errors.As(err, &syn) {
				t.Fatalf("error %v, want a *SyntaxError", err)
			}
			if syn.Path != tt.path || syn.Line != tt.line || syn.Column != tt.col || syn.Msg != tt.msg {
				t.Errorf("got %q at line %d, column %d: %q\nwant %q at line %d, column %d: %q", syn.Path, syn.Line, syn.Column, syn.Msg, tt.path, tt.line, tt.col, tt.msg)
			}
			if tt.cause != nil && !errors.Is(err, tt.cause) {
				t.Errorf("error %v is not %v", err, tt.cause)
			}
			if syn.Offset < 0 || syn.Offset > len(tt.text) {
				t.Errorf("offset %d outside the text", syn.Offset)
			}
			if check := strictjson.CheckSyntax([]byte(tt.text)); check == nil || check.Error() != err.Error() {
				t.Errorf("CheckSyntax = %v, want %v", check, err)
			}
		})
	}
}

func TestSyntaxErrorText(t *testing.T) {
	_, err := strictjson.Decode([]byte("{\n\"count\": x}"), &record{}, strictjson.Options{})
	if got, want := err.Error(), "syntax error at line 2, column 10: want a value, found 'x'"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	_, err = strictjson.Decode([]byte("  "), &record{}, strictjson.Options{})
	if got, want := err.Error(), "the file is empty"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestDecodeProblemsBeforeASyntaxError(t *testing.T) {
	var r record
	found, err := strictjson.Decode([]byte(`{"name": 1, "count": }`), &r, strictjson.Options{})
	if len(found) != 1 || found[0].String() != "name: want a string, got the number 1" {
		t.Errorf("problems %v", found)
	}
	if err == nil {
		t.Error("no syntax error")
	}
}

func TestDecodeWantsAPointer(t *testing.T) {
	var r record
	for _, v := range []any{r, (*record)(nil), nil} {
		_, err := strictjson.Decode([]byte(`{}`), v, strictjson.Options{})
		var syn *strictjson.SyntaxError
		if err == nil || errors.As(err, &syn) || !strings.Contains(err.Error(), "want a non-nil pointer") {
			t.Errorf("Decode into %T: %v", v, err)
		}
	}
}

func TestDecodeUnsupportedTypes(t *testing.T) {
	var v struct {
		C chan int     `json:"c"`
		M map[bool]int `json:"m"`
		F fmt.Stringer `json:"f"`
		Z complex128   `json:"z"`
	}
	found, err := strictjson.Decode([]byte(`{"c": 1, "m": {}, "f": "x", "z": 2}`), &v, strictjson.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"c: cannot decode JSON into the Go type chan int", "m: cannot decode JSON into the Go type map[bool]int",
		"f: cannot decode JSON into the Go type fmt.Stringer", "z: cannot decode JSON into the Go type complex128"}
	var got []string
	for _, p := range found {
		got = append(got, p.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
}

// TestEmbeddedFields checks that embedded structs promote their fields as
// encoding/json promotes them.
func TestEmbeddedFields(t *testing.T) {
	type Base struct {
		ID    string `json:"id"`
		Shade string `json:"shade"`
		Deep  string
	}
	type Other struct {
		Shade string `json:"shade"`
		Deep  string
	}
	type Tagged struct {
		Deep string `json:"Deep"`
	}
	type Outer struct {
		Base
		*Other
		Tagged
		ID string `json:"id"` // hides Base.ID
	}
	text := `{"id": "outer", "Deep": "tagged"}`
	var got, want Outer
	found, err := strictjson.Decode([]byte(text), &got, strictjson.Options{RequireFields: true})
	if err != nil || len(found) > 0 {
		t.Fatalf("Decode: %v %v", err, found)
	}
	if err := json.Unmarshal([]byte(text), &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || got.ID != "outer" || got.Tagged.Deep != "tagged" {
		t.Errorf("decoded %+v, encoding/json %+v", got, want)
	}
	// shade is ambiguous between Base and Other, so neither has it.
	found, _ = strictjson.Decode([]byte(`{"shade": "x"}`), &got, strictjson.Options{})
	if len(found) != 1 || found[0].String() != "shade: unknown field (want one of Deep, id)" {
		t.Errorf("problems %v", found)
	}
}

func TestDecodeAnyAndRawValues(t *testing.T) {
	var v any
	found, err := strictjson.Decode([]byte(`{"a": [1, "b", null, false], "c": {}}`), &v, strictjson.Options{})
	if err != nil || len(found) > 0 {
		t.Fatalf("Decode: %v %v", err, found)
	}
	want := map[string]any{"a": []any{1.0, "b", nil, false}, "c": map[string]any{}}
	if !reflect.DeepEqual(v, want) {
		t.Errorf("decoded %#v", v)
	}
	var raw json.RawMessage
	if _, err := strictjson.Decode([]byte(` [1, {"x": 2}] `), &raw, strictjson.Options{}); err != nil || string(raw) != `[1, {"x": 2}]` {
		t.Errorf("raw %q, %v", raw, err)
	}
	var when time.Time
	found, _ = strictjson.Decode([]byte(`"2026-11-26T10:15:00Z"`), &when, strictjson.Options{})
	if len(found) > 0 || !when.Equal(time.Date(2026, 11, 26, 10, 15, 0, 0, time.UTC)) {
		t.Errorf("time %v, problems %v", when, found)
	}
}

func TestCheckSyntax(t *testing.T) {
	for _, text := range []string{`{}`, `[]`, `"x"`, `-0.5e+3`, `true`, `null`, " \n{\"a\": [1, {\"b\": null}]}\t"} {
		if err := strictjson.CheckSyntax([]byte(text)); err != nil {
			t.Errorf("CheckSyntax(%s) = %v", text, err)
		}
	}
	for _, text := range []string{``, `{`, `[1,]`, `"\x"`, `nul`, `1 2`, `{"a" 1}`, `{1: 2}`} {
		if err := strictjson.CheckSyntax([]byte(text)); err == nil {
			t.Errorf("CheckSyntax(%s) accepted it", text)
		}
	}
}

func TestSuggestion(t *testing.T) {
	candidates := []string{"hours", "phases", "prerequisites", "id", "dueOffsetDays"}
	tests := []struct{ got, want string }{
		{"hourz", ` (did you mean "hours"?)`},
		{"Hours", ` (did you mean "hours"?)`},
		{"ID", ` (did you mean "id"?)`},
		{"phsaes", ` (did you mean "phases"?)`},
		{"prereqisites", ` (did you mean "prerequisites"?)`},
		{"dueOffsetDay", ` (did you mean "dueOffsetDays"?)`},
		{"hours", ""}, // already right
		{"ix", ""},    // short names match only ignoring case
		{"colour", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strictjson.Suggestion(tt.got, candidates); got != tt.want {
			t.Errorf("Suggestion(%q) = %q, want %q", tt.got, got, tt.want)
		}
	}
}

func TestPlainName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"expert", true}, {"go-live", true}, {"snake_case", true}, {"P1", true},
		{"", false}, {"gold tier", false}, {"a.b", false}, {"é", false}, {"[0]", false},
	}
	for _, tt := range tests {
		if got := strictjson.PlainName(tt.name); got != tt.want {
			t.Errorf("PlainName(%q) = %t, want %t", tt.name, got, tt.want)
		}
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    strictjson.Problem
		want string
	}{
		{strictjson.Problem{Path: "tags[1]", Message: "want a string, got the number 7"}, "tags[1]: want a string, got the number 7"},
		{strictjson.Problem{Message: "want an object, got a list"}, "want an object, got a list"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

// hiddenPart is an unexported struct type embedded by pointer: encoding/json
// cannot allocate it, and neither can Decode.
type hiddenPart struct {
	Part string `json:"part"`
}

// Extension is an exported struct type embedded by pointer.
type Extension struct {
	Extra string `json:"extra"`
}

func TestEmbeddedPointers(t *testing.T) {
	type outer struct {
		*Extension
		*hiddenPart
		Name string `json:"name"`
	}
	var v outer
	found, err := strictjson.Decode([]byte(`{"extra": "x", "part": "p", "name": "n"}`), &v, strictjson.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"part: cannot set the embedded pointer to the unexported struct type strictjson_test.hiddenPart"}
	if got := strs(found); !slices.Equal(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	if v.Extension == nil || v.Extra != "x" || v.Name != "n" || v.hiddenPart != nil {
		t.Errorf("decoded %+v", v)
	}
}

// strs returns problems as "path: message".
func strs(found []strictjson.Problem) []string {
	var out []string
	for _, p := range found {
		out = append(out, p.String())
	}
	return out
}

// TestDecodeMoreKinds covers the kinds no catalog or portfolio type has
// yet: unsigned map keys, quoted strings and booleans, pointers in lists,
// and values that decode themselves from any JSON.
func TestDecodeMoreKinds(t *testing.T) {
	type kinds struct {
		ByUint  map[uint8]string   `json:"byUint"`
		ByInt8  map[int8]string    `json:"byInt8"`
		Text    string             `json:"text,string"`
		Flag    *bool              `json:"flag,string"`
		Ptrs    []*int             `json:"ptrs"`
		Raw     json.RawMessage    `json:"raw"`
		Times   []time.Time        `json:"times"`
		Any     any                `json:"any"`
		Methods fmt.Stringer       `json:"methods"`
		Sizes   map[string]uint    `json:"sizes"`
		Blob    []byte             `json:"blob"`
		Nested  map[string][]uint8 `json:"nested"`
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"good", `{"byUint": {"255": "x"}, "byInt8": {"-128": "y"}, "text": "\"hi\"", "flag": "true", "ptrs": [1, null, 3],
			"raw": [1], "times": ["2026-11-26T10:15:00Z"], "any": {"a": [1]}, "sizes": {"a": 1}, "blob": null, "nested": {"b": "AQI="}}`, nil},
		{"bad keys", `{"byUint": {"256": "x", "-1": "y"}, "byInt8": {"128": "z"}}`, []string{
			"byUint.256: want a key that is a whole number from 0 to 255", "byUint.-1: want a key that is a whole number from 0 to 255",
			"byInt8.128: want a key that is a whole number from -128 to 127"}},
		{"bad quoted values", `{"text": "hi", "flag": "yes"}`, []string{
			`text: want a string written inside a string, got the string "hi"`, `flag: want true or false written inside a string, got the string "yes"`}},
		{"quoted values with spaces", `{"text": " \"hi\"", "flag": ""}`, []string{
			`text: want a string written inside a string, got the string " \"hi\""`, `flag: want true or false written inside a string, got the string ""`}},
		{"quoted values of the wrong type", `{"text": "1", "flag": "{}"}`, []string{
			"text: want a string, got the number 1", "flag: want true or false, got an object"}},
		{"null in a quoted field", `{"flag": "null", "text": null}`, []string{"text: null is not allowed here; want a string"}},
		{"wrong values", `{"ptrs": ["1"], "sizes": {"a": -1, "b": 1.5}, "blob": 5, "nested": {"b": [256]}, "times": [5], "methods": "x"}`, []string{
			`ptrs[0]: want a whole number, got the string "1"`, "sizes.a: want a whole number from 0 to 18446744073709551615, got -1",
			"sizes.b: want a whole number, got 1.5", "blob: want a base64 string, got the number 5", "nested.b[0]: want a whole number from 0 to 255, got 256",
			"times[0]: Time.UnmarshalJSON: input is not a JSON string", "methods: cannot decode JSON into the Go type fmt.Stringer"}},
		{"null for values that decode themselves", `{"times": [null], "methods": null}`, []string{"times[0]: null is not allowed here; want a string"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v kinds
			found, err := strictjson.Decode([]byte(tt.text), &v, strictjson.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strs(found); !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
			if tt.want != nil {
				return
			}
			var want kinds
			if err := json.Unmarshal([]byte(tt.text), &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(v, want) {
				t.Errorf("decoded %+v\nencoding/json %+v", v, want)
			}
		})
	}
}

// TestTypeNames checks how problems name what a value of each kind of Go
// type looks like in JSON.
func TestTypeNames(t *testing.T) {
	type named struct {
		Uint   uint            `json:"uint"`
		Blob   []byte          `json:"blob"`
		Raw    json.RawMessage `json:"raw"`
		Any    any             `json:"any"`
		Ptr    *day            `json:"ptr"`
		Time   time.Time       `json:"time"`
		Array  [1]int          `json:"array"`
		Float  float32         `json:"float"`
		Nested map[string]int  `json:"nested"`
		Fn     func()          `json:"fn"`
	}
	var v named
	found, err := strictjson.Decode([]byte(`{"uint": null, "blob": {}, "ptr": 1, "time": [], "array": {}, "float": "1", "nested": 1, "fn": null}`),
		&v, strictjson.Options{TypeNames: names})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"uint: null is not allowed here; want a whole number of at least 0",
		"blob: want a base64 string, got an object",
		"ptr: want a date (YYYY-MM-DD), got the number 1",
		`time: Time.UnmarshalJSON: input is not a JSON string`,
		"array: want a list, got an object",
		`float: want a number, got the string "1"`,
		"nested: want an object, got the number 1",
		"fn: null is not allowed here; want nothing (the Go type func() cannot hold JSON)",
	}
	if got := strs(found); !slices.Equal(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
}

func TestSyntaxErrorInsideAValueThatDecodesItself(t *testing.T) {
	var v struct {
		Raw json.RawMessage `json:"raw"`
	}
	_, err := strictjson.Decode([]byte(`{"raw": {"a": [1 2]}}`), &v, strictjson.Options{})
	var syn *strictjson.SyntaxError
	if !errors.As(err, &syn) || syn.Path != "raw.a" || syn.Msg != "want ',' or ']' after the list element, found '2'" {
		t.Errorf("error %v at %+v", err, syn)
	}
}

// shapedScore decodes itself from {"points": N} or, as an older file
// wrote it, {"score": N}; it says so with JSONShape.
type shapedScore struct{ points int }

// shapedScoreJSON is the JSON a shapedScore is read from.
type shapedScoreJSON struct {
	Points int `json:"points,omitempty"`
	Score  int `json:"score,omitempty"`
}

func (s *shapedScore) JSONShape() any { return new(shapedScoreJSON) }

func (s *shapedScore) UnmarshalJSON(b []byte) error {
	var v shapedScoreJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	s.points = max(v.Points, v.Score)
	return nil
}

// A type that reads itself and says its shape is checked as strictly as
// any struct: an unknown field or a value of the wrong type is a problem
// with its path, and the value is not handed to UnmarshalJSON then.
func TestShapedValuesAreCheckedAgainstTheirShape(t *testing.T) {
	tests := []struct {
		text     string
		problems []string
		points   int
	}{
		{`{"scores":[{"points":3},{"score":4}]}`, nil, 4},
		{`{"scores":[{"points":3},{"score":4,"weight":2}]}`, []string{"scores[1].weight: unknown field"}, 3},
		{`{"scores":[{"points":"three"}]}`, []string{"scores[0].points: want a whole number"}, 0},
	}
	for _, tt := range tests {
		var v struct {
			Scores []shapedScore `json:"scores"`
		}
		found, err := strictjson.Decode([]byte(tt.text), &v, strictjson.Options{})
		if err != nil {
			t.Fatalf("Decode(%s): %v", tt.text, err)
		}
		var got []string
		for _, p := range found {
			got = append(got, p.String())
		}
		for i, want := range tt.problems {
			if i >= len(got) || !strings.HasPrefix(got[i], want) {
				t.Errorf("Decode(%s) finds %q, want %q", tt.text, got, tt.problems)
				break
			}
		}
		if len(got) != len(tt.problems) {
			t.Errorf("Decode(%s) finds %q, want %q", tt.text, got, tt.problems)
		}
		best := 0
		for _, s := range v.Scores {
			best = max(best, s.points)
		}
		if best != tt.points {
			t.Errorf("Decode(%s) reads the best score as %d, want %d", tt.text, best, tt.points)
		}
	}
}
