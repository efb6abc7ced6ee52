package export

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// sampleAccount returns the account of the sample portfolio named name.
func sampleAccount(t *testing.T, accts []planner.Account, name string) planner.Account {
	t.Helper()
	for _, a := range accts {
		if a.Customer.Name == name {
			return a
		}
	}
	t.Fatalf("no sample customer %q", name)
	return planner.Account{}
}

// pageTexts returns the words of the body of every page of a PDF (the
// running header and footer left out), joined by spaces.
func pageTexts(t *testing.T, path string) []string {
	t.Helper()
	const ptPerMM = 72 / 25.4
	var out []string
	for _, p := range pdfWords(t, path) {
		g := pageGrid(t, p.Width, p.Height)
		var words []string
		for _, w := range p.Words {
			if w.YMin >= g.BodyTop()*ptPerMM-1 && w.YMax <= g.BodyBottom()*ptPerMM+1 {
				words = append(words, w.Text)
			}
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// TestDeliveredActivitiesShowTheirHours checks that the quarterly plan's
// Gantt notes and the engagement summary give a delivered activity the
// hours it took, as the weekly bars and the entitlement statement count
// them, and the summary says what was planned beside them.
func TestDeliveredActivitiesShowTheirHours(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	for _, lang := range l10n.Languages() {
		opts := testOptions()
		opts.Language = lang.Tag
		w, err := newWords(lang.Tag)
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, a := range accts {
			var differ []planner.Activity
			for _, act := range a.Activities {
				if act.Status == planner.ActivityDelivered && act.ConsumedHours() != act.Hours {
					differ = append(differ, act)
				}
			}
			if len(differ) == 0 {
				continue
			}
			dir := t.TempDir()
			quarter := pdfText(t, mustRender(t, dir, KindQuarter, accts, &a, opts))
			for _, act := range differ {
				if !act.Date.Before(planner.Quarter{Year: 2026, Number: 1}.First()) && !act.Date.After(planner.Quarter{Year: 2026, Number: 1}.Last()) {
					label := strings.ToLower(w.lookOfActivity(act.Status).label)
					took := w.T("doc.quarter.note.activity", w.shortDate(act.Date), w.hours(act.ConsumedHours()), label)
					if !strings.Contains(quarter, took) {
						t.Errorf("%s quarterly plan of %s: no %q for %s", lang.Tag, a.Customer.Name, took, act.ItemID)
					}
					checked++
				}
			}
			if len(a.Engagements) == 0 {
				continue
			}
			path := mustRender(t, dir, KindSummary, accts, &a, opts)
			summary := pdfText(t, path)
			var lines []string
			for _, p := range pdfWords(t, path) {
				lines = append(lines, pageLines(p)...)
			}
			eng, err := pickEngagement(a, opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, act := range eng.Activities(a.Activities) {
				if act.Status != planner.ActivityDelivered || act.ConsumedHours() == act.Hours {
					continue
				}
				// The row's first line: date, activity, phase, the hours
				// taken and the status chip; the hours planned below.
				took := nospace(w.hours(act.ConsumedHours()) + w.lookOfActivity(act.Status).label)
				date := nospace(w.date(act.Date))
				if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, date) && strings.Contains(l, took) }) {
					t.Errorf("%s summary of %s: no row of %s with %q", lang.Tag, a.Customer.Name, act.ItemID, took)
				}
				if planned := w.T("doc.summary.plannedHours", w.hours(act.Hours)); !strings.Contains(summary, planned) {
					t.Errorf("%s summary of %s: no %q for %s", lang.Tag, a.Customer.Name, planned, act.ItemID)
				}
				checked++
			}
		}
		if checked == 0 {
			t.Fatalf("%s: no delivered activity of the sample took other hours than planned", lang.Tag)
		}
	}
}

// mustRender renders a document and returns its path.
func mustRender(t *testing.T, dir string, k Kind, accts []planner.Account, acct *planner.Account, opts Options) string {
	t.Helper()
	path, _ := render(t, dir, k, accts, acct, opts)
	return path
}

// TestHeadingsKeepWithWhatFollows checks that a section's heading
// followed by a subsection's heading does not end a page: Kookaburra
// Bank's summary kept "Activities to continue with" apart from its
// table.
func TestHeadingsKeepWithWhatFollows(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	acct := sampleAccount(t, accts, "Kookaburra Bank")
	for _, lang := range l10n.Languages() {
		opts := testOptions()
		opts.Language = lang.Tag
		w, err := newWords(lang.Tag)
		if err != nil {
			t.Fatal(err)
		}
		heading := w.T("doc.summary.fieldActivities")
		for i, text := range pageTexts(t, mustRender(t, t.TempDir(), KindSummary, accts, &acct, opts)) {
			compact := strings.ReplaceAll(text, " ", "")
			at := strings.Index(compact, strings.ReplaceAll(heading, " ", ""))
			if at < 0 {
				continue
			}
			after := compact[at+len(strings.ReplaceAll(heading, " ", "")):]
			if len([]rune(after)) < 40 {
				t.Errorf("%s: page %d ends with the heading %q: %q follows it", lang.Tag, i+1, heading, after)
			}
		}
	}
}

// TestStatusChipsFitTheirColumn checks that the widest chip of the
// summary's phase table ("Niet begonnen") does not run into the dates
// beside it.
func TestStatusChipsFitTheirColumn(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	opts := testOptions()
	opts.Language = "nl"
	runs := regexp.MustCompile(`(?i)begonnen\d`)
	for _, a := range accts {
		if len(a.Engagements) == 0 {
			continue
		}
		for _, p := range pdfWords(t, mustRender(t, t.TempDir(), KindSummary, accts, &a, opts)) {
			for _, w := range p.Words {
				if runs.MatchString(w.Text) {
					t.Errorf("summary of %s: chip runs into the next column: %q", a.Customer.Name, w.Text)
				}
				// The chip's last word, with the chip's padding (in
				// points, 0.75 of the caption's size), ends before the
				// next word on its line starts.
				if w.Text != "begonnen" {
					continue
				}
				pad := paperScale().Caption.Size*0.75 + 0.5
				for _, next := range p.Words {
					if next.YMin < w.YMax && next.YMax > w.YMin && next.XMin >= w.XMin+1 && next.XMin < w.XMax+pad {
						t.Errorf("summary of %s: %q ending at %.1f touches %q at %.1f", a.Customer.Name, w.Text, w.XMax, next.Text, next.XMin)
					}
				}
			}
		}
	}
}

// TestContractTermOnOneLine checks that the entitlement statement's
// contract term stays on one line among the first page's facts, or,
// when the facts beside it leave too little room (a long region and a
// Dutch or Japanese term), breaks between its days, never inside one
// ("30 Sep" over "2027"). An English term always fits.
func TestContractTermOnOneLine(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	for _, lang := range l10n.Languages() {
		opts := testOptions()
		opts.Language = lang.Tag
		w, err := newWords(lang.Tag)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range accts {
			term := w.rangeText(a.Customer.Contract.Start, a.Customer.Contract.End)
			first := pdfWords(t, mustRender(t, t.TempDir(), KindEntitlements, accts, &a, opts))[0]
			lines := pageLines(first)
			label := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, nospace(w.T("doc.entitlements.fact.term"))) })
			if label < 0 {
				t.Fatalf("%s entitlement statement of %s: no contract term in %q", lang.Tag, a.Customer.Name, lines)
			}
			facts := lines[label+1 : min(label+3, len(lines))]
			onLine := func(s string) bool {
				return slices.ContainsFunc(facts, func(l string) bool { return strings.Contains(l, nospace(s)) })
			}
			from, to := w.date(a.Customer.Contract.Start), w.date(a.Customer.Contract.End)
			if !onLine(term) && (lang.Tag == "en" || !onLine(from) || !onLine(to)) {
				t.Errorf("%s entitlement statement of %s: the term %q is broken: %q", lang.Tag, a.Customer.Name, term, facts)
			}
		}
	}
}

