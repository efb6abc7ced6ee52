package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// Edition is one edition of the offer: the terms in force from its
// Effective day until the next edition's. Contracts keep the edition they
// were signed or last renewed under.
type Edition struct {
	// Name names the edition, e.g. "July 2026 offer"; empty for a file
	// that names none (an edition-less file).
	Name string
	// Effective is the first day the edition is in force.
	Effective Date
	// Source is the page the edition comes from, resolved from the ID the
	// file gives; the zero Source when the file gives none.
	Source Source
	// Note says what else changed on the page that the catalog does not
	// hold as a fact.
	Note string
	// Changes are the edition's changes to the one before, as the file
	// writes them; empty for the first edition.
	Changes []Change
}

// Change is one change an edition makes to the edition before it: it sets,
// adds or removes the fact Fact addresses (see ParseFact).
type Change struct {
	// Fact is the path of the value changed, e.g.
	// "addons[mentor-sessions].states.expert".
	Fact string `json:"fact"`
	// Value is the new value as JSON: it replaces the value at Fact, or is
	// added when there is none (a new field or a new list entry).
	Value json.RawMessage `json:"value,omitempty"`
	// Remove removes the value at Fact (a field or a list entry) instead.
	Remove bool `json:"remove,omitempty"`
	// Source is the ID of the page the change comes from; empty means the
	// edition's source.
	Source string `json:"source,omitempty"`
	// Note says why the change is made or how the page was read.
	Note string `json:"note,omitempty"`
}

// catalogFile is the JSON form of a catalog file: the first edition's whole
// offer, the header of that edition and the later editions as changes.
type catalogFile struct {
	Catalog
	// First is the header of the first edition; nil in an edition-less
	// file.
	First *editionHeader `json:"edition,omitempty"`
	// Later are the later editions, oldest first.
	Later []editionChanges `json:"editions,omitempty"`
	// Schema is the address of the file's JSON Schema, for editors that
	// check and explain the file as it is written; Liftoff ignores it.
	Schema string `json:"$schema,omitempty"`
}

// editionHeader is the JSON form of the first edition's header.
type editionHeader struct {
	Name      string `json:"name"`
	Effective Date   `json:"effective"`
	Source    string `json:"source,omitempty"`
	Note      string `json:"note,omitempty"`
}

// editionChanges is the JSON form of a later edition.
type editionChanges struct {
	Name      string   `json:"name"`
	Effective Date     `json:"effective"`
	Source    string   `json:"source,omitempty"`
	Note      string   `json:"note,omitempty"`
	Changes   []Change `json:"changes"`
}

// editionSet holds every edition of one catalog file and the Catalog of
// each, built and validated once by Load and read-only after.
type editionSet struct {
	editions []Edition
	catalogs []*Catalog

	// trees[k] is edition k's offer as a JSON tree and steps[k] its
	// differences from edition k-1, for Diff: worked out once, when first
	// needed, and read-only after.
	treeOnce, stepOnce []sync.Once
	trees              []map[string]any
	steps              [][]Difference

	// langs holds the translations of this set (see Catalog.In).
	langs translations
}

// tree returns the JSON tree of edition k.
func (s *editionSet) tree(k int) map[string]any {
	s.treeOnce[k].Do(func() { s.trees[k] = treeOf(s.catalogs[k]) })
	return s.trees[k]
}

// step returns the differences between edition k-1 and edition k.
func (s *editionSet) step(k int) []Difference {
	s.stepOnce[k].Do(func() { s.steps[k] = diffTrees(s.tree(k-1), s.tree(k)) })
	return s.steps[k]
}

// seal makes set the edition set of each of its catalogs.
func (s *editionSet) seal() {
	n := len(s.catalogs)
	s.treeOnce, s.stepOnce = make([]sync.Once, n), make([]sync.Once, n)
	s.trees, s.steps = make([]map[string]any, n), make([][]Difference, n)
	for i, c := range s.catalogs {
		c.editions, c.pos = s, i
	}
}

