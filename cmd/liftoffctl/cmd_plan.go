package main

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// quarterFlag parses --quarter, defaulting to the quarter of today.
func quarterFlag(s *session, value string) (planner.Quarter, error) {
	if value == "" {
		return planner.QuarterOf(s.today()), nil
	}
	return namedValue("--quarter", value, planner.ParseQuarter)
}

// planFlags are the flags of the commands that plan one quarter.
type planFlags struct {
	db       *string
	quarter  *string
	capacity *float64
}

// addPlanFlags adds --db, --quarter and --capacity to fs.
func addPlanFlags(fs *flagSet) planFlags {
	return planFlags{
		db:       dbFlag(fs),
		quarter:  fs.String("quarter", "", "`quarter` such as 2027Q1 (default: this quarter)"),
		capacity: fs.Float("capacity", 0, capacityRange(), "weekly capacity in `hours` (default: from settings)"),
	}
}

// withInput opens a session (readOnly as for withSession) and runs do
// with the scheduler's input for the quarter and the capacity the flags
// name.
func (f planFlags) withInput(e *env, readOnly bool, do func(s *session, in planner.PlanInput) error) error {
	return withSession(e, *f.db, readOnly, func(s *session) error {
		in, err := f.input(s)
		if err != nil {
			return err
		}
		return do(s, in)
	})
}

// input gathers the portfolio for the scheduler for the quarter and the
// capacity the flags name.
func (f planFlags) input(s *session) (planner.PlanInput, error) {
	q, err := quarterFlag(s, *f.quarter)
	if err != nil {
		return planner.PlanInput{}, err
	}
	return s.planInput(q, *f.capacity)
}

// planInput gathers the portfolio for the scheduler.
func (s *session) planInput(q planner.Quarter, capacity float64) (planner.PlanInput, error) {
	settings, err := s.db.Settings()
	if err != nil {
		return planner.PlanInput{}, err
	}
	if capacity > 0 {
		settings.WeeklyCapacityHours = capacity
	}
	accounts, err := s.accounts(nil)
	if err != nil {
		return planner.PlanInput{}, err
	}
	return planner.PlanInput{Catalog: s.cat, Settings: settings, Accounts: accounts, Quarter: q}, nil
}

func (s *session) customerNames(accounts []planner.Account) map[planner.ID]string {
	names := make(map[planner.ID]string, len(accounts))
	for _, a := range accounts {
		names[a.Customer.ID] = a.Customer.Name
	}
	return names
}

func planCheck(fs *flagSet, e *env) func([]string) error {
	plan := addPlanFlags(fs)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return plan.withInput(e, true, func(s *session, in planner.PlanInput) error {
			q := in.Quarter
			conflicts, err := planner.CheckPlanContext(e.context(), in)
			if err != nil {
				return err
			}
			warnings := planner.PlanWarnings(in, s.today())
			if *asJSON {
				return writeJSON(e.stdout, planCheckJSON{Quarter: q, Conflicts: nonNil(conflicts), Warnings: nonNil(warnings)})
			}
			names := s.customerNames(in.Accounts)
			t := newTable(e.stdout, "DATE", "CUSTOMER", "KIND", "REASON")
			for _, c := range conflicts {
				day := c.Date.String()
				if c.Date.IsZero() {
					day = "week " + c.Week.String()
				}
				t.row(day, orDash(names[c.CustomerID]), string(c.Kind), c.Reason.String())
			}
			for _, w := range warnings {
				t.row(w.Date.String(), orDash(names[w.CustomerID]), "warning: "+string(w.Kind), w.Reason.String())
			}
			if err := t.flush(); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "%s: %d %s, %d %s\n", q, len(conflicts), plural(len(conflicts), "conflict"), len(warnings), plural(len(warnings), "warning"))
			return nil
		})
	}
}

