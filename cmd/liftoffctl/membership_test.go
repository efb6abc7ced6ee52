package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// expertCustomer adds the Expert customer "Beta" licensing Analytics to a
// new database in dir.
func expertCustomer(t *testing.T, dir string) {
	t.Helper()
	if code, _, errOut := runCLI(t, dir, "customer", "add", "--name", "Beta", "--region", "emea", "--tier", "expert", "--solutions", "analytics"); code != 0 {
		t.Fatalf("customer add: exit %d: %s", code, errOut)
	}
}

// storedOverrides returns the rules customer Beta goes beyond.
func storedOverrides(t *testing.T, dir string) []planner.MembershipRule {
	t.Helper()
	out := mustRun(t, dir, "customer", "show", "Beta", "--json")
	var a planner.Account
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("customer show --json: %v\n%s", err, out)
	}
	return a.Customer.OutsideMembership
}

func TestMembershipRulesRefuseAndForce(t *testing.T) {
	tests := []struct {
		name string
		args []string
		rule planner.MembershipRule
	}{
		{"a TAD on Expert", []string{"customer", "edit", "Beta", "--tad", "Dana Director <dana@vendor.example>"}, planner.RuleTechnicalAccountDirector},
		{"accelerators on Expert", []string{"customer", "edit", "Beta", "--accelerators", "2"}, planner.RuleAcceleratorAllowance},
		{"a contact for an unlicensed product", []string{"nsc", "add", "--customer", "Beta", "--name", "Ann", "--email", "ann@beta.example", "--product", "target"}, planner.RuleContactLicensedProduct},
		{"map create on Expert", []string{"map", "create", "--customer", "Beta", "--title", "Plan"}, planner.RuleMutualActionPlan},
		{"map add-objective on Expert", []string{"map", "add-objective", "--customer", "Beta", "--title", "Grow"}, planner.RuleMutualActionPlan},
		{"map from-template on Expert", []string{"map", "from-template", "--customer", "Beta", "--template", "analytics-implementation"}, planner.RuleMutualActionPlan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			expertCustomer(t, dir)
			code, out, errOut := runCLI(t, dir, tt.args...)
			if code != 1 {
				t.Fatalf("exit %d, want 1 (out %q, err %q)", code, out, errOut)
			}
			if !strings.Contains(errOut, "(rule "+string(tt.rule)+")") || !strings.HasSuffix(strings.TrimSpace(errOut), "(--force saves it outside the membership)") {
				t.Errorf("the refusal does not name rule %s and --force:\n%s", tt.rule, errOut)
			}
			if got := storedOverrides(t, dir); len(got) != 0 {
				t.Errorf("a refusal stored overrides %v", got)
			}
			code, _, errOut = runCLI(t, dir, append(tt.args, "--force")...)
			if code != 0 {
				t.Fatalf("with --force: exit %d: %s", code, errOut)
			}
			if got := storedOverrides(t, dir); !slices.Equal(got, []planner.MembershipRule{tt.rule}) {
				t.Errorf("overrides %v, want [%s]", got, tt.rule)
			}
			_, show, _ := runCLI(t, dir, "customer", "show", "Beta")
			if title := tt.rule.Title().String(); !strings.Contains(show, "Outside the membership: "+title) {
				t.Errorf("customer show lacks the override %q:\n%s", title, show)
			}
		})
	}
}

func TestCustomerAddRefusesBeyondTheMembership(t *testing.T) {
	dir := t.TempDir()
	args := []string{"customer", "add", "--name", "Gamma", "--region", "emea", "--tier", "expert", "--accelerators", "4"}
	code, _, errOut := runCLI(t, dir, args...)
	if code != 1 || !strings.Contains(errOut, "(rule accelerator-allowance)") {
		t.Fatalf("exit %d, want 1 naming the rule: %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, dir, append(args, "--force")...); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, errOut)
	}
	// Within the membership, --force changes nothing.
	code, _, errOut = runCLI(t, dir, "customer", "add", "--name", "Delta", "--region", "emea", "--tier", "ultimate", "--accelerators", "4", "--force")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	_, out, _ := runCLI(t, dir, "customer", "show", "Delta")
	if strings.Contains(out, "Outside the membership") {
		t.Errorf("an Ultimate customer within its membership shows an override:\n%s", out)
	}
}

// TestPlanCheckWarnsBeforeGoLive checks that plan check reports a field
// activity before the customer's Go-Live as a warning, not a conflict:
// the sample plans some field activities ahead of a Go-Live.
func TestPlanCheckWarnsBeforeGoLive(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	found := 0
	for _, q := range []string{"2026Q3", "2026Q4", "2027Q1", "2027Q2"} {
		var checked struct {
			Conflicts []struct{ Kind string }
			Warnings  []struct{ Kind, Reason string }
		}
		if err := json.Unmarshal([]byte(c.ok("plan", "check", "--quarter", q, "--json")), &checked); err != nil {
			t.Fatal(err)
		}
		for _, w := range checked.Warnings {
			if w.Kind != string(planner.WarningBeforeGoLive) {
				continue
			}
			found++
			if !strings.Contains(w.Reason, "falls before the Go-Live of") || !strings.HasSuffix(w.Reason, "field activities support the customer after the launch advisory work") {
				t.Errorf("%s: reason %q", q, w.Reason)
			}
		}
		for _, k := range checked.Conflicts {
			if k.Kind == string(planner.WarningBeforeGoLive) {
				t.Errorf("%s: a field activity before the Go-Live is a conflict", q)
			}
		}
	}
	if found == 0 {
		t.Error("plan check warns of no field activity before a Go-Live in the sample")
	}
	out := c.ok("plan", "check", "--quarter", "2027Q1")
	if !strings.Contains(out, "warning: before-go-live") {
		t.Errorf("plan check's table lacks the warning:\n%s", out)
	}
}

// TestActivityAddOfAProactiveServiceBeyondTheMembership: an Expert
// customer's proactive service is refused naming the membership; --force
// saves it and records the rule among the customer's overrides, and the
// plan check then counts it as chosen, not as a conflict.
func TestActivityAddOfAProactiveServiceBeyondTheMembership(t *testing.T) {
	c := newCLI(t)
	expertCustomer(t, c.dir)
	add := []string{"activity", "add", "--customer", "Beta", "--item", planner.MutualActionPlanItem, "--date", "2027-01-12"}
	if msg := c.fail(1, add...); !strings.Contains(msg, "not saved") {
		t.Errorf("refusal: %s", msg)
	}
	if got := storedOverrides(t, c.dir); len(got) != 0 {
		t.Fatalf("overrides after a refusal: %v", got)
	}
	c.ok(append(add, "--force")...)
	if got := storedOverrides(t, c.dir); !slices.Contains(got, planner.RuleProactiveServices) {
		t.Errorf("overrides %v lack %s", got, planner.RuleProactiveServices)
	}
	if out := c.ok("customer", "show", "Beta"); !strings.Contains(out, "proactive services") {
		t.Errorf("customer show does not say it goes beyond the membership:\n%s", out)
	}
	c.ok(add...) // a second one needs no --force: the customer goes beyond on purpose
}
