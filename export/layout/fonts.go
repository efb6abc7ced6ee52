package layout

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
)

// Noto Sans (SIL Open Font License 1.1, see fonts/OFL.txt) is embedded in
// every document: it covers Latin, Greek and Cyrillic text.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	notoSansRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	notoSansBold []byte
)

// Fonts are the typefaces documents are set in: the embedded Noto Sans
// faces and a Japanese TrueType font of the system for the characters
// Noto Sans lacks, each read and measured once. One Fonts serves any
// number of documents, also at the same time; make one with LoadFonts and
// pass it in Config.Fonts.
type Fonts struct {
	regular, bold *fontFace
	// cjkPath is the configured Japanese font; empty to search.
	cjkPath string
	cjkOnce sync.Once
	cjk     *cjkFont // nil when there is none
	// cjkNotes say which font files were passed over and why.
	cjkNotes []string
	cjkErr   error
}

// LoadFonts reads the fonts of documents. cjkPath is the TrueType font
// for characters Noto Sans lacks (Japanese); empty searches
// CJKFontCandidates and fontconfig. The Japanese font is read the first
// time a document needs it, or CJKFont is called. A Japanese font that
// cannot be found or read is not an error here: documents then draw those
// characters as boxes and say why in Report.Log.
func LoadFonts(cjkPath string) (*Fonts, error) {
	regular, err := parseFont(notoSansRegular)
	if err != nil {
		return nil, fmt.Errorf("embedded Noto Sans Regular: %w", err)
	}
	bold, err := parseFont(notoSansBold)
	if err != nil {
		return nil, fmt.Errorf("embedded Noto Sans Bold: %w", err)
	}
	return &Fonts{regular: regular, bold: bold, cjkPath: cjkPath}, nil
}

// CJKFont returns the path of the Japanese font documents are set in,
// reading the font if no document has needed it yet, or the reason there
// is none.
func (f *Fonts) CJKFont() (string, error) {
	cjk, _, err := f.cjkFont()
	if err != nil {
		return "", err
	}
	return cjk.path, nil
}

// cjkFont returns the Japanese font, reading it on first use, with notes
// on the font files passed over.
func (f *Fonts) cjkFont() (*cjkFont, []string, error) {
	f.cjkOnce.Do(func() {
		cjk, notes, err := findCJKFont(f.cjkPath)
		f.cjkNotes, f.cjkErr = notes, err
		if err == nil {
			f.cjk = &cjk
		}
	})
	return f.cjk, f.cjkNotes, f.cjkErr
}

// CJKFontCandidates returns the files, in order of preference, where
// LoadFonts looks for a Japanese TrueType font when it is given no path.
// After these, it asks fontconfig (fc-match) when it is installed.
func CJKFontCandidates() []string {
	return []string{
		"/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
		"/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
		"/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
		"/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
		"/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
		"/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf",
		"/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf",
		"/Library/Fonts/Arial Unicode.ttf",
		"/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
	}
}

// cjkFont is a loaded CJK fallback font.
type cjkFont struct {
	path    string
	data    []byte
	face    *fontFace
	program *fontProgram
}

// embedded returns the font data to hand the PDF writer for drawing
// runes: the font cut down to them, or the whole font when they are more
// than a cut font can map (the writer then keeps the glyphs drawn, only
// slower).
func (f *cjkFont) embedded(runes []rune) []byte {
	data, err := f.program.cut(runes)
	if err != nil {
		return f.data
	}
	return data
}

// errNoCJKFont reports that no usable CJK font was found.
var errNoCJKFont = errors.New("no Japanese TrueType font found")

// findCJKFont loads the configured CJK font, or the first usable one of
// the candidates and fontconfig's answer. The notes say which files were
// passed over and why.
func findCJKFont(configured string) (cjkFont, []string, error) {
	if configured != "" {
		f, err := loadCJKFont(configured)
		if err != nil {
			return cjkFont{}, nil, fmt.Errorf("CJK font %s: %w", configured, err)
		}
		return f, nil, nil
	}
	var notes []string
	try := func(path string) (cjkFont, bool) {
		if _, err := os.Stat(path); err != nil {
			return cjkFont{}, false
		}
		f, err := loadCJKFont(path)
		if err != nil {
			notes = append(notes, fmt.Sprintf("CJK font %s skipped: %v", path, err))
			return cjkFont{}, false
		}
		return f, true
	}
	for _, path := range CJKFontCandidates() {
		if f, ok := try(path); ok {
			return f, notes, nil
		}
	}
	if path := fcMatch(); path != "" {
		if f, ok := try(path); ok {
			return f, notes, nil
		}
	}
	return cjkFont{}, notes, errNoCJKFont
}

// fcMatch asks fontconfig for a Japanese TrueType font; it returns "" when
// fontconfig is not installed or knows none.
func fcMatch() string {
	bin, err := exec.LookPath("fc-match")
	if err != nil {
		return ""
	}
	out, err := exec.Command(bin, "-f", "%{file}", ":lang=ja:fontformat=TrueType").Output()
	if err != nil {
		return ""
	}
	path := strings.TrimSpace(string(out))
	if !strings.HasSuffix(strings.ToLower(path), ".ttf") {
		return ""
	}
	return path
}

// loadCJKFont reads a font file and checks it can draw Japanese.
func loadCJKFont(path string) (cjkFont, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return cjkFont{}, fmt.Errorf("read font: %w", err)
	}
	face, err := parseFont(data)
	if err != nil {
		return cjkFont{}, err
	}
	if !face.has('日') || !face.has('あ') {
		return cjkFont{}, errors.New("font has no Japanese characters")
	}
	program, err := parseProgram(data, face)
	if err != nil {
		return cjkFont{}, err
	}
	return cjkFont{path: path, data: data, face: face, program: program}, nil
}
