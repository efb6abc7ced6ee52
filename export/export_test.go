package export

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

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

// hasCJKFont reports whether this machine has a Japanese TrueType font.
func hasCJKFont() bool {
	fonts, err := LoadFonts("")
	if err != nil {
		return false
	}
	_, err = fonts.CJKFont()
	return err == nil
}

// render writes a document of kind k about acct (or the whole portfolio
// for the quarterly plan when acct is nil) into dir and returns its path.
func render(t *testing.T, dir string, k Kind, accts []planner.Account, acct *planner.Account, opts Options) (string, Result) {
	t.Helper()
	req := Request{Kind: k, Accounts: accts, Quarter: planner.Quarter{Year: 2026, Number: 1}}
	name := string(k)
	if acct != nil {
		req.Customer = acct.Customer.ID
		name += "-" + acct.Customer.ID.String()
	}
	var buf bytes.Buffer
	res, err := Document(context.Background(), &buf, testCatalog(t), req, opts)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	path := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, res
}

// sampleByName returns the sample customer named name.
func sampleByName(t *testing.T, accts []planner.Account, name string) *planner.Account {
	t.Helper()
	for i := range accts {
		if accts[i].Customer.Name == name {
			return &accts[i]
		}
	}
	t.Fatalf("the sample has no customer %q", name)
	return nil
}

var spaces = regexp.MustCompile(`\s+`)

// pdftotext returns the text pdftotext reads from the PDF at path, with
// its options args (such as the pages to read), or skips the test where
// pdftotext is not installed.
func pdftotext(t *testing.T, path string, args ...string) string {
	t.Helper()
	all := append(append([]string{"-enc", "UTF-8"}, args...), path, "-")
	out, err := exec.Command(needTool(t, "pdftotext"), all...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", strings.Join(all, " "), err)
	}
	return string(out)
}

// pdfText returns the text of a PDF with every run of white space made a
// single space, so that text wrapped in a table cell reads as one line.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	return spaces.ReplaceAllString(pdftotext(t, path), " ")
}

// hasDocument reports whether account a has what a document of kind k
// is about: an engagement for the kickoff deck, the assessment and the
// engagement summary, a plan for the Mutual Action Plan.
func hasDocument(k Kind, a planner.Account) bool {
	switch k {
	case KindKickoff, KindAssessment, KindSummary:
		return len(a.Engagements) > 0
	case KindActionPlan:
		return a.HasPlan()
	}
	return true
}

// renderEveryDocument renders every document kind of every customer of
// accts that has it (see hasDocument), in every language, each kind in
// a subtest named language/kind, and calls check with the subtest, the
// language, the kind, the customer and the path of the document.
func renderEveryDocument(t *testing.T, accts []planner.Account, check func(t *testing.T, lang string, k Kind, a *planner.Account, path string)) {
	t.Helper()
	dir := t.TempDir()
	for _, lang := range l10n.Languages() {
		opts := testOptions()
		opts.Language = lang.Tag
		for _, k := range Kinds() {
			t.Run(lang.Tag+"/"+string(k), func(t *testing.T) {
				for i := range accts {
					if !hasDocument(k, accts[i]) {
						continue
					}
					path, _ := render(t, dir, k, accts, &accts[i], opts)
					check(t, lang.Tag, k, &accts[i], path)
				}
			})
		}
	}
}

// renderText renders a document as render does and returns its text as
// pdfText reads it.
func renderText(t *testing.T, dir string, k Kind, accts []planner.Account, acct *planner.Account, opts Options) string {
	t.Helper()
	path, _ := render(t, dir, k, accts, acct, opts)
	return pdfText(t, path)
}

// checkText fails for every text of want that text, read back from the
// document what names, does not say, and for every text of unwanted it
// says.
func checkText(t *testing.T, what, text string, want, unwanted []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s does not say %q:\n%s", what, w, text)
		}
	}
	for _, w := range unwanted {
		if strings.Contains(text, w) {
			t.Errorf("%s says %q, which it should not", what, w)
		}
	}
}

var pageNumber = regexp.MustCompile(`^Page \d+ of \d+$`)

