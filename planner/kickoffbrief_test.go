package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// briefToday is the day the sample portfolio of these tests is made on.
var briefToday = catalog.MustDate("2026-02-10")

// brief returns the kickoff brief of the first engagement of a.
func brief(t *testing.T, a planner.Account) planner.KickoffBrief {
	t.Helper()
	b, err := a.KickoffBrief(catalog.Default(), a.Engagements[0], planner.DefaultSettings(), briefToday)
	if err != nil {
		t.Fatalf("KickoffBrief: %v", err)
	}
	return b
}

func texts(list []planner.Text) []string {
	out := make([]string, len(list))
	for i, t := range list {
		out[i] = t.String()
	}
	return out
}

func containsText(list []planner.Text, part string) bool {
	return slices.ContainsFunc(list, func(t planner.Text) bool { return strings.Contains(t.String(), part) })
}

func TestKickoffBriefGoalsFollowTheRealPhase(t *testing.T) {
	ns, ip, dn, sk := planner.PhaseNotStarted, planner.PhaseInProgress, planner.PhaseDone, planner.PhaseSkipped
	cases := []struct {
		name   string
		phases [5]planner.PhaseStatus
		want   planner.GoalsState
		says   string
	}{
		{"in Kickoff", [5]planner.PhaseStatus{ip, ns, ns, ns, ns}, planner.GoalsToAgreeInDefine, "in the Define phase"},
		{"in Define", [5]planner.PhaseStatus{dn, ip, ns, ns, ns}, planner.GoalsToAgreeInDefine, "in the Define phase"},
		{"in Design, Define never marked done", [5]planner.PhaseStatus{dn, ns, ip, ns, ns}, planner.GoalsToAgreeInMeeting, "in this meeting"},
		{"in Design after Define", [5]planner.PhaseStatus{dn, dn, ip, ns, ns}, planner.GoalsToAgreeInMeeting, "in this meeting"},
		{"Define skipped", [5]planner.PhaseStatus{ip, sk, ns, ns, ns}, planner.GoalsToAgreeInMeeting, "in this meeting"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := sampleAccount(t, "Contoso Health")
			e := &a.Engagements[0]
			e.Goals = nil
			for i := range e.Phases {
				e.Phases[i].Status = c.phases[i]
				if c.phases[i] == sk {
					e.Phases[i].SkipReason = "joined late"
				}
			}
			b := brief(t, a)
			if b.Goals.State != c.want || len(b.Goals.Goals) != 0 {
				t.Fatalf("state %d with %d goals, want %d and none", b.Goals.State, len(b.Goals.Goals), c.want)
			}
			if got := b.Goals.Note.String(); !strings.Contains(got, c.says) {
				t.Errorf("note %q does not say %q", got, c.says)
			}
			if c.want == planner.GoalsToAgreeInMeeting && strings.Contains(b.Goals.Note.String(), "Define") {
				t.Errorf("engagement past Define told %q", b.Goals.Note)
			}
			if !containsText(b.Asks, "Confirm the goals") {
				t.Errorf("no goals but asks %q", texts(b.Asks))
			}
		})
	}
}

func TestKickoffBriefGoalsCarryTheKPIs(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	b := brief(t, a)
	if b.Goals.State != planner.GoalsListed || !b.Goals.Note.IsZero() {
		t.Fatalf("state %d note %q, want listed goals without a note", b.Goals.State, b.Goals.Note)
	}
	var criteria []string
	for _, g := range b.Goals.Goals {
		criteria = append(criteria, texts(g.Criteria)...)
	}
	if !slices.Contains(criteria, "Conversion rate: from 1.8% to 2.4%") {
		t.Errorf("criteria %q lack the plan's conversion KPI", criteria)
	}
	if len(b.Goals.Goals) != len(a.Engagements[0].Goals)+len(a.Plan.Objectives) {
		t.Errorf("%d goals, want the engagement's and the plan's", len(b.Goals.Goals))
	}
}

