package planner

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// EntitlementStatus says whether a customer has an offer.
type EntitlementStatus string

// Entitlement statuses.
const (
	// Included: part of the tier or the contract.
	Included EntitlementStatus = "included"
	// Purchased: an add-on the customer bought.
	Purchased EntitlementStatus = "purchased"
	// Available: the customer could buy it.
	Available EntitlementStatus = "available"
	// NotAvailable: the customer cannot have it, Reason says why.
	NotAvailable EntitlementStatus = "not-available"
)

// Entitled reports whether the status lets the customer use the offer now.
func (s EntitlementStatus) Entitled() bool { return s == Included || s == Purchased }

// Entitlement is what a customer may have of one catalog item, for one
// solution where the item is offered per solution.
type Entitlement struct {
	Item catalog.Item
	// Solution is the solution this row is about; empty for items that are
	// not offered per solution (proactive services, most add-ons).
	Solution catalog.SolutionID
	Status   EntitlementStatus
	// Reason is a sentence a TAM can read.
	Reason Text
}

// Entitlements returns the entitlement for every catalog item but the
// touchpoints (which every customer has), in catalog order, then the
// add-ons m bought that cat does not list (bought under another edition),
// as purchased. Field activities get one row per solution of their list, so that
// "Health Assessment for Commerce" can be unavailable while "Health
// Assessment for Analytics" is included.
func Entitlements(cat *catalog.Catalog, m Membership, a Allowances) []Entitlement {
	var out []Entitlement
	for _, it := range cat.Items() {
		if it.Kind == catalog.KindTouchpoint {
			continue // not an entitlement: every customer has them
		}
		if it.Kind == catalog.KindField {
			for _, s := range it.Solutions {
				out = append(out, entitlementOf(cat, m, a, it, s))
			}
			continue
		}
		out = append(out, entitlementOf(cat, m, a, it, ""))
	}
	// An add-on bought under another edition of the offer stays the
	// customer's (see RuleAddOnOffered), also when this edition has no
	// such add-on at all.
	for _, id := range m.AddOns {
		if _, listed := cat.AddOn(id); listed {
			continue
		}
		add, known := AddOnOfAnyEdition(cat, id)
		if !known {
			continue
		}
		why, _ := addOnBreak(cat, m, id)
		out = append(out, Entitlement{
			Item:   catalog.Item{Kind: catalog.KindAddOn, ID: add.ID, Name: add.Name, Description: add.Description},
			Status: Purchased,
			Reason: Textf("Purchased outside this offer: %s", why),
		})
	}
	return out
}

// EntitlementFor returns the entitlement for catalog item itemID. For a
// field activity, solution names the solution it would be delivered for;
// for an accelerator it is ignored (an accelerator has one solution).
func EntitlementFor(cat *catalog.Catalog, m Membership, a Allowances, itemID string, solution catalog.SolutionID) (Entitlement, error) {
	it, ok := cat.Item(itemID)
	if !ok {
		return Entitlement{}, fmt.Errorf("unknown catalog item %q", itemID)
	}
	if it.Kind == catalog.KindField {
		if solution == "" {
			return Entitlement{}, fmt.Errorf("field activity %q: name the solution it is for", itemID)
		}
		// The activity's list may name the family (Experience Manager)
		// while the customer licenses a member (AEM Sites).
		listed := slices.ContainsFunc(it.Solutions, func(s catalog.SolutionID) bool { return cat.Covers(s, solution) })
		if !listed {
			return Entitlement{Item: it, Solution: solution, Status: NotAvailable,
				Reason: Textf("%s is not offered for %s", it.Name, cat.SolutionName(solution))}, nil
		}
	}
	return entitlementOf(cat, m, a, it, solution), nil
}

