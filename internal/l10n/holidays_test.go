package l10n

import (
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// TestHolidayNamesInEveryLanguage checks every day every built-in holiday
// calendar gives in every year it knows: in English it reads as the
// calendar names it, and in every other language it is named from that
// language's bundle (Japanese without a Latin letter), without a verb fmt
// could not fill.
func TestHolidayNamesInEveryLanguage(t *testing.T) {
	translators := map[string]*Translator{}
	for _, l := range Languages() {
		tr, err := New(l.Tag)
		if err != nil {
			t.Fatal(err)
		}
		translators[l.Tag] = tr
	}
	for _, c := range catalog.HolidayCalendars() {
		rules := []catalog.HolidayRule{{Calendar: c.ID}}
		for y := c.FirstYear; y <= c.LastYear; y++ {
			names, err := catalog.RuleHolidayNames(rules, y)
			if err != nil {
				t.Fatal(err)
			}
			for d, n := range names {
				h := planner.HolidayName{Name: n.English(), Rule: n}
				for lang, tr := range translators {
					got := tr.HolidayName(h)
					if lang == "en" && got != h.Name {
						t.Errorf("%s %s: English %q, the calendar %q", c.ID, d, got, h.Name)
					}
					if got == "" || strings.Contains(got, "%!") || lang == "ja" && strings.ContainsAny(got, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
						t.Errorf("%s %s: %s %q for %q", c.ID, d, lang, got, h.Name)
					}
					var keys []string
					if n.Holiday != "" {
						keys = append(keys, "holiday."+n.Calendar+"."+n.Holiday)
					}
					if n.Kind != catalog.HolidayItself {
						keys = append(keys, "holiday.kind."+string(n.Kind))
					}
					for _, k := range keys {
						if _, ok := tr.messages[k]; !ok {
							t.Errorf("%s %s: no %s text %s for %q", c.ID, d, lang, k, h.Name)
						}
					}
				}
			}
		}
	}
}

// TestHolidayNamesSpotChecks checks some names as a reader reads them,
// and that a name listed or typed stays as it is.
func TestHolidayNamesSpotChecks(t *testing.T) {
	name := func(n catalog.HolidayName) planner.HolidayName {
		return planner.HolidayName{Name: n.English(), Rule: n}
	}
	vernal := name(catalog.HolidayName{Calendar: "jp", Holiday: "vernal-equinox-day"})
	easter := name(catalog.HolidayName{Calendar: "gb-eaw", Holiday: "easter-monday"})
	boxing := name(catalog.HolidayName{Calendar: "gb-eaw", Holiday: "boxing-day", Kind: catalog.HolidaySubstituteDay})
	newYear := name(catalog.HolidayName{Calendar: "us-federal", Holiday: "new-years-day", Kind: catalog.HolidayObservedOfYear, Year: 2028})
	substitute := name(catalog.HolidayName{Calendar: "jp", Kind: catalog.HolidaySubstitute})
	typed := planner.HolidayName{Name: "Christmas Day"}
	for _, tt := range []struct {
		language string
		holiday  planner.HolidayName
		want     string
	}{
		{"ja", vernal, "春分の日"},
		{"ja", substitute, "振替休日"},
		{"ja", boxing, "ボクシング・デー（振替休日）"},
		{"ja", newYear, "2028年の元日（振替休日）"},
		{"nl", easter, "Tweede paasdag"},
		{"nl", vernal, "Lente-equinox"},
		{"nl", newYear, "Nieuwjaarsdag 2028 (verschoven)"},
		{"en", newYear, "New Year's Day 2028 (observed)"},
		{"nl", typed, "Christmas Day"},
		{"ja", typed, "Christmas Day"},
	} {
		tr, err := New(tt.language)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.HolidayName(tt.holiday); got != tt.want {
			t.Errorf("%s: %q reads %q, want %q", tt.language, tt.holiday.Name, got, tt.want)
		}
	}
	// In a sentence, as the schedule's conflicts name a holiday.
	text := planner.Textf("%s (%s) is a holiday in %s", easter, planner.WeekdayDate(catalog.MustDate("2027-03-29")), planner.RegionName{ID: "emea", Name: "EMEA"})
	nl, err := New("nl")
	if err != nil {
		t.Fatal(err)
	}
	if got := nl.Sentence(text); !strings.HasPrefix(got, "Tweede paasdag ") {
		t.Errorf("the sentence reads %q", got)
	}
	if got := text.String(); !strings.HasPrefix(got, "Easter Monday (") {
		t.Errorf("the English sentence reads %q", got)
	}
}
