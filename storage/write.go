package storage

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// now returns the time to stamp on a change, to the nanosecond, in UTC.
func (db *DB) now() time.Time { return db.opts.Now().UTC().Round(0) }

// idProblem is a *planner.ValidationError about one field.
func idProblem(what, field, message string) error {
	return &planner.ValidationError{What: what, Problems: []planner.FieldError{{Field: field, Message: message}}}
}

// PutCustomer validates c (planner's Customer.Validate: NSC limits per
// product, one account administrator, contract dates in order, e-mail
// addresses, known region, tier, solutions and add-ons, the membership
// rules but add-on-offered, see planner.Storable; and, when the customer has a Mutual Action Plan, that its
// membership includes one, planner.CheckPlanAllowed; and, when c is added
// or renamed, that no other customer has its name, planner.CheckCustomerName)
// and saves it,
// stamped with the time of the change. A zero ID gets a new one. It
// returns the saved customer, or the *planner.ValidationError unchanged.
func (db *DB) PutCustomer(c planner.Customer) (planner.Customer, error) {
	if c.ID == (planner.ID{}) {
		c.ID = planner.NewID()
	}
	if err := planner.Storable(c.Validate(db.cat)); err != nil {
		return planner.Customer{}, err
	}
	c.Updated = db.now()
	err := db.update(func(t *txn) error {
		tx := t.tx
		if p, err := ownerProblem(tx, c.ID, ownerCustomer, c.ID); err != nil || p != "" {
			return firstError(err, idProblem(fmt.Sprintf("customer %q", c.Name), "id", p))
		}
		others, err := db.allCustomers(tx)
		if err != nil {
			return err
		}
		if err := planner.CheckCustomerName(others, c); err != nil {
			return err
		}
		if recordsOf(tx, bucketPlans).Get(c.ID[:]) != nil {
			if err := planner.CheckPlanAllowed(db.cat, c); err != nil {
				return err
			}
		}
		if _, err := t.putCustomer(c); err != nil {
			return err
		}
		return t.finish()
	})
	if err != nil {
		return planner.Customer{}, wrapUnlessValidation(err, "save customer %q", c.Name)
	}
	return c, nil
}

// PutEngagement validates e and saves it for its customer, which must
// exist (else an error wrapping ErrNotFound). A zero ID gets a new one.
func (db *DB) PutEngagement(e planner.Engagement) (planner.Engagement, error) {
	if e.ID == (planner.ID{}) {
		e.ID = planner.NewID()
	}
	if err := e.Validate(db.cat); err != nil {
		return planner.Engagement{}, err
	}
	err := db.update(func(t *txn) error {
		tx := t.tx
		if !customerExists(tx, e.CustomerID) {
			return fmt.Errorf("customer %s: %w", e.CustomerID, ErrNotFound)
		}
		if p, err := ownerProblem(tx, e.ID, ownerEngagement, e.CustomerID); err != nil || p != "" {
			return firstError(err, idProblem(fmt.Sprintf("engagement %q", e.Name), "id", p))
		}
		if _, err := t.putEngagement(e); err != nil {
			return err
		}
		return t.finish()
	})
	if err != nil {
		return planner.Engagement{}, wrapUnlessValidation(err, "save engagement %q", e.Name)
	}
	return e, nil
}

