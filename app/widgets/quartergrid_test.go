package widgets

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// sampleHeadings are the headings of the grids the tests show.
var sampleHeadings = GridHeadings{Rows: "Customer", Capacity: "Capacity"}

// sampleWeeks returns n weeks with loads rising by 4 hours a week against
// a 30-hour capacity; weeks above it are over.
func sampleWeeks(n int) []GridWeek {
	weeks := make([]GridWeek, n)
	for i := range weeks {
		h := float64(4 * (i + 1))
		weeks[i] = GridWeek{
			Label:  fmt.Sprintf("W%02d", i+1),
			Monday: time.Date(2027, time.January, 4+7*i, 0, 0, 0, 0, time.UTC).Format("2 Jan"),
			Load:   Load{Hours: h, Capacity: 30, Over: h > 30},
		}
	}
	return weeks
}

func sampleRows() []GridRow {
	return []GridRow{
		{ID: "c1", Name: "Northwind Traders", Blocks: []GridBlock{
			{ID: "a1", Week: 0, Label: "Analytics health assessment", Tone: ToneActive},
			{ID: "a2", Week: 0, Label: "Kickoff", Tone: ToneSuccess, Locked: true},
			{ID: "a3", Week: 3, Label: "Deskside coaching", Tone: ToneNeutral, Conflict: "Sat 2027-01-23 is not a business day"},
		}},
		{ID: "c2", Name: "Contoso Pharmaceuticals International", Blocks: []GridBlock{
			{ID: "b1", Week: 2, Label: "Go-live readiness review", Tone: ToneWarning},
			{ID: "b2", Week: 5, Label: "Proposed review", Proposed: true, Locked: true},
		}},
		{ID: "c3", Name: "Fabrikam", Blocks: nil, Highlight: true},
	}
}

func newTestGrid(t *testing.T, size fyne.Size) (*QuarterGrid, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	g := NewQuarterGrid(sampleHeadings)
	g.SetData(sampleWeeks(8), sampleRows())
	w := showWindow(t, g, size)
	return g, w
}

func TestQuarterGridRendersWeeksRowsAndBlocks(t *testing.T) {
	_, w := newTestGrid(t, fyne.NewSize(900, 300))
	test.AssertRendersToMarkup(t, "quartergrid/default.xml", w.Canvas())
}

func TestQuarterGridImage(t *testing.T) {
	_, w := newTestGrid(t, fyne.NewSize(900, 300))
	test.AssertRendersToImage(t, "quartergrid/default.png", w.Canvas())
}

func TestQuarterGridRowHeightFollowsStack(t *testing.T) {
	g, _ := newTestGrid(t, fyne.NewSize(900, 300))
	if got, want := g.rowHeight(0), gridStackHeight(2); got != want {
		t.Errorf("row with two blocks in one week: height %v, want %v", got, want)
	}
	if got, want := g.rowHeight(2), gridRowMinHeight(); got != want {
		t.Errorf("empty row: height %v, want %v", got, want)
	}
}

func TestQuarterGridDragMovesToWeekUnderBlock(t *testing.T) {
	tests := []struct {
		name     string
		block    string
		weeks    float32 // drag distance in week widths
		wantWeek int     // -1: OnMove must not be called
	}{
		{"one week later", "a1", 1, 1},
		{"three weeks later", "a3", 3, 6},
		{"two weeks earlier", "b1", -2, 0},
		{"less than half a week stays", "a1", 0.4, -1},
		{"beyond the last week", "a3", 6, -1},
		{"onto the names column", "a1", -1, -1},
		{"locked block", "a2", 2, -1},
		{"proposed block is locked", "b2", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, w := newTestGrid(t, fyne.NewSize(900, 300))
			moved, movedTo := "", -1
			g.OnMove = func(id string, week int) { moved, movedTo = id, week }
			pos, size, ok := g.BlockBounds(tt.block)
			if !ok {
				t.Fatalf("block %s not in view", tt.block)
			}
			start := pos.AddXY(size.Width/2, size.Height/2)
			test.Drag(w.Canvas(), start, tt.weeks*g.WeekWidth(), 0)
			if tt.wantWeek < 0 {
				if moved != "" {
					t.Fatalf("OnMove(%q, %d) called, want no move", moved, movedTo)
				}
				return
			}
			if moved != tt.block || movedTo != tt.wantWeek {
				t.Fatalf("OnMove(%q, %d), want OnMove(%q, %d)", moved, movedTo, tt.block, tt.wantWeek)
			}
			// The block is drawn back in its own week until the caller
			// changes the data.
			after, _, _ := g.BlockBounds(tt.block)
			if after != pos {
				t.Errorf("block left at %v after the drop, want back at %v", after, pos)
			}
		})
	}
}

