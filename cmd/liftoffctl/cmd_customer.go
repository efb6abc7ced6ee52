package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// customerFlags are the flags that describe a customer.
type customerFlags struct {
	name, region, tier, solutions, addons *string
	start, end, renewed, cmLicensed       *string
	accelerators, fieldHours              *int
	tam, csm, ssm, tad, notes             *string
	language, timeZone                    *string
	support24x5                           *bool
}

func declareCustomer(fs *flagSet) customerFlags {
	return customerFlags{
		name:         fs.Text("name", planner.LineText, "customer `name`"),
		region:       fs.String("region", "", "`region`: americas, emea, apac or japan"),
		tier:         fs.String("tier", "", "membership `tier`: expert or ultimate"),
		solutions:    fs.String("solutions", "", "licensed solutions, comma-separated `IDs`"),
		addons:       fs.String("addons", "", "purchased add-ons, comma-separated `IDs`"),
		start:        fs.String("contract-start", "", "contract start `day` (YYYY-MM-DD)"),
		end:          fs.String("contract-end", "", "contract end `day` (YYYY-MM-DD)"),
		renewed:      fs.String("renewed", "", "`day` the contract was last renewed (YYYY-MM-DD; empty for never): its terms are the offer's of that day"),
		cmLicensed:   fs.String("commerce-managed-licensed", "", "`day` the Commerce Managed Services licence was taken or renewed"),
		accelerators: fs.Int("accelerators", 0, allowanceRange(), "Success Accelerators per contract year"),
		fieldHours:   fs.Int("field-hours", 0, allowanceRange(), "field-activity hours per contract year"),
		tam:          fs.Text("tam", planner.LineText, "Technical Account Manager, \"Name <email>\""),
		csm:          fs.Text("csm", planner.LineText, "Customer Success Manager, \"Name <email>\""),
		ssm:          fs.Text("ssm", planner.LineText, "Support Services Manager, \"Name <email>\""),
		tad:          fs.Text("tad", planner.LineText, "Technical Account Director, \"Name <email>\""),
		notes:        fs.Text("notes", planner.LongText, "free `text`"),
		language:     fs.String("language", "", "document `language`: "+strings.Join(planner.DocumentLanguages(), ", ")+"; empty for the window's"),
		timeZone:     fs.String("time-zone", "", "IANA time `zone` the customer works in (e.g. Europe/Berlin); empty for the region's"),
		support24x5:  fs.Bool("24x5", false, "count Ultimate P2/P3 response targets 24x5"),
	}
}

// apply copies the given flags onto c. An add-on --addons adds to those c
// had must be one the edition of the offer of c's contract, as the flags
// leave it, sells to c's membership (planner.CheckAddOnPurchase); an
// add-on c already had stays, whether or not that edition still sells it
// (a break of planner.RuleAddOnOffered, saved with --force).
func (f customerFlags) apply(cat *catalog.Catalog, c *planner.Customer, given map[string]bool) error {
	had := c.Membership.AddOns
	if err := f.assign(cat, c, given); err != nil {
		return err
	}
	if !given["addons"] {
		return nil
	}
	terms := planner.CustomerCatalog(cat, *c)
	for _, a := range c.Membership.AddOns {
		if slices.Contains(had, a) {
			continue
		}
		if err := planner.CheckAddOnPurchase(terms, c.Membership, a); err != nil {
			return fmt.Errorf("not saved: %s cannot buy add-on %s under the offer of %s: %w", c.Name, a, terms.Edition().Effective, err)
		}
	}
	return nil
}

