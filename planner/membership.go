package planner

import (
	"fmt"
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
)

// MembershipRule names a rule of the membership that a customer's record
// must keep, unless the TAM deliberately goes beyond the membership for
// that customer (Customer.OutsideMembership).
type MembershipRule string

// The membership rules.
const (
	// RuleTechnicalAccountDirector: a Technical Account Director (a named
	// Team.TAD) only where the tier includes the add-on or it was
	// purchased.
	RuleTechnicalAccountDirector MembershipRule = "technical-account-director"
	// RuleMutualActionPlan: a Mutual Action Plan only where the membership
	// includes the proactive item of the plan (MutualActionPlanItem).
	RuleMutualActionPlan MembershipRule = "mutual-action-plan"
	// RuleAcceleratorAllowance: an accelerator allowance above zero only
	// on a tier that includes Success Accelerators.
	RuleAcceleratorAllowance MembershipRule = "accelerator-allowance"
	// RuleContactLicensedProduct: a Named Support Contact only for a
	// product the membership licenses.
	RuleContactLicensedProduct MembershipRule = "contact-licensed-product"
	// RuleProactiveServices: an activity of a proactive service only
	// where the membership includes proactive services.
	RuleProactiveServices MembershipRule = "proactive-services"
	// RuleAddOnOffered: a purchased add-on only where the edition of the
	// offer the contract is under sells it to the membership: available
	// on its tier (or included in it), and for an add-on of a solution
	// with that solution licensed.
	RuleAddOnOffered MembershipRule = "add-on-offered"
)

// TechnicalAccountDirectorAddOn is the catalog ID of the add-on that
// gives a customer a Technical Account Director.
const TechnicalAccountDirectorAddOn = "technical-account-director"

// MutualActionPlanItem is the catalog ID of the proactive item whose
// entitlement decides whether a membership includes a Mutual Action Plan.
const MutualActionPlanItem = "pro-mutual-action-plan"

// MembershipRules returns every membership rule, in a fixed order.
func MembershipRules() []MembershipRule {
	return []MembershipRule{RuleTechnicalAccountDirector, RuleMutualActionPlan, RuleAcceleratorAllowance, RuleContactLicensedProduct,
		RuleProactiveServices, RuleAddOnOffered}
}

// Known reports whether r is one of MembershipRules.
func (r MembershipRule) Known() bool { return slices.Contains(MembershipRules(), r) }

// Title names the rule in a few words, for lists such as "Outside the
// membership: Technical Account Director, Mutual Action Plan".
func (r MembershipRule) Title() Text {
	switch r {
	case RuleTechnicalAccountDirector:
		return Textf("Technical Account Director")
	case RuleMutualActionPlan:
		return Textf("Mutual Action Plan")
	case RuleAcceleratorAllowance:
		return Textf("accelerator allowance")
	case RuleContactLicensedProduct:
		return Textf("Named Support Contact for an unlicensed product")
	case RuleProactiveServices:
		return Textf("proactive services")
	case RuleAddOnOffered:
		return Textf("add-on not offered")
	}
	return Textf("%s", string(r))
}

// MembershipBreak is one place where a customer's record goes beyond its
// membership.
type MembershipBreak struct {
	Rule MembershipRule
	// Field is the field in error, as in FieldError ("team.tad",
	// "contacts[2].product", "plan").
	Field string
	// Text names the rule in words, e.g. "a Technical Account Director
	// needs Ultimate Success with the Technical Account Director add-on".
	Text Text
}