// Editions returns every edition of the catalog file, oldest first. The
// caller must not modify the returned slice.
func (c *Catalog) Editions() []Edition {
	if c.editions == nil {
		return []Edition{c.Edition()}
	}
	return c.editions.editions
}

// Edition returns the edition c is.
func (c *Catalog) Edition() Edition {
	if c.editions == nil {
		return Edition{Effective: c.Published}
	}
	return c.editions.editions[c.pos]
}

// InForce returns the Catalog of the edition in force on day: the latest
// whose Effective day is on or before day. A day before the first edition
// gets the first edition, so that a contract older than the catalog's
// history reads the oldest terms known rather than none. It works on the
// Catalog of any edition of a file and returns the same pointer whichever
// it is called on; it does not copy, and like every Catalog the result is
// safe for concurrent readers and must not be modified.
func (c *Catalog) InForce(day Date) *Catalog {
	if c.editions == nil {
		return c
	}
	eds := c.editions.editions
	// The first edition after day; the one before it is in force.
	i := sort.Search(len(eds), func(i int) bool { return eds[i].Effective.After(day) })
	return c.editions.catalogs[max(i-1, 0)]
}

// setOrigin sets the Origin of the Catalog of every edition of c's file.
func (c *Catalog) setOrigin(origin string) {
	if c.editions == nil {
		c.Origin = origin
		return
	}
	for _, e := range c.editions.catalogs {
		e.Origin = origin
	}
}

// DiffDays returns the differences between the editions in force on the
// days from and to (see InForce and Diff).
func (c *Catalog) DiffDays(from, to Date) []Difference {
	return Diff(c.InForce(from), c.InForce(to))
}

