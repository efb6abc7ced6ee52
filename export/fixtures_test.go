package export

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// fixtureNow is the moment fixture documents are generated.
var fixtureNow = time.Date(2026, time.February, 10, 9, 30, 0, 0, time.UTC)

// testOptions returns deterministic options for fixture documents.
func testOptions() Options {
	return Options{PageSize: "A4", Author: "Jana Nováková", Now: fixtureNow, Deterministic: true}
}

// fid returns a stable ID for a fixture name.
func fid(name string) planner.ID {
	return uuid.NewSHA1(uuid.NameSpaceOID, []byte("liftoff-fixture:"+name))
}

// testCatalog returns the catalog shipped with Liftoff.
func testCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	return catalog.Default()
}

func day(s string) planner.Date { return catalog.MustDate(s) }

// fixturePortfolio returns three customers whose names need more than
// ASCII: a German, a Danish-Polish and a Japanese one.
func fixturePortfolio() []planner.Account {
	return []planner.Account{muellerAccount(), oresundAccount(), sakuraAccount()}
}

func phases(states ...planner.PhaseState) []planner.PhaseState { return states }

func muellerAccount() planner.Account {
	id := fid("mueller")
	c := planner.Customer{
		ID: id, Name: "Müller GmbH", Region: catalog.EMEA,
		Membership: planner.Membership{
			Tier:      catalog.Ultimate,
			AddOns:    []string{"technical-account-director", "event-management"},
			Solutions: []catalog.SolutionID{"analytics", "target", "experience-manager-sites"},
		},
		Contract: planner.Contract{Start: day("2025-04-01"), End: day("2028-03-31"),
			Allowances: planner.Allowances{AcceleratorsPerYear: 8, FieldHoursPerYear: 120}},
		Team: planner.SuccessTeam{
			TAM: planner.Person{Name: "Jana Nováková", Email: "jana.novakova@example.com"},
			CSM: planner.Person{Name: "Pieter de Vries", Email: "pieter.devries@example.com"},
			SSM: planner.Person{Name: "Siobhán O'Neill", Email: "siobhan.oneill@example.com"},
			TAD: planner.Person{Name: "Jürgen Weiß", Email: "juergen.weiss@example.com"},
		},
		Contacts: []planner.Contact{
			{Name: "Klaus Müller", Email: "k.mueller@mueller.example", Product: "analytics", AccountAdmin: true},
			{Name: "Anja Schröder", Email: "a.schroeder@mueller.example", Product: "experience-manager-sites"},
			{Name: "Björn Kraus", Email: "b.kraus@mueller.example", Product: "target"},
		},
		KeyEvents: []planner.KeyEvent{{Name: "Spring catalogue launch", Date: day("2026-03-16")}},
	}
	eng := planner.Engagement{
		ID: fid("mueller-eng"), CustomerID: id, Name: "Digital storefront relaunch",
		Phases: phases(
			planner.PhaseState{Phase: catalog.Kickoff, Status: planner.PhaseDone, PlannedStart: day("2025-11-03"), PlannedEnd: day("2025-11-14"),
				ActualStart: day("2025-11-03"), ActualEnd: day("2025-11-12"), Deliverable: planner.DeliverableDelivered},
			planner.PhaseState{Phase: catalog.Define, Status: planner.PhaseDone, PlannedStart: day("2025-11-17"), PlannedEnd: day("2025-12-19"),
				ActualStart: day("2025-11-17"), ActualEnd: day("2025-12-22"), Deliverable: planner.DeliverableDelivered},
			planner.PhaseState{Phase: catalog.Design, Status: planner.PhaseInProgress, PlannedStart: day("2026-01-05"), PlannedEnd: day("2026-02-20"),
				ActualStart: day("2026-01-07")},
			planner.PhaseState{Phase: catalog.GoLive, Status: planner.PhaseNotStarted, PlannedStart: day("2026-02-23"), PlannedEnd: day("2026-03-20")},
			planner.PhaseState{Phase: catalog.PostLaunch, Status: planner.PhaseNotStarted, PlannedStart: day("2026-03-23"), PlannedEnd: day("2026-05-29"),
				Deliverable: planner.DeliverableNotStarted},
		),
		Stakeholders: []planner.Stakeholder{
			{Name: "Klaus Müller", Role: "Head of Digital", Side: planner.SideCustomer, Email: "k.mueller@mueller.example",
				Responsibilities: "Executive sponsor; owns the relaunch business case and signs off each phase."},
			{Name: "Anja Schröder", Role: "AEM Product Owner", Side: planner.SideCustomer,
				Responsibilities: "Prioritises the backlog, runs content-model decisions, attends the weekly stand-up."},
			{Name: "Zofia Łódzka", Role: "Analytics Lead (Łódź office)", Side: planner.SideCustomer,
				Responsibilities: "Owns the KPI framework and the tagging plan; reports conversion weekly."},
			{Name: "Jana Nováková", Role: "Technical Account Manager", Side: planner.SideVendor, Email: "jana.novakova@example.com",
				Responsibilities: "Runs the engagement, schedules accelerators, first point of contact for technical questions."},
			{Name: "Pieter de Vries", Role: "Customer Success Manager", Side: planner.SideVendor,
				Responsibilities: "Owns adoption and value tracking; runs the quarterly business review."},
			{Name: "Jürgen Weiß", Role: "Technical Account Director", Side: planner.SideVendor,
				Responsibilities: "Executive engagement and governance; escalation point for the sponsor."},
		},
		Cadence: []planner.Meeting{
			{Name: "Project stand-up", Frequency: "weekly", Attendees: "Product owner, TAM, implementation partner", Purpose: "Progress, blockers, next accelerators"},
			{Name: "Steering committee", Frequency: "monthly", Attendees: "Head of Digital, TAD, TAM, CSM", Purpose: "Decisions, risks, scope"},
			{Name: "Quarterly business review", Frequency: "quarterly", Attendees: "Executive sponsor, CSM, TAD", Purpose: "Value delivered against the KPIs"},
		},
		Goals: []string{
			"Relaunch the storefront on AEM Sites before the spring catalogue launch on 16 March",
			"Raise online conversion from 2.1% to 3.0% within two quarters of launch",
			"Cut page load time (LCP) on product pages below 2.5 seconds",
			"Make the Analytics KPI framework the single source of truth for the digital team",
		},
		Channels:   []string{"Weekly stand-up (video call)", "Shared project workspace", "E-mail to the TAM for technical questions", "Support portal for cases"},
		Escalation: []planner.EscalationStep{{Level: 1, Who: "Jana Nováková (TAM)", When: "Blocked for more than two working days"}, {Level: 2, Who: "Jürgen Weiß (TAD)", When: "Launch date at risk"}, {Level: 3, Who: "Klaus Müller and the vendor's regional director", When: "Scope or contract decision needed"}},
		Assessment: planner.Assessment{
			Requirements: []string{
				"Authors publish product pages without developer help, in German, English and Polish",
				"Every product page loads in under 2.5 seconds (LCP) on a mid-range phone",
				"Conversion, add-to-basket and search exits are measured the same way on every page",
				"A/B tests on the product detail page run without a code release",
			},
			Findings: []string{
				"Dispatcher cache hit ratio is 61%; most misses come from query strings added by campaign tracking.",
				"Three report suites count the same traffic differently; conversion differs by up to 0.4 points between them.",
				"Content model duplicates product data that already lives in the PIM; authors retype prices.",
			},
			Recommendations: []planner.Recommendation{
				{Title: "Strip tracking parameters at the CDN before the dispatcher", Detail: "Raises the cache hit ratio above 90% and takes load off publish instances before launch.", Priority: "high", Effort: "S"},
				{Title: "Consolidate to one global report suite with virtual report suites per market", Detail: "One definition of conversion for every market; the Łódź team keeps its own views.", Priority: "medium", Effort: "M"},
				{Title: "Read product data from the PIM through a content fragment model", Detail: "Removes retyping and the price mismatches it causes.", Priority: "high", Effort: "L"},
				{Title: "Start a testing roadmap with two tests a month", Priority: "low", Effort: "S"},
			},
		},
	}
	objConv, objSpeed, objKPI := fid("mueller-obj-conv"), fid("mueller-obj-speed"), fid("mueller-obj-kpi")
	msLaunch, msTests := fid("mueller-ms-launch"), fid("mueller-ms-tests")
	plan := planner.ActionPlan{
		ID: fid("mueller-plan"), CustomerID: id, Title: "Storefront relaunch 2026",
		Objectives: []planner.Objective{
			{ID: objConv, Title: "Raise online conversion", KPIs: []planner.KPI{{Name: "Conversion rate", Unit: "%", Baseline: 2.1, Target: 3.0, Current: 2.4},
				{Name: "Add-to-basket rate", Unit: "%", Baseline: 8, Target: 9.2, Current: 8.5}},
				Due: day("2026-09-30"), Status: planner.StatusInProgress, Solutions: []catalog.SolutionID{"analytics", "target"},
				Description: "More visitors who reach a product page buy, in every market.",
				UseCases: []planner.UseCase{{Name: "Personalised product recommendations", SuccessMetric: "Add-to-basket rate +15%", Audience: "Returning visitors", CallToAction: "Add to basket",
					Channels: []string{"Web", "E-mail"}, Capabilities: []string{"Recommendations", "Behavioural segments"}, Solutions: []catalog.SolutionID{"target", "analytics"}, GoLive: day("2026-04-15")}},
			},
			{ID: objSpeed, Title: "Fast product pages for every market", KPIs: []planner.KPI{{Name: "Largest Contentful Paint", Unit: "ms", Baseline: 4100, Target: 2500, Current: 3300}},
				Due: day("2026-03-16"), Status: planner.StatusInProgress, Solutions: []catalog.SolutionID{"experience-manager-sites"},
				UseCases: []planner.UseCase{{Name: "Regional landing pages (DACH, Poland)", SuccessMetric: "Bounce rate below 40%", Audience: "New visitors from paid search",
					Solutions: []catalog.SolutionID{"experience-manager-sites"}, GoLive: day("2026-03-16")}},
			},
			{ID: objKPI, Title: "One KPI framework for the digital team", KPIs: []planner.KPI{{Name: "Reports on the agreed definitions", Unit: "%", Baseline: 0, Target: 100, Current: 100}},
				Due: day("2026-01-31"), Status: planner.StatusDone, Solutions: []catalog.SolutionID{"analytics"}},
		},
		Milestones: []planner.Milestone{
			{ID: msLaunch, Title: "Storefront live on AEM Sites", Due: day("2026-03-16"), ObjectiveID: objSpeed, Status: planner.StatusInProgress},
			{ID: msTests, Title: "First two A/B tests live", Due: day("2026-04-30"), ObjectiveID: objConv, Status: planner.StatusOpen},
		},
		Actions: []planner.Action{
			{ID: fid("mueller-act-1"), Title: "Configure CDN rule to strip tracking parameters", Owner: "Anja Schröder", Side: planner.SideCustomer, Due: day("2026-02-06"), Status: planner.StatusInProgress, MilestoneID: msLaunch},
			{ID: fid("mueller-act-2"), Title: "Run the go-live readiness review", Owner: "Jana Nováková", Side: planner.SideVendor, Due: day("2026-02-27"), Status: planner.StatusOpen, MilestoneID: msLaunch},
			{ID: fid("mueller-act-3"), Title: "Agree the test backlog for the product detail page", Owner: "Zofia Łódzka", Side: planner.SideCustomer, Due: day("2026-02-18"), Status: planner.StatusOpen, MilestoneID: msTests},
			{ID: fid("mueller-act-4"), Title: "Share the caching review findings", Owner: "Jana Nováková", Side: planner.SideVendor, Due: day("2026-01-23"), Status: planner.StatusDone, MilestoneID: msLaunch},
			{ID: fid("mueller-act-5"), Title: "Book load test window with hosting partner", Owner: "Klaus Müller", Side: planner.SideCustomer, Due: day("2026-02-02"), Status: planner.StatusBlocked, MilestoneID: msLaunch},
		},
	}
	acts := []planner.Activity{
		{ID: fid("mueller-a1"), CustomerID: id, ItemID: "acc-analytics-kpi-framework", Solution: "analytics", Phase: catalog.Define, Date: day("2025-11-26"), Hours: 6, Owner: "Jana Nováková", Status: planner.ActivityDelivered, Outcome: "KPI framework agreed with the digital team", ObjectiveID: objKPI},
		{ID: fid("mueller-a2"), CustomerID: id, ItemID: "acc-aemsites-content-model-review", Solution: "experience-manager-sites", Phase: catalog.Design, Date: day("2026-01-14"), Hours: 12, Owner: "Expert pool", Status: planner.ActivityDelivered, Outcome: "Content model simplified; PIM integration designed"},
		{ID: fid("mueller-a3"), CustomerID: id, ItemID: "acc-aem-caching-review", Solution: "experience-manager-sites", Phase: catalog.Design, Date: day("2026-01-21"), Hours: 8, Owner: "Expert pool", Status: planner.ActivityDelivered, ObjectiveID: objSpeed},
		{ID: fid("mueller-a4"), CustomerID: id, ItemID: "acc-target-xt-setup-review", Solution: "target", Phase: catalog.Design, Date: day("2026-02-12"), Hours: 6, Owner: "Expert pool", Status: planner.ActivityScheduled, ObjectiveID: objConv},
		{ID: fid("mueller-a5"), CustomerID: id, ItemID: "acc-aemsites-golive-readiness", Solution: "experience-manager-sites", Phase: catalog.GoLive, Date: day("2026-02-26"), Hours: 8, Owner: "Jana Nováková", Status: planner.ActivityScheduled, PrepareFor: "Spring catalogue launch"},
		{ID: fid("mueller-a6"), CustomerID: id, ItemID: "field-troubleshooting", Solution: "experience-manager-sites", Phase: catalog.GoLive, Date: day("2026-03-10"), Hours: 16, Owner: "Field engineer", Status: planner.ActivityProposed},
		{ID: fid("mueller-a7"), CustomerID: id, ItemID: "acc-aemsites-authoring-enablement", Solution: "experience-manager-sites", Phase: catalog.PostLaunch, Date: day("2026-03-25"), Hours: 3, Owner: "Expert pool", Status: planner.ActivityProposed},
		{ID: fid("mueller-a8"), CustomerID: id, ItemID: "acc-analytics-implementation-review", Solution: "analytics", Phase: catalog.Define, Date: day("2025-12-03"), Hours: 12, Owner: "Expert pool", Status: planner.ActivityCancelled},
	}
	return planner.Account{Customer: c, Engagements: []planner.Engagement{eng}, Plan: plan, Activities: acts}
}

