package planner

// TeamRole names a role of a customer's success team. Its value is the
// key of the role's member in SuccessTeam's JSON ("tam", "csm", "ssm",
// "tad"), so that messages about a member name the field "team.<role>".
type TeamRole string

// The roles of the success team, in the order the team lists them.
const (
	RoleTAM TeamRole = "tam"
	RoleCSM TeamRole = "csm"
	RoleSSM TeamRole = "ssm"
	RoleTAD TeamRole = "tad"
)

// TeamRoles returns the roles of the success team, in the order the team
// lists them.
func TeamRoles() []TeamRole { return []TeamRole{RoleTAM, RoleCSM, RoleSSM, RoleTAD} }

// Member returns the person in role r; the zero Person for a role the
// team does not have.
func (t SuccessTeam) Member(r TeamRole) Person {
	if p := t.member(r); p != nil {
		return *p
	}
	return Person{}
}

// SetMember puts p in role r. It reports false, changing nothing, for a
// role the team does not have.
func (t *SuccessTeam) SetMember(r TeamRole, p Person) bool {
	m := t.member(r)
	if m == nil {
		return false
	}
	*m = p
	return true
}

// member returns where role r's person is kept, or nil.
func (t *SuccessTeam) member(r TeamRole) *Person {
	switch r {
	case RoleTAM:
		return &t.TAM
	case RoleCSM:
		return &t.CSM
	case RoleSSM:
		return &t.SSM
	case RoleTAD:
		return &t.TAD
	}
	return nil
}
