package main

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// forceFlag declares --force of the commands that can save a customer
// outside its membership.
func forceFlag(fs *flagSet) *bool {
	return fs.Bool("force", false, "save even when it goes beyond the membership: the broken rules are added to the customer's outside-the-membership list")
}

// outsideMembership checks c, with a Mutual Action Plan when hasPlan,
// against the membership rules (planner.MembershipBreaks). A break whose
// rule c does not already go beyond is an error naming the rule, unless
// force is set: then the rule joins c's overrides and changed is true.
func outsideMembership(cat *catalog.Catalog, c *planner.Customer, hasPlan, force bool) (changed bool, err error) {
	var lines []string
	var rules []planner.MembershipRule
	for _, b := range planner.MembershipBreaks(cat, *c, hasPlan) {
		if c.IsOutsideMembership(b.Rule) {
			continue
		}
		rules = append(rules, b.Rule)
		lines = append(lines, fmt.Sprintf("%s: %s (rule %s)", b.Field, b.Text, b.Rule))
	}
	if len(rules) == 0 {
		return false, nil
	}
	if force {
		c.AllowOutsideMembership(rules...)
		return true, nil
	}
	return false, fmt.Errorf("not saved: %s goes beyond the membership: %s (--force saves it outside the membership)", c.Name, strings.Join(lines, "; "))
}

// putPlan saves the Mutual Action Plan p of account a. When a's
// membership does not include a plan, force first saves the customer with
// the plan rule among its overrides; without force that is an error.
func (s *session) putPlan(a planner.Account, p planner.ActionPlan, force bool) error {
	c := a.Customer
	changed, err := outsideMembership(s.cat, &c, true, force)
	if err != nil {
		return err
	}
	if changed {
		if _, err := s.db.PutCustomer(c); err != nil {
			return err
		}
	}
	if _, err := s.db.PutPlan(p); err != nil {
		return err
	}
	return nil
}

// outsideTitles lists the rules c goes beyond, by their titles.
func outsideTitles(c planner.Customer) string {
	titles := make([]string, len(c.OutsideMembership))
	for i, t := range c.OutsideMembershipTitles() {
		titles[i] = t.String()
	}
	return strings.Join(titles, ", ")
}

// allowActivity lets activity act of account a break a membership rule
// (planner.ActivityBreak) only with force: then the rule joins the
// customer's overrides, saved before the activity is.
func (s *session) allowActivity(a planner.Account, act planner.Activity, force bool) error {
	b, broken := planner.ActivityBreak(s.cat, a.Customer, act)
	if !broken || a.Customer.IsOutsideMembership(b.Rule) {
		return nil
	}
	if !force {
		return fmt.Errorf("not saved: %s: %s (rule %s) (--force saves it outside the membership)", a.Customer.Name, b.Text, b.Rule)
	}
	c := a.Customer
	c.AllowOutsideMembership(b.Rule)
	if _, err := s.db.PutCustomer(c); err != nil {
		return err
	}
	return nil
}
