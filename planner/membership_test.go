package planner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// membershipCustomer is a valid customer of tier with analytics licensed.
func membershipCustomer(tier catalog.TierID) planner.Customer {
	return planner.Customer{ID: planner.NewID(), Name: "Acme", Region: "emea",
		Membership: planner.Membership{Tier: tier, Solutions: []catalog.SolutionID{"analytics"}}}
}

func TestMembershipBreaks(t *testing.T) {
	cat := catalog.Default()
	tad := planner.Person{Name: "Dana Director", Email: "dana@vendor.example"}
	tests := []struct {
		name    string
		change  func(c *planner.Customer)
		hasPlan bool
		want    []planner.MembershipRule
		field   string
		words   string
	}{
		{"ultimate, nothing beyond", func(c *planner.Customer) { c.Contract.Allowances.AcceleratorsPerYear = 6 }, true, nil, "", ""},
		{"expert with a TAD", func(c *planner.Customer) { c.Membership.Tier = "expert"; c.Team.TAD = tad }, false,
			[]planner.MembershipRule{planner.RuleTechnicalAccountDirector}, "team.tad",
			"a Technical Account Director needs Ultimate Success with the Technical Account Director add-on"},
		{"ultimate with a TAD but no add-on", func(c *planner.Customer) { c.Team.TAD = tad }, false,
			[]planner.MembershipRule{planner.RuleTechnicalAccountDirector}, "team.tad", "Technical Account Director add-on"},
		{"ultimate with the TAD add-on", func(c *planner.Customer) {
			c.Team.TAD = tad
			c.Membership.AddOns = []string{planner.TechnicalAccountDirectorAddOn}
		}, false, nil, "", ""},
		{"a TAD e-mail without a name counts", func(c *planner.Customer) { c.Team.TAD.Email = "dana@vendor.example" }, false,
			[]planner.MembershipRule{planner.RuleTechnicalAccountDirector}, "team.tad", ""},
		{"expert with a plan", func(c *planner.Customer) { c.Membership.Tier = "expert" }, true,
			[]planner.MembershipRule{planner.RuleMutualActionPlan}, "plan", "a Mutual Action Plan needs Ultimate Success"},
		{"expert without a plan", func(c *planner.Customer) { c.Membership.Tier = "expert" }, false, nil, "", ""},
		{"expert with an accelerator allowance", func(c *planner.Customer) {
			c.Membership.Tier = "expert"
			c.Contract.Allowances.AcceleratorsPerYear = 1
		}, false, []planner.MembershipRule{planner.RuleAcceleratorAllowance}, "contract.allowances.acceleratorsPerYear",
			"an accelerator allowance needs Ultimate Success"},
		{"expert with field hours only", func(c *planner.Customer) {
			c.Membership.Tier = "expert"
			c.Contract.Allowances.FieldHoursPerYear = 40
		}, false, nil, "", ""},
		{"a contact for an unlicensed product", func(c *planner.Customer) {
			c.Contacts = []planner.Contact{{Name: "A", Email: "a@acme.example", Product: "analytics"}, {Name: "B", Email: "b@acme.example", Product: "target"}}
		}, false, []planner.MembershipRule{planner.RuleContactLicensedProduct}, "contacts[1].product",
			"a Named Support Contact needs a licensed product, and Target is not licensed"},
		{"a contact for a member of a licensed family", func(c *planner.Customer) {
			c.Membership.Solutions = []catalog.SolutionID{"experience-manager"}
			c.Contacts = []planner.Contact{{Name: "A", Email: "a@acme.example", Product: "experience-manager-sites"}}
		}, false, nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := membershipCustomer("ultimate")
			tt.change(&c)
			breaks := planner.MembershipBreaks(cat, c, tt.hasPlan)
			var got []planner.MembershipRule
			for _, b := range breaks {
				got = append(got, b.Rule)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("rules %v, want %v (%v)", got, tt.want, breaks)
			}
			if len(breaks) == 0 {
				return
			}
			if breaks[0].Field != tt.field {
				t.Errorf("field %q, want %q", breaks[0].Field, tt.field)
			}
			if !strings.Contains(breaks[0].Text.String(), tt.words) {
				t.Errorf("text %q lacks %q", breaks[0].Text, tt.words)
			}
			// Validation refuses the customer's breaks, naming the rule,
			// until the rule is among its overrides.
			err := planner.Account{Customer: c, Plan: planFor(c, tt.hasPlan)}.Validate(cat)
			v, ok := planner.AsValidation(err)
			if !ok {
				t.Fatalf("validation gave %v, want a *ValidationError", err)
			}
			rules, only := planner.RulesOf(v)
			if !slices.Equal(rules, tt.want) || !only {
				t.Errorf("RulesOf = %v, %v; want %v, true (%v)", rules, only, tt.want, err)
			}
			p, _ := v.Field(strings.TrimPrefix("customer."+tt.field, "customer.plan"))
			if tt.field == "plan" {
				p, _ = v.Field("plan")
			}
			if !strings.Contains(p.Message, string(tt.want[0])) || !strings.HasSuffix(p.Message, "save it outside the membership to keep it anyway") {
				t.Errorf("message %q does not name rule %s and how to save it anyway", p.Message, tt.want[0])
			}
			c.AllowOutsideMembership(tt.want...)
			if err := (planner.Account{Customer: c, Plan: planFor(c, tt.hasPlan)}).Validate(cat); err != nil {
				t.Errorf("with the override: %v", err)
			}
		})
	}
}