func entitlementOf(cat *catalog.Catalog, m Membership, a Allowances, it catalog.Item, solution catalog.SolutionID) Entitlement {
	e := Entitlement{Item: it, Solution: solution}
	tier, ok := cat.Tier(m.Tier)
	if !ok {
		e.Status, e.Reason = NotAvailable, Textf("unknown tier %q", m.Tier)
		return e
	}
	switch it.Kind {
	case catalog.KindAccelerator:
		e.Solution = it.Solutions[0]
		switch {
		case !tier.Accelerators:
			e.Status, e.Reason = NotAvailable, Textf("Success Accelerators are not included in %s", tier.Name)
		case !m.Licenses(cat, e.Solution):
			e.Status, e.Reason = NotAvailable, Textf("%s needs a licence for %s", it.Name, cat.SolutionName(e.Solution))
		case a.AcceleratorsPerYear > 0:
			e.Status, e.Reason = Included, Textf("Included in %s; the contract allows %d accelerators per year", tier.Name, a.AcceleratorsPerYear)
		default:
			e.Status, e.Reason = Included, Textf("Included in %s", tier.Name)
		}
	case catalog.KindField:
		switch {
		case !m.Licenses(cat, solution):
			e.Status, e.Reason = NotAvailable, Textf("%s needs a licence for %s", it.Name, cat.SolutionName(solution))
		case a.FieldHoursPerYear > 0:
			e.Status, e.Reason = Included, Textf("Included in the contract: %d field-activity hours per year", a.FieldHoursPerYear)
		default:
			e.Status, e.Reason = Available, Textf("The contract includes no field-activity hours; hours can be added")
		}
	case catalog.KindProactive:
		p, _ := proactive(cat, it.ID)
		if slices.Contains(p.Tiers, tier.ID) {
			e.Status, e.Reason = Included, Textf("Proactive service included in %s", tier.Name)
		} else {
			e.Status, e.Reason = NotAvailable, Textf("%s is a proactive service of %s, not of %s", it.Name, tierNames(cat, p.Tiers), tier.Name)
		}
	case catalog.KindTouchpoint:
		e.Status, e.Reason = Included, Textf("Touchpoints are part of every membership")
	case catalog.KindAddOn:
		add, _ := cat.AddOn(it.ID)
		state := add.States[tier.ID]
		why, outside := addOnBreak(cat, m, add.ID)
		switch {
		case state == catalog.StateIncluded:
			e.Status, e.Reason = Included, Textf("%s is included in %s", add.Name, tier.Name)
		case outside && slices.Contains(m.AddOns, add.ID):
			e.Status, e.Reason = Purchased, Textf("Purchased outside this offer: %s", why)
		case state != catalog.StateAvailable:
			e.Status, e.Reason = NotAvailable, Textf("%s is not available on %s", add.Name, tier.Name)
		case add.RequiresSolution != "" && !m.Licenses(cat, add.RequiresSolution):
			e.Status, e.Reason = NotAvailable, Textf("%s needs a licence for %s", add.Name, cat.SolutionName(add.RequiresSolution))
		case slices.Contains(m.AddOns, add.ID):
			e.Status, e.Reason = Purchased, Textf("%s was purchased", add.Name)
		default:
			e.Status, e.Reason = Available, Textf("%s can be bought on %s", add.Name, tier.Name)
		}
	}
	return e
}

// ErrAddOn is wrapped by every error of CheckAddOnPurchase.
var ErrAddOn = errors.New("add-on cannot be purchased")

// CheckAddOnPurchase reports whether membership m can buy add-on id: it
// must exist, be available on m's tier (not included, not unavailable) and
// have its required solution licensed.
func CheckAddOnPurchase(cat *catalog.Catalog, m Membership, id string) error {
	add, ok := cat.AddOn(id)
	if !ok {
		return &TextError{Err: ErrAddOn, Text: Textf("unknown add-on %q", id)}
	}
	tier, ok := cat.Tier(m.Tier)
	if !ok {
		return &TextError{Err: ErrAddOn, Text: Textf("unknown tier %q", m.Tier)}
	}
	switch add.States[tier.ID] {
	case catalog.StateIncluded:
		return &TextError{Err: ErrAddOn, Text: Textf("%s is already included in %s", add.Name, tier.Name)}
	case catalog.StateAvailable:
	default:
		return &TextError{Err: ErrAddOn, Text: Textf("%s is not available on %s", add.Name, tier.Name)}
	}
	if add.RequiresSolution != "" && !m.Licenses(cat, add.RequiresSolution) {
		return &TextError{Err: ErrAddOn, Text: Textf("%s needs a licence for %s", add.Name, cat.SolutionName(add.RequiresSolution))}
	}
	return nil
}

