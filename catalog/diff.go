package catalog

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// DifferenceKind says whether a Difference adds, removes or changes.
type DifferenceKind string

// Kinds of differences.
const (
	Added   DifferenceKind = "added"
	Removed DifferenceKind = "removed"
	Changed DifferenceKind = "changed"
)

// Difference is one fact that differs between two editions.
type Difference struct {
	Kind DifferenceKind
	// Section is the part of the offer, named as in the file: "addons",
	// "tiers", "comparison", "followUp", "proactiveActivities",
	// "responseTables" and so on.
	Section string
	// EntryID is the key of the entry in a section that lists entries
	// (see EntryKeys); empty for sections that are one object or value.
	EntryID string
	// EntryName is the entry's name in the edition that has it (the newer
	// one when both do); empty where entries have no name.
	EntryName string
	// Field is the path of the value within the entry, e.g.
	// "states.expert", "description" or "languages[Japanese].rule"; empty
	// for an entry added or removed as a whole.
	Field string
	// From and To show the value before and after, lists joined with ", ";
	// an entry added or removed shows as its name, a value missing as "".
	From, To string
	// Source is the ID of the source of the newer value: the source of the
	// change that made the difference where the two editions are of one
	// file, else the newer entry's source or edition's.
	Source string
}

// Diff returns what differs between two editions fact by fact: entries
// added or removed and values changed, section by section in the order of
// the file, entries in from's order with entries added after them, and
// the values of an entry in the order of their paths. The "source" of
// entries and the file's sources are not compared: they are the Source of
// each difference. Diff(c, c) is empty. It works on any two Catalogs,
// editions of one file or not. It reads each edition of a loaded file
// once and keeps what it read, so it does not see changes made to a
// Catalog after its first Diff.
func Diff(from, to *Catalog) []Difference {
	if from == to {
		return nil
	}
	diffs := diffTrees(from.tree(), to.tree())
	for i := range diffs {
		diffs[i].Source = differenceSource(diffs[i], from, to)
	}
	return diffs
}

// tree returns the offer of c as a JSON tree, worked out once for a
// Catalog that Load built.
func (c *Catalog) tree() map[string]any {
	if c.editions == nil {
		return treeOf(c)
	}
	return c.editions.tree(c.pos)
}

// differenceSource returns the source of difference d between from and to:
// when they are editions of one file, from the newest edition between them
// that made it, else from the newer entry or edition.
func differenceSource(d Difference, from, to *Catalog) string {
	set := to.editions
	if set != nil && from.editions == set && from.pos < to.pos {
		for k := to.pos; k > from.pos; k-- {
			for _, e := range set.step(k) {
				if e.Section == d.Section && e.EntryID == d.EntryID && e.Field == d.Field {
					if s := entrySource(set.tree(k), d); s != "" && d.Kind != Removed {
						return s
					}
					return set.editions[k].Source.ID
				}
			}
		}
	}
	if s := entrySource(to.tree(), d); s != "" && d.Kind != Removed {
		return s
	}
	return to.Edition().Source.ID
}

// entrySource returns the source of the entry (or section object) of d in
// tree, or "".
func entrySource(tree map[string]any, d Difference) string {
	node := tree[d.Section]
	if d.EntryID != "" {
		list, _ := node.([]any)
		node = nil
		for _, e := range list {
			if k, ok := keyOf(e, entryKey(d.Section)); ok && k == d.EntryID {
				node = e
			}
		}
	}
	m, _ := node.(map[string]any)
	s, _ := m["source"].(string)
	return s
}

// treeOf returns the offer of c as a generic JSON tree.
func treeOf(c *Catalog) map[string]any {
	data, err := json.Marshal(c)
	if err != nil {
		panic("catalog: a Catalog cannot be written as JSON: " + err.Error())
	}
	var tree map[string]any
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		panic("catalog: a Catalog written as JSON cannot be read back: " + err.Error())
	}
	return tree
}

// sectionOrder returns the JSON names of the Catalog's fields in order.
func sectionOrder() []string {
	t := reflect.TypeFor[Catalog]()
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		if name := jsonName(f); f.IsExported() && name != "" {
			names = append(names, name)
		}
	}
	return names
}