// MembershipBreaks returns every break of the membership rules in c, with
// or without c's overrides: a rule in c.OutsideMembership is still
// reported. hasPlan says whether the customer has a Mutual Action Plan.
func MembershipBreaks(cat *catalog.Catalog, c Customer, hasPlan bool) []MembershipBreak {
	cat = CustomerCatalog(cat, c)
	var out []MembershipBreak
	tier, tierOK := cat.Tier(c.Membership.Tier)
	if !tierOK {
		return nil // Validate reports the unknown tier
	}
	if c.Team.TAD.Name != "" || c.Team.TAD.Email != "" {
		if !hasTADAddOn(cat, c.Membership) {
			out = append(out, MembershipBreak{Rule: RuleTechnicalAccountDirector, Field: "team.tad",
				Text: Textf("a Technical Account Director needs %s with the Technical Account Director add-on", tadTiers(cat))})
		}
	}
	if hasPlan {
		if b, ok := planBreak(cat, c.Membership); ok {
			out = append(out, b)
		}
	}
	if c.Contract.Allowances.AcceleratorsPerYear > 0 && !tier.Accelerators {
		var with []catalog.TierID
		for _, t := range cat.Tiers {
			if t.Accelerators {
				with = append(with, t.ID)
			}
		}
		out = append(out, MembershipBreak{Rule: RuleAcceleratorAllowance, Field: "contract.allowances.acceleratorsPerYear",
			Text: Textf("an accelerator allowance needs %s, which includes Success Accelerators; %s does not", tierNames(cat, with), tier.Name)})
	}
	for i, n := range c.Contacts {
		if _, known := cat.Solution(n.Product); !known || contactLicensed(cat, c.Membership, n.Product) {
			continue
		}
		out = append(out, MembershipBreak{Rule: RuleContactLicensedProduct, Field: fmt.Sprintf("contacts[%d].product", i),
			Text: Textf("a Named Support Contact needs a licensed product, and %s is not licensed", cat.SolutionName(n.Product))})
	}
	seen := map[string]bool{}
	for i, id := range c.Membership.AddOns {
		if seen[id] {
			continue // Validate reports the add-on listed twice
		}
		seen[id] = true
		if t, broken := addOnBreak(cat, c.Membership, id); broken {
			out = append(out, MembershipBreak{Rule: RuleAddOnOffered, Field: fmt.Sprintf("membership.addons[%d]", i), Text: t})
		}
	}
	return out
}

// addOnBreak tells why the edition cat does not sell the purchased add-on
// id to membership m (RuleAddOnOffered): the edition does not offer it,
// its tier cannot have it, or it needs a solution m does not license. It
// reports false when cat sells it, or includes it in the tier, and for an
// add-on no edition knows (Validate reports that).
func addOnBreak(cat *catalog.Catalog, m Membership, id string) (Text, bool) {
	offer := cat.Edition().Effective
	add, offered := cat.AddOn(id)
	if !offered {
		known, ok := AddOnOfAnyEdition(cat, id)
		switch {
		case !ok:
			return Text{}, false
		case offeredBefore(cat, id):
			return Textf("%s is no longer offered under the offer of %s", known.Name, offer), true
		}
		return Textf("%s is not offered yet under the offer of %s", known.Name, offer), true
	}
	tier, _ := cat.Tier(m.Tier)
	switch add.States[m.Tier] {
	case catalog.StateIncluded:
		return Text{}, false
	case catalog.StateAvailable:
	default:
		return Textf("%s cannot be bought on %s under the offer of %s", add.Name, tier.Name, offer), true
	}
	if add.RequiresSolution != "" && !m.Licenses(cat, add.RequiresSolution) {
		return Textf("%s needs a licence for %s", add.Name, cat.SolutionName(add.RequiresSolution)), true
	}
	return Text{}, false
}

// AddOnOfAnyEdition returns add-on id as the latest edition of cat's file
// that offers it describes it, and whether any edition does: a purchase
// made under an edition the offer has since left behind still names a
// known add-on.
func AddOnOfAnyEdition(cat *catalog.Catalog, id string) (catalog.AddOn, bool) {
	eds := cat.Editions()
	for k := len(eds) - 1; k >= 0; k-- {
		if a, ok := cat.InForce(eds[k].Effective).AddOn(id); ok {
			return a, true
		}
	}
	return catalog.AddOn{}, false
}

// offeredBefore reports whether an edition older than cat offers add-on
// id.
func offeredBefore(cat *catalog.Catalog, id string) bool {
	for _, e := range cat.Editions() {
		if !e.Effective.Before(cat.Edition().Effective) {
			break
		}
		if _, ok := cat.InForce(e.Effective).AddOn(id); ok {
			return true
		}
	}
	return false
}

// contactLicensed reports whether a Named Support Contact may be named for
// product: the membership licenses it, a member of it (Licenses), or the
// family it belongs to.
func contactLicensed(cat *catalog.Catalog, m Membership, product catalog.SolutionID) bool {
	return m.Licenses(cat, product) || slices.ContainsFunc(m.Solutions, func(l catalog.SolutionID) bool { return cat.Covers(l, product) })
}

