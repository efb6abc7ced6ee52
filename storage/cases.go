package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/planner"
)

// putCase stores support case c of its customer.
func (t *txn) putCase(c planner.SupportCase) (bool, error) {
	changed, err := putJSON(t.bucket(bucketCases), caseKey(c.CustomerID, c.ID), c, "support case")
	if err != nil {
		return false, err
	}
	if err := t.bucket(bucketOwners).Put(c.ID[:], owner{kind: ownerCase, customer: c.CustomerID}.encode()); err != nil {
		return false, fmt.Errorf("index support case: %w", err)
	}
	return changed, nil
}

// putRisk stores risk r of its customer.
func (t *txn) putRisk(r planner.Risk) (bool, error) {
	changed, err := putJSON(t.bucket(bucketRisks), riskKey(r.CustomerID, r.ID), r, "risk")
	if err != nil {
		return false, err
	}
	if err := t.bucket(bucketOwners).Put(r.ID[:], owner{kind: ownerRisk, customer: r.CustomerID}.encode()); err != nil {
		return false, fmt.Errorf("index risk: %w", err)
	}
	return changed, nil
}

// deleteCaseRecord removes case id of customer: its record and its owner
// entry.
func (t *txn) deleteCaseRecord(customer, id planner.ID) error {
	if err := t.bucket(bucketCases).Delete(caseKey(customer, id)); err != nil {
		return fmt.Errorf("remove support case %s: %w", id, err)
	}
	if err := t.bucket(bucketOwners).Delete(id[:]); err != nil {
		return fmt.Errorf("unindex support case %s: %w", id, err)
	}
	return nil
}

// deleteRiskRecord removes risk id of customer: its record and its owner
// entry.
func (t *txn) deleteRiskRecord(customer, id planner.ID) error {
	if err := t.bucket(bucketRisks).Delete(riskKey(customer, id)); err != nil {
		return fmt.Errorf("remove risk %s: %w", id, err)
	}
	if err := t.bucket(bucketOwners).Delete(id[:]); err != nil {
		return fmt.Errorf("unindex risk %s: %w", id, err)
	}
	return nil
}

// loadCases returns a customer's support cases in ID (creation) order.
func loadCases(tx *bolt.Tx, customer planner.ID) ([]planner.SupportCase, error) {
	var out []planner.SupportCase
	c := recordsOf(tx, bucketCases).Cursor()
	for k, v := c.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = c.Next() {
		var sc planner.SupportCase
		if err := json.Unmarshal(v, &sc); err != nil {
			return nil, fmt.Errorf("decode stored support case %s: %w", idFromKey(k, 16), err)
		}
		out = append(out, sc)
	}
	return out, nil
}

// loadRisks returns a customer's risks and issues in ID (creation) order.
func loadRisks(tx *bolt.Tx, customer planner.ID) ([]planner.Risk, error) {
	var out []planner.Risk
	c := recordsOf(tx, bucketRisks).Cursor()
	for k, v := c.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = c.Next() {
		var r planner.Risk
		if err := json.Unmarshal(v, &r); err != nil {
			return nil, fmt.Errorf("decode stored risk %s: %w", idFromKey(k, 16), err)
		}
		out = append(out, r)
	}
	return out, nil
}

// ownedBy returns the customer that owns id as kind, or an error wrapping
// ErrNotFound naming it as what.
func ownedBy(tx *bolt.Tx, id planner.ID, kind ownerKind) (planner.ID, error) {
	o, ok, err := readOwner(tx, id)
	if err != nil {
		return planner.ID{}, err
	}
	if !ok || o.kind != kind {
		return planner.ID{}, fmt.Errorf("%s %s: %w", kind, id, ErrNotFound)
	}
	return o.customer, nil
}

// partProblems checks an account whose last case (or risk, as list says:
// "cases" or "risks") is the one being saved, and returns the problems
// of that one only, with its fields named from the case or risk itself:
// the rules of the rest of the account were checked when it was saved.
// The part goes last so that a number it shares with another case is
// reported on it.
func partProblems(err error, list string, index int) []planner.FieldError {
	v, ok := planner.AsValidation(err)
	if !ok {
		if err != nil {
			return []planner.FieldError{{Message: err.Error()}}
		}
		return nil
	}
	prefix := fmt.Sprintf("%s[%d]", list, index)
	var out []planner.FieldError
	for _, p := range v.Problems {
		switch {
		case p.Field == prefix:
			p.Field = ""
		case strings.HasPrefix(p.Field, prefix+"."):
			p.Field = strings.TrimPrefix(p.Field, prefix+".")
		default:
			continue
		}
		out = append(out, p)
	}
	return out
}

