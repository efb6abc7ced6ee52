package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestSplitOffsetsAreRestoredOnTheNextStart(t *testing.T) {
	cat := catalogForTest()
	a := test.NewTempApp(t)
	db := openTestStore(t, cat, true)
	build := func() *UI {
		u, err := Build(Options{App: a, Catalog: cat, Store: db, Now: testNow, Language: "en",
			ReminderInterval: -1, UndoBarTimeout: -1, CatalogDir: t.TempDir(), Theme: test.Theme(), queueCalls: true})
		if err != nil {
			t.Fatal(err)
		}
		u.setFocus(customerNamed(t, db, "Müller GmbH").ID)
		for _, id := range screenOrder() {
			u.showScreen(id)
			u.waitIdle()
		}
		return u
	}
	first := build()
	want := map[string]float64{}
	for _, name := range []string{"customer.columns", "quarter.bottom", "actionplan.left", "actionplan.columns", "engagement.columns"} {
		split, ok := first.splits[name]
		if !ok {
			t.Fatalf("no split %s", name)
		}
		want[name] = 0.25 + float64(len(want))*0.1
		split.SetOffset(want[name])
	}
	first.Close()

	second := build()
	defer second.Close()
	for name, offset := range want {
		if got := second.splits[name].Offset; got != offset {
			t.Errorf("split %s restored at %v, want %v", name, got, offset)
		}
	}
}

func TestToolbarLayoutWrapsWhatDoesNotFit(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	a, b, c := boxOfWidth(100), boxOfWidth(80), boxOfWidth(120)
	bar := newToolbar([]fyne.CanvasObject{a}, b, c)
	if got := bar.MinSize().Width; got != 120 {
		t.Errorf("MinSize width %v, want the widest control's 120", got)
	}
	// Room for all: one line, the trailing controls at the right.
	bar.Resize(fyne.NewSize(500, 10))
	if a.Position() != fyne.NewPos(0, 0) || c.Position().X != 500-120 || b.Position().X != 500-120-pad-80 || b.Position().Y != 0 {
		t.Errorf("one line: a at %v, b at %v, c at %v", a.Position(), b.Position(), c.Position())
	}
	// Room for two of them on a line: the trailing ones below, right-aligned.
	bar.Resize(fyne.NewSize(250, 10))
	if b.Position().Y != 10+pad || c.Position().Y != 10+pad || c.Position().X != 250-120 {
		t.Errorf("two lines: b at %v, c at %v", b.Position(), c.Position())
	}
	if got := bar.MinSize().Height; got != 20+pad {
		t.Errorf("two lines %v tall, want %v", got, 20+pad)
	}
	// Room for one control a line.
	bar.Resize(fyne.NewSize(130, 10))
	if c.Position().Y != 20+2*pad {
		t.Errorf("three lines: c at %v", c.Position())
	}
}

func TestToolbarLayoutGivesTheSpareWidthToTheGrowingControl(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	title, button := boxOfSize(20, 10), boxOfSize(100, 10)
	bar := newToolbarGrowing(title, []fyne.CanvasObject{title}, button)
	bar.Resize(fyne.NewSize(400, 10))
	if got, want := title.Size().Width, 400-100-pad; got != want {
		t.Errorf("title %v wide, want the spare %v", got, want)
	}
	if button.Position().X != 300 {
		t.Errorf("button at %v, want at the right edge", button.Position())
	}
}

func TestShareWidth(t *testing.T) {
	tests := []struct {
		name        string
		width       float32
		wants, mins []float32
		want        []float32
	}{
		{"all fit: the first takes the rest", 500, []float32{100, 150, 80}, []float32{50, 50, 80}, []float32{270, 150, 80}},
		{"too narrow: the spare by what they lack", 300, []float32{300, 150, 80}, []float32{50, 50, 80}, []float32{50 + 120.0*250/350, 50 + 120.0*100/350, 80}},
		{"narrower than the minimums", 100, []float32{300, 150}, []float32{50, 60}, []float32{50, 60}},
		{"a want below the minimum", 400, []float32{10, 10}, []float32{50, 60}, []float32{340, 60}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shareWidth(tt.width, tt.wants, tt.mins)
			for i := range got {
				if d := got[i] - tt.want[i]; d > 0.01 || d < -0.01 {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}
