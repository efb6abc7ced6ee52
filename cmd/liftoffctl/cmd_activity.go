package main

import (
	"fmt"
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func activityAdd(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	item := fs.String("item", "", "catalog item `ID` (see liftoffctl catalog list), such as touchpoint-qbr")
	title := fs.Text("title", planner.LineText, "the activity's own title (required for touchpoint-custom)")
	date := fs.String("date", "", "planned `day` (YYYY-MM-DD); with --repeat, the first occurrence")
	end := fs.String("end", "", "last planned `day` of work over several days (YYYY-MM-DD)")
	solution := fs.String("solution", "", "`solution` it is delivered for (required for field activities)")
	phase := fs.String("phase", "", "engagement `phase` it belongs to")
	hours := fs.Float("hours", 0, hoursRange(), "expert `hours` (default: the item's typical hours)")
	owner := fs.Text("owner", planner.LineText, "who delivers it")
	vendorOwner := fs.Text("vendor-owner", planner.LineText, "who answers for it on the vendor's side")
	customerOwner := fs.Text("customer-owner", planner.LineText, "who answers for it on the customer's side")
	priority := fs.String("priority", "normal", "`priority`: urgent, high, normal or low")
	nextSteps := fs.Text("next-steps", planner.LongText, "what follows the activity")
	status := fs.String("status", "scheduled", "`status`: requested, proposed, scheduled or cancelled (record a delivery with activity deliver)")
	repeat := fs.String("repeat", "", "repeat by `rule`: weekly, biweekly, monthly (same day of the month) or monthly-nth (same weekday, e.g. second Tuesday); days off move to the next business day")
	count := fs.Int("count", 0, anyInt(), "with --repeat: how many `times` (at most 260)")
	until := fs.String("until", "", "with --repeat: the last `day` an occurrence may fall on (YYYY-MM-DD)")
	force := fs.Bool("force", false, "save even when the plan check finds conflicts")
	objective := fs.String("objective", "", "the plan `objective` it serves: its ID or the start of its title")
	return func(args []string) error {
		st, err := namedValue("--status", *status, planner.ParseActivityStatus)
		if err != nil {
			return err
		}
		if st == planner.ActivityDelivered {
			return usagef("--status delivered: add the activity, then record its delivery with: liftoffctl activity deliver ID --actual-date DAY --actual-hours H")
		}
		prio, err := namedValue("--priority", *priority, planner.ParseActivityPriority)
		if err != nil {
			return err
		}
		day, err := parseDay("date", *date)
		if err != nil {
			return err
		}
		if day.IsZero() {
			return usagef("--date is required")
		}
		endDay, err := parseDay("end", *end)
		if err != nil {
			return err
		}
		if !endDay.IsZero() && *repeat != "" {
			return usagef("--end and --repeat do not go together: a series repeats work of one day")
		}
		last, err := parseDay("until", *until)
		if err != nil {
			return err
		}
		series, err := seriesFromFlags(*repeat, day, *count, last)
		if err != nil {
			return err
		}
		return cust.withAccount(e, false, func(s *session, a planner.Account) error {
			it, ok := s.cat.Item(*item)
			if !ok {
				return usagef("unknown catalog item %q (list them with: liftoffctl catalog list)", *item)
			}
			act := planner.Activity{ID: planner.NewID(), CustomerID: a.Customer.ID, ItemID: it.ID, Solution: catalog.SolutionID(*solution),
				Phase: catalog.PhaseID(*phase), Date: day, EndDate: endDay, Title: *title, Hours: *hours, Owner: *owner, Status: st,
				Priority: prio, VendorOwner: *vendorOwner, CustomerOwner: *customerOwner, NextSteps: *nextSteps}
			if *objective != "" {
				if act.ObjectiveID, err = objectiveFlag(a, *objective); err != nil {
					return err
				}
			}
			if act.Hours == 0 {
				act.Hours = float64(it.Hours)
			}
			if act.Solution == "" && it.Kind == catalog.KindAccelerator {
				act.Solution = it.Solutions[0]
			}
			if err := act.Validate(s.cat); err != nil {
				return err
			}
			if series == nil {
				if err := s.checkConflicts(a, []planner.Activity{act}, *force); err != nil {
					return err
				}
				if err := s.allowActivity(a, act, *force); err != nil {
					return err
				}
				saved, err := s.db.PutActivity(act)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "added %s %s on %s for %s\n", saved.ID, activityName(s.cat, saved), saved.Date, a.Customer.Name)
				return nil
			}
			series.CustomerID = a.Customer.ID
			cal, err := s.calendar(a.Customer)
			if err != nil {
				return err
			}
			occurrences, err := planner.ExpandSeries(act, *series, cal)
			if err != nil {
				return err
			}
			if err := s.checkConflicts(a, occurrences, *force); err != nil {
				return err
			}
			if err := s.allowActivity(a, act, *force); err != nil {
				return err
			}
			saved, occurrences, err := s.db.PutSeries(*series, occurrences)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "added series %s: %s %s, %d %s, for %s\n", saved.ID, it.Name, *repeat,
				len(occurrences), plural(len(occurrences), "time"), a.Customer.Name)
			for _, o := range occurrences {
				fmt.Fprintf(e.stdout, "  %s %s %s\n", o.ID, o.Date, o.Date.Weekday().String()[:3])
			}
			return nil
		})
	}
}

