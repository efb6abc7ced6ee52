package main

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// The thread from a plan's objectives to the activities that serve them,
// and plans that start blank.

// objectiveFlag resolves the value of --objective for account a: "none"
// is no objective; else an objective ID or the unique start of an
// objective title (planner's FindObjective). What does not name one is a
// usage mistake naming the flag.
func objectiveFlag(a planner.Account, ref string) (planner.ID, error) {
	if strings.EqualFold(strings.TrimSpace(ref), "none") {
		return planner.ID{}, nil
	}
	if !a.HasPlan() {
		return planner.ID{}, usagef("--objective %q: %s has no Mutual Action Plan yet (create one with \"liftoffctl map create\")", ref, a.Customer.Name)
	}
	o, err := a.Plan.FindObjective(ref)
	if err != nil {
		return planner.ID{}, usagef("--objective: %v", err)
	}
	return o.ID, nil
}

func activityLink(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	objective := fs.String("objective", "", "the `objective` it serves: its ID or the start of its title, or none")
	return func(args []string) error {
		id, err := activityArg(args)
		if err != nil {
			return err
		}
		if !fs.given()["objective"] {
			return usagef("--objective is required (an objective, or none to unlink)")
		}
		return withSession(e, *db, false, func(s *session) error {
			a, act, err := s.activityAccount(id)
			if err != nil {
				return err
			}
			obj, err := objectiveFlag(a, *objective)
			if err != nil {
				return err
			}
			act.ObjectiveID = obj
			if _, err := s.db.PutActivity(act); err != nil {
				return err
			}
			if obj == (planner.ID{}) {
				fmt.Fprintf(e.stdout, "%s on %s serves no objective\n", itemName(s.cat, act.ItemID), act.Date)
				return nil
			}
			o, _ := a.Plan.FindObjective(obj.String())
			fmt.Fprintf(e.stdout, "%s on %s serves %q\n", itemName(s.cat, act.ItemID), act.Date, o.Title)
			return nil
		})
	}
}

func mapCreate(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	title := fs.Text("title", planner.LineText, "plan `title`")
	replace := fs.Bool("replace", false, "replace the customer's existing plan")
	force := forceFlag(fs)
	return func(args []string) error {
		if strings.TrimSpace(*title) == "" {
			return usagef("--title is required")
		}
		return cust.createPlan(e, *replace, *force, func(s *session, a planner.Account) (planner.ActionPlan, string) {
			p := planner.ActionPlan{ID: planner.NewID(), CustomerID: a.Customer.ID, Title: *title}
			return p, fmt.Sprintf("created the empty plan %q for %s", p.Title, a.Customer.Name)
		})
	}
}

// planObjective resolves --objective of a map command in the customer's
// existing plan.
func planObjective(a planner.Account, ref string) (planner.ID, error) {
	if strings.TrimSpace(ref) == "" || strings.EqualFold(strings.TrimSpace(ref), "none") {
		return planner.ID{}, usagef("--objective is required (its ID or the start of its title)")
	}
	return objectiveFlag(a, ref)
}

func mapAddKPI(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	objective := fs.String("objective", "", "the `objective`: its ID or the start of its title")
	name := fs.Text("name", planner.LineText, "what is measured, e.g. \"conversion rate\"")
	unit := fs.Text("unit", planner.LineText, "KPI `unit`, e.g. % or ms")
	baseline := fs.Float("baseline", 0, finiteRange(), "KPI `value` at the start")
	target := fs.Float("target", 0, finiteRange(), "KPI `value` to reach")
	current := fs.Float("current", 0, finiteRange(), "KPI `value` now (default: the baseline)")
	return func(args []string) error {
		for _, f := range []string{"name", "baseline", "target"} {
			if !fs.given()[f] {
				return usagef("--%s is required", f)
			}
		}
		cur := *current
		if !fs.given()["current"] {
			cur = *baseline
		}
		return cust.editExistingPlan(e, func(a planner.Account, p *planner.ActionPlan) (string, error) {
			id, err := planObjective(a, *objective)
			if err != nil {
				return "", err
			}
			k := planner.KPI{Name: *name, Unit: *unit, Baseline: *baseline, Target: *target, Current: cur}
			return fmt.Sprintf("added KPI %q", *name), p.AddKPI(id, k)
		})
	}
}

func mapAddUseCase(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	objective := fs.String("objective", "", "the `objective`: its ID or the start of its title")
	title := fs.Text("title", planner.LineText, "use case `name`")
	metric := fs.Text("metric", planner.LongText, "how success is measured")
	caps := fs.Text("capabilities", planner.LongText, "the `capabilities` it uses, separated by commas")
	return func(args []string) error {
		if strings.TrimSpace(*title) == "" {
			return usagef("--title is required")
		}
		var list []string
		if strings.TrimSpace(*caps) != "" {
			for _, c := range strings.Split(*caps, ",") {
				if c = strings.TrimSpace(c); c == "" {
					return usagef("--capabilities %q names an empty capability", *caps)
				}
				list = append(list, strings.TrimSpace(c))
			}
		}
		return cust.editExistingPlan(e, func(a planner.Account, p *planner.ActionPlan) (string, error) {
			id, err := planObjective(a, *objective)
			if err != nil {
				return "", err
			}
			u := planner.UseCase{Name: *title, SuccessMetric: *metric, Capabilities: list}
			return fmt.Sprintf("added use case %q", *title), p.AddUseCase(id, u)
		})
	}
}

// editExistingPlan loads the customer's plan, lets change edit it and
// saves it; a customer without a plan is a usage mistake.
func (f customerFlag) editExistingPlan(e *env, change func(a planner.Account, p *planner.ActionPlan) (string, error)) error {
	return f.withAccount(e, false, func(s *session, a planner.Account) error {
		if !a.HasPlan() {
			return usagef("%s has no Mutual Action Plan yet: create one with \"liftoffctl map create\" or \"liftoffctl map from-template\"", a.Customer.Name)
		}
		p := a.Plan
		msg, err := change(a, &p)
		if err != nil {
			return err
		}
		if _, err := s.db.PutPlan(p); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, msg)
		return nil
	})
}

// createPlan gives the customer the plan build makes, in place of its
// plan (whose ID the new one keeps) only when replace is set, and prints
// the message build returns; force saves it outside the membership when
// the membership includes no plan (see editPlan).
func (f customerFlag) createPlan(e *env, replace, force bool, build func(s *session, a planner.Account) (planner.ActionPlan, string)) error {
	return f.editPlan(e, force, func(s *session, a planner.Account, p *planner.ActionPlan) (string, error) {
		if a.HasPlan() && !replace {
			return "", usagef("%s already has a Mutual Action Plan: add --replace to replace it", a.Customer.Name)
		}
		built, msg := build(s, a)
		if a.HasPlan() {
			built.ID = a.Plan.ID
		}
		*p = built
		return msg, nil
	})
}
