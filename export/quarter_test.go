package export

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// bigPortfolio returns n Ultimate customers with a handful of activities
// each in 2026 Q1, some with long names that wrap.
func bigPortfolio(n int) []planner.Account {
	items := []struct {
		id       string
		solution catalog.SolutionID
		hours    float64
	}{
		{"acc-analytics-kpi-framework", "analytics", 6},
		{"acc-target-xt-setup-review", "target", 6},
		{"acc-aem-caching-review", "experience-manager-sites", 8},
		{"field-health-assessment", "analytics", 24},
		{"pro-roadmap-review", "", 4},
	}
	statuses := []planner.ActivityStatus{planner.ActivityDelivered, planner.ActivityScheduled, planner.ActivityProposed}
	out := make([]planner.Account, n)
	for i := range n {
		id := fid(fmt.Sprintf("big-%d", i))
		name := fmt.Sprintf("Kunde %03d Großhandel & Logistik", i)
		if i%7 == 3 {
			name = fmt.Sprintf("Customer %03d with a very long registered company name that needs two lines in the label column", i)
		}
		a := planner.Account{Customer: planner.Customer{
			ID: id, Name: name, Region: catalog.EMEA,
			Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"analytics", "target", "experience-manager-sites"}},
			Contract:   planner.Contract{Start: day("2025-01-01"), Allowances: planner.Allowances{AcceleratorsPerYear: 10, FieldHoursPerYear: 80}},
		}}
		for j, it := range items[:1+i%len(items)] {
			a.Activities = append(a.Activities, planner.Activity{
				ID: fid(fmt.Sprintf("big-%d-%d", i, j)), CustomerID: id, ItemID: it.id, Solution: it.solution,
				Date: day("2026-01-05").AddDays(7*((i+j*3)%12) + j%5), Hours: it.hours, Status: statuses[(i+j)%3],
			})
		}
		out[i] = a
	}
	return out
}

func quarterPDF(t testing.TB, accts []planner.Account, opts Options) ([]byte, Result) {
	t.Helper()
	var buf bytes.Buffer
	res, err := QuarterPlan(&buf, testCatalog(t), accts, planner.DefaultSettings(), planner.Quarter{Year: 2026, Number: 1}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), res
}

// TestQuarterPlanGrowsInPagesNotSmallerText checks that a long plan takes
// more pages at the same text size, never below 8 pt.
func TestQuarterPlanGrowsInPagesNotSmallerText(t *testing.T) {
	_, small := quarterPDF(t, bigPortfolio(5), testOptions())
	_, large := quarterPDF(t, bigPortfolio(120), testOptions())
	if large.Pages <= small.Pages {
		t.Errorf("120 customers take %d pages, 5 take %d: a longer plan must take more pages", large.Pages, small.Pages)
	}
	if large.MinFontSize != small.MinFontSize {
		t.Errorf("smallest text is %.1f pt for 120 customers and %.1f pt for 5: text must not shrink", large.MinFontSize, small.MinFontSize)
	}
	if large.MinFontSize < minPointSize {
		t.Errorf("smallest text is %.1f pt, below %.0f pt", large.MinFontSize, minPointSize)
	}
}

// TestQuarterPlanRepeatsHeader reads every page of a long plan back and
// expects the week header on each page of the chart, and every customer
// named somewhere.
func TestQuarterPlanRepeatsHeader(t *testing.T) {
	bin := needTool(t, "pdftotext")
	accts := bigPortfolio(40)
	pdf, res := quarterPDF(t, accts, testOptions())
	path := filepath.Join(t.TempDir(), "quarter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if res.Pages < 4 {
		t.Fatalf("40 customers fit on %d pages; the test needs a plan of several pages", res.Pages)
	}
	all := pdfText(t, path)
	for p := 2; p <= res.Pages; p++ {
		out, err := exec.Command(bin, "-enc", "UTF-8", "-f", itoa(p), "-l", itoa(p), path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		page := string(out)
		for _, want := range []string{"Customer and activity", "W02", "W13", "5 Jan", fmt.Sprintf("Page %d of %d", p, res.Pages)} {
			if !strings.Contains(page, want) {
				t.Errorf("page %d lacks %q", p, want)
			}
		}
	}
	for _, a := range accts {
		if !strings.Contains(all, a.Customer.Name) {
			t.Errorf("customer %q is missing from the plan", a.Customer.Name)
		}
	}
}

func TestQuarterPlanEmptyPortfolio(t *testing.T) {
	pdf, res := quarterPDF(t, nil, testOptions())
	if res.Pages < 1 || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("an empty portfolio gave %d pages", res.Pages)
	}
}

