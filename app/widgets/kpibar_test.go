package widgets

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestKPIPercentAndPath(t *testing.T) {
	tests := []struct {
		name        string
		kpi         KPI
		wantPercent string
		wantPath    string
	}{
		{"half way", KPI{Baseline: "2.0 %", Current: "2.5 %", Target: "3.0 %", Progress: 0.5}, "50 %", "2.0 % ⟶ 2.5 % ⟶ 3.0 %"},
		{"done", KPI{Baseline: "900 ms", Current: "400 ms", Target: "500 ms", Progress: 1}, "100 %", "900 ms ⟶ 400 ms ⟶ 500 ms"},
		{"above one is drawn full", KPI{Progress: 1.7}, "100 %", ""},
		{"below zero is drawn empty", KPI{Progress: -0.3}, "0 %", ""},
		{"not a number is drawn empty", KPI{Progress: math.NaN()}, "0 %", ""},
		{"no current yet", KPI{Baseline: "10", Target: "20", Progress: 0.004}, "0 %", "10 ⟶ 20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.kpi.Percent(); got != tt.wantPercent {
				t.Errorf("Percent() = %q, want %q", got, tt.wantPercent)
			}
			if got := tt.kpi.Path(); got != tt.wantPath {
				t.Errorf("Path() = %q, want %q", got, tt.wantPath)
			}
		})
	}
}

func sampleKPIs() []KPI {
	return []KPI{
		{Title: "Raise online conversion", Measure: "conversion rate", Baseline: "2.1 %", Current: "2.6 %", Target: "3.0 %",
			Progress: 0.55, Status: "In progress", Tone: ToneActive},
		{Title: "Faster product pages", Measure: "largest contentful paint", Baseline: "3200 ms", Current: "3100 ms", Target: "2000 ms",
			Progress: 0.08, Status: "Blocked", Tone: ToneDanger},
		{Title: "Launch loyalty programme", Measure: "members", Baseline: "0", Current: "12000", Target: "10000",
			Progress: 1, Status: "Done", Tone: ToneSuccess},
	}
}

// sampleKPIBars returns a column of bars, one of each of the sample KPIs.
func sampleKPIBars() *fyne.Container {
	box := container.NewVBox()
	for _, k := range sampleKPIs() {
		box.Add(NewKPIBar(k))
	}
	return box
}

func TestKPIBarRenders(t *testing.T) {
	test.NewTempApp(t)
	w := showWindow(t, sampleKPIBars(), fyne.NewSize(520, 260))
	test.AssertRendersToMarkup(t, "kpibar/three.xml", w.Canvas())
	test.AssertRendersToImage(t, "kpibar/three.png", w.Canvas())
}

func TestKPIBarTapAndKeyboard(t *testing.T) {
	tests := []struct {
		name string
		act  func(w fyne.Window, b *KPIBar)
		want int
	}{
		{"tap", func(_ fyne.Window, b *KPIBar) { test.Tap(b) }, 1},
		{"return", func(w fyne.Window, b *KPIBar) {
			w.Canvas().Focus(b)
			b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}, 1},
		{"other key", func(w fyne.Window, b *KPIBar) {
			w.Canvas().Focus(b)
			b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyA})
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			b := NewKPIBar(sampleKPIs()[0])
			taps := 0
			b.OnTapped = func() { taps++ }
			w := test.NewWindow(b)
			defer w.Close()
			tt.act(w, b)
			if taps != tt.want {
				t.Fatalf("OnTapped called %d times, want %d", taps, tt.want)
			}
		})
	}
}

func TestKPIBarSetKPI(t *testing.T) {
	test.NewTempApp(t)
	b := NewKPIBar(sampleKPIs()[0])
	w := showWindow(t, b, fyne.NewSize(520, 90))
	b.SetKPI(sampleKPIs()[1])
	if b.KPI().Title != "Faster product pages" {
		t.Fatalf("after SetKPI: title %q", b.KPI().Title)
	}
	test.AssertRendersToMarkup(t, "kpibar/blocked.xml", w.Canvas())
}

func BenchmarkKPIBarSetKPI(b *testing.B) {
	test.NewTempApp(b)
	bar := NewKPIBar(KPI{})
	kpis := sampleKPIs()
	benchmarkChange(b, bar, fyne.NewSize(520, 90), func(i int) { bar.SetKPI(kpis[i%len(kpis)]) })
}

// TestKPIBarImage takes the sample KPI bars in the light and the dark
// variant.
func TestKPIBarImage(t *testing.T) {
	inVariants(t, func(t *testing.T, variant string) {
		w := showWindow(t, sampleKPIBars(), fyne.NewSize(520, 260))
		test.AssertRendersToImage(t, "kpibar/three_"+variant+".png", w.Canvas())
	})
}