// Source returns the source with the given ID: one of the catalog's
// Sources, or SourceSeed or SourceLiftoff described.
func (c *Catalog) Source(id string) (Source, bool) {
	switch id {
	case SourceSeed:
		return Source{ID: id, Title: "The vendor's membership overview of 2024-05-17 (Dutch edition)", Date: Date{Year: 2024, Month: 5, Day: 17}}, true
	case SourceLiftoff:
		return Source{ID: id, Title: "Liftoff's own value, not the vendor's"}, true
	}
	for _, s := range c.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// loadEditions checks the editions of file f (whose first edition's offer
// is already decoded and validated: firstOK says it passed) and builds the
// Catalog of each, reporting every problem to probs. data is the file. It
// returns the latest edition's Catalog, nil when there are problems.
func loadEditions(data []byte, f *catalogFile, firstOK bool, probs *problemList) *Catalog {
	first := &f.Catalog
	sources := sourceIDs(f.Sources)
	head := Edition{Effective: first.Published}
	if f.First != nil {
		head = Edition{Name: f.First.Name, Effective: f.First.Effective, Note: f.First.Note}
		if strings.TrimSpace(head.Name) == "" {
			probs.add("edition.name", "must not be empty")
		}
		if head.Effective.IsZero() {
			probs.add("edition.effective", "must be set")
		}
		if f.First.Source != "" {
			if s, ok := checkSourceRef("edition.source", f.First.Source, first, sources, probs); ok {
				head.Source = s
			}
		}
	} else if len(f.Later) > 0 {
		probs.add("editions", `later editions need the first one's "edition" with its effective day`)
		head.Effective = Date{} // the order of the later ones is still checked
	}
	set := &editionSet{editions: []Edition{head}}
	if len(f.Later) == 0 {
		if !firstOK {
			return nil
		}
		set.catalogs = []*Catalog{first}
		set.seal()
		return first
	}

	// The changes are applied only to a valid first offer: on a broken one
	// they are only checked, as their complaints would repeat its problems.
	var tree map[string]any
	if firstOK {
		var err error
		if tree, err = offerTree(data, f.Later); err != nil {
			probs.add("", err.Error())
			return nil
		}
	}
	prev := head.Effective
	zones := map[string]error{}
	resolvable := firstOK // whether every edition so far resolved cleanly
	var built []*Catalog
	for i, ed := range f.Later {
		path := at("editions", i)
		e := Edition{Name: ed.Name, Effective: ed.Effective, Note: ed.Note, Changes: ed.Changes}
		if strings.TrimSpace(ed.Name) == "" {
			probs.add(path+".name", "must not be empty")
		}
		switch {
		case ed.Effective.IsZero():
			probs.add(path+".effective", "must be set")
		case !ed.Effective.After(prev):
			probs.add(path+".effective", fmt.Sprintf("%s is not after the edition before it (%s); editions come in strictly increasing order of their effective days", ed.Effective, prev))
		}
		if !ed.Effective.IsZero() && ed.Effective.After(prev) {
			prev = ed.Effective
		}
		edSourceOK := true
		if ed.Source != "" {
			s, ok := checkSourceRef(path+".source", ed.Source, first, sources, probs)
			e.Source, edSourceOK = s, ok
		}
		if len(ed.Changes) == 0 {
			probs.add(path+".changes", "must list at least one change")
		}
		before := len(probs.list)
		for j, ch := range ed.Changes {
			applyChange(tree, at(path+".changes", j), ch, ed.Source, edSourceOK, first, sources, probs)
		}
		if len(probs.list) > before {
			resolvable = false
		}
		set.editions = append(set.editions, e)
		if !resolvable {
			continue
		}
		prevCat := first
		if len(built) > 0 {
			prevCat = built[len(built)-1]
		}
		touched := map[string]bool{}
		for _, ch := range ed.Changes {
			if fact, err := ParseFact(ch.Fact); err == nil {
				touched[fact[0].Field] = true
			}
		}
		c, ok := resolveEdition(tree, touched, prevCat, path, zones, probs)
		if !ok {
			resolvable = false
			continue
		}
		built = append(built, c)
	}
	if !firstOK || !resolvable || len(probs.list) > 0 {
		return nil
	}
	set.catalogs = append([]*Catalog{first}, built...)
	set.seal()
	return set.catalogs[len(set.catalogs)-1]
}

// sourceIDs returns the IDs of the sources a file defines.
func sourceIDs(list []Source) map[string]bool {
	ids := map[string]bool{}
	for _, s := range list {
		ids[s.ID] = true
	}
	return ids
}

// checkSourceRef checks that id names a source the file defines (or one
// of the two built-in ones) and returns it.
func checkSourceRef(path, id string, c *Catalog, defined map[string]bool, probs *problemList) (Source, bool) {
	if id != SourceSeed && id != SourceLiftoff && !defined[id] {
		probs.add(path, unknownValue("source", id, knownSources(c.Sources)))
		return Source{}, false
	}
	s, _ := c.Source(id)
	return s, true
}

// knownSources lists the source IDs a file may name, each once.
func knownSources(list []Source) []string {
	names := []string{SourceSeed, SourceLiftoff}
	for _, s := range list {
		if s.ID != "" && !slices.Contains(names, s.ID) {
			names = append(names, s.ID)
		}
	}
	return names
}

// offerTree decodes the sections (top-level fields) of a catalog file that
// the changes of its editions touch as a generic JSON tree, numbers kept as
// written; the other sections stay as the first edition decoded them.
func offerTree(data []byte, later []editionChanges) (map[string]any, error) {
	var sections map[string]json.RawMessage
	if err := json.Unmarshal(data, &sections); err != nil {
		return nil, fmt.Errorf("read the offer to apply the editions to: %w", err)
	}
	tree := map[string]any{}
	for _, ed := range later {
		for _, ch := range ed.Changes {
			fact, err := ParseFact(ch.Fact)
			if err != nil {
				continue
			}
			name := fact[0].Field
			raw, ok := sections[name]
			if _, done := tree[name]; done || !ok || name == "edition" || name == "editions" || name == "$schema" {
				continue
			}
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.UseNumber()
			var v any
			if err := dec.Decode(&v); err != nil {
				return nil, fmt.Errorf("read section %s to apply the editions to: %w", name, err)
			}
			tree[name] = v
		}
	}
	return tree, nil
}

// resolveEdition builds the Catalog of an edition: the offer tree holds
// after the edition's changes, which touched the sections (top-level
// fields) touched of the previous edition prev. It decodes those sections
// strictly, takes the others from prev (the editions of a file share the
// sections they have in common) and validates the whole, reporting its
// problems under path (the edition's).
func resolveEdition(tree map[string]any, touched map[string]bool, prev *Catalog, path string, zones map[string]error, probs *problemList) (*Catalog, bool) {
	part := map[string]any{}
	for k := range touched {
		if v, ok := tree[k]; ok {
			part[k] = v
		}
	}
	data, err := json.Marshal(part)
	if err != nil {
		probs.add(path, fmt.Sprintf("the offer after the changes cannot be written: %v", err))
		return nil, false
	}
	var decoded problemList
	sections := &Catalog{}
	complete := decodeStrict(data, sections, &decoded)
	var own problemList
	for _, p := range decoded.list {
		if p.Message == "required field is missing" && !touched[p.Path] && strictjson.PlainName(p.Path) {
			continue // a section this edition leaves as it was
		}
		own.addBad(p.Path, p.Message)
	}
	c := &Catalog{}
	if complete {
		cv, sv, pv := reflect.ValueOf(c).Elem(), reflect.ValueOf(sections).Elem(), reflect.ValueOf(prev).Elem()
		t := cv.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			name := jsonName(f)
			if !f.IsExported() || name == "" {
				continue
			}
			if touched[name] {
				cv.Field(i).Set(sv.Field(i))
			} else {
				cv.Field(i).Set(pv.Field(i))
			}
		}
		validateWith(c, &own, zones)
	}
	for _, p := range own.list {
		where := readablePath(tree, p.Path)
		if where == "" {
			where = "the offer"
		}
		probs.add(path, fmt.Sprintf("the offer with this edition's changes: %s: %s", where, p.Message))
	}
	if len(own.list) > 0 || !complete {
		return nil, false
	}
	c.buildIndex()
	return c, true
}

