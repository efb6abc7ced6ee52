package main

import "github.com/liftoff-app/liftoff/planner"

// accountJSON is what customer show --json prints: the whole account, the
// consumption of its allowances per contract year and the edition of the
// offer its contract is under.
type accountJSON struct {
	planner.Account
	Consumption []usageJSON `json:"consumption"`
	// Edition is the edition of the offer the contract is under, with the
	// preview of a renewal under a newer one.
	Edition customerEditionJSON `json:"edition"`
}

// usageJSON is one contract year's consumption of the allowances.
type usageJSON struct {
	Start        planner.Date             `json:"start"`
	End          planner.Date             `json:"end"`
	Accelerators consumptionJSON[int]     `json:"accelerators"`
	FieldHours   consumptionJSON[float64] `json:"fieldHours"`
}

// consumptionJSON is one allowance of a contract year; left is allowed
// less delivered and committed (proposed is not taken off).
type consumptionJSON[N int | float64] struct {
	Allowed   N `json:"allowed"`
	Delivered N `json:"delivered"`
	Committed N `json:"committed"`
	Proposed  N `json:"proposed"`
	Left      N `json:"left"`
}

func newConsumptionJSON[N int | float64](c planner.Consumption[N]) consumptionJSON[N] {
	return consumptionJSON[N]{Allowed: c.Allowed, Delivered: c.Delivered, Committed: c.Committed, Proposed: c.Proposed, Left: c.Left()}
}

func newUsageJSON(u planner.Usage) usageJSON {
	return usageJSON{Start: u.YearStart, End: u.YearEnd,
		Accelerators: newConsumptionJSON(u.Accelerators), FieldHours: newConsumptionJSON(u.FieldHours)}
}

// portfolioRowJSON is one customer of customer list --json.
type portfolioRowJSON struct {
	Customer       planner.Customer  `json:"customer"`
	Engagement     string            `json:"engagement,omitempty"`
	CurrentPhase   string            `json:"currentPhase,omitempty"`
	NextActivity   *planner.Activity `json:"nextActivity"`
	OverdueActions int               `json:"overdueActions"`
	DueSoonActions int               `json:"dueSoonActions"`
	// Consumption is the contract year of today.
	Consumption usageJSON `json:"consumption"`
	// Renewal is the renewal day (see planner.RenewalDay), RenewalInDays
	// the days from today to it; both are left out without a contract end.
	Renewal       planner.Date `json:"renewal,omitzero"`
	RenewalInDays *int         `json:"renewalInDays,omitempty"`
}

func newPortfolioRowJSON(r planner.PortfolioRow, s planner.Settings, today planner.Date) portfolioRowJSON {
	out := portfolioRowJSON{
		Customer: r.Customer, Engagement: r.Engagement, CurrentPhase: string(r.CurrentPhase), NextActivity: r.NextActivity,
		OverdueActions: r.OverdueActions, DueSoonActions: r.DueSoonActions, Consumption: newUsageJSON(r.Usage),
	}
	if day, ok := planner.RenewalDay(r.Customer.Contract, s); ok {
		days, _ := planner.RenewalIn(r.Customer.Contract, s, today)
		out.Renewal, out.RenewalInDays = day, &days
	}
	return out
}

// planCheckJSON is what plan check --json prints.
type planCheckJSON struct {
	Quarter   planner.Quarter    `json:"quarter"`
	Conflicts []planner.Conflict `json:"conflicts"`
	Warnings  []planner.Warning  `json:"warnings"`
}
