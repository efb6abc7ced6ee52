// Package places says where Liftoff keeps its files for a user, following
// each platform's habits:
//
//   - Linux and the BSDs (the XDG base directories): the database and its
//     backups in $XDG_DATA_HOME/Liftoff (~/.local/share/Liftoff), the
//     installed catalog and its templates in $XDG_CONFIG_HOME/Liftoff
//     (~/.config/Liftoff), the log in $XDG_STATE_HOME/Liftoff
//     (~/.local/state/Liftoff);
//   - Windows: the database, backups and catalog in %AppData%\Liftoff,
//     the log in %LocalAppData%\Liftoff\Logs;
//   - macOS: the database, backups and catalog in
//     ~/Library/Application Support/Liftoff, the log in ~/Library/Logs/Liftoff.
//
// $LIFTOFF_CONFIG names another config folder. Every answer is worked out
// from the environment alone, so that the rules of one platform can be
// checked on another.
package places

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
)

// App is the name of Liftoff's folder in each of the user's folders.
const App = "Liftoff"

// EnvConfig is the environment variable that names the config folder in
// place of the platform's.
const EnvConfig = "LIFTOFF_CONFIG"

// System is an operating system and an environment to find folders in.
type System struct {
	// GOOS is the operating system, as runtime.GOOS names it.
	GOOS string
	// Getenv returns an environment variable, "" when it is not set.
	Getenv func(string) string
}

// Current returns this program's system: runtime.GOOS and os.Getenv.
func Current() System { return System{GOOS: runtime.GOOS, Getenv: os.Getenv} }

// DataDir returns the folder of the database and its backups.
func (s System) DataDir() (string, error) {
	switch s.GOOS {
	case "windows":
		return s.windows("AppData", "")
	case "darwin", "ios":
		return s.home("Library", "Application Support", App)
	}
	return s.xdg("XDG_DATA_HOME", ".local", "share")
}

// ConfigDir returns the folder of the installed catalog and its templates:
// $LIFTOFF_CONFIG when set, else the platform's.
func (s System) ConfigDir() (string, error) {
	if d := s.Getenv(EnvConfig); d != "" {
		return d, nil
	}
	switch s.GOOS {
	case "windows":
		return s.windows("AppData", "")
	case "darwin", "ios":
		return s.home("Library", "Application Support", App)
	}
	return s.xdg("XDG_CONFIG_HOME", ".config")
}

// LogDir returns the folder of the app's log file.
func (s System) LogDir() (string, error) {
	switch s.GOOS {
	case "windows":
		return s.windows("LocalAppData", "Logs")
	case "darwin", "ios":
		return s.home("Library", "Logs", App)
	}
	return s.xdg("XDG_STATE_HOME", ".local", "state")
}

// LegacyDataDirs returns the folders where an earlier Liftoff kept the
// database, other than DataDir: on Linux and the BSDs the config folder
// (without $LIFTOFF_CONFIG, which never held it). Elsewhere the database
// has not moved and there are none.
func (s System) LegacyDataDirs() []string {
	switch s.GOOS {
	case "windows", "darwin", "ios":
		return nil
	}
	d, err := s.xdg("XDG_CONFIG_HOME", ".config")
	if err != nil {
		return nil
	}
	return []string{d}
}

// Join joins the parts of a path with the system's separator.
func (s System) Join(parts ...string) string {
	sep, trim := "/", "/"
	if s.GOOS == "windows" {
		sep, trim = `\`, `/\`
	}
	out := ""
	for _, p := range parts {
		switch {
		case p == "":
		case out == "":
			out = p
		default:
			out = strings.TrimRight(out, trim) + sep + strings.TrimLeft(p, trim)
		}
	}
	return out
}

// windows returns Liftoff's folder in the folder the environment variable
// names (AppData, LocalAppData), with sub inside it when not "".
func (s System) windows(variable, sub string) (string, error) {
	base := s.Getenv(variable)
	if base == "" && variable == "LocalAppData" {
		base = s.Getenv("AppData")
	}
	if base == "" {
		return "", fmt.Errorf("find Liftoff's folder: %%%s%% is not set", variable)
	}
	return s.Join(base, App, sub), nil
}

// home returns the folder of the parts in the user's home folder.
func (s System) home(parts ...string) (string, error) {
	h := s.Getenv("HOME")
	if h == "" {
		return "", errNoHome
	}
	return s.Join(append([]string{h}, parts...)...), nil
}

// xdg returns Liftoff's folder in the XDG base directory the variable
// names, else in the default under the home folder. A relative value is
// ignored, as the XDG specification asks.
func (s System) xdg(variable string, homeDefault ...string) (string, error) {
	if d := s.Getenv(variable); strings.HasPrefix(d, "/") {
		return s.Join(d, App), nil
	}
	d, err := s.home(homeDefault...)
	if err != nil {
		return "", fmt.Errorf("%w and $%s is not set", err, variable)
	}
	return s.Join(d, App), nil
}

// errNoHome reports that $HOME is not set.
var errNoHome = errors.New("find Liftoff's folder: $HOME is not set")