// PutPlan validates the Mutual Action Plan p and saves it as its
// customer's plan, replacing the plan the customer had. The customer's
// membership must include a plan, or the customer must go beyond it
// deliberately (planner.CheckPlanAllowed). A zero ID gets a new one. Activities linked to an objective p does not hold lose the
// link, as milestones do when their objective is removed.
func (db *DB) PutPlan(p planner.ActionPlan) (planner.ActionPlan, error) {
	if p.ID == (planner.ID{}) {
		p.ID = planner.NewID()
	}
	if err := p.Validate(); err != nil {
		return planner.ActionPlan{}, err
	}
	err := db.update(func(t *txn) error {
		tx := t.tx
		c, err := loadCustomer(tx, p.CustomerID)
		if err != nil {
			return err
		}
		if err := planner.CheckPlanAllowed(db.cat, c); err != nil {
			return err
		}
		if prob, err := ownerProblem(tx, p.ID, ownerPlan, p.CustomerID); err != nil || prob != "" {
			return firstError(err, idProblem(fmt.Sprintf("action plan %q", p.Title), "id", prob))
		}
		if _, err := t.putPlan(p); err != nil {
			return err
		}
		if err := t.unlinkFromRemovedObjectives(p); err != nil {
			return err
		}
		return t.finish()
	})
	if err != nil {
		return planner.ActionPlan{}, wrapUnlessValidation(err, "save action plan %q", p.Title)
	}
	return p, nil
}

// PutActivity validates a (its item must be one the catalog knows) and
// saves it. A zero ID gets a new one. Its customer must exist (else an
// error wrapping ErrNotFound).
func (db *DB) PutActivity(a planner.Activity) (planner.Activity, error) {
	if a.ID == (planner.ID{}) {
		a.ID = planner.NewID()
	}
	if err := a.Validate(db.cat); err != nil {
		return planner.Activity{}, err
	}
	saved, err := db.PutActivities([]planner.Activity{a})
	if err != nil {
		if v, ok := planner.AsValidation(err); ok {
			// One activity: report its fields without the list index.
			out := unindexed(v, "activities[0]")
			out.Subject = planner.Textf("activity %q", a.ItemID)
			out.What = out.Subject.String()
			return planner.Activity{}, out
		}
		return planner.Activity{}, err
	}
	return saved[0], nil
}

// PutActivities validates every activity and saves them all in one
// transaction, or none. Zero IDs get new ones. An activity that names a
// series (SeriesID) must name a series stored for its customer (see
// PutSeries); one linked to an objective (ObjectiveID) must name an
// objective of its customer's plan (planner.CheckObjectiveLink). Problems are reported in one *planner.ValidationError with
// fields such as "activities[3].itemId"; an unknown customer gives an
// error wrapping ErrNotFound.
func (db *DB) PutActivities(list []planner.Activity) ([]planner.Activity, error) {
	list = append([]planner.Activity(nil), list...)
	var problems []planner.FieldError
	seen := map[planner.ID]int{}
	for i := range list {
		if list[i].ID == (planner.ID{}) {
			list[i].ID = planner.NewID()
		}
		field := fmt.Sprintf("activities[%d]", i)
		problems = appendProblems(problems, field, list[i].Validate(db.cat))
		if j, dup := seen[list[i].ID]; dup {
			problems = append(problems, planner.FieldError{Field: field + ".id", Message: fmt.Sprintf("activities[%d] has the same ID", j)})
		}
		seen[list[i].ID] = i
	}
	if len(problems) > 0 {
		return nil, &planner.ValidationError{What: "activities", Problems: problems}
	}
	err := db.update(func(t *txn) error {
		tx := t.tx
		for i, a := range list {
			field := fmt.Sprintf("activities[%d]", i)
			if !customerExists(tx, a.CustomerID) {
				return fmt.Errorf("%s: customer %s: %w", field, a.CustomerID, ErrNotFound)
			}
			p, err := ownerProblem(tx, a.ID, ownerActivity, a.CustomerID)
			if err != nil {
				return err
			}
			if p != "" {
				problems = append(problems, planner.FieldError{Field: field + ".id", Message: p})
			}
			if p, err := objectiveProblem(tx, a); err != nil {
				return err
			} else if p != "" {
				problems = append(problems, planner.FieldError{Field: field + ".objectiveId", Message: p})
			}
			if p, err := membershipProblem(tx, db.cat, a); err != nil {
				return err
			} else if p != "" {
				problems = append(problems, planner.FieldError{Field: field + ".itemId", Message: p})
			}
			if p, err := seriesProblem(tx, a); err != nil {
				return err
			} else if p != "" {
				problems = append(problems, planner.FieldError{Field: field + ".seriesId", Message: p})
			}
		}
		if len(problems) > 0 {
			return &planner.ValidationError{What: "activities", Problems: problems}
		}
		for _, a := range list {
			if _, err := t.putActivity(a); err != nil {
				return err
			}
		}
		return t.finish()
	})
	if err != nil {
		return nil, wrapUnlessValidation(err, "save %d activities", len(list))
	}
	return list, nil
}