func oresundAccount() planner.Account {
	id := fid("oresund")
	c := planner.Customer{
		ID: id, Name: "Øresund Energi A/S", Region: catalog.EMEA,
		Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"campaign", "experience-platform"}},
		Contract: planner.Contract{Start: day("2025-07-01"), End: day("2027-06-30"),
			Allowances: planner.Allowances{AcceleratorsPerYear: 6, FieldHoursPerYear: 40}},
		Team: planner.SuccessTeam{TAM: planner.Person{Name: "Jana Nováková"}, CSM: planner.Person{Name: "Mette Sørensen"}},
		Contacts: []planner.Contact{
			{Name: "Søren Ærø", Email: "soren.aero@oresund.example", Product: "campaign", AccountAdmin: true},
			{Name: "Łukasz Wróbel", Email: "lukasz.wrobel@oresund.example", Product: "experience-platform"},
		},
	}
	eng := planner.Engagement{
		ID: fid("oresund-eng"), CustomerID: id, Name: "Customer journeys on Real-Time CDP",
		Phases: phases(
			planner.PhaseState{Phase: catalog.Kickoff, Status: planner.PhaseInProgress, PlannedStart: day("2026-02-02"), PlannedEnd: day("2026-02-13"), ActualStart: day("2026-02-03"), Deliverable: planner.DeliverableDraft},
			planner.PhaseState{Phase: catalog.Define, Status: planner.PhaseNotStarted, PlannedStart: day("2026-02-16"), PlannedEnd: day("2026-03-13"), Deliverable: planner.DeliverableNotStarted},
			planner.PhaseState{Phase: catalog.Design, Status: planner.PhaseNotStarted},
			planner.PhaseState{Phase: catalog.GoLive, Status: planner.PhaseNotStarted},
			planner.PhaseState{Phase: catalog.PostLaunch, Status: planner.PhaseNotStarted, Deliverable: planner.DeliverableNotStarted},
		),
		Stakeholders: []planner.Stakeholder{
			{Name: "Søren Ærø", Role: "CRM Manager", Side: planner.SideCustomer},
			{Name: "Łukasz Wróbel", Role: "Data Engineer, Łódź", Side: planner.SideCustomer},
			{Name: "Jana Nováková", Role: "Technical Account Manager", Side: planner.SideVendor},
		},
		Goals: []string{"Move the monthly energy-saving newsletter to triggered journeys"},
	}
	obj := fid("oresund-obj")
	plan := planner.ActionPlan{
		ID: fid("oresund-plan"), CustomerID: id, Title: "Journeys 2026",
		Objectives: []planner.Objective{{ID: obj, Title: "Triggered journeys replace the monthly newsletter", KPIs: []planner.KPI{{Name: "Journeys live", Baseline: 0, Target: 4, Current: 1}}, Due: day("2026-06-30"), Status: planner.StatusOpen}},
		Milestones: []planner.Milestone{{ID: fid("oresund-ms"), Title: "Schema and identity design signed off", Due: day("2026-03-13"), ObjectiveID: obj, Status: planner.StatusOpen}},
		Actions:    []planner.Action{{ID: fid("oresund-act"), Title: "List the consent fields in use", Owner: "Søren Ærø", Side: planner.SideCustomer, Due: day("2026-02-20"), Status: planner.StatusOpen}},
	}
	acts := []planner.Activity{
		{ID: fid("oresund-a1"), CustomerID: id, ItemID: "acc-aep-use-case-roadmap", Solution: "experience-platform", Phase: catalog.Kickoff, Date: day("2026-02-11"), Hours: 6, Status: planner.ActivityScheduled},
		{ID: fid("oresund-a2"), CustomerID: id, ItemID: "acc-aep-schema-identity-review", Solution: "experience-platform", Phase: catalog.Define, Date: day("2026-03-04"), Hours: 12, Status: planner.ActivityProposed},
	}
	return planner.Account{Customer: c, Engagements: []planner.Engagement{eng}, Plan: plan, Activities: acts}
}