// assign copies the given flags onto c.
func (f customerFlags) assign(cat *catalog.Catalog, c *planner.Customer, given map[string]bool) error {
	if given["name"] {
		c.Name = *f.name
	}
	if given["region"] {
		if err := oneOf("region", *f.region, regionIDs(cat)); err != nil {
			return err
		}
		c.Region = catalog.RegionID(*f.region)
	}
	if given["tier"] {
		if err := oneOf("tier", *f.tier, tierIDs(cat)); err != nil {
			return err
		}
		c.Membership.Tier = catalog.TierID(*f.tier)
	}
	if given["solutions"] {
		c.Membership.Solutions = nil
		for _, s := range splitList(*f.solutions) {
			if err := oneOf("solution", s, solutionIDs(cat)); err != nil {
				return err
			}
			c.Membership.Solutions = append(c.Membership.Solutions, catalog.SolutionID(s))
		}
	}
	if given["addons"] {
		c.Membership.AddOns = nil
		for _, a := range splitList(*f.addons) {
			if err := oneOf("add-on", a, addOnIDsOfEveryEdition(cat)); err != nil {
				return err
			}
			c.Membership.AddOns = append(c.Membership.AddOns, a)
		}
	}
	for _, d := range []struct {
		flag string
		val  *string
		dst  *planner.Date
	}{{"contract-start", f.start, &c.Contract.Start}, {"contract-end", f.end, &c.Contract.End},
		{"renewed", f.renewed, &c.Contract.Renewed}, {"commerce-managed-licensed", f.cmLicensed, &c.Membership.CommerceManagedLicensed}} {
		if given[d.flag] {
			day, err := parseDay(d.flag, *d.val)
			if err != nil {
				return err
			}
			*d.dst = day
		}
	}
	if given["accelerators"] {
		c.Contract.Allowances.AcceleratorsPerYear = *f.accelerators
	}
	if given["field-hours"] {
		c.Contract.Allowances.FieldHoursPerYear = *f.fieldHours
	}
	for _, p := range []struct {
		flag string
		val  *string
		dst  *planner.Person
	}{{"tam", f.tam, &c.Team.TAM}, {"csm", f.csm, &c.Team.CSM}, {"ssm", f.ssm, &c.Team.SSM}, {"tad", f.tad, &c.Team.TAD}} {
		if given[p.flag] {
			*p.dst = person(*p.val)
		}
	}
	if given["notes"] {
		c.Notes = *f.notes
	}
	if given["24x5"] {
		c.Membership.Support24x5 = *f.support24x5
	}
	if given["language"] {
		if err := emptyOrOneOf("language", *f.language, planner.DocumentLanguages()); err != nil {
			return err
		}
		c.Language = *f.language
	}
	if given["time-zone"] {
		c.TimeZone = strings.TrimSpace(*f.timeZone)
	}
	return nil
}

func customerAdd(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	cf := declareCustomer(fs)
	asJSON := fs.Bool("json", false, "print the stored customer as JSON")
	force := forceFlag(fs)
	return func(args []string) error {
		given := fs.given()
		for _, req := range []string{"name", "region", "tier"} {
			if !given[req] {
				return usagef("--%s is required", req)
			}
		}
		return withSession(e, *db, false, func(s *session) error {
			c := planner.Customer{ID: planner.NewID()}
			if err := cf.apply(s.cat, &c, given); err != nil {
				return err
			}
			if _, err := outsideMembership(s.cat, &c, false, *force); err != nil {
				return err
			}
			saved, err := s.db.PutCustomer(c)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(e.stdout, saved)
			}
			fmt.Fprintf(e.stdout, "added %s %s\n", saved.ID, saved.Name)
			return nil
		})
	}
}

func customerEdit(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	cf := declareCustomer(fs)
	force := forceFlag(fs)
	return func(args []string) error {
		given := fs.given()
		delete(given, "db")
		delete(given, "force")
		if len(given) == 0 {
			return usagef("nothing to change: give the flags to change, e.g. --tier ultimate")
		}
		return withFound(e, *db, false, args[0], (*session).account, func(s *session, a planner.Account) error {
			c := a.Customer
			if err := cf.apply(s.cat, &c, given); err != nil {
				return err
			}
			if _, err := outsideMembership(s.cat, &c, a.HasPlan(), *force); err != nil {
				return err
			}
			saved, err := s.db.PutCustomer(c)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "saved %s %s\n", saved.ID, saved.Name)
			return nil
		})
	}
}

