package planner

import (
	"fmt"
	"reflect"
	"testing"
	"time"
	"unsafe"
)

// The clones are checked against the types themselves: every field,
// exported or not and however deep, is given a value, the clone's values
// are all changed, and the original must be as it was. A slice or map
// field added to one of these types and not copied by its Clone fails
// here.
func TestClonesShareNothing(t *testing.T) {
	t.Run("Account", func(t *testing.T) { checkClone(t, Account.Clone) })
	t.Run("Customer", func(t *testing.T) { checkClone(t, Customer.Clone) })
	t.Run("Engagement", func(t *testing.T) { checkClone(t, Engagement.Clone) })
	t.Run("ActionPlan", func(t *testing.T) { checkClone(t, ActionPlan.Clone) })
	t.Run("SupportCase", func(t *testing.T) { checkClone(t, SupportCase.Clone) })
	t.Run("Settings", func(t *testing.T) { checkClone(t, Settings.Clone) })
}

// The walker itself must see a shared slice, or the test above proves
// nothing.
func TestCloneCheckSeesASharedSlice(t *testing.T) {
	shallow := func(e Engagement) Engagement { return e }
	if _, shared := cloneShares(t, shallow); !shared {
		t.Error("a copy that shares every slice was not caught")
	}
	missesUnplaced := func(e Engagement) Engagement {
		out := e.Clone()
		out.Assessment.unplaced = e.Assessment.unplaced
		return out
	}
	if path, shared := cloneShares(t, missesUnplaced); path != "planner.Engagement.Assessment.unplaced[0].Name" || !shared {
		t.Errorf("a copy that shares an unexported slice deep inside was not caught (%s)", path)
	}
	missesUseCaseSolutions := func(p ActionPlan) ActionPlan {
		out := p.Clone()
		out.Objectives[0].UseCases[0].Solutions = p.Objectives[0].UseCases[0].Solutions
		return out
	}
	if path, shared := cloneShares(t, missesUseCaseSolutions); path != "planner.ActionPlan.Objectives[0].UseCases[0].Solutions[0]" || !shared {
		t.Errorf("a copy that shares a slice three levels down was not caught (%s)", path)
	}
}

// checkClone fails t when clone shares anything with its argument or
// returns something else than an equal copy.
func checkClone[T any](t *testing.T, clone func(T) T) {
	t.Helper()
	if path, shared := cloneShares(t, clone); shared {
		t.Errorf("changing the clone of a %T changed the original's %s: Clone must copy it", *new(T), path)
	}
}

// cloneShares fills a T, clones it, checks the clone is equal, changes
// every value of the clone and reports whether the original changed, and
// where.
func cloneShares[T any](t *testing.T, clone func(T) T) (string, bool) {
	t.Helper()
	var orig, want T
	fillValue(t, reflect.ValueOf(&orig).Elem(), reflect.TypeOf(orig).String())
	fillValue(t, reflect.ValueOf(&want).Elem(), reflect.TypeOf(want).String())
	c := clone(orig)
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("the clone of a %T differs from the original", orig)
	}
	changeValue(t, reflect.ValueOf(&c).Elem())
	if reflect.DeepEqual(c, want) {
		t.Fatalf("changing the clone of a %T changed nothing: the check cannot see a shared slice", orig)
	}
	if reflect.DeepEqual(orig, want) {
		return "", false
	}
	return firstDifference(reflect.ValueOf(orig), reflect.ValueOf(want), reflect.TypeOf(orig).String()), true
}

// firstDifference names the first place where a and b, of one type,
// differ.
func firstDifference(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if p := firstDifference(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
		return ""
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return path
		}
		for i := range a.Len() {
			if p := firstDifference(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
		return ""
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() == b.IsNil() {
				return ""
			}
			return path
		}
		return firstDifference(a.Elem(), b.Elem(), path)
	}
	if a.CanInterface() && b.CanInterface() && reflect.DeepEqual(a.Interface(), b.Interface()) {
		return ""
	}
	if !a.CanInterface() && a.Kind() != reflect.Map && a.String() == b.String() {
		return ""
	}
	return path
}

// settable returns v, a field that may be unexported, as a value that can
// be set.
func settable(v reflect.Value) reflect.Value {
	if v.CanSet() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// fillValue gives v and everything it holds a value that is not zero,
// the same every time; a kind it does not know fails the test so that a
// new kind of field gets a decision.
func fillValue(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	v = settable(v)
	// A time is filled and changed as a whole: its fields are time's own.
	if v.Type() == reflect.TypeFor[time.Time]() {
		v.Set(reflect.ValueOf(time.Date(2026, 5, 4, 3, 2, 1, 0, time.UTC)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Array:
		for i := range v.Len() {
			fillValue(t, v.Index(i), path+"[i]")
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range s.Len() {
			fillValue(t, s.Index(i), path+"[i]")
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		key := reflect.New(v.Type().Key()).Elem()
		fillValue(t, key, path+"{key}")
		val := reflect.New(v.Type().Elem()).Elem()
		fillValue(t, val, path+"{}")
		m.SetMapIndex(key, val)
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fillValue(t, p.Elem(), path)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			fillValue(t, v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	default:
		t.Fatalf("%s: a %s field; teach fillValue and changeValue how to fill and change it", path, v.Kind())
	}
}

// changeValue changes every value v holds, through its slices, maps and
// pointers, and adds an entry to each map.
func changeValue(t *testing.T, v reflect.Value) {
	t.Helper()
	v = settable(v)
	if v.Type() == reflect.TypeFor[time.Time]() {
		v.Set(reflect.ValueOf(time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + " changed")
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(v.Uint() + 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Array, reflect.Slice:
		for i := range v.Len() {
			changeValue(t, v.Index(i))
		}
	case reflect.Map:
		for _, key := range v.MapKeys() {
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(v.MapIndex(key))
			changeValue(t, val)
			v.SetMapIndex(key, val)
		}
		key := reflect.New(v.Type().Key()).Elem()
		fillValue(t, key, "new key")
		changeValue(t, key)
		v.SetMapIndex(key, reflect.New(v.Type().Elem()).Elem())
	case reflect.Pointer:
		changeValue(t, v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			changeValue(t, v.Field(i))
		}
	default:
		t.Fatalf("a %s field; teach fillValue and changeValue how to fill and change it", v.Kind())
	}
}
