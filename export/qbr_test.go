package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// TestBusinessReviewSections reads the business review of every sample
// customer back and finds each section, with what it holds or the
// sentence that says it holds nothing.
func TestBusinessReviewSections(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	opts := testOptions()
	opts.Language = "en"
	dir := t.TempDir()
	for i := range accts {
		a := &accts[i]
		t.Run(a.Customer.Name, func(t *testing.T) {
			r, err := a.BusinessReview(cat, opts.settings(), planner.QuarterOf(sampleToday), opts.now())
			if err != nil {
				t.Fatal(err)
			}
			text := renderText(t, dir, KindQBR, accts, a, opts)
			want := []string{"QUARTERLY BUSINESS REVIEW · Q1 2026", a.Customer.Name, "Executive summary", "THE QUARTER AT A GLANCE",
				"Value against objectives", "Consumption of the contract year", "Delivered against planned", "Support",
				"Risks and mitigations", "Decisions and asks", "Priorities for Q2 2026", "CONTRACT YEAR 1 "}
			want = append(want, map[planner.RAG]string{planner.RAGRed: "Red", planner.RAGAmber: "Amber", planner.RAGGreen: "Green"}[r.Health.Colour])
			if len(r.Objectives) == 0 {
				want = append(want, "No objectives are tracked")
			} else {
				want = append(want, "Baseline", "Current", "Target", r.Objectives[0].Objective.KPIs[0].Name)
			}
			if len(r.Support.Cases) == 0 {
				want = append(want, "No support cases and no escalations in Q1 2026.")
			} else {
				want = append(want, r.Support.Cases[0].Case.Number, "of response targets met")
			}
			if len(r.Support.Escalations) == 0 && len(r.Support.Cases) > 0 {
				want = append(want, "No escalations this quarter.")
			}
			if len(r.Risks) == 0 {
				want = append(want, "No risks or issues are logged.")
			} else {
				want = append(want, r.Risks[0].Risk.Title, "Mitigation")
			}
			if len(r.Asks) == 0 {
				want = append(want, "No decisions or help are needed from the sponsor this quarter.")
			}
			if len(r.Planned) == 0 {
				want = append(want, "No activities planned yet.")
			}
			checkText(t, "the review", text, want, nil)
		})
	}
}

// TestBusinessReviewOfTheRedCustomer checks what the review of the
// sample's red customer says about its support, risks and asks.
func TestBusinessReviewOfTheRedCustomer(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	a := sampleByName(t, accts, "Northwind Outfitters")
	text := renderText(t, t.TempDir(), KindQBR, accts, a, testOptions())
	checkText(t, "the review", text, []string{"Red", "P1 case 07730412 missed its response target by 1 hour 5 minutes",
		"0%", "(0 of 3 cases)", "P1 case 07730412, escalated on 4 Feb 2026", "Checkout fails in two regions during the winter sale – Maria Gonzalez (Customer)",
		"first response 1 hour 5 minutes late", "Peak traffic forecast still missing", "Threatens: Zero downtime during peak",
		"Issue: Two extensions query the database on every request", "Closed on 31 Jan 2026",
		"Decide on the mitigation of “Peak traffic forecast still missing”, owned by Maria Gonzalez",
		"Be ready for Peak sale weekend on 11 Apr 2026", "Not within two quarters"}, nil)
	// Open risks come before the closed one.
	if strings.Index(text, "Security patch delayed") < strings.Index(text, "War-room rota has gaps at night") {
		t.Error("the closed risk comes before an open one")
	}
}

// TestBusinessReviewShowsTheRenewal moves a customer's contract end so
// that the renewal falls in the next quarter.
func TestBusinessReviewShowsTheRenewal(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	a := sampleByName(t, accts, "Contoso Health")
	a.Customer.Contract.End = catalog.MustDate("2026-06-30")
	text := renderText(t, t.TempDir(), KindQBR, accts, a, testOptions())
	checkText(t, "the review", text, []string{"The contract comes up for renewal on 1 Apr 2026, in 50 days; it ends on 30 Jun 2026.",
		"No QBR or service review is planned in the 90 days before it.", "Confirm the renewal of the contract by 1 Apr 2026"}, nil)
}

// TestBusinessReviewNamesTheExpiryWarningDays sets the expiry warning
// to other than its default: the review's "nothing will expire" line
// names the TAM's number of days.
func TestBusinessReviewNamesTheExpiryWarningDays(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	opts := testOptions()
	opts.Settings = planner.DefaultSettings()
	opts.Settings.ExpiryWarningDays = 21
	for i := range accts {
		a := &accts[i]
		r, err := a.BusinessReview(cat, opts.settings(), planner.QuarterOf(sampleToday), opts.now())
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Expiring) > 0 {
			continue
		}
		text := renderText(t, t.TempDir(), KindQBR, accts, a, opts)
		checkText(t, a.Customer.Name, text, []string{"Nothing will expire unused within the next 21 days."}, nil)
		return
	}
	t.Fatal("every sample customer has allowance expiring")
}

