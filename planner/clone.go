package planner

import (
	"slices"

	"github.com/liftoff-app/liftoff/catalog"
)

// Clone returns a copy of a that shares no slice with it: the copy's
// customer, engagements, plan, activities, series, cases and risks can be
// changed without changing a's.
func (a Account) Clone() Account {
	a.Customer = a.Customer.Clone()
	a.Engagements = cloneEach(a.Engagements, Engagement.Clone)
	a.Plan = a.Plan.Clone()
	a.Activities = slices.Clone(a.Activities)
	a.Series = slices.Clone(a.Series)
	a.Cases = cloneEach(a.Cases, SupportCase.Clone)
	a.Risks = slices.Clone(a.Risks)
	return a
}

// Clone returns a copy of c that shares no slice with it.
func (c Customer) Clone() Customer {
	c.Membership.AddOns = slices.Clone(c.Membership.AddOns)
	c.Membership.Solutions = slices.Clone(c.Membership.Solutions)
	c.Contacts = slices.Clone(c.Contacts)
	c.KeyEvents = slices.Clone(c.KeyEvents)
	c.Holidays = slices.Clone(c.Holidays)
	c.OutsideMembership = slices.Clone(c.OutsideMembership)
	return c
}

// Clone returns a copy of e that shares no slice with it: its phases,
// stakeholders, cadence, goals, channels, escalation path and assessment
// can be changed without changing e's.
func (e Engagement) Clone() Engagement {
	e.Phases = slices.Clone(e.Phases)
	e.Stakeholders = slices.Clone(e.Stakeholders)
	e.Cadence = slices.Clone(e.Cadence)
	e.Goals = slices.Clone(e.Goals)
	e.Channels = slices.Clone(e.Channels)
	e.Escalation = slices.Clone(e.Escalation)
	e.Assessment = e.Assessment.clone()
	return e
}

// clone returns a copy of a that shares no slice with it.
func (a Assessment) clone() Assessment {
	a.Requirements = slices.Clone(a.Requirements)
	a.Findings = slices.Clone(a.Findings)
	a.Recommendations = slices.Clone(a.Recommendations)
	a.unplaced = cloneEach(a.unplaced, UseCase.clone)
	return a
}

// Clone returns a copy of p that shares no slice with it: its objectives
// (with their KPIs, solutions and use cases), milestones and actions can
// be changed without changing p's.
func (p ActionPlan) Clone() ActionPlan {
	p.Objectives = cloneEach(p.Objectives, Objective.clone)
	p.Milestones = slices.Clone(p.Milestones)
	p.Actions = slices.Clone(p.Actions)
	return p
}

// clone returns a copy of o that shares no slice with it.
func (o Objective) clone() Objective {
	o.KPIs = slices.Clone(o.KPIs)
	o.Solutions = slices.Clone(o.Solutions)
	o.UseCases = cloneEach(o.UseCases, UseCase.clone)
	return o
}

// clone returns a copy of u that shares no slice with it.
func (u UseCase) clone() UseCase {
	u.Channels = slices.Clone(u.Channels)
	u.Capabilities = slices.Clone(u.Capabilities)
	u.Solutions = slices.Clone(u.Solutions)
	return u
}

// Clone returns a copy of c that shares no slice with it: its history,
// escalations and reminders can be changed without changing c's.
func (c SupportCase) Clone() SupportCase {
	c.History = slices.Clone(c.History)
	c.Escalations = slices.Clone(c.Escalations)
	c.Reminders = slices.Clone(c.Reminders)
	return c
}

// cloneEach returns a new slice with clone of each element of s; nil
// stays nil and an empty slice stays empty.
func cloneEach[T any](s []T, clone func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = clone(v)
	}
	return out
}

// Clone returns a copy of s that shares no slice or map with it: its
// fonts, logo and regional settings can be changed without changing s's.
func (s Settings) Clone() Settings {
	s.Fonts = slices.Clone(s.Fonts)
	s.Branding.Logo = slices.Clone(s.Branding.Logo)
	if s.Regions != nil {
		regions := make(map[catalog.RegionID]RegionSettings, len(s.Regions))
		for id, r := range s.Regions {
			r.Holidays = slices.Clone(r.Holidays)
			r.Added = slices.Clone(r.Added)
			r.Removed = slices.Clone(r.Removed)
			regions[id] = r
		}
		s.Regions = regions
	}
	return s
}
