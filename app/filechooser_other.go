//go:build !(linux || freebsd || openbsd || netbsd)

package app

// nativeFileChooser returns nil: on this system Fyne's file dialogs are
// used.
func nativeFileChooser() fileChooser { return nil }
