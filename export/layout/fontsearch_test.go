package layout

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// syntheticFont returns a loadable TrueType font with a glyph (an empty
// outline) for each of chars, and weight class weight in its OS/2 table.
func syntheticFont(t testing.TB, chars string, weight uint16) []byte {
	t.Helper()
	runes := []rune(chars)
	slices.Sort(runes)
	var segs []testSegment
	for i, r := range runes {
		segs = append(segs, testSegment{start: uint16(r), end: uint16(r), delta: deltaTo(r, i+1)})
	}
	n := len(runes) + 1
	return retable(t, buildFont(n, segs), func(tb map[string][]byte) {
		tb["loca"] = make([]byte, 2*(n+1))
		tb["name"] = []byte{0, 0, 0, 0, 0, 6}
		tb["post"] = make([]byte, 32)
		os2 := make([]byte, 78)
		binary.BigEndian.PutUint16(os2[4:], weight)
		tb["OS/2"] = os2
	})
}

// collectionOf returns a TrueType collection of fonts, each face's tables
// copied after the header.
func collectionOf(t testing.TB, fonts ...[]byte) []byte {
	t.Helper()
	be := binary.BigEndian
	out := []byte(collectionTag)
	out = be.AppendUint32(out, 0x00010000)
	out = be.AppendUint32(out, uint32(len(fonts)))
	header := len(out) + 4*len(fonts)
	var body []byte
	for _, font := range fonts {
		out = be.AppendUint32(out, uint32(header+len(body)))
		dir := slices.Clone(font[:12+16*int(be.Uint16(font[4:]))])
		tablesAt := header + len(body) + len(dir)
		var tables []byte
		for i := range int(be.Uint16(font[4:])) {
			rec := dir[12+16*i:]
			off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
			be.PutUint32(rec[8:], uint32(tablesAt+len(tables)))
			tables = append(tables, font[off:off+length]...)
			for len(tables)%4 != 0 {
				tables = append(tables, 0)
			}
		}
		body = append(body, dir...)
		body = append(body, tables...)
	}
	return append(out, body...)
}

// testPage returns an A4 page grid.
func testPage(t testing.TB) Page {
	t.Helper()
	page, err := PortraitPage("A4")
	if err != nil {
		t.Fatal(err)
	}
	return page
}

