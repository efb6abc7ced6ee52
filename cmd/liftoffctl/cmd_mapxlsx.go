package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

func exportXLSX(fs *flagSet, e *env) func([]string) error {
	what := fs.String("what", "map", "what to write: map (the customer's copy of the Mutual Action Plan, to fill in and send back)")
	cust := declareCustomerFlag(fs, customerUsage)
	lang := fs.String("lang", "", "`language` of the workbook: "+strings.Join(planner.DocumentLanguages(), ", ")+" (default: the customer's document language, else the settings')")
	out := fs.String("o", "", "output `file` (- for standard output; required)")
	return func(args []string) error {
		if err := oneOf("--what", *what, []string{"map"}); err != nil {
			return err
		}
		if err := emptyOrOneOf("language", *lang, planner.DocumentLanguages()); err != nil {
			return err
		}
		if *out == "" {
			return usagef("-o FILE is required")
		}
		return cust.withAccount(e, true, func(s *session, a planner.Account) error {
			if !a.HasPlan() {
				return fmt.Errorf("%s has no Mutual Action Plan yet: create one with \"liftoffctl map create\" or \"liftoffctl map from-template\"", a.Customer.Name)
			}
			settings, err := s.db.Settings()
			if err != nil {
				return err
			}
			opts := export.Options{Language: *lang, Settings: settings, Author: settings.Profile.Name, Now: e.now()}
			return writeOutput(e, *out, func(w io.Writer) error { return export.MapWorkbook(w, a, opts) })
		})
	}
}

// mapImportJSON is what import map-xlsx --json prints.
type mapImportJSON struct {
	Customer string               `json:"customer"`
	Plan     string               `json:"plan"`
	Changes  []planner.PlanChange `json:"changes"`
	Refused  []planner.RowProblem `json:"refused"`
	// Applied are the keys of the changes saved; empty without --apply.
	Applied []string `json:"applied"`
}

func importMapXLSX(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, "the `customer` (ID or name) whose plan the workbook is of")
	apply := fs.Bool("apply", false, "save the proposed changes (all of them, or those --only names)")
	only := fs.String("only", "", "with --apply, save only the changes of these `keys` (comma-separated, as listed: an item's ID or the start of it, or new-ROW)")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		if *only != "" && !*apply {
			return usagef("--only chooses what --apply saves: add --apply")
		}
		data, err := readInput(e, args[0])
		if err != nil {
			return err
		}
		return cust.withAccount(e, !*apply, func(s *session, a planner.Account) error {
			if !a.HasPlan() {
				return fmt.Errorf("%s has no Mutual Action Plan to update", a.Customer.Name)
			}
			changes, refused, err := export.MapWorkbookChanges(e.context(), bytes.NewReader(data), a.Plan)
			if err != nil {
				return fmt.Errorf("%s: nothing imported: %w", args[0], err)
			}
			chosen := changes
			if *only != "" {
				if chosen, err = chooseChanges(changes, *only); err != nil {
					return err
				}
			}
			var applied []string
			if *apply && len(chosen) > 0 {
				p, err := planner.ApplyPlanChanges(a.Plan, chosen)
				if err != nil {
					return fmt.Errorf("%s: nothing saved: %w", args[0], err)
				}
				if err := s.putPlan(a, p, false); err != nil {
					return fmt.Errorf("%s: nothing saved: %w", args[0], err)
				}
				for _, c := range chosen {
					if !slices.Contains(applied, c.Key) {
						applied = append(applied, c.Key)
					}
				}
			}
			if *asJSON {
				return writeJSON(e.stdout, mapImportJSON{Customer: a.Customer.Name, Plan: a.Plan.Title, Changes: nonNil(changes),
					Refused: nonNil(refused), Applied: nonNil(applied)})
			}
			if err := printPlanChanges(e.stdout, changes, refused); err != nil {
				return err
			}
			switch {
			case !*apply:
				fmt.Fprintf(e.stderr, "%d %s proposed, %d %s refused; nothing saved (add --apply to save, --only KEY,KEY for some)\n",
					len(changes), plural(len(changes), "change"), len(refused), plural(len(refused), "row"))
			case len(chosen) == 0:
				fmt.Fprintln(e.stderr, "nothing to save")
			default:
				fmt.Fprintf(e.stderr, "saved %d %s to the plan of %s\n", len(chosen), plural(len(chosen), "change"), a.Customer.Name)
			}
			return nil
		})
	}
}

