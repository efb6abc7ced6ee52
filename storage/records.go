package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// getJSON decodes the value under key into v; it reports false when there
// is none.
func getJSON(b records, key []byte, v any, what string) (bool, error) {
	raw := b.Get(key)
	if raw == nil {
		return false, nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return true, fmt.Errorf("decode stored %s: %w", what, err)
	}
	return true, nil
}

// putJSON stores v under key and reports whether the stored bytes changed.
func putJSON(b records, key []byte, v any, what string) (changed bool, err error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return false, fmt.Errorf("encode %s: %w", what, err)
	}
	if old := b.Get(key); old != nil && bytes.Equal(old, raw) {
		return false, nil
	}
	if err := b.Put(key, raw); err != nil {
		return false, fmt.Errorf("store %s: %w", what, err)
	}
	return true, nil
}

// putCustomerRecord stores c in the customers bucket b and reports
// whether the stored bytes changed.
func putCustomerRecord(b records, c planner.Customer) (changed bool, err error) {
	raw, err := encodeCustomer(c)
	if err != nil {
		return false, err
	}
	if old := b.Get(c.ID[:]); old != nil && bytes.Equal(old, raw) {
		return false, nil
	}
	if err := b.Put(c.ID[:], raw); err != nil {
		return false, fmt.Errorf("store customer: %w", err)
	}
	return true, nil
}

// Activity facts are what the portfolio screen needs of an activity,
// filed under the activity's key: a status code, the hours it uses
// (ConsumedHours: the actual hours of a delivered activity that records
// them; IEEE 754 bits) and the item ID.
func encodeFacts(a planner.Activity) []byte {
	code := byte('?') // validated activities never keep it
	switch a.Status {
	case planner.ActivityRequested:
		code = 'r'
	case planner.ActivityProposed:
		code = 'p'
	case planner.ActivityScheduled:
		code = 's'
	case planner.ActivityDelivered:
		code = 'd'
	case planner.ActivityCancelled:
		code = 'c'
	}
	b := make([]byte, 0, 1+8+len(a.ItemID))
	b = append(b, code)
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(a.ConsumedHours()))
	return append(b, a.ItemID...)
}

// facts is a decoded facts record; item points into the database.
type facts struct {
	day    planner.Date
	status planner.ActivityStatus
	hours  float64
	item   []byte
}

func readFacts(key, v []byte) (facts, error) {
	if len(key) != 36 || len(v) < 9 {
		return facts{}, fmt.Errorf("activity facts of %d bytes under a key of %d bytes are malformed", len(v), len(key))
	}
	f := facts{day: dayFromKey(key[16:20]), hours: math.Float64frombits(binary.BigEndian.Uint64(v[1:])), item: v[9:]}
	switch v[0] {
	case 'r':
		f.status = planner.ActivityRequested
	case 'p':
		f.status = planner.ActivityProposed
	case 's':
		f.status = planner.ActivityScheduled
	case 'd':
		f.status = planner.ActivityDelivered
	case 'c':
		f.status = planner.ActivityCancelled
	default:
		f.status = "unknown"
	}
	return f, nil
}

// accountSummary is what the portfolio screen needs of a customer's
// engagements and plan, kept up to date by every write. It is stored as
// a binary record (encodeSummary), JSON before schema version 3.
type accountSummary struct {
	Engagement string          `json:"engagement,omitempty"`
	Phase      catalog.PhaseID `json:"phase,omitempty"`
	HasPlan    bool            `json:"hasPlan,omitempty"`
	// Actions are the plan's open actions that have a due day.
	Actions []summaryAction `json:"actions,omitempty"`
}

type summaryAction struct {
	Due    planner.Date   `json:"due"`
	Side   planner.Side   `json:"side"`
	Status planner.Status `json:"status"`
}