func TestNiceCeil(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{0, 1}, {0.7, 1}, {1, 1}, {1.2, 2}, {3, 5}, {22, 25}, {33, 50}, {51, 100}, {100, 100}, {380, 500}, {1650, 2000},
	}
	for _, tt := range tests {
		if got := niceCeil(tt.in); got != tt.want {
			t.Errorf("niceCeil(%g) = %g, want %g", tt.in, got, tt.want)
		}
	}
}

// TestCustomerQuarterPlanLeavesOutCapacity reads back the quarterly plan
// of one customer, which the customer receives, and the portfolio plan,
// the TAM's own: only the latter shows the TAM's weekly capacity and the
// weeks over it.
func TestCustomerQuarterPlanLeavesOutCapacity(t *testing.T) {
	needTool(t, "pdftotext")
	accts := fixturePortfolio()[:2]
	text := func(customer planner.ID) string {
		t.Helper()
		var buf bytes.Buffer
		req := Request{Kind: KindQuarter, Accounts: accts, Customer: customer, Quarter: planner.Quarter{Year: 2026, Number: 1}}
		if _, err := Document(&buf, goldenCatalog(t), req, testOptions()); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "quarter.pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return pdfText(t, path)
	}
	one := text(accts[0].Customer.ID)
	if strings.Contains(strings.ToLower(one), "capacity") {
		t.Errorf("the plan for %s mentions the TAM's capacity:\n%s", accts[0].Customer.Name, one)
	}
	for _, want := range []string{accts[0].Customer.Name, "Hours per week", "Activities", "W13"} {
		if !strings.Contains(one, want) {
			t.Errorf("the plan for %s lacks %q", accts[0].Customer.Name, want)
		}
	}
	if strings.Contains(one, accts[1].Customer.Name) {
		t.Errorf("the plan for %s names another customer, %s", accts[0].Customer.Name, accts[1].Customer.Name)
	}
	all := text(planner.ID{})
	for _, want := range []string{"Weeks over capacity", "capacity 30 h per week", "Capacity 30 h per week", accts[1].Customer.Name} {
		if !strings.Contains(all, want) {
			t.Errorf("the portfolio plan lacks %q", want)
		}
	}
}

// TestQuarterPlanLegendOnEveryPage reads every page of a long plan back
// and expects the chart's legend on each page that holds rows of the
// chart, not only on the last.
func TestQuarterPlanLegendOnEveryPage(t *testing.T) {
	bin := needTool(t, "pdftotext")
	pdf, res := quarterPDF(t, bigPortfolio(40), testOptions())
	path := filepath.Join(t.TempDir(), "quarter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	chartPages := 0
	for p := 1; p <= res.Pages; p++ {
		out, err := exec.Command(bin, "-enc", "UTF-8", "-f", itoa(p), "-l", itoa(p), path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		page := string(out)
		if !strings.Contains(page, "Customer and activity") {
			continue
		}
		chartPages++
		for _, want := range []string{"Delivered", "Scheduled", "Proposed", "Milestone", "Today"} {
			if !strings.Contains(page, want) {
				t.Errorf("page %d of the chart lacks the legend's %q", p, want)
			}
		}
	}
	if chartPages < 3 {
		t.Fatalf("the chart takes %d pages; the test needs several", chartPages)
	}
}
