package strictjson_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

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

// FuzzDecodeReader checks DecodeReader against Decode: read in pieces of
// any size, releasing what it has decoded as it goes, it fills the value
// alike and finds the same problems and the same error, limits included.
func FuzzDecodeReader(f *testing.F) {
	for _, s := range []string{
		`{"name": "a", "count": 1, "tags": ["x", "y", "z"], "pair": [1, 2], "labels": {"k": "v", "l": "w"}, "byNum": {"3": true}}`,
		`{"name": "caf\u00e9 \ud83d\ude00", "count": 12345, "extra": [[1, 2, 3], {"a": [1], "b": [2, 3]}], "raw": {"r": [1, 2]}}`,
		"{\"name\":\n \"abc\",\n\t\"count\": 1e400, \"at\": \"2026-11-26T10:15:00Z\", \"next\": {\"tags\": [\"a\", \"b\"]}}",
		`{"name": "toolong", "count": 123456}`, `{"name": 1 2}`, `{"name": "x"`, `[1, 2, 3]`, `  {"tags": []}  x`,
	} {
		f.Add([]byte(s))
	}
	optionSets := []strictjson.Options{
		{AllowNull: true},
		{RequireFields: true, TypeNames: names, MaxProblems: 4},
		{MaxStringLength: 4, Limits: []strictjson.Limit{
			{Path: "*", Max: 2},
			{Path: "tags", Max: 3, Message: "more than 3 tags"},
			{Path: "extra[]", Max: 3, InTotal: true},
			{Path: "*", Max: 6, InTotal: true, Message: "more than 6 entries in all"},
		}},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range optionSets {
			var want record
			wantFound, wantErr := strictjson.Decode(data, &want, opts)
			for _, chunk := range []int{1, 5, 4096} {
				var got record
				found, err := strictjson.DecodeReaderChunks(iotest.OneByteReader(bytes.NewReader(data)), &got, opts, chunk)
				if !reflect.DeepEqual(found, wantFound) {
					t.Fatalf("chunk %d: DecodeReader found %q, Decode %q", chunk, found, wantFound)
				}
				if fmt.Sprintf("%#v", err) != fmt.Sprintf("%#v", wantErr) && !sameError(err, wantErr) {
					t.Fatalf("chunk %d: DecodeReader says %#v, Decode %#v", chunk, err, wantErr)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("chunk %d: DecodeReader gave\n%#v\nDecode\n%#v", chunk, got, want)
				}
			}
		}
	})
}

// sameError reports whether two errors of the decoder say the same, in
// the same place.
func sameError(a, b error) bool {
	var sa, sb *strictjson.SyntaxError
	if errors.As(a, &sa) && errors.As(b, &sb) {
		return *sa == *sb
	}
	var la, lb *strictjson.LimitError
	if errors.As(a, &la) && errors.As(b, &lb) {
		return *la == *lb
	}
	return a == nil && b == nil
}