func summarizeAccount(engagements []planner.Engagement, plan planner.ActionPlan, hasPlan bool) accountSummary {
	var s accountSummary
	if e, ph, ok := planner.ActiveEngagement(engagements); ok {
		s.Engagement, s.Phase = e.Name, ph.Phase
	}
	s.HasPlan = hasPlan
	for _, a := range plan.Actions {
		if !a.Status.Closed() && !a.Due.IsZero() {
			s.Actions = append(s.Actions, summaryAction{Due: a.Due, Side: a.Side, Status: a.Status})
		}
	}
	return s
}

// plan returns the actions of the summary as a plan the planner rules
// can count.
func (s accountSummary) plan() planner.ActionPlan {
	p := planner.ActionPlan{Actions: make([]planner.Action, len(s.Actions))}
	for i, a := range s.Actions {
		p.Actions[i] = planner.Action{Due: a.Due, Side: a.Side, Status: a.Status}
	}
	return p
}

// txn is one write transaction with the bookkeeping that keeps the
// indexes and summaries consistent: every change of a customer's
// engagements or plan marks the customer, and finish recomputes the
// summaries of the marked customers.
type txn struct {
	tx      *bolt.Tx
	touched map[planner.ID]bool
	// sum is the change of the content sum so far (see sealed.go);
	// saveSum records it.
	sum contentSum
}

func newTxn(tx *bolt.Tx) *txn { return &txn{tx: tx, touched: map[planner.ID]bool{}} }

// saveSum adds the transaction's change of the content sum to the one
// the file records.
func (t *txn) saveSum() error {
	if t.sum == (contentSum{}) {
		return nil
	}
	if err := t.sealSchemaVersion(); err != nil {
		return err
	}
	old, err := readContentSum(t.tx)
	if err != nil {
		return err
	}
	if err := writeContentSum(t.tx, old.plus(t.sum)); err != nil {
		return err
	}
	t.sum = contentSum{}
	return nil
}

// sealSchemaVersion gives a file written before the sealed copy of the
// schema version existed (see sealed.go) that copy, with the first
// change made to it.
func (t *txn) sealSchemaVersion() error {
	meta := t.tx.Bucket(bucketMeta)
	if meta.Get(metaSchemaSealedKey) != nil {
		return nil
	}
	version, err := readSchemaVersion(t.tx)
	if err != nil {
		return err
	}
	return writeSchemaVersion(t, version)
}

// bulkFillPercent is how full a transaction that writes many records
// (an import, a whole account) packs its pages. bbolt's default of half
// full suits small changes between existing keys; a bulk write packed
// that loosely makes the file twice the size it needs.
const bulkFillPercent = 0.9

// bulk packs the pages of a transaction that writes many records at once
// (see bulkFillPercent).
func (t *txn) bulk() {
	for _, name := range allBuckets {
		if b := t.tx.Bucket(name); b != nil {
			b.FillPercent = bulkFillPercent
		}
	}
}

// bucket returns the records of bucket name for reading and writing.
func (t *txn) bucket(name []byte) records {
	r := recordsOf(t.tx, name)
	r.sum = &t.sum
	return r
}

// readOwner returns who owns id, and false when nothing has that ID.
func readOwner(tx *bolt.Tx, id planner.ID) (owner, bool, error) {
	raw := recordsOf(tx, bucketOwners).Get(id[:])
	if raw == nil {
		return owner{}, false, nil
	}
	o, err := decodeOwner(raw)
	if err != nil {
		return owner{}, true, fmt.Errorf("stored owner of %s: %w", id, err)
	}
	return o, true, nil
}

// ownerProblem returns what is wrong with storing a value of kind with
// id for customer, given who already owns id: "" when nothing is.
func ownerProblem(tx *bolt.Tx, id planner.ID, kind ownerKind, customer planner.ID) (string, error) {
	o, ok, err := readOwner(tx, id)
	if err != nil || !ok {
		return "", err
	}
	if o.kind != kind {
		return fmt.Sprintf("ID %s is already used by %s", id, o.kind.withArticle()), nil
	}
	if o.customer != customer {
		return fmt.Sprintf("%s %s belongs to another customer (%s)", kind, id, o.customer), nil
	}
	return "", nil
}

func customerExists(tx *bolt.Tx, id planner.ID) bool {
	return recordsOf(tx, bucketCustomers).Get(id[:]) != nil
}