func proactive(cat *catalog.Catalog, id string) (catalog.ProactiveActivity, bool) {
	for _, p := range cat.ProactiveActivities {
		if p.ID == id {
			return p, true
		}
	}
	return catalog.ProactiveActivity{}, false
}

func tierNames(cat *catalog.Catalog, ids []catalog.TierID) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if t, ok := cat.Tier(id); ok {
			names = append(names, t.Name)
		}
	}
	if len(names) == 0 {
		return "no tier"
	}
	return joinAnd(names)
}

// joinAnd joins ["a","b","c"] as "a, b and c".
func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	out := s[0]
	for _, x := range s[1 : len(s)-1] {
		out += ", " + x
	}
	return out + " and " + s[len(s)-1]
}

// GroupedReasons returns the reasons of ents, one sentence for all the
// items that share a reason: the entitlements whose Reason has the same
// format and the same arguments once the item's name is left out are
// told together, such as "Not in Expert Success (Ultimate Success
// includes them): Product roadmap reviews; Mutual Action Plan". Item
// names are separated by semicolons, as a name may hold a comma. A
// reason that one item alone has, or whose format has no grouped form,
// is kept as it is, and a reason that does not name its item (such as
// "Success Accelerators are not included in Expert Success") is told
// once. The sentences come in the order of their first entitlement.
// GroupedReasons does not look at the status: the caller passes the
// entitlements it wants to explain, such as those not available.
func GroupedReasons(ents []Entitlement) []Text {
	type group struct {
		first Text
		name  int // index of the item's name in first.Args, or -1
		names []string
	}
	var groups []*group
	byKey := map[string]*group{}
	for _, e := range ents {
		if e.Reason.IsZero() {
			continue
		}
		name := slices.IndexFunc(e.Reason.Args, func(a any) bool { s, ok := a.(string); return ok && s == e.Item.Name })
		rest := e.Reason.Args
		if name >= 0 {
			rest = slices.Delete(slices.Clone(rest), name, name+1)
		}
		key := fmt.Sprintf("%d\x00%s\x00%#v", name, e.Reason.Format, rest)
		g, ok := byKey[key]
		if !ok {
			g = &group{first: e.Reason, name: name}
			byKey[key] = g
			groups = append(groups, g)
		}
		if name >= 0 && !slices.Contains(g.names, e.Item.Name) {
			g.names = append(g.names, e.Item.Name)
		}
	}
	out := make([]Text, 0, len(groups))
	for _, g := range groups {
		if len(g.names) < 2 {
			out = append(out, g.first)
			continue
		}
		if t, ok := groupedReason(g.first, g.name, strings.Join(g.names, "; ")); ok {
			out = append(out, t)
			continue
		}
		// No grouped form: one sentence per item.
		for _, n := range g.names {
			args := slices.Clone(g.first.Args)
			args[g.name] = n
			out = append(out, Text{Format: g.first.Format, Args: args})
		}
	}
	return out
}

// groupedReason returns the sentence that tells reason r, a reason of
// one item whose name is argument name, for several items at once,
// given their names; false when r has no grouped form.
func groupedReason(r Text, name int, names string) (Text, bool) {
	a := r.Args
	if name != 0 {
		return Text{}, false
	}
	switch r.Format {
	case "%s is a proactive service of %s, not of %s":
		return Textf("Not in %s (%s includes them): %s", a[2], a[1], names), true
	case "%s is not available on %s":
		return Textf("Not available on %s: %s", a[1], names), true
	case "%s needs a licence for %s":
		return Textf("These need a licence for %s: %s", a[1], names), true
	case "%s is not offered for %s":
		return Textf("Not offered for %s: %s", a[1], names), true
	case "%s can be bought on %s":
		return Textf("Not included, can be bought on %s: %s", a[1], names), true
	}
	return Text{}, false
}
