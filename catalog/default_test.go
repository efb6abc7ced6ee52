package catalog_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestDefaultLoadsWithoutProblems(t *testing.T) {
	if _, err := catalog.Load(bytes.NewReader(catalog.DefaultJSON())); err != nil {
		t.Fatalf("the built-in catalog has problems:\n%v", err)
	}
	c := catalog.Default()
	if c.Origin != catalog.OriginEmbedded {
		t.Errorf("Origin = %q, want %q", c.Origin, catalog.OriginEmbedded)
	}
	if c.Version != "2.0.0" || c.Published != catalog.MustDate("2026-07-29") {
		t.Errorf("version %q published %s, want 2.0.0 published 2026-07-29", c.Version, c.Published)
	}
	if !strings.Contains(c.Notice, "not the vendor's official list") {
		t.Errorf("notice %q does not say the accelerators are not the vendor's list", c.Notice)
	}
}

func TestDefaultCounts(t *testing.T) {
	c := catalog.Default()
	tests := []struct {
		what     string
		got, min int
		max      int // 0: no upper bound
	}{
		{"solutions", len(c.Solutions), 13, 13},
		{"tiers", len(c.Tiers), 2, 2},
		{"comparison rows", len(c.Comparison), 6, 0},
		{"add-ons", len(c.AddOns), 4, 4},
		{"response tables", len(c.ResponseTables), 2, 2},
		{"regions", len(c.Regions), 4, 4},
		{"phases", len(c.Phases), 5, 5},
		{"field activities", len(c.FieldActivities), 8, 8},
		{"proactive activities", len(c.ProactiveActivities), 9, 9},
		{"accelerators", len(c.Accelerators), 48, 0},
		{"touchpoints", len(c.Touchpoints), 7, 7},
		{"follow-up reminders", len(c.FollowUp.Reminders), 3, 3},
	}
	for _, tt := range tests {
		if tt.got < tt.min || tt.max > 0 && tt.got > tt.max {
			t.Errorf("%d %s, want %d to %d (0: any)", tt.got, tt.what, tt.min, tt.max)
		}
	}
	for _, id := range []string{"touchpoint-qbr", "touchpoint-service-review", "touchpoint-steering", "touchpoint-status-call",
		"touchpoint-enablement", "touchpoint-escalation", "touchpoint-custom"} {
		it, ok := c.Item(id)
		if !ok || it.Kind != catalog.KindTouchpoint || it.Hours <= 0 || it.NeedsTitle != (id == "touchpoint-custom") {
			t.Errorf("Item(%q) = %+v, %v; want a touchpoint with hours, needing a title only when custom", id, it, ok)
		}
	}
	if n := len(c.Items()); n != len(c.Accelerators)+8+9+4+7 {
		t.Errorf("Items() has %d entries", n)
	}
}

func TestDefaultAcceleratorsCoverEverySolution(t *testing.T) {
	c := catalog.Default()
	for _, s := range c.Solutions {
		t.Run(string(s.ID), func(t *testing.T) {
			var direct, covering int
			for _, a := range c.Accelerators {
				if a.Solution == s.ID {
					direct++
				}
			}
			covering = len(c.Find(catalog.Filter{Kind: catalog.KindAccelerator, Solution: s.ID}))
			if direct < 2 {
				t.Errorf("%d accelerators name %s, want at least 2", direct, s.ID)
			}
			if covering < direct {
				t.Errorf("Find covers %d accelerators for %s, fewer than the %d naming it", covering, s.ID, direct)
			}
		})
	}
}

