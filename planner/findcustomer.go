package planner

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// CustomerNotFoundError is FindCustomer's answer when no customer of the
// list is the one named.
type CustomerNotFoundError struct {
	// Ref is the reference as given, an ID or (the start of) a name.
	Ref string
	// ByID is true when Ref is an ID.
	ByID bool
}

// Error names the reference that matched nothing.
func (e *CustomerNotFoundError) Error() string {
	if e.ByID {
		return fmt.Sprintf("no customer with ID %s", strings.TrimSpace(e.Ref))
	}
	return fmt.Sprintf("no customer named %q", e.Ref)
}

// AmbiguousCustomerError is FindCustomer's answer when a name's start is
// the start of more than one customer's name.
type AmbiguousCustomerError struct {
	// Ref is the start of a name, as given.
	Ref string
	// Matches are the customers whose names start with Ref, in the order
	// of the list.
	Matches []Customer
}

// Error names the reference and the customers it matches.
func (e *AmbiguousCustomerError) Error() string {
	names := make([]string, len(e.Matches))
	for i, c := range e.Matches {
		names[i] = fmt.Sprintf("%q", c.Name)
	}
	return fmt.Sprintf("%q matches %d customers (%s)", e.Ref, len(e.Matches), strings.Join(names, ", "))
}

// FindCustomer returns the customer of list that ref names: by ID, by
// whole name, or by the start of a name that only one customer's name
// starts with (case-insensitive; surrounding white space is ignored, and
// so is the Unicode normal form: "Müller" typed with a precomposed ü names
// a customer saved with u and a combining diaeresis). It fails with a
// *CustomerNotFoundError when no customer matches (an empty ref matches
// none) and with an *AmbiguousCustomerError when several do. A whole name
// wins over other names that start with it ("Acme" over "Acme Labs"); of
// whole names that differ only in letter case, the one written exactly as
// ref wins, and when none is, ref is ambiguous; so is the name of two
// customers that have the very same name.
func FindCustomer(list []Customer, ref string) (Customer, error) {
	if strings.TrimSpace(ref) == "" {
		return Customer{}, &CustomerNotFoundError{Ref: ref}
	}
	if id, err := ParseID(ref); err == nil {
		for _, c := range list {
			if c.ID == id {
				return c, nil
			}
		}
		return Customer{}, &CustomerNotFoundError{Ref: ref, ByID: true}
	}
	exact := norm.NFC.String(strings.TrimSpace(ref))
	want := customerNameKey(ref)
	var same, whole, matches []Customer
	for _, c := range list {
		written := norm.NFC.String(strings.TrimSpace(c.Name))
		if written == exact {
			same = append(same, c)
		}
		name := customerNameKey(c.Name)
		if name == want {
			whole = append(whole, c)
		}
		if strings.HasPrefix(name, want) {
			matches = append(matches, c)
		}
	}
	switch {
	case len(same) > 0:
		matches = same
	case len(whole) > 0:
		matches = whole
	}
	switch len(matches) {
	case 0:
		return Customer{}, &CustomerNotFoundError{Ref: ref}
	case 1:
		return matches[0], nil
	}
	return Customer{}, &AmbiguousCustomerError{Ref: ref, Matches: matches}
}

// customerNameKey is name as FindCustomer compares whole names: without
// surrounding white space, in Unicode normal form C, in lower case.
func customerNameKey(name string) string {
	return strings.ToLower(norm.NFC.String(strings.TrimSpace(name)))
}

// CheckCustomerName returns a *ValidationError naming the name of c when c,
// added to list or renamed in it, takes the name of another customer of
// list: in any letter case and any Unicode normal form, FindCustomer could
// then not tell the two apart. A customer of list that keeps its name (c
// has the ID and the name of a customer of list) is not checked, so that
// a file that holds two such customers from before can still be edited.
func CheckCustomerName(list []Customer, c Customer) error {
	key := customerNameKey(c.Name)
	for _, o := range list {
		if o.ID == c.ID && customerNameKey(o.Name) == key {
			return nil
		}
	}
	var p problems
	for _, o := range list {
		if o.ID != c.ID && customerNameKey(o.Name) == key {
			p.add("name", "another customer is already named %q: give this one a name of its own", o.Name)
			break
		}
	}
	return p.err(Textf("customer %q", c.Name))
}
