package export

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// logRisk returns an open risk of the risk log titled by token, a word
// the tests find the risk by, with an owner, a due day and a
// mitigation.
func logRisk(a *planner.Account, token string, rag planner.RAG, impact, likelihood planner.Level) planner.Risk {
	r := planner.NewRisk(a.Customer.ID, token+" blocks the launch", impact, likelihood, rag)
	r.ID = fid("risk-" + token)
	r.Owner, r.OwnerSide = "Anna Becker", planner.SideCustomer
	r.Mitigation, r.Due = "Agree a fallback with "+token+"owner", day("2027-01-15")
	return r
}

// raidText returns the text of the slides of the kickoff deck at path
// that show the risks, assumptions and dependencies, titled title,
// leaving out the agenda slide, titled agenda.
func raidText(t *testing.T, path, title, agenda string) string {
	t.Helper()
	return strings.Join(slidesTitled(t, path, title, agenda), " ")
}

// TestKickoffShowsTheOpenRiskLog gives a customer open risks and an
// issue of every rating and a closed risk: in each language the risk
// slide lists the open ones, highest rated first, with their chips,
// owner, due day and mitigation, and leaves the closed one out.
func TestKickoffShowsTheOpenRiskLog(t *testing.T) {
	for _, tt := range []struct {
		lang, title, agenda, label, logTitle, red, due string
	}{
		{"en", "Risks, assumptions and dependencies", "Agenda and meeting objectives", "OPEN RISKS AND ISSUES", "Open risks and issues", "Red", "15 Jan 2027"},
		{"nl", "Risico's, aannames en afhankelijkheden", "Agenda en doelen van de bijeenkomst", "OPEN RISICO'S EN ISSUES", "Open risico's en issues", "Rood", "15 jan 2027"},
		{"ja", "リスク、前提条件、依存関係", "アジェンダとミーティングの目的", "未解決のリスクと課題", "未解決のリスクと課題", "赤", "2027年1月15日"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			path, _ := sampleKickoff(t, "Müller GmbH", tt.lang, func(a *planner.Account) {
				issue := logRisk(a, "Kvissue", planner.RAGAmber, planner.LevelHigh, "")
				issue.Kind = planner.KindIssue
				closed := logRisk(a, "Kvclosed", planner.RAGRed, planner.LevelHigh, planner.LevelHigh)
				closed.SetStatus(planner.RiskClosed, day("2026-11-02"))
				a.Risks = []planner.Risk{
					logRisk(a, "Kvgreen", planner.RAGGreen, planner.LevelHigh, planner.LevelHigh),
					closed,
					logRisk(a, "Kvamber", planner.RAGAmber, planner.LevelHigh, planner.LevelMedium),
					issue,
					logRisk(a, "Kvred", planner.RAGRed, planner.LevelLow, planner.LevelLow),
				}
			})
			// The log stands under its label on the risk slide, or on a
			// slide of its own titled as the label says.
			text := raidText(t, path, tt.title, tt.agenda)
			if own := raidText(t, path, tt.logTitle, tt.agenda); own != "" {
				text = own + " " + tt.label + " " + text
			}
			if tt.lang == "ja" && !strings.Contains(text, tt.label) {
				if !strings.Contains(pdfText(t, path), tt.title) {
					t.Skip("no Japanese font draws the deck")
				}
			}
			if !strings.Contains(text, tt.label) {
				t.Fatalf("the risk slide lacks the label %q: %q", tt.label, text)
			}
			if strings.Contains(pdfText(t, path), "Kvclosed") {
				t.Error("the deck shows a closed risk")
			}
			last := -1
			for _, token := range []string{"Kvred", "Kvissue", "Kvamber", "Kvgreen"} {
				i := strings.Index(text, token+" ")
				if i < 0 {
					t.Errorf("the risk slide lacks the open risk %s", token)
					continue
				}
				if i < last {
					t.Errorf("%s stands before a risk rated lower: %q", token, text)
				}
				last = i
				if !strings.Contains(text, token+"owner") {
					t.Errorf("the risk slide lacks the mitigation of %s", token)
				}
			}
			for _, want := range []string{tt.red, tt.due, "Anna Becker"} {
				if !strings.Contains(text, want) {
					t.Errorf("the risk slide lacks %q", want)
				}
			}
		})
	}
}

