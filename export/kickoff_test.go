package export

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// sampleKickoffText renders the kickoff deck of a sample customer, after
// change, and returns its text.
func sampleKickoffText(t *testing.T, name string, change func(*planner.Account)) string {
	t.Helper()
	accts := planner.SamplePortfolio(testCatalog(t), catalog.DateOf(fixtureNow))
	for i := range accts {
		if accts[i].Customer.Name == name {
			change(&accts[i])
			path, _ := render(t, t.TempDir(), KindKickoff, accts, &accts[i], testOptions())
			return pdfText(t, path)
		}
	}
	t.Fatalf("no sample customer %q", name)
	return ""
}

func TestKickoffGoalsShowTheObjectives(t *testing.T) {
	var plan planner.ActionPlan
	text := sampleKickoffText(t, "Müller GmbH", func(a *planner.Account) { a.Engagements[0].Goals = nil; plan = a.Plan })
	if strings.Contains(text, "Goals to be agreed") {
		t.Error("the deck says the goals are to be agreed though the plan has objectives")
	}
	for _, o := range plan.Objectives {
		// Once on the goals slide and once on the objectives slide.
		if n := strings.Count(text, o.Title); n < 2 {
			t.Errorf("objective %q shown %d times, want it among the goals too", o.Title, n)
		}
		for _, k := range o.KPIs {
			if n := strings.Count(text, k.Name); n < 2 {
				t.Errorf("KPI %q shown %d times, want it among the goals too", k.Name, n)
			}
		}
	}
}

func TestKickoffObjectivesFollowThePhase(t *testing.T) {
	text := sampleKickoffText(t, "Øresund Energi A/S", func(*planner.Account) {})
	if strings.Contains(text, "to be agreed in the Define phase") {
		t.Error("an engagement in Design says its objectives are still to be agreed in the Define phase")
	}
	if !strings.Contains(text, "missing from the Mutual Action Plan") {
		t.Error("the deck does not say the agreed objectives are missing from the plan")
	}
	text = sampleKickoffText(t, "Contoso Health", func(*planner.Account) {})
	if !strings.Contains(text, "Objectives to be agreed in the Define phase") {
		t.Error("an engagement in Kickoff does not say the objectives are agreed in the Define phase")
	}
}

func TestKickoffRolesNameEveryone(t *testing.T) {
	var acct planner.Account
	text := sampleKickoffText(t, "Müller GmbH", func(a *planner.Account) { acct = *a })
	// The roles table and the stakeholders slide name the success team;
	// the roles table and the next steps name the owners of actions.
	team := acct.Customer.Team
	for _, p := range []planner.Person{team.TAM, team.CSM, team.SSM, team.TAD} {
		if n := strings.Count(text, p.Name); p.Name != "" && n < 3 {
			t.Errorf("%s named %d times: missing from the roles table", p.Name, n)
		}
	}
	roles := text[strings.Index(text, "roles and responsibilities"):strings.Index(text, "meeting cadence")]
	for _, a := range acct.Plan.Actions {
		if !a.Status.Closed() && !strings.Contains(roles, a.Owner) {
			t.Errorf("action owner %s missing from the roles table", a.Owner)
		}
	}
}

// TestKickoffNextStepsFillASlide gives a customer eight overdue actions,
// which fit on one slide, and fails when they continue on another.
func TestKickoffNextStepsFillASlide(t *testing.T) {
	text := sampleKickoffText(t, "Müller GmbH", func(a *planner.Account) {
		a.Plan.Actions = nil
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

// TestKickoffNoNearlyEmptyObjectivesSlide fails when a customer whose
// plan holds no objectives gets a slide saying only that, rather than a
// next step.
func TestKickoffNoNearlyEmptyObjectivesSlide(t *testing.T) {
	for name, step := range map[string]string{
		"Øresund Energi A/S": "Add the objectives agreed in the Define phase, missing from the Mutual Action Plan",
		"Contoso Health":     "Objectives to be agreed in the Define phase",
	} {
		text := sampleKickoffText(t, name, func(*planner.Account) {})
		if strings.Contains(text, "Mutual Action Plan: objectives") {
			t.Errorf("%s: the deck has an objectives slide though the plan holds no objectives", name)
		}
		if !strings.Contains(strings.Join(strings.Fields(text), " "), step) {
			t.Errorf("%s: the next steps lack %q", name, step)
		}
	}
}

// TestKickoffCadenceStartsOnItsSlide gives a customer five meetings too
// long for one slide and fails when a cadence slide holds fewer than two
// of them.
func TestKickoffCadenceStartsOnItsSlide(t *testing.T) {
	purpose := strings.Repeat("Review the plan, the risks and the decisions of the week with everyone who owns one. ", 2)
	accts := planner.SamplePortfolio(testCatalog(t), catalog.DateOf(fixtureNow))
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
