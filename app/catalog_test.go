package app

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// catalogOf opens the catalog screen.
func catalogOf(t *testing.T, u *UI) *catalogScreen {
	t.Helper()
	return shownScreen[*catalogScreen](u, screenCatalog)
}

// shownIDs returns the IDs of the items the catalog screen lists.
func shownIDs(s *catalogScreen) []string {
	var out []string
	for _, i := range s.shown {
		out = append(out, s.entries[i].item.ID)
	}
	return out
}

func TestCatalogFiltersLikeFind(t *testing.T) {
	tests := []struct {
		name   string
		filter catalog.Filter
	}{
		{"everything", catalog.Filter{}},
		{"field activities", catalog.Filter{Kind: catalog.KindField}},
		{"commerce", catalog.Filter{Solution: "commerce"}},
		{"go-live accelerators", catalog.Filter{Kind: catalog.KindAccelerator, Phase: catalog.GoLive}},
		{"text", catalog.Filter{Text: "Readiness"}},
		{"sites field activities by text", catalog.Filter{Kind: catalog.KindField, Solution: "experience-manager-sites", Text: "health"}},
		{"nothing", catalog.Filter{Text: "no such offer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := newTestUI(t)
			s := catalogOf(t, u)
			s.kind.SetSelectedIndex(slices.Index(s.kinds, tt.filter.Kind))
			s.solution.SetSelectedIndex(slices.Index(s.solutions, tt.filter.Solution))
			s.phase.SetSelectedIndex(slices.Index(s.phases, tt.filter.Phase))
			test.Type(s.text, tt.filter.Text)
			var want []string
			for _, it := range u.cat.Find(tt.filter) {
				want = append(want, it.ID)
			}
			if got := shownIDs(s); !slices.Equal(got, want) {
				t.Errorf("the screen lists %q, catalog.Find %q", got, want)
			}
		})
	}
}

func TestCatalogShowsEntitlementOfFocus(t *testing.T) {
	u, db := newTestUI(t)
	u.setFocus(customerNamed(t, db, "Øresund Energi A/S").ID)
	s := catalogOf(t, u)
	test.Type(s.text, "workspace enablement")
	s.list.Select(0)
	if s.detailChip.Text() != u.statusName(planner.NotAvailable) {
		t.Errorf("an accelerator for an Expert customer shows %q", s.detailChip.Text())
	}
	if !strings.Contains(s.detailReason.Text, "not included") {
		t.Errorf("reason %q", s.detailReason.Text)
	}
	if !s.schedule.Disabled() {
		t.Error("an item the customer is not entitled to can be scheduled")
	}
	test.AssertObjectRendersToMarkup(t, "catalog.xml", s.object())
}

func TestCatalogScheduleForCustomer(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	before := storedAccount(t, db, c.ID)
	u.setFocus(c.ID)
	s := catalogOf(t, u)
	test.Type(s.text, "acc-analytics-workspace-enablement")
	if len(s.shown) != 1 {
		t.Fatalf("filter by ID lists %q", shownIDs(s))
	}
	s.list.Select(0)
	if s.schedule.Disabled() || !strings.Contains(s.schedule.Text, c.Name) {
		t.Fatalf("schedule button %q (disabled %v)", s.schedule.Text, s.schedule.Disabled())
	}
	test.Tap(s.schedule)
	d := u.scheduleDialog
	if d == nil {
		t.Fatal("no schedule dialog")
	}
	day, err := catalog.ParseDate(d.date.Text)
	if err != nil {
		t.Fatalf("suggested day %q: %v", d.date.Text, err)
	}
	if !day.After(u.today()) {
		t.Errorf("suggested day %s is not after today %s", day, u.today())
	}
	if !strings.Contains(d.conflicts.Text, "No conflicts") {
		t.Errorf("the suggested day has conflicts: %q", d.conflicts.Text)
	}
	test.Tap(d.save)
	after := storedAccount(t, db, c.ID)
	if len(after.Activities) != len(before.Activities)+1 {
		t.Fatalf("%d activities after scheduling, want %d", len(after.Activities), len(before.Activities)+1)
	}
	i := slices.IndexFunc(after.Activities, func(a planner.Activity) bool {
		return a.ItemID == "acc-analytics-workspace-enablement" && a.Date == day
	})
	if i < 0 {
		t.Fatalf("no workspace enablement on %s among %+v", day, after.Activities)
	}
	if got := after.Activities[i]; got.Solution != "analytics" || got.Hours <= 0 || got.Status != planner.ActivityScheduled {
		t.Errorf("stored %+v", got)
	}
}