// readablePath rewrites the list indexes of a path into tree as entry
// keys where the list has them: "addons[3].name" becomes
// "addons[mentor-sessions].name", the way a change names it.
func readablePath(tree map[string]any, path string) string {
	var b strings.Builder
	var node any = tree
	name := ""
	for rest := path; rest != ""; {
		switch rest[0] {
		case '.':
			b.WriteByte('.')
			rest = rest[1:]
			continue
		case '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				b.WriteString(rest)
				return b.String()
			}
			step := rest[:end+1]
			rest = rest[end+1:]
			i, err := strconv.Atoi(step[1 : len(step)-1])
			list, isList := node.([]any)
			if err != nil || !isList || i < 0 || i >= len(list) {
				b.WriteString(step)
				node = nil
				continue
			}
			node = list[i]
			if k, ok := keyOf(node, entryKey(name)); ok {
				b.WriteString("[" + k + "]")
			} else {
				b.WriteString(step)
			}
			continue
		}
		end := strings.IndexAny(rest, ".[")
		if end < 0 {
			end = len(rest)
		}
		name = rest[:end]
		b.WriteString(name)
		rest = rest[end:]
		if m, ok := node.(map[string]any); ok {
			node = m[name]
		} else {
			node = nil
		}
	}
	return b.String()
}

// keyOf returns the key of a list entry: the text of its field k.
func keyOf(entry any, k string) (string, bool) {
	m, ok := entry.(map[string]any)
	if !ok {
		return "", false
	}
	s, ok := m[k].(string)
	return s, ok && s != ""
}

// fileField reports whether the top-level field name describes the file
// rather than the offer, so that no edition may change it.
func fileField(name string) bool {
	return name == "version" || name == "published" || name == "sources"
}

