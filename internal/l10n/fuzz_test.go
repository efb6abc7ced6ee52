package l10n

import (
	"encoding/json"
	"maps"
	"testing"
)

// FuzzDecodeBundle checks that any bytes give a bundle or an error, never
// a panic, and that a bundle written back reads the same.
func FuzzDecodeBundle(f *testing.F) {
	for _, seed := range []string{`{"a": "A"}`, `{"a": {"other": "A"}}`, `{"a": {"one": "%d day", "other": "%d days"}}`,
		`{"a": {"few": "x"}}`, `{"a": 1}`, `[]`, `{"nav.x": "%d of %s"}`, ``} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decodeBundle(data)
		if err != nil {
			return
		}
		for k, m := range got {
			if _, ok := m[pluralOther]; !ok {
				t.Fatalf("key %q decoded without an %q text: %v", k, pluralOther, m)
			}
		}
		again, err := json.Marshal(got)
		if err != nil {
			t.Fatalf("encode %v: %v", got, err)
		}
		back, err := decodeBundle(again)
		if err != nil {
			t.Fatalf("a bundle written back does not read: %v", err)
		}
		if !maps.EqualFunc(got, back, maps.Equal) {
			t.Fatalf("round trip changed %v into %v", got, back)
		}
	})
}
