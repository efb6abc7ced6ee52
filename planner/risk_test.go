package planner

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestParseLevelAndRAG(t *testing.T) {
	for in, want := range map[string]Level{"high": LevelHigh, " Medium ": LevelMedium, "L": LevelLow, "h": LevelHigh, "": "", "hi": "", "x": ""} {
		got, err := ParseLevel(in)
		if got != want || (err != nil) != (want == "") {
			t.Errorf("ParseLevel(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, want := range map[string]RAG{"red": RAGRed, "AMBER": RAGAmber, "g": RAGGreen, "r": RAGRed, "yellow": "", "": ""} {
		got, err := ParseRAG(in)
		if got != want || (err != nil) != (want == "") {
			t.Errorf("ParseRAG(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestRAGWorse(t *testing.T) {
	for _, tt := range []struct{ a, b, want RAG }{
		{RAGGreen, RAGAmber, RAGAmber}, {RAGAmber, RAGGreen, RAGAmber}, {RAGAmber, RAGRed, RAGRed},
		{RAGRed, RAGAmber, RAGRed}, {RAGGreen, RAGGreen, RAGGreen}, {RAGGreen, "", RAGGreen},
	} {
		if got := tt.a.Worse(tt.b); got != tt.want {
			t.Errorf("%s.Worse(%s) = %s, want %s", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestRiskValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(r *Risk)
		field string // "" when valid
		want  string
	}{
		{"new risk", func(*Risk) {}, "", ""},
		{"complete risk", func(r *Risk) {
			r.Description, r.Owner, r.OwnerSide = "Code freeze from 1 November\nno releases", "Anna de Vries", SideCustomer
			r.Mitigation, r.Due = "Release the fix before the freeze", catalog.MustDate("2026-10-15")
		}, "", ""},
		{"issue without likelihood", func(r *Risk) { r.Kind, r.Likelihood = KindIssue, "" }, "", ""},
		{"closed risk with its day", func(r *Risk) { r.Status, r.Closed = RiskClosed, catalog.MustDate("2026-11-02") }, "", ""},
		{"no ID", func(r *Risk) { r.ID = ID{} }, "id", "missing"},
		{"unknown kind", func(r *Risk) { r.Kind = "threat" }, "kind", `unknown kind "threat"`},
		{"no title", func(r *Risk) { r.Title = "" }, "title", "must not be empty"},
		{"title too long", func(r *Risk) { r.Title = strings.Repeat("x", MaxLineLength+1) }, "title", "longer than 200 characters"},
		{"description too long", func(r *Risk) { r.Description = strings.Repeat("x", MaxLongTextLength+1) }, "description", "longer than 10000 characters"},
		{"mitigation with an invisible character", func(r *Risk) { r.Mitigation = "fix\u200bit" }, "mitigation", "invisible character"},
		{"owner on two lines", func(r *Risk) { r.Owner = "Anna\nJan" }, "owner", "must be one line"},
		{"owner on an unknown side", func(r *Risk) { r.OwnerSide = "partner" }, "ownerSide", `unknown side "partner"`},
		{"unknown impact", func(r *Risk) { r.Impact = "" }, "impact", `unknown impact ""`},
		{"risk without likelihood", func(r *Risk) { r.Likelihood = "" }, "likelihood", `unknown likelihood ""`},
		{"issue with a likelihood", func(r *Risk) { r.Kind = KindIssue }, "likelihood", "an issue has happened and has no likelihood"},
		{"unknown RAG", func(r *Risk) { r.RAG = "blue" }, "rag", `unknown RAG status "blue"`},
		{"unknown status", func(r *Risk) { r.Status = "" }, "status", `unknown status ""`},
		{"open risk with a closing day", func(r *Risk) { r.Closed = catalog.MustDate("2026-11-02") }, "closed", "only a closed risk has a closing day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRisk(caseCustomerID, "Peak season freeze", LevelHigh, LevelMedium, RAGAmber)
			tt.edit(&r)
			err := r.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("valid risk refused: %v", err)
				}
				return
			}
			v, ok := AsValidation(err)
			if !ok {
				t.Fatalf("error %v, want a *ValidationError", err)
			}
			p, ok := v.Field(tt.field)
			if !ok || p.Field != tt.field || !strings.Contains(p.Message, tt.want) {
				t.Errorf("problems %v, want %s: %q", v, tt.field, tt.want)
			}
		})
	}
}

func TestRiskJSON(t *testing.T) {
	r := NewRisk(caseCustomerID, "Peak season freeze", LevelHigh, LevelLow, RAGRed)
	r.OwnerSide, r.Owner, r.Due, r.ObjectiveID = SideVendor, "Jan Jansen", catalog.MustDate("2026-12-01"), NewID()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"kind":"risk"`, `"impact":"high"`, `"likelihood":"low"`, `"rag":"red"`, `"ownerSide":"vendor"`,
		`"due":"2026-12-01"`, `"objectiveId"`, `"status":"open"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON %s lacks %s", b, key)
		}
	}
	if strings.Contains(string(b), `"closed"`) {
		t.Errorf("JSON %s has a closing day", b)
	}
	var back Risk
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back != r {
		t.Errorf("read back %+v, want %+v", back, r)
	}
}

func TestRiskSetStatusKeepsTheDayItWasClosed(t *testing.T) {
	first, later := catalog.MustDate("2026-11-02"), catalog.MustDate("2026-11-20")
	var r Risk
	r.Status = RiskOpen
	r.SetStatus(RiskClosed, first)
	if r.Status != RiskClosed || r.Closed != first {
		t.Fatalf("closed on %s: status %s, day %s", first, r.Status, r.Closed)
	}
	r.SetStatus(RiskClosed, later)
	if r.Closed != first {
		t.Errorf("closed again: day %s, want the first %s", r.Closed, first)
	}
	r.SetStatus(RiskOpen, later)
	if r.Status != RiskOpen || !r.Closed.IsZero() {
		t.Errorf("reopened: status %s, day %s, want open with no day", r.Status, r.Closed)
	}
}

func TestOpenRisksHighestRatedFirst(t *testing.T) {
	risk := func(title string, rag RAG, impact, likelihood Level, due string) Risk {
		r := NewRisk(ID{}, title, impact, likelihood, rag)
		if due != "" {
			r.Due = catalog.MustDate(due)
		}
		return r
	}
	issue := risk("outage", RAGAmber, LevelHigh, "", "")
	issue.Kind = KindIssue
	closed := risk("closed red", RAGRed, LevelHigh, LevelHigh, "")
	closed.SetStatus(RiskClosed, catalog.MustDate("2026-11-02"))
	in := []Risk{
		risk("green high", RAGGreen, LevelHigh, LevelHigh, ""),
		risk("amber high likely, due late", RAGAmber, LevelHigh, LevelHigh, "2026-12-01"),
		closed,
		risk("amber low", RAGAmber, LevelLow, LevelHigh, ""),
		risk("amber high likely, no due", RAGAmber, LevelHigh, LevelHigh, ""),
		issue,
		risk("red medium", RAGRed, LevelMedium, LevelLow, ""),
		risk("amber high likely, due soon", RAGAmber, LevelHigh, LevelHigh, "2026-11-20"),
		risk("amber high unlikely", RAGAmber, LevelHigh, LevelLow, ""),
	}
	var got []string
	for _, r := range OpenRisks(in) {
		got = append(got, r.Title)
	}
	want := []string{"red medium", "outage", "amber high likely, due soon", "amber high likely, due late", "amber high likely, no due",
		"amber high unlikely", "amber low", "green high"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("OpenRisks = %q, want %q", got, want)
	}
	if len(OpenRisks(nil)) != 0 || len(OpenRisks([]Risk{closed})) != 0 {
		t.Error("OpenRisks lists a closed risk")
	}
}
