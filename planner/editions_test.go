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

func TestPurchasedAddOnsFollowTheContractsEdition(t *testing.T) {
	cat := catalog.Default()
	expert := func(start, renewed string, addOns ...string) planner.Customer {
		c := editionCustomer(start, "2028-12-31", renewed)
		c.Membership.Tier = catalog.Expert
		c.Membership.AddOns = addOns
		return c
	}
	ultimate := func(start, renewed string, addOns ...string) planner.Customer {
		c := editionCustomer(start, "2028-12-31", renewed)
		c.Membership.AddOns = addOns
		return c
	}
	tests := []struct {
		name     string
		customer planner.Customer
		// problem is a problem Validate reports that is not a break; ""
		// for none.
		problem string
		// breaks are the texts of the breaks of RuleAddOnOffered.
		breaks []string
	}{
		{"Mentor Sessions on Expert under the May 2024 offer", expert("2024-06-01", "", "mentor-sessions"), "", nil},
		{"Mentor Sessions on Expert under the February 2025 offer", expert("2025-03-01", "", "mentor-sessions"), "",
			[]string{"Mentor Sessions cannot be bought on Expert Success under the offer of 2025-02-05"}},
		{"Mentor Sessions on Expert under the October 2025 offer", expert("2026-03-01", "", "mentor-sessions", "event-management"), "",
			[]string{"Mentor Sessions cannot be bought on Expert Success under the offer of 2025-10-29"}},
		{"Mentor Sessions on Expert renewed under the July 2026 offer", expert("2024-06-01", "2026-09-01", "mentor-sessions"), "",
			[]string{"Mentor Sessions is no longer offered under the offer of 2026-07-29"}},
		{"Event Management on Ultimate renewed under the July 2026 offer", ultimate("2025-01-01", "2026-09-01", "event-management"), "",
			[]string{"Event Management cannot be bought on Ultimate Success under the offer of 2026-07-29"}},
		{"an add-on the tier includes", ultimate("2025-01-01", "", "mentor-sessions"), "", nil},
		{"an add-on no edition knows", expert("2024-06-01", "", "mentor-sesions"), `membership.addons[0]: unknown add-on "mentor-sesions"`, nil},
		{"an add-on listed twice", expert("2024-06-01", "", "mentor-sessions", "mentor-sessions"), `membership.addons[1]: add-on "mentor-sessions" is listed twice`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var breaks []string
			for _, b := range planner.MembershipBreaks(cat, tt.customer, false) {
				if b.Rule != planner.RuleAddOnOffered || !strings.HasPrefix(b.Field, "membership.addons[") {
					t.Errorf("break %+v", b)
				}
				breaks = append(breaks, b.Text.String())
			}
			if !slices.Equal(breaks, tt.breaks) {
				t.Errorf("breaks %q, want %q", breaks, tt.breaks)
			}
			err := tt.customer.Validate(cat)
			if tt.problem == "" && tt.breaks == nil {
				if err != nil {
					t.Errorf("Validate: %v", err)
				}
				return
			}
			v, ok := planner.AsValidation(err)
			if !ok {
				t.Fatalf("Validate: %v, want a validation error", err)
			}
			rules, onlyBreaks := planner.RulesOf(v)
			if tt.problem != "" {
				if onlyBreaks || !strings.Contains(err.Error(), tt.problem) {
					t.Errorf("Validate: %v, want %q", err, tt.problem)
				}
				return
			}
			if !onlyBreaks || !slices.Equal(rules, []planner.MembershipRule{planner.RuleAddOnOffered}) {
				t.Errorf("Validate: %v, want only the break of %s", err, planner.RuleAddOnOffered)
			}
			// Kept outside the membership, the purchase is valid.
			kept := tt.customer
			kept.AllowOutsideMembership(planner.RuleAddOnOffered)
			if err := kept.Validate(cat); err != nil {
				t.Errorf("kept outside the membership: %v", err)
			}
			if got := kept.OutsideMembershipTitles(); len(got) != 1 || got[0].String() != "add-on not offered" {
				t.Errorf("titles %v", got)
			}
		})
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
		{"Expert from March 2025 with Mentor Sessions, which neither offer sells to Expert", expert(editionCustomer("2025-03-01", "2026-02-28", ""), "mentor-sessions"), true,
			"2026-03-01", "2025-02-05", "2025-10-29", []string{"Mentor Sessions: purchased, no longer available", unpublished}},
		{"Expert from March 2026 with Mentor Sessions, gone from the July 2026 offer", expert(editionCustomer("2026-03-01", "2026-12-31", ""), "mentor-sessions"), true,
			"2027-01-01", "2025-10-29", "2026-07-29", []string{"Event Management: no longer available", "Mentor Sessions: purchased, no longer offered"}},
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

// A customer keeps what it bought when the offer of its contract no longer
// sells it: the entitlements list the add-on as purchased, with the reason,
// whether the contract's edition lists it as not available or has no such
// add-on at all.
func TestEntitlementsKeepAddOnsBoughtOutsideTheOffer(t *testing.T) {
	cat := catalog.Default()
	c := editionCustomer("2026-09-01", "2028-08-31", "")
	c.Membership.Tier = catalog.Expert
	c.Membership.AddOns = []string{"event-management", "mentor-sessions"}
	ents := planner.Entitlements(planner.CustomerCatalog(cat, c), c.Membership, c.Contract.Allowances)
	for _, id := range []string{"event-management", "mentor-sessions"} {
		var row *planner.Entitlement
		for i := range ents {
			if ents[i].Item.ID == id {
				row = &ents[i]
			}
		}
		if row == nil {
			t.Fatalf("%s, bought under an earlier offer, is missing from the entitlements", id)
		}
		if row.Status != planner.Purchased || !strings.HasPrefix(row.Reason.String(), "Purchased outside this offer: ") || row.Item.Name == "" {
			t.Errorf("%s: %s, %q (name %q); want purchased outside this offer", id, row.Status, row.Reason, row.Item.Name)
		}
	}
	// The same customer without the purchases sees neither as its own.
	c.Membership.AddOns = nil
	ents = planner.Entitlements(planner.CustomerCatalog(cat, c), c.Membership, c.Contract.Allowances)
	if got := statusOf(ents, "event-management"); got != planner.NotAvailable {
		t.Errorf("event-management without a purchase: %s, want not available", got)
	}
	if got := statusOf(ents, "mentor-sessions"); got != "" {
		t.Errorf("mentor-sessions without a purchase: %s, want no row", got)
	}
}

// TestStorableKeepsEverythingButOfferBreaks checks that Storable lets a
// purchase the contract's offer no longer sells through, and keeps every
// other problem of the same validation.
func TestStorableKeepsEverythingButOfferBreaks(t *testing.T) {
	cat := catalog.Default()
	c := editionCustomer("2026-09-01", "2028-08-31", "")
	c.Membership.Tier = catalog.Expert
	c.Membership.AddOns = []string{"mentor-sessions"}
	err := c.Validate(cat)
	v, ok := planner.AsValidation(err)
	if !ok || !slices.ContainsFunc(v.Problems, func(p planner.FieldError) bool { return p.Rule == planner.RuleAddOnOffered }) {
		t.Fatalf("Validate = %v, want a break of %s", err, planner.RuleAddOnOffered)
	}
	if err := planner.Storable(err); err != nil {
		t.Errorf("Storable refuses the purchase: %v", err)
	}
	c.Team.TAM.Email = "pat@@example"
	v, ok = planner.AsValidation(planner.Storable(c.Validate(cat)))
	if !ok || len(v.Problems) != 1 || v.Problems[0].Field != "team.tam.email" {
		t.Errorf("Storable with a bad e-mail address = %v, want only that problem", v)
	}
}

// TestCustomerCatalogOfATranslation checks that the edition a customer's
// contract is under, taken from a catalog in another language
// (catalog.Catalog.In), is that edition translated, in either order.
func TestCustomerCatalogOfATranslation(t *testing.T) {
	cat := catalog.Default()
	for _, start := range []string{"2024-06-01", "2025-03-01", "2025-11-01", "2026-08-01"} {
		c := editionCustomer(start, "", "")
		en := planner.CustomerCatalog(cat, c)
		nl := planner.CustomerCatalog(cat.In("nl"), c)
		if nl != en.In("nl") {
			t.Errorf("%s: the customer's edition of the Dutch catalog is not its edition in Dutch", start)
		}
		if nl.Edition().Effective != en.Edition().Effective {
			t.Errorf("%s: Dutch edition of %s, English of %s", start, nl.Edition().Effective, en.Edition().Effective)
		}
		if ph, _ := nl.Phase(catalog.Define); ph.Name != "Definiëren" {
			t.Errorf("%s: the define phase is %q", start, ph.Name)
		}
	}
}