func sakuraAccount() planner.Account {
	id := fid("sakura")
	c := planner.Customer{
		ID: id, Name: "株式会社サクラ電機", Region: catalog.Japan,
		Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"commerce", "marketo-engage"}},
		Contract: planner.Contract{Start: day("2026-01-01"), End: day("2026-12-31"),
			Allowances: planner.Allowances{AcceleratorsPerYear: 4, FieldHoursPerYear: 24}},
		Team:     planner.SuccessTeam{TAM: planner.Person{Name: "Jana Nováková"}},
		Contacts: []planner.Contact{{Name: "佐藤 花子", Email: "hanako.sato@sakura.example", Product: "commerce", AccountAdmin: true}},
	}
	eng := planner.Engagement{
		ID: fid("sakura-eng"), CustomerID: id, Name: "コマース刷新 (Commerce upgrade)",
		Phases: phases(
			planner.PhaseState{Phase: catalog.Kickoff, Status: planner.PhaseNotStarted, PlannedStart: day("2026-03-02"), PlannedEnd: day("2026-03-06")},
			planner.PhaseState{Phase: catalog.Define, Status: planner.PhaseNotStarted},
			planner.PhaseState{Phase: catalog.Design, Status: planner.PhaseNotStarted},
			planner.PhaseState{Phase: catalog.GoLive, Status: planner.PhaseNotStarted},
			planner.PhaseState{Phase: catalog.PostLaunch, Status: planner.PhaseNotStarted},
		),
		Stakeholders: []planner.Stakeholder{{Name: "佐藤 花子", Role: "EC事業部 部長", Side: planner.SideCustomer}},
		Goals:        []string{"年末商戦の前にCommerceを最新版へアップグレードする"},
	}
	obj := fid("sakura-obj")
	plan := planner.ActionPlan{
		ID: fid("sakura-plan"), CustomerID: id, Title: "サクラ電機 2026",
		Objectives: []planner.Objective{{ID: obj, Title: "年末商戦に耐えるサイト", KPIs: []planner.KPI{{Name: "Peak orders per hour", Baseline: 800, Target: 2000, Current: 800}}, Due: day("2026-11-30"), Status: planner.StatusOpen}},
	}
	acts := []planner.Activity{
		{ID: fid("sakura-a1"), CustomerID: id, ItemID: "acc-commerce-upgrade-readiness", Solution: "commerce", Phase: catalog.Define, Date: day("2026-03-18"), Hours: 12, Status: planner.ActivityProposed},
	}
	return planner.Account{Customer: c, Engagements: []planner.Engagement{eng}, Plan: plan, Activities: acts}
}

