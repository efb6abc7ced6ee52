package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
)

func TestEntitlementRowsShowWholeTitlesInALaptopWindow(t *testing.T) {
	screenInEachLanguage(t, laptopTestUI, screenCustomer, func(t *testing.T, u *UI, s *customerScreen) {
		s.tabs.SelectIndex(customerTabEntitlements)
		u.waitIdle()
		line := fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{Bold: true}).Height
		labels, wrapped := 0, 0
		walkVisible(s.matrix, func(o fyne.CanvasObject) bool {
			switch l := o.(type) {
			case *widgets.FitLabel:
				if l.Cut() {
					t.Errorf("%q is cut", l.Text())
				}
			case *widget.Label:
				if l.Text == "" {
					return true
				}
				labels++
				if l.Size().Height+0.5 < l.MinSize().Height {
					t.Errorf("%q is %v high, needs %v", l.Text, l.Size().Height, l.MinSize().Height)
				}
				if l.TextStyle.Bold && l.MinSize().Height > line+2*theme.InnerPadding()+1 {
					wrapped++
				}
			}
			return true
		})
		if labels == 0 {
			t.Fatal("the matrix shows no entitlement")
		}
		if wrapped == 0 {
			t.Error("no title takes two lines in a laptop window: nothing shows the rows grow")
		}
	})
}
