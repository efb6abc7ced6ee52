package widgets

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestLoadLabelAndFraction(t *testing.T) {
	tests := []struct {
		name      string
		load      Load
		wantLabel string
		wantFrac  float64
	}{
		{"under", Load{Hours: 15, Capacity: 30}, "15 / 30 h", 0.5},
		{"over", Load{Hours: 34, Capacity: 30, Over: true}, "34 / 30 h", 1},
		{"exactly full", Load{Hours: 30, Capacity: 30}, "30 / 30 h", 1},
		{"fractions rounded", Load{Hours: 7.25, Capacity: 32.5}, "7.3 / 32.5 h", 7.25 / 32.5},
		{"empty week", Load{Hours: 0, Capacity: 30}, "0 / 30 h", 0},
		{"no capacity", Load{Hours: 4, Capacity: 0, Over: false}, "4 / 0 h", 0},
		{"not a number", Load{Hours: math.NaN(), Capacity: 30}, "? / 30 h", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.load.Label(); got != tt.wantLabel {
				t.Errorf("Label() = %q, want %q", got, tt.wantLabel)
			}
			if got := tt.load.Fraction(); math.Abs(got-tt.wantFrac) > 1e-9 {
				t.Errorf("Fraction() = %v, want %v", got, tt.wantFrac)
			}
		})
	}
}

func TestFormatHours(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{34, "34"}, {7.5, "7.5"}, {7.25, "7.3"}, {0.04, "0"}, {-0.04, "0"}, {-2, "-2"},
		{33.333333, "33.3"}, {math.Inf(1), "?"},
	}
	for _, tt := range tests {
		if got := FormatHours(tt.in); got != tt.want {
			t.Errorf("FormatHours(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCapacityBarRenders(t *testing.T) {
	test.NewTempApp(t)
	under := NewCapacityBar(Load{Hours: 12, Capacity: 30})
	over := NewCapacityBar(Load{Hours: 34, Capacity: 30, Over: true})
	w := showWindow(t, container.NewGridWithColumns(2, under, over), fyne.NewSize(240, 40))
	test.AssertRendersToMarkup(t, "capacitybar/under_and_over.xml", w.Canvas())
	test.AssertRendersToImage(t, "capacitybar/under_and_over.png", w.Canvas())

	under.SetLoad(Load{Hours: 31, Capacity: 30, Over: true})
	if got := under.Load().Label(); got != "31 / 30 h" {
		t.Errorf("after SetLoad: label %q", got)
	}
	test.AssertRendersToMarkup(t, "capacitybar/both_over.xml", w.Canvas())
}

func BenchmarkCapacityBarSetLoad(b *testing.B) {
	test.NewTempApp(b)
	bar := NewCapacityBar(Load{})
	benchmarkChange(b, bar, fyne.NewSize(120, 40), func(i int) {
		bar.SetLoad(Load{Hours: float64(i % 40), Capacity: 30, Over: i%40 > 30})
	})
}

// TestCapacityBarImage takes a bar under and one over capacity in the
// light and the dark variant.
func TestCapacityBarImage(t *testing.T) {
	inVariants(t, func(t *testing.T, variant string) {
		w := showWindow(t, container.NewGridWithColumns(2,
			NewCapacityBar(Load{Hours: 12, Capacity: 30}), NewCapacityBar(Load{Hours: 34, Capacity: 30, Over: true})), fyne.NewSize(240, 40))
		test.AssertRendersToImage(t, "capacitybar/under_and_over_"+variant+".png", w.Canvas())
	})
}
