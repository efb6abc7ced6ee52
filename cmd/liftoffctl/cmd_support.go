package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func tierIDs(cat *catalog.Catalog) []string {
	return idsOf(cat.Tiers, func(t catalog.Tier) catalog.TierID { return t.ID })
}

func regionIDs(cat *catalog.Catalog) []string {
	return idsOf(cat.Regions, func(r catalog.Region) catalog.RegionID { return r.ID })
}

func addOnIDs(cat *catalog.Catalog) []string {
	return idsOf(cat.AddOns, func(a catalog.AddOn) string { return a.ID })
}

// addOnIDsOfEveryEdition returns the IDs of the add-ons of every edition
// of cat's file: the latest edition's, then those only older editions
// offer, oldest first.
func addOnIDsOfEveryEdition(cat *catalog.Catalog) []string {
	ids := addOnIDs(cat)
	for _, e := range cat.Editions() {
		for _, a := range cat.InForce(e.Effective).AddOns {
			if !slices.Contains(ids, a.ID) {
				ids = append(ids, a.ID)
			}
		}
	}
	return ids
}

// membershipFlags declares the flags that describe a membership.
type membershipFlags struct {
	tier, addons, solutions *string
	accelerators, fieldHrs  *int
}

func declareMembership(fs *flagSet) membershipFlags {
	return membershipFlags{
		tier:         fs.String("tier", "", "membership `tier`: expert or ultimate (required)"),
		addons:       fs.String("addons", "", "purchased add-ons, comma-separated `IDs`"),
		solutions:    fs.String("solutions", "", "licensed solutions, comma-separated `IDs`"),
		accelerators: fs.Int("accelerators", 0, allowanceRange(), "accelerators per contract year the contract allows"),
		fieldHrs:     fs.Int("field-hours", 0, allowanceRange(), "field-activity hours per contract year the contract includes"),
	}
}

func (f membershipFlags) parse(cat *catalog.Catalog) (planner.Membership, planner.Allowances, error) {
	var m planner.Membership
	if *f.tier == "" {
		return m, planner.Allowances{}, usagef("--tier is required (want %s)", strings.Join(tierIDs(cat), ", "))
	}
	if err := oneOf("tier", *f.tier, tierIDs(cat)); err != nil {
		return m, planner.Allowances{}, err
	}
	m.Tier = catalog.TierID(*f.tier)
	for _, s := range splitList(*f.solutions) {
		if err := oneOf("solution", s, solutionIDs(cat)); err != nil {
			return m, planner.Allowances{}, err
		}
		m.Solutions = append(m.Solutions, catalog.SolutionID(s))
	}
	for _, a := range splitList(*f.addons) {
		if err := oneOf("add-on", a, addOnIDs(cat)); err != nil {
			return m, planner.Allowances{}, err
		}
		if err := planner.CheckAddOnPurchase(cat, m, a); err != nil {
			return m, planner.Allowances{}, usageError{err.Error()}
		}
		m.AddOns = append(m.AddOns, a)
	}
	return m, planner.Allowances{AcceleratorsPerYear: *f.accelerators, FieldHoursPerYear: *f.fieldHrs}, nil
}

func entitlementsCmd(fs *flagSet, e *env) func([]string) error {
	mf := declareMembership(fs)
	kind := fs.String("kind", "", "only items of this `kind`: accelerator, field, proactive or addon")
	status := fs.String("status", "", "only rows with this `status`: included, purchased, available or not-available")
	on := fs.String("on", "", "answer for the edition of the offer in force on this `day` (YYYY-MM-DD), such as a contract's start; default the latest")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		if cat, err = editionOn(cat, *on); err != nil {
			return err
		}
		m, allow, err := mf.parse(cat)
		if err != nil {
			return err
		}
		if err := emptyOrOneOf("kind", *kind, kindNames()); err != nil {
			return err
		}
		if err := emptyOrOneOf("status", *status, []string{"included", "purchased", "available", "not-available"}); err != nil {
			return err
		}
		var rows []planner.Entitlement
		for _, en := range planner.Entitlements(cat, m, allow) {
			if (*kind == "" || string(en.Item.Kind) == *kind) && (*status == "" || string(en.Status) == *status) {
				rows = append(rows, en)
			}
		}
		if *asJSON {
			type row struct {
				Kind     catalog.Kind       `json:"kind"`
				ID       string             `json:"id"`
				Name     string             `json:"name"`
				Solution catalog.SolutionID `json:"solution,omitempty"`
				Status   string             `json:"status"`
				Reason   string             `json:"reason"`
			}
			out := make([]row, len(rows))
			for i, r := range rows {
				out[i] = row{r.Item.Kind, r.Item.ID, r.Item.Name, r.Solution, string(r.Status), r.Reason.String()}
			}
			return writeJSON(e.stdout, out)
		}
		t := newTable(e.stdout, "KIND", "ITEM", "SOLUTION", "STATUS", "REASON")
		for _, r := range rows {
			sol := "-"
			if r.Solution != "" {
				sol = cat.SolutionName(r.Solution)
			}
			t.row(string(r.Item.Kind), r.Item.Name, sol, string(r.Status), r.Reason.String())
		}
		if err := t.flush(); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "answers for the %s\n", editionText(cat.Edition()))
		return nil
	}
}

