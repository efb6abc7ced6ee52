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