func TestKickoffRACINamesEveryone(t *testing.T) {
	cat := catalog.Default()
	for _, a := range sample.Portfolio(cat, briefToday) {
		t.Run(a.Customer.Name, func(t *testing.T) {
			e := a.Engagements[0]
			r := a.KickoffRACI(cat, e)
			var want []string
			for _, p := range a.Participants(e) {
				want = append(want, p.Name) // the cover and the owners of open actions
			}
			for _, act := range a.Plan.Actions {
				if !act.Status.Closed() {
					want = append(want, act.Owner)
				}
			}
			for _, n := range a.Customer.Contacts {
				want = append(want, n.Name)
			}
			if len(want) == 0 {
				t.Fatal("the sample names nobody")
			}
			for _, name := range want {
				letters := ""
				for i := range r.Rows {
					l, ok := r.Cell(i, name)
					if !ok {
						t.Fatalf("%q has no column among %v", name, r.People)
					}
					letters += string(l)
				}
				if letters == "" {
					t.Errorf("%q has no letter in any row", name)
				}
			}
			for i, row := range r.Rows {
				if len(row.Cells) != len(r.People) {
					t.Errorf("row %q has %d cells for %d people", row.Workstream, len(row.Cells), len(r.People))
				}
				if !slices.Contains(row.Cells, planner.RACIAccountable) {
					t.Errorf("row %d %q has nobody accountable", i, row.Workstream)
				}
			}
		})
	}
}

func TestKickoffRACIRules(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Müller GmbH")
	r := a.KickoffRACI(cat, a.Engagements[0])
	row := func(title string) int {
		i := slices.IndexFunc(r.Rows, func(row planner.RACIRow) bool { return row.Workstream.String() == title })
		if i < 0 {
			t.Fatalf("no row %q", title)
		}
		return i
	}
	cases := []struct {
		row, person string
		want        planner.RACILetter
	}{
		{"Executive sponsorship and decisions", "Thomas Richter", planner.RACIAccountable},
		{"Executive sponsorship and decisions", "Dr. Heike Braun", planner.RACIResponsible},
		{"Executive sponsorship and decisions", "Alex Morgan", planner.RACIConsulted},
		{"Mutual Action Plan and cadence", "Katrin Vogel", planner.RACIAccountable},
		{"Mutual Action Plan and cadence", "Jörg Müller", planner.RACIResponsible},
		{"Design phase delivery", "Alex Morgan", planner.RACIAccountable},
		{"Design phase delivery", "Anna Becker", planner.RACIResponsible},
		{"Support cases and escalation", "Jonas Weber", planner.RACIAccountable},
		{"Support cases and escalation", "Felix Wagner", planner.RACIResponsible},
		{"Design phase delivery", "Felix Wagner", planner.RACINone},
	}
	for _, c := range cases {
		if got, _ := r.Cell(row(c.row), c.person); got != c.want {
			t.Errorf("%s, %s: %q, want %q", c.row, c.person, got, c.want)
		}
	}
	if slices.ContainsFunc(r.Rows, func(row planner.RACIRow) bool { return strings.HasPrefix(row.Workstream.String(), "Define") }) {
		t.Error("a row for the Define phase, which is done")
	}
}

func TestKickoffBriefSupportHours(t *testing.T) {
	cases := []struct {
		name, zone string
		kickoff    string
		want       string
	}{
		{"Berlin customer in EMEA, winter", "Europe/Berlin", "2026-02-16", "09:00-17:00 Europe/London (10:00-18:00 Europe/Berlin)"},
		{"Berlin customer in EMEA, summer", "Europe/Berlin", "2026-07-06", "09:00-17:00 Europe/London (10:00-18:00 Europe/Berlin)"},
		{"New York customer in EMEA", "America/New_York", "2026-03-16", "09:00-17:00 Europe/London (05:00-13:00 America/New_York)"},
		{"no zone of its own", "", "2026-02-16", "09:00-17:00 Europe/London"},
		{"the region's zone", "Europe/London", "2026-02-16", "09:00-17:00 Europe/London"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := sampleAccount(t, "Müller GmbH")
			a.Customer.TimeZone = c.zone
			a.Engagements[0].Phases[0].ActualStart = catalog.MustDate(c.kickoff)
			b := brief(t, a)
			if got := b.Support.Hours.String(); got != c.want {
				t.Errorf("hours %q, want %q", got, c.want)
			}
			for _, p := range b.Support.Priorities[1:] {
				if !strings.Contains(p.When.String(), c.want) {
					t.Errorf("%s when %q lacks the hours", p.Priority, p.When)
				}
			}
		})
	}
}

