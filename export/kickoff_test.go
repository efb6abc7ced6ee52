package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// sampleKickoff renders the kickoff deck of a sample customer, after
// change, in language (empty: the customer's own) and returns its path
// and the account it is about.
func sampleKickoff(t *testing.T, name, language string, change func(*planner.Account)) (string, planner.Account) {
	t.Helper()
	accts := sample.Portfolio(testCatalog(t), catalog.DateOf(fixtureNow))
	a := sampleByName(t, accts, name)
	change(a)
	opts := testOptions()
	opts.Language = language
	path, _ := render(t, t.TempDir(), KindKickoff, accts, a, opts)
	return path, *a
}

// sampleKickoffText renders the English kickoff deck of a sample
// customer, after change, and returns its text.
func sampleKickoffText(t *testing.T, name string, change func(*planner.Account)) string {
	t.Helper()
	path, _ := sampleKickoff(t, name, "en", change)
	return pdfText(t, path)
}

// slidesTitled returns the text of every slide of the deck at path whose
// text holds title, other than the agenda slide (which names every
// slide) when agenda is the agenda slide's title.
func slidesTitled(t *testing.T, path, title, agenda string) []string {
	t.Helper()
	var out []string
	for _, p := range pdfWords(t, path) {
		var words []string
		for _, w := range p.Words {
			words = append(words, w.Text)
		}
		text := strings.Join(words, " ")
		if strings.Contains(text, title) && !strings.Contains(text, agenda) {
			out = append(out, text)
		}
	}
	return out
}

func TestKickoffGoalsShowTheObjectives(t *testing.T) {
	path, acct := sampleKickoff(t, "Müller GmbH", "en", func(a *planner.Account) { a.Engagements[0].Goals = nil })
	slides := strings.Join(slidesTitled(t, path, "Goals and success criteria", "Agenda and meeting objectives"), " ")
	if slides == "" {
		t.Fatal("the deck has no goals slide")
	}
	if strings.Contains(pdfText(t, path), "to be agreed") {
		t.Error("the deck says the goals are to be agreed though the plan has objectives")
	}
	for _, o := range acct.Plan.Objectives {
		if !strings.Contains(slides, o.Title) {
			t.Errorf("objective %q missing from the goals slide", o.Title)
		}
		for _, k := range o.KPIs {
			if !strings.Contains(slides, k.Name) {
				t.Errorf("KPI %q missing from the goals slide", k.Name)
			}
		}
	}
}

// TestKickoffGoalsFollowThePhase checks when the deck says goals are
// agreed: without goals, in the Define phase while it is open, in this
// meeting once the engagement is in Design; the KPIs of goals without
// any likewise.
func TestKickoffGoalsFollowThePhase(t *testing.T) {
	noGoals := func(a *planner.Account) {
		a.Engagements[0].Goals = nil
		a.Plan = planner.ActionPlan{}
	}
	inDesign := func(a *planner.Account) {
		noGoals(a)
		for i, ph := range a.Engagements[0].Phases {
			switch ph.Phase {
			case catalog.Kickoff, catalog.Define:
				a.Engagements[0].Phases[i].Status = planner.PhaseDone
			case catalog.Design:
				a.Engagements[0].Phases[i].Status = planner.PhaseInProgress
			}
		}
	}
	tests := []struct {
		name, customer string
		change         func(*planner.Account)
		want, not      string
	}{
		{"no goals in Kickoff", "Contoso Health", noGoals,
			"The goals and the KPIs that measure them are to be agreed in the Define phase", "in this meeting"},
		{"no goals in Design", "Contoso Health", inDesign,
			"The goals and the KPIs that measure them are to be agreed in this meeting", "to be agreed in the Define phase"},
		{"goals without KPIs in Kickoff", "Contoso Health", func(*planner.Account) {},
			"The KPIs that measure the goals are to be agreed in the Define phase", "in this meeting"},
		{"goals without KPIs in Design", "Øresund Energi A/S", func(*planner.Account) {},
			"The KPIs that measure the goals are to be agreed in this meeting", "to be agreed in the Define phase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := sampleKickoffText(t, tt.customer, tt.change)
			if !strings.Contains(text, tt.want) {
				t.Errorf("the deck lacks %q", tt.want)
			}
			if strings.Contains(text, tt.not) {
				t.Errorf("the deck says %q", tt.not)
			}
		})
	}
}

