package catalog_test

import (
	"slices"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// TestLoadEditionRules breaks the rules of editions one at a time in the
// shipped file.
func TestLoadEditionRules(t *testing.T) {
	type P = catalog.Problem
	change := func(t testing.TB, d doc, i, j int) map[string]any { return obj(t, d, "editions", i, "changes", j) }
	tests := []struct {
		name   string
		change func(t testing.TB, d doc)
		want   []P
	}{
		{"an edition on the first one's day", func(t testing.TB, d doc) { obj(t, d, "editions", 0)["effective"] = "2024-05-17" },
			[]P{{"editions[0].effective", "2024-05-17 is not after the edition before it (2024-05-17); editions come in strictly increasing order of their effective days"}}},
		{"an edition before the first one", func(t testing.TB, d doc) { obj(t, d, "editions", 0)["effective"] = "2023-12-31" },
			[]P{{"editions[0].effective", "2023-12-31 is not after the edition before it (2024-05-17); editions come in strictly increasing order of their effective days"}}},
		{"editions out of order", func(t testing.TB, d doc) { obj(t, d, "editions", 2)["effective"] = "2025-01-01" },
			[]P{{"editions[2].effective", "2025-01-01 is not after the edition before it (2025-10-29); editions come in strictly increasing order of their effective days"}}},
		{"later editions without the first one's header", func(t testing.TB, d doc) { delete(d, "edition") },
			[]P{{"editions", `later editions need the first one's "edition" with its effective day`}}},
		{"an edition without a name", func(t testing.TB, d doc) { obj(t, d, "editions", 1)["name"] = " " },
			[]P{{"editions[1].name", "must not be empty"}}},
		{"a first edition without a name or a day", func(t testing.TB, d doc) {
			obj(t, d, "edition")["name"] = ""
			delete(obj(t, d, "edition"), "effective")
		},
			[]P{{"edition.effective", "required field is missing"}, {"edition.name", "must not be empty"}}},
		{"an edition without changes", func(t testing.TB, d doc) { obj(t, d, "editions", 1)["changes"] = []any{} },
			[]P{{"editions[1].changes", "must list at least one change"}}},
		{"changes without a source", func(t testing.TB, d doc) { delete(obj(t, d, "editions", 1), "source") },
			[]P{{"editions[1].changes[0].source", "missing: give the change a source, or its edition one"},
				{"editions[1].changes[1].source", "missing: give the change a source, or its edition one"}}},
		{"a change's own source is enough", func(t testing.TB, d doc) {
			delete(obj(t, d, "editions", 1), "source")
			change(t, d, 1, 0)["source"] = "overview-2025-10-29"
			change(t, d, 1, 1)["source"] = "liftoff"
		}, nil},
		{"a change naming an unknown source", func(t testing.TB, d doc) { change(t, d, 0, 0)["source"] = "overview-2025-02-06" },
			[]P{{"editions[0].changes[0].source", `unknown source "overview-2025-02-06" (did you mean "overview-2025-02-05"?)`}}},
		{"an edition naming an unknown source", func(t testing.TB, d doc) { obj(t, d, "editions", 1)["source"] = "vendor page" },
			[]P{{"editions[1].source", `unknown source "vendor page"; want seed, liftoff, overview-2024-05-17, overview-2025-02-05, overview-2025-10-29 or overview-2026-07-29`}}},
		{"the first edition naming an unknown source", func(t testing.TB, d doc) { obj(t, d, "edition")["source"] = "overview" },
			[]P{{"edition.source", `unknown source "overview"; want seed, liftoff, overview-2024-05-17, overview-2025-02-05, overview-2025-10-29 or overview-2026-07-29`}}},
		{"a fact that does not parse", func(t testing.TB, d doc) { change(t, d, 0, 0)["fact"] = "addons[mentor-sessions.states.expert" },
			[]P{{"editions[0].changes[0].fact", `fact "addons[mentor-sessions.states.expert": "[mentor-sessions.states.expert" has no closing ]`}}},
		{"a fact naming no entry", func(t testing.TB, d doc) { change(t, d, 0, 0)["fact"] = "addons[mentor-session].states.expert" },
			[]P{{"editions[0].changes[0].fact", `addresses nothing: addons has no entry with id "mentor-session"`}}},
		{"a fact naming no field", func(t testing.TB, d doc) { change(t, d, 0, 3)["fact"] = "followUp.reopen.via" },
			[]P{{"editions[0].changes[3].fact", "addresses nothing: there is no followUp.reopen"}}},
		{"a fact past a plain value", func(t testing.TB, d doc) { change(t, d, 0, 0)["fact"] = "addons[mentor-sessions].name.first" },
			[]P{{"editions[0].changes[0].fact", "addresses nothing: addons[mentor-sessions].name is not an object with fields"}}},
		{"a fact keying a list without keys", func(t testing.TB, d doc) { change(t, d, 0, 0)["fact"] = "tiers[ultimate].channels[Forums]" },
			[]P{{"editions[0].changes[0].fact", "addresses nothing: tiers[ultimate].channels is a list of plain values, which a change sets as a whole"}}},
		{"a change to the file's version", func(t testing.TB, d doc) { change(t, d, 0, 0)["fact"] = "version" },
			[]P{{"editions[0].changes[0].fact", `"version" belongs to the file, not to an edition's offer`}}},
		{"a change that changes nothing", func(t testing.TB, d doc) { change(t, d, 0, 0)["value"] = "available" },
			[]P{{"editions[0].changes[0].value", "changes nothing: addons[mentor-sessions].states.expert already is that"}}},
		{"an entry set to what it is", func(t testing.TB, d doc) {
			change(t, d, 2, 7)["fact"] = "proactiveActivities[pro-roadmap-review]"
			entry := clone(t, obj(t, d, "proactiveActivities", 1)).(map[string]any)
			delete(entry, "source")
			change(t, d, 2, 7)["value"] = entry
		}, []P{{"editions[2].changes[7].value", "changes nothing: proactiveActivities[pro-roadmap-review] already is that"}}},
		{"removing what is not there", func(t testing.TB, d doc) { change(t, d, 2, 2)["fact"] = "addons[mentor-session]" },
			[]P{{"editions[2].changes[2].fact", `removes nothing: addons has no entry with id "mentor-session"`}}},
		{"removing what an earlier edition removed", func(t testing.TB, d doc) {
			obj(t, d, "editions", 2)["changes"] = append(node(t, d, "editions", 2, "changes").([]any), map[string]any{"fact": "addons[developer-boost]", "remove": true})
		}, []P{{"editions[2].changes[8].fact", `removes nothing: addons has no entry with id "developer-boost"`}}},
		{"removing a field that is not there", func(t testing.TB, d doc) {
			change(t, d, 1, 0)["fact"] = "followUp.withdrawn"
			change(t, d, 1, 0)["remove"] = true
			delete(change(t, d, 1, 0), "value")
		}, []P{{"editions[1].changes[0].fact", "removes nothing: there is no followUp.withdrawn"}}},
		{"a value and remove", func(t testing.TB, d doc) { change(t, d, 0, 0)["remove"] = true },
			[]P{{"editions[0].changes[0]", `give either "value" or "remove", not both`}}},
		{"neither a value nor remove", func(t testing.TB, d doc) { delete(change(t, d, 0, 0), "value") },
			[]P{{"editions[0].changes[0]", `give the new "value", or "remove": true`}}},
		{"a new entry keyed otherwise than its fact", func(t testing.TB, d doc) {
			obj(t, d, "editions", 2, "changes", 7, "value")["id"] = "pro-ai"
		}, []P{{"editions[2].changes[7].fact", `addresses nothing: the entry's id pro-ai differs from "pro-ai-agentic-readiness" the fact names`}}},
		{"an edition whose offer breaks a rule", func(t testing.TB, d doc) { change(t, d, 0, 0)["value"] = "maybe" },
			[]P{{"editions[0]", `the offer with this edition's changes: addons[mentor-sessions].states.expert: unknown state "maybe"; want included, available or not-available`}}},
		{"an edition whose new entry is incomplete", func(t testing.TB, d doc) { delete(obj(t, d, "editions", 2, "changes", 7, "value"), "hours") },
			[]P{{"editions[2]", "the offer with this edition's changes: proactiveActivities[pro-ai-agentic-readiness].hours: required field is missing"}}},
		{"a source defined twice", func(t testing.TB, d doc) { obj(t, d, "sources", 1)["id"] = "overview-2024-05-17" },
			[]P{{"sources[1].id", `source ID "overview-2024-05-17" is already used by sources[0]`},
				{"editions[0].source", `unknown source "overview-2025-02-05"; want seed, liftoff, overview-2024-05-17, overview-2025-10-29 or overview-2026-07-29`}}},
		{"a source named like a built-in one", func(t testing.TB, d doc) { obj(t, d, "sources", 3)["id"] = "seed" },
			[]P{{"sources[3].id", `"seed" is a source of its own; choose another ID`},
				{"editions[2].source", `unknown source "overview-2026-07-29"; want seed, liftoff, overview-2024-05-17, overview-2025-02-05 or overview-2025-10-29`}}},
		{"a source without a day or a web address", func(t testing.TB, d doc) {
			delete(obj(t, d, "sources", 0), "date")
			obj(t, d, "sources", 0)["url"] = "experienceleague.adobe.com"
		}, []P{{"sources[0].date", "required field is missing"},
			{"sources[0].url", `"experienceleague.adobe.com" is not a web address; want https://...`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := shipped(t)
			tt.change(t, d)
			got := problemsOf(t, encode(t, d))
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", list(got), list(tt.want))
			}
		})
	}
}