func TestDefaultAcceleratorsAreWellSpread(t *testing.T) {
	c := catalog.Default()
	categories := map[string]int{}
	phases := map[catalog.PhaseID]int{}
	readinessAtGoLive := 0
	idPattern := regexp.MustCompile(`^acc-[a-z]+(-[a-z0-9]+)+$`)
	formats := []string{"remote workshop", "remote review with a findings document", "coaching session", "webinar"}
	for _, a := range c.Accelerators {
		categories[a.Category]++
		for _, p := range a.Phases {
			phases[p]++
		}
		if a.Category == "readiness" && slices.Contains(a.Phases, catalog.GoLive) {
			readinessAtGoLive++
		}
		if !idPattern.MatchString(a.ID) {
			t.Errorf("accelerator ID %q does not read acc-<solution>-<topic>", a.ID)
		}
		if a.Hours < 2 || a.Hours > 16 {
			t.Errorf("%s: %d hours, want 2 to 16", a.ID, a.Hours)
		}
		if !slices.Contains(formats, a.Format) {
			t.Errorf("%s: format %q, want one of %q", a.ID, a.Format, formats)
		}
		if a.Source != catalog.SourceLiftoff {
			t.Errorf("%s: source %q, want %q: no accelerator is the vendor's", a.ID, a.Source, catalog.SourceLiftoff)
		}
		if len(a.Prerequisites) == 0 {
			t.Errorf("%s: no prerequisites", a.ID)
		}
		if len(a.Description) < 40 || len(a.Description) > 240 {
			t.Errorf("%s: a description of %d characters; want one or two sentences", a.ID, len(a.Description))
		}
	}
	for _, cat := range catalog.Categories() {
		if categories[cat] < 3 {
			t.Errorf("%d accelerators in category %s, want at least 3", categories[cat], cat)
		}
	}
	for _, p := range catalog.PhaseOrder() {
		if phases[p] < 5 {
			t.Errorf("%d accelerators fit phase %s, want at least 5", phases[p], p)
		}
	}
	if readinessAtGoLive < 5 {
		t.Errorf("%d readiness accelerators fit go-live, want at least 5", readinessAtGoLive)
	}
}

