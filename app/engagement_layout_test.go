package app

import (
	"testing"

	"fyne.io/fyne/v2/theme"
)

func TestStakeholderColumnsFitTheirPaneInALaptopWindow(t *testing.T) {
	for _, lang := range []string{"en", "nl", "ja"} {
		t.Run(lang, func(t *testing.T) {
			u, db := newTestUIInLanguage(t, lang)
			u.window.Resize(laptopWindow())
			u.setFocus(customerNamed(t, db, "Müller GmbH").ID)
			u.showScreen(screenEngagement)
			u.waitIdle()
			s := u.screens[screenEngagement].(*engagementScreen)
			if len(s.engagement().Stakeholders) == 0 || len(s.peopleColumns) != 3 {
				t.Fatalf("%d stakeholders, %d columns sized", len(s.engagement().Stakeholders), len(s.peopleColumns))
			}
			total := float32(0)
			for _, w := range s.peopleColumns {
				total += w + theme.Padding()
			}
			if width := s.people.Size().Width; total > width+1 {
				t.Errorf("the stakeholder columns take %v of a table %v wide: the last is out of view", total, width)
			}
		})
	}
}
