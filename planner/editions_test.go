package planner_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// editionCustomer is an Ultimate customer whose contract runs from start
// to end, renewed on renewed ("" for never).
func editionCustomer(start, end, renewed string) planner.Customer {
	c := planner.Customer{
		Name: "Edition Test", Region: catalog.EMEA,
		Membership: planner.Membership{Tier: catalog.Ultimate, Solutions: []catalog.SolutionID{"analytics", "experience-manager-cloud"}},
	}
	for _, d := range []struct {
		s   string
		dst *planner.Date
	}{{start, &c.Contract.Start}, {end, &c.Contract.End}, {renewed, &c.Contract.Renewed}} {
		if d.s != "" {
			*d.dst = catalog.MustDate(d.s)
		}
	}
	return c
}

// statusOf returns the status of item id among ents, "" when no row has it.
func statusOf(ents []planner.Entitlement, id string) planner.EntitlementStatus {
	for _, e := range ents {
		if e.Item.ID == id {
			return e.Status
		}
	}
	return ""
}

func TestEntitlementsFollowTheContractsEdition(t *testing.T) {
	cat := catalog.Default()
	tests := []struct {
		name        string
		customer    planner.Customer
		wantEdition string
		// The statuses of Mentor Sessions, Event Management and the AI
		// readiness guidance; "" where the edition does not offer the item.
		mentor, event, aiReady planner.EntitlementStatus
	}{
		{"signed in January 2025", editionCustomer("2025-01-01", "2027-12-31", ""), "2024-05-17",
			planner.Included, planner.Available, ""},
		{"signed in September 2026", editionCustomer("2026-09-01", "2028-08-31", ""), "2026-07-29",
			"", planner.NotAvailable, planner.Included},
		{"signed in January 2025, renewed in September 2026", editionCustomer("2025-01-01", "2027-12-31", "2026-09-01"), "2026-07-29",
			"", planner.NotAvailable, planner.Included},
		{"renewed on the day the February 2025 offer came", editionCustomer("2024-01-01", "2026-12-31", "2025-02-05"), "2025-02-05",
			planner.Included, planner.Available, ""},
		{"no contract days: the latest edition", editionCustomer("", "", ""), "2026-07-29",
			"", planner.NotAvailable, planner.Included},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ed := planner.CustomerCatalog(cat, tt.customer)
			if got := ed.Edition().Effective.String(); got != tt.wantEdition {
				t.Fatalf("edition in force from %s, want %s", got, tt.wantEdition)
			}
			// The customer's edition, whichever edition the caller holds.
			if again := planner.CustomerCatalog(cat.InForce(catalog.MustDate("2024-06-01")), tt.customer); again != ed {
				t.Errorf("from an older edition the customer gets the edition of %s", again.Edition().Effective)
			}
			ents := planner.Entitlements(ed, tt.customer.Membership, tt.customer.Contract.Allowances)
			for _, want := range []struct {
				id     string
				status planner.EntitlementStatus
			}{{"mentor-sessions", tt.mentor}, {"event-management", tt.event}, {"pro-ai-agentic-readiness", tt.aiReady}} {
				if got := statusOf(ents, want.id); got != want.status {
					t.Errorf("%s: %q, want %q", want.id, got, want.status)
				}
			}
		})
	}
}

func TestPurchasedAddOnsAreCheckedUnderTheContractsEdition(t *testing.T) {
	cat := catalog.Default()
	early := editionCustomer("2025-01-01", "2027-12-31", "")
	early.Membership.AddOns = []string{"event-management"}
	if err := early.Validate(cat); err != nil {
		t.Errorf("Event Management bought under the May 2024 offer: %v", err)
	}
	renewed := early
	renewed.Contract.Renewed = catalog.MustDate("2026-09-01")
	err := renewed.Validate(cat)
	if v, ok := planner.AsValidation(err); !ok || !strings.Contains(err.Error(), "Event Management is not available on Ultimate Success") {
		t.Errorf("Event Management kept at a renewal under the July 2026 offer: %v", err)
	} else if _, ok := v.Field("membership.addons"); !ok {
		t.Errorf("the problem is not about the add-ons: %v", err)
	}
}

