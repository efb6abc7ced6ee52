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

// toneNames is what a tone is called and which theme colours draw it:
// fill is the colour of a shape of the tone, text the colour of text on
// that shape, and fore the colour of text of the tone on the window's
// background.
type toneNames struct {
	name             string
	fill, text, fore fyne.ThemeColorName
}

// tones holds the names of each Tone; a value outside it is drawn as
// unknownTone.
var tones = [...]toneNames{
	ToneNeutral: {"neutral", theme.ColorNameButton, theme.ColorNameForeground, theme.ColorNameForeground},
	ToneActive:  {"active", theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary, theme.ColorNameHyperlink},
	ToneSuccess: {"success", theme.ColorNameSuccess, theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
	ToneWarning: {"warning", theme.ColorNameWarning, theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
	ToneDanger:  {"danger", theme.ColorNameError, theme.ColorNameForegroundOnError, theme.ColorNameError},
	// The text of a muted shape is not the disabled colour: a cancelled
	// or skipped item must stay readable, only quieter.
	ToneMuted: {"muted", theme.ColorNameDisabledButton, theme.ColorNamePlaceHolder, theme.ColorNamePlaceHolder},
}

// unknownTone names a Tone outside the constants: it is drawn as neutral.
var unknownTone = toneNames{"unknown", theme.ColorNameButton, theme.ColorNameForeground, theme.ColorNameForeground}

// names returns the entry of t in tones, or unknownTone.
func (t Tone) names() toneNames {
	if t < 0 || int(t) >= len(tones) {
		return unknownTone
	}
	return tones[t]
}

// String returns the name of the tone, as used in golden files and logs.
func (t Tone) String() string { return t.names().name }

// FillColorName returns the theme colour that fills a shape of this tone.
func (t Tone) FillColorName() fyne.ThemeColorName { return t.names().fill }

// TextColorName returns the theme colour of text drawn on a shape filled
// with FillColorName.
func (t Tone) TextColorName() fyne.ThemeColorName { return t.names().text }

// ForegroundColorName returns the theme colour of text of this tone on
// the window's background, such as a label of something overdue. Each
// reads on the background of the light and of the dark variant.
func (t Tone) ForegroundColorName() fyne.ThemeColorName { return t.names().fore }

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

// update sets *field, a field of widget w, to value and refreshes w,
// unless the field holds value already: a setter redraws only on a
// change.
func update[T comparable](w fyne.Widget, field *T, value T) {
	if *field == value {
		return
	}
	*field = value
	w.Refresh()
}
