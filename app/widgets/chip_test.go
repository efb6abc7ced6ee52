package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestChipTones(t *testing.T) {
	test.NewTempApp(t)
	box := container.NewHBox()
	for _, tone := range []Tone{ToneNeutral, ToneActive, ToneSuccess, ToneWarning, ToneDanger, ToneMuted} {
		box.Add(NewChip(tone.String(), tone))
	}
	w := test.NewWindow(box)
	defer w.Close()
	w.Resize(fyne.NewSize(480, 40))
	test.AssertRendersToMarkup(t, "chip/tones.xml", w.Canvas())
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
