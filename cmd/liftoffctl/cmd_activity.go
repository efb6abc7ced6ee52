package main

import (
	"fmt"
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func activityCommands() []command {
	return []command{
		{name: "activity add", summary: "Schedule a catalog item for a customer (checked against entitlements, allowances and the calendar)", setup: activityAdd},
		{name: "activity list", summary: "List activities of one customer or all, in a quarter or a date range", setup: activityList},
		{name: "activity set-status", args: "ACTIVITY-ID STATUS", summary: "Set an activity's status: proposed, scheduled, delivered or cancelled", setup: activitySetStatus},
	}
}

func activityAdd(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	cust := fs.String("customer", "", "the `customer` (ID or name)")
	item := fs.String("item", "", "catalog item `ID` (see liftoffctl catalog list)")
	date := fs.String("date", "", "planned `day` (YYYY-MM-DD)")
	solution := fs.String("solution", "", "`solution` it is delivered for (required for field activities)")
	phase := fs.String("phase", "", "engagement `phase` it belongs to")
	hours := fs.Float("hours", 0, "expert `hours` (default: the item's typical hours)")
	owner := fs.String("owner", "", "who delivers it")
	status := fs.String("status", "scheduled", "`status`: proposed, scheduled, delivered or cancelled")
	force := fs.Bool("force", false, "save even when the plan check finds conflicts")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		st, err := planner.ParseActivityStatus(*status)
		if err != nil {
			return usageError{err.Error()}
		}
		day, err := parseDay("date", *date)
		if err != nil {
			return err
		}
		if day.IsZero() {
			return usagef("--date is required")
		}
		return withSession(e, *db, false, func(s *session) error {
			a, err := s.account(*cust)
			if err != nil {
				return err
			}
			it, ok := s.cat.Item(*item)
			if !ok {
				return usagef("unknown catalog item %q (list them with: liftoffctl catalog list)", *item)
			}
			act := planner.Activity{ID: planner.NewID(), CustomerID: a.Customer.ID, ItemID: it.ID, Solution: catalog.SolutionID(*solution),
				Phase: catalog.PhaseID(*phase), Date: day, Hours: *hours, Owner: *owner, Status: st}
			if act.Hours == 0 {
				act.Hours = float64(it.Hours)
			}
			if act.Solution == "" && it.Kind == catalog.KindAccelerator {
				act.Solution = it.Solutions[0]
			}
			if err := act.Validate(s.cat); err != nil {
				return err
			}
			conflicts, err := s.conflictsWith(a, act)
			if err != nil {
				return err
			}
			for _, c := range conflicts {
				fmt.Fprintf(e.stderr, "conflict: %s\n", c.Reason)
			}
			if len(conflicts) > 0 && !*force {
				return fmt.Errorf("not saved: %d %s (add --force to save anyway)", len(conflicts), plural(len(conflicts), "conflict"))
			}
			saved, err := s.db.PutActivity(act)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "added %s %s on %s for %s\n", saved.ID, it.Name, saved.Date, a.Customer.Name)
			return nil
		})
	}
}

// conflictsWith returns the plan conflicts that concern act once it is
// added to the portfolio (in the quarter of its day).
func (s *session) conflictsWith(a planner.Account, act planner.Activity) ([]planner.Conflict, error) {
	settings, err := s.db.Settings()
	if err != nil {
		return nil, err
	}
	accounts, err := s.accounts(nil)
	if err != nil {
		return nil, err
	}
	for i := range accounts {
		if accounts[i].Customer.ID == a.Customer.ID {
			accounts[i].Activities = append(accounts[i].Activities, act)
		}
	}
	all, err := planner.CheckPlan(planner.PlanInput{Catalog: s.cat, Settings: settings, Accounts: accounts, Quarter: planner.QuarterOf(act.Date)})
	if err != nil {
		return nil, err
	}
	var mine []planner.Conflict
	for _, c := range all {
		if c.ActivityID == act.ID || (c.ActivityID == (planner.ID{}) && c.Week == planner.MondayOf(act.Date)) {
			mine = append(mine, c)
		}
	}
	return mine, nil
}