// DeleteActivity removes activity id and returns it (for undo). An
// unknown ID gives an error wrapping ErrNotFound.
func (db *DB) DeleteActivity(id planner.ID) (planner.Activity, error) {
	var removed planner.Activity
	err := db.update(func(t *txn) error {
		var err error
		removed, err = t.deleteActivity(id)
		return err
	})
	if err != nil {
		return planner.Activity{}, fmt.Errorf("delete activity: %w", err)
	}
	return removed, nil
}

// DeleteEngagement removes engagement id and returns it, so that
// PutEngagement can undo the removal. An unknown ID gives an error
// wrapping ErrNotFound.
func (db *DB) DeleteEngagement(id planner.ID) (planner.Engagement, error) {
	var removed planner.Engagement
	err := db.update(func(t *txn) error {
		tx := t.tx
		o, ok, err := readOwner(tx, id)
		if err != nil {
			return err
		}
		if !ok || o.kind != ownerEngagement {
			return fmt.Errorf("engagement %s: %w", id, ErrNotFound)
		}
		key := engagementKey(o.customer, id)
		if _, err := getJSON(t.bucket(bucketEngagements), key, &removed, "engagement"); err != nil {
			return err
		}
		if err := t.bucket(bucketEngagements).Delete(key); err != nil {
			return fmt.Errorf("remove engagement %s: %w", id, err)
		}
		if err := t.bucket(bucketOwners).Delete(id[:]); err != nil {
			return fmt.Errorf("unindex engagement %s: %w", id, err)
		}
		t.touched[o.customer] = true
		return t.finish()
	})
	if err != nil {
		return planner.Engagement{}, fmt.Errorf("delete engagement: %w", err)
	}
	return removed, nil
}

// DeletePlan removes the Mutual Action Plan of customer and returns it,
// so that PutPlan can undo the removal. Activities linked to its
// objectives keep their links. A customer without a plan, or an unknown
// customer, gives an error wrapping ErrNotFound.
func (db *DB) DeletePlan(customer planner.ID) (planner.ActionPlan, error) {
	var removed planner.ActionPlan
	err := db.update(func(t *txn) error {
		tx := t.tx
		if !customerExists(tx, customer) {
			return fmt.Errorf("customer %s: %w", customer, ErrNotFound)
		}
		ok, err := getJSON(t.bucket(bucketPlans), customer[:], &removed, "action plan")
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("customer %s has no action plan: %w", customer, ErrNotFound)
		}
		if err := t.bucket(bucketPlans).Delete(customer[:]); err != nil {
			return fmt.Errorf("remove action plan: %w", err)
		}
		if err := t.bucket(bucketOwners).Delete(removed.ID[:]); err != nil {
			return fmt.Errorf("unindex action plan %s: %w", removed.ID, err)
		}
		t.touched[customer] = true
		return t.finish()
	})
	if err != nil {
		return planner.ActionPlan{}, fmt.Errorf("delete action plan: %w", err)
	}
	return removed, nil
}

// DeleteCustomer removes customer id with its engagements, plan,
// activities, series, support cases and risks, and returns all of it, so that PutAccount can undo the
// removal. An unknown ID gives an error wrapping ErrNotFound.
func (db *DB) DeleteCustomer(id planner.ID) (planner.Account, error) {
	var removed planner.Account
	err := db.update(func(t *txn) error {
		var err error
		removed, err = t.deleteAccount(id)
		return err
	})
	if err != nil {
		return planner.Account{}, fmt.Errorf("delete customer: %w", err)
	}
	return removed, nil
}