func TestKickoffBriefSupportPriorities(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	b := brief(t, a)
	var got []catalog.Priority
	for _, p := range b.Support.Priorities {
		got = append(got, p.Priority)
	}
	if !slices.Equal(got, catalog.Priorities()) {
		t.Fatalf("priorities %v", got)
	}
	p1, p2 := b.Support.Priorities[0], b.Support.Priorities[1]
	if p1.Target.Entry.Minutes != 15 || p2.Target.Entry.Minutes != 30 {
		t.Errorf("Ultimate targets %d and %d minutes, want 15 and 30", p1.Target.Entry.Minutes, p2.Target.Entry.Minutes)
	}
	if c := texts(p1.Channels); !slices.Contains(c, "Priority phone") || slices.Contains(c, "Chat") {
		t.Errorf("P1 channels %v", c)
	}
	if c := texts(p2.Channels); !slices.Contains(c, "Chat") || slices.Contains(c, "Priority phone") {
		t.Errorf("P2 channels %v", c)
	}
	if len(b.Support.Contacts) != len(a.Customer.Contacts) || b.Support.ContactLimit != 15 {
		t.Errorf("%d contacts, limit %d", len(b.Support.Contacts), b.Support.ContactLimit)
	}
	if containsText(b.Support.Notes, "Japanese") {
		t.Errorf("EMEA notes %q speak of Japanese", texts(b.Support.Notes))
	}
	sakura := brief(t, sampleAccount(t, "株式会社サクラ電機"))
	if !containsText(sakura.Support.Notes, "Support in Japanese: Japan business hours") {
		t.Errorf("Japan notes %q", texts(sakura.Support.Notes))
	}
	a.Customer.Language = "ja"
	if b := brief(t, a); !containsText(b.Support.Notes, "Support in Japanese is given by the Japan region") {
		t.Errorf("Japanese-speaking EMEA customer notes %q", texts(b.Support.Notes))
	}
}

func TestKickoffBriefSponsor(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	if b := brief(t, a); containsText(b.Asks, "executive sponsor") || containsText(b.Risks, "executive sponsor") {
		t.Fatalf("sponsor named, yet asks %q, risks %q", texts(b.Asks), texts(b.Risks))
	}
	e := &a.Engagements[0]
	e.Stakeholders = slices.DeleteFunc(e.Stakeholders, planner.Stakeholder.IsSponsor)
	b := brief(t, a)
	if !containsText(b.Asks, "Name an executive sponsor for AEM Sites and Assets relaunch") {
		t.Errorf("no sponsor, asks %q", texts(b.Asks))
	}
	if !containsText(b.Risks, "No executive sponsor") {
		t.Errorf("no sponsor, risks %q", texts(b.Risks))
	}
	if !slices.ContainsFunc(b.Agenda, func(i planner.AgendaItem) bool { return i.Topic == planner.TopicAsks }) {
		t.Error("asks but no agenda item for them")
	}
}

func TestKickoffBriefAllowanceOverPlanned(t *testing.T) {
	cat := catalog.Default()
	a := sampleAccount(t, "Müller GmbH")
	before := brief(t, a)
	if before.Allowances.AcceleratorsOverPlanned() || containsText(before.Asks, "Approve the plan") {
		t.Fatalf("sample over-planned already: %+v", before.Allowances.Usage.Accelerators)
	}
	acc := before.Allowances.Usage.Accelerators
	extra := acc.Allowed - (acc.Delivered + acc.Committed + acc.Proposed) + 1
	for i := range extra {
		a.Activities = append(a.Activities, planner.Activity{ID: planner.NewID(), CustomerID: a.Customer.ID,
			ItemID: "acc-target-xt-setup-review", Solution: "target", Phase: catalog.GoLive,
			Date: briefToday.AddDays(21 + 7*i), Hours: 6, Status: planner.ActivityProposed})
	}
	b, err := a.KickoffBrief(cat, a.Engagements[0], planner.DefaultSettings(), briefToday)
	if err != nil {
		t.Fatal(err)
	}
	u := b.Allowances.Usage.Accelerators
	if !b.Allowances.AcceleratorsOverPlanned() || u.Delivered+u.Committed+u.Proposed != u.Allowed+1 {
		t.Fatalf("usage %+v, want one over", u)
	}
	if !containsText(b.Allowances.Warnings, "accelerators are planned") || !containsText(b.Risks, "accelerators are planned") {
		t.Errorf("warnings %q, risks %q", texts(b.Allowances.Warnings), texts(b.Risks))
	}
	if !containsText(b.Asks, "Approve the plan of 11 accelerators against 10 allowed") {
		t.Errorf("asks %q", texts(b.Asks))
	}
}