func (t *txn) putCustomer(c planner.Customer) (bool, error) {
	changed, err := putCustomerRecord(t.bucket(bucketCustomers), c)
	if err != nil {
		return false, err
	}
	if err := t.bucket(bucketOwners).Put(c.ID[:], owner{kind: ownerCustomer, customer: c.ID}.encode()); err != nil {
		return false, fmt.Errorf("index customer: %w", err)
	}
	if t.bucket(bucketSummaries).Get(c.ID[:]) == nil {
		t.touched[c.ID] = true
	}
	return changed, nil
}

func (t *txn) putEngagement(e planner.Engagement) (bool, error) {
	changed, err := putJSON(t.bucket(bucketEngagements), engagementKey(e.CustomerID, e.ID), e, "engagement")
	if err != nil {
		return false, err
	}
	if err := t.bucket(bucketOwners).Put(e.ID[:], owner{kind: ownerEngagement, customer: e.CustomerID}.encode()); err != nil {
		return false, fmt.Errorf("index engagement: %w", err)
	}
	t.touched[e.CustomerID] = true
	return changed, nil
}

// putPlan stores the customer's plan, replacing a plan with another ID.
func (t *txn) putPlan(p planner.ActionPlan) (bool, error) {
	plans := t.bucket(bucketPlans)
	var old planner.ActionPlan
	if ok, err := getJSON(plans, p.CustomerID[:], &old, "action plan"); err != nil {
		return false, err
	} else if ok && old.ID != p.ID {
		if err := t.bucket(bucketOwners).Delete(old.ID[:]); err != nil {
			return false, fmt.Errorf("unindex replaced plan: %w", err)
		}
	}
	changed, err := putJSON(plans, p.CustomerID[:], p, "action plan")
	if err != nil {
		return false, err
	}
	if err := t.bucket(bucketOwners).Put(p.ID[:], owner{kind: ownerPlan, customer: p.CustomerID}.encode()); err != nil {
		return false, fmt.Errorf("index plan: %w", err)
	}
	t.touched[p.CustomerID] = true
	return changed, nil
}

// putActivity stores a, moving it when its day changed.
func (t *txn) putActivity(a planner.Activity) (bool, error) {
	o, exists, err := readOwner(t.tx, a.ID)
	if err != nil {
		return false, err
	}
	moved := exists && o.day != a.Date
	if moved {
		if err := t.unfileActivity(o.customer, o.day, a.ID); err != nil {
			return false, err
		}
	}
	key := activityKey(a.CustomerID, a.Date, a.ID)
	changed, err := putJSON(t.bucket(bucketActivities), key, a, "activity")
	if err != nil {
		return false, err
	}
	if err := t.bucket(bucketActivityFacts).Put(key, encodeFacts(a)); err != nil {
		return false, fmt.Errorf("index activity: %w", err)
	}
	if err := t.bucket(bucketActivityDays).Put(activityDayKey(a.CustomerID, a.Date, a.ID), nil); err != nil {
		return false, fmt.Errorf("index activity day: %w", err)
	}
	if err := t.bucket(bucketOwners).Put(a.ID[:], owner{kind: ownerActivity, customer: a.CustomerID, day: a.Date}.encode()); err != nil {
		return false, fmt.Errorf("index activity owner: %w", err)
	}
	return changed || moved, nil
}

// putSeries stores the rule of a recurring activity.
func (t *txn) putSeries(s planner.Series) (bool, error) {
	changed, err := putJSON(t.bucket(bucketSeries), seriesKey(s.CustomerID, s.ID), s, "series")
	if err != nil {
		return false, err
	}
	if err := t.bucket(bucketOwners).Put(s.ID[:], owner{kind: ownerSeries, customer: s.CustomerID}.encode()); err != nil {
		return false, fmt.Errorf("index series: %w", err)
	}
	return changed, nil
}