func TestTermsDay(t *testing.T) {
	for _, tt := range []struct {
		start, renewed, want string
	}{{"2025-01-01", "", "2025-01-01"}, {"2025-01-01", "2026-01-01", "2026-01-01"}, {"", "", ""}, {"", "2026-03-01", "2026-03-01"}} {
		c := editionCustomer(tt.start, "", tt.renewed)
		if got := c.Contract.TermsDay(); (got.IsZero() && tt.want != "") || (!got.IsZero() && got.String() != tt.want) {
			t.Errorf("start %q, renewed %q: terms day %s, want %q", tt.start, tt.renewed, got, tt.want)
		}
	}
}

func TestRenewedLiesWithinTheContract(t *testing.T) {
	cat := catalog.Default()
	for _, tt := range []struct {
		renewed, want string
	}{
		{"2025-01-01", ""},
		{"2027-12-31", ""},
		{"2024-12-31", "contract.renewed: must be within the contract: 2024-12-31 is before its start 2025-01-01"},
		{"2028-01-01", "contract.renewed: must be within the contract: 2028-01-01 is after its end 2027-12-31"},
	} {
		err := editionCustomer("2025-01-01", "2027-12-31", tt.renewed).Validate(cat)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("renewed %s: %v", tt.renewed, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("renewed %s: %v, want %q", tt.renewed, err, tt.want)
		}
	}
}

