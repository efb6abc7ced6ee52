// Package widgets holds Liftoff's custom Fyne widgets for planning: a board
// of the five engagement phases, a KPI progress bar, a weekly capacity bar
// and the quarter grid of activities, and the window's one set of small
// widgets: status chips (Chip), one-line labels cut to fit (FitLabel) and
// the tooltips that show a cut text in full (TooltipLayer, Tooltip).
//
// Colours come from one place: a Tone names a colour meaning and maps it
// to the theme's colours for a fill, text on that fill and text on the
// window's background, in the light and the dark variant. Text that does
// not fit is wrapped and cut at words by WrapLines, FitWords and
// WrapTwoLines (Chinese and Japanese between characters, with a simple
// kinsoku rule), or cut at a character by TruncateToWidth.
//
// The widgets take plain view data (text that is already formatted and
// translated, values from 0 to 1, a Tone for colour) and report what the
// user does through callbacks. They hold no storage and no planning rules:
// whether a phase may be closed, how far an objective has come or whether a
// week is over capacity is decided by package planner and handed in.
package widgets
