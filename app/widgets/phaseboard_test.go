package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func samplePhases() []PhaseCard {
	return []PhaseCard{
		{Name: "Kickoff", Status: "Done", Tone: ToneSuccess, Planned: "Planned 2027-01-04 – 2027-01-15",
			Actual: "Actual 2027-01-05 – 2027-01-14", Deliverable: "Kickoff deck: delivered"},
		{Name: "Define", Status: "In progress", Tone: ToneActive, Planned: "Planned 2027-01-18 – 2027-02-26",
			Actual: "Actual 2027-01-18 –", Deliverable: "Assessment: draft", Current: true},
		{Name: "Design", Status: "Not started", Tone: ToneNeutral, Planned: "Planned 2027-03-01 – 2027-04-09"},
		{Name: "Go-Live", Status: "Not started", Tone: ToneNeutral},
		{Name: "Post-Launch", Status: "Skipped", Tone: ToneMuted, Deliverable: "Engagement summary: not started"},
	}
}

func TestPhaseBoardRenders(t *testing.T) {
	test.NewTempApp(t)
	b := NewPhaseBoard(samplePhases(), nil)
	w := showWindow(t, b, fyne.NewSize(1000, 200))
	test.AssertRendersToMarkup(t, "phaseboard/engagement.xml", w.Canvas())
	test.AssertRendersToImage(t, "phaseboard/engagement.png", w.Canvas())
}

func TestPhaseBoardOrderIsKept(t *testing.T) {
	test.NewTempApp(t)
	b := NewPhaseBoard(samplePhases(), nil)
	showWindow(t, b, fyne.NewSize(1000, 200))
	last := float32(-1)
	for i := range samplePhases() {
		x := fyne.CurrentApp().Driver().AbsolutePositionForObject(b.Card(i)).X
		if x <= last {
			t.Fatalf("card %d at x=%v, not right of card %d at x=%v", i, x, i-1, last)
		}
		last = x
	}
}

func TestPhaseBoardTapAndKeyboard(t *testing.T) {
	tests := []struct {
		name string
		act  func(w fyne.Window, b *PhaseBoard)
		want int
	}{
		{"tap the third card", func(_ fyne.Window, b *PhaseBoard) { test.Tap(b.Card(2)) }, 2},
		{"return on the second card", func(w fyne.Window, b *PhaseBoard) {
			w.Canvas().Focus(b.Card(1))
			b.Card(1).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}, 1},
		{"space on the last card", func(w fyne.Window, b *PhaseBoard) {
			w.Canvas().Focus(b.Card(4))
			b.Card(4).TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		}, 4},
		{"a letter does nothing", func(w fyne.Window, b *PhaseBoard) {
			w.Canvas().Focus(b.Card(1))
			b.Card(1).TypedKey(&fyne.KeyEvent{Name: fyne.KeyD})
		}, -1},
		{"right, right, return", func(w fyne.Window, b *PhaseBoard) {
			w.Canvas().Focus(b.Card(1))
			for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyReturn} {
				w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
			}
		}, 3},
		{"left stops at the first card", func(w fyne.Window, b *PhaseBoard) {
			w.Canvas().Focus(b.Card(1))
			for _, k := range []fyne.KeyName{fyne.KeyLeft, fyne.KeyLeft, fyne.KeySpace} {
				w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
			}
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			tapped := -1
			b := NewPhaseBoard(samplePhases(), func(i int) { tapped = i })
			w := showWindow(t, b, fyne.NewSize(1000, 200))
			tt.act(w, b)
			if tapped != tt.want || b.Selected() != tt.want {
				t.Fatalf("OnTapped(%d), selected %d; want %d", tapped, b.Selected(), tt.want)
			}
		})
	}
}

func TestPhaseBoardSelectionRendersAndShrinks(t *testing.T) {
	test.NewTempApp(t)
	b := NewPhaseBoard(samplePhases(), nil)
	w := showWindow(t, b, fyne.NewSize(1000, 200))
	b.Select(3)
	test.AssertRendersToMarkup(t, "phaseboard/selected.xml", w.Canvas())
	b.SetPhases(samplePhases()[:2])
	if b.Selected() != -1 {
		t.Errorf("selection %d kept after the cards shrank to two", b.Selected())
	}
	if b.Card(2) != nil {
		t.Errorf("Card(2) exists on a board of two")
	}
	b.Select(7)
	if b.Selected() != -1 {
		t.Errorf("Select(7) on two cards selected %d", b.Selected())
	}
}

func BenchmarkPhaseBoardSetPhases(b *testing.B) {
	test.NewTempApp(b)
	board := NewPhaseBoard(nil, nil)
	// Switching between engagements changes every text on the board.
	sets := [2][]PhaseCard{samplePhases(), samplePhases()}
	for i := range sets[1] {
		sets[1][i].Planned = "Planned 2027-05-03 – 2027-06-11"
		sets[1][i].Actual = ""
		sets[1][i].Status, sets[1][i].Tone = "Not started", ToneNeutral
	}
	board.SetPhases(sets[1])
	benchmarkChange(b, board, fyne.NewSize(1000, 200), func(i int) { board.SetPhases(sets[i%2]) })
}

// TestPhaseBoardImage takes the sample phases in the light and the dark
// variant.
func TestPhaseBoardImage(t *testing.T) {
	inVariants(t, func(t *testing.T, variant string) {
		w := showWindow(t, NewPhaseBoard(samplePhases(), nil), fyne.NewSize(1000, 200))
		test.AssertRendersToImage(t, "phaseboard/engagement_"+variant+".png", w.Canvas())
	})
}

func TestPhaseBoardCardsShowTheirWholeLinesOnHoverWhenCut(t *testing.T) {
	test.NewTempApp(t)
	b := NewPhaseBoard(samplePhases(), nil)
	w := showWindow(t, b, fyne.NewSize(2000, 200))
	if tip := b.widgets[4].tooltip(); tip != "" {
		t.Errorf("a card with room for its lines has the tooltip %q", tip)
	}
	// As narrow as a 1024-pixel window makes the cards.
	w.Resize(fyne.NewSize(700, 200))
	tip := b.widgets[4].tooltip()
	if !strings.Contains(tip, "Engagement summary: not started") || !strings.Contains(tip, "5 · Post-Launch") {
		t.Errorf("a card whose deliverable is cut has the tooltip %q, want its lines whole", tip)
	}
}