func TestKickoffBriefAllowanceExpiring(t *testing.T) {
	a := sampleAccount(t, "Øresund Energi A/S")
	b := brief(t, a)
	if containsText(b.Risks, "field-activity hours left") {
		t.Fatalf("ten months before the year ends, risks %q", texts(b.Risks))
	}
	late := b.Allowances.Usage.YearEnd.AddDays(-20)
	b, err := a.KickoffBrief(catalog.Default(), a.Engagements[0], planner.DefaultSettings(), late)
	if err != nil {
		t.Fatal(err)
	}
	if !containsText(b.Allowances.Warnings, "field-activity hours left") || !containsText(b.Risks, "field-activity hours left") {
		t.Errorf("20 days before the year ends, warnings %q", texts(b.Allowances.Warnings))
	}
}

func TestKickoffBriefScope(t *testing.T) {
	cat := catalog.Default()
	expert := brief(t, sampleAccount(t, "Øresund Energi A/S"))
	for _, want := range []string{"Health Assessment for Campaign", "Basic Use Case Development & Support for Campaign"} {
		if !slices.Contains(texts(expert.Scope.InScope), want) {
			t.Errorf("in scope %q lacks %q", texts(expert.Scope.InScope), want)
		}
	}
	for _, want := range []string{"Success Accelerators are not included in Expert Success", "Mutual Action Plan", "Hands-on implementation work"} {
		if !containsText(expert.Scope.OutOfScope, want) {
			t.Errorf("out of scope %q lacks %q", texts(expert.Scope.OutOfScope), want)
		}
	}
	if containsText(expert.Scope.OutOfScope, "Advanced Cloud Support") {
		t.Errorf("an add-on for an unlicensed solution is out of scope: %q", texts(expert.Scope.OutOfScope))
	}
	mueller := brief(t, sampleAccount(t, "Müller GmbH"))
	in := mueller.Scope.InScope
	if len(in) != planner.BriefScopeCap || !strings.HasPrefix(in[len(in)-1].String(), "and ") {
		t.Errorf("long scope not capped: %q", texts(in))
	}
	if len(mueller.Scope.Phases) != len(cat.Phases) || !strings.HasPrefix(mueller.Scope.Phases[0].String(), "Kickoff, ") {
		t.Errorf("phases %q", texts(mueller.Scope.Phases))
	}
}

func TestKickoffBriefRisksAndDependencies(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	b := brief(t, a)
	if !containsText(b.Risks, "Share CDN and dispatcher logs for the caching review, owned by Anna Becker, was due") {
		t.Errorf("overdue customer action not a risk: %q", texts(b.Risks))
	}
	if containsText(b.Risks, "Deliver the caching review findings") {
		t.Errorf("a vendor action is a customer risk: %q", texts(b.Risks))
	}
	if !containsText(b.Dependencies, "Performance test passed waits on Share CDN and dispatcher logs") {
		t.Errorf("dependencies %q", texts(b.Dependencies))
	}
	if containsText(b.Dependencies, "Book the go-live readiness review") {
		t.Errorf("a vendor action is a dependency: %q", texts(b.Dependencies))
	}
	if len(b.Assumptions) == 0 || !containsText(b.Assumptions, "remote-support tools") {
		t.Errorf("assumptions %q", texts(b.Assumptions))
	}
	a.Customer.Contacts = slices.DeleteFunc(a.Customer.Contacts, func(c planner.Contact) bool { return c.Product == "target" })
	b = brief(t, a)
	if !containsText(b.Risks, "No Named Support Contact for Target") || !containsText(b.Asks, "Name the Named Support Contacts for Target (up to 15)") {
		t.Errorf("no Target contact: risks %q, asks %q", texts(b.Risks), texts(b.Asks))
	}
	a.Customer.Contract.End = briefToday.AddDays(30)
	b = brief(t, a)
	if !containsText(b.Risks, "The contract ends on") {
		t.Errorf("contract ending inside the engagement: %q", texts(b.Risks))
	}
}

