package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/storage"
)

func TestIconIsTheRepositoryIcon(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "Icon.png"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(iconPNG, want) {
		t.Error("cmd/liftoff/icon.png differs from Icon.png: run go generate ./cmd/liftoff")
	}
}

func TestResolveCatalog(t *testing.T) {
	tests := []struct {
		name        string
		file        string // content of catalog.json in the folder; "" for none
		wantWarning string
		wantOrigin  string
	}{
		{"none installed", "", "", catalog.OriginEmbedded},
		{"invalid installed", `{"version": 3}`, "cannot be used", catalog.OriginEmbedded},
		{"valid installed", string(catalog.DefaultJSON()), "", catalog.FileName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				if err := os.WriteFile(filepath.Join(dir, catalog.FileName), []byte(tt.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cat, warning := resolveCatalog(dir)
			if cat == nil {
				t.Fatal("no catalog")
			}
			if (tt.wantWarning == "") != (warning == "") || !strings.Contains(warning, tt.wantWarning) {
				t.Errorf("warning %q, want one containing %q", warning, tt.wantWarning)
			}
			if !strings.HasSuffix(cat.Origin, tt.wantOrigin) {
				t.Errorf("origin %q, want %q", cat.Origin, tt.wantOrigin)
			}
		})
	}
}

func TestOpenErrorExplains(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&storage.LockedError{Path: "/data/liftoff.db"}, "Close the other Liftoff"},
		{&storage.SchemaError{Path: "/data/liftoff.db", Found: 9, Supported: 1}, "Update Liftoff"},
		{&storage.CorruptError{Path: "/data/liftoff.db", Problem: "truncated"}, "truncated"},
		{errors.New("permission denied"), "open the database: permission denied"},
	}
	if err := openError(&storage.LockedError{Path: "/data/liftoff.db"}); !errors.Is(err, storage.ErrLocked) || !strings.Contains(err.Error(), "/data/liftoff.db") {
		t.Errorf("openError of a locked database = %v: not ErrLocked, or without the path", err)
	}
	for _, tt := range tests {
		if got := openError(tt.err).Error(); !strings.Contains(got, tt.want) {
			t.Errorf("openError(%v) = %q, want it to contain %q", tt.err, got, tt.want)
		}
	}
}

func TestConfigDirFollowsEnvironment(t *testing.T) {
	t.Setenv("LIFTOFF_CONFIG", "/somewhere/liftoff")
	dir, err := configDir()
	if err != nil || dir != "/somewhere/liftoff" {
		t.Errorf("configDir() = %q, %v", dir, err)
	}
}

func TestMetadataMatchesFyneAppToml(t *testing.T) {
	toml, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := metadata()
	for _, want := range []string{
		`ID = "` + m.ID + `"`,
		`Name = "` + m.Name + `"`,
		`Version = "` + m.Version + `"`,
		fmt.Sprintf("Build = %d", m.Build),
		"fyneDo = true",
	} {
		if !strings.Contains(string(toml), want) {
			t.Errorf("FyneApp.toml does not say %s", want)
		}
	}
	if !m.Migrations["fyneDo"] {
		t.Error("the app must opt into the fyneDo migration")
	}
}