// TestBusinessReviewSpeaksDutchAndJapanese reads the review of the red
// customer back in Dutch and Japanese.
func TestBusinessReviewSpeaksDutchAndJapanese(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	a := sampleByName(t, accts, "Northwind Outfitters")
	tests := map[string][]string{
		"nl": {"KWARTAALREVIEW · Q1 2026", "Samenvatting voor het management", "Rood", "Waarde per doelstelling", "Geleverd tegenover gepland",
			"Verbruik van het contractjaar", "Risico's en beheersmaatregelen", "Besluiten en vragen", "Prioriteiten voor Q2 2026",
			"P1-case 07730412, geëscaleerd op 4 feb 2026", "Klaar zijn voor Peak sale weekend op 11 apr 2026"},
		"ja": {"四半期ビジネスレビュー", "エグゼクティブサマリー", "赤", "目標に対する成果", "計画に対する提供実績", "契約年度の利用状況",
			"リスクと軽減策", "ご判断とお願い", "2026年第2四半期の優先事項", "2026年2月4日にエスカレーション"},
	}
	for lang, want := range tests {
		t.Run(lang, func(t *testing.T) {
			if lang == "ja" && !hasCJKFont() {
				t.Skip("no Japanese TrueType font on this machine")
			}
			opts := testOptions()
			opts.Language = lang
			text := renderText(t, t.TempDir(), KindQBR, accts, a, opts)
			checkText(t, "the "+lang+" review", text, want, []string{"Executive summary", "Risks and mitigations", "Decisions and asks"})
		})
	}
}

func TestBusinessReviewNeedsAQuarter(t *testing.T) {
	accts := fixturePortfolio()
	for _, q := range []planner.Quarter{{}, {Year: 2026, Number: 7}} {
		_, err := Document(context.Background(), io.Discard, testCatalog(t), Request{Kind: KindQBR, Accounts: accts, Customer: accts[0].Customer.ID, Quarter: q}, testOptions())
		if err == nil || !strings.Contains(err.Error(), "business review") {
			t.Errorf("quarter %+v: error %v", q, err)
		}
	}
	if _, err := Document(context.Background(), io.Discard, testCatalog(t), Request{Kind: KindQBR, Accounts: accts, Quarter: planner.Quarter{Year: 2026, Number: 1}}, testOptions()); err == nil {
		t.Error("a review without a customer")
	}
}

// TestGoldenJapaneseBusinessReview compares the business review of
// 株式会社サクラ電機, a sample customer who reads documents in Japanese
// and has support cases and risks, byte for byte with
// testdata/qbr.ja.golden.pdf. The bytes depend on the system's Japanese
// font, so the test runs only with the font the golden was made with.
// Run with -update to accept a change after looking at it.
func TestGoldenJapaneseBusinessReview(t *testing.T) {
	fonts, fontSum := japaneseFonts(t)
	cat := goldenCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	sakura := sampleByName(t, accts, "株式会社サクラ電機")
	opts := testOptions()
	opts.Fonts = fonts
	var buf bytes.Buffer
	req := Request{Kind: KindQBR, Accounts: accts, Customer: sakura.Customer.ID, Quarter: planner.QuarterOf(sampleToday)}
	if _, err := Document(context.Background(), &buf, cat, req, opts); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "qbr.ja", buf.Bytes(), fontSum)
}