// TestKPIsHaveTheirOwnRow checks that every KPI of the summary's outcome
// table has its own progress bar: Müller GmbH's first objective has two.
func TestKPIsHaveTheirOwnRow(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	acct := sampleAccount(t, accts, "Müller GmbH")
	kpis := 0
	for _, o := range acct.Plan.Objectives {
		kpis += max(len(o.KPIs), 1)
	}
	if kpis <= len(acct.Plan.Objectives) {
		t.Fatal("no objective of Müller GmbH has two KPIs")
	}
	path := mustRender(t, t.TempDir(), KindSummary, accts, &acct, testOptions())
	text := pdfText(t, path)
	w, err := newWords("en")
	if err != nil {
		t.Fatal(err)
	}
	from := strings.Index(text, w.T("doc.summary.outcomes"))
	to := strings.Index(text, w.T("doc.summary.openItems"))
	if from < 0 || to < from {
		t.Fatalf("no outcome table in %q", text)
	}
	var lines []string
	for _, p := range pdfWords(t, path) {
		lines = append(lines, pageLines(p)...)
	}
	for _, o := range acct.Plan.Objectives {
		for _, k := range o.KPIs {
			value, bar := nospace(w.number(k.Current, k.Unit)), fmt.Sprintf("%.0f%%", planner.KPIProgress(k)*100)
			if !slices.ContainsFunc(lines, func(l string) bool {
				return strings.Contains(l, value+bar) || strings.Contains(l, value) && strings.HasSuffix(strings.Split(l, value)[1], bar)
			}) {
				t.Errorf("KPI %q: no line with its value %q and its own bar %q", k.Name, value, bar)
			}
		}
	}
}

