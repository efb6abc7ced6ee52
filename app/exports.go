package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/export"
)

// exportPDF makes a PDF with write, asks where to save it and, when
// done, says where it was saved, offering to open it (see
// showSavedNotice). The document is made first: when it has characters no font
// can draw, the TAM is told which before choosing a file, and may export
// it anyway with boxes in their place.
func (dl *deliverables) exportPDF(name string, write func(ctx context.Context, w io.Writer, opts export.Options) error) {
	opts := dl.options()
	label := dl.w.tr("export.progress", name)
	var (
		pdf     bytes.Buffer
		missing *export.MissingGlyphsError
	)
	dl.w.runCancellable(label, func(ctx context.Context, progress func(float64)) error {
		progress(0.1)
		err := write(ctx, &pdf, opts)
		var m export.MissingGlyphsError
		if errors.As(err, &m) {
			missing = &m
			return nil
		}
		return err
	}, func() {
		if missing != nil {
			dl.askMissingGlyphs(*missing, func() {
				opts.AllowMissingGlyphs = true
				dl.w.saveFile(name, label, func(ctx context.Context, w io.Writer, progress func(float64)) error {
					progress(0.1)
					return write(ctx, w, opts)
				}, dl.w.showSavedNotice)
			})
			return
		}
		data := pdf.Bytes()
		dl.w.saveFile(name, label, func(ctx context.Context, w io.Writer, progress func(float64)) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			_, err := w.Write(data)
			return err
		}, dl.w.showSavedNotice)
	})
}

// askMissingGlyphs tells which characters of a document no font of this
// computer can draw, and how to get one; the TAM may go to Settings to
// choose a font for documents, or export anyway, which runs anyway to
// export the document with boxes in their place.
func (dl *deliverables) askMissingGlyphs(m export.MissingGlyphsError, anyway func()) {
	chars := make([]string, 0, min(len(m.Runes), 12))
	for i, r := range m.Runes {
		if i == 12 {
			chars = append(chars, "…")
			break
		}
		chars = append(chars, string(r))
	}
	scripts := slices.Compact(slices.Clone(m.Scripts))
	text := dl.w.tr("export.glyphs.message", strings.Join(chars, " "), strings.Join(scripts, dl.w.tr("list.comma")))
	if m.Advice != "" {
		text += "\n\n" + m.Advice
	}
	msg := newWrapLabel(text)
	box := container.NewVScroll(msg)
	box.SetMinSize(fyne.NewSize(480, 150))
	var d *dialog.CustomDialog
	cancel := widget.NewButton(dl.w.tr("action.cancel"), func() { d.Hide() })
	fonts := widget.NewButton(dl.w.tr("export.glyphs.fonts"), func() {
		d.Hide()
		dl.w.showScreen(screenSettings)
	})
	anywayBtn := widget.NewButton(dl.w.tr("export.glyphs.anyway"), func() {
		d.Hide()
		anyway()
	})
	anywayBtn.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(dl.w.tr("export.glyphs.title"), box, dl.w.Window())
	d.SetButtons([]fyne.CanvasObject{cancel, fonts, anywayBtn})
	d.Show()
}

// localPath closes w, which Fyne's save dialog opened on a file of this
// computer, and returns the file's path with the file made private again
// when the dialog created or emptied it; false for any other place, which
// is left open.
func localPath(w fyne.URIWriteCloser) (string, bool) {
	if w.URI().Scheme() != "file" {
		return "", false
	}
	// Fyne writes a Windows path with slashes (C:/Users/...).
	path := filepath.FromSlash(w.URI().Path())
	_ = w.Close() // empty: the export replaces it
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() && st.Size() == 0 {
		_ = os.Chmod(path, 0o600)
	}
	return path, true
}

// The window's side of the exports: the options of a PDF, which the
// deliverables are given, and the file dialogs, which other screens use
// too.

// exportOptions returns the options of a PDF made now with the settings.
func (u *UI) exportOptions() export.Options {
	s := u.settings()
	// A customer without a document language of its own gets documents in
	// the language the window speaks, also when that is the system's.
	s.Language = u.text.Language()
	return export.Options{Settings: s, PageSize: s.PageSize, Author: s.Profile.Name, Now: u.now(), Fonts: u.fonts}
}