// MembershipBreaks returns every break of the membership rules in the
// account: the customer's and, when it has one, the Mutual Action Plan's.
func (a Account) MembershipBreaks(cat *catalog.Catalog) []MembershipBreak {
	return MembershipBreaks(cat, a.Customer, a.HasPlan())
}

// CheckPlanAllowed returns a *ValidationError when customer c may not
// have a Mutual Action Plan (RuleMutualActionPlan) and does not go beyond
// its membership for it; nil otherwise.
func CheckPlanAllowed(cat *catalog.Catalog, c Customer) error {
	cat = CustomerCatalog(cat, c)
	b, broken := planBreak(cat, c.Membership)
	if !broken || c.IsOutsideMembership(b.Rule) {
		return nil
	}
	var p problems
	p.addBreak(b)
	return p.err(Textf("customer %q", c.Name))
}

// planBreak reports whether membership m breaks RuleMutualActionPlan. The
// plan is included where the catalog's Mutual Action Plan item is; a
// catalog without that item falls back to the tiers with proactive
// services.
func planBreak(cat *catalog.Catalog, m Membership) (MembershipBreak, bool) {
	tier, ok := cat.Tier(m.Tier)
	if !ok {
		return MembershipBreak{}, false
	}
	var with []catalog.TierID
	if p, ok := proactive(cat, MutualActionPlanItem); ok {
		if slices.Contains(p.Tiers, tier.ID) {
			return MembershipBreak{}, false
		}
		with = p.Tiers
	} else {
		if tier.Proactive {
			return MembershipBreak{}, false
		}
		for _, t := range cat.Tiers {
			if t.Proactive {
				with = append(with, t.ID)
			}
		}
	}
	return MembershipBreak{Rule: RuleMutualActionPlan, Field: "plan",
		Text: Textf("a Mutual Action Plan needs %s, which includes it; %s does not", tierNames(cat, with), tier.Name)}, true
}

// hasTADAddOn reports whether m includes or purchased the Technical
// Account Director add-on.
func hasTADAddOn(cat *catalog.Catalog, m Membership) bool {
	add, ok := cat.AddOn(TechnicalAccountDirectorAddOn)
	if !ok {
		return false
	}
	switch add.States[m.Tier] {
	case catalog.StateIncluded:
		return true
	case catalog.StateAvailable:
		return slices.Contains(m.AddOns, add.ID)
	}
	return false
}

// tadTiers names the tiers that can have the Technical Account Director
// add-on.
func tadTiers(cat *catalog.Catalog) string {
	add, _ := cat.AddOn(TechnicalAccountDirectorAddOn)
	var with []catalog.TierID
	for _, t := range cat.Tiers {
		if s := add.States[t.ID]; s == catalog.StateIncluded || s == catalog.StateAvailable {
			with = append(with, t.ID)
		}
	}
	return tierNames(cat, with)
}

// IsOutsideMembership reports whether the TAM deliberately lets c go
// beyond its membership for rule r.
func (c Customer) IsOutsideMembership(r MembershipRule) bool {
	return slices.Contains(c.OutsideMembership, r)
}

// AllowOutsideMembership adds rules to c's overrides, keeping each once
// and in the order of MembershipRules.
func (c *Customer) AllowOutsideMembership(rules ...MembershipRule) {
	var out []MembershipRule
	for _, r := range MembershipRules() {
		if c.IsOutsideMembership(r) || slices.Contains(rules, r) {
			out = append(out, r)
		}
	}
	for _, r := range c.OutsideMembership {
		if !r.Known() && !slices.Contains(out, r) {
			out = append(out, r) // Validate reports it
		}
	}
	c.OutsideMembership = out
}

// OutsideMembershipTitles returns the titles of c's overrides, in order.
func (c Customer) OutsideMembershipTitles() []Text {
	out := make([]Text, len(c.OutsideMembership))
	for i, r := range c.OutsideMembership {
		out[i] = r.Title()
	}
	return out
}

// RulesOf returns the membership rules that the problems of v break, each
// once, in the order of MembershipRules; and whether every problem of v
// is such a break (so that saving outside the membership would succeed).
func RulesOf(v *ValidationError) (rules []MembershipRule, onlyBreaks bool) {
	onlyBreaks = len(v.Problems) > 0
	for _, p := range v.Problems {
		if p.Rule == "" {
			onlyBreaks = false
			continue
		}
		if !slices.Contains(rules, p.Rule) {
			rules = append(rules, p.Rule)
		}
	}
	slices.SortFunc(rules, func(a, b MembershipRule) int {
		return slices.Index(MembershipRules(), a) - slices.Index(MembershipRules(), b)
	})
	return rules, onlyBreaks
}