// PutCase validates the support case c against the catalog and the rest
// of its customer's account (planner's SupportCase.Validate, a portal
// number no other case of the customer has, at most
// MaxAccountListLength cases per customer) and saves it, in one
// transaction. A zero ID gets a new one. Its customer must exist (else an
// error wrapping ErrNotFound). It returns the saved case, or a
// *planner.ValidationError naming the fields of the case in error.
func (db *DB) PutCase(c planner.SupportCase) (planner.SupportCase, error) {
	if c.ID == (planner.ID{}) {
		c.ID = planner.NewID()
	}
	what := fmt.Sprintf("case %s", c.Number)
	err := db.update(func(t *txn) error {
		tx := t.tx
		acc, err := loadAccount(tx, c.CustomerID)
		if err != nil {
			return err
		}
		if p, err := ownerProblem(tx, c.ID, ownerCase, c.CustomerID); err != nil || p != "" {
			return firstError(err, idProblem(what, "id", p))
		}
		others := acc.Cases[:0:0]
		for _, o := range acc.Cases {
			if o.ID != c.ID {
				others = append(others, o)
			}
		}
		acc.Cases = append(others, c)
		if len(acc.Cases) > MaxAccountListLength {
			return idProblem(what, "", fmt.Sprintf("the customer has %d cases, the most one customer keeps (a portfolio file holds no more)", MaxAccountListLength))
		}
		if problems := partProblems(acc.Validate(db.cat), "cases", len(acc.Cases)-1); len(problems) > 0 {
			return &planner.ValidationError{What: what, Problems: problems}
		}
		_, err = t.putCase(c)
		return err
	})
	if err != nil {
		return planner.SupportCase{}, wrapUnlessValidation(err, "save support case %s", c.Number)
	}
	return c, nil
}

// DeleteCase removes support case id and returns it, so that PutCase can
// undo the removal. An unknown ID gives an error wrapping ErrNotFound.
func (db *DB) DeleteCase(id planner.ID) (planner.SupportCase, error) {
	var removed planner.SupportCase
	err := db.update(func(t *txn) error {
		customer, err := ownedBy(t.tx, id, ownerCase)
		if err != nil {
			return err
		}
		if _, err := getJSON(t.bucket(bucketCases), caseKey(customer, id), &removed, "support case"); err != nil {
			return err
		}
		return t.deleteCaseRecord(customer, id)
	})
	if err != nil {
		return planner.SupportCase{}, fmt.Errorf("delete support case: %w", err)
	}
	return removed, nil
}

// Case returns the support case with id, or an error wrapping
// ErrNotFound.
func (db *DB) Case(id planner.ID) (planner.SupportCase, error) {
	var c planner.SupportCase
	err := db.view(func(tx *bolt.Tx) error {
		customer, err := ownedBy(tx, id, ownerCase)
		if err != nil {
			return err
		}
		_, err = getJSON(recordsOf(tx, bucketCases), caseKey(customer, id), &c, "support case")
		return err
	})
	if err != nil {
		return planner.SupportCase{}, fmt.Errorf("read support case: %w", err)
	}
	return c, nil
}

// MarkReminder marks follow-up step n of the current follow-up period of
// support case id as sent, dismissed or (again) pending, marked at
// instant at (see planner's SupportCase.MarkReminder), in one
// transaction, and returns the saved case. An unknown ID gives an error
// wrapping ErrNotFound; a step the case does not have, a *planner.ValidationError.
func (db *DB) MarkReminder(id planner.ID, n int, state planner.ReminderState, at time.Time) (planner.SupportCase, error) {
	var c planner.SupportCase
	err := db.update(func(t *txn) error {
		customer, err := ownedBy(t.tx, id, ownerCase)
		if err != nil {
			return err
		}
		if _, err := getJSON(t.bucket(bucketCases), caseKey(customer, id), &c, "support case"); err != nil {
			return err
		}
		owner, err := loadCustomer(t.tx, customer)
		if err != nil {
			return err
		}
		cat := planner.CustomerCatalog(db.cat, owner) // the case rules of the customer's edition
		if err := c.MarkReminder(cat.FollowUp, n, state, at); err != nil {
			return err
		}
		if err := c.Validate(cat); err != nil {
			return err
		}
		_, err = t.putCase(c)
		return err
	})
	if err != nil {
		return planner.SupportCase{}, wrapUnlessValidation(err, "mark reminder %d of support case %s", n, id)
	}
	return c, nil
}