func planAuto(fs *flagSet, e *env) func([]string) error {
	plan := addPlanFlags(fs)
	var custs stringsFlag
	fs.Var(&custs, "customer", "only this `customer` (ID or name; repeat for several)")
	perCustomer := fs.Int("per-customer", 3, intRange{1, 1000}, "how many of each customer's best suggestions to request")
	apply := fs.Bool("apply", false, "save the placed activities (as proposed)")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return plan.withInput(e, !*apply, func(s *session, in planner.PlanInput) error {
			q := in.Quarter
			wanted, err := s.accounts(custs)
			if err != nil {
				return err
			}
			var reqs []planner.Request
			for _, a := range wanted {
				sugg := planner.Suggest(s.cat, a, q.First())
				for i := 0; i < len(sugg) && i < *perCustomer; i++ {
					reqs = append(reqs, planner.Request{CustomerID: a.Customer.ID, ItemID: sugg[i].Item.ID, Solution: sugg[i].Solution})
				}
			}
			prop, err := planner.AutoScheduleContext(e.context(), in, reqs)
			if err != nil {
				return err
			}
			if *asJSON && !*apply {
				return writeJSON(e.stdout, prop)
			}
			names := s.customerNames(in.Accounts)
			t := newTable(e.stdout, "DATE", "CUSTOMER", "ITEM", "HOURS")
			for _, a := range prop.Placed {
				t.row(a.Date.String(), names[a.CustomerID], itemName(s.cat, a.ItemID), fmt.Sprint(a.Hours))
			}
			if err := t.flush(); err != nil {
				return err
			}
			for _, u := range prop.Unplaced {
				fmt.Fprintf(e.stdout, "not placed: %s for %s: %s\n", itemName(s.cat, u.Request.ItemID), names[u.Request.CustomerID], u.Reason)
			}
			if !*apply {
				fmt.Fprintf(e.stderr, "%d placed, %d not placed; nothing saved (add --apply to save)\n", len(prop.Placed), len(prop.Unplaced))
				return nil
			}
			if len(prop.Placed) == 0 {
				fmt.Fprintln(e.stderr, "nothing to save")
				return nil
			}
			if _, err := s.db.PutActivities(prop.Placed); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "saved %d proposed activities\n", len(prop.Placed))
			return nil
		})
	}
}

func planShow(fs *flagSet, e *env) func([]string) error {
	plan := addPlanFlags(fs)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return plan.withInput(e, true, func(s *session, in planner.PlanInput) error {
			load, err := planner.QuarterLoadContext(e.context(), in)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(e.stdout, load)
			}
			header := []string{"WEEK"}
			for _, c := range load.Customers {
				header = append(header, c.Name)
			}
			header = append(header, "TOTAL", "CAPACITY", "")
			t := newTable(e.stdout, header...)
			for i, w := range load.Weeks {
				row := []string{w.Week.Monday.String()}
				for _, c := range load.Customers {
					row = append(row, hoursCell(c.Hours[i]))
				}
				over := ""
				if w.Over {
					over = "OVER"
				}
				row = append(row, hoursCell(w.Hours), hoursCell(w.Capacity), over)
				t.row(row...)
			}
			return t.flush()
		})
	}
}

func hoursCell(h float64) string {
	if h == 0 {
		return "-"
	}
	return fmt.Sprintf("%g", h)
}

func suggestCmd(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	limit := fs.Int("limit", 15, intRange{0, 1000}, "show at most `n` suggestions, 0 for all of them")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return cust.withAccount(e, true, func(s *session, a planner.Account) error {
			sugg := planner.Suggest(s.cat, a, s.today())
			if *limit > 0 && len(sugg) > *limit {
				sugg = sugg[:*limit]
			}
			if *asJSON {
				return writeJSON(e.stdout, nonNil(sugg))
			}
			t := newTable(e.stdout, "SCORE", "ITEM", "KIND", "SOLUTION", "HOURS", "WHY")
			for _, sg := range sugg {
				t.row(fmt.Sprint(sg.Score), sg.Item.Name, string(sg.Item.Kind), s.cat.SolutionName(sg.Solution), hoursText(sg.Item.Hours), sg.Reason())
			}
			if err := t.flush(); err != nil {
				return err
			}
			if len(sugg) == 0 {
				fmt.Fprintf(e.stderr, "nothing to suggest for %s: no unused entitled accelerators or field activities\n", a.Customer.Name)
			}
			return nil
		})
	}
}

