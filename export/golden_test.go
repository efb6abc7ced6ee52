package export

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
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
			res, err := Document(&buf, cat, req, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Log) > 0 {
				t.Fatalf("the golden document needs more than the embedded fonts: %q", res.Log)
			}
			path := filepath.Join("testdata", string(k)+".golden.pdf")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./export -run TestGolden -update to create it)", err)
			}
			failed := filepath.Join("testdata", "failed", string(k)+".pdf")
			if !bytes.Equal(buf.Bytes(), want) {
				// Kept where fyne's tests keep theirs, for a look after the
				// test ends; git ignores the folder.
				if err := os.MkdirAll(filepath.Dir(failed), 0o755); err != nil {
					t.Fatal(err)
				}
				_ = os.WriteFile(failed, buf.Bytes(), 0o644)
				t.Errorf("%s differs from %s (%d bytes, want %d); look at %s and run with -update to accept it",
					k, path, buf.Len(), len(want), failed)
				return
			}
			_ = os.Remove(failed) // from an earlier run
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
	accts := fixturePortfolio()
	req := Request{Kind: KindEntitlements, Accounts: accts, Customer: accts[2].Customer.ID}
	opts := testOptions()
	opts.Language = "ja"
	var buf bytes.Buffer
	res, err := Document(&buf, goldenCatalog(t), req, opts)
	if err != nil {
		t.Fatal(err)
	}
	font := ""
	for _, l := range res.Log {
		if p, ok := strings.CutPrefix(l, "CJK text drawn with "); ok {
			font = p
		}
	}
	if font == "" {
		t.Skipf("no Japanese font drew the statement: %q", res.Log)
	}
	data, err := os.ReadFile(font)
	if err != nil {
		t.Fatal(err)
	}
	sum := fmt.Sprintf("%x", sha256.Sum256(data))
	path := filepath.Join("testdata", "entitlements.ja.golden.pdf")
	fontPath := filepath.Join("testdata", "entitlements.ja.golden.font")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(fontPath, []byte(sum+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(fontPath)
	if err != nil {
		t.Fatalf("%v (run go test ./export -run TestGoldenJapaneseEntitlements -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != sum {
		t.Skipf("the golden was made with another Japanese font than %s", filepath.Base(font))
	}
	golden, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), golden) {
		failed := filepath.Join("testdata", "failed", "entitlements.ja.pdf")
		if err := os.MkdirAll(filepath.Dir(failed), 0o755); err != nil {
			t.Fatal(err)
		}
		_ = os.WriteFile(failed, buf.Bytes(), 0o644)
		t.Errorf("the Japanese statement differs from %s (%d bytes, want %d); look at %s and run with -update to accept it",
			path, buf.Len(), len(golden), failed)
	}
}
