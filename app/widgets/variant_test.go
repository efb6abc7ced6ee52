package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// variantTheme is Fyne's default theme shown in one variant, for golden
// images of the light and the dark look: the test app's settings prefer
// no variant.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the colour of name in the theme's own variant.
func (t variantTheme) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(name, t.variant)
}

// variants are the looks a golden image is taken in, by file suffix.
var variants = []struct {
	name    string
	variant fyne.ThemeVariant
}{
	{"light", theme.VariantLight},
	{"dark", theme.VariantDark},
}

// newVariantApp starts a test app showing Fyne's default theme in variant.
func newVariantApp(t *testing.T, variant fyne.ThemeVariant) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(variantTheme{Theme: theme.DefaultTheme(), variant: variant})
}

// inVariants runs check as a subtest for each of the variants, named by
// the variant, in a test app showing it.
func inVariants(t *testing.T, check func(t *testing.T, variant string)) {
	t.Helper()
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			newVariantApp(t, v.variant)
			check(t, v.name)
		})
	}
}

// benchmarkChange measures change(i), which changes what o shows, for
// i counting up, with o shown in a test window of the given size.
func benchmarkChange(b *testing.B, o fyne.CanvasObject, size fyne.Size, change func(i int)) {
	b.Helper()
	showWindow(b, o, size)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		change(i)
	}
}

// showWindow shows o in a test window of the given size, which closes
// when the test ends.
func showWindow(tb testing.TB, o fyne.CanvasObject, size fyne.Size) fyne.Window {
	tb.Helper()
	w := test.NewWindow(o)
	tb.Cleanup(w.Close)
	w.Resize(size)
	return w
}
