package planner

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// FontFileProblem says what is wrong with a font file of Settings.Fonts.
type FontFileProblem int

// The problems CheckFontFile finds.
const (
	// FontFileOK is a TrueType font or collection documents can use.
	FontFileOK FontFileProblem = iota
	// FontFileMissing is a path where no file is.
	FontFileMissing
	// FontFileUnreadable is a file that cannot be opened or read.
	FontFileUnreadable
	// FontFileNotTrueType is a file that is no TrueType font (.ttf) or
	// collection (.ttc), or one that does not parse as one.
	FontFileNotTrueType
	// FontFilePostScript is an OpenType font with PostScript (CFF)
	// outlines, which documents cannot embed.
	FontFilePostScript
)

// CheckFontFile checks that path is a font file documents can draw text
// with: a TrueType font (.ttf) or collection (.ttc) whose every face
// parses, with TrueType outlines. It returns FontFileOK and nil, or the
// problem and an error with the details.
func CheckFontFile(path string) (FontFileProblem, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return FontFileMissing, fmt.Errorf("font %s: %w", path, err)
	}
	if err != nil {
		return FontFileUnreadable, fmt.Errorf("font %s: %w", path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.IsDir() {
		if err == nil {
			err = errors.New("is a folder")
		}
		return FontFileUnreadable, fmt.Errorf("font %s: %w", path, err)
	}
	tag := make([]byte, 4)
	if _, err := f.ReadAt(tag, 0); err != nil {
		if errors.Is(err, io.EOF) {
			return FontFileNotTrueType, fmt.Errorf("font %s: the file is too short", path)
		}
		return FontFileUnreadable, fmt.Errorf("font %s: %w", path, err)
	}
	if string(tag) == "ttcf" {
		// A collection: its faces' tables say what outlines they have.
		header := make([]byte, 16)
		if _, err := f.ReadAt(header, 0); err == nil {
			first := int64(header[12])<<24 | int64(header[13])<<16 | int64(header[14])<<8 | int64(header[15])
			if _, err := f.ReadAt(tag, first); err != nil {
				return FontFileNotTrueType, fmt.Errorf("font %s: the collection's first face cannot be read: %w", path, err)
			}
		}
	}
	switch string(tag) {
	case "\x00\x01\x00\x00", "true", "ttcf":
	case "OTTO":
		return FontFilePostScript, fmt.Errorf("font %s has PostScript (CFF) outlines", path)
	default:
		return FontFileNotTrueType, fmt.Errorf("font %s starts with %q, not a TrueType font", path, tag)
	}
	c, err := sfnt.ParseCollectionReaderAt(f)
	if err != nil {
		return FontFileNotTrueType, fmt.Errorf("font %s: %w", path, err)
	}
	for i := range c.NumFonts() {
		if _, err := c.Font(i); err != nil {
			return FontFileNotTrueType, fmt.Errorf("font %s, face %d: %w", path, i, err)
		}
	}
	return FontFileOK, nil
}

// FontFileText checks a font file of Settings.Fonts with CheckFontFile
// and returns what is wrong with it as a sentence naming the setting
// ("Font … is not a TrueType font …"); ok is true when nothing is.
func FontFileText(path string) (t Text, ok bool) {
	if strings.TrimSpace(path) == "" {
		return Textf("Font %s: there is no such file", path), false
	}
	problem, _ := CheckFontFile(path)
	switch problem {
	case FontFileMissing:
		return Textf("Font %s: there is no such file", path), false
	case FontFileUnreadable:
		return Textf("Font %s: the file cannot be read", path), false
	case FontFileNotTrueType:
		return Textf("Font %s is not a TrueType font (.ttf) or font collection (.ttc)", path), false
	case FontFilePostScript:
		return Textf("Font %s has PostScript (CFF) outlines, which documents cannot embed: choose a TrueType font (.ttf) or font collection (.ttc)", path), false
	}
	return Text{}, true
}

// checkFonts adds a problem for every font file of fonts that documents
// cannot use (see FontFileText).
func (p *problems) checkFonts(fonts []string) {
	for i, path := range fonts {
		field := fmt.Sprintf("fonts[%d]", i)
		if strings.TrimSpace(path) == "" {
			p.add(field, "Font %d has no file", i+1)
			continue
		}
		if t, ok := FontFileText(path); !ok {
			p.addProblem(field, t)
		}
	}
}
