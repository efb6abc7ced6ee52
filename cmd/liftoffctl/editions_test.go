package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCatalogEditions(t *testing.T) {
	c := newCLI(t)
	out := c.ok("catalog", "editions")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "EFFECTIVE") || !strings.Contains(lines[0], "CHANGES") {
		t.Fatalf("want a header and four editions:\n%s", out)
	}
	for i, want := range []string{"2024-05-17  May 2024 offer", "2025-02-05  February 2025 offer", "2025-10-29  October 2025 offer", "2026-07-29  July 2026 offer"} {
		if !strings.HasPrefix(lines[i+1], want) || !strings.Contains(lines[i+1], "Adobe Success Plans Overview, "+want[:10]) {
			t.Errorf("edition %d: %q, want it to start %q and name its source", i, lines[i+1], want)
		}
	}
	var eds []editionJSON
	if err := json.Unmarshal([]byte(c.ok("catalog", "editions", "--json")), &eds); err != nil {
		t.Fatal(err)
	}
	if len(eds) != 4 || len(eds[0].Changes) != 0 || len(eds[3].Changes) == 0 || eds[3].Source.Title == "" {
		t.Errorf("editions as JSON: %+v", eds)
	}
}

func TestCatalogDiff(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := runCLI(t, c.dir, "catalog", "diff", "--from", "2025-01-01", "--to", "2026-09-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		`Add-on "Event Management": states.ultimate changed from "available" to "not-available" (source overview-2026-07-29)`,
		`Add-on "Mentor Sessions" removed`,
		`Proactive service "AI and agentic readiness guidance" added`,
		`Case follow-up rules: notStatedSince set to "2025-10-29"`,
	} {
		if !strings.Contains(out, want+"\n") && !strings.Contains(out, want+" ") {
			t.Errorf("no line %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "between the May 2024 offer (from 2024-05-17) and the July 2026 offer (from 2026-07-29)") {
		t.Errorf("stderr: %s", errOut)
	}
	var diffs []differenceJSON
	if err := json.Unmarshal([]byte(c.ok("catalog", "diff", "--from", "2025-01-01", "--to", "2026-09-01", "--json")), &diffs); err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(strings.TrimSpace(out), "\n")); len(diffs) != n || diffs[0].Text == "" || diffs[0].Kind == "" {
		t.Errorf("%d differences as JSON, %d lines: %+v", len(diffs), n, diffs)
	}
	// Two days of one edition: nothing differs.
	code, out, errOut = runCLI(t, c.dir, "catalog", "diff", "--from", "2026-08-01", "--to", "2026-09-01")
	if code != 0 || out != "" || !strings.Contains(errOut, "fall under the same edition, the July 2026 offer") {
		t.Errorf("same edition: exit %d, %q, %q", code, out, errOut)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--from", "2025-02-30", "--to", "2026-09-01"}, "--from: 2025-02-30 does not exist"},
		{[]string{"--from", "2025-01-01", "--to", "2026-13-01"}, "--to: 2026-13-01 does not exist"},
		{[]string{"--from", "1 Jan 2025", "--to", "2026-09-01"}, `--from "1 Jan 2025": want a day as YYYY-MM-DD`},
		{[]string{"--to", "2026-09-01"}, "--from is required"},
		{[]string{"--from", "2025-01-01"}, "--to is required"},
	} {
		if msg := c.fail(2, append([]string{"catalog", "diff"}, tt.args...)...); !strings.Contains(msg, tt.want) {
			t.Errorf("%v: %s, want %q", tt.args, msg, tt.want)
		}
	}
}

func TestEntitlementsOnADay(t *testing.T) {
	c := newCLI(t)
	row := func(out, item string) string {
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, item) {
				return l
			}
		}
		return ""
	}
	code, old, errOut := runCLI(t, c.dir, "entitlements", "--tier", "ultimate", "--kind", "addon", "--on", "2025-01-01")
	if code != 0 || !strings.Contains(row(old, "Mentor Sessions"), "included") || !strings.Contains(row(old, "Event Management"), "available") ||
		strings.Contains(row(old, "Event Management"), "not-available") || !strings.Contains(errOut, "May 2024 offer") {
		t.Errorf("on 2025-01-01 (exit %d):\n%s%s", code, old, errOut)
	}
	latest := c.ok("entitlements", "--tier", "ultimate", "--kind", "addon")
	if row(latest, "Mentor Sessions") != "" || !strings.Contains(row(latest, "Event Management"), "not-available") {
		t.Errorf("the latest edition:\n%s", latest)
	}
	// An add-on bought under an old offer is checked under that offer.
	c.ok("entitlements", "--tier", "expert", "--addons", "mentor-sessions", "--on", "2025-01-01")
	if msg := c.fail(2, "entitlements", "--tier", "expert", "--addons", "mentor-sessions", "--on", "2025-03-01"); !strings.Contains(msg, "Mentor Sessions is not available on Expert Success") {
		t.Errorf("Mentor Sessions on Expert in March 2025: %s", msg)
	}
	if msg := c.fail(2, "entitlements", "--tier", "expert", "--on", "2025-02-29"); !strings.Contains(msg, "--on: 2025-02-29 does not exist") {
		t.Errorf("bad day: %s", msg)
	}
}