// TestKickoffWithoutOpenRisks gives a customer only a closed risk: the
// risk slide shows what it shows without a risk log, and not the closed
// risk.
func TestKickoffWithoutOpenRisks(t *testing.T) {
	text := sampleKickoffText(t, "Müller GmbH", func(a *planner.Account) {
		r := logRisk(a, "Kvclosed", planner.RAGRed, planner.LevelHigh, planner.LevelHigh)
		r.SetStatus(planner.RiskClosed, day("2026-11-02"))
		a.Risks = []planner.Risk{r}
	})
	for _, unwanted := range []string{"Kvclosed", "OPEN RISKS AND ISSUES"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("without open risks the deck shows %q", unwanted)
		}
	}
	if !strings.Contains(text, "ASSUMPTIONS") {
		t.Error("the risk slide lacks the assumptions")
	}
}

// TestKickoffManyOpenRisksStayOnTheSlides gives a customer 30 open risks
// with mitigations of two lines: each is drawn once, above the footer,
// highest rated first, on slides titled "(continued)" once that share
// them out evenly.
func TestKickoffManyOpenRisksStayOnTheSlides(t *testing.T) {
	const n = 30
	var order []string
	path, _ := sampleKickoff(t, "Müller GmbH", "en", func(a *planner.Account) {
		a.Risks = nil
		rags, levels := planner.RAGs(), planner.Levels()
		for i := range n {
			r := logRisk(a, fmt.Sprintf("Kvmany%02d", i), rags[i%3], levels[(i/3)%3], levels[i%3])
			r.Mitigation += ", then review it in the weekly status call with both teams until the launch is safe"
			a.Risks = append(a.Risks, r)
		}
		for _, r := range planner.OpenRisks(a.Risks) {
			order = append(order, strings.Fields(r.Title)[0])
		}
	})
	checkOnPage(t, path)
	bottom := layout.SlidePage().BodyBottom() * pointsPerMM
	var seen []string
	perSlide := map[int]int{}
	for _, p := range pdfWords(t, path) {
		for _, w := range p.Words {
			if !strings.HasPrefix(w.Text, "Kvmany") {
				continue
			}
			if w.YMax > bottom+1 {
				t.Errorf("page %d: %s at y %.0f–%.0f pt runs below the body's bottom at %.0f pt", w.Page, w.Text, w.YMin, w.YMax, bottom)
			}
			if strings.HasSuffix(w.Text, "owner,") {
				continue // a mitigation, which names its risk's token
			}
			seen = append(seen, w.Text)
			perSlide[w.Page]++
		}
	}
	if !slices.Equal(seen, order) {
		t.Errorf("risks drawn %q, want each once, highest rated first: %q", seen, order)
	}
	if len(perSlide) < 2 {
		t.Fatalf("30 risks on %d slides", len(perSlide))
	}
	most, least := 0, n
	for _, c := range perSlide {
		most, least = max(most, c), min(least, c)
	}
	if least*2 < most {
		t.Errorf("risks per slide %v: not shared out evenly", perSlide)
	}
	slides := slidesTitled(t, path, "Open risks and issues (continued)", "Agenda and meeting objectives")
	if len(slides) < len(perSlide)-1 {
		t.Errorf("%d slides continue the risks, want at least %d", len(slides), len(perSlide)-1)
	}
	for _, s := range slides {
		if strings.Contains(s, "(continued) (continued)") {
			t.Error("a slide is titled \"(continued)\" twice")
		}
	}
}
