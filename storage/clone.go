package storage

import "reflect"

// copier makes deep copies, so that a value kept in a cache can be handed
// out for the caller to change. It remembers which types hold references;
// it is not safe for concurrent use.
type copier struct {
	refs map[reflect.Type]bool
}

func newCopier() *copier { return &copier{refs: map[reflect.Type]bool{}} }

// deepCopy returns a copy of v that shares no slice, map or pointer with
// it. Unexported fields (such as a time.Time's zone) are copied as they
// are.
func deepCopy[T any](c *copier, v T) T {
	var out T
	c.copyValue(reflect.ValueOf(&out).Elem(), reflect.ValueOf(&v).Elem())
	return out
}

// hasRefs reports whether values of t hold slices, maps, pointers or
// interfaces that a plain assignment would share.
func (c *copier) hasRefs(t reflect.Type) bool {
	if refs, ok := c.refs[t]; ok {
		return refs
	}
	refs := false
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		refs = true
	case reflect.Array:
		refs = c.hasRefs(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && c.hasRefs(f.Type) {
				refs = true
				break
			}
		}
	}
	c.refs[t] = refs
	return refs
}

// copyValue sets dst, a settable value of src's type, to a deep copy of
// src.
func (c *copier) copyValue(dst, src reflect.Value) {
	t := src.Type()
	if !c.hasRefs(t) {
		dst.Set(src)
		return
	}
	switch t.Kind() {
	case reflect.Slice:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		s := reflect.MakeSlice(t, src.Len(), src.Len())
		if c.hasRefs(t.Elem()) {
			for i := range src.Len() {
				c.copyValue(s.Index(i), src.Index(i))
			}
		} else {
			reflect.Copy(s, src)
		}
		dst.Set(s)
	case reflect.Map:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		m := reflect.MakeMapWithSize(t, src.Len())
		for it := src.MapRange(); it.Next(); {
			val := reflect.New(t.Elem()).Elem()
			c.copyValue(val, it.Value())
			m.SetMapIndex(it.Key(), val)
		}
		dst.Set(m)
	case reflect.Pointer:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		p := reflect.New(t.Elem())
		c.copyValue(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Array:
		for i := range src.Len() {
			c.copyValue(dst.Index(i), src.Index(i))
		}
	case reflect.Struct:
		dst.Set(src)
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && c.hasRefs(f.Type) {
				c.copyValue(dst.Field(i), src.Field(i))
			}
		}
	default: // an interface: what it holds is not known to be copyable
		dst.Set(src)
	}
}
