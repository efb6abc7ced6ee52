package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// ActivitiesHeader returns the header row of ActivitiesCSV in the
// language opts and its settings name (English by default).
func ActivitiesHeader(opts Options) ([]string, error) {
	return csvHeader(opts, "customerID", "customer", "activityID", "plannedDay", "lastDay", "actualDay", "itemID", "activity",
		"kind", "solution", "phase", "hours", "owner", "status", "outcome", "objective", "prepares")
}

// ActionsHeader returns the header row of ActionsCSV in the language opts
// and its settings name (English by default).
func ActionsHeader(opts Options) ([]string, error) {
	return csvHeader(opts, "customerID", "customer", "plan", "actionID", "action", "owner", "side", "dueDay",
		"status", "milestone")
}

// csvHeader names the columns of a CSV file in the language of opts: each
// of columns is a key "doc.csv.COLUMN" of the bundles.
func csvHeader(opts Options, columns ...string) ([]string, error) {
	w, err := newWords(opts.documentLanguage(nil))
	if err != nil {
		return nil, err
	}
	out := make([]string, len(columns))
	for i, c := range columns {
		out[i] = w.T("doc.csv." + c)
	}
	return out, nil
}

// byteOrderMark starts every CSV file: it tells spreadsheets (Excel above
// all) that the file is UTF-8, so that names such as Müller or 株式会社
// are not shown garbled.
const byteOrderMark = "\uFEFF"

// newCSVWriter writes the byte-order mark to w and returns a CSV writer
// on w that ends lines with CRLF, as RFC 4180 asks.
func newCSVWriter(w io.Writer) (*csv.Writer, error) {
	if _, err := io.WriteString(w, byteOrderMark); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw, nil
}

// ActivitiesCSV writes the accounts' activities as CSV: RFC 4180 with CRLF
// line ends, UTF-8 after a byte-order mark, a header row that names the
// columns for people in the language of opts and its settings
// (ActivitiesHeader), days as YYYY-MM-DD (the last day only for work over
// several days, the actual day only where recorded) and hours as plain
// numbers. Kinds and statuses are written as the identifiers Liftoff
// stores ("accelerator", "scheduled") in every language, so that a
// spreadsheet can filter on them. Cells are neutralised against formula
// injection; see SafeCell.
func ActivitiesCSV(w io.Writer, cat *catalog.Catalog, accts []planner.Account, opts Options) error {
	header, err := ActivitiesHeader(opts)
	if err != nil {
		return fmt.Errorf("write activities CSV: %w", err)
	}
	cat = cat.In(opts.documentLanguage(nil)) // the offer's names in the header's language
	cw, err := newCSVWriter(w)
	if err != nil {
		return fmt.Errorf("write activities CSV: %w", err)
	}
	if err := cw.Write(safeRow(header)); err != nil {
		return fmt.Errorf("write activities CSV: %w", err)
	}
	for _, a := range accts {
		for _, act := range a.Activities {
			name, kind := act.ItemID, ""
			if it, ok := cat.Item(act.ItemID); ok {
				name, kind = it.Name, string(it.Kind)
			}
			solution := ""
			if act.Solution != "" {
				solution = cat.SolutionName(act.Solution)
			}
			phase := ""
			if act.Phase != "" {
				phase = phaseName(cat, act.Phase)
			}
			if act.Title != "" {
				name = act.Title
			}
			row := []string{a.Customer.ID.String(), a.Customer.Name, act.ID.String(), act.Date.String(), act.EndDate.String(),
				act.ActualDate.String(), act.ItemID, name, kind, solution, phase, strconv.FormatFloat(act.Hours, 'f', -1, 64), act.Owner, string(act.Status), act.Outcome,
				objectiveTitle(a.Plan, act.ObjectiveID), act.PrepareFor}
			if err := cw.Write(safeRow(row)); err != nil {
				return fmt.Errorf("write activities CSV: customer %q: %w", a.Customer.Name, err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write activities CSV: %w", err)
	}
	return nil
}

// ActionsCSV writes the actions of the accounts' Mutual Action Plans as
// CSV, like ActivitiesCSV (ActionsHeader names the columns).
func ActionsCSV(w io.Writer, accts []planner.Account, opts Options) error {
	header, err := ActionsHeader(opts)
	if err != nil {
		return fmt.Errorf("write actions CSV: %w", err)
	}
	cw, err := newCSVWriter(w)
	if err != nil {
		return fmt.Errorf("write actions CSV: %w", err)
	}
	if err := cw.Write(safeRow(header)); err != nil {
		return fmt.Errorf("write actions CSV: %w", err)
	}
	for _, a := range accts {
		if !a.HasPlan() {
			continue
		}
		for _, act := range a.Plan.Actions {
			row := []string{a.Customer.ID.String(), a.Customer.Name, a.Plan.Title, act.ID.String(), act.Title, act.Owner,
				string(act.Side), act.Due.String(), string(act.Status), milestoneTitle(a.Plan, act.MilestoneID)}
			if err := cw.Write(safeRow(row)); err != nil {
				return fmt.Errorf("write actions CSV: customer %q: %w", a.Customer.Name, err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write actions CSV: %w", err)
	}
	return nil
}

// SafeCell neutralises a CSV cell that a spreadsheet would run as a
// formula: a cell starting with =, +, -, @, a tab or a carriage return
// gets a leading apostrophe, which spreadsheets show as text and do not
// evaluate. Other cells are returned unchanged.
func SafeCell(s string) string {
	if s != "" && strings.ContainsAny(s[:1], "=+-@\t\r") {
		return "'" + s
	}
	return s
}

// safeRow neutralises every cell of a row in place.
func safeRow(row []string) []string {
	for i, c := range row {
		row[i] = SafeCell(c)
	}
	return row
}
