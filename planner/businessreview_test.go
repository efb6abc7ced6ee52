package planner_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// reviewNow is the moment the business reviews of the tests are made: a
// Tuesday in 2026Q1.
var reviewNow = time.Date(2026, time.February, 10, 9, 30, 0, 0, time.UTC)

func reviewSentences(ts []planner.Text) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.String())
	}
	return strings.Join(out, "\n")
}

func TestSampleHealthIsRedAmberAndGreen(t *testing.T) {
	cat := catalog.Default()
	got := map[string]planner.RAG{}
	for _, a := range sample.Portfolio(cat, catalog.DateOf(reviewNow)) {
		h, err := planner.AccountHealth(cat, planner.DefaultSettings(), a, reviewNow)
		if err != nil {
			t.Fatal(err)
		}
		got[a.Customer.Name] = h.Colour
	}
	want := map[string]planner.RAG{"Northwind Outfitters": planner.RAGRed, "株式会社サクラ電機": planner.RAGAmber,
		"Müller GmbH": planner.RAGAmber, "Øresund Energi A/S": planner.RAGGreen, "Contoso Health": planner.RAGGreen,
		"Kookaburra Bank": planner.RAGAmber}
	for name, colour := range want {
		if got[name] != colour {
			t.Errorf("%s is %s, want %s", name, got[name], colour)
		}
	}
}