// diffTrees compares two offers section by section; Source is left empty.
func diffTrees(a, b map[string]any) []Difference {
	var out []Difference
	for _, section := range sectionOrder() {
		if section == "sources" {
			continue
		}
		x, y := a[section], b[section]
		if keyedList(x, section) && keyedList(y, section) {
			out = append(out, diffEntries(section, asList(x), asList(y))...)
			continue
		}
		if m, ok := x.(map[string]any); ok {
			x = withoutSource(m)
		}
		if m, ok := y.(map[string]any); ok {
			y = withoutSource(m)
		}
		for _, f := range diffValues(x, y) {
			f.Section = section
			out = append(out, f)
		}
	}
	return out
}

// keyedList reports whether v is a list (or nothing) whose entries are
// objects with the key field of list name.
func keyedList(v any, name string) bool {
	if v == nil {
		return true
	}
	list, ok := v.([]any)
	if !ok {
		return false
	}
	k := entryKey(name)
	for _, e := range list {
		if _, ok := keyOf(e, k); !ok {
			return false
		}
	}
	return true
}

func asList(v any) []any { l, _ := v.([]any); return l }

// diffEntries compares the entries of one section by key.
func diffEntries(section string, a, b []any) []Difference {
	k := entryKey(section)
	find := func(list []any, key string) map[string]any {
		for _, e := range list {
			if got, _ := keyOf(e, k); got == key {
				return e.(map[string]any)
			}
		}
		return nil
	}
	var out []Difference
	for _, e := range a {
		old := e.(map[string]any)
		key, _ := keyOf(old, k)
		cur := find(b, key)
		if cur == nil {
			out = append(out, Difference{Kind: Removed, Section: section, EntryID: key, EntryName: nameOf(old), From: nameOf(old)})
			continue
		}
		for _, f := range diffValues(withoutSource(old), withoutSource(cur)) {
			f.Section, f.EntryID, f.EntryName = section, key, nameOf(cur)
			out = append(out, f)
		}
	}
	for _, e := range b {
		cur := e.(map[string]any)
		key, _ := keyOf(cur, k)
		if find(a, key) == nil {
			out = append(out, Difference{Kind: Added, Section: section, EntryID: key, EntryName: nameOf(cur), To: nameOf(cur)})
		}
	}
	return out
}

// nameOf returns the name of an entry: its "name", else its "topic".
func nameOf(entry map[string]any) string {
	for _, f := range []string{"name", "topic", "language"} {
		if s, ok := entry[f].(string); ok {
			return s
		}
	}
	return ""
}

func withoutSource(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if k != "source" {
			out[k] = v
		}
	}
	return out
}

// diffValues compares two values field by field: every leaf whose shown
// value differs is one Changed difference, with its Field path.
func diffValues(a, b any) []Difference {
	fa, fb := map[string]string{}, map[string]string{}
	flatten(a, "", "", fa)
	flatten(b, "", "", fb)
	paths := make([]string, 0, len(fa)+len(fb))
	for p := range fa {
		paths = append(paths, p)
	}
	for p := range fb {
		if _, ok := fa[p]; !ok {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	var out []Difference
	for _, p := range paths {
		if fa[p] != fb[p] {
			out = append(out, Difference{Kind: Changed, Field: p, From: fa[p], To: fb[p]})
		}
	}
	return out
}

// flatten writes the leaves of v under path into out: objects by field,
// lists of objects by entry key (or position where they have none), and
// lists of plain values as one leaf. name is the field v was reached by.
func flatten(v any, path, name string, out map[string]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			flatten(x, joinFact(path, k), k, out)
		}
	case []any:
		if !slices.ContainsFunc(v, func(e any) bool { _, ok := e.(map[string]any); return ok }) {
			out[path] = show(v)
			return
		}
		k := entryKey(name)
		for i, e := range v {
			step := "[" + strconv.Itoa(i) + "]"
			if key, ok := keyOf(e, k); ok {
				step = "[" + key + "]"
			}
			flatten(e, path+step, "", out)
		}
	default:
		out[path] = show(v)
	}
}

func joinFact(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

// show writes a value for a reader: texts as they are, lists joined with
// ", ", true and false as "yes" and "no".
func show(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		if v {
			return "yes"
		}
		return "no"
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = show(x)
		}
		return strings.Join(parts, ", ")
	}
	b, _ := json.Marshal(v)
	return string(b)
}
