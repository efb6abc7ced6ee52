package app

import (
	"github.com/liftoff-app/liftoff/storage"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// newLaptopUI builds the window in language with Liftoff's own theme and
// fonts, as TestEveryScreenFitsALaptopInEveryLanguage does, focused on
// Müller GmbH and sized as a 1024x768 screen.
func newLaptopUI(t *testing.T, language string) *UI {
	t.Helper()
	u, _ := newLaptopUIOn(t, language, "Müller GmbH")
	return u
}

// newLaptopUIOn builds the window as newLaptopUI does, on the sample
// portfolio, focused on the customer named name; it returns the window
// and its database.
func newLaptopUIOn(t *testing.T, language, name string) (*UI, *storage.DB) {
	t.Helper()
	cat := catalogForTest()
	a := test.NewTempApp(t)
	db := openTestStore(t, cat, true)
	u, err := Build(Options{App: a, Catalog: cat, Store: db, Now: testNow, Language: language,
		ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), queueCalls: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(u.Close)
	a.Settings().SetTheme(u.newTheme(themeLight))
	u.setFocus(customerNamed(t, db, name).ID)
	u.window.Resize(laptopWindow())
	return u, db
}

// shownTabs returns how many tabs of tabs have a button in its bar, and
// whether its overflow button ("…") shows.
func shownTabs(tabs *container.AppTabs) (buttons int, overflow bool) {
	for _, o := range test.WidgetRenderer(tabs).Objects() {
		bar, ok := o.(*fyne.Container)
		if !ok || len(bar.Objects) == 0 {
			continue
		}
		group, ok := bar.Objects[0].(*fyne.Container)
		if !ok {
			continue
		}
		buttons = len(group.Objects)
		for _, x := range bar.Objects[1:] {
			if b, ok := x.(*widget.Button); ok && b.Visible() && b.Icon != nil && b.Icon.Name() == theme.MoreHorizontalIcon().Name() {
				overflow = true
			}
		}
	}
	return buttons, overflow
}

// TestCustomerTabsAllShowOnALaptopInEveryLanguage checks that at 1024x768
// the Customer screen's tab bar has a button for every tab, with none in
// the overflow menu, in every language.
func TestCustomerTabsAllShowOnALaptopInEveryLanguage(t *testing.T) {
	screenInEachLanguage(t, newLaptopUI, screenCustomer, func(t *testing.T, _ *UI, s *customerScreen) {
		s.tabs.Refresh()
		buttons, overflow := shownTabs(s.tabs)
		if buttons != len(s.tabs.Items) || overflow {
			t.Errorf("the tab bar (%.0f wide) shows %d of %d tabs (overflow menu: %v)", s.tabs.Size().Width, buttons, len(s.tabs.Items), overflow)
		}
	})
}

// TestPortfolioHeadersAllReadableOnALaptopInEveryLanguage checks that at
// 1024x768 every column the portfolio table shows is as wide as its
// header, and that the columns together fit the table, so that no
// header is cut, in every language.
func TestPortfolioHeadersAllReadableOnALaptopInEveryLanguage(t *testing.T) {
	screenInEachLanguage(t, newLaptopUI, screenPortfolio, func(t *testing.T, _ *UI, s *portfolioScreen) {
		total := float32(0)
		for i, c := range s.columns {
			b := s.table.CreateHeader().(*widget.Button)
			s.updateHeader(widgetCell(-1, i), b)
			if need := b.MinSize().Width; need > s.widths[c]+0.5 {
				t.Errorf("the header %q needs %.0f, its column is %.0f wide", b.Text, need, s.widths[c])
			}
			total += s.widths[c] + theme.Padding()
		}
		if width := s.table.Size().Width; total > width+0.5 {
			t.Errorf("the columns take %.0f, the table is %.0f wide: the last is cut", total, width)
		}
	})
}

// TestStakeholderNamesAndRolesReadOnALaptopInEveryLanguage checks that at
// 1024x768 the stakeholder table shows every sample stakeholder's name
// and role uncut, so that a TAM reads them without hovering.
func TestStakeholderNamesAndRolesReadOnALaptopInEveryLanguage(t *testing.T) {
	screenInEachLanguage(t, newLaptopUI, screenEngagement, func(t *testing.T, _ *UI, s *engagementScreen) {
		people := s.engagement().Stakeholders
		if len(people) == 0 || len(s.peopleColumns) == 0 {
			t.Fatalf("%d stakeholders, %d columns sized", len(people), len(s.peopleColumns))
		}
		for row, p := range people {
			cell := s.people.CreateCell()
			test.WidgetRenderer(s.people) // the table is drawn
			s.updatePerson(widgetCell(row, 0), cell)
			cell.Resize(fyne.NewSize(s.peopleColumns[0], cell.MinSize().Height))
			name, role := twoLineCellLines(cell)
			if name.Cut() || role.Cut() {
				t.Errorf("in a column %.0f wide, %q shows as %q over %q", s.peopleColumns[0], p.Name+" / "+p.Role, name.Text(), role.Text())
			}
		}
	})
}

// TestStakeholderResponsibilitiesGoOnAfterACutFirstWord checks that when
// the first word of the responsibilities is too wide for their column,
// the second line goes on after it rather than repeating the text.
func TestStakeholderResponsibilitiesGoOnAfterACutFirstWord(t *testing.T) {
	u, db := newTestUI(t)
	s := focusedScreen[*engagementScreen](u, screenEngagement, customerNamed(t, db, "Müller GmbH").ID)
	people := s.engagement().Stakeholders
	if len(people) == 0 {
		t.Fatal("no stakeholders")
	}
	text := strings.Join(strings.Fields(people[0].Responsibilities), " ")
	word, rest, ok := strings.Cut(text, " ")
	if !ok {
		t.Fatalf("the responsibilities %q are one word", text)
	}
	s.responsibilitiesWidth = fyne.MeasureText(word, theme.TextSize(), fyne.TextStyle{}).Width/2 + 2*theme.InnerPadding()
	cell := s.people.CreateCell()
	s.updatePerson(widgetCell(0, 2), cell)
	_, second := twoLineCellLines(cell)
	if got := second.Text(); got != rest {
		t.Errorf("the second line holds %q, want the text after %q: %q", got, word, rest)
	}
}