func TestBusinessReviewOfARedCustomer(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Northwind Outfitters")
	q := planner.QuarterOf(catalog.DateOf(reviewNow))
	r, err := a.BusinessReview(cat, planner.DefaultSettings(), q, reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	if r.Health.Colour != planner.RAGRed || len(r.Health.Reasons) == 0 {
		t.Errorf("health %s with %d reasons, want red with reasons", r.Health.Colour, len(r.Health.Reasons))
	}
	if r.Next != q.Next() || r.Today != catalog.DateOf(reviewNow) {
		t.Errorf("next quarter %s, today %s", r.Next, r.Today)
	}
	// Support: three cases, P1 to P3, none met; the P1 case escalated.
	s := r.Support
	if len(s.Cases) != 3 || s.Cases[0].Case.Priority != catalog.P1 {
		t.Fatalf("cases %+v, want three, the P1 first", s.Cases)
	}
	if pct, ok := s.MetPercent(); !ok || pct != 0 || s.Measured != 3 {
		t.Errorf("met %d%% (%v) of %d measured, want 0%% of 3", pct, ok, s.Measured)
	}
	if len(s.ByPriority) != 4 || s.ByPriority[0].Breached != 1 || s.ByPriority[3].Opened != 0 {
		t.Errorf("by priority %+v", s.ByPriority)
	}
	if len(s.Escalations) != 1 || s.Escalations[0].CaseNumber != "07730412" || s.Escalations[0].Escalation.Side != planner.SideCustomer {
		t.Errorf("escalations %+v, want the P1 case's", s.Escalations)
	}
	// Risks: open first by impact, the closed one last; the first
	// threatens an objective.
	if len(r.Risks) != 4 || r.Risks[0].Risk.Impact != planner.LevelHigh || r.Risks[0].Objective != "Zero downtime during peak" ||
		r.Risks[3].Risk.IsOpen() {
		t.Errorf("risks %+v", r.Risks)
	}
	for i := 1; i < 3; i++ {
		if r.Risks[i].Risk.Impact == planner.LevelHigh && r.Risks[i-1].Risk.Impact != planner.LevelHigh {
			t.Errorf("risk %d of high impact after one of lower impact", i)
		}
	}
	asks := reviewSentences(r.Asks)
	for _, want := range []string{"Decide on the mitigation of “Peak traffic forecast still missing”, owned by Maria Gonzalez",
		"Help close “Provide the peak traffic forecast”", "Approve the activities proposed for the next quarter"} {
		if !strings.Contains(asks, want) {
			t.Errorf("asks lack %q:\n%s", want, asks)
		}
	}
	prio := reviewSentences(r.Priorities)
	for _, want := range []string{"Mitigate “Peak traffic forecast still missing”", "Be ready for Peak sale weekend on 2026-04-11",
		"Bring “Faster checkout” back on track"} {
		if !strings.Contains(prio, want) {
			t.Errorf("priorities lack %q:\n%s", want, prio)
		}
	}
	// Value: every objective of the plan, the activities of the quarter
	// that served them delivered and linked.
	if len(r.Objectives) != 3 {
		t.Fatalf("%d objectives, want 3", len(r.Objectives))
	}
	served := 0
	for _, o := range r.Objectives {
		for _, act := range o.Served {
			served++
			if act.Activity.ObjectiveID != o.Objective.ID || act.Activity.Status != planner.ActivityDelivered || !q.Contains(act.Activity.Date) {
				t.Errorf("%s served by %+v", o.Objective.Title, act.Activity)
			}
		}
	}
	if served == 0 {
		t.Error("no objective was served by an activity of the quarter")
	}
	if r.Objectives[1].OffTrack != planner.RAGAmber || r.Objectives[0].OffTrack != "" {
		t.Errorf("off track: %q and %q, want on track and amber", r.Objectives[0].OffTrack, r.Objectives[1].OffTrack)
	}
	// Delivery: the counts add up per kind and match the list.
	// Planned leaves out the cancelled, as every other "planned" does.
	total := 0
	for _, d := range r.Delivery {
		if d.Delivered+d.Upcoming != d.Planned {
			t.Errorf("%s: %d + %d is not %d", d.Kind, d.Delivered, d.Upcoming, d.Planned)
		}
		total += d.Planned + d.Cancelled
	}
	if total != len(r.Activities) || total == 0 {
		t.Errorf("%d activities counted, %d listed", total, len(r.Activities))
	}
	for _, p := range r.Planned {
		if !r.Next.Contains(p.Activity.Date) || !p.Activity.Status.Counts() {
			t.Errorf("planned %+v is not of the next quarter", p.Activity)
		}
	}
	if r.Renewal.Found {
		t.Errorf("renewal %s found, but the contract ends %s", r.Renewal.Day, a.Customer.Contract.End)
	}
}

func TestBusinessReviewOfAQuietCustomer(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Kookaburra Bank")
	r, err := a.BusinessReview(cat, planner.DefaultSettings(), planner.QuarterOf(catalog.DateOf(reviewNow)), reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Support.Cases) != 0 || len(r.Support.Escalations) != 0 || len(r.Risks) != 0 {
		t.Errorf("cases %d, escalations %d, risks %d; want none", len(r.Support.Cases), len(r.Support.Escalations), len(r.Risks))
	}
	if _, ok := r.Support.MetPercent(); ok {
		t.Error("a share of met targets without cases")
	}
	if len(r.Support.ByPriority) != 4 {
		t.Errorf("%d priorities, want P1 to P4", len(r.Support.ByPriority))
	}
}

func TestBusinessReviewRenewal(t *testing.T) {
	cat := catalog.Default()
	s := planner.DefaultSettings()
	q := planner.Quarter{Year: 2026, Number: 1}
	tests := []struct {
		end  string
		want bool
	}{
		{"2026-03-20", false}, // renewal 2025-12-20: before the quarter (from 2025-12-29)
		{"2026-04-05", true},  // renewal 2026-01-05: in the quarter
		{"2026-09-20", true},  // renewal 2026-06-22: in the next quarter (to 2026-06-28)
		{"2026-10-30", false}, // renewal 2026-08-01: two quarters on
		{"", false},           // no end, no renewal
	}
	for _, tt := range tests {
		var c planner.Contract
		if tt.end != "" {
			c.End = catalog.MustDate(tt.end)
		}
		day, ok := planner.BusinessReviewRenewal(c, s, q)
		if ok != tt.want {
			t.Errorf("contract ending %q: renewal %s found %v, want %v", tt.end, day, ok, tt.want)
		}
	}
	a := sampleAccount(t, "Contoso Health")
	a.Customer.Contract.End = catalog.MustDate("2026-06-30")
	r, err := a.BusinessReview(cat, s, q, reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Renewal.Found || r.Renewal.Day != catalog.MustDate("2026-04-01") || r.Renewal.InDays != 50 || r.Renewal.Reviewed {
		t.Errorf("renewal %+v, want 2026-04-01 in 50 days without a review", r.Renewal)
	}
	if !strings.Contains(reviewSentences(r.Asks), "Confirm the renewal of the contract by 2026-04-01") {
		t.Errorf("asks lack the renewal: %s", reviewSentences(r.Asks))
	}
}

func TestBusinessReviewNeedsAQuarter(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Müller GmbH")
	for _, q := range []planner.Quarter{{}, {Year: 2026, Number: 5}} {
		if _, err := a.BusinessReview(cat, planner.DefaultSettings(), q, reviewNow); err == nil {
			t.Errorf("quarter %+v: no error", q)
		}
	}
}

func TestBusinessReviewCountsCasesOfTheQuarterOnly(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Müller GmbH")
	q := planner.QuarterOf(catalog.DateOf(reviewNow))
	old := planner.NewSupportCase(a.Customer.ID, "OLD-1", "Before the quarter", "experience-manager-sites", catalog.P1,
		q.First().AddDays(-3).At(10, 0, time.UTC))
	if err := old.Escalate(q.First().AddDays(2).At(10, 0, time.UTC), "Anna Becker", planner.SideCustomer, "Still open"); err != nil {
		t.Fatal(err)
	}
	a.Cases = append(a.Cases, old)
	r, err := a.BusinessReview(cat, planner.DefaultSettings(), q, reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(r.Support.Cases, func(c planner.ReviewCase) bool { return c.Case.Number == "OLD-1" }) {
		t.Error("a case opened before the quarter is counted")
	}
	if len(r.Support.Escalations) != 1 || r.Support.Escalations[0].CaseNumber != "OLD-1" {
		t.Errorf("escalations %+v, want the one made in the quarter", r.Support.Escalations)
	}
	reopened := 0
	for _, p := range r.Support.ByPriority {
		reopened += p.Reopened
	}
	if reopened != 1 {
		t.Errorf("%d reopened cases, want the sample's one", reopened)
	}
}

// TestBusinessReviewCountsACaseInProgressAsOpen checks that a case the
// support engineer works on counts among the open cases of its priority.
func TestBusinessReviewCountsACaseInProgressAsOpen(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Müller GmbH")
	q := planner.QuarterOf(catalog.DateOf(reviewNow))
	before, err := a.BusinessReview(cat, planner.DefaultSettings(), q, reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	c := planner.NewSupportCase(a.Customer.ID, "WIP-1", "Worked on", "", catalog.P4, reviewNow.AddDate(0, 0, -2))
	if err := c.SetStatus(cat.FollowUp, planner.CaseInProgress, reviewNow.AddDate(0, 0, -1)); err != nil {
		t.Fatal(err)
	}
	a.Cases = append(a.Cases, c)
	after, err := a.BusinessReview(cat, planner.DefaultSettings(), q, reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	b, p := before.Support.ByPriority[3], after.Support.ByPriority[3]
	if p.Opened != b.Opened+1 || p.Open != b.Open+1 {
		t.Errorf("P4 with a case in progress: opened %d, open %d; want %d and %d", p.Opened, p.Open, b.Opened+1, b.Open+1)
	}
}

// TestBusinessReviewDoesNotCountCancelledAsPlanned checks that an
// activity of the quarter cancelled is counted as cancelled and not as
// planned: the review's "delivered of planned" agrees with the
// engagement summary's, which counts what counts (ActivityStatus.Counts).
func TestBusinessReviewDoesNotCountCancelledAsPlanned(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Northwind Outfitters")
	q := planner.QuarterOf(catalog.DateOf(reviewNow))
	before, err := a.BusinessReview(cat, planner.DefaultSettings(), q, reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(a.Activities, func(act planner.Activity) bool {
		return q.Contains(act.Date) && act.Status == planner.ActivityDelivered
	})
	if i < 0 {
		t.Fatal("Northwind Outfitters delivered nothing in the quarter")
	}
	a.Activities = slices.Clone(a.Activities)
	a.Activities[i].Status = planner.ActivityCancelled
	after, err := a.BusinessReview(cat, planner.DefaultSettings(), q, reviewNow)
	if err != nil {
		t.Fatal(err)
	}
	sum := func(r planner.BusinessReview) (planned, delivered, cancelled int) {
		for _, d := range r.Delivery {
			planned, delivered, cancelled = planned+d.Planned, delivered+d.Delivered, cancelled+d.Cancelled
		}
		return
	}
	p0, d0, c0 := sum(before)
	p1, d1, c1 := sum(after)
	if p1 != p0-1 || d1 != d0-1 || c1 != c0+1 {
		t.Errorf("cancelling a delivered activity: planned %d→%d, delivered %d→%d, cancelled %d→%d; want one fewer planned and delivered, one more cancelled", p0, p1, d0, d1, c0, c1)
	}
}
