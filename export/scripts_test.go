package export

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// scriptNames are customer names in scripts Noto Sans lacks or shares
// with other fonts, each with a name for its script.
var scriptNames = []struct{ script, name string }{
	{"arabic", "شركة الخليج للطيران"},
	{"hebrew", "בנק הפועלים"},
	{"korean", "삼성 디지털 주식회사"},
	{"chinese-simplified", "中国平安保险"},
	{"chinese-traditional", "國泰金融控股"},
	{"thai", "ธนาคารกรุงเทพ"},
	{"hindi", "टाटा कंसल्टेंसी सर्विसेज"},
	{"greek", "Ελληνική Τράπεζα"},
	{"russian", "Сбербанк России"},
}

// TestCustomerNamesInEveryScript makes every kind of document about
// customers named in Arabic, Hebrew, Korean, Chinese, Thai, Hindi, Greek
// and Russian: each is drawn with fonts of the system, with no character
// missing and no word off the page, and the PDF reads the name back
// exactly, in logical order (Arabic and Hebrew are drawn right to left,
// Arabic, Thai and Hindi shaped).
func TestCustomerNamesInEveryScript(t *testing.T) {
	fonts := testFonts(t)
	for _, tt := range scriptNames {
		t.Run(tt.script, func(t *testing.T) {
			accts := fixturePortfolio()
			accts[0].Customer.Name = tt.name
			opts := testOptions()
			opts.Fonts = fonts
			dir := t.TempDir()
			for _, k := range Kinds() {
				req := Request{Kind: k, Accounts: accts, Customer: accts[0].Customer.ID, Quarter: planner.Quarter{Year: 2026, Number: 1}}
				var buf bytes.Buffer
				res, err := Document(context.Background(), &buf, testCatalog(t), req, opts)
				var missing MissingGlyphsError
				if errors.As(err, &missing) {
					t.Fatalf("%s: %v (make test installs the fonts)", k, err)
				}
				if err != nil {
					t.Fatalf("%s: %v", k, err)
				}
				for _, line := range res.Log {
					if strings.Contains(line, "could not be drawn") || strings.Contains(line, "drawn unshaped") {
						t.Errorf("%s: %s", k, line)
					}
				}
				path := filepath.Join(dir, string(k)+".pdf")
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				if text := withoutBidiControls(pdfText(t, path)); !strings.Contains(text, tt.name) {
					t.Errorf("%s: the PDF does not read %q:\n%.600s", k, tt.name, text)
				}
				checkOnPage(t, path)
			}
		})
	}
}

// withoutBidiControls drops the embedding controls pdftotext puts around
// right-to-left text.
func withoutBidiControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E {
			return -1
		}
		return r
	}, s)
}

// TestWriteScriptSamples writes, with -samples, the title slide of the
// kickoff deck for a customer named in each script of scriptNames to
// docs/samples/scripts/<script>.png.
func TestWriteScriptSamples(t *testing.T) {
	if !*writeSamples {
		t.Skip("run with -samples to regenerate docs/samples")
	}
	pdftoppm := needTool(t, "pdftoppm")
	dir := filepath.Join("..", "docs", "samples", "scripts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Fonts = testFonts(t)
	tmp := t.TempDir()
	for _, tt := range scriptNames {
		accts := fixturePortfolio()
		accts[0].Customer.Name = tt.name
		var buf bytes.Buffer
		res, err := Document(context.Background(), &buf, testCatalog(t), Request{Kind: KindKickoff, Accounts: accts, Customer: accts[0].Customer.ID}, opts)
		if err != nil {
			t.Fatalf("%s: %v", tt.script, err)
		}
		for _, l := range res.Log {
			if strings.Contains(l, "could not be drawn") {
				t.Errorf("%s: %s", tt.script, l)
			}
		}
		pdf := filepath.Join(tmp, tt.script+".pdf")
		if err := os.WriteFile(pdf, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(pdftoppm, "-png", "-r", "50", "-singlefile", "-f", "1", "-l", "1", pdf, filepath.Join(dir, tt.script)).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm %s: %v\n%s", pdf, err, out)
		}
	}
}