// TestDefaultSeedFacts checks the values of the first edition taken from
// the membership overview against what the seed document says.
func TestDefaultSeedFacts(t *testing.T) {
	c := catalog.Default().InForce(catalog.MustDate("2024-05-17"))
	expert, _ := c.Tier(catalog.Expert)
	ultimate, _ := c.Tier(catalog.Ultimate)
	if expert.DefaultAllowances != (catalog.Allowances{}) || ultimate.DefaultAllowances != (catalog.Allowances{AcceleratorsPerYear: 4, FieldHoursPerYear: 40}) {
		t.Errorf("default allowances %+v/%+v, want none on Expert and 4 accelerators, 40 field hours on Ultimate", expert.DefaultAllowances, ultimate.DefaultAllowances)
	}
	if expert.NSCLimit != 4 || ultimate.NSCLimit != 15 {
		t.Errorf("NSC limits %d/%d, want 4/15", expert.NSCLimit, ultimate.NSCLimit)
	}
	if expert.Accelerators || expert.Proactive || !ultimate.Accelerators || !ultimate.Proactive {
		t.Error("accelerators and proactive services belong to Ultimate only")
	}

	states := []struct {
		addOn            string
		expert, ultimate catalog.AddOnState
	}{
		{"event-management", catalog.StateAvailable, catalog.StateAvailable},
		{"technical-account-director", catalog.StateNotAvailable, catalog.StateAvailable},
		{"advanced-cloud-support", catalog.StateAvailable, catalog.StateAvailable},
		{"mentor-sessions", catalog.StateAvailable, catalog.StateIncluded},
		{"developer-boost", catalog.StateAvailable, catalog.StateIncluded},
		{"priority-queue-bundle", catalog.StateAvailable, catalog.StateIncluded},
	}
	for _, s := range states {
		a, ok := c.AddOn(s.addOn)
		if !ok {
			t.Errorf("no add-on %s", s.addOn)
			continue
		}
		if a.States[catalog.Expert] != s.expert || a.States[catalog.Ultimate] != s.ultimate {
			t.Errorf("%s: states %v, want expert %s, ultimate %s", s.addOn, a.States, s.expert, s.ultimate)
		}
	}
	if a, _ := c.AddOn("advanced-cloud-support"); a.RequiresSolution != "experience-manager-cloud" {
		t.Errorf("advanced-cloud-support requires %q", a.RequiresSolution)
	}

	type target struct {
		tier                  catalog.TierID
		priority              catalog.Priority
		minutes, businessDays int
		clock                 catalog.Clock
		allows24x5            bool
	}
	wantTables := map[string][]target{
		"standard": {
			{catalog.Expert, catalog.P1, 60, 0, catalog.Clock24x7, false},
			{catalog.Expert, catalog.P2, 120, 0, catalog.ClockBusinessHours, false},
			{catalog.Expert, catalog.P3, 240, 0, catalog.ClockBusinessHours, false},
			{catalog.Expert, catalog.P4, 0, 1, catalog.ClockBusinessDays, false},
			{catalog.Ultimate, catalog.P1, 15, 0, catalog.Clock24x7, false},
			{catalog.Ultimate, catalog.P2, 30, 0, catalog.ClockBusinessHours, true},
			{catalog.Ultimate, catalog.P3, 60, 0, catalog.ClockBusinessHours, true},
			{catalog.Ultimate, catalog.P4, 0, 1, catalog.ClockBusinessDays, false},
		},
		"commerce-managed": {
			{"", catalog.P1, 30, 0, catalog.Clock24x7, false},
			{"", catalog.P2, 60, 0, catalog.ClockBusinessHours, false},
			{"", catalog.P3, 120, 0, catalog.ClockBusinessHours, false},
			{"", catalog.P4, 0, 1, catalog.ClockBusinessDays, false},
		},
	}
	for _, table := range c.ResponseTables {
		var got []target
		for _, tg := range table.Targets {
			got = append(got, target{tg.Tier, tg.Priority, tg.Minutes, tg.BusinessDays, tg.Clock, tg.Allows24x5})
		}
		if !slices.Equal(got, wantTables[table.ID]) {
			t.Errorf("table %s targets:\n%v\nwant\n%v", table.ID, got, wantTables[table.ID])
		}
		if table.ID == "commerce-managed" && (table.Product != "commerce-managed" || table.EffectiveFrom != catalog.MustDate("2021-09-20")) {
			t.Errorf("commerce table: product %q from %s", table.Product, table.EffectiveFrom)
		}
	}

	hours := []struct {
		region            catalog.RegionID
		open, close, zone string
		// japanese is the rule of Japanese support, "" where there is none.
		japanese string
	}{
		{catalog.Americas, "06:00", "17:30", "America/Los_Angeles", ""},
		{catalog.EMEA, "09:00", "17:00", "Europe/London", ""},
		{catalog.APAC, "09:00", "17:00", "Australia/Sydney", ""},
		{catalog.Japan, "09:00", "17:00", "Asia/Tokyo", "Japan business hours, not on vendor holidays."},
	}
	for _, h := range hours {
		r, ok := c.Region(h.region)
		if !ok {
			t.Errorf("no region %s", h.region)
			continue
		}
		if r.Open != h.open || r.Close != h.close || r.TimeZone != h.zone {
			t.Errorf("%s: %s-%s in %s, want %s-%s in %s", h.region, r.Open, r.Close, r.TimeZone, h.open, h.close, h.zone)
		}
		japanese := slices.IndexFunc(r.Languages, func(l catalog.LanguageRule) bool { return l.Language == "Japanese" })
		if (japanese >= 0) != (h.japanese != "") {
			t.Errorf("%s: Japanese support %v, want %v", h.region, japanese >= 0, h.japanese != "")
		}
		// The exclusion of Commerce is data, said once: in
		// excludedSolutions, not in the rule's words.
		if japanese >= 0 {
			if l := r.Languages[japanese]; l.Rule != h.japanese || !slices.Equal(l.ExcludedSolutions, []catalog.SolutionID{"commerce"}) {
				t.Errorf("%s: Japanese support %q excluding %q, want %q excluding commerce", h.region, l.Rule, l.ExcludedSolutions, h.japanese)
			}
		}
		if r.HolidaysSource != catalog.SourceLiftoff {
			t.Errorf("%s: holiday lists are Liftoff defaults, source %q", h.region, r.HolidaysSource)
		}
	}

	f := c.FollowUp
	wantReminders := []catalog.Reminder{{AfterHours: 24, DaysLeft: 5}, {AfterHours: 72, DaysLeft: 3}, {AfterHours: 120, DaysLeft: 1}}
	if !slices.Equal(f.Reminders, wantReminders) || f.AutoCloseAfterHours != 144 || f.ReopenWithinDays != 14 ||
		!slices.Equal(f.Statuses, []string{"awaiting-response", "solution-proposed"}) {
		t.Errorf("follow-up rules %+v", f)
	}

	kinds := []string{"kickoff", "assessment", "", "", "summary"}
	for i, p := range c.Phases {
		if p.ID != catalog.PhaseOrder()[i] || p.DeliverableKind != kinds[i] {
			t.Errorf("phases[%d] = %s with deliverable kind %q, want %s with %q", i, p.ID, p.DeliverableKind, catalog.PhaseOrder()[i], kinds[i])
		}
	}

	wantField := map[string][]catalog.SolutionID{
		"field-health-assessment":       {"analytics", "audience-manager", "target", "campaign", "experience-manager", "commerce", "marketo-engage"},
		"field-feature-implementation":  {"analytics", "audience-manager", "target", "campaign", "experience-manager"},
		"field-troubleshooting":         {"analytics", "audience-manager", "target", "campaign", "experience-manager", "commerce"},
		"field-aemcs-adoption-advisory": {"experience-manager"},
		"field-use-case-development":    {"analytics", "audience-manager", "target", "campaign", "experience-manager", "commerce", "marketo-engage"},
		"field-reporting-analysis":      {"analytics", "audience-manager", "target"},
		"field-maturity-roadmap":        {"analytics", "audience-manager", "target", "campaign", "experience-manager", "commerce", "marketo-engage"},
		"field-deskside-coaching":       {"analytics", "audience-manager", "target", "campaign", "experience-manager", "commerce"},
	}
	for _, fa := range c.FieldActivities {
		if !slices.Equal(fa.Solutions, wantField[fa.ID]) {
			t.Errorf("%s solutions %v, want %v", fa.ID, fa.Solutions, wantField[fa.ID])
		}
	}
	for _, p := range c.ProactiveActivities {
		if !slices.Equal(p.Tiers, []catalog.TierID{catalog.Ultimate}) {
			t.Errorf("%s tiers %v, want ultimate only", p.ID, p.Tiers)
		}
	}
}