func planFor(c planner.Customer, has bool) planner.ActionPlan {
	if !has {
		return planner.ActionPlan{}
	}
	return planner.ActionPlan{ID: planner.NewID(), CustomerID: c.ID, Title: "Plan"}
}

func TestOutsideMembershipListIsChecked(t *testing.T) {
	cat := catalog.Default()
	c := membershipCustomer("ultimate")
	c.OutsideMembership = []planner.MembershipRule{"no-such-rule", planner.RuleMutualActionPlan, planner.RuleMutualActionPlan}
	v, ok := planner.AsValidation(c.Validate(cat))
	if !ok || len(v.Problems) != 2 {
		t.Fatalf("got %v, want an unknown and a repeated rule", v)
	}
	if p, _ := v.Field("outsideMembership[0]"); !strings.Contains(p.Message, "unknown membership rule") {
		t.Errorf("outsideMembership[0]: %q", p.Message)
	}
	if p, _ := v.Field("outsideMembership[2]"); !strings.Contains(p.Message, "listed twice") {
		t.Errorf("outsideMembership[2]: %q", p.Message)
	}
	if _, only := planner.RulesOf(v); only {
		t.Error("RulesOf says a list mistake is only a membership break")
	}
}

func TestAllowOutsideMembershipKeepsOrder(t *testing.T) {
	var c planner.Customer
	c.AllowOutsideMembership(planner.RuleContactLicensedProduct)
	c.AllowOutsideMembership(planner.RuleTechnicalAccountDirector, planner.RuleContactLicensedProduct)
	want := []planner.MembershipRule{planner.RuleTechnicalAccountDirector, planner.RuleContactLicensedProduct}
	if !slices.Equal(c.OutsideMembership, want) {
		t.Errorf("got %v, want %v", c.OutsideMembership, want)
	}
}

func TestCheckPlanAllowed(t *testing.T) {
	cat := catalog.Default()
	if err := planner.CheckPlanAllowed(cat, membershipCustomer("ultimate")); err != nil {
		t.Errorf("ultimate: %v", err)
	}
	c := membershipCustomer("expert")
	err := planner.CheckPlanAllowed(cat, c)
	v, ok := planner.AsValidation(err)
	if !ok || v.Problems[0].Rule != planner.RuleMutualActionPlan {
		t.Fatalf("expert: got %v, want a break of %s", err, planner.RuleMutualActionPlan)
	}
	c.AllowOutsideMembership(planner.RuleMutualActionPlan)
	if err := planner.CheckPlanAllowed(cat, c); err != nil {
		t.Errorf("expert outside the membership: %v", err)
	}
}

// TestActivityBreaks: a proactive service only where the membership
// includes proactive services, unless the customer goes beyond the
// membership for it; other items break no membership rule (entitlement
// conflicts speak for them).
func TestActivityBreaks(t *testing.T) {
	cat := catalog.Default()
	day := catalog.MustDate("2027-01-12")
	for _, tc := range []struct {
		name     string
		tier     catalog.TierID
		item     string
		override bool
		broken   bool
		allowed  bool
	}{
		{"ultimate, proactive", "ultimate", planner.MutualActionPlanItem, false, false, true},
		{"expert, proactive", "expert", planner.MutualActionPlanItem, false, true, false},
		{"expert, proactive, outside the membership", "expert", planner.MutualActionPlanItem, true, true, true},
		{"expert, a field activity", "expert", "field-health-assessment", false, false, true},
		{"expert, a touchpoint", "expert", "touchpoint-qbr", false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, known := cat.Item(tc.item); !known {
				t.Fatalf("the catalog has no item %q", tc.item)
			}
			c := membershipCustomer(tc.tier)
			if tc.override {
				c.AllowOutsideMembership(planner.RuleProactiveServices)
			}
			a := planner.Activity{ID: planner.NewID(), CustomerID: c.ID, ItemID: tc.item, Date: day, Hours: 4, Status: planner.ActivityScheduled}
			b, broken := planner.ActivityBreak(cat, c, a)
			if broken != tc.broken || (broken && (b.Rule != planner.RuleProactiveServices || !strings.Contains(b.Text.String(), "is a proactive service"))) {
				t.Errorf("break %v %+v, want %v", broken, b, tc.broken)
			}
			err := planner.CheckActivityAllowed(cat, c, a)
			if (err == nil) != tc.allowed {
				t.Errorf("allowed: %v, want %v", err, tc.allowed)
			}
			acc := planner.Account{Customer: c, Activities: []planner.Activity{a}}
			if verr := acc.Validate(cat); tc.allowed == false && (verr == nil || !strings.Contains(verr.Error(), "activities[0]")) {
				t.Errorf("account validation of an activity beyond the membership: %v", verr)
			}
		})
	}
}
