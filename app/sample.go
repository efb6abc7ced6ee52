package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/sample"
)

// offerSample asks, on an empty database, whether to load the sample
// portfolio.
func (u *UI) offerSample() {
	msg := widget.NewLabel(u.tr("sample.offer"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(u.tr("sample.title"), u.tr("sample.load"), u.tr("sample.empty"), msg, func(ok bool) {
		if !ok {
			return
		}
		u.run(u.tr("sample.loading"), u.sampleWriter(), u.changed)
	}, u.window)
	d.Resize(fyne.NewSize(460, 220))
	d.Show()
}

// loadSample loads the sample portfolio at once, without asking.
func (u *UI) loadSample() error {
	if err := u.sampleWriter()(func(float64) {}); err != nil {
		return err
	}
	return u.reloadCustomers()
}

// sampleWriter returns work for run that saves the sample portfolio of
// today in one transaction; loading it twice changes nothing the second
// time. It reads what it needs of the window now, so that the work may
// run off the UI goroutine.
func (u *UI) sampleWriter() func(progress func(float64)) error {
	store, cat, today := u.store, u.cat, u.today()
	return func(progress func(float64)) error {
		accounts := sample.Portfolio(cat, today)
		progress(0.3)
		if _, err := store.ImportAccounts(accounts); err != nil {
			return fmt.Errorf("load the sample portfolio: %w", err)
		}
		progress(1)
		return nil
	}
}
