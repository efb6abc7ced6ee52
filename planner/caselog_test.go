package planner

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// caseCustomerID is the customer of the cases of these tests.
var caseCustomerID = ID{0x01, 0x92, 0, 0, 0, 1, 0x70, 1, 0x80, 0, 0, 0, 0, 0, 0, 1}

// caseAt parses an RFC 3339 instant.
func caseAt(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// caseCustomer returns a valid Ultimate customer in EMEA.
func caseCustomer() Customer {
	return Customer{
		ID: caseCustomerID, Name: "Müller GmbH", Region: catalog.EMEA,
		Membership: Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"analytics", "commerce"}},
		Contract: Contract{Start: catalog.MustDate("2026-07-01"), End: catalog.MustDate("2028-06-30"),
			Allowances: Allowances{AcceleratorsPerYear: 6, FieldHoursPerYear: 40}},
	}
}

// caseWaiting returns a P2 case opened on Tuesday 24 November 2026 at
// 10:00 UTC, answered at 10:20 and set to awaiting response at 11:00.
func caseWaiting(t testing.TB) SupportCase {
	t.Helper()
	c := NewSupportCase(caseCustomerID, "E-1001", "Reports are empty", "analytics", catalog.P2, caseAt(t, "2026-11-24T10:00:00Z"))
	c.FirstResponse = caseAt(t, "2026-11-24T10:20:00Z")
	if err := c.SetStatus(catalog.Default().FollowUp, CaseAwaitingResponse, caseAt(t, "2026-11-24T11:00:00Z")); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestParseSupportCaseStatus(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want CaseStatus
	}{
		{"new", CaseNew},
		{"Awaiting response", CaseAwaitingResponse},
		{"Pending Response", CaseAwaitingResponse},
		{"PENDING_RESPONSE", CaseAwaitingResponse},
		{"Resolution Provided", CaseSolutionProposed},
		{"solution-proposed", CaseSolutionProposed},
		{" Closed ", CaseClosed},
		{"reopened", CaseReopened},
		{"", ""},
		{"in progress", CaseInProgress},
		{"In Progress", CaseInProgress},
		{"in_progress", CaseInProgress},
		{"in-progress", CaseInProgress},
		{"work in progress", ""},
		{"resolution", ""},
	} {
		got, err := ParseSupportCaseStatus(tc.in)
		if got != tc.want || (err != nil) != (tc.want == "") {
			t.Errorf("ParseSupportCaseStatus(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// TestParseCaseStatusKeepsTheFollowUpStatuses checks that the parser of
// the statuses that start the follow-up clock reads the vendor's labels
// and still refuses the others with the message liftoffctl shows.
func TestParseCaseStatusKeepsTheFollowUpStatuses(t *testing.T) {
	for in, want := range map[string]CaseStatus{"Pending Response": CaseAwaitingResponse, "resolution provided": CaseSolutionProposed} {
		if got, err := ParseCaseStatus(in); err != nil || got != want {
			t.Errorf("ParseCaseStatus(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"new", "closed", "Reopened"} {
		_, err := ParseCaseStatus(in)
		if err == nil || !strings.Contains(err.Error(), `: want awaiting-response or solution-proposed`) {
			t.Errorf("ParseCaseStatus(%q) error %v, want it refused", in, err)
		}
	}
}

func TestCaseStatusLabels(t *testing.T) {
	want := map[CaseStatus]string{CaseNew: "New", CaseInProgress: "In Progress", CaseAwaitingResponse: "Pending Response", CaseSolutionProposed: "Resolution Provided",
		CaseClosed: "Closed", CaseReopened: "Reopened"}
	for _, s := range CaseStatuses() {
		if got := s.Label().String(); got != want[s] {
			t.Errorf("%s: label %q, want %q", s, got, want[s])
		}
	}
}

func TestCanChangeCaseStatus(t *testing.T) {
	allowed := map[CaseStatus][]CaseStatus{
		CaseNew:              {CaseInProgress, CaseAwaitingResponse, CaseSolutionProposed, CaseClosed},
		CaseInProgress:       {CaseAwaitingResponse, CaseSolutionProposed, CaseClosed},
		CaseAwaitingResponse: {CaseInProgress, CaseAwaitingResponse, CaseSolutionProposed, CaseClosed},
		CaseSolutionProposed: {CaseInProgress, CaseAwaitingResponse, CaseSolutionProposed, CaseClosed},
		CaseReopened:         {CaseInProgress, CaseAwaitingResponse, CaseSolutionProposed, CaseClosed},
		CaseClosed:           {CaseReopened},
	}
	for _, from := range CaseStatuses() {
		for _, to := range CaseStatuses() {
			want := false
			for _, s := range allowed[from] {
				want = want || s == to
			}
			if got := CanChangeCaseStatus(from, to); got != want {
				t.Errorf("%s to %s: %v, want %v", from, to, got, want)
			}
		}
	}
}

func TestSupportCaseSetStatus(t *testing.T) {
	rules := catalog.Default().FollowUp
	closedAt := "2026-11-25T09:00:00Z"
	tests := []struct {
		name  string
		steps []string // status@instant, applied in order; the last is checked
		field string   // "" when the last step is accepted
		want  string
	}{
		{"waiting, then closed", []string{"awaiting-response@2026-11-24T11:00:00Z", "closed@" + closedAt}, "", ""},
		{"a waiting status again restarts the clock", []string{"solution-proposed@2026-11-24T11:00:00Z", "solution-proposed@2026-11-24T12:00:00Z"}, "", ""},
		{"same instant as the previous change", []string{"awaiting-response@2026-11-24T11:00:00Z", "closed@2026-11-24T11:00:00Z"}, "", ""},
		{"reopened on the last day", []string{"closed@" + closedAt, "reopened@2026-12-09T09:00:00Z"}, "", ""},
		{"reopened a minute too late", []string{"closed@" + closedAt, "reopened@2026-12-09T09:01:00Z"}, "at", "could be reopened until 2026-12-09 09:00 UTC"},
		{"reopened, then waiting", []string{"closed@" + closedAt, "reopened@2026-11-26T09:00:00Z", "awaiting-response@2026-11-26T10:00:00Z"}, "", ""},
		{"nothing after closed but reopened", []string{"closed@" + closedAt, "awaiting-response@2026-11-26T09:00:00Z"}, "status", "a case cannot go from Closed to Pending Response"},
		{"closed twice", []string{"closed@" + closedAt, "closed@2026-11-26T09:00:00Z"}, "status", "from Closed to Closed"},
		{"reopened while open", []string{"reopened@2026-11-24T11:00:00Z"}, "status", "from New to Reopened"},
		{"never new again", []string{"awaiting-response@2026-11-24T11:00:00Z", "new@2026-11-24T12:00:00Z"}, "status", "from Pending Response to New"},
		{"before the opening", []string{"awaiting-response@2026-11-24T09:59:00Z"}, "at", "is before the case was opened"},
		{"before the previous change", []string{"awaiting-response@2026-11-24T11:00:00Z", "closed@2026-11-24T10:59:59Z"}, "at", "is before the previous change"},
		{"the customer answered: in progress", []string{"awaiting-response@2026-11-24T11:00:00Z", "in-progress@2026-11-25T09:00:00Z"}, "", ""},
		{"in progress, then waiting again", []string{"in-progress@2026-11-24T11:00:00Z", "solution-proposed@2026-11-25T09:00:00Z"}, "", ""},
		{"in progress, then closed", []string{"in-progress@2026-11-24T11:00:00Z", "closed@" + closedAt}, "", ""},
		{"reopened, then in progress", []string{"closed@" + closedAt, "reopened@2026-11-26T09:00:00Z", "in-progress@2026-11-26T10:00:00Z"}, "", ""},
		{"in progress twice", []string{"in-progress@2026-11-24T11:00:00Z", "in-progress@2026-11-24T12:00:00Z"}, "status", "from In Progress to In Progress"},
		{"never new again from in progress", []string{"in-progress@2026-11-24T11:00:00Z", "new@2026-11-24T12:00:00Z"}, "status", "from In Progress to New"},
		{"closed, then in progress", []string{"closed@" + closedAt, "in-progress@2026-11-26T09:00:00Z"}, "status", "from Closed to In Progress"},
		{"unknown status", []string{"work-in-progress@2026-11-24T11:00:00Z"}, "status", `from New to work-in-progress`},
		{"no instant", []string{"closed@"}, "at", "must be set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewSupportCase(caseCustomerID, "E-1", "Checkout fails", "commerce", catalog.P1, caseAt(t, "2026-11-24T10:00:00Z"))
			var err error
			for i, step := range tt.steps {
				status, at, _ := strings.Cut(step, "@")
				var when time.Time
				if at != "" {
					when = caseAt(t, at)
				}
				before := len(c.History)
				err = c.SetStatus(rules, CaseStatus(status), when)
				if i < len(tt.steps)-1 && err != nil {
					t.Fatalf("step %s: %v", step, err)
				}
				if err != nil && len(c.History) != before {
					t.Errorf("a refused change was recorded")
				}
			}
			if tt.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				last := tt.steps[len(tt.steps)-1]
				if status, _, _ := strings.Cut(last, "@"); c.Status != CaseStatus(status) || len(c.History) != len(tt.steps) {
					t.Errorf("status %s after %d changes, want %s after %d", c.Status, len(c.History), status, len(tt.steps))
				}
				if err := c.Validate(catalog.Default()); err != nil {
					t.Errorf("the case that SetStatus made is invalid: %v", err)
				}
				return
			}
			v, ok := AsValidation(err)
			if !ok {
				t.Fatalf("error %v, want a *ValidationError", err)
			}
			p, ok := v.Field(tt.field)
			if !ok || !strings.Contains(p.Message, tt.want) {
				t.Errorf("problems %v, want %s: %q", v, tt.field, tt.want)
			}
		})
	}
}

func TestSupportCaseValidate(t *testing.T) {
	cat := catalog.Default()
	tests := []struct {
		name  string
		edit  func(c *SupportCase)
		field string // "" when valid
		want  string
	}{
		{"waiting case", func(*SupportCase) {}, "", ""},
		{"Commerce Managed Services product", func(c *SupportCase) { c.Product = ProductCommerceManaged }, "", ""},
		{"no product recorded", func(c *SupportCase) { c.Product = "" }, "", ""},
		{"title of 200 characters", func(c *SupportCase) { c.Title = strings.Repeat("é", MaxLineLength) }, "", ""},
		{"title of 201 characters", func(c *SupportCase) { c.Title = strings.Repeat("é", MaxLineLength+1) }, "title", "longer than 200 characters (201)"},
		{"title of two lines", func(c *SupportCase) { c.Title = "Reports\nempty" }, "title", "must be one line"},
		{"no title", func(c *SupportCase) { c.Title = " " }, "title", "must not be empty"},
		{"no number", func(c *SupportCase) { c.Number = "" }, "number", "must not be empty"},
		{"number with a bidi control", func(c *SupportCase) { c.Number = "E-1\u202e001" }, "number", "bidi control"},
		{"notes of several lines", func(c *SupportCase) { c.Notes = "Line one\nLine two" }, "", ""},
		{"notes with a control character", func(c *SupportCase) { c.Notes = "bell\a" }, "notes", "control character"},
		{"no ID", func(c *SupportCase) { c.ID = ID{} }, "id", "missing"},
		{"unknown product", func(c *SupportCase) { c.Product = "photoshop" }, "product", `unknown product "photoshop"`},
		{"unknown priority", func(c *SupportCase) { c.Priority = "P5" }, "priority", `unknown priority "P5"`},
		{"no opening", func(c *SupportCase) { c.Opened = time.Time{} }, "opened", "must be set"},
		{"response before the opening", func(c *SupportCase) { c.FirstResponse = c.Opened.Add(-time.Second) }, "firstResponse", "is before the case was opened"},
		{"unknown status", func(c *SupportCase) { c.Status = "pending" }, "status", `unknown status "pending"`},
		{"status not the end of the history", func(c *SupportCase) { c.Status = CaseSolutionProposed }, "status", "is solution-proposed, but the history ends in awaiting-response"},
		{"new case with a history", func(c *SupportCase) { c.Status = CaseNew }, "status", "but the history ends in"},
		{"history out of order", func(c *SupportCase) {
			c.History = append(c.History, CaseStatusChange{Status: CaseClosed, At: c.History[0].At.Add(-time.Minute)})
			c.Status = CaseClosed
		}, "history[1].at", "is before the previous change"},
		{"history with a forbidden change", func(c *SupportCase) {
			c.History = append(c.History, CaseStatusChange{Status: CaseNew, At: c.History[0].At.Add(time.Minute)})
			c.Status = CaseNew
		}, "history[1].status", "from Pending Response to New"},
		{"reopened after the window", func(c *SupportCase) {
			closed := c.History[0].At.Add(time.Hour)
			c.History = append(c.History, CaseStatusChange{Status: CaseClosed, At: closed},
				CaseStatusChange{Status: CaseReopened, At: closed.AddDate(0, 0, 15)})
			c.Status = CaseReopened
		}, "history[2].at", "could be reopened until"},
		{"automatic waiting", func(c *SupportCase) { c.History[0].Automatic = true }, "history[0].automatic", "only a closing can be automatic"},
		{"escalation", func(c *SupportCase) {
			c.Escalations = []Escalation{{At: c.Opened.Add(time.Hour), By: "Anna de Vries", Side: SideCustomer, Reason: "Quarter close on Friday"}}
		}, "", ""},
		{"escalation before the opening", func(c *SupportCase) {
			c.Escalations = []Escalation{{At: c.Opened.Add(-time.Hour), By: "Anna de Vries", Reason: "Urgent"}}
		}, "escalations[0].at", "is before the case was opened"},
		{"escalations out of order", func(c *SupportCase) {
			c.Escalations = []Escalation{{At: c.Opened.Add(2 * time.Hour), By: "A", Reason: "x"}, {At: c.Opened.Add(time.Hour), By: "B", Reason: "y"}}
		}, "escalations[1].at", "is before the previous escalation"},
		{"escalation by nobody", func(c *SupportCase) {
			c.Escalations = []Escalation{{At: c.Opened.Add(time.Hour), Reason: "Urgent"}}
		}, "escalations[0].by", "must not be empty"},
		{"escalation without a reason", func(c *SupportCase) {
			c.Escalations = []Escalation{{At: c.Opened.Add(time.Hour), By: "Anna"}}
		}, "escalations[0].reason", "must not be empty"},
		{"escalation by an unknown side", func(c *SupportCase) {
			c.Escalations = []Escalation{{At: c.Opened.Add(time.Hour), By: "Anna", Side: "partner", Reason: "x"}}
		}, "escalations[0].side", `unknown side "partner"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := caseWaiting(t)
			tt.edit(&c)
			err := c.Validate(cat)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("valid case refused: %v", err)
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

func TestSupportCaseEscalate(t *testing.T) {
	c := caseWaiting(t)
	if err := c.Escalate(caseAt(t, "2026-11-24T12:00:00Z"), "Anna de Vries", SideCustomer, "Month-end reporting is blocked"); err != nil {
		t.Fatal(err)
	}
	if err := c.Escalate(caseAt(t, "2026-11-24T11:59:00Z"), "Jan Jansen", SideVendor, "Again"); err == nil {
		t.Error("an escalation before the previous one was accepted")
	}
	if len(c.Escalations) != 1 || c.Escalations[0].By != "Anna de Vries" {
		t.Errorf("escalations %+v, want Anna's only", c.Escalations)
	}
}

func TestSupportCaseApplyAutoClose(t *testing.T) {
	rules := catalog.Default().FollowUp
	c := caseWaiting(t) // awaiting response since Tuesday 11:00 UTC: closes Monday 30 November 11:00
	closes := caseAt(t, "2026-11-30T11:00:00Z")
	if done, err := c.ApplyAutoClose(rules, closes.Add(-time.Second)); err != nil || done {
		t.Fatalf("closed a second early: %v, %v", done, err)
	}
	done, err := c.ApplyAutoClose(rules, caseAt(t, "2026-12-02T08:00:00Z"))
	if err != nil || !done {
		t.Fatalf("not closed two days after day 6: %v, %v", done, err)
	}
	last := c.History[len(c.History)-1]
	if c.Status != CaseClosed || !last.At.Equal(closes) || !last.Automatic {
		t.Errorf("status %s, last change %+v; want closed automatically at %s", c.Status, last, closes)
	}
	if done, _ := c.ApplyAutoClose(rules, caseAt(t, "2026-12-03T08:00:00Z")); done {
		t.Error("a closed case was closed again")
	}
	until, ok := c.ReopenUntil(rules)
	if want := caseAt(t, "2026-12-14T11:00:00Z"); !ok || !until.Equal(want) {
		t.Errorf("reopen until %s, %v; want %s", until, ok, want)
	}
	if err := c.Validate(catalog.Default()); err != nil {
		t.Errorf("the auto-closed case is invalid: %v", err)
	}
	if err := c.SetStatus(rules, CaseReopened, caseAt(t, "2026-12-14T11:00:01Z")); err == nil {
		t.Error("reopened after the window")
	}
	if err := c.SetStatus(rules, CaseReopened, caseAt(t, "2026-12-14T11:00:00Z")); err != nil {
		t.Errorf("not reopened at the end of the window: %v", err)
	}
	fresh := NewSupportCase(caseCustomerID, "E-2", "New case", "", catalog.P3, caseAt(t, "2026-11-01T10:00:00Z"))
	if done, err := fresh.ApplyAutoClose(rules, caseAt(t, "2026-12-01T10:00:00Z")); done || err != nil {
		t.Errorf("a new case was auto-closed: %v, %v", done, err)
	}
}

// TestSupportCaseCaseView checks that the response-clock view of a case
// keeps a product of a product response table and reads every other
// product as a standard case.
func TestSupportCaseCaseView(t *testing.T) {
	cat := catalog.Default()
	c := caseWaiting(t)
	if got := c.Case(cat); got.Product != "" || got.Priority != catalog.P2 || !got.Opened.Equal(c.Opened) {
		t.Errorf("analytics case: %+v, want a standard P2 case opened %s", got, c.Opened)
	}
	c.Product = ProductCommerceManaged
	if got := c.Case(cat); got.Product != ProductCommerceManaged {
		t.Errorf("Commerce Managed Services case: product %q, want %q", got.Product, ProductCommerceManaged)
	}
}

func TestSupportCaseJSON(t *testing.T) {
	c := caseWaiting(t)
	if err := c.Escalate(caseAt(t, "2026-11-24T12:00:00Z"), "Anna de Vries", SideCustomer, "Blocked"); err != nil {
		t.Fatal(err)
	}
	if err := c.MarkReminder(catalog.Default().FollowUp, 1, ReminderSent, caseAt(t, "2026-11-25T11:05:00Z")); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"customerId"`, `"number":"E-1001"`, `"firstResponse"`, `"history":[{"status":"awaiting-response"`,
		`"escalations":[{"at"`, `"reminders":[{"since"`, `"state":"sent"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON %s lacks %s", b, key)
		}
	}
	var back SupportCase
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Validate(catalog.Default()); err != nil {
		t.Errorf("the case read back is invalid: %v", err)
	}
	steps, err := back.CaseReminders(catalog.Default().FollowUp)
	if err != nil || len(steps) == 0 || steps[0].State != ReminderSent {
		t.Errorf("reminders read back %+v, %v; want the first sent", steps, err)
	}
}

func TestAccountCasesAndRisks(t *testing.T) {
	cat := catalog.Default()
	objective := Objective{ID: NewID(), Title: "Faster checkout", Status: StatusOpen}
	good := func(t *testing.T) Account {
		a := Account{Customer: caseCustomer(), Cases: []SupportCase{caseWaiting(t)}}
		second := NewSupportCase(caseCustomerID, "E-1002", "Slow search", "commerce", catalog.P3, caseAt(t, "2026-11-25T10:00:00Z"))
		a.Cases = append(a.Cases, second)
		r := NewRisk(caseCustomerID, "Peak season freeze", LevelHigh, LevelMedium, RAGAmber)
		r.ObjectiveID = objective.ID
		a.Risks = []Risk{r}
		a.Plan = ActionPlan{ID: NewID(), CustomerID: caseCustomerID, Title: "MAP 2027", Objectives: []Objective{objective}}
		return a
	}
	tests := []struct {
		name  string
		edit  func(a *Account)
		field string
		want  string
	}{
		{"cases and risks", func(*Account) {}, "", ""},
		{"risk linked to an objective without a plan", func(a *Account) { a.Plan = ActionPlan{} }, "", ""},
		{"case number used twice", func(a *Account) { a.Cases[1].Number = "e-1001" }, "cases[1].number", `case number e-1001 is already used by another case of customer "Müller GmbH" ("Reports are empty")`},
		{"case ID used twice", func(a *Account) { a.Cases[1].ID = a.Cases[0].ID }, "cases[1].id", "is used by an earlier case"},
		{"case of another customer", func(a *Account) { a.Cases[1].CustomerID = NewID() }, "cases[1].customerId", "belongs to another customer"},
		{"invalid case", func(a *Account) { a.Cases[0].Title = "" }, "cases[0].title", "must not be empty"},
		{"risk of another customer", func(a *Account) { a.Risks[0].CustomerID = NewID() }, "risks[0].customerId", "belongs to another customer"},
		{"risk ID used twice", func(a *Account) { a.Risks = append(a.Risks, a.Risks[0]) }, "risks[1].id", "is used by an earlier risk"},
		{"risk linked to an unknown objective", func(a *Account) { a.Risks[0].ObjectiveID = NewID() }, "risks[0].objectiveId", `which the customer's plan "MAP 2027" does not hold`},
		{"invalid risk", func(a *Account) { a.Risks[0].Impact = "huge" }, "risks[0].impact", `unknown impact "huge"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := good(t)
			tt.edit(&a)
			err := a.Validate(cat)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("valid account refused: %v", err)
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

// TestAccountJSONWithoutCasesOrRisks checks that an account written
// before Liftoff kept cases and risks reads with none, and that one
// without any writes neither field.
func TestAccountJSONWithoutCasesOrRisks(t *testing.T) {
	old := `{"customer": {"id": "` + caseCustomerID.String() + `", "name": "Müller GmbH"}, "engagements": [], "activities": []}`
	var a Account
	if err := json.Unmarshal([]byte(old), &a); err != nil {
		t.Fatal(err)
	}
	if a.Cases != nil || a.Risks != nil {
		t.Errorf("cases %v, risks %v; want none", a.Cases, a.Risks)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `"cases"`) || strings.Contains(string(b), `"risks"`) {
		t.Errorf("JSON %s has cases or risks", b)
	}
	a.Cases = []SupportCase{caseWaiting(t)}
	if b, _ := json.Marshal(a); !strings.Contains(string(b), `"cases":[{"id"`) {
		t.Errorf("JSON %s lacks the case", b)
	}
}

// TestSetStatusLeavesACopyAlone changes the status of a case whose history
// has room to grow: a copy made before the change keeps its own history,
// as undo needs.
func TestSetStatusLeavesACopyAlone(t *testing.T) {
	rules := catalog.Default().FollowUp
	c := SupportCase{Number: "1", Status: CaseAwaitingResponse, Opened: caseAt(t, "2026-11-24T10:00:00Z"),
		History: make([]CaseStatusChange, 1, 8)}
	c.History[0] = CaseStatusChange{Status: CaseAwaitingResponse, At: caseAt(t, "2026-11-24T11:00:00Z")}
	before := c
	if err := c.SetStatus(rules, CaseInProgress, caseAt(t, "2026-11-25T09:00:00Z")); err != nil {
		t.Fatal(err)
	}
	other := before
	if err := other.SetStatus(rules, CaseClosed, caseAt(t, "2026-11-25T10:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if len(before.History) != 1 || c.History[1].Status != CaseInProgress || other.History[1].Status != CaseClosed {
		t.Errorf("the changes share their history: before %v, one %v, other %v", before.History, c.History, other.History)
	}
}
