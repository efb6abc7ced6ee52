package catalog

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// decodeStrict decodes the catalog file data into v (a pointer) and
// reports its problems to probs: unknown and duplicate fields, values of
// the wrong type, and missing fields (every field is required unless its
// JSON tag says omitempty or omitzero). A JSON null is accepted for lists
// and maps (it means empty) and rejected elsewhere. It reports whether
// the whole file was read: after a syntax error the problem says where,
// and the rest is not checked.
func decodeStrict(data []byte, v any, probs *problemList) bool {
	opts := strictjson.Options{RequireFields: true, TypeNames: typeNames()}
	return decodeFile(data, v, "catalog", opts, probs)
}

// fileLimits sets the limits of a catalog or template file of the given
// kind in opts.
func fileLimits(kind string, opts strictjson.Options) strictjson.Options {
	opts.MaxStringLength = MaxTextLength
	opts.Limits = []strictjson.Limit{
		{Path: "*", Max: MaxListLength,
			Message: fmt.Sprintf("more than %s entries (the limit of one list of a %s file)", strictjson.Thousands(MaxListLength), kind)},
		{Path: "*", Max: MaxEntries, InTotal: true,
			Message: fmt.Sprintf("more than %s entries in all the lists of the file (the limit of one %s file)", strictjson.Thousands(MaxEntries), kind)},
	}
	return opts
}

// decodeFile decodes data, a file of the given kind ("catalog",
// "templates"), into v and reports every problem to probs, marking its
// path bad so that the rules do not complain again about the value left
// there. It reports whether the whole file was read. A file that is not
// valid UTF-8 is not read; every text of a file read is held to the text
// rule (checkTexts). The file is held to the limits of such files
// (MaxListLength, MaxEntries, MaxTextLength); one passed stops decoding.
func decodeFile(data []byte, v any, kind string, opts strictjson.Options, probs *problemList) bool {
	if !checkUTF8(data, probs) {
		return false
	}
	found, err := strictjson.Decode(data, v, fileLimits(kind, opts))
	for _, p := range found {
		probs.addBad(p.Path, p.Message)
	}
	if err == nil {
		checkTexts(reflect.ValueOf(v), "", probs)
		return true
	}
	var syn *strictjson.SyntaxError
	var lim *strictjson.LimitError
	switch {
	case errors.As(err, &lim):
		probs.addBad(lim.Path, lim.Message)
	case errors.Is(err, strictjson.ErrEmpty):
		probs.addBad("", "the file is empty; want a JSON object")
	case errors.Is(err, strictjson.ErrTrailingData) && errors.As(err, &syn):
		probs.addBad("", fmt.Sprintf("line %d, column %d: unexpected text after the end of the %s object", syn.Line, syn.Column, kind))
	case errors.As(err, &syn):
		probs.addBad(syn.Path, syn.Error())
	default:
		probs.addBad("", err.Error())
	}
	return false
}

// typeNames says how problems name the JSON form of the catalog's types
// that decode themselves.
func typeNames() map[reflect.Type]string {
	return map[reflect.Type]string{reflect.TypeFor[Date](): "a date (YYYY-MM-DD)"}
}