func customerDelete(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	yes := fs.Bool("yes", false, "really delete (required)")
	return func(args []string) error {
		return withFound(e, *db, false, args[0], (*session).customer, func(s *session, c planner.Customer) error {
			if !*yes {
				return usagef("this deletes %q with its engagements, plan and activities: add --yes to go ahead", c.Name)
			}
			gone, err := s.db.DeleteCustomer(c.ID)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "deleted %s %s (%d engagements, %d activities); a backup of the database was taken when this session started\n",
				gone.Customer.ID, gone.Customer.Name, len(gone.Engagements), len(gone.Activities))
			return nil
		})
	}
}

func customerList(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return withSession(e, *db, true, func(s *session) error {
			today := s.today()
			rows, err := s.db.Portfolio(today)
			if err != nil {
				return err
			}
			settings, err := s.db.Settings()
			if err != nil {
				return err
			}
			if *asJSON {
				out := make([]portfolioRowJSON, len(rows))
				for i, r := range rows {
					out[i] = newPortfolioRowJSON(r, settings, today)
				}
				return writeJSON(e.stdout, out)
			}
			t := newTable(e.stdout, "ID", "NAME", "TIER", "REGION", "PHASE", "NEXT ACTIVITY", "OVERDUE", "ACCELERATORS LEFT", "FIELD HOURS LEFT", "RENEWAL")
			for _, r := range rows {
				next := "-"
				if r.NextActivity != nil {
					next = r.NextActivity.Date.String() + " " + itemName(s.cat, r.NextActivity.ItemID)
				}
				renewal := "-"
				if days, soon := planner.RenewalIn(r.Customer.Contract, settings, today); soon {
					renewal = "in " + planner.Days(days).String()
				}
				t.row(r.Customer.ID.String(), r.Customer.Name, string(r.Customer.Membership.Tier), string(r.Customer.Region),
					orDash(string(r.CurrentPhase)), next, fmt.Sprint(r.OverdueActions),
					fmt.Sprintf("%d of %d", r.Usage.Accelerators.Left(), r.Usage.Accelerators.Allowed),
					fmt.Sprintf("%g of %g", r.Usage.FieldHours.Left(), r.Usage.FieldHours.Allowed), renewal)
			}
			if err := t.flush(); err != nil {
				return err
			}
			if len(rows) == 0 {
				fmt.Fprintln(e.stderr, "no customers yet: add one with \"liftoffctl customer add\" or load the sample with \"liftoffctl sample\"")
			}
			return nil
		})
	}
}

func itemName(cat *catalog.Catalog, id string) string {
	if it, ok := cat.Item(id); ok {
		return it.Name
	}
	return id
}

func customerShow(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the whole account as JSON")
	return func(args []string) error {
		return withFound(e, *db, true, args[0], (*session).account, func(s *session, a planner.Account) error {
			if *asJSON {
				years := planner.ContractYearUse(s.cat, a.Customer, a.Activities, s.today())
				out := accountJSON{Account: a, Consumption: make([]usageJSON, len(years)),
					Edition: customerEditionJSON{Edition: planner.CustomerCatalog(s.cat, a.Customer).Edition()}}
				if p, ok := planner.RenewalPreview(s.cat, a.Customer); ok {
					out.Edition.Preview = &p
				}
				for i, u := range years {
					out.Consumption[i] = newUsageJSON(u)
				}
				return writeJSON(e.stdout, out)
			}
			printAccount(e, s, a)
			return nil
		})
	}
}

