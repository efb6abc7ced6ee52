// Package strictjson decodes JSON into Go values the way encoding/json
// does, but strictly and without stopping at the first mistake: it
// reports every unknown or repeated field, every value of the wrong type
// and, when asked, every missing field, each with its JSON path such as
// "accelerators[12].solution". Only malformed JSON stops it, with the
// line and column of the mistake, or a document that passes the limits
// it is given on the lengths of lists, maps and strings. DecodeReader
// reads a document from an io.Reader a piece at a time, so that with
// such limits no document can take more memory than they allow.
//
// Liftoff reads its catalog, its plan templates and portfolio files with
// it, so that a user who edits such a file learns about all of its
// mistakes at once.
//
// Why this package stays beside the JSON Schemas of those files
// (docs/schema): the schemas help whoever writes a file in an editor, but
// Liftoff still has to read the file into Go values, and a schema
// validator does not. Validating with one and then decoding with
// encoding/json would lose what users see here: paths in the words of
// the file and of liftoffctl ("accelerators[12].solution", not a JSON
// pointer), every problem named once in one list with "did you mean"
// suggestions, the line and column of a syntax error, field names that
// match exactly (encoding/json ignores case, so "Hours" would pass), and
// limits that stop a huge portfolio while it is read, a piece at a time,
// before it takes the memory. The paths are also what the import and
// the forms use to place each problem on its account and field. The
// schemas are generated from the same Go types, so the two cannot
// disagree about the shape of a file.
//
// A type that implements json.Unmarshaler reads itself, often with
// encoding/json, which passes over unknown fields; such a type can say
// which JSON it accepts by implementing Shaped, and its value is then
// checked as strictly as any other (in a portfolio, an engagement's
// assessment and a plan's objective do).
package strictjson

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
)

// Shaped is a type that decodes itself and says which JSON it accepts:
// JSONShape returns a pointer to a new value of a type, usually a
// struct, with the fields its UnmarshalJSON reads. Decode checks the
// JSON value against that shape first, reporting unknown and repeated
// fields and values of the wrong type with their paths as for any other
// value, and calls UnmarshalJSON only when it found nothing wrong.
type Shaped interface {
	json.Unmarshaler
	JSONShape() any
}

// Options say how strict Decode is.
type Options struct {
	// RequireFields makes every struct field whose JSON tag lacks
	// omitempty and omitzero required: a missing one is a problem.
	RequireFields bool
	// AllowNull accepts null for every value and leaves the value as it
	// is, as encoding/json does. Without it null is accepted only for
	// lists, maps, pointers and interfaces (it makes them nil) and is a
	// problem anywhere else.
	AllowNull bool
	// MaxProblems stops decoding once this many problems are found, so
	// that one mistake repeated a million times does not drown the rest;
	// 0 means no limit.
	MaxProblems int
	// TypeNames says how messages name the JSON form of types that
	// decode themselves, for instance a date type as "a date
	// (YYYY-MM-DD)". Such types are otherwise named "a string" (types
	// that implement encoding.TextUnmarshaler) or "a JSON value" (types
	// that implement only json.Unmarshaler).
	TypeNames map[reflect.Type]string
	// MaxStringLength, when not 0, is the most characters a string, an
	// object key or a number may have: a longer one stops decoding with
	// a *LimitError. It bounds the memory one value takes while it is
	// read.
	MaxStringLength int
	// Limits bound how many entries lists and maps may hold. A list or
	// map that passes one stops decoding with a *LimitError, before the
	// entry past the limit is read.
	Limits []Limit
}

// Limit bounds the entries of the lists and maps at one path of a
// document, each alone or all of them together.
type Limit struct {
	// Path names the lists or maps limited as their JSON path with every
	// list index written as [], such as "accounts[].activities"; "*"
	// names every list and map. A list or map is held to the first
	// limit of each list alone that names it exactly, or else to the
	// one named "*", and to every limit in total that names it.
	Path string
	// Max is the most entries allowed.
	Max int
	// InTotal counts the entries of every list and map at Path together,
	// across the whole document, rather than those of each one alone.
	InTotal bool
	// Message says what is wrong when there are more entries, in the
	// words of the reader of the document, such as "more than 10,000
	// customers (the limit of one portfolio file)"; empty means "more
	// than N entries".
	Message string
}

