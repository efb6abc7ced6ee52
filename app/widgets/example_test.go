package widgets_test

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/liftoff-app/liftoff/app/widgets"
)

// A week's load is shown as "hours / capacity h"; whether it is over comes
// from the planner.
func ExampleLoad_Label() {
	load := widgets.Load{Hours: 34, Capacity: 30, Over: true}
	fmt.Println(load.Label(), load.Fraction())
	// Output: 34 / 30 h 1
}

// A KPI bar states the way from baseline through current to target.
func ExampleKPI_Path() {
	k := widgets.KPI{Title: "Raise online conversion", Baseline: "2.1 %", Current: "2.6 %", Target: "3.0 %", Progress: 0.55}
	fmt.Println(k.Path(), "|", k.Percent())
	// Output: 2.1 % ⟶ 2.6 % ⟶ 3.0 % | 55 %
}

// A quarter grid takes weeks and rows of blocks, and reports a block
// dragged to another week through OnMove.
func ExampleQuarterGrid() {
	test.NewApp()
	grid := widgets.NewQuarterGrid(widgets.GridHeadings{Rows: "Customer", Capacity: "Capacity"})
	grid.OnMove = func(id string, week int) { fmt.Printf("move %s to week %d\n", id, week) }
	grid.SetData(
		[]widgets.GridWeek{
			{Label: "W01", Monday: "4 Jan", Load: widgets.Load{Hours: 8, Capacity: 30}},
			{Label: "W02", Monday: "11 Jan", Load: widgets.Load{Hours: 34, Capacity: 30, Over: true}},
		},
		[]widgets.GridRow{{ID: "c1", Name: "Northwind", Blocks: []widgets.GridBlock{
			{ID: "a1", Week: 0, Label: "Health assessment", Tone: widgets.ToneActive},
		}}},
	)
	fmt.Println(len(grid.Rows()), "row,", len(grid.Weeks()), "weeks")
	// Output: 1 row, 2 weeks
}

// FormatHours writes hours the way the capacity bars do.
func ExampleFormatHours() {
	fmt.Println(widgets.FormatHours(7.5), widgets.FormatHours(33.333))
	// Output: 7.5 33.3
}

// WrapTwoLines breaks a block's label where it fits, at a space.
func ExampleWrapTwoLines() {
	test.NewApp()
	size := theme.CaptionTextSize()
	width := fyne.MeasureText("Dispatcher and", size, fyne.TextStyle{}).Width
	first, second := widgets.WrapTwoLines("Dispatcher and CDN caching review", width, size, fyne.TextStyle{})
	fmt.Printf("%q\n%q\n", first, second)
	// Output:
	// "Dispatcher and"
	// "CDN caching…"
}

// WrapLines never splits a word: a word too wide for the line ends with
// an ellipsis, and the next line goes on with the next word. Japanese
// breaks between characters, but never before closing punctuation.
func ExampleWrapLines() {
	test.NewApp()
	style := fyne.TextStyle{}
	width := fyne.MeasureText("Technic…", 11, style).Width
	fmt.Printf("%q\n", widgets.WrapLines("Technical best practices", width, 11, style, 2))
	width = fyne.MeasureText("分析、", 11, style).Width - 0.5
	fmt.Printf("%q\n", widgets.WrapLines("分析、報告", width, 11, style, 3))
	// Output:
	// ["Technic…" "best…"]
	// ["分" "析、" "報告"]
}

// FitWords cuts a chip's text after the last whole word that fits.
func ExampleFitWords() {
	test.NewApp()
	style := fyne.TextStyle{Bold: true}
	width := fyne.MeasureText("Niet beschik…", 11, style).Width
	fmt.Println(widgets.FitWords("Niet beschikbaar", width, 11, style))
	// Output: Niet…
}

// A chip states a status in the colours of its tone; laid out narrower
// than its text, it cuts the text at a word and tells so through Cut.
func ExampleChip() {
	test.NewApp()
	chip := widgets.NewChip("Niet beschikbaar", widgets.ToneWarning)
	chip.Resize(fyne.NewSize(60, 24))
	fmt.Println(chip.Text(), chip.Tone(), chip.Cut())
	chip.Resize(chip.MinSize())
	fmt.Println(chip.Cut())
	// Output:
	// Niet beschikbaar warning true
	// false
}

// A fit label cuts its text to the width it is given; the whole text is
// kept for the tooltip and for Text.
func ExampleFitLabel() {
	test.NewApp()
	label := widgets.NewFitLabel("Inbegrepen in Ultimate Success; het contract staat 10 accelerators per jaar toe")
	label.SetTone(widgets.ToneMuted)
	label.Resize(fyne.NewSize(120, 36))
	fmt.Println(label.Cut(), label.ColorName())
	// Output: true placeholder
}

// A tone names a colour meaning; the theme gives its colours, for a fill,
// for text on that fill and for text on the window's background.
func ExampleTone() {
	tone := widgets.ToneDanger
	fmt.Println(tone, tone.FillColorName(), tone.TextColorName(), tone.ForegroundColorName())
	// Output: danger error foregroundOnError error
}

// The window's content goes in a TooltipLayer, so that cut chips and
// labels anywhere in it can show their whole text on hover.
func ExampleTooltipLayer() {
	a := test.NewApp()
	w := a.NewWindow("Liftoff")
	chip := widgets.NewChip("Niet beschikbaar", widgets.ToneWarning)
	layer := widgets.NewTooltipLayer(chip)
	w.SetContent(layer)
	layer.ShowTooltip(chip.Text(), fyne.NewPos(10, 10))
	text, shown := layer.Tooltip()
	fmt.Println(text, shown)
	// Output: Niet beschikbaar true
}

// A capacity bar shows a week's hours against the capacity.
func ExampleCapacityBar() {
	test.NewApp()
	bar := widgets.NewCapacityBar(widgets.Load{Hours: 12, Capacity: 30})
	bar.SetLoad(widgets.Load{Hours: 34, Capacity: 30, Over: true})
	fmt.Println(bar.Load().Label())
	// Output: 34 / 30 h
}

// A KPI bar shows an objective's way from baseline to target.
func ExampleKPIBar() {
	test.NewApp()
	bar := widgets.NewKPIBar(widgets.KPI{Title: "Raise online conversion", Status: "On track", Tone: widgets.ToneSuccess, Progress: 0.55})
	fmt.Println(bar.KPI().Title, bar.KPI().Percent())
	// Output: Raise online conversion 55 %
}

// A phase board shows an engagement's phases as cards and reports the
// card tapped.
func ExamplePhaseBoard() {
	test.NewApp()
	board := widgets.NewPhaseBoard([]widgets.PhaseCard{
		{Name: "1 Kickoff", Status: "Done", Tone: widgets.ToneSuccess},
		{Name: "2 Define", Status: "In progress", Tone: widgets.ToneActive, Current: true},
	}, func(i int) { fmt.Println("phase", i) })
	board.Select(1)
	fmt.Println(len(board.Phases()), "phases, selected", board.Selected())
	// Output: 2 phases, selected 1
}

// A name too long for its column is cut with an ellipsis, at a character.
func ExampleTruncateToWidth() {
	test.NewApp()
	style := fyne.TextStyle{}
	width := fyne.MeasureText("Go live…", 11, style).Width
	fmt.Println(widgets.TruncateToWidth("Go live readiness review", width, 11, style))
	fmt.Println(widgets.TruncateToWidth("Kickoff", width, 11, style))
	// Output:
	// Go live…
	// Kickoff
}
