package app

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestRegionNamesInTheWindowsLanguage(t *testing.T) {
	for _, tt := range []struct{ language, want string }{
		{"en", "Europe, Middle East and Africa"},
		{"nl", "Europa, Midden-Oosten en Afrika"},
		{"ja", "欧州・中東・アフリカ"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			u, db := newTestUIInLanguage(t, tt.language)
			c := customerNamed(t, db, "Müller GmbH")
			u.setFocus(c.ID)
			u.waitIdle()
			if got := u.regionName(c); got != tt.want {
				t.Errorf("region %q, want %q", got, tt.want)
			}
			if got := u.regionChip.Text(); got != tt.want {
				t.Errorf("region badge %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAddOnRefusalInTheWindowsLanguage(t *testing.T) {
	cat := catalog.Default()
	m := planner.Membership{Tier: catalog.Ultimate}
	err := planner.CheckAddOnPurchase(cat, m, "priority-queue-bundle")
	if !errors.Is(err, planner.ErrAddOn) {
		t.Fatalf("Priority Queue Bundle on Ultimate: %v, want ErrAddOn", err)
	}
	for _, tt := range []struct{ language, want string }{
		{"en", "Priority Queue Bundle is already included in Ultimate Success"},
		{"nl", "Priority Queue Bundle zit al in Ultimate Success"},
		{"ja", "Priority Queue Bundle は Ultimate Success にすでに含まれています"},
	} {
		u, _ := newTestUIInLanguage(t, tt.language)
		if got := u.errorText(err); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.language, got, tt.want)
		}
	}
}

// TestCatalogInTheWindowsLanguage checks that the screens and the window's
// lookups show the catalog's texts in the window's language, also after
// the language is changed while the window is open, and that storage
// keeps the English catalog.
func TestCatalogInTheWindowsLanguage(t *testing.T) {
	want := map[string]string{"en": "Define", "nl": "Definiëren", "ja": "定義"}
	u, _ := newTestUIInLanguage(t, "nl")
	check := func(lang string) {
		t.Helper()
		if got := u.phaseName(catalog.Define); got != want[lang] {
			t.Errorf("%s: the define phase is %q, want %q", lang, got, want[lang])
		}
		u.switchTo(screenCatalog)
		u.waitIdle()
		s, ok := u.screens[screenCatalog].(*catalogScreen)
		if !ok {
			t.Fatalf("%s: no catalog screen", lang)
		}
		if ph, _ := s.cat.Phase(catalog.Define); ph.Name != want[lang] {
			t.Errorf("%s: the catalog screen's define phase is %q, want %q", lang, ph.Name, want[lang])
		}
		if got := u.itemName("touchpoint-status-call"); lang == "nl" && got != "Statusgesprek" {
			t.Errorf("%s: the status call is %q", lang, got)
		}
	}
	check("nl")
	u.setLanguagePreference("ja")
	if err := u.relocalize(); err != nil {
		t.Fatal(err)
	}
	check("ja")
	if ph, _ := u.cat.Phase(catalog.Define); ph.Name != "Define" {
		t.Errorf("the window's own catalog reads %q; storage keeps the English one", ph.Name)
	}
}

// TestSupportLanguagesInTheWindowsLanguage checks that the Support
// screen's regions name each support language, and join it to its rule,
// in the window's language: not "Japanese: …" in a Japanese window.
func TestSupportLanguagesInTheWindowsLanguage(t *testing.T) {
	rule := catalog.LanguageRule{Language: "Japanese", Rule: "Japan business hours.", ExcludedSolutions: []catalog.SolutionID{"commerce"}}
	for _, tt := range []struct{ language, want string }{
		{"en", "Japanese: Japan business hours. (not for Commerce)"},
		{"nl", "Japans: Japan business hours. (niet voor Commerce)"},
		{"ja", "日本語：Japan business hours.（Commerce は対象外）"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			u, _ := newTestUIInLanguage(t, tt.language)
			s := supportOf(t, u, planner.Customer{})
			if got := s.languageRuleText(rule); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got := s.languageRuleText(catalog.LanguageRule{Language: "Klingon", Rule: "Never."}); !strings.HasPrefix(got, "Klingon") {
				t.Errorf("a language without a known name reads %q; want it as the catalog writes it", got)
			}
		})
	}
}

// halfWidthColon matches a half-width colon that ends a Japanese label
// ("適用条件: ", "リマインダー 1: ") or starts a Japanese value
// ("Ultimate Success: 製品ごと…"); a time ("10:00") is not one.
var halfWidthColon = regexp.MustCompile(`[^\x00-\x7f] ?:|[^\x00-\x7f] \d+: |: ?[^\x00-\x7f\s]`)

// TestJapaneseScreensUseOneColon checks that no screen of the Japanese
// window, on any of its tabs, writes a label's colon half-width (":")
// beside the full-width ones ("：") of the sentences it shows.
func TestJapaneseScreensUseOneColon(t *testing.T) {
	u := newLaptopUI(t, "ja")
	for _, id := range screenOrder() {
		u.showScreen(id)
		u.waitIdle()
		var texts []string
		collect := func() {
			walkVisible(u.window.Canvas().Content(), func(o fyne.CanvasObject) bool {
				switch x := o.(type) {
				case *widget.Label:
					texts = append(texts, x.Text)
				case *widget.RichText:
					texts = append(texts, x.String())
				case *hintLabel:
					texts = append(texts, x.Text, x.hint)
				case *widgets.Chip:
					texts = append(texts, x.Text(), x.Hint())
				case *widgets.FitLabel:
					texts = append(texts, x.Text())
				case *widget.Entry:
					texts = append(texts, x.PlaceHolder)
				}
				return true
			})
		}
		collect()
		var tabs []*container.AppTabs
		walkVisible(u.window.Canvas().Content(), func(o fyne.CanvasObject) bool {
			if x, ok := o.(*container.AppTabs); ok {
				tabs = append(tabs, x)
			}
			return true
		})
		for _, tb := range tabs {
			for i := range tb.Items {
				tb.SelectIndex(i)
				u.waitIdle()
				collect()
			}
		}
		var half []string
		full := false
		for _, s := range texts {
			for _, line := range strings.Split(s, "\n") {
				full = full || strings.Contains(line, "：")
				if halfWidthColon.MatchString(line) && !slices.Contains(half, line) {
					half = append(half, line)
				}
			}
		}
		if full && len(half) > 0 {
			t.Errorf("the %s screen writes \"：\" and also \":\" in:\n%s", id, strings.Join(half, "\n"))
		}
	}
}

// TestEditionDifferencesNameTheirFields checks that the editions dialog
// names a changed field of the offer in the window's language, not by
// its name in the catalog file ("successTeam").
func TestEditionDifferencesNameTheirFields(t *testing.T) {
	for _, tt := range []struct{ language, want string }{
		{"en", "Success team"},
		{"nl", "Successteam"},
		{"ja", "サクセスチーム"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			u, _ := newTestUIInLanguage(t, tt.language)
			d := &editionsDialog{w: u, cat: u.shownCatalog()}
			for _, field := range []string{"successTeam", "description", "note", "reopenVia", "notStatedSince"} {
				line := d.differenceLine(catalog.Difference{Kind: catalog.Changed, Section: "tiers", Field: field, From: "a", To: "b"})
				if strings.Contains(line, field) {
					t.Errorf("the change of %s reads %q", field, line)
				}
			}
			if got := d.factFieldName("successTeam"); got != tt.want {
				t.Errorf("successTeam is named %q, want %q", got, tt.want)
			}
			if got := d.factFieldName("somethingNew"); got != "somethingNew" {
				t.Errorf("a field without a name reads %q; want its path", got)
			}
		})
	}
}

