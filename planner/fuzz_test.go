package planner

import (
	"slices"
	"testing"
)

// FuzzParseSupportCaseStatus checks that any input either gives one of
// the case statuses, which parses as itself, or an error; and that
// ParseCaseStatus accepts exactly the waiting ones of them.
func FuzzParseSupportCaseStatus(f *testing.F) {
	for _, s := range []string{"new", "Pending Response", "RESOLUTION_PROVIDED", " closed ", "reopened", "in progress", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := ParseSupportCaseStatus(s)
		waiting, werr := ParseCaseStatus(s)
		if err != nil {
			if werr == nil {
				t.Errorf("ParseCaseStatus(%q) = %q, but ParseSupportCaseStatus refuses it", s, waiting)
			}
			return
		}
		if !slices.Contains(CaseStatuses(), st) {
			t.Fatalf("ParseSupportCaseStatus(%q) = %q, not a case status", s, st)
		}
		if again, err := ParseSupportCaseStatus(string(st)); err != nil || again != st {
			t.Errorf("ParseSupportCaseStatus(%q) = %q, which parses as %q, %v", s, st, again, err)
		}
		if st.Waiting() != (werr == nil) || (werr == nil && waiting != st) {
			t.Errorf("ParseCaseStatus(%q) = %q, %v; ParseSupportCaseStatus gives %q", s, waiting, werr, st)
		}
	})
}

// FuzzParseLevel checks that any input either gives a level that parses
// as itself, or an error.
func FuzzParseLevel(f *testing.F) {
	for _, s := range []string{"high", "M", " low ", "hi", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLevel(s)
		if err != nil {
			return
		}
		if again, err := ParseLevel(string(l)); err != nil || again != l || !slices.Contains(Levels(), l) {
			t.Errorf("ParseLevel(%q) = %q, which parses as %q, %v", s, l, again, err)
		}
	})
}

// FuzzParseRAG checks that any input either gives a rating that parses
// as itself, or an error.
func FuzzParseRAG(f *testing.F) {
	for _, s := range []string{"red", "A", " Green", "yellow", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRAG(s)
		if err != nil {
			return
		}
		if again, err := ParseRAG(string(r)); err != nil || again != r || !slices.Contains(RAGs(), r) {
			t.Errorf("ParseRAG(%q) = %q, which parses as %q, %v", s, r, again, err)
		}
	})
}
