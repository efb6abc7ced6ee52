package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestConsumptionRenewalAndWarnings follows one customer whose contract
// ends before the anniversary of its start: customer show --json gives
// every contract year, the last cut at the contract end; plan check warns
// of the allowance that expires unused and of the renewal without a
// review; customer list shows the renewal.
func TestConsumptionRenewalAndWarnings(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Renewal AG", "--region", "emea", "--tier", "ultimate", "--solutions", "analytics",
		"--contract-start", "2025-12-06", "--contract-end", "2027-01-10", "--accelerators", "4", "--field-hours", "40")
	c.ok("activity", "add", "--customer", "Renewal", "--item", "acc-analytics-kpi-framework", "--date", "2026-12-01", "--status", "scheduled")
	c.ok("activity", "add", "--customer", "Renewal", "--item", "acc-analytics-kpi-framework", "--date", "2026-12-02", "--status", "proposed")

	var shown struct {
		Customer    struct{ Name string }
		Consumption []struct {
			Start, End   string
			Accelerators struct{ Allowed, Delivered, Committed, Proposed, Left int }
			FieldHours   struct{ Allowed, Left float64 }
		}
	}
	if err := json.Unmarshal([]byte(c.ok("customer", "show", "Renewal", "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Customer.Name != "Renewal AG" || len(shown.Consumption) != 2 {
		t.Fatalf("customer %q with %d contract years, want Renewal AG with 2: %+v", shown.Customer.Name, len(shown.Consumption), shown)
	}
	first, last := shown.Consumption[0], shown.Consumption[1]
	if first.Start != "2025-12-06" || first.End != "2026-12-05" || last.Start != "2026-12-06" || last.End != "2027-01-10" {
		t.Errorf("contract years %s..%s and %s..%s, want 2025-12-06..2026-12-05 and 2026-12-06..2027-01-10", first.Start, first.End, last.Start, last.End)
	}
	if a := first.Accelerators; a.Allowed != 4 || a.Delivered != 0 || a.Committed != 1 || a.Proposed != 1 || a.Left != 3 {
		t.Errorf("first year accelerators %+v, want 4 allowed, 1 committed, 1 proposed, 3 left", a)
	}
	if h := last.FieldHours; h.Allowed != 40 || h.Left != 40 {
		t.Errorf("last year field hours %+v, want 40 allowed and left", h)
	}

	out := c.ok("plan", "check", "--quarter", "2026Q4")
	for _, want := range []string{
		"3 of 4 accelerators left and not scheduled, 1 of them proposed; the contract year ends in 9 days, on 2026-12-05",
		"40 of 40 field-activity hours left and none scheduled; the contract year ends in 9 days, on 2026-12-05",
		"renewal on 2026-10-12 (contract ends 2027-01-10) with no QBR or service review planned from 2026-07-14",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("plan check does not warn %q:\n%s", want, out)
		}
	}
	var checked struct {
		Quarter  string
		Warnings []struct{ Kind, Reason string }
	}
	if err := json.Unmarshal([]byte(c.ok("plan", "check", "--quarter", "2027Q1", "--json")), &checked); err != nil {
		t.Fatal(err)
	}
	if len(checked.Warnings) != 2 || checked.Quarter != "2027Q1" || checked.Warnings[0].Kind != "allowance-expiry" {
		t.Errorf("plan check of 2027Q1: %d warnings, want the 2 of the expiring allowances (the renewal is in 2026Q4): %+v", len(checked.Warnings), checked)
	}

	c.ok("customer", "add", "--name", "Later BV", "--region", "emea", "--tier", "expert", "--contract-start", "2026-06-01", "--contract-end", "2027-05-31")
	list := c.ok("customer", "list")
	for _, line := range strings.Split(list, "\n") {
		switch {
		case strings.Contains(line, "Later BV") && !strings.HasSuffix(strings.TrimSpace(line), "in 96 days"):
			t.Errorf("Later BV renews 2027-03-02, 96 days after 2026-11-26: %q", line)
		case strings.Contains(line, "Renewal AG") && !strings.HasSuffix(strings.TrimSpace(line), "-"):
			t.Errorf("the renewal of Renewal AG has passed: %q", line)
		}
	}
}
