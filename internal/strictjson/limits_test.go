package strictjson_test

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

type limited struct {
	Accounts []struct {
		Name       string   `json:"name"`
		Activities []int    `json:"activities"`
		Tags       []string `json:"tags"`
	} `json:"accounts"`
	Labels map[string]int `json:"labels"`
}

var testLimits = strictjson.Options{MaxStringLength: 12, Limits: []strictjson.Limit{
	{Path: "accounts", Max: 3, Message: "more than 3 customers"},
	{Path: "accounts[].activities", Max: 4, Message: "more than 4 activities in one account"},
	{Path: "accounts[].activities", Max: 6, InTotal: true, Message: "more than 6 activities in all"},
	{Path: "*", Max: 2},
}}

func TestLimits(t *testing.T) {
	for _, tc := range []struct{ doc, path, msg string }{
		{`{"accounts": [{}, {}, {}, {}]}`, "accounts", "more than 3 customers"},
		{`{"accounts": [{"activities": [1, 2, 3, 4, 5]}]}`, "accounts[0].activities", "more than 4 activities in one account"},
		{`{"accounts": [{"activities": [1, 2, 3, 4]}, {"activities": [1, 2]}, {"activities": [1]}]}`, "accounts[2].activities", "more than 6 activities in all"},
		{`{"accounts": [{"tags": ["a", "b", "c"]}]}`, "accounts[0].tags", "more than 2 entries"},
		{`{"labels": {"a": 1, "b": 2, "c": 3}}`, "labels", "more than 2 entries"},
		{`{"accounts": [{"name": "abcdefghijklm"}]}`, "accounts[0].name", "the text is longer than 12 characters"},
		{`{"accounts": [{"name": "` + strings.Repeat("x", 1000) + `"}]}`, "accounts[0].name", "the text is longer than 12 characters"},
		{`{"labels": {"abcdefghijklm": 1}}`, "labels", "the text is longer than 12 characters"},
		{`{"accounts": [{"activities": [1234567890123]}]}`, "accounts[0].activities[0]", "the number is longer than 12 characters"},
	} {
		for _, read := range []string{"Decode", "DecodeReader"} {
			var v limited
			var err error
			if read == "Decode" {
				_, err = strictjson.Decode([]byte(tc.doc), &v, testLimits)
			} else {
				_, err = strictjson.DecodeReader(strings.NewReader(tc.doc), &v, testLimits)
			}
			var lim *strictjson.LimitError
			if !errors.As(err, &lim) || lim.Path != tc.path || lim.Message != tc.msg {
				t.Errorf("%s %s: got %v, want %s: %s", read, tc.doc, err, tc.path, tc.msg)
			}
		}
	}
	// Within the limits, and with strings that take more bytes than
	// characters, all is well.
	doc := `{"accounts": [{"name": "caf\u00e9\u00e9", "activities": [1, 2, 3, 4], "tags": ["a", "b"]}, {"activities": [1, 2]}, {}], "labels": {"a": 1}}`
	var v limited
	if found, err := strictjson.Decode([]byte(doc), &v, testLimits); err != nil || len(found) > 0 {
		t.Fatalf("within the limits: %v %v", found, err)
	}
	if v.Accounts[0].Name != "caféé" {
		t.Errorf("name %q", v.Accounts[0].Name)
	}
}

func TestLimitErrorText(t *testing.T) {
	err := &strictjson.LimitError{Path: "accounts", Message: "more than 10,000 customers"}
	if got := err.Error(); got != "accounts: more than 10,000 customers" {
		t.Errorf("got %q", got)
	}
}

// TestDecodeReaderPositions checks that a syntax error far into a
// document read in pieces is placed as in the whole document.
func TestDecodeReaderPositions(t *testing.T) {
	doc := "{\"tags\": [\n" + strings.Repeat("  \"tag\",\n", 20000) + "  \"last\"\n  x]}"
	var want, got record
	_, wantErr := strictjson.Decode([]byte(doc), &want, strictjson.Options{})
	_, err := strictjson.DecodeReader(iotest.HalfReader(strings.NewReader(doc)), &got, strictjson.Options{})
	var ws, gs *strictjson.SyntaxError
	if !errors.As(wantErr, &ws) || !errors.As(err, &gs) || *ws != *gs {
		t.Fatalf("DecodeReader says %#v, Decode %#v", err, wantErr)
	}
	if gs.Line != 20003 || gs.Column != 3 || gs.Path != "tags" {
		t.Errorf("syntax error at line %d, column %d, path %q", gs.Line, gs.Column, gs.Path)
	}
}

// TestDecodeReaderReadError checks that an error reading the document is
// returned as it is.
func TestDecodeReaderReadError(t *testing.T) {
	cause := errors.New("disk on fire")
	for _, doc := range []string{`{"tags": ["a", "b"`, `{"tags": ["a"]}`, ``} {
		var v record
		_, err := strictjson.DecodeReader(iotest.ErrReader(cause), &v, strictjson.Options{})
		if !errors.Is(err, cause) {
			t.Errorf("%q: got %v", doc, err)
		}
		r := strings.NewReader(doc)
		_, err = strictjson.DecodeReader(readThenFail{r, cause}, &v, strictjson.Options{})
		if !errors.Is(err, cause) {
			t.Errorf("%q then failing: got %v", doc, err)
		}
	}
}

// readThenFail reads r and then fails with err instead of io.EOF.
type readThenFail struct {
	r   *strings.Reader
	err error
}

func (r readThenFail) Read(p []byte) (int, error) {
	if r.r.Len() == 0 {
		return 0, r.err
	}
	return r.r.Read(p)
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10000: "10,000", 1000000: "1,000,000", -5: "-5"} {
		if got := strictjson.Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