// TestFyneFileDialogsInTheWindowsLanguage checks that Fyne's own file
// dialogs, shown where the desktop has none, give their title and buttons
// in the window's language, not Fyne's English ("Save File", "Cancel").
func TestFyneFileDialogsInTheWindowsLanguage(t *testing.T) {
	for _, tt := range []struct {
		language     string
		save, open   string
		saveB, openB string
		cancel       string
	}{
		{"nl", "Bestand opslaan", "Bestand openen", "Opslaan", "Openen", "Annuleren"},
		{"ja", "ファイルを保存", "ファイルを開く", "保存", "開く", "キャンセル"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			u, _ := newTestUIInLanguage(t, tt.language)
			check := func(title, confirm string) {
				t.Helper()
				top := u.window.Canvas().Overlays().Top()
				if top == nil {
					t.Fatal("no dialog shows")
				}
				var labels, buttons []string
				walkVisible(top, func(o fyne.CanvasObject) bool {
					switch x := o.(type) {
					case *widget.Label:
						labels = append(labels, x.Text)
					case *widget.Button:
						buttons = append(buttons, x.Text)
					}
					return true
				})
				if !slices.Contains(labels, title) {
					t.Errorf("the dialog's title is not %q: %q", title, labels)
				}
				for _, b := range []string{confirm, tt.cancel} {
					if !slices.Contains(buttons, b) {
						t.Errorf("no button %q: %q", b, buttons)
					}
				}
				for u.window.Canvas().Overlays().Top() != nil {
					u.window.Canvas().Overlays().Remove(u.window.Canvas().Overlays().Top())
				}
			}
			u.fyneSaveFile("plan.pdf", "plan", nil, nil)
			check(tt.save, tt.saveB)
			u.fyneOpenFile("plan", []string{".csv"}, nil, nil)
			check(tt.open, tt.openB)
		})
	}
}
