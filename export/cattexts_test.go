package export

import (
	"bytes"
	"strings"
	"testing"
)

// TestDocumentsShowTheCatalogInTheirLanguage checks that a document takes
// the offer's texts in its own language (catalog.Catalog.In): the define
// phase of the kickoff deck, its name in the built-in table of each
// language, whichever language the customer has.
func TestDocumentsShowTheCatalogInTheirLanguage(t *testing.T) {
	accts := fixturePortfolio()
	dir := t.TempDir()
	for _, tt := range []struct {
		lang, want, unwanted string
	}{{"en", "Define", "Definiëren"}, {"nl", "Definiëren", "Define"}, {"ja", "定義", "Define"}} {
		opts := testOptions()
		opts.Language = tt.lang
		for _, k := range []Kind{KindKickoff, KindActionPlan} {
			text := renderText(t, dir, k, accts, &accts[0], opts)
			checkText(t, tt.lang+" "+string(k), text, []string{tt.want}, []string{tt.unwanted})
		}
	}
}

// TestKickoffNamesThePooledRolesInItsLanguage checks that the kickoff
// deck still finds the tier's pooled roles, recognised by their English
// names, when the catalog is in the document's language.
func TestKickoffNamesThePooledRolesInItsLanguage(t *testing.T) {
	accts := fixturePortfolio()
	dir := t.TempDir()
	for lang, want := range map[string]string{
		"en": "Pooled technical specialists",
		"nl": "Samengesteld team van technische specialisten",
		"ja": "共有の技術スペシャリスト",
	} {
		opts := testOptions()
		opts.Language = lang
		text := renderText(t, dir, KindKickoff, accts, &accts[0], opts)
		checkText(t, lang+" kickoff", text, []string{want}, nil)
	}
}

// TestCalendarShowsTheCatalogInItsLanguage checks that the events of a
// calendar name the offer's items in the calendar's language.
func TestCalendarShowsTheCatalogInItsLanguage(t *testing.T) {
	accts := fixturePortfolio()
	accts[0].Activities[0].ItemID = "touchpoint-status-call"
	accts[0].Activities[0].Title = ""
	for lang, want := range map[string]string{"en": "Status call", "nl": "Statusgesprek", "ja": "ステータス会議"} {
		opts := testOptions()
		opts.Language = lang
		var buf bytes.Buffer
		if err := ICS(&buf, testCatalog(t), accts, opts); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the %s calendar does not name %q", lang, want)
		}
	}
}

// TestKickoffNamesChatInItsLanguage checks that the support slide of the
// kickoff deck names chat, a channel of P2 to P4 that Liftoff adds to the
// tier's, in the document's language.
func TestKickoffNamesChatInItsLanguage(t *testing.T) {
	accts := fixturePortfolio()
	dir := t.TempDir()
	for lang, want := range map[string]string{"en": "Chat", "ja": "チャット"} {
		opts := testOptions()
		opts.Language = lang
		text := renderText(t, dir, KindKickoff, accts, &accts[0], opts)
		checkText(t, lang+" kickoff", text, []string{want}, nil)
	}
}