// pdfBodyText is pdfText without the lines that equal one of chrome (or
// its start, shortened with an ellipsis) or are a page number.
func pdfBodyText(t *testing.T, path string, chrome ...string) string {
	t.Helper()
	var kept []string
	for _, line := range strings.Split(pdftotext(t, path), "\n") {
		line = strings.TrimSpace(strings.Trim(line, "\f"))
		shortened := func(c string) bool {
			return strings.HasSuffix(line, "…") && strings.HasPrefix(c, strings.TrimSpace(strings.TrimSuffix(line, "…")))
		}
		if pageNumber.MatchString(line) || slices.Contains(chrome, line) || slices.ContainsFunc(chrome, shortened) {
			continue
		}
		kept = append(kept, line)
	}
	return spaces.ReplaceAllString(strings.Join(kept, " "), " ")
}

// pdfInfo returns pdfinfo's fields of a PDF.
func pdfInfo(t *testing.T, path string) map[string]string {
	t.Helper()
	out, err := exec.Command(needTool(t, "pdfinfo"), "-enc", "UTF-8", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	info := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return info
}

// TestDocumentsReadBack renders every kind for every fixture customer,
// reads the text back with pdftotext and checks the customer's name, the
// phases and the MAP objectives are there, and that pdfinfo reports the
// page size and metadata.
func TestDocumentsReadBack(t *testing.T) {
	needTool(t, "pdftotext")
	cat := testCatalog(t)
	accts := fixturePortfolio()
	cjk := hasCJKFont()
	dir := t.TempDir()
	showsPhases := map[Kind]bool{KindKickoff: true, KindAssessment: true, KindSummary: true, KindActionPlan: true}
	showsObjectives := map[Kind]bool{KindKickoff: true, KindAssessment: true, KindSummary: true, KindActionPlan: true}
	for _, k := range Kinds() {
		for _, a := range accts {
			t.Run(string(k)+"/"+a.Customer.Name, func(t *testing.T) {
				japanese := a.Customer.Region == catalog.Japan
				path, res := render(t, dir, k, accts, &a, testOptions())
				text := pdfText(t, path)
				if japanese && !cjk {
					if !strings.Contains(strings.Join(res.Log, "\n"), "could not be drawn") {
						t.Errorf("no Japanese font, yet the log does not say which characters could not be drawn: %q", res.Log)
					}
					return
				}
				if !strings.Contains(text, a.Customer.Name) {
					t.Errorf("text does not name the customer %q", a.Customer.Name)
				}
				if showsPhases[k] {
					for _, p := range cat.Phases {
						if !strings.Contains(text, p.Name) {
							t.Errorf("phase %q missing", p.Name)
						}
					}
				}
				if showsObjectives[k] {
					for _, o := range a.Plan.Objectives {
						if !strings.Contains(text, o.Title) {
							t.Errorf("objective %q missing", o.Title)
						}
					}
				}
				if strings.ContainsRune(text, '\uFFFD') {
					t.Errorf("text holds a replacement character (broken UTF-8): %q", text)
				}
				if strings.Contains(strings.Join(res.Log, "\n"), "could not be drawn") {
					t.Errorf("characters could not be drawn: %q", res.Log)
				}
				if res.MinFontSize < minPointSize {
					t.Errorf("smallest text is %.1f pt, below %.0f pt", res.MinFontSize, minPointSize)
				}
			})
		}
	}
}

// TestFixtureTextIsSpecific guards the read-back test: a document must
// not contain another customer's name or objectives.
func TestFixtureTextIsSpecific(t *testing.T) {
	accts := fixturePortfolio()
	path, _ := render(t, t.TempDir(), KindActionPlan, accts, &accts[0], testOptions())
	text := pdfText(t, path)
	for _, other := range accts[1:] {
		if strings.Contains(text, other.Customer.Name) {
			t.Errorf("the plan of %s names %s", accts[0].Customer.Name, other.Customer.Name)
		}
	}
}

func TestPDFInfo(t *testing.T) {
	needTool(t, "pdfinfo")
	accts := fixturePortfolio()
	mueller := &accts[0]
	tests := []struct {
		kind     Kind
		pageSize string
		acct     *planner.Account
		size     string
		title    string
	}{
		{KindKickoff, "A4", mueller, "960.09 x 540 pts", "Kickoff – Müller GmbH"},
		{KindAssessment, "A4", mueller, "595.28 x 841.89 pts (A4)", "Assessment and Recommendations – Müller GmbH"},
		{KindAssessment, "Letter", mueller, "612 x 792 pts (letter)", "Assessment and Recommendations – Müller GmbH"},
		{KindSummary, "A4", mueller, "595.28 x 841.89 pts (A4)", "Engagement Summary – Müller GmbH"},
		{KindActionPlan, "Letter", mueller, "612 x 792 pts (letter)", "Mutual Action Plan – Müller GmbH"},
		{KindEntitlements, "A4", mueller, "595.28 x 841.89 pts (A4)", "Entitlement Statement – Müller GmbH"},
		{KindQuarter, "A4", nil, "841.89 x 595.28 pts (A4)", "Quarterly Plan Q1 2026"},
		{KindQuarter, "Letter", mueller, "792 x 612 pts (letter)", "Quarterly Plan Q1 2026 – Müller GmbH"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(string(tt.kind)+"/"+tt.pageSize, func(t *testing.T) {
			opts := testOptions()
			opts.PageSize = tt.pageSize
			path, res := render(t, dir, tt.kind, accts, tt.acct, opts)
			info := pdfInfo(t, path)
			want := map[string]string{
				"Page size": tt.size,
				"Title":     tt.title,
				"Author":    "Jana Nováková",
				"Creator":   "Liftoff",
				"Pages":     itoa(res.Pages),
			}
			for k, v := range want {
				if info[k] != v {
					t.Errorf("%s = %q, want %q", k, info[k], v)
				}
			}
			if info["Subject"] == "" {
				t.Error("no Subject")
			}
			if !strings.Contains(info["CreationDate"], "Feb 10 09:30:00 2026") {
				t.Errorf("CreationDate = %q, want the fixed generation time", info["CreationDate"])
			}
		})
	}
}

func TestDocumentErrors(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()
	noPlan := accts[0]
	noPlan.Plan = planner.ActionPlan{}
	noEngagement := accts[0]
	noEngagement.Engagements = nil
	tests := []struct {
		name string
		req  Request
		opts Options
		want error
		msg  string
	}{
		{"no customer", Request{Kind: KindKickoff, Accounts: accts}, testOptions(), ErrNoCustomer, "name the customer"},
		{"unknown customer", Request{Kind: KindSummary, Accounts: accts, Customer: fid("nobody")}, testOptions(), ErrNoCustomer, "no customer with ID"},
		{"no plan", Request{Kind: KindActionPlan, Accounts: []planner.Account{noPlan}, Customer: noPlan.Customer.ID}, testOptions(), ErrNoPlan, "Müller GmbH"},
		{"no engagement", Request{Kind: KindAssessment, Accounts: []planner.Account{noEngagement}, Customer: noEngagement.Customer.ID}, testOptions(), ErrNoEngagement, "has no engagement yet"},
		{"unknown engagement", Request{Kind: KindKickoff, Accounts: accts, Customer: accts[0].Customer.ID}, Options{Engagement: fid("none")}, ErrNoEngagement, "no engagement with ID"},
		{"bad page size", Request{Kind: KindSummary, Accounts: accts, Customer: accts[0].Customer.ID}, Options{PageSize: "A3"}, nil, `page size "A3": want A4 or Letter`},
		{"no quarter", Request{Kind: KindQuarter, Accounts: accts}, testOptions(), nil, "name the quarter, such as 2026Q1"},
		{"bad quarter", Request{Kind: KindQuarter, Accounts: accts, Quarter: planner.Quarter{Year: 2026, Number: 5}}, testOptions(), nil, "2026 Q5 is not a quarter"},
		{"unknown kind", Request{Kind: "poster", Accounts: accts, Customer: accts[0].Customer.ID}, testOptions(), nil, `unknown document kind "poster"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := Document(context.Background(), &buf, cat, tt.req, tt.opts)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q, want it to say %q", err, tt.msg)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written despite the error", buf.Len())
			}
		})
	}
}

func TestParseKind(t *testing.T) {
	for _, k := range Kinds() {
		got, err := ParseKind(" " + strings.ToUpper(string(k)) + " ")
		if err != nil || got != k {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, err)
		}
		if k.Title() == string(k) {
			t.Errorf("kind %q has no title", k)
		}
	}
	_, err := ParseKind("slides")
	if err == nil || !strings.Contains(err.Error(), "kickoff, assessment, summary, map, quarter, entitlements") {
		t.Errorf("ParseKind(slides) = %v, want the list of kinds", err)
	}
}

// TestMissingGlyphsAreLogged draws Japanese text without a CJK font and
// an emoji no font has, missing glyphs allowed: each character is listed
// in the log, and the document is still produced. Not allowed, the
// document fails with a MissingGlyphsError naming them and writes
// nothing.
func TestMissingGlyphsAreLogged(t *testing.T) {
	accts := fixturePortfolio()
	sakura := accts[2]
	sakura.Plan.Objectives[0].Title += " 🚀"
	missing := filepath.Join(t.TempDir(), "missing.ttf")
	fonts, err := LoadFontsWith(FontOptions{Files: []string{missing}, Search: &FontSearch{OS: "linux"}})
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Fonts = fonts
	var buf bytes.Buffer
	_, err = ActionPlanPDF(context.Background(), &buf, testCatalog(t), sakura, opts)
	var missingGlyphs MissingGlyphsError
	if !errors.As(err, &missingGlyphs) {
		t.Fatalf("err = %v, want a MissingGlyphsError", err)
	}
	for _, want := range []string{`'株' (U+682A)`, "Han", "Common", "apt-get install fonts-ipafont-gothic", "emoji"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not say %q: %v", want, err)
		}
	}
	if buf.Len() > 0 {
		t.Errorf("%d bytes written for a document that failed", buf.Len())
	}

	opts.AllowMissingGlyphs = true
	res, err := ActionPlanPDF(context.Background(), &buf, testCatalog(t), sakura, opts)
	if err != nil {
		t.Fatal(err)
	}
	log := strings.Join(res.Log, "\n")
	for _, want := range []string{"missing.ttf", "could not be drawn", `'株' (U+682A)`, `'🚀' (U+1F680)`} {
		if !strings.Contains(log, want) {
			t.Errorf("log does not say %q:\n%s", want, log)
		}
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Error("no PDF written")
	}
}

// TestDeterministic renders each kind twice and expects the same bytes,
// and a different generation time to give different bytes.
func TestDeterministic(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()[:2]
	for _, k := range Kinds() {
		req := Request{Kind: k, Accounts: accts, Customer: accts[0].Customer.ID, Quarter: planner.Quarter{Year: 2026, Number: 1}}
		var a, b, c bytes.Buffer
		if _, err := Document(context.Background(), &a, cat, req, testOptions()); err != nil {
			t.Fatal(err)
		}
		if _, err := Document(context.Background(), &b, cat, req, testOptions()); err != nil {
			t.Fatal(err)
		}
		later := testOptions()
		later.Now = later.Now.Add(24 * 3600e9)
		if _, err := Document(context.Background(), &c, cat, req, later); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two deterministic renderings differ", k)
		}
		if bytes.Equal(a.Bytes(), c.Bytes()) {
			t.Errorf("%s: a later generation date left the document unchanged", k)
		}
	}
}

// TestSamplePortfolioDocuments makes every kind for every customer of the
// sample portfolio: each succeeds (a plan only where the tier has one)
// and reads back as clean text with the customer's name.
func TestSamplePortfolioDocuments(t *testing.T) {
	needTool(t, "pdftotext")
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, catalog.DateOf(fixtureNow))
	cjk := hasCJKFont()
	dir := t.TempDir()
	for _, k := range Kinds() {
		for i := range accts {
			a := &accts[i]
			t.Run(string(k)+"/"+a.Customer.Name, func(t *testing.T) {
				if k == KindActionPlan && !a.HasPlan() {
					var buf bytes.Buffer
					if _, err := ActionPlanPDF(context.Background(), &buf, cat, *a, testOptions()); !errors.Is(err, ErrNoPlan) {
						t.Errorf("err = %v, want ErrNoPlan", err)
					}
					return
				}
				path, res := render(t, dir, k, accts, a, testOptions())
				if !cjk && a.Customer.Region == catalog.Japan {
					return
				}
				text := pdfText(t, path)
				if !strings.Contains(text, a.Customer.Name) {
					t.Errorf("text does not name %q", a.Customer.Name)
				}
				if strings.ContainsRune(text, '\uFFFD') {
					t.Errorf("text holds a replacement character: %q", text)
				}
				for _, l := range res.Log {
					if strings.Contains(l, "could not be drawn") {
						t.Error(l)
					}
				}
			})
		}
	}
}

// TestLongContentIsKeptWhole renders every kind for an account where
// everything is long: each document succeeds, keeps its text at 8 pt or
// more, and the longest texts all read back.
func TestLongContentIsKeptWhole(t *testing.T) {
	a := stressAccount()
	accts := []planner.Account{a}
	dir := t.TempDir()
	for _, k := range Kinds() {
		t.Run(string(k), func(t *testing.T) {
			path, res := render(t, dir, k, accts, &a, testOptions())
			if res.MinFontSize < minPointSize {
				t.Errorf("smallest text %.1f pt", res.MinFontSize)
			}
			text := pdfText(t, path)
			if !strings.Contains(text, a.Customer.Name) {
				t.Errorf("the long customer name is not in the text")
			}
			switch k {
			case KindKickoff:
				for _, g := range a.Engagements[0].Goals {
					if !strings.Contains(text, g) {
						t.Errorf("goal %q missing", g)
					}
				}
				for _, e := range a.Customer.KeyEvents {
					if !strings.Contains(text, e.Name) {
						t.Errorf("key event %q missing", e.Name)
					}
				}
				for _, s := range a.Engagements[0].Stakeholders {
					if !strings.Contains(text, s.Name) || !strings.Contains(text, s.Email) {
						t.Errorf("stakeholder %q missing", s.Name)
					}
				}
			case KindAssessment:
				// The detail runs over pages: drop the running header and
				// footer and the repeated heading and table header that
				// come between its parts, then look for each sentence.
				body := pdfBodyText(t, path, "Liftoff · Assessment and Recommendations · generated 10 Feb 2026",
					"Assessment and Recommendations", a.Customer.Name, "Recommendations (continued)", "#", "Recommendation", "Priority", "Effort")
				recs := a.Engagements[0].Assessment.Recommendations
				for _, sentence := range strings.SplitAfter(recs[len(recs)-1].Detail, ". ") {
					if s := strings.TrimSpace(sentence); s != "" && !strings.Contains(body, s) {
						t.Errorf("the recommendation taller than a page lost %q", s)
					}
				}
			case KindActionPlan:
				for _, o := range a.Plan.Objectives {
					if !strings.Contains(text, o.Title) {
						t.Errorf("objective %q missing", o.Title)
					}
					for _, k := range o.KPIs {
						if !strings.Contains(text, k.Name) {
							t.Errorf("objective %q: KPI %q missing", o.Title, k.Name)
						}
					}
				}
				for _, x := range a.Plan.Actions {
					if !strings.Contains(text, x.Title) {
						t.Errorf("action %q missing", x.Title)
					}
				}
			}
		})
	}
}

// TestEntitlementsGroupReasons reads back the statement of Øresund
// Energi, an Expert customer, whose proactive services are all Ultimate
// Success ones: the note says so once and still names every service.
func TestEntitlementsGroupReasons(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	i := slices.IndexFunc(accts, func(a planner.Account) bool { return a.Customer.Name == "Øresund Energi A/S" })
	if i < 0 {
		t.Fatal("the sample portfolio has no Øresund Energi A/S")
	}
	path, _ := render(t, t.TempDir(), KindEntitlements, accts, &accts[i], testOptions())
	text := pdfText(t, path)
	const phrase = "Not in Expert Success (Ultimate Success includes them):"
	if n := strings.Count(text, phrase); n != 1 {
		t.Errorf("%q appears %d times, want once", phrase, n)
	}
	if strings.Contains(text, "is a proactive service of") {
		t.Error("the statement still gives a reason per proactive service")
	}
	var services int
	for _, e := range planner.Entitlements(planner.CustomerCatalog(cat, accts[i].Customer), accts[i].Customer.Membership, accts[i].Customer.Contract.Allowances) {
		if e.Item.Kind != catalog.KindProactive || e.Status != planner.NotAvailable {
			continue
		}
		services++
		if !strings.Contains(text, e.Item.Name) {
			t.Errorf("the statement does not name %s", e.Item.Name)
		}
	}
	if services < 2 {
		t.Fatalf("%d proactive services are not available to Øresund Energi; the test needs several", services)
	}
}
