package export

import (
	"context"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

var writeSamples = flag.Bool("samples", false, "write docs/samples: one PDF of each kind from the sample portfolio, and a PNG of its first page")

// TestWriteSamples regenerates docs/samples with
//
//	go test ./export -run TestWriteSamples -samples
//
// Each document is about the largest customer of the sample portfolio;
// the quarterly plan covers the whole portfolio.
func TestWriteSamples(t *testing.T) {
	if !*writeSamples {
		t.Skip("run with -samples to regenerate docs/samples")
	}
	pdftoppm := needTool(t, "pdftoppm")
	cat := catalog.Default()
	accts := sample.Portfolio(cat, sampleToday)
	acct := largestAccount(accts)
	dir := filepath.Join("..", "docs", "samples")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Author = "Alex Morgan"
	for _, k := range Kinds() {
		if k == KindKickoff {
			writeKickoffSamples(t, pdftoppm, dir, cat, accts, acct, opts)
			continue
		}
		req := Request{Kind: k, Accounts: accts, Customer: acct.Customer.ID, Quarter: planner.QuarterOf(sampleToday)}
		if k == KindQuarter {
			req.Customer = planner.ID{}
		}
		pdf := filepath.Join(dir, string(k)+".pdf")
		var res Result
		err := WriteFile(pdf, func(w io.Writer) error {
			var err error
			res, err = Document(context.Background(), w, cat, req, opts)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range res.Log {
			if strings.Contains(l, "could not be drawn") {
				t.Errorf("%s: %s", k, l)
			}
		}
		png := filepath.Join(dir, string(k))
		if out, err := exec.Command(pdftoppm, "-png", "-r", "50", "-singlefile", "-f", "1", "-l", "1", pdf, png).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm %s: %v\n%s", pdf, err, out)
		}
		t.Logf("%s: %d pages", pdf, res.Pages)
	}
}

// writeKickoffSamples writes the kickoff deck of acct in every language
// of the documents (kickoff.pdf in English, kickoff.nl.pdf,
// kickoff.ja.pdf) and a small picture of every slide of each
// (kickoff/en-01.png...).
func writeKickoffSamples(t *testing.T, pdftoppm, dir string, cat *catalog.Catalog, accts []planner.Account, acct planner.Account, opts Options) {
	t.Helper()
	pics := filepath.Join(dir, "kickoff")
	if err := os.RemoveAll(pics); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(pics, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "nl", "ja"} {
		name := "kickoff." + lang + ".pdf"
		if lang == "en" {
			name = "kickoff.pdf"
		}
		pdf := filepath.Join(dir, name)
		o := opts
		o.Language = lang
		var res Result
		err := WriteFile(pdf, func(w io.Writer) error {
			var err error
			res, err = Document(context.Background(), w, cat, Request{Kind: KindKickoff, Accounts: accts, Customer: acct.Customer.ID}, o)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range res.Log {
			if strings.Contains(l, "could not be drawn") {
				t.Errorf("kickoff %s: %s", lang, l)
			}
		}
		if out, err := exec.Command(pdftoppm, "-png", "-r", "50", pdf, filepath.Join(pics, lang)).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm %s: %v\n%s", pdf, err, out)
		}
		t.Logf("%s: %d slides", pdf, res.Pages)
	}
}
