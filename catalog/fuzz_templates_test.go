package catalog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// FuzzLoadTemplates checks that LoadTemplates never panics, that every
// failure is a *LoadError with at least one problem and a message, and
// that a file it accepts survives being written out and read back.
func FuzzLoadTemplates(f *testing.F) {
	f.Add(catalog.DefaultTemplatesJSON())
	f.Add([]byte(templateFile))
	for _, s := range []string{"", "{", "[]", "null", `{"version": "1", "templates": []}`, `{"version": 1}`,
		`{"version": "1", "templates": [{"id": "a", "objectives": [{"baseline": 1e400}]}]}`,
		`{"version": "1", "templates": [{"id": "a", "published": "2026-13-01"}]}`, "\uFEFF{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ts, err := catalog.LoadTemplates(bytes.NewReader(data))
		if err != nil {
			var le *catalog.LoadError
			if !errors.As(err, &le) || len(le.Problems) == 0 {
				t.Fatalf("error %v is not a *LoadError with problems", err)
			}
			for _, p := range le.Problems {
				if strings.TrimSpace(p.Message) == "" {
					t.Fatalf("a problem without a message at %q", p.Path)
				}
			}
			if ts != nil {
				t.Fatal("a failed load returned templates")
			}
			return
		}
		out, err := json.Marshal(ts)
		if err != nil {
			t.Fatalf("cannot write accepted templates: %v", err)
		}
		back, err := catalog.LoadTemplates(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("templates written out do not load again: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(ts, back) {
			t.Fatalf("round trip changed the templates:\n%+v\n%+v", ts, back)
		}
	})
}
