package storage

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// MaxCaseFileSize is the largest case file ReadCaseCSV reads, in bytes.
const MaxCaseFileSize = 16 << 20

// PortalCase is one row of a support portal's case export, as
// ReadCaseCSV reads it.
type PortalCase struct {
	// Line is the row's line in the file, from 1 (the header).
	Line   int
	Number string
	Title  string
	// Product is a solution of the catalog, the product of one of its
	// response tables, or empty when the file names none.
	Product  catalog.SolutionID
	Priority catalog.Priority
	Opened   time.Time
	// FirstResponse is zero when the case has no first response yet.
	FirstResponse time.Time
	// Status is empty when the file has no status column or the row no
	// status.
	Status planner.CaseStatus
	// Changed is when the case last changed in the portal (the "Last
	// Modified" column); zero when the file does not say.
	Changed time.Time
	// headers are the file's headers of the columns of CaseCSVColumns,
	// "" for those it lacks: the words problems are named in.
	headers []string
}

// column returns the file's header of column i of CaseCSVColumns, or
// Liftoff's name of it.
func (pc PortalCase) column(i int) string {
	if i < len(pc.headers) && pc.headers[i] != "" {
		return strings.TrimSpace(pc.headers[i])
	}
	return CaseCSVColumns()[i].Field
}

// CaseColumn is a column of a case file: the field of PortalCase it
// fills and the headers that name it.
type CaseColumn struct {
	// Field names the column in Liftoff's words ("Created Date").
	Field string
	// Required reports whether every case file must have the column.
	Required bool
	// Headers are the accepted headers, Field first.
	Headers []string
}

// CaseCSVColumns returns the columns ReadCaseCSV reads, in the order of
// PortalCase's fields, each with the headers it accepts for it (compared
// without regard to letter case, spaces, underscores, hyphens, dots and
// "#").
func CaseCSVColumns() []CaseColumn {
	return []CaseColumn{
		{"Case Number", true, []string{"Case Number", "Case #", "Case No", "Case ID", "Case", "Number", "Ticket Number"}},
		{"Subject", true, []string{"Subject", "Title", "Summary", "Case Subject", "Case Title"}},
		{"Product", false, []string{"Product", "Solution", "Product Name"}},
		{"Priority", true, []string{"Priority", "Severity", "Case Priority"}},
		{"Created Date", true, []string{"Created Date", "Created", "Opened", "Date Opened", "Opened Date", "Created On", "Date Created", "Open Date"}},
		{"First Response", false, []string{"First Response", "First Response Time", "First Response Date", "First Responded", "First Response At"}},
		{"Status", false, []string{"Status", "Case Status", "State"}},
		{"Last Modified", false, []string{"Last Modified", "Last Modified Date", "Last Updated", "Updated", "Modified", "Status Changed"}},
	}
}

// headerKey folds a header so that the spellings of one column compare
// equal.
func headerKey(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '_', '-', '.', '#', '\t':
			return -1
		}
		return r
	}, h)
}

// caseTimeLayouts returns the ways portals write an instant. Those
// without an offset are read in the time zone ReadCaseCSV is given.
func caseTimeLayouts() []string {
	return []string{
		time.RFC3339,
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		"2006-01-02 15:04:05 MST",
		"2006-01-02 15:04 MST",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04 -0700",
		"01/02/2006 15:04:05",
		"01/02/2006 15:04",
		"01/02/2006 3:04 PM",
		"01/02/2006 3:04:05 PM",
		"1/2/2006 15:04",
		"1/2/2006 3:04 PM",
	}
}

