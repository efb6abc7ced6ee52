package catalog

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// The limits of a catalog or plan template file, checked while the file
// is decoded so that no file can take much memory. The catalog Liftoff
// ships is 64 KB, with 596 list entries, the longest list 53 entries long
// and the longest text 331 characters.
const (
	// MaxFileSize is the largest catalog or template file read, in
	// bytes.
	MaxFileSize = 16 << 20
	// MaxListLength is the most entries of any one list or map of a
	// catalog or template file.
	MaxListLength = 1_000
	// MaxEntries is the most entries of all the lists and maps of a
	// catalog or template file together.
	MaxEntries = 10_000
	// MaxTextLength is the most characters of any text of a catalog or
	// template file.
	MaxTextLength = 10_000
)

// Problem is one mistake in a catalog file.
type Problem struct {
	// Path locates the value in the file, e.g. "accelerators[12].solution";
	// empty for the file as a whole.
	Path string
	// Message says what is wrong, e.g. `unknown solution "Analitics"`.
	Message string
}

// String returns the problem as "path: message".
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// LoadError is the error of Load: every problem found in the file.
type LoadError struct {
	Problems []Problem
}

// Error lists the problems one per line, as "path: message".
func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Load reads a catalog file and validates all of it. When the file has
// mistakes it returns a *LoadError listing every one with its JSON path;
// otherwise it returns the Catalog of the file's latest edition (see
// Edition), through which the other editions are reached (Editions,
// InForce). Every edition's Catalog is built, validated and indexed here,
// once, and is safe for concurrent readers. Its Origin is empty: callers
// that know the file's name set it.
//
// The file holds the whole offer of its first edition. A file may add
// "edition" (that edition's name, effective day, source and note) and
// "editions": later editions, oldest first, each with a name, an
// effective day, a source, a note and "changes", each of which sets
// ("value") or removes ("remove": true) the value a fact path addresses
// (see ParseFact and Change). A file without "edition" and "editions" is
// one edition in force from its published day.
//
// The file must be well-formed JSON of at most MaxFileSize bytes, with
// at most MaxListLength entries in a list, MaxEntries in all lists and
// MaxTextLength characters in a text, and:
//   - every field is known, given once and of the right type, and every
//     field whose JSON tag lacks omitempty or omitzero is present;
//   - version and published are set; names, descriptions and the other
//     texts are not empty;
//   - solution, tier, region, response table and phase IDs are unique in
//     their list, and item IDs (accelerators, field activities, proactive
//     activities, add-ons) are unique across all four;
//   - every solution, family, tier and phase named anywhere exists, and no
//     family chain loops;
//   - every add-on and comparison row has a value for every tier;
//   - response targets use a known clock and priority, give minutes or
//     business days as the clock needs, and each table has exactly one
//     target per tier and priority; there is one standard table;
//   - region time zones load, business hours are HH:MM with closing after
//     opening, holidays are dated and not listed twice;
//   - follow-up reminders come later and with fewer days left each time,
//     and the case closes after the last one;
//   - the five phases appear once each, in the order of PhaseOrder;
//   - categories come from Categories, hours lie within MinHours..MaxHours;
//   - sources have unique IDs (not "seed" or "liftoff"), a title and a
//     day, and every source named is "seed", "liftoff" or one of them;
//   - later editions need the first one's "edition"; their effective days
//     come in strictly increasing order after the first edition's; each
//     lists at least one change; every change has a source (its own or its
//     edition's), a fact path that parses and addresses a value (or, to
//     add, a list to add the entry to), either a value that differs from
//     the one there or "remove" for a value that exists, and touches
//     neither version, published nor sources;
//   - the offer of every edition, changes applied, passes all these
//     rules; its problems are reported under that edition ("editions[1]")
//     with the path of the value in the offer, entries named by key.
//
// A change that sets a value inside an entry that has a source, or adds
// or replaces such an entry, sets the entry's source to the change's.
func Load(r io.Reader) (*Catalog, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read catalog: %w", err)
	}
	return loadBytes(data)
}

// loadBytes is Load on a file already in memory.
func loadBytes(data []byte) (*Catalog, error) {
	var probs problemList
	if len(data) > MaxFileSize {
		probs.add("", fmt.Sprintf("the file is larger than %d MiB", MaxFileSize>>20))
		return nil, probs.err()
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte-order mark some editors write
	f := &catalogFile{}
	complete := decodeStrict(data, f, &probs)
	if !complete {
		return nil, probs.err()
	}
	validate(&f.Catalog, &probs)
	firstOK := len(probs.list) == 0
	if firstOK {
		f.Catalog.buildIndex()
	}
	latest := loadEditions(data, f, firstOK, &probs)
	if err := probs.err(); err != nil {
		return nil, err
	}
	return latest, nil
}

// problemList collects problems. Paths where the decoder found a value it
// could not use are marked bad: the rules run afterwards on the zero value
// left there, and their complaints about it (or anything inside it) would
// only repeat the first.
type problemList struct {
	list []Problem
	bad  map[string]bool
}

// add records a problem, unless it lies at or under a bad path.
func (l *problemList) add(path, msg string) {
	if l.underBad(path) {
		return
	}
	l.list = append(l.list, Problem{Path: path, Message: msg})
}

// addBad records a decoding problem and marks its path bad.
func (l *problemList) addBad(path, msg string) {
	if l.bad == nil {
		l.bad = map[string]bool{}
	}
	l.bad[path] = true
	l.list = append(l.list, Problem{Path: path, Message: msg})
}

// underBad reports whether path is a bad path or lies inside one.
func (l *problemList) underBad(path string) bool {
	if len(l.bad) == 0 {
		return false
	}
	for {
		if l.bad[path] {
			return true
		}
		i := strings.LastIndexAny(path, ".[")
		if i <= 0 {
			return l.bad[""]
		}
		path = path[:i]
	}
}

// err returns the problems as a *LoadError, or nil when there are none.
func (l *problemList) err() error {
	if len(l.list) == 0 {
		return nil
	}
	return &LoadError{Problems: l.list}
}