// PutAccount replaces everything stored about acc's customer with acc, in
// one transaction: what acc does not hold is removed. It restores an
// account DeleteCustomer returned, or undoes edits. Every part is
// validated first (planner's Account.Validate), IDs must be set, unique
// and not used by another customer. The customer's Updated time is kept
// as given (a restore brings back the recorded state).
func (db *DB) PutAccount(acc planner.Account) error {
	problems := checkAccount(db.cat, acc, "", map[planner.ID]string{})
	if len(problems) > 0 {
		return &planner.ValidationError{What: fmt.Sprintf("customer %q", acc.Customer.Name), Problems: problems}
	}
	err := db.update(func(t *txn) error {
		tx := t.tx
		problems, err := ownershipProblems(tx, acc, "")
		if err != nil {
			return err
		}
		if len(problems) > 0 {
			return &planner.ValidationError{What: fmt.Sprintf("customer %q", acc.Customer.Name), Problems: problems}
		}
		t.bulk()
		if customerExists(tx, acc.Customer.ID) {
			if _, err := t.deleteAccount(acc.Customer.ID); err != nil {
				return err
			}
		}
		if _, err := writeAccount(t, acc); err != nil {
			return err
		}
		return t.finish()
	})
	return wrapUnlessValidation(err, "save account %q", acc.Customer.Name)
}

// PutSettings validates s and saves it.
func (db *DB) PutSettings(s planner.Settings) error {
	if err := s.Validate(db.cat); err != nil {
		return err
	}
	err := db.update(func(t *txn) error {
		_, err := putJSON(t.bucket(bucketSettings), settingsKey, s, "settings")
		return err
	})
	if err != nil {
		return fmt.Errorf("save settings: %w", err)
	}
	return nil
}

// checkAccount returns the problems of acc that need no database: the
// planner rules, missing IDs and IDs used twice (seen maps the IDs met so
// far to their field, across accounts). Fields start with prefix.
func checkAccount(cat *catalog.Catalog, acc planner.Account, prefix string, seen map[planner.ID]string) []planner.FieldError {
	problems := appendProblems(nil, prefix, planner.Storable(acc.Validate(cat)))
	checkID := func(field string, id planner.ID) {
		field = joinPath(prefix, field)
		if id == (planner.ID{}) {
			problems = append(problems, planner.FieldError{Field: field, Message: "must be set"})
			return
		}
		if other, dup := seen[id]; dup {
			problems = append(problems, planner.FieldError{Field: field, Message: fmt.Sprintf("ID %s is also used by %s", id, other)})
			return
		}
		seen[id] = field
	}
	checkID("customer.id", acc.Customer.ID)
	for i, e := range acc.Engagements {
		checkID(fmt.Sprintf("engagements[%d].id", i), e.ID)
	}
	if acc.HasPlan() {
		checkID("plan.id", acc.Plan.ID)
	}
	for i, a := range acc.Activities {
		checkID(fmt.Sprintf("activities[%d].id", i), a.ID)
	}
	for i, s := range acc.Series {
		checkID(fmt.Sprintf("series[%d].id", i), s.ID)
	}
	for i, c := range acc.Cases {
		checkID(fmt.Sprintf("cases[%d].id", i), c.ID)
	}
	for i, r := range acc.Risks {
		checkID(fmt.Sprintf("risks[%d].id", i), r.ID)
	}
	return problems
}

