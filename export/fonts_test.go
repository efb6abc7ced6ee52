package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// japaneseFixture returns the fixture portfolio and its Japanese account.
func japaneseFixture(t *testing.T) ([]planner.Account, planner.Account) {
	t.Helper()
	accts := fixturePortfolio()
	for _, a := range accts {
		if a.Customer.Region == catalog.Japan {
			return accts, a
		}
	}
	t.Fatal("the fixture portfolio has no Japanese customer")
	return nil, planner.Account{}
}

// documentOf makes a document of kind k about acct.
func documentOf(t *testing.T, k Kind, accts []planner.Account, acct planner.Account, opts Options) ([]byte, Result) {
	t.Helper()
	req := Request{Kind: k, Accounts: accts, Customer: acct.Customer.ID, Quarter: planner.Quarter{Year: 2026, Number: 1}}
	var buf bytes.Buffer
	res, err := Document(context.Background(), &buf, testCatalog(t), req, opts)
	if err != nil {
		t.Fatalf("%s about %s: %v", k, acct.Customer.Name, err)
	}
	return buf.Bytes(), res
}

// TestSharedFontsMakeTheSameDocuments makes every kind, for a Latin-script
// and the Japanese customer, with fonts loaded once and with fonts read
// for the document alone: the bytes and the logs are the same.
func TestSharedFontsMakeTheSameDocuments(t *testing.T) {
	accts, japanese := japaneseFixture(t)
	shared := testOptions()
	shared.Fonts = testFonts(t)
	for _, acct := range []planner.Account{accts[0], japanese} {
		for _, k := range Kinds() {
			t.Run(string(k)+"/"+acct.Customer.Name, func(t *testing.T) {
				want, wantRes := documentOf(t, k, accts, acct, testOptions())
				got, gotRes := documentOf(t, k, accts, acct, shared)
				if !bytes.Equal(got, want) {
					t.Errorf("with shared fonts: %d bytes unlike the %d made with fonts of its own", len(got), len(want))
				}
				if !slices.Equal(gotRes.Log, wantRes.Log) {
					t.Errorf("log with shared fonts %q, want %q", gotRes.Log, wantRes.Log)
				}
			})
		}
	}
}

// TestSharedFontsConcurrently makes documents about the Japanese customer
// at the same time with one Fonts: each is the document made alone.
func TestSharedFontsConcurrently(t *testing.T) {
	accts, japanese := japaneseFixture(t)
	opts := testOptions()
	opts.Fonts = testFonts(t)
	want := map[Kind][]byte{}
	for _, k := range Kinds() {
		want[k], _ = documentOf(t, k, accts, japanese, testOptions())
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(Kinds()))
	for range 2 {
		for _, k := range Kinds() {
			wg.Go(func() {
				req := Request{Kind: k, Accounts: accts, Customer: japanese.Customer.ID, Quarter: planner.Quarter{Year: 2026, Number: 1}}
				var buf bytes.Buffer
				if _, err := Document(context.Background(), &buf, testCatalog(t), req, opts); err != nil {
					errs <- fmt.Errorf("%s: %w", k, err)
					return
				}
				if !bytes.Equal(buf.Bytes(), want[k]) {
					errs <- fmt.Errorf("%s made alongside others differs from the one made alone", k)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestSharedFontsLogEachDocument makes two documents about the Japanese
// customer with one Fonts: each log names the CJK font, not only the log
// of the document that read it.
func TestSharedFontsLogEachDocument(t *testing.T) {
	accts, japanese := japaneseFixture(t)
	fonts := testFonts(t)
	path, err := fonts.CJKFont()
	if err != nil {
		t.Skipf("no Japanese TrueType font on this machine: %v", err)
	}
	opts := testOptions()
	opts.Fonts = fonts
	for _, k := range []Kind{KindSummary, KindActionPlan} {
		_, res := documentOf(t, k, accts, japanese, opts)
		if want := "Han, Hiragana and Katakana text drawn with " + path; !slices.Contains(res.Log, want) {
			t.Errorf("%s: log %q does not say %q", k, res.Log, want)
		}
	}
}

// TestLoadFontsWithoutCJKFont loads fonts with a Japanese font that does
// not exist and no system font: loading succeeds, CJKFont says what is
// wrong, Latin-script documents are unaffected, and Japanese ones fail
// with MissingGlyphsError or, when missing glyphs are allowed, list what
// they could not draw.
func TestLoadFontsWithoutCJKFont(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.ttf")
	fonts, err := LoadFontsWith(FontOptions{Files: []string{missing}, Search: &FontSearch{}})
	if err != nil {
		t.Fatal(err)
	}
	if path, err := fonts.CJKFont(); err == nil || !strings.Contains(err.Error(), missing) || path != "" {
		t.Errorf("CJKFont() = %q, %v; want an error naming %s", path, err, missing)
	}
	accts, japanese := japaneseFixture(t)
	opts := testOptions()
	opts.Fonts = fonts
	if _, res := documentOf(t, KindSummary, accts, accts[0], opts); len(res.Log) > 0 {
		t.Errorf("a Latin-script document logs %q", res.Log)
	}
	req := Request{Kind: KindSummary, Accounts: accts, Customer: japanese.Customer.ID}
	var buf bytes.Buffer
	_, err = Document(context.Background(), &buf, testCatalog(t), req, opts)
	var missingGlyphs MissingGlyphsError
	if !errors.As(err, &missingGlyphs) {
		t.Fatalf("err = %v, want a MissingGlyphsError", err)
	}
	if !slices.Contains(missingGlyphs.Runes, '株') || !slices.Contains(missingGlyphs.Scripts, "Han") {
		t.Errorf("missing %q in %q, want '株' of Han", string(missingGlyphs.Runes), missingGlyphs.Scripts)
	}
	if buf.Len() > 0 {
		t.Errorf("%d bytes written for a document that failed", buf.Len())
	}
	opts.AllowMissingGlyphs = true
	_, res := documentOf(t, KindSummary, accts, japanese, opts)
	log := strings.Join(res.Log, "\n")
	for _, want := range []string{missing, "could not be drawn", `'株' (U+682A)`} {
		if !strings.Contains(log, want) {
			t.Errorf("log does not say %q:\n%s", want, log)
		}
	}
}

func TestFontsNotMadeByLoadFonts(t *testing.T) {
	accts := fixturePortfolio()
	opts := testOptions()
	opts.Fonts = &Fonts{}
	req := Request{Kind: KindSummary, Accounts: accts, Customer: accts[0].Customer.ID}
	var buf bytes.Buffer
	_, err := Document(context.Background(), &buf, testCatalog(t), req, opts)
	if err == nil || !strings.Contains(err.Error(), "LoadFonts") {
		t.Errorf("err = %v, want it to say to use LoadFonts", err)
	}
	if buf.Len() > 0 {
		t.Errorf("%d bytes written for a document that failed", buf.Len())
	}
}

// testFonts returns the fonts of documents, the CJK font searched for.
func testFonts(t testing.TB) *Fonts {
	t.Helper()
	fonts, err := LoadFonts("")
	if err != nil {
		t.Fatal(err)
	}
	return fonts
}
