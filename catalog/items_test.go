package catalog_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestCovers(t *testing.T) {
	c := catalog.Default()
	tests := []struct {
		offered, licensed catalog.SolutionID
		want              bool
	}{
		{"analytics", "analytics", true},
		{"experience-manager", "experience-manager-sites", true},
		{"experience-manager", "experience-manager-cloud", true},
		{"experience-manager", "experience-manager", true},
		{"experience-manager-sites", "experience-manager", false},
		{"experience-manager-sites", "experience-manager-assets", false},
		{"analytics", "target", false},
		{"commerce", "unknown-solution", false},
	}
	for _, tt := range tests {
		if got := c.Covers(tt.offered, tt.licensed); got != tt.want {
			t.Errorf("Covers(%s, %s) = %v, want %v", tt.offered, tt.licensed, got, tt.want)
		}
	}
}

func TestItem(t *testing.T) {
	c := catalog.Default()
	tests := []struct {
		id        string
		kind      catalog.Kind
		solutions []catalog.SolutionID
		hours     int
	}{
		{"acc-aemcs-golive-readiness", catalog.KindAccelerator, []catalog.SolutionID{"experience-manager-cloud"}, 8},
		{"field-aemcs-adoption-advisory", catalog.KindField, []catalog.SolutionID{"experience-manager"}, 32},
		{"pro-mutual-action-plan", catalog.KindProactive, nil, 12},
		{"advanced-cloud-support", catalog.KindAddOn, []catalog.SolutionID{"experience-manager-cloud"}, 0},
		{"priority-queue-bundle", catalog.KindAddOn, nil, 0},
		{"pro-ai-agentic-readiness", catalog.KindProactive, nil, 8},
	}
	for _, tt := range tests {
		it, ok := c.Item(tt.id)
		if !ok {
			t.Errorf("Item(%q) not found", tt.id)
			continue
		}
		if it.Kind != tt.kind || !slices.Equal(it.Solutions, tt.solutions) || it.Hours != tt.hours {
			t.Errorf("Item(%q) = %s for %v, %d hours; want %s for %v, %d hours", tt.id, it.Kind, it.Solutions, it.Hours, tt.kind, tt.solutions, tt.hours)
		}
	}
	for _, id := range []string{"acc-none", "mentor-sessions"} {
		if _, ok := c.Item(id); ok {
			t.Errorf("Item found %q, an ID the catalog (as of its latest edition) does not have", id)
		}
	}
	if _, ok := c.InForce(catalog.MustDate("2026-07-28")).Item("mentor-sessions"); !ok {
		t.Error("the edition in force the day before the latest has no mentor-sessions item")
	}
}

func TestFind(t *testing.T) {
	c := catalog.Default()
	ids := func(items []catalog.Item) []string {
		out := make([]string, len(items))
		for i, it := range items {
			out[i] = it.ID
		}
		return out
	}
	tests := []struct {
		name    string
		filter  catalog.Filter
		want    []string // exactly these, in order; nil: see check
		check   func(catalog.Item) bool
		atLeast int
	}{
		{name: "text in the name", filter: catalog.Filter{Text: "DELIVERABILITY"},
			want: []string{"acc-campaign-deliverability-review"}},
		{name: "text across solutions", filter: catalog.Filter{Kind: catalog.KindAccelerator, Text: "go-live readiness"},
			want: []string{"acc-aemsites-golive-readiness", "acc-aemcs-golive-readiness"}},
		{name: "Sites gets family and Sites accelerators", filter: catalog.Filter{Kind: catalog.KindAccelerator, Solution: "experience-manager-sites"},
			want: []string{
				"acc-aem-upgrade-readiness", "acc-aem-caching-review", "acc-aem-authoring-governance",
				"acc-aemsites-content-model-review", "acc-aemsites-golive-readiness", "acc-aemsites-authoring-enablement", "acc-aemsites-performance-review",
			}},
		{name: "field activities for Commerce", filter: catalog.Filter{Kind: catalog.KindField, Solution: "commerce"},
			want: []string{"field-health-assessment", "field-troubleshooting", "field-use-case-development", "field-maturity-roadmap", "field-deskside-coaching"}},
		{name: "field activities for AEM Assets through the family", filter: catalog.Filter{Kind: catalog.KindField, Solution: "experience-manager-assets", Text: "cloud"},
			want: []string{"field-aemcs-adoption-advisory"}},
		{name: "add-ons for Analytics leave out Advanced Cloud Support", filter: catalog.Filter{Kind: catalog.KindAddOn, Solution: "analytics"},
			want: []string{"event-management", "technical-account-director", "priority-queue-bundle"}},
		{name: "kickoff accelerators", filter: catalog.Filter{Kind: catalog.KindAccelerator, Phase: catalog.Kickoff},
			check: func(it catalog.Item) bool { return slices.Contains(it.Phases, catalog.Kickoff) }, atLeast: 5},
		{name: "category by text", filter: catalog.Filter{Text: "governance"},
			check: func(it catalog.Item) bool { return it.Category == "governance" || it.Kind != catalog.KindAccelerator }, atLeast: 5},
		{name: "nothing", filter: catalog.Filter{Text: "no such words anywhere"}, want: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Find(tt.filter)
			if tt.want != nil {
				if !slices.Equal(ids(got), tt.want) {
					t.Errorf("Find(%+v) = %v, want %v", tt.filter, ids(got), tt.want)
				}
				return
			}
			if len(got) < tt.atLeast {
				t.Errorf("Find(%+v) gave %d items, want at least %d", tt.filter, len(got), tt.atLeast)
			}
			for _, it := range got {
				if !tt.check(it) {
					t.Errorf("Find(%+v) gave %s, which does not match", tt.filter, it.ID)
				}
			}
		})
	}
}