// deleteSeries removes the series id of customer (its record and owner
// entry, not its occurrences).
func (t *txn) deleteSeries(customer, id planner.ID) error {
	if err := t.bucket(bucketSeries).Delete(seriesKey(customer, id)); err != nil {
		return fmt.Errorf("remove series %s: %w", id, err)
	}
	if err := t.bucket(bucketOwners).Delete(id[:]); err != nil {
		return fmt.Errorf("unindex series %s: %w", id, err)
	}
	return nil
}

// unfileActivity removes an activity's record and index entries, but not
// its owner entry.
func (t *txn) unfileActivity(customer planner.ID, day planner.Date, id planner.ID) error {
	key := activityKey(customer, day, id)
	for _, b := range [][]byte{bucketActivities, bucketActivityFacts} {
		if err := t.bucket(b).Delete(key); err != nil {
			return fmt.Errorf("remove activity %s: %w", id, err)
		}
	}
	if err := t.bucket(bucketActivityDays).Delete(activityDayKey(customer, day, id)); err != nil {
		return fmt.Errorf("remove activity %s from the day index: %w", id, err)
	}
	return nil
}

// deleteActivity removes activity id and returns it.
func (t *txn) deleteActivity(id planner.ID) (planner.Activity, error) {
	o, ok, err := readOwner(t.tx, id)
	if err != nil {
		return planner.Activity{}, err
	}
	if !ok || o.kind != ownerActivity {
		return planner.Activity{}, fmt.Errorf("activity %s: %w", id, ErrNotFound)
	}
	var a planner.Activity
	if _, err := getJSON(t.bucket(bucketActivities), activityKey(o.customer, o.day, id), &a, "activity"); err != nil {
		return planner.Activity{}, err
	}
	if err := t.unfileActivity(o.customer, o.day, id); err != nil {
		return planner.Activity{}, err
	}
	if err := t.bucket(bucketOwners).Delete(id[:]); err != nil {
		return planner.Activity{}, fmt.Errorf("unindex activity %s: %w", id, err)
	}
	return a, nil
}

// deleteAccount removes a customer and everything of it, and returns what
// was removed.
func (t *txn) deleteAccount(id planner.ID) (planner.Account, error) {
	acc, err := loadAccount(t.tx, id)
	if err != nil {
		return planner.Account{}, err
	}
	owners := t.bucket(bucketOwners)
	for _, e := range acc.Engagements {
		if err := t.bucket(bucketEngagements).Delete(engagementKey(id, e.ID)); err != nil {
			return planner.Account{}, fmt.Errorf("remove engagement %s: %w", e.ID, err)
		}
		if err := owners.Delete(e.ID[:]); err != nil {
			return planner.Account{}, fmt.Errorf("unindex engagement %s: %w", e.ID, err)
		}
	}
	if acc.HasPlan() {
		if err := t.bucket(bucketPlans).Delete(id[:]); err != nil {
			return planner.Account{}, fmt.Errorf("remove plan: %w", err)
		}
		if err := owners.Delete(acc.Plan.ID[:]); err != nil {
			return planner.Account{}, fmt.Errorf("unindex plan: %w", err)
		}
	}
	for _, a := range acc.Activities {
		if err := t.unfileActivity(id, a.Date, a.ID); err != nil {
			return planner.Account{}, err
		}
		if err := owners.Delete(a.ID[:]); err != nil {
			return planner.Account{}, fmt.Errorf("unindex activity %s: %w", a.ID, err)
		}
	}
	for _, s := range acc.Series {
		if err := t.deleteSeries(id, s.ID); err != nil {
			return planner.Account{}, err
		}
	}
	for _, c := range acc.Cases {
		if err := t.deleteCaseRecord(id, c.ID); err != nil {
			return planner.Account{}, err
		}
	}
	for _, r := range acc.Risks {
		if err := t.deleteRiskRecord(id, r.ID); err != nil {
			return planner.Account{}, err
		}
	}
	for _, b := range [][]byte{bucketCustomers, bucketSummaries, bucketOwners} {
		if err := t.bucket(b).Delete(id[:]); err != nil {
			return planner.Account{}, fmt.Errorf("remove customer %s: %w", id, err)
		}
	}
	delete(t.touched, id)
	return acc, nil
}