func mapShow(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return cust.withAccount(e, true, func(s *session, a planner.Account) error {
			if !a.HasPlan() {
				return fmt.Errorf("%s has no Mutual Action Plan yet: create one with \"liftoffctl map create\", \"liftoffctl map from-template\" or \"liftoffctl map add-objective\"", a.Customer.Name)
			}
			if *asJSON {
				return writeJSON(e.stdout, a.Plan)
			}
			p, today := a.Plan, s.today()
			w := e.stdout
			fmt.Fprintf(w, "%s: %s, %.0f%% done\n\nObjectives:\n", a.Customer.Name, p.Title, 100*planner.PlanProgress(p))
			t := newTable(w, "  ID", "OBJECTIVE", "KPI", "BASELINE", "CURRENT", "TARGET", "PROGRESS", "DUE", "STATUS")
			for _, o := range p.Objectives {
				first := planner.KPI{Name: "-"}
				if len(o.KPIs) > 0 {
					first = o.KPIs[0]
				}
				t.row("  "+o.ID.String(), o.Title, first.Name, kpiValue(first, first.Baseline), kpiValue(first, first.Current), kpiValue(first, first.Target),
					fmt.Sprintf("%.0f%%", 100*planner.ObjectiveProgress(o)), orDash(o.Due.String()), string(o.Status))
				for _, k := range o.KPIs[min(1, len(o.KPIs)):] {
					t.row("", "", k.Name, kpi(k.Baseline, k.Unit), kpi(k.Current, k.Unit), kpi(k.Target, k.Unit), "", "", "")
				}
			}
			if err := t.flush(); err != nil {
				return err
			}
			for _, o := range p.Objectives {
				linked := a.ObjectiveActivities(o.ID)
				if len(o.UseCases) == 0 && len(linked) == 0 {
					continue
				}
				fmt.Fprintf(w, "\n%s:\n", o.Title)
				for _, u := range o.UseCases {
					caps := ""
					if len(u.Capabilities) > 0 {
						caps = " (uses " + strings.Join(u.Capabilities, ", ") + ")"
					}
					fmt.Fprintf(w, "  use case  %s%s\n", u.Name, caps)
				}
				for _, act := range linked {
					fmt.Fprintf(w, "  activity  %s %s  %s  %s\n", act.ID, act.Date, itemName(s.cat, act.ItemID), act.Status)
				}
			}
			fmt.Fprintln(w, "\nMilestones:")
			t = newTable(w, "  ID", "MILESTONE", "DUE", "STATUS", "PROGRESS")
			for _, m := range p.Milestones {
				prog := "-"
				if v, ok := planner.MilestoneProgress(p, m.ID); ok {
					prog = fmt.Sprintf("%.0f%%", 100*v)
				}
				t.row("  "+m.ID.String(), m.Title, orDash(m.Due.String()), string(m.Status), prog)
			}
			if err := t.flush(); err != nil {
				return err
			}
			overdue := map[planner.ID]bool{}
			for _, act := range planner.OverdueActions(p, today) {
				overdue[act.ID] = true
			}
			fmt.Fprintln(w, "\nActions:")
			t = newTable(w, "  ID", "ACTION", "OWNER", "SIDE", "DUE", "STATUS", "")
			for _, act := range p.Actions {
				flag := ""
				if overdue[act.ID] {
					flag = "OVERDUE"
				}
				t.row("  "+act.ID.String(), act.Title, orDash(act.Owner), string(act.Side), orDash(act.Due.String()), string(act.Status), flag)
			}
			if err := t.flush(); err != nil {
				return err
			}
			soon := planner.DueSoon(p, today, 14)
			fmt.Fprintf(w, "\nDue in the next 14 days: %d on the customer side, %d on the vendor side\n", len(soon[planner.SideCustomer]), len(soon[planner.SideVendor]))
			return nil
		})
	}
}

