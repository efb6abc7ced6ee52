package main

import (
	"encoding/json"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// table prints rows aligned in columns, with a header row. Columns are
// measured in terminal cells, so that Japanese names (two cells a
// character) line up with Latin ones.
type table struct {
	w    io.Writer
	rows [][]string
}

func newTable(w io.Writer, header ...string) *table {
	t := &table{w: w}
	t.row(header...)
	return t
}

// row adds one row; tabs and newlines inside cells are replaced by spaces.
func (t *table) row(cells ...string) {
	clean := make([]string, len(cells))
	for i, c := range cells {
		clean[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(c)
	}
	t.rows = append(t.rows, clean)
}

// flush writes the rows, each column as wide as its widest cell plus two
// spaces; the last column is not padded.
func (t *table) flush() error {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], cells(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-cells(c)+2))
			}
		}
		b.WriteByte('\n')
	}
	t.rows = nil
	_, err := io.WriteString(t.w, b.String())
	return err
}

// cells returns how many terminal cells s takes: two for wide and
// full-width characters, none for combining marks (the diaeresis of a
// "Müller" written as u and U+0308) and format characters such as the
// zero width joiner, one for the others.
func cells(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case width.LookupRune(r).Kind() == width.EastAsianWide || width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// printRows prints rows to w: as JSON when asJSON, else as a table with
// header, to which addRow adds the line or lines of each row.
func printRows[T any](w io.Writer, asJSON bool, rows []T, header []string, addRow func(t *table, r T)) error {
	if asJSON {
		return writeJSON(w, rows)
	}
	t := newTable(w, header...)
	for _, r := range rows {
		addRow(t, r)
	}
	return t.flush()
}