func printAccount(e *env, s *session, a planner.Account) {
	w := e.stdout
	c := a.Customer
	tier, _ := planner.CustomerCatalog(s.cat, c).Tier(c.Membership.Tier)
	region, _ := s.cat.Region(c.Region)
	fmt.Fprintf(w, "%s\n%s\n", c.Name, strings.Repeat("=", cells(c.Name)))
	fmt.Fprintf(w, "ID:          %s\n", c.ID)
	fmt.Fprintf(w, "Region:      %s\n", region.Name)
	fmt.Fprintf(w, "Tier:        %s\n", tier.Name)
	sols := make([]string, len(c.Membership.Solutions))
	for i, id := range c.Membership.Solutions {
		sols[i] = s.cat.SolutionName(id)
	}
	fmt.Fprintf(w, "Solutions:   %s\n", orDash(strings.Join(sols, ", ")))
	fmt.Fprintf(w, "Add-ons:     %s\n", orDash(strings.Join(c.Membership.AddOns, ", ")))
	if len(c.OutsideMembership) > 0 {
		fmt.Fprintf(w, "Outside the membership: %s\n", outsideTitles(c))
	}
	renewed := ""
	if !c.Contract.Renewed.IsZero() {
		renewed = ", renewed " + c.Contract.Renewed.String()
	}
	fmt.Fprintf(w, "Contract:    %s to %s%s, %d accelerators and %d field-activity hours per year\n",
		orDash(c.Contract.Start.String()), orDash(c.Contract.End.String()), renewed, c.Contract.Allowances.AcceleratorsPerYear, c.Contract.Allowances.FieldHoursPerYear)
	printEdition(e, s, c)
	u := planner.AllowanceUse(s.cat, c, a.Activities, s.today())
	fmt.Fprintf(w, "Contract year: %s..%s\n", u.YearStart, u.YearEnd)
	fmt.Fprintf(w, "  Accelerators: %d allowed, %d delivered, %d committed, %d proposed, %d left\n",
		u.Accelerators.Allowed, u.Accelerators.Delivered, u.Accelerators.Committed, u.Accelerators.Proposed, u.Accelerators.Left())
	fmt.Fprintf(w, "  Field hours:  %g allowed, %g delivered, %g committed, %g proposed, %g left\n",
		u.FieldHours.Allowed, u.FieldHours.Delivered, u.FieldHours.Committed, u.FieldHours.Proposed, u.FieldHours.Left())
	fmt.Fprintf(w, "TAM:         %s\nCSM:         %s\nSSM:         %s\nTAD:         %s\n", personText(c.Team.TAM), personText(c.Team.CSM), personText(c.Team.SSM), personText(c.Team.TAD))
	if len(c.KeyEvents) > 0 {
		fmt.Fprintln(w, "\nKey events:")
		for _, k := range c.KeyEvents {
			fmt.Fprintf(w, "  %s  %s\n", k.Date, k.Name)
		}
	}
	fmt.Fprintf(w, "\nNamed Support Contacts (%d, at most %d per product):\n", len(c.Contacts), tier.NSCLimit)
	for _, n := range c.Contacts {
		admin := ""
		if n.AccountAdmin {
			admin = " (account administrator)"
		}
		fmt.Fprintf(w, "  %s <%s>, %s%s\n", n.Name, n.Email, s.cat.SolutionName(n.Product), admin)
	}
	for _, en := range a.Engagements {
		fmt.Fprintf(w, "\nEngagement %q (%s):\n", en.Name, en.ID)
		for _, ph := range en.Phases {
			fmt.Fprintf(w, "  %-12s %-12s %s\n", ph.Phase, ph.Status, phaseDates(ph))
		}
	}
	if a.HasPlan() {
		fmt.Fprintf(w, "\nMutual Action Plan %q: %.0f%% done, %d overdue actions\n", a.Plan.Title, 100*planner.PlanProgress(a.Plan), len(planner.OverdueActions(a.Plan, s.today())))
	}
	fmt.Fprintf(w, "\nActivities: %d\n", len(a.Activities))
	for _, act := range a.Activities {
		fmt.Fprintf(w, "  %s  %-9s  %4gh  %s\n", act.Date, act.Status, act.Hours, itemName(s.cat, act.ItemID))
	}
}

