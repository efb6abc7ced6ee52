package planner

import (
	"reflect"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// TestSchedMemberKeyCoversMembership makes sure that every field of a
// membership and of the allowances changes the key the scheduler shares
// entitlement answers under: a field added later and left out of the key
// would make customers share answers they should not.
func TestSchedMemberKeyCoversMembership(t *testing.T) {
	newBase := func() Customer {
		return Customer{Membership: Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"analytics"}}}
	}
	baseKey := schedMemberKey(newBase())
	mt := reflect.TypeFor[Membership]()
	for i := range mt.NumField() {
		c := newBase()
		schedSetNonZero(t, reflect.ValueOf(&c.Membership).Elem().Field(i))
		if schedMemberKey(c) == baseKey {
			t.Errorf("changing Membership.%s leaves the key %q unchanged", mt.Field(i).Name, baseKey)
		}
	}
	at := reflect.TypeFor[Allowances]()
	for i := range at.NumField() {
		c := newBase()
		schedSetNonZero(t, reflect.ValueOf(&c.Contract.Allowances).Elem().Field(i))
		if schedMemberKey(c) == baseKey {
			t.Errorf("changing Allowances.%s leaves the key %q unchanged", at.Field(i).Name, baseKey)
		}
	}
	// A solution and an add-on of the same name do not share a key.
	a, b := newBase(), newBase()
	a.Membership.Solutions = append(a.Membership.Solutions, "x")
	b.Membership.AddOns = []string{"x"}
	if schedMemberKey(a) == schedMemberKey(b) {
		t.Errorf("a solution and an add-on of the same name share the key %q", schedMemberKey(a))
	}
}

// schedSetNonZero changes field v from its value in the base customer.
func schedSetNonZero(t *testing.T, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int:
		v.SetInt(v.Int() + 1)
	case reflect.Slice:
		v.Set(reflect.Append(v, reflect.ValueOf("x").Convert(v.Type().Elem())))
	case reflect.Struct:
		if v.Type() != reflect.TypeFor[Date]() {
			t.Fatalf("no rule to change a %s: extend schedSetNonZero and schedMemberKey", v.Type())
		}
		v.Set(reflect.ValueOf(Date{Year: 2021, Month: 9, Day: 20}))
	default:
		t.Fatalf("no rule to change a %s: extend schedSetNonZero and schedMemberKey", v.Type())
	}
}
