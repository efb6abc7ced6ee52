package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// The portfolio file format.
const (
	// PortfolioFormat is the "format" value of every portfolio file.
	PortfolioFormat = "liftoff-portfolio"
	// PortfolioVersion is the version of the portfolio format this
	// program writes and the newest it reads.
	PortfolioVersion = 1
	// MaxPortfolioSize is the largest portfolio file read, in bytes.
	MaxPortfolioSize = 1 << 30
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
func ReadPortfolio(r io.Reader, cat *catalog.Catalog) ([]planner.Account, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxPortfolioSize+1))
	if err != nil {
		return nil, fmt.Errorf("read portfolio: %w", err)
	}
	if len(data) > MaxPortfolioSize {
		return nil, fmt.Errorf("read portfolio: the file is larger than %d MiB", MaxPortfolioSize>>20)
	}
	return decodePortfolio(data, cat)
}

func portfolioProblem(field, format string, args ...any) error {
	return &planner.ValidationError{What: "portfolio file", Problems: []planner.FieldError{{Field: field, Message: fmt.Sprintf(format, args...)}}}
}

func decodePortfolio(data []byte, cat *catalog.Catalog) ([]planner.Account, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, portfolioProblem("", "the file is not a Liftoff portfolio: it holds %s, not a JSON object", te.Value)
		}
		return nil, portfolioProblem("", "the file is not valid JSON: %v", syntaxError(data, err))
	}
	var format string
	if err := json.Unmarshal(top["format"], &format); err != nil || format != PortfolioFormat {
		return nil, portfolioProblem("format", "the file is not a Liftoff portfolio (want \"format\": %q)", PortfolioFormat)
	}
	var version int
	if err := json.Unmarshal(top["version"], &version); err != nil || version < 1 {
		return nil, portfolioProblem("version", "want the format version, a whole number from 1")
	}
	if version > PortfolioVersion {
		return nil, portfolioProblem("version", "the file was written by a newer Liftoff (portfolio version %d; this one reads up to %d)",
			version, PortfolioVersion)
	}

	var chk jsonChecker
	fileType := reflect.TypeFor[PortfolioFile]()
	fields := jsonFields(fileType)
	for _, key := range sortedKeys(anyKeys(top)) {
		f, ok := fields[key]
		if !ok {
			chk.add(key, "unknown field%s", suggestField(key, fields))
			continue
		}
		if key == "accounts" {
			continue
		}
		v, err := decodeValue(top[key])
		if err != nil {
			chk.add(key, "%v", err)
			continue
		}
		chk.check(key, v, fileType.FieldByIndex(f).Type)
	}
	var raws []json.RawMessage
	if raw, ok := top["accounts"]; !ok {
		chk.add("accounts", "is missing")
	} else if err := json.Unmarshal(raw, &raws); err != nil {
		chk.add("accounts", "want a list of accounts")
	}

	accountType := reflect.TypeFor[planner.Account]()
	accounts := make([]planner.Account, 0, len(raws))
	seen := map[planner.ID]string{}
	var problems []planner.FieldError
	for i, raw := range raws {
		path := fmt.Sprintf("accounts[%d]", i)
		v, err := decodeValue(raw)
		if err != nil {
			chk.add(path, "%v", err)
			continue
		}
		before := len(chk.problems)
		chk.check(path, v, accountType)
		if len(chk.problems) > before || chk.full() {
			continue
		}
		var acc planner.Account
		if err := json.Unmarshal(raw, &acc); err != nil {
			chk.add(path, "%s", cleanJSONError(err))
			continue
		}
		if len(problems) < maxProblems {
			problems = append(problems, checkAccount(cat, acc, path, seen)...)
		}
		accounts = append(accounts, acc)
	}
	problems = append(chk.problems, problems...)
	if len(problems) > 0 {
		if len(problems) > maxProblems {
			problems = problems[:maxProblems]
		}
		return nil, &planner.ValidationError{What: "portfolio file", Problems: problems}
	}
	return accounts, nil
}

func anyKeys(m map[string]json.RawMessage) map[string]any {
	out := make(map[string]any, len(m))
	for k := range m {
		out[k] = nil
	}
	return out
}

// Import reads a portfolio file (see ReadPortfolio), checks it against the
// database as well (an engagement, plan or activity ID that belongs to
// another customer, or an ID used for something else) and then writes
// every account in one transaction: all of them or, on any problem, none.
// Accounts are merged by ID: a customer, engagement, plan or activity
// with a stored ID replaces the stored one, new ones are added, and
// nothing is removed, so importing the same file twice gives the same
// database. A customer's plan replaces the plan it had. Before the import
// the database is backed up if this session changed it since its last
// backup. Problems come as one *planner.ValidationError, unchanged.
func (db *DB) Import(r io.Reader) (ImportResult, error) {
	accounts, err := ReadPortfolio(r, db.cat)
	if err != nil {
		return ImportResult{}, err
	}
	return db.importChecked(accounts)
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
	return db.importChecked(accounts)
}

func (db *DB) importChecked(accounts []planner.Account) (ImportResult, error) {
	if err := db.usable(); err != nil {
		return ImportResult{}, err
	}
	if db.opts.ReadOnly {
		return ImportResult{}, fmt.Errorf("import into %s: %w", db.path, ErrReadOnly)
	}
	if err := db.Check(); err != nil {
		return ImportResult{}, err
	}
	if err := db.backupBeforeBulkChange(); err != nil {
		return ImportResult{}, fmt.Errorf("import into %s: back up first: %w", db.path, err)
	}
	var result ImportResult
	err := db.update(func(tx *bolt.Tx) error {
		result = ImportResult{}
		var problems []planner.FieldError
		for i, acc := range accounts {
			p, err := ownershipProblems(tx, acc, fmt.Sprintf("accounts[%d]", i))
			if err != nil {
				return err
			}
			problems = append(problems, p...)
		}
		if len(problems) > 0 {
			return &planner.ValidationError{What: "portfolio file", Problems: problems}
		}
		t := newBulkTxn(tx)
		for _, acc := range accounts {
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
		return t.finish()
	})
	if err != nil {
		return ImportResult{}, wrapUnlessValidation(err, "import %d accounts", len(accounts))
	}
	return result, nil
}
