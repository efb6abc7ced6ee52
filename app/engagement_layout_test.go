package app

import (
	"testing"

	"fyne.io/fyne/v2/theme"
)

func TestStakeholderColumnsFitTheirPaneInALaptopWindow(t *testing.T) {
	screenInEachLanguage(t, laptopTestUI, screenEngagement, func(t *testing.T, _ *UI, s *engagementScreen) {
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