func TestKickoffObjectivesFollowThePhase(t *testing.T) {
	text := sampleKickoffText(t, "Müller GmbH", func(a *planner.Account) { a.Plan.Objectives = nil })
	if !strings.Contains(text, "missing from the Mutual Action Plan") {
		t.Error("the deck does not say the agreed objectives are missing from the plan")
	}
	// Expert Success includes no Mutual Action Plan to add them to.
	text = sampleKickoffText(t, "Øresund Energi A/S", func(*planner.Account) {})
	if strings.Contains(text, "missing from the Mutual Action Plan") {
		t.Error("the deck of an Expert customer asks for objectives in a Mutual Action Plan it does not include")
	}
	// Contoso's engagement has goals but no KPIs yet: Define agrees how to
	// measure them, not the goals again.
	text = sampleKickoffText(t, "Contoso Health", func(*planner.Account) {})
	if !strings.Contains(text, "KPIs to be agreed in the Define phase") || strings.Contains(text, "Objectives to be agreed in the Define phase") {
		t.Error("an engagement in Kickoff with goals does not say its KPIs are agreed in the Define phase")
	}
	text = sampleKickoffText(t, "Contoso Health", func(a *planner.Account) { a.Engagements[0].Goals = nil })
	if !strings.Contains(text, "Objectives to be agreed in the Define phase") {
		t.Error("an engagement in Kickoff without goals does not say the objectives are agreed in the Define phase")
	}
}

// TestKickoffRACINamesEveryone checks that the RACI chart has a column
// for everyone on the cover and every owner of an open action.
func TestKickoffRACINamesEveryone(t *testing.T) {
	path, acct := sampleKickoff(t, "Müller GmbH", "en", func(*planner.Account) {})
	raci := strings.Join(slidesTitled(t, path, "Who does what (RACI)", "Agenda and meeting objectives"), " ")
	if raci == "" {
		t.Fatal("the deck has no RACI chart")
	}
	var names []string
	team := acct.Customer.Team
	for _, p := range []planner.Person{team.TAM, team.CSM, team.SSM, team.TAD} {
		names = append(names, p.Name)
	}
	for _, s := range acct.Engagements[0].Stakeholders {
		names = append(names, s.Name)
	}
	for _, a := range acct.Plan.Actions {
		if !a.Status.Closed() {
			names = append(names, a.Owner)
		}
	}
	for _, n := range names {
		if n != "" && !strings.Contains(raci, n) {
			t.Errorf("%s missing from the RACI chart", n)
		}
	}
	if len(slidesTitled(t, path, "Who does what (RACI) (continued)", "Agenda")) == 0 {
		t.Error("Müller's ten people stand on one RACI slide, want at most seven to a slide")
	}
}

// TestKickoffSupportHoursInTheCustomersZone checks that a customer in
// Berlin served from the EMEA region reads the hours in its own zone too.
func TestKickoffSupportHoursInTheCustomersZone(t *testing.T) {
	path, _ := sampleKickoff(t, "Müller GmbH", "en", func(*planner.Account) {})
	support := strings.Join(slidesTitled(t, path, "How to get support", "Agenda and meeting objectives"), " ")
	for _, want := range []string{"09:00-17:00 Europe/London (10:00-18:00 Europe/Berlin)", "P1", "P4", "Anna Becker", "15 minutes"} {
		if !strings.Contains(support, want) {
			t.Errorf("the support slide lacks %q", want)
		}
	}
}

// TestKickoffInJapanese reads the deck of the Japanese sample customer
// back and fails when its slide titles are not Japanese.
func TestKickoffInJapanese(t *testing.T) {
	path, _ := sampleKickoff(t, "株式会社サクラ電機", "", func(*planner.Account) {})
	text := pdfText(t, path)
	for _, want := range []string{"アジェンダとミーティングの目的", "目標と成功基準", "スコープ", "フェーズとスケジュール", "役割分担（RACI）",
		"協働の進め方", "サポートの受け方", "リスク、前提条件、依存関係", "お願い事項と次のステップ"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Japanese deck lacks the title %q", want)
		}
	}
	for _, english := range []string{"Agenda and meeting objectives", "Goals and success criteria", "How to get support", "Next steps"} {
		if strings.Contains(text, english) {
			t.Errorf("the Japanese deck says %q in English", english)
		}
	}
}

// TestKickoffNextStepsFillASlide gives a customer eight overdue actions,
// which fit on one slide, and fails when they continue on another.
func TestKickoffNextStepsFillASlide(t *testing.T) {
	text := sampleKickoffText(t, "Müller GmbH", func(a *planner.Account) {
		a.Plan.Actions = nil
		a.Activities = nil
		for i := range 8 {
			a.Plan.Actions = append(a.Plan.Actions, planner.Action{Title: "Overdue step " + string(rune('A'+i)), Owner: "Anna Weber",
				Side: planner.SideCustomer, Due: catalog.DateOf(fixtureNow).AddDays(-10 - i), Status: planner.StatusOpen})
		}
	})
	if strings.Contains(text, "Next steps (continued)") {
		t.Error("eight short next steps continue on a second slide, want them on one")
	}
	for i := range 8 {
		if s := "Overdue step " + string(rune('A'+i)); !strings.Contains(text, s) {
			t.Errorf("next steps lack %q", s)
		}
	}
}

