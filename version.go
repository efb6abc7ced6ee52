// Package liftoff holds what every Liftoff program says of its release:
// the version and build number. Both are read from FyneApp.toml, the file
// the packaging tool reads too, so that a release's version is written in
// one place only; `make dist` names its files after the same line.
package liftoff

import (
	_ "embed" // FyneApp.toml
	"strconv"
	"strings"
)

//go:embed FyneApp.toml
var fyneApp string

var (
	// Version is the release version, such as "0.1.0": the Version of
	// FyneApp.toml's [Details].
	Version = detail(fyneApp, "Version")
	// Build is the build number of the release: the Build of
	// FyneApp.toml's [Details] (0 when it is missing).
	Build, _ = strconv.Atoi(detail(fyneApp, "Build"))
)

// detail returns the value of key in the [Details] table of the TOML
// text, without quotes, or "" when it has none. It reads the simple
// key = value lines FyneApp.toml is made of; a test compares it with a
// full TOML parser.
func detail(text, key string) string {
	table := ""
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[] ")
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || table != "Details" || strings.TrimSpace(k) != key {
			continue
		}
		v = strings.TrimSpace(v)
		if s, err := strconv.Unquote(v); err == nil {
			return s
		}
		return v
	}
	return ""
}
