package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme names stored in the settings.
const (
	themeLight  = "light"
	themeDark   = "dark"
	themeSystem = "system"
)

// accentBlue returns Liftoff's one accent colour, a rocket blue.
func accentBlue() color.NRGBA { return color.NRGBA{R: 0x25, G: 0x63, B: 0xEB, A: 0xFF} }

// rgb returns an opaque colour.
func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xFF} }

// liftoffTheme is Fyne's default theme with Liftoff's accent colour and a
// calm status palette, shown light, dark or as the system prefers.
type liftoffTheme struct {
	base fyne.Theme
	// forced is the variant shown whatever the system prefers; nil follows
	// the system.
	forced *fyne.ThemeVariant
	// fonts draw the text of a window in Chinese, Japanese or Korean.
	fonts windowFonts
}

// newTheme returns the theme for a settings value: "light", "dark" or
// "system" (anything else follows the system too).
func newTheme(name string) fyne.Theme {
	t := &liftoffTheme{base: theme.DefaultTheme()}
	switch name {
	case themeLight:
		v := theme.VariantLight
		t.forced = &v
	case themeDark:
		v := theme.VariantDark
		t.forced = &v
	}
	return t
}

// Color returns the colour of a themed element in the variant shown.
//
// The status colours (success, warning, error) serve twice: as the fill of
// chips and quarter blocks under the matching "foreground on" colour, and
// as text on the window's background (labels of that importance). Each is
// chosen so that both read at a contrast of at least 4.5:1 (WCAG AA) in
// its variant, without the saturated neon of Fyne's defaults.
func (t *liftoffTheme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	if t.forced != nil {
		variant = *t.forced
	}
	dark := variant == theme.VariantDark
	accent := accentBlue()
	// Text on a status fill: white on the deep light-variant fills, the
	// window's near-black on the softer dark-variant ones.
	onStatus := color.Color(color.White)
	if dark {
		onStatus = rgb(0x17, 0x17, 0x18)
	}
	switch name {
	case theme.ColorNamePrimary:
		return accent
	case theme.ColorNameForegroundOnPrimary:
		return color.White
	case theme.ColorNameFocus:
		accent.A = 0x7F
		return accent
	case theme.ColorNameHyperlink:
		if dark {
			return rgb(0x60, 0xA5, 0xFA)
		}
		return accent
	case theme.ColorNameSelection:
		accent.A = 0x40
		return accent
	case theme.ColorNameSuccess:
		if dark {
			return rgb(0x57, 0xAB, 0x5A) // a muted leaf green
		}
		return rgb(0x15, 0x80, 0x3D) // a deep forest green
	case theme.ColorNameWarning:
		if dark {
			return rgb(0xD2, 0x99, 0x22) // ochre
		}
		return rgb(0xB4, 0x53, 0x09) // burnt amber
	case theme.ColorNameError:
		if dark {
			return rgb(0xF4, 0x70, 0x67) // coral
		}
		return rgb(0xC8, 0x24, 0x24) // brick red
	case theme.ColorNameForegroundOnSuccess, theme.ColorNameForegroundOnWarning, theme.ColorNameForegroundOnError:
		return onStatus
	case theme.ColorNamePlaceHolder:
		// Fyne's light placeholder grey reads at 3.5:1 only; hints,
		// captions and cancelled blocks use it as text.
		if !dark {
			return rgb(0x6B, 0x6B, 0x6B)
		}
	}
	return t.base.Color(name, variant)
}

// Font returns the font of a text style: the window's fonts for its
// language (see windowFonts) where it has them, else Fyne's. Italic text
// takes the upright face: the scripts of those fonts have no italics.
func (t *liftoffTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace || s.Symbol || t.fonts.regular == nil:
		return t.base.Font(s)
	case s.Bold && t.fonts.bold != nil:
		return t.fonts.bold
	case s.Bold:
		return t.base.Font(s)
	}
	return t.fonts.regular
}

// Icon returns the icon of a name.
func (t *liftoffTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size returns the size of a themed dimension.
func (t *liftoffTheme) Size(n fyne.ThemeSizeName) float32 { return t.base.Size(n) }
