package planner

import (
	"fmt"
	"strings"
)

// FindObjective returns the plan's objective that ref names: its ID, else
// the one objective whose title starts with ref, ignoring case. It returns
// an error saying what is wrong when no objective, or more than one,
// matches.
func (m ActionPlan) FindObjective(ref string) (Objective, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return Objective{}, fmt.Errorf("no objective named (give its ID or the start of its title)")
	}
	if id, err := ParseID(ref); err == nil {
		for _, o := range m.Objectives {
			if o.ID == id {
				return o, nil
			}
		}
	}
	var found []Objective
	for _, o := range m.Objectives {
		if len(o.Title) >= len(ref) && strings.EqualFold(o.Title[:len(ref)], ref) {
			found = append(found, o)
		}
	}
	switch len(found) {
	case 0:
		return Objective{}, fmt.Errorf("the plan %q has no objective %q", m.Title, ref)
	case 1:
		return found[0], nil
	}
	titles := make([]string, len(found))
	for i, o := range found {
		titles[i] = fmt.Sprintf("%q", o.Title)
	}
	return Objective{}, fmt.Errorf("%q starts the title of %d objectives (%s); give more of it or the ID",
		ref, len(found), strings.Join(titles, ", "))
}

// ObjectiveActivities returns the account's activities linked to
// objective id, in the order the account holds them.
func (a Account) ObjectiveActivities(id ID) []Activity {
	var out []Activity
	for _, act := range a.Activities {
		if act.ObjectiveID == id && id != (ID{}) {
			out = append(out, act)
		}
	}
	return out
}

// CheckObjectiveLink returns what is wrong with linking an activity to
// objective id given the customer's plan (hasPlan tells whether the
// customer has one), or "" when the link is fine: a linked objective must
// be one of the plan's.
// An account without a plan keeps its activities' links: a removed plan
// can be put back (storage's DeletePlan returns it for that).
func CheckObjectiveLink(plan ActionPlan, hasPlan bool, id ID) string {
	if id == (ID{}) || !hasPlan {
		return ""
	}
	for _, o := range plan.Objectives {
		if o.ID == id {
			return ""
		}
	}
	return fmt.Sprintf("names objective %s, which the customer's plan %q does not hold (link an objective of the plan or none)", id, plan.Title)
}

// OwnerForRole returns the person who fills role for customer c: the
// success team member the role names (TAM, CSM, SSM or TAD, by
// abbreviation or full title) when the customer has named one, else the
// first engagement stakeholder with that role, on side when one is, else
// on either side. It returns role itself when nobody is named.
func OwnerForRole(role string, side Side, c Customer, stakeholders []Stakeholder) string {
	r := strings.ToLower(strings.TrimSpace(role))
	team := map[string]Person{
		"tam": c.Team.TAM, "technical account manager": c.Team.TAM,
		"csm": c.Team.CSM, "customer success manager": c.Team.CSM,
		"ssm": c.Team.SSM, "support services manager": c.Team.SSM,
		"tad": c.Team.TAD, "technical account director": c.Team.TAD,
	}
	if p, ok := team[r]; ok && strings.TrimSpace(p.Name) != "" {
		return p.Name
	}
	match := func(sameSide bool) string {
		for _, s := range stakeholders {
			if strings.ToLower(strings.TrimSpace(s.Role)) == r && strings.TrimSpace(s.Name) != "" && (!sameSide || s.Side == side) {
				return s.Name
			}
		}
		return ""
	}
	if n := match(true); n != "" {
		return n
	}
	if n := match(false); n != "" {
		return n
	}
	return role
}