// saveFile asks where to save a file named name, starting in the folder
// of the last file saved, writes it off the UI goroutine behind a
// progress dialog, and then runs saved (when not nil) with the path (or,
// for a place that is not a local file, the URI) written.
func (u *UI) saveFile(name, label string, write func(ctx context.Context, w io.Writer, progress func(float64)) error, saved func(path string)) {
	if u.nativeSave(label, u.saveFolder(), name, []string{filepath.Ext(name)}, func(path string) {
		switch path {
		case "":
		case fallbackToFyne:
			u.fyneSaveFile(name, label, write, saved)
		default:
			u.saveToPath(path, label, write, saved, false)
		}
	}) {
		return
	}
	u.fyneSaveFile(name, label, write, saved)
}

// fyneSaveFile is saveFile with Fyne's own dialog.
func (u *UI) fyneSaveFile(name, label string, write func(ctx context.Context, w io.Writer, progress func(float64)) error, saved func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(fmt.Errorf("choose a file: %w", err))
			return
		}
		if w == nil {
			return // cancelled
		}
		if path, ok := localPath(w); ok {
			// Fyne's dialog has made (or emptied) the file with the
			// umask's permissions: write it as every export is written,
			// privately and atomically.
			u.saveToPath(path, label, write, saved, true)
			return
		}
		u.writeTo(w, label, write, saved)
	}, u.window)
	d.SetTitleText(u.tr("file.save.title"))
	d.SetConfirmText(u.tr("action.save"))
	d.SetDismissText(u.tr("action.cancel"))
	d.SetFileName(name)
	if folder := u.saveFolder(); folder != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}

// writeTo writes a file to w off the UI goroutine and then runs saved
// (when not nil) with its URI. The file is made in memory first, so that
// a failure leaves no half-written file behind the progress.
func (u *UI) writeTo(w fyne.URIWriteCloser, label string, write func(ctx context.Context, w io.Writer, progress func(float64)) error, saved func(path string)) {
	target := w.URI()
	u.runCancellable(label, func(ctx context.Context, progress func(float64)) error {
		var buf bytes.Buffer
		werr := write(ctx, &buf, progress)
		if werr == nil {
			werr = ctx.Err() // the last moment to stop without writing
		}
		if werr == nil {
			_, werr = w.Write(buf.Bytes())
		}
		cerr := w.Close()
		if werr != nil && ctx.Err() != nil {
			// Cancelled: the place Fyne's dialog made stays empty;
			// take it away again where the place allows it.
			_ = storage.Delete(target)
		}
		if werr != nil {
			return fmt.Errorf("write %s: %w", target.Name(), werr)
		}
		if cerr != nil {
			return fmt.Errorf("write %s: %w", target.Name(), cerr)
		}
		return nil
	}, func() {
		if saved != nil {
			saved(target.String())
		}
	})
}

// targetErrorText tells, in the window's language, that an export was
// refused because the chosen path is not a file.
func (u *UI) targetErrorText(e *export.TargetError) string {
	switch e.Kind {
	case export.TargetDevice:
		return u.tr("export.target.device", e.Path)
	case export.TargetNamedPipe:
		return u.tr("export.target.pipe", e.Path)
	case export.TargetFolder:
		return u.tr("export.target.folder", e.Path)
	case export.TargetSocket:
		return u.tr("export.target.socket", e.Path)
	default:
		return u.tr("export.target.special", e.Path)
	}
}

// openFile asks for a file to read and passes it to read off the UI
// goroutine behind a progress dialog; done runs afterwards on the UI
// goroutine.
func (u *UI) openFile(label string, extensions []string, read func(ctx context.Context, r io.Reader, progress func(float64)) error, done func()) {
	if u.nativeOpen(label, extensions, func(path string) {
		switch path {
		case "":
		case fallbackToFyne:
			u.fyneOpenFile(label, extensions, read, done)
		default:
			u.readFromPath(path, label, read, done)
		}
	}) {
		return
	}
	u.fyneOpenFile(label, extensions, read, done)
}

// fyneOpenFile is openFile with Fyne's own dialog.
func (u *UI) fyneOpenFile(label string, extensions []string, read func(ctx context.Context, r io.Reader, progress func(float64)) error, done func()) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(fmt.Errorf("choose a file: %w", err))
			return
		}
		if r == nil {
			return
		}
		u.runCancellable(label, func(ctx context.Context, progress func(float64)) error {
			defer r.Close()
			if err := read(ctx, r, progress); err != nil {
				return fmt.Errorf("%s: %w", r.URI().Name(), err)
			}
			return nil
		}, done)
	}, u.window)
	d.SetTitleText(u.tr("file.open.title"))
	d.SetConfirmText(u.tr("file.open"))
	d.SetDismissText(u.tr("action.cancel"))
	if len(extensions) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(extensions))
	}
	d.Show()
}