// TestKickoffCadenceStartsOnItsSlide gives a customer five meetings too
// long for one slide and fails when a cadence slide holds fewer than two
// of them.
func TestKickoffCadenceStartsOnItsSlide(t *testing.T) {
	purpose := strings.Repeat("Review the plan, the risks and the decisions of the week with everyone who owns one. ", 3)
	accts := sample.Portfolio(testCatalog(t), catalog.DateOf(fixtureNow))
	a := &accts[0]
	a.Engagements[0].Cadence = nil
	for i := range 5 {
		a.Engagements[0].Cadence = append(a.Engagements[0].Cadence, planner.Meeting{
			Name: "Meeting" + string(rune('A'+i)), Frequency: "weekly", Attendees: "Everyone", Purpose: purpose})
	}
	path, _ := render(t, t.TempDir(), KindKickoff, accts, a, testOptions())
	slides := 0
	for i, p := range pdfWords(t, path) {
		var words []string
		n := 0
		for _, w := range p.Words {
			words = append(words, w.Text)
			if len(w.Text) == len("MeetingA") && strings.HasPrefix(w.Text, "Meeting") {
				n++
			}
		}
		if !strings.Contains(strings.Join(words, " "), "meeting cadence") {
			continue
		}
		slides++
		if n < 2 {
			t.Errorf("cadence slide %d (page %d) shows %d meetings, want at least 2", slides, i+1, n)
		}
	}
	if slides < 2 {
		t.Errorf("%d cadence slides, want the five long meetings on at least 2", slides)
	}
}

// TestKickoffShortCadenceSharesASlide fails when a short cadence stands
// on a slide of its own rather than with the channels and escalation
// path.
func TestKickoffShortCadenceSharesASlide(t *testing.T) {
	path, _ := sampleKickoff(t, "Øresund Energi A/S", "en", func(*planner.Account) {})
	ways := slidesTitled(t, path, "Ways of working", "Agenda and meeting objectives")
	if len(ways) != 1 {
		t.Fatalf("%d ways-of-working slides, want the one meeting, channels and escalation on one", len(ways))
	}
	for _, want := range []string{"MEETING CADENCE", "CHANNELS", "ESCALATION PATH"} {
		if !strings.Contains(ways[0], want) {
			t.Errorf("the ways-of-working slide lacks %q", want)
		}
	}
}

// TestKickoffInEveryLanguageStaysOnPageAndFills makes the kickoff deck of
// every sample customer in English, Dutch and Japanese and fails when a
// word leaves its slide or a slide other than the first and the last is
// filled less than a quarter.
func TestKickoffInEveryLanguageStaysOnPageAndFills(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	for _, lang := range []string{"en", "nl", "ja"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			opts := testOptions()
			opts.Language = lang
			for _, a := range accts {
				if len(a.Engagements) == 0 {
					continue
				}
				path, res := render(t, dir, KindKickoff, accts, &a, opts)
				for _, l := range res.Log {
					if strings.Contains(l, "could not be drawn") {
						t.Skipf("no Japanese font: %s", l)
					}
				}
				checkOnPage(t, path)
				checkPageFill(t, path, "kickoff ("+lang+") of "+a.Customer.Name)
			}
		})
	}
}

