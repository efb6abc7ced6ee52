package layout

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// testPNG returns a PNG of w by h pixels in 16 bits per channel with a
// transparent column, a form the PDF writer does not read as it is.
func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA64(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			a := uint16(0xffff)
			if x == 0 {
				a = 0
			}
			img.SetNRGBA64(x, y, color.NRGBA64{R: uint16(x * 0xffff / w), G: 0x4000, B: uint16(y * 0xffff / h), A: a})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// imageDoc lays out two pages that both draw logo, and returns the PDF
// and the drawing calls.
func imageDoc(t *testing.T, logo []byte) ([]byte, []Call) {
	t.Helper()
	page, err := PortraitPage("A4")
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(page, testScale(), Meta{Title: "Test"}, Config{Fonts: testFonts(t), Now: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		d.AddPage()
		if err := d.Image(20, 30, 40, 10, "logo", logo); err != nil {
			t.Fatal(err)
		}
		d.Text(20, 45, "Under the logo", d.Scale().Body)
	}
	var out bytes.Buffer
	if _, err := d.Finish(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), d.Calls()
}

func TestImage(t *testing.T) {
	logo := testPNG(t, 120, 30)
	first, calls := imageDoc(t, logo)
	var images []Call
	for _, c := range calls {
		if c.Op == "Image" {
			images = append(images, c)
		}
	}
	if len(images) != 2 || !slices.Equal(images[0].Numbers, []float64{20, 30, 40, 10}) || !slices.Equal(images[0].Strings, []string{"logo"}) {
		t.Errorf("image calls = %+v, want two of logo at (20, 30) 40 × 10", images)
	}
	again, _ := imageDoc(t, logo)
	if !bytes.Equal(first, again) {
		t.Errorf("the same drawing gave different bytes")
	}

	pdfimages := needTool(t, "pdfimages")
	path := filepath.Join(t.TempDir(), "image.pdf")
	if err := os.WriteFile(path, first, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdfimages, "-list", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, out)
	}
	// page num type width height color comp bpc ...: the image on both
	// pages, with its transparency as a soft mask.
	var pages []string
	for _, line := range strings.Split(string(out), "\n")[2:] {
		f := strings.Fields(line)
		if len(f) < 8 {
			continue
		}
		if f[3] != "120" || f[4] != "30" || f[7] != "8" {
			t.Errorf("image listed as %q, want 120 × 30 pixels of 8 bits", line)
		}
		pages = append(pages, f[0]+" "+f[2])
	}
	want := []string{"1 image", "1 smask", "2 image", "2 smask"}
	if !slices.Equal(pages, want) {
		t.Errorf("pdfimages lists %q, want %q\n%s", pages, want, out)
	}
	if n := bytes.Count(first, []byte("/Subtype /Image")); n != 2 {
		t.Errorf("the PDF holds %d image objects, want the image and its mask once", n)
	}
}

func TestImageRefusesWhatItCannotDraw(t *testing.T) {
	d := newTestDoc(t)
	logo := testPNG(t, 10, 10)
	if err := d.Image(10, 10, 20, 20, "logo", logo); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		w, h       float64
		image      string
		data       []byte
		wantInText string
	}{
		{"not a PNG", 20, 20, "other", []byte("GIF89a"), "other"},
		{"cut PNG", 20, 20, "cut", logo[:len(logo)/2], "cut"},
		{"empty box", 0, 20, "logo", logo, "empty"},
		{"name of other data", 20, 20, "logo", testPNG(t, 11, 10), "already used"},
		{"no name", 20, 20, "", logo, "no name"},
	}
	before := len(d.Calls())
	for _, tt := range tests {
		err := d.Image(10, 10, tt.w, tt.h, tt.image, tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.wantInText) {
			t.Errorf("%s: Image error = %v, want one saying %q", tt.name, err, tt.wantInText)
		}
	}
	if n := len(d.Calls()); n != before {
		t.Errorf("refused images recorded %d calls", n-before)
	}
	if _, err := d.Finish(&bytes.Buffer{}); err != nil {
		t.Errorf("Finish after refused images: %v", err)
	}
}
