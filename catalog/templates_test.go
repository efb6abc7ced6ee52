package catalog_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestDefaultTemplates(t *testing.T) {
	ts := catalog.DefaultTemplates()
	if ts.Version == "" || len(ts.Templates) < 6 {
		t.Fatalf("version %q, %d templates", ts.Version, len(ts.Templates))
	}
	cat := catalog.Default()
	if err := ts.CheckSolutions(cat); err != nil {
		t.Fatalf("templates name solutions the shipped catalog does not know:\n%v", err)
	}
	required := map[string]catalog.SolutionID{
		"aemcs-migration":          "experience-manager-cloud",
		"analytics-implementation": "analytics",
		"target-personalisation":   "target",
		"commerce-launch":          "commerce",
	}
	for id, sol := range required {
		tpl, ok := ts.Template(id)
		if !ok || tpl.Solution != sol {
			t.Errorf("template %s: found %t, solution %q; want %q", id, ok, tpl.Solution, sol)
			continue
		}
		if len(tpl.Objectives) < 2 || len(tpl.Milestones) < 3 || len(tpl.Actions) < 5 {
			t.Errorf("template %s is thin: %d objectives, %d milestones, %d actions", id, len(tpl.Objectives), len(tpl.Milestones), len(tpl.Actions))
		}
		sides := map[string]bool{}
		for _, a := range tpl.Actions {
			sides[a.Side] = true
		}
		if !sides["customer"] || !sides["vendor"] {
			t.Errorf("template %s gives actions to one side only", id)
		}
	}
	// A fresh copy each time: changing one leaves the next alone.
	ts.Templates[0].Name = "changed"
	if catalog.DefaultTemplates().Templates[0].Name == "changed" {
		t.Error("DefaultTemplates returned shared data")
	}
	if !bytes.Equal(catalog.DefaultTemplatesJSON(), catalog.DefaultTemplatesJSON()) || len(catalog.DefaultTemplatesJSON()) == 0 {
		t.Error("DefaultTemplatesJSON is empty or unstable")
	}
}

func TestTemplatesForSolution(t *testing.T) {
	ts := catalog.DefaultTemplates()
	cat := catalog.Default()
	ids := func(list []catalog.PlanTemplate) []string {
		var out []string
		for _, tpl := range list {
			out = append(out, tpl.ID)
		}
		return out
	}
	if got := ids(ts.ForSolution(cat, "experience-manager-cloud")); !slices.Equal(got, []string{"aemcs-migration"}) {
		t.Errorf("ForSolution(experience-manager-cloud) = %q", got)
	}
	if got := ids(ts.ForSolution(cat, "workfront")); len(got) != 0 {
		t.Errorf("ForSolution(workfront) = %q, want none", got)
	}
	if _, ok := ts.Template("no-such-template"); ok {
		t.Error("Template found an unknown ID")
	}
}

// templateFile is a small valid template file the error tests break.
const templateFile = `{
  "version": "1",
  "templates": [
    {
      "id": "t-one",
      "name": "One",
      "solution": "analytics",
      "description": "A plan.",
      "objectives": [
        {"key": "o1", "title": "Objective", "kpi": "rate", "baseline": 1, "target": 2, "dueOffsetDays": 90}
      ],
      "milestones": [
        {"key": "m1", "title": "Milestone", "objective": "o1", "dueOffsetDays": 60}
      ],
      "actions": [
        {"title": "Act", "side": "vendor", "ownerRole": "TAM", "milestone": "m1", "dueOffsetDays": 30}
      ]
    }
  ]
}`

