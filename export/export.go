// Package export produces Liftoff's deliverables from what the planner
// holds: PDF documents (kickoff deck, assessment and recommendations,
// engagement summary, Mutual Action Plan, quarterly plan, entitlement
// statement, quarterly business review), iCalendar files of activities, milestones and actions,
// CSV files of activities and actions, and the customer's copy of a Mutual Action Plan as an .xlsx
// workbook (MapWorkbook), read back with ReadMapWorkbook.
//
// Documents only lay out what package planner computes: progress, what is
// overdue, allowances left and entitlements come from there. Every PDF
// embeds its fonts (Noto Sans, and a system CJK TrueType font for Japanese
// text when one is installed) cut down to the characters it draws,
// carries page numbers, a running header and footer and metadata, and is
// byte-for-byte reproducible in deterministic mode. LoadFonts reads the
// fonts once for any number of documents.
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// Options control how a document is produced.
type Options struct {
	// PageSize of portrait documents and of the quarterly plan: "A4" or
	// "Letter"; empty takes Settings.PageSize, else A4. The kickoff deck
	// and the quarterly business review are always 16:9 slides.
	PageSize string
	// Settings are the user's settings: region time zones and holidays
	// (response targets), the weekly capacity (quarterly plan) and the
	// page size. The zero value means planner.DefaultSettings().
	// Documents show Settings.Branding (organisation, logo,
	// confidentiality line) in any case.
	Settings planner.Settings
	// Author is the document author in its metadata, the TAM; empty
	// takes the name of Settings.Profile, else the organisation of
	// Settings.Branding, else "Liftoff".
	Author string
	// Now is the moment of generation: the date printed in the footer and
	// the "today" that decides what is overdue. Zero means the current
	// time, or a fixed date in deterministic mode.
	Now time.Time
	// Deterministic makes output byte-for-byte reproducible: the creation
	// date is Now (or a fixed date), and objects are written in sorted
	// order.
	Deterministic bool
	// Fonts are the fonts documents are set in, read once by LoadFonts
	// and shared by every document made with them. Nil reads them anew
	// for this document, the Japanese one from CJKFontPath.
	Fonts *Fonts
	// CJKFontPath is a TrueType font used for characters Noto Sans lacks
	// (Japanese) when Fonts is nil. Empty searches CJKFontCandidates and
	// fontconfig.
	CJKFontPath string
	// Language is the language of the document, a tag of
	// planner.DocumentLanguages ("nl"); empty takes the customer's
	// document language, else the language of Settings, else English.
	Language string
	// AllowMissingGlyphs draws characters no font has as boxes, saying so
	// in Result.Log; otherwise such a document fails with
	// MissingGlyphsError and nothing is written.
	AllowMissingGlyphs bool
	// Engagement selects the engagement of the kickoff deck, assessment
	// and summary; zero picks the account's current one.
	Engagement planner.ID

	// ctx is the context of the document being made (see started): once
	// it is done, the document stops and nothing is written.
	ctx context.Context
}

// context returns the context of the document, the background one when
// none was given.
func (o Options) context() context.Context {
	if o.ctx == nil {
		return context.Background()
	}
	return o.ctx
}

// started checks ctx before a document is made and returns opts carrying
// it, so that the document stops, writing nothing, once ctx is done. what
// names the document in the error.
func started(ctx context.Context, opts Options, what string) (Options, error) {
	if err := ctx.Err(); err != nil {
		return opts, fmt.Errorf("%s: %w", what, err)
	}
	opts.ctx = ctx
	return opts, nil
}

// deterministicNow is the moment deterministic documents are dated when
// Options.Now is zero.
func deterministicNow() time.Time { return time.Date(2026, time.January, 5, 9, 0, 0, 0, time.UTC) }

// now returns the moment of generation.
func (o Options) now() time.Time {
	switch {
	case !o.Now.IsZero():
		return o.Now
	case o.Deterministic:
		return deterministicNow()
	}
	return time.Now()
}

// settings returns the user's settings, or the defaults.
func (o Options) settings() planner.Settings {
	if o.Settings.WeeklyCapacityHours == 0 && o.Settings.PageSize == "" && o.Settings.Regions == nil {
		return planner.DefaultSettings()
	}
	return o.Settings
}

// pageSize returns the paper size to use.
func (o Options) pageSize() string {
	if o.PageSize != "" {
		return o.PageSize
	}
	return o.settings().PageSize
}

// today returns the day of generation.
func (o Options) today() planner.Date { return catalog.DateOf(o.now()) }

// Result describes a produced document.
type Result struct {
	// Log lists what the reader should know: characters that could not be
	// drawn, the CJK font used, rows that had to be split.
	Log []string
	// Pages is the number of pages.
	Pages int
	// MinFontSize is the smallest text size used, in points.
	MinFontSize float64
}

// Kind names a PDF deliverable.
type Kind string