// TestGoldenKickoffLanguages compares the kickoff deck of the first
// fixture customer in each language, made in deterministic mode, byte for
// byte with testdata/kickoff.<language>.golden.pdf. The Japanese deck
// needs the system's Japanese font and is skipped without one. Run with
// -update to accept a change after looking at it.
func TestGoldenKickoffLanguages(t *testing.T) {
	cat := goldenCatalog(t)
	accts := fixturePortfolio()[:2]
	for _, lang := range []string{"en", "nl", "ja"} {
		t.Run(lang, func(t *testing.T) {
			opts := testOptions()
			opts.Language = lang
			var buf bytes.Buffer
			res, err := Document(context.Background(), &buf, cat, Request{Kind: KindKickoff, Accounts: accts, Customer: accts[0].Customer.ID}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if lang == "ja" && !drawnWithGoldenJapaneseFont(res.Log) {
				t.Skipf("the Japanese golden deck is drawn with IPA Gothic (fonts-ipafont-gothic); this system draws Japanese as %q", res.Log)
			}
			if lang != "ja" && len(res.Log) > 0 {
				t.Fatalf("the golden deck needs more than the embedded fonts: %q", res.Log)
			}
			checkGolden(t, "kickoff."+lang, buf.Bytes(), "")
		})
	}
}

// drawnWithGoldenJapaneseFont reports whether a document's log says its
// Japanese text was drawn with IPA Gothic, the font the Japanese golden
// deck was made with, and with nothing else.
func drawnWithGoldenJapaneseFont(log []string) bool {
	if len(log) != 1 {
		return false
	}
	for _, name := range []string{"ipag.ttf", "fonts-japanese-gothic.ttf"} {
		if strings.HasSuffix(log[0], "/"+name) {
			return true
		}
	}
	return false
}

// BenchmarkKickoff makes the kickoff deck of the largest sample customer
// in each language with the fonts loaded once, as the app and the
// command line load them. Target: under 50 ms each.
func BenchmarkKickoff(b *testing.B) {
	fonts, err := LoadFonts("")
	if err != nil {
		b.Fatal(err)
	}
	cat := catalog.Default()
	accts := sample.Portfolio(cat, sampleToday)
	acct := largestAccount(accts)
	// The shared fonts read the Japanese font the first time a document
	// needs it: once, before the clock runs.
	if _, err := fonts.CJKFont(); err != nil {
		b.Logf("no Japanese font: %v", err)
	}
	for _, lang := range []string{"en", "nl", "ja"} {
		b.Run(lang, func(b *testing.B) {
			opts := testOptions()
			opts.Fonts, opts.Language = fonts, lang
			req := Request{Kind: KindKickoff, Accounts: accts, Customer: acct.Customer.ID}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Document(context.Background(), io.Discard, cat, req, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestKickoffGoalsStayAboveTheFooter renders the deck of a customer whose
// plan has twelve objectives of six KPIs each: the goals slides take no
// more goals than their columns hold, so every KPI is drawn, and drawn
// above the footer, where a slide of six such goals ran over the footer
// and off the page.
func TestKickoffGoalsStayAboveTheFooter(t *testing.T) {
	const token = "Kennzahlenbeobachtung"
	path, _ := sampleKickoff(t, "Müller GmbH", "en", func(a *planner.Account) {
		a.Engagements[0].Goals = nil
		a.Plan.Objectives = nil
		for i := range 12 {
			o := planner.Objective{ID: fid(fmt.Sprintf("tall-obj-%d", i)), Status: planner.StatusOpen, Due: day("2026-06-30"),
				Title: fmt.Sprintf("Objective %d: publish regulatory content faster in every market without losing the audit trail", i+1)}
			for j := range 6 {
				o.KPIs = append(o.KPIs, planner.KPI{Name: fmt.Sprintf("%s %d of the share of pages published on time", token, j+1), Unit: "%", Baseline: 10, Target: 90, Current: 50})
			}
			a.Plan.Objectives = append(a.Plan.Objectives, o)
		}
	})
	bottom := layout.SlidePage().BodyBottom() * pointsPerMM
	seen := 0
	for _, p := range pdfWords(t, path) {
		for _, w := range p.Words {
			if w.Text != token {
				continue
			}
			seen++
			if w.YMax > bottom+1 || w.YMax > p.Height {
				t.Errorf("page %d: a KPI at y %.0f–%.0f pt runs below the body's bottom at %.0f pt", w.Page, w.YMin, w.YMax, bottom)
			}
		}
	}
	if seen != 12*6 {
		t.Errorf("%d KPIs on the goals slides, want %d", seen, 12*6)
	}
}

// TestKickoffManyNextStepsContinueOnce gives a customer more activities
// in the next 30 days than three slides of next steps hold: every slide
// that continues them is titled "(continued)" once (the third read "Next
// steps (continued) (continued)"), and no slide holds a single step
// left over.
func TestKickoffManyNextStepsContinueOnce(t *testing.T) {
	path, _ := sampleKickoff(t, "Müller GmbH", "en", func(a *planner.Account) {
		var model planner.Activity
		for _, act := range a.Activities {
			if act.Status == planner.ActivityScheduled {
				model = act
				break
			}
		}
		for i := range 50 {
			act := model
			act.ID = fid(fmt.Sprintf("next-step-%d", i))
			act.SeriesID = planner.ID{}
			act.Date = catalog.DateOf(fixtureNow).AddDays(1 + i%28)
			a.Activities = append(a.Activities, act)
		}
	})
	slides := slidesTitled(t, path, "Next steps (continued)", "Agenda and meeting objectives")
	if len(slides) == 0 {
		t.Fatal("the next steps do not continue on a slide of their own")
	}
	for i, s := range slides {
		if strings.Contains(s, "(continued) (continued)") {
			t.Errorf("slide %d of the next steps is titled %q", i+2, s[:strings.Index(s, "(continued) (continued)")+23])
		}
		if n := strings.Count(s, "(scheduled)"); n == 1 {
			t.Errorf("slide %d of the next steps holds a single step: %q", i+2, s)
		}
	}
}
