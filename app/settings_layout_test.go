package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
)

// labelNamed returns the visible label or text showing text under o.
func labelNamed(o fyne.CanvasObject, text string) fyne.CanvasObject {
	var found fyne.CanvasObject
	walkVisible(o, func(o fyne.CanvasObject) bool {
		switch l := o.(type) {
		case *widget.Label:
			if l.Text == text {
				found = l
			}
		case *canvas.Text:
			if l.Text == text {
				found = l
			}
		}
		return found == nil
	})
	return found
}

// TestSettingsZonesKeepTheirPlaceAfterTheLanguageList opens and closes
// the language list and checks that the time zone fields of the regions
// stay under their labels, one under the other, none drawn over another.
func TestSettingsZonesKeepTheirPlaceAfterTheLanguageList(t *testing.T) {
	for _, language := range []string{"en", "ja"} {
		t.Run(language, func(t *testing.T) {
			u, _ := newTestUIInLanguage(t, language)
			u.window.Resize(laptopWindow())
			s := settingsOf(t, u)
			u.waitIdle()
			d := fyne.CurrentApp().Driver()
			check := func(when string) {
				t.Helper()
				prevBottom := float32(-1)
				for _, r := range u.cat.Regions {
					name := u.regionNameByID(r.ID)
					label := labelNamed(u.window.Canvas().Content(), name)
					field := s.zones[r.ID]
					if label == nil || !field.Visible() {
						t.Fatalf("%s: the %s label or field is not shown", when, name)
					}
					lp, fp := d.AbsolutePositionForObject(label), d.AbsolutePositionForObject(field)
					if field.Size().Height < field.MinSize().Height || field.Size().Width < 50 {
						t.Errorf("%s: the %s field is %v, smaller than it needs", when, name, field.Size())
					}
					if fp.Y < lp.Y+label.MinSize().Height/2 {
						t.Errorf("%s: the %s field (y %v) is not under its label (y %v)", when, name, fp.Y, lp.Y)
					}
					if lp.Y < prevBottom {
						t.Errorf("%s: the %s label (y %v) is drawn over the field above it (bottom %v)", when, name, lp.Y, prevBottom)
					}
					prevBottom = fp.Y + field.Size().Height
				}
			}
			check("before")
			test.Tap(s.languages)
			u.waitIdle()
			if top := u.window.Canvas().Overlays().Top(); top == nil {
				t.Fatal("the language list did not open")
			}
			u.window.Canvas().Overlays().Top().Hide()
			u.window.Canvas().Overlays().Remove(u.window.Canvas().Overlays().Top())
			u.waitIdle()
			check("after the language list")
			s.languages.SetSelectedIndex(1)
			u.waitIdle()
			// A language applies at once: the window is made again in it.
			s = settingsOf(t, u)
			u.waitIdle()
			check("after choosing a language")
			if got := labelNamed(u.window.Canvas().Content(), u.regionNameByID(catalog.EMEA)); got == nil {
				t.Error("no EMEA label")
			}
		})
	}
}
