package planner_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// TestTeamRolesNameEveryMember checks that the roles reach every member
// of the success team, each its own, under the member's JSON key, so that
// a new member of SuccessTeam without a role fails here.
func TestTeamRolesNameEveryMember(t *testing.T) {
	var team planner.SuccessTeam
	for _, r := range planner.TeamRoles() {
		if !team.SetMember(r, planner.Person{Name: string(r) + " name", Email: string(r) + "@example.com"}) {
			t.Fatalf("SetMember(%q) reports a role the team does not have", r)
		}
	}
	data, err := json.Marshal(team)
	if err != nil {
		t.Fatal(err)
	}
	var byKey map[string]planner.Person
	if err := json.Unmarshal(data, &byKey); err != nil {
		t.Fatal(err)
	}
	if n := reflect.TypeOf(team).NumField(); len(planner.TeamRoles()) != n || len(byKey) != n {
		t.Fatalf("%d roles and %d JSON members for the %d members of SuccessTeam", len(planner.TeamRoles()), len(byKey), n)
	}
	for _, r := range planner.TeamRoles() {
		want := planner.Person{Name: string(r) + " name", Email: string(r) + "@example.com"}
		if got := team.Member(r); got != want {
			t.Errorf("Member(%q) = %+v, want %+v", r, got, want)
		}
		if got := byKey[string(r)]; got != want {
			t.Errorf("JSON member %q = %+v, want %+v", r, got, want)
		}
	}
	if team.SetMember("cfo", planner.Person{Name: "x"}) || team.Member("cfo") != (planner.Person{}) {
		t.Error("a role the team does not have was set or read")
	}
}