// repeatRules maps the names --repeat takes to planner's rules.
func repeatRules() map[string]planner.Recurrence {
	return map[string]planner.Recurrence{
		"weekly":      planner.RecurWeekly,
		"biweekly":    planner.RecurBiweekly,
		"monthly":     planner.RecurMonthlyDay,
		"monthly-nth": planner.RecurMonthlyWeekday,
	}
}

// seriesFromFlags returns the series --repeat, --count and --until ask
// for from day start, or nil when --repeat is not given. Its ID is set,
// its customer is not.
func seriesFromFlags(repeat string, start planner.Date, count int, until planner.Date) (*planner.Series, error) {
	if repeat == "" {
		if count != 0 || !until.IsZero() {
			return nil, usagef("--count and --until need --repeat")
		}
		return nil, nil
	}
	rule, ok := repeatRules()[repeat]
	if !ok {
		return nil, oneOf("--repeat rule", repeat, []string{"weekly", "biweekly", "monthly", "monthly-nth"})
	}
	if count == 0 && until.IsZero() {
		return nil, usagef("--repeat needs --count N or --until DAY to end the series")
	}
	s := planner.Series{ID: planner.NewID(), Rule: rule, Start: start, Count: count, Until: until}
	if v, ok := planner.AsValidation(s.Validate()); ok {
		flags := map[string]string{"rule": "--repeat", "start": "--date", "count": "--count", "until": "--until"}
		p := v.Problems[0]
		return nil, usagef("%s: %s", flags[p.Field], p.Message)
	}
	return &s, nil
}

// calendar returns the working calendar of customer c.
func (s *session) calendar(c planner.Customer) (planner.Calendar, error) {
	settings, err := s.db.Settings()
	if err != nil {
		return planner.Calendar{}, err
	}
	return planner.CustomerCalendar(s.cat, settings, c)
}

// checkConflicts prints the plan conflicts that changed (new or moved
// activities of account a) would bring, and refuses to go on when there
// are any, unless force is set.
func (s *session) checkConflicts(a planner.Account, changed []planner.Activity, force bool) error {
	conflicts, err := s.conflictsWith(a, changed)
	if err != nil {
		return err
	}
	for _, c := range conflicts {
		fmt.Fprintf(s.e.stderr, "conflict: %s\n", c.Reason)
	}
	if len(conflicts) > 0 && !force {
		return fmt.Errorf("not saved: %d %s (add --force to save anyway)", len(conflicts), plural(len(conflicts), "conflict"))
	}
	return nil
}

