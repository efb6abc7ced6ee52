package planner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

// notoSansFile is a TrueType font of the repository: the documents' own.
const notoSansFile = "../export/layout/fonts/NotoSans-Regular.ttf"

// writeFile writes data into a new file of dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCheckFontFile(t *testing.T) {
	font, err := os.ReadFile(notoSansFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// A collection of one face: the "ttcf" header, version 1, one
	// offset, then the face with its table offsets moved along.
	ttc := collectionOf(t, font)
	postScript := append([]byte("OTTO"), font[4:]...)
	for _, tc := range []struct {
		name string
		path string
		want FontFileProblem
	}{
		{"TrueType font", notoSansFile, FontFileOK},
		{"collection", writeFile(t, dir, "one.ttc", ttc), FontFileOK},
		{"missing", filepath.Join(dir, "gone.ttf"), FontFileMissing},
		{"folder", dir, FontFileUnreadable},
		{"text", writeFile(t, dir, "notes.ttf", []byte("these are notes, not a font")), FontFileNotTrueType},
		{"empty", writeFile(t, dir, "empty.ttf", nil), FontFileNotTrueType},
		{"truncated", writeFile(t, dir, "cut.ttf", font[:400]), FontFileNotTrueType},
		{"PostScript outlines", writeFile(t, dir, "cff.otf", postScript), FontFilePostScript},
		{"collection of a PostScript face", writeFile(t, dir, "cff.ttc", collectionOf(t, postScript)), FontFilePostScript},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := CheckFontFile(tc.path)
			if got != tc.want {
				t.Errorf("CheckFontFile(%s) = %v (%v), want %v", tc.path, got, err, tc.want)
			}
			if (err == nil) != (tc.want == FontFileOK) {
				t.Errorf("CheckFontFile(%s): error %v with problem %v", tc.path, err, got)
			}
		})
	}
}

// collectionOf returns a font collection (.ttc) holding the one font of
// data: a collection header, then the font with every table offset moved
// past the header.
func collectionOf(t *testing.T, data []byte) []byte {
	t.Helper()
	const header = 16
	out := append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), data...)
	face := out[header:]
	n := int(face[4])<<8 | int(face[5])
	for i := range n {
		rec := face[12+16*i:]
		off := uint32(rec[8])<<24 | uint32(rec[9])<<16 | uint32(rec[10])<<8 | uint32(rec[11])
		off += header
		rec[8], rec[9], rec[10], rec[11] = byte(off>>24), byte(off>>16), byte(off>>8), byte(off)
	}
	return out
}

func TestSettingsFontsAreChecked(t *testing.T) {
	dir := t.TempDir()
	notes := writeFile(t, dir, "notes.ttf", []byte("not a font"))
	missing := filepath.Join(dir, "gone.ttf")
	s := DefaultSettings()
	s.Fonts = []string{notoSansFile, missing, notes, " "}
	err := s.Validate(catalog.Default())
	v, ok := AsValidation(err)
	if !ok {
		t.Fatalf("Validate: %v, want a validation error", err)
	}
	want := map[string]string{
		"fonts[1]": "Font " + missing + ": there is no such file",
		"fonts[2]": "Font " + notes + " is not a TrueType font (.ttf) or font collection (.ttc)",
		"fonts[3]": "Font 4 has no file",
	}
	if len(v.Problems) != len(want) {
		t.Errorf("problems %v, want %d", v.Problems, len(want))
	}
	for field, msg := range want {
		p, ok := v.Field(field)
		if !ok || p.Message != msg {
			t.Errorf("problem of %s: %q, want %q", field, p.Message, msg)
		}
		if !strings.HasPrefix(p.Text.Format, "Font ") {
			t.Errorf("problem of %s is no planner sentence: %+v", field, p.Text)
		}
	}
	s.Fonts = []string{notoSansFile}
	if err := s.Validate(catalog.Default()); err != nil {
		t.Errorf("a TrueType font was refused: %v", err)
	}
	if text, ok := FontFileText(notes); ok || text.String() != want["fonts[2]"] {
		t.Errorf("FontFileText(%s) = %q, %v", notes, text, ok)
	}
}
