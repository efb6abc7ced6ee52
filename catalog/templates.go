package catalog

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// templatesJSON is the template file built into Liftoff.
//
//go:embed templates.json
var templatesJSON []byte

// TemplateSet is a file of Mutual Action Plan templates: starting points
// for a customer's plan, one or more per solution. It ships beside the
// catalog and a user may edit or replace it.
type TemplateSet struct {
	// Version identifies this edition of the file, e.g. "1.0.0".
	Version string `json:"version"`
	// Published is the day this edition was published.
	Published Date `json:"published,omitzero"`
	// Notice is a sentence shown wherever the templates are listed.
	Notice    string         `json:"notice,omitempty"`
	Templates []PlanTemplate `json:"templates"`
	// Schema is the address of the file's JSON Schema, for editors that
	// check and explain the file as it is written; Liftoff ignores it.
	Schema string `json:"$schema,omitempty"`
}

// PlanTemplate is a Mutual Action Plan for one kind of programme, such as
// an AEM as a Cloud Service migration. Due days are offsets from the day
// the plan starts.
type PlanTemplate struct {
	// ID is a stable lower-case key, such as "aemcs-migration".
	ID          string              `json:"id"`
	Name        string              `json:"name"`
	Solution    SolutionID          `json:"solution"`
	Description string              `json:"description"`
	Objectives  []TemplateObjective `json:"objectives"`
	Milestones  []TemplateMilestone `json:"milestones"`
	Actions     []TemplateAction    `json:"actions"`
}

