package layout

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// FontFace names one face of a font file: the only face (0) of a
// TrueType or OpenType font, or a face of a collection (.ttc).
type FontFace struct {
	// Path is the font file.
	Path string
	// Index is the face in a collection, 0 in a font of one face.
	Index int
}

// TextFaces are the faces a screen draws Chinese, Japanese or Korean text
// in: a regular face and, when its family has one, a bold face.
type TextFaces struct {
	// Regular draws text of regular weight.
	Regular FontFace
	// Bold draws bold text; valid only when HasBold is set.
	Bold FontFace
	// HasBold says the family of Regular has a bold face of its own.
	HasBold bool
}

// FindTextFaces returns the system's faces for Han and kana text of a
// screen in language (BCP 47; Japanese faces for any language but
// Chinese and Korean ones). Unlike the fonts of documents, faces with CFF
// (PostScript) outlines count, such as Noto Sans CJK. A family with a
// bold face is preferred; then a sans-serif, proportional family made for
// the language. ok is false when the system has no such font.
func (s FontSearch) FindTextFaces(language string) (TextFaces, bool) {
	needs := hanNeeds(hanLang(language))
	var files []fontFile
	listed := false
	if s.Fontconfig {
		files, listed = fontconfigQuery(":lang=" + needs.lang)
	}
	if !listed {
		files, _ = s.list()
	}
	return chooseTextFaces(files, needs, fileExists)
}

// fileExists reports whether path is a file.
func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// chooseTextFaces picks the regular and bold faces of FindTextFaces from
// the system's font files. Faces fontconfig listed carry their family and
// weight and pair by family; files found in folders (family unknown) pair
// by name: the file with "Bold" for "Regular" in its name, or with a "b"
// for its last "r" or after its name (yugothr.ttc and yugothb.ttc,
// meiryo.ttc and meiryob.ttc), when exists says that file is there.
func chooseTextFaces(files []fontFile, needs scriptNeeds, exists func(string) bool) (TextFaces, bool) {
	type candidate struct {
		faces TextFaces
		key   [5]int
	}
	var best *candidate
	for _, f := range files {
		lowerName := strings.ToLower(baseName(f.path))
		known := slices.Contains(needs.names, lowerName)
		if f.family == "" && !known && !f.covers(needs.lang) {
			// Folder search: only the known fonts of the script are
			// sure to draw it.
			continue
		}
		if f.family != "" && !f.covers(needs.lang) {
			continue
		}
		if weightDistance(f, lowerName) > 40 {
			continue
		}
		index := max(f.index, 0)
		faces := TextFaces{Regular: FontFace{Path: f.path, Index: index}}
		if bold, ok := boldPartner(f, files, exists); ok {
			faces.Bold, faces.HasBold = bold, true
		}
		family := strings.ToLower(f.family)
		c := candidate{faces: faces}
		if !faces.HasBold {
			c.key[0] = 1
		}
		if strings.Contains(family, "serif") || strings.Contains(family, "mincho") || strings.Contains(family, "ming") {
			c.key[1] = 1
		}
		if strings.Contains(family, "mono") {
			c.key[2] = 1
		}
		if f.family != "" && !strings.Contains(strings.ToUpper(f.family), " "+regionMark(needs.lang)) {
			c.key[3] = 1
		}
		if !known {
			c.key[4] = 1
		}
		if best == nil || slices.Compare(c.key[:], best.key[:]) < 0 {
			best = &c
		}
	}
	if best == nil {
		return TextFaces{}, false
	}
	return best.faces, true
}

// regionMark returns the mark Noto and Source Han name the family of a
// fontconfig language of Han text with ("JP" in "Noto Sans CJK JP").
func regionMark(lang string) string {
	switch lang {
	case "zh-cn":
		return "SC"
	case "zh-tw":
		return "TC"
	case "ko":
		return "KR"
	}
	return "JP"
}

// boldPartner returns the bold face of regular's family among files, or
// found by file name when the family is unknown.
func boldPartner(regular fontFile, files []fontFile, exists func(string) bool) (FontFace, bool) {
	if regular.family != "" {
		for _, f := range files {
			if f.family == regular.family && f.weight >= 180 {
				return FontFace{Path: f.path, Index: max(f.index, 0)}, true
			}
		}
		return FontFace{}, false
	}
	name := baseName(regular.path)
	dir := regular.path[:len(regular.path)-len(name)]
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	var names []string
	lower := strings.ToLower(stem)
	if i := strings.LastIndex(lower, "regular"); i >= 0 {
		names = append(names, stem[:i]+"Bold"+stem[i+len("regular"):])
	}
	b := "b"
	if strings.HasSuffix(stem, "R") {
		b = "B"
	}
	if strings.HasSuffix(lower, "r") {
		names = append(names, stem[:len(stem)-1]+b)
	}
	names = append(names, stem+b)
	for _, n := range names {
		path := dir + n + ext
		if path != regular.path && exists(path) {
			return FontFace{Path: path, Index: max(regular.index, 0)}, true
		}
	}
	return FontFace{}, false
}

// ReadFace returns face of a font file as a font file of its own, which
// a program that reads one face per file can load.
func ReadFace(face FontFace) ([]byte, error) {
	data, err := os.ReadFile(face.Path)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	out, err := FaceData(data, face.Index)
	if err != nil {
		return nil, fmt.Errorf("font %s face %d: %w", face.Path, face.Index, err)
	}
	return out, nil
}

// FaceData returns face index of the bytes of a font file as a font file
// of its own: the face of a collection with the tables it uses, or a font
// of one face as it is (index 0).
func FaceData(data []byte, index int) ([]byte, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("font file of %d bytes is too short", len(data))
	}
	if string(data[:4]) != collectionTag {
		if index != 0 {
			return nil, fmt.Errorf("font file holds one face, not face %d", index)
		}
		return data, nil
	}
	faces, err := collectionFaces(data)
	if err != nil {
		return nil, err
	}
	if index < 0 || index >= len(faces) {
		return nil, fmt.Errorf("font collection has %d faces, not face %d", len(faces), index)
	}
	dir := faces[index]
	tables, err := tableDirectoryAt(data, dir)
	if err != nil {
		return nil, err
	}
	return assembleFontVersion(binary.BigEndian.Uint32(data[dir:]), tables), nil
}
