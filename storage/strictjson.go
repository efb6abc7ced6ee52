package storage

import (
	"fmt"
	"io"
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

// decodeStrict decodes the portfolio file read from r into v, which must
// be a non-nil pointer, and returns at most limit problems, each with its
// path, such as "accounts[2].customer.contacts[5].product": unknown and
// repeated fields and values of the wrong type. Fields may be left out,
// and null leaves a value as it is, as encoding/json has it. The error is
// a *strictjson.SyntaxError, with the line and column, for a document
// that is not well-formed JSON, a *strictjson.LimitError for one that
// passes a limit of portfolioLimits, or the error reading r.
func decodeStrict(r io.Reader, v any, limit int) ([]planner.FieldError, error) {
	opts := strictjson.Options{AllowNull: true, MaxProblems: limit, TypeNames: portfolioTypeNames(),
		MaxStringLength: MaxTextLength, Limits: portfolioLimits()}
	found, err := strictjson.DecodeReader(r, v, opts)
	problems := make([]planner.FieldError, len(found))
	for i, p := range found {
		problems[i] = planner.FieldError{Field: p.Path, Message: p.Message}
	}
	return problems, err
}

// portfolioLimits are the limits of one portfolio file.
func portfolioLimits() []strictjson.Limit {
	perFile := "(the limit of one portfolio file)"
	return []strictjson.Limit{
		{Path: "accounts", Max: MaxPortfolioCustomers,
			Message: fmt.Sprintf("more than %s customers %s", strictjson.Thousands(MaxPortfolioCustomers), perFile)},
		{Path: "accounts[].activities", Max: MaxPortfolioActivities,
			Message: fmt.Sprintf("more than %s activities %s", strictjson.Thousands(MaxPortfolioActivities), perFile)},
		{Path: "accounts[].activities", Max: MaxPortfolioActivities, InTotal: true,
			Message: fmt.Sprintf("more than %s activities in all the customers %s", strictjson.Thousands(MaxPortfolioActivities), perFile)},
		{Path: "*", Max: MaxAccountListLength,
			Message: fmt.Sprintf("more than %s entries (the limit of one list of a customer)", strictjson.Thousands(MaxAccountListLength))},
		{Path: "*", Max: MaxPortfolioEntries, InTotal: true,
			Message: fmt.Sprintf("more than %s entries in all the lists of the file %s", strictjson.Thousands(MaxPortfolioEntries), perFile)},
	}
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
