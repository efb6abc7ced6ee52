package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/strictjson"
	"github.com/liftoff-app/liftoff/planner"
)

// The portfolio file format.
const (
	// PortfolioFormat is the "format" value of every portfolio file.
	PortfolioFormat = "liftoff-portfolio"
	// PortfolioVersion is the version of the portfolio format this
	// program writes and the newest it reads. Recurring series joined
	// version 1 as an optional "series" list per account: a file without
	// it (every file written before Liftoff kept series) holds no series,
	// and then none of its activities may name one ("seriesId"). An
	// account without series is written without the list, as before.
	PortfolioVersion = 1
	// MaxPortfolioSize is the largest portfolio file read, in bytes. The
	// largest portfolio accepted, MaxPortfolioCustomers customers with
	// MaxPortfolioActivities activities in all, takes about 400 MB as
	// Liftoff writes it (an activity about 390 bytes); the rest leaves
	// room for longer notes and outcomes.
	MaxPortfolioSize = 512 << 20
)

// The limits of one portfolio file. They are checked while the file is
// read, before what passes one is kept in memory, so that no file can
// take more memory than the largest portfolio accepted.
const (
	// MaxPortfolioCustomers is the most customers (accounts) one
	// portfolio file may hold.
	MaxPortfolioCustomers = 10_000
	// MaxPortfolioActivities is the most activities one portfolio file
	// may hold, in all its accounts together.
	MaxPortfolioActivities = 1_000_000
	// MaxAccountListLength is the most entries of every other list of one
	// account: contacts, key events, holidays, engagements and their
	// stakeholders, plan objectives, milestones and actions, series, and
	// the lists inside them.
	MaxAccountListLength = 1_000
	// MaxPortfolioEntries is the most entries of all the lists of one
	// portfolio file together, customers and activities included.
	MaxPortfolioEntries = 2_000_000
	// MaxTextLength is the most characters of any text in a portfolio
	// file, such as a note, and of any field name.
	MaxTextLength = 10_000
)

// PortfolioFile is a portfolio as exported: versioned JSON holding whole
// accounts.
type PortfolioFile struct {
	// Format is always PortfolioFormat.
	Format string `json:"format"`
	// Version is the portfolio format version, PortfolioVersion.
	Version int `json:"version"`
	// Exported is when the file was written.
	Exported time.Time `json:"exported"`
	// CatalogVersion is the version of the catalog the accounts were
	// checked against when exported.
	CatalogVersion string `json:"catalogVersion,omitempty"`
	// Accounts are the customers with everything of each.
	Accounts []planner.Account `json:"accounts"`
	// Schema is the address of the file's JSON Schema, for editors that
	// check and explain the file as it is written; Liftoff ignores it.
	Schema string `json:"$schema,omitempty"`
}

// ImportResult says what an import changed.
type ImportResult struct {
	// Added counts customers that were not stored before.
	Added int
	// Updated counts stored customers of which something changed.
	Updated int
	// Unchanged counts stored customers the file holds as they were.
	Unchanged int
	// Activities counts the activities in the imported accounts.
	Activities int
}

