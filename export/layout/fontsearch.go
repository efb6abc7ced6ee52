package layout

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// FontSearch says where a system keeps its fonts, which documents search
// for the characters Noto Sans lacks.
type FontSearch struct {
	// OS is the operating system as runtime.GOOS names it ("linux",
	// "windows", "darwin"); it decides the advice given when no font
	// has a character.
	OS string
	// Fontconfig asks fontconfig (fc-list) for the system's TrueType
	// fonts and the languages each covers. When it is not installed or
	// fails, Dirs are searched instead.
	Fontconfig bool
	// Dirs are the folders searched, subfolders included, for TrueType
	// fonts (.ttf) and collections (.ttc) when fontconfig is not asked.
	Dirs []string
}

// SystemFontSearch returns where the fonts of operating system goos are:
// fontconfig and the usual font folders on Linux and other Unix systems,
// %WINDIR%\Fonts and the user's font folder on Windows, the system, local
// and user font folders on macOS. getenv reads the environment (WINDIR,
// LOCALAPPDATA, HOME); pass os.Getenv, or a map's lookup in tests.
func SystemFontSearch(goos string, getenv func(string) string) FontSearch {
	home := getenv("HOME")
	switch goos {
	case "windows":
		windir := getenv("WINDIR")
		if windir == "" {
			windir = getenv("SystemRoot")
		}
		if windir == "" {
			windir = `C:\Windows`
		}
		dirs := []string{filepath.Join(windir, "Fonts")}
		if local := getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
		return FontSearch{OS: goos, Dirs: dirs}
	case "darwin":
		dirs := []string{"/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts"}
		if home != "" {
			dirs = append(dirs, filepath.Join(home, "Library", "Fonts"))
		}
		return FontSearch{OS: goos, Dirs: dirs}
	}
	dirs := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
	if home != "" {
		dirs = append(dirs, filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts"))
	}
	return FontSearch{OS: goos, Fontconfig: true, Dirs: dirs}
}

// DefaultFontSearch returns where the fonts of the running system are.
func DefaultFontSearch() FontSearch { return SystemFontSearch(runtime.GOOS, os.Getenv) }

// fontFile is a font file of the system that may have a character Noto
// Sans lacks.
type fontFile struct {
	path string
	// index is the face of a collection fontconfig named; -1 tries
	// every face.
	index int
	// langs are the languages fontconfig says the face covers, sorted;
	// nil when unknown.
	langs []string
	// weight is fontconfig's weight of the face (80 regular, 200 bold);
	// -1 when unknown.
	weight int
	// family is the face's first family name as fontconfig lists it;
	// empty when unknown.
	family string
}

// list returns the TrueType font files of the system, from fontconfig or
// else the folders, in a fixed order, and whether fontconfig listed them.
func (s FontSearch) list() ([]fontFile, bool) {
	if s.Fontconfig {
		if files, ok := fontconfigList(); ok {
			return files, true
		}
	}
	var files []fontFile
	seen := map[string]bool{}
	for _, dir := range s.Dirs {
		_ = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil // an unreadable folder is passed over
			}
			if e.IsDir() || seen[path] || !isFontFileName(path) {
				return nil
			}
			seen[path] = true
			files = append(files, fontFile{path: path, index: -1, weight: -1})
			return nil
		})
	}
	slices.SortFunc(files, func(a, b fontFile) int { return strings.Compare(a.path, b.path) })
	return files, false
}

// knownSubfolders are the folders below a search folder where Debian's
// font packages put the fonts of needsOf's names.
func knownSubfolders() []string {
	return []string{"", "truetype", "truetype/noto", "truetype/nanum", "truetype/wqy",
		"truetype/dejavu", "truetype/ipafont-gothic", "opentype/ipafont-gothic", "truetype/ipaexfont-gothic", "truetype/takao-gothic", "truetype/vlgothic"}
}

// knownFiles returns the font files named in names (lower case, in order
// of preference) that are in the search folders or their knownSubfolders,
// in the order of names. Only those folders are read, never a whole tree.
func (s FontSearch) knownFiles(names []string) []fontFile {
	if len(names) == 0 {
		return nil
	}
	found := map[string]string{}
	for _, dir := range s.Dirs {
		for _, sub := range knownSubfolders() {
			folder := filepath.Join(dir, filepath.FromSlash(sub))
			entries, err := os.ReadDir(folder)
			if err != nil {
				continue
			}
			for _, e := range entries {
				name := strings.ToLower(e.Name())
				if _, seen := found[name]; !seen && !e.IsDir() && slices.Contains(names, name) {
					found[name] = filepath.Join(folder, e.Name())
				}
			}
		}
	}
	var out []fontFile
	for _, n := range names {
		if path, ok := found[n]; ok {
			out = append(out, fontFile{path: path, index: -1, weight: -1})
		}
	}
	return out
}

