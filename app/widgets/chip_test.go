package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
)

func allTones() []Tone {
	return []Tone{ToneNeutral, ToneActive, ToneSuccess, ToneWarning, ToneDanger, ToneMuted}
}

// toneChips returns a row of chips, one of each tone, named by their tone.
func toneChips() *fyne.Container {
	box := container.NewHBox()
	for _, tone := range allTones() {
		box.Add(NewChip(tone.String(), tone))
	}
	return box
}

func TestChipTones(t *testing.T) {
	test.NewTempApp(t)
	w := showWindow(t, toneChips(), fyne.NewSize(480, 40))
	test.AssertRendersToMarkup(t, "chip/tones.xml", w.Canvas())
}

// TestChipTonesImage takes the chips of every tone in the light and the
// dark variant: each text must read on its fill.
func TestChipTonesImage(t *testing.T) {
	inVariants(t, func(t *testing.T, variant string) {
		w := showWindow(t, toneChips(), fyne.NewSize(420, 36))
		test.AssertRendersToImage(t, "chip/tones_"+variant+".png", w.Canvas())
	})
}

// TestChipCutsAtWords lays chips out narrower than their texts, in
// English, Dutch and Japanese: the text is cut after a whole word, or
// inside a single word too wide, and always ends with an ellipsis.
func TestChipCutsAtWords(t *testing.T) {
	newVariantApp(t, variants[0].variant)
	texts := []struct{ text, want string }{
		{"Available on request", "Available on…"},
		{"Niet beschikbaar", "Niet…"},
		{"Implementatiebegeleiding", "Implementa…"},
		{"利用できません（契約外）", "利用できませ…"},
		{"Included", "Included"},
	}
	column := container.New(layout.NewVBoxLayout())
	var chips []*Chip
	for _, tt := range texts {
		c := NewChip(tt.text, ToneWarning)
		chips = append(chips, c)
		column.Add(c)
	}
	w := showWindow(t, container.New(layout.NewGridWrapLayout(fyne.NewSize(96, 150)), column), fyne.NewSize(120, 170))
	for i, tt := range texts {
		r := test.WidgetRenderer(chips[i]).(*chipRenderer)
		if r.label.Text != tt.want {
			t.Errorf("chip %q shows %q, want %q", tt.text, r.label.Text, tt.want)
		}
		if chips[i].Cut() != (tt.want != tt.text) {
			t.Errorf("chip %q: Cut() = %v", tt.text, chips[i].Cut())
		}
		if chips[i].Text() != tt.text {
			t.Errorf("chip %q: Text() = %q, want the whole text", tt.text, chips[i].Text())
		}
		if got := chips[i].tooltip(); (got != "") != chips[i].Cut() {
			t.Errorf("chip %q: tooltip %q", tt.text, got)
		}
	}
	test.AssertRendersToImage(t, "chip/cut.png", w.Canvas())
}

// TestChipDrawsAtItsSize checks that a chip given more room than its text
// draws at the size of its text, centred.
func TestChipDrawsAtItsSize(t *testing.T) {
	test.NewTempApp(t)
	c := NewChip("Open", ToneNeutral)
	c.Resize(fyne.NewSize(200, 60))
	r := test.WidgetRenderer(c).(*chipRenderer)
	min := c.MinSize()
	if got := r.bg.Size(); got.Width > min.Width+1 || got.Height > min.Height+1 {
		t.Errorf("fill %v in a 200x60 chip, want about its text's %v", got, min)
	}
	if pos := r.bg.Position(); pos.X <= 0 || pos.Y <= 0 {
		t.Errorf("fill at %v, want it centred", pos)
	}
}

func TestChipSet(t *testing.T) {
	test.NewTempApp(t)
	c := NewChip("Open", ToneNeutral)
	c.Set("Overdue", ToneDanger)
	if c.Text() != "Overdue" || c.Tone() != ToneDanger {
		t.Fatalf("after Set: %q %v", c.Text(), c.Tone())
	}
	if got := Tone(99).String(); got != "unknown" {
		t.Errorf("Tone(99).String() = %q", got)
	}
}

// TestChipHint checks that a chip's hint shows in its tooltip whether or
// not its text is cut, under the whole text when it is.
func TestChipHint(t *testing.T) {
	newVariantApp(t, variants[0].variant)
	whole := NewChip("Red", ToneDanger)
	whole.SetHint("P1 case E-1 missed its target")
	cut := NewChip("Available on request", ToneWarning)
	cut.SetHint("why")
	plain := NewChip("Amber", ToneWarning)
	showWindow(t, container.New(layout.NewVBoxLayout(), whole, container.New(layout.NewGridWrapLayout(fyne.NewSize(96, 30)), cut), plain), fyne.NewSize(300, 150))
	if got := whole.tooltip(); got != "P1 case E-1 missed its target" {
		t.Errorf("uncut chip with a hint: tooltip %q", got)
	}
	if !cut.Cut() {
		t.Fatal("the long chip is not cut")
	}
	if got := cut.tooltip(); got != "Available on request\nwhy" {
		t.Errorf("cut chip with a hint: tooltip %q", got)
	}
	if got := plain.tooltip(); got != "" {
		t.Errorf("chip without a hint: tooltip %q", got)
	}
}
