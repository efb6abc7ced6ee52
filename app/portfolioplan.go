package app

import (
	"fmt"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// portfolioPlan is what checking or placing one customer's activities
// needs of the portfolio: the other customers and their activities of
// the quarter from the store, the catalog and the settings. The
// customer's own account comes from the caller, with the changes it has
// not saved yet.
type portfolioPlan struct {
	store interface {
		Activities(from, to planner.Date) ([]planner.Activity, error)
	}
	customers []planner.Customer
	cat       *catalog.Catalog
	settings  planner.Settings
}

// input returns what the scheduler needs to plan for account in
// quarter q: the settings, the account in full and every other customer
// with its activities in the weeks of the quarter (for the TAM's weekly
// capacity).
func (p portfolioPlan) input(account planner.Account, q planner.Quarter) (planner.PlanInput, error) {
	weeks := q.Weeks()
	from, to := weeks[0].Monday, weeks[len(weeks)-1].Sunday()
	acts, err := p.store.Activities(from, to)
	if err != nil {
		return planner.PlanInput{}, fmt.Errorf("read activities: %w", err)
	}
	byCustomer := map[planner.ID][]planner.Activity{}
	for _, a := range acts {
		if a.CustomerID != account.Customer.ID {
			byCustomer[a.CustomerID] = append(byCustomer[a.CustomerID], a)
		}
	}
	accounts := []planner.Account{account}
	for _, c := range p.customers {
		if c.ID == account.Customer.ID {
			continue
		}
		accounts = append(accounts, planner.Account{Customer: c, Activities: byCustomer[c.ID]})
	}
	return planner.PlanInput{Catalog: p.cat, Settings: p.settings, Accounts: accounts, Quarter: q}, nil
}

// conflictsOf returns planner's conflicts of the activities acts to
// schedule for account: their own, and the capacity of their weeks, in
// every quarter they fall in; a week that two quarters share reports its
// conflicts once.
func (p portfolioPlan) conflictsOf(acc planner.Account, acts []planner.Activity) ([]planner.Conflict, error) {
	acc.Activities = append(slices.Clone(acc.Activities), acts...)
	ids := make(map[planner.ID]bool, len(acts))
	var quarters []planner.Quarter
	for _, a := range acts {
		ids[a.ID] = true
		if q := planner.QuarterOf(a.Date); !slices.Contains(quarters, q) {
			quarters = append(quarters, q)
		}
	}
	var out []planner.Conflict
	seen := map[planner.ConflictKey]bool{}
	for _, q := range quarters {
		in, err := p.input(acc, q)
		if err != nil {
			return nil, err
		}
		all, err := planner.CheckPlan(in)
		if err != nil {
			return nil, err
		}
		weeks := map[planner.Date]bool{}
		for _, w := range in.Quarter.Weeks() {
			for _, a := range acts {
				if !a.Date.Before(w.Monday) && !a.Date.After(w.Sunday()) {
					weeks[w.Monday] = true
				}
			}
		}
		for _, c := range all {
			if seen[c.Key()] {
				continue
			}
			if ids[c.ActivityID] || (c.Kind == planner.ConflictCapacity && c.ActivityID == (planner.ID{}) && weeks[c.Week]) {
				seen[c.Key()] = true
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// conflictLines returns the text that lists conflicts under a heading
// (the translation key, counted); with days set each conflict that has a
// day starts with it.
func conflictLines(w texts, heading string, conflicts []planner.Conflict, days bool) string {
	lines := []string{w.trCount(heading, len(conflicts), len(conflicts))}
	for _, c := range conflicts {
		if days && !c.Date.IsZero() {
			lines = append(lines, "• "+c.Date.String()+": "+w.sentence(c.Reason))
			continue
		}
		lines = append(lines, "• "+w.sentence(c.Reason))
	}
	return strings.Join(lines, "\n")
}