// finish recomputes the summaries of the customers this transaction
// changed.
func (t *txn) finish() error {
	for id := range t.touched {
		if !customerExists(t.tx, id) {
			continue
		}
		engagements, err := loadEngagements(t.tx, id)
		if err != nil {
			return err
		}
		var plan planner.ActionPlan
		hasPlan, err := getJSON(t.bucket(bucketPlans), id[:], &plan, "action plan")
		if err != nil {
			return err
		}
		raw := encodeSummary(summarizeAccount(engagements, plan, hasPlan))
		if err := t.bucket(bucketSummaries).Put(id[:], raw); err != nil {
			return fmt.Errorf("store summary of customer %s: %w", id, err)
		}
	}
	return nil
}

// loadEngagements returns a customer's engagements in ID order.
func loadEngagements(tx *bolt.Tx, customer planner.ID) ([]planner.Engagement, error) {
	var out []planner.Engagement
	c := recordsOf(tx, bucketEngagements).Cursor()
	for k, v := c.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = c.Next() {
		var e planner.Engagement
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, fmt.Errorf("decode stored engagement %s: %w", idFromKey(k, 16), err)
		}
		out = append(out, e)
	}
	return out, nil
}

// loadActivities returns a customer's activities by day, then ID.
func loadActivities(tx *bolt.Tx, customer planner.ID) ([]planner.Activity, error) {
	var out []planner.Activity
	c := recordsOf(tx, bucketActivities).Cursor()
	for k, v := c.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = c.Next() {
		var a planner.Activity
		if err := json.Unmarshal(v, &a); err != nil {
			return nil, fmt.Errorf("decode stored activity %s: %w", idFromKey(k, 20), err)
		}
		out = append(out, a)
	}
	return out, nil
}

// loadSeries returns a customer's series in ID (creation) order.
func loadSeries(tx *bolt.Tx, customer planner.ID) ([]planner.Series, error) {
	var out []planner.Series
	c := recordsOf(tx, bucketSeries).Cursor()
	for k, v := c.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = c.Next() {
		var s planner.Series
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, fmt.Errorf("decode stored series %s: %w", idFromKey(k, 16), err)
		}
		out = append(out, s)
	}
	return out, nil
}

// loadCustomer returns the customer with id, or an error wrapping
// ErrNotFound.
func loadCustomer(tx *bolt.Tx, id planner.ID) (planner.Customer, error) {
	raw := recordsOf(tx, bucketCustomers).Get(id[:])
	if raw == nil {
		return planner.Customer{}, fmt.Errorf("customer %s: %w", id, ErrNotFound)
	}
	c, err := decodeCustomer(raw)
	if err != nil {
		return planner.Customer{}, fmt.Errorf("decode stored customer %s: %w", id, err)
	}
	return c, nil
}

// loadAccount returns everything of customer id.
func loadAccount(tx *bolt.Tx, id planner.ID) (planner.Account, error) {
	c, err := loadCustomer(tx, id)
	if err != nil {
		return planner.Account{}, err
	}
	return loadAccountOf(tx, c)
}

// loadAccountOf returns the account of customer c: c with everything
// stored about it.
func loadAccountOf(tx *bolt.Tx, c planner.Customer) (planner.Account, error) {
	id := c.ID
	acc := planner.Account{Customer: c}
	var err error
	if acc.Engagements, err = loadEngagements(tx, id); err != nil {
		return planner.Account{}, err
	}
	if _, err := getJSON(recordsOf(tx, bucketPlans), id[:], &acc.Plan, "action plan"); err != nil {
		return planner.Account{}, err
	}
	if acc.Activities, err = loadActivities(tx, id); err != nil {
		return planner.Account{}, err
	}
	if acc.Series, err = loadSeries(tx, id); err != nil {
		return planner.Account{}, err
	}
	if acc.Cases, err = loadCases(tx, id); err != nil {
		return planner.Account{}, err
	}
	if acc.Risks, err = loadRisks(tx, id); err != nil {
		return planner.Account{}, err
	}
	return acc, nil
}
