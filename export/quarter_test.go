package export

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	res, err := QuarterPlan(context.Background(), &buf, testCatalog(t), accts, planner.DefaultSettings(), planner.Quarter{Year: 2026, Number: 1}, opts)
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
	needTool(t, "pdftotext")
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
		page := pdftotext(t, path, "-f", itoa(p), "-l", itoa(p))
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
		if _, err := Document(context.Background(), &buf, goldenCatalog(t), req, testOptions()); err != nil {
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
	needTool(t, "pdftotext")
	pdf, res := quarterPDF(t, bigPortfolio(40), testOptions())
	path := filepath.Join(t.TempDir(), "quarter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	chartPages := 0
	for p := 1; p <= res.Pages; p++ {
		page := pdftotext(t, path, "-f", itoa(p), "-l", itoa(p))
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

// quarterText writes the quarterly plan of 2026 Q1 of accts (of customer
// alone when it is set) with opts and returns its text as pdftotext reads
// it.
func quarterText(t *testing.T, accts []planner.Account, customer planner.ID, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	req := Request{Kind: KindQuarter, Accounts: accts, Customer: customer, Quarter: planner.Quarter{Year: 2026, Number: 1}}
	res, err := Document(context.Background(), &buf, goldenCatalog(t), req, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range res.Log {
		if strings.Contains(l, "could not be drawn") {
			t.Errorf("quarterly plan: %s", l)
		}
	}
	path := filepath.Join(t.TempDir(), "quarter.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return pdfText(t, path)
}

// TestQuarterPlanInDutchAndJapanese reads the quarterly plan back in
// Dutch and Japanese: headings, legend and week header in the language,
// dates and hours in its forms, and no English left of them.
func TestQuarterPlanInDutchAndJapanese(t *testing.T) {
	needTool(t, "pdftotext")
	if !hasCJKFont() {
		t.Skip("no Japanese font on this machine")
	}
	accts := fixturePortfolio()
	// An activity of a fraction of an hour shows the decimal mark.
	for i, a := range accts[0].Activities {
		if planner.QuarterOf(a.Date) == (planner.Quarter{Year: 2026, Number: 1}) && a.Status.Counts() {
			accts[0].Activities[i].Hours = 2.5
			break
		}
	}
	tests := []struct {
		lang      string
		want, not []string
	}{
		{"nl", []string{"Kwartaalplan Q1 2026", "3 klanten", "Uren per week tegenover capaciteit", "Plan per klant", "Klant en activiteit",
			"Weken boven capaciteit", "Capaciteit 30 u per week", "Mijlpaal", "Vandaag", "Fase klaar", "29 dec", "2,5 u", "dit kwartaal", "Pagina 2 van"},
			[]string{"Hours per week", "Customer and activity", "Milestone", "Today", "this quarter"}},
		{"ja", []string{"四半期計画 2026年第1四半期", "顧客3社", "週ごとの時間と稼働量", "顧客ごとの計画", "顧客とアクティビティ",
			"稼働量を超える週", "稼働量 週30時間", "マイルストーン", "今日", "フェーズ完了", "12月29日", "2.5時間", "今四半期", "2 / "},
			[]string{"Hours per week", "Customer and activity", "Milestone", "Today", "this quarter"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			opts := testOptions()
			opts.Settings.Language = tt.lang
			text := quarterText(t, accts, planner.ID{}, opts)
			for _, want := range tt.want {
				if !strings.Contains(text, want) {
					t.Errorf("the %s plan lacks %q", tt.lang, want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(text, not) {
					t.Errorf("the %s plan says %q in English", tt.lang, not)
				}
			}
		})
	}
}

// TestCustomerQuarterPlanInTheCustomersLanguage makes the plan of
// 株式会社サクラ電機, whose documents are in Japanese, with English
// settings: it is in Japanese, without the TAM's capacity; the portfolio
// plan made with the same settings stays in English.
func TestCustomerQuarterPlanInTheCustomersLanguage(t *testing.T) {
	needTool(t, "pdftotext")
	if !hasCJKFont() {
		t.Skip("no Japanese font on this machine")
	}
	accts := fixturePortfolio()
	accts[2].Customer.Language = "ja" // as in the sample portfolio
	sakura := accts[2]
	opts := testOptions()
	opts.Settings.Language = "en"
	one := quarterText(t, accts, sakura.Customer.ID, opts)
	for _, want := range []string{"四半期計画", "週ごとの時間", "アクティビティ数", "計画時間", sakura.Customer.Name} {
		if !strings.Contains(one, want) {
			t.Errorf("the plan of %s lacks %q", sakura.Customer.Name, want)
		}
	}
	for _, not := range []string{"稼働量", "capacity", "Capacity"} {
		if strings.Contains(one, not) {
			t.Errorf("the plan of %s names the TAM's capacity: %q", sakura.Customer.Name, not)
		}
	}
	if all := quarterText(t, accts, planner.ID{}, opts); !strings.Contains(all, "Hours per week against capacity") {
		t.Error("the portfolio plan with English settings is not in English")
	}
}

// TestQuarterOfISOWeeks checks the quarters of the plan around the turn
// of 2026, a year of 53 ISO weeks: 2026 Q4 runs from Monday 28 September
// 2026 to Sunday 3 January 2027, week 40 to week 53; 29 December 2026
// falls in it and in no other quarter; 2027 Q1 starts on 4 January 2027;
// and every other quarter holds 13 weeks.
func TestQuarterOfISOWeeks(t *testing.T) {
	q4 := planner.Quarter{Year: 2026, Number: 4}
	if q4.First() != day("2026-09-28") || q4.Last() != day("2027-01-03") {
		t.Errorf("2026Q4 runs %s to %s, want 2026-09-28 to 2027-01-03", q4.First(), q4.Last())
	}
	holidays := day("2026-12-29")
	var claimed []string
	for q := (planner.Quarter{Year: 2025, Number: 1}); q.Year <= 2028; q = q.Next() {
		weeks := q.Weeks()
		for _, w := range weeks {
			if !holidays.Before(w.Monday) && !holidays.After(w.Sunday()) {
				claimed = append(claimed, q.String())
			}
		}
		want := 13
		if y, n := q.Last().In(time.UTC).ISOWeek(); q.Number == 4 && n == 53 && y == q.Year {
			want = 14
		}
		if len(weeks) != want {
			t.Errorf("%s holds %d weeks, want %d", q, len(weeks), want)
		}
		if q.Next().First() != q.Last().AddDays(1) {
			t.Errorf("%s ends on %s but %s starts on %s", q, q.Last(), q.Next(), q.Next().First())
		}
	}
	if len(claimed) != 1 || claimed[0] != "2026Q4" {
		t.Errorf("29 Dec 2026 falls in %q, want only 2026Q4", claimed)
	}
	if got := planner.QuarterOf(holidays); got != q4 {
		t.Errorf("QuarterOf(2026-12-29) = %s", got)
	}
}

// TestQuarterPlanCountsAnActivityInOneQuarter makes the plans of 2026 Q4
// and 2027 Q1 with an activity on 29 December 2026: only the first shows
// it, and its week header reaches week 53.
func TestQuarterPlanCountsAnActivityInOneQuarter(t *testing.T) {
	needTool(t, "pdftotext")
	acct := fixturePortfolio()[0]
	acct.Activities = []planner.Activity{{ID: fid("turn-of-year"), CustomerID: acct.Customer.ID, ItemID: "acc-aem-caching-review",
		Solution: "experience-manager-sites", Date: day("2026-12-29"), Hours: 7, Status: planner.ActivityScheduled}}
	for _, tt := range []struct {
		q          planner.Quarter
		shows      bool
		first, end string
	}{{planner.Quarter{Year: 2026, Number: 4}, true, "W40", "W53"}, {planner.Quarter{Year: 2027, Number: 1}, false, "W01", "W13"}} {
		var buf bytes.Buffer
		if _, err := CustomerQuarterPlan(context.Background(), &buf, goldenCatalog(t), acct, planner.DefaultSettings(), tt.q, testOptions()); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "quarter.pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, path)
		if got := strings.Contains(text, "29 Dec · 7 h"); got != tt.shows {
			t.Errorf("%s shows the activity of 29 Dec 2026: %v, want %v", tt.q, got, tt.shows)
		}
		for _, want := range []string{tt.first, tt.end} {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks week %s", tt.q, want)
			}
		}
		if strings.Contains(text, "W54") || (tt.q.Number == 1 && strings.Contains(text, "W53")) {
			t.Errorf("%s shows a week outside it", tt.q)
		}
	}
}
