package planner

import (
	"cmp"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// Suggestion is a catalog item worth proposing to a customer, with how
// well it fits and why.
type Suggestion struct {
	Item catalog.Item `json:"item"`
	// Solution is the solution it would be delivered for.
	Solution catalog.SolutionID `json:"solution"`
	// Score orders suggestions: the higher, the better the fit.
	Score int `json:"score"`
	// Reasons say why, one phrase each ("fits the current phase Design").
	Reasons []Text `json:"reasons"`
}

// Reason returns the reasons as one sentence in English.
func (s Suggestion) Reason() string {
	parts := make([]string, len(s.Reasons))
	for i, r := range s.Reasons {
		parts[i] = r.String()
	}
	return strings.Join(parts, "; ")
}

// Points a suggestion earns for each way it fits.
const (
	suggestCurrentPhase = 4 // fits the phase the engagement is in
	suggestNextPhase    = 2 // fits the phase after it
	suggestAnyPhase     = 1 // names no phase, so fits any
	suggestObjective    = 3 // serves a solution of an open MAP objective
)

// Suggest returns the accelerators and field activities the customer of
// account a is entitled to and has not used in the contract year of today,
// best fit first. An item is left out when the year's allowance cannot
// hold it (no accelerator left, or too few field-activity hours).
//
// The fit: fitting the current phase of the active engagement (see
// ActiveEngagement) scores 4, the next phase 2, and an item that names no
// phase 1; serving a solution of an open objective of the Mutual Action
// Plan scores 3. Ties go to accelerators before field activities, then by
// name and solution.
func Suggest(cat *catalog.Catalog, a Account, today Date) []Suggestion {
	cat = CustomerCatalog(cat, a.Customer)
	c := a.Customer
	first, last := c.Contract.YearOf(today)
	inYear := func(d Date) bool { return !d.Before(first) && !d.After(last) }

	usedAcc, usedHours := 0, 0.0
	used := map[string][]catalog.SolutionID{}
	for _, act := range a.Activities {
		if !act.Status.Counts() || !inYear(act.Date) {
			continue
		}
		it, ok := cat.Item(act.ItemID)
		if !ok {
			continue
		}
		switch it.Kind {
		case catalog.KindAccelerator:
			usedAcc++
		case catalog.KindField:
			usedHours += act.ConsumedHours()
		}
		used[act.ItemID] = append(used[act.ItemID], schedSolutionOf(&it, act.Solution))
	}
	allow := c.Contract.Allowances
	accLeft := allow.AcceleratorsPerYear <= 0 || usedAcc < allow.AcceleratorsPerYear
	hoursLeft := float64(allow.FieldHoursPerYear) - usedHours

	var current, next catalog.PhaseID
	if e, cur, ok := ActiveEngagement(a.Engagements); ok {
		current = cur.Phase
		if _, idx, found := e.Phase(cur.Phase); found && idx+1 < len(e.Phases) {
			next = e.Phases[idx+1].Phase
		}
	}

	var out []Suggestion
	type offer struct {
		item string
		sol  catalog.SolutionID
	}
	seen := map[offer]bool{}
	for _, e := range Entitlements(cat, c.Membership, allow) {
		it := e.Item
		if !e.Status.Entitled() || (it.Kind != catalog.KindAccelerator && it.Kind != catalog.KindField) {
			continue
		}
		if it.Kind == catalog.KindAccelerator && !accLeft {
			continue
		}
		if it.Kind == catalog.KindField && float64(it.Hours) > hoursLeft+schedEpsilon {
			continue
		}
		for _, sol := range suggestLicensedMembers(cat, c.Membership, e.Solution) {
			if seen[offer{it.ID, sol}] || slices.ContainsFunc(used[it.ID], func(u catalog.SolutionID) bool { return u == sol || cat.Covers(u, sol) }) {
				continue
			}
			seen[offer{it.ID, sol}] = true
			out = append(out, suggestScore(cat, a.Plan, it, sol, current, next))
		}
	}
	slices.SortStableFunc(out, func(x, y Suggestion) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		if kx, ky := x.Item.Kind == catalog.KindAccelerator, y.Item.Kind == catalog.KindAccelerator; kx != ky {
			if kx {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(x.Item.Name, y.Item.Name); c != 0 {
			return c
		}
		return cmp.Compare(x.Solution, y.Solution)
	})
	return out
}

// suggestScore scores item it, delivered for solution sol, against the
// current and next phase and the plan's objectives.
func suggestScore(cat *catalog.Catalog, plan ActionPlan, it catalog.Item, sol catalog.SolutionID, current, next catalog.PhaseID) Suggestion {
	sg := Suggestion{Item: it, Solution: sol}
	switch {
	case current != "" && len(it.Phases) > 0 && it.FitsPhase(current):
		sg.Score += suggestCurrentPhase
		sg.Reasons = append(sg.Reasons, Textf("fits the current phase %s", phaseDisplayName(cat, current)))
	case next != "" && len(it.Phases) > 0 && it.FitsPhase(next):
		sg.Score += suggestNextPhase
		sg.Reasons = append(sg.Reasons, Textf("prepares the next phase %s", phaseDisplayName(cat, next)))
	case len(it.Phases) == 0:
		sg.Score += suggestAnyPhase
		sg.Reasons = append(sg.Reasons, Textf("fits any phase"))
	}
	if o, ok := suggestObjectiveFor(cat, plan, sol); ok {
		sg.Score += suggestObjective
		sg.Reasons = append(sg.Reasons, Textf("serves the objective %q", o.Title))
	}
	sg.Reasons = append(sg.Reasons, Textf("for %s, which is licensed", cat.SolutionName(sol)),
		Textf("none delivered, committed or proposed this contract year"))
	return sg
}

// suggestLicensedMembers returns the solutions the membership licenses
// that an offer made for sol covers (sol itself, or members of its
// family), in the membership's order; sol alone when it is empty.
func suggestLicensedMembers(cat *catalog.Catalog, m Membership, sol catalog.SolutionID) []catalog.SolutionID {
	if sol == "" {
		return []catalog.SolutionID{""}
	}
	var out []catalog.SolutionID
	for _, l := range m.Solutions {
		if cat.Covers(sol, l) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// suggestObjectiveFor returns the first open objective of the plan that
// names solution sol (or a solution of its family, or one sol belongs to).
func suggestObjectiveFor(cat *catalog.Catalog, plan ActionPlan, sol catalog.SolutionID) (Objective, bool) {
	for _, o := range plan.Objectives {
		if o.Status.Closed() {
			continue
		}
		for _, s := range o.Solutions {
			if cat.Covers(sol, s) || cat.Covers(s, sol) {
				return o, true
			}
		}
	}
	return Objective{}, false
}
