package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestFitLabelCutsToWidth(t *testing.T) {
	test.NewTempApp(t)
	long := NewFitLabel("Analytics implementation and data-quality review")
	short := NewFitLabel("Kickoff")
	overdue := NewFitLabel("2026-11-24 · overdue")
	overdue.SetColorName(theme.ColorNameError)
	overdue.SetStyle(fyne.TextStyle{Bold: true})
	w := showWindow(t, container.NewGridWithColumns(3, long, short, overdue), fyne.NewSize(420, 48))
	test.AssertRendersToMarkup(t, "fitlabel/cut.xml", w.Canvas())

	if long.Text() != "Analytics implementation and data-quality review" {
		t.Errorf("Text() = %q, want the whole text", long.Text())
	}
	drawn := test.WidgetRenderer(long).(*fitLabelRenderer).line.text.Text
	if !strings.HasSuffix(drawn, ellipsis) || !strings.HasPrefix(long.Text(), strings.TrimSuffix(drawn, ellipsis)) {
		t.Errorf("drawn %q, want a prefix of the text with an ellipsis", drawn)
	}
	if got := test.WidgetRenderer(short).(*fitLabelRenderer).line.text.Text; got != "Kickoff" {
		t.Errorf("short text drawn as %q", got)
	}

	w.Resize(fyne.NewSize(1400, 48))
	if got := test.WidgetRenderer(long).(*fitLabelRenderer).line.text.Text; got != long.Text() {
		t.Errorf("in a wide window the text is drawn as %q, want it whole", got)
	}
	long.SetText("Go-live readiness")
	if got := test.WidgetRenderer(long).(*fitLabelRenderer).line.text.Text; got != "Go-live readiness" {
		t.Errorf("after SetText drawn %q", got)
	}
	if overdue.ColorName() != theme.ColorNameError {
		t.Errorf("colour %q", overdue.ColorName())
	}
}

func TestFitLabelMinSizeIsSmall(t *testing.T) {
	test.NewTempApp(t)
	l := NewFitLabel(strings.Repeat("long text ", 20))
	if w := l.MinSize().Width; w > 40 {
		t.Errorf("min width %v: a fit label must not ask for its text's width", w)
	}
	if h, want := l.MinSize().Height, widget.NewLabel("x").MinSize().Height; h != want {
		t.Errorf("min height %v, want a label's %v", h, want)
	}
}

// BenchmarkFitLabelSetText measures refilling a table cell with another
// text, as a table does for each row scrolled into view.
func BenchmarkFitLabelSetText(b *testing.B) {
	test.NewTempApp(b)
	l := NewFitLabel("")
	texts := []string{"Analytics implementation review", "Deskside coaching for Target", "Go-live readiness", "Mia Taylor"}
	benchmarkChange(b, l, fyne.NewSize(160, 40), func(i int) { l.SetText(texts[i%len(texts)]) })
}

// TestFitLabelImage takes cut labels in the light and the dark variant,
// in the foreground and in the tones labels are coloured with.
func TestFitLabelImage(t *testing.T) {
	inVariants(t, func(t *testing.T, variant string) {
		long := NewFitLabel("Analytics implementation and data-quality review")
		over := NewFitLabel("32 / 30 h: over capacity in week 47")
		over.SetTone(ToneDanger)
		muted := NewFitLabel("Inbegrepen in Ultimate Success; het contract staat 10 accelerators per jaar toe")
		muted.SetTone(ToneMuted)
		muted.SetSizeName(theme.SizeNameCaptionText)
		ja := NewFitLabel("Ultimate Successに含まれます。契約では年間10件のアクセラレーターを利用できます")
		w := showWindow(t, container.NewVBox(long, over, muted, ja), fyne.NewSize(240, 150))
		test.AssertRendersToImage(t, "fitlabel/cut_"+variant+".png", w.Canvas())
		if over.ColorName() != theme.ColorNameError {
			t.Errorf("a danger label has colour %q", over.ColorName())
		}
	})
}
