package export

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
)

// words writes the words and numbers of a document in its language:
// every text a reader sees comes from the bundles of package l10n
// ("document.nl.json", "kickoff.ja.json"), and dates, numbers and counts
// take the language's forms.
type words struct{ *l10n.Translator }

// newWords returns the words of language tag ("nl"); a language without
// translations gives English.
func newWords(tag string) (words, error) {
	t, err := l10n.New(tag)
	if err != nil {
		return words{}, fmt.Errorf("document language: %w", err)
	}
	return words{t.ForDocuments()}, nil
}

// documentLanguage returns the language a document about customer c is
// written in: Options.Language when set, else the customer's own
// document language, else the language of the settings (the window's),
// else English. c may be nil for a document about the whole portfolio.
func (o Options) documentLanguage(c *planner.Customer) string {
	switch {
	case o.Language != "":
		return o.Language
	case c != nil && c.Language != "":
		return c.Language
	case o.Settings.Language != "":
		return o.Settings.Language
	}
	return "en"
}

// kindTitle returns the title of document kind k ("Mutual Action Plan",
// "Mutual Action Plan" in Dutch too, "相互アクションプラン").
func (w words) kindTitle(k Kind) string { return w.T("doc.title." + string(k)) }

// count writes a number of things: "no findings", "1 finding", "3
// findings". key names the thing: the bundles hold "doc.count.KEY" with a
// plural form per count and "doc.count.KEY.none" for none.
func (w words) count(n int, key string) string {
	if n == 0 {
		return w.T("doc.count." + key + ".none")
	}
	return w.Count("doc.count."+key, n, n)
}

// date writes a day ("12 Mar 2026", "12 mrt 2026", "2026年3月12日"), or a
// dash when it is unset.
func (w words) date(d planner.Date) string { return w.Date(d) }

// shortDate writes a day without its year ("12 Mar"), or a dash.
func (w words) shortDate(d planner.Date) string { return w.DayMonth(d) }

// rangeText writes a span of days: "3–12 Mar 2026", "3 Mar – 12 Apr
// 2026" in the compact style of English and Dutch; the full style of
// Japanese repeats the month ("2026年3月3日～3月12日").
func (w words) rangeText(from, to planner.Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return "–"
	case to.IsZero():
		return w.T("doc.range.from", w.date(from))
	case from.IsZero():
		return w.T("doc.range.until", w.date(to))
	case from == to:
		return w.date(from)
	}
	if w.T("doc.range.style") == "full" {
		end := w.date(to)
		if from.Year == to.Year {
			end = w.shortDate(to)
		}
		return w.T("doc.range.between", w.date(from), end)
	}
	switch {
	case from.Year == to.Year && from.Month == to.Month:
		return w.T("doc.range.sameMonth", from.Day, w.date(to))
	case from.Year == to.Year:
		return w.T("doc.range.between", w.shortDate(from), w.date(to))
	}
	return w.T("doc.range.between", w.date(from), w.date(to))
}

// phaseWindow describes when a phase runs: actual dates where known,
// else planned ones.
func (w words) phaseWindow(p planner.PhaseState) string {
	start, end := p.ActualStart, p.ActualEnd
	if start.IsZero() {
		start = p.PlannedStart
	}
	if end.IsZero() {
		end = p.PlannedEnd
	}
	if start.IsZero() && end.IsZero() {
		return w.T("doc.phase.notScheduled")
	}
	return capitalize(w.rangeText(start, end))
}

// number writes a KPI value without needless decimals, with its unit
// ("74%", "2,5 s" in Dutch).
func (w words) number(v float64, unit string) string {
	return w.Quantity(planner.Quantity{Value: v, Unit: unit})
}

// hours writes a number of hours ("8 h", "2,5 u", "8時間").
func (w words) hours(h float64) string {
	s := w.Number(h, 2)
	if s == "-0" {
		s = "0"
	}
	return w.T("doc.unit.hours", s)
}

// integer writes a whole number with the language's digit grouping.
func (w words) integer(n int) string { return w.Number(float64(n), 0) }

// sentence writes a planner sentence in the document's language.
func (w words) sentence(t planner.Text) string { return w.Sentence(t) }

// joinList joins items as the language lists them ("A, B and C", "A、B、C").
func (w words) joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return w.T("doc.list.and", strings.Join(items[:len(items)-1], w.T("list.comma")), items[len(items)-1])
}
