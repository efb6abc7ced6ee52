package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// editionJSON is one edition of catalog editions --json.
type editionJSON struct {
	Name      string           `json:"name"`
	Effective catalog.Date     `json:"effective"`
	Source    catalog.Source   `json:"source"`
	Note      string           `json:"note,omitempty"`
	Changes   []catalog.Change `json:"changes"`
}

// differenceJSON is one difference of catalog diff --json.
type differenceJSON struct {
	Kind      catalog.DifferenceKind `json:"kind"`
	Section   string                 `json:"section"`
	EntryID   string                 `json:"entryId,omitempty"`
	EntryName string                 `json:"entryName,omitempty"`
	Field     string                 `json:"field,omitempty"`
	From      string                 `json:"from"`
	To        string                 `json:"to"`
	Source    string                 `json:"source"`
	// Text is the difference in plain words, as the table prints it.
	Text string `json:"text"`
}

// editionText names an edition with the day it came into force, such as
// "July 2026 offer (from 2026-07-29)".
func editionText(e catalog.Edition) string {
	name := e.Name
	if name == "" {
		name = "the catalog's offer"
	}
	if e.Effective.IsZero() {
		return name
	}
	return fmt.Sprintf("%s (from %s)", name, e.Effective)
}

// sourceText names a source with the day it was read, such as "Adobe
// Success Plans Overview, 2026-07-29".
func sourceText(s catalog.Source) string {
	switch {
	case s.Title == "" && s.ID == "":
		return "-"
	case s.Title == "":
		return s.ID
	case s.Date.IsZero():
		return s.Title
	}
	return s.Title + ", " + s.Date.String()
}

func catalogEditions(fs *flagSet, e *env) func([]string) error {
	asJSON := fs.Bool("json", false, "print JSON, with each edition's changes")
	return func(args []string) error {
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		eds := cat.Editions()
		if *asJSON {
			out := make([]editionJSON, len(eds))
			for i, ed := range eds {
				out[i] = editionJSON{Name: ed.Name, Effective: ed.Effective, Source: ed.Source, Note: ed.Note, Changes: nonNil(ed.Changes)}
			}
			return writeJSON(e.stdout, out)
		}
		t := newTable(e.stdout, "EFFECTIVE", "NAME", "SOURCE", "CHANGES")
		for i, ed := range eds {
			changes := strconv.Itoa(len(ed.Changes))
			if i == 0 {
				changes = "the whole offer"
			}
			t.row(orDash(ed.Effective.String()), orDash(ed.Name), sourceText(ed.Source), changes)
		}
		if err := t.flush(); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "%d editions in catalog %s (%s); contracts keep the edition in force on the day they were signed or last renewed\n",
			len(eds), cat.Version, cat.Origin)
		return nil
	}
}

func catalogDiff(fs *flagSet, e *env) func([]string) error {
	span := spanFlags{
		from: fs.String("from", "", "a `day` (YYYY-MM-DD): the edition in force that day is compared (required)"),
		to:   fs.String("to", "", "a `day` (YYYY-MM-DD): the edition in force that day is compared with it (required)"),
	}
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		for _, req := range []struct{ name, value string }{{"from", *span.from}, {"to", *span.to}} {
			if req.value == "" {
				return usagef("--%s is required: a day as YYYY-MM-DD", req.name)
			}
		}
		fromDay, toDay, err := span.days()
		if err != nil {
			return err
		}
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		older, newer := cat.InForce(fromDay), cat.InForce(toDay)
		diffs := catalog.Diff(older, newer)
		if *asJSON {
			out := make([]differenceJSON, len(diffs))
			for i, d := range diffs {
				out[i] = differenceJSON{Kind: d.Kind, Section: d.Section, EntryID: d.EntryID, EntryName: d.EntryName, Field: d.Field,
					From: d.From, To: d.To, Source: d.Source, Text: differenceText(d)}
			}
			return writeJSON(e.stdout, out)
		}
		for _, d := range diffs {
			fmt.Fprintln(e.stdout, differenceText(d))
		}
		if older == newer {
			fmt.Fprintf(e.stderr, "%s and %s fall under the same edition, the %s: nothing differs\n", fromDay, toDay, editionText(older.Edition()))
			return nil
		}
		fmt.Fprintf(e.stderr, "%d %s between the %s and the %s\n", len(diffs), plural(len(diffs), "difference"),
			editionText(older.Edition()), editionText(newer.Edition()))
		return nil
	}
}

