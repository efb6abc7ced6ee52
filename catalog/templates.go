package catalog

import (
	"bytes"
	_ "embed"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
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

// decodeTemplates decodes data into ts and reports whether it could. It
// first walks the JSON against the shape of TemplateSet and reports every
// unknown or repeated field and every value of the wrong type with its
// path; only a file without such problems is decoded.
func decodeTemplates(data []byte, ts *TemplateSet, probs *problemList) bool {
	if len(bytes.TrimSpace(data)) == 0 {
		probs.add("", "the file is empty; want a JSON object")
		return false
	}
	w := &templateWalker{data: data, dec: json.NewDecoder(bytes.NewReader(data)), probs: probs}
	w.dec.UseNumber()
	before := len(probs.list)
	tok, err := w.dec.Token()
	if err == nil {
		err = w.value(tok, reflect.TypeFor[TemplateSet](), "")
	}
	if err != nil {
		w.syntaxProblem(err)
		return false
	}
	end := w.dec.InputOffset()
	if _, err := w.dec.Token(); err != io.EOF {
		for end < int64(len(data)) && strings.IndexByte(" \t\r\n", data[end]) >= 0 {
			end++
		}
		line, col := templatePosition(data, end)
		probs.add("", fmt.Sprintf("line %d, column %d: unexpected text after the end of the templates object", line, col))
		return false
	}
	if len(probs.list) > before {
		return false
	}
	if err := json.Unmarshal(data, ts); err != nil {
		// The walk accepted the file, so this is a number out of range.
		probs.add("", strings.TrimPrefix(err.Error(), "json: "))
		return false
	}
	return true
}

// templateWalker checks the JSON of a template file against the Go types
// it decodes into, token by token.
type templateWalker struct {
	data  []byte
	dec   *json.Decoder
	probs *problemList
}

// value checks the JSON value starting with tok against type t at path. It
// returns only errors that stop the walk (syntax errors).
func (w *templateWalker) value(tok json.Token, t reflect.Type, path string) error {
	if tok == nil {
		if t.Kind() != reflect.Slice {
			w.probs.add(path, "null is not allowed here; want "+templateTypeName(t))
		}
		return nil
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		text, ok := tok.(string)
		if !ok {
			return w.wrong(tok, t, path)
		}
		if err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(text)); err != nil {
			w.probs.add(path, err.Error())
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			return w.wrong(tok, t, path)
		}
		return w.object(t, path)
	case reflect.Slice:
		if tok != json.Delim('[') {
			return w.wrong(tok, t, path)
		}
		for i := 0; w.dec.More(); i++ {
			elem, err := w.dec.Token()
			if err != nil {
				return err
			}
			if err := w.value(elem, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		_, err := w.dec.Token() // ]
		return err
	case reflect.String:
		if _, ok := tok.(string); !ok {
			return w.wrong(tok, t, path)
		}
	case reflect.Int:
		n, ok := tok.(json.Number)
		if !ok {
			return w.wrong(tok, t, path)
		}
		if _, err := strconv.ParseInt(string(n), 10, 32); err != nil {
			w.probs.add(path, "want a whole number, got "+string(n))
		}
	case reflect.Float64:
		if _, ok := tok.(json.Number); !ok {
			return w.wrong(tok, t, path)
		}
	}
	return nil
}

// object checks the members of a JSON object against struct type t; the
// opening brace has been read.
func (w *templateWalker) object(t reflect.Type, path string) error {
	fields := map[string]reflect.Type{}
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.IsExported() && name != "" && name != "-" {
			fields[name] = f.Type
			names = append(names, name)
		}
	}
	seen := map[string]bool{}
	for w.dec.More() {
		keyTok, err := w.dec.Token()
		if err != nil {
			return err
		}
		key, _ := keyTok.(string) // the decoder only gives strings as keys
		tok, err := w.dec.Token()
		if err != nil {
			return err
		}
		at := key
		if path != "" {
			at = path + "." + key
		}
		ft, known := fields[key]
		switch {
		case !known:
			w.probs.add(at, fmt.Sprintf("unknown field (want one of %s)", strings.Join(names, ", ")))
			err = w.skip(tok)
		case seen[key]:
			w.probs.add(at, "field given twice")
			err = w.skip(tok)
		default:
			seen[key] = true
			err = w.value(tok, ft, at)
		}
		if err != nil {
			return err
		}
	}
	_, err := w.dec.Token() // }
	return err
}

// wrong reports a value of the wrong JSON type and skips it.
func (w *templateWalker) wrong(tok json.Token, t reflect.Type, path string) error {
	w.probs.add(path, fmt.Sprintf("want %s, got %s", templateTypeName(t), templateTokenName(tok)))
	return w.skip(tok)
}

// skip reads past the rest of the value that starts with tok.
func (w *templateWalker) skip(tok json.Token) error {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := w.dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// syntaxProblem records an error that stops the walk, with its position.
func (w *templateWalker) syntaxProblem(err error) {
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		line, col := templatePosition(w.data, syn.Offset)
		w.probs.add("", fmt.Sprintf("syntax error at line %d, column %d: %s", line, col, strings.TrimPrefix(syn.Error(), "json: ")))
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		line, col := templatePosition(w.data, int64(len(w.data)))
		w.probs.add("", fmt.Sprintf("syntax error at line %d, column %d: the file ends before the JSON is complete", line, col))
	default:
		w.probs.add("", "cannot read the JSON: "+err.Error())
	}
}

// templatePosition converts a byte offset to a 1-based line and column.
func templatePosition(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = len(before) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// templateTypeName says what a value of type t looks like in JSON.
func templateTypeName(t reflect.Type) string {
	if t == reflect.TypeFor[Date]() {
		return "a date (YYYY-MM-DD)"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	case reflect.Slice:
		return "a list"
	case reflect.Struct:
		return "an object"
	}
	return t.String()
}

// templateTokenName names the JSON value that starts with tok.
func templateTokenName(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '[' {
			return "a list"
		}
		return "an object"
	case string:
		if len(v) > 40 {
			return "a string"
		}
		return "the string " + strconv.Quote(v)
	case json.Number:
		return "the number " + string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return fmt.Sprint(tok)
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
