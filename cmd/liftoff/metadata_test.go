package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestMetadataMatchesFyneAppTOML: FyneApp.toml, which the packaging tool
// reads, is the source of the app's ID, name, version, build, icon and
// migrations; the metadata the binary sets must say the same.
func TestMetadataMatchesFyneAppTOML(t *testing.T) {
	var file struct {
		Details struct {
			Icon, Name, ID, Version string
			Build                   int
		}
		Migrations map[string]bool
	}
	if _, err := toml.DecodeFile(filepath.Join("..", "..", "FyneApp.toml"), &file); err != nil {
		t.Fatal(err)
	}
	m := metadata()
	d := file.Details
	if m.ID != d.ID || m.Name != d.Name || m.Version != d.Version || m.Build != d.Build {
		t.Errorf("metadata %s %s %s build %d, FyneApp.toml %s %s %s build %d", m.ID, m.Name, m.Version, m.Build, d.ID, d.Name, d.Version, d.Build)
	}
	for k, v := range file.Migrations {
		if m.Migrations[k] != v {
			t.Errorf("migration %s: %v, FyneApp.toml %v", k, m.Migrations[k], v)
		}
	}
	icon, err := os.ReadFile(filepath.Join("..", "..", d.Icon))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(icon, iconPNG) {
		t.Errorf("the embedded icon differs from %s", d.Icon)
	}
}