func slaCmd(fs *flagSet, e *env) func([]string) error {
	tier := fs.String("tier", "", "membership `tier`: expert or ultimate (required)")
	priority := fs.String("priority", "", "case `priority`: P1, P2, P3 or P4 (required)")
	region := fs.String("region", "", "customer's `region`: americas, emea, apac or japan (required)")
	opened := fs.String("opened", "", "when the case was opened, RFC 3339 `time` such as 2026-11-27T16:30:00Z (required)")
	product := fs.String("product", "", "`product` of the case: commerce-managed for a Commerce Managed Services request")
	licensed := fs.String("licensed", "", "`day` (YYYY-MM-DD) the Commerce Managed Services licence was taken or renewed")
	holidays := fs.String("holidays", "", "holiday `file` replacing the region's list (YYYY-MM-DD name per line, or JSON)")
	support24x5 := fs.Bool("24x5", false, "count Ultimate P2/P3 targets 24x5 instead of in business hours")
	zone := fs.String("zone", "", "time `zone` replacing the region's default, e.g. Europe/Amsterdam")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		for _, req := range []struct{ name, value string }{{"tier", *tier}, {"priority", *priority}, {"region", *region}, {"opened", *opened}} {
			if req.value == "" {
				return usagef("--%s is required", req.name)
			}
		}
		if err := oneOf("tier", *tier, tierIDs(cat)); err != nil {
			return err
		}
		if err := oneOf("region", *region, regionIDs(cat)); err != nil {
			return err
		}
		p, at, err := valueAndInstant("--priority", *priority, planner.ParsePriority, "opened", *opened)
		if err != nil {
			return err
		}
		m := planner.Membership{Tier: catalog.TierID(*tier), Support24x5: *support24x5}
		c := planner.Case{Priority: p, Opened: at}
		if *product != "" {
			if err := oneOf("product", *product, []string{planner.ProductCommerceManaged}); err != nil {
				return err
			}
			c.Product = *product
		}
		if *licensed != "" {
			if c.Product == "" {
				return usagef("--licensed is the Commerce Managed Services licence day: give --product %s too", planner.ProductCommerceManaged)
			}
			d, err := catalog.ParseDate(*licensed)
			if err != nil {
				return usagef("--licensed: %v", err)
			}
			m.CommerceManagedLicensed = d
		}
		var hol []catalog.Holiday
		if *holidays != "" {
			f, err := os.Open(*holidays)
			if err != nil {
				return err
			}
			hol, err = planner.ParseHolidays(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", *holidays, err)
			}
			if hol == nil {
				hol = []catalog.Holiday{}
			}
		}
		settings := planner.DefaultSettings()
		if *zone != "" {
			if _, err := time.LoadLocation(*zone); err != nil {
				return usagef("unknown time zone %q (want an IANA name such as Europe/London)", *zone)
			}
			settings.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.RegionID(*region): {TimeZone: *zone}}
		}
		cal, err := planner.RegionCalendar(cat, settings, catalog.RegionID(*region), hol)
		if err != nil {
			return err
		}
		target, due, err := planner.ResponseDeadline(cat, c, m, cal)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, struct {
				Opened   time.Time `json:"opened"`
				Due      time.Time `json:"due"`
				DueUTC   time.Time `json:"dueUtc"`
				Zone     string    `json:"zone"`
				Table    string    `json:"table"`
				Clock    string    `json:"clock"`
				Target   string    `json:"target"`
				Note     string    `json:"note,omitempty"`
				Holidays string    `json:"holidays,omitempty"`
				Priority string    `json:"priority"`
			}{at, due, due.UTC(), cal.Location.String(), target.TableID, string(target.Clock), target.Explanation.String(), target.Note.String(),
				target.MissingHolidays.String(), string(p)})
		}
		fmt.Fprintf(e.stdout, "Due:     %s (%s)\n", due.Format("Monday 2006-01-02 15:04 MST"), cal.Location)
		fmt.Fprintf(e.stdout, "         %s UTC\n", due.UTC().Format("Monday 2006-01-02 15:04"))
		fmt.Fprintf(e.stdout, "Opened:  %s (%s)\n", at.In(cal.Location).Format("Monday 2006-01-02 15:04 MST"), cal.Location)
		fmt.Fprintf(e.stdout, "Target:  %s\n", target.Explanation)
		if !target.Note.IsZero() {
			fmt.Fprintf(e.stdout, "Note:    %s\n", target.Note)
		}
		if !target.MissingHolidays.IsZero() {
			fmt.Fprintf(e.stdout, "Holidays: %s\n", target.MissingHolidays)
		}
		return nil
	}
}

func caseTimelineCmd(fs *flagSet, e *env) func([]string) error {
	status := fs.String("status", "", "case `status`: awaiting-response or solution-proposed (required)")
	since := fs.String("since", "", "when the status was set, RFC 3339 `time` (required)")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		if *status == "" {
			return usagef("--status is required (want awaiting-response or solution-proposed)")
		}
		if *since == "" {
			return usagef("--since is required: an RFC 3339 time such as 2026-11-27T16:30:00Z")
		}
		st, at, err := valueAndInstant("--status", *status, planner.ParseCaseStatus, "since", *since)
		if err != nil {
			return err
		}
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		tl, err := planner.CaseTimeline(cat.FollowUp, st, at)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, tl)
		}
		t := newTable(e.stdout, "WHEN", "EVENT")
		t.row(at.Format(time.RFC3339), "case set to "+string(tl.Status))
		for _, r := range tl.Reminders {
			t.row(r.At.Format(time.RFC3339), fmt.Sprintf("reminder %d: %d %s left before the case closes", r.N, r.DaysLeft, plural(r.DaysLeft, "day")))
		}
		t.row(tl.AutoClose.Format(time.RFC3339), "case closes automatically, with a notice")
		t.row(tl.ReopenUntil.Format(time.RFC3339), "last moment to reopen; after it, open a new case that refers to this one")
		return t.flush()
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return unit
	}
	return unit + "s"
}
