package catalog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// doc is a catalog file decoded into a generic tree, for tests that break
// one rule at a time.
type doc = map[string]any

// shipped returns the built-in catalog file as a generic tree.
func shipped(t testing.TB) doc {
	t.Helper()
	var d doc
	if err := json.Unmarshal(catalog.DefaultJSON(), &d); err != nil {
		t.Fatalf("decode built-in catalog: %v", err)
	}
	return d
}

// node walks d along keys (strings) and list indexes (ints).
func node(t testing.TB, d any, steps ...any) any {
	t.Helper()
	for _, s := range steps {
		switch s := s.(type) {
		case string:
			m, ok := d.(map[string]any)
			if !ok {
				t.Fatalf("step %q: not an object", s)
			}
			d = m[s]
		case int:
			l, ok := d.([]any)
			if !ok || s >= len(l) {
				t.Fatalf("step %d: not a list that long", s)
			}
			d = l[s]
		}
	}
	return d
}

// obj is node for a step that ends on an object.
func obj(t testing.TB, d any, steps ...any) map[string]any {
	t.Helper()
	m, ok := node(t, d, steps...).(map[string]any)
	if !ok {
		t.Fatalf("%v: not an object", steps)
	}
	return m
}

// appendTo appends v to the list at steps, which ends on a key.
func appendTo(t testing.TB, d doc, v any, steps ...any) {
	t.Helper()
	parent := obj(t, d, steps[:len(steps)-1]...)
	k := steps[len(steps)-1].(string)
	parent[k] = append(parent[k].([]any), v)
}