func phaseDates(ph planner.PhaseState) string {
	var parts []string
	if !ph.PlannedStart.IsZero() || !ph.PlannedEnd.IsZero() {
		parts = append(parts, fmt.Sprintf("planned %s..%s", orDash(ph.PlannedStart.String()), orDash(ph.PlannedEnd.String())))
	}
	if !ph.ActualStart.IsZero() || !ph.ActualEnd.IsZero() {
		parts = append(parts, fmt.Sprintf("actual %s..%s", orDash(ph.ActualStart.String()), orDash(ph.ActualEnd.String())))
	}
	if ph.SkipReason != "" {
		parts = append(parts, "skipped: "+ph.SkipReason)
	}
	return strings.Join(parts, ", ")
}

func nscAdd(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	name := fs.Text("name", planner.LineText, "contact's `name`")
	email := fs.Text("email", planner.LineText, "contact's e-mail `address`")
	phone := fs.Text("phone", planner.LineText, "contact's `phone` number")
	product := fs.String("product", "", "`solution` the contact is named for")
	admin := fs.Bool("admin", false, "make this contact the account administrator")
	force := forceFlag(fs)
	return func(args []string) error {
		return cust.withCustomer(e, false, func(s *session, c planner.Customer) error {
			c.Contacts = append(c.Contacts, planner.Contact{Name: *name, Email: *email, Phone: *phone, Product: catalog.SolutionID(*product), AccountAdmin: *admin})
			if _, err := outsideMembership(s.cat, &c, false, *force); err != nil {
				return err
			}
			if _, err := s.db.PutCustomer(c); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "added %s <%s> to %s\n", *name, *email, c.Name)
			return nil
		})
	}
}

func nscList(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return cust.withCustomer(e, true, func(s *session, c planner.Customer) error {
			if *asJSON {
				return writeJSON(e.stdout, nonNil(c.Contacts))
			}
			tier, _ := s.cat.Tier(c.Membership.Tier)
			t := newTable(e.stdout, "NAME", "EMAIL", "PHONE", "PRODUCT", "ADMIN")
			for _, n := range c.Contacts {
				admin := ""
				if n.AccountAdmin {
					admin = "yes"
				}
				t.row(n.Name, n.Email, orDash(n.Phone), s.cat.SolutionName(n.Product), admin)
			}
			if err := t.flush(); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "%s allows at most %d Named Support Contacts per product\n", tier.Name, tier.NSCLimit)
			return nil
		})
	}
}

func nscRemove(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	product := fs.String("product", "", "the `solution` to remove the contact from, when the contact is named for several")
	return func(args []string) error {
		return cust.withCustomer(e, false, func(s *session, c planner.Customer) error {
			var found []int
			for i, n := range c.Contacts {
				if strings.EqualFold(n.Email, args[0]) && (*product == "" || n.Product == catalog.SolutionID(*product)) {
					found = append(found, i)
				}
			}
			switch {
			case len(found) == 0 && *product != "":
				return usagef("%s has no Named Support Contact with e-mail %q for %s", c.Name, args[0], s.cat.SolutionName(catalog.SolutionID(*product)))
			case len(found) == 0:
				return usagef("%s has no Named Support Contact with e-mail %q", c.Name, args[0])
			case len(found) > 1:
				products := make([]string, len(found))
				for j, i := range found {
					products[j] = string(c.Contacts[i].Product)
				}
				return usagef("%s is a Named Support Contact of %s for %s: say which with --product", args[0], c.Name, strings.Join(products, ", "))
			}
			gone := c.Contacts[found[0]]
			c.Contacts = slices.Delete(c.Contacts, found[0], found[0]+1)
			if _, err := s.db.PutCustomer(c); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "removed %s <%s> from %s\n", gone.Name, gone.Email, c.Name)
			return nil
		})
	}
}

