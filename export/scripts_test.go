package export

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// TestCustomerNamesInEveryScript makes every kind of document about
// customers named in Korean, Chinese, Greek and Russian: each is drawn
// with fonts of the system, with no character missing, and the PDF reads
// the name back exactly. Names in Arabic, Hebrew, Thai and Hindi, which
// need shaping and right-to-left ordering to read back, only have to find
// their glyphs.
func TestCustomerNamesInEveryScript(t *testing.T) {
	fonts := testFonts(t)
	for _, tt := range []struct {
		name     string
		readBack bool
	}{
		{"삼성 디지털 주식회사", true},
		{"中国平安保险", true},
		{"國泰金融控股", true},
		{"Ελληνική Τράπεζα", true},
		{"Сбербанк России", true},
		{"مصرف الراجحي", false},
		{"בנק הפועלים", false},
		{"ธนาคารกรุงเทพ", false},
		{"भारतीय स्टेट बैंक", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			accts := fixturePortfolio()
			accts[0].Customer.Name = tt.name
			opts := testOptions()
			opts.Fonts = fonts
			dir := t.TempDir()
			for _, k := range Kinds() {
				req := Request{Kind: k, Accounts: accts, Customer: accts[0].Customer.ID, Quarter: planner.Quarter{Year: 2026, Number: 1}}
				var buf bytes.Buffer
				res, err := Document(&buf, testCatalog(t), req, opts)
				var missing MissingGlyphsError
				if errors.As(err, &missing) {
					t.Fatalf("%s: %v (make test installs the fonts)", k, err)
				}
				if err != nil {
					t.Fatalf("%s: %v", k, err)
				}
				for _, line := range res.Log {
					if strings.Contains(line, "could not be drawn") {
						t.Errorf("%s: %s", k, line)
					}
				}
				if !tt.readBack {
					continue
				}
				path := filepath.Join(dir, string(k)+".pdf")
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				if text := pdfText(t, path); !strings.Contains(text, tt.name) {
					t.Errorf("%s: the PDF does not read %q:\n%.600s", k, tt.name, text)
				}
			}
		})
	}
}