// ownershipProblems returns the IDs of acc that the database already uses
// for something else or for another customer.
func ownershipProblems(tx *bolt.Tx, acc planner.Account, prefix string) ([]planner.FieldError, error) {
	var problems []planner.FieldError
	cust := acc.Customer.ID
	check := func(field string, id planner.ID, kind ownerKind) error {
		p, err := ownerProblem(tx, id, kind, cust)
		if err != nil {
			return err
		}
		if p != "" {
			problems = append(problems, planner.FieldError{Field: joinPath(prefix, field), Message: p})
		}
		return nil
	}
	if err := check("customer.id", cust, ownerCustomer); err != nil {
		return nil, err
	}
	for i, e := range acc.Engagements {
		if err := check(fmt.Sprintf("engagements[%d].id", i), e.ID, ownerEngagement); err != nil {
			return nil, err
		}
	}
	if acc.HasPlan() {
		if err := check("plan.id", acc.Plan.ID, ownerPlan); err != nil {
			return nil, err
		}
	}
	for i, a := range acc.Activities {
		if err := check(fmt.Sprintf("activities[%d].id", i), a.ID, ownerActivity); err != nil {
			return nil, err
		}
	}
	for i, s := range acc.Series {
		if err := check(fmt.Sprintf("series[%d].id", i), s.ID, ownerSeries); err != nil {
			return nil, err
		}
	}
	for i, c := range acc.Cases {
		if err := check(fmt.Sprintf("cases[%d].id", i), c.ID, ownerCase); err != nil {
			return nil, err
		}
	}
	for i, r := range acc.Risks {
		if err := check(fmt.Sprintf("risks[%d].id", i), r.ID, ownerRisk); err != nil {
			return nil, err
		}
	}
	return problems, nil
}

// writeAccount stores every part of acc (upserting by ID) and reports
// whether any stored byte changed.
func writeAccount(t *txn, acc planner.Account) (bool, error) {
	changed, err := t.putCustomer(acc.Customer)
	if err != nil {
		return false, err
	}
	for _, e := range acc.Engagements {
		c, err := t.putEngagement(e)
		if err != nil {
			return false, err
		}
		changed = changed || c
	}
	if acc.HasPlan() {
		c, err := t.putPlan(acc.Plan)
		if err != nil {
			return false, err
		}
		changed = changed || c
	}
	for _, s := range acc.Series {
		c, err := t.putSeries(s)
		if err != nil {
			return false, err
		}
		changed = changed || c
	}
	for _, a := range acc.Activities {
		c, err := t.putActivity(a)
		if err != nil {
			return false, err
		}
		changed = changed || c
	}
	for _, sc := range acc.Cases {
		c, err := t.putCase(sc)
		if err != nil {
			return false, err
		}
		changed = changed || c
	}
	for _, r := range acc.Risks {
		c, err := t.putRisk(r)
		if err != nil {
			return false, err
		}
		changed = changed || c
	}
	return changed, nil
}

// appendProblems adds the problems of a validation error to list, with
// their fields under prefix; any other error becomes one problem.
func appendProblems(list []planner.FieldError, prefix string, err error) []planner.FieldError {
	if err == nil {
		return list
	}
	v, ok := planner.AsValidation(err)
	if !ok {
		return append(list, planner.FieldError{Field: prefix, Message: err.Error()})
	}
	for _, p := range v.Problems {
		p.Field = joinPath(prefix, p.Field)
		list = append(list, p)
	}
	return list
}

// unindexed returns v with the prefix taken off its fields.
func unindexed(v *planner.ValidationError, prefix string) *planner.ValidationError {
	out := &planner.ValidationError{What: v.What, Subject: v.Subject, Problems: make([]planner.FieldError, len(v.Problems))}
	for i, p := range v.Problems {
		switch f := p.Field; {
		case f == prefix:
			p.Field = ""
		case len(f) > len(prefix) && f[:len(prefix)] == prefix && f[len(prefix)] == '.':
			p.Field = f[len(prefix)+1:]
		}
		out.Problems[i] = p
	}
	return out
}

func joinPath(prefix, field string) string {
	switch {
	case prefix == "":
		return field
	case field == "":
		return prefix
	case field[0] == '[':
		return prefix + field
	}
	return prefix + "." + field
}

// wrapUnlessValidation adds context to err, but returns a
// *planner.ValidationError unchanged.
func wrapUnlessValidation(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*planner.ValidationError); ok {
		return err
	}
	return fmt.Errorf(format+": %w", append(args, err)...)
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