func TestDefaultReturnsIndependentCopies(t *testing.T) {
	a := catalog.Default()
	a.Accelerators[0].Name = "changed"
	if b := catalog.Default(); b.Accelerators[0].Name == "changed" {
		t.Error("a change to one Default catalog shows in the next")
	}
	raw := catalog.DefaultJSON()
	raw[0] = 'X'
	if catalog.DefaultJSON()[0] != '{' {
		t.Error("a change to DefaultJSON's bytes shows in the next call")
	}
}

func TestInstallAndResolve(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "config")

	c, err := catalog.Resolve(dir)
	if err != nil || c.Origin != catalog.OriginEmbedded {
		t.Fatalf("Resolve with nothing installed: origin %v, err %v", c, err)
	}

	newer := bytes.Replace(catalog.DefaultJSON(), []byte(`"version": "2.0.0"`), []byte(`"version": "2.1.0"`), 1)
	path, err := catalog.Install(bytes.NewReader(newer), dir)
	if err != nil {
		t.Fatalf("Install a valid catalog: %v", err)
	}
	if want := filepath.Join(dir, catalog.FileName); path != want {
		t.Errorf("installed at %s, want %s", path, want)
	}
	c, err = catalog.Resolve(dir)
	if err != nil {
		t.Fatalf("Resolve after Install: %v", err)
	}
	if c.Version != "2.1.0" || c.Origin != path {
		t.Errorf("Resolve gave version %s from %s, want 2.1.0 from %s", c.Version, c.Origin, path)
	}

	bad := bytes.Replace(newer, []byte(`"solution": "analytics"`), []byte(`"solution": "Analitics"`), 1)
	_, err = catalog.Install(bytes.NewReader(bad), dir)
	var le *catalog.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("Install of an invalid catalog: %v, want a LoadError", err)
	}
	if !strings.Contains(err.Error(), `unknown solution "Analitics"`) {
		t.Errorf("error does not say what is wrong: %v", err)
	}
	kept, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(kept, newer) {
		t.Errorf("the installed file changed after a failed Install (err %v)", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after a failed Install, want only %s", len(entries), catalog.FileName)
	}
}

func TestResolveBrokenFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, catalog.FileName)
	if err := os.WriteFile(path, []byte(`{"version": }`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := catalog.Resolve(dir)
	if err == nil {
		t.Fatal("Resolve accepted a broken installed catalog")
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "syntax error at line 1, column 13") {
		t.Errorf("error %q does not name the file and the mistake", err)
	}
	var le *catalog.LoadError
	if !errors.As(err, &le) {
		t.Errorf("error %v does not wrap a LoadError", err)
	}
}

func TestOpenMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.json")
	_, err := catalog.Open(path)
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("Open of a missing file: %v", err)
	}
}

func TestInstallIntoUnwritablePlace(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := catalog.Install(bytes.NewReader(catalog.DefaultJSON()), file)
	if err == nil || !strings.Contains(err.Error(), "install catalog") {
		t.Errorf("Install into a path that is a file: %v", err)
	}
}