func TestCustomerRenewedAndItsOffer(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Old Terms BV", "--region", "emea", "--tier", "ultimate", "--addons", "event-management",
		"--contract-start", "2025-01-01", "--contract-end", "2027-12-31")
	show := c.ok("customer", "show", "Old Terms BV")
	for _, want := range []string{
		"Offer:       May 2024 offer (from 2024-05-17), source Adobe Success Plans Overview, 2024-05-17; the terms of the contract start 2025-01-01",
		"Next term, from 2028-01-01, under the July 2026 offer (from 2026-07-29):",
		"  - Event Management: purchased, no longer available",
		"  - Mentor Sessions: no longer included",
	} {
		if !strings.Contains(show, want+"\n") {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	var acc struct {
		Customer struct {
			Contract struct {
				Renewed string `json:"renewed"`
			} `json:"contract"`
		} `json:"customer"`
		Edition struct {
			Name    string `json:"name"`
			Renewal struct {
				Day     string   `json:"day"`
				Changes []string `json:"changes"`
			} `json:"renewal"`
		} `json:"edition"`
	}
	if err := json.Unmarshal([]byte(c.ok("customer", "show", "Old Terms BV", "--json")), &acc); err != nil {
		t.Fatal(err)
	}
	if acc.Edition.Name != "May 2024 offer" || acc.Edition.Renewal.Day != "2028-01-01" || len(acc.Edition.Renewal.Changes) == 0 || acc.Customer.Contract.Renewed != "" {
		t.Errorf("show --json: %+v", acc)
	}
	// A renewal under the July 2026 offer, which does not sell Event
	// Management on Ultimate: a break of the membership, refused without
	// --force.
	if msg := c.fail(1, "customer", "edit", "Old Terms BV", "--renewed", "2026-09-01"); !strings.Contains(msg,
		"membership.addons[0]: Event Management cannot be bought on Ultimate Success under the offer of 2026-07-29 (rule add-on-offered) (--force saves it outside the membership)") {
		t.Errorf("renewal keeping Event Management: %s", msg)
	}
	c.ok("customer", "edit", "Old Terms BV", "--renewed", "2026-09-01", "--addons", "")
	show = c.ok("customer", "show", "Old Terms BV")
	if !strings.Contains(show, "2025-01-01 to 2027-12-31, renewed 2026-09-01") || !strings.Contains(show, "July 2026 offer (from 2026-07-29), source Adobe Success Plans Overview, 2026-07-29; the terms of the renewal on 2026-09-01") ||
		strings.Contains(show, "Next term") {
		t.Errorf("after the renewal:\n%s", show)
	}
	for _, tt := range []struct {
		code int
		day  string
		want string
	}{
		{1, "2024-12-31", "contract.renewed: must be within the contract: 2024-12-31 is before its start 2025-01-01"},
		{1, "2028-01-01", "contract.renewed: must be within the contract: 2028-01-01 is after its end 2027-12-31"},
		{2, "2026-02-30", "--renewed: 2026-02-30 does not exist"},
	} {
		if msg := c.fail(tt.code, "customer", "edit", "Old Terms BV", "--renewed", tt.day); !strings.Contains(msg, tt.want) {
			t.Errorf("--renewed %s: %s, want %q", tt.day, msg, tt.want)
		}
	}
}

// TestCustomerEditKeepsAnAddOnTheOfferNoLongerSells edits an Expert
// customer whose contract from 2026-03-01 bought Mentor Sessions, entered
// when Liftoff judged every contract by the May 2024 offer: the purchase
// stays through edits, and only a new purchase must be one the contract's
// offer sells.
func TestCustomerEditKeepsAnAddOnTheOfferNoLongerSells(t *testing.T) {
	c := newCLI(t)
	// A new purchase the October 2025 offer does not sell to Expert.
	if msg := c.fail(1, "customer", "add", "--name", "Mentor BV", "--region", "emea", "--tier", "expert", "--addons", "mentor-sessions",
		"--contract-start", "2026-03-01", "--contract-end", "2028-02-29", "--force"); !strings.Contains(msg,
		"not saved: Mentor BV cannot buy add-on mentor-sessions under the offer of 2025-10-29: add-on cannot be purchased: Mentor Sessions is not available on Expert Success") {
		t.Errorf("a new purchase the offer does not sell: %s", msg)
	}
	// Entered under the May 2024 offer, then the contract's start moves
	// to March 2026: the purchase stays, outside the membership.
	c.ok("customer", "add", "--name", "Mentor BV", "--region", "emea", "--tier", "expert", "--addons", "mentor-sessions",
		"--contract-start", "2024-06-01", "--contract-end", "2028-02-29")
	if msg := c.fail(1, "customer", "edit", "Mentor BV", "--contract-start", "2026-03-01"); !strings.Contains(msg,
		"Mentor Sessions cannot be bought on Expert Success under the offer of 2025-10-29 (rule add-on-offered)") {
		t.Errorf("a move that makes the purchase a break: %s", msg)
	}
	c.ok("customer", "edit", "Mentor BV", "--contract-start", "2026-03-01", "--force")
	// Listing it again with a new purchase keeps it; the new one is
	// checked under the contract's offer.
	c.ok("customer", "edit", "Mentor BV", "--addons", "mentor-sessions,event-management")
	if msg := c.fail(1, "customer", "edit", "Mentor BV", "--addons", "mentor-sessions,developer-boost"); !strings.Contains(msg,
		"Developer Boost is not available on Expert Success") {
		t.Errorf("a new purchase the offer does not sell: %s", msg)
	}
	c.ok("customer", "edit", "Mentor BV", "--notes", "Renewal talks in May")
	show := c.ok("customer", "show", "Mentor BV")
	for _, want := range []string{"Add-ons:     mentor-sessions, event-management\n", "Outside the membership: add-on not offered\n",
		"  - Mentor Sessions: purchased, no longer offered\n"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
}
