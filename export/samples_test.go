package export

import (
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
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
	accts := planner.SamplePortfolio(cat, sampleToday)
	acct := largestAccount(accts)
	dir := filepath.Join("..", "docs", "samples")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Author = "Alex Morgan"
	for _, k := range Kinds() {
		req := Request{Kind: k, Accounts: accts, Customer: acct.Customer.ID, Quarter: planner.QuarterOf(sampleToday)}
		if k == KindQuarter {
			req.Customer = planner.ID{}
		}
		pdf := filepath.Join(dir, string(k)+".pdf")
		var res Result
		err := WriteFile(pdf, func(w io.Writer) error {
			var err error
			res, err = Document(w, cat, req, opts)
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