// clone deep-copies a generic JSON value.
func clone(t testing.TB, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func encode(t testing.TB, d doc) []byte {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// problemsOf loads data and returns its problems (nil when it loads).
func problemsOf(t testing.TB, data []byte) []catalog.Problem {
	t.Helper()
	c, err := catalog.Load(bytes.NewReader(data))
	if err == nil {
		if c == nil {
			t.Fatal("Load returned neither a catalog nor an error")
		}
		return nil
	}
	var le *catalog.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("Load error %v is not a *LoadError", err)
	}
	if c != nil {
		t.Error("Load returned a catalog with an error")
	}
	if len(le.Problems) == 0 {
		t.Error("LoadError without problems")
	}
	return le.Problems
}

func TestLoadRules(t *testing.T) {
	type P = catalog.Problem
	tests := []struct {
		name   string
		change func(t testing.TB, d doc)
		want   []P
	}{
		// Decoding.
		{"unknown field with a suggestion", func(t testing.TB, d doc) { obj(t, d, "accelerators", 3)["hourz"] = 4 },
			[]P{{"accelerators[3].hourz", `unknown field (did you mean "hours"?)`}}},
		{"unknown field", func(t testing.TB, d doc) { d["colour"] = "blue" },
			[]P{{"colour", "unknown field (want one of version, published, notice, sources, solutions, tiers, comparison, addons, " +
				"responseTables, regions, followUp, phases, fieldActivities, proactiveActivities, accelerators, touchpoints, edition, editions, $schema)"}}},
		{"field in the wrong case", func(t testing.TB, d doc) {
			a := obj(t, d, "accelerators", 0)
			a["Hours"] = a["hours"]
			delete(a, "hours")
		}, []P{{"accelerators[0].Hours", `unknown field (did you mean "hours"?)`}, {"accelerators[0].hours", "required field is missing"}}},
		{"string for a number", func(t testing.TB, d doc) { obj(t, d, "accelerators", 3)["hours"] = "8" },
			[]P{{"accelerators[3].hours", `want a whole number, got the string "8"`}}},
		{"fraction for a whole number", func(t testing.TB, d doc) { obj(t, d, "fieldActivities", 1)["hours"] = 2.5 },
			[]P{{"fieldActivities[1].hours", "want a whole number, got 2.5"}}},
		{"string for a list", func(t testing.TB, d doc) { obj(t, d, "accelerators", 0)["phases"] = "go-live" },
			[]P{{"accelerators[0].phases", `want a list, got the string "go-live"`}}},
		{"number in a list of strings", func(t testing.TB, d doc) { obj(t, d, "accelerators", 0)["phases"] = []any{"define", 7} },
			[]P{{"accelerators[0].phases[1]", "want a string, got the number 7"}}},
		{"list for an object", func(t testing.TB, d doc) { d["followUp"] = []any{} },
			[]P{{"followUp", "want an object, got a list"}}},
		{"number for true or false", func(t testing.TB, d doc) { obj(t, d, "tiers", 1)["proactive"] = 1 },
			[]P{{"tiers[1].proactive", "want true or false, got the number 1"}}},
		{"null for a string", func(t testing.TB, d doc) { obj(t, d, "tiers", 0)["name"] = nil },
			[]P{{"tiers[0].name", "null is not allowed here; want a string"}}},
		{"null for an empty list is fine", func(t testing.TB, d doc) { obj(t, d, "accelerators", 0)["prerequisites"] = nil },
			nil},
		{"malformed date", func(t testing.TB, d doc) { d["published"] = "2026-13-01" },
			[]P{{"published", `2026-13-01 is not a day of the calendar`}}},
		{"number for a date", func(t testing.TB, d doc) {
			withHolidays(d, 2)
			obj(t, d, "regions", 2, "holidays", 4)["date"] = 20260425
		},
			[]P{{"regions[2].holidays[4].date", "want a date (YYYY-MM-DD), got the number 20260425"}}},
		{"missing field", func(t testing.TB, d doc) { delete(obj(t, d, "accelerators", 2), "format") },
			[]P{{"accelerators[2].format", "required field is missing"}}},
		{"missing section", func(t testing.TB, d doc) { delete(d, "phases") },
			[]P{{"phases", "required field is missing"}}},
		{"odd key in a path is quoted", func(t testing.TB, d doc) { obj(t, d, "addons", 0, "states")["gold tier"] = "included" },
			[]P{{`addons[0].states["gold tier"]`, `unknown tier "gold tier"`}}},

		// Header.
		{"empty version", func(t testing.TB, d doc) { d["version"] = "" }, []P{{"version", "must not be empty"}}},
		{"empty published", func(t testing.TB, d doc) { d["published"] = "" }, []P{{"published", "must be set"}}},

		// Solutions.
		{"empty solution name", func(t testing.TB, d doc) { obj(t, d, "solutions", 5)["name"] = "  " },
			[]P{{"solutions[5].name", "must not be empty"}}},
		{"duplicate solution", func(t testing.TB, d doc) {
			appendTo(t, d, map[string]any{"id": "analytics", "name": "Analytics again"}, "solutions")
		}, []P{{"solutions[13].id", `solution ID "analytics" is already used by solutions[0]`}}},
		{"ID with spaces", func(t testing.TB, d doc) {
			appendTo(t, d, map[string]any{"id": " genstudio", "name": "GenStudio"}, "solutions")
		}, []P{{"solutions[13].id", `" genstudio" has spaces around it`}}},
		{"unknown family", func(t testing.TB, d doc) { obj(t, d, "solutions", 3)["family"] = "aem" },
			[]P{{"solutions[3].family", `unknown solution "aem"`}}},
		{"own family", func(t testing.TB, d doc) { obj(t, d, "solutions", 0)["family"] = "analytics" },
			[]P{{"solutions[0].family", "a solution cannot be its own family"}}},
		{"family loop", func(t testing.TB, d doc) { obj(t, d, "solutions", 2)["family"] = "experience-manager-sites" },
			[]P{
				{"solutions[2].family", `the family chain of "experience-manager" loops back to it`},
				{"solutions[3].family", `the family chain of "experience-manager-sites" loops back to it`},
			}},

		// Tiers and comparison.
		{"duplicate tier", func(t testing.TB, d doc) { appendTo(t, d, clone(t, node(t, d, "tiers", 0)), "tiers") },
			[]P{{"tiers[2].id", `tier ID "expert" is already used by tiers[0]`}}},
		{"NSC limit", func(t testing.TB, d doc) { obj(t, d, "tiers", 0)["nscLimit"] = 0 },
			[]P{{"tiers[0].nscLimit", "must be at least 1, got 0"}}},
		{"default accelerators without accelerators", func(t testing.TB, d doc) {
			obj(t, d, "tiers", 0)["defaultAllowances"] = map[string]any{"acceleratorsPerYear": 2, "fieldHoursPerYear": 0}
		},
			[]P{{"tiers[0].defaultAllowances.acceleratorsPerYear", "must be 0 on a tier without Success Accelerators, got 2"}}},
		{"default allowance out of range", func(t testing.TB, d doc) {
			obj(t, d, "tiers", 1)["defaultAllowances"] = map[string]any{"acceleratorsPerYear": 1, "fieldHoursPerYear": -1}
		},
			[]P{{"tiers[1].defaultAllowances.fieldHoursPerYear", "must be from 0 to 10000, got -1"}}},
		{"no channels", func(t testing.TB, d doc) { obj(t, d, "tiers", 1)["channels"] = []any{} },
			[]P{{"tiers[1].channels", "must list at least one channel"}}},
		{"empty team role", func(t testing.TB, d doc) { obj(t, d, "tiers", 1)["successTeam"] = []any{"TAM", ""} },
			[]P{{"tiers[1].successTeam[1]", "must not be empty"}}},
		{"comparison value missing", func(t testing.TB, d doc) { delete(obj(t, d, "comparison", 2, "values"), "ultimate") },
			[]P{{"comparison[2].values.ultimate", "missing value for this tier"}}},
		{"comparison unknown tier", func(t testing.TB, d doc) { obj(t, d, "comparison", 0, "values")["ultimat"] = "x" },
			[]P{{"comparison[0].values.ultimat", `unknown tier "ultimat" (did you mean "ultimate"?)`}}},
		{"duplicate comparison key", func(t testing.TB, d doc) { obj(t, d, "comparison", 1)["topic"] = "who gets it" },
			[]P{{"comparison[1].topic", `topic "who gets it" is already used by comparison[0]`}}},

		// Add-ons.
		{"add-on state missing", func(t testing.TB, d doc) { delete(obj(t, d, "addons", 1, "states"), "expert") },
			[]P{{"addons[1].states.expert", "missing state for this tier; want included, available or not-available"}}},
		{"add-on state unknown", func(t testing.TB, d doc) { obj(t, d, "addons", 1, "states")["ultimate"] = "yes" },
			[]P{{"addons[1].states.ultimate", `unknown state "yes"; want included, available or not-available`}}},
		{"add-on state for an unknown tier", func(t testing.TB, d doc) { obj(t, d, "addons", 0, "states")["gold"] = "included" },
			[]P{{"addons[0].states.gold", `unknown tier "gold"`}}},
		{"add-on requires an unknown solution", func(t testing.TB, d doc) { obj(t, d, "addons", 2)["requiresSolution"] = "experience-manager-clud" },
			[]P{{"addons[2].requiresSolution", `unknown solution "experience-manager-clud" (did you mean "experience-manager-cloud"?)`}}},
		{"item ID used by two kinds", func(t testing.TB, d doc) { obj(t, d, "accelerators", 0)["id"] = "event-management" },
			[]P{{"accelerators[0].id", `item ID "event-management" is already used by addons[0]`}}},
		{"item ID used twice in one list", func(t testing.TB, d doc) { obj(t, d, "fieldActivities", 1)["id"] = "field-health-assessment" },
			[]P{{"fieldActivities[1].id", `item ID "field-health-assessment" is already used by fieldActivities[0]`}}},

		// Response tables.
		{"unknown clock", func(t testing.TB, d doc) { obj(t, d, "responseTables", 0, "targets", 0)["clock"] = "24x6" },
			[]P{{"responseTables[0].targets[0].clock", `unknown clock "24x6" (did you mean "24x7"?)`}}},
		{"unknown priority", func(t testing.TB, d doc) { obj(t, d, "responseTables", 1, "targets", 3)["priority"] = "P5" },
			[]P{
				{"responseTables[1].targets[3].priority", `unknown priority "P5"; want P1, P2, P3 or P4`},
				{"responseTables[1].targets", `no P4 target for tier "expert"`},
				{"responseTables[1].targets", `no P4 target for tier "ultimate"`},
			}},
		{"unknown target tier", func(t testing.TB, d doc) { obj(t, d, "responseTables", 0, "targets", 0)["tier"] = "expret" },
			[]P{
				{"responseTables[0].targets[0].tier", `unknown tier "expret" (did you mean "expert"?)`},
				{"responseTables[0].targets", `no P1 target for tier "expert"`},
			}},
		{"minutes missing", func(t testing.TB, d doc) { delete(obj(t, d, "responseTables", 0, "targets", 0), "minutes") },
			[]P{{"responseTables[0].targets[0].minutes", "must be positive for the 24x7 clock, got 0"}}},
		{"negative minutes", func(t testing.TB, d doc) { obj(t, d, "responseTables", 1, "targets", 1)["minutes"] = -60 },
			[]P{{"responseTables[1].targets[1].minutes", "must be positive for the business-hours clock, got -60"}}},
		{"business days on a minutes clock", func(t testing.TB, d doc) { obj(t, d, "responseTables", 0, "targets", 0)["businessDays"] = 1 },
			[]P{{"responseTables[0].targets[0].businessDays", "does not apply to the 24x7 clock; use minutes"}}},
		{"minutes on the business-days clock", func(t testing.TB, d doc) { obj(t, d, "responseTables", 0, "targets", 3)["minutes"] = 60 },
			[]P{{"responseTables[0].targets[3].minutes", "does not apply to the business-days clock; use businessDays"}}},
		{"business days missing", func(t testing.TB, d doc) { obj(t, d, "responseTables", 0, "targets", 7)["businessDays"] = 0 },
			[]P{{"responseTables[0].targets[7].businessDays", "must be positive for the business-days clock, got 0"}}},
		{"24x5 option on another clock", func(t testing.TB, d doc) { obj(t, d, "responseTables", 0, "targets", 4)["allows24x5"] = true },
			[]P{{"responseTables[0].targets[4].allows24x5", "applies only to the business-hours clock"}}},
		{"priority without a target", func(t testing.TB, d doc) {
			tg := obj(t, d, "responseTables", 0)
			tg["targets"] = slices.Delete(tg["targets"].([]any), 1, 2)
		}, []P{{"responseTables[0].targets", `no P2 target for tier "expert"`}}},
		{"two targets for one priority", func(t testing.TB, d doc) {
			appendTo(t, d, map[string]any{"priority": "P1", "minutes": 10, "clock": "24x7"}, "responseTables", 0, "targets")
		}, []P{
			{"responseTables[0].targets[8]", `a second P1 target for tier "expert"; the first is responseTables[0].targets[0]`},
			{"responseTables[0].targets[8]", `a second P1 target for tier "ultimate"; the first is responseTables[0].targets[4]`},
		}},
		{"no standard table", func(t testing.TB, d doc) { obj(t, d, "responseTables", 0)["product"] = "analytics" },
			[]P{{"responseTables", `no standard table (one without "product")`}}},
		{"second standard table", func(t testing.TB, d doc) {
			table := clone(t, node(t, d, "responseTables", 0)).(map[string]any)
			table["id"] = "standard-copy"
			appendTo(t, d, table, "responseTables")
		}, []P{{"responseTables[2]", "a second standard table; the first is responseTables[0]"}}},
		{"duplicate table ID", func(t testing.TB, d doc) { obj(t, d, "responseTables", 1)["id"] = "standard" },
			[]P{{"responseTables[1].id", `table ID "standard" is already used by responseTables[0]`}}},

		// Regions.
		{"unknown time zone", func(t testing.TB, d doc) { obj(t, d, "regions", 1)["timeZone"] = "Europe/Lndon" },
			[]P{{"regions[1].timeZone", `unknown time zone "Europe/Lndon"; want an IANA name such as Europe/London`}}},
		{"Local time zone", func(t testing.TB, d doc) { obj(t, d, "regions", 1)["timeZone"] = "Local" },
			[]P{{"regions[1].timeZone", `"Local" depends on the computer; want an IANA name such as Europe/London`}}},
		{"opening time", func(t testing.TB, d doc) { obj(t, d, "regions", 0)["open"] = "6:00" },
			[]P{{"regions[0].open", `"6:00" is not a time of day; want HH:MM, e.g. 09:00`}}},
		{"closing time out of range", func(t testing.TB, d doc) { obj(t, d, "regions", 0)["close"] = "24:30" },
			[]P{{"regions[0].close", `"24:30" is not a time of day; want HH:MM, e.g. 09:00`}}},
		{"closing before opening", func(t testing.TB, d doc) { obj(t, d, "regions", 0)["close"] = "05:00" },
			[]P{{"regions[0].close", "closing time 05:00 is not after opening time 06:00"}}},
		{"duplicate region", func(t testing.TB, d doc) { obj(t, d, "regions", 2)["id"] = "emea" },
			[]P{{"regions[2].id", `region ID "emea" is already used by regions[1]`}}},
		{"no language", func(t testing.TB, d doc) { obj(t, d, "regions", 0)["languages"] = []any{} },
			[]P{{"regions[0].languages", "must list at least one language"}}},
		{"language excludes an unknown solution", func(t testing.TB, d doc) {
			obj(t, d, "regions", 3, "languages", 1)["excludedSolutions"] = []any{"comerce"}
		}, []P{{"regions[3].languages[1].excludedSolutions[0]", `unknown solution "comerce" (did you mean "commerce"?)`}}},
		{"holiday listed twice", func(t testing.TB, d doc) {
			withHolidays(d, 1)
			obj(t, d, "regions", 1, "holidays", 1)["date"] = "2026-01-01"
		},
			[]P{{"regions[1].holidays[1].date", "2026-01-01 is already listed at regions[1].holidays[0]"}}},
		{"holiday without a date", func(t testing.TB, d doc) {
			withHolidays(d, 2)
			obj(t, d, "regions", 2, "holidays", 4)["date"] = ""
		}, []P{{"regions[2].holidays[4].date", "must be set"}}},
		{"unknown holiday calendar", func(t testing.TB, d doc) {
			obj(t, d, "regions", 3)["holidayRules"] = []any{map[string]any{"calendar": "japan"}}
		}, []P{{"regions[3].holidayRules[0].calendar", `unknown holiday calendar "japan" (want one of us-federal, gb-eaw, au-nsw, jp)`}}},
		{"holiday calendar named twice", func(t testing.TB, d doc) {
			obj(t, d, "regions", 1)["holidayRules"] = []any{map[string]any{"calendar": "gb-eaw"}, map[string]any{"calendar": "gb-eaw"}}
		}, []P{{"regions[1].holidayRules[1].calendar", `calendar "gb-eaw" is already named at regions[1].holidayRules[0]`}}},
		{"unknown holiday excepted", func(t testing.TB, d doc) {
			obj(t, d, "regions", 0, "holidayRules", 0)["except"] = []any{"columbus-day", "thanksgiving"}
		}, []P{{"regions[0].holidayRules[0].except[1]", `calendar us-federal has no holiday "thanksgiving" (it has new-years-day, martin-luther-king-day, washingtons-birthday, memorial-day, juneteenth, independence-day, labor-day, columbus-day, veterans-day, thanksgiving-day, christmas-day)`}}},
		{"holiday excepted twice", func(t testing.TB, d doc) {
			obj(t, d, "regions", 0, "holidayRules", 0)["except"] = []any{"columbus-day", "columbus-day"}
		}, []P{{"regions[0].holidayRules[0].except[1]", `holiday "columbus-day" is already excepted`}}},
		{"holiday rule without a calendar", func(t testing.TB, d doc) { delete(obj(t, d, "regions", 2, "holidayRules", 0), "calendar") },
			[]P{{"regions[2].holidayRules[0].calendar", "required field is missing"}}},
		{"holiday source", func(t testing.TB, d doc) { obj(t, d, "regions", 0)["holidaysSource"] = "government" },
			[]P{{"regions[0].holidaysSource", `unknown source "government"; want seed, liftoff, overview-2024-05-17, overview-2025-02-05, overview-2025-10-29 or overview-2026-07-29`}}},

		// Follow-up.
		{"reminders not increasing", func(t testing.TB, d doc) { obj(t, d, "followUp", "reminders", 1)["afterHours"] = 24 },
			[]P{{"followUp.reminders[1].afterHours", "reminder at 24 hours is not after the previous one at 24 hours"}}},
		{"days left not decreasing", func(t testing.TB, d doc) { obj(t, d, "followUp", "reminders", 2)["daysLeft"] = 4 },
			[]P{{"followUp.reminders[2].daysLeft", "4 days left is not fewer than the previous reminder's 3"}}},
		{"auto-close before the last reminder", func(t testing.TB, d doc) { obj(t, d, "followUp")["autoCloseAfterHours"] = 100 },
			[]P{{"followUp.autoCloseAfterHours", "closing at 100 hours is not after the last reminder at 120 hours"}}},
		{"no status", func(t testing.TB, d doc) { obj(t, d, "followUp")["statuses"] = []any{} },
			[]P{{"followUp.statuses", "must list at least one status"}}},

		// Phases.
		{"phases out of order", func(t testing.TB, d doc) {
			p := d["phases"].([]any)
			p[1], p[2] = p[2], p[1]
		}, []P{{"phases[2].id", `phase "define" is out of order; want kickoff, define, design, go-live, post-launch`}}},
		{"phase given twice", func(t testing.TB, d doc) { d["phases"].([]any)[4] = clone(t, node(t, d, "phases", 3)) },
			[]P{
				{"phases[4].id", `phase "go-live" is already given at phases[3]`},
				{"phases", `missing phase "post-launch"`},
			}},
		{"unknown phase", func(t testing.TB, d doc) { obj(t, d, "phases", 0)["id"] = "kick-off" },
			[]P{
				{"phases[0].id", `unknown phase "kick-off" (did you mean "kickoff"?)`},
				{"phases", `missing phase "kickoff"`},
			}},
		{"deliverable kind", func(t testing.TB, d doc) { obj(t, d, "phases", 1)["deliverableKind"] = "report" },
			[]P{{"phases[1].deliverableKind", `unknown deliverable kind "report"; want kickoff, assessment or summary`}}},
		{"deliverable kind without a deliverable", func(t testing.TB, d doc) { obj(t, d, "phases", 2)["deliverableKind"] = "summary" },
			[]P{{"phases[2].deliverable", "must be set when deliverableKind is"}}},

		// Activities and accelerators.
		{"unknown solution", func(t testing.TB, d doc) { obj(t, d, "accelerators", 12)["solution"] = "Analitics" },
			[]P{{"accelerators[12].solution", `unknown solution "Analitics" (did you mean "analytics"?)`}}},
		{"empty solution", func(t testing.TB, d doc) { obj(t, d, "accelerators", 12)["solution"] = "" },
			[]P{{"accelerators[12].solution", "must not be empty"}}},
		{"field activity without solutions", func(t testing.TB, d doc) { obj(t, d, "fieldActivities", 0)["solutions"] = []any{} },
			[]P{{"fieldActivities[0].solutions", "must list at least one solution"}}},
		{"field activity solution twice", func(t testing.TB, d doc) {
			obj(t, d, "fieldActivities", 3)["solutions"] = []any{"experience-manager", "experience-manager"}
		},
			[]P{{"fieldActivities[3].solutions[1]", `solution "experience-manager" is listed twice`}}},
		{"unknown phase reference", func(t testing.TB, d doc) { obj(t, d, "accelerators", 0)["phases"] = []any{"golive"} },
			[]P{{"accelerators[0].phases[0]", `unknown phase "golive" (did you mean "go-live"?)`}}},
		{"phase reference twice", func(t testing.TB, d doc) { obj(t, d, "accelerators", 0)["phases"] = []any{"define", "define"} },
			[]P{{"accelerators[0].phases[1]", `phase "define" is listed twice`}}},
		{"no phases", func(t testing.TB, d doc) { obj(t, d, "proactiveActivities", 0)["phases"] = []any{} },
			[]P{{"proactiveActivities[0].phases", "must list at least one phase"}}},
		{"unknown proactive tier", func(t testing.TB, d doc) { obj(t, d, "proactiveActivities", 0)["tiers"] = []any{"ultimat"} },
			[]P{{"proactiveActivities[0].tiers[0]", `unknown tier "ultimat" (did you mean "ultimate"?)`}}},
		{"category misspelt", func(t testing.TB, d doc) { obj(t, d, "accelerators", 5)["category"] = "optimization" },
			[]P{{"accelerators[5].category", `unknown category "optimization" (did you mean "optimisation"?)`}}},
		{"unknown category", func(t testing.TB, d doc) { obj(t, d, "accelerators", 5)["category"] = "sales" },
			[]P{{"accelerators[5].category", `unknown category "sales"; want adoption, optimisation, readiness, enablement, governance or architecture`}}},
		{"no hours", func(t testing.TB, d doc) { obj(t, d, "accelerators", 7)["hours"] = 0 },
			[]P{{"accelerators[7].hours", "want 1 to 200 hours, got 0"}}},
		{"too many hours", func(t testing.TB, d doc) { obj(t, d, "fieldActivities", 7)["hours"] = 201 },
			[]P{{"fieldActivities[7].hours", "want 1 to 200 hours, got 201"}}},
		{"empty prerequisite", func(t testing.TB, d doc) { obj(t, d, "accelerators", 1)["prerequisites"] = []any{"access", " "} },
			[]P{{"accelerators[1].prerequisites[1]", "must not be empty"}}},
		{"unknown source", func(t testing.TB, d doc) { obj(t, d, "accelerators", 9)["source"] = "vendor" },
			[]P{{"accelerators[9].source", `unknown source "vendor"; want seed, liftoff, overview-2024-05-17, overview-2025-02-05, overview-2025-10-29 or overview-2026-07-29`}}},
		{"empty source", func(t testing.TB, d doc) { obj(t, d, "tiers", 0)["source"] = "" },
			[]P{{"tiers[0].source", "must not be empty; want seed, liftoff, overview-2024-05-17, overview-2025-02-05, overview-2025-10-29 or overview-2026-07-29"}}},
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

func list(ps []catalog.Problem) string {
	if len(ps) == 0 {
		return "  (none)"
	}
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("  " + p.String() + "\n")
	}
	return b.String()
}

// TestLoadText covers mistakes that only show in the text of a file.
func TestLoadText(t *testing.T) {
	good := string(catalog.DefaultJSON())
	lines := strings.Count(good, "\n")
	tests := []struct {
		name string
		text string
		want []catalog.Problem
	}{
		{"empty", "", []catalog.Problem{{"", "the file is empty; want a JSON object"}}},
		{"only spaces", " \n\t", []catalog.Problem{{"", "the file is empty; want a JSON object"}}},
		{"a list", "[]", []catalog.Problem{{"", "want an object, got a list"}}},
		{"a string", `"catalog"`, []catalog.Problem{{"", `want an object, got the string "catalog"`}}},
		{"missing value", "{\n  \"version\": \"1.0.0\",\n  \"published\": }",
			[]catalog.Problem{{"published", "syntax error at line 3, column 16: want a value, found '}'"}}},
		{"trailing comma", "{\"version\": \"1\",\n}",
			[]catalog.Problem{{"", "syntax error at line 2, column 1: want a field name in double quotes, found '}'"}}},
		{"cut short", "{\n  \"accelerators\": [\n    {\"id\": \"x\"",
			[]catalog.Problem{{"accelerators[0]", "syntax error at line 3, column 15: the file ends before the JSON is complete"}}},
		{"text after the object", good + "x",
			[]catalog.Problem{{"", "line " + itoa(lines+1) + ", column 1: unexpected text after the end of the catalog object"}}},
		{"a second object", good + "{}",
			[]catalog.Problem{{"", "line " + itoa(lines+1) + ", column 1: unexpected text after the end of the catalog object"}}},
		{"field given twice", strings.Replace(good, `"version": "2.0.0",`, `"version": "2.0.0", "version": "1.1.1",`, 1),
			[]catalog.Problem{{"version", "field given twice"}}},
		{"map key given twice", strings.Replace(good, `"states": {"expert": "available",`, `"states": {"expert": "available", "expert": "included",`, 1),
			[]catalog.Problem{{"addons[0].states.expert", "key given twice"}}},
		{"byte-order mark", "\uFEFF" + good, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, []byte(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", list(got), list(tt.want))
			}
		})
	}
}

// withHolidays gives region i of d a dated holiday list of five days, the
// first on 2026-01-01, for tests of dated lists: the shipped regions have
// holiday rules instead.
func withHolidays(d doc, i int) {
	var days []any
	for _, day := range []string{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25"} {
		days = append(days, map[string]any{"date": day, "name": "Holiday"})
	}
	d["regions"].([]any)[i].(map[string]any)["holidays"] = days
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestLoadReportsEveryProblem checks that one file with mistakes of every
// sort reports all of them, in file order for the decoding ones first.
func TestLoadReportsEveryProblem(t *testing.T) {
	d := shipped(t)
	obj(t, d, "accelerators", 3)["hourz"] = 4
	obj(t, d, "accelerators", 12)["solution"] = "Analitics"
	delete(obj(t, d, "addons", 1, "states"), "expert")
	withHolidays(d, 2)
	obj(t, d, "regions", 2, "holidays", 4)["date"] = "2026-04-31"
	obj(t, d, "regions", 1)["timeZone"] = "Europe/Lndon"
	obj(t, d, "fieldActivities", 0)["hours"] = "16"
	delete(d, "version")

	_, err := catalog.Load(bytes.NewReader(encode(t, d)))
	if err == nil {
		t.Fatal("Load accepted a file with seven mistakes")
	}
	want := strings.Join([]string{
		`accelerators[3].hourz: unknown field (did you mean "hours"?)`,
		`fieldActivities[0].hours: want a whole number, got the string "16"`,
		`regions[2].holidays[4].date: 2026-04-31 is not a day of the calendar`,
		`version: required field is missing`,
		`addons[1].states.expert: missing state for this tier; want included, available or not-available`,
		`regions[1].timeZone: unknown time zone "Europe/Lndon"; want an IANA name such as Europe/London`,
		`accelerators[12].solution: unknown solution "Analitics" (did you mean "analytics"?)`,
	}, "\n")
	if err.Error() != want {
		t.Errorf("error:\n%s\nwant:\n%s", err, want)
	}
}

func TestLoadTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte(" "), catalog.MaxFileSize+1)
	got := problemsOf(t, big)
	want := []catalog.Problem{{"", "the file is larger than 16 MiB"}}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", list(got), list(want))
	}
}

