package app

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// renewCustomer stores the named customer as renewed on day (a contract
// under the edition of the offer in force that day), without purchased
// add-ons, which that edition may not sell, and returns it.
func renewCustomer(t *testing.T, u *UI, db *storage.DB, name, day string) planner.Customer {
	t.Helper()
	c := customerNamed(t, db, name)
	c.Contract.Renewed = catalog.MustDate(day)
	c.Membership.AddOns = nil
	saved, err := db.PutCustomer(c)
	if err != nil {
		t.Fatalf("renew %s on %s: %v", name, day, err)
	}
	u.changed()
	return saved
}

// entitlementStatus returns the status of add-on id in the customer
// screen's entitlement matrix, "" when the matrix does not list it.
func entitlementStatus(s *customerScreen, id string) planner.EntitlementStatus {
	for _, r := range s.allRows {
		if r.header == "" && r.e.Item.Kind == catalog.KindAddOn && r.e.Item.ID == id {
			return r.e.Status
		}
	}
	return ""
}

func TestCustomerScreenNamesTheEditionOfTheContract(t *testing.T) {
	u, db := newTestUI(t)
	s := customerOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
	if want := "Terms: offer of 17 May 2024 — contract started 1 Jan 2025"; s.terms.Text != want {
		t.Errorf("terms read %q, want %q", s.terms.Text, want)
	}
	for _, want := range []string{"May 2024 offer", "Source: Adobe Success Plans Overview of 17 May 2024"} {
		if !strings.Contains(s.terms.hint, want) {
			t.Errorf("the tooltip of the terms lacks %q:\n%s", want, s.terms.hint)
		}
	}

	c := renewCustomer(t, u, db, "Northwind Outfitters", "2026-08-01")
	s = customerOf(t, u, c)
	if want := "Terms: offer of 29 Jul 2026 — contract renewed on 1 Aug 2026"; s.terms.Text != want {
		t.Errorf("renewed, the terms read %q, want %q", s.terms.Text, want)
	}
	if !strings.Contains(s.terms.hint, "July 2026 offer") {
		t.Errorf("renewed, the tooltip names another edition:\n%s", s.terms.hint)
	}
}

// unbroken returns text without the line-break spaces the window puts
// into it.
func unbroken(text string) string { return strings.ReplaceAll(text, string(lineBreakSpace), "") }

func TestCustomerScreenNamesTheEditionInDutchAndJapanese(t *testing.T) {
	for lang, want := range map[string]string{
		"nl": "Voorwaarden: aanbod van 17 mei 2024 — contract begonnen op 1 jan 2025",
		"ja": "適用条件：2024年5月17日時点のオファー（契約開始日 2025年1月1日）",
	} {
		u, _, c := newTestUIForIn(t, lang, "Northwind Outfitters")
		s := customerOf(t, u, c)
		if got := unbroken(s.terms.Text); got != want {
			t.Errorf("%s: terms read %q, want %q", lang, got, want)
		}
	}
}

