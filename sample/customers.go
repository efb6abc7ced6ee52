package sample

import (
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// technicalAccountManager is the Technical Account Manager whose
// portfolio the sample is.
func technicalAccountManager() planner.Person {
	return planner.Person{Name: "Alex Morgan", Email: "alex.morgan@success.example"}
}

// vendorStakeholder returns p as a stakeholder on the vendor's side.
func vendorStakeholder(p planner.Person, role, responsibilities string) planner.Stakeholder {
	return planner.Stakeholder{Name: p.Name, Role: role, Email: p.Email, Side: planner.SideVendor, Responsibilities: responsibilities}
}

// meetingCadence returns the weekly, monthly and quarterly meetings of
// an Ultimate engagement; attendees are those of the weekly call.
func meetingCadence(attendees string) []planner.Meeting {
	return []planner.Meeting{
		{Name: "Status call", Frequency: "weekly", Attendees: attendees, Purpose: "Progress, blockers and the next two weeks of activities"},
		{Name: "Steering meeting", Frequency: "monthly", Attendees: "Executive sponsor, TAM, CSM", Purpose: "Decisions, risks and the Mutual Action Plan"},
		{Name: "Quarterly business review", Frequency: "quarterly", Attendees: "Sponsors of both sides", Purpose: "Outcomes against the key business objectives and the plan for the next quarter"},
	}
}

// escalationPath returns the three levels of escalation, with who is
// called on at each.
func escalationPath(first, second, third string) []planner.EscalationStep {
	return []planner.EscalationStep{
		{Level: 1, Who: first, When: "A blocker is not resolved within two business days"},
		{Level: 2, Who: second, When: "A milestone is at risk or a P1 case needs attention from management"},
		{Level: 3, Who: third, When: "A key event or the contract goals are at risk"},
	}
}

// customerSpecs describes the six sample customers.
func customerSpecs() []customerSpec {
	return []customerSpec{muellerGmbH(), oresundEnergi(), sakuraDenki(), northwindOutfitters(), kookaburraBank(), contosoHealth()}
}

func muellerGmbH() customerSpec {
	csm := planner.Person{Name: "Katrin Vogel", Email: "katrin.vogel@success.example"}
	ssm := planner.Person{Name: "Jonas Weber", Email: "jonas.weber@success.example"}
	tad := planner.Person{Name: "Dr. Heike Braun", Email: "heike.braun@success.example"}
	return customerSpec{
		slug: "mueller-gmbh", seq: 0, name: "Müller GmbH",
		region: catalog.EMEA, timeZone: "Europe/Berlin", tier: catalog.Ultimate,
		solutions:         []catalog.SolutionID{"experience-manager-sites", "experience-manager-assets", "analytics", "target"},
		addOns:            []string{"technical-account-director"},
		contractMonthsAgo: 9, contractYears: 3, accelerators: 10, hours: 80,
		team: planner.SuccessTeam{TAM: technicalAccountManager(), CSM: csm, SSM: ssm, TAD: tad},
		contacts: []planner.Contact{
			{Name: "Anna Becker", Email: "anna.becker@mueller-gmbh.example", Phone: "+49 711 555 0101", Product: "experience-manager-sites", AccountAdmin: true},
			{Name: "Lukas Schmidt", Email: "lukas.schmidt@mueller-gmbh.example", Product: "experience-manager-sites"},
			{Name: "Jörg Müller", Email: "joerg.mueller@mueller-gmbh.example", Product: "experience-manager-assets"},
			{Name: "Sabine Krüger", Email: "sabine.krueger@mueller-gmbh.example", Product: "analytics"},
			{Name: "Felix Wagner", Email: "felix.wagner@mueller-gmbh.example", Product: "target"},
		},
		events: []eventSpec{{"Spring collection launch (Frühjahrskollektion)", 45}, {"Online shop relaunch", 100}},
		notes:  "Family-owned manufacturer of kitchen appliances, Stuttgart. Relaunching sites for 14 markets on AEM.",
		engagement: engagementSpec{
			name:   "AEM Sites and Assets relaunch",
			phases: [5]planner.PhaseStatus{planner.PhaseDone, planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted, planner.PhaseNotStarted},
			window: [5][2]int{{-150, -136}, {-135, -80}, {-79, 20}, {21, 60}, {61, 120}},
			stakeholders: []planner.Stakeholder{
				{Name: "Thomas Richter", Role: "CIO, executive sponsor", Email: "thomas.richter@mueller-gmbh.example", Side: planner.SideCustomer, Responsibilities: "Budget and priorities; escalations of level 3"},
				{Name: "Anna Becker", Role: "Head of digital platforms", Email: "anna.becker@mueller-gmbh.example", Side: planner.SideCustomer, Responsibilities: "Owns the relaunch plan; first contact for every activity"},
				{Name: "Sabine Krüger", Role: "Analytics lead", Email: "sabine.krueger@mueller-gmbh.example", Side: planner.SideCustomer, Responsibilities: "KPIs, reporting and test results"},
				vendorStakeholder(technicalAccountManager(), "Technical Account Manager", "Technical plan, accelerators and readiness reviews"),
				vendorStakeholder(csm, "Customer Success Manager", "Business outcomes, adoption and the Mutual Action Plan"),
				vendorStakeholder(tad, "Technical Account Director", "Executive engagement and governance"),
			},
			cadence:  meetingCadence("Anna Becker, Lukas Schmidt, TAM"),
			goals:    []string{"Relaunch 14 market sites on one component library", "Cut page load time by a third", "Reuse brand assets across markets"},
			channels: []string{"E-mail", "Shared Teams channel #aem-relaunch", "Support portal cases for defects"},
			escalation: escalationPath("Anna Becker and Alex Morgan", "Thomas Richter and Katrin Vogel",
				"Thomas Richter and Dr. Heike Braun"),
			assessment: planner.Assessment{
				Requirements: []string{"One component library for all 14 markets", "Translations through the existing translation agency", "Product data from SAP shown on product pages"},
				Findings:     []string{"Dispatcher cache hit ratio is 61%, far below what the site can reach", "Assets are uploaded three times, once per market team"},
				Recommendations: []planner.Recommendation{
					{Title: "Tune dispatcher caching rules", Detail: "Cache the product pages and invalidate on publication", Priority: "high", Effort: "M"},
					{Title: "One metadata schema for all markets", Priority: "medium", Effort: "M"},
				},
			},
		},
		plan: &planSpec{
			title: "Müller GmbH: relaunch Mutual Action Plan",
			objectives: []objectiveSpec{
				{title: "Faster pages on the new sites", kpi: "Largest Contentful Paint (75th percentile)", unit: "ms",
					baseline: 3800, target: 2500, current: 3100, dueInDays: 90, status: planner.StatusInProgress,
					solutions: []catalog.SolutionID{"experience-manager-sites"},
					moreKPIs:  []planner.KPI{{Name: "Dispatcher cache hit ratio", Unit: "%", Baseline: 61, Target: 90, Current: 74}},
					useCases: []planner.UseCase{{Name: "Fast product pages in every market", SuccessMetric: "Largest Contentful Paint under 2.5 s",
						Channels: []string{"Web"}, Capabilities: []string{"Dispatcher caching", "Core components"},
						Solutions: []catalog.SolutionID{"experience-manager-sites"}}}},
				{title: "Higher online conversion", kpi: "Conversion rate", unit: "%", baseline: 1.8, target: 2.4, current: 1.9,
					dueInDays: 180, status: planner.StatusOpen, solutions: []catalog.SolutionID{"analytics", "target"},
					useCases: []planner.UseCase{{Name: "Market-specific product pages", SuccessMetric: "Conversion rate on product pages", Audience: "Visitors in DACH, France and Italy", CallToAction: "Find a dealer", Channels: []string{"Web"}, Solutions: []catalog.SolutionID{"experience-manager-sites", "target"}, Capabilities: []string{"Experience fragments", "A/B testing"}},
						{Name: "Dealer finder test", SuccessMetric: "Dealer searches per visit", Channels: []string{"Web"},
							Capabilities: []string{"A/B testing"}}}},
				{title: "Asset reuse across markets", kpi: "Assets used in two or more markets", unit: "%", baseline: 20, target: 60, current: 35,
					dueInDays: 120, status: planner.StatusInProgress, solutions: []catalog.SolutionID{"experience-manager-assets"},
					useCases: []planner.UseCase{{Name: "One asset library for all markets", SuccessMetric: "Assets reused per campaign",
						Capabilities: []string{"Metadata schemas", "Asset search"}, Solutions: []catalog.SolutionID{"experience-manager-assets"}}}},
			},
			milestones: []milestoneSpec{
				{"Component library approved", -10, 0, planner.StatusDone},
				{"Performance test passed", 30, 0, planner.StatusOpen},
				{"First A/B test live", 50, 1, planner.StatusOpen},
				{"Metadata schema live in the DAM", 12, 2, planner.StatusInProgress},
			},
			actions: []actionSpec{
				{"Sign off the kickoff deck", "Anna Becker", planner.SideCustomer, -140, planner.StatusDone, 0},
				{"Share CDN and dispatcher logs for the caching review", "Anna Becker", planner.SideCustomer, -5, planner.StatusOpen, 1},
				{"Nominate an owner for Target tests", "Thomas Richter", planner.SideCustomer, -12, planner.StatusOpen, 2},
				{"Deliver the caching review findings", "Alex Morgan", planner.SideVendor, 9, planner.StatusInProgress, 1},
				{"Approve the metadata schema", "Jörg Müller", planner.SideCustomer, 9, planner.StatusOpen, 3},
				{"Book the go-live readiness review", "Katrin Vogel", planner.SideVendor, 13, planner.StatusOpen, 1},
			},
		},
		activities: []activitySpec{
			{item: "pro-mutual-action-plan", phase: catalog.Kickoff, week: -21, day: time.Wednesday, owner: "Alex Morgan",
				outcome: "Mutual Action Plan drafted with the sponsor"},
			{item: "acc-aemassets-ingestion-design", solution: "experience-manager-assets", phase: catalog.Define, week: -18, day: time.Tuesday, objective: 3,
				owner: "Pooled AEM specialist", outcome: "Ingestion plan for 30,000 legacy assets agreed"},
			{item: "acc-analytics-implementation-review", solution: "analytics", phase: catalog.Define, week: -15, day: time.Wednesday, objective: 2,
				owner: "Pooled Analytics specialist", outcome: "Data layer gaps listed; 9 fixes planned"},
			{item: "acc-analytics-reportsuite-governance", solution: "analytics", phase: catalog.Define, week: -14, day: time.Thursday, objective: 2,
				owner: "Pooled Analytics specialist", outcome: "One global report suite with a market dimension agreed"},
			{item: "pro-roadmap-review", phase: catalog.Define, week: -12, day: time.Thursday, owner: "Alex Morgan",
				outcome: "Sites and Assets roadmap for the next two releases shared"},
			{item: "acc-aemsites-content-model-review", solution: "experience-manager-sites", phase: catalog.Design, week: -10, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Component model agreed; 42 components reduced to 27"},
			{item: "acc-aemassets-metadata-workflow", solution: "experience-manager-assets", phase: catalog.Design, week: -8, day: time.Wednesday, objective: 3,
				owner: "Pooled AEM specialist", outcome: "Metadata schema drafted for the 14 markets"},
			{item: "pro-upgrade-release-readiness", phase: catalog.Design, week: -7, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Service pack upgrade planned before the performance test"},
			{item: "pro-best-practice-guidance", phase: catalog.Design, week: -5, day: time.Thursday, owner: "Alex Morgan",
				outcome: "Guidance on the translation workflow given"},
			{item: "acc-analytics-workspace-enablement", solution: "analytics", phase: catalog.PostLaunch, week: -3, day: time.Tuesday, cancelled: true, objective: 2,
				owner: "Pooled Analytics specialist"},
			{item: "acc-aem-caching-review", solution: "experience-manager-sites", phase: catalog.Design, week: 0, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Cache hit ratio target of 90% agreed"},
			{item: "acc-target-xt-setup-review", solution: "target", phase: catalog.Design, week: 1, day: time.Wednesday, objective: 2,
				owner: "Pooled Target specialist"},
			{item: "pro-key-event-readiness", phase: catalog.GoLive, week: 5, day: time.Tuesday, owner: "Alex Morgan",
				prepareFor: "Spring collection launch (Frühjahrskollektion)"},
			{item: "acc-aemsites-golive-readiness", solution: "experience-manager-sites", phase: catalog.GoLive, week: 5, day: time.Thursday, objective: 1,
				owner: "Pooled AEM specialist"},
			{item: "field-deskside-coaching", solution: "analytics", phase: catalog.GoLive, week: 8, day: time.Wednesday, objective: 2, owner: "Field engineer"},
		},
		cases: []caseSpec{
			{number: "04518233", title: "Publish queue stuck after the service pack", product: "experience-manager-sites", priority: catalog.P2,
				daysAgo: 20, hour: 8, responseAfter: 45, changes: []caseChange{{planner.CaseSolutionProposed, 20}, {planner.CaseClosed, 30}}},
			{number: "04517960", title: "Translation import fails for French pages", product: "experience-manager-sites", priority: catalog.P3,
				daysAgo: 30, hour: 10, responseAfter: 180,
				changes: []caseChange{{planner.CaseSolutionProposed, 24}, {planner.CaseClosed, 48}, {planner.CaseReopened, 72}, {planner.CaseAwaitingResponse, 2}}},
			{number: "04518871", title: "Question about the asset metadata export", product: "experience-manager-assets", priority: catalog.P4,
				daysAgo: 8, hour: 13, responseAfter: 600, changes: []caseChange{{planner.CaseClosed, 48}}},
		},
		risks: []riskSpec{
			{title: "Translation agency misses the spring launch", impact: planner.LevelMedium, likelihood: planner.LevelMedium, rag: planner.RAGAmber,
				owner: "Anna Becker", side: planner.SideCustomer, dueInDays: 20,
				mitigation: "Freeze the spring content two weeks early; the TAM reviews the translation workflow with the agency"},
			{title: "Dispatcher rules drift between environments", impact: planner.LevelLow, likelihood: planner.LevelLow, rag: planner.RAGGreen,
				owner: "Alex Morgan", side: planner.SideVendor, objective: 1, mitigation: "Keep the dispatcher rules in the deployment pipeline"},
			{title: "Legacy asset ingestion overruns", impact: planner.LevelMedium, likelihood: planner.LevelLow, rag: planner.RAGGreen,
				owner: "Jörg Müller", side: planner.SideCustomer, objective: 3, closed: true, closedDaysAgo: 20,
				mitigation: "Ingest in three waves by market"},
		},
	}
}

func oresundEnergi() customerSpec {
	field := planner.Person{Name: "Nina Lindqvist", Email: "nina.lindqvist@success.example"}
	return customerSpec{
		slug: "oresund-energi", seq: 1000, name: "Øresund Energi A/S",
		region: catalog.EMEA, timeZone: "Europe/Copenhagen", tier: catalog.Expert,
		solutions:         []catalog.SolutionID{"campaign", "analytics"},
		addOns:            []string{"priority-queue-bundle"},
		contractMonthsAgo: 14, contractYears: 3, accelerators: 0, hours: 40,
		contacts: []planner.Contact{
			{Name: "Mette Sørensen", Email: "mette.sorensen@oresund-energi.example", Product: "campaign", AccountAdmin: true},
			{Name: "Lars Nielsen", Email: "lars.nielsen@oresund-energi.example", Product: "campaign"},
			{Name: "Ingrid Åberg", Email: "ingrid.aberg@oresund-energi.example", Product: "analytics"},
			{Name: "Søren Holm", Email: "soren.holm@oresund-energi.example", Phone: "+45 33 55 01 02", Product: "analytics"},
		},
		events: []eventSpec{{"Winter tariff campaign", 35}, {"Customer portal launch", 80}},
		notes:  "Energy retailer in Denmark and southern Sweden. Expert tier with field-activity hours in the contract.",
		engagement: engagementSpec{
			name:   "Campaign onboarding",
			phases: [5]planner.PhaseStatus{planner.PhaseDone, planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted, planner.PhaseNotStarted},
			window: [5][2]int{{-110, -100}, {-99, -40}, {-39, 20}, {21, 50}, {51, 110}},
			stakeholders: []planner.Stakeholder{
				{Name: "Henrik Dahl", Role: "CMO, sponsor", Email: "henrik.dahl@oresund-energi.example", Side: planner.SideCustomer},
				{Name: "Mette Sørensen", Role: "Marketing automation lead", Email: "mette.sorensen@oresund-energi.example", Side: planner.SideCustomer, Responsibilities: "Owns the campaign calendar and the data model"},
				vendorStakeholder(field, "Field engineer", "Delivers the field activities of the contract"),
			},
			cadence: []planner.Meeting{
				{Name: "Field activity check-in", Frequency: "monthly", Attendees: "Mette Sørensen, field engineer", Purpose: "Plan the next field activity and review the last one"},
			},
			goals:      []string{"Move the monthly newsletter and the tariff campaigns to Campaign", "Report campaign revenue in Analytics"},
			channels:   []string{"E-mail", "Support portal cases"},
			escalation: escalationPath("Mette Sørensen and the field engineer", "Henrik Dahl and the support escalation manager", "Henrik Dahl and the account executive"),
			assessment: planner.Assessment{
				Requirements: []string{"Consent kept per brand and per channel", "Send-time optimisation for e-mail"},
				Findings:     []string{"Three recipient tables duplicate the customer data"},
				Recommendations: []planner.Recommendation{
					{Title: "Merge the recipient tables", Detail: "One profile table extended with the energy-contract fields", Priority: "high", Effort: "L"},
				},
			},
		},
		activities: []activitySpec{
			{item: "field-health-assessment", solution: "campaign", week: -17, day: time.Wednesday, owner: "Nina Lindqvist",
				outcome: "Health report with 11 findings delivered; it led to the onboarding engagement"},
			{item: "field-troubleshooting", solution: "campaign", week: -4, day: time.Tuesday, cancelled: true, owner: "Nina Lindqvist"},
			{item: "field-use-case-development", solution: "campaign", phase: catalog.GoLive, week: 4, day: time.Monday, owner: "Nina Lindqvist",
				prepareFor: "Winter tariff campaign"},
		},
		cases: []caseSpec{
			{number: "DK-118204", title: "Delivery report misses opens in Outlook", product: "campaign", priority: catalog.P3,
				daysAgo: 18, hour: 9, responseAfter: 240, changes: []caseChange{{planner.CaseSolutionProposed, 26}, {planner.CaseClosed, 60}}},
		},
		risks: []riskSpec{
			{title: "Field hours run short before the portal launch", impact: planner.LevelLow, likelihood: planner.LevelMedium, rag: planner.RAGGreen,
				owner: "Nina Lindqvist", side: planner.SideVendor, dueInDays: 30, mitigation: "Plan the remaining hours with Mette Sørensen"},
		},
	}
}

func sakuraDenki() customerSpec {
	csm := planner.Person{Name: "山本 由美", Email: "yumi.yamamoto@success.example"}
	ssm := planner.Person{Name: "中村 大輔", Email: "daisuke.nakamura@success.example"}
	return customerSpec{
		slug: "sakura-denki", seq: 2000, name: "株式会社サクラ電機",
		region: catalog.Japan, language: "ja", tier: catalog.Ultimate,
		solutions:         []catalog.SolutionID{"experience-manager-cloud", "target", "experience-platform", "journey-optimizer"},
		addOns:            []string{"advanced-cloud-support"},
		contractMonthsAgo: 7, contractYears: 3, accelerators: 12, hours: 120,
		team: planner.SuccessTeam{TAM: technicalAccountManager(), CSM: csm, SSM: ssm},
		contacts: []planner.Contact{
			{Name: "佐藤 健", Email: "ken.sato@sakura-denki.example", Phone: "+81 3 5555 0101", Product: "experience-manager-cloud", AccountAdmin: true},
			{Name: "鈴木 美咲", Email: "misaki.suzuki@sakura-denki.example", Product: "experience-manager-cloud"},
			{Name: "高橋 翔", Email: "sho.takahashi@sakura-denki.example", Product: "target"},
			{Name: "田中 花子", Email: "hanako.tanaka@sakura-denki.example", Product: "experience-platform"},
			{Name: "伊藤 誠", Email: "makoto.ito@sakura-denki.example", Product: "journey-optimizer"},
		},
		events: []eventSpec{{"販売店向け内覧会 (dealer preview)", -2}, {"新製品発表会 (product launch event)", 40}, {"ブランドサイト統合キャンペーン (brand site campaign)", 95}},
		notes:  "家電メーカー。Moving twelve brand sites from AEM 6.5 on premises to AEM as a Cloud Service. The customer brought the dealer preview forward; the readiness review planned for it needs a new date or a new purpose.",
		engagement: engagementSpec{
			name:   "AEM as a Cloud Service 移行 (migration)",
			phases: [5]planner.PhaseStatus{planner.PhaseDone, planner.PhaseDone, planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted},
			window: [5][2]int{{-200, -190}, {-189, -140}, {-139, -40}, {-39, 25}, {26, 90}},
			stakeholders: []planner.Stakeholder{
				{Name: "渡辺 浩", Role: "デジタル本部長 (head of digital), sponsor", Email: "hiroshi.watanabe@sakura-denki.example", Side: planner.SideCustomer, Responsibilities: "Go/no-go decision for the launch"},
				{Name: "佐藤 健", Role: "Platform owner", Email: "ken.sato@sakura-denki.example", Side: planner.SideCustomer, Responsibilities: "Migration plan, content freeze, cut-over"},
				{Name: "田中 花子", Role: "Data and consent lead", Email: "hanako.tanaka@sakura-denki.example", Side: planner.SideCustomer},
				vendorStakeholder(technicalAccountManager(), "Technical Account Manager", "Migration readiness and go-live"),
				vendorStakeholder(csm, "Customer Success Manager", "Journey Optimizer adoption and the Mutual Action Plan"),
				vendorStakeholder(ssm, "Support Services Manager", "Cases during cut-over"),
			},
			cadence:  meetingCadence("佐藤 健, 鈴木 美咲, TAM"),
			goals:    []string{"全12ブランドサイトをクラウドへ移行 (all twelve brand sites on Cloud Service)", "Personalised journeys for product owners"},
			channels: []string{"E-mail", "Slack Connect #sakura-aemcs", "Support portal cases (Japanese-language support in Japan business hours)"},
			escalation: escalationPath("佐藤 健 and Alex Morgan", "渡辺 浩 and 山本 由美",
				"渡辺 浩 and the vendor's regional director"),
			assessment: planner.Assessment{
				Requirements: []string{"Zero content loss during migration", "Japanese and English sites from one content tree", "Launch before the product launch event"},
				Findings:     []string{"Custom workflows that Cloud Service no longer supports: 7", "Index definitions need converting"},
				Recommendations: []planner.Recommendation{
					{Title: "Run the Best Practices Analyzer every sprint", Priority: "high", Effort: "S"},
					{Title: "Move the custom workflows to asset microservices", Priority: "high", Effort: "L"},
				},
			},
		},
		plan: &planSpec{
			title: "サクラ電機 Mutual Action Plan",
			objectives: []objectiveSpec{
				{title: "クラウド移行の完了 (complete the migration)", kpi: "Brand sites live on Cloud Service", unit: "sites",
					baseline: 0, target: 12, current: 9, dueInDays: 25, status: planner.StatusInProgress,
					solutions: []catalog.SolutionID{"experience-manager-cloud"},
					useCases: []planner.UseCase{{Name: "Bilingual brand sites from one content tree", SuccessMetric: "Sites live without content loss",
						Channels: []string{"Web"}, Capabilities: []string{"Multi-site manager", "Cloud Manager pipelines"},
						Solutions: []catalog.SolutionID{"experience-manager-cloud"}}}},
				{title: "Personalised owner journeys", kpi: "Revenue share from journeys", unit: "%", baseline: 0, target: 8, current: 2,
					dueInDays: 150, status: planner.StatusOpen, solutions: []catalog.SolutionID{"journey-optimizer", "experience-platform"},
					useCases: []planner.UseCase{{Name: "Product registration journey", SuccessMetric: "Registrations that lead to a second purchase", Audience: "Owners of a new appliance", CallToAction: "Register your product", Channels: []string{"E-mail", "LINE"}, Solutions: []catalog.SolutionID{"journey-optimizer", "experience-platform"}, Capabilities: []string{"Journey orchestration", "Real-time customer profile"}}}},
			},
			milestones: []milestoneSpec{
				{"Content freeze", 5, 0, planner.StatusOpen},
				{"Go-live of the last brand sites", 25, 0, planner.StatusOpen},
				{"First journey live", 70, 1, planner.StatusOpen},
			},
			actions: []actionSpec{
				{"Load test report for the brand sites", "鈴木 美咲", planner.SideCustomer, -3, planner.StatusBlocked, 1},
				{"コンテンツ凍結の承認 (approve the content freeze)", "佐藤 健", planner.SideCustomer, 3, planner.StatusOpen, 0},
				{"Review the rollback plan", "Alex Morgan", planner.SideVendor, 8, planner.StatusInProgress, 1},
				{"Schedule the journey activation review", "山本 由美", planner.SideVendor, 11, planner.StatusOpen, 2},
				{"Define consent labels for journeys", "田中 花子", planner.SideCustomer, 20, planner.StatusOpen, 2},
			},
		},
		activities: []activitySpec{
			{item: "acc-aemcs-migration-readiness", solution: "experience-manager-cloud", phase: catalog.Define, week: -26, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Best Practices Analyzer run; 7 custom workflows to replace"},
			{item: "pro-technical-strategic-roadmap", phase: catalog.Define, week: -23, day: time.Wednesday, owner: "Alex Morgan",
				outcome: "Migration roadmap for the twelve brand sites agreed"},
			{item: "acc-aemcs-architecture-review", solution: "experience-manager-cloud", phase: catalog.Design, week: -19, day: time.Tuesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Architecture approved with two changes to the publish tier"},
			{item: "acc-aep-schema-identity-review", solution: "experience-platform", phase: catalog.Design, week: -16, day: time.Thursday, objective: 2,
				owner: "Pooled Experience Platform specialist", outcome: "Profile schema and identity namespaces agreed"},
			{item: "acc-aemcs-cloud-manager-enablement", solution: "experience-manager-cloud", phase: catalog.Design, week: -13, day: time.Wednesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Pipelines for all brand sites set up by the customer team"},
			{item: "acc-aep-data-governance", solution: "experience-platform", phase: catalog.Design, week: -10, day: time.Thursday, objective: 2,
				owner: "Pooled Experience Platform specialist", outcome: "Consent labels drafted for the journeys"},
			{item: "pro-upgrade-release-readiness", phase: catalog.Design, week: -9, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Release notes of the next two Cloud Service releases reviewed"},
			{item: "pro-best-practice-guidance", phase: catalog.GoLive, week: -5, day: time.Wednesday, owner: "Alex Morgan",
				outcome: "Content freeze and cut-over practices agreed"},
			{item: "acc-aemcs-golive-readiness", solution: "experience-manager-cloud", phase: catalog.GoLive, week: -3, day: time.Thursday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "11 of 14 readiness checks passed; the rollback plan is missing"},
			{item: "field-troubleshooting", solution: "experience-manager-cloud", phase: catalog.GoLive, week: -1, day: time.Tuesday, objective: 1,
				owner: "Field engineer", outcome: "Two custom workflows fixed after the first cut-over"},
			{item: "acc-aemcs-golive-readiness", solution: "experience-manager-cloud", phase: catalog.GoLive, week: 0, day: time.Wednesday, objective: 1,
				owner: "Pooled AEM specialist", outcome: "Rollback plan checked; the last brand sites cleared for go-live"},
			{item: "acc-target-xt-setup-review", solution: "target", phase: catalog.GoLive, week: 0, day: time.Thursday, objective: 2,
				owner: "Pooled Target specialist", outcome: "Experience targeting set up for the migrated sites"},
			{item: "pro-key-event-readiness", phase: catalog.GoLive, week: 1, day: time.Tuesday, owner: "Alex Morgan",
				prepareFor: "販売店向け内覧会 (dealer preview)"},
			{item: "pro-key-event-readiness", phase: catalog.GoLive, week: 3, day: time.Thursday, owner: "Alex Morgan",
				prepareFor: "新製品発表会 (product launch event)"},
			{item: "acc-ajo-decisioning-enablement", solution: "journey-optimizer", phase: catalog.PostLaunch, week: 5, day: time.Monday, objective: 2,
				owner: "Pooled Journey Optimizer specialist"},
			{item: "pro-enablement-planning", phase: catalog.PostLaunch, week: 5, day: time.Wednesday, owner: "Alex Morgan"},
			{item: "acc-aep-activation-review", solution: "experience-platform", phase: catalog.PostLaunch, week: 7, day: time.Thursday, objective: 2,
				owner: "Pooled Experience Platform specialist"},
			{item: "field-deskside-coaching", solution: "target", phase: catalog.PostLaunch, week: 9, day: time.Wednesday, objective: 2, owner: "Field engineer"},
			{item: "pro-product-advocacy", phase: catalog.PostLaunch, week: 11, day: time.Tuesday, owner: "Alex Morgan"},
			{item: "pro-roadmap-review", phase: catalog.PostLaunch, week: 12, day: time.Tuesday, owner: "Alex Morgan"},
		},
		cases: []caseSpec{
			{number: "JP-2291847", title: "公開後にページが表示されない (pages missing after publishing)", product: "experience-manager-cloud", priority: catalog.P2,
				daysAgo: 12, hour: 1, responseAfter: 600, changes: []caseChange{{planner.CaseSolutionProposed, 20}, {planner.CaseClosed, 50}},
				escalateAfter: 4, escalatedBy: "佐藤 健", escalatedSide: planner.SideCustomer, escalation: "The go-live of two brand sites is blocked"},
			{number: "JP-2292410", title: "Target activities not shown on migrated pages", product: "target", priority: catalog.P3,
				daysAgo: 5, hour: 2, responseAfter: 120, changes: []caseChange{{planner.CaseAwaitingResponse, 6}}},
			{number: "JP-2290555", title: "Question about Cloud Manager pipeline quotas", product: "experience-manager-cloud", priority: catalog.P4,
				daysAgo: 25, hour: 3, responseAfter: 300, changes: []caseChange{{planner.CaseClosed, 30}}},
		},
		risks: []riskSpec{
			{title: "Load test report late for the cut-over", impact: planner.LevelHigh, likelihood: planner.LevelMedium, rag: planner.RAGAmber,
				owner: "鈴木 美咲", side: planner.SideCustomer, dueInDays: 5, objective: 1,
				mitigation: "The vendor runs a reduced load test on the three largest brand sites"},
			{title: "Consent labels not ready for the first journey", impact: planner.LevelMedium, likelihood: planner.LevelLow, rag: planner.RAGGreen,
				owner: "田中 花子", side: planner.SideCustomer, dueInDays: 20, objective: 2, mitigation: "Start with the product registration journey, which needs one label"},
			{title: "Custom workflows need rework after the cut-over", impact: planner.LevelLow, likelihood: planner.LevelLow, rag: planner.RAGGreen,
				owner: "Alex Morgan", side: planner.SideVendor, closed: true, closedDaysAgo: 6, mitigation: "Field engineer fixed both workflows"},
		},
	}
}

func northwindOutfitters() customerSpec {
	csm := planner.Person{Name: "Jordan Lee", Email: "jordan.lee@success.example"}
	ssm := planner.Person{Name: "Priya Natarajan", Email: "priya.natarajan@success.example"}
	return customerSpec{
		slug: "northwind-outfitters", seq: 3000, name: "Northwind Outfitters",
		region: catalog.Americas, timeZone: "America/Chicago", tier: catalog.Ultimate,
		solutions:       []catalog.SolutionID{"commerce", "analytics", "target", "marketo-engage"},
		addOns:          []string{"event-management"},
		commerceManaged: true,
		// Signed under the May 2024 offer, which still has Event
		// Management; the renewal falls under a later one.
		contractStart: "2025-01-01", contractEnd: "2028-12-31", accelerators: 8, hours: 60,
		team: planner.SuccessTeam{TAM: technicalAccountManager(), CSM: csm, SSM: ssm},
		contacts: []planner.Contact{
			{Name: "Maria Gonzalez", Email: "maria.gonzalez@northwind.example", Phone: "+1 503 555 0142", Product: "commerce", AccountAdmin: true},
			{Name: "Dave Thompson", Email: "dave.thompson@northwind.example", Product: "commerce"},
			{Name: "Kim Nguyen", Email: "kim.nguyen@northwind.example", Product: "analytics"},
			{Name: "Rachel Adams", Email: "rachel.adams@northwind.example", Product: "target"},
			{Name: "Tom Becker", Email: "tom.becker@northwind.example", Product: "marketo-engage"},
		},
		events: []eventSpec{{"Peak sale weekend", 60}, {"Spring catalog drop", 110}},
		notes:  "Outdoor clothing retailer, Portland. Commerce on Managed Services; peak season is 40% of annual revenue.",
		engagement: engagementSpec{
			name:   "Peak season readiness",
			phases: [5]planner.PhaseStatus{planner.PhaseDone, planner.PhaseDone, planner.PhaseDone, planner.PhaseDone, planner.PhaseInProgress},
			window: [5][2]int{{-400, -390}, {-389, -330}, {-329, -250}, {-249, -200}, {-199, 40}},
			stakeholders: []planner.Stakeholder{
				{Name: "Chris Walker", Role: "VP e-commerce, sponsor", Email: "chris.walker@northwind.example", Side: planner.SideCustomer, Responsibilities: "Peak-season decisions"},
				{Name: "Maria Gonzalez", Role: "Commerce platform lead", Email: "maria.gonzalez@northwind.example", Side: planner.SideCustomer, Responsibilities: "Releases, load tests and the code freeze"},
				vendorStakeholder(technicalAccountManager(), "Technical Account Manager", "Performance, patches and peak readiness"),
				vendorStakeholder(csm, "Customer Success Manager", "Email revenue objective"),
				vendorStakeholder(ssm, "Support Services Manager", "War room during the peak weekend"),
			},
			cadence:  meetingCadence("Maria Gonzalez, Dave Thompson, TAM"),
			goals:    []string{"No downtime during the peak weekend", "Checkout under two seconds", "Grow revenue from e-mail"},
			channels: []string{"E-mail", "Slack Connect #northwind-peak", "Priority phone for P1 cases"},
			escalation: escalationPath("Maria Gonzalez and Alex Morgan", "Chris Walker and Jordan Lee",
				"Chris Walker and the vendor's account executive"),
			assessment: planner.Assessment{
				Requirements: []string{"Handle three times last year's peak traffic", "Patch within 30 days of a security release"},
				Findings:     []string{"Full-page cache disabled for category pages", "Two extensions query the database on every request"},
				Recommendations: []planner.Recommendation{
					{Title: "Enable the full-page cache for category pages", Priority: "high", Effort: "S"},
					{Title: "Replace the two slow extensions", Priority: "medium", Effort: "M"},
				},
			},
		},
		plan: &planSpec{
			title: "Northwind Outfitters: peak season plan",
			objectives: []objectiveSpec{
				{title: "Zero downtime during peak", kpi: "Checkout availability", unit: "%", baseline: 99.5, target: 99.95, current: 99.9,
					dueInDays: 65, status: planner.StatusInProgress, solutions: []catalog.SolutionID{"commerce"},
					useCases: []planner.UseCase{{Name: "Peak-day checkout", SuccessMetric: "Orders per minute at peak", Channels: []string{"Web", "App"},
						Capabilities: []string{"Full-page cache", "Load testing"}, Solutions: []catalog.SolutionID{"commerce"}}}},
				{title: "Faster checkout", kpi: "Checkout page time (95th percentile)", unit: "s", baseline: 4.2, target: 2.0, current: 2.8,
					dueInDays: 90, status: planner.StatusInProgress, solutions: []catalog.SolutionID{"commerce"},
					moreKPIs: []planner.KPI{{Name: "Checkout completion rate", Unit: "%", Baseline: 58, Target: 70, Current: 63}},
					useCases: []planner.UseCase{{Name: "One-page checkout", SuccessMetric: "Checkout completion rate", Channels: []string{"Web"},
						Capabilities: []string{"Checkout customisation"}, Solutions: []catalog.SolutionID{"commerce"}}}},
				{title: "Grow e-mail revenue", kpi: "Share of revenue from e-mail", unit: "%", baseline: 11, target: 15, current: 12.5,
					dueInDays: 150, status: planner.StatusOpen, solutions: []catalog.SolutionID{"marketo-engage"},
					useCases: []planner.UseCase{{Name: "Abandoned cart e-mails", SuccessMetric: "Recovered cart revenue", Audience: "Logged-in shoppers", CallToAction: "Complete your order", Channels: []string{"E-mail"}, Solutions: []catalog.SolutionID{"marketo-engage", "commerce"}, Capabilities: []string{"Triggered e-mail", "Commerce events"}}}},
			},
			milestones: []milestoneSpec{
				{"Load test at three times peak traffic", 20, 0, planner.StatusOpen},
				{"Code freeze", 45, 0, planner.StatusOpen},
				{"Post-peak review", 75, 0, planner.StatusOpen},
			},
			actions: []actionSpec{
				{"Update the lead scoring model", "Tom Becker", planner.SideCustomer, -20, planner.StatusDone, -1},
				{"Provide the peak traffic forecast", "Maria Gonzalez", planner.SideCustomer, -7, planner.StatusOpen, 0},
				{"Deliver the performance profiling report", "Alex Morgan", planner.SideVendor, 4, planner.StatusInProgress, 0},
				{"Apply the latest security patch", "Dave Thompson", planner.SideCustomer, 10, planner.StatusOpen, 1},
				{"Staff the war-room rota for the peak weekend", "Jordan Lee", planner.SideVendor, 40, planner.StatusOpen, 1},
			},
		},
		activities: []activitySpec{
			{item: "acc-commerce-upgrade-readiness", solution: "commerce", phase: catalog.Design, week: -25, day: time.Tuesday, objective: 2,
				owner: "Pooled Commerce specialist", outcome: "Upgrade to the latest release planned before the peak"},
			{item: "pro-product-advocacy", phase: catalog.PostLaunch, week: -16, day: time.Thursday, owner: "Alex Morgan",
				outcome: "Feature request for B2B price lists raised with product management"},
			{item: "pro-mutual-action-plan", phase: catalog.PostLaunch, week: -13, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Peak season plan agreed with the sponsor"},
			{item: "acc-commerce-performance-profiling", solution: "commerce", phase: catalog.PostLaunch, week: -9, day: time.Wednesday, objective: 2,
				owner: "Pooled Commerce specialist", outcome: "Slow queries in two extensions found"},
			{item: "field-troubleshooting", solution: "commerce", phase: catalog.PostLaunch, week: -6, day: time.Tuesday, objective: 2,
				owner: "Field engineer", outcome: "Cache invalidation fixed"},
			{item: "acc-commerce-security-patching", solution: "commerce", phase: catalog.PostLaunch, week: -4, day: time.Thursday, objective: 1,
				owner: "Pooled Commerce specialist", outcome: "Patch calendar agreed up to the code freeze"},
			{item: "acc-analytics-attribution-segmentation", solution: "analytics", phase: catalog.PostLaunch, week: -2, day: time.Wednesday, objective: 3,
				owner: "Pooled Analytics specialist", outcome: "Attribution model for e-mail revenue agreed"},
			{item: "pro-best-practice-guidance", phase: catalog.PostLaunch, week: 0, day: time.Thursday, objective: 1, owner: "Alex Morgan",
				outcome: "Full-page cache settings for category pages reviewed"},
			{item: "acc-marketo-instance-health", solution: "marketo-engage", phase: catalog.PostLaunch, week: 2, day: time.Tuesday, objective: 3,
				owner: "Pooled Marketo Engage specialist"},
			{item: "acc-commerce-peak-readiness", solution: "commerce", phase: catalog.PostLaunch, week: 7, day: time.Tuesday, objective: 1,
				owner: "Pooled Commerce specialist", prepareFor: "Peak sale weekend"},
			{item: "field-maturity-roadmap", solution: "commerce", phase: catalog.PostLaunch, week: 10, day: time.Wednesday, owner: "Field engineer"},
			{item: "acc-commerce-security-patching", solution: "commerce", phase: catalog.PostLaunch, week: 11, day: time.Wednesday, objective: 1,
				owner: "Pooled Commerce specialist"},
		},
		series: &seriesSpec{item: "pro-roadmap-review", phase: catalog.PostLaunch, monthsBefore: 4, count: 8, owner: "Alex Morgan",
			outcome: "Commerce and Marketo Engage roadmaps reviewed against the peak season plan"},
		cases: []caseSpec{
			{number: "07730412", title: "Checkout returns errors after the security patch", product: planner.ProductCommerceManaged, priority: catalog.P1,
				daysAgo: 6, hour: 15, responseAfter: 95, changes: []caseChange{{planner.CaseSolutionProposed, 5}, {planner.CaseClosed, 26}},
				escalateAfter: 1, escalatedBy: "Maria Gonzalez", escalatedSide: planner.SideCustomer,
				escalation: "Checkout fails in two regions during the winter sale"},
			{number: "07729954", title: "Slow category pages after the cache change", product: "commerce", priority: catalog.P2,
				daysAgo: 15, hour: 16, responseAfter: 50, changes: []caseChange{{planner.CaseSolutionProposed, 6}, {planner.CaseClosed, 40}}},
			{number: "07731180", title: "Marketo Engage webhook times out", product: "marketo-engage", priority: catalog.P3,
				daysAgo: 3, hour: 14},
		},
		risks: []riskSpec{
			{title: "Peak traffic forecast still missing", impact: planner.LevelHigh, likelihood: planner.LevelHigh, rag: planner.RAGRed,
				owner: "Maria Gonzalez", side: planner.SideCustomer, dueInDays: 7, objective: 1,
				description: "Without the forecast the load test cannot be sized for the peak weekend",
				mitigation:  "Size the load test on last year's peak plus 50% until the forecast arrives"},
			{kind: planner.KindIssue, title: "Two extensions query the database on every request", impact: planner.LevelMedium, rag: planner.RAGAmber,
				owner: "Dave Thompson", side: planner.SideCustomer, dueInDays: 40, objective: 2,
				mitigation: "Replace both extensions before the code freeze"},
			{title: "War-room rota has gaps at night", impact: planner.LevelLow, likelihood: planner.LevelMedium, rag: planner.RAGGreen,
				owner: "Jordan Lee", side: planner.SideVendor, dueInDays: 40, mitigation: "The Support Services Manager covers the night shifts"},
			{title: "Security patch delayed", impact: planner.LevelHigh, likelihood: planner.LevelMedium, rag: planner.RAGGreen,
				owner: "Alex Morgan", side: planner.SideVendor, closed: true, closedDaysAgo: 10, mitigation: "Patch calendar agreed up to the code freeze"},
		},
	}
}

func kookaburraBank() customerSpec {
	csm := planner.Person{Name: "Olivia Chen", Email: "olivia.chen@success.example"}
	ssm := planner.Person{Name: "Liam O'Connor", Email: "liam.oconnor@success.example"}
	return customerSpec{
		slug: "kookaburra-bank", seq: 4000, name: "Kookaburra Bank",
		region: catalog.APAC, tier: catalog.Ultimate,
		solutions:         []catalog.SolutionID{"experience-manager-sites", "analytics", "target", "audience-manager", "workfront"},
		contractMonthsAgo: 8, contractYears: 2, accelerators: 6, hours: 40,
		team: planner.SuccessTeam{TAM: technicalAccountManager(), CSM: csm, SSM: ssm},
		contacts: []planner.Contact{
			{Name: "Jack Wilson", Email: "jack.wilson@kookaburra.example", Phone: "+61 2 5550 1234", Product: "experience-manager-sites", AccountAdmin: true},
			{Name: "Chloe Martin", Email: "chloe.martin@kookaburra.example", Product: "analytics"},
			{Name: "Ethan Brown", Email: "ethan.brown@kookaburra.example", Product: "target"},
			{Name: "Mia Taylor", Email: "mia.taylor@kookaburra.example", Product: "audience-manager"},
			{Name: "Noah Singh", Email: "noah.singh@kookaburra.example", Product: "workfront"},
		},
		events: []eventSpec{{"Home loan campaign", 35}, {"Mobile app release", 70}},
		notes:  "Regional bank in New South Wales and Queensland. Personalising the home-loan journey.",
		engagement: engagementSpec{
			name:       "Personalisation programme",
			phases:     [5]planner.PhaseStatus{planner.PhaseSkipped, planner.PhaseInProgress, planner.PhaseNotStarted, planner.PhaseNotStarted, planner.PhaseNotStarted},
			window:     [5][2]int{{0, 0}, {-30, 15}, {16, 60}, {61, 100}, {101, 160}},
			skipReason: "The customer joined the programme after its kickoff with the previous account team",
			stakeholders: []planner.Stakeholder{
				{Name: "Grace Liu", Role: "Chief digital officer, sponsor", Email: "grace.liu@kookaburra.example", Side: planner.SideCustomer},
				{Name: "Jack Wilson", Role: "Digital channels manager", Email: "jack.wilson@kookaburra.example", Side: planner.SideCustomer, Responsibilities: "Day-to-day owner of the programme"},
				{Name: "Mia Taylor", Role: "Audience and data lead", Email: "mia.taylor@kookaburra.example", Side: planner.SideCustomer},
				vendorStakeholder(technicalAccountManager(), "Technical Account Manager", "Taxonomy, test programme and roadmap"),
				vendorStakeholder(csm, "Customer Success Manager", "Workfront adoption"),
			},
			cadence:  meetingCadence("Jack Wilson, Mia Taylor, TAM"),
			goals:    []string{"Personalise the home-loan journey for three audiences", "Brief-to-launch in ten days"},
			channels: []string{"E-mail", "Microsoft Teams channel Kookaburra x Success"},
			escalation: escalationPath("Jack Wilson and Alex Morgan", "Grace Liu and Olivia Chen",
				"Grace Liu and the vendor's regional director"),
			assessment: planner.Assessment{
				Requirements: []string{"Only consented data in audiences", "Personalisation on the public site and in the app"},
				Findings:     []string{"1,900 traits, of which 40% unused in a year"},
				Recommendations: []planner.Recommendation{
					{Title: "Retire unused traits and agree a naming convention", Priority: "high", Effort: "M"},
				},
			},
		},
		plan: &planSpec{
			title: "Kookaburra Bank: personalisation plan",
			objectives: []objectiveSpec{
				{title: "Personalised home-loan journeys", kpi: "Loan application starts per week", baseline: 1200, target: 1800, current: 1250,
					dueInDays: 120, status: planner.StatusOpen, solutions: []catalog.SolutionID{"target", "audience-manager"},
					useCases: []planner.UseCase{{Name: "First-home buyer offers", SuccessMetric: "Loan application starts", Audience: "First-home buyers", CallToAction: "Check your borrowing power", Channels: []string{"Web", "App"}, Solutions: []catalog.SolutionID{"target", "audience-manager"}, Capabilities: []string{"Audience segmentation", "Experience targeting"}}}},
				{title: "Faster campaign delivery", kpi: "Days from brief to launch", unit: "days", baseline: 21, target: 10, current: 18,
					dueInDays: 90, status: planner.StatusInProgress, solutions: []catalog.SolutionID{"workfront"},
					useCases: []planner.UseCase{{Name: "Campaign request intake", SuccessMetric: "Days from brief to launch",
						Capabilities: []string{"Request queues", "Approval workflows"}, Solutions: []catalog.SolutionID{"workfront"}}}},
			},
			milestones: []milestoneSpec{
				{"Request queue live in Workfront", -5, 1, planner.StatusDone},
				{"Audience taxonomy agreed", 10, 0, planner.StatusInProgress},
				{"First personalised experience live", 55, 0, planner.StatusOpen},
			},
			actions: []actionSpec{
				{"Send the Workfront governance summary", "Olivia Chen", planner.SideVendor, -9, planner.StatusDone, 0},
				{"Export the current trait list", "Mia Taylor", planner.SideCustomer, -2, planner.StatusOpen, 1},
				{"Run the taxonomy review workshop", "Alex Morgan", planner.SideVendor, 7, planner.StatusOpen, 1},
				{"Confirm the test hypotheses", "Ethan Brown", planner.SideCustomer, 14, planner.StatusOpen, 2},
			},
		},
		activities: []activitySpec{
			{item: "acc-workfront-intake-design", solution: "workfront", week: -22, day: time.Tuesday, objective: 2,
				owner: "Pooled Workfront specialist", outcome: "Request queue designed with four request types"},
			{item: "field-reporting-analysis", solution: "analytics", week: -12, day: time.Thursday, owner: "Field engineer",
				outcome: "Home-loan funnel dashboard built"},
			{item: "pro-product-advocacy", week: -8, day: time.Tuesday, owner: "Alex Morgan",
				outcome: "Consent-aware personalisation needs shared with product management"},
			{item: "pro-mutual-action-plan", phase: catalog.Define, week: -4, day: time.Friday, owner: "Alex Morgan",
				outcome: "Personalisation plan agreed with the sponsor"},
			{item: "acc-analytics-kpi-framework", solution: "analytics", phase: catalog.Define, week: -2, day: time.Tuesday, objective: 1,
				owner: "Pooled Analytics specialist", outcome: "KPIs for three audiences agreed"},
			{item: "pro-roadmap-review", phase: catalog.Define, week: 0, day: time.Monday, owner: "Alex Morgan",
				outcome: "Target and Audience Manager roadmaps shared"},
			{item: "acc-aam-taxonomy-review", solution: "audience-manager", phase: catalog.Define, week: 1, day: time.Tuesday, objective: 1,
				owner: "Pooled Audience Manager specialist"},
			{item: "pro-technical-strategic-roadmap", phase: catalog.Define, week: 2, day: time.Wednesday, owner: "Alex Morgan"},
			{item: "acc-target-recommendations-readiness", solution: "target", phase: catalog.Design, week: 3, day: time.Wednesday, objective: 1,
				owner: "Pooled Target specialist", prepareFor: "Home loan campaign"},
			{item: "pro-best-practice-guidance", phase: catalog.Design, week: 9, day: time.Monday, owner: "Alex Morgan"},
			{item: "acc-aam-data-flow-review", solution: "audience-manager", phase: catalog.Design, week: 8, day: time.Tuesday, objective: 1,
				owner: "Pooled Audience Manager specialist"},
		},
	}
}

func contosoHealth() customerSpec {
	field := planner.Person{Name: "Marcus Hill", Email: "marcus.hill@success.example"}
	return customerSpec{
		slug: "contoso-health", seq: 5000, name: "Contoso Health",
		region: catalog.Americas, tier: catalog.Expert,
		solutions: []catalog.SolutionID{"marketo-engage", "analytics", "workfront"},
		addOns:    []string{"priority-queue-bundle"},
		// Signed under the July 2026 offer.
		contractMonthsAgo: 4, contractYears: 2,
		contractStart: "2026-09-01", contractEnd: "2028-08-31", accelerators: 0, hours: 60,
		contacts: []planner.Contact{
			{Name: "Emily Carter", Email: "emily.carter@contoso-health.example", Product: "marketo-engage", AccountAdmin: true},
			{Name: "Michael Rossi", Email: "michael.rossi@contoso-health.example", Product: "marketo-engage"},
			{Name: "Aisha Khan", Email: "aisha.khan@contoso-health.example", Product: "analytics"},
			{Name: "Daniel Kim", Email: "daniel.kim@contoso-health.example", Product: "workfront"},
		},
		events: []eventSpec{{"Open enrolment campaign", 50}},
		notes:  "Health insurer in the US Midwest; new customer on Expert with field-activity hours.",
		engagement: engagementSpec{
			name:   "Marketo Engage onboarding",
			phases: [5]planner.PhaseStatus{planner.PhaseInProgress, planner.PhaseNotStarted, planner.PhaseNotStarted, planner.PhaseNotStarted, planner.PhaseNotStarted},
			window: [5][2]int{{-10, 5}, {6, 40}, {41, 80}, {81, 100}, {101, 150}},
			stakeholders: []planner.Stakeholder{
				{Name: "Laura Bennett", Role: "Director of member marketing, sponsor", Email: "laura.bennett@contoso-health.example", Side: planner.SideCustomer},
				{Name: "Emily Carter", Role: "Marketing operations manager", Email: "emily.carter@contoso-health.example", Side: planner.SideCustomer, Responsibilities: "Owns the Marketo instance"},
				vendorStakeholder(field, "Field engineer", "Delivers the field activities of the contract"),
			},
			cadence: []planner.Meeting{
				{Name: "Onboarding check-in", Frequency: "weekly", Attendees: "Emily Carter, field engineer", Purpose: "Onboarding tasks and open questions"},
			},
			goals:      []string{"Run the open enrolment campaign from Marketo Engage", "One lead lifecycle for all member products"},
			channels:   []string{"E-mail", "Support portal cases"},
			escalation: escalationPath("Emily Carter and the field engineer", "Laura Bennett and the support escalation manager", "Laura Bennett and the account executive"),
			assessment: planner.Assessment{
				Requirements: []string{"Member data stays in the US", "HIPAA-aware handling of health data"},
			},
		},
		activities: []activitySpec{
			{item: "field-health-assessment", solution: "marketo-engage", week: -11, day: time.Tuesday, owner: "Marcus Hill",
				outcome: "Instance health report delivered; programme templates to be rebuilt"},
			{item: "field-reporting-analysis", solution: "analytics", week: -6, day: time.Wednesday, cancelled: true, owner: "Marcus Hill"},
			{item: "field-use-case-development", solution: "marketo-engage", week: 6, day: time.Monday, owner: "Marcus Hill",
				prepareFor: "Open enrolment campaign"},
		},
		cases: []caseSpec{
			{number: "US-5520931", title: "How to export the lead lifecycle report", product: "marketo-engage", priority: catalog.P4,
				daysAgo: 2, hour: 15, responseAfter: 90, changes: []caseChange{{planner.CaseAwaitingResponse, 4}}},
		},
		risks: []riskSpec{
			{title: "Open enrolment templates not rebuilt in time", impact: planner.LevelMedium, likelihood: planner.LevelMedium, rag: planner.RAGAmber,
				owner: "Emily Carter", side: planner.SideCustomer, dueInDays: 30,
				mitigation: "The field engineer rebuilds the three main templates in the use-case session"},
		},
	}
}