// writeFile writes data to dir/name, making dir.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCollectionFaces reads a collection of a bold and a regular face:
// the regular face is chosen for a character both have, the only face
// that has one for the other, and an embedded face is a font of its own.
func TestCollectionFaces(t *testing.T) {
	bold := syntheticFont(t, "삼성", 700)
	regular := syntheticFont(t, "삼", 400)
	path := writeFile(t, t.TempDir(), "korean.ttc", collectionOf(t, bold, regular))
	fonts, err := LoadFontsWith(FontOptions{Files: []string{path}, Search: &FontSearch{}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		r    rune
		face int
	}{{'삼', 1}, {'성', 0}} {
		got, face, ok := fonts.FontFor(tt.r, "ko")
		if !ok || got != path || face != tt.face {
			t.Errorf("FontFor(%q) = %s, face %d, %v; want face %d of %s", tt.r, got, face, ok, tt.face, path)
		}
	}
	if _, _, ok := fonts.FontFor('국', "ko"); ok {
		t.Error("a font was found for a character no face has")
	}
	font := fonts.lookup('성', "").font
	if font == nil || !font.collection {
		t.Fatalf("lookup('성') = %+v, want a face of the collection", font)
	}
	for name, data := range map[string][]byte{"cut": font.embedded([]rune("성")), "whole": font.program.standalone()} {
		face, err := parseFont(data)
		if err != nil {
			t.Fatalf("%s face: %v", name, err)
		}
		if _, err := parseProgram(data, face); err != nil {
			t.Fatalf("%s face: %v", name, err)
		}
		if !face.has('성') {
			t.Errorf("%s face has no glyph for '성'", name)
		}
		if sum := tableChecksum(data); sum != 0xB1B0AFBA {
			t.Errorf("%s face: whole-font checksum %#x, want 0xB1B0AFBA", name, sum)
		}
	}
	if _, err := parseFont(collectionOf(t, regular)); !errors.Is(err, errNotTrueType) {
		t.Errorf("parseFont of a collection: err = %v, want errNotTrueType", err)
	}
	if _, err := parseFontFace(collectionOf(t, regular), 1); err == nil {
		t.Error("face 1 of a collection of one face was read")
	}
}

// wqyZenHei is the collection of Chinese fonts fonts-wqy-zenhei installs.
const wqyZenHei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

// TestSystemCollectionIsEmbedded sets Chinese text in a face of a real
// TrueType collection and reads it back from the PDF.
func TestSystemCollectionIsEmbedded(t *testing.T) {
	if _, err := os.Stat(wqyZenHei); err != nil {
		t.Skipf("%s is not installed (make test installs fonts-wqy-zenhei): %v", wqyZenHei, err)
	}
	pdftotext := needTool(t, "pdftotext")
	fonts, err := LoadFontsWith(FontOptions{Files: []string{wqyZenHei}, Search: &FontSearch{}})
	if err != nil {
		t.Fatal(err)
	}
	const text = "中国平安保险 國泰金融控股"
	d, err := New(testPage(t), testScale(), Meta{Title: "Collection"}, Config{Fonts: fonts, Language: "zh-Hans", Now: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	d.AddPage()
	d.Text(20, 20, text, testScale().Body)
	d.Text(20, 30, text, testScale().H1)
	var buf bytes.Buffer
	rep, err := d.Finish(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Han text drawn with " + wqyZenHei + " (face 0)"; !slices.Contains(rep.Log, want) {
		t.Errorf("log %q does not say %q", rep.Log, want)
	}
	path := writeFile(t, t.TempDir(), "collection.pdf", buf.Bytes())
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	if got := strings.Count(string(out), text); got != 2 {
		t.Errorf("the PDF reads %q, want %q twice", out, text)
	}
}

// TestWindowsFontFolder searches a Windows font folder given as WINDIR,
// fontconfig not asked: the known Korean fonts are tried first, in their
// order (malgun.ttf, then the collection gulim.ttc), a CFF font that has
// the character is passed over with a note, and any other font file of
// the folder is tried last.
func TestWindowsFontFolder(t *testing.T) {
	windir := t.TempDir()
	fontsDir := filepath.Join(windir, "Fonts")
	cff := syntheticFont(t, "삼", 400)
	copy(cff, "OTTO")
	writeFile(t, fontsDir, "malgun.ttf", cff)
	gulim := writeFile(t, fontsDir, "gulim.ttc", collectionOf(t, syntheticFont(t, "성", 400)))
	other := writeFile(t, fontsDir, "aaa-other.ttf", syntheticFont(t, "삼성디", 400))
	writeFile(t, fontsDir, "notes.txt", []byte("not a font"))
	env := map[string]string{"WINDIR": windir}
	search := SystemFontSearch("windows", func(k string) string { return env[k] })
	if search.Fontconfig || search.OS != "windows" || !slices.Contains(search.Dirs, fontsDir) {
		t.Fatalf("SystemFontSearch(windows) = %+v, want %s and no fontconfig", search, fontsDir)
	}
	fonts, err := LoadFontsWith(FontOptions{Search: &search})
	if err != nil {
		t.Fatal(err)
	}
	for r, want := range map[rune]string{'성': gulim, '디': other, '삼': other} {
		if path, _, ok := fonts.FontFor(r, "en"); !ok || path != want {
			t.Errorf("FontFor(%q) = %s, %v; want %s", r, path, ok, want)
		}
	}
	res := fonts.lookup('삼', "")
	if len(res.notes) != 1 || !strings.Contains(res.notes[0], "malgun.ttf") || !strings.Contains(res.notes[0], "CFF") {
		t.Errorf("notes %q, want one on the CFF font", res.notes)
	}
	if _, _, ok := fonts.FontFor('국', "en"); ok {
		t.Error("a font was found for a character no font of the folder has")
	}
}

func TestSystemFontSearch(t *testing.T) {
	env := map[string]string{"HOME": "/home/anna", "LOCALAPPDATA": `C:\Users\anna\AppData\Local`}
	getenv := func(k string) string { return env[k] }
	if got := SystemFontSearch("windows", getenv).Dirs[0]; got != filepath.Join(`C:\Windows`, "Fonts") {
		t.Errorf("windows without WINDIR: %s", got)
	}
	if got := SystemFontSearch("windows", getenv).Dirs; len(got) != 2 {
		t.Errorf("windows: %q, want the user's font folder too", got)
	}
	mac := SystemFontSearch("darwin", getenv)
	for _, want := range []string{"/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", "/home/anna/Library/Fonts"} {
		if !slices.Contains(mac.Dirs, want) {
			t.Errorf("darwin: %q lacks %s", mac.Dirs, want)
		}
	}
	if linux := SystemFontSearch("linux", getenv); !linux.Fontconfig {
		t.Error("linux: fontconfig is not asked")
	}
}

func TestHanLang(t *testing.T) {
	for tag, want := range map[string]string{
		"ja": "ja", "ja-JP": "ja", "": "ja", "en": "ja", "nl": "ja",
		"zh": "zh-cn", "zh-Hans": "zh-cn", "zh-CN": "zh-cn", "zh_SG": "zh-cn",
		"zh-Hant": "zh-tw", "zh-TW": "zh-tw", "zh-HK": "zh-tw", "zh-Hant-TW": "zh-tw",
		"ko": "ko", "ko-KR": "ko",
	} {
		if got := hanLang(tag); got != want {
			t.Errorf("hanLang(%q) = %q, want %q", tag, got, want)
		}
	}
}

// TestRankFontsByLanguage orders fontconfig's answer for Han text: a
// font made for the language first, a pan-CJK font before fonts of other
// languages, regular before bold.
func TestRankFontsByLanguage(t *testing.T) {
	files := []fontFile{
		{path: "/f/a-korean.ttf", index: -1, langs: []string{"en", "ko"}, weight: 80},
		{path: "/f/b-pan-cjk.ttc", index: 0, langs: []string{"en", "ja", "ko", "zh-cn", "zh-tw"}, weight: 80},
		{path: "/f/c-japanese-bold.ttf", index: -1, langs: []string{"en", "ja"}, weight: 200},
		{path: "/f/d-japanese.ttf", index: -1, langs: []string{"en", "ja"}, weight: 80},
		{path: "/f/e-latin.ttf", index: -1, langs: []string{"en"}, weight: 80},
	}
	for lang, want := range map[string][]string{
		"ja":    {"/f/d-japanese.ttf", "/f/c-japanese-bold.ttf", "/f/b-pan-cjk.ttc"},
		"zh-cn": {"/f/b-pan-cjk.ttc"},
		"ko":    {"/f/a-korean.ttf", "/f/b-pan-cjk.ttc"},
	} {
		needs := hanNeeds(lang)
		needs.names = nil
		var got []string
		for _, f := range rankFonts(files, needs) {
			if isPreferred(f, needs) {
				got = append(got, f.path)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// TestHanFollowsTheDocumentLanguage draws the same Han character in a
// Japanese and a Simplified Chinese document: with a Japanese and a
// Chinese font installed, each takes the font of its language.
func TestHanFollowsTheDocumentLanguage(t *testing.T) {
	fonts := testFonts(t)
	ja, _, okJA := fonts.FontFor('国', "ja")
	zh, _, okZH := fonts.FontFor('国', "zh-Hans")
	if !okJA || !okZH {
		t.Skip("no Japanese or no Chinese TrueType font installed (make test installs fonts-ipafont-gothic and fonts-wqy-zenhei)")
	}
	jaNames, zhNames := hanNeeds("ja").names, hanNeeds("zh-cn").names
	if !slices.Contains(jaNames, strings.ToLower(filepath.Base(ja))) || !slices.Contains(zhNames, strings.ToLower(filepath.Base(zh))) {
		t.Skipf("the fonts installed (%s, %s) are not ones known to be Japanese and Chinese", ja, zh)
	}
	if ja == zh {
		t.Errorf("Japanese and Chinese documents both set Han text in %s", ja)
	}
	if tw, _, ok := fonts.FontFor('國', "zh-TW"); !ok || !slices.Contains(hanNeeds("zh-tw").names, strings.ToLower(filepath.Base(tw))) {
		t.Errorf("Traditional Chinese: %s, %v; want a Traditional Chinese font", tw, ok)
	}
}

// TestMissingGlyphsError draws Korean text and an emoji with no font but
// Noto Sans: the document fails with a MissingGlyphsError naming the
// characters, their scripts and how to get a font, and writes nothing;
// allowed, it draws boxes and says so.
func TestMissingGlyphsError(t *testing.T) {
	for _, tt := range []struct {
		os   string
		want []string
	}{
		{"linux", []string{"install a font for Hangul (on Debian or Ubuntu: apt-get install fonts-nanum) or choose one in Settings", "emoji"}},
		{"windows", []string{"install a font for Hangul or choose one in Settings"}},
		{"darwin", []string{"install a font for Hangul or choose one in Settings"}},
	} {
		t.Run(tt.os, func(t *testing.T) {
			fonts, err := LoadFontsWith(FontOptions{Search: &FontSearch{OS: tt.os}})
			if err != nil {
				t.Fatal(err)
			}
			draw := func(allow bool) (Report, []byte, error) {
				d, err := New(testPage(t), testScale(), Meta{Title: "Statement"}, Config{Fonts: fonts, AllowMissingGlyphs: allow})
				if err != nil {
					t.Fatal(err)
				}
				d.AddPage()
				d.Text(20, 20, "삼성 디지털 🚀", testScale().Body)
				var buf bytes.Buffer
				rep, err := d.Finish(&buf)
				return rep, buf.Bytes(), err
			}
			_, out, err := draw(false)
			var missing MissingGlyphsError
			if !errors.As(err, &missing) {
				t.Fatalf("err = %v, want a MissingGlyphsError", err)
			}
			if len(out) > 0 {
				t.Errorf("%d bytes written", len(out))
			}
			if want := []rune("삼성디지털🚀"); !slices.Equal(missing.Runes, want) {
				t.Errorf("Runes = %q, want %q", string(missing.Runes), string(want))
			}
			if want := []string{"Hangul", "Common"}; !slices.Equal(missing.Scripts, want) {
				t.Errorf("Scripts = %q, want %q", missing.Scripts, want)
			}
			msg := err.Error()
			for _, want := range append(tt.want, "statement", "Hangul", `'삼' (U+C0BC)`) {
				if !strings.Contains(msg, want) {
					t.Errorf("message does not say %q: %s", want, msg)
				}
			}
			if tt.os != "linux" && strings.Contains(msg, "apt-get") {
				t.Errorf("advice on %s names a Debian package: %s", tt.os, msg)
			}
			rep, out, err := draw(true)
			if err != nil || !bytes.HasPrefix(out, []byte("%PDF-")) {
				t.Fatalf("allowed: err = %v, %d bytes", err, len(out))
			}
			if log := strings.Join(rep.Log, "\n"); !strings.Contains(log, "could not be drawn and show as boxes") || !strings.Contains(log, `'🚀' (U+1F680)`) {
				t.Errorf("allowed: log %q does not list the boxes", rep.Log)
			}
		})
	}
}

func TestMissingGlyphsAdvicePerScript(t *testing.T) {
	for text, pkg := range map[string]string{
		"삼성": "fonts-nanum", "مصرف": "fonts-noto-core", "בנק": "fonts-noto-core", "ธนาคาร": "fonts-noto-core",
		"बैंक": "fonts-noto-core", "中国": "fonts-wqy-zenhei", "さくら": "fonts-ipafont-gothic",
	} {
		lang := "zh-cn"
		e := newMissingGlyphsError([]rune(text), "linux", lang)
		if !strings.Contains(e.Advice, "apt-get install "+pkg) {
			t.Errorf("%s: advice %q does not name %s", text, e.Advice, pkg)
		}
	}
}