// addBreak records break b as a problem that names its rule and how to
// save it anyway.
func (p *problems) addBreak(b MembershipBreak) {
	t := Textf("%s (rule %s); save it outside the membership to keep it anyway", b.Text, string(b.Rule))
	p.list = append(p.list, FieldError{Field: b.Field, Message: t.String(), Text: t, Rule: b.Rule})
}

// validateMembership adds the breaks of c that its overrides do not
// cover, and the overrides that name no rule.
func (c Customer) validateMembership(cat *catalog.Catalog, p *problems) {
	seen := map[MembershipRule]bool{}
	for i, r := range c.OutsideMembership {
		field := fmt.Sprintf("outsideMembership[%d]", i)
		switch {
		case !r.Known():
			p.add(field, "unknown membership rule %q (want %s)", string(r), ruleList())
		case seen[r]:
			p.add(field, "membership rule %q is listed twice", string(r))
		}
		seen[r] = true
	}
	for _, b := range MembershipBreaks(cat, c, false) {
		if !c.IsOutsideMembership(b.Rule) {
			p.addBreak(b)
		}
	}
}

func ruleList() string {
	var s string
	for i, r := range MembershipRules() {
		if i > 0 {
			s += ", "
		}
		s += string(r)
	}
	return s
}

// ActivityBreak returns the break of activity a for customer c: a
// proactive service the membership does not include
// (RuleProactiveServices), whether or not c goes beyond it; false when a
// breaks no rule.
func ActivityBreak(cat *catalog.Catalog, c Customer, a Activity) (MembershipBreak, bool) {
	cat = CustomerCatalog(cat, c)
	it, ok := cat.Item(a.ItemID)
	if !ok {
		// An item of a later edition: a proactive service the
		// contract's edition does not have is not part of it either.
		if it, ok = latestEdition(cat).Item(a.ItemID); ok && it.Kind == catalog.KindProactive {
			tier, _ := cat.Tier(c.Membership.Tier)
			return MembershipBreak{Rule: RuleProactiveServices, Field: "itemId",
				Text: Textf("%s is a proactive service, which %s does not include", it.Name, tier.Name)}, true
		}
		return MembershipBreak{}, false
	}
	if it.Kind != catalog.KindProactive {
		return MembershipBreak{}, false
	}
	e, err := EntitlementFor(cat, c.Membership, c.Contract.Allowances, it.ID, "")
	if err != nil || e.Status != NotAvailable {
		return MembershipBreak{}, false
	}
	tier, _ := cat.Tier(c.Membership.Tier)
	return MembershipBreak{Rule: RuleProactiveServices, Field: "itemId",
		Text: Textf("%s is a proactive service, which %s does not include", it.Name, tier.Name)}, true
}

// CheckActivityAllowed returns a *ValidationError when activity a breaks
// a membership rule (ActivityBreak) that customer c does not go beyond;
// nil otherwise.
func CheckActivityAllowed(cat *catalog.Catalog, c Customer, a Activity) error {
	cat = CustomerCatalog(cat, c)
	b, broken := ActivityBreak(cat, c, a)
	if !broken || c.IsOutsideMembership(b.Rule) {
		return nil
	}
	var p problems
	p.addBreak(b)
	return p.err(Textf("activity %q", a.ItemID))
}

// Storable returns err, an error of Customer.Validate or Account.Validate,
// without its breaks of RuleAddOnOffered, and nil when nothing else is
// left. An add-on bought when the offer sold it stays on the customer when
// a later edition of the offer no longer does: a record with such a break
// is stored, read, imported and restored whole, while the window and
// liftoffctl ask before a TAM saves one (see MembershipBreaks).
func Storable(err error) error {
	v, ok := AsValidation(err)
	if !ok {
		return err
	}
	out := *v
	out.Problems = nil
	for _, p := range v.Problems {
		if p.Rule != RuleAddOnOffered {
			out.Problems = append(out.Problems, p)
		}
	}
	if len(out.Problems) == 0 {
		return nil
	}
	return &out
}