// isFontFileName reports whether a file name is that of a TrueType font
// or collection (or an OpenType font, which may have TrueType outlines).
func isFontFileName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".ttf", ".ttc", ".otf":
		return true
	}
	return false
}

// fontconfigList asks fontconfig for every TrueType face of the system.
// It reports false when fontconfig is not installed or fails.
func fontconfigList() ([]fontFile, bool) {
	return fontconfigQuery(":fontformat=TrueType")
}

// fontconfigCharset asks fontconfig for the TrueType faces that have a
// glyph for r.
func fontconfigCharset(r rune) []fontFile {
	files, _ := fontconfigQuery(":charset=" + strconv.FormatInt(int64(r), 16) + ":fontformat=TrueType")
	return files
}

// fontconfigQuery lists the faces fontconfig finds for a pattern, sorted
// by file and face.
func fontconfigQuery(pattern string) ([]fontFile, bool) {
	bin, err := exec.LookPath("fc-list")
	if err != nil {
		return nil, false
	}
	out, err := exec.Command(bin, "-f", `%{file}\t%{index}\t%{weight}\t%{family[0]}\t%{lang}\n`, pattern).Output()
	if err != nil {
		return nil, false
	}
	var files []fontFile
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 5 || !isFontFileName(fields[0]) {
			continue
		}
		index, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		weight, err := strconv.ParseFloat(fields[2], 64)
		if err != nil {
			weight = -1
		}
		var langs []string
		if fields[4] != "" {
			langs = strings.Split(fields[4], "|")
			slices.Sort(langs)
		}
		files = append(files, fontFile{path: fields[0], index: index, langs: langs, weight: int(weight), family: fields[3]})
	}
	slices.SortFunc(files, func(a, b fontFile) int {
		if c := strings.Compare(a.path, b.path); c != 0 {
			return c
		}
		return a.index - b.index
	})
	return files, true
}

// covers reports whether fontconfig says the face covers language lang.
func (f fontFile) covers(lang string) bool {
	_, ok := slices.BinarySearch(f.langs, lang)
	return ok
}

// cjkLangs returns fontconfig's languages of Han text.
func cjkLangs() [4]string { return [4]string{"ja", "zh-cn", "zh-tw", "ko"} }

// scriptNeeds is what finding a font for a script takes: the language
// fontconfig lists fonts of the script under, file names of fonts known
// to draw it well (lower case, in order of preference, on Linux, Windows
// and macOS), and the Debian package that installs one.
type scriptNeeds struct {
	lang   string
	names  []string
	debian string
}

// hanNeeds returns what Han text of fontconfig language lang needs: the
// fonts of that language come first.
func hanNeeds(lang string) scriptNeeds {
	switch lang {
	case "zh-cn":
		return scriptNeeds{lang: lang, debian: "fonts-wqy-zenhei", names: []string{
			"wqy-zenhei.ttc", "wqy-microhei.ttc", "droidsansfallbackfull.ttf",
			"msyh.ttc", "msyh.ttf", "deng.ttf", "simhei.ttf", "simsun.ttc",
			"stheiti light.ttc", "stheiti medium.ttc", "arial unicode.ttf"}}
	case "zh-tw":
		return scriptNeeds{lang: lang, debian: "fonts-wqy-zenhei", names: []string{
			"wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc", "droidsansfallbackfull.ttf",
			"msjh.ttc", "msjh.ttf", "mingliu.ttc", "simsun.ttc",
			"stheiti light.ttc", "stheiti medium.ttc", "arial unicode.ttf"}}
	case "ko":
		return scriptNeeds{lang: lang, debian: "fonts-nanum", names: []string{
			"nanumgothic.ttf", "nanumbarungothic.ttf", "malgun.ttf", "gulim.ttc", "batang.ttc",
			"applegothic.ttf", "arial unicode.ttf", "wqy-zenhei.ttc"}}
	}
	return scriptNeeds{lang: "ja", debian: "fonts-ipafont-gothic", names: []string{
		"fonts-japanese-gothic.ttf", "ipag.ttf", "ipaexg.ttf", "takaogothic.ttf", "vl-gothic-regular.ttf",
		"yugothr.ttc", "yugothm.ttc", "msgothic.ttc", "meiryo.ttc", "arial unicode.ttf"}}
}