func TestQuarterGridDragShowsDropWeek(t *testing.T) {
	g, w := newTestGrid(t, fyne.NewSize(900, 300))
	pos, size, _ := g.BlockBounds("a1")
	row := g.bound[0]
	block := row.blocks[0]
	block.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(size.Width/2, size.Height/2)},
		Dragged: fyne.NewDelta(2*g.WeekWidth(), 0)})
	if row.dropWeek != 2 {
		t.Errorf("while dragging two weeks on, drop week %d, want 2", row.dropWeek)
	}
	now, _, _ := g.BlockBounds("a1")
	if now.X <= pos.X {
		t.Errorf("block at %v while dragged right, want right of %v", now, pos)
	}
	block.DragEnd()
	if row.dropWeek != -1 {
		t.Errorf("after the drop, drop week %d, want none", row.dropWeek)
	}
	_ = w
}

func TestQuarterGridTapSelectsBlock(t *testing.T) {
	g, w := newTestGrid(t, fyne.NewSize(900, 300))
	tapped := ""
	g.OnTapped = func(id string) { tapped = id }
	pos, size, _ := g.BlockBounds("b1")
	test.TapCanvas(w.Canvas(), pos.AddXY(size.Width/2, size.Height/2))
	if tapped != "b1" || g.Selected() != "b1" {
		t.Fatalf("after tapping b1: OnTapped(%q), selected %q", tapped, g.Selected())
	}
	test.AssertRendersToMarkup(t, "quartergrid/selected.xml", w.Canvas())
}

func TestQuarterGridRowTap(t *testing.T) {
	g, w := newTestGrid(t, fyne.NewSize(900, 300))
	tapped := ""
	g.OnRowTapped = func(id string) { tapped = id }
	pos, size, _ := g.BlockBounds("b1")
	// The name of row c2 is left of its blocks, on the same line.
	test.TapCanvas(w.Canvas(), fyne.NewPos(20, pos.Y+size.Height/2))
	if tapped != "c2" {
		t.Fatalf("tapping the name of Contoso: OnRowTapped(%q), want c2", tapped)
	}
}

func TestQuarterGridScrollsSidewaysWhenNarrow(t *testing.T) {
	g, _ := newTestGrid(t, fyne.NewSize(400, 300))
	if got, want := g.WeekWidth(), GridMinWeekWidth; got != want {
		t.Errorf("week width %v in a narrow window, want the minimum %v", got, want)
	}
	if min := g.MinSize().Width; min >= gridMinWidth(8) {
		t.Errorf("grid min width %v: the grid must scroll sideways, not demand %v", min, gridMinWidth(8))
	}
}

func TestQuarterGridBuildsOnlyVisibleRows(t *testing.T) {
	test.NewTempApp(t)
	g := NewQuarterGrid(sampleHeadings)
	g.SetData(sampleWeeks(14), manyRows(500, 14))
	showWindow(t, g, fyne.NewSize(1280, 720))
	widgets := map[*gridRowWidget]bool{}
	for _, r := range g.bound {
		widgets[r] = true
	}
	if len(widgets) == 0 || len(widgets) > 40 {
		t.Fatalf("%d row widgets built for 500 rows in a 720-high window, want only the visible few", len(widgets))
	}
	g.ScrollToRow("c499")
	if _, _, ok := g.BlockBounds(manyRows(500, 14)[499].Blocks[0].ID); !ok {
		t.Fatalf("the last row's block is not in view after ScrollToRow")
	}
}

// manyRows returns n rows with three blocks each over weeks.
func manyRows(n, weeks int) []GridRow {
	rows := make([]GridRow, n)
	for i := range rows {
		rows[i] = GridRow{ID: fmt.Sprintf("c%d", i), Name: fmt.Sprintf("Customer %03d", i)}
		for j := range 3 {
			rows[i].Blocks = append(rows[i].Blocks, GridBlock{
				ID: fmt.Sprintf("a%d-%d", i, j), Week: (i + 4*j) % weeks, Label: "Health assessment", Tone: Tone(j % 3),
			})
		}
	}
	return rows
}

// BenchmarkQuarterGridShow500 measures showing a 500-customer quarter in a
// grid that is already on screen, the work of switching quarters.
func BenchmarkQuarterGridShow500(b *testing.B) {
	test.NewTempApp(b)
	g := NewQuarterGrid(sampleHeadings)
	weeks, rows := sampleWeeks(14), manyRows(500, 14)
	benchmarkChange(b, g, fyne.NewSize(1280, 720), func(int) { g.SetData(weeks, rows) })
}

