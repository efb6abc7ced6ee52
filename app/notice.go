package app

import (
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// savedNotice is the bar at the bottom of the window that says where a
// file was saved and offers to open it or show it in its folder. It does
// not block the window: it stays until it is closed or the next file is
// saved.
type savedNotice struct {
	w      savedNoticeWindow
	bar    *fyne.Container
	label  *widget.Label
	hint   *widget.Label
	open   *widget.Button
	folder *widget.Button
	// redo makes again the change the notice says was undone.
	redo *widget.Button
	// path is the file saved: a local path, or the URI of a place that is
	// not a local file.
	path string
}

// savedNoticeWindow is what the notice bar uses of the window: its words,
// the desktop's programs that open files and folders, and redo.
type savedNoticeWindow interface {
	texts
	// openLink opens a file or web address with the desktop's program
	// for it.
	openLink(link *url.URL) error
	// redo makes the change undone last again.
	redo()
}

// newSavedNotice builds the notice bar of w, hidden.
func newSavedNotice(w savedNoticeWindow) *savedNotice {
	n := &savedNotice{w: w, label: widget.NewLabel(""), hint: widget.NewLabel("")}
	n.label.Truncation = fyne.TextTruncateEllipsis
	n.hint.TextStyle = fyne.TextStyle{Italic: true}
	n.hint.Truncation = fyne.TextTruncateEllipsis
	n.hint.Hide()
	n.open = widget.NewButtonWithIcon(w.tr("notice.open"), theme.FileIcon(), func() { n.openSaved(n.path) })
	n.open.Importance = widget.HighImportance
	n.folder = widget.NewButtonWithIcon(w.tr("notice.showInFolder"), theme.FolderOpenIcon(), func() { n.showSavedFolder(n.path) })
	n.redo = widget.NewButtonWithIcon(w.tr("notice.redo"), theme.ContentRedoIcon(), w.redo)
	n.redo.Importance = widget.HighImportance
	n.redo.Hide()
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { n.bar.Hide() })
	closeBtn.Importance = widget.LowImportance
	n.bar = container.NewBorder(widget.NewSeparator(), nil, nil, container.NewCenter(container.NewHBox(n.open, n.folder, n.redo, closeBtn)),
		container.NewVBox(n.label, n.hint))
	n.bar.Hide()
	return n
}

// showSaved says, without interrupting, that a file was saved at path (a
// local path, or the URI of another place) and offers to open it or show
// it in its folder.
func (n *savedNotice) showSaved(path string) {
	n.path = path
	n.label.SetText(n.w.tr("notice.saved", path))
	n.hint.Hide()
	n.redo.Hide()
	n.open.Show()
	if localFile(path) {
		n.folder.Show()
	} else {
		n.folder.Hide()
	}
	n.bar.Show()
}

// showUndone says, under the screen where it covers nothing, that the
// change label was undone, with Redo when it can be made again.
func (n *savedNotice) showUndone(label string, canRedo bool) {
	n.path = ""
	n.label.SetText(n.w.tr("notice.undone", label))
	n.hint.Hide()
	n.open.Hide()
	n.folder.Hide()
	if canRedo {
		n.redo.Show()
	} else {
		n.redo.Hide()
	}
	n.bar.Show()
	n.bar.Refresh()
}

// showCancelled says, without interrupting, that long work was cancelled
// and nothing was changed or written.
func (n *savedNotice) showCancelled() {
	n.path = ""
	n.label.SetText(n.w.tr("cancel.done"))
	n.hint.Hide()
	n.open.Hide()
	n.folder.Hide()
	n.redo.Hide()
	n.bar.Show()
	n.bar.Refresh()
}

// localFile reports whether path is a path of this computer rather than
// a URI.
func localFile(path string) bool { return filepath.IsAbs(path) }

// fileURL returns the URL of a local path, or path parsed as a URI.
func fileURL(path string) (*url.URL, error) {
	if localFile(path) {
		return localFileURL(path, runtime.GOOS == "windows"), nil
	}
	link, err := url.Parse(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return link, nil
}

// localFileURL returns the file URL of an absolute path of this computer:
// file:///home/ann/a.pdf; on Windows (windows set) file:///C:/Users/Ann/a.pdf
// for a path on a drive and file://server/share/a.pdf for one on a share,
// the forms the Windows opener (url.dll's FileProtocolHandler) takes.
func localFileURL(path string, windows bool) *url.URL {
	if !windows {
		return &url.URL{Scheme: "file", Path: path}
	}
	p := strings.ReplaceAll(path, `\`, "/")
	if rest, ok := strings.CutPrefix(p, "//"); ok {
		host, share, _ := strings.Cut(rest, "/")
		return &url.URL{Scheme: "file", Host: host, Path: "/" + share}
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}

// openSaved opens the file saved at path with the desktop's program for
// it. When the desktop has none, the notice says so quietly: nothing is
// wrong with the file.
func (n *savedNotice) openSaved(path string) {
	link, err := fileURL(path)
	if err == nil {
		err = n.w.openLink(link)
	}
	if err != nil {
		kind := strings.ToUpper(strings.TrimPrefix(filepath.Ext(path), "."))
		if kind == "" {
			kind = filepath.Base(path)
		}
		n.showHint(n.w.tr("notice.noViewer", kind))
	}
}

// showSavedFolder opens the folder of the file saved at path in the
// desktop's file manager, or says quietly that there is none.
func (n *savedNotice) showSavedFolder(path string) {
	if !localFile(path) {
		return
	}
	if err := n.w.openLink(localFileURL(filepath.Dir(path), runtime.GOOS == "windows")); err != nil {
		n.showHint(n.w.tr("notice.noFileManager"))
	}
}

// showHint shows text quietly under the notice's first line.
func (n *savedNotice) showHint(text string) {
	n.hint.SetText(text)
	n.hint.Show()
	n.bar.Refresh()
}

// The window's side of the saved notice.

var _ savedNoticeWindow = (*UI)(nil)

// openLink opens a file or web address with the desktop's program for it
// (the app's OpenURL, or what a test put in its place).
func (u *UI) openLink(link *url.URL) error { return u.openURL(link) }

// showSavedNotice says, without interrupting, that a file was saved at
// path (a local path, or the URI of another place) and offers to open it
// or show it in its folder.
func (u *UI) showSavedNotice(path string) { u.notice.showSaved(path) }

// showUndoneNotice says, under the screen where it covers nothing, that
// the change label was undone, with Redo when it can be made again.
func (u *UI) showUndoneNotice(label string, canRedo bool) { u.notice.showUndone(label, canRedo) }

// showCancelledNotice says, without interrupting, that long work was
// cancelled and nothing was changed or written.
func (u *UI) showCancelledNotice() { u.notice.showCancelled() }

// hideNotice hides the notice bar.
func (u *UI) hideNotice() { u.notice.bar.Hide() }
