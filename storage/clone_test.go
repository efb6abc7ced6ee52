package storage

import (
	"reflect"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/planner"
)

// fill sets every exported field reachable from v to a non-zero value,
// with two elements in every slice and one entry in every map; pointers
// are followed three deep.
func fill(v reflect.Value) { fillDepth(v, 0) }

func fillDepth(v reflect.Value, depth int) {
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
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fillDepth(s.Index(i), depth)
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		key, val := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillDepth(key, depth)
		fillDepth(val, depth)
		m.SetMapIndex(key, val)
		v.Set(m)
	case reflect.Pointer:
		if depth < 3 {
			p := reflect.New(v.Type().Elem())
			fillDepth(p.Elem(), depth+1)
			v.Set(p)
		}
	case reflect.Array:
		for i := range v.Len() {
			fillDepth(v.Index(i), depth)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillDepth(v.Field(i), depth)
			}
		}
	}
}

// shared returns the path of the first slice, map or pointer that a and b
// share, or "".
func shared(path string, a, b reflect.Value) string {
	switch a.Kind() {
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
		for i := range a.Len() {
			if p := shared(path+"[]", a.Index(i), b.Index(i)); p != "" {
				return p
			}
		}
	case reflect.Map:
		if a.Pointer() == b.Pointer() {
			return path
		}
		for it := a.MapRange(); it.Next(); {
			if p := shared(path+"{}", it.Value(), b.MapIndex(it.Key())); p != "" {
				return p
			}
		}
	case reflect.Pointer:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			return path
		}
		if !a.IsNil() {
			return shared(path+"*", a.Elem(), b.Elem())
		}
	case reflect.Array:
		for i := range a.Len() {
			if p := shared(path+"[]", a.Index(i), b.Index(i)); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := range a.NumField() {
			if a.Type().Field(i).IsExported() {
				if p := shared(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i)); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// cloneCase is a type with every kind of reference deepCopy handles.
type cloneCase struct {
	Names    []string
	ByName   map[string][]int
	Next     *cloneCase
	Grid     [2][]float64
	When     time.Time
	Nothing  []int
	internal []int
}

func TestDeepCopySharesNothing(t *testing.T) {
	tests := []struct {
		name  string
		value any
	}{
		{"engagement", &planner.Engagement{}},
		{"action plan", &planner.ActionPlan{}},
		{"account", &planner.Account{}},
		{"every kind of reference", &cloneCase{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := reflect.ValueOf(tt.value).Elem()
			fill(orig)
			c := newCopier()
			cp := reflect.New(orig.Type()).Elem()
			c.copyValue(cp, orig)
			if !reflect.DeepEqual(cp.Interface(), orig.Interface()) {
				t.Fatal("the copy differs from the original")
			}
			if p := shared(tt.name, orig, cp); p != "" {
				t.Errorf("the copy shares %s with the original", p)
			}
		})
	}
}

func TestDeepCopyKeepsNilAndUnexported(t *testing.T) {
	in := cloneCase{Names: []string{"a"}, internal: []int{7}}
	out := deepCopy(newCopier(), in)
	if out.Nothing != nil || out.ByName != nil || out.Next != nil {
		t.Errorf("nil references became %v %v %v", out.Nothing, out.ByName, out.Next)
	}
	if len(out.internal) != 1 || out.internal[0] != 7 {
		t.Errorf("unexported field copied as %v, want [7]", out.internal)
	}
	out.Names[0] = "changed"
	if in.Names[0] != "a" {
		t.Error("changing the copy changed the original")
	}
}

// BenchmarkDeepCopyEngagement copies a filled engagement, as Accounts
// does for every cached engagement it hands out.
func BenchmarkDeepCopyEngagement(b *testing.B) {
	var e planner.Engagement
	fill(reflect.ValueOf(&e).Elem())
	c := newCopier()
	b.ReportAllocs()
	for b.Loop() {
		deepCopy(c, e)
	}
}