// needsOf returns what text of a Unicode script needs; hanLang is the
// fontconfig language Han text is written in (see hanLang).
func needsOf(script, hanLang string) scriptNeeds {
	switch script {
	case "Han":
		return hanNeeds(hanLang)
	case "Hiragana", "Katakana":
		return hanNeeds("ja")
	case "Hangul":
		return hanNeeds("ko")
	case "Bopomofo":
		return hanNeeds("zh-tw")
	case "Arabic":
		return scriptNeeds{lang: "ar", debian: "fonts-noto-core", names: []string{
			"notosansarabic-regular.ttf", "notonaskharabic-regular.ttf", "arial.ttf", "tahoma.ttf",
			"segoeui.ttf", "geezapro.ttc", "arial unicode.ttf", "dejavusans.ttf"}}
	case "Hebrew":
		return scriptNeeds{lang: "he", debian: "fonts-noto-core", names: []string{
			"notosanshebrew-regular.ttf", "arial.ttf", "tahoma.ttf", "segoeui.ttf",
			"arialhb.ttc", "arial unicode.ttf", "dejavusans.ttf"}}
	case "Thai":
		return scriptNeeds{lang: "th", debian: "fonts-noto-core", names: []string{
			"notosansthai-regular.ttf", "tahoma.ttf", "leelawui.ttf", "leelawad.ttf",
			"thonburi.ttc", "arial unicode.ttf"}}
	case "Devanagari":
		return scriptNeeds{lang: "hi", debian: "fonts-noto-core", names: []string{
			"notosansdevanagari-regular.ttf", "nirmala.ttf", "mangal.ttf",
			"devanagarimt.ttc", "arial unicode.ttf"}}
	case "Greek":
		return scriptNeeds{debian: "fonts-noto-core", names: []string{"dejavusans.ttf", "arial.ttf", "segoeui.ttf"}}
	case "Cyrillic":
		return scriptNeeds{debian: "fonts-noto-core", names: []string{"dejavusans.ttf", "arial.ttf", "segoeui.ttf"}}
	case "Latin":
		return scriptNeeds{debian: "fonts-noto-core", names: []string{"dejavusans.ttf", "arial.ttf", "segoeui.ttf"}}
	case "Common", "Inherited":
		return scriptNeeds{names: []string{"dejavusans.ttf", "segoeui.ttf", "segoeuisym.ttf", "arial unicode.ttf"}}
	}
	return scriptNeeds{debian: "fonts-noto-core"}
}

// hanLang returns the fontconfig language whose fonts draw Han text of a
// document in language (a BCP 47 tag): Japanese fonts for "ja",
// Simplified Chinese ones for "zh-Hans" or "zh-CN", Traditional Chinese
// ones for "zh-Hant", "zh-TW" or "zh-HK", Korean ones for "ko", and
// Japanese ones for any other language.
func hanLang(language string) string {
	tag := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(language), "_", "-"))
	primary, rest, _ := strings.Cut(tag, "-")
	switch primary {
	case "ko":
		return "ko"
	case "zh":
		for _, sub := range strings.Split(rest, "-") {
			switch sub {
			case "hant", "tw", "hk", "mo":
				return "zh-tw"
			}
		}
		return "zh-cn"
	}
	return "ja"
}

// rankFonts orders the system's font files for text of a script: files
// of known good fonts for it first, in their order; then faces fontconfig
// lists under the script's language; for Han text, among those, faces of
// fewer other Chinese, Japanese and Korean languages, which are made for
// the language asked for; faces of regular weight before others; then by
// file and face.
func rankFonts(files []fontFile, needs scriptNeeds) []fontFile {
	type ranked struct {
		f   fontFile
		key [4]int
	}
	langs := cjkLangs()
	cjk := slices.Contains(langs[:], needs.lang)
	out := make([]ranked, len(files))
	for i, f := range files {
		name := strings.ToLower(filepath.Base(f.path))
		known := slices.Index(needs.names, name)
		if known < 0 {
			known = len(needs.names)
		}
		langMiss := 1
		if needs.lang != "" && f.covers(needs.lang) {
			langMiss = 0
		}
		others := 0
		if cjk {
			for _, l := range langs {
				if l != needs.lang && f.covers(l) {
					others++
				}
			}
		}
		out[i] = ranked{f, [4]int{known, langMiss, others, weightDistance(f, name)}}
	}
	slices.SortStableFunc(out, func(a, b ranked) int {
		for k := range a.key {
			if a.key[k] != b.key[k] {
				return a.key[k] - b.key[k]
			}
		}
		return 0
	})
	sorted := make([]fontFile, len(out))
	for i, r := range out {
		sorted[i] = r.f
	}
	return sorted
}

// weightDistance returns how far a face is from regular weight: from
// fontconfig's weight when known, else guessed from the file name.
func weightDistance(f fontFile, lowerName string) int {
	if f.weight >= 0 {
		return max(f.weight-80, 80-f.weight)
	}
	for _, word := range []string{"bold", "black", "heavy", "light", "thin", "italic", "oblique", "semibold", "medium"} {
		if strings.Contains(lowerName, word) {
			return 100
		}
	}
	return 0
}