func TestRenewalPreview(t *testing.T) {
	cat := catalog.Default()
	expert := func(c planner.Customer, addOns ...string) planner.Customer {
		c.Membership.Tier = catalog.Expert
		c.Membership.AddOns = addOns
		return c
	}
	ultimate := func(c planner.Customer, addOns ...string) planner.Customer {
		c.Membership.AddOns = addOns
		return c
	}
	const reopen = "Reopening a closed case: On the support portal (Experience League); replying to an e-mail about a closed case does not reopen it."
	const unpublished = "The vendor no longer publishes the follow-up rules of support cases (since 2025-10-29); Liftoff keeps the last ones published"
	tests := []struct {
		name      string
		customer  planner.Customer
		ok        bool
		day       string
		now, then string
		want      []string
	}{
		{"Ultimate from January 2025 with Event Management", ultimate(editionCustomer("2025-01-01", "2027-12-31", ""), "event-management"), true,
			"2028-01-01", "2024-05-17", "2026-07-29", []string{
				"Event Management: purchased, no longer available",
				"Mentor Sessions: no longer included",
				"Developer Boost: no longer included",
				"Success team: Pooled Support Service Managers (SSM) instead of Designated Support Services Manager (SSM)",
				"Proactive service added: AI and agentic readiness guidance",
				reopen, unpublished,
			}},
		{"Expert from January 2025 with Mentor Sessions", expert(editionCustomer("2025-01-01", "2025-12-31", ""), "mentor-sessions"), true,
			"2026-01-01", "2024-05-17", "2025-10-29", []string{
				"Mentor Sessions: purchased, no longer available",
				"Developer Boost: no longer available",
				reopen, unpublished,
			}},
		{"Expert from January 2025 to the July 2026 offer", expert(editionCustomer("2025-01-01", "2027-12-31", ""), "mentor-sessions"), true,
			"2028-01-01", "2024-05-17", "2026-07-29", []string{
				"Event Management: no longer available",
				"Mentor Sessions: purchased, no longer offered",
				"Developer Boost: no longer offered",
				reopen, unpublished,
			}},
		{"Ultimate renewed under the October 2025 offer", ultimate(editionCustomer("2024-01-01", "2026-12-31", "2025-11-01")), true,
			"2027-01-01", "2025-10-29", "2026-07-29", []string{
				"Event Management: no longer available",
				"Mentor Sessions: no longer included",
				"Developer Boost: no longer included",
				"Success team: Pooled Support Service Managers (SSM) instead of Designated Support Services Manager (SSM)",
				"Proactive service added: AI and agentic readiness guidance",
			}},
		{"a new edition that changes nothing of the customer's", expert(editionCustomer("2025-03-01", "2026-02-28", "")), true,
			"2026-03-01", "2025-02-05", "2025-10-29", []string{unpublished}},
		{"already under the latest offer", ultimate(editionCustomer("2026-09-01", "2028-08-31", "")), false, "", "", "", nil},
		{"no contract end", ultimate(editionCustomer("2025-01-01", "", "")), false, "", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := planner.RenewalPreview(cat, tt.customer)
			if ok != tt.ok {
				t.Fatalf("preview given %v, want %v: %+v", ok, tt.ok, p)
			}
			if !ok {
				return
			}
			if p.Day.String() != tt.day || p.Now.Effective.String() != tt.now || p.AtRenewal.Effective.String() != tt.then {
				t.Errorf("renewal %s from the edition of %s to that of %s, want %s from %s to %s",
					p.Day, p.Now.Effective, p.AtRenewal.Effective, tt.day, tt.now, tt.then)
			}
			var got []string
			for _, c := range p.Changes {
				got = append(got, c.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("changes:\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestProactiveServiceOfALaterEditionIsABreak(t *testing.T) {
	cat := catalog.Default()
	act := planner.Activity{ItemID: "pro-ai-agentic-readiness"}
	old := editionCustomer("2025-01-01", "2027-12-31", "")
	b, broken := planner.ActivityBreak(cat, old, act)
	if !broken || b.Rule != planner.RuleProactiveServices {
		t.Errorf("AI readiness guidance under the May 2024 offer: %+v, %v", b, broken)
	}
	if _, broken := planner.ActivityBreak(cat, editionCustomer("2026-09-01", "2028-08-31", ""), act); broken {
		t.Error("AI readiness guidance under the July 2026 offer is a break")
	}
	// The item is known to the file: the activity itself is valid.
	a := planner.Account{Customer: old, Activities: []planner.Activity{{ID: planner.NewID(), ItemID: act.ItemID, Date: catalog.MustDate("2026-03-03"),
		Hours: 4, Status: planner.ActivityProposed}}}
	a.Customer.ID = planner.NewID()
	a.Activities[0].CustomerID = a.Customer.ID
	err := a.Validate(cat)
	if v, ok := planner.AsValidation(err); !ok || len(v.Problems) != 1 || v.Problems[0].Rule != planner.RuleProactiveServices {
		t.Errorf("want only the break of the proactive services rule: %v", err)
	}
}

// TestRenewalPreviewLeavesOutAddOnsOfUnlicensedSolutions adds an edition
// in which Advanced Cloud Support, an add-on for Experience Manager as a
// Cloud Service, is no longer available: only a customer that licenses
// that solution hears of it.
func TestRenewalPreviewLeavesOutAddOnsOfUnlicensedSolutions(t *testing.T) {
	var file map[string]any
	if err := json.Unmarshal(catalog.DefaultJSON(), &file); err != nil {
		t.Fatal(err)
	}
	file["editions"] = append(file["editions"].([]any), map[string]any{
		"name": "January 2027 offer", "effective": "2027-01-04", "source": "overview-2026-07-29",
		"changes": []any{map[string]any{"fact": "addons[advanced-cloud-support].states.ultimate", "value": "not-available"}},
	})
	raw, err := json.Marshal(file)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.Load(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		solutions []catalog.SolutionID
		want      []string
	}{
		{[]catalog.SolutionID{"analytics", "experience-manager-cloud"}, []string{"Advanced Cloud Support: no longer available"}},
		{[]catalog.SolutionID{"analytics"}, nil},
	} {
		c := editionCustomer("2026-09-01", "2027-08-31", "")
		c.Membership.Solutions = tt.solutions
		p, ok := planner.RenewalPreview(cat, c)
		var got []string
		for _, t := range p.Changes {
			got = append(got, t.String())
		}
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("licensing %v: preview %v, changes %q, want %q", tt.solutions, ok, got, tt.want)
		}
	}
}