// TestEntitlementsFollowTheEditionOfTheContract checks the customer
// screen and the catalog screen on a customer under the offer of May
// 2024, which includes Mentor Sessions in Ultimate, and on the same
// customer renewed under the offer of July 2026, which no longer has it.
func TestEntitlementsFollowTheEditionOfTheContract(t *testing.T) {
	u, db, c := newTestUIFor(t, "Northwind Outfitters")
	if c.Membership.Tier != catalog.Ultimate {
		t.Fatalf("the sample's Northwind Outfitters is on %s, want Ultimate", c.Membership.Tier)
	}
	s := customerOf(t, u, c)
	if got := entitlementStatus(s, "mentor-sessions"); got != planner.Included {
		t.Errorf("under the offer of May 2024 Mentor Sessions is %q, want included", got)
	}
	if !strings.Contains(s.addOns.Text, "Mentor Sessions (included)") {
		t.Errorf("under the offer of May 2024 the add-ons read %q", s.addOns.Text)
	}
	u.showScreen(screenCatalog)
	cs := u.screens[screenCatalog].(*catalogScreen)
	if e, ok := cs.entitled["mentor-sessions"]; !ok || e.Status != planner.Included {
		t.Errorf("the catalog screen marks Mentor Sessions %+v (%v), want included", e.Status, ok)
	}
	if !catalogLists(cs, "mentor-sessions") {
		t.Error("the catalog screen does not list Mentor Sessions, which the customer's offer has")
	}
	if want := "Offer of 17 May 2024"; cs.offer.Text != want {
		t.Errorf("the catalog screen names %q, want %q", cs.offer.Text, want)
	}

	c = renewCustomer(t, u, db, "Northwind Outfitters", "2026-08-01")
	s = customerOf(t, u, c)
	if got := entitlementStatus(s, "mentor-sessions"); got == planner.Included {
		t.Error("under the offer of July 2026 Mentor Sessions is still included")
	}
	if strings.Contains(s.addOns.Text, "Mentor Sessions") {
		t.Errorf("under the offer of July 2026 the add-ons read %q", s.addOns.Text)
	}
	u.showScreen(screenCatalog)
	if e, ok := cs.entitled["mentor-sessions"]; ok && e.Status == planner.Included {
		t.Error("under the offer of July 2026 the catalog screen marks Mentor Sessions included")
	}
	if catalogLists(cs, "mentor-sessions") {
		t.Error("under the offer of July 2026 the catalog screen lists Mentor Sessions")
	}
	if want := "Offer of 29 Jul 2026"; cs.offer.Text != want {
		t.Errorf("the catalog screen names %q, want %q", cs.offer.Text, want)
	}
}

// renewalText returns the changes the renewal block lists, a line each
// with its bullet.
func renewalText(s *customerScreen) string {
	var lines []string
	for _, row := range s.renewalLines.Objects {
		lines = append(lines, "• "+strings.Join(textsShown(row.(*fyne.Container).Objects[0]), ""))
	}
	return strings.Join(lines, "\n")
}

// catalogLists reports whether the catalog screen lists add-on id.
func catalogLists(s *catalogScreen, id string) bool {
	return slices.ContainsFunc(s.entries, func(e catalogEntry) bool { return e.item.Kind == catalog.KindAddOn && e.item.ID == id })
}

// defaultCatalogFile returns the default catalog file as JSON objects,
// for a test to change.
func defaultCatalogFile(t *testing.T) map[string]any {
	t.Helper()
	var file map[string]any
	if err := json.Unmarshal(catalog.DefaultJSON(), &file); err != nil {
		t.Fatalf("read the default catalog: %v", err)
	}
	return file
}

// loadCatalogFile loads the catalog file holds; what says how it differs
// from the default, for the message when it does not load.
func loadCatalogFile(t *testing.T, file map[string]any, what string) *catalog.Catalog {
	t.Helper()
	data, err := json.Marshal(file)
	if err != nil {
		t.Fatalf("write the catalog %s: %v", what, err)
	}
	cat, err := catalog.Load(strings.NewReader(string(data)))
	if err != nil {
		t.Fatalf("load the catalog %s: %v", what, err)
	}
	return cat
}

// catalogWithEdition returns the built-in catalog with one more edition,
// in force from 2027-01-04: Ultimate gets 6 accelerators a year by default
// and a P1 response within 30 minutes.
func catalogWithEdition(t *testing.T) *catalog.Catalog {
	t.Helper()
	file := defaultCatalogFile(t)
	var standard []any
	for _, table := range file["responseTables"].([]any) {
		if table.(map[string]any)["id"] != "standard" {
			continue
		}
		for _, target := range table.(map[string]any)["targets"].([]any) {
			m := maps.Clone(target.(map[string]any))
			if m["tier"] == "ultimate" && m["priority"] == "P1" {
				m["minutes"] = 30
			}
			standard = append(standard, m)
		}
	}
	edition := map[string]any{
		"name": "January 2027 offer", "effective": "2027-01-04", "source": "overview-2026-07-29",
		"changes": []any{
			map[string]any{"fact": "tiers[ultimate].defaultAllowances.acceleratorsPerYear", "value": 6},
			map[string]any{"fact": "responseTables[standard].targets", "value": standard},
		},
	}
	file["editions"] = append(file["editions"].([]any), edition)
	return loadCatalogFile(t, file, "with a January 2027 edition")
}

