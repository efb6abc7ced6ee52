package planner_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestGroupedReasons(t *testing.T) {
	ent := func(name string, format string, args ...any) planner.Entitlement {
		return planner.Entitlement{Item: catalog.Item{Name: name}, Status: planner.NotAvailable, Reason: planner.Textf(format, args...)}
	}
	const proactive = "%s is a proactive service of %s, not of %s"
	tests := []struct {
		name string
		ents []planner.Entitlement
		want []string
	}{
		{"none", nil, []string{}},
		{"one item keeps its sentence",
			[]planner.Entitlement{ent("Product roadmap reviews", proactive, "Product roadmap reviews", "Ultimate Success", "Expert Success")},
			[]string{"Product roadmap reviews is a proactive service of Ultimate Success, not of Expert Success"}},
		{"same reason, one sentence",
			[]planner.Entitlement{
				ent("Upgrade and migration reviews, release readiness", proactive, "Upgrade and migration reviews, release readiness", "Ultimate Success", "Expert Success"),
				ent("Product roadmap reviews", proactive, "Product roadmap reviews", "Ultimate Success", "Expert Success"),
				ent("Mutual Action Plan", proactive, "Mutual Action Plan", "Ultimate Success", "Expert Success"),
			},
			[]string{"Not in Expert Success (Ultimate Success includes them): Upgrade and migration reviews, release readiness; Product roadmap reviews; Mutual Action Plan"}},
		{"other arguments, other sentences",
			[]planner.Entitlement{
				ent("Health Assessment", "%s needs a licence for %s", "Health Assessment", "Commerce"),
				ent("Deskside Coaching", "%s needs a licence for %s", "Deskside Coaching", "Target"),
				ent("Maturity Roadmap", "%s needs a licence for %s", "Maturity Roadmap", "Commerce"),
				ent("Health Assessment", "%s needs a licence for %s", "Health Assessment", "Commerce"),
			},
			[]string{"These need a licence for Commerce: Health Assessment; Maturity Roadmap", "Deskside Coaching needs a licence for Target"}},
		{"add-ons",
			[]planner.Entitlement{
				ent("Event Management", "%s is not available on %s", "Event Management", "Expert Success"),
				ent("Technical Account Director", "%s is not available on %s", "Technical Account Director", "Expert Success"),
			},
			[]string{"Not available on Expert Success: Event Management; Technical Account Director"}},
		{"a reason without the item's name is told once",
			[]planner.Entitlement{
				ent("Schema review", "Success Accelerators are not included in %s", "Expert Success"),
				ent("Use case roadmap", "Success Accelerators are not included in %s", "Expert Success"),
			},
			[]string{"Success Accelerators are not included in Expert Success"}},
		{"a format without a grouped form keeps one sentence per item",
			[]planner.Entitlement{
				ent("A", "%s is included in %s", "A", "Expert Success"),
				ent("B", "%s is included in %s", "B", "Expert Success"),
			},
			[]string{"A is included in Expert Success", "B is included in Expert Success"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			for _, s := range planner.GroupedReasons(tt.ents) {
				got = append(got, s.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("GroupedReasons =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestGroupedReasonsOfExpert groups the proactive services an Expert
// membership lacks into one sentence that names every one of them.
func TestGroupedReasonsOfExpert(t *testing.T) {
	cat := catalog.Default()
	var ents []planner.Entitlement
	for _, e := range planner.Entitlements(cat, planner.Membership{Tier: catalog.Expert}, planner.Allowances{}) {
		if e.Item.Kind == catalog.KindProactive && e.Status == planner.NotAvailable {
			ents = append(ents, e)
		}
	}
	if len(ents) < 2 {
		t.Fatalf("Expert lacks %d proactive services; want several", len(ents))
	}
	got := planner.GroupedReasons(ents)
	if len(got) != 1 {
		t.Fatalf("GroupedReasons = %q; want one sentence", got)
	}
	for _, e := range ents {
		if !strings.Contains(got[0].String(), e.Item.Name) {
			t.Errorf("%q does not name %s", got[0], e.Item.Name)
		}
	}
}
