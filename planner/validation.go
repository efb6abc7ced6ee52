package planner

import (
	"errors"
	"fmt"
	"strings"
)

// FieldError is one problem with a value, naming the field it is in, such
// as "contacts[2].email".
type FieldError struct {
	Field   string
	Message string
	// Text is Message as planner made it, format and arguments, so that a
	// user interface can show it in its own language; zero when the
	// message came from elsewhere.
	Text Text
	// Rule is the membership rule the value breaks, when the problem is
	// such a break; saving outside the membership (see
	// Customer.OutsideMembership) resolves it.
	Rule MembershipRule
}

// Error returns "field: message".
func (e FieldError) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
}

// ValidationError lists every problem found in a value. It is returned by
// the Validate methods; an empty list is never returned as an error.
type ValidationError struct {
	// What names the value, e.g. `customer "Müller GmbH"`.
	What string
	// Subject is What as planner made it, so that a user interface can
	// show it in its own language; zero when What came from elsewhere.
	Subject  Text
	Problems []FieldError
}

// Error lists the problems, one per line after the first.
func (e *ValidationError) Error() string {
	var b strings.Builder
	if e.What != "" {
		fmt.Fprintf(&b, "%s: ", e.What)
	}
	for i, p := range e.Problems {
		if i == maxProblemsInMessage {
			fmt.Fprintf(&b, "; and %d more", len(e.Problems)-i)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// maxProblemsInMessage is how many problems the message of a
// ValidationError names; Problems keeps them all. A file with a mistake
// repeated in every record would otherwise make a message no one reads.
const maxProblemsInMessage = 20

// Field returns the first problem about the named field (or one of its
// sub-fields), if any.
func (e *ValidationError) Field(name string) (FieldError, bool) {
	for _, p := range e.Problems {
		if p.Field == name || strings.HasPrefix(p.Field, name+".") || strings.HasPrefix(p.Field, name+"[") {
			return p, true
		}
	}
	return FieldError{}, false
}

// problems collects FieldErrors while a value is validated.
type problems struct {
	list []FieldError
}

// add records a problem of field; format is a literal fmt format in
// English, which user interfaces translate.
func (p *problems) add(field, format string, args ...any) {
	t := Text{Format: format, Args: args}
	p.list = append(p.list, FieldError{Field: field, Message: t.String(), Text: t})
}

// err returns nil when nothing was found, else a *ValidationError about
// subject.
func (p *problems) err(subject Text) error {
	if len(p.list) == 0 {
		return nil
	}
	return &ValidationError{What: subject.String(), Subject: subject, Problems: p.list}
}

// AsValidation returns the *ValidationError inside err, if there is one.
func AsValidation(err error) (*ValidationError, bool) {
	var v *ValidationError
	ok := errors.As(err, &v)
	return v, ok
}
