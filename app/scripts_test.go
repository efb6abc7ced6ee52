package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// scriptNames are customer names in nine scripts: Hangul, Arabic,
// Hebrew, Simplified and Traditional Han, Thai, Devanagari, Greek and
// Cyrillic.
func scriptNames() []string {
	return []string{
		"삼성 디지털 주식회사",
		"شركة الخليج للطيران",
		"בנק הפועלים",
		"中国平安保险",
		"國泰金融控股",
		"ธนาคารกรุงเทพ",
		"टाटा कंसल्टेंसी सर्विसेज",
		"Ελληνική Τράπεζα",
		"Сбербанк России",
	}
}

// addScriptCustomers adds a customer of each of scriptNames to db: an
// Expert Success membership in EMEA like the sample's Øresund Energi, on
// a new ID and without its Named Support Contacts.
func addScriptCustomers(t testing.TB, db *storage.DB) {
	t.Helper()
	model := customerNamed(t, db, "Øresund Energi A/S")
	for _, name := range scriptNames() {
		c := model
		c.ID = planner.NewID()
		c.Name = name
		c.Contacts = nil
		if _, err := db.PutCustomer(c); err != nil {
			t.Fatalf("add customer %s: %v", name, err)
		}
	}
}

// needScriptFonts skips the test when the system has no font for a
// character of the names, as documents would find it: the window finds
// its fonts for them among the same system fonts.
func needScriptFonts(t *testing.T) {
	t.Helper()
	fonts, err := export.LoadFontsWith(export.FontOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range scriptNames() {
		for _, r := range name {
			if r == ' ' || r < 0x0370 {
				continue
			}
			if _, _, ok := fonts.FontFor(r, ""); !ok && !notoSansHas(r) {
				t.Skipf("no system font draws %q of %s; install fonts-noto-core and fonts-noto-cjk", r, name)
			}
		}
	}
}

// notoSansHas reports whether the fonts of the window's theme and of
// documents (Noto Sans) draw r themselves: Greek and Cyrillic.
func notoSansHas(r rune) bool { return r >= 0x0370 && r <= 0x04FF }

// TestPortfolioShowsEveryScript renders the portfolio with customers
// named in nine scripts and compares it with a golden image.
//
// Fyne draws characters its theme font (Noto Sans: Latin, Greek,
// Cyrillic) lacks in a font of the system's that has them (go-text's
// fontscan, per character), shaped with HarfBuzz: Arabic letters join,
// Devanagari and Thai marks sit on their letters, and a name written
// right to left is laid out right to left. The test renderer does the
// same, so the golden image depends on the system's fonts: it was made
// with Noto Sans Arabic, Hebrew, Thai and Devanagari, Nanum Gothic and
// WenQuanYi Zen Hei installed, and a system with other fonts draws other
// pixels. The test is skipped where the system has no font for a name.
// Two limits of Fyne show in the picture: text of a fallback font is
// never bold (the name column is bold for Latin, Greek and Cyrillic
// names only), and it sits on the baseline of its own font, a pixel or
// two off that of Noto Sans.
func TestPortfolioShowsEveryScript(t *testing.T) {
	needScriptFonts(t)
	cat := catalog.Default()
	db := openTestStore(t, cat, true)
	addScriptCustomers(t, db)
	u, _ := newTestUIWith(t, cat, db)
	p := portfolioOf(t, u)
	shown := map[string]bool{}
	for _, v := range p.rows {
		shown[v.cells[colName]] = true
	}
	for _, name := range scriptNames() {
		if !shown[name] {
			t.Errorf("the portfolio shows no row %q", name)
		}
	}
	test.AssertRendersToImage(t, "scripts/portfolio.png", u.window.Canvas())
}

// TestRightToLeftNamesKeepTheLineInOrder checks that a Hebrew or Arabic
// name set into a line of the window's text is a bidi isolate, and that
// other names and other verbs are left alone.
func TestRightToLeftNamesKeepTheLineInOrder(t *testing.T) {
	cat := catalog.Default()
	db := openTestStore(t, cat, true)
	addScriptCustomers(t, db)
	u, _ := newTestUIWith(t, cat, db)
	for _, name := range scriptNames() {
		c := customerNamed(t, db, name)
		u.setFocus(c.ID)
		want := "— " + name
		if hasRTL(name) {
			want = "— \u2068" + name + "\u2069"
		}
		if got := u.customerLabel.Text; got != want {
			t.Errorf("header for %s: %q, want %q", name, got, want)
		}
	}
	for _, tc := range []struct {
		format string
		arg    string
		want   string
	}{
		{"Delete %s?", "בנק הפועלים", "Delete \u2068בנק הפועלים\u2069?"},
		{"%s: 2 overdue", "شركة الخليج للطيران", "\u2068شركة الخليج للطيران\u2069: 2 overdue"},
		{"Delete %s?", "中国平安保险", "Delete 中国平安保险?"},
		{"%q is not a number", "בנק", `"בנק" is not a number`},
		{"[%-6s]", "בנק", "[\u2068בנק   \u2069]"},
	} {
		if got := fmt.Sprintf(tc.format, isolateArgs([]any{tc.arg})...); got != tc.want {
			t.Errorf("Sprintf(%q, %q) = %q, want %q", tc.format, tc.arg, got, tc.want)
		}
	}
	args := []any{"בנק", 3}
	isolateArgs(args)
	if _, ok := args[0].(string); !ok {
		t.Error("isolateArgs changed its argument")
	}
	if got := u.tr("header.noCustomer"); strings.ContainsRune(got, firstStrongIsolate) {
		t.Errorf("a text without arguments got isolate marks: %q", got)
	}
}