// The PDF deliverables.
const (
	KindKickoff      Kind = "kickoff"
	KindAssessment   Kind = "assessment"
	KindSummary      Kind = "summary"
	KindActionPlan   Kind = "map"
	KindQuarter      Kind = "quarter"
	KindEntitlements Kind = "entitlements"
	KindQBR          Kind = "qbr"
)

// Kinds returns every document kind, in the order of an engagement.
func Kinds() []Kind {
	return []Kind{KindKickoff, KindAssessment, KindSummary, KindActionPlan, KindQuarter, KindEntitlements, KindQBR}
}

// ParseKind parses a document kind name.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Kinds(), k) {
		return k, nil
	}
	names := make([]string, 0, len(Kinds()))
	for _, k := range Kinds() {
		names = append(names, string(k))
	}
	return "", fmt.Errorf("unknown document kind %q (want %s)", s, strings.Join(names, ", "))
}

// Title returns the document title of the kind.
func (k Kind) Title() string {
	switch k {
	case KindKickoff:
		return "Kickoff"
	case KindAssessment:
		return "Assessment and Recommendations"
	case KindSummary:
		return "Engagement Summary"
	case KindActionPlan:
		return "Mutual Action Plan"
	case KindQuarter:
		return "Quarterly Plan"
	case KindEntitlements:
		return "Entitlement Statement"
	case KindQBR:
		return "Quarterly Business Review"
	}
	return string(k)
}

// Request says which document to produce, about what.
type Request struct {
	Kind Kind
	// Accounts is the portfolio. The quarterly plan covers all of them,
	// with the TAM's capacity, unless Customer is set: then it is the
	// customer's own, without it (CustomerQuarterPlan). The other kinds
	// need Customer.
	Accounts []planner.Account
	Customer planner.ID
	// Quarter is the quarter of the quarterly plan and of the quarterly
	// business review.
	Quarter planner.Quarter
}

// ErrNoCustomer is returned when a request names no customer, or one the
// portfolio does not hold.
var ErrNoCustomer = errors.New("customer not found")

// Document writes the PDF deliverable req asks for.
func Document(ctx context.Context, w io.Writer, cat *catalog.Catalog, req Request, opts Options) (Result, error) {
	if req.Kind == KindQuarter {
		if req.Customer != (planner.ID{}) {
			a, err := findAccount(req.Accounts, req.Customer)
			if err != nil {
				return Result{}, err
			}
			return CustomerQuarterPlan(ctx, w, cat, a, opts.settings(), req.Quarter, opts)
		}
		return QuarterPlan(ctx, w, cat, req.Accounts, opts.settings(), req.Quarter, opts)
	}
	acct, err := findAccount(req.Accounts, req.Customer)
	if err != nil {
		return Result{}, err
	}
	switch req.Kind {
	case KindKickoff:
		return Kickoff(ctx, w, cat, acct, opts)
	case KindAssessment:
		return Assessment(ctx, w, cat, acct, opts)
	case KindSummary:
		return Summary(ctx, w, cat, acct, opts)
	case KindActionPlan:
		return ActionPlanPDF(ctx, w, cat, acct, opts)
	case KindEntitlements:
		return Entitlements(ctx, w, cat, acct, opts)
	case KindQBR:
		return BusinessReview(ctx, w, cat, acct, opts.settings(), req.Quarter, opts)
	}
	_, err = ParseKind(string(req.Kind))
	return Result{}, err
}

// findAccount returns the account of customer id.
func findAccount(accts []planner.Account, id planner.ID) (planner.Account, error) {
	if id == (planner.ID{}) {
		return planner.Account{}, fmt.Errorf("%w: name the customer the document is about", ErrNoCustomer)
	}
	for _, a := range accts {
		if a.Customer.ID == id {
			return a, nil
		}
	}
	return planner.Account{}, fmt.Errorf("%w: no customer with ID %s", ErrNoCustomer, id)
}

// ErrNoEngagement is returned for engagement documents of an account that
// has no engagement, or not the one asked for.
var ErrNoEngagement = errors.New("no engagement")

// pickEngagement returns the engagement opts selects, or else the one
// planner.FocusEngagement picks.
func pickEngagement(acct planner.Account, opts Options) (planner.Engagement, error) {
	if len(acct.Engagements) == 0 {
		return planner.Engagement{}, fmt.Errorf("%w: customer %q has no engagement yet", ErrNoEngagement, acct.Customer.Name)
	}
	if opts.Engagement != (planner.ID{}) {
		for _, e := range acct.Engagements {
			if e.ID == opts.Engagement {
				return e, nil
			}
		}
		return planner.Engagement{}, fmt.Errorf("%w: customer %q has no engagement with ID %s", ErrNoEngagement, acct.Customer.Name, opts.Engagement)
	}
	e, _ := planner.FocusEngagement(acct.Engagements)
	return e, nil
}