// TemplateObjective is a key business objective of a template, with a
// typical KPI baseline and target to replace with the customer's own.
type TemplateObjective struct {
	// Key names the objective within its template, for milestones to
	// refer to.
	Key         string `json:"key"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	KPI         string `json:"kpi"`
	Unit        string `json:"unit,omitempty"`
	// Baseline and Target are KPI values; the target may be below the
	// baseline (a KPI that should go down) but not equal to it.
	Baseline      float64 `json:"baseline"`
	Target        float64 `json:"target"`
	DueOffsetDays int     `json:"dueOffsetDays"`
}

// TemplateMilestone is a dated point of a template on the way to an
// objective.
type TemplateMilestone struct {
	// Key names the milestone within its template, for actions to refer to.
	Key   string `json:"key"`
	Title string `json:"title"`
	// Objective is the key of the objective it serves, if any.
	Objective     string `json:"objective,omitempty"`
	DueOffsetDays int    `json:"dueOffsetDays"`
}

// TemplateAction is a task of a template, owned by one side.
type TemplateAction struct {
	Title string `json:"title"`
	// Side is "customer" or "vendor".
	Side string `json:"side"`
	// OwnerRole is the role that owns the action until a person is named,
	// such as "AEM technical lead" or "TAM".
	OwnerRole string `json:"ownerRole"`
	// Milestone is the key of the milestone it serves, if any.
	Milestone     string `json:"milestone,omitempty"`
	DueOffsetDays int    `json:"dueOffsetDays"`
}

// MaxTemplateOffsetDays is the furthest a template may place a due day
// after the plan's start: about three years.
const MaxTemplateOffsetDays = 1100

// TemplatesFileName is the name of an installed template file in its
// directory, beside the catalog file.
const TemplatesFileName = "templates.json"

// DefaultTemplates returns the templates built into Liftoff, as a fresh
// copy the caller may change.
func DefaultTemplates() *TemplateSet {
	ts, err := LoadTemplates(bytes.NewReader(templatesJSON))
	if err != nil {
		// The tests load the embedded file; only a broken build gets here.
		panic(fmt.Sprintf("catalog: the built-in %s is invalid:\n%v", TemplatesFileName, err))
	}
	return ts
}

// DefaultTemplatesJSON returns a copy of the built-in template file, e.g.
// as a starting point for an organisation's own templates.
func DefaultTemplatesJSON() []byte { return bytes.Clone(templatesJSON) }

// OpenTemplates loads and validates the template file at path. A file with
// mistakes gives an error wrapping a *LoadError.
func OpenTemplates(path string) (*TemplateSet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open templates: %w", err)
	}
	defer f.Close()
	ts, err := LoadTemplates(f)
	if err != nil {
		return nil, fmt.Errorf("templates %s:\n%w", path, err)
	}
	return ts, nil
}

// InstallTemplates validates the template file read from src and, only
// when it is valid, writes it to dir/templates.json (creating dir),
// replacing any file installed there before; a failure leaves the previous
// file as it was. It returns the path of the installed file.
func InstallTemplates(src io.Reader, dir string) (path string, err error) {
	data, err := io.ReadAll(io.LimitReader(src, MaxFileSize+1))
	if err != nil {
		return "", fmt.Errorf("read templates to install: %w", err)
	}
	if _, err := LoadTemplates(bytes.NewReader(data)); err != nil {
		return "", fmt.Errorf("templates not installed, the file has mistakes:\n%w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("install templates: create directory %s: %w", dir, err)
	}
	path = filepath.Join(dir, TemplatesFileName)
	if err := writeFileAtomic(path, data); err != nil {
		return "", fmt.Errorf("install templates %s: %w", path, err)
	}
	return path, nil
}

// ResolveTemplates returns the templates installed in dir, or the built-in
// ones when dir holds none (or dir is empty). An installed file that
// cannot be read or has mistakes gives an error naming the file.
func ResolveTemplates(dir string) (*TemplateSet, error) {
	if dir == "" {
		return DefaultTemplates(), nil
	}
	path := filepath.Join(dir, TemplatesFileName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return DefaultTemplates(), nil
	} else if err != nil {
		return nil, fmt.Errorf("look for installed templates: %w", err)
	}
	return OpenTemplates(path)
}

// LoadTemplates reads a template file and validates all of it. When the
// file has mistakes it returns a *LoadError listing every one with its
// JSON path (a file that is not well-formed JSON stops at that mistake,
// named by line and column).
//
// The rules: every field is known, given once and of the right type; the
// file has a version and at least one template; each template has an ID
// (lower-case words joined by hyphens, unique), name, solution,
// description and at least one objective; objectives, milestones and
// actions have titles, keys are unique within their template and
// references to them resolve; objectives name a KPI whose target differs
// from its baseline; sides are customer or vendor and owners have a role;
// due offsets run from 0 to MaxTemplateOffsetDays, and a milestone is not
// due after its objective, nor an action after its milestone.
func LoadTemplates(r io.Reader) (*TemplateSet, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read templates: %w", err)
	}
	var probs problemList
	if len(data) > MaxFileSize {
		probs.add("", fmt.Sprintf("the file is larger than %d MiB", MaxFileSize>>20))
		return nil, probs.err()
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	ts := &TemplateSet{}
	if decodeTemplates(data, ts, &probs) {
		validateTemplates(ts, &probs)
	}
	if err := probs.err(); err != nil {
		return nil, err
	}
	return ts, nil
}

// decodeTemplates decodes data into ts and reports whether it could: it
// reports every unknown or repeated field and every value of the wrong
// type with its path. Fields may be left out; a JSON null is accepted
// only for lists.
func decodeTemplates(data []byte, ts *TemplateSet, probs *problemList) bool {
	before := len(probs.list)
	complete := decodeFile(data, ts, "templates", strictjson.Options{TypeNames: typeNames()}, probs)
	return complete && len(probs.list) == before
}

// validateTemplates checks the values of a decoded file.
func validateTemplates(ts *TemplateSet, probs *problemList) {
	if strings.TrimSpace(ts.Version) == "" {
		probs.add("version", "must not be empty")
	}
	if len(ts.Templates) == 0 {
		probs.add("templates", "must list at least one template")
	}
	ids := map[string]int{}
	for i, t := range ts.Templates {
		path := fmt.Sprintf("templates[%d]", i)
		switch {
		case !templateKey(t.ID):
			probs.add(path+".id", fmt.Sprintf("%q is not an ID: use lower-case letters and digits joined by hyphens, such as \"aemcs-migration\"", t.ID))
		case ids[t.ID] > 0:
			probs.add(path+".id", fmt.Sprintf("%q is also the ID of templates[%d]", t.ID, ids[t.ID]-1))
		default:
			ids[t.ID] = i + 1
		}
		templateRequire(probs, path+".name", t.Name)
		templateRequire(probs, path+".solution", string(t.Solution))
		templateRequire(probs, path+".description", t.Description)
		validateTemplate(t, path, probs)
	}
}

func validateTemplate(t PlanTemplate, path string, probs *problemList) {
	if len(t.Objectives) == 0 {
		probs.add(path+".objectives", "must list at least one objective")
	}
	objectives := map[string]int{} // key to 1 + index
	for j, o := range t.Objectives {
		p := fmt.Sprintf("%s.objectives[%d]", path, j)
		templateKeyOnce(probs, p+".key", o.Key, objectives, j, "objectives")
		templateRequire(probs, p+".title", o.Title)
		templateRequire(probs, p+".kpi", o.KPI)
		if math.IsNaN(o.Baseline) || math.IsInf(o.Baseline, 0) {
			probs.add(p+".baseline", "must be a finite number")
		}
		if math.IsNaN(o.Target) || math.IsInf(o.Target, 0) {
			probs.add(p+".target", "must be a finite number")
		} else if o.Target == o.Baseline {
			probs.add(p+".target", fmt.Sprintf("must differ from the baseline %g, or there is nothing to reach", o.Baseline))
		}
		templateOffset(probs, p+".dueOffsetDays", o.DueOffsetDays)
	}
	milestones := map[string]int{}
	for j, m := range t.Milestones {
		p := fmt.Sprintf("%s.milestones[%d]", path, j)
		templateKeyOnce(probs, p+".key", m.Key, milestones, j, "milestones")
		templateRequire(probs, p+".title", m.Title)
		templateOffset(probs, p+".dueOffsetDays", m.DueOffsetDays)
		if m.Objective == "" {
			continue
		}
		oi, ok := objectives[m.Objective]
		switch {
		case !ok:
			probs.add(p+".objective", fmt.Sprintf("no objective with key %q in this template", m.Objective))
		case m.DueOffsetDays > t.Objectives[oi-1].DueOffsetDays:
			probs.add(p+".dueOffsetDays", fmt.Sprintf("day %d is after day %d, when its objective %q is due",
				m.DueOffsetDays, t.Objectives[oi-1].DueOffsetDays, m.Objective))
		}
	}
	for j, a := range t.Actions {
		p := fmt.Sprintf("%s.actions[%d]", path, j)
		templateRequire(probs, p+".title", a.Title)
		if a.Side != "customer" && a.Side != "vendor" {
			probs.add(p+".side", fmt.Sprintf("unknown side %q (want customer or vendor)", a.Side))
		}
		templateRequire(probs, p+".ownerRole", a.OwnerRole)
		templateOffset(probs, p+".dueOffsetDays", a.DueOffsetDays)
		if a.Milestone == "" {
			continue
		}
		mi, ok := milestones[a.Milestone]
		switch {
		case !ok:
			probs.add(p+".milestone", fmt.Sprintf("no milestone with key %q in this template", a.Milestone))
		case a.DueOffsetDays > t.Milestones[mi-1].DueOffsetDays:
			probs.add(p+".dueOffsetDays", fmt.Sprintf("day %d is after day %d, when its milestone %q is due",
				a.DueOffsetDays, t.Milestones[mi-1].DueOffsetDays, a.Milestone))
		}
	}
}

func templateRequire(probs *problemList, path, value string) {
	if strings.TrimSpace(value) == "" {
		probs.add(path, "must not be empty")
	}
}

func templateOffset(probs *problemList, path string, days int) {
	if days < 0 || days > MaxTemplateOffsetDays {
		probs.add(path, fmt.Sprintf("must be from 0 to %d days after the plan starts, not %d", MaxTemplateOffsetDays, days))
	}
}

// templateKeyOnce checks that key is a key and not used before in seen
// (key to 1 + index), and records it.
func templateKeyOnce(probs *problemList, path, key string, seen map[string]int, index int, list string) {
	switch {
	case !templateKey(key):
		probs.add(path, fmt.Sprintf("%q is not a key: use lower-case letters and digits joined by hyphens", key))
	case seen[key] > 0:
		probs.add(path, fmt.Sprintf("%q is also the key of %s[%d]", key, list, seen[key]-1))
	default:
		seen[key] = index + 1
	}
}

// templateKey reports whether s is lower-case letters and digits joined by
// single hyphens.
func templateKey(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// CheckSolutions reports, as a *LoadError, every template whose solution
// the catalog does not know.
func (ts *TemplateSet) CheckSolutions(c *Catalog) error {
	var probs problemList
	for i, t := range ts.Templates {
		if _, ok := c.Solution(t.Solution); !ok {
			probs.add(fmt.Sprintf("templates[%d].solution", i), fmt.Sprintf("unknown solution %q", t.Solution))
		}
	}
	return probs.err()
}

// Template returns the template with the given ID.
func (ts *TemplateSet) Template(id string) (PlanTemplate, bool) {
	for _, t := range ts.Templates {
		if t.ID == id {
			return t, true
		}
	}
	return PlanTemplate{}, false
}

// ForSolution returns the templates that apply to solution s: made for s
// or for the family s belongs to, in file order.
func (ts *TemplateSet) ForSolution(c *Catalog, s SolutionID) []PlanTemplate {
	var out []PlanTemplate
	for _, t := range ts.Templates {
		if c.Covers(t.Solution, s) {
			out = append(out, t)
		}
	}
	return out
}
