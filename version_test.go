package liftoff

import (
	"os"
	"regexp"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestVersionIsFyneAppTOMLs: the version and build the programs report are
// those a TOML parser reads from FyneApp.toml, the one place they are
// written.
func TestVersionIsFyneAppTOMLs(t *testing.T) {
	var file struct {
		Details struct {
			Version string
			Build   int
		}
	}
	if _, err := toml.DecodeFile("FyneApp.toml", &file); err != nil {
		t.Fatal(err)
	}
	if Version != file.Details.Version || Build != file.Details.Build {
		t.Errorf("Version %q build %d, FyneApp.toml says %q build %d", Version, Build, file.Details.Version, file.Details.Build)
	}
	if !regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`).MatchString(Version) {
		t.Errorf("Version %q is not MAJOR.MINOR.PATCH, which the packaging tool and Windows version resources need", Version)
	}
	if Build < 1 {
		t.Errorf("Build %d: Windows version resources need a build number of at least 1", Build)
	}
}

func TestDetailReadsOnlyTheDetailsTable(t *testing.T) {
	const text = "Website = \"x\"\n[Other]\nVersion = \"9.9.9\"\n[Details]\n  Version = \"1.2.3\" \nBuild = 7\n"
	if got := detail(text, "Version"); got != "1.2.3" {
		t.Errorf("Version %q, want 1.2.3", got)
	}
	if got := detail(text, "Build"); got != "7" {
		t.Errorf("Build %q, want 7", got)
	}
	if got := detail(text, "Name"); got != "" {
		t.Errorf("Name %q, want none", got)
	}
}

// TestREADMEVersionLine: the README's version line names this version.
func TestREADMEVersionLine(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Version: \*\*([^*]+)\*\*`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no line starting with Version: **X.Y.Z**")
	}
	if string(m[1]) != Version {
		t.Errorf("README.md says version %s, FyneApp.toml %s", m[1], Version)
	}
}
