package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// parseInstant parses an RFC 3339 flag value, naming the flag when it is
// bad.
func parseInstant(flagName, value string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, value)
	if err != nil {
		return time.Time{}, usagef("--%s %q: want an RFC 3339 time such as 2026-11-27T16:30:00Z", flagName, value)
	}
	return t, nil
}

// valueAndInstant parses value with parse, naming it as label when it is
// bad (see namedValue), and then the RFC 3339 time at of flag atFlag (see
// parseInstant): a value and the moment it holds from.
func valueAndInstant[T any](label, value string, parse func(string) (T, error), atFlag, at string) (T, time.Time, error) {
	v, err := namedValue(label, value, parse)
	if err != nil {
		return v, time.Time{}, err
	}
	t, err := parseInstant(atFlag, at)
	return v, t, err
}

// caseFlags names the flag of each field of a support case.
func caseFlags() map[string]string {
	return map[string]string{"number": "--number", "title": "--title", "product": "--product",
		"priority": "--priority", "opened": "--opened", "firstResponse": "--at"}
}

// flagProblem turns a validation problem of a field a flag sets into a
// usage error naming the flag; other errors are returned as they are.
func flagProblem(err error, flags map[string]string) error {
	v, ok := planner.AsValidation(err)
	if !ok || len(v.Problems) == 0 {
		return err
	}
	p := v.Problems[0]
	name, _, _ := strings.Cut(p.Field, ".")
	name, _, _ = strings.Cut(name, "[")
	if f, ok := flags[name]; ok {
		return usagef("%s: %s", f, p.Message)
	}
	return err
}

// findCase returns the account and the case with portal number n: of
// the customer ref names, or of any customer when ref is empty and only
// one has such a case.
func (s *session) findCase(ref, n string) (planner.Account, planner.SupportCase, error) {
	var refs []string
	if ref != "" {
		refs = []string{ref}
	}
	accounts, err := s.accounts(refs)
	if err != nil {
		return planner.Account{}, planner.SupportCase{}, err
	}
	var found []planner.Account
	var c planner.SupportCase
	for _, a := range accounts {
		if sc, ok := a.CaseByNumber(n); ok {
			found = append(found, a)
			c = sc
		}
	}
	switch len(found) {
	case 0:
		return planner.Account{}, planner.SupportCase{}, usagef("no case %s (list them with: liftoffctl case list)", n)
	case 1:
		return found[0], c, nil
	}
	names := make([]string, len(found))
	for i, a := range found {
		names[i] = fmt.Sprintf("%q", a.Customer.Name)
	}
	return planner.Account{}, planner.SupportCase{}, usagef("customers %s each have a case %s: give --customer", strings.Join(names, ", "), n)
}

// caseCustomerUsage describes --customer on a command about one case.
const caseCustomerUsage = "the `customer` (ID or name) when several have a case with this number"

// withCase opens a session that writes and runs do with the case with
// portal number n and its account: of the customer --customer names, or
// of the only customer with such a case (see session.findCase).
func (f customerFlag) withCase(e *env, n string, do func(s *session, a planner.Account, c planner.SupportCase) error) error {
	return withSession(e, *f.db, false, func(s *session) error {
		a, c, err := s.findCase(*f.ref, n)
		if err != nil {
			return err
		}
		return do(s, a, c)
	})
}

func caseAdd(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, "the `customer` (ID or name; required)")
	number := fs.Text("number", planner.LineText, "the case `number` in the support portal (required)")
	title := fs.Text("title", planner.LineText, "the case's `subject` (default: Case NUMBER)")
	priority := fs.String("priority", "", "case `priority`: P1, P2, P3 or P4 (required)")
	product := fs.String("product", "", "`product` of the case: a solution ID, or commerce-managed for a Commerce Managed Services request")
	opened := fs.String("opened", "", "when the case was opened, RFC 3339 `time` such as 2026-11-27T16:30:00Z (required)")
	asJSON := fs.Bool("json", false, "print the stored case as JSON")
	return func(args []string) error {
		for _, req := range []struct{ name, value string }{{"customer", *cust.ref}, {"number", *number}, {"priority", *priority}, {"opened", *opened}} {
			if strings.TrimSpace(req.value) == "" {
				return usagef("--%s is required", req.name)
			}
		}
		p, at, err := valueAndInstant("--priority", *priority, planner.ParsePriority, "opened", *opened)
		if err != nil {
			return err
		}
		return cust.withCustomer(e, false, func(s *session, c planner.Customer) error {
			t := *title
			if t == "" {
				t = "Case " + *number
			}
			sc := planner.NewSupportCase(c.ID, *number, t, catalog.SolutionID(*product), p, at)
			saved, err := s.db.PutCase(sc)
			if err != nil {
				return flagProblem(err, caseFlags())
			}
			if *asJSON {
				return writeJSON(e.stdout, saved)
			}
			fmt.Fprintf(e.stdout, "added case %s of %s\n", saved.Number, c.Name)
			return nil
		})
	}
}

