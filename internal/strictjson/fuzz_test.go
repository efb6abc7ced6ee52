package strictjson_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// FuzzDecode checks Decode against encoding/json: no input makes it
// panic; it accepts only well-formed JSON; what it accepts without a
// problem decodes to what encoding/json makes of it; every problem has a
// message; a syntax error says where, as CheckSyntax does; and
// MaxProblems holds.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"name": "a", "count": 1, "tags": ["x"], "pair": [1, 2], "labels": {"k": "v"}, "byNum": {"3": true}}`,
		`{"name": "", "count": 1, "byDay": {"2026-11-02": 3}, "when": "2026-02-28", "at": "2026-11-26T10:15:00Z"}`,
		`{"name": "", "count": 1, "next": {"name": "b", "count": 2}, "extra": [1, "x", null, {"y": false}], "raw": {"r": 1}}`,
		`{"name": "", "count": 1, "blob": "aGk=", "quoted": "7", "note": "n", "small": -5, "size": 9, "ratio": 1.5e3, "half": 0.5, "on": true}`,
		`{"name": null, "count": "1", "tags": [null, 2], "pair": [1, 2, 3], "labels": {"k": 1, "k": 2}, "nmae": 0}`,
		`{"name": "caf\u00e9 \ud83d", "count": 1e400, "quoted": 12, "when": "2026-13-01"}`,
		"{\"name\": \"\xff\", \"count\": 01}",
		`[{}]`, `"x"`, `null`, ``, `{`, `{"extra": [[[[[[[[[[]]]]]]]]]]}`, `{} {}`,
	} {
		f.Add([]byte(s))
	}
	optionSets := []strictjson.Options{
		{AllowNull: true},
		{RequireFields: true, TypeNames: names},
		{MaxProblems: 3},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		syntaxErr := strictjson.CheckSyntax(data)
		if syntaxErr == nil && !json.Valid(data) {
			t.Fatalf("CheckSyntax accepted text that is not JSON: %q", data)
		}
		if syntaxErr != nil && json.Valid(data) && !strings.Contains(syntaxErr.Error(), "nest more than") {
			t.Fatalf("CheckSyntax refused JSON: %v", syntaxErr)
		}
		for _, opts := range optionSets {
			var got record
			found, err := strictjson.Decode(data, &got, opts)
			for _, p := range found {
				if p.Message == "" {
					t.Fatalf("a problem without a message at %q", p.Path)
				}
			}
			if opts.MaxProblems > 0 && len(found) > opts.MaxProblems {
				t.Fatalf("%d problems, want at most %d", len(found), opts.MaxProblems)
			}
			if err != nil {
				var syn *strictjson.SyntaxError
				if !errors.As(err, &syn) {
					t.Fatalf("error %v (%T) is not a *SyntaxError", err, err)
				}
				if syn.Line < 1 || syn.Column < 1 || syn.Offset < 0 || syn.Offset > len(data) || syn.Msg == "" {
					t.Fatalf("syntax error out of place: %+v", syn)
				}
				if syntaxErr == nil || syntaxErr.Error() != err.Error() {
					t.Fatalf("Decode says %v, CheckSyntax %v", err, syntaxErr)
				}
				continue
			}
			if opts.MaxProblems == 0 && syntaxErr != nil {
				t.Fatalf("Decode read malformed text without an error: %v", syntaxErr)
			}
			if len(found) > 0 {
				continue
			}
			var want record
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("Decode accepted what encoding/json refuses (%v): %q", err, data)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Decode gave\n%#v\nencoding/json\n%#v\nfor %q", got, want, data)
			}
		}
	})
}
