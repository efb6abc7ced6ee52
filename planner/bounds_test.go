package planner_test

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// validActivity returns an activity of the sample that validates.
func validActivity(t *testing.T, cat *catalog.Catalog) planner.Activity {
	t.Helper()
	for _, acc := range sample.Portfolio(cat, catalog.MustDate("2027-01-11")) {
		for _, a := range acc.Activities {
			if a.Validate(cat) == nil {
				return a
			}
		}
	}
	t.Fatal("the sample has no valid activity")
	return planner.Activity{}
}

// validCustomer returns a customer of the sample that validates.
func validCustomer(t *testing.T, cat *catalog.Catalog) planner.Customer {
	t.Helper()
	c := sample.Portfolio(cat, catalog.MustDate("2027-01-11"))[0].Customer
	if err := c.Validate(cat); err != nil {
		t.Fatal(err)
	}
	return c
}

// problemOf returns the problem err reports about field, failing the test
// when err is not a *ValidationError.
func problemOf(t *testing.T, err error, field string) (planner.FieldError, bool) {
	t.Helper()
	if err == nil {
		return planner.FieldError{}, false
	}
	v, ok := planner.AsValidation(err)
	if !ok {
		t.Fatalf("%v is not a *ValidationError", err)
	}
	for _, p := range v.Problems {
		if p.Field == field {
			return p, true
		}
	}
	return planner.FieldError{}, false
}

func TestActivityHoursBounds(t *testing.T) {
	cat := catalog.Default()
	a := validActivity(t, cat)
	for _, tc := range []struct {
		hours float64
		ok    bool
	}{
		{0.25, true}, {math.SmallestNonzeroFloat64, true}, {1000, true}, {999.999, true},
		{0, false}, {-1, false}, {-math.SmallestNonzeroFloat64, false}, {1000.0001, false},
		{1e308, false}, {math.MaxFloat64, false}, {math.NaN(), false}, {math.Inf(1), false}, {math.Inf(-1), false},
	} {
		a.Hours = tc.hours
		p, found := problemOf(t, a.Validate(cat), "hours")
		if found == tc.ok {
			t.Errorf("hours %g: problem %v, want accepted=%v", tc.hours, p, tc.ok)
		}
		if found && (p.Text.Format == "" || !strings.Contains(p.Message, "at most 1000 hours")) {
			t.Errorf("hours %g: message %q does not say the bound or is not a planner.Text", tc.hours, p.Message)
		}
	}
}

func TestAllowanceBounds(t *testing.T) {
	cat := catalog.Default()
	c := validCustomer(t, cat)
	for _, tc := range []struct {
		n  int
		ok bool
	}{
		{0, true}, {1, true}, {10000, true}, {9999, true},
		{-1, false}, {10001, false}, {math.MaxInt, false}, {math.MinInt, false},
	} {
		for _, field := range []string{"contract.allowances.acceleratorsPerYear", "contract.allowances.fieldHoursPerYear"} {
			c2 := c
			if strings.HasSuffix(field, "acceleratorsPerYear") {
				c2.Contract.Allowances.AcceleratorsPerYear = tc.n
			} else {
				c2.Contract.Allowances.FieldHoursPerYear = tc.n
			}
			p, found := problemOf(t, c2.Validate(cat), field)
			if found == tc.ok {
				t.Errorf("%s %d: problem %v, want accepted=%v", field, tc.n, p, tc.ok)
			}
			if found && !strings.Contains(p.Message, "from 0 to 10000") {
				t.Errorf("%s %d: message %q does not name the bounds", field, tc.n, p.Message)
			}
		}
	}
}

func TestWeeklyCapacityBounds(t *testing.T) {
	cat := catalog.Default()
	s := planner.DefaultSettings()
	for _, tc := range []struct {
		hours float64
		ok    bool
	}{
		{1, true}, {0.99, false}, {0.5, false}, {80, true}, {79.99, true},
		{0, false}, {-1, false}, {80.01, false}, {1e308, false},
		{math.NaN(), false}, {math.Inf(1), false}, {math.Inf(-1), false},
	} {
		s.WeeklyCapacityHours = tc.hours
		p, found := problemOf(t, s.Validate(cat), "weeklyCapacityHours")
		if found == tc.ok {
			t.Errorf("capacity %g: problem %v, want accepted=%v", tc.hours, p, tc.ok)
		}
	}
}