func TestPackSections(t *testing.T) {
	const room, head = 100.0, 10.0
	tests := []struct {
		name    string
		heights []float64
		want    string
	}{
		{"each too tall to share", []float64{60, 60, 60}, "[[0] [1] [2]]"},
		{"two short ones share", []float64{20, 30}, "[[0 1]]"},
		// Greedy would put the first three together and leave the
		// last alone on a nearly empty slide.
		{"the emptiest slide as full as can be", []float64{20, 20, 20, 30}, "[[0 1] [2 3]]"},
		{"a section taller than a slide stays alone", []float64{10, 150, 10}, "[[0] [1] [2]]"},
		{"none", nil, "[]"},
	}
	for _, tt := range tests {
		got := fmt.Sprint(packSections(tt.heights, room, head))
		if got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestBusinessReviewTilesShowWholeFigures gives a customer a quarter of
// more than a hundred activities: the executive summary's tile reads
// "delivered of planned" in full in every language (the Dutch "38 van
// 113" was cut to "38 van…"), set smaller when it is too wide.
func TestBusinessReviewTilesShowWholeFigures(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	a := sampleByName(t, accts, "Northwind Outfitters")
	var model planner.Activity
	for _, act := range a.Activities {
		if act.Status == planner.ActivityScheduled || act.Status == planner.ActivityDelivered {
			model = act
			break
		}
	}
	for i := range 120 {
		act := model
		act.ID = fid(fmt.Sprintf("busy-quarter-%d", i))
		act.SeriesID = planner.ID{}
		act.Date = catalog.MustDate("2026-01-05").AddDays(i % 80)
		act.Status, act.ActualDate, act.ActualHours = planner.ActivityScheduled, planner.Date{}, 0
		if i%3 == 0 {
			act.Status, act.ActualDate, act.ActualHours = planner.ActivityDelivered, act.Date, act.Hours
		}
		a.Activities = append(a.Activities, act)
	}
	for _, lang := range []string{"en", "nl", "ja"} {
		if lang == "ja" && !hasCJKFont() {
			continue
		}
		opts := testOptions()
		opts.Language = lang
		r, err := a.BusinessReview(cat, opts.settings(), planner.QuarterOf(sampleToday), opts.now())
		if err != nil {
			t.Fatal(err)
		}
		planned, delivered := 0, 0
		for _, dl := range r.Delivery {
			planned += dl.Planned
			delivered += dl.Delivered
		}
		if planned < 100 {
			t.Fatalf("%d activities planned in the quarter, want more than 100", planned)
		}
		want := map[string]string{"en": "%d of %d", "nl": "%d van %d", "ja": "%[2]d件中%[1]d件"}[lang]
		text := renderText(t, t.TempDir(), KindQBR, accts, a, opts)
		if figure := fmt.Sprintf(want, delivered, planned); !strings.Contains(text, figure) {
			t.Errorf("%s: the summary does not read %q", lang, figure)
		}
	}
}

// TestCappedAsksAreNotNumbered gives a customer more asks than the
// business review lists: the line that says how many
// more there are follows the numbered asks without a number of its own
// (it read "8. and 15 more"), in every language.
func TestCappedAsksAreNotNumbered(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	a := sampleByName(t, accts, "Northwind Outfitters")
	for i := range 20 {
		a.Risks = append(a.Risks, planner.Risk{ID: fid(fmt.Sprintf("many-asks-risk-%d", i)), CustomerID: a.Customer.ID, Kind: planner.KindRisk,
			Title: fmt.Sprintf("Risk %d of the busy quarter", i+1), Impact: planner.LevelHigh, Likelihood: planner.LevelHigh, RAG: planner.RAGRed,
			Owner: "Maria Gonzalez", OwnerSide: planner.SideCustomer, Status: planner.RiskOpen})
		a.Plan.Actions = append(a.Plan.Actions, planner.Action{ID: fid(fmt.Sprintf("many-asks-action-%d", i)), Title: fmt.Sprintf("Overdue action %d", i+1),
			Owner: "Maria Gonzalez", Side: planner.SideCustomer, Due: catalog.MustDate("2026-01-20"), Status: planner.StatusOpen})
	}
	numberedMore := regexp.MustCompile(`\d+\.\s+(and \d+ more|en nog \d+|ほか\s*\d+\s*件)`)
	for _, lang := range []string{"en", "nl", "ja"} {
		if lang == "ja" && !hasCJKFont() {
			continue
		}
		opts := testOptions()
		opts.Language = lang
		text := renderText(t, t.TempDir(), KindQBR, accts, a, opts)
		if m := numberedMore.FindString(text); m != "" {
			t.Errorf("%s: the count of the asks left out is numbered: %q", lang, m)
		}
		if !strings.Contains(text, map[string]string{"en": "and 36 more", "nl": "en nog 36", "ja": "ほか 36 件"}[lang]) {
			t.Errorf("%s: no line says how many asks are left out", lang)
		}
	}
}

// TestBusinessReviewSlideTitlesAreWhole reviews a customer with nothing
// in the quarter: the slides that gather several short sections name
// them all in their title, set smaller where the names are long, rather
// than cut the title ("Waarde per doelstelling · … · Verbruik va…").
func TestBusinessReviewSlideTitlesAreWhole(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	a := sampleByName(t, accts, "Øresund Energi A/S")
	a.Activities, a.Series, a.Risks, a.Cases, a.Plan = nil, nil, nil, nil, planner.ActionPlan{}
	for _, lang := range []string{"en", "nl", "ja"} {
		if lang == "ja" && !hasCJKFont() {
			continue
		}
		opts := testOptions()
		opts.Language = lang
		text := renderText(t, t.TempDir(), KindQBR, accts, a, opts)
		if i := strings.Index(text, "…"); i >= 0 {
			t.Errorf("%s: a title is cut: %q", lang, text[max(0, i-80):i+3])
		}
	}
}
