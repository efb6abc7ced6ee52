package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

func TestToneColours(t *testing.T) {
	tests := []struct {
		tone             Tone
		name             string
		fill, text, fore fyne.ThemeColorName
	}{
		{ToneNeutral, "neutral", theme.ColorNameButton, theme.ColorNameForeground, theme.ColorNameForeground},
		{ToneActive, "active", theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary, theme.ColorNameHyperlink},
		{ToneSuccess, "success", theme.ColorNameSuccess, theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
		{ToneWarning, "warning", theme.ColorNameWarning, theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		{ToneDanger, "danger", theme.ColorNameError, theme.ColorNameForegroundOnError, theme.ColorNameError},
		{ToneMuted, "muted", theme.ColorNameDisabledButton, theme.ColorNamePlaceHolder, theme.ColorNamePlaceHolder},
		// A value outside the constants is drawn as neutral.
		{Tone(-1), "unknown", theme.ColorNameButton, theme.ColorNameForeground, theme.ColorNameForeground},
		{Tone(99), "unknown", theme.ColorNameButton, theme.ColorNameForeground, theme.ColorNameForeground},
	}
	for _, tt := range tests {
		if got := tt.tone.String(); got != tt.name {
			t.Errorf("Tone(%d).String() = %q, want %q", tt.tone, got, tt.name)
		}
		if got := tt.tone.FillColorName(); got != tt.fill {
			t.Errorf("%s fill %q, want %q", tt.name, got, tt.fill)
		}
		if got := tt.tone.TextColorName(); got != tt.text {
			t.Errorf("%s text %q, want %q", tt.name, got, tt.text)
		}
		if got := tt.tone.ForegroundColorName(); got != tt.fore {
			t.Errorf("%s foreground %q, want %q", tt.name, got, tt.fore)
		}
	}
}
