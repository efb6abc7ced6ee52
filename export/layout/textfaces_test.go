package layout

import (
	"bytes"
	"slices"
	"testing"
)

// notoCJK returns fontconfig's faces of Noto Sans CJK and Noto Serif CJK,
// Japanese and Korean, regular and bold, and of IPA Gothic, which has no
// bold face.
func notoCJK() []fontFile {
	all := []string{"ja", "ko", "zh-cn", "zh-tw"}
	return []fontFile{
		{path: "/f/ipag.ttf", index: 0, weight: 80, family: "IPAGothic", langs: []string{"ja"}},
		{path: "/f/NotoSansCJK-Bold.ttc", index: 0, weight: 200, family: "Noto Sans CJK JP", langs: all},
		{path: "/f/NotoSansCJK-Bold.ttc", index: 1, weight: 200, family: "Noto Sans CJK KR", langs: all},
		{path: "/f/NotoSansCJK-Regular.ttc", index: 0, weight: 80, family: "Noto Sans CJK JP", langs: all},
		{path: "/f/NotoSansCJK-Regular.ttc", index: 1, weight: 80, family: "Noto Sans CJK KR", langs: all},
		{path: "/f/NotoSansCJK-Regular.ttc", index: 5, weight: 80, family: "Noto Sans Mono CJK JP", langs: all},
		{path: "/f/NotoSerifCJK-Bold.ttc", index: 0, weight: 200, family: "Noto Serif CJK JP", langs: all},
		{path: "/f/NotoSerifCJK-Regular.ttc", index: 0, weight: 80, family: "Noto Serif CJK JP", langs: all},
	}
}

func noFile(string) bool { return false }

func TestChooseTextFacesPrefersTheFamilyWithABoldFace(t *testing.T) {
	for _, tt := range []struct {
		language string
		index    int
	}{{"ja", 0}, {"ko", 1}} {
		got, ok := chooseTextFaces(notoCJK(), hanNeeds(hanLang(tt.language)), noFile)
		want := TextFaces{
			Regular: FontFace{Path: "/f/NotoSansCJK-Regular.ttc", Index: tt.index},
			Bold:    FontFace{Path: "/f/NotoSansCJK-Bold.ttc", Index: tt.index},
			HasBold: true,
		}
		if !ok || got != want {
			t.Errorf("%s: got %+v, %v; want %+v", tt.language, got, ok, want)
		}
	}
}

func TestChooseTextFacesWithoutBoldFace(t *testing.T) {
	files := slices.DeleteFunc(notoCJK(), func(f fontFile) bool { return f.path != "/f/ipag.ttf" })
	got, ok := chooseTextFaces(files, hanNeeds("ja"), noFile)
	want := TextFaces{Regular: FontFace{Path: "/f/ipag.ttf"}}
	if !ok || got != want {
		t.Errorf("got %+v, %v; want %+v", got, ok, want)
	}
}

func TestChooseTextFacesNoCJKFont(t *testing.T) {
	files := []fontFile{{path: "/f/DejaVuSans.ttf", index: 0, weight: 80, family: "DejaVu Sans", langs: []string{"en", "nl"}}}
	if got, ok := chooseTextFaces(files, hanNeeds("ja"), noFile); ok {
		t.Errorf("found %+v in a system without Japanese fonts", got)
	}
	if got, ok := chooseTextFaces(nil, hanNeeds("ja"), noFile); ok {
		t.Errorf("found %+v in a system without fonts", got)
	}
}

func TestChooseTextFacesPairsFoldersFilesByName(t *testing.T) {
	files := []fontFile{
		{path: `C:\Windows\Fonts\arial.ttf`, index: -1, weight: -1},
		{path: `C:\Windows\Fonts\msgothic.ttc`, index: -1, weight: -1},
		{path: `C:\Windows\Fonts\YuGothR.ttc`, index: -1, weight: -1},
		{path: `C:\Windows\Fonts\YuGothB.ttc`, index: -1, weight: -1},
	}
	exists := func(p string) bool { return p == `C:\Windows\Fonts\YuGothB.ttc` }
	got, ok := chooseTextFaces(files, hanNeeds("ja"), exists)
	want := TextFaces{
		Regular: FontFace{Path: `C:\Windows\Fonts\YuGothR.ttc`},
		Bold:    FontFace{Path: `C:\Windows\Fonts\YuGothB.ttc`},
		HasBold: true,
	}
	if !ok || got != want {
		t.Errorf("got %+v, %v; want %+v", got, ok, want)
	}
}

func TestFaceDataTakesOneFaceOutOfACollection(t *testing.T) {
	ttc := collectionOf(t, notoSansRegular, notoSansBold)
	for i, want := range [][]byte{notoSansRegular, notoSansBold} {
		got, err := FaceData(ttc, i)
		if err != nil {
			t.Fatalf("face %d: %v", i, err)
		}
		if _, err := parseFont(got); err != nil {
			t.Fatalf("face %d does not read as a font: %v", i, err)
		}
		gotTables, err := tableDirectory(got)
		if err != nil {
			t.Fatal(err)
		}
		wantTables, err := tableDirectory(want)
		if err != nil {
			t.Fatal(err)
		}
		if len(gotTables) != len(wantTables) {
			t.Errorf("face %d: %d tables, want %d", i, len(gotTables), len(wantTables))
		}
		for tag, w := range wantTables {
			if tag == "head" {
				continue // the checksum adjustment is the new file's
			}
			if !bytes.Equal(gotTables[tag], w) {
				t.Errorf("face %d: table %s differs", i, tag)
			}
		}
	}
	if _, err := FaceData(ttc, 2); err == nil {
		t.Error("face 2 of a collection of two: no error")
	}
	if got, err := FaceData(notoSansRegular, 0); err != nil || !bytes.Equal(got, notoSansRegular) {
		t.Errorf("a font of one face: %v, same bytes %v", err, bytes.Equal(got, notoSansRegular))
	}
	if _, err := FaceData(notoSansRegular, 1); err == nil {
		t.Error("face 1 of a font of one face: no error")
	}
}
