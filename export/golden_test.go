package export

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenCatalog is a frozen copy of the shipped catalog, so that the
// golden documents change only when the documents do.
func goldenCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	cat, err := catalog.Open(filepath.Join("testdata", "catalog.json"))
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// TestGolden compares every kind of document, made in deterministic mode
// from Latin-script fixtures (no system font involved), byte for byte
// with testdata/<kind>.golden.pdf. Run with -update to accept a change
// after looking at it.
func TestGolden(t *testing.T) {
	cat := goldenCatalog(t)
	accts := fixturePortfolio()[:2]
	for _, k := range Kinds() {
		t.Run(string(k), func(t *testing.T) {
			req := Request{Kind: k, Accounts: accts, Customer: accts[0].Customer.ID, Quarter: planner.Quarter{Year: 2026, Number: 1}}
			if k == KindQuarter {
				req.Customer = planner.ID{}
			}
			var buf bytes.Buffer
			res, err := Document(context.Background(), &buf, cat, req, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Log) > 0 {
				t.Fatalf("the golden document needs more than the embedded fonts: %q", res.Log)
			}
			checkGolden(t, string(k), buf.Bytes(), "")
		})
	}
}

// TestGoldenJapaneseEntitlements compares the entitlement statement of 株式会社サクラ電機
// in Japanese byte for byte with testdata/entitlements.ja.golden.pdf. Its
// Japanese text is drawn with a font of the system, which the document
// embeds in part: the golden holds for the font it was made with, whose
// SHA-256 testdata/entitlements.ja.golden.font names, and the test is
// skipped on a machine with another. Run with -update to accept a change
// after looking at it.
func TestGoldenJapaneseEntitlements(t *testing.T) {
	fonts, fontSum := japaneseFonts(t)
	accts := fixturePortfolio()
	req := Request{Kind: KindEntitlements, Accounts: accts, Customer: accts[2].Customer.ID}
	opts := testOptions()
	opts.Language = "ja"
	opts.Fonts = fonts
	var buf bytes.Buffer
	if _, err := Document(context.Background(), &buf, goldenCatalog(t), req, opts); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "entitlements.ja", buf.Bytes(), fontSum)
}

// checkGolden compares got byte for byte with testdata/<name>.golden.pdf,
// or rewrites the golden with -update. A golden with Japanese text
// holds only for the font it was made with: fontSum is that font's
// SHA-256, which testdata/<name>.golden.font keeps, and the test is
// skipped on a machine with another font; fontSum is empty for a
// golden of embedded fonts only. A document that differs is kept in
// testdata/failed to look at.
func checkGolden(t *testing.T, name string, got []byte, fontSum string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.pdf")
	sumPath := filepath.Join("testdata", name+".golden.font")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		if fontSum != "" {
			if err := os.WriteFile(sumPath, []byte(fontSum+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	if fontSum != "" {
		wantSum, err := os.ReadFile(sumPath)
		if err != nil {
			t.Fatalf("%v (run go test ./export -run '^%s$' -update to create it)", err, t.Name())
		}
		if strings.TrimSpace(string(wantSum)) != fontSum {
			t.Skipf("%s was made with another Japanese font than this machine's", path)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -run '^%s$' -update to create it)", err, t.Name())
	}
	failed := filepath.Join("testdata", "failed", name+".pdf")
	if !bytes.Equal(got, want) {
		// Kept where fyne's tests keep theirs, for a look after the test
		// ends; git ignores the folder.
		if err := os.MkdirAll(filepath.Dir(failed), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(failed, got, 0o644); err != nil {
			t.Errorf("keep the document that differs: %v", err)
		}
		t.Errorf("%s differs from %s (%d bytes, want %d); look at %s and run with -update to accept it",
			name, path, len(got), len(want), failed)
		return
	}
	_ = os.Remove(failed) // from an earlier run
}

// fileSum returns the SHA-256 of the file at path in hex.
func fileSum(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// japaneseFonts returns the fonts of the tests and the SHA-256 of their
// Japanese font, or skips the test on a machine without one.
func japaneseFonts(t *testing.T) (*Fonts, string) {
	t.Helper()
	fonts := testFonts(t)
	path, err := fonts.CJKFont()
	if err != nil {
		t.Skipf("no Japanese TrueType font on this machine: %v", err)
	}
	return fonts, fileSum(t, path)
}