func TestLookups(t *testing.T) {
	c := catalog.Default()
	if s, ok := c.Solution("experience-platform"); !ok || s.Name != "Experience Platform / Real-Time CDP" {
		t.Errorf("Solution(experience-platform) = %+v, %v", s, ok)
	}
	if got := c.SolutionName("nothing"); got != "nothing" {
		t.Errorf("SolutionName of an unknown ID = %q", got)
	}
	if p, ok := c.Phase(catalog.PostLaunch); !ok || p.DeliverableKind != "summary" {
		t.Errorf("Phase(post-launch) = %+v, %v", p, ok)
	}
	if r, ok := c.Region(catalog.Japan); !ok || r.TimeZone != "Asia/Tokyo" {
		t.Errorf("Region(japan) = %+v, %v", r, ok)
	}
	if _, ok := c.Tier("gold"); ok {
		t.Error("Tier found an unknown tier")
	}
	if _, ok := c.AddOn("acc-aemcs-golive-readiness"); ok {
		t.Error("AddOn found an accelerator")
	}
}

// TestConcurrentReaders runs lookups from several goroutines; with -race it
// shows that a loaded Catalog needs no locking.
func TestConcurrentReaders(t *testing.T) {
	c := catalog.Default()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				c.Find(catalog.Filter{Solution: "experience-manager-cloud", Phase: catalog.GoLive})
				c.Item("field-health-assessment")
				c.Covers("experience-manager", "experience-manager-assets")
			}
		})
	}
	wg.Wait()
}

// TestHandBuiltCatalog checks that lookups work on a Catalog built in code
// rather than loaded.
func TestHandBuiltCatalog(t *testing.T) {
	c := &catalog.Catalog{
		Solutions: []catalog.Solution{{ID: "experience-manager", Name: "Experience Manager"}, {ID: "experience-manager-sites", Name: "Sites", Family: "experience-manager"}},
		Accelerators: []catalog.Accelerator{
			{ID: "acc-one", Name: "One", Solution: "experience-manager", Phases: []catalog.PhaseID{catalog.Design}},
			{ID: "acc-one", Name: "Duplicate keeps the first"},
		},
	}
	got := c.Find(catalog.Filter{Solution: "experience-manager-sites", Phase: catalog.Design})
	if len(got) != 1 || got[0].Name != "One" {
		t.Errorf("Find on a hand-built catalog = %+v", got)
	}
	if it, ok := c.Item("acc-one"); !ok || it.Name != "One" {
		t.Errorf("Item(acc-one) = %+v, %v", it, ok)
	}
}

func TestAddOnIncludedIn(t *testing.T) {
	cat := catalog.Default()
	var tad catalog.AddOn
	for _, a := range cat.AddOns {
		if a.ID == "technical-account-director" {
			tad = a
		}
	}
	if tad.ID == "" {
		t.Fatal("the default catalog has no Technical Account Director add-on")
	}
	for _, tier := range cat.Tiers {
		if got, want := tad.IncludedIn(tier.ID), tad.States[tier.ID] == catalog.StateIncluded; got != want {
			t.Errorf("IncludedIn(%s) = %v, want %v", tier.ID, got, want)
		}
	}
	if (catalog.AddOn{States: map[catalog.TierID]catalog.AddOnState{catalog.Ultimate: catalog.StateIncluded}}).IncludedIn(catalog.Expert) {
		t.Error("an add-on included in Ultimate is included in Expert")
	}
}
