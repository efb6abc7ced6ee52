package layout

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLoadFontsFindsCJKFont(t *testing.T) {
	want := systemCJK(t)
	fonts, err := LoadFonts("")
	if err != nil {
		t.Fatal(err)
	}
	if path, err := fonts.CJKFont(); err != nil || path != want.path {
		t.Errorf("CJKFont() = %q, %v; want %s", path, err, want.path)
	}
	configured, err := LoadFonts(want.path)
	if err != nil {
		t.Fatal(err)
	}
	if path, err := configured.CJKFont(); err != nil || path != want.path {
		t.Errorf("configured: CJKFont() = %q, %v; want %s", path, err, want.path)
	}
}

// TestKnownFontsNeedNoListing checks that a well-known font of a script,
// in a Debian package's folder under a search folder, is found without
// listing every font of the system.
func TestKnownFontsNeedNoListing(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "truetype", "nanum")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "NanumGothic.ttf"), []byte("not read here"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := FontSearch{OS: "linux", Dirs: []string{dir}}
	got := s.knownFiles([]string{"nanumbarungothic.ttf", "nanumgothic.ttf"})
	if len(got) != 1 || got[0].path != filepath.Join(sub, "NanumGothic.ttf") {
		t.Errorf("known files %+v, want NanumGothic.ttf in truetype/nanum", got)
	}
	if s.knownFiles(nil) != nil {
		t.Error("no names found files")
	}
}
