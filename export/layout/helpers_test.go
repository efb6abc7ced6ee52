package layout

import (
	"os/exec"
	"testing"
)

// testScale returns a type scale of paper documents, to lay out tests.
func testScale() TypeScale {
	const ink, muted RGB = 0x1D2633, 0x5B6676
	return TypeScale{
		Title:    TextStyle{Size: 24, Bold: true, Color: ink, Lead: 1.15},
		Subtitle: TextStyle{Size: 12, Color: ink, Lead: 1.3},
		H1:       TextStyle{Size: 14, Bold: true, Color: ink, Lead: 1.25},
		H2:       TextStyle{Size: 11, Bold: true, Color: ink, Lead: 1.3},
		Body:     TextStyle{Size: 9.5, Color: ink, Lead: 1.38},
		BodyBold: TextStyle{Size: 9.5, Bold: true, Color: ink, Lead: 1.38},
		Small:    TextStyle{Size: 8.5, Color: muted, Lead: 1.35},
		Caption:  TextStyle{Size: 8, Color: muted, Lead: 1.3},
		Label:    TextStyle{Size: 8, Bold: true, Color: muted, Lead: 1.3},
	}
}

// needTool skips the test when a poppler tool is missing; `make test`
// installs poppler-utils.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (make test installs poppler-utils)", name)
	}
	return path
}

// familyCJK is a font family the canvas tests collect drawn characters
// of, as a canvas does for a font it cuts.
const familyCJK = "cjk"

// newTestDoc returns an A4 document with a page to draw on.
func newTestDoc(t *testing.T) *Doc {
	t.Helper()
	page, err := PortraitPage("A4")
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(page, testScale(), Meta{Title: "Test"}, Config{Fonts: testFonts(t)})
	if err != nil {
		t.Fatal(err)
	}
	d.AddPage()
	return d
}