func caseRespond(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, caseCustomerUsage)
	at := fs.String("at", "", "when the vendor first responded, RFC 3339 `time` (required)")
	return func(args []string) error {
		if *at == "" {
			return usagef("--at is required")
		}
		when, err := parseInstant("at", *at)
		if err != nil {
			return err
		}
		return cust.withCase(e, args[0], func(s *session, a planner.Account, c planner.SupportCase) error {
			c.FirstResponse = when
			if _, err := s.db.PutCase(c); err != nil {
				return flagProblem(err, caseFlags())
			}
			v, err := s.verdict(a, c)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "case %s: first response recorded; %s\n", c.Number, v.Text())
			return nil
		})
	}
}

func caseStatus(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, caseCustomerUsage)
	set := fs.String("set", "", "the new `status`: in-progress, awaiting-response, solution-proposed, closed or reopened (required)")
	at := fs.String("at", "", "when the status changed, RFC 3339 `time` (required)")
	return func(args []string) error {
		if *set == "" || *at == "" {
			return usagef("--set and --at are required")
		}
		st, when, err := valueAndInstant("--set", *set, planner.ParseSupportCaseStatus, "at", *at)
		if err != nil {
			return err
		}
		return cust.withCase(e, args[0], func(s *session, a planner.Account, c planner.SupportCase) error {
			if err := c.SetStatus(planner.CustomerCatalog(s.cat, a.Customer).FollowUp, st, when); err != nil {
				return flagProblem(err, map[string]string{"status": "--set", "at": "--at"})
			}
			if _, err := s.db.PutCase(c); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "case %s is %s\n", c.Number, st.Label())
			return nil
		})
	}
}

// verdict returns the response verdict on case c of account a now, in
// the customer's calendar.
func (s *session) verdict(a planner.Account, c planner.SupportCase) (planner.ResponseVerdict, error) {
	settings, err := s.db.Settings()
	if err != nil {
		return planner.ResponseVerdict{}, err
	}
	cal, err := planner.CustomerCalendar(s.cat, settings, a.Customer)
	if err != nil {
		return planner.ResponseVerdict{}, err
	}
	return planner.CaseResponseVerdict(planner.CustomerCatalog(s.cat, a.Customer), c, a.Customer.Membership, cal, s.e.now())
}

// caseJSON is a case of case list --json.
type caseJSON struct {
	ID            planner.ID         `json:"id"`
	CustomerID    planner.ID         `json:"customerId"`
	Customer      string             `json:"customer"`
	Number        string             `json:"number"`
	Title         string             `json:"title"`
	Product       catalog.SolutionID `json:"product,omitempty"`
	Priority      catalog.Priority   `json:"priority"`
	Status        planner.CaseStatus `json:"status"`
	Opened        time.Time          `json:"opened"`
	FirstResponse *time.Time         `json:"firstResponse"`
	// Due is the response deadline, in the customer's calendar.
	Due time.Time `json:"due"`
	// Met is whether the response target was met: null while the case
	// waits for its first response within the deadline.
	Met           *bool                 `json:"met"`
	State         planner.ResponseState `json:"state"`
	MarginMinutes int                   `json:"marginMinutes"`
}

// accountListing declares --customer, described by usage, and --json on
// fs, and returns a command that prints the rows rowsOf makes of the
// account of that customer, or of every account (see
// customerFlag.withAccountsOf): as JSON, or as a table with header to
// which addRow adds the line or lines of each row.
func accountListing[T any](fs *flagSet, e *env, usage string, header []string, rowsOf func(s *session, accounts []planner.Account) ([]T, error), addRow func(t *table, r T)) func([]string) error {
	cust := declareCustomerFlag(fs, usage)
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		return cust.withAccountsOf(e, func(s *session, accounts []planner.Account) error {
			rows, err := rowsOf(s, accounts)
			if err != nil {
				return err
			}
			return printRows(e.stdout, *asJSON, rows, header, addRow)
		})
	}
}