// BenchmarkQuarterGridBuild500 measures building a grid of 500 customers
// and drawing it in a window for the first time.
func BenchmarkQuarterGridBuild500(b *testing.B) {
	test.NewTempApp(b)
	weeks, rows := sampleWeeks(14), manyRows(500, 14)
	b.ReportAllocs()
	for b.Loop() {
		g := NewQuarterGrid(sampleHeadings)
		g.SetData(weeks, rows)
		w := test.NewWindow(g)
		w.Resize(fyne.NewSize(1280, 720))
		w.Close()
	}
}

func TestQuarterGridScrollsBlockIntoView(t *testing.T) {
	g, w := newTestGrid(t, fyne.NewSize(420, 300))
	if _, _, ok := g.BlockBounds("b2"); ok {
		pos, _, _ := g.BlockBounds("b2")
		if pos.X < 420 {
			t.Skip("the block is in view without scrolling")
		}
	}
	g.SelectBlock("b2")
	pos, size, ok := g.BlockBounds("b2")
	if !ok || pos.X < 0 || pos.X+size.Width > w.Canvas().Size().Width {
		t.Fatalf("block b2 at %v (%v) after SelectBlock, not inside the %v wide window", pos, size, w.Canvas().Size().Width)
	}
	if g.Selected() != "b2" {
		t.Errorf("selected %q, want b2", g.Selected())
	}
}

func TestQuarterGridWidensForMoreWeeks(t *testing.T) {
	test.NewTempApp(t)
	g := NewQuarterGrid(sampleHeadings)
	showWindow(t, g, fyne.NewSize(500, 300))
	g.SetData(sampleWeeks(14), sampleRows())
	if got, want := g.scroll.Content.Size().Width, gridMinWidth(14); got < want {
		t.Fatalf("content %v wide after data arrived in a shown grid, want at least %v to scroll sideways", got, want)
	}
}

func TestQuarterGridSetDataAgain(t *testing.T) {
	g, _ := newTestGrid(t, fyne.NewSize(900, 300))
	if len(g.heights) != 1 {
		t.Fatalf("%d tall rows, want the one with two blocks in a week", len(g.heights))
	}
	g.SetData(sampleWeeks(8), sampleRows()[1:2])
	if len(g.heights) != 0 || len(g.Rows()) != 1 {
		t.Fatalf("after fewer rows: %d tall rows, %d rows", len(g.heights), len(g.Rows()))
	}
	if _, _, ok := g.BlockBounds("a1"); ok {
		t.Errorf("a block of a row no longer shown is still reported in view")
	}
	if _, _, ok := g.BlockBounds("b1"); !ok {
		t.Errorf("the remaining row's block is not in view")
	}
}

// TestQuarterGridWrapsAtWords draws blocks of English, Dutch and Japanese
// titles in weeks as narrow as a 1024-pixel window gives them, in the
// light and the dark variant: lines break between words (Japanese between
// characters, never before closing punctuation), a word too wide ends
// with an ellipsis, and no word is split with a hyphen.
func TestQuarterGridWrapsAtWords(t *testing.T) {
	rows := []GridRow{
		{ID: "en", Name: "English", Blocks: []GridBlock{
			{ID: "e1", Week: 0, Label: "Technical best practices", Tone: ToneSuccess},
			{ID: "e2", Week: 1, Label: "Advocacy and community", Tone: ToneActive},
			{ID: "e3", Week: 2, Label: "Go-live readiness review", Tone: ToneWarning},
			{ID: "e4", Week: 3, Label: "Kickoff", Tone: ToneNeutral},
		}},
		{ID: "nl", Name: "Nederlands", Blocks: []GridBlock{
			{ID: "n1", Week: 0, Label: "Technische best practices", Tone: ToneSuccess},
			{ID: "n2", Week: 1, Label: "Upgrade- en migratieplanning", Tone: ToneActive},
			{ID: "n3", Week: 2, Label: "Gereedheid voor livegang", Tone: ToneDanger},
			{ID: "n4", Week: 3, Label: "Geannuleerd overleg", Tone: ToneMuted},
		}},
		{ID: "ja", Name: "日本語", Blocks: []GridBlock{
			{ID: "j1", Week: 0, Label: "技術ベストプラクティス", Tone: ToneSuccess},
			{ID: "j2", Week: 1, Label: "アドボカシー、コミュニティ", Tone: ToneActive},
			{ID: "j3", Week: 2, Label: "稼働準備（レビュー）", Tone: ToneWarning},
			{ID: "j4", Week: 3, Label: "キックオフ", Tone: ToneNeutral},
		}},
	}
	inVariants(t, func(t *testing.T, variant string) {
		g := NewQuarterGrid(sampleHeadings)
		g.SetData(sampleWeeks(4), rows)
		w := showWindow(t, g, fyne.NewSize(GridNameWidth+4*64, 240))
		test.AssertRendersToImage(t, "quartergrid/wrap_"+variant+".png", w.Canvas())
		for r := range rows {
			for i, b := range g.bound[r].blocks[:len(rows[r].Blocks)] {
				br := test.WidgetRenderer(b).(*gridBlockRenderer)
				for _, line := range []string{br.label.Text, br.label2.Text} {
					if strings.HasSuffix(line, "-") && !strings.Contains(rows[r].Blocks[i].Label, line) {
						t.Errorf("block %q: line %q splits a word with a hyphen", rows[r].Blocks[i].Label, line)
					}
				}
				if want := stripSpace(br.label.Text+br.label2.Text) != stripSpace(rows[r].Blocks[i].Label); b.cut != want {
					t.Errorf("block %q shown as %q %q: cut %v", rows[r].Blocks[i].Label, br.label.Text, br.label2.Text, b.cut)
				}
			}
		}
	})
}