// Export writes the accounts of the customers ids (all customers, in
// Customers order, when none is given) as an indented portfolio file. The
// accounts are read in one consistent snapshot. An unknown ID gives an
// error wrapping ErrNotFound.
func (db *DB) Export(w io.Writer, ids ...planner.ID) error {
	file := PortfolioFile{
		Format:         PortfolioFormat,
		Version:        PortfolioVersion,
		Exported:       db.now().Truncate(time.Second),
		CatalogVersion: db.cat.Version,
		Accounts:       []planner.Account{},
	}
	err := db.view(func(tx *bolt.Tx) error {
		if len(ids) == 0 {
			customers, err := db.allCustomers(tx)
			if err != nil {
				return err
			}
			for _, c := range customers {
				ids = append(ids, c.ID)
			}
		}
		done := map[planner.ID]bool{}
		for _, id := range ids {
			if done[id] {
				continue
			}
			done[id] = true
			acc, err := loadAccount(tx, id)
			if err != nil {
				return err
			}
			file.Accounts = append(file.Accounts, acc)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("export portfolio: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(file); err != nil {
		return fmt.Errorf("export portfolio: write: %w", err)
	}
	return nil
}

// ReadPortfolio reads a portfolio file and checks all of it without a
// database: the JSON (unknown fields and wrong types), the format and
// version, and every account against the planner rules and cat, with IDs
// set and used once. Every problem is reported in one
// *planner.ValidationError, each with its path, such as
// "accounts[2].customer.contacts[5].product".
//
// The file is read a piece at a time and held to MaxPortfolioSize and
// the other limits of a portfolio file while it is decoded: a file that
// passes one is refused with that one problem as soon as it is found.
func ReadPortfolio(r io.Reader, cat *catalog.Catalog) ([]planner.Account, error) {
	return decodePortfolio(newUTF8Reader(&sizeLimit{r: r, left: MaxPortfolioSize}), cat)
}

func portfolioProblem(field, format string, args ...any) error {
	return &planner.ValidationError{What: "portfolio file", Problems: []planner.FieldError{{Field: field, Message: fmt.Sprintf(format, args...)}}}
}

func decodePortfolio(r io.Reader, cat *catalog.Catalog) ([]planner.Account, error) {
	var file PortfolioFile
	problems, err := decodeStrict(r, &file, maxProblems)
	var syn *strictjson.SyntaxError
	var lim *strictjson.LimitError
	var notUTF8 *notUTF8Error
	switch {
	case errors.As(err, &notUTF8):
		return nil, portfolioProblem("", "%v", notUTF8)
	case errors.Is(err, errTooLarge):
		return nil, portfolioProblem("", "the file is larger than %d MiB (the limit of one portfolio file)", MaxPortfolioSize>>20)
	case errors.As(err, &syn):
		return nil, portfolioProblem("", "the file is not valid JSON: %v", err)
	case err != nil && !errors.As(err, &lim):
		return nil, fmt.Errorf("read portfolio: %w", err)
	}
	if len(problems) > 0 && problems[0].Field == "" {
		return nil, portfolioProblem("", "the file is not a Liftoff portfolio: %s", problems[0].Message)
	}
	// What the file says about itself comes first: the problems of a file
	// of another kind or version would only confuse. A file stopped by a
	// limit may not have said it yet.
	switch {
	case file.Format != PortfolioFormat && (lim == nil || file.Format != ""):
		return nil, portfolioProblem("format", "the file is not a Liftoff portfolio (want \"format\": %q)", PortfolioFormat)
	case file.Version > PortfolioVersion:
		return nil, portfolioProblem("version", "the file was written by a newer Liftoff (portfolio version %d; this one reads up to %d)",
			file.Version, PortfolioVersion)
	case lim != nil:
		return nil, portfolioProblem(lim.Path, "%s", lim.Message)
	case file.Version < 1:
		return nil, portfolioProblem("version", "want the format version, a whole number from 1")
	}
	if file.Accounts == nil {
		problems = append(problems, planner.FieldError{Field: "accounts", Message: "is missing (want the list of customers)"})
	}
	undecoded := map[int]bool{} // accounts with problems of their JSON
	for _, p := range problems {
		if i, ok := accountIndex(p.Field); ok {
			undecoded[i] = true
		}
	}
	seen := map[planner.ID]string{}
	for i := range file.Accounts {
		// A file written before use cases belonged to objectives holds
		// them in the assessment: they move to the plan.
		file.Accounts[i].PlaceUseCases()
	}
	for i, acc := range file.Accounts {
		if len(problems) >= maxProblems {
			break
		}
		if !undecoded[i] {
			problems = append(problems, checkAccount(cat, acc, fmt.Sprintf("accounts[%d]", i), seen)...)
		}
	}
	if len(problems) > 0 {
		if len(problems) > maxProblems {
			problems = problems[:maxProblems]
		}
		return nil, &planner.ValidationError{What: "portfolio file", Problems: problems}
	}
	return file.Accounts, nil
}

// errTooLarge is the error of a sizeLimit reader past its limit.
var errTooLarge = errors.New("the file is too large")

// sizeLimit reads r and fails with errTooLarge once it has read more
// than left bytes.
type sizeLimit struct {
	r    io.Reader
	left int64
}

// Read reads from r, failing once more than the limit is read.
func (s *sizeLimit) Read(p []byte) (int, error) {
	if s.left < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > s.left+1 {
		p = p[:s.left+1]
	}
	n, err := s.r.Read(p)
	s.left -= int64(n)
	if s.left < 0 {
		return n, errTooLarge
	}
	return n, err
}

// Import reads a portfolio file (see ReadPortfolio), checks it against the
// database as well (an engagement, plan or activity ID that belongs to
// another customer, or an ID used for something else) and then writes
// every account in one transaction: all of them or, on any problem, none.
// Accounts are merged by ID: a customer, engagement, plan, activity,
// series, support case or risk with a stored ID replaces the stored one, new ones are added, and
// nothing is removed, so importing the same file twice gives the same
// database. A customer's plan replaces the plan it had. A new case whose
// portal number a stored case of the customer has is refused. Before the import
// the database is backed up if this session changed it since its last
// backup. Problems come as one *planner.ValidationError, unchanged.
//
// Once ctx is done the import stops, before the backup or between
// accounts, with an error wrapping ctx.Err(), and the database is left as
// it was.
func (db *DB) Import(ctx context.Context, r io.Reader) (ImportResult, error) {
	if err := ctx.Err(); err != nil {
		return ImportResult{}, fmt.Errorf("import into %s: %w", db.path, err)
	}
	accounts, err := ReadPortfolio(r, db.cat)
	if err != nil {
		return ImportResult{}, err
	}
	return db.importChecked(ctx, accounts)
}

// ImportAccounts imports accounts as Import does with a file holding
// them; it is how the sample portfolio is loaded.
func (db *DB) ImportAccounts(accounts []planner.Account) (ImportResult, error) {
	var problems []planner.FieldError
	seen := map[planner.ID]string{}
	for i, acc := range accounts {
		problems = append(problems, checkAccount(db.cat, acc, fmt.Sprintf("accounts[%d]", i), seen)...)
	}
	if len(problems) > 0 {
		return ImportResult{}, &planner.ValidationError{What: "accounts", Problems: problems}
	}
	return db.importChecked(context.Background(), accounts)
}

// importChecked writes accounts, checked on their own, after checking
// them against the database; see Import.
func (db *DB) importChecked(ctx context.Context, accounts []planner.Account) (ImportResult, error) {
	if err := db.usable(); err != nil {
		return ImportResult{}, err
	}
	if db.opts.ReadOnly {
		return ImportResult{}, fmt.Errorf("import into %s: %w", db.path, ErrReadOnly)
	}
	if err := db.Check(); err != nil {
		return ImportResult{}, err
	}
	if err := ctx.Err(); err != nil {
		return ImportResult{}, fmt.Errorf("import into %s: %w", db.path, err)
	}
	if err := db.backupBeforeBulkChange(); err != nil {
		return ImportResult{}, fmt.Errorf("import into %s: back up first: %w", db.path, err)
	}
	var result ImportResult
	err := db.update(func(t *txn) error {
		tx := t.tx
		result = ImportResult{}
		var problems []planner.FieldError
		for i, acc := range accounts {
			if err := ctx.Err(); err != nil {
				return err
			}
			p, err := ownershipProblems(tx, acc, fmt.Sprintf("accounts[%d]", i))
			if err != nil {
				return err
			}
			problems = append(problems, p...)
			if p, err = storedCaseNumberProblems(tx, acc, fmt.Sprintf("accounts[%d]", i)); err != nil {
				return err
			}
			problems = append(problems, p...)
		}
		if len(problems) > 0 {
			return &planner.ValidationError{What: "portfolio file", Problems: problems}
		}
		t.bulk()
		for _, acc := range accounts {
			if err := ctx.Err(); err != nil {
				return err
			}
			existed := customerExists(tx, acc.Customer.ID)
			changed, err := writeAccount(t, acc)
			if err != nil {
				return fmt.Errorf("customer %q: %w", acc.Customer.Name, err)
			}
			switch {
			case !existed:
				result.Added++
			case changed:
				result.Updated++
			default:
				result.Unchanged++
			}
			result.Activities += len(acc.Activities)
		}
		if err := ctx.Err(); err != nil {
			return err // the last look before the change is committed
		}
		return t.finish()
	})
	if err != nil {
		return ImportResult{}, wrapUnlessValidation(err, "import %d accounts", len(accounts))
	}
	return result, nil
}
