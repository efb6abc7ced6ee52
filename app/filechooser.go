package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/liftoff-app/liftoff/export"
)

// errNoNativeChooser reports that the desktop offers no file dialog of its
// own (no file chooser portal); Liftoff then shows Fyne's.
var errNoNativeChooser = errors.New("the desktop has no file chooser")

// fileChooser asks the user for a file with the desktop's own dialog. Its
// methods block until the user answers; they return "" when the user
// cancels. save starts in folder when it is not "".
type fileChooser interface {
	save(title, folder, name string, extensions []string) (path string, err error)
	open(title string, extensions []string) (path string, err error)
}

// pathOfURI turns the file URI a chooser answers with into a path. The
// portal answers with URIs it has already unescaped, so the rest of the
// URI is the path as it is, "%" and spaces included.
func pathOfURI(uri string) (string, error) {
	if uri == "" {
		return "", nil
	}
	path, ok := strings.CutPrefix(uri, "file://")
	if !ok || !strings.HasPrefix(path, "/") {
		return "", fmt.Errorf("the file chooser answered %q, not a local file", uri)
	}
	return filepath.FromSlash(path), nil
}

// nativeSave asks for a file with the desktop's dialog, off the UI
// goroutine. It reports false when there is no such dialog, so that the
// caller shows Fyne's; otherwise chosen runs on the UI goroutine with the
// path ("" when cancelled).
func (u *UI) nativeSave(title, folder, name string, extensions []string, chosen func(path string)) bool {
	return u.nativeAsk(func(c fileChooser) (string, error) { return c.save(title, folder, name, extensions) }, chosen)
}

// nativeOpen is nativeSave for a file to read.
func (u *UI) nativeOpen(title string, extensions []string, chosen func(path string)) bool {
	return u.nativeAsk(func(c fileChooser) (string, error) { return c.open(title, extensions) }, chosen)
}

func (u *UI) nativeAsk(ask func(fileChooser) (string, error), chosen func(path string)) bool {
	if u.chooser == nil || u.noChooser.Load() {
		return false
	}
	u.inBackground(func() {
		path, err := ask(u.chooser)
		u.do(func() {
			switch {
			case errors.Is(err, errNoNativeChooser):
				u.noChooser.Store(true)
				chosen(fallbackToFyne)
			case err != nil:
				u.showError(fmt.Errorf("choose a file: %w", err))
			default:
				chosen(path)
			}
		})
	})
	return true
}

// fallbackToFyne is the path nativeAsk passes when the desktop turned out
// to have no file dialog; the caller then shows Fyne's.
const fallbackToFyne = "\x00fyne"

// saveToPath writes a file at path off the UI goroutine, atomically
// (a failure leaves the previous file, or none), remembers its folder as
// the one the next save starts in, and then runs saved (when not nil)
// with the path. Cancelled, it writes nothing; when madeByDialog (Fyne's
// save dialog made the file, empty, before the export began) the empty
// file goes too.
func (u *UI) saveToPath(path, label string, write func(ctx context.Context, w io.Writer, progress func(float64)) error, saved func(path string), madeByDialog bool) {
	u.runCancellable(label, func(ctx context.Context, progress func(float64)) error {
		err := export.WriteFile(path, func(w io.Writer) error {
			if err := write(ctx, w, progress); err != nil {
				return err
			}
			return ctx.Err() // the last moment to stop: nothing is in place yet
		})
		if err != nil && ctx.Err() != nil && madeByDialog {
			removeIfEmpty(path)
		}
		return err
	}, func() {
		u.rememberSaveFolder(filepath.Dir(path))
		if saved != nil {
			saved(path)
		}
	})
}

// removeIfEmpty removes the regular file at path when it is empty: the
// file a save dialog made for an export that was cancelled.
func removeIfEmpty(path string) {
	if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() && st.Size() == 0 {
		_ = os.Remove(path)
	}
}

// readFromPath reads the file at path off the UI goroutine.
func (u *UI) readFromPath(path, label string, read func(ctx context.Context, r io.Reader, progress func(float64)) error, done func()) {
	u.runCancellable(label, func(ctx context.Context, progress func(float64)) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := read(ctx, f, progress); err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		return nil
	}, done)
}

// extensionPatterns turns [".json"] into ["*.json"].
func extensionPatterns(extensions []string) []string {
	out := make([]string, len(extensions))
	for i, e := range extensions {
		out[i] = "*" + strings.TrimPrefix(e, "*")
	}
	return out
}