// sectionTitles names the sections of a catalog file in plain words, by
// what one entry of the section is.
func sectionTitles() map[string]string {
	return map[string]string{
		"solutions": "Solution", "tiers": "Tier", "comparison": "Comparison row", "addons": "Add-on",
		"responseTables": "Response table", "regions": "Region", "followUp": "Case follow-up rules", "phases": "Phase",
		"fieldActivities": "Field activity", "proactiveActivities": "Proactive service", "accelerators": "Accelerator",
		"touchpoints": "Touchpoint",
	}
}

// differenceText tells difference d in a line of plain words, such as
// `Add-on "Event Management": states.expert changed from "available" to
// "not-available" (source overview-2026-07-29)`.
func differenceText(d catalog.Difference) string {
	what, ok := sectionTitles()[d.Section]
	if !ok {
		what = d.Section
	}
	if name := cmpOr(d.EntryName, d.EntryID); name != "" {
		what += " " + strconv.Quote(name)
	}
	var change string
	switch {
	case d.Kind == catalog.Added && d.Field == "":
		change = what + " added"
	case d.Kind == catalog.Removed && d.Field == "":
		change = what + " removed"
	case d.From == "":
		change = fmt.Sprintf("%s: %s set to %s", what, d.Field, strconv.Quote(d.To))
	case d.To == "":
		change = fmt.Sprintf("%s: %s removed (was %s)", what, d.Field, strconv.Quote(d.From))
	default:
		change = fmt.Sprintf("%s: %s changed from %s to %s", what, d.Field, strconv.Quote(d.From), strconv.Quote(d.To))
	}
	if d.Source != "" {
		change += " (source " + d.Source + ")"
	}
	return change
}

// cmpOr returns the first of its arguments that is not empty.
func cmpOr(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// editionOn returns the edition of cat in force on the day of flag
// --on, or the latest edition when the flag is empty.
func editionOn(cat *catalog.Catalog, on string) (*catalog.Catalog, error) {
	if on == "" {
		eds := cat.Editions()
		return cat.InForce(eds[len(eds)-1].Effective), nil
	}
	day, err := parseDay("on", on)
	if err != nil {
		return nil, err
	}
	return cat.InForce(day), nil
}

// customerEditionJSON is the edition of a customer's contract and the
// preview of its renewal, as customer show --json prints them.
type customerEditionJSON struct {
	Edition catalog.Edition `json:"-"`
	// Preview is set when the renewal falls under a newer edition.
	Preview *planner.Preview `json:"-"`
}

// MarshalJSON writes the edition by name, day and source, and the
// preview's changes as sentences.
func (c customerEditionJSON) MarshalJSON() ([]byte, error) {
	type renewal struct {
		Day       catalog.Date   `json:"day"`
		Edition   string         `json:"edition"`
		Effective catalog.Date   `json:"effective"`
		Changes   []planner.Text `json:"changes"`
	}
	out := struct {
		Name      string         `json:"name"`
		Effective catalog.Date   `json:"effective"`
		Source    catalog.Source `json:"source"`
		Renewal   *renewal       `json:"renewal,omitempty"`
	}{Name: c.Edition.Name, Effective: c.Edition.Effective, Source: c.Edition.Source}
	if p := c.Preview; p != nil {
		out.Renewal = &renewal{Day: p.Day, Edition: p.AtRenewal.Name, Effective: p.AtRenewal.Effective, Changes: nonNil(p.Changes)}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, fmt.Errorf("customer edition: %w", err)
	}
	return b, nil
}

// printEdition writes the edition customer c's contract is under and,
// when the renewal falls under a newer one, what the renewal changes.
func printEdition(e *env, s *session, c planner.Customer) {
	w := e.stdout
	ed := planner.CustomerCatalog(s.cat, c).Edition()
	why := "no contract days: the latest offer"
	switch {
	case !c.Contract.Renewed.IsZero():
		why = "the terms of the renewal on " + c.Contract.Renewed.String()
	case !c.Contract.Start.IsZero():
		why = "the terms of the contract start " + c.Contract.Start.String()
	}
	fmt.Fprintf(w, "Offer:       %s, source %s; %s\n", editionText(ed), sourceText(ed.Source), why)
	p, ok := planner.RenewalPreview(s.cat, c)
	if !ok {
		return
	}
	if len(p.Changes) == 0 {
		fmt.Fprintf(w, "Next term, from %s: the %s, which changes nothing of this membership\n", p.Day, editionText(p.AtRenewal))
		return
	}
	fmt.Fprintf(w, "Next term, from %s, under the %s:\n", p.Day, editionText(p.AtRenewal))
	for _, t := range p.Changes {
		fmt.Fprintf(w, "  - %s\n", t)
	}
}
