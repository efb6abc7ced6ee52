package planner

import (
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// CustomerCatalog returns the edition of the offer that customer c's
// contract is under: the edition in force on the contract's TermsDay (the
// day it was last renewed, else its start), or the latest edition when the
// contract has neither day. cat may be any edition of the catalog file.
// Every planner function that takes a customer or an account with a
// catalog resolves the customer's edition itself; a caller passes
// CustomerCatalog to the functions that take only a Membership.
func CustomerCatalog(cat *catalog.Catalog, c Customer) *catalog.Catalog {
	if cat == nil {
		return nil
	}
	day := c.Contract.TermsDay()
	if day.IsZero() {
		return latestEdition(cat)
	}
	return editionInForce(cat, day)
}

// latestEdition returns the latest edition of cat's file.
func latestEdition(cat *catalog.Catalog) *catalog.Catalog {
	eds := cat.Editions()
	return cat.InForce(eds[len(eds)-1].Effective)
}

// editionInForce returns the edition of cat's file in force on day.
func editionInForce(cat *catalog.Catalog, day Date) *catalog.Catalog {
	return cat.InForce(day)
}

// Preview is what renewing a customer's contract changes, when the
// renewed contract falls under a newer edition of the offer than the
// current one.
type Preview struct {
	// Day is the renewal day: the first day of the renewed contract, the
	// day after the current contract ends.
	Day Date
	// Now is the edition the contract is under; AtRenewal the edition in
	// force on Day.
	Now, AtRenewal catalog.Edition
	// Changes are the changes that concern this customer (its tier, its
	// solutions and its purchased add-ons), one sentence each, such as
	// "Mentor Sessions: no longer included"; empty when the new edition
	// changes nothing the customer has or could buy.
	Changes []Text
}

// RenewalPreview returns what changes for customer c when its contract is
// renewed on the day after it ends: the edition it is under now, the
// edition in force on that day, and the changes between them that concern
// c's tier, solutions and purchased add-ons (add-ons no longer included,
// available or offered; a role of the success team; proactive services of
// the tier; response targets; the Named Support Contact limit and support
// channels; the rules of support cases). It reports false when the
// contract has no end, or when the edition in force on the renewal day is
// the one the contract is under.
func RenewalPreview(cat *catalog.Catalog, c Customer) (Preview, bool) {
	if cat == nil || c.Contract.End.IsZero() {
		return Preview{}, false
	}
	day := c.Contract.End.AddDays(1)
	now, next := CustomerCatalog(cat, c), cat.InForce(day)
	if now == next {
		return Preview{}, false
	}
	p := Preview{Day: day, Now: now.Edition(), AtRenewal: next.Edition()}
	tier := c.Membership.Tier
	p.Changes = append(p.Changes, addOnChanges(now, next, c.Membership)...)
	oldTier, okOld := now.Tier(tier)
	newTier, okNew := next.Tier(tier)
	if okOld && okNew {
		p.Changes = append(p.Changes, teamChanges(oldTier.SuccessTeam, newTier.SuccessTeam)...)
	}
	p.Changes = append(p.Changes, proactiveChanges(now, next, tier)...)
	p.Changes = append(p.Changes, responseChanges(now, next, c.Membership)...)
	if okOld && okNew {
		if oldTier.NSCLimit != newTier.NSCLimit {
			p.Changes = append(p.Changes, Textf("Named Support Contacts: at most %d per product instead of %d", newTier.NSCLimit, oldTier.NSCLimit))
		}
		if !slices.Equal(oldTier.Channels, newTier.Channels) {
			p.Changes = append(p.Changes, Textf("Support channels: %s instead of %s", strings.Join(newTier.Channels, ", "), strings.Join(oldTier.Channels, ", ")))
		}
	}
	p.Changes = append(p.Changes, followUpChanges(now.FollowUp, next.FollowUp)...)
	return p, true
}

// addOnChanges returns the changes to the add-ons of membership m, in the
// order of the current edition's add-ons, then the new ones. An add-on
// for a solution m does not license concerns it only when bought.
func addOnChanges(now, next *catalog.Catalog, m Membership) []Text {
	var out []Text
	tier := m.Tier
	for _, a := range now.AddOns {
		was := a.States[tier]
		bought := slices.Contains(m.AddOns, a.ID)
		if !bought && a.RequiresSolution != "" && !m.Licenses(now, a.RequiresSolution) {
			continue
		}
		n, offered := next.AddOn(a.ID)
		will := n.States[tier]
		switch {
		case !offered && bought:
			out = append(out, Textf("%s: purchased, no longer offered", a.Name))
		case !offered && was == catalog.StateIncluded:
			out = append(out, Textf("%s: no longer included", a.Name))
		case !offered && was == catalog.StateAvailable:
			out = append(out, Textf("%s: no longer offered", a.Name))
		case !offered || was == will:
		case will == catalog.StateIncluded:
			out = append(out, Textf("%s: included", a.Name))
		case bought:
			out = append(out, Textf("%s: purchased, no longer available", a.Name))
		case was == catalog.StateIncluded && will == catalog.StateAvailable:
			out = append(out, Textf("%s: no longer included, can be bought", a.Name))
		case was == catalog.StateIncluded:
			out = append(out, Textf("%s: no longer included", a.Name))
		case was == catalog.StateAvailable:
			out = append(out, Textf("%s: no longer available", a.Name))
		case will == catalog.StateAvailable:
			out = append(out, Textf("%s: can be bought", a.Name))
		}
	}
	for _, a := range next.AddOns {
		if _, known := now.AddOn(a.ID); known || (a.RequiresSolution != "" && !m.Licenses(next, a.RequiresSolution)) {
			continue
		}
		switch a.States[tier] {
		case catalog.StateIncluded:
			out = append(out, Textf("%s: new add-on, included", a.Name))
		case catalog.StateAvailable:
			out = append(out, Textf("%s: new add-on, can be bought", a.Name))
		}
	}
	return out
}

// teamChanges returns the changes to the roles of a tier's success team.
// A role that changes its kind keeps its abbreviation, such as "(SSM)":
// the two are told as one change.
func teamChanges(was, will []string) []Text {
	var gone, added []string
	for _, r := range was {
		if !slices.Contains(will, r) {
			gone = append(gone, r)
		}
	}
	for _, r := range will {
		if !slices.Contains(was, r) {
			added = append(added, r)
		}
	}
	var out []Text
	for _, g := range gone {
		i := slices.IndexFunc(added, func(a string) bool { return roleAbbreviation(a) != "" && roleAbbreviation(a) == roleAbbreviation(g) })
		if i < 0 {
			out = append(out, Textf("Success team: no longer %s", g))
			continue
		}
		out = append(out, Textf("Success team: %s instead of %s", added[i], g))
		added = slices.Delete(added, i, i+1)
	}
	for _, a := range added {
		out = append(out, Textf("Success team: %s added", a))
	}
	return out
}

// roleAbbreviation returns the abbreviation a role ends with in
// parentheses ("SSM" of "Designated Support Services Manager (SSM)"), or
// "".
func roleAbbreviation(role string) string {
	open := strings.LastIndexByte(role, '(')
	if open < 0 || !strings.HasSuffix(role, ")") {
		return ""
	}
	return role[open+1 : len(role)-1]
}

// proactiveChanges returns the proactive services tier gains or loses.
func proactiveChanges(now, next *catalog.Catalog, tier catalog.TierID) []Text {
	var out []Text
	for _, p := range now.ProactiveActivities {
		if !slices.Contains(p.Tiers, tier) {
			continue
		}
		if n, ok := proactive(next, p.ID); !ok || !slices.Contains(n.Tiers, tier) {
			out = append(out, Textf("Proactive service no longer included: %s", p.Name))
		}
	}
	for _, p := range next.ProactiveActivities {
		if !slices.Contains(p.Tiers, tier) {
			continue
		}
		if o, ok := proactive(now, p.ID); !ok || !slices.Contains(o.Tiers, tier) {
			out = append(out, Textf("Proactive service added: %s", p.Name))
		}
	}
	return out
}

// responseChanges returns the response targets of m's tier that change,
// in the tables that apply to m: the standard tables, and product tables
// only for the Commerce Managed Services licence they are about.
func responseChanges(now, next *catalog.Catalog, m Membership) []Text {
	var out []Text
	for _, table := range now.ResponseTables {
		if table.Product == ProductCommerceManaged && m.CommerceManagedLicensed.IsZero() {
			continue
		}
		var newTable *catalog.ResponseTable
		for i := range next.ResponseTables {
			if next.ResponseTables[i].ID == table.ID {
				newTable = &next.ResponseTables[i]
			}
		}
		if newTable == nil {
			continue
		}
		for _, p := range catalog.Priorities() {
			was, okWas := tierTarget(table, m.Tier, p)
			will, okWill := tierTarget(*newTable, m.Tier, p)
			if !okWas || !okWill || (was.Minutes == will.Minutes && was.BusinessDays == will.BusinessDays && was.Clock == will.Clock) {
				continue
			}
			out = append(out, Textf("Response target %s (%s): %s instead of %s", p, table.Name, targetText(will), targetText(was)))
		}
	}
	return out
}

// tierTarget returns the target of table for priority p on tier.
func tierTarget(table catalog.ResponseTable, tier catalog.TierID, p catalog.Priority) (catalog.ResponseTarget, bool) {
	var found catalog.ResponseTarget
	ok := false
	for _, t := range table.Targets {
		if t.Priority != p {
			continue
		}
		if t.Tier == tier {
			return t, true
		}
		if t.Tier == "" {
			found, ok = t, true
		}
	}
	return found, ok
}

// targetText tells a response target: its length and how it is counted.
func targetText(t catalog.ResponseTarget) Text {
	switch t.Clock {
	case catalog.ClockBusinessDays:
		return Textf("%s", BusinessDays(t.BusinessDays))
	case catalog.Clock24x5:
		return Textf("%s, Monday to Friday", Minutes(t.Minutes))
	case catalog.ClockBusinessHours:
		return Textf("%s within business hours", Minutes(t.Minutes))
	}
	return Textf("%s, around the clock", Minutes(t.Minutes))
}

// followUpChanges returns the changes to the rules of support cases that
// wait for the customer.
func followUpChanges(was, will catalog.FollowUpRules) []Text {
	var out []Text
	if will.ReopenVia != was.ReopenVia && will.ReopenVia != "" {
		out = append(out, Textf("Reopening a closed case: %s", will.ReopenVia))
	}
	if will.ReopenWithinDays != was.ReopenWithinDays {
		out = append(out, Textf("A closed case can be reopened within %s instead of %s", Days(will.ReopenWithinDays), Days(was.ReopenWithinDays)))
	}
	if will.AutoCloseAfterHours != was.AutoCloseAfterHours || !slices.Equal(will.Reminders, was.Reminders) {
		out = append(out, Textf("A case waiting for the customer closes after %d hours instead of %d, with %d reminders instead of %d",
			will.AutoCloseAfterHours, was.AutoCloseAfterHours, len(will.Reminders), len(was.Reminders)))
	}
	if !will.NotStatedSince.IsZero() && was.NotStatedSince.IsZero() {
		out = append(out, Textf("The vendor no longer publishes the follow-up rules of support cases (since %s); Liftoff keeps the last ones published", will.NotStatedSince))
	}
	return out
}