func TestKickoffBriefRiskLog(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	green := planner.NewRisk(a.Customer.ID, "Translation vendor slow", planner.LevelLow, planner.LevelLow, planner.RAGGreen)
	red := planner.NewRisk(a.Customer.ID, "Go-live in the code freeze", planner.LevelHigh, planner.LevelMedium, planner.RAGRed)
	closed := planner.NewRisk(a.Customer.ID, "Licence not signed", planner.LevelHigh, planner.LevelHigh, planner.RAGRed)
	closed.SetStatus(planner.RiskClosed, briefToday)
	a.Risks = []planner.Risk{green, closed, red}
	b := brief(t, a)
	var got []string
	for _, r := range b.RiskLog {
		got = append(got, r.Title)
	}
	if want := []string{red.Title, green.Title}; !slices.Equal(got, want) {
		t.Errorf("risk log %q, want %q", got, want)
	}
	a.Risks = []planner.Risk{closed}
	if b := brief(t, a); len(b.RiskLog) != 0 {
		t.Errorf("only a closed risk, yet the risk log holds %d", len(b.RiskLog))
	}
}

func TestKickoffBriefNextMeeting(t *testing.T) {
	a := sampleAccount(t, "Contoso Health")
	e := &a.Engagements[0]
	e.Phases[0].ActualStart = catalog.MustDate("2026-02-11") // a Wednesday
	b := brief(t, a)
	if !b.Next.Found || b.Next.Source != planner.NextFromCadence || b.Next.Title != "Onboarding check-in" ||
		b.Next.Day != catalog.MustDate("2026-02-18") {
		t.Errorf("weekly check-in from Wed 2026-02-11: %+v", b.Next)
	}
	e.Cadence = nil
	b = brief(t, a)
	if !b.Next.Found || b.Next.Source != planner.NextFromActivity || !b.Next.Day.After(e.Phases[0].ActualStart) {
		t.Errorf("no cadence: %+v", b.Next)
	}
	a.Activities = nil
	b = brief(t, a)
	if b.Next.Found {
		t.Errorf("nothing planned, yet %+v", b.Next)
	}
}

// TestKickoffBriefNextMeetingIsNeverPast makes the deck of a kickoff held
// months ago: the next meeting is after the day the deck is made.
func TestKickoffBriefNextMeetingIsNeverPast(t *testing.T) {
	a := sampleAccount(t, "Contoso Health")
	e := &a.Engagements[0]
	e.Phases[0].ActualStart = catalog.MustDate("2025-08-06") // a Wednesday
	today := catalog.MustDate("2026-02-16")                  // a Monday
	b, err := a.KickoffBrief(catalog.Default(), *e, planner.DefaultSettings(), today)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Next.Found || !b.Next.Day.After(today) || b.Next.Day.After(today.AddDays(7)) {
		t.Errorf("a weekly meeting of a kickoff on 2025-08-06, deck made %s: next %+v", today, b.Next)
	}
	if b.Next.Day.Weekday() != e.Phases[0].ActualStart.Weekday() {
		t.Errorf("the weekly meeting moved from the kickoff's weekday to %s", b.Next.Day.Weekday())
	}
}

func TestKickoffBriefAgendaShowsWhatThereIs(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	b := brief(t, a)
	if len(b.Objectives) < 3 || len(b.Objectives) > 4 {
		t.Errorf("%d meeting objectives", len(b.Objectives))
	}
	topics := func(b planner.KickoffBrief) []planner.AgendaTopic {
		var out []planner.AgendaTopic
		for _, i := range b.Agenda {
			out = append(out, i.Topic)
		}
		return out
	}
	if got := topics(b); !slices.Contains(got, planner.TopicAllowances) || !slices.Contains(got, planner.TopicAsks) {
		t.Errorf("agenda %v", got)
	}
	a.Customer.Contract.Allowances = planner.Allowances{}
	a.Activities = nil
	a.Plan.Actions = nil
	b = brief(t, a)
	if got := topics(b); slices.Contains(got, planner.TopicAllowances) || slices.Contains(got, planner.TopicAsks) {
		t.Errorf("nothing to allow or ask, agenda %v (asks %q)", got, texts(b.Asks))
	}
}