// PutRisk validates the risk r (planner's Risk.Validate, a linked
// objective that the customer's plan holds, at most MaxAccountListLength
// risks per customer) and saves it, in one
// transaction. A zero ID gets a new one. Its customer must exist (else an
// error wrapping ErrNotFound). It returns the saved risk, or a
// *planner.ValidationError naming the fields of the risk in error.
func (db *DB) PutRisk(r planner.Risk) (planner.Risk, error) {
	if r.ID == (planner.ID{}) {
		r.ID = planner.NewID()
	}
	what := fmt.Sprintf("risk %q", r.Title)
	err := db.update(func(t *txn) error {
		tx := t.tx
		acc, err := loadAccount(tx, r.CustomerID)
		if err != nil {
			return err
		}
		if p, err := ownerProblem(tx, r.ID, ownerRisk, r.CustomerID); err != nil || p != "" {
			return firstError(err, idProblem(what, "id", p))
		}
		others := acc.Risks[:0:0]
		for _, o := range acc.Risks {
			if o.ID != r.ID {
				others = append(others, o)
			}
		}
		acc.Risks = append(others, r)
		if len(acc.Risks) > MaxAccountListLength {
			return idProblem(what, "", fmt.Sprintf("the customer has %d risks and issues, the most one customer keeps (a portfolio file holds no more)", MaxAccountListLength))
		}
		if problems := partProblems(acc.Validate(db.cat), "risks", len(acc.Risks)-1); len(problems) > 0 {
			return &planner.ValidationError{What: what, Problems: problems}
		}
		_, err = t.putRisk(r)
		return err
	})
	if err != nil {
		return planner.Risk{}, wrapUnlessValidation(err, "save risk %q", r.Title)
	}
	return r, nil
}

// Risk returns the risk or issue with id, or an error wrapping
// ErrNotFound.
func (db *DB) Risk(id planner.ID) (planner.Risk, error) {
	var r planner.Risk
	err := db.view(func(tx *bolt.Tx) error {
		customer, err := ownedBy(tx, id, ownerRisk)
		if err != nil {
			return err
		}
		_, err = getJSON(recordsOf(tx, bucketRisks), riskKey(customer, id), &r, "risk")
		return err
	})
	if err != nil {
		return planner.Risk{}, fmt.Errorf("read risk: %w", err)
	}
	return r, nil
}

// DeleteRisk removes risk id and returns it, so that PutRisk can undo the
// removal. An unknown ID gives an error wrapping ErrNotFound.
func (db *DB) DeleteRisk(id planner.ID) (planner.Risk, error) {
	var removed planner.Risk
	err := db.update(func(t *txn) error {
		customer, err := ownedBy(t.tx, id, ownerRisk)
		if err != nil {
			return err
		}
		if _, err := getJSON(t.bucket(bucketRisks), riskKey(customer, id), &removed, "risk"); err != nil {
			return err
		}
		return t.deleteRiskRecord(customer, id)
	})
	if err != nil {
		return planner.Risk{}, fmt.Errorf("delete risk: %w", err)
	}
	return removed, nil
}

// storedCaseNumberProblems returns the cases of acc whose portal number a
// stored case of the customer with another ID already has, which acc does
// not hold: merged into the stored account, the number would be used
// twice. Fields start with prefix.
func storedCaseNumberProblems(tx *bolt.Tx, acc planner.Account, prefix string) ([]planner.FieldError, error) {
	stored, err := loadCases(tx, acc.Customer.ID)
	if err != nil || len(stored) == 0 {
		return nil, err
	}
	inFile := make(map[planner.ID]bool, len(acc.Cases))
	for _, c := range acc.Cases {
		inFile[c.ID] = true
	}
	var problems []planner.FieldError
	for i, c := range acc.Cases {
		for _, s := range stored {
			if s.ID != c.ID && !inFile[s.ID] && strings.EqualFold(strings.TrimSpace(s.Number), strings.TrimSpace(c.Number)) {
				problems = append(problems, planner.FieldError{Field: joinPath(prefix, fmt.Sprintf("cases[%d].number", i)),
					Message: fmt.Sprintf("case number %s is already used by a stored case of customer %q (%q)", c.Number, acc.Customer.Name, s.Title)})
			}
		}
	}
	return problems, nil
}
