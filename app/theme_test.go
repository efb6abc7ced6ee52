package app

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/liftoff-app/liftoff/app/widgets"
)

// minContrast is the least contrast text must have on what it is drawn
// on: WCAG 2 level AA for normal text.
const minContrast = 4.5

// relativeLuminance returns the WCAG relative luminance of an opaque
// colour, from 0 (black) to 1 (white).
func relativeLuminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	channel := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(n.R) + 0.7152*channel(n.G) + 0.0722*channel(n.B)
}

// contrastRatio returns the WCAG contrast ratio of two opaque colours,
// from 1 to 21.
func contrastRatio(a, b color.Color) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// over returns colour c drawn over the opaque colour under.
func over(c, under color.Color) color.Color {
	f := color.NRGBAModel.Convert(c).(color.NRGBA)
	u := color.NRGBAModel.Convert(under).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(f.R, u.R), G: mix(f.G, u.G), B: mix(f.B, u.B), A: 0xFF}
}

func TestContrastRatio(t *testing.T) {
	tests := []struct {
		a, b color.Color
		want float64
	}{
		{color.Black, color.White, 21},
		{color.White, color.White, 1},
		{rgb(0x77, 0x77, 0x77), color.White, 4.48}, // the classic "just fails AA" grey
		{accentBlue(), color.White, 5.17},
	}
	for _, tt := range tests {
		if got := contrastRatio(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrastRatio(%v, %v) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
		if got := contrastRatio(tt.b, tt.a); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrastRatio is not symmetric for %v, %v", tt.a, tt.b)
		}
	}
	if got := over(color.NRGBA{R: 0xFF, A: 0x80}, color.White); got != (color.NRGBA{R: 0xFF, G: 0x7F, B: 0x7F, A: 0xFF}) {
		t.Errorf("half red over white = %v", got)
	}
}

// TestThemeTextContrast checks, in the light and the dark theme, that the
// text of every tone (chips, quarter blocks, bars) reads at 4.5:1 or more
// on the fill of that tone, and that text in every tone reads on the
// window's backgrounds.
func TestThemeTextContrast(t *testing.T) {
	test.NewTempApp(t)
	for _, name := range []string{themeLight, themeDark} {
		th := newTheme(name)
		// The variant passed is ignored: the theme forces its own.
		col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		bg := col(theme.ColorNameBackground)
		type pair struct {
			what       string
			text, fill color.Color
		}
		var pairs []pair
		for tone := widgets.ToneNeutral; tone <= widgets.ToneMuted; tone++ {
			pairs = append(pairs, pair{fmt.Sprintf("%s block", tone), col(tone.TextColorName()), over(col(tone.FillColorName()), bg)})
		}
		// A block of an auto-schedule proposal: the selection tint under
		// the foreground.
		pairs = append(pairs, pair{"proposed block", col(theme.ColorNameForeground), over(col(theme.ColorNameSelection), bg)})
		for _, n := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameHeaderBackground, theme.ColorNameInputBackground} {
			under := over(col(n), bg)
			// Labels coloured by a tone (capacity over, overdue dates).
			for tone := widgets.ToneNeutral; tone <= widgets.ToneMuted; tone++ {
				pairs = append(pairs, pair{fmt.Sprintf("%s text on %s", tone, n), col(tone.ForegroundColorName()), under})
			}
		}
		pairs = append(pairs, pair{"high-importance button", col(theme.ColorNameForegroundOnPrimary), col(theme.ColorNamePrimary)})
		for _, p := range pairs {
			if r := contrastRatio(p.text, p.fill); r < minContrast {
				t.Errorf("%s theme: %s: contrast %.2f:1 (text %v on %v), want at least %.1f:1", name, p.what, r, p.text, p.fill, minContrast)
			}
		}
	}
}

// TestThemeDeliveredIsCalm checks that the green of delivered work is not
// the saturated neon of Fyne's default theme in either variant.
func TestThemeDeliveredIsCalm(t *testing.T) {
	test.NewTempApp(t)
	for _, name := range []string{themeLight, themeDark} {
		c := color.NRGBAModel.Convert(newTheme(name).Color(theme.ColorNameSuccess, theme.VariantLight)).(color.NRGBA)
		hi := max(c.R, c.G, c.B)
		lo := min(c.R, c.G, c.B)
		// HSV saturation times value: neon greens such as #43F436 are near 0.75.
		if vivid := float64(hi-lo) / 255; vivid > 0.45 {
			t.Errorf("%s theme: success colour %v is too vivid (%.2f)", name, c, vivid)
		}
	}
}

func TestThemeFollowsSettings(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name string
		want fyne.ThemeVariant
	}{
		{themeLight, theme.VariantLight},
		{themeDark, theme.VariantDark},
	}
	for _, tt := range tests {
		th := newTheme(tt.name)
		want := theme.DefaultTheme().Color(theme.ColorNameBackground, tt.want)
		for _, asked := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			if got := th.Color(theme.ColorNameBackground, asked); got != want {
				t.Errorf("%s theme asked for variant %d gives background %v, want %v", tt.name, asked, got, want)
			}
		}
	}
	system := newTheme(themeSystem)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		if got, want := system.Color(theme.ColorNameBackground, v), theme.DefaultTheme().Color(theme.ColorNameBackground, v); got != want {
			t.Errorf("system theme in variant %d gives background %v, want %v", v, got, want)
		}
	}
}
