package widgets

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// clock holds the timers of tooltips until a test lets time pass.
type clock struct {
	waits  []time.Duration
	timers []func()
}

// use makes tip wait on the clock.
func (c *clock) use(tip *Tooltip) {
	tip.after = func(d time.Duration, f func()) {
		c.waits = append(c.waits, d)
		c.timers = append(c.timers, f)
	}
}

// pass runs the timers waiting.
func (c *clock) pass() {
	timers := c.timers
	c.timers = nil
	for _, f := range timers {
		f()
	}
}

// tooltipScene is a window with a cut chip, a cut label and a chip that
// fits, over a button, in a TooltipLayer.
type tooltipScene struct {
	w              fyne.Window
	layer          *TooltipLayer
	cutChip, whole *Chip
	label          *FitLabel
	button         *widget.Button
	tapped         bool
	clock          clock
}

func newTooltipScene(t *testing.T) *tooltipScene {
	t.Helper()
	s := &tooltipScene{}
	s.cutChip = NewChip("Niet beschikbaar voor dit contract", ToneWarning)
	s.whole = NewChip("Inbegrepen", ToneSuccess)
	s.label = NewFitLabel("Inbegrepen in Ultimate Success; het contract staat 10 accelerators per jaar toe")
	s.button = widget.NewButton("Plannen", func() { s.tapped = true })
	for _, tip := range []*Tooltip{s.cutChip.Tooltip(), s.whole.Tooltip(), s.label.Tooltip()} {
		s.clock.use(tip)
	}
	column := container.New(layout.NewVBoxLayout(),
		container.New(layout.NewGridWrapLayout(fyne.NewSize(120, 28)), s.cutChip, s.whole),
		s.label, s.button)
	s.layer = NewTooltipLayer(column)
	s.w = test.NewWindow(s.layer)
	t.Cleanup(s.w.Close)
	s.w.Resize(fyne.NewSize(300, 200))
	return s
}

// centre returns the middle of o on the canvas.
func centre(o fyne.CanvasObject) fyne.Position {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return pos.AddXY(o.Size().Width/2, o.Size().Height/2)
}

func TestTooltipShowsCutTextAfterARest(t *testing.T) {
	inVariants(t, func(t *testing.T, variant string) {
		s := newTooltipScene(t)
		if !s.cutChip.Cut() || s.whole.Cut() || !s.label.Cut() {
			t.Fatalf("cut: chip %v, whole chip %v, label %v", s.cutChip.Cut(), s.whole.Cut(), s.label.Cut())
		}
		test.MoveMouse(s.w.Canvas(), centre(s.cutChip))
		if _, shown := s.layer.Tooltip(); shown {
			t.Fatal("the tooltip shows before the pointer has rested")
		}
		if len(s.clock.waits) == 0 || s.clock.waits[0] != TooltipDelay {
			t.Fatalf("waits %v, want %v", s.clock.waits, TooltipDelay)
		}
		s.clock.pass()
		if text, shown := s.layer.Tooltip(); !shown || text != s.cutChip.Text() {
			t.Fatalf("after a rest the tooltip shows %q (%v), want %q", text, shown, s.cutChip.Text())
		}
		test.AssertRendersToImage(t, "tooltip/chip_"+variant+".png", s.w.Canvas())

		test.MoveMouse(s.w.Canvas(), centre(s.label))
		if _, shown := s.layer.Tooltip(); shown {
			t.Fatal("the tooltip still shows after the pointer left the chip")
		}
		s.clock.pass()
		if text, _ := s.layer.Tooltip(); text != s.label.Text() {
			t.Errorf("over the label the tooltip shows %q, want %q", text, s.label.Text())
		}
		test.AssertRendersToImage(t, "tooltip/label_"+variant+".png", s.w.Canvas())
	})
}

// TestTooltipNotShown checks the pointer's ways that show no tooltip.
func TestTooltipNotShown(t *testing.T) {
	tests := []struct {
		name string
		// act moves the pointer, before the delay passes.
		act func(s *tooltipScene)
		// failure is the error, with the text shown.
		failure string
	}{
		{"not for whole text", func(s *tooltipScene) {
			test.MoveMouse(s.w.Canvas(), centre(s.whole))
		}, "a chip showing its whole text has a tooltip %q"},
		{"not after the pointer left", func(s *tooltipScene) {
			test.MoveMouse(s.w.Canvas(), centre(s.cutChip))
			test.MoveMouse(s.w.Canvas(), centre(s.button))
		}, "the pointer left before the delay, yet the tooltip shows %q"},
		// A pop-up or dialog would cover the tooltip.
		{"not under a pop-up", func(s *tooltipScene) {
			test.MoveMouse(s.w.Canvas(), centre(s.cutChip))
			popUp := widget.NewPopUp(widget.NewLabel("Kies een week"), s.w.Canvas())
			popUp.ShowAtPosition(fyne.NewPos(200, 150))
		}, "a tooltip %q shows under a pop-up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			s := newTooltipScene(t)
			tt.act(s)
			s.clock.pass()
			if text, shown := s.layer.Tooltip(); shown {
				t.Errorf(tt.failure, text)
			}
		})
	}
}

// TestTooltipTakesNoClicks checks that a tooltip showing over a button
// lets a click through to it, unlike a pop-up.
func TestTooltipTakesNoClicks(t *testing.T) {
	test.NewTempApp(t)
	s := newTooltipScene(t)
	s.layer.ShowTooltip("A long text over the button", fyne.CurrentApp().Driver().AbsolutePositionForObject(s.button))
	test.TapCanvas(s.w.Canvas(), centre(s.button))
	if !s.tapped {
		t.Error("a click under the tooltip did not reach the button")
	}
	s.layer.HideTooltip()
	if _, shown := s.layer.Tooltip(); shown {
		t.Error("HideTooltip left the tooltip showing")
	}
}
