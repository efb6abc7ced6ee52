// Package widgets holds Liftoff's custom Fyne widgets for planning: a board
// of the five engagement phases, a KPI progress bar, a weekly capacity bar
// and the quarter grid of activities.
//
// The widgets take plain view data (text that is already formatted and
// translated, values from 0 to 1, a Tone for colour) and report what the
// user does through callbacks. They hold no storage and no planning rules:
// whether a phase may be closed, how far an objective has come or whether a
// week is over capacity is decided by package planner and handed in.
package widgets