func TestQuarterGridScrollsToTheWeekAskedForAndShowsArrowsToWeeksOutOfView(t *testing.T) {
	test.NewTempApp(t)
	g := NewQuarterGrid(sampleHeadings)
	g.SetData(sampleWeeks(14), sampleRows())
	// Asked before the grid has a size: done once it is laid out.
	g.ScrollToWeek(12)
	w := showWindow(t, g, fyne.NewSize(600, 300))
	if !g.WeekInView(12) || g.WeekInView(0) {
		t.Fatalf("scrolled to %v: week 12 in view %v, week 0 %v", g.scroll.Offset.X, g.WeekInView(12), g.WeekInView(0))
	}
	if earlier, later := g.MoreWeeks(); !earlier || !later {
		t.Errorf("scrolled to week 12 of 14: arrows to earlier weeks %v, to later %v; want both", earlier, later)
	}
	// The names stay in view, over the weeks that scrolled under them.
	if len(g.bound) == 0 {
		t.Fatal("no row is shown")
	}
	for _, rw := range g.bound {
		r := test.WidgetRenderer(rw).(*gridRowRenderer)
		if x := r.name.Position().X; x < g.scroll.Offset.X {
			t.Errorf("row %q: its name starts at %v, left of the view at %v", rw.row.Name, x, g.scroll.Offset.X)
		}
		if r.nameCover.Hidden || r.nameCover.Position().X != g.scroll.Offset.X {
			t.Errorf("row %q: nothing hides the weeks under its name", rw.row.Name)
		}
	}
	if r := test.WidgetRenderer(g.header).(*gridHeaderRenderer); r.corner.Position().X < g.scroll.Offset.X {
		t.Errorf("the heading of the names starts at %v, left of the view at %v", r.corner.Position().X, g.scroll.Offset.X)
	}
	// Laid out wider, the grid scrolls only as far as week 12 needs.
	w.Resize(fyne.NewSize(700, 300))
	ww := g.WeekWidth()
	if want := GridNameWidth + 13*ww - g.scroll.Size().Width; !g.WeekInView(12) || g.scroll.Offset.X > want+0.5 {
		t.Errorf("wider: scrolled to %v, want %v with week 12 in view", g.scroll.Offset.X, want)
	}
	// Tapping the arrow to earlier weeks scrolls back, until none is left.
	for range 10 {
		if earlier, _ := g.MoreWeeks(); !earlier {
			break
		}
		test.Tap(g.earlier)
	}
	if g.scroll.Offset.X != 0 {
		t.Fatalf("after tapping the arrow to earlier weeks the grid is scrolled to %v, want 0", g.scroll.Offset.X)
	}
	if earlier, later := g.MoreWeeks(); earlier || !later {
		t.Errorf("at the first week: arrows to earlier weeks %v, to later %v; want only later", earlier, later)
	}
	// A grid wide enough for every week shows no arrow.
	w.Resize(fyne.NewSize(gridMinWidth(14)+40, 300))
	if earlier, later := g.MoreWeeks(); earlier || later {
		t.Errorf("every week in view: arrows to earlier weeks %v, to later %v", earlier, later)
	}
}
