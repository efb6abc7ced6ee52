package planner

import (
	"fmt"
	"strings"
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
// starts with (case-insensitive; surrounding white space is ignored). It
// fails with a *CustomerNotFoundError when no customer matches (an empty
// ref matches none) and with an *AmbiguousCustomerError when several do.
// A whole name wins over other names that start with it ("Acme" over
// "Acme Labs").
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
	want := strings.ToLower(strings.TrimSpace(ref))
	var matches []Customer
	for _, c := range list {
		name := strings.ToLower(strings.TrimSpace(c.Name))
		if name == want {
			return c, nil
		}
		if strings.HasPrefix(name, want) {
			matches = append(matches, c)
		}
	}
	switch len(matches) {
	case 0:
		return Customer{}, &CustomerNotFoundError{Ref: ref}
	case 1:
		return matches[0], nil
	}
	return Customer{}, &AmbiguousCustomerError{Ref: ref, Matches: matches}
}