func caseList(fs *flagSet, e *env) func([]string) error {
	header := []string{"CUSTOMER", "CASE", "PRIORITY", "STATUS", "OPENED", "DUE", "RESPONSE", "TITLE"}
	return accountListing(fs, e, "only the cases of this `customer` (ID or name)", header, func(s *session, accounts []planner.Account) ([]caseJSON, error) {
		settings, err := s.db.Settings()
		if err != nil {
			return nil, err
		}
		out := []caseJSON{}
		for _, a := range accounts {
			verdicts, err := planner.AccountResponseVerdicts(s.cat, settings, a, s.e.now())
			if err != nil {
				return nil, err
			}
			for i, c := range a.Cases {
				v := verdicts[i]
				row := caseJSON{ID: c.ID, CustomerID: a.Customer.ID, Customer: a.Customer.Name, Number: c.Number, Title: c.Title,
					Product: c.Product, Priority: c.Priority, Status: c.Status, Opened: c.Opened, Due: v.Due,
					State: v.State, MarginMinutes: v.MarginMinutes}
				if v.Responded() {
					fr := c.FirstResponse
					row.FirstResponse = &fr
				}
				if v.State != planner.ResponseOpen {
					met := v.State == planner.ResponseMet
					row.Met = &met
				}
				out = append(out, row)
			}
		}
		return out, nil
	}, func(t *table, r caseJSON) {
		v := planner.ResponseVerdict{Due: r.Due, State: r.State, MarginMinutes: r.MarginMinutes}
		if r.FirstResponse != nil {
			v.FirstResponse = *r.FirstResponse
		}
		t.row(r.Customer, r.Number, string(r.Priority), r.Status.Label().String(), r.Opened.Format("2006-01-02 15:04 MST"),
			r.Due.Format("2006-01-02 15:04 MST"), v.Text().String(), r.Title)
	})
}

func caseImport(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, "the `customer` (ID or name) the cases belong to (required)")
	zone := fs.String("zone", "", "time `zone` of times the file writes without an offset, e.g. Europe/Amsterdam (default: the customer's)")
	return func(args []string) error {
		if *cust.ref == "" {
			return usagef("--customer is required")
		}
		var loc *time.Location
		if *zone != "" {
			l, err := time.LoadLocation(*zone)
			if err != nil {
				return usagef("unknown time zone %q (want an IANA name such as Europe/London)", *zone)
			}
			loc = l
		}
		r, closeInput, err := openInput(e, args[0])
		if err != nil {
			return err
		}
		defer closeInput()
		return cust.withCustomer(e, false, func(s *session, c planner.Customer) error {
			if loc == nil {
				cal, err := s.calendar(c)
				if err != nil {
					return err
				}
				loc = cal.Location
			}
			rows, err := storage.ReadCaseCSV(r, s.cat, loc)
			if err != nil {
				return fmt.Errorf("%s: nothing imported: %w", args[0], err)
			}
			res, err := s.db.ImportCases(e.context(), c.ID, rows)
			if err != nil {
				return fmt.Errorf("%s: nothing imported: %w", args[0], err)
			}
			fmt.Fprintf(e.stdout, "imported %s for %s: %d cases added, %d updated, %d unchanged\n",
				args[0], c.Name, res.Added, res.Updated, res.Unchanged)
			return nil
		})
	}
}

// remindersJSON is what case reminders --json prints.
type remindersJSON struct {
	// DueBy is the day asked for, in Zone.
	DueBy     planner.Date          `json:"dueBy"`
	Zone      string                `json:"zone"`
	Reminders []planner.DueReminder `json:"reminders"`
}

// tamLocation returns the TAM's time zone: the profile's, else the
// computer's.
func (s *session) tamLocation() *time.Location {
	if set, err := s.db.Settings(); err == nil && set.Profile.TimeZone != "" {
		if l, err := time.LoadLocation(set.Profile.TimeZone); err == nil {
			return l
		}
	}
	return time.Local
}