func engagementAdd(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	name := fs.Text("name", planner.LineText, "engagement `name`")
	goals := fs.Text("goals", planner.LongText, "goals, separated by `;`")
	return func(args []string) error {
		return cust.withCustomer(e, false, func(s *session, c planner.Customer) error {
			en := planner.NewEngagement(s.cat, c.ID, *name)
			for _, g := range strings.Split(*goals, ";") {
				if g = strings.TrimSpace(g); g != "" {
					en.Goals = append(en.Goals, g)
				}
			}
			saved, err := s.db.PutEngagement(en)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "added engagement %s %q for %s\n", saved.ID, saved.Name, c.Name)
			return nil
		})
	}
}

func engagementShow(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return cust.withAccount(e, true, func(s *session, a planner.Account) error {
			list := a.Engagements
			if len(args) == 1 {
				list = nil
				for _, en := range a.Engagements {
					if en.ID.String() == args[0] {
						list = append(list, en)
					}
				}
				if len(list) == 0 {
					return usagef("%s has no engagement %s", a.Customer.Name, args[0])
				}
			}
			if *asJSON {
				return writeJSON(e.stdout, nonNil(list))
			}
			for _, en := range list {
				fmt.Fprintf(e.stdout, "%s  %s\n", en.ID, en.Name)
				t := newTable(e.stdout, "  PHASE", "STATUS", "DATES", "DELIVERABLE")
				for _, ph := range en.Phases {
					p, _ := s.cat.Phase(ph.Phase)
					deliv := "-"
					if p.Deliverable != "" {
						deliv = p.Deliverable + " (" + string(ph.Deliverable) + ")"
					}
					t.row("  "+p.Name, string(ph.Status), orDash(phaseDates(ph)), deliv)
				}
				if err := t.flush(); err != nil {
					return err
				}
				for _, g := range en.Goals {
					fmt.Fprintf(e.stdout, "  goal: %s\n", g)
				}
			}
			return nil
		})
	}
}

func engagementPhase(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, customerUsage)
	engID := fs.String("engagement", "", "engagement `ID` (default: the customer's only or active one)")
	phase := fs.String("phase", "", "`phase`: kickoff, define, design, go-live or post-launch")
	status := fs.String("status", "", "new `status`: not-started, in-progress, done or skipped")
	reason := fs.Text("reason", planner.LongText, "why the phase is skipped (required with --status skipped)")
	on := fs.String("on", "", "`day` of the change (default today)")
	return func(args []string) error {
		if err := oneOf("status", *status, []string{"not-started", "in-progress", "done", "skipped"}); err != nil {
			return err
		}
		return withSession(e, *cust.db, false, func(s *session) error {
			if err := oneOf("phase", *phase, phaseIDs(s.cat)); err != nil {
				return err
			}
			a, err := s.account(*cust.ref)
			if err != nil {
				return err
			}
			en, err := pickEngagement(a, *engID)
			if err != nil {
				return err
			}
			day, err := parseDay("on", *on)
			if err != nil {
				return err
			}
			if day.IsZero() {
				day = s.today()
			}
			if err := en.SetPhaseStatus(s.cat, catalog.PhaseID(*phase), planner.PhaseStatus(*status), *reason, day); err != nil {
				return err
			}
			if _, err := s.db.PutEngagement(en); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s: %s is %s\n", en.Name, *phase, *status)
			return nil
		})
	}
}

// pickEngagement returns the engagement with the given ID, or the one
// planner.FocusEngagement picks when id is empty.
func pickEngagement(a planner.Account, id string) (planner.Engagement, error) {
	if id != "" {
		for _, en := range a.Engagements {
			if en.ID.String() == id {
				return en, nil
			}
		}
		return planner.Engagement{}, usagef("%s has no engagement %s", a.Customer.Name, id)
	}
	e, ok := planner.FocusEngagement(a.Engagements)
	if !ok {
		return planner.Engagement{}, usagef("%s has no engagement: add one with \"liftoffctl engagement add\"", a.Customer.Name)
	}
	return e, nil
}