// parseCaseTime reads an instant as a portal writes it, in loc when it
// gives no offset.
func parseCaseTime(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range caseTimeLayouts() {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date and time (want 2026-11-20 09:30, 2026-11-20T09:30:00Z or 11/20/2026 9:30 AM)", s)
}

// parseCasePriority reads "P2", "2", "P2 - High" or "2 - High".
func parseCasePriority(s string) (catalog.Priority, error) {
	if p, err := planner.ParsePriority(s); err == nil {
		return p, nil
	}
	head := strings.FieldsFunc(strings.TrimSpace(s), func(r rune) bool { return r == ' ' || r == '-' || r == ':' || r == '(' })
	if len(head) > 0 {
		if p, err := planner.ParsePriority(head[0]); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%q is not a priority (want P1, P2, P3 or P4)", s)
}

// caseProduct returns the product of a case named by a solution's ID or
// name, or a response table's product.
func caseProduct(cat *catalog.Catalog, s string) (catalog.SolutionID, bool) {
	s = strings.TrimSpace(s)
	for _, sol := range cat.Solutions {
		if strings.EqualFold(string(sol.ID), s) || strings.EqualFold(sol.Name, s) {
			return sol.ID, true
		}
	}
	for _, t := range cat.ResponseTables {
		if t.Product != "" && strings.EqualFold(t.Product, s) {
			return catalog.SolutionID(t.Product), true
		}
	}
	return "", false
}

// ReadCaseCSV reads a support portal's case export: comma-separated
// values with a header row whose columns are found by name (see
// CaseCSVHeaders; columns it does not know are left alone), in UTF-8 with
// or without a byte order mark. Instants without an offset are read in
// loc. Every problem is reported in one *planner.ValidationError, each
// named by its line and the column's header as the file writes it
// ("line 4, Priority"): a missing required column, a malformed row, an
// empty number or subject, an unknown priority, product or status, an
// instant that cannot be read, a first response before the opening, and
// a case number the file holds twice. It reads all or nothing.
func ReadCaseCSV(r io.Reader, cat *catalog.Catalog, loc *time.Location) ([]PortalCase, error) {
	if cat == nil || loc == nil {
		return nil, errors.New("read case file: no catalog or time zone")
	}
	raw, err := io.ReadAll(io.LimitReader(r, MaxCaseFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read case file: %w", err)
	}
	fail := func(field, format string, args ...any) error {
		return &planner.ValidationError{What: "case file", Problems: []planner.FieldError{{Field: field, Message: fmt.Sprintf(format, args...)}}}
	}
	if len(raw) > MaxCaseFileSize {
		return nil, fail("", "the file is larger than %d MiB", MaxCaseFileSize>>20)
	}
	raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
	if !utf8.Valid(raw) {
		return nil, fail("", "the file is not UTF-8 text (export it as CSV UTF-8)")
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fail("line 1", "the file is empty (want a header row such as Case Number,Subject,Priority,Created Date)")
	}
	if err != nil {
		return nil, fail("line 1", "%v", csvProblem(err))
	}
	cols := CaseCSVColumns()
	index := make([]int, len(cols)) // column of each field, -1 when absent
	var problems []planner.FieldError
	for i, c := range cols {
		index[i] = -1
		for j, h := range header {
			if !slices.ContainsFunc(c.Headers, func(a string) bool { return headerKey(a) == headerKey(h) }) {
				continue
			}
			if index[i] >= 0 {
				problems = append(problems, planner.FieldError{Field: "line 1", Message: fmt.Sprintf(
					"columns %q and %q both name the %s; keep one", header[index[i]], h, c.Field)})
				continue
			}
			index[i] = j
		}
		if index[i] < 0 && c.Required {
			problems = append(problems, planner.FieldError{Field: "line 1", Message: fmt.Sprintf(
				"no %s column (want one headed %s)", c.Field, quoteList(c.Headers))})
		}
	}
	if len(problems) > 0 {
		return nil, &planner.ValidationError{What: "case file", Problems: problems}
	}
	var out []PortalCase
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			problems = append(problems, planner.FieldError{Field: fmt.Sprintf("line %d", line), Message: csvProblem(err)})
			if len(problems) >= maxProblems {
				break
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(out) >= MaxAccountListLength {
			problems = append(problems, planner.FieldError{Field: fmt.Sprintf("line %d", line), Message: fmt.Sprintf(
				"the file holds more than %d cases, the most one customer keeps", MaxAccountListLength)})
			break
		}
		pc, rowProblems := readCaseRow(cat, loc, header, index, rec, line)
		if first, dup := seen[strings.ToLower(pc.Number)]; dup && pc.Number != "" {
			rowProblems = append(rowProblems, planner.FieldError{Field: fmt.Sprintf("line %d, %s", line, header[index[0]]),
				Message: fmt.Sprintf("case %s is also on line %d", pc.Number, first)})
		} else if pc.Number != "" {
			seen[strings.ToLower(pc.Number)] = line
		}
		problems = append(problems, rowProblems...)
		if len(problems) >= maxProblems {
			break
		}
		out = append(out, pc)
	}
	if len(problems) > 0 {
		if len(problems) > maxProblems {
			problems = problems[:maxProblems]
		}
		return nil, &planner.ValidationError{What: "case file", Problems: problems}
	}
	return out, nil
}

// readCaseRow reads one row; index gives the column of each field of
// CaseCSVColumns, -1 when absent.
func readCaseRow(cat *catalog.Catalog, loc *time.Location, header []string, index []int, rec []string, line int) (PortalCase, []planner.FieldError) {
	pc := PortalCase{Line: line, headers: make([]string, len(index))}
	for i, j := range index {
		pc.headers[i] = headerOr(header, j)
	}
	var problems []planner.FieldError
	cell := func(i int) (string, string) {
		if index[i] < 0 || index[i] >= len(rec) {
			return "", headerOr(header, index[i])
		}
		return strings.TrimSpace(rec[index[i]]), header[index[i]]
	}
	add := func(h, format string, args ...any) {
		problems = append(problems, planner.FieldError{Field: fmt.Sprintf("line %d, %s", line, strings.TrimSpace(h)), Message: fmt.Sprintf(format, args...)})
	}
	if len(rec) != len(header) {
		problems = append(problems, planner.FieldError{Field: fmt.Sprintf("line %d", line), Message: fmt.Sprintf(
			"has %d values where the header has %d columns", len(rec), len(header))})
		return pc, problems
	}
	var h string
	pc.Number, h = cell(0)
	if pc.Number == "" {
		add(h, "is empty (want the portal's case number)")
	} else if t := planner.CheckText(pc.Number, planner.LineText); !t.IsZero() {
		add(h, "%s", t)
	}
	pc.Title, h = cell(1)
	if pc.Title == "" {
		add(h, "is empty (want the case's subject)")
	} else if t := planner.CheckText(pc.Title, planner.LineText); !t.IsZero() {
		add(h, "%s", t)
	}
	if v, h := cell(2); v != "" {
		if p, ok := caseProduct(cat, v); ok {
			pc.Product = p
		} else {
			add(h, "unknown product %q (want a solution of the catalog, by ID or name, or %s)", v, planner.ProductCommerceManaged)
		}
	}
	if v, h := cell(3); v == "" {
		add(h, "is empty (want P1, P2, P3 or P4)")
	} else if p, err := parseCasePriority(v); err != nil {
		add(h, "%v", err)
	} else {
		pc.Priority = p
	}
	if v, h := cell(4); v == "" {
		add(h, "is empty (want when the case was opened)")
	} else if t, err := parseCaseTime(v, loc); err != nil {
		add(h, "%v", err)
	} else {
		pc.Opened = t
	}
	if v, h := cell(5); v != "" {
		if t, err := parseCaseTime(v, loc); err != nil {
			add(h, "%v", err)
		} else if !pc.Opened.IsZero() && t.Before(pc.Opened) {
			add(h, "is before the case was opened")
		} else {
			pc.FirstResponse = t
		}
	}
	if v, h := cell(6); v != "" {
		if st, err := planner.ParseSupportCaseStatus(v); err != nil {
			add(h, "%v", err)
		} else {
			pc.Status = st
		}
	}
	if v, h := cell(7); v != "" {
		if t, err := parseCaseTime(v, loc); err != nil {
			add(h, "%v", err)
		} else {
			pc.Changed = t
		}
	}
	return pc, problems
}

func headerOr(header []string, i int) string {
	if i >= 0 && i < len(header) {
		return header[i]
	}
	return ""
}

// csvProblem says what is wrong with a row encoding/csv refused, without
// the position it also gives (the field names the line).
func csvProblem(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("is not valid CSV: %v", pe.Err)
	}
	return err.Error()
}

// quoteList writes names as "a", "b" or "c".
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// CaseImportResult says what ImportCases changed.
type CaseImportResult struct {
	// Added counts cases the customer did not have.
	Added int
	// Updated counts stored cases of which something changed.
	Updated int
	// Unchanged counts stored cases the file holds as they were.
	Unchanged int
}

// ImportCases merges the cases of a portal's case export (ReadCaseCSV)
// into the support cases of customer, in one transaction: all of them
// or, on any problem, none. A row whose case number (compared without
// regard to letter case and surrounding space) the customer has already
// updates that case rather than adding another: its subject, product,
// priority and opening take the file's values, a first response the file
// gives replaces the stored one, and a status other than the case's
// current one is recorded as a change of its history (SetStatus), at the
// row's "Last Modified" instant or, when the file gives none, at the time
// of the import. A new case starts as new and, when the file gives
// another status, changes to it the same way. Problems come as one
// *planner.ValidationError, each named by the row's line and the
// column's header; an unknown customer gives an error wrapping
// ErrNotFound. Before the import the database is backed up if this
// session changed it since its last backup. Once ctx is done the import
// stops with an error wrapping ctx.Err() and the database is left as it
// was.
func (db *DB) ImportCases(ctx context.Context, customer planner.ID, rows []PortalCase) (CaseImportResult, error) {
	var res CaseImportResult
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("import cases: %w", err)
	}
	if err := db.usable(); err != nil {
		return res, err
	}
	if err := db.backupBeforeBulkChange(); err != nil {
		return res, fmt.Errorf("import cases: back up first: %w", err)
	}
	now := db.now()
	err := db.update(func(t *txn) error {
		res = CaseImportResult{}
		acc, err := loadAccount(t.tx, customer)
		if err != nil {
			return err
		}
		rules := planner.CustomerCatalog(db.cat, acc.Customer).FollowUp
		var problems []planner.FieldError
		lineOf := map[int]PortalCase{} // index in acc.Cases -> row
		added := map[int]bool{}
		for n, row := range rows {
			if n%importBatch == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			i := slices.IndexFunc(acc.Cases, func(c planner.SupportCase) bool {
				return strings.EqualFold(strings.TrimSpace(c.Number), strings.TrimSpace(row.Number))
			})
			var c planner.SupportCase
			if i < 0 {
				c = planner.NewSupportCase(customer, strings.TrimSpace(row.Number), row.Title, row.Product, row.Priority, row.Opened)
				i = len(acc.Cases)
				acc.Cases = append(acc.Cases, c)
				added[i] = true
			} else {
				c = acc.Cases[i]
				c.Title, c.Product, c.Priority, c.Opened = row.Title, row.Product, row.Priority, row.Opened
			}
			if !row.FirstResponse.IsZero() {
				c.FirstResponse = row.FirstResponse
			}
			if row.Status != "" && row.Status != c.Status {
				at := row.Changed
				if at.IsZero() {
					at = now
				}
				if err := c.SetStatus(rules, row.Status, at); err != nil {
					problems = append(problems, rowProblems(row, err, 6)...)
				}
			}
			lineOf[i] = row
			acc.Cases[i] = c
		}
		if len(acc.Cases) > MaxAccountListLength {
			problems = append(problems, planner.FieldError{Message: fmt.Sprintf(
				"with these cases the customer would have %d, more than the %d one customer keeps", len(acc.Cases), MaxAccountListLength)})
		}
		if len(problems) > 0 {
			return &planner.ValidationError{What: "case file", Problems: problems}
		}
		if v, ok := planner.AsValidation(acc.Validate(db.cat)); ok {
			for _, p := range v.Problems {
				var i int
				if n, _ := fmt.Sscanf(p.Field, "cases[%d]", &i); n != 1 {
					continue // the rest of the account was checked when it was saved
				}
				row, ok := lineOf[i]
				if !ok {
					continue
				}
				field := strings.TrimPrefix(p.Field, fmt.Sprintf("cases[%d]", i))
				field = strings.TrimPrefix(field, ".")
				problems = append(problems, planner.FieldError{Field: fmt.Sprintf("line %d, %s", row.Line, row.column(columnOfCaseField(field))), Message: p.Message})
			}
		} else if err != nil {
			return err
		}
		if len(problems) > 0 {
			return &planner.ValidationError{What: "case file", Problems: problems}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		for i := range acc.Cases {
			if _, ok := lineOf[i]; !ok {
				continue
			}
			did, err := t.putCase(acc.Cases[i])
			switch {
			case err != nil:
				return err
			case added[i]:
				res.Added++
			case did:
				res.Updated++
			default:
				res.Unchanged++
			}
		}
		return ctx.Err() // the last look before the change is committed
	})
	if err != nil {
		return CaseImportResult{}, wrapUnlessValidation(err, "import cases")
	}
	return res, nil
}

// importBatch is how many rows an import reads between looks at its
// context.
const importBatch = 256

// rowProblems returns the problems of err, a change of the case of row,
// named by the row's line and the header of column col.
func rowProblems(row PortalCase, err error, col int) []planner.FieldError {
	field := fmt.Sprintf("line %d, %s", row.Line, row.column(col))
	v, ok := planner.AsValidation(err)
	if !ok {
		return []planner.FieldError{{Field: field, Message: err.Error()}}
	}
	out := make([]planner.FieldError, len(v.Problems))
	for i, p := range v.Problems {
		out[i] = planner.FieldError{Field: field, Message: p.Message}
	}
	return out
}

// columnOfCaseField returns the column of CaseCSVColumns that fills
// field of a planner.SupportCase ("priority", "history[2].at").
func columnOfCaseField(field string) int {
	name, _, _ := strings.Cut(field, ".")
	name, _, _ = strings.Cut(name, "[")
	switch name {
	case "number":
		return 0
	case "title":
		return 1
	case "product":
		return 2
	case "priority":
		return 3
	case "opened":
		return 4
	case "firstResponse":
		return 5
	}
	return 6 // the status and its history
}
