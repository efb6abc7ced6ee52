package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// dbFlag declares --db on a command.
func dbFlag(fs *flagSet) *string {
	return fs.String("db", "", "database `file` (default $LIFTOFF_DB, else liftoff.db in Liftoff's data folder)")
}

// dbPath resolves the database file from the flag, the environment and
// the default location.
func dbPath(e *env, flagValue string) (string, error) {
	if flagValue == "" {
		flagValue = e.getenv(storage.EnvDB)
	}
	path, from, err := storage.ResolvePathMoved(flagValue)
	if from != "" {
		fmt.Fprintf(e.stderr, "moved the database from %s to %s, Liftoff's data folder\n", from, path)
	}
	return path, err
}

// session is an open catalog and database for one command.
type session struct {
	cat *catalog.Catalog
	db  *storage.DB
	e   *env
}

// openSession loads the catalog and opens the database; readOnly shares
// the file with a running app.
func openSession(e *env, flagValue string, readOnly bool) (*session, error) {
	cat, err := loadCatalog(e)
	if err != nil {
		return nil, err
	}
	path, err := dbPath(e, flagValue)
	if err != nil {
		return nil, err
	}
	db, err := storage.Open(path, cat, storage.Options{ReadOnly: readOnly, Now: e.now})
	if readOnly && errors.Is(err, storage.ErrOlderSchema) {
		// A file from an older Liftoff: upgrade it once (with a backup
		// first), as the app would on opening it, then read.
		if err := upgrade(e, path, cat); err != nil {
			return nil, err
		}
		db, err = storage.Open(path, cat, storage.Options{ReadOnly: true, Now: e.now})
	}
	if err != nil {
		return nil, err
	}
	if rb := db.RolledBack(); rb != nil && readOnly {
		// A command that writes is refused with the same words.
		fmt.Fprintf(e.stderr, "warning: %v\n", rb)
	}
	if left := db.Leftovers(); len(left) > 0 {
		fmt.Fprintf(e.stderr, "removed the temporary files a stopped program left: %s\n", strings.Join(left, ", "))
	}
	return &session{cat: cat, db: db, e: e}, nil
}

// catalogAndPath loads the catalog and resolves the database file of a
// command that works on the file without opening a session.
func catalogAndPath(e *env, flagValue string) (*catalog.Catalog, string, error) {
	cat, err := loadCatalog(e)
	if err != nil {
		return nil, "", err
	}
	path, err := dbPath(e, flagValue)
	if err != nil {
		return nil, "", err
	}
	return cat, path, nil
}

// upgrade opens the database at path for writing, which migrates it to
// this program's schema, and says so on stderr.
func upgrade(e *env, path string, cat *catalog.Catalog) error {
	db, err := storage.Open(path, cat, storage.Options{Now: e.now})
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "upgraded %s to schema version %d (a backup was kept in %s)\n",
		path, storage.SchemaVersion, filepath.Join(filepath.Dir(path), storage.BackupFolder))
	return nil
}

func (s *session) close() error { return s.db.Close() }

// withSession runs fn with an open session and closes it, keeping the
// first error.
func withSession(e *env, flagValue string, readOnly bool, fn func(s *session) error) (err error) {
	s, err := openSession(e, flagValue, readOnly)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := s.close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	return fn(s)
}

// today is the current day in the TAM's zone (see tamLocation).
func (s *session) today() planner.Date {
	return catalog.DateOf(s.e.now().In(s.tamLocation()))
}

// customer finds a customer by ID, by exact name, or by the unique start
// of its name (case-insensitive; see planner.FindCustomer). A reference
// that names no customer, or several, is a usage mistake; a database that
// cannot be read is not.
func (s *session) customer(ref string) (planner.Customer, error) {
	if strings.TrimSpace(ref) == "" {
		return planner.Customer{}, usagef("--customer is required (an ID or a name)")
	}
	all, err := s.db.Customers()
	if err != nil {
		return planner.Customer{}, fmt.Errorf("find customer %q: %w", ref, err)
	}
	c, err := planner.FindCustomer(all, ref)
	var notFound *planner.CustomerNotFoundError
	var ambiguous *planner.AmbiguousCustomerError
	switch {
	case errors.As(err, &notFound) && notFound.ByID:
		return planner.Customer{}, usagef("%v", err)
	case errors.As(err, &notFound):
		return planner.Customer{}, usagef("%v (list them with: liftoffctl customer list)", err)
	case errors.As(err, &ambiguous):
		return planner.Customer{}, usagef("%v: give more of the name or the ID", err)
	case err != nil:
		return planner.Customer{}, fmt.Errorf("find customer %q: %w", ref, err)
	}
	return c, nil
}

