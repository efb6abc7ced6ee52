package l10n

import (
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestAddOnOfferedBreakInEveryLanguage checks the sentences of the
// membership rule add-on-offered in the window and in documents, whose
// dates are written out.
func TestAddOnOfferedBreakInEveryLanguage(t *testing.T) {
	feb, jul := catalog.MustDate("2025-02-05"), catalog.MustDate("2026-07-29")
	cannot := planner.Textf("%s cannot be bought on %s under the offer of %s", "Mentor Sessions", "Expert Success", feb)
	gone := planner.Textf("%s is no longer offered under the offer of %s", "Mentor Sessions", jul)
	tests := []struct {
		language  string
		documents bool
		text      planner.Text
		want      string
	}{
		{"en", false, cannot, "Mentor Sessions cannot be bought on Expert Success under the offer of 2025-02-05"},
		{"en", true, cannot, "Mentor Sessions cannot be bought on Expert Success under the offer of 5 Feb 2025"},
		{"en", true, gone, "Mentor Sessions is no longer offered under the offer of 29 Jul 2026"},
		{"nl", true, cannot, "Mentor Sessions kan onder het aanbod van 5 feb 2025 niet worden gekocht bij Expert Success"},
		{"nl", false, gone, "Mentor Sessions wordt onder het aanbod van 2026-07-29 niet meer aangeboden"},
		{"ja", true, cannot, "2025年2月5日時点のオファーでは、Mentor Sessions は Expert Success で購入できません"},
		{"ja", true, gone, "2026年7月29日時点のオファーでは、Mentor Sessions は提供されなくなりました"},
		{"nl", false, planner.RuleAddOnOffered.Title(), "add-on niet aangeboden"},
		{"ja", false, planner.RuleAddOnOffered.Title(), "提供対象外のアドオン"},
	}
	for _, tt := range tests {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if tt.documents {
			tr = tr.ForDocuments()
		}
		if got := tr.Sentence(tt.text); got != tt.want {
			t.Errorf("%s (documents %v): %q, want %q", tt.language, tt.documents, got, tt.want)
		}
	}
}