// applyChange applies change ch (at path in the file) to tree, reporting
// its problems; with a nil tree it only checks the change. edSource is the source of its edition ("" when none);
// edSourceOK says whether that one is defined.
func applyChange(tree map[string]any, path string, ch Change, edSource string, edSourceOK bool, c *Catalog, sources map[string]bool, probs *problemList) {
	src := ch.Source
	switch {
	case src != "":
		if _, ok := checkSourceRef(path+".source", src, c, sources, probs); !ok {
			return
		}
	case edSource == "":
		probs.add(path+".source", "missing: give the change a source, or its edition one")
		return
	case !edSourceOK:
		return // the edition's source is reported already
	default:
		src = edSource
	}
	fact, err := ParseFact(ch.Fact)
	if err != nil {
		probs.add(path+".fact", err.Error())
		return
	}
	if fileField(fact[0].Field) {
		probs.add(path+".fact", fmt.Sprintf("%q belongs to the file, not to an edition's offer", fact[0].Field))
		return
	}
	hasValue := len(bytes.TrimSpace(ch.Value)) > 0
	switch {
	case ch.Remove && hasValue:
		probs.add(path, `give either "value" or "remove", not both`)
		return
	case !ch.Remove && !hasValue:
		probs.add(path, `give the new "value", or "remove": true`)
		return
	}
	var value any
	if hasValue {
		dec := json.NewDecoder(bytes.NewReader(ch.Value))
		dec.UseNumber()
		if err := dec.Decode(&value); err != nil {
			probs.add(path+".value", fmt.Sprintf("cannot be read: %v", err))
			return
		}
		if value == nil {
			probs.add(path+".value", `must not be null; to remove the value write "remove": true`)
			return
		}
	}
	if tree == nil {
		return
	}
	if msg := setFact(tree, fact, value, ch.Remove, src); msg != "" {
		where := path + ".fact"
		if strings.HasPrefix(msg, "changes nothing") {
			where = path + ".value"
		}
		probs.add(where, msg)
	}
}

// setFact sets (or, when remove is set, removes) the value at fact in
// tree and marks the entry holding it with source src. It returns what is
// wrong, or "".
func setFact(tree map[string]any, fact Fact, value any, remove bool, src string) string {
	// Walk to the parent of the last step, remembering the objects passed
	// that carry a source, innermost last.
	var node any = tree
	var holders []map[string]any
	name := ""
	for i, step := range fact[:len(fact)-1] {
		next, msg := child(node, step, name, fact[:i+1])
		if msg != "" {
			return msg
		}
		if step.Field != "" {
			name = step.Field
		}
		if m, ok := next.(map[string]any); ok {
			if _, has := m["source"]; has {
				holders = append(holders, m)
			}
		}
		node = next
	}
	last := fact[len(fact)-1]
	mark := func(m map[string]any) {
		if m != nil {
			m["source"] = src
		} else if len(holders) > 0 {
			holders[len(holders)-1]["source"] = src
		}
	}
	if last.Field != "" {
		m, ok := node.(map[string]any)
		if !ok {
			return fmt.Sprintf("addresses nothing: %s is not an object with fields", fact[:len(fact)-1])
		}
		old, exists := m[last.Field]
		switch {
		case remove && !exists:
			return fmt.Sprintf("removes nothing: there is no %s", fact)
		case remove:
			delete(m, last.Field)
		case exists && reflect.DeepEqual(old, value):
			return fmt.Sprintf("changes nothing: %s already is that", fact)
		default:
			m[last.Field] = value
		}
		mark(nil)
		return ""
	}
	list, ok := node.([]any)
	if !ok {
		return fmt.Sprintf("addresses nothing: %s is not a list of entries", fact[:len(fact)-1])
	}
	if msg := plainList(list, fact[:len(fact)-1]); msg != "" {
		return msg
	}
	k := entryKey(name)
	i := slices.IndexFunc(list, func(e any) bool { key, ok := keyOf(e, k); return ok && key == last.Entry })
	switch {
	case remove && i < 0:
		return fmt.Sprintf("removes nothing: %s has no entry with %s %q", fact[:len(fact)-1], k, last.Entry)
	case remove:
		setList(tree, fact[:len(fact)-1], slices.Delete(list, i, i+1))
		mark(nil)
		return ""
	}
	entry, ok := value.(map[string]any)
	if !ok {
		return fmt.Sprintf("addresses nothing: an entry of %s takes an object", fact[:len(fact)-1])
	}
	if given, ok := entry[k]; !ok {
		entry[k] = last.Entry
	} else if given != last.Entry {
		return fmt.Sprintf("addresses nothing: the entry's %s %v differs from %q the fact names", k, given, last.Entry)
	}
	if i >= 0 {
		old := list[i].(map[string]any)
		if _, has := entry["source"]; !has {
			if s, had := old["source"]; had {
				entry["source"] = s
			}
		}
		if reflect.DeepEqual(old, entry) {
			return fmt.Sprintf("changes nothing: %s already is that", fact)
		}
		list[i] = entry
	} else {
		setList(tree, fact[:len(fact)-1], append(list, entry))
	}
	if _, has := entry["source"]; has || slices.ContainsFunc(list, func(e any) bool { m, ok := e.(map[string]any); _, s := m["source"]; return ok && s }) {
		mark(entry)
	}
	return ""
}