// conflictsWith returns the plan conflicts that concern the activities
// changed once they are in the portfolio (each replacing the stored
// activity with its ID, if any), in the quarters of their days: theirs,
// and those of the weeks they fall in.
func (s *session) conflictsWith(a planner.Account, changed []planner.Activity) ([]planner.Conflict, error) {
	settings, err := s.db.Settings()
	if err != nil {
		return nil, err
	}
	accounts, err := s.db.Accounts()
	if err != nil {
		return nil, err
	}
	ids := make(map[planner.ID]bool, len(changed))
	for _, act := range changed {
		ids[act.ID] = true
	}
	for i := range accounts {
		if accounts[i].Customer.ID != a.Customer.ID {
			continue
		}
		acts := slices.DeleteFunc(accounts[i].Activities, func(x planner.Activity) bool { return ids[x.ID] })
		accounts[i].Activities = append(acts, changed...)
	}
	return planner.ConflictsOf(changed, func(q planner.Quarter) (planner.PlanInput, error) {
		return planner.PlanInput{Catalog: s.cat, Settings: settings, Accounts: accounts, Quarter: q}, nil
	})
}

func activityMove(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	date := fs.String("date", "", "the new `day` (YYYY-MM-DD), a business day in the customer's region")
	series := fs.Bool("series", false, "move this occurrence and the later ones of its series: they follow the series' rule again from the new day")
	force := fs.Bool("force", false, "save even when the plan check finds conflicts")
	return func(args []string) error {
		id, day, err := activityAndDay(args, "date", *date)
		if err != nil {
			return err
		}
		if day.IsZero() {
			return usagef("--date is required")
		}
		return withSession(e, *db, false, func(s *session) error {
			acct, act, err := s.activityAccount(id)
			if err != nil {
				return err
			}
			cal, err := s.calendar(acct.Customer)
			if err != nil {
				return err
			}
			var rule planner.Series
			var moved []planner.Activity
			if *series {
				if act.SeriesID == (planner.ID{}) {
					return usagef("activity %s is not an occurrence of a series: leave out --series", id)
				}
				var ok bool
				if rule, ok = acct.SeriesByID(act.SeriesID); !ok {
					return fmt.Errorf("the rule of series %s is not stored with %s", act.SeriesID, acct.Customer.Name)
				}
				moved, err = planner.MoveSeries(acct.Activities, rule, id, day, cal)
			} else {
				moved, err = planner.MoveOccurrence(acct.Activities, id, day, cal)
			}
			if err != nil {
				return err
			}
			changed, was := planner.MovedDays(acct.Activities, moved)
			name := itemName(s.cat, act.ItemID)
			if len(changed) == 0 {
				fmt.Fprintf(e.stdout, "%s is already on %s\n", name, act.Date)
				return nil
			}
			if err := s.checkConflicts(acct, changed, *force); err != nil {
				return err
			}
			if *series {
				from, occurrences, _ := planner.SeriesWindow(acct.Activities, moved, rule.ID, act.Date)
				if _, err := s.db.ReplaceSeriesFrom(rule, from, occurrences); err != nil {
					return err
				}
			} else if _, err := s.db.PutActivity(changed[0]); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "moved %d %s of %s for %s\n", len(changed), plural(len(changed), "occurrence"), name, acct.Customer.Name)
			for i, m := range changed {
				fmt.Fprintf(e.stdout, "  %s %s -> %s %s\n", m.ID, was[i].Date, m.Date, m.Date.Weekday().String()[:3])
			}
			return nil
		})
	}
}

// activityAccount returns the account that holds activity id, and the
// activity.
func (s *session) activityAccount(id planner.ID) (planner.Account, planner.Activity, error) {
	accounts, err := s.db.Accounts()
	if err != nil {
		return planner.Account{}, planner.Activity{}, err
	}
	for _, a := range accounts {
		for _, act := range a.Activities {
			if act.ID == id {
				return a, act, nil
			}
		}
	}
	return planner.Account{}, planner.Activity{}, usagef("no activity with ID %s (list them with: liftoffctl activity list)", id)
}