func TestSupportResponseTargetFollowsTheEditionOfTheContract(t *testing.T) {
	cat := catalogWithEdition(t)
	u, db := newTestUIWith(t, cat, openTestStore(t, cat, true))
	due := func(c planner.Customer) string {
		s := supportOf(t, u, c)
		s.priority.SetSelectedIndex(0) // P1
		retype(s.openDate, "2026-11-28")
		retype(s.openTime, "23:55")
		return s.dueLocal.Text
	}
	c := customerNamed(t, db, "Northwind Outfitters")
	if got := due(c); !strings.Contains(got, "2026-11-29 00:10") {
		t.Errorf("under the offer of May 2024 the P1 response is due %q, want 15 minutes later", got)
	}
	c = renewCustomer(t, u, db, "Northwind Outfitters", "2027-01-05")
	if got := due(c); !strings.Contains(got, "2026-11-29 00:25") {
		t.Errorf("under the offer of January 2027 the P1 response is due %q, want 30 minutes later", got)
	}
}

func TestRenewalPreviewListsWhatChanges(t *testing.T) {
	u, db := newTestUI(t)
	s := customerOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
	if !s.renewal.Visible() {
		t.Fatal("the renewal of a contract under the offer of May 2024 shows no changes")
	}
	if want := "Next term, from 1 Jan 2029 (offer of 29 Jul 2026)"; s.renewalTitle.Text != want {
		t.Errorf("renewal title %q, want %q", s.renewalTitle.Text, want)
	}
	for _, want := range []string{"• Mentor Sessions: no longer included", "• Event Management: purchased, no longer available"} {
		if !strings.Contains(renewalText(s), want) {
			t.Errorf("the renewal lacks %q:\n%s", want, renewalText(s))
		}
	}

	// Under the latest offer, the renewal changes nothing.
	s = customerOf(t, u, customerNamed(t, db, "Contoso Health"))
	if s.renewal.Visible() {
		t.Errorf("a contract under the latest offer shows a renewal:\n%s\n%s", s.renewalTitle.Text, renewalText(s))
	}
}

func TestRenewalPreviewInDutchAndJapanese(t *testing.T) {
	addOn := map[string]string{"nl": "• Mentorsessies: niet meer inbegrepen", "ja": "• メンターセッション：含まれなくなります"}
	for lang, want := range map[string]string{
		"nl": "Volgende termijn, vanaf 1 jan 2029 (aanbod van 29 jul 2026)",
		"ja": "2029年1月1日からの次の契約期間（2026年7月29日時点のオファー）",
	} {
		u, _, c := newTestUIForIn(t, lang, "Northwind Outfitters")
		s := customerOf(t, u, c)
		if got := unbroken(s.renewalTitle.Text); got != want {
			t.Errorf("%s: renewal title %q, want %q", lang, got, want)
		}
		p, ok := planner.RenewalPreview(u.shownCatalog(), c)
		if !ok || len(p.Changes) == 0 {
			t.Fatalf("%s: planner has no renewal preview for Northwind Outfitters", lang)
		}
		if text := unbroken(renewalText(s)); !strings.Contains(text, addOn[lang]) {
			t.Errorf("%s: the renewal does not name the add-on in the window's language, %q:\n%s", lang, addOn[lang], text)
		}
		// Each change in the window's language, as planner's sentences
		// are translated everywhere, the offer's names included.
		for _, change := range p.Changes {
			line := "• " + u.sentence(change)
			if !strings.Contains(unbroken(renewalText(s)), unbroken(line)) {
				t.Errorf("%s: the renewal lacks %q:\n%s", lang, line, renewalText(s))
			}
		}
	}
}

