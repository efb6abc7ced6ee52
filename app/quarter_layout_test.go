package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// openQuarterIn opens the quarter planner in a window of size.
func openQuarterIn(t *testing.T, size fyne.Size) (*UI, *quarterScreen) {
	t.Helper()
	u, db := newTestUI(t)
	u.window.Resize(size)
	s := focusedScreen[*quarterScreen](u, screenQuarter, customerNamed(t, db, "Müller GmbH").ID)
	if s.data == nil {
		t.Fatal("the quarter did not load")
	}
	return u, s
}

func TestQuarterGridTakesTheHeightATallerWindowGains(t *testing.T) {
	u, s := openQuarterIn(t, laptopWindow())
	grid, panels := s.grid.Size().Height, s.split.Trailing.Size().Height
	u.window.Resize(fyne.NewSize(1920, 1080))
	if got := s.split.Trailing.Size().Height; got < panels-1 || got > panels+1 {
		t.Errorf("the panels under the grid are %v high in a tall window, want the %v they had", got, panels)
	}
	if got := s.grid.Size().Height; got < grid+300 {
		t.Errorf("the grid is %v high in a window 312 higher, was %v", got, grid)
	}

	// A dragged divider sets the height the panels keep.
	s.split.SetOffset(0.5)
	dragged := s.split.Trailing.Size().Height
	u.window.Resize(laptopWindow())
	if got := s.split.Trailing.Size().Height; got < dragged-1 || got > dragged+1 {
		t.Errorf("after the divider was dragged the panels are %v high in a smaller window, want the %v dragged to", got, dragged)
	}
	u.saveSplits()
	if got := u.app.Preferences().Float(prefPinned("quarter.grid")); float32(got) < dragged-1 || float32(got) > dragged+1 {
		t.Errorf("kept the panels' height as %v, want %v", got, dragged)
	}
}

func TestQuarterSelectedActivityShowsThreeLinesInALaptopWindow(t *testing.T) {
	screenInEachLanguage(t, laptopTestUI, screenQuarter, func(t *testing.T, _ *UI, s *quarterScreen) {
		line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
		if got, want := s.detailScroll.Size().Height, 3*line+2*theme.InnerPadding(); got < want {
			t.Errorf("the selected activity's details are %v high, want at least three lines (%v)", got, want)
		}
		if !s.moveBtn.Visible() || s.moveBtn.Position().Y != s.deleteBtn.Position().Y {
			t.Errorf("the activity's buttons take more than one line: Move at %v, Delete at %v", s.moveBtn.Position(), s.deleteBtn.Position())
		}
	})
}

func TestQuarterOpensWithTheCurrentWeekInView(t *testing.T) {
	u, s := openQuarterIn(t, laptopWindow())
	week := s.data.weekIndex(u.today())
	if week < 0 {
		t.Fatal("today is not in the quarter shown")
	}
	if _, later := s.grid.MoreWeeks(); !later && week < len(s.data.weeks)-1 {
		t.Errorf("no arrow shows the weeks after the current one in a laptop window")
	}
	if !s.grid.WeekInView(week) {
		t.Errorf("the current week (%d) is not in view", week)
	}
}