func TestCheckText(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) }
	for _, tc := range []struct {
		name, s string
		kind    planner.TextKind
		want    string // part of the message; "" when accepted
	}{
		{"empty", "", planner.LineText, ""},
		{"plain", "Müller GmbH", planner.LineText, ""},
		{"japanese", "株式会社サクラ電機", planner.LineText, ""},
		{"emoji with zero width joiner", "Team 👩\u200D💻", planner.LineText, ""},
		{"non-joiner", "می\u200Cخواهم", planner.LineText, ""},
		{"right-to-left mark", "שלום\u200F 2027", planner.LineText, ""},
		{"200 runes", long(200), planner.LineText, ""},
		{"201 runes", long(201), planner.LineText, "longer than 200 characters (201)"},
		{"10000 runes", long(10000), planner.LongText, ""},
		{"10001 runes", long(10001), planner.LongText, "longer than 10000 characters (10001)"},
		{"1 MB", strings.Repeat("x", 1<<20), planner.LineText, "longer than 200 characters (1048576)"},
		{"invalid UTF-8", "ab\xffc", planner.LineText, "not valid UTF-8 text (byte 3)"},
		{"NUL", "a\x00b", planner.LineText, "control character (U+0000)"},
		{"NUL in notes", "a\x00b", planner.LongText, "control character (U+0000)"},
		{"DEL", "a\x7fb", planner.LineText, "control character (U+007F)"},
		{"C1", "a\u0085b", planner.LongText, "control character (U+0085)"},
		{"leading tab", "\tname", planner.LineText, "control character (U+0009)"},
		{"tab in a line", "a\tb", planner.LineText, "control character (U+0009)"},
		{"newline in a line", "a\nb", planner.LineText, "must be one line"},
		{"line separator in a line", "a\u2028b", planner.LineText, "must be one line"},
		{"lines in notes", "first\nsecond\r\n\tthird", planner.LongText, ""},
		{"lone CR in notes", "a\rb", planner.LongText, "control character (U+000D)"},
		{"RLO", "invoice\u202Etxt.exe", planner.LineText, "bidi control character (U+202E), which can disguise text"},
		{"LRE", "a\u202Ab", planner.LongText, "bidi control character (U+202A)"},
		{"RLI", "a\u2067b", planner.LineText, "bidi control character (U+2067)"},
		{"PDI", "a\u2069b", planner.LineText, "bidi control character (U+2069)"},
		{"zero width space", "a\u200Bb", planner.LineText, "invisible character (U+200B)"},
		{"word joiner", "a\u2060b", planner.LineText, "invisible character (U+2060)"},
		{"byte-order mark", "\uFEFFname", planner.LineText, "invisible character (U+FEFF)"},
		{"leading space", " name", planner.LineText, "starts or ends with white space"},
		{"trailing newline in notes", "notes\n", planner.LongText, "starts or ends with white space"},
		{"trailing no-break space", "name\u00A0", planner.LineText, "starts or ends with white space"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := planner.CheckText(tc.s, tc.kind)
			if tc.want == "" {
				if !got.IsZero() {
					t.Errorf("refused: %s", got)
				}
				return
			}
			if !strings.Contains(got.String(), tc.want) {
				t.Errorf("got %q, want it to say %q", got, tc.want)
			}
		})
	}
}

func TestCustomerTextsAreChecked(t *testing.T) {
	cat := catalog.Default()
	c := validCustomer(t, cat)
	c.Name = "Acme\u202Egpj.exe"
	c.Notes = strings.Repeat("n", planner.MaxLongTextLength+1)
	c.Team.CSM.Name = "Ann\x00"
	c.KeyEvents = append(c.KeyEvents, planner.KeyEvent{Name: " Launch", Date: catalog.MustDate("2027-03-01")})
	err := c.Validate(cat)
	for field, want := range map[string]string{
		"name":          "name: has a bidi control character (U+202E), which can disguise text",
		"notes":         "notes: longer than 10000 characters (10001)",
		"team.csm.name": "team.csm.name: has a control character (U+0000)",
		"keyEvents[" + itoa(len(c.KeyEvents)-1) + "].name": "starts or ends with white space",
	} {
		p, ok := problemOf(t, err, field)
		if !ok || !strings.Contains(p.Error(), want) || p.Text.IsZero() {
			t.Errorf("%s: got %v (found %v), want %q as a planner.Text", field, p, ok, want)
		}
	}
}

func TestActivityAndPlanTextsAreChecked(t *testing.T) {
	cat := catalog.Default()
	a := validActivity(t, cat)
	a.Outcome = "done\x1b[31m"
	if _, ok := problemOf(t, a.Validate(cat), "outcome"); !ok {
		t.Error("an outcome with an escape character was accepted")
	}
	plan := planner.ActionPlan{ID: planner.NewID(), Title: "Plan\u2066"}
	if _, ok := problemOf(t, plan.Validate(), "title"); !ok {
		t.Error("a plan title with a bidi isolate was accepted")
	}
	e := planner.NewEngagement(cat, planner.NewID(), "Onboarding")
	e.Stakeholders = []planner.Stakeholder{{Name: "Kim", Side: planner.SideVendor, Responsibilities: strings.Repeat("r", 10001)}}
	if _, ok := problemOf(t, e.Validate(cat), "stakeholders[0].responsibilities"); !ok {
		t.Error("responsibilities of 10001 characters were accepted")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// FuzzCheckText checks that CheckText never panics, refuses every text
// that is not valid UTF-8 or holds a bidi control, and accepts a text
// only when it is within the length limit and trimmed.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"", "Acme", "a\u202Eb", "\xff", " x", "a\nb", "👩\u200D💻", "a\x00"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, long bool) {
		kind, limit := planner.LineText, planner.MaxLineLength
		if long {
			kind, limit = planner.LongText, planner.MaxLongTextLength
		}
		got := planner.CheckText(s, kind)
		if !got.IsZero() {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("accepted invalid UTF-8 %q", s)
		}
		if strings.TrimSpace(s) != s {
			t.Fatalf("accepted untrimmed %q", s)
		}
		if utf8.RuneCountInString(s) > limit {
			t.Fatalf("accepted %d characters", utf8.RuneCountInString(s))
		}
		if strings.ContainsFunc(s, func(r rune) bool {
			return r < 0x20 && (!long || r != '\n' && r != '\t' && r != '\r') || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
		}) {
			t.Fatalf("accepted %q with a control character", s)
		}
	})
}