// child returns the value step leads to from node; listName is the name
// of the field node was reached by. It returns what is wrong, or "".
func child(node any, step FactStep, listName string, upTo Fact) (any, string) {
	if step.Field != "" {
		m, ok := node.(map[string]any)
		if !ok {
			return nil, fmt.Sprintf("addresses nothing: %s is not an object with fields", upTo[:len(upTo)-1])
		}
		v, ok := m[step.Field]
		if !ok {
			return nil, fmt.Sprintf("addresses nothing: there is no %s", upTo)
		}
		return v, ""
	}
	list, ok := node.([]any)
	if !ok {
		return nil, fmt.Sprintf("addresses nothing: %s is not a list of entries", upTo[:len(upTo)-1])
	}
	if msg := plainList(list, upTo[:len(upTo)-1]); msg != "" {
		return nil, msg
	}
	k := entryKey(listName)
	for _, e := range list {
		if key, ok := keyOf(e, k); ok && key == step.Entry {
			return e, ""
		}
	}
	return nil, fmt.Sprintf("addresses nothing: %s has no entry with %s %q", upTo[:len(upTo)-1], k, step.Entry)
}

// plainList returns why the entries of list (at path) cannot be addressed
// one by one when it holds anything but objects, else "".
func plainList(list []any, path Fact) string {
	for _, e := range list {
		if _, ok := e.(map[string]any); !ok {
			return fmt.Sprintf("addresses nothing: %s is a list of plain values, which a change sets as a whole", path)
		}
	}
	return ""
}

// setList stores list at the path parent (which ends on a field) in tree:
// removing or adding an entry makes a new slice.
func setList(tree map[string]any, parent Fact, list []any) {
	var node any = tree
	for i, step := range parent[:len(parent)-1] {
		node, _ = child(node, step, listNameBefore(parent, i), parent[:i+1])
	}
	node.(map[string]any)[parent[len(parent)-1].Field] = list
}

// listNameBefore returns the field name that the list at step i of f was
// reached by.
func listNameBefore(f Fact, i int) string {
	for j := i - 1; j >= 0; j-- {
		if f[j].Field != "" {
			return f[j].Field
		}
	}
	return ""
}

// AddOnsOfEveryEdition returns every add-on of every edition of c's file,
// each once: those of the first edition in its order, then those later
// editions add, each as the latest edition that offers it describes it.
// A customer keeps an add-on bought under an older edition, so forms and
// lists of what a customer has need them all.
func (c *Catalog) AddOnsOfEveryEdition() []AddOn {
	var out []AddOn
	index := map[string]int{}
	for _, ed := range c.Editions() {
		for _, a := range c.InForce(ed.Effective).AddOns {
			if i, ok := index[a.ID]; ok {
				out[i] = a
				continue
			}
			index[a.ID] = len(out)
			out = append(out, a)
		}
	}
	return out
}
