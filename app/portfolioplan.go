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
// schedule for account (planner.ConflictsOf), each quarter checked with
// the portfolio as stored and acts added to account.
func (p portfolioPlan) conflictsOf(acc planner.Account, acts []planner.Activity) ([]planner.Conflict, error) {
	acc.Activities = append(slices.Clone(acc.Activities), acts...)
	return planner.ConflictsOf(acts, func(q planner.Quarter) (planner.PlanInput, error) { return p.input(acc, q) })
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