// TestRenewalPreviewFitsALaptopInEveryLanguage checks that the customer
// screen of a customer whose renewal changes much still fits a 1024x768
// window, its renewal block wrapped within the left column.
func TestRenewalPreviewFitsALaptopInEveryLanguage(t *testing.T) {
	for _, language := range []string{"en", "nl", "ja"} {
		t.Run(language, func(t *testing.T) {
			u, db := newLaptopUIOn(t, language, "Northwind Outfitters")
			s := customerOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
			u.waitIdle()
			u.window.Resize(laptopWindow())
			if m := u.window.Canvas().Content().MinSize(); m.Width > laptopWindow().Width || m.Height > laptopWindow().Height {
				t.Errorf("the customer screen needs a window of %.0fx%.0f", m.Width, m.Height)
			}
			if !s.renewal.Visible() {
				t.Fatal("no renewal shows")
			}
			column := s.left.Size().Width
			for _, l := range append([]fyne.CanvasObject{s.terms, s.renewalTitle}, s.renewalLines.Objects...) {
				if w := l.Size().Width; w > column {
					t.Errorf("%T is %.0f wide, wider than the column's %.0f", l, w, column)
				}
			}
		})
	}
}

func TestCustomerFormRenewedOn(t *testing.T) {
	u, db, c := newTestUIFor(t, "Northwind Outfitters")
	f := u.openCustomerForm(c, false)
	field := formFieldOf(t, f.fd, "contract.renewed")
	mentor, event := addOnIndex(t, f, "mentor-sessions"), addOnIndex(t, f, "event-management")
	if !f.addOns[mentor].Checked || !f.addOns[mentor].Disabled() {
		t.Errorf("under the offer of May 2024 Mentor Sessions is ticked %v, disabled %v; want included",
			f.addOns[mentor].Checked, f.addOns[mentor].Disabled())
	}
	if !strings.Contains(field.hint.Text, "Terms: offer of 17 May 2024 — contract started 1 Jan 2025") {
		t.Errorf("the field's hint does not name the offer of May 2024:\n%s", field.hint.Text)
	}

	// A day before the contract: planner's rule, named by the label.
	test.Type(f.contractRenewed, "2024-12-01")
	list := pressSave(f.fd)
	if !strings.Contains(list, "Renewed on: must be within the contract") || strings.Contains(list, "contract.renewed") {
		t.Errorf("a renewal before the start is listed as:\n%s", list)
	}
	if !strings.HasPrefix(field.err.Text, "must be within the contract") {
		t.Errorf("the field says %q", field.err.Text)
	}
	f.contractRenewed.SetText("2026-02-30")
	if list := pressSave(f.fd); !strings.Contains(list, "Renewed on: 30 February 2026 does not exist") {
		t.Errorf("an impossible day is listed as:\n%s", list)
	}

	// Renewed under the offer of July 2026: Mentor Sessions is no longer
	// offered, Event Management no longer sold on Ultimate; both show so
	// as the day is typed.
	f.contractRenewed.SetText("2026-08-01")
	if f.addOns[mentor].Checked || !f.addOns[mentor].Disabled() {
		t.Errorf("under the offer of July 2026 Mentor Sessions is ticked %v, disabled %v", f.addOns[mentor].Checked, f.addOns[mentor].Disabled())
	}
	if want := "Not in the offer of 29 Jul 2026"; f.addOnReasons[mentor].Text != want {
		t.Errorf("Mentor Sessions says %q, want %q", f.addOnReasons[mentor].Text, want)
	}
	if !f.addOns[event].Checked || f.addOns[event].Disabled() || f.addOnReasons[event].Text == "can be purchased" {
		t.Errorf("the purchased Event Management: ticked %v, enabled %v, says %q; want ticked, enabled to untick, with why it cannot be had",
			f.addOns[event].Checked, !f.addOns[event].Disabled(), f.addOnReasons[event].Text)
	}
	if !strings.Contains(field.hint.Text, "Terms: offer of 29 Jul 2026 — contract renewed on 1 Aug 2026") {
		t.Errorf("the field's hint does not follow the day typed:\n%s", field.hint.Text)
	}
	f.addOns[event].SetChecked(false)
	if list := pressSave(f.fd); list != "" || u.customerForm != nil {
		t.Fatalf("saving the renewal lists:\n%s", list)
	}
	saved := customerNamed(t, db, "Northwind Outfitters")
	if want := catalog.MustDate("2026-08-01"); saved.Contract.Renewed != want {
		t.Errorf("saved renewal %v, want %v", saved.Contract.Renewed, want)
	}
	if slices.Contains(saved.Membership.AddOns, "event-management") {
		t.Errorf("saved add-ons %v still hold the unticked Event Management", saved.Membership.AddOns)
	}
}