func activityList(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	cust := fs.String("customer", "", "only this `customer` (ID or name)")
	quarter := fs.String("quarter", "", "only this `quarter`, e.g. 2027Q1")
	span := declareSpanFlags(fs)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		first, last, err := span.days()
		if err != nil {
			return err
		}
		if *quarter != "" {
			q, err := namedValue("--quarter", *quarter, planner.ParseQuarter)
			if err != nil {
				return err
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
				out := make([]activityJSON, len(list))
				for i, act := range list {
					out[i] = listedActivity(act)
				}
				return writeJSON(e.stdout, out)
			}
			t := newTable(e.stdout, "ID", "DATE", "CUSTOMER", "ITEM", "SOLUTION", "PHASE", "HOURS", "PRIORITY", "STATUS")
			for _, act := range list {
				hours := fmt.Sprint(act.Hours)
				if act.Status == planner.ActivityDelivered && act.ActualHours > 0 {
					hours = fmt.Sprintf("%g (actual %g)", act.Hours, act.ActualHours)
				}
				t.row(act.ID.String(), act.Date.String(), names[act.CustomerID], activityName(s.cat, act), orDash(s.cat.SolutionName(act.Solution)),
					orDash(string(act.Phase)), hours, string(act.EffectivePriority()), string(act.Status))
			}
			return t.flush()
		})
	}
}

