package app

import (
	"path"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
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

// TestStakeholderHeadingsAreCutToTheirColumn shows the engagement in a
// laptop window, where the responsibilities column is narrower than its
// heading: every heading of the stakeholder table is drawn by a label
// that cuts it to its column with an ellipsis (and shows it whole on
// hover), never one whose text runs under the next column or out of the
// pane.
func TestStakeholderHeadingsAreCutToTheirColumn(t *testing.T) {
	screenInEachLanguage(t, laptopTestUI, screenEngagement, func(t *testing.T, u *UI, s *engagementScreen) {
		headings := map[string]bool{}
		for _, key := range personColumns() {
			headings[u.tr(key)] = true
		}
		cut := 0
		walkVisible(s.people, func(o fyne.CanvasObject) bool {
			switch l := o.(type) {
			case *widget.Label:
				if headings[l.Text] {
					t.Errorf("heading %q is a label that does not cut its text to the column", l.Text)
				}
			case *widgets.FitLabel:
				if headings[l.Text()] {
					cut++
				}
			}
			return true
		})
		if cut != len(headings) {
			t.Errorf("%d of the %d headings are drawn by labels that cut to their column", cut, len(headings))
		}
	})
}

// TestPhaseDeliverablesSpeakTheWindowsLanguage reads the phase cards and
// the phase form's export button in each language: the documents Liftoff
// makes for a phase are named as the Deliverables menu names them, in the
// window's language, not by their English titles.
func TestPhaseDeliverablesSpeakTheWindowsLanguage(t *testing.T) {
	screenInEachLanguage(t, laptopTestUI, screenEngagement, func(t *testing.T, u *UI, s *engagementScreen) {
		shown := 0
		for i, ph := range u.cat.Phases {
			d, ok := phaseDeliverable(ph)
			if !ok {
				continue
			}
			shown++
			name := u.tr("deliverables." + d.id)
			if text := s.board.Phases()[i].Deliverable; !strings.Contains(text, name) {
				t.Errorf("the card of %s names its deliverable %q, want %q in it", ph.Name, text, name)
			}
			s.choosePhase(i)
			if want := u.tr("plan.phase.export", name); s.editor.exportBtn.Text != want {
				t.Errorf("the export button of %s reads %q, want %q", ph.Name, s.editor.exportBtn.Text, want)
			}
		}
		if shown == 0 {
			t.Fatal("no phase has a deliverable Liftoff makes")
		}
	})
}

// TestPhaseActivitiesAreListedAsTheLanguageLists checks that the phase
// form lists what happens in a phase separated as the window's language
// separates items that hold commas: "; " in English and Dutch, "／" in
// Japanese, whose items hold "、" and where "; " is not written.
func TestPhaseActivitiesAreListedAsTheLanguageLists(t *testing.T) {
	screenInEachLanguage(t, laptopTestUI, screenEngagement, func(t *testing.T, u *UI, s *engagementScreen) {
		i := slices.IndexFunc(u.shownCatalog().Phases, func(p catalog.Phase) bool { return len(p.Activities) > 1 })
		if i < 0 {
			t.Fatal("no phase of the catalog lists more than one activity")
		}
		s.choosePhase(i)
		want := strings.Join(u.shownCatalog().Phases[i].Activities, map[string]string{"en": "; ", "nl": "; ", "ja": "／"}[path.Base(t.Name())])
		if got := s.editor.about.Text; got != want {
			t.Errorf("the phase form reads %q, want %q", got, want)
		}
	})
}