func TestLoadTemplatesReportsEveryProblem(t *testing.T) {
	if _, err := catalog.LoadTemplates(strings.NewReader(templateFile)); err != nil {
		t.Fatalf("the base file does not load: %v", err)
	}
	tests := []struct {
		name    string
		replace [][2]string // old, new pairs applied to templateFile
		want    []string    // "path: message" of every problem, in order
	}{
		{
			name:    "empty fields and a bad ID",
			replace: [][2]string{{`"id": "t-one"`, `"id": "T One"`}, {`"name": "One"`, `"name": " "`}, {`"description": "A plan."`, `"description": ""`}},
			want: []string{
				`templates[0].id: "T One" is not an ID: use lower-case letters and digits joined by hyphens, such as "aemcs-migration"`,
				"templates[0].name: must not be empty",
				"templates[0].description: must not be empty",
			},
		},
		{
			name:    "objective problems",
			replace: [][2]string{{`"key": "o1"`, `"key": "o--1"`}, {`"kpi": "rate"`, `"kpi": ""`}, {`"target": 2`, `"target": 1`}, {`"dueOffsetDays": 90`, `"dueOffsetDays": -5`}},
			want: []string{
				`templates[0].objectives[0].key: "o--1" is not a key: use lower-case letters and digits joined by hyphens`,
				"templates[0].objectives[0].kpi: must not be empty",
				"templates[0].objectives[0].target: must differ from the baseline 1, or there is nothing to reach",
				"templates[0].objectives[0].dueOffsetDays: must be from 0 to 1100 days after the plan starts, not -5",
				`templates[0].milestones[0].objective: no objective with key "o1" in this template`,
			},
		},
		{
			name:    "references and order of due days",
			replace: [][2]string{{`"objective": "o1", "dueOffsetDays": 60`, `"objective": "o1", "dueOffsetDays": 120`}, {`"milestone": "m1"`, `"milestone": "m2"`}, {`"side": "vendor"`, `"side": "partner"`}, {`"ownerRole": "TAM"`, `"ownerRole": ""`}},
			want: []string{
				`templates[0].milestones[0].dueOffsetDays: day 120 is after day 90, when its objective "o1" is due`,
				`templates[0].actions[0].side: unknown side "partner" (want customer or vendor)`,
				"templates[0].actions[0].ownerRole: must not be empty",
				`templates[0].actions[0].milestone: no milestone with key "m2" in this template`,
			},
		},
		{
			name:    "action problems",
			replace: [][2]string{{`"side": "vendor"`, `"side": "partner"`}, {`"ownerRole": "TAM"`, `"ownerRole": ""`}, {`"milestone": "m1", "dueOffsetDays": 30`, `"milestone": "m1", "dueOffsetDays": 61`}},
			want: []string{
				`templates[0].actions[0].side: unknown side "partner" (want customer or vendor)`,
				"templates[0].actions[0].ownerRole: must not be empty",
				`templates[0].actions[0].dueOffsetDays: day 61 is after day 60, when its milestone "m1" is due`,
			},
		},
		{
			name:    "a duplicate template",
			replace: [][2]string{{"\n  ]\n}", ",\n" + templateObject("t-one") + "\n  ]\n}"}},
			want:    []string{`templates[1].id: "t-one" is also the ID of templates[0]`},
		},
		{
			name:    "no version, no objectives",
			replace: [][2]string{{`"version": "1"`, `"version": ""`}, {`{"key": "o1", "title": "Objective", "kpi": "rate", "baseline": 1, "target": 2, "dueOffsetDays": 90}`, ``}},
			want: []string{
				"version: must not be empty",
				"templates[0].objectives: must list at least one objective",
				`templates[0].milestones[0].objective: no objective with key "o1" in this template`,
			},
		},
		{
			name:    "an unknown field",
			replace: [][2]string{{`"kpi": "rate"`, `"kpi": "rate", "kip": "x"`}},
			want:    []string{"templates[0].objectives[0].kip: unknown field (want one of key, title, description, kpi, unit, baseline, target, dueOffsetDays)"},
		},
		{
			name:    "a value of the wrong type",
			replace: [][2]string{{`"baseline": 1`, `"baseline": "one"`}, {`"dueOffsetDays": 60`, `"dueOffsetDays": 6.5`}, {`"side": "vendor"`, `"side": ["vendor"]`}, {`"name": "One"`, `"name": null`}},
			want: []string{
				`templates[0].name: null is not allowed here; want a string`,
				`templates[0].objectives[0].baseline: want a number, got the string "one"`,
				"templates[0].milestones[0].dueOffsetDays: want a whole number, got 6.5",
				"templates[0].actions[0].side: want a string, got a list",
			},
		},
		{
			name:    "a misspelt field",
			replace: [][2]string{{`"dueOffsetDays": 30`, `"dueOffsetDay": 30`}},
			want:    []string{`templates[0].actions[0].dueOffsetDay: unknown field (did you mean "dueOffsetDays"?)`},
		},
		{
			name:    "a field given twice and a number out of range",
			replace: [][2]string{{`"name": "One"`, `"name": "One", "name": "Uno"`}, {`"target": 2`, `"target": 2e400`}},
			want: []string{
				"templates[0].name: field given twice",
				"templates[0].objectives[0].target: the number 2e400 is out of range",
			},
		},
		{
			name:    "a bad date",
			replace: [][2]string{{`"version": "1"`, `"version": "1", "published": "2026-02-30"`}},
			want:    []string{`published: 2026-02-30 is not a day of the calendar`},
		},
		{
			name:    "a syntax error",
			replace: [][2]string{{`"name": "One",`, `"name": "One"`}},
			want:    []string{`templates[0]: syntax error at line 7, column 7: want ',' or '}' after the field value, found '"'`},
		},
		{
			name:    "text after the object",
			replace: [][2]string{{"\n  ]\n}", "\n  ]\n} {}"}},
			want:    []string{`: line 20, column 3: unexpected text after the end of the templates object`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := templateFile
			for _, r := range tt.replace {
				if !strings.Contains(text, r[0]) {
					t.Fatalf("the base file has no %q", r[0])
				}
				text = strings.Replace(text, r[0], r[1], 1)
			}
			if got := templateProblems(t, text); !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func templateObject(id string) string {
	return `    {"id": "` + id + `", "name": "Two", "solution": "target", "description": "Another plan.",
      "objectives": [{"key": "o", "title": "O", "kpi": "k", "baseline": 0, "target": 1, "dueOffsetDays": 10}],
      "milestones": [], "actions": []}`
}

// templateProblems loads text and returns its problems as "path: message".
func templateProblems(t *testing.T, text string) []string {
	t.Helper()
	_, err := catalog.LoadTemplates(strings.NewReader(text))
	var le *catalog.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("LoadTemplates error = %v, want a *LoadError", err)
	}
	var out []string
	for _, p := range le.Problems {
		out = append(out, p.Path+": "+p.Message)
	}
	return out
}

func TestLoadTemplatesWholeFile(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"empty", "  \n", ": the file is empty; want a JSON object"},
		{"cut short", `{"version": "1", "templates": [`, "templates[0]: syntax error at line 1, column 32: the file ends before the JSON is complete"},
		{"no templates", `{"version": "1", "templates": []}`, "templates: must list at least one template"},
		{"a list", `[]`, ": want an object, got a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := templateProblems(t, tt.text); len(got) != 1 || got[0] != tt.want {
				t.Errorf("problems = %q, want %q", got, tt.want)
			}
		})
	}
	// A byte-order mark is allowed.
	if _, err := catalog.LoadTemplates(strings.NewReader("\uFEFF" + templateFile)); err != nil {
		t.Errorf("a file with a byte-order mark: %v", err)
	}
	ts, err := catalog.LoadTemplates(strings.NewReader(templateFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := ts.CheckSolutions(catalog.Default()); err != nil {
		t.Errorf("CheckSolutions: %v", err)
	}
	ts.Templates[0].Solution = "analitics"
	var le *catalog.LoadError
	if err := ts.CheckSolutions(catalog.Default()); !errors.As(err, &le) || le.Problems[0].String() != `templates[0].solution: unknown solution "analitics"` {
		t.Errorf("CheckSolutions = %v", err)
	}
}

func TestInstallAndResolveTemplates(t *testing.T) {
	dir := t.TempDir()
	ts, err := catalog.ResolveTemplates(dir)
	if err != nil || ts.Version != catalog.DefaultTemplates().Version {
		t.Fatalf("ResolveTemplates of an empty directory = %v, %v; want the built-in templates", ts, err)
	}
	if _, err := catalog.InstallTemplates(strings.NewReader(`{"version": ""}`), dir); err == nil || !strings.Contains(err.Error(), "version: must not be empty") {
		t.Fatalf("installing a broken file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, catalog.TemplatesFileName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a broken file was installed: %v", err)
	}
	path, err := catalog.InstallTemplates(strings.NewReader(templateFile), dir)
	if err != nil || path != filepath.Join(dir, catalog.TemplatesFileName) {
		t.Fatalf("InstallTemplates = %q, %v", path, err)
	}
	ts, err = catalog.ResolveTemplates(dir)
	if err != nil || len(ts.Templates) != 1 || ts.Templates[0].ID != "t-one" {
		t.Fatalf("ResolveTemplates after install = %+v, %v", ts, err)
	}
	if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := catalog.ResolveTemplates(dir); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("a broken installed file: %v, want an error naming %s", err, path)
	}
	if ts, err := catalog.ResolveTemplates(""); err != nil || len(ts.Templates) < 6 {
		t.Errorf("ResolveTemplates(\"\") = %v, %v", ts, err)
	}
}

func TestLoadTemplatesLimits(t *testing.T) {
	text := `{"templates": [` + strings.Repeat(`{}, `, catalog.MaxListLength) + `{}]}`
	got := templateProblems(t, text)
	want := "templates: more than 1,000 entries (the limit of one list of a templates file)"
	if !slices.Contains(got, want) {
		t.Errorf("problems:\n%s\nwant among them: %s", strings.Join(got, "\n"), want)
	}
}