// Problem is one mistake in a JSON document.
type Problem struct {
	// Path locates the value in the document, e.g.
	// "accelerators[12].solution" or `addons[0].states["gold tier"]`;
	// empty for the document as a whole.
	Path string
	// Message says what is wrong, e.g. "want a whole number, got 2.5".
	Message string
}

// String returns the problem as "path: message".
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// The causes of a SyntaxError that callers may want to word themselves.
var (
	// ErrEmpty is the cause of the SyntaxError for a document that holds
	// nothing but white space.
	ErrEmpty = errors.New("the file is empty")
	// ErrTrailingData is the cause of the SyntaxError for a document with
	// more than white space after its value.
	ErrTrailingData = errors.New("unexpected text after the end of the JSON value")
)

// SyntaxError says where a document stops being well-formed JSON.
type SyntaxError struct {
	// Path locates the value being read when the mistake was found.
	Path string
	// Offset is the byte offset of the mistake; Line and Column (in
	// bytes) locate it from 1.
	Offset       int
	Line, Column int
	// Msg says what is wrong, e.g. "want a value, found '}'".
	Msg string
	// Err is ErrEmpty, ErrTrailingData or nil.
	Err error
}

// Error returns "syntax error at line L, column C: " and the message, or
// only the message for an empty document.
func (e *SyntaxError) Error() string {
	if e.Err == ErrEmpty {
		return e.Msg
	}
	return fmt.Sprintf("syntax error at line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// Unwrap returns the cause, ErrEmpty or ErrTrailingData, if any.
func (e *SyntaxError) Unwrap() error { return e.Err }

// LimitError says that a document passes one of the limits of Options:
// a list or map with too many entries, or too long a string. Decoding
// stops at it.
type LimitError struct {
	// Path locates the list, map or string, e.g. "accounts" or
	// "accounts[3].customer.notes".
	Path string
	// Message says which limit is passed, e.g. "more than 10,000
	// customers (the limit of one portfolio file)".
	Message string
}

// Error returns the limit passed as "path: message".
func (e *LimitError) Error() string {
	return Problem{Path: e.Path, Message: e.Message}.String()
}

// Decode decodes the JSON document data into v, which must be a non-nil
// pointer, and returns every problem found, in the order of the document.
// It fills v as encoding/json does, keeping what it can: a value with a
// problem is left as it was, and a list element as the zero value, so
// that later paths keep the document's indexes. (Unlike encoding/json,
// Decode starts every list element from the zero value even when v
// already holds a longer list.)
//
// Field names match exactly, not ignoring case. A field given twice and
// a map key given twice are problems. Types that implement
// json.Unmarshaler or encoding.TextUnmarshaler decode themselves; their
// errors become problems. A Shaped type's value is checked against its
// shape first.
//
// When data is not well-formed JSON the error is a *SyntaxError and the
// rest of the document is not checked; the problems found before it are
// returned all the same. Values nested more than 1000 levels deep count
// as malformed. A document that passes a limit of opts stops decoding
// with a *LimitError. Any other error means v is not a non-nil pointer.
func Decode(data []byte, v any, opts Options) ([]Problem, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, fmt.Errorf("strictjson: decode into %T: want a non-nil pointer", v)
	}
	d := newDecoder(data, opts)
	err := d.document(rv.Elem())
	return d.problems, err
}

// DecodeReader is Decode for a document read from r, to its end. It
// keeps only a few kilobytes of the document in memory at a time, and
// never more than the value being read (a string, a number, or the whole
// value handed to a type's UnmarshalJSON method), so with
// Options.MaxStringLength and Options.Limits the memory it needs is
// bounded by what the limits let it store in v. An error reading r
// stops decoding and is returned as it is.
func DecodeReader(r io.Reader, v any, opts Options) ([]Problem, error) {
	return decodeReader(r, v, opts, readSize)
}

// decodeReader is DecodeReader reading chunk bytes at a time.
func decodeReader(r io.Reader, v any, opts Options, chunk int) ([]Problem, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, fmt.Errorf("strictjson: decode into %T: want a non-nil pointer", v)
	}
	d := newReaderDecoder(r, chunk, opts)
	err := d.document(rv.Elem())
	return d.problems, err
}

// CheckSyntax reports whether data is one well-formed JSON value: it
// returns nil or a *SyntaxError saying where it is not.
func CheckSyntax(data []byte) error {
	return newDecoder(data, Options{}).document(reflect.Value{})
}
