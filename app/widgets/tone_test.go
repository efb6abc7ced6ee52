package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

func TestToneColours(t *testing.T) {
	tests := []struct {
		tone       Tone
		name       string
		fill, text fyne.ThemeColorName
	}{
		{ToneNeutral, "neutral", theme.ColorNameButton, theme.ColorNameForeground},
		{ToneActive, "active", theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary},
		{ToneSuccess, "success", theme.ColorNameSuccess, theme.ColorNameForegroundOnSuccess},
		{ToneWarning, "warning", theme.ColorNameWarning, theme.ColorNameForegroundOnWarning},
		{ToneDanger, "danger", theme.ColorNameError, theme.ColorNameForegroundOnError},
		{ToneMuted, "muted", theme.ColorNameDisabledButton, theme.ColorNamePlaceHolder},
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
	}
}
