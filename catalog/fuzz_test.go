package catalog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// FuzzLoad checks that no input makes Load panic, that a rejected input
// always comes with problems, that Load accepts only valid JSON, and that a
// catalog Load accepts survives being written back out and loaded again.
//
// The first seed is the whole built-in file, so shrinking a new input takes
// long: run it as go test -fuzz FuzzLoad -fuzztime=15s -fuzzminimizetime=2s.
func FuzzLoad(f *testing.F) {
	f.Add(catalog.DefaultJSON())
	f.Add([]byte(``))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version": "1", "published": "2026-02-30"}`))
	f.Add([]byte(`{"accelerators": [{"id": 1, "hourz": [], "phases": "x"}], "regions": [{"timeZone": "Mars/Base"}]}`))
	f.Add([]byte(`{"addons": [{"states": {"expert": "yes", "expert": "no"}}]}`))
	f.Add([]byte(`{"version": "1.0.0",` + "\n" + `"published": }`))
	f.Add(bytes.Replace(catalog.DefaultJSON(), []byte(`"hours": 8`), []byte(`"hours": 8e400`), 1))
	f.Add([]byte(`{"notice": "caf\u00e9 \ud83d", "version": "1\n"}`))
	f.Add([]byte("{\"notice\": \"\xff\xfe\"}"))
	f.Add([]byte(`{"solutions": [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := catalog.Load(bytes.NewReader(data))
		if err != nil {
			var le *catalog.LoadError
			if !errors.As(err, &le) || len(le.Problems) == 0 {
				t.Fatalf("Load error without problems: %v", err)
			}
			return
		}
		if !json.Valid(bytes.TrimPrefix(data, []byte("\uFEFF"))) {
			t.Fatalf("Load accepted text that is not valid JSON: %q", data)
		}
		again, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("marshal a loaded catalog: %v", err)
		}
		c2, err := catalog.Load(bytes.NewReader(again))
		if err != nil {
			t.Fatalf("a loaded catalog does not load again:\n%v\n%s", err, again)
		}
		if len(c2.Items()) != len(c.Items()) {
			t.Fatalf("reloading changed the item count from %d to %d", len(c.Items()), len(c2.Items()))
		}
	})
}

// FuzzParseDate checks that no text makes ParseDate panic and that a day
// it accepts prints back as the same text.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-11-02", "2027-02-29", "0000-01-01", "9999-12-31", "2026-1-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := catalog.ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q) prints as %q", s, d.String())
		}
	})
}
