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

// liftoffTheme is Fyne's default theme with Liftoff's accent colour, shown
// light, dark or as the system prefers.
type liftoffTheme struct {
	base fyne.Theme
	// forced is the variant shown whatever the system prefers; nil follows
	// the system.
	forced *fyne.ThemeVariant
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
func (t *liftoffTheme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	if t.forced != nil {
		variant = *t.forced
	}
	accent := accentBlue()
	switch name {
	case theme.ColorNamePrimary:
		return accent
	case theme.ColorNameFocus:
		accent.A = 0x7F
		return accent
	case theme.ColorNameHyperlink:
		if variant == theme.VariantDark {
			return color.NRGBA{R: 0x60, G: 0xA5, B: 0xFA, A: 0xFF}
		}
		return accent
	case theme.ColorNameSelection:
		accent.A = 0x40
		return accent
	}
	return t.base.Color(name, variant)
}

// Font returns the font of a text style.
func (t *liftoffTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon returns the icon of a name.
func (t *liftoffTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size returns the size of a themed dimension.
func (t *liftoffTheme) Size(n fyne.ThemeSizeName) float32 { return t.base.Size(n) }

// Status colours of entitlements, dates and capacity.
const (
	statusIncluded  fyne.ThemeColorName = "liftoffIncluded"
	statusPurchased fyne.ThemeColorName = "liftoffPurchased"
	statusAvailable fyne.ThemeColorName = "liftoffAvailable"
	statusNone      fyne.ThemeColorName = "liftoffNotAvailable"
	statusOverdue   fyne.ThemeColorName = "liftoffOverdue"
)

// statusColor returns the colour of a status chip: included green,
// purchased blue, available amber, not available grey, overdue red. They
// read on both light and dark backgrounds as chip fills under white text.
func statusColor(name fyne.ThemeColorName) color.Color {
	switch name {
	case statusIncluded:
		return color.NRGBA{R: 0x15, G: 0x80, B: 0x3D, A: 0xFF}
	case statusPurchased:
		return accentBlue()
	case statusAvailable:
		return color.NRGBA{R: 0xB4, G: 0x53, B: 0x09, A: 0xFF}
	case statusOverdue:
		return color.NRGBA{R: 0xDC, G: 0x26, B: 0x26, A: 0xFF}
	}
	return color.NRGBA{R: 0x6B, G: 0x72, B: 0x80, A: 0xFF}
}
