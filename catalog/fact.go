package catalog

import (
	"errors"
	"fmt"
	"strings"
)

// Fact addresses one value of an offer by a path over the JSON of the
// catalog file, such as "addons[mentor-sessions].states.expert". A step
// is either a field name (of an object or a map, such as "states" or
// "expert") or, after a list, the key of one of its entries in square
// brackets. Entries are keyed by their "id" field, except the entries of
// the lists named in EntryKeys. A key holds any text but "]" and does not
// start or end with spaces.
type Fact []FactStep

// FactStep is one step of a Fact: exactly one of Field and Entry is set.
type FactStep struct {
	// Field is the name of an object's field or a map's key.
	Field string
	// Entry is the key of a list entry ("mentor-sessions").
	Entry string
}

// EntryKeys returns, for the lists whose entries have no "id" field, the
// field that keys their entries in a Fact and in Diff: comparison rows
// by topic, language rules by language and holidays by date. Lists of
// plain values and lists of entries with no key field (response targets,
// follow-up reminders) are addressed as a whole.
func EntryKeys() map[string]string {
	keys := map[string]string{}
	for _, list := range []string{"comparison", "languages", "holidays"} {
		keys[list] = entryKey(list)
	}
	return keys
}

// entryKey returns the key field of the entries of the list named list.
func entryKey(list string) string {
	switch list {
	case "comparison":
		return "topic"
	case "languages":
		return "language"
	case "holidays":
		return "date"
	}
	return "id"
}

// ParseFact parses a fact path such as "addons[mentor-sessions].states.expert"
// or "comparison[Success team].values.ultimate". The path starts with a
// field name; a field name holds letters, digits, "-" and "_".
func ParseFact(s string) (Fact, error) {
	if s == "" {
		return nil, errors.New("empty fact path")
	}
	var f Fact
	rest := s
	for first := true; rest != ""; first = false {
		switch {
		case rest[0] == '[':
			if first {
				return nil, fmt.Errorf("fact %q: starts with an entry key; want a field name first, e.g. addons[%s]", s, rest[1:min(len(rest), 20)])
			}
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				return nil, fmt.Errorf("fact %q: %q has no closing ]", s, rest)
			}
			k := rest[1:end]
			if k == "" || strings.TrimSpace(k) != k {
				return nil, fmt.Errorf("fact %q: entry key %q is empty or has spaces around it", s, k)
			}
			if strings.ContainsRune(k, '[') {
				return nil, fmt.Errorf("fact %q: entry key %q holds a [", s, k)
			}
			f = append(f, FactStep{Entry: k})
			rest = rest[end+1:]
		case first || rest[0] == '.':
			if !first {
				rest = rest[1:]
			}
			n := 0
			for n < len(rest) && isFieldChar(rest[n]) {
				n++
			}
			if n == 0 {
				return nil, fmt.Errorf("fact %q: want a field name at %q", s, rest)
			}
			f = append(f, FactStep{Field: rest[:n]})
			rest = rest[n:]
		default:
			return nil, fmt.Errorf("fact %q: want \".\" or \"[\" at %q", s, rest)
		}
	}
	return f, nil
}

func isFieldChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// String writes the fact as ParseFact reads it.
func (f Fact) String() string {
	var b strings.Builder
	for i, s := range f {
		if s.Entry != "" {
			b.WriteString("[" + s.Entry + "]")
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.Field)
	}
	return b.String()
}