// maxInput is the most readInput reads: more than a workbook may be, so
// that the reader can say the file is too large.
const maxInput = 64 << 20

// readInput reads the file path, or standard input for "-", up to
// maxInput bytes.
func readInput(e *env, path string) ([]byte, error) {
	r, closeInput, err := openInput(e, path)
	if err != nil {
		return nil, fmt.Errorf("read the workbook: %w", err)
	}
	defer closeInput()
	data, err := io.ReadAll(io.LimitReader(r, maxInput))
	if err != nil {
		return nil, fmt.Errorf("read the workbook %s: %w", path, err)
	}
	return data, nil
}

// chooseChanges returns the changes whose keys the comma-separated list
// keys names: a key is a change's key, or the start (8 characters or
// more) of one item's ID. A key that names no change, or the start of
// several items' IDs, is a usage mistake.
func chooseChanges(changes []planner.PlanChange, keys string) ([]planner.PlanChange, error) {
	picked := map[string]bool{}
	for _, k := range strings.Split(keys, ",") {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		var matches []string
		for _, c := range changes {
			exact := c.Key == k
			if (exact || (len(k) >= 8 && c.ID != (planner.ID{}) && strings.HasPrefix(c.Key, k))) && !slices.Contains(matches, c.Key) {
				if exact {
					matches = []string{c.Key}
					break
				}
				matches = append(matches, c.Key)
			}
		}
		switch len(matches) {
		case 0:
			return nil, usagef("--only %s: no proposed change has this key", k)
		case 1:
			picked[matches[0]] = true
		default:
			return nil, usagef("--only %s: starts the keys of %d items (%s): give more of it", k, len(matches), strings.Join(matches, ", "))
		}
	}
	var out []planner.PlanChange
	for _, c := range changes {
		if picked[c.Key] {
			out = append(out, c)
		}
	}
	return out, nil
}

// printPlanChanges prints the proposed changes as a table, then the
// refused rows.
func printPlanChanges(w io.Writer, changes []planner.PlanChange, refused []planner.RowProblem) error {
	if len(changes) == 0 {
		fmt.Fprintln(w, "no changes proposed")
	}
	if len(changes) > 0 {
		if err := printChangeTable(w, changes); err != nil {
			return err
		}
	}
	if len(refused) > 0 {
		fmt.Fprintln(w, "\nRefused rows (nothing of them is taken):")
		for _, r := range refused {
			fmt.Fprintf(w, "  %s\n", r)
		}
	}
	return nil
}

// printChangeTable prints the proposed changes as a table.
func printChangeTable(w io.Writer, changes []planner.PlanChange) error {
	t := newTable(w, "KEY", "ITEM", "FIELD", "BEFORE", "AFTER", "ROW")
	for _, c := range changes {
		item := string(c.Part) + " " + c.Title
		after := c.After
		if c.Field == planner.FieldNewAction && c.NewAction != nil {
			item = "new action"
			var parts []string
			if c.NewAction.Owner != "" {
				parts = append(parts, "owner "+c.NewAction.Owner)
			}
			if !c.NewAction.Due.IsZero() {
				parts = append(parts, "due "+c.NewAction.Due.String())
			}
			parts = append(parts, string(c.NewAction.Status))
			after = fmt.Sprintf("%s (%s)", c.NewAction.Title, strings.Join(parts, ", "))
		}
		t.row(c.Key, item, string(c.Field), orDash(c.Before), orDash(after), fmt.Sprintf("%s %d", c.Sheet, c.Row))
	}
	return t.flush()
}
