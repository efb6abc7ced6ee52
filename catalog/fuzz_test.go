package catalog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
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

// FuzzParseFact checks that no text makes ParseFact panic, that a fact it
// accepts starts with a field and has exactly one of Field and Entry set in
// each step, and that it prints back as text that parses to the same fact.
func FuzzParseFact(f *testing.F) {
	for _, s := range []string{
		"addons[mentor-sessions].states.expert", "comparison[Success team].values.ultimate", "followUp.reopenVia",
		"regions[japan].languages[Japanese].rule", "proactiveActivities[pro-ai-agentic-readiness]",
		"", "[x]", "a..b", "a[]", "a[ x]", "a[x", "a[x]]", "a.[x]", "a[[x]]", "tiers[ultimate]successTeam", "a.b\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fact, err := catalog.ParseFact(s)
		if err != nil {
			if fact != nil {
				t.Fatalf("ParseFact(%q) gave a fact with its error %v", s, err)
			}
			return
		}
		if len(fact) == 0 || fact[0].Field == "" {
			t.Fatalf("ParseFact(%q) = %+v: does not start with a field", s, fact)
		}
		for _, step := range fact {
			if (step.Field == "") == (step.Entry == "") {
				t.Fatalf("ParseFact(%q): step %+v sets not exactly one of Field and Entry", s, step)
			}
		}
		again, err := catalog.ParseFact(fact.String())
		if err != nil || !slices.Equal(again, fact) {
			t.Fatalf("ParseFact(%q) prints as %q, which parses to %+v (%v)", s, fact.String(), again, err)
		}
	})
}

// FuzzEditionChange puts any fact and value in a change of the shipped
// file: Load must not panic, and must either load or say what is wrong.
func FuzzEditionChange(f *testing.F) {
	var file map[string]any
	if err := json.Unmarshal(catalog.DefaultJSON(), &file); err != nil {
		f.Fatal(err)
	}
	f.Add("addons[mentor-sessions].states.expert", `"not-available"`, false)
	f.Add("addons[mentor-sessions]", ``, true)
	f.Add("regions[japan].holidays[2026-01-01]", `{"name": "New Year"}`, false)
	f.Add("regions[japan].languages[Japanese].excludedSolutions", `["commerce", "analytics"]`, false)
	f.Add("comparison[Who gets it]", `{"values": {"expert": "x", "ultimate": "y"}}`, false)
	f.Add("tiers[expert].channels[Forums]", `"x"`, false)
	f.Add("followUp.reminders", `[[{"afterHours": 1}]]`, false)
	f.Add("addons[x][y]", `{}`, true)
	f.Fuzz(func(t *testing.T, fact, value string, remove bool) {
		ch := map[string]any{"fact": fact}
		if value != "" {
			if !json.Valid([]byte(value)) {
				return
			}
			ch["value"] = json.RawMessage(value)
		}
		if remove {
			ch["remove"] = true
		}
		editions := file["editions"].([]any)
		ed := editions[0].(map[string]any)
		saved := ed["changes"]
		ed["changes"] = []any{ch}
		data, err := json.Marshal(file)
		ed["changes"] = saved
		if err != nil {
			t.Fatal(err)
		}
		c, err := catalog.Load(bytes.NewReader(data))
		if err != nil {
			var le *catalog.LoadError
			if !errors.As(err, &le) || len(le.Problems) == 0 {
				t.Fatalf("Load error without problems: %v", err)
			}
			return
		}
		if len(c.Editions()) != 4 {
			t.Fatalf("%d editions loaded, want 4", len(c.Editions()))
		}
	})
}