// TestCustomerFormKeepsAnAddOnOfAnOlderEdition checks that a customer
// under an older edition keeps a purchased add-on the latest edition no
// longer offers when its form is saved.
func TestCustomerFormKeepsAnAddOnOfAnOlderEdition(t *testing.T) {
	u, db, c := newTestUIFor(t, "Øresund Energi A/S")
	// Expert under the offer of May 2024, which sells Mentor Sessions.
	c.Contract.Start, c.Contract.End, c.Contract.Renewed = catalog.MustDate("2024-06-01"), catalog.MustDate("2027-05-31"), planner.Date{}
	c.Membership.AddOns = []string{"mentor-sessions"}
	c, err := db.PutCustomer(c)
	if err != nil {
		t.Fatal(err)
	}
	u.changed()
	f := u.openCustomerForm(c, false)
	if i := addOnIndex(t, f, "mentor-sessions"); !f.addOns[i].Checked || f.addOns[i].Disabled() {
		t.Errorf("the purchased Mentor Sessions: ticked %v, enabled %v", f.addOns[i].Checked, !f.addOns[i].Disabled())
	}
	test.Type(f.notes, " ")
	if list := pressSave(f.fd); list != "" {
		t.Fatalf("saving lists:\n%s", list)
	}
	if saved := customerNamed(t, db, c.Name); !slices.Contains(saved.Membership.AddOns, "mentor-sessions") {
		t.Errorf("saved add-ons %v lost Mentor Sessions", saved.Membership.AddOns)
	}
}

func TestNewCustomerDefaultsFollowTheEditionOfTheStartDay(t *testing.T) {
	cat := catalogWithEdition(t)
	u, _ := newTestUIWith(t, cat, openTestStore(t, cat, true))
	checkAllowanceSteps(t, u.openCustomerForm(planner.Customer{}, true), []allowanceStep{
		{"a new customer starting today (the July 2026 offer's)", nil, "4/40"},
		{"starting on 2027-02-01 (the January 2027 offer's)", func(f *customerForm) {
			f.contractStart.SetText("2027-02-01")
			f.contractEnd.SetText("2028-01-31")
		}, "6/40"},
		{"choosing Ultimate again", func(f *customerForm) {
			f.tier.SetSelected("Expert Success")
			f.tier.SetSelected("Ultimate Success")
		}, "6/40"},
		{"back to 2026-12-01", func(f *customerForm) { f.contractStart.SetText("2026-12-01") }, "4/40"},
		{"typed allowances stay", func(f *customerForm) {
			f.accelerators.SetText("9")
			f.contractStart.SetText("2027-02-01")
		}, "9/40"},
	})
}