func activityList(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	cust := fs.String("customer", "", "only this `customer` (ID or name)")
	quarter := fs.String("quarter", "", "only this `quarter`, e.g. 2027Q1")
	from := fs.String("from", "", "first `day` (YYYY-MM-DD)")
	to := fs.String("to", "", "last `day` (YYYY-MM-DD)")
	asJSON := fs.Bool("json", false, "print JSON")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		first, err := parseDay("from", *from)
		if err != nil {
			return err
		}
		last, err := parseDay("to", *to)
		if err != nil {
			return err
		}
		if *quarter != "" {
			q, err := planner.ParseQuarter(*quarter)
			if err != nil {
				return usageError{err.Error()}
			}
			first, last = q.First(), q.Last()
		}
		return withSession(e, *db, true, func(s *session) error {
			var list []planner.Activity
			names := map[planner.ID]string{}
			if *cust != "" {
				a, err := s.account(*cust)
				if err != nil {
					return err
				}
				names[a.Customer.ID] = a.Customer.Name
				for _, act := range a.Activities {
					if (first.IsZero() || !act.Date.Before(first)) && (last.IsZero() || !act.Date.After(last)) {
						list = append(list, act)
					}
				}
			} else {
				if first.IsZero() && last.IsZero() {
					q := planner.QuarterOf(s.today())
					first, last = q.First(), q.Last()
				}
				if first.IsZero() || last.IsZero() {
					return usagef("give both --from and --to, or --quarter")
				}
				list, err = s.db.Activities(first, last)
				if err != nil {
					return err
				}
				cs, err := s.db.Customers()
				if err != nil {
					return err
				}
				for _, c := range cs {
					names[c.ID] = c.Name
				}
			}
			slices.SortStableFunc(list, func(a, b planner.Activity) int { return a.Date.Compare(b.Date) })
			if *asJSON {
				return writeJSON(e.stdout, nonNil(list))
			}
			t := newTable(e.stdout, "ID", "DATE", "CUSTOMER", "ITEM", "SOLUTION", "PHASE", "HOURS", "STATUS")
			for _, act := range list {
				t.row(act.ID.String(), act.Date.String(), names[act.CustomerID], itemName(s.cat, act.ItemID), orDash(s.cat.SolutionName(act.Solution)),
					orDash(string(act.Phase)), fmt.Sprint(act.Hours), string(act.Status))
			}
			return t.flush()
		})
	}
}

func activitySetStatus(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	outcome := fs.String("outcome", "", "what the activity achieved (for delivered)")
	return func(args []string) error {
		if len(args) != 2 {
			return usagef("want ACTIVITY-ID and STATUS")
		}
		id, err := planner.ParseID(args[0])
		if err != nil {
			return usageError{err.Error()}
		}
		st, err := planner.ParseActivityStatus(args[1])
		if err != nil {
			return usageError{err.Error()}
		}
		return withSession(e, *db, false, func(s *session) error {
			act, err := s.findActivity(id)
			if err != nil {
				return err
			}
			act.Status = st
			if *outcome != "" {
				act.Outcome = *outcome
			}
			if _, err := s.db.PutActivity(act); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s is %s\n", itemName(s.cat, act.ItemID), st)
			return nil
		})
	}
}

// findActivity looks an activity up in every account.
func (s *session) findActivity(id planner.ID) (planner.Activity, error) {
	accounts, err := s.accounts(nil)
	if err != nil {
		return planner.Activity{}, err
	}
	for _, a := range accounts {
		for _, act := range a.Activities {
			if act.ID == id {
				return act, nil
			}
		}
	}
	return planner.Activity{}, usagef("no activity with ID %s", id)
}