func TestKickoffBriefUnknownRegion(t *testing.T) {
	a := sampleAccount(t, "Müller GmbH")
	a.Customer.Region = "mars"
	if _, err := a.KickoffBrief(catalog.Default(), a.Engagements[0], planner.DefaultSettings(), briefToday); err == nil {
		t.Error("no error for an unknown region")
	}
}

// TestKickoffBriefNextMeetingIsThePlannedOne checks that a meeting of the
// cadence that is planned as activities (the sample's weekly status call
// on Wednesdays) is next when its activity says, not on the kickoff's
// weekday.
func TestKickoffBriefNextMeetingIsThePlannedOne(t *testing.T) {
	for _, name := range []string{"Müller GmbH", "Kookaburra Bank", "Northwind Outfitters", "株式会社サクラ電機"} {
		a := sampleAccount(t, name)
		b := brief(t, a)
		from := b.Day
		if briefToday.After(from) {
			from = briefToday
		}
		var first planner.Date
		for _, act := range a.Activities {
			if act.Title == b.Next.Title && act.Status.Counts() && act.Date.After(from) && (first.IsZero() || act.Date.Before(first)) {
				first = act.Date
			}
		}
		if !b.Next.Found || first.IsZero() || b.Next.Day != first {
			t.Errorf("%s: next meeting %+v, want the first planned %q after %s on %s", name, b.Next, b.Next.Title, from, first)
		}
	}
}

// TestKickoffBriefSupportTranslated checks that a catalog in another
// language (catalog.Catalog.In) gives the same channels per priority,
// in that language: they are recognised by their English names.
func TestKickoffBriefSupportTranslated(t *testing.T) {
	cat := catalog.Default()
	nl := cat.In("nl")
	for _, a := range sample.Portfolio(cat, briefToday) {
		if len(a.Engagements) == 0 {
			continue
		}
		en, err := a.KickoffBrief(cat, a.Engagements[0], planner.DefaultSettings(), briefToday)
		if err != nil {
			continue
		}
		got, err := a.KickoffBrief(nl, a.Engagements[0], planner.DefaultSettings(), briefToday)
		if err != nil {
			t.Fatalf("%s: %v", a.Customer.Name, err)
		}
		for i, p := range en.Support.Priorities {
			q := got.Support.Priorities[i]
			if len(q.Channels) != len(p.Channels) {
				t.Errorf("%s %s: channels %v in Dutch, %v in English", a.Customer.Name, p.Priority, q.Channels, p.Channels)
			}
			if slices.Contains(texts(p.Channels), "Phone") && !slices.Contains(texts(q.Channels), "Telefoon") {
				t.Errorf("%s %s: Dutch channels %v lack the phone", a.Customer.Name, p.Priority, texts(q.Channels))
			}
		}
	}
}

// TestPooledRoles finds the pooled roles of each tier by their English
// names, in English and in a translated catalog alike.
func TestPooledRoles(t *testing.T) {
	cat := catalog.Default()
	for _, lang := range []string{"en", "nl", "ja"} {
		shown := cat.In(lang)
		for _, tier := range shown.Tiers {
			english, _ := cat.Tier(tier.ID)
			var want []string
			for i, role := range english.SuccessTeam {
				if strings.HasPrefix(role, "Pooled") {
					want = append(want, tier.SuccessTeam[i])
				}
			}
			if len(want) == 0 {
				t.Fatalf("%s: the %s tier has no pooled role to find", lang, tier.ID)
			}
			if got := planner.PooledRoles(shown, tier); !slices.Equal(got, want) {
				t.Errorf("%s %s: pooled roles %q, want %q", lang, tier.ID, got, want)
			}
		}
	}
}