func TestEditionsDialogShowsWhatChanged(t *testing.T) {
	u, _ := newTestUI(t)
	u.showScreen(screenSettings)
	tapButton(t, u, "Editions and changes…")
	d := u.screens[screenSettings].(*settingsScreen).editions
	if d == nil {
		t.Fatal("no editions dialog")
	}
	texts := strings.Join(textsShown(u.window.Canvas().Overlays().Top()), "\n")
	for _, want := range []string{
		"17 May 2024 · May 2024 offer",
		"29 Jul 2026 · July 2026 offer (in force today)",
		"Source: Adobe Success Plans Overview of 29 Jul 2026",
		// July 2026 against October 2025, as it opens.
		"Add-ons · Mentor Sessions", "Removed",
		"Add-ons · Event Management", "Ultimate Success\nBefore: Available\nAfter: Not available",
		"Proactive services · AI and agentic readiness guidance", "Added",
	} {
		if !strings.Contains(texts, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, texts)
		}
	}
	if want := "8 differences"; d.count.Text != want {
		t.Errorf("count %q, want %q", d.count.Text, want)
	}

	d.from.SetSelectedIndex(0)
	d.to.SetSelectedIndex(1)
	texts = strings.Join(visibleTexts(d.changes), "\n")
	if want := "Add-ons · Mentor Sessions\nExpert Success\nBefore: Available\nAfter: Not available"; !strings.Contains(texts, want) {
		t.Errorf("May 2024 to February 2025 lacks %q:\n%s", want, texts)
	}
	if want := "Follow-up of support cases"; !strings.Contains(texts, want) {
		t.Errorf("May 2024 to February 2025 lacks %q:\n%s", want, texts)
	}
	d.to.SetSelectedIndex(0)
	if want := "Choose two different editions to see what changed."; d.count.Text != want || len(d.changes.Objects) != 0 {
		t.Errorf("the same edition twice: %q and %d lines", d.count.Text, len(d.changes.Objects))
	}
	u.window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.window.Canvas().Overlays().Top() != nil {
		t.Error("Escape leaves the editions dialog open")
	}
}

// TestEditionsDialogFitsALaptopInEveryLanguage checks that the editions
// dialog fits a 1024x768 window in every language, its lines wrapped.
// TestEditionsDialogNamesTheEditionsInDutchAndJapanese checks that the
// editions window and the settings name the editions of the offer in the
// window's language, as the catalog's other texts.
func TestEditionsDialogNamesTheEditionsInDutchAndJapanese(t *testing.T) {
	for lang, want := range map[string][]string{
		"nl": {"17 mei 2024 · Aanbod van mei 2024", "29 jul 2026 · Aanbod van juli 2026"},
		"ja": {"2024年5月17日 · 2024年5月のオファー", "2026年7月29日 · 2026年7月のオファー"},
	} {
		u, _ := newTestUIInLanguage(t, lang)
		u.openEditions()
		names := strings.ReplaceAll(strings.Join(textsShown(u.window.Canvas().Overlays().Top()), "\n"), string(lineBreakSpace), "")
		for _, w := range want {
			if !strings.Contains(names, w) {
				t.Errorf("%s: the editions are named\n%s\nwithout %q", lang, names, w)
			}
		}
		if strings.Contains(names, "2024 offer") || strings.Contains(names, "2026 offer") {
			t.Errorf("%s: an edition is named in English:\n%s", lang, names)
		}
	}
}

func TestEditionsDialogFitsALaptopInEveryLanguage(t *testing.T) {
	for _, language := range []string{"en", "nl", "ja"} {
		t.Run(language, func(t *testing.T) {
			cat := catalogForTest()
			a := test.NewTempApp(t)
			u, err := Build(Options{App: a, Catalog: cat, Store: openTestStore(t, cat, true), Now: testNow, Language: language,
				ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), queueCalls: true})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(u.Close)
			a.Settings().SetTheme(u.newTheme(themeLight))
			u.window.Resize(laptopWindow())
			d := u.openEditions()
			d.from.SetSelectedIndex(0)
			d.to.SetSelectedIndex(len(d.editions) - 1)
			if m := d.dialog.MinSize(); m.Width > laptopWindow().Width || m.Height > laptopWindow().Height {
				t.Errorf("the editions dialog needs %.0fx%.0f", m.Width, m.Height)
			}
			if len(d.changes.Objects) == 0 {
				t.Error("the first and the latest edition show no differences")
			}
		})
	}
}

