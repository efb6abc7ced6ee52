package app

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// outsideQuestion is the question asked before saving beyond the
// membership for rules.
func (u *UI) outsideQuestion(rules []planner.MembershipRule) string {
	titles := make([]string, len(rules))
	for i, r := range rules {
		titles[i] = u.sentence(r.Title())
	}
	return u.tr("customer.form.outside.ask", strings.Join(titles, u.tr("list.comma")))
}

// saveAskingOutside runs save and then done. When save is refused only
// for breaks of the membership rules (planner.RulesOf), it asks whether to
// go beyond the membership; on Yes it adds the rules to the overrides of
// customer, saves the customer, runs save again and then done. It returns
// errAwaitingConfirmation while the question is open, save's error when
// save was refused for another reason, and nil when save succeeded at
// once.
func (u *UI) saveAskingOutside(customer planner.ID, save func() error, done func()) error {
	err := save()
	if err == nil {
		done()
		return nil
	}
	v, ok := planner.AsValidation(err)
	if !ok {
		return err
	}
	rules, onlyBreaks := planner.RulesOf(v)
	if !onlyBreaks {
		return err
	}
	u.confirmDialog(u.tr("customer.form.outside.title"), u.outsideQuestion(rules), func(yes bool) {
		if !yes {
			return
		}
		if err := u.allowOutside(customer, rules); err != nil {
			u.showError(err)
			return
		}
		if err := save(); err != nil {
			u.showError(err)
			return
		}
		done()
	})
	return errAwaitingConfirmation
}

// allowOutside saves customer id with rules among its overrides.
func (u *UI) allowOutside(id planner.ID, rules []planner.MembershipRule) error {
	a, err := u.store.Account(id)
	if err != nil {
		return fmt.Errorf("load the customer to save it outside the membership: %w", err)
	}
	c := a.Customer
	c.AllowOutsideMembership(rules...)
	if _, err := u.store.PutCustomer(c); err != nil {
		return err
	}
	return nil
}