// kpiValue is kpi of value v of KPI k, or "-" for the blank KPI of an
// objective that has none yet.
func kpiValue(k planner.KPI, v float64) string {
	if k.Name == "-" {
		return "-"
	}
	return kpi(v, k.Unit)
}

func kpi(v float64, unit string) string {
	s := fmt.Sprintf("%g", v)
	if unit == "" {
		return s
	}
	if unit == "%" {
		return s + "%"
	}
	return s + " " + unit
}

// optionalID parses the value of the flag --name that may name an ID:
// the zero ID when it is empty.
func optionalID(name, value string) (planner.ID, error) {
	if value == "" {
		return planner.ID{}, nil
	}
	return namedValue("--"+name, value, planner.ParseID)
}

// dueAndLink parses the --due day of an item of a plan and the optional
// ID, in flag linkFlag, of the item it leads to.
func dueAndLink(due, linkFlag, link string) (planner.Date, planner.ID, error) {
	d, err := parseDay("due", due)
	if err != nil {
		return planner.Date{}, planner.ID{}, err
	}
	id, err := optionalID(linkFlag, link)
	return d, id, err
}

// editPlan loads the customer's plan (a new one when it has none), lets
// change edit it and saves it; force saves it outside the membership when
// the membership includes no plan (see session.putPlan).
func (f customerFlag) editPlan(e *env, force bool, change func(s *session, a planner.Account, p *planner.ActionPlan) (string, error)) error {
	return f.withAccount(e, false, func(s *session, a planner.Account) error {
		p := a.Plan
		if !a.HasPlan() {
			p = planner.ActionPlan{ID: planner.NewID(), CustomerID: a.Customer.ID, Title: "Mutual Action Plan " + a.Customer.Name}
		}
		msg, err := change(s, a, &p)
		if err != nil {
			return err
		}
		if err := s.putPlan(a, p, force); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, msg)
		return nil
	})
}

func mapAddObjective(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	title := fs.Text("title", planner.LineText, "objective `title`")
	kpiName := fs.Text("kpi", planner.LineText, "what is measured, e.g. \"conversion rate\" (more KPIs: liftoffctl map add-kpi)")
	unit := fs.Text("unit", planner.LineText, "KPI `unit`, e.g. % or ms")
	baseline := fs.Float("baseline", 0, finiteRange(), "KPI `value` at the start")
	target := fs.Float("target", 0, finiteRange(), "KPI `value` to reach")
	current := fs.Float("current", 0, finiteRange(), "KPI `value` now (default: the baseline)")
	due := fs.String("due", "", "due `day` (YYYY-MM-DD)")
	force := forceFlag(fs)
	return func(args []string) error {
		d, err := parseDay("due", *due)
		if err != nil {
			return err
		}
		cur := *current
		if !fs.given()["current"] {
			cur = *baseline
		}
		o := planner.Objective{Title: *title, Due: d}
		if fs.given()["kpi"] {
			o.KPIs = []planner.KPI{{Name: *kpiName, Unit: *unit, Baseline: *baseline, Target: *target, Current: cur}}
		} else {
			for _, f := range []string{"unit", "baseline", "target", "current"} {
				if fs.given()[f] {
					return usagef("--%s needs --kpi, the name of what is measured", f)
				}
			}
		}
		return cust.editPlan(e, *force, func(s *session, a planner.Account, p *planner.ActionPlan) (string, error) {
			id, err := p.AddObjective(o)
			return fmt.Sprintf("added objective %s %q", id, *title), err
		})
	}
}

func mapAddMilestone(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	title := fs.Text("title", planner.LineText, "milestone `title`")
	due := fs.String("due", "", "due `day` (YYYY-MM-DD)")
	objective := fs.String("objective", "", "`ID` of the objective it leads to")
	return func(args []string) error {
		d, obj, err := dueAndLink(*due, "objective", *objective)
		if err != nil {
			return err
		}
		return cust.editPlan(e, false, func(s *session, a planner.Account, p *planner.ActionPlan) (string, error) {
			id, err := p.AddMilestone(planner.Milestone{Title: *title, Due: d, ObjectiveID: obj})
			return fmt.Sprintf("added milestone %s %q", id, *title), err
		})
	}
}

