package layout

import "testing"

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
