package export

import (
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// TestEntitlementsNameTheirOffer reads back the entitlement statements of
// the sample's two contracts with fixed days, in every language: each
// names the offer its contract is under, and Northwind Outfitters', signed
// under the May 2024 offer, tells what changes when it is renewed under
// the July 2026 offer; Contoso Health, under the latest offer, has no
// such section.
func TestEntitlementsNameTheirOffer(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, catalog.MustDate("2026-12-06"))
	byName := func(name string) *planner.Account {
		i := slices.IndexFunc(accts, func(a planner.Account) bool { return a.Customer.Name == name })
		if i < 0 {
			t.Fatalf("the sample has no %s", name)
		}
		return &accts[i]
	}
	northwind, contoso := byName("Northwind Outfitters"), byName("Contoso Health")
	tests := []struct {
		language                        string
		oldOffer, newOffer              string
		renewal, change, changeOfStatus string
		// renewalWords start or end every renewal heading.
		renewalWords string
	}{
		{"en", "Offer of 17 May 2024 (Adobe Success Plans Overview, 17 May 2024)", "Offer of 29 Jul 2026 (Adobe Success Plans Overview, 29 Jul 2026)",
			"Next term, from 1 Jan 2029", "Mentor Sessions: no longer included", "Event Management: purchased, no longer available", "Next term, from"},
		{"nl", "Aanbod van 17 mei 2024 (Adobe Success Plans Overview, 17 mei 2024)", "Aanbod van 29 jul 2026 (Adobe Success Plans Overview, 29 jul 2026)",
			"Volgende termijn, vanaf 1 jan 2029", "Mentorsessies: niet meer inbegrepen", "Gebeurtenisbeheer: gekocht, niet meer beschikbaar", "Volgende termijn, vanaf"},
		{"ja", "2024年5月17日時点のオファー（Adobe Success Plans Overview、2024年5月17日）", "2026年7月29日時点のオファー（Adobe Success Plans Overview、2026年7月29日）",
			"2029年1月1日からの次の契約期間", "メンターセッション：含まれなくなります", "イベント管理：購入済みですが、利用できなくなります", "からの次の契約期間"},
	}
	for _, tt := range tests {
		t.Run(tt.language, func(t *testing.T) {
			opts := testOptions()
			opts.Language = tt.language
			dir := t.TempDir()
			path, _ := render(t, dir, KindEntitlements, accts, northwind, opts)
			text := pdfText(t, path)
			for _, want := range []string{tt.oldOffer, tt.renewal, tt.change, tt.changeOfStatus} {
				if !strings.Contains(text, want) {
					t.Errorf("Northwind's statement lacks %q", want)
				}
			}
			path, _ = render(t, dir, KindEntitlements, accts, contoso, opts)
			text = pdfText(t, path)
			if !strings.Contains(text, tt.newOffer) || strings.Contains(text, tt.renewalWords) {
				t.Errorf("Contoso's statement: want %q and no renewal section:\n%s", tt.newOffer, text)
			}
			if strings.Contains(text, "Mentor Sessions") {
				t.Error("Contoso's statement lists Mentor Sessions, which the July 2026 offer no longer has")
			}
		})
	}
}

// TestKickoffListsTheAddOnsOfTheContractsOffer reads back the add-ons of
// the kickoff deck: Northwind Outfitters, under the May 2024 offer, has
// Mentor Sessions included; Contoso Health, under the July 2026 offer,
// which no longer has them, does not see them.
func TestKickoffListsTheAddOnsOfTheContractsOffer(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, catalog.MustDate("2026-12-06"))
	dir := t.TempDir()
	for _, tt := range []struct {
		name   string
		mentor bool
	}{{"Northwind Outfitters", true}, {"Contoso Health", false}} {
		i := slices.IndexFunc(accts, func(a planner.Account) bool { return a.Customer.Name == tt.name })
		if i < 0 {
			t.Fatalf("the sample has no %s", tt.name)
		}
		text := renderText(t, dir, KindKickoff, accts, &accts[i], testOptions())
		if got := strings.Contains(text, "Mentor Sessions"); got != tt.mentor {
			t.Errorf("%s's kickoff deck names Mentor Sessions: %v, want %v", tt.name, got, tt.mentor)
		}
	}
}
