package app

import (
	"context"
	"fmt"
	"io"
	"time"
)

// importPortfolio reads a portfolio file chosen by the user. The store
// checks all of it first and writes all of it or nothing.
func (u *UI) importPortfolio() {
	var added, updated int
	u.openFile(u.tr("import.progress"), []string{".json"}, func(ctx context.Context, r io.Reader, progress func(float64)) error {
		progress(0.2)
		res, err := u.store.Import(ctx, r)
		if err != nil {
			return err
		}
		added, updated = res.Added, res.Updated
		return nil
	}, func() {
		u.changed()
		u.showMessage(u.tr("import.done.title"), u.tr("import.done", u.trCount("import.added", added, added), updated))
	})
}

// exportPortfolio writes the whole portfolio as a portfolio file.
func (u *UI) exportPortfolio() {
	name := fmt.Sprintf("liftoff-portfolio-%s.json", u.now().Format(time.DateOnly))
	u.saveFile(name, u.tr("export.portfolio.progress"), func(ctx context.Context, w io.Writer, progress func(float64)) error {
		progress(0.2)
		return u.store.Export(w)
	}, nil)
}
