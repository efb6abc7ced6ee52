package storage

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/internal/strictjson"
	"github.com/liftoff-app/liftoff/planner"
)

// maxProblems bounds how many problems one file reports: enough to fix a
// file, not so many that one mistake repeated drowns the rest.
const maxProblems = 100

// portfolioHeader is what a portfolio file says about itself, read before
// the rest so that a file of another kind or version is refused as such.
type portfolioHeader struct {
	Format         string  `json:"format"`
	Version        int     `json:"version"`
	Exported       present `json:"exported"`
	CatalogVersion present `json:"catalogVersion"`
	Accounts       present `json:"accounts"`
}

// present records that a field is given, without decoding it.
type present bool

// UnmarshalJSON records that the field is given.
func (p *present) UnmarshalJSON([]byte) error {
	*p = true
	return nil
}

// decodeStrict decodes the JSON document data into v, which must be a
// non-nil pointer, and returns at most limit problems, each with its
// path, such as "accounts[2].customer.contacts[5].product": unknown and
// repeated fields and values of the wrong type. Fields may be left out,
// and null leaves a value as it is, as encoding/json has it. The error is
// a *strictjson.SyntaxError, with the line and column, for a document
// that is not well-formed JSON.
func decodeStrict(data []byte, v any, limit int) ([]planner.FieldError, error) {
	opts := strictjson.Options{AllowNull: true, MaxProblems: limit, TypeNames: portfolioTypeNames()}
	found, err := strictjson.Decode(data, v, opts)
	problems := make([]planner.FieldError, len(found))
	for i, p := range found {
		problems[i] = planner.FieldError{Field: p.Path, Message: p.Message}
	}
	return problems, err
}

// portfolioTypeNames says how problems name the JSON form of the types of
// a portfolio file that decode themselves.
func portfolioTypeNames() map[reflect.Type]string {
	return map[reflect.Type]string{
		reflect.TypeFor[planner.Date](): "a date (YYYY-MM-DD)",
		reflect.TypeFor[planner.ID]():   "an ID (a UUID)",
		reflect.TypeFor[time.Time]():    "a time such as 2026-11-26T10:15:00Z",
	}
}

// accountIndex returns the index of the account a problem path lies in:
// 3 for "accounts[3].customer.name".
func accountIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "accounts[")
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, false
	}
	i, err := strconv.Atoi(rest[:end])
	return i, err == nil
}