func TestCatalogScheduleShowsConflicts(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	u.setFocus(c.ID)
	acc, _ := db.Account(c.ID)
	it, _ := u.cat.Item("acc-analytics-workspace-enablement")
	d := u.openScheduleDialog(acc, it)
	saturday := u.today()
	for saturday.Weekday() != 6 {
		saturday = saturday.AddDays(1)
	}
	retype(d.date, saturday.String())
	if !strings.Contains(d.conflicts.Text, "not a business day") {
		t.Errorf("a Saturday shows %q", d.conflicts.Text)
	}
	retype(d.date, "2026-13-40")
	if list := pressSave(d.fd); u.scheduleDialog != d || !strings.Contains(list, "Day: There is no month 13") {
		t.Errorf("a malformed day: open %v, problems %q", u.scheduleDialog == d, list)
	}
}

// unreadableAccounts is a catalog store whose accounts cannot be read.
type unreadableAccounts struct{ err error }

func (a unreadableAccounts) Account(planner.ID) (planner.Account, error) {
	return planner.Account{}, a.err
}

func TestCatalogWhenTheCustomerCannotBeReadOffersNoScheduling(t *testing.T) {
	u, db := newTestUI(t)
	w := &errorRecordingWindow{UI: u}
	s := newCatalogScreen(w, unreadableAccounts{errDiskFull}, u.cat).(*catalogScreen)
	s.show(customerNamed(t, db, "Müller GmbH").ID)
	if len(w.shown) != 1 || !errors.Is(w.shown[0], errDiskFull) || !strings.Contains(w.shown[0].Error(), "read customer") {
		t.Fatalf("the window was to show %v, want the customer's read failing once", w.shown)
	}
	if s.hasFocus || s.entitled != nil || s.edition != u.cat.InForce(u.today()) {
		t.Errorf("the screen lists the offer as for a customer it could not read (focus %v)", s.hasFocus)
	}
	if s.selected < 0 || s.schedule.Visible() || s.detailReason.Text != u.tr("catalog.noFocus") {
		t.Errorf("item %d shows %q and a schedule button (%v)", s.selected, s.detailReason.Text, s.schedule.Visible())
	}
}

// TestCatalogNamesTheCategoryInTheLanguage checks that the detail of an
// accelerator names its category in the window's language, that the text
// filter finds the category by that name, and that a category of an
// organisation's own that no bundle names is shown as the catalog writes
// it.
func TestCatalogNamesTheCategoryInTheLanguage(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "Category: Adoption",
		"nl": "Categorie: Adoptie",
		"ja": "カテゴリ：定着化",
	} {
		u, _ := newTestUIInLanguage(t, lang)
		s := catalogOf(t, u)
		i := slices.IndexFunc(s.entries, func(e catalogEntry) bool { return e.item.Category == "adoption" })
		if i < 0 {
			t.Fatal("no accelerator of the adoption category")
		}
		s.list.Select(slices.Index(s.shown, i))
		if meta := s.detailMeta.Text; !strings.Contains(meta, want) {
			t.Errorf("%s: the detail reads\n%s\nwithout %q", lang, meta, want)
		}
		// The text filter finds the category by the name shown.
		_, label, _ := strings.Cut(want, ": ")
		test.Type(s.text, label)
		var adoption []string
		for _, e := range s.entries {
			if e.item.Category == "adoption" || strings.Contains(catalog.SearchText(e.item), strings.ToLower(label)) {
				adoption = append(adoption, e.item.ID)
			}
		}
		if got := shownIDs(s); len(got) == 0 || !slices.Equal(got, adoption) {
			t.Errorf("%s: filtering by %q lists %q, want %q", lang, label, got, adoption)
		}
	}
	u, _ := newTestUIInLanguage(t, "nl")
	if got := u.categoryName("data-hygiene"); got != "data-hygiene" {
		t.Errorf("an unnamed category reads %q", got)
	}
}

// TestCatalogListsPhasesAsTheLanguageLists checks that the detail of an
// item of more than one phase lists them as the window's language does:
// "Kickoff, Define" in English, "キックオフ、定義" in Japanese.
func TestCatalogListsPhasesAsTheLanguageLists(t *testing.T) {
	for lang, comma := range map[string]string{"en": ", ", "nl": ", ", "ja": "、"} {
		u, _ := newTestUIInLanguage(t, lang)
		s := catalogOf(t, u)
		i := slices.IndexFunc(s.entries, func(e catalogEntry) bool { return len(e.item.Phases) > 1 })
		if i < 0 {
			t.Fatal("no catalog item of more than one phase")
		}
		s.list.Select(slices.Index(s.shown, i))
		var names []string
		for _, p := range s.entries[i].item.Phases {
			names = append(names, u.phaseName(p))
		}
		if want := strings.Join(names, comma); !strings.Contains(s.detailMeta.Text, want) {
			t.Errorf("%s: the detail reads\n%s\nwithout %q", lang, s.detailMeta.Text, want)
		}
	}
}