// stressAccount returns the Müller account with everything long: names
// that wrap, many goals, stakeholders, objectives and actions, and a
// recommendation taller than a page.
func stressAccount() planner.Account {
	a := muellerAccount()
	a.Customer.Name = "Müller Großhandel für Präzisionswerkzeuge und Industriebedarf GmbH & Co. KG (Niederlassung Łódź)"
	e := &a.Engagements[0]
	e.Name = "Relaunch of every regional storefront on Experience Manager Sites with a shared component library and one analytics framework"
	for i := range 9 {
		e.Goals = append(e.Goals, fmt.Sprintf("Extra goal %d: keep every regional team on the same release train without slowing down local campaigns", i+1))
	}
	for i := range 14 {
		side := planner.SideCustomer
		if i%2 == 1 {
			side = planner.SideVendor
		}
		e.Stakeholders = append(e.Stakeholders, planner.Stakeholder{
			Name: fmt.Sprintf("Stakeholder Nummer %d Ölçü-Çağlayan", i+1), Role: "Regional digital lead for the northern and eastern markets",
			Side: side, Email: fmt.Sprintf("person.%d@mueller.example", i+1),
			Responsibilities: "Coordinates regional requirements, signs off regional content and attends the steering committee.",
		})
	}
	for i := range 8 {
		a.Customer.KeyEvents = append(a.Customer.KeyEvents, planner.KeyEvent{Name: fmt.Sprintf("Regional launch wave %d", i+1), Date: day("2026-04-01").AddDays(14 * i)})
	}
	var detail strings.Builder
	for i := range 60 {
		fmt.Fprintf(&detail, "Step %d: review the dispatcher rules of market %d and remove the query strings that bypass the cache. ", i+1, i+1)
	}
	e.Assessment.Recommendations = append(e.Assessment.Recommendations, planner.Recommendation{
		Title: "Clean up every market's dispatcher rules", Detail: detail.String(), Priority: "high", Effort: "L"})
	for i := range 12 {
		id := fid(fmt.Sprintf("stress-obj-%d", i))
		a.Plan.Objectives = append(a.Plan.Objectives, planner.Objective{ID: id,
			Title: fmt.Sprintf("Objective %d: grow repeat purchases in market %d through personalised recommendations", i+1, i+1),
			KPIs:  []planner.KPI{{Name: "Repeat purchase rate within 90 days (all channels)", Unit: "%", Baseline: 10, Target: 15, Current: 10 + float64(i%6)}},
			Due:   day("2026-06-30"), Status: planner.StatusInProgress})
		a.Plan.Actions = append(a.Plan.Actions, planner.Action{ID: fid(fmt.Sprintf("stress-act-%d", i)),
			Title: fmt.Sprintf("Action %d: agree the recommendation strategy with the regional merchandising team", i+1),
			Owner: "Regional merchandising lead", Side: planner.SideCustomer, Due: day("2026-02-01").AddDays(3 * i), Status: planner.StatusOpen})
	}
	return a
}