func caseReminders(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	dueBy := fs.String("due-by", "", "`day` (YYYY-MM-DD) the reminders are due by (default today)")
	zone := fs.String("zone", "", "time `zone` the days are counted in (default: the profile's, else the computer's)")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		day, err := parseDay("due-by", *dueBy)
		if err != nil {
			return err
		}
		var loc *time.Location
		if *zone != "" {
			if loc, err = time.LoadLocation(*zone); err != nil {
				return usagef("unknown time zone %q (want an IANA name such as Europe/London)", *zone)
			}
		}
		return withSession(e, *db, true, func(s *session) error {
			if loc == nil {
				loc = s.tamLocation()
			}
			if day.IsZero() {
				day = catalog.DateOf(s.e.now().In(loc))
			}
			accounts, err := s.accounts(nil)
			if err != nil {
				return err
			}
			due, err := planner.DueReminders(s.cat, accounts, day, loc)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(e.stdout, remindersJSON{DueBy: day, Zone: loc.String(), Reminders: nonNil(due)})
			}
			t := newTable(e.stdout, "WHEN", "CUSTOMER", "CASE", "STEP", "WHAT")
			for _, r := range due {
				what := fmt.Sprintf("reminder %d: %d %s left before the case closes", r.N, r.DaysLeft, plural(r.DaysLeft, "day"))
				if r.AutoClose {
					what = "the case closes automatically, with a notice"
				}
				if r.Overdue {
					what += " (overdue)"
				}
				t.row(r.At.In(loc).Format("2006-01-02 15:04 MST"), r.CustomerName, r.CaseNumber, fmt.Sprint(r.N), what)
			}
			return t.flush()
		})
	}
}

func caseRemind(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, caseCustomerUsage)
	step := fs.Int("step", 0, intRange{1, 100}, "the reminder's `number` (see liftoffctl case reminders; required)")
	state := fs.String("state", "sent", "what was done: sent, dismissed or pending")
	at := fs.String("at", "", "when, RFC 3339 `time` (default now)")
	return func(args []string) error {
		if *step == 0 {
			return usagef("--step is required")
		}
		if err := oneOf("state", *state, []string{"sent", "dismissed", "pending"}); err != nil {
			return err
		}
		when := e.now().UTC().Truncate(time.Second)
		if *at != "" {
			var err error
			if when, err = parseInstant("at", *at); err != nil {
				return err
			}
		}
		return cust.withCase(e, args[0], func(s *session, _ planner.Account, c planner.SupportCase) error {
			if _, err := s.db.MarkReminder(c.ID, *step, planner.ReminderState(*state), when); err != nil {
				return flagProblem(err, map[string]string{"n": "--step", "state": "--state", "at": "--at"})
			}
			fmt.Fprintf(e.stdout, "case %s: reminder %d is %s\n", c.Number, *step, *state)
			return nil
		})
	}
}

func riskAdd(fs *flagSet, e *env) func([]string) error {
	cust := declareCustomerFlag(fs, "the `customer` (ID or name; required)")
	kind := fs.String("kind", "risk", "`kind`: risk (may happen) or issue (has happened)")
	title := fs.Text("title", planner.LineText, "what may happen, in a `line` (required)")
	desc := fs.Text("description", planner.LongText, "what may happen and why")
	impact := fs.String("impact", "", "`impact`: high, medium or low (required)")
	likelihood := fs.String("likelihood", "", "`likelihood` of a risk: high, medium or low (required for a risk)")
	rag := fs.String("rag", "amber", "where the risk stands: red, amber or green")
	owner := fs.Text("owner", planner.LineText, "`name` of who answers for it")
	mitigation := fs.Text("mitigation", planner.LongText, "what is done to prevent or soften it")
	due := fs.String("due", "", "`day` (YYYY-MM-DD) the mitigation is due")
	asJSON := fs.Bool("json", false, "print the stored risk as JSON")
	return func(args []string) error {
		if *cust.ref == "" || *title == "" || *impact == "" {
			return usagef("--customer, --title and --impact are required")
		}
		if err := oneOf("kind", *kind, []string{"risk", "issue"}); err != nil {
			return err
		}
		imp, err := planner.ParseLevel(*impact)
		if err != nil {
			return usagef("--impact: %v", err)
		}
		var like planner.Level
		if *kind == "risk" {
			if *likelihood == "" {
				return usagef("--likelihood is required for a risk (an issue has happened and has none)")
			}
			if like, err = planner.ParseLevel(*likelihood); err != nil {
				return usagef("--likelihood: %v", err)
			}
		} else if *likelihood != "" {
			return usagef("--likelihood: an issue has happened and has no likelihood")
		}
		r, err := planner.ParseRAG(*rag)
		if err != nil {
			return usagef("--rag: %v", err)
		}
		day, err := parseDay("due", *due)
		if err != nil {
			return err
		}
		return cust.withCustomer(e, false, func(s *session, c planner.Customer) error {
			risk := planner.NewRisk(c.ID, *title, imp, like, r)
			risk.Kind = planner.RiskKind(*kind)
			risk.Description, risk.Owner, risk.Mitigation, risk.Due = *desc, *owner, *mitigation, day
			saved, err := s.db.PutRisk(risk)
			if err != nil {
				return flagProblem(err, map[string]string{"title": "--title", "description": "--description", "owner": "--owner",
					"mitigation": "--mitigation", "impact": "--impact", "likelihood": "--likelihood", "rag": "--rag"})
			}
			if *asJSON {
				return writeJSON(e.stdout, saved)
			}
			fmt.Fprintf(e.stdout, "added %s %s %q of %s\n", saved.Kind, saved.ID, saved.Title, c.Name)
			return nil
		})
	}
}

