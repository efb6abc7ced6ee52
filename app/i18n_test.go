package app

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// dynamicKeys returns the keys the code builds from a prefix and a value.
func dynamicKeys() []string {
	var keys []string
	for _, id := range screenOrder() {
		keys = append(keys, "nav."+string(id))
	}
	for _, s := range []planner.EntitlementStatus{planner.Included, planner.Purchased, planner.Available, planner.NotAvailable} {
		keys = append(keys, "status."+string(s))
	}
	for _, k := range []catalog.Kind{catalog.KindAccelerator, catalog.KindField, catalog.KindProactive, catalog.KindAddOn} {
		keys = append(keys, "kind."+string(k), "kindGroup."+string(k))
	}
	for _, r := range planner.TeamRoles() {
		keys = append(keys, "team."+string(r))
	}
	for _, p := range catalog.Priorities() {
		keys = append(keys, "priority."+string(p))
	}
	for _, t := range themeChoices() {
		keys = append(keys, "settings.theme."+t)
	}
	for i := range portfolioColumns {
		keys = append(keys, portfolioHeaderKey(i))
	}
	for i := range 5 {
		keys = append(keys, fmt.Sprintf("nsc.col.%d", i))
	}
	keys = append(keys, personColumns()...)
	keys = append(keys, "plan.actionItem.titleStatus", "plan.actionItem.ownerSide", "plan.actionItem.due")
	for _, f := range frequencies() {
		keys = append(keys, "plan.frequency."+f)
	}
	for d := range 7 {
		keys = append(keys, fmt.Sprintf("weekday.short.%d", d))
	}
	for _, r := range repeatRules() {
		if r != "" {
			keys = append(keys, "schedule.repeat."+string(r))
		}
	}
	return keys
}

func TestTranslationsHaveEveryKeyTheCodeUses(t *testing.T) {
	en, err := newTranslator("en")
	if err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`\.tr\("([^"]+)"`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") { // a prefix completed at run time
				used[m[1]] = f
			}
		}
	}
	for _, k := range dynamicKeys() {
		used[k] = "dynamic"
	}
	for _, k := range slices.Sorted(maps.Keys(used)) {
		if _, ok := en.lookup(k); !ok {
			t.Errorf("%s uses %q, which en.json lacks", used[k], k)
		}
	}
}

func TestWindowInDutch(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	u.showScreen(screenSettings)
	if u.title.Text != "Instellingen" {
		t.Errorf("the Dutch window titles the settings %q", u.title.Text)
	}
}

func TestEntitlementReasonsInDutch(t *testing.T) {
	u, db := newTestUIInLanguage(t, "nl")
	u.setFocus(customerNamed(t, db, "Müller GmbH").ID)
	u.showScreen(screenCustomer)
	u.screens[screenCustomer].(*customerScreen).tabs.SelectIndex(customerTabEntitlements)
	want := "Inbegrepen in Ultimate Success; het contract staat 10 accelerators per jaar toe"
	var reasons []string
	walkVisible(u.window.Content(), func(o fyne.CanvasObject) bool {
		switch l := o.(type) {
		case *widgets.FitLabel:
			reasons = append(reasons, l.Text())
		case *widget.Label:
			reasons = append(reasons, l.Text)
		}
		return true
	})
	if !slices.Contains(reasons, want) {
		t.Errorf("the Dutch entitlement list lacks %q among %q", want, reasons)
	}
}

func TestQuarterConflictsInDutch(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "nl")
	u.showScreen(screenQuarter)
	u.waitIdle()
	s := u.screens[screenQuarter].(*quarterScreen)
	if s.data == nil || len(s.data.conflicts) == 0 {
		t.Fatal("the sample quarter shows no conflicts")
	}
	want := "Week van 2026-11-23: 32 u gepland, capaciteit 30 u"
	if shown := textsShown(u.window.Content()); !slices.Contains(shown, want) {
		t.Errorf("the Dutch quarter screen lacks %q among %q", want, shown)
	}
}

func TestPhaseOrderErrorInDutch(t *testing.T) {
	cat := catalogForTest()
	e := planner.NewEngagement(cat, planner.NewID(), "Onboarding")
	if err := e.SetPhaseStatus(cat, "kickoff", planner.PhaseInProgress, "", catalog.MustDate("2026-11-23")); err != nil {
		t.Fatal(err)
	}
	err := e.SetPhaseStatus(cat, "define", planner.PhaseDone, "", catalog.MustDate("2026-11-24"))
	if !errors.Is(err, planner.ErrPhaseOrder) {
		t.Fatalf("got %v, want a phase-order error", err)
	}
	u, _ := newTestUIInLanguage(t, "nl")
	want := "Define kan niet klaar zijn zolang Kickoff nog loopt; rond Kickoff eerst af of sla die fase over"
	if got := u.errorText(err); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := u.errorText(fmt.Errorf("save: %w", errors.New("disk full"))); got != "save: disk full" {
		t.Errorf("an error without a sentence: %q", got)
	}
}

func TestValidationErrorInJapanese(t *testing.T) {
	u, _ := newTestUIInLanguage(t, "ja")
	c := planner.Customer{Name: "Acme", Region: "emea", Membership: planner.Membership{Tier: "expert"}}
	c.Contacts = []planner.Contact{{Name: "", Email: "nobody", Product: "analytics"}}
	err := c.Validate(u.cat)
	v, ok := planner.AsValidation(u.localize(err))
	if !ok {
		t.Fatalf("got %v, want a validation error", err)
	}
	if got, want := v.Subject.String(), `customer "Acme"`; got != want {
		t.Errorf("subject %q, want %q", got, want)
	}
	intro := u.tr("error.validation.intro", u.sentence(v.Subject))
	if intro != `顧客 "Acme" を保存できません：` {
		t.Errorf("intro %q", intro)
	}
	for _, p := range v.Problems {
		if p.Message == p.Text.String() {
			t.Errorf("%s: %q is not translated", p.Field, p.Message)
		}
	}
}
