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

// ActivitiesHeader returns the header row of ActivitiesCSV.
func ActivitiesHeader() []string {
	return []string{"customer_id", "customer", "activity_id", "date", "item_id", "item", "kind", "solution",
		"phase", "hours", "owner", "status", "outcome", "objective", "prepares_for"}
}

// ActionsHeader returns the header row of ActionsCSV.
func ActionsHeader() []string {
	return []string{"customer_id", "customer", "plan", "action_id", "title", "owner", "side", "due", "status", "milestone"}
}

// ActivitiesCSV writes the accounts' activities as CSV (RFC 4180, with a
// header row, dates as YYYY-MM-DD and hours as plain numbers). Cells are
// neutralised against formula injection; see SafeCell.
func ActivitiesCSV(w io.Writer, cat *catalog.Catalog, accts []planner.Account) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ActivitiesHeader()); err != nil {
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
			row := []string{a.Customer.ID.String(), a.Customer.Name, act.ID.String(), act.Date.String(), act.ItemID, name, kind,
				solution, phase, strconv.FormatFloat(act.Hours, 'f', -1, 64), act.Owner, string(act.Status), act.Outcome,
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
// CSV, like ActivitiesCSV.
func ActionsCSV(w io.Writer, accts []planner.Account) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ActionsHeader()); err != nil {
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