// TestCustomerFormKeepsAnAddOnNoEditionLists checks that an add-on of
// the customer that no edition of the offer has (one of another catalog
// file) is kept when the form is saved, though it has no box.
func TestCustomerFormKeepsAnAddOnNoEditionLists(t *testing.T) {
	u, _, c := newTestUIFor(t, "Müller GmbH")
	c.Membership.AddOns = append(c.Membership.AddOns, "retired-add-on")
	f := u.openCustomerForm(c, false)
	got, _ := f.customer()
	if !slices.Contains(got.Membership.AddOns, "retired-add-on") {
		t.Errorf("the form's customer has the add-ons %v, without the one no edition lists", got.Membership.AddOns)
	}
}

func TestSupportFollowUpNoteFollowsTheEditionOfTheContract(t *testing.T) {
	u, db := newTestUI(t)
	// The offer of May 2024 marks the case life cycle as coming soon.
	s := supportOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
	if want := "The vendor marks this case life cycle as coming soon."; s.timelineNote.Text != want {
		t.Errorf("under the offer of May 2024 the note reads %q, want %q", s.timelineNote.Text, want)
	}
	// The offer of October 2025 no longer states it.
	s = supportOf(t, u, customerNamed(t, db, "Müller GmbH"))
	if want := "The vendor no longer states this case life cycle since 29 Oct 2025; Liftoff keeps the rules it last published."; s.timelineNote.Text != want {
		t.Errorf("under the offer of October 2025 the note reads %q, want %q", s.timelineNote.Text, want)
	}
}

// TestEditionsOfACatalogWithoutEditions checks the window on a catalog
// file written before editions: one edition, in force from the file's
// published day, and nothing to compare.
func TestEditionsOfACatalogWithoutEditions(t *testing.T) {
	file := defaultCatalogFile(t)
	delete(file, "edition")
	delete(file, "editions")
	cat := loadCatalogFile(t, file, "without editions")
	u, db := newTestUIWith(t, cat, openTestStore(t, cat, true))
	published := u.editionDay(cat.Published)
	s := customerOf(t, u, customerNamed(t, db, "Northwind Outfitters"))
	if want := "Terms: offer of " + published + " — contract started 1 Jan 2025"; s.terms.Text != want {
		t.Errorf("terms read %q, want %q", s.terms.Text, want)
	}
	if s.renewal.Visible() {
		t.Error("a catalog of one edition shows changes at renewal")
	}
	d := u.openEditions()
	if want := "The catalog has a single edition of the offer: there is nothing to compare it with."; d.count.Text != want {
		t.Errorf("one edition: %q, want %q", d.count.Text, want)
	}
	if texts := textsShown(u.window.Canvas().Overlays().Top()); slices.Contains(texts, "From") {
		t.Errorf("one edition shows the choice of two: %q", texts)
	}
}

// juneWindow is the test window with its clock on 1 June 2024, under the
// offer of May 2024.
type juneWindow struct{ *UI }

// today is 1 June 2024.
func (juneWindow) today() planner.Date { return catalog.MustDate("2024-06-01") }

// The editions dialog made with only what it uses: the edition in force
// is the one of the day its window's clock gives, not the real one.
func TestEditionsDialogWithAStandInClock(t *testing.T) {
	u, _ := newTestUI(t)
	d := newEditionsDialog(juneWindow{u}, u.cat)
	d.show()
	texts := strings.Join(textsShown(u.window.Canvas().Overlays().Top()), "\n")
	if want := "17 May 2024 · May 2024 offer (in force today)"; !strings.Contains(texts, want) {
		t.Errorf("on 1 June 2024 the dialog lacks %q:\n%s", want, texts)
	}
	if strings.Contains(texts, "July 2026 offer (in force today)") {
		t.Errorf("on 1 June 2024 the dialog has the offer of July 2026 in force:\n%s", texts)
	}
}