func TestLoadReadError(t *testing.T) {
	_, err := catalog.Load(failingReader{})
	if err == nil || !strings.Contains(err.Error(), "read catalog: disk gone") {
		t.Errorf("Load on a failing reader: %v", err)
	}
	var le *catalog.LoadError
	if errors.As(err, &le) {
		t.Error("a read failure is not a LoadError")
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk gone") }

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    catalog.Problem
		want string
	}{
		{catalog.Problem{Path: "accelerators[1].hours", Message: "want 1 to 200 hours, got 0"}, "accelerators[1].hours: want 1 to 200 hours, got 0"},
		{catalog.Problem{Message: "the file is empty; want a JSON object"}, "the file is empty; want a JSON object"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestLoadLimits(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		want catalog.Problem
	}{
		{"a list too long", `{"accelerators": [` + strings.Repeat(`{}, `, catalog.MaxListLength) + `{}]}`,
			catalog.Problem{Path: "accelerators", Message: "more than 1,000 entries (the limit of one list of a catalog file)"}},
		{"too many entries in all", `{"accelerators": [` + strings.Repeat(`{"phases": [`+strings.Repeat(`"define", `, 99)+`"define"]}, `, 100) + `{}]}`,
			catalog.Problem{Path: "accelerators[99].phases", Message: "more than 10,000 entries in all the lists of the file (the limit of one catalog file)"}},
		{"a text too long", `{"notice": "` + strings.Repeat("x", catalog.MaxTextLength+1) + `"}`,
			catalog.Problem{Path: "notice", Message: "the text is longer than 10,000 characters"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := problemsOf(t, []byte(tc.data))
			if !slices.Contains(got, tc.want) {
				t.Errorf("problems:\n%s\nwant among them: %s", list(got), tc.want)
			}
			if last := got[len(got)-1]; last != tc.want {
				t.Errorf("the limit is not the last problem: decoding went on to %s", last)
			}
		})
	}
}
