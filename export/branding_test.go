package export

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// brandPNG returns a PNG logo of w by h pixels: a dark bar on a
// transparent ground.
func brandPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := h / 4; y < 3*h/4; y++ {
		for x := range w {
			img.SetNRGBA(x, y, color.NRGBA{R: 0x10, G: 0x4e, B: 0x8b, A: 0xff})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// brandSVG is an SVG logo 4 units wide for every unit of height: a
// circle and a wordmark-like bar.
const brandSVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50" width="200" height="50">
  <circle cx="25" cy="25" r="22" fill="#e4572e"/>
  <path d="M15 25 L25 12 L35 25 L25 38 Z" fill="#ffffff"/>
  <rect x="58" y="14" width="130" height="9" rx="3" fill="#17344f"/>
  <rect x="58" y="29" width="90" height="7" rx="3" fill="#6b7f91"/>
</svg>`

// brandedOptions returns deterministic options whose settings brand
// documents with logo.
func brandedOptions(logo []byte, logoName string) Options {
	opts := testOptions()
	opts.Settings = planner.DefaultSettings()
	opts.Settings.Branding = planner.Branding{Organisation: "Example Software", Logo: logo, LogoName: logoName,
		Confidentiality: "Confidential: prepared for %s"}
	return opts
}

// brandedDoc lays out one page with the logo in a box at the top right
// and the organisation's lines under it, and returns the PDF, the
// result and the size the logo was drawn at.
func brandedDoc(t *testing.T, opts Options) ([]byte, Result, [2]float64) {
	t.Helper()
	d, err := newPortraitDoc(meta{kind: KindSummary, customer: "Müller GmbH", language: opts.Language}, opts)
	if err != nil {
		t.Fatal(err)
	}
	d.AddPage()
	p := d.Page()
	w, h := d.drawLogo(p.Left, p.Top, p.ContentWidth(), 18, layout.AlignRight)
	y := p.Top + 22
	for _, line := range []string{d.organisation(), d.preparedBy(), d.confidentialityLine(d.meta.customer)} {
		d.Text(p.Left, y, line, d.Scale().Body)
		y += d.Scale().Body.LineHeight()
	}
	var out bytes.Buffer
	res, err := d.finish(&out)
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), res, [2]float64{w, h}
}

// pdfImages returns the lines of `pdfimages -list` for the images of a
// PDF, without its header.
func pdfImages(t *testing.T, pdf []byte) []string {
	t.Helper()
	tool := needTool(t, "pdfimages")
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-list", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfimages: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return lines[min(2, len(lines)):]
}

func TestLogoIsDrawn(t *testing.T) {
	tests := []struct {
		name     string
		logo     []byte
		file     string
		wantSize string // width and height in pixels in the PDF
	}{
		{"png", brandPNG(t, 300, 100), "logo.png", "300 100"},
		{"svg", []byte(brandSVG), "logo.svg", "2400 600"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := brandedOptions(tt.logo, tt.file)
			pdf, res, size := brandedDoc(t, opts)
			if size[1] != 18 || size[0] <= 0 {
				t.Errorf("logo drawn %g × %g mm, want the box's height of 18 mm", size[0], size[1])
			}
			l, err := newBranding(opts).readLogoForTest()
			if err != nil {
				t.Fatal(err)
			}
			if got, want := size[0]/size[1], l.aspect(); got < want*0.999 || got > want*1.001 {
				t.Errorf("logo drawn at aspect %g, want the image's %g", got, want)
			}
			for _, line := range res.Log {
				if strings.Contains(line, "logo") {
					t.Errorf("log: %s", line)
				}
			}
			images := pdfImages(t, pdf)
			if len(images) == 0 {
				t.Fatal("the PDF holds no image")
			}
			if f := strings.Fields(images[0]); len(f) < 5 || f[0] != "1" || f[2] != "image" || f[3]+" "+f[4] != tt.wantSize {
				t.Errorf("pdfimages lists %q, want an image of %s pixels on page 1", images[0], tt.wantSize)
			}
			again, _, _ := brandedDoc(t, opts)
			if !bytes.Equal(pdf, again) {
				t.Error("two runs gave different bytes")
			}
		})
	}
}

// readLogoForTest reads the logo of b as a document would.
func (b *branding) readLogoForTest() (*brandLogo, error) { return readLogo(b.Logo) }

func TestBrokenLogoIsLeftOut(t *testing.T) {
	for _, logo := range [][]byte{[]byte("GIF89a not a logo"), brandPNG(t, 40, 10)[:60], []byte(`<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>`)} {
		opts := brandedOptions(logo, "broken.png")
		pdf, res, size := brandedDoc(t, opts)
		if size != [2]float64{} {
			t.Errorf("a broken logo was drawn at %v", size)
		}
		if res.Pages != 1 || !bytes.HasPrefix(pdf, []byte("%PDF")) {
			t.Errorf("no document without the logo: %d pages", res.Pages)
		}
		var said []string
		for _, line := range res.Log {
			if strings.Contains(line, "logo (broken.png) is left out") {
				said = append(said, line)
			}
		}
		if len(said) != 1 {
			t.Errorf("log = %q, want one line saying the logo is left out", res.Log)
		}
		if images := pdfImages(t, pdf); len(images) != 0 {
			t.Errorf("pdfimages lists %q, want no image", images)
		}
	}
}

func TestNoLogoDrawsNothing(t *testing.T) {
	pdf, res, size := brandedDoc(t, brandedOptions(nil, ""))
	if size != [2]float64{} || len(res.Log) > 0 && strings.Contains(strings.Join(res.Log, "\n"), "logo") {
		t.Errorf("without a logo: drawn %v, log %q", size, res.Log)
	}
	if images := pdfImages(t, pdf); len(images) != 0 {
		t.Errorf("pdfimages lists %q, want no image", images)
	}
}

func TestDocumentAuthor(t *testing.T) {
	tests := []struct {
		author, profile, organisation string
		want                          string
	}{
		{"Jana Nováková", "Dana Reyes", "Example Software", "Jana Nováková"},
		{"", "Dana Reyes", "Example Software", "Dana Reyes"},
		{"", "", "Example Software", "Example Software"},
		{"", "", "", "Liftoff"},
	}
	for _, tt := range tests {
		opts := Options{Author: tt.author}
		opts.Settings.Profile.Name = tt.profile
		opts.Settings.Branding.Organisation = tt.organisation
		if got := documentAuthor(opts); got != tt.want {
			t.Errorf("documentAuthor(%q, %q, %q) = %q, want %q", tt.author, tt.profile, tt.organisation, got, tt.want)
		}
	}
}

func TestAuthorInPDFInfo(t *testing.T) {
	needTool(t, "pdfinfo")
	opts := brandedOptions(nil, "")
	opts.Author = ""
	opts.Settings.Profile.Name = "Dana Reyes"
	pdf, _, _ := brandedDoc(t, opts)
	path := filepath.Join(t.TempDir(), "author.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if got := pdfInfo(t, path)["Author"]; got != "Dana Reyes" {
		t.Errorf("Author = %q, want the TAM of the profile", got)
	}
}

func TestConfidentialityLine(t *testing.T) {
	tests := []struct {
		line, organisation, customer string
		want                         string
	}{
		{"", "Example Software", "Müller GmbH", ""},
		{"Confidential: prepared for %s", "Example Software", "Müller GmbH", "Confidential: prepared for Müller GmbH"},
		{"Strictly confidential", "", "Müller GmbH", "Strictly confidential"},
		{"100% confidential", "", "Müller GmbH", "100% confidential"},
		{"%s – confidential", "", "株式会社サクラ電機", "株式会社サクラ電機 – confidential"},
		// A document about the whole portfolio is prepared for the
		// organisation itself.
		{"Confidential: prepared for %s", "Example Software", "", "Confidential: prepared for Example Software"},
		{"Confidential: prepared for %s", "", "", "Confidential"},
		{"機密：%s 様向け", "", "", "機密"},
		{"Prepared for %s only", "", "", "Prepared for only"},
	}
	for _, tt := range tests {
		opts := testOptions()
		opts.Settings.Branding = planner.Branding{Confidentiality: tt.line, Organisation: tt.organisation}
		d, err := newPortraitDoc(meta{kind: KindSummary}, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.confidentialityLine(tt.customer); got != tt.want {
			t.Errorf("confidentialityLine(%q) of %q = %q, want %q", tt.customer, tt.line, got, tt.want)
		}
	}
}

func TestPreparedBy(t *testing.T) {
	tests := []struct {
		language, author, organisation, want string
	}{
		{"en", "Dana Reyes", "Example Software", "Prepared by Dana Reyes, Example Software"},
		{"nl", "Dana Reyes", "Example Software", "Opgesteld door Dana Reyes, Example Software"},
		{"ja", "Dana Reyes", "Example Software", "作成：Example Software Dana Reyes"},
		{"en", "", "Example Software", "Prepared by Example Software"},
		{"en", "Dana Reyes", "", "Prepared by Dana Reyes"},
		{"en", "", "", ""},
	}
	for _, tt := range tests {
		opts := testOptions()
		opts.Author = tt.author
		opts.Settings.Branding.Organisation = tt.organisation
		d, err := newPortraitDoc(meta{kind: KindSummary, language: tt.language}, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.preparedBy(); got != tt.want {
			t.Errorf("preparedBy in %s = %q, want %q", tt.language, got, tt.want)
		}
	}
}

// TestEveryDocumentCarriesTheBranding makes every document kind with the
// organisation's logo, name and confidentiality line, and checks that
// each shows the logo once on its first page, names the organisation in
// every footer and prints the confidentiality line with the customer's
// name on every page, and keeps its words on the page and clear of the
// footer.
func TestEveryDocumentCarriesTheBranding(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	var mueller *planner.Account
	for i := range accts {
		if accts[i].Customer.Name == "Müller GmbH" {
			mueller = &accts[i]
		}
	}
	if mueller == nil {
		t.Fatal("the sample portfolio has no Müller GmbH")
	}
	for _, lang := range []string{"en", "nl", "ja"} {
		opts := brandedOptions([]byte(brandSVG), "logo.svg")
		opts.Language = lang
		dir := t.TempDir()
		for _, k := range Kinds() {
			t.Run(lang+"/"+string(k), func(t *testing.T) {
				acct := mueller
				if k == KindQuarter {
					acct = nil
				}
				path, res := render(t, dir, k, accts, acct, opts)
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				var images []string
				for _, l := range pdfImages(t, data) {
					if f := strings.Fields(l); len(f) > 2 && f[2] == "image" {
						images = append(images, l)
					}
				}
				if len(images) != 1 || strings.Fields(images[0])[0] != "1" {
					t.Errorf("images %q, want the logo once, on page 1", images)
				}
				customer := "Müller GmbH"
				if acct == nil {
					customer = "Example Software"
				}
				line := "Confidential: prepared for " + customer
				pages := pdfWords(t, path)
				for i := range pages {
					if (k == KindKickoff || k == KindQBR) && i == 0 {
						continue // the title slide has no footer
					}
					text := pageText(t, path, i+1)
					if !strings.Contains(text, "Example Software ·") {
						t.Errorf("page %d names no organisation in its footer: %q", i+1, text)
					}
					if !strings.Contains(text, line) {
						t.Errorf("page %d lacks %q", i+1, line)
					}
				}
				reportAll(t, path, append(wordsOffPage(pages), wordsIntoFooter(pages, pageSpecOf(t, k), k == KindKickoff || k == KindQBR)...))
				for _, l := range res.Log {
					if strings.Contains(l, "logo") {
						t.Errorf("log: %s", l)
					}
				}
			})
		}
	}
}

// pageText returns the text of page n of a PDF with runs of white space
// made single spaces.
func pageText(t *testing.T, path string, n int) string {
	t.Helper()
	page := strconv.Itoa(n)
	return spaces.ReplaceAllString(pdftotext(t, path, "-f", page, "-l", page), " ")
}
