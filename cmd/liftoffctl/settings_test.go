package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeLogo writes a PNG logo of w by h pixels into dir and returns its
// path and bytes.
func writeLogo(t *testing.T, dir string, w, h int) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "acme-logo.png")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, b.Bytes()
}

func TestSettingsSetBranding(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	path, logo := writeLogo(t, t.TempDir(), 40, 10)
	c.ok("settings", "set", "--organisation", "Example Software", "--logo", path, "--confidentiality", "Confidential: prepared for %s")

	out := c.ok("settings", "show")
	for _, want := range []string{"Example Software", "acme-logo.png (" + byteSize(len(logo)) + ")", "Confidential: prepared for %s"} {
		if !strings.Contains(out, want) {
			t.Errorf("settings show lacks %q:\n%s", want, out)
		}
	}
	var got struct {
		Branding brandingJSON `json:"branding"`
	}
	if err := json.Unmarshal([]byte(c.ok("settings", "show", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	want := brandingJSON{Organisation: "Example Software", LogoName: "acme-logo.png", LogoBytes: len(logo), Confidentiality: "Confidential: prepared for %s"}
	if got.Branding != want {
		t.Errorf("settings show --json: branding %+v, want %+v", got.Branding, want)
	}

	// Only the flags given change; --logo "" removes the logo.
	c.ok("settings", "set", "--logo", "")
	out = c.ok("settings", "show")
	if !strings.Contains(out, "Example Software") || strings.Contains(out, "acme-logo.png") {
		t.Errorf("after --logo \"\":\n%s", out)
	}
	c.ok("settings", "set", "--organisation", "", "--confidentiality", "")
	got.Branding = brandingJSON{Organisation: "not read"}
	if err := json.Unmarshal([]byte(c.ok("settings", "show", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if got.Branding != (brandingJSON{}) {
		t.Errorf("after removing everything: %+v", got.Branding)
	}
}

func TestSettingsSetRefusesABadLogo(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	path, _ := writeLogo(t, t.TempDir(), 40, 10)
	c.ok("settings", "set", "--logo", path)
	before := c.ok("settings", "show", "--json")

	bad := filepath.Join(t.TempDir(), "photo.gif")
	if err := os.WriteFile(bad, []byte("GIF89a"), 0o600); err != nil {
		t.Fatal(err)
	}
	errOut := c.fail(1, "settings", "set", "--logo", bad, "--organisation", "Changed")
	if !strings.Contains(errOut, "photo.gif") || !strings.Contains(errOut, "the logo must be a PNG or SVG file of at most 512 KB") {
		t.Errorf("the error does not name the file and what a logo must be: %s", errOut)
	}
	big := filepath.Join(t.TempDir(), "big.svg")
	if err := os.WriteFile(big, []byte("<svg>"+strings.Repeat(" ", 600<<10)+"</svg>"), 0o600); err != nil {
		t.Fatal(err)
	}
	c.fail(1, "settings", "set", "--logo", big)
	c.fail(2, "settings", "set")
	if after := c.ok("settings", "show", "--json"); after != before {
		t.Errorf("refused changes were stored:\n%s\nwant\n%s", after, before)
	}
}

func TestSettingsSetFonts(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	regular, err := filepath.Abs("../../export/layout/fonts/NotoSans-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	bold, _ := filepath.Abs("../../export/layout/fonts/NotoSans-Bold.ttf")
	c.ok("settings", "set", "--font", regular, "--font", bold, "--font", regular)
	var got struct {
		Fonts []string `json:"fonts"`
	}
	if err := json.Unmarshal([]byte(c.ok("settings", "show", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if want := []string{regular, bold}; !slices.Equal(got.Fonts, want) {
		t.Errorf("fonts %q, want %q (in order, once each)", got.Fonts, want)
	}
	if out := c.ok("settings", "show"); !strings.Contains(out, regular+", "+bold) {
		t.Errorf("settings show lacks the fonts:\n%s", out)
	}
	// A file that is no TrueType font is refused and changes nothing.
	notes := filepath.Join(t.TempDir(), "notes.ttf")
	if err := os.WriteFile(notes, []byte("not a font"), 0o600); err != nil {
		t.Fatal(err)
	}
	if msg := c.fail(1, "settings", "set", "--font", notes); !strings.Contains(msg, notes) || !strings.Contains(msg, "not a TrueType font") {
		t.Errorf("a text file as --font: %q", msg)
	}
	if msg := c.fail(2, "settings", "set", "--fonts", "x.ttf"); !strings.Contains(msg, "--font") {
		t.Errorf("--fonts with a value: %q", msg)
	}
	// --fonts "" clears the list; with --font it replaces it.
	c.ok("settings", "set", "--fonts", "", "--font", bold)
	got.Fonts = nil
	if err := json.Unmarshal([]byte(c.ok("settings", "show", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Fonts, []string{bold}) {
		t.Errorf("after --fonts \"\" --font: %q", got.Fonts)
	}
	c.ok("settings", "set", "--fonts", "")
	if out := c.ok("settings", "show", "--json"); strings.Contains(out, "fonts") {
		t.Errorf("after --fonts \"\":\n%s", out)
	}
}

// TestSettingsSetHealthThresholds changes the thresholds of health: show
// prints them, `health` judges by them, and a bad value names its flag
// and changes nothing.
func TestSettingsSetHealthThresholds(t *testing.T) {
	c := newCLI(t)
	c.ok("sample")
	colour := func() string {
		t.Helper()
		var got []struct {
			Colour  string `json:"colour"`
			Reasons []struct {
				Kind   string `json:"kind"`
				Colour string `json:"colour"`
			} `json:"reasons"`
		}
		if err := json.Unmarshal([]byte(c.ok("health", "--customer", "Müller", "--json")), &got); err != nil || len(got) != 1 {
			t.Fatalf("health --json: %v %+v", err, got)
		}
		return got[0].Colour
	}
	// Müller has two overdue actions of its plan: amber below three.
	if got := colour(); got != "amber" {
		t.Fatalf("Müller is %s with the default thresholds, want amber", got)
	}
	c.ok("settings", "set", "--health-overdue-red", "2", "--health-breach-days", "90", "--health-pace-points", "0")
	if got := colour(); got != "red" {
		t.Errorf("Müller is %s with red from 2 overdue actions, want red", got)
	}
	out := c.ok("settings", "show")
	for _, want := range []string{"days a missed P1/P2 response counts  90", "overdue actions that make it red     2", "objective pace tolerance (points)    0"} {
		if !strings.Contains(out, want) {
			t.Errorf("settings show lacks %q:\n%s", want, out)
		}
	}
	var got struct {
		Health map[string]int `json:"health"`
	}
	before := c.ok("settings", "show", "--json")
	if err := json.Unmarshal([]byte(before), &got); err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"breachWindowDays": 90, "overdueActionsRed": 2, "paceTolerancePoints": 0}; !maps.Equal(got.Health, want) {
		t.Errorf("settings show --json: health %v, want %v", got.Health, want)
	}

	for _, tc := range []struct{ args, says []string }{
		{[]string{"--health-breach-days", "0"}, []string{"--health-breach-days", "from 1 to 365"}},
		{[]string{"--health-breach-days", "366", "--organisation", "Changed"}, []string{"--health-breach-days", "from 1 to 365"}},
		{[]string{"--health-overdue-red", "100"}, []string{"--health-overdue-red", "from 1 to 99"}},
		{[]string{"--health-pace-points", "-1"}, []string{"--health-pace-points", "from 0 to 100"}},
		{[]string{"--health-pace-points", "0.2"}, []string{"--health-pace-points", "not a whole number"}},
	} {
		msg := c.fail(2, append([]string{"settings", "set"}, tc.args...)...)
		for _, want := range tc.says {
			if !strings.Contains(msg, want) {
				t.Errorf("settings set %s: %q lacks %q", strings.Join(tc.args, " "), msg, want)
			}
		}
	}
	if after := c.ok("settings", "show", "--json"); after != before {
		t.Errorf("refused changes were stored:\n%s\nwant\n%s", after, before)
	}
}
