package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Tone is the colour meaning of a chip, block or bar, taken from the
// current theme so that light and dark variants stay readable.
type Tone int

// Tones, from the calmest to the most urgent.
const (
	// ToneNeutral is for something planned but not yet confirmed.
	ToneNeutral Tone = iota
	// ToneActive is for something under way or scheduled.
	ToneActive
	// ToneSuccess is for something done or on track.
	ToneSuccess
	// ToneWarning is for something that needs attention soon.
	ToneWarning
	// ToneDanger is for something late, blocked or over a limit.
	ToneDanger
	// ToneMuted is for something cancelled or skipped.
	ToneMuted
)

// String returns the name of the tone, as used in golden files and logs.
func (t Tone) String() string {
	switch t {
	case ToneNeutral:
		return "neutral"
	case ToneActive:
		return "active"
	case ToneSuccess:
		return "success"
	case ToneWarning:
		return "warning"
	case ToneDanger:
		return "danger"
	case ToneMuted:
		return "muted"
	}
	return "unknown"
}

// FillColorName returns the theme colour that fills a shape of this tone.
func (t Tone) FillColorName() fyne.ThemeColorName {
	switch t {
	case ToneActive:
		return theme.ColorNamePrimary
	case ToneSuccess:
		return theme.ColorNameSuccess
	case ToneWarning:
		return theme.ColorNameWarning
	case ToneDanger:
		return theme.ColorNameError
	case ToneMuted:
		return theme.ColorNameDisabledButton
	}
	return theme.ColorNameButton
}

// TextColorName returns the theme colour of text drawn on a shape filled
// with FillColorName.
func (t Tone) TextColorName() fyne.ThemeColorName {
	switch t {
	case ToneActive:
		return theme.ColorNameForegroundOnPrimary
	case ToneSuccess:
		return theme.ColorNameForegroundOnSuccess
	case ToneWarning:
		return theme.ColorNameForegroundOnWarning
	case ToneDanger:
		return theme.ColorNameForegroundOnError
	case ToneMuted:
		// Not the disabled colour: a cancelled or skipped item must stay
		// readable, only quieter.
		return theme.ColorNamePlaceHolder
	}
	return theme.ColorNameForeground
}

// ForegroundColorName returns the theme colour of text of this tone on
// the window's background, such as a label of something overdue. Each
// reads on the background of the light and of the dark variant.
func (t Tone) ForegroundColorName() fyne.ThemeColorName {
	switch t {
	case ToneActive:
		return theme.ColorNameHyperlink
	case ToneSuccess:
		return theme.ColorNameSuccess
	case ToneWarning:
		return theme.ColorNameWarning
	case ToneDanger:
		return theme.ColorNameError
	case ToneMuted:
		return theme.ColorNamePlaceHolder
	}
	return theme.ColorNameForeground
}

// colorOf resolves a theme colour for widget w in its current theme and
// variant.
func colorOf(w fyne.Widget, name fyne.ThemeColorName) color.Color {
	th := theme.CurrentForWidget(w)
	return th.Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// sizeOf resolves a theme size for widget w.
func sizeOf(w fyne.Widget, name fyne.ThemeSizeName) float32 {
	return theme.CurrentForWidget(w).Size(name)
}
