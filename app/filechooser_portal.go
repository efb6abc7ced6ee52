//go:build linux || freebsd || openbsd || netbsd

package app

import (
	"errors"
	"strings"

	"github.com/godbus/dbus/v5"
	"github.com/rymdport/portal/filechooser"
)

// portalChooser is the desktop's file dialog through the XDG desktop
// portal (GNOME, KDE and others), the Linux equivalent of the native open
// and save panels.
type portalChooser struct{}

// nativeFileChooser returns the desktop's file dialog.
func nativeFileChooser() fileChooser { return portalChooser{} }

func portalFilters(extensions []string) []*filechooser.Filter {
	if len(extensions) == 0 {
		return nil
	}
	f := &filechooser.Filter{Name: strings.Join(extensionPatterns(extensions), ", ")}
	for _, p := range extensionPatterns(extensions) {
		f.Rules = append(f.Rules, filechooser.Rule{Type: filechooser.GlobPattern, Pattern: p})
	}
	return []*filechooser.Filter{f}
}

func (portalChooser) save(title, folder, name string, extensions []string) (string, error) {
	uris, err := filechooser.SaveFile("", title, &filechooser.SaveFileOptions{CurrentName: name, CurrentFolder: folder, Filters: portalFilters(extensions)})
	return portalAnswer(uris, err)
}

func (portalChooser) open(title string, extensions []string) (string, error) {
	uris, err := filechooser.OpenFile("", title, &filechooser.OpenFileOptions{Filters: portalFilters(extensions)})
	return portalAnswer(uris, err)
}

// portalAnswer turns the portal's answer into a path; a missing portal
// (no session bus, no portal service) is errNoNativeChooser.
func portalAnswer(uris []string, err error) (string, error) {
	var dbusErr dbus.Error
	switch {
	case errors.As(err, &dbusErr), err != nil && isNoBus(err):
		return "", errNoNativeChooser
	case err != nil:
		return "", err
	case len(uris) == 0:
		return "", nil
	}
	return pathOfURI(uris[0])
}

// isNoBus reports errors of connecting to a session bus that is not there.
func isNoBus(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "DBUS_SESSION_BUS_ADDRESS") || strings.Contains(msg, "dbus-launch") ||
		strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such file")
}