func activitySetStatus(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	outcome := fs.Text("outcome", planner.LongText, "what the activity achieved (for delivered)")
	return func(args []string) error {
		id, err := namedValue("ACTIVITY-ID", args[0], planner.ParseID)
		if err != nil {
			return err
		}
		st, err := namedValue("STATUS", args[1], planner.ParseActivityStatus)
		if err != nil {
			return err
		}
		return withFound(e, *db, false, id, (*session).findActivity, func(s *session, act planner.Activity) error {
			act, err := act.ChangeStatus(st, s.today())
			if err != nil {
				return err
			}
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
	_, act, err := s.activityAccount(id)
	return act, err
}

// activityName is what an activity is called: its title, or its item's
// name.
func activityName(cat *catalog.Catalog, a planner.Activity) string {
	if a.Title != "" {
		return a.Title
	}
	return itemName(cat, a.ItemID)
}

// activityJSON is an activity as activity list --json prints it: the
// stored fields, and the planned and actual day, actual hours, priority,
// owners and linked objective always present under their own names.
type activityJSON struct {
	planner.Activity
	ObjectiveID   *planner.ID              `json:"objectiveId"`
	PlannedDate   planner.Date             `json:"plannedDate"`
	ActualDate    *planner.Date            `json:"actualDate"`
	ActualHours   *float64                 `json:"actualHours"`
	Priority      planner.ActivityPriority `json:"priority"`
	CustomerOwner string                   `json:"customerOwner"`
	VendorOwner   string                   `json:"vendorOwner"`
}

// listedActivity returns a as activity list --json prints it; a day,
// hours or objective not recorded are null.
func listedActivity(a planner.Activity) activityJSON {
	out := activityJSON{Activity: a, PlannedDate: a.PlannedDate(), Priority: a.EffectivePriority(),
		CustomerOwner: a.CustomerOwner, VendorOwner: a.VendorOwner}
	if a.ObjectiveID != (planner.ID{}) {
		id := a.ObjectiveID
		out.ObjectiveID = &id
	}
	if !a.ActualDate.IsZero() {
		d := a.ActualDate
		out.ActualDate = &d
	}
	if a.ActualHours != 0 {
		h := a.ActualHours
		out.ActualHours = &h
	}
	return out
}

func activityDeliver(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	actual := fs.String("actual-date", "", "the `day` it took place (YYYY-MM-DD; default the planned day)")
	hours := fs.Float("actual-hours", 0, hoursRange(), "the `hours` it took (default the planned hours)")
	outcome := fs.Text("outcome", planner.LongText, "what the activity achieved")
	nextSteps := fs.Text("next-steps", planner.LongText, "what follows the activity")
	return func(args []string) error {
		id, day, err := activityAndDay(args, "actual-date", *actual)
		if err != nil {
			return err
		}
		return withFound(e, *db, false, id, (*session).findActivity, func(s *session, act planner.Activity) error {
			if !act.CanDeliver() {
				return usagef("%s is %s: plan it before recording its delivery", activityName(s.cat, act), act.Status)
			}
			if day.IsZero() {
				day = act.Date
			}
			h := *hours
			if h == 0 {
				h = act.Hours
			}
			act, err := act.RecordDelivery(day, h, *outcome, s.today())
			if err != nil {
				return err
			}
			if *nextSteps != "" {
				act.NextSteps = *nextSteps
			}
			if err := act.Validate(s.cat); err != nil {
				return err
			}
			if _, err := s.db.PutActivity(act); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s delivered on %s in %g h (planned %s, %g h)\n", activityName(s.cat, act), act.ActualDate, act.ActualHours, act.Date, act.Hours)
			return nil
		})
	}
}

func engagementCadenceSeries(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	engID := fs.String("engagement", "", "engagement `ID` (default: the customer's only or active one)")
	meeting := fs.Text("meeting", planner.LineText, "the `name` of the meeting in the engagement's cadence")
	span := declareSpanFlags(fs)
	force := fs.Bool("force", false, "save even when the plan check finds conflicts")
	return func(args []string) error {
		if *meeting == "" {
			return usagef("--meeting is required")
		}
		first, last, err := span.days()
		if err != nil {
			return err
		}
		if first.IsZero() || last.IsZero() {
			return usagef("--from and --to are required")
		}
		if last.Before(first) {
			return usagef("--to %s is before --from %s", last, first)
		}
		return cust.withAccount(e, false, func(s *session, a planner.Account) error {
			en, err := pickEngagement(a, *engID)
			if err != nil {
				return err
			}
			i := slices.IndexFunc(en.Cadence, func(m planner.Meeting) bool { return m.Name == *meeting })
			if i < 0 {
				names := make([]string, len(en.Cadence))
				for j, m := range en.Cadence {
					names[j] = m.Name
				}
				return oneOf("--meeting of "+en.Name, *meeting, names)
			}
			cal, err := s.calendar(a.Customer)
			if err != nil {
				return err
			}
			series, occurrences, err := planner.CadenceSeries(s.cat, a.Customer.ID, en.Cadence[i], first, last, cal)
			if err != nil {
				return usageError{err.Error()}
			}
			if err := s.checkConflicts(a, occurrences, *force); err != nil {
				return err
			}
			saved, occurrences, err := s.db.PutSeries(series, occurrences)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "added series %s: %s (%s), %s, %d %s, for %s\n", saved.ID, en.Cadence[i].Name, itemName(s.cat, occurrences[0].ItemID),
				en.Cadence[i].Frequency, len(occurrences), plural(len(occurrences), "time"), a.Customer.Name)
			for _, o := range occurrences {
				fmt.Fprintf(e.stdout, "  %s %s %s\n", o.ID, o.Date, o.Date.Weekday().String()[:3])
			}
			return nil
		})
	}
}

// activityArg returns the one ACTIVITY-ID argument of a command.
func activityArg(args []string) (planner.ID, error) {
	return namedValue("ACTIVITY-ID", args[0], planner.ParseID)
}

// activityAndDay returns the one ACTIVITY-ID argument of a command and
// the day its flag flagName gives as value (zero when not given).
func activityAndDay(args []string, flagName, value string) (planner.ID, planner.Date, error) {
	id, err := activityArg(args)
	if err != nil {
		return planner.ID{}, planner.Date{}, err
	}
	day, err := parseDay(flagName, value)
	if err != nil {
		return planner.ID{}, planner.Date{}, err
	}
	return id, day, nil
}

// spanFlags are --from and --to, the first and last day of a span.
type spanFlags struct {
	from, to *string
}

// declareSpanFlags declares --from and --to on fs.
func declareSpanFlags(fs *flagSet) spanFlags {
	return spanFlags{from: fs.String("from", "", "first `day` (YYYY-MM-DD)"), to: fs.String("to", "", "last `day` (YYYY-MM-DD)")}
}

// days returns the days --from and --to give, each zero when not given.
func (f spanFlags) days() (first, last planner.Date, err error) {
	if first, err = parseDay("from", *f.from); err != nil {
		return planner.Date{}, planner.Date{}, err
	}
	if last, err = parseDay("to", *f.to); err != nil {
		return planner.Date{}, planner.Date{}, err
	}
	return first, last, nil
}
