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

// newSavedNotice builds the notice bar of u, hidden.
func newSavedNotice(u *UI) *savedNotice {
	n := &savedNotice{label: widget.NewLabel(""), hint: widget.NewLabel("")}
	n.label.Truncation = fyne.TextTruncateEllipsis
	n.hint.TextStyle = fyne.TextStyle{Italic: true}
	n.hint.Truncation = fyne.TextTruncateEllipsis
	n.hint.Hide()
	n.open = widget.NewButtonWithIcon(u.tr("notice.open"), theme.FileIcon(), func() { u.openSaved(n.path) })
	n.open.Importance = widget.HighImportance
	n.folder = widget.NewButtonWithIcon(u.tr("notice.showInFolder"), theme.FolderOpenIcon(), func() { u.showSavedFolder(n.path) })
	n.redo = widget.NewButtonWithIcon(u.tr("notice.redo"), theme.ContentRedoIcon(), u.redo)
	n.redo.Importance = widget.HighImportance
	n.redo.Hide()
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { n.bar.Hide() })
	closeBtn.Importance = widget.LowImportance
	n.bar = container.NewBorder(widget.NewSeparator(), nil, nil, container.NewCenter(container.NewHBox(n.open, n.folder, n.redo, closeBtn)),
		container.NewVBox(n.label, n.hint))
	n.bar.Hide()
	return n
}

// showSavedNotice says, without interrupting, that a file was saved at
// path (a local path, or the URI of another place) and offers to open it
// or show it in its folder.
func (u *UI) showSavedNotice(path string) {
	n := u.notice
	n.path = path
	n.label.SetText(u.tr("notice.saved", path))
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

// showUndoneNotice says, under the screen where it covers nothing, that
// the change label was undone, with Redo when it can be made again.
func (u *UI) showUndoneNotice(label string, canRedo bool) {
	n := u.notice
	n.path = ""
	n.label.SetText(u.tr("notice.undone", label))
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

// showCancelledNotice says, without interrupting, that long work was
// cancelled and nothing was changed or written.
func (u *UI) showCancelledNotice() {
	n := u.notice
	n.path = ""
	n.label.SetText(u.tr("cancel.done"))
	n.hint.Hide()
	n.open.Hide()
	n.folder.Hide()
	n.redo.Hide()
	n.bar.Show()
	n.bar.Refresh()
}

// hideNotice hides the notice bar.
func (u *UI) hideNotice() { u.notice.bar.Hide() }

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
func (u *UI) openSaved(path string) {
	link, err := fileURL(path)
	if err == nil {
		err = u.openURL(link)
	}
	if err != nil {
		kind := strings.ToUpper(strings.TrimPrefix(filepath.Ext(path), "."))
		if kind == "" {
			kind = filepath.Base(path)
		}
		u.noticeHint(u.tr("notice.noViewer", kind))
	}
}

// showSavedFolder opens the folder of the file saved at path in the
// desktop's file manager, or says quietly that there is none.
func (u *UI) showSavedFolder(path string) {
	if !localFile(path) {
		return
	}
	if err := u.openURL(localFileURL(filepath.Dir(path), runtime.GOOS == "windows")); err != nil {
		u.noticeHint(u.tr("notice.noFileManager"))
	}
}

// noticeHint shows text quietly under the notice's first line.
func (u *UI) noticeHint(text string) {
	u.notice.hint.SetText(text)
	u.notice.hint.Show()
	u.notice.bar.Refresh()
}