func mapAddAction(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	title := fs.Text("title", planner.LineText, "action `title`")
	owner := fs.Text("owner", planner.LineText, "who owns it")
	side := fs.String("side", "", "`side` that owns it: customer or vendor")
	due := fs.String("due", "", "due `day` (YYYY-MM-DD)")
	milestone := fs.String("milestone", "", "`ID` of the milestone it leads to")
	return func(args []string) error {
		if err := oneOf("side", *side, []string{"customer", "vendor"}); err != nil {
			return err
		}
		d, ms, err := dueAndLink(*due, "milestone", *milestone)
		if err != nil {
			return err
		}
		return cust.editPlan(e, false, func(s *session, a planner.Account, p *planner.ActionPlan) (string, error) {
			id, err := p.AddAction(planner.Action{Title: *title, Owner: *owner, Side: planner.Side(*side), Due: d, MilestoneID: ms})
			return fmt.Sprintf("added action %s %q", id, *title), err
		})
	}
}

func mapSetStatus(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	return func(args []string) error {
		id, err := namedValue("ID", args[0], planner.ParseID)
		if err != nil {
			return err
		}
		if err := oneOf("status", args[1], []string{"open", "in-progress", "done", "blocked", "cancelled"}); err != nil {
			return err
		}
		return cust.editPlan(e, false, func(s *session, a planner.Account, p *planner.ActionPlan) (string, error) {
			err := p.SetActionStatus(id, planner.Status(args[1]))
			return fmt.Sprintf("action %s is %s", id, args[1]), err
		})
	}
}

func mapTemplates(fs *flagSet, e *env) func([]string) error {
	solution := fs.String("solution", "", "only templates for this `solution`")
	return func(args []string) error {
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		set, err := loadTemplates(e)
		if err != nil {
			return err
		}
		list := set.Templates
		if *solution != "" {
			if err := oneOf("solution", *solution, solutionIDs(cat)); err != nil {
				return err
			}
			list = set.ForSolution(cat, catalog.SolutionID(*solution))
		}
		t := newTable(e.stdout, "ID", "NAME", "SOLUTION", "OBJECTIVES", "ACTIONS")
		for _, tpl := range list {
			t.row(tpl.ID, tpl.Name, cat.SolutionName(tpl.Solution), fmt.Sprint(len(tpl.Objectives)), fmt.Sprint(len(tpl.Actions)))
		}
		return t.flush()
	}
}

// loadTemplates returns the installed plan templates, else the built-in ones.
func loadTemplates(e *env) (*catalog.TemplateSet, error) {
	dir, err := configDir(e)
	if err != nil {
		return nil, err
	}
	return catalog.ResolveTemplates(dir)
}

func mapFromTemplate(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	tplID := fs.String("template", "", "template `ID` (see liftoffctl map templates)")
	start := fs.String("start", "", "`day` the plan starts; due days count from it (default today)")
	replace := fs.Bool("replace", false, "replace the customer's existing plan")
	force := forceFlag(fs)
	return func(args []string) error {
		d, err := parseDay("start", *start)
		if err != nil {
			return err
		}
		set, err := loadTemplates(e)
		if err != nil {
			return err
		}
		tpl, ok := set.Template(*tplID)
		if !ok {
			ids := make([]string, len(set.Templates))
			for i, t := range set.Templates {
				ids[i] = t.ID
			}
			return usagef("unknown template %q (want %s)", *tplID, strings.Join(ids, ", "))
		}
		return cust.createPlan(e, *replace, *force, func(s *session, a planner.Account) (planner.ActionPlan, string) {
			if d.IsZero() {
				d = s.today()
			}
			p := planner.PlanFromTemplate(tpl, a, d)
			return p, fmt.Sprintf("created %q for %s: %d objectives, %d milestones, %d actions", p.Title, a.Customer.Name, len(p.Objectives), len(p.Milestones), len(p.Actions))
		})
	}
}