// riskJSON is a risk of risk list --json.
type riskJSON struct {
	planner.Risk
	Customer string `json:"customer"`
}

func riskList(fs *flagSet, e *env) func([]string) error {
	all := fs.Bool("all", false, "list closed risks too")
	header := []string{"ID", "CUSTOMER", "KIND", "RAG", "IMPACT", "LIKELIHOOD", "STATUS", "DUE", "TITLE"}
	return accountListing(fs, e, "only the risks of this `customer` (ID or name)", header, func(s *session, accounts []planner.Account) ([]riskJSON, error) {
		out := []riskJSON{}
		for _, a := range accounts {
			for _, r := range a.Risks {
				if *all || r.IsOpen() {
					out = append(out, riskJSON{Risk: r, Customer: a.Customer.Name})
				}
			}
		}
		return out, nil
	}, func(t *table, r riskJSON) {
		due := "-"
		if !r.Due.IsZero() {
			due = r.Due.String()
		}
		t.row(r.ID.String(), r.Customer, string(r.Kind), r.RAG.Label().String(), r.Impact.Label().String(),
			orDash(r.Likelihood.Label().String()), string(r.Status), due, r.Title)
	})
}

func riskSetStatus(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	closed := fs.String("closed", "", "`day` (YYYY-MM-DD) a closed risk was closed (default today)")
	return func(args []string) error {
		id, err := namedValue("ID", args[0], planner.ParseID)
		if err != nil {
			return err
		}
		if err := oneOf("status", args[1], []string{"open", "closed"}); err != nil {
			return err
		}
		day, err := parseDay("closed", *closed)
		if err != nil {
			return err
		}
		if !day.IsZero() && args[1] == "open" {
			return usagef("--closed is the day a closed risk was closed")
		}
		return withSession(e, *db, false, func(s *session) error {
			r, err := s.db.Risk(id)
			if errors.Is(err, storage.ErrNotFound) {
				return usagef("no risk with ID %s (list them with: liftoffctl risk list --all)", id)
			} else if err != nil {
				return err
			}
			r.SetStatus(planner.RiskStatus(args[1]), s.today())
			if r.Status == planner.RiskClosed && !day.IsZero() {
				r.Closed = day // --closed names the day
			}
			if _, err := s.db.PutRisk(r); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s %s is %s\n", r.Kind, id, r.Status)
			return nil
		})
	}
}

// healthJSON is a customer's health in health --json.
type healthJSON struct {
	planner.Health
	Customer string `json:"customer"`
}

func healthCmd(fs *flagSet, e *env) func([]string) error {
	header := []string{"CUSTOMER", "HEALTH", "REASON"}
	return accountListing(fs, e, "only this `customer` (ID or name)", header, func(s *session, accounts []planner.Account) ([]healthJSON, error) {
		settings, err := s.db.Settings()
		if err != nil {
			return nil, err
		}
		now := s.e.now().In(s.tamLocation())
		out := make([]healthJSON, 0, len(accounts))
		for _, a := range accounts {
			h, err := planner.AccountHealth(s.cat, settings, a, now)
			if err != nil {
				return nil, err
			}
			out = append(out, healthJSON{Health: h, Customer: a.Customer.Name})
		}
		return out, nil
	}, func(t *table, h healthJSON) {
		if len(h.Reasons) == 0 {
			t.row(h.Customer, h.Colour.Label().String(), "-")
		}
		for i, r := range h.Reasons {
			name, colour := h.Customer, h.Colour.Label().String()
			if i > 0 {
				name, colour = "", ""
			}
			t.row(name, colour, fmt.Sprintf("%s: %s", r.Colour.Label(), r.Text))
		}
	})
}