// TestNoteStaysWithItsTable checks that the entitlement statement's note
// about the other entries of the catalog stands on the page of its
// table's last rows, not alone at the top of the next page.
func TestNoteStaysWithItsTable(t *testing.T) {
	cat := testCatalog(t)
	accts := sample.Portfolio(cat, sampleToday)
	const ptPerMM = 72 / 25.4
	for _, lang := range l10n.Languages() {
		opts := testOptions()
		opts.Language = lang.Tag
		w, err := newWords(lang.Tag)
		if err != nil {
			t.Fatal(err)
		}
		// How the note starts for 1 to 99 other entries, up to what
		// explains them.
		var starts []string
		for n := 1; n < 100; n++ {
			starts = append(starts, nospace(strings.TrimSpace(w.Count("doc.entitlements.others", n, n, ""))))
		}
		for _, a := range accts {
			for i, p := range pdfWords(t, mustRender(t, t.TempDir(), KindEntitlements, accts, &a, opts)) {
				g := pageGrid(t, p.Width, p.Height)
				body := p
				body.Words = slices.DeleteFunc(slices.Clone(p.Words), func(w pdfWord) bool {
					return w.YMin < g.BodyTop()*ptPerMM-1 || w.YMax > g.BodyBottom()*ptPerMM+1
				})
				lines := pageLines(body)
				if i == 0 || len(lines) == 0 {
					continue
				}
				for _, start := range starts {
					if strings.HasPrefix(start, lines[0]) || strings.HasPrefix(lines[0], start) {
						t.Errorf("%s entitlement statement of %s: page %d starts with the note %q", lang.Tag, a.Customer.Name, i+1, lines[0])
						break
					}
				}
			}
		}
	}
}

// nospace returns s without its spaces.
func nospace(s string) string { return strings.Join(strings.Fields(s), "") }

// pageLines returns the lines of a page, top to bottom, each with its
// words left to right and its spaces left out: words whose boxes start
// within 4 points of each other in height, whatever column they stand
// in.
func pageLines(p pdfPage) []string {
	words := slices.Clone(p.Words)
	slices.SortStableFunc(words, func(a, b pdfWord) int { return cmp.Compare(a.YMin, b.YMin) })
	var out []string
	for len(words) > 0 {
		n := 1
		for n < len(words) && words[n].YMin <= words[0].YMin+4 {
			n++
		}
		line := slices.Clone(words[:n])
		slices.SortStableFunc(line, func(a, b pdfWord) int { return cmp.Compare(a.XMin, b.XMin) })
		var b strings.Builder
		for _, w := range line {
			b.WriteString(w.Text)
		}
		out = append(out, b.String())
		words = words[n:]
	}
	return out
}