// account loads the whole account of the customer ref names.
func (s *session) account(ref string) (planner.Account, error) {
	c, err := s.customer(ref)
	if err != nil {
		return planner.Account{}, err
	}
	return s.db.Account(c.ID)
}

// accounts loads every account (in one read), or those of the customers
// refs names, each once however often it is named ("--customer Acme
// --customer acme" exports Acme's activities once).
func (s *session) accounts(refs []string) ([]planner.Account, error) {
	if len(refs) == 0 {
		return s.db.Accounts()
	}
	out := make([]planner.Account, 0, len(refs))
	seen := map[planner.ID]bool{}
	for _, r := range refs {
		c, err := s.customer(r)
		if err != nil {
			return nil, err
		}
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		a, err := s.db.Account(c.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// accountsOf returns the account of the customer ref names (an ID or a
// unique name prefix), or every account when ref is empty.
func (s *session) accountsOf(ref string) ([]planner.Account, error) {
	if ref == "" {
		return s.accounts(nil)
	}
	return s.accounts([]string{ref})
}

// parseDay parses a YYYY-MM-DD flag value, naming the flag when it is bad.
func parseDay(flagName, value string) (planner.Date, error) {
	if value == "" {
		return planner.Date{}, nil
	}
	d, err := catalog.ParseDate(value)
	if err != nil {
		if dayShape.MatchString(value) {
			return planner.Date{}, usagef("--%s: %s does not exist", flagName, value)
		}
		return planner.Date{}, usagef("--%s %q: want a day as YYYY-MM-DD", flagName, value)
	}
	return d, nil
}

// dayShape matches text written as a day, YYYY-MM-DD, whether or not the
// calendar has that day.
var dayShape = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// person parses "Name <email>" or "Name".
func person(value string) planner.Person {
	value = strings.TrimSpace(value)
	if i := strings.LastIndex(value, "<"); i >= 0 && strings.HasSuffix(value, ">") {
		return planner.Person{Name: strings.TrimSpace(value[:i]), Email: strings.TrimSpace(value[i+1 : len(value)-1])}
	}
	return planner.Person{Name: value}
}

func personText(p planner.Person) string {
	switch {
	case p.Name == "" && p.Email == "":
		return "-"
	case p.Email == "":
		return p.Name
	}
	return fmt.Sprintf("%s <%s>", p.Name, p.Email)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

// stringsFlag collects a repeated flag.
type stringsFlag []string

func (s *stringsFlag) String() string     { return strings.Join(*s, ",") }
func (s *stringsFlag) Set(v string) error { *s = append(*s, v); return nil }

// customerUsage describes --customer on a command about one customer.
const customerUsage = "the `customer` (ID or name)"

// customerFlag is the --customer of a command about one customer (or,
// with withAccountsOf, about the portfolio or one customer), with the
// --db the command opens.
type customerFlag struct {
	db, ref *string
}

// declareCustomerFlag declares --db and --customer, described by usage,
// on fs.
func declareCustomerFlag(fs *flagSet, usage string) customerFlag {
	return customerFlag{db: dbFlag(fs), ref: fs.String("customer", "", usage)}
}

// withCustomer opens a session (readOnly as for withSession) and runs do
// with the customer --customer names.
func (f customerFlag) withCustomer(e *env, readOnly bool, do func(s *session, c planner.Customer) error) error {
	return withFound(e, *f.db, readOnly, *f.ref, (*session).customer, do)
}

// withAccount opens a session (readOnly as for withSession) and runs do
// with the whole account of the customer --customer names.
func (f customerFlag) withAccount(e *env, readOnly bool, do func(s *session, a planner.Account) error) error {
	return withFound(e, *f.db, readOnly, *f.ref, (*session).account, do)
}

// withAccountsOf opens a read-only session and runs do with the account
// of the customer --customer names, or with every account when it is
// not given (see session.accountsOf).
func (f customerFlag) withAccountsOf(e *env, do func(s *session, accounts []planner.Account) error) error {
	return withFound(e, *f.db, true, *f.ref, (*session).accountsOf, do)
}

// withFound opens a session on the database the --db value dbFlagValue
// names (readOnly as for withSession), finds with find what ref (a name
// or an ID) names and runs do with it.
func withFound[R, T any](e *env, dbFlagValue string, readOnly bool, ref R, find func(s *session, ref R) (T, error), do func(s *session, found T) error) error {
	return withSession(e, dbFlagValue, readOnly, func(s *session) error {
		found, err := find(s, ref)
		if err != nil {
			return err
		}
		return do(s, found)
	})
}

// jsonFlag declares --json, "print JSON", on fs.
func jsonFlag(fs *flagSet) *bool {
	return fs.Bool("json", false, "print JSON")
}
